//! Refusals of two threading idioms weft has no form for, in words that say why and what to write
//! instead (session 28, session27/t05 and t11). Both were refused before, with messages that sent the
//! reader elsewhere: a list of the supported Counter and defaultdict forms, and "pass the values it
//! needs" for a call whose whole point is to change the list it is given.
//!
//! - `collections.defaultdict(threading.Lock)`, a lock per key made on the key's first use (but for
//!   the form per_key_locks.rs imports, session 34): weft's
//!   locks are made at import time and named where the program makes them, and the dict's
//!   get-or-create (a lookup, then an insert CPython may interleave with another thread's) would make a
//!   lock that exists only when the program runs.
//! - `heapq.heappush(shared, item)` and the other `heapq` functions on a shared list: weft does not
//!   model the order a heap keeps its list in (which CPython's `print(heap)` shows, and `heap[0]` reads).
//!   A list used only as a heap is a priority queue before translation (heap_queues.rs, session 29);
//!   this refusal is of every other use.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::value::{Shape, Value};

/// The primitives of `threading` and `multiprocessing` a `defaultdict` factory may name.
const PRIMITIVES: [&str; 6] = ["Lock", "RLock", "Semaphore", "BoundedSemaphore", "Event", "Condition"];

impl Translator<'_> {
    /// Refuses `defaultdict(threading.Lock)` (or another primitive as the factory).
    pub(super) fn refuse_primitive_factory(&self, frame: &Frame, call: &ast::ExprCall) -> Result<()> {
        let [factory] = &call.arguments.args[..] else { return Ok(()) };
        let Ok(Ex::Static(Value::Module(name))) = self.expr(frame, factory, false) else { return Ok(()) };
        let Some((module, primitive)) = name.rsplit_once('.') else { return Ok(()) };
        if !matches!(module, "threading" | "multiprocessing" | "asyncio") || !PRIMITIVES.contains(&primitive) {
            return Ok(());
        }
        fail(
            call,
            format!(
                "`defaultdict({name})` (a `{primitive}` made on a key's first use) is not supported here: weft makes each lock, event or condition at import time where the program names it, and cannot follow one made when the program runs. A module global `defaultdict(threading.Lock)` read only as `locks[key]`, by keys known at import time, imports (each key's Lock is made at import time, as CPython's C factory makes it without a switch); any other use of the dict (`len`, `in`, a walk, a store, handing it on) would see which keys exist. Else make one per key up front under a name of its own (`users_lock = {name}()`) and pick it with an `if`, or guard every key with one `{primitive}`"
            ),
        )
    }

    /// Refuses a `heapq` function given a shared list.
    pub(super) fn refuse_heap_of_shared_list(&self, frame: &Frame, call: &ast::ExprCall) -> Result<()> {
        let Ok(Ex::Static(Value::Module(function))) = self.expr(frame, &call.func, false) else { return Ok(()) };
        if !function.starts_with("heapq.") {
            return Ok(());
        }
        let shared = |argument: &Expr| {
            matches!(
                self.expr(frame, argument, false),
                Ok(Ex::Static(Value::Shared(_, Shape::Array(_) | Shape::Map { .. })))
            )
        };
        let Some(heap) = call.arguments.args.iter().find(|argument| shared(argument)) else { return Ok(()) };
        fail(
            heap,
            format!(
                "`{function}` on a shared list is not supported here: weft does not model the order a heap keeps its list in (what `print(heap)` shows and `heap[0]` reads); a list bound once to `[]` and used only through `heappush` as a statement, `heappop` where no `except` could catch its IndexError, its truth and `len` imports (as the `queue.PriorityQueue` CPython builds on them), or use a `queue.PriorityQueue` (`put((priority, n, job))`, `get_nowait()`), or keep the list sorted (`items.append(x)`, `items.sort()`, `items.pop(0)`)"
            ),
        )
    }
}
