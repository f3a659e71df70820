//! What a Python name stands for while the program is translated: a number known at import time, a
//! task-local variable of the scenario, a shared variable, a synchronization object, a thread, a list of
//! such things, a function or an imported module.

/// The shape of a shared variable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    Int,
    /// A fixed-length array (a Python list nobody appends to).
    Array(usize),
    /// A map: a dict, or a list that grows by `append` (its keys are 0, 1, 2, ...).
    Map {
        dense: bool,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Object {
    Lock {
        name: String,
        reentrant: bool,
    },
    Semaphore(String),
    Event(String),
    /// `with_lock` is what `with cond:` takes: the condition itself or the lock it was built on.
    Condition {
        name: String,
        with_lock: String,
    },
    Queue {
        name: String,
        capacity: u64,
        order: QueueOrder,
    },
    Barrier {
        name: String,
        parties: u64,
        /// `Barrier(n, timeout=t)`: the time-out of every `wait()` that gives none of its own.
        timeout: Option<String>,
    },
    /// The asyncio event loop (`asyncio.get_running_loop()`): weft's one loop, `main`.
    Loop,
    /// A `concurrent.futures` executor (`process`: a ProcessPoolExecutor).
    Executor {
        name: String,
        process: bool,
    },
    /// An `asyncio.TaskGroup` of an open `async with` (translate/task_groups.rs).
    TaskGroup(String),
    /// `multiprocessing.Value(typecode, init)`: an integer in memory every process shares (the
    /// scenario's `shared_memory:`, by its name), and the lock `get_lock()` gives with whether it is
    /// reentrant (an RLock by default; none for `lock=False` and `RawValue`).
    /// `multiprocessing.Array(typecode, n)` is one too, with `items`: the `shared_memory:` integer of
    /// each element, in order (`name` then names the array in messages only).
    SharedValue {
        name: String,
        lock: Option<(String, bool)>,
        items: Option<Vec<String>>,
    },
    /// `with multiprocessing.Manager() as manager:` (translate/managers.rs): what makes the proxies.
    Manager(String),
}

/// `lambda PARAMETERS: function(ARGUMENTS)`: each argument of the call is one of the lambda's parameters
/// or a literal, so calling the lambda is calling `function` with its parameters bound as Python binds
/// them (the caller's arguments first, then the defaults, which were evaluated when the lambda was made).
#[derive(Clone, Debug, PartialEq)]
pub struct Lambda {
    pub function: String,
    /// Each parameter's name and default (None: the caller must give it).
    pub parameters: Vec<(String, Option<Value>)>,
    pub arguments: Vec<LambdaArgument>,
    pub keywords: Vec<(String, LambdaArgument)>,
    /// A body that is one call of anything else (`lambda fut: results.append(fut.result())`), run as a
    /// statement with the parameters bound: a done callback only (`function` is then empty).
    pub statement: Option<Box<ruff_python_ast::Expr>>,
}

/// An argument of a lambda's call: its parameter at that position, or a literal.
#[derive(Clone, Debug, PartialEq)]
pub enum LambdaArgument {
    Parameter(usize),
    Literal(Value),
}

/// Which item a queue's `get` takes: `Queue`'s oldest, `LifoQueue`'s newest, `PriorityQueue`'s smallest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QueueOrder {
    Fifo,
    Lifo,
    Priority,
}

impl QueueOrder {
    /// The scenario's `order:` (docs/format.md), none for the default FIFO.
    pub fn declared(self) -> Option<&'static str> {
        match self {
            QueueOrder::Fifo => None,
            QueueOrder::Lifo => Some("lifo"),
            QueueOrder::Priority => Some("priority"),
        }
    }
}

impl Object {
    /// The name it is declared under in the scenario (`loop` for the event loop, which is not declared).
    pub fn name(&self) -> &str {
        match self {
            Object::Lock { name, .. }
            | Object::Semaphore(name)
            | Object::Event(name)
            | Object::Condition { name, .. }
            | Object::Queue { name, .. }
            | Object::Barrier { name, .. }
            | Object::Executor { name, .. }
            | Object::TaskGroup(name)
            | Object::SharedValue { name, .. }
            | Object::Manager(name) => name,
            Object::Loop => "loop",
        }
    }

