//! The scenario file as written: serde types that mirror ../shared/spec/scenario-format.md key for key.
//! Values that later checks may complain about are `Spanned`, so every error points at its line and
//! column. Nothing here checks meaning; `compile` does.

use sim_core::expr::NONE;
use std::fmt;
use std::marker::PhantomData;

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

use crate::duration::Duration;
use sim_core::model::Nanos;

pub type Name = Spanned<String>;

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Scenario")]
pub struct RawScenario {
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub version: Option<Spanned<u64>>,
    #[schemars(with = "String")]
    pub name: Name,
    #[serde(default)]
    pub about: Option<String>,
    #[serde(default)]
    pub machine: Option<RawMachine>,
    #[serde(default)]
    #[schemars(with = "Option<IndexMap<String, RawMachine>>")]
    pub machines: Option<Spanned<IndexMap<String, RawMachine>>>,
    #[serde(default)]
    #[schemars(with = "Option<RawNetwork>")]
    pub network: Option<Spanned<RawNetwork>>,
    #[serde(default)]
    pub runtime: Option<RawRuntime>,
    #[serde(default)]
    pub scheduler: Option<RawScheduler>,
    /// Shared variables of process `main`: an integer, a list of integers (an array of fixed length) or
    /// a mapping of integer keys to integers (a map; `{}` for an empty one).
    #[serde(default)]
    #[schemars(with = "IndexMap<String, SharedValueSchema>")]
    pub shared: IndexMap<Name, Spanned<RawSharedValue>>,
    /// Integer variables in memory every process shares (`multiprocessing.Value`): any task of any
    /// process reads and writes them; kept, and reported, with main's variables.
    #[serde(default)]
    #[schemars(with = "IndexMap<String, SharedValueSchema>")]
    pub shared_memory: IndexMap<Name, Spanned<RawSharedValue>>,
    #[serde(default)]
    #[schemars(with = "Option<IndexMap<String, RawQueue>>")]
    pub queues: Option<IndexMap<Name, RawQueue>>,
    /// The shared maps that are Python lists growing by `append` (an extension of format 1.1): `items`
    /// for process `main`'s, `P.items` for process P's. A missing key of one is IndexError, not KeyError.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub lists: Vec<Name>,
    /// The shared maps whose keys are Python `repr` texts (the Python import's maps that may take a
    /// tuple key): the final state prints each key's text bare, `edges[(1, 2)]`, as Python names it.
    /// `P.items` names process P's. Printing only: nothing else of the model changes.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub repr_keys: Vec<Name>,
    /// Mutexes: a list of names, or a mapping of names to `{ reentrant: true }` (`RLock`) and
    /// `{ count: N }` (an array of N locks).
    #[serde(default)]
    #[schemars(with = "Option<DeclarationsSchema<RawLockDecl>>")]
    pub locks: Option<Declarations<RawLockDecl>>,
    /// `threading.Semaphore`s (format 1.1): a name and its initial value (`slots: 3`, unbounded), or
    /// `{ value: 1, bounded: true, count: N }`.
    #[serde(default)]
    #[schemars(with = "Option<IndexMap<String, SemaphoreSchema>>")]
    pub semaphores: Option<IndexMap<Name, Spanned<RawSemaphoreDecl>>>,
    /// `threading.Event`s (format 1.1): a list of names, or a mapping of names to `{ count: N }`.
    #[serde(default)]
    #[schemars(with = "Option<DeclarationsSchema<RawEventDecl>>")]
    pub events: Option<Declarations<RawEventDecl>>,
    /// `threading.Condition`s (format 1.1): `{ lock: L }` shares lock L; without `lock:` a condition owns
    /// a lock of its own name.
    #[serde(default)]
    #[schemars(with = "Option<DeclarationsSchema<RawConditionDecl>>")]
    pub conditions: Option<Declarations<RawConditionDecl>>,
    /// `concurrent.futures` executors (format 1.1): `pool: { workers: 4 }` is
    /// `ThreadPoolExecutor(max_workers=4)`; `kind: process` a `ProcessPoolExecutor`.
    #[serde(default)]
    #[schemars(with = "Option<IndexMap<String, RawExecutor>>")]
    pub executors: Option<IndexMap<Name, RawExecutor>>,
    /// The program's own exception classes (an extension of format 1.1): a name and its base, `{ base:
    /// Exception }` (a built-in class or one declared above it).
    #[serde(default)]
    #[schemars(with = "IndexMap<String, RawExceptionDecl>")]
    pub exceptions: IndexMap<Name, RawExceptionDecl>,
    #[serde(default)]
    #[schemars(with = "IndexMap<String, RawProcess>")]
    pub processes: IndexMap<Name, RawProcess>,
    #[serde(default)]
    #[schemars(with = "IndexMap<String, RawLoop>")]
    pub loops: IndexMap<Name, RawLoop>,
    #[schemars(with = "IndexMap<String, RawTask>")]
    pub tasks: Spanned<IndexMap<Name, RawTask>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub expect: Vec<Name>,
    #[serde(default)]
    pub snapshot: Option<RawSnapshot>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Machine")]
pub struct RawMachine {
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub cores: Option<Spanned<u64>>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub context_switch: Option<Spanned<Duration>>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub thread_spawn: Option<Spanned<Duration>>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub process_spawn: Option<Spanned<Duration>>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub interpreter_spawn: Option<Spanned<Duration>>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub process_fork: Option<Spanned<Duration>>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub process_pool_handoff: Option<Spanned<Duration>>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub process_pool_shutdown: Option<Spanned<Duration>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Network")]
pub struct RawNetwork {
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub latency: Option<Spanned<Duration>>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub ipc_cost: Option<Spanned<Duration>>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(rename = "Gil")]
pub enum RawGil {
    New,
    Old,
    None,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Runtime")]
pub struct RawRuntime {
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub python: Option<Name>,
    #[serde(default)]
    #[schemars(with = "Option<RawGil>")]
    pub gil: Option<Spanned<RawGil>>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub switch_interval: Option<Spanned<Duration>>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub check_interval: Option<Spanned<Duration>>,
    /// How long a thread handed the GIL takes to be woken and run (default 40us; docs/fidelity.md).
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub handoff_latency: Option<Spanned<Duration>>,
    /// `waits`: a `spawn` of one thread returns only once the new thread runs, as CPython's
    /// `Thread.start()` waits for the thread's `_started` Event (`weft import` writes it); `returns`
    /// (the default): the spawner goes on at once.
    #[serde(default)]
    #[schemars(with = "Option<RawThreadStart>")]
    pub thread_start: Option<Spanned<RawThreadStart>>,
}

/// `runtime.thread_start`: what a `spawn` of a thread waits for.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(rename = "ThreadStart")]
pub enum RawThreadStart {
    /// The spawner goes on at once (the default).
    Returns,
    /// The spawner waits until the new thread runs (CPython's `Thread.start()`).
    Waits,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Scheduler")]
pub struct RawScheduler {
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub policy: Option<Name>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub quantum: Option<Spanned<Duration>>,
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub jitter: Option<Spanned<u64>>,
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub depth: Option<Spanned<u64>>,
    /// When a wait with a time-out may give up under exploring policies, unless `--timeouts` says:
    /// `quiescent` (default), `deadline` or `any`.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub timeouts: Option<Name>,
    /// Under exploring policies, a task's step is offered only when it would start no later than this
    /// after the earliest step any task could take (the noise real time adds to the modelled one).
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub time_window: Option<Spanned<Duration>>,
    /// The CPU every step that names no duration of its own takes (a `let`, a `set`, a lock's `acquire`):
    /// the Python statement it stands for (the Python import writes it where deadlines decide when a
    /// wait gives up). Default 0: such steps take no time.
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub step_cost: Option<Spanned<Duration>>,
    /// Under exploring policies, the order in which the coroutines of one event loop take it: `any`
    /// (default: every coroutine the loop could be handed to) or `fifo` (asyncio's ready queue, first in
    /// first out, and a timer only after what was ready when it was set).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub loop_order: Option<Name>,
    /// Under exploring policies, how a thread's `while` that sleeps between polls and changes nothing
    /// waits: `spin` (default: a spin-wait, woken by the write it waits for, whatever its pass) or
    /// `passes` (a spin-wait only while a pass takes at most half the time window; a longer loop goes
    /// round in virtual time, each poll at its own time, as a coroutine's poll does).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub thread_polls: Option<Name>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Queue")]
pub struct RawQueue {
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub capacity: Option<Spanned<u64>>,
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub ipc_cost: Option<Spanned<Duration>>,
    /// `asyncio.Queue` (format 1.1): a `get` on an empty one suspends only the coroutine. Without it a
    /// queue is a `queue.Queue`, which blocks the whole loop when a coroutine waits on it.
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub asyncio: Option<Spanned<bool>>,
    /// Which item a `get` takes (an extension of the contract): `fifo` (the default, `queue.Queue`),
    /// `lifo` (`queue.LifoQueue`) or `priority` (`queue.PriorityQueue`: the smallest first).
    #[serde(default)]
    #[schemars(with = "Option<RawQueueOrder>")]
    pub order: Option<Spanned<RawQueueOrder>>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(rename = "QueueOrder")]
pub enum RawQueueOrder {
    Fifo,
    Lifo,
    Priority,
}

/// An executor (format 1.1): its workers are started once, when it is first used, and reused.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Executor")]
pub struct RawExecutor {
    /// `max_workers`: at most this many jobs run at once. Left out, CPython 3.11's default for the
    /// machine's cores: `min(32, cores + 4)` for threads (`ThreadPoolExecutor()`), `cores` for processes
    /// (`ProcessPoolExecutor()`, `multiprocessing.Pool()`).
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub workers: Option<Spanned<u64>>,
    /// What a worker is: `thread` (ThreadPoolExecutor, the default), `process` (ProcessPoolExecutor) or
    /// `interpreter` (InterpreterPoolExecutor, Python 3.14).
    #[serde(default)]
    #[schemars(with = "Option<RawKind>")]
    pub kind: Option<Spanned<RawKind>>,
    /// Paid per argument and per result that crosses to a process worker (default 0).
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub ipc_cost: Option<Spanned<Duration>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Process")]
pub struct RawProcess {
    #[serde(default)]
    #[schemars(with = "Option<RawGil>")]
    pub gil: Option<Spanned<RawGil>>,
    #[serde(default)]
    #[schemars(with = "IndexMap<String, SharedValueSchema>")]
    pub shared: IndexMap<Name, Spanned<RawSharedValue>>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub machine: Option<Name>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Loop")]
pub struct RawLoop {
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub process: Option<Name>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(rename = "Kind")]
pub enum RawKind {
    Thread,
    Coroutine,
    Process,
    Interpreter,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(rename = "Start")]
pub enum RawStart {
    Now,
    Spawned,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Task")]
pub struct RawTask {
    #[serde(default)]
    #[schemars(with = "Option<RawKind>")]
    pub kind: Option<Spanned<RawKind>>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub process: Option<Name>,
    #[serde(default, rename = "loop")]
    #[schemars(with = "Option<String>")]
    pub event_loop: Option<Name>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub after: Vec<Name>,
    #[serde(default)]
    #[schemars(with = "Option<RawStart>")]
    pub start: Option<Spanned<RawStart>>,
    #[serde(default)]
    pub daemon: bool,
    #[serde(default)]
    pub priority: i64,
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub count: Option<Spanned<u64>>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub machine: Option<Name>,
    /// The executor whose workers run this task (format 1.1). With `count: N` (and `start: now`) it is
    /// `executor.map` over N items; with `start: spawned`, each `submit` is one job.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub executor: Option<Name>,
    /// For a task of `kind: process`: an exception nothing in the process catches ends that process
    /// alone (its `with` blocks release their locks) and the run goes on, as CPython's child process
    /// exits with code 1 while its parent goes on; without it such an exception ends the run.
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub exits_alone: Option<Spanned<bool>>,
    /// With `exits_alone: true`: a `shared_memory:` variable that becomes 1 when such an exception ends
    /// the process (Python's `p.exitcode`; declare it with 0).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub exitcode: Option<Name>,
    #[schemars(with = "Vec<RawStep>")]
    pub ops: Vec<Spanned<RawStep>>,
}

/// One step: a mapping with one key, or a bare word (`yield`).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[schemars(rename = "Step")]
pub enum RawStep {
    Cpu(#[schemars(with = "Duration")] Spanned<Duration>),
    Native(#[schemars(with = "Duration")] Spanned<Duration>),
    /// A blocking wait (`time.sleep`) for a duration, or for `{ ms: "EXPR" }`: a length an expression
    /// gives when the step runs.
    Io(#[schemars(with = "LengthSchema")] Spanned<RawLength>),
    /// `await asyncio.sleep(D)` for a duration (or `{ ms: "EXPR" }`, as `io`); `{ future: EXPR, timeout:
    /// D, into: ok }` is `asyncio.wait_for(task, D)` (format 1.1).
    Await(#[schemars(with = "AwaitSchema")] Spanned<RawAwait>),
    Yield,
    Let(#[schemars(with = "String")] Name),
    Set(#[schemars(with = "String")] Name),
    /// `L.acquire()`: a lock's name (`fork[i]` for an element of an array of locks), or
    /// `{ name: L, timeout: D, into: got }` (`timeout: 0ns` is `acquire(blocking=False)`).
    Lock(#[schemars(with = "NameOrSchema<RawTimed>")] Spanned<NameOr<RawTimed>>),
    Unlock(#[schemars(with = "String")] Name),
    With(RawWith),
    Put(RawPut),
    Get(RawGet),
    TaskDone(#[schemars(with = "String")] Name),
    JoinQueue(#[schemars(with = "String")] Name),
    Spawn(#[schemars(with = "String")] Name),
    Join(#[schemars(with = "String")] Name),
    Barrier(RawBarrier),
    Repeat(RawRepeat),
    Assert(#[schemars(with = "String")] Name),
    Kill(#[schemars(with = "String")] Name),
    /// Python's `if` (format 1.1): reading the condition's shared variables is a step each; the branch
    /// itself is not a step.
    If(RawIf),
    /// Python's `while` (format 1.1): the condition is evaluated before every iteration.
    While(RawWhile),
    /// Leave the innermost `while` or `repeat` (format 1.1).
    Break,
    /// Go on with the next iteration of the innermost `while` or `repeat` (format 1.1).
    Continue,
    /// End the task with a value (format 1.1): `return: "EXPR"`, or the bare word `return` (value 0).
    Return(#[schemars(with = "Option<String>")] Option<Name>),
    /// The steps inside run as ONE step (format 1.1): what CPython does in one bytecode or one C call,
    /// or a C11 atomic read-modify-write. Nothing that blocks, waits or takes time may be inside.
    Atomic(#[schemars(with = "Vec<RawStep>")] Vec<Spanned<RawStep>>),
    /// `del m[k]` (format 1.1): a missing key is a fault (KeyError).
    Del(#[schemars(with = "String")] Name),
    /// `Semaphore.acquire()` (format 1.1): a name, or `{ name: S, timeout: D, into: got }`.
    Acquire(#[schemars(with = "NameOrSchema<RawTimed>")] Spanned<NameOr<RawTimed>>),
    /// `Semaphore.release()` (format 1.1): a name, or `{ semaphore: S, into_ok: released }`, the release
    /// inside `try:` / `except ValueError:` (an extension of the contract).
    Release(#[schemars(with = "NameOrSchema<RawRelease>")] Spanned<NameOr<RawRelease>>),
    /// `Event.set()` (format 1.1).
    SetEvent(#[schemars(with = "String")] Name),
    /// `Event.clear()` (format 1.1).
    ClearEvent(#[schemars(with = "String")] Name),
    /// `Event.wait()` on a name, or `{ event: E, timeout: D, into: got }`; `{ condition: C }` is
    /// `Condition.wait()`, which releases C's lock while it waits (format 1.1).
    Wait(#[schemars(with = "NameOrSchema<RawWait>")] Spanned<NameOr<RawWait>>),
    /// `Condition.wait_for(predicate)`: `while not cond: wait` (format 1.1).
    WaitFor(RawWaitFor),
    /// `Condition.notify()` on a name, or `{ condition: C, n: N }` (format 1.1).
    Notify(#[schemars(with = "NameOrSchema<RawNotify>")] Spanned<NameOr<RawNotify>>),
    /// `Condition.notify_all()` (format 1.1).
    NotifyAll(#[schemars(with = "String")] Name),
    /// `executor.submit(T, ...)`, `asyncio.create_task(T(...))`, `asyncio.to_thread(T, ...)`,
    /// `asyncio.run_coroutine_threadsafe(T(...), loop)`: a new instance of the `start: spawned` task T
    /// (format 1.1).
    Submit(RawSubmit),
    /// `future.result()` (a thread) or `await task` (a coroutine): wait for an instance to finish and
    /// take its `return` value (format 1.1).
    Result(RawResult),
    /// `future.cancel()` / `task.cancel()` on the future an expression names (format 1.1); or `{ future:
    /// F, into: ok }` (an extension): `ok` gets what Python's `cancel()` returns, 1 when it cancelled.
    Cancel(#[schemars(with = "NameOrSchema<RawCancel>")] Spanned<NameOr<RawCancel>>),
    /// `f.done()`, `f.cancelled()`, `f.running()` (an extension of format 1.1, session 27): `{ future: F,
    /// into: s }` puts the state of the future in `s` now: 0 pending, 1 running, 2 cancelled, 3
    /// finished (returned or raised).
    FutureState(RawFutureState),
    /// `executor.shutdown()` (an extension of format 1.1): an executor's name waits for every job
    /// submitted to it, by any task (`shutdown(wait=True)`, the end of its `with`); or `{ executor: X,
    /// wait: false, cancel_futures: true }`. A later `submit` to it raises RuntimeError.
    Shutdown(#[schemars(with = "NameOrSchema<RawShutdown>")] Spanned<NameOr<RawShutdown>>),
    /// `raise C` (an extension of format 1.1): an instance ends with exception class C, which its
    /// future keeps for `result`; anywhere else the exception is uncaught, a fault.
    /// `{ class: C, args: EXPR }` raises `C(*args)`, whose value (message and arguments) a handler's
    /// `as` reads (an extension: docs/format.md, "The value of an exception").
    Raise(#[schemars(with = "NameOrSchema<RawRaise>")] Spanned<NameOr<RawRaise>>),
    /// Python's `try` (an extension of format 1.1): `{ do: [...], except: [{ classes: [C], do: [...] }],
    /// else: [...], finally: [...] }`. An exception raised in `do` (a `raise`, a `result` of a job that
    /// raised, a fault Python raises as an exception) goes to the first `except` whose classes catch it.
    Try(Box<RawTry>),
    /// A bare `raise` inside an `except` (an extension of format 1.1): raises the caught exception again.
    Reraise,
}

/// `try:` (an extension of format 1.1).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Try")]
pub struct RawTry {
    /// The protected steps.
    #[serde(rename = "do")]
    #[schemars(with = "Vec<RawStep>")]
    pub body: Vec<Spanned<RawStep>>,
    /// The handlers, tried in order.
    #[serde(default, rename = "except")]
    pub handlers: Vec<RawExcept>,
    /// Steps run when `do` raised nothing.
    #[serde(default, rename = "else")]
    #[schemars(with = "Vec<RawStep>")]
    pub otherwise: Vec<Spanned<RawStep>>,
    /// Steps run on every way out (an exception nobody here caught goes on after them).
    #[serde(default)]
    #[schemars(with = "Vec<RawStep>")]
    pub finally: Vec<Spanned<RawStep>>,
}

/// One `except` of a `try`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Except")]
pub struct RawExcept {
    /// The classes it catches, each with its subclasses (`except (A, B):`); empty or left out: every
    /// class (a bare `except:`).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub classes: Vec<Name>,
    /// The handler's steps.
    #[serde(rename = "do")]
    #[schemars(with = "Vec<RawStep>")]
    pub ops: Vec<Spanned<RawStep>>,
    /// `except C as e:`: a local that gets the exception's value (docs/format.md, "The value of an
    /// exception").
    #[serde(default, rename = "as")]
    #[schemars(with = "Option<String>")]
    pub name: Option<Name>,
}

/// `raise: { class: C, args: EXPR }` (an extension of format 1.1): Python's `raise C(*args)`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Raise")]
pub struct RawRaise {
    /// The class.
    #[schemars(with = "String")]
    pub class: Name,
    /// The constructor's arguments: a tuple (`"(n, 'late')"`, `"(f'{name} broke',)"`); any other value
    /// is the one argument; left out, none (`raise C()`).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub args: Option<Name>,
    /// The attributes the class's own `__init__` sets (`self.status = status`), as a tuple in the
    /// order it sets them (`exception_attributes(e)` reads them).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub attributes: Option<Name>,
}

/// A class of the program's own (`class InsufficientFunds(Exception): pass`).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "ExceptionDecl")]
pub struct RawExceptionDecl {
    /// Its base class: a built-in one or one declared before it.
    #[schemars(with = "String")]
    pub base: Name,
}

/// `submit:` (format 1.1).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Submit")]
pub struct RawSubmit {
    /// The task to start an instance of; it needs `start: spawned`.
    #[schemars(with = "String")]
    pub task: Name,
    /// The instance's locals: names to expressions of the submitting task (a number or a string).
    #[serde(default)]
    #[schemars(with = "IndexMap<String, RawValue>")]
    pub args: IndexMap<Name, Spanned<RawValue>>,
    /// A local (or `fs[i]`, an element of a local array) that gets the future.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub into: Option<Name>,
    /// `loop.call_later(0, f)`: the coroutine joins its loop's ready queue at the loop's next pass, behind
    /// everything queued during this one, rather than at once (`asyncio.create_task`).
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub next_pass: Option<Spanned<bool>>,
}

/// `result:` (format 1.1).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Result")]
pub struct RawResult {
    /// The future: an expression, usually a local set by `submit`'s `into`.
    #[schemars(with = "String")]
    pub future: Name,
    /// A local (or `xs[i]`) that gets the instance's `return` value.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub into: Option<Name>,
    /// `result(timeout=D)`: give up after this long.
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub timeout: Option<Spanned<Duration>>,
    /// A local set to 1 when the result came, 0 on time-out or cancellation (or a caught exception).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub into_ok: Option<Name>,
    /// `try: f.result()` / `except C:` (an extension of format 1.1): an instance that raised C (any
    /// class for `Exception`) gives 0 in `into_ok`; another class propagates.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub catches: Option<Name>,
}

/// `cancel:` in its long form (an extension of format 1.1).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Cancel")]
pub struct RawCancel {
    /// The future (an expression that names one: `f`, `fs[i]`).
    #[schemars(with = "String")]
    pub future: Name,
    /// A local (or a local array's element) that gets Python's `cancel()` value: 1 when the future is
    /// now cancelled (a job that had not started, a task not yet done), 0 when it could not be (a job
    /// already running, an instance already finished).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub into: Option<Name>,
}

/// `future_state:` (an extension of format 1.1, session 27).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "FutureState")]
pub struct RawFutureState {
    /// The future (an expression that names one: `f`, `fs[i]`).
    #[schemars(with = "String")]
    pub future: Name,
    /// A local (or a local array's element) that gets the state: 0 pending (not taken by a worker
    /// yet; an asyncio task not done), 1 running (a job its worker runs), 2 cancelled, 3 finished.
    #[schemars(with = "String")]
    pub into: Name,
    /// Only whether the future is done (session 34: `add_done_callback` runs the callback at once in
    /// the adder when it is): pending and running both read 0, so a job's pick-up is no step of its
    /// own for this read.
    #[serde(default)]
    pub only_done: bool,
}

/// `shutdown:` in its long form (an extension of format 1.1).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Shutdown")]
pub struct RawShutdown {
    /// The executor (a name under `executors:`); or `default_executor` instead.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub executor: Option<Name>,
    /// `loop.shutdown_default_executor()`, the end of `asyncio.run` (an extension of the contract,
    /// session 26): the default executor (`asyncio.to_thread`, `run_in_executor(None, ...)`) of the
    /// event loop named here (`main` for the coroutines of no `loop:`), instead of `executor`.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub default_executor: Option<Name>,
    /// `shutdown(wait=False)` with `false`: the task goes on at once (default `true`: it waits for
    /// every job submitted to the executor).
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub wait: Option<Spanned<bool>>,
    /// `shutdown(cancel_futures=True)` with `true`: the jobs still queued for a worker are cancelled
    /// and never run (default `false`).
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub cancel_futures: Option<Spanned<bool>>,
}

/// `await:` a duration, a length an expression gives, or a future with a time-out.
#[derive(Debug)]
pub enum RawAwait {
    Sleep(Duration),
    SleepFor(Box<RawComputedLength>),
    Future(Box<RawAwaitFuture>),
}

/// The length of `io:` (and of `await:`'s sleep): a duration, or `{ ms: "EXPR" }`.
#[derive(Debug)]
pub enum RawLength {
    Fixed(Duration),
    Computed(Box<RawComputedLength>),
}

/// `{ ms: "item * 10" }`: a length known only when the step runs. One key, its unit; its value an
/// integer expression of the task's locals and shared values.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "ComputedLength", extend("minProperties" = 1, "maxProperties" = 1))]
pub struct RawComputedLength {
    /// The length in nanoseconds: an integer expression, evaluated when the step runs.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub ns: Option<Name>,
    /// The length in microseconds: an integer expression.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub us: Option<Name>,
    /// The length in milliseconds: an integer expression.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub ms: Option<Name>,
    /// The length in seconds: an integer expression.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub s: Option<Name>,
}

impl RawComputedLength {
    /// Every key written, with the nanoseconds of its unit, in the order ns, us, ms, s.
    pub fn units(&self) -> Vec<(Nanos, &Name)> {
        let keys = [(1, &self.ns), (1_000, &self.us), (1_000_000, &self.ms), (1_000_000_000, &self.s)];
        keys.into_iter().filter_map(|(unit_ns, key)| key.as_ref().map(|name| (unit_ns, name))).collect()
    }
}

/// Reads a length: a duration exactly as every other duration (same messages), or the map form.
struct LengthVisitor;

impl<'de> Visitor<'de> for LengthVisitor {
    type Value = RawLength;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a duration with a unit, such as `5ms`, or `{ ms: \"EXPR\" }`")
    }
    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        crate::duration::parse_duration(text).map(|ns| RawLength::Fixed(Duration(ns))).map_err(E::custom)
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Self::Value, E> {
        crate::duration::number_without_unit(n, n == 0).map(RawLength::Fixed).map_err(E::custom)
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Self::Value, E> {
        if n < 0 {
            return Err(E::custom(format!("`{n}` is negative; a duration is 0 or more")));
        }
        self.visit_u64(n as u64)
    }
    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Self::Value, E> {
        crate::duration::number_without_unit(n, false).map(RawLength::Fixed).map_err(E::custom)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        RawComputedLength::deserialize(MapAccessDeserializer::new(map))
            .map(|length| RawLength::Computed(Box::new(length)))
    }
}

impl<'de> Deserialize<'de> for RawLength {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LengthVisitor)
    }
}

/// A duration, or the map form of a length.
#[derive(Debug, JsonSchema)]
#[serde(untagged)]
#[allow(dead_code, clippy::large_enum_variant)]
pub enum LengthSchema {
    Fixed(Duration),
    Computed(RawComputedLength),
}

/// `await:`'s map: either a length's unit key or the keys of `RawAwaitFuture`, told apart by the keys.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAwaitMap {
    #[serde(default)]
    future: Option<Name>,
    #[serde(default)]
    timeout: Option<Spanned<Duration>>,
    #[serde(default)]
    into: Option<Name>,
    #[serde(default)]
    timed_out: Option<Name>,
    #[serde(default)]
    ns: Option<Name>,
    #[serde(default)]
    us: Option<Name>,
    #[serde(default)]
    ms: Option<Name>,
    #[serde(default)]
    s: Option<Name>,
}

impl RawAwaitMap {
    fn into_await<E: de::Error>(self) -> Result<RawAwait, E> {
        let length = RawComputedLength { ns: self.ns, us: self.us, ms: self.ms, s: self.s };
        let waits_for_future =
            self.future.is_some() || self.timeout.is_some() || self.into.is_some() || self.timed_out.is_some();
        if length.units().is_empty() {
            let future = self.future.ok_or_else(|| E::missing_field("future"))?;
            let awaited = RawAwaitFuture { future, timeout: self.timeout, into: self.into, timed_out: self.timed_out };
            return Ok(RawAwait::Future(Box::new(awaited)));
        }
        if waits_for_future {
            return Err(E::custom(
                "`await:` is either a length (`{ ms: \"EXPR\" }`) or a future (`{ future: f, timeout: D }`), not both",
            ));
        }
        Ok(RawAwait::SleepFor(Box::new(length)))
    }
}

/// `await: { future: f, timeout: D, into: ok }`: `asyncio.wait_for` (format 1.1).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "AwaitFuture")]
pub struct RawAwaitFuture {
    /// The task's future: an expression, usually a local set by `submit`'s `into`.
    #[schemars(with = "String")]
    pub future: Name,
    /// Give up after this long; the task is then cancelled.
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub timeout: Option<Spanned<Duration>>,
    /// A local set to 1 when the task finished in time, 0 when it timed out.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub into: Option<Name>,
    /// A local set to 1 when the wait gave up at its time-out, 0 when the task ended first (with a
    /// value, or cancelled by other code): `into`'s 0 is both a time-out and a task that ended cancelled.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub timed_out: Option<Name>,
}

impl<'de> Deserialize<'de> for RawAwait {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AwaitVisitor;
        impl<'de> Visitor<'de> for AwaitVisitor {
            type Value = RawAwait;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a duration with a unit, such as `5ms`, or `{ future: f, timeout: D }`")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
                LengthVisitor.visit_str(text).map(RawAwait::from)
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Self::Value, E> {
                LengthVisitor.visit_u64(n).map(RawAwait::from)
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Self::Value, E> {
                LengthVisitor.visit_i64(n).map(RawAwait::from)
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<Self::Value, E> {
                LengthVisitor.visit_f64(n).map(RawAwait::from)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                RawAwaitMap::deserialize(MapAccessDeserializer::new(map))?.into_await()
            }
        }
        deserializer.deserialize_any(AwaitVisitor)
    }
}

impl From<RawLength> for RawAwait {
    fn from(length: RawLength) -> Self {
        match length {
            RawLength::Fixed(duration) => RawAwait::Sleep(duration),
            RawLength::Computed(length) => RawAwait::SleepFor(length),
        }
    }
}

/// A duration, a length an expression gives, or the long form of `await`.
#[derive(Debug, JsonSchema)]
#[serde(untagged)]
#[allow(dead_code, clippy::large_enum_variant)]
pub enum AwaitSchema {
    Sleep(Duration),
    SleepFor(RawComputedLength),
    Future(RawAwaitFuture),
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "If")]
pub struct RawIf {
    /// The condition, an expression.
    #[schemars(with = "String")]
    pub cond: Name,
    /// The steps when the condition is not 0.
    #[schemars(with = "Vec<RawStep>")]
    pub then: Vec<Spanned<RawStep>>,
    /// The steps when it is 0 (optional).
    #[serde(default, rename = "else")]
    #[schemars(with = "Vec<RawStep>")]
    pub otherwise: Vec<Spanned<RawStep>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "While")]
pub struct RawWhile {
    /// Evaluated before every iteration; the loop ends when it is 0.
    #[schemars(with = "String")]
    pub cond: Name,
    /// The body; may be empty (a spin-wait).
    #[schemars(with = "Vec<RawStep>")]
    pub ops: Vec<Spanned<RawStep>>,
}

/// `lock:` or `acquire:` with a time-out.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Timed")]
pub struct RawTimed {
    /// The lock or semaphore (`name[i]` for an element of an array).
    #[schemars(with = "String")]
    pub name: Name,
    /// Give up after this long; `0ns` never blocks.
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub timeout: Option<Spanned<Duration>>,
    /// A local set to 1 when acquired, 0 when not.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub into: Option<Name>,
}

/// `wait:` in its long form: exactly one of `event` and `condition`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Wait")]
pub struct RawWait {
    /// `Event.wait()` on this event.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub event: Option<Name>,
    /// `Condition.wait()` on this condition (the task must hold its lock).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub condition: Option<Name>,
    /// Give up after this long.
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub timeout: Option<Spanned<Duration>>,
    /// A local set to 1 when woken, 0 on time-out.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub into: Option<Name>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "WaitFor")]
pub struct RawWaitFor {
    #[schemars(with = "String")]
    pub condition: Name,
    /// The predicate: waits while it is 0.
    #[schemars(with = "String")]
    pub cond: Name,
    /// Give up after this long (`wait_for(predicate, timeout)`); `0ns` does not wait.
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub timeout: Option<Spanned<Duration>>,
    /// A local set to the predicate's last value, as `wait_for` returns it: 0 when it gave up.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub into: Option<Name>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Notify")]
pub struct RawNotify {
    #[schemars(with = "String")]
    pub condition: Name,
    /// How many waiters to wake, oldest first (default 1).
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub n: Option<Spanned<u64>>,
}

/// `release:` in its long form (an extension of the contract): `S.release()` in a `try:` whose
/// `except ValueError:` catches the release of a `BoundedSemaphore` above its initial value.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Release")]
pub struct RawRelease {
    /// The semaphore (`name[i]` for an element of an array).
    #[schemars(with = "String")]
    pub semaphore: Name,
    /// A local set to 1 when the release went through, 0 when a bounded semaphore was already at its
    /// initial value (ValueError, caught: the count is unchanged).
    #[schemars(with = "String")]
    pub into_ok: Name,
}

/// A lock's declaration in the mapping form of `locks:`.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "LockDeclaration")]
pub struct RawLockDecl {
    /// `threading.RLock`: the owner may take it again; free after as many `unlock`s.
    #[serde(default)]
    pub reentrant: bool,
    /// An array of N locks, `name[0]` to `name[N-1]`.
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub count: Option<Spanned<u64>>,
    /// asyncio's own primitive (format 1.1): blocking on it suspends only the coroutine; a thread may
    /// not use it.
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub asyncio: Option<Spanned<bool>>,
    /// `false`: any task may release the lock while another holds it, as Python's `threading.Lock`
    /// allows (an extension of the contract, whose `unlock` of a lock one does not hold is a fault).
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub owned: Option<Spanned<bool>>,
}

/// A semaphore's declaration: its initial value, or the long form.
#[derive(Debug)]
pub enum RawSemaphoreDecl {
    Value(i64),
    Full(RawSemaphoreFull),
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "SemaphoreDeclaration")]
pub struct RawSemaphoreFull {
    /// The initial value (default 1).
    #[serde(default)]
    #[schemars(with = "Option<i64>")]
    pub value: Option<Spanned<i64>>,
    /// `threading.BoundedSemaphore`: releasing above the initial value is a fault (ValueError).
    #[serde(default)]
    pub bounded: bool,
    /// An array of N semaphores.
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub count: Option<Spanned<u64>>,
    /// asyncio's own primitive (format 1.1): blocking on it suspends only the coroutine; a thread may
    /// not use it.
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub asyncio: Option<Spanned<bool>>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "EventDeclaration")]
pub struct RawEventDecl {
    /// An array of N events.
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub count: Option<Spanned<u64>>,
    /// asyncio's own primitive (format 1.1): blocking on it suspends only the coroutine; a thread may
    /// not use it.
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub asyncio: Option<Spanned<bool>>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "ConditionDeclaration")]
pub struct RawConditionDecl {
    /// The lock `wait` releases and takes again; without it the condition owns a lock of its name.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub lock: Option<Name>,
    /// An array of N conditions.
    #[serde(default)]
    #[schemars(with = "Option<u64>")]
    pub count: Option<Spanned<u64>>,
    /// asyncio's own primitive (format 1.1): blocking on it suspends only the coroutine; a thread may
    /// not use it.
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub asyncio: Option<Spanned<bool>>,
    /// The lock the condition owns is an `RLock` (Python's `threading.Condition()`, whose own lock is
    /// one): its owner may take it again, and `wait` releases every level and takes them back. Not
    /// with `lock:` (that lock's own declaration says) or `asyncio` (asyncio's lock is not re-entrant).
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub reentrant: Option<Spanned<bool>>,
}

/// A list of names, or a mapping of names to declarations.
#[derive(Debug)]
pub enum Declarations<T> {
    List(Vec<Name>),
    Map(IndexMap<Name, T>),
}

impl<T> Declarations<T> {
    /// Every declared name with its declaration (`default` in the list form).
    pub fn entries<'a>(&'a self, default: &'a T) -> Vec<(&'a Name, &'a T)> {
        match self {
            Declarations::List(names) => names.iter().map(|n| (n, default)).collect(),
            Declarations::Map(map) => map.iter().collect(),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Declarations<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DeclarationsVisitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for DeclarationsVisitor<T> {
            type Value = Declarations<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list of names or a mapping of names to declarations")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                Vec::deserialize(SeqAccessDeserializer::new(seq)).map(Declarations::List)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                IndexMap::deserialize(MapAccessDeserializer::new(map)).map(Declarations::Map)
            }
        }
        deserializer.deserialize_any(DeclarationsVisitor(PhantomData))
    }
}

/// A primitive's name (a scalar), or a mapping with more options.
#[derive(Debug)]
pub enum NameOr<T> {
    Name(String),
    Full(T),
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for NameOr<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NameOrVisitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for NameOrVisitor<T> {
            type Value = NameOr<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a name or a mapping")
            }
            fn visit_str<E: de::Error>(self, name: &str) -> Result<Self::Value, E> {
                Ok(NameOr::Name(name.to_string()))
            }
            fn visit_i64<E: de::Error>(self, number: i64) -> Result<Self::Value, E> {
                Ok(NameOr::Name(number.to_string()))
            }
            fn visit_u64<E: de::Error>(self, number: u64) -> Result<Self::Value, E> {
                Ok(NameOr::Name(number.to_string()))
            }
            fn visit_bool<E: de::Error>(self, value: bool) -> Result<Self::Value, E> {
                Ok(NameOr::Name(value.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                T::deserialize(MapAccessDeserializer::new(map)).map(NameOr::Full)
            }
        }
        deserializer.deserialize_any(NameOrVisitor(PhantomData))
    }
}

/// A shared variable's initial value.
#[derive(Debug)]
pub enum RawSharedValue {
    Scalar(RawScalar),
    Array(Vec<RawScalar>),
    Map(IndexMap<RawScalar, RawScalar>),
}

/// One value written in YAML: an integer or null (Python's None, `NONE`), or a string, whose value the
/// compiler takes from the string table.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RawScalar {
    Integer(i64),
    Text(String),
}

impl<'de> Deserialize<'de> for RawScalar {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ScalarVisitor)
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = RawScalar;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer, null (Python's None) or a string")
    }
    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Self::Value, E> {
        not_none_pattern(value).map(RawScalar::Integer)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(RawScalar::Integer(NONE))
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(RawScalar::Integer(NONE))
    }
    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Self::Value, E> {
        i64::try_from(value)
            .map(RawScalar::Integer)
            .map_err(|_| E::custom(format!("{value} does not fit in a 64-bit integer")))
    }
    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        Ok(RawScalar::Text(text.to_string()))
    }
}

impl<'de> Deserialize<'de> for RawSharedValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SharedVisitor;
        impl<'de> Visitor<'de> for SharedVisitor {
            type Value = RawSharedValue;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an integer, null (Python's None), a string, a list of them or a mapping of them to them")
            }
            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Self::Value, E> {
                ScalarVisitor.visit_i64(value).map(RawSharedValue::Scalar)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                ScalarVisitor.visit_unit().map(RawSharedValue::Scalar)
            }
            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                ScalarVisitor.visit_none().map(RawSharedValue::Scalar)
            }
            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Self::Value, E> {
                ScalarVisitor.visit_u64(value).map(RawSharedValue::Scalar)
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
                ScalarVisitor.visit_str(text).map(RawSharedValue::Scalar)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                Vec::deserialize(SeqAccessDeserializer::new(seq)).map(RawSharedValue::Array)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                IndexMap::deserialize(MapAccessDeserializer::new(map)).map(RawSharedValue::Map)
            }
        }
        deserializer.deserialize_any(SharedVisitor)
    }
}

/// An integer of the format: the patterns below `sim_core::expr::SMALLEST_INTEGER` stand for None and
/// the strings, so they are no integers.
fn not_none_pattern<E: de::Error>(value: i64) -> Result<i64, E> {
    if !sim_core::expr::is_integer(value) {
        return Err(E::custom(format!(
            "{value} is not an integer of the format (its integers are {} to {}; write null for Python's None)",
            sim_core::expr::SMALLEST_INTEGER,
            i64::MAX
        )));
    }
    Ok(value)
}

impl<'de> Deserialize<'de> for RawSemaphoreDecl {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SemaphoreVisitor;
        impl<'de> Visitor<'de> for SemaphoreVisitor {
            type Value = RawSemaphoreDecl;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an initial value or a mapping with `value`, `bounded`, `count`")
            }
            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Self::Value, E> {
                Ok(RawSemaphoreDecl::Value(value))
            }
            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Self::Value, E> {
                i64::try_from(value)
                    .map(RawSemaphoreDecl::Value)
                    .map_err(|_| E::custom(format!("{value} does not fit in a 64-bit integer")))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                RawSemaphoreFull::deserialize(MapAccessDeserializer::new(map)).map(RawSemaphoreDecl::Full)
            }
        }
        deserializer.deserialize_any(SemaphoreVisitor)
    }
}

// ---- Shapes for the JSON Schema of the types read by hand above ------------------------------------

/// An integer, null (Python's None) or a string, a list of them (an array) or a mapping of keys (integers
/// or strings) to them (a map).
#[derive(Debug, JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "SharedValue")]
#[allow(dead_code)]
pub enum SharedValueSchema {
    Scalar(ScalarSchema),
    Array(Vec<ScalarSchema>),
    Map(IndexMap<String, ScalarSchema>),
}

/// An integer, null (Python's None) or a string.
#[derive(Debug, JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "SharedScalar")]
#[allow(dead_code)]
pub enum ScalarSchema {
    Integer(Option<i64>),
    Text(String),
}

#[derive(Debug, JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
pub enum DeclarationsSchema<T> {
    List(Vec<String>),
    Map(IndexMap<String, T>),
}

#[derive(Debug, JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
pub enum NameOrSchema<T> {
    Name(String),
    Full(T),
}

#[derive(Debug, JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "Semaphore")]
#[allow(dead_code)]
pub enum SemaphoreSchema {
    Value(i64),
    Full(RawSemaphoreFull),
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "With")]
pub struct RawWith {
    #[schemars(with = "String")]
    pub lock: Name,
    #[schemars(with = "Vec<RawStep>")]
    pub ops: Vec<Spanned<RawStep>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Put")]
pub struct RawPut {
    #[schemars(with = "String")]
    pub queue: Name,
    #[schemars(with = "RawValue")]
    pub value: Spanned<RawValue>,
    /// `q.put(x, timeout=D)`: give up after this long when the bounded queue stays full; `0ns` never
    /// waits (`q.put_nowait(x)`). Without `into_ok`, giving up is an uncaught queue.Full: a fault.
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub timeout: Option<Spanned<Duration>>,
    /// A local set to 1 when the item went in, 0 when the `put` gave up (queue.Full, caught).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub into_ok: Option<Name>,
}

/// `value:` of a put may be written as a number or as an expression string.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "Value")]
pub enum RawValue {
    Number(i64),
    Text(String),
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Get")]
pub struct RawGet {
    #[schemars(with = "String")]
    pub queue: Name,
    #[schemars(with = "String")]
    pub into: Name,
    /// `q.get(timeout=D)`: give up after this long; `0ns` never waits (`q.get_nowait()`). Without
    /// `into_ok`, giving up is an uncaught queue.Empty: a fault.
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub timeout: Option<Spanned<Duration>>,
    /// A local set to 1 when an item came, 0 when the wait gave up (queue.Empty, caught).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub into_ok: Option<Name>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Barrier")]
pub struct RawBarrier {
    #[schemars(with = "String")]
    pub name: Name,
    #[schemars(with = "u64")]
    pub parties: Spanned<u64>,
    /// `barrier.wait(timeout=D)` (or `Barrier(n, timeout=D)`'s default): a wait that times out breaks
    /// the barrier (an extension of the contract).
    #[serde(default)]
    #[schemars(with = "Option<Duration>")]
    pub timeout: Option<Spanned<Duration>>,
    /// A local set to 1 when every party arrived, 0 when the barrier broke (BrokenBarrierError, caught).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub into_ok: Option<Name>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Repeat")]
pub struct RawRepeat {
    #[schemars(with = "u64")]
    pub times: Spanned<u64>,
    #[schemars(with = "Vec<RawStep>")]
    pub ops: Vec<Spanned<RawStep>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Snapshot")]
pub struct RawSnapshot {
    #[serde(default)]
    pub seeds: Vec<u64>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub policies: Vec<Name>,
}
