//! Lists, dicts, sets, queues and locks made on the straight path of a `try:` body or of the one-pass
//! body of an inlined function that returns early (session 34: session33/a02, a07, a coroutine whose
//! `return` inside its `while True:` made its whole body a loop that runs once). weft makes such an
//! object at import time, where the program names it; before, one made there was refused as if inside
//! an `if` or a loop ("threads, locks, queues, lists and dicts made inside an `if` or a loop the
//! scenario runs cannot be followed at import time"), though the function's first lines run once per
//! call as any function's do.
//!
//! straight_instances.rs's argument holds for them word for word: a statement on the straight path
//! of such a body runs at most once per entry, and when it does not run nothing after it in the block
//! does, so `name = {}` there is the object `name = {}` at the function's top would be, under the same
//! conditions (the name a local bound once in the function, read by no handler or `finally:` that an
//! exception before the binding reaches). A function called where the scenario may run it more than
//! once (inside an `if` or loop of its caller) keeps `frame.dynamic` above 0 after those levels are set
//! aside, and stays refused as before.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Translator};
use crate::expr::Ex;
use crate::value::Value;

/// The constructors of the objects this module lets a straight path make at import time: containers
/// and the threading, queue and asyncio primitives (asyncio's are made as their threading twins).
const STRAIGHT_CONSTRUCTORS: [&str; 26] = [
    "list",
    "dict",
    "set",
    "collections.deque",
    "collections.Counter",
    "collections.defaultdict",
    "queue.Queue",
    "queue.LifoQueue",
    "queue.PriorityQueue",
    "queue.SimpleQueue",
    "threading.Lock",
    "threading.RLock",
    "threading.Event",
    "threading.Semaphore",
    "threading.BoundedSemaphore",
    "threading.Condition",
    "asyncio.Lock",
    "asyncio.Event",
    "asyncio.Semaphore",
    "asyncio.BoundedSemaphore",
    "asyncio.Condition",
    "asyncio.Queue",
    "asyncio.LifoQueue",
    "asyncio.PriorityQueue",
    "multiprocessing.Queue",
    "multiprocessing.Lock",
];

impl Translator<'_> {
    /// Whether `value` makes a list, dict or set whose items are known at import time (`{}`, `[]`,
    /// `{"total": 0}`), or a container or primitive of `STRAIGHT_CONSTRUCTORS` of arguments known at
    /// import time (`asyncio.Queue()`, `defaultdict(int)`).
    pub(super) fn makes_a_straight_object(&self, frame: &Frame, value: &Expr) -> bool {
        let known = |item: &Expr| matches!(self.expr(frame, item, false), Ok(Ex::Static(_)));
        match value {
            Expr::List(list) => list.elts.iter().all(known),
            Expr::Set(set) => set.elts.iter().all(known),
            Expr::Dict(dict) => {
                dict.items.iter().all(|item| item.key.as_ref().is_some_and(known) && known(&item.value))
            }
            Expr::Call(call) => self.calls_a_straight_constructor(frame, call) && arguments_known(call, known),
            _ => false,
        }
    }

    fn calls_a_straight_constructor(&self, frame: &Frame, call: &ast::ExprCall) -> bool {
        match &*call.func {
            Expr::Name(name) if matches!(name.id.as_str(), "list" | "dict" | "set") => {
                !frame.locals.contains_key(name.id.as_str()) && !self.globals.contains_key(name.id.as_str())
            }
            func => matches!(self.expr(frame, func, false),
                Ok(Ex::Static(Value::Module(callee))) if STRAIGHT_CONSTRUCTORS.contains(&callee.as_str())),
        }
    }
}

/// Every positional and keyword argument of `call` passes `known`.
fn arguments_known(call: &ast::ExprCall, known: impl Fn(&Expr) -> bool) -> bool {
    call.arguments.args.iter().all(&known) && call.arguments.keywords.iter().all(|keyword| known(&keyword.value))
}