    pub fn describe(&self) -> &'static str {
        match self {
            Object::Lock { reentrant: false, .. } => "a Lock",
            Object::Lock { reentrant: true, .. } => "an RLock",
            Object::Semaphore(_) => "a Semaphore",
            Object::Event(_) => "an Event",
            Object::Condition { .. } => "a Condition",
            Object::Queue { order: QueueOrder::Fifo, .. } => "a Queue",
            Object::Queue { order: QueueOrder::Lifo, .. } => "a LifoQueue",
            Object::Queue { order: QueueOrder::Priority, .. } => "a PriorityQueue",
            Object::Barrier { .. } => "a Barrier",
            Object::Loop => "the event loop",
            Object::Executor { process: false, .. } => "a ThreadPoolExecutor",
            Object::Executor { process: true, .. } => "a ProcessPoolExecutor",
            Object::TaskGroup(_) => "a TaskGroup",
            Object::SharedValue { items: None, .. } => "a `multiprocessing.Value`",
            Object::SharedValue { items: Some(_), .. } => "a `multiprocessing.Array`",
            Object::Manager(_) => "a `multiprocessing.Manager()`",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Int(i64),
    Float(f64),
    Str(String),
    None,
    /// A task-local variable of the scenario, by its scenario name.
    Local(String),
    Shared(String, Shape),
    Object(Object),
    /// A thread: the index of its task.
    Thread(usize),
    /// A list or a tuple whose items are known at import time (threads, objects, numbers); `Items`
    /// says which where the program's own form shows it (a tuple display, `enumerate`'s pairs).
    List(Items),
    Function(String),
    /// A function made by a closure factory (`make_worker(i)`, whose body only defines `worker` and
    /// returns it): the nested function and the factory's parameters, bound at import time
    /// (translate/closures.rs).
    Closure(String, std::collections::BTreeMap<String, Value>),
    /// `functools.partial(f, a, k=v)` of a function of the file: the function and the arguments it is
    /// given first (positional, then by keyword), all known at import time.
    Partial(String, Vec<Value>, Vec<(String, Value)>),
    /// `lambda i=i: f(i, "a")`: a lambda whose body is one call of a function of the file, its
    /// parameters' defaults known when it was made (translate/lambdas.rs).
    Lambda(Box<Lambda>),
    /// A future (of `executor.submit`): the scenario expression that holds it, a local or an element.
    Future(String),
    /// A list of futures: a local array of the scenario and its length.
    Futures(String, usize),
    /// The `done` set of `wait(fs)`: every future of the local array, finished; a `for` over it takes
    /// them in any order (a set's), as `as_completed` does.
    FutureSet(String, usize),
    /// A set display of futures just started (`{asyncio.create_task(c(1)), ...}`): a local array of the
    /// scenario and its length, whose order CPython does not fix (a set of tasks iterates by their
    /// hashes), so only the uses that do not depend on it take it: `wait`, `as_completed`, `len`, and
    /// the `while pending:` loop over `wait(FIRST_COMPLETED)`.
    PendingSet(String, usize),
    /// A list of numbers computed at run time (the results of futures): a local array and its length.
    LocalArray(String, usize),
    /// `[f.cancel() for f in not_done]` over a set of `wait`: a list of bools in the set's order, which
    /// CPython does not fix, kept as the locals that count its True items and its length
    /// (translate/cancel_lists.rs). Only `len`, `sum` and `count` read it.
    SetOrderBools {
        trues: String,
        length: String,
    },
    /// An imported module or one of its attributes, by qualified name: `threading`, `threading.Lock`.
    Module(String),
    /// A class of the file, by name (translate/classes.rs).
    Class(String),
    /// An instance of a class of the file, by its scenario name (`counter`).
    Instance(String),
    /// A dict whose keys are strings known at import time (`stats = {"hits": 0}`): each key's value is
    /// a shared variable of its own (`stats_hits`), so a report names the key. Key, shared variable.
    Record(Vec<(String, String)>),
    /// `SENTINEL = object()`: a value distinct from every integer, compared only by identity. The
    /// scenario says it as its own None, so a program that also uses None is refused (translate.rs).
    Sentinel(String),
    /// A set of `wait(fs, return_when=FIRST_COMPLETED)` (translate/completion.rs): the futures, their
    /// number, the private queue holding the positions of the finished ones (`done`), the local that
    /// counts them, whether this is the other set (`not_done`), and whether `done.pop()` took one.
    FirstCompleted {
        futures: String,
        length: usize,
        done: String,
        count: String,
        pending: bool,
        popped: bool,
    },
    /// A value known only when the program runs that decides nothing weft models: a reading of a clock
    /// (`time.perf_counter()`, and arithmetic on readings: `elapsed = perf_counter() - start`), the
    /// current thread, its name or identifier. It may be kept in a name and printed, never used where a
    /// value decides anything. What it is, for messages.
    Opaque(&'static str),
    /// `data = threading.local()`: each thread's attributes of it are that thread's own, task-local
    /// variables of the scenario (`Translator::thread_local_slot`). Its scenario name.
    ThreadLocal(String),
    /// A dict made at import time under string keys whose values are threading objects (`{"a": Lock(),
    /// "b": Lock()}`) or numbers among which a float (`{"users": 0.03}`: sleep durations), looked up by
    /// keys known at import time; nothing writes it.
    Objects(Vec<(String, Value)>),
    /// `itertools.count(start, step)`: the shared variable holding the next number, and the step
    /// (`next(c)` is one atomic step that reads it and adds the step, as the C iterator does).
    Counter(String, i64),
    /// `eg` of `except* C as eg:` around a failing TaskGroup (`exceptions: false`) and its
    /// `eg.exceptions` (`true`): `count` is the local holding how many exceptions the group holds
    /// (translate/task_groups.rs); only `len(eg.exceptions)` reads it. With `members`, the shared list
    /// that holds the group's exceptions in CPython's order, which `eg.exceptions` is
    /// (translate/group_members.rs).
    ExceptionGroup {
        count: String,
        exceptions: bool,
        members: Option<String>,
    },
    /// `e` of `except C as e:` in a program that reads its exceptions: the scenario local that holds the
    /// exception's value (docs/format.md, "The value of an exception"; translate/exception_values.rs).
    Exception(String),
    /// `locks = defaultdict(threading.Lock)` read only as `locks[key]` by keys known at import time:
    /// one Lock per key, named after the dict and the key (translate/per_key_locks.rs). The dict's
    /// scenario name.
    LockPerKey(String),
    /// A dict display in a function whose keys and values are known at import time and whose name is
    /// read only by walks of its `items()`, `keys()` or `values()` (translate/local_display_views.rs):
    /// its pairs, in the display's order.
    WalkedDisplay(Vec<(Value, Value)>),
}

/// The items of a list or tuple known at import time, and whether the program made a tuple there. The
/// import held both as one list until session 38, so everything but the mark reads them as a list: a
/// tuple display, a walk of `enumerate`, `zip` or `.items()` marks its values tuples, and the mark only
/// refuses what Python refuses of a tuple (`t.append(x)`: AttributeError, tuple_appends.rs) or lets a
/// tuple be a value of a step (the scenario's tuple). Equality ignores the mark, as the import's
/// comparisons did before it.
#[derive(Clone, Debug, Default)]
pub struct Items {
    values: Vec<Value>,
    tuple: bool,
}

impl Items {
    /// The items of a tuple the program made.
    pub fn tuple(values: Vec<Value>) -> Items {
        Items { values, tuple: true }
    }

    /// Whether the program made these items a tuple (false: a list, or a sequence the import cannot tell).
    pub fn is_tuple(&self) -> bool {
        self.tuple
    }

    pub fn into_vec(self) -> Vec<Value> {
        self.values
    }
}

impl PartialEq for Items {
    fn eq(&self, other: &Items) -> bool {
        self.values == other.values
    }
}

impl From<Vec<Value>> for Items {
    fn from(values: Vec<Value>) -> Items {
        Items { values, tuple: false }
    }
}

impl FromIterator<Value> for Items {
    fn from_iter<I: IntoIterator<Item = Value>>(iter: I) -> Items {
        Items::from(iter.into_iter().collect::<Vec<_>>())
    }
}

impl std::ops::Deref for Items {
    type Target = Vec<Value>;
    fn deref(&self) -> &Vec<Value> {
        &self.values
    }
}

impl std::ops::DerefMut for Items {
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.values
    }
}

impl IntoIterator for Items {
    type Item = Value;
    type IntoIter = std::vec::IntoIter<Value>;
    fn into_iter(self) -> Self::IntoIter {
        self.values.into_iter()
    }
}

impl<'a> IntoIterator for &'a Items {
    type Item = &'a Value;
    type IntoIter = std::slice::Iter<'a, Value>;
    fn into_iter(self) -> Self::IntoIter {
        self.values.iter()
    }
}

/// `time.perf_counter()`, `time.time()` and the like, and arithmetic on them.
pub const CLOCK: Value = Value::Opaque("a reading of the clock (`time.perf_counter()`, `time.time()`)");

impl Value {
    /// Whether this is a function of the file, a closure a factory made, a `partial` or a lambda.
    pub fn is_callable(&self) -> bool {
        matches!(self, Value::Function(_) | Value::Closure(..) | Value::Partial(..) | Value::Lambda(_))
    }

    pub fn describe(&self) -> String {
        match self {
            Value::Int(_) => "a number".into(),
            Value::Float(_) => "a float".into(),
            Value::Str(_) => "a string".into(),
            Value::None => "None".into(),
            Value::Local(_) => "a local variable".into(),
            Value::Shared(_, Shape::Int) => "a shared integer".into(),
            Value::Shared(_, Shape::Array(_)) => "a shared list".into(),
            Value::Shared(_, Shape::Map { dense: true }) => "a shared list".into(),
            Value::Shared(_, Shape::Map { dense: false }) => "a shared dict".into(),
            Value::Object(object) => object.describe().into(),
            Value::Thread(_) => "a Thread".into(),
            Value::List(_) => "a list".into(),
            Value::Function(name) => format!("the function `{name}`"),
            Value::Closure(name, _) => format!("the function `{name}` made by a closure factory"),
            Value::Partial(name, _, _) => format!("`functools.partial` of `{name}`"),
            Value::Lambda(lambda) if lambda.statement.is_some() => "a `lambda`".into(),
            Value::Lambda(lambda) => format!("a `lambda` calling `{}`", lambda.function),
            Value::Class(name) => format!("the class `{name}`"),
            Value::Instance(name) => format!("the instance `{name}`"),
            Value::Future(_) => "a future".into(),
            Value::Futures(..) => "a list of futures".into(),
            Value::FutureSet(..) => "a set of futures".into(),
            Value::PendingSet(..) => "a set of futures (in an order CPython does not fix)".into(),
            Value::LocalArray(..) => "a list of results".into(),
            Value::SetOrderBools { .. } => "a list of `cancel()`'s values in a set's order".into(),
            Value::Module(name) => format!("`{name}`"),
            Value::Record(_) => "a dict with string keys".into(),
            Value::Sentinel(name) => format!("the sentinel `{name}` (an `object()`)"),
            Value::FirstCompleted { pending: false, .. } => "the `done` set of `wait(FIRST_COMPLETED)`".into(),
            Value::FirstCompleted { pending: true, .. } => "the `not_done` set of `wait(FIRST_COMPLETED)`".into(),
            Value::ThreadLocal(_) => "a `threading.local()`".into(),
            Value::LockPerKey(_) => "a `defaultdict(threading.Lock)`".into(),
            Value::WalkedDisplay(_) => "a dict display only walked (`for k, v in d.items()`)".into(),
            Value::Counter(..) => "an `itertools.count()`".into(),
            Value::ExceptionGroup { exceptions: false, .. } => "an ExceptionGroup".into(),
            Value::ExceptionGroup { exceptions: true, .. } => "the exceptions of an ExceptionGroup".into(),
            Value::Exception(_) => "an exception caught".into(),
            Value::Objects(entries) if entries.iter().all(|(_, value)| matches!(value, Value::Object(_))) => {
                "a dict of threading objects".into()
            }
            Value::Objects(entries)
                if entries.iter().all(|(_, value)| {
                    matches!(value, Value::Function(_) | Value::Partial(..) | Value::Closure(..))
                }) =>
            {
                "a dict of functions".into()
            }
            Value::Objects(entries) if entries.iter().any(|(_, value)| matches!(value, Value::Instance(_))) => {
                "a dict of objects made at import time".into()
            }
            Value::Objects(entries) if crate::translate::is_dict_of_lists(entries) => {
                "a dict of lists known at import time".into()
            }
            Value::Objects(_) => "a dict of floats known at import time".into(),
            Value::Opaque(what) => {
                format!("{what}, known only when the program runs: weft can keep and print it, not compute with it")
            }
        }
    }
}
