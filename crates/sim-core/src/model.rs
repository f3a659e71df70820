//! The compiled scenario: what the engine runs. Built by the `scenarios` crate from YAML (or by hand in
//! tests); sim-core never sees YAML. Every cross reference is a typed index into a `Vec` of this model.

use std::fmt;

/// Virtual time and durations, in integer nanoseconds.
pub type Nanos = u64;

macro_rules! typed_index {
    ($($name:ident),* $(,)?) => {$(
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u32);
        impl $name {
            #[inline]
            pub fn index(self) -> usize { self.0 as usize }
            #[inline]
            pub fn from_index(index: usize) -> Self {
                assert!(index <= u32::MAX as usize);
                Self(index as u32)
            }
        }
    )*};
}
typed_index!(
    TaskId,
    ProcessId,
    LockId,
    QueueId,
    BarrierId,
    LoopId,
    VarId,
    LocalId,
    ExprId,
    ArrayId,
    MapId,
    SemaphoreId,
    EventId,
    ConditionId,
    ExecutorId,
    InstancesId,
    SubmitId,
    FutureWaitId,
    ExceptionId,
);

/// The main process always exists and is always index 0.
pub const MAIN_PROCESS: ProcessId = ProcessId(0);

#[derive(Clone, PartialEq, Eq)]
pub struct Model {
    pub name: String,
    pub machine: Machine,
    pub scheduler: SchedulerConfig,
    /// Index 0 is `main`.
    pub processes: Vec<ProcessDef>,
    pub locks: Vec<String>,
    pub queues: Vec<QueueDef>,
    pub barriers: Vec<BarrierDef>,
    pub loops: Vec<LoopDef>,
    /// Declaration order; copies of a `count` task are contiguous.
    pub tasks: Vec<TaskDef>,
    pub expectations: Vec<Expectation>,
    /// The distributed tier: the machines, each owning a contiguous range of the cores (`machine.cores`
    /// is their total). One machine owning every core when the file describes a single `machine:`.
    pub machines: Vec<MachineDef>,
    pub network: Network,
    /// The synchronization primitives of format 1.1 (reentrant locks, semaphores, events, conditions).
    pub sync: SyncDefs,
    /// Format 1.1, part two: executors, submitted instances, futures, asyncio's own primitives.
    pub futures: FutureDefs,
    /// The string table: every string value of the scenario, sorted, the empty string first (see
    /// `crate::expr::FIRST_STRING`); empty when the scenario has no strings.
    pub strings: Vec<String>,
    /// The values of every `Instr::Choose`, one choice after the other (each names its stretch); empty
    /// when the scenario chooses nothing.
    pub choice_values: Vec<i64>,
    /// How many choices are `sample(LO, HI)`: a range too wide to enumerate, taken at its ends and middle
    /// only, which `explore`'s claim of completeness must name.
    pub sampled_choices: u32,
    /// The processes that end alone when an exception nothing in them catches leaves their code (a
    /// task's `exits_alone: true`); empty when the scenario names none, so that every other model keeps its
    /// fingerprint.
    pub process_exits: Vec<ProcessExit>,
}

/// A task of `kind: process` whose uncaught exception ends that process alone, as CPython's child
/// process prints its traceback and exits with code 1 while its parent goes on: the exception leaves the
/// task's `with` blocks (their locks released), `exitcode` (a `shared_memory:` variable, main's), if
/// any, becomes 1, and the task ends. A fault that is weft's own limit (no Python class) still ends the
/// run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProcessExit {
    pub task: TaskId,
    pub exitcode: Option<VarId>,
    /// Every `with` block of the task's program: the pcs of its `lock` and closing `unlock`.
    pub with_blocks: Vec<(u32, u32)>,
}

/// Format 1.1, part two (`crate::futures` reads it): executors, the instances `submit` starts, the
/// waits on futures, and which primitives are asyncio's own.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct FutureDefs {
    pub executors: Vec<ExecutorDef>,
    /// Every task that runs on an executor (each copy of a map, each instance slot), in task order.
    pub task_executors: Vec<(TaskId, ExecutorId)>,
    /// The instance slots of every task started by `submit`.
    pub instances: Vec<InstancesDef>,
    pub submits: Vec<SubmitDef>,
    pub waits: Vec<FutureWaitDef>,
    pub asyncio: AsyncioDefs,
    /// The exception classes `raise` steps and `result`'s `catches` name (`ExceptionId` indexes them).
    pub exceptions: Vec<String>,
    /// The classes the scenario declares (`exceptions:`), each with its base; a built-in class's base is
    /// Python's (`BUILTIN_EXCEPTIONS`).
    pub exception_bases: Vec<(ExceptionId, ExceptionId)>,
    /// The handlers of every `try` block, by task, innermost first within a task.
    pub handlers: Vec<TryHandler>,
    /// Whether a freed worker takes its next job in a step of its own (`engine/job_pick_up.rs`): only
    /// where something may cancel a job still waiting for it (a `cancel` step, or a `shutdown` with
    /// `cancel_futures`) or read its state (`future_state`), the things that can tell the pick-up apart
    /// from the start. Derived from the programs, so the fingerprint (`Debug`) leaves it out.
    pub job_pick_ups: bool,
    /// Some program reads a future's state (`future_state`): a job's pick-up, which turns it from
    /// pending to running, then writes the job for exploration (elsewhere it only reads it). Derived
    /// from the programs, so the fingerprint (`Debug`) leaves it out.
    pub future_state_reads: bool,
    /// The model reads exception values (`except C as e:`, `raise: { class, value }`): every exception
    /// raised carries one (crate::exception_values), and a handler's local holds it rather than the
    /// class's id + 1. Written in the model's text only when set.
    pub exception_values: bool,
    /// How a thread pool made without a size is sized: the `runtime.python` preset's rule. Written in
    /// the model's text only when it is not 3.8's, so every other model keeps its fingerprint.
    pub default_thread_pool: DefaultThreadPool,
}

/// Python 3.11's built-in classes weft can raise or catch, each with its base (`BaseException` has
/// none). The names are the classes' own (`Empty` is `queue.Empty`, `QueueEmpty` asyncio's).
pub const BUILTIN_EXCEPTIONS: &[(&str, &str)] = &[
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("OSError", "Exception"),
    ("TimeoutError", "OSError"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("BrokenBarrierError", "RuntimeError"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("Empty", "Exception"),
    ("Full", "Exception"),
    ("QueueEmpty", "Exception"),
    ("QueueFull", "Exception"),
    ("InvalidStateError", "Exception"),
    ("CancelledError", "BaseException"),
];

/// One handler of a `try` block (an entry of CPython's exception table): an exception raised by a step
/// of `task` at a pc in `start..end` whose class is one of `classes` (or a subclass) goes on at
/// `target`, after the `with` blocks it leaves have released their locks. With no `classes` it catches
/// every class: the `finally` that runs on the way out and raises again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TryHandler {
    pub task: TaskId,
    pub start: u32,
    pub end: u32,
    pub classes: Vec<ExceptionId>,
    pub target: u32,
    /// Gets the caught exception's id + 1, for a bare `raise` (and `except C as e:`).
    pub into: LocalId,
    /// The `with` blocks inside `start..end`: the pcs of their `lock` and closing `unlock`.
    pub with_blocks: Vec<(u32, u32)>,
}

/// Written without `exceptions` when there are none, so that the fingerprint (and every token) of a
/// model that raises nothing is what it was before exceptions were kept.
impl fmt::Debug for FutureDefs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = f.debug_struct("FutureDefs");
        out.field("executors", &self.executors)
            .field("task_executors", &self.task_executors)
            .field("instances", &self.instances)
            .field("submits", &self.submits)
            .field("waits", &self.waits)
            .field("asyncio", &self.asyncio);
        if !self.exceptions.is_empty() {
            out.field("exceptions", &self.exceptions);
        }
        // Written only when there are some, as `exceptions`: a model without `try` prints as before.
        if !self.exception_bases.is_empty() {
            out.field("exception_bases", &self.exception_bases);
        }
        if !self.handlers.is_empty() {
            out.field("handlers", &self.handlers);
        }
        if self.exception_values {
            out.field("exception_values", &self.exception_values);
        }
        if self.default_thread_pool != DefaultThreadPool::default() {
            out.field("default_thread_pool", &self.default_thread_pool);
        }
        out.finish()
    }
}

impl FutureDefs {
    fn is_empty(&self) -> bool {
        *self == FutureDefs::default()
    }

    /// Whether the scenario uses any of part two (the engine's fast path skips it otherwise).
    #[inline]
    pub fn in_use(&self) -> bool {
        !(self.executors.is_empty() && self.instances.is_empty() && self.asyncio.is_empty())
    }

    /// Whether a coroutine's step `instruction` is an `await` where it may give its loop up (and where
    /// CancelledError can reach it): `await`, `yield`, awaiting a task (`result`, `await` of a future)
    /// or one of asyncio's own primitives. Between two of them a coroutine runs alone on its loop.
    pub fn may_suspend_coroutine(&self, instruction: &Instr) -> bool {
        matches!(
            instruction,
            Instr::Await(_) | Instr::AwaitFor { .. } | Instr::Yield | Instr::Result(_) | Instr::AwaitFuture(_)
        ) || self.asyncio.awaited_by(instruction)
    }

    /// Whether some `submit` starts its coroutine at the loop's next pass (`next_pass: true`): only then
    /// does the stepwise driver keep its loops' passes (engine/loop_turns.rs).
    pub fn starts_at_next_pass(&self) -> bool {
        self.submits.iter().any(|submit| submit.next_pass)
    }

    /// The class named `name`, if the scenario names it.
    pub fn exception_named(&self, name: &str) -> Option<ExceptionId> {
        self.exceptions.iter().position(|class| class == name).map(ExceptionId::from_index)
    }

    /// The id of class `name` at run time: the model's own, else, past the model's, a built-in class it
    /// does not name (`BUILTIN_EXCEPTIONS`): a fault of weft's own that a job's future
    /// keeps in a scenario that names no class. The model is not changed, so neither is its fingerprint.
    pub fn exception_at_run_time(&self, name: &str) -> Option<ExceptionId> {
        self.exception_named(name).or_else(|| {
            let builtin = BUILTIN_EXCEPTIONS.iter().position(|(class, _)| *class == name)?;
            Some(ExceptionId::from_index(self.exceptions.len() + builtin))
        })
    }

    /// The name of class `class`: one the model names, or a built-in one past them
    /// (`exception_at_run_time`).
    pub fn exception_name(&self, class: ExceptionId) -> &str {
        match self.exceptions.get(class.index()) {
            Some(name) => name,
            None => BUILTIN_EXCEPTIONS[class.index() - self.exceptions.len()].0,
        }
    }

    /// Whether any of `programs` may cancel a job that has not started: a `cancel` step, or a
    /// `shutdown` with `cancel_futures` (what `job_pick_ups` says).
    pub fn may_cancel_jobs<'p>(programs: impl IntoIterator<Item = &'p [Instr]>) -> bool {
        programs.into_iter().flatten().any(|instruction| {
            matches!(instruction, Instr::Cancel { .. } | Instr::Shutdown { cancel_futures: true, .. })
        })
    }

    /// Whether any of `programs` reads a future's state (`future_state`): a job's pick-up then changes
    /// what the read can see, so it is a step of its own (what `job_pick_ups` says).
    pub fn reads_future_states<'p>(programs: impl IntoIterator<Item = &'p [Instr]>) -> bool {
        programs
            .into_iter()
            .flatten()
            .any(|instruction| matches!(instruction, Instr::FutureState { only_done: false, .. }))
    }

    /// The executor `task` runs on, if any.
    pub fn executor_of(&self, task: TaskId) -> Option<ExecutorId> {
        self.task_executors.binary_search_by_key(&task, |&(t, _)| t).ok().map(|i| self.task_executors[i].1)
    }
}

/// How CPython sizes a thread pool made without `max_workers` (`ThreadPoolExecutor()`, and an event
/// loop's default executor, which is one), by version (`concurrent/futures/thread.py`,
/// `asyncio/base_events.py` of each; a `runtime.python` preset chooses).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DefaultThreadPool {
    /// 3.8 and later: `min(32, os.cpu_count() + 4)`.
    #[default]
    CoresPlusFour,
    /// 3.5 to 3.7: `os.cpu_count() * 5` (the loop's default executor too, since 3.5.3).
    FiveTimesCores,
    /// 3.2 to 3.4: `ThreadPoolExecutor()` needs `max_workers` (a TypeError without); asyncio's default
    /// executor (3.4) has `_MAX_WORKERS`, 5 threads.
    NoDefault,
}

impl DefaultThreadPool {
    /// `ThreadPoolExecutor()`'s threads on a machine of `cores` cores; `None` where the version has no
    /// default.
    pub fn executor_workers(self, cores: u32) -> Option<u32> {
        match self {
            DefaultThreadPool::CoresPlusFour => Some((cores + 4).min(32)),
            DefaultThreadPool::FiveTimesCores => Some(cores.saturating_mul(5)),
            DefaultThreadPool::NoDefault => None,
        }
    }

    /// The threads of an event loop's default executor (`to_thread`, `run_in_executor(None, ...)`).
    pub fn loop_executor_workers(self, cores: u32) -> u32 {
        const ASYNCIO_3_4_MAX_WORKERS: u32 = 5;
        self.executor_workers(cores).unwrap_or(ASYNCIO_3_4_MAX_WORKERS)
    }
}

/// `concurrent.futures.ThreadPoolExecutor` / `ProcessPoolExecutor` / `InterpreterPoolExecutor`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExecutorDef {
    pub name: String,
    pub workers: u32,
    /// Thread, Process or Interpreter: what each worker is.
    pub kind: TaskKind,
    /// Paid per argument and per result crossing to a process worker (pickling).
    pub ipc_cost_ns: Nanos,
}

/// The instances of one task that `submit` starts: `slots[k]` is instance `T#(k+1)`; `slots[0]` is the
/// declared task itself. Parameter `p` (an `args` name) is local `LocalId(p)` of every slot.
#[derive(Clone, PartialEq, Eq)]
pub struct InstancesDef {
    pub name: String,
    pub slots: Vec<TaskId>,
    pub parameters: Vec<String>,
    /// Every `with` block of its program, the pcs of its `lock` and closing `unlock`. A coroutine
    /// cancelled inside one releases the lock, as Python's `with` does on CancelledError, and so do an
    /// instance whose `submit` raises RuntimeError there (an executor shut down) and a job whose future
    /// keeps a fault of weft's own (IndexError, ...).
    pub with_blocks: Vec<(u32, u32)>,
}

/// Written without `with_blocks` when there are none, so that the fingerprint (and every token) of a
/// model whose jobs have no `with` is what it was before they were kept.
impl fmt::Debug for InstancesDef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = f.debug_struct("InstancesDef");
        out.field("name", &self.name).field("slots", &self.slots).field("parameters", &self.parameters);
        if !self.with_blocks.is_empty() {
            out.field("with_blocks", &self.with_blocks);
        }
        out.finish()
    }
}

/// One `submit` step: which instances, the arguments (parameter, expression of the submitting task) and
/// where the future goes.
#[derive(Clone, PartialEq, Eq)]
pub struct SubmitDef {
    pub instances: InstancesId,
    pub args: Vec<(u32, ExprId)>,
    pub into: Option<Place>,
    /// `next_pass: true` (session 35): the coroutine instance starts on a timer of no delay
    /// (`loop.call_later(0, f)`), joining its loop's ready queue at the next pass of `_run_once`
    /// rather than at once (`call_soon`).
    pub next_pass: bool,
}

/// Written without `next_pass` when it is false, so that the fingerprint (and every token) of a model
/// without it is what it was before.
impl fmt::Debug for SubmitDef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = f.debug_struct("SubmitDef");
        out.field("instances", &self.instances).field("args", &self.args).field("into", &self.into);
        if self.next_pass {
            out.field("next_pass", &self.next_pass);
        }
        out.finish()
    }
}

/// A wait on a future: `result` (`future.result()`, `await task`) or `await: { future }`
/// (`asyncio.wait_for`). `patience.into` is `into_ok`/`into` (1 done, 0 timed out or cancelled).
#[derive(Clone, PartialEq, Eq)]
pub struct FutureWaitDef {
    pub future: ExprId,
    /// Where the instance's `return` value goes.
    pub value_into: Option<Place>,
    pub patience: Patience,
    /// `result` inside `try:` / `except C:`: an instance that ended with an exception this class
    /// catches gives 0 in `patience.into`; any other exception of the instance propagates.
    pub catches: Option<ExceptionId>,
    /// `await: { ..., timed_out: t }`: a local set to 1 when the wait gave up at its time-out, 0 when
    /// the task ended first (with a value, or cancelled by someone else): what `patience.into`'s 0
    /// alone cannot tell (`asyncio.wait_for` raises TimeoutError for the one, CancelledError for the
    /// other).
    pub timed_out_into: Option<LocalId>,
}

/// Written without `catches` (and `timed_out_into`) when it is `None`, so that the fingerprint (and every token) of a model
/// that catches nothing is what it was before.
impl fmt::Debug for FutureWaitDef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = f.debug_struct("FutureWaitDef");
        out.field("future", &self.future).field("value_into", &self.value_into).field("patience", &self.patience);
        if let Some(catches) = self.catches {
            out.field("catches", &catches);
        }
        if let Some(timed_out_into) = self.timed_out_into {
            out.field("timed_out_into", &timed_out_into);
        }
        out.finish()
    }
}

/// A local, or an element of a local array (`fs[i]` after `let: "fs = array(N)"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub first: LocalId,
    /// Elements of the array; 1 with `index: None` for a plain local.
    pub count: u32,
    pub index: Option<ExprId>,
}

/// Which declared primitives are asyncio's own (`asyncio: true`): blocking on one suspends only the
/// coroutine. Every element of each declaration (an array is asyncio's as a whole), in id order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AsyncioDefs {
    pub locks: Vec<LockId>,
    pub semaphores: Vec<u32>,
    pub events: Vec<u32>,
    pub conditions: Vec<u32>,
    pub queues: Vec<QueueId>,
}

impl AsyncioDefs {
    /// Field by field (a new field must be named here): `FutureDefs::in_use` asks at every step, and
    /// comparing with a default built and dropped one each time (13% of a `weft run` profile).
    pub fn is_empty(&self) -> bool {
        let AsyncioDefs { locks, semaphores, events, conditions, queues } = self;
        locks.is_empty() && semaphores.is_empty() && events.is_empty() && conditions.is_empty() && queues.is_empty()
    }

    /// Whether the lock is an `asyncio.Lock` (or the lock of an `asyncio.Condition`).
    pub fn has_lock(&self, lock: LockId) -> bool {
        self.locks.binary_search(&lock).is_ok()
    }

    pub fn has_semaphore(&self, semaphore: u32) -> bool {
        self.semaphores.binary_search(&semaphore).is_ok()
    }

    pub fn has_event(&self, event: u32) -> bool {
        self.events.binary_search(&event).is_ok()
    }

    pub fn has_condition(&self, condition: u32) -> bool {
        self.conditions.binary_search(&condition).is_ok()
    }

    pub fn has_queue(&self, queue: QueueId) -> bool {
        self.queues.binary_search(&queue).is_ok()
    }

    /// Whether `instruction` waits on one of asyncio's own primitives: an `await` in Python (`async
    /// with lock`, `await sem.acquire()`, `await event.wait()`, `await cond.wait()`, `await q.get()`,
    /// `await q.put(x)`, `await q.join()`), where a cancelled coroutine gets CancelledError.
    pub fn awaited_by(&self, instruction: &Instr) -> bool {
        match *instruction {
            Instr::Lock(lock) => self.has_lock(lock),
            Instr::LockPicked { lock: pick, .. } => self.has_lock(LockId(pick.first)),
            Instr::Acquire { semaphore: pick, .. } => self.has_semaphore(pick.first),
            Instr::WaitEvent { event: pick, .. } => self.has_event(pick.first),
            Instr::WaitCondition { condition: pick, .. } => self.has_condition(pick.first),
            Instr::Put { queue, .. }
            | Instr::Get { queue, .. }
            | Instr::GetTimed { queue, .. }
            | Instr::JoinQueue(queue) => self.has_queue(queue),
            _ => false,
        }
    }

    /// Whether `instruction` blocks on, or changes, one of asyncio's own primitives.
    pub fn touched_by(&self, instruction: &Instr) -> bool {
        match *instruction {
            Instr::Lock(lock) | Instr::Unlock(lock) => self.has_lock(lock),
            Instr::LockPicked { lock: pick, .. } | Instr::UnlockPicked(pick) => self.has_lock(LockId(pick.first)),
            Instr::Acquire { semaphore: pick, .. }
            | Instr::Release(pick)
            | Instr::ReleaseChecked { semaphore: pick, .. } => self.has_semaphore(pick.first),
            Instr::SetEvent(pick)
            | Instr::ClearEvent(pick)
            | Instr::WaitEvent { event: pick, .. }
            | Instr::ReadEvent { event: pick, .. } => self.has_event(pick.first),
            Instr::WaitCondition { condition: pick, .. } | Instr::Notify { condition: pick, .. } => {
                self.has_condition(pick.first)
            }
            Instr::Put { queue, .. }
            | Instr::Get { queue, .. }
            | Instr::GetTimed { queue, .. }
            | Instr::TaskDone(queue)
            | Instr::JoinQueue(queue)
            | Instr::ReadQueueLen { queue, .. } => self.has_queue(queue),
            _ => false,
        }
    }
}

/// Format 1.1's primitives. Arrays of them (`count: N`) are contiguous runs of elements named `x[0]`...
#[derive(Clone, Default, PartialEq, Eq)]
pub struct SyncDefs {
    /// Locks (by index into `Model::locks`) that their owner may take again (`RLock`).
    pub reentrant_locks: Vec<LockId>,
    /// Locks any task may release while another holds them (`owned: false`: Python's `threading.Lock`,
    /// which has no owner), sorted.
    pub unowned_locks: Vec<LockId>,
    pub semaphores: Vec<SemaphoreDef>,
    /// Event names (`threading.Event`).
    pub events: Vec<String>,
    pub conditions: Vec<ConditionDef>,
    /// Every `put` with a time-out, sorted by task and pc (`put_patience`). Kept out of `Instr::Put`,
    /// whose `Debug` text is part of every schedule token's fingerprint.
    pub timed_puts: Vec<TimedPut>,
}

/// `q.put(x, timeout=D)` (`0ns`: `put_nowait`) at `pc` of `task`: it gives up when a bounded queue stays
/// full, 0 into `patience.into` (queue.Full caught), or without it a fault (queue.Full uncaught).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimedPut {
    pub task: TaskId,
    pub pc: u32,
    pub patience: Patience,
}

impl SyncDefs {
    fn is_empty(&self) -> bool {
        *self == SyncDefs::default()
    }

    /// Whether any task may release the lock while another holds it (`owned: false`).
    pub fn is_unowned(&self, lock: LockId) -> bool {
        self.unowned_locks.binary_search(&lock).is_ok()
    }

    /// The patience of the `put` at `pc` of `task`: waits for ever unless it has a time-out.
    pub fn put_patience(&self, task: TaskId, pc: u32) -> Patience {
        self.timed_puts
            .binary_search_by_key(&(task, pc), |put| (put.task, put.pc))
            .map_or(Patience::default(), |found| self.timed_puts[found].patience)
    }
}

/// As derived, except that `timed_puts` is written only when there are some: a model without them
/// prints as before they existed, so its fingerprint (in every schedule token) stays the same.
impl fmt::Debug for SyncDefs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = f.debug_struct("SyncDefs");
        out.field("reentrant_locks", &self.reentrant_locks)
            .field("semaphores", &self.semaphores)
            .field("events", &self.events)
            .field("conditions", &self.conditions);
        if !self.timed_puts.is_empty() {
            out.field("timed_puts", &self.timed_puts);
        }
        // Only when there are any, so that every model without one keeps its fingerprint.
        if !self.unowned_locks.is_empty() {
            out.field("unowned_locks", &self.unowned_locks);
        }
        out.finish()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SemaphoreDef {
    pub name: String,
    pub initial: i64,
    /// `BoundedSemaphore`: releasing above the initial value is a fault (ValueError).
    pub bounded: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConditionDef {
    pub name: String,
    /// The lock `wait` releases and takes again; a condition declared without one owns a lock of its name.
    pub lock: LockId,
}

/// Written by hand so that a model without format 1.1 parts prints exactly as it did before 1.1: the
/// schedule token's fingerprint is a digest of this text, and old tokens must stay valid.
impl fmt::Debug for Model {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = f.debug_struct("Model");
        out.field("name", &self.name)
            .field("machine", &self.machine)
            .field("scheduler", &self.scheduler)
            .field("processes", &self.processes)
            .field("locks", &self.locks)
            .field("queues", &self.queues)
            .field("barriers", &self.barriers)
            .field("loops", &self.loops)
            .field("tasks", &self.tasks)
            .field("expectations", &self.expectations)
            .field("machines", &self.machines)
            .field("network", &self.network);
        if !self.sync.is_empty() {
            out.field("sync", &self.sync);
        }
        if !self.futures.is_empty() {
            out.field("futures", &self.futures);
        }
        if !self.strings.is_empty() {
            out.field("strings", &self.strings);
        }
        // Only when there are any, so that every model without a choice keeps its fingerprint.
        if !self.choice_values.is_empty() {
            out.field("choice_values", &self.choice_values);
        }
        if self.sampled_choices > 0 {
            out.field("sampled_choices", &self.sampled_choices);
        }
        if !self.process_exits.is_empty() {
            out.field("process_exits", &self.process_exits);
        }
        out.finish()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MachineDef {
    pub name: String,
    pub first_core: u32,
    pub cores: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Network {
    /// One way, between two machines.
    pub latency_ns: Nanos,
    /// Per queue item crossing machines (serialisation).
    pub ipc_cost_ns: Nanos,
}

impl Default for Network {
    fn default() -> Self {
        Network { latency_ns: 100_000, ipc_cost_ns: 10_000 }
    }
}

/// Where a process runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    On(u32),
    /// On the machine with the most idle cores when it starts (dask-like).
    Auto,
}

#[derive(Clone, PartialEq, Eq)]
pub struct Machine {
    pub cores: u32,
    pub context_switch_ns: Nanos,
    pub thread_spawn_ns: Nanos,
    pub process_spawn_ns: Nanos,
    pub interpreter_spawn_ns: Nanos,
    /// `process_fork`, `process_pool_handoff`, `process_pool_shutdown`.
    pub process_pool: ProcessPoolCosts,
}

/// As derived, except that the process pool's costs are written only when the file changed them: the
/// model's fingerprint (in every schedule token) is its `Debug` text, and files that do not set them
/// keep the tokens they had before these costs existed.
impl std::fmt::Debug for Machine {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut machine = formatter.debug_struct("Machine");
        machine
            .field("cores", &self.cores)
            .field("context_switch_ns", &self.context_switch_ns)
            .field("thread_spawn_ns", &self.thread_spawn_ns)
            .field("process_spawn_ns", &self.process_spawn_ns)
            .field("interpreter_spawn_ns", &self.interpreter_spawn_ns);
        if self.process_pool != PROCESS_POOL_COSTS {
            machine.field("process_pool", &self.process_pool);
        }
        machine.finish()
    }
}

impl Default for Machine {
    fn default() -> Self {
        Machine {
            cores: 1,
            context_switch_ns: 1_700,
            thread_spawn_ns: 100_000,
            process_spawn_ns: 50_000_000,
            interpreter_spawn_ns: 5_000_000,
            process_pool: PROCESS_POOL_COSTS,
        }
    }
}

/// A process pool's own costs on this project's machine, CPython 3.11 to 3.13 with the fork start method
/// (bench/cpython/process_phases.py; docs/fidelity.md, "The process pool's own costs"); a file sets
/// them with `machine.process_fork`, `process_pool_handoff` and `process_pool_shutdown`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProcessPoolCosts {
    /// The thread that first submits to a pool forks its workers one after the other
    /// (`_launch_processes`): worker k (from 0) starts its own `process_spawn` after k + 1 of these.
    /// What `Process.start()` takes in the parent.
    pub fork_ns: Nanos,
    /// Each job travels through the pool's machinery: the manager thread moves it to the call queue,
    /// the feeder thread writes it, the worker reads it, and its result comes back through the result
    /// queue. Paid by every job before it runs.
    pub handoff_ns: Nanos,
    /// After its last job the pool shuts down (the end of its `with`: sentinels to the workers, the
    /// workers joined): the run ends no earlier than this long after the pool last fell idle.
    pub shutdown_ns: Nanos,
}

/// The defaults: the medians of 12 rounds of process_phases.py on a quiet machine (2026-11-29 03:19, four rounds each
/// of CPython 3.11.7, 3.12.1 and 3.13.0).
pub const PROCESS_POOL_COSTS: ProcessPoolCosts =
    ProcessPoolCosts { fork_ns: 2_000_000, handoff_ns: 800_000, shutdown_ns: 4_500_000 };

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GilMode {
    /// CPython 3.2+: timed drop requests and forced hand-off.
    New,
    /// Before 3.2: release and re-acquire every check interval.
    Old,
    /// Free-threaded build (PEP 703).
    None,
}

impl GilMode {
    pub fn as_str(self) -> &'static str {
        match self {
            GilMode::New => "new",
            GilMode::Old => "old",
            GilMode::None => "none",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub struct GilConfig {
    pub mode: GilMode,
    pub switch_interval_ns: Nanos,
    pub check_interval_ns: Nanos,
    /// A thread handed the GIL must first be woken by the OS; meanwhile the GIL is reserved and idle.
    pub handoff_latency_ns: Nanos,
    /// Old GIL: what the holder pays at every check interval while others wait (release, signal,
    /// re-acquire).
    pub battle_release_ns: Nanos,
    /// Old GIL: paid on top when a woken waiter has a core of its own to contend from.
    pub battle_contention_ns: Nanos,
    /// Old GIL: paid on top for every waiter beyond the first (each release wakes one of them).
    pub battle_waiter_ns: Nanos,
    /// Old GIL: how long a waiter battles before it wins the GIL (its wake-up lands in the holder's
    /// release window; on Linux it does, after a while); `None`: the holder always wins again while it
    /// has work, as Beazley measured on a Mac.
    pub battle_won_after_ns: Option<Nanos>,
    /// A thread woken by another through a threading primitive (a lock, an event, a condition, a queue,
    /// a join) runs only this long after the wake: the OS wakes it from its futex, schedules it, and it
    /// takes the GIL back. Set by the `python:` presets (measured per version); 0 otherwise.
    pub wakeup_latency_ns: Nanos,
    /// `runtime: { thread_start: waits }`: a `spawn` of one thread returns only once the new thread
    /// runs (takes the GIL, or without one begins its first step), as CPython's `Thread.start()` waits
    /// for the thread's `_started` Event. The timed driver only: an exploring run offers the spawner's
    /// next step and the new thread's first in either order, as before (docs/python.md, "Session 30:
    /// engine").
    pub thread_start_waits: bool,
}

/// Calibrated defaults (docs/fidelity.md): 40us makes two CPU-bound threads under a 5ms switch interval
/// take 1.008x one thread and 1.40x at 100us (Skvortsov); the battle costs make the old GIL's two
/// CPU-bound threads take 1.45x on one core and 1.97x on four (Beazley).
pub const DEFAULT_HANDOFF_LATENCY_NS: Nanos = 40_000;
pub const DEFAULT_BATTLE_RELEASE_NS: Nanos = 4_500;
pub const DEFAULT_BATTLE_CONTENTION_NS: Nanos = 5_200;

/// The `python: "2.7"` preset, fitted to CPython 2.7.18 on this project's quiet two-core Linux machine
/// (docs/fidelity.md, "The old GIL on Linux"; bench/cpython/results/2026-11-28-1854.json). 100 ticks of
/// a tight loop take about 1.26us here; every release with a waiter costs a futex wake (release) and the
/// woken waiter's contention for the semaphore's cache line (contention, and again per further waiter);
/// a waiter wins after about two OS wake-ups, taking the GIL at once (it is awake when it wins).
pub const LINUX_CHECK_INTERVAL_NS: Nanos = 1_260;
pub const LINUX_BATTLE_RELEASE_NS: Nanos = 400;
pub const LINUX_BATTLE_CONTENTION_NS: Nanos = 420;
pub const LINUX_BATTLE_WAITER_NS: Nanos = 440;
pub const LINUX_BATTLE_WON_AFTER_NS: Nanos = 35_000;

/// By hand, as `Model`'s: a GIL whose battle is never won and whose threads wake at once prints as before
/// those settings existed, so the schedule tokens of every scenario without `python:` keep their
/// fingerprint.
impl fmt::Debug for GilConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = f.debug_struct("GilConfig");
        out.field("mode", &self.mode)
            .field("switch_interval_ns", &self.switch_interval_ns)
            .field("check_interval_ns", &self.check_interval_ns)
            .field("handoff_latency_ns", &self.handoff_latency_ns)
            .field("battle_release_ns", &self.battle_release_ns)
            .field("battle_contention_ns", &self.battle_contention_ns);
        if let Some(won_after) = self.battle_won_after_ns {
            out.field("battle_won_after_ns", &won_after);
        }
        if self.battle_waiter_ns > 0 {
            out.field("battle_waiter_ns", &self.battle_waiter_ns);
        }
        if self.wakeup_latency_ns > 0 {
            out.field("wakeup_latency_ns", &self.wakeup_latency_ns);
        }
        // Only when set, so that every other model keeps its fingerprint and its tokens.
        if self.thread_start_waits {
            out.field("thread_start_waits", &self.thread_start_waits);
        }
        out.finish()
    }
}

impl Default for GilConfig {
    fn default() -> Self {
        GilConfig {
            mode: GilMode::New,
            switch_interval_ns: 5_000_000,
            check_interval_ns: 5_000,
            handoff_latency_ns: DEFAULT_HANDOFF_LATENCY_NS,
            battle_release_ns: DEFAULT_BATTLE_RELEASE_NS,
            battle_contention_ns: DEFAULT_BATTLE_CONTENTION_NS,
            battle_won_after_ns: None,
            battle_waiter_ns: 0,
            wakeup_latency_ns: 0,
            thread_start_waits: false,
        }
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct SchedulerConfig {
    /// The policy named in the file (`round-robin` when absent); the CLI may override it.
    pub policy: String,
    pub quantum_ns: Nanos,
    /// Percent of seeded noise added to every duration.
    pub jitter_percent: u32,
    pub pct_depth: u32,
    /// `scheduler: { time_window: D }`: under exploring policies a task's step is offered only when it
    /// would start no later than `D` after the earliest step any task could take (docs/exploration.md,
    /// "Time windows"). `None`: time orders no step.
    pub time_window_ns: Option<Nanos>,
    /// The window a poll's pass is measured against (engine/awaiting_spins.rs), where it is not
    /// `time_window_ns`: the brute-force enumerator of the tests runs a model under an endless window
    /// and applies the model's own itself, and keeps that one here for the poll rule. Never in a file.
    pub poll_window_ns: Option<Nanos>,
    /// `scheduler: { loop_order: fifo }`: under exploring policies the coroutines of one event loop take
    /// the loop in the order asyncio's loop gives it (its ready queue first in, first out; a timer only
    /// after what was ready when it was set), not in any order (docs/exploration.md, "Event loops in
    /// asyncio's order"). `false`: any coroutine the loop could be handed to is a choice.
    pub fifo_loops: bool,
    /// `scheduler: { thread_polls: passes }` (the Python import's, where a thread polls between sleeps):
    /// a thread's `while` iteration that sleeps (`io`) and changes nothing is a spin-wait only while its
    /// pass is at most half the time window, as a coroutine's that awaits a sleep; a longer loop goes
    /// round in virtual time (engine/awaiting_spins.rs). `false`: every such iteration is a spin-wait.
    pub thread_polls_take_passes: bool,
    /// `scheduler: { step_cost: D }`: the CPU (holding the GIL) that every step taking no time of its
    /// own costs, the Python statement it stands for (docs/format.md, "Step cost"). 0: none.
    pub step_cost_ns: Nanos,
}

impl Default for SchedulerConfig {
    fn default() -> Self {
        SchedulerConfig {
            policy: "round-robin".to_string(),
            quantum_ns: 10_000_000,
            jitter_percent: 0,
            pct_depth: 3,
            time_window_ns: None,
            poll_window_ns: None,
            fifo_loops: false,
            thread_polls_take_passes: false,
            step_cost_ns: 0,
        }
    }
}

/// As `derive(Debug)` would write it, without the time window when there is none (nor `fifo_loops`): the model's
/// fingerprint is a digest of its `Debug` text, and a file without a window keeps its schedule tokens.
impl std::fmt::Debug for SchedulerConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut out = f.debug_struct("SchedulerConfig");
        out.field("policy", &self.policy)
            .field("quantum_ns", &self.quantum_ns)
            .field("jitter_percent", &self.jitter_percent)
            .field("pct_depth", &self.pct_depth);
        if let Some(window_ns) = self.time_window_ns {
            out.field("time_window_ns", &window_ns);
        }
        if let Some(window_ns) = self.poll_window_ns {
            out.field("poll_window_ns", &window_ns);
        }
        // Written only when set, as the window: every other file keeps its fingerprint and tokens.
        if self.fifo_loops {
            out.field("fifo_loops", &self.fifo_loops);
        }
        if self.thread_polls_take_passes {
            out.field("thread_polls_take_passes", &self.thread_polls_take_passes);
        }
        if self.step_cost_ns > 0 {
            out.field("step_cost_ns", &self.step_cost_ns);
        }
        out.finish()
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct ProcessDef {
    pub name: String,
    pub gil: GilConfig,
    pub shared: Vec<SharedVar>,
    pub placement: Placement,
    /// Shared arrays (format 1.1): fixed length, each element its own memory location.
    pub arrays: Vec<SharedArray>,
    /// Shared maps (format 1.1): integer keys to integers, each key its own memory location.
    pub maps: Vec<SharedMap>,
}

/// By hand, for the same reason as `Model`'s: a process without arrays or maps prints as before 1.1.
impl fmt::Debug for ProcessDef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = f.debug_struct("ProcessDef");
        out.field("name", &self.name)
            .field("gil", &self.gil)
            .field("shared", &self.shared)
            .field("placement", &self.placement);
        if !self.arrays.is_empty() {
            out.field("arrays", &self.arrays);
        }
        if !self.maps.is_empty() {
            out.field("maps", &self.maps);
        }
        out.finish()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedArray {
    pub name: String,
    pub initial: Vec<i64>,
}

#[derive(Clone, PartialEq, Eq)]
pub struct SharedMap {
    pub name: String,
    /// Initial entries in declaration order.
    pub initial: Vec<(i64, i64)>,
    /// A Python list that grows by `append` (the scenario's `lists:`), whose keys are its indexes 0, 1,
    /// 2...: a missing key is Python's IndexError, not KeyError.
    pub list: bool,
    /// Its keys are Python `repr` texts (the scenario's `repr_keys:`, the Python import's maps that may
    /// take a tuple key): the final state prints each key's text bare (`edges[(1, 2)]`). Printing only,
    /// so it is left out of `Debug` (the fingerprint) and every token stays as it was.
    pub repr_keys: bool,
}

/// Written as the derived `Debug` would, with `list` only when set (and never `repr_keys`): the model's
/// fingerprint hashes this text, so a map that is no list keeps the tokens it had before lists were
/// declared.
impl fmt::Debug for SharedMap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = f.debug_struct("SharedMap");
        out.field("name", &self.name).field("initial", &self.initial);
        if self.list {
            out.field("list", &self.list);
        }
        out.finish()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedVar {
    pub name: String,
    pub initial: i64,
}

#[derive(Clone, PartialEq, Eq)]
pub struct QueueDef {
    pub name: String,
    /// 0 = unbounded (bounded in practice by `limits::MAX_QUEUE_ITEMS`).
    pub capacity: u32,
    pub ipc_cost_ns: Nanos,
    /// Used by tasks of more than one process: every `put` pays `ipc_cost_ns` (pickling).
    pub crosses_processes: bool,
    /// Which item a `get` takes. Static: a run's state never needs it (it is no part of a fingerprint).
    pub order: QueueOrder,
}

/// Written as the derived `Debug` would, with `order` only when it is not FIFO: the model's fingerprint
/// (`crate::fingerprint`) hashes this text, so a FIFO queue keeps the tokens it had before queues had an
/// order, and a LIFO or priority queue's file is told from its FIFO twin.
impl std::fmt::Debug for QueueDef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut out = f.debug_struct("QueueDef");
        out.field("name", &self.name)
            .field("capacity", &self.capacity)
            .field("ipc_cost_ns", &self.ipc_cost_ns)
            .field("crosses_processes", &self.crosses_processes);
        if self.order != QueueOrder::Fifo {
            out.field("order", &self.order);
        }
        out.finish()
    }
}

/// Which item of a queue a `get` takes: `queue.Queue`'s oldest, `queue.LifoQueue`'s newest, or
/// `queue.PriorityQueue`'s smallest (heapq order; items are integers).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum QueueOrder {
    #[default]
    Fifo,
    Lifo,
    Priority,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BarrierDef {
    pub name: String,
    pub parties: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoopDef {
    pub name: String,
    pub process: ProcessId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TaskKind {
    Thread,
    Coroutine,
    Process,
    Interpreter,
}

impl TaskKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TaskKind::Thread => "thread",
            TaskKind::Coroutine => "coroutine",
            TaskKind::Process => "process",
            TaskKind::Interpreter => "interpreter",
        }
    }
}

/// A contiguous range of tasks: one task, or all copies of a `count` task.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TaskRange {
    pub first: TaskId,
    pub count: u32,
}

impl TaskRange {
    pub fn iter(self) -> impl Iterator<Item = TaskId> {
        (self.first.0..self.first.0 + self.count).map(TaskId)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskDef {
    pub name: String,
    pub kind: TaskKind,
    pub process: ProcessId,
    pub event_loop: Option<LoopId>,
    pub after: Vec<TaskId>,
    /// `start: spawned`: only a `spawn` step starts it.
    pub spawned: bool,
    pub daemon: bool,
    pub priority: i64,
    /// Names of local slots, for traces; temporaries are named `%N`.
    pub locals: Vec<String>,
    /// Initial values of locals (`me` for pool copies).
    pub local_initial: Vec<(LocalId, i64)>,
    pub program: Vec<Instr>,
    /// Source line of each instruction (0 = unknown).
    pub lines: Vec<u32>,
    pub exprs: Vec<Expr>,
}

/// One instruction. Every variant but the `Repeat*` ones is a *step*: a point where the task may be
/// switched out. Repeat bookkeeping runs between steps and never counts as one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instr {
    Cpu(Nanos),
    Native(Nanos),
    Io(Nanos),
    Await(Nanos),
    Yield,
    ReadShared {
        var: VarId,
        into: LocalId,
    },
    ReadQueueLen {
        queue: QueueId,
        into: LocalId,
    },
    Let {
        local: LocalId,
        expr: ExprId,
    },
    /// `let: "x = choose(1, 6)"`: one of `count` values (`Model::choice_values[first..]`), a decision
    /// of the policy (`DecisionKind::Value`): every value a branch under exploration.
    Choose {
        local: LocalId,
        first: u32,
        count: u32,
    },
    /// `let: "fs[i] = EXPR"`: an element of a local array (IndexError when out of range).
    LetElement {
        place: Place,
        expr: ExprId,
    },
    SetShared {
        var: VarId,
        expr: ExprId,
    },
    /// A read of memory every process shares (`shared_memory:`, Python's `multiprocessing.Value`): the
    /// variable `var` of process `main`, where `shared_memory:` is kept, read by a task of any process.
    /// A task of `main` reads it with `ReadShared`; these two are for the tasks of the other processes.
    ReadSharedMemory {
        var: VarId,
        into: LocalId,
    },
    /// A write of memory every process shares: the variable `var` of process `main` (`ReadSharedMemory`).
    SetSharedMemory {
        var: VarId,
        expr: ExprId,
    },
    Lock(LockId),
    Unlock(LockId),
    /// `q.put(x)`; a `put` with a time-out has its patience in `SyncDefs::timed_puts`.
    Put {
        queue: QueueId,
        expr: ExprId,
    },
    Get {
        queue: QueueId,
        into: LocalId,
    },
    TaskDone(QueueId),
    JoinQueue(QueueId),
    Spawn(TaskRange),
    Join(TaskRange),
    Barrier(BarrierId),
    Assert {
        expr: ExprId,
    },
    Kill(TaskRange),
    /// `counter = 0`.
    RepeatEnter {
        counter: LocalId,
    },
    /// If `counter >= times` jump to `exit`, else `index = counter`.
    RepeatTest {
        counter: LocalId,
        index: LocalId,
        times: u64,
        exit: u32,
    },
    /// `counter += 1`, jump to `top`.
    RepeatNext {
        counter: LocalId,
        top: u32,
    },
    /// After an inner repeat: `index = counter` of the enclosing one.
    RepeatRestore {
        counter: LocalId,
        index: LocalId,
    },
    // ---- Format 1.1: control flow. `Jump`, `Branch` and `Compute` are not steps.
    /// Go on at `target`.
    Jump {
        target: u32,
    },
    /// If `expr` is 0 go on at `target`, else at the next instruction. The branch is not a step; the
    /// reads of its condition are, before it.
    Branch {
        expr: ExprId,
        target: u32,
    },
    /// `local = expr` between steps: the value of a short-circuit operand (`a and b`).
    Compute {
        local: LocalId,
        expr: ExprId,
    },
    /// The end of an iteration of a `while`: go on at `top`, where its condition is read again. A step
    /// (CPython checks for switches on a backward jump), so every loop makes progress in steps; the
    /// engine recognises spin-waits here.
    LoopBack {
        top: u32,
    },
    /// The instructions from here up to `end` (exclusive) run as one step.
    Atomic {
        end: u32,
    },
    /// End the task with a value.
    Return {
        expr: ExprId,
    },
    // ---- Format 1.1: shared arrays and maps, each element and key its own memory location.
    ReadElement {
        array: ArrayId,
        index: ExprId,
        into: LocalId,
    },
    /// `array[index] = expr` (the value is evaluated first, as in Python).
    SetElement {
        array: ArrayId,
        index: ExprId,
        expr: ExprId,
    },
    /// `map[key]`; a missing key is a fault (KeyError).
    ReadKey {
        map: MapId,
        key: ExprId,
        into: LocalId,
    },
    /// `has(map, key)`: Python's `key in map`.
    HasKey {
        map: MapId,
        key: ExprId,
        into: LocalId,
    },
    /// `len(map)`.
    ReadMapLen {
        map: MapId,
        into: LocalId,
    },
    /// `key_at(map, index)` or `value_at(map, index)`: the key, or its value, at place `index` (Python's
    /// indexing) of the map's keys in sorted order; out of range is a fault (IndexError). The seam a
    /// whole-map read (`sum(d.values())`, `sorted(d)`) is built on, inside one `atomic`.
    ReadEntry {
        map: MapId,
        index: ExprId,
        part: EntryPart,
        into: LocalId,
    },
    SetKey {
        map: MapId,
        key: ExprId,
        expr: ExprId,
    },
    /// `del map[key]`; a missing key is a fault (KeyError).
    DeleteKey {
        map: MapId,
        key: ExprId,
    },
    // ---- Objects made at run time (`crate::objects`): each item its own memory location.
    /// A read of the object `object` evaluates to (a handle): `x[key]`, `has(x, key)`, `size(x)` or
    /// `key_at(x, key)`, as `part` says.
    ObjectRead {
        object: ExprId,
        key: ExprId,
        part: ObjectPart,
        into: LocalId,
    },
    /// `x[key] = expr` of an object (the value is evaluated first, then the object, then the key).
    ObjectWrite {
        object: ExprId,
        key: ExprId,
        expr: ExprId,
    },
    /// `del x[key]` of an object.
    ObjectDelete {
        object: ExprId,
        key: ExprId,
    },
    // ---- Format 1.1: synchronization primitives.
    /// `lock.acquire()` on an element of a lock array, or with a time-out.
    LockPicked {
        lock: Pick,
        patience: Patience,
    },
    UnlockPicked(Pick),
    /// `Semaphore.acquire()`.
    Acquire {
        semaphore: Pick,
        patience: Patience,
    },
    /// `Semaphore.release()`.
    Release(Pick),
    /// `Barrier.wait(timeout)` (the barrier's own time-out, or the wait's) in a `try:` with `except
    /// BrokenBarrierError:` when `patience.into` is set: 1 when every party arrived, 0 when the barrier
    /// broke, which a wait that times out does; without `into` a broken barrier is a fault. A variant of
    /// its own, so that `Barrier`'s text in every schedule token's fingerprint stays.
    BarrierWait {
        barrier: BarrierId,
        patience: Patience,
    },
    /// `Semaphore.release()` in a `try:` with `except ValueError:`: 1 into `into` when it released, 0
    /// when a bounded semaphore was already at its initial value (the count unchanged; without the
    /// `try`, `Release` faults there). A variant of its own, so that `Release`'s text, part of every
    /// schedule token's fingerprint, stays as it was.
    ReleaseChecked {
        semaphore: Pick,
        into: LocalId,
    },
    /// `Event.set()`.
    SetEvent(Pick),
    /// `Event.clear()`.
    ClearEvent(Pick),
    /// `Event.wait()`.
    WaitEvent {
        event: Pick,
        patience: Patience,
    },
    /// `is_set(E)` in an expression: a read of the event's flag.
    ReadEvent {
        event: Pick,
        into: LocalId,
    },
    /// `locked(L)` in an expression: whether the lock is held as CPython's `Lock.locked()` reads it, so
    /// false while a release has handed it to a waiter that has not run since (engine/lock_handoffs.rs).
    ReadLocked {
        lock: Pick,
        into: LocalId,
    },
    /// `locked(S)` of a semaphore in an expression: asyncio's `Semaphore.locked()`, true when its value
    /// is 0 or a task waits for it, or was handed a unit and has not run since (engine/lock_handoffs.rs).
    ReadSemaphoreLocked {
        semaphore: Pick,
        into: LocalId,
    },
    /// `now_ns()` in an expression: a read of the task's present in virtual time, in nanoseconds (the
    /// timed driver's clock, the stepwise driver's clock of the task): what the Python import writes
    /// for `time.monotonic()` and its kin where a value decides something (executed in engine/format11.rs).
    ReadClock {
        into: LocalId,
    },
    /// `Condition.wait()`: release the condition's lock, wait to be notified, take the lock again.
    WaitCondition {
        condition: Pick,
        patience: Patience,
    },
    /// `Condition.notify(n)`; `n: None` is `notify_all()`.
    Notify {
        condition: Pick,
        n: Option<u32>,
    },
    /// `x = q.get(timeout=D)` (`timeout: 0ns`: `q.get_nowait()`): the item into `into` and 1 into
    /// `patience.into`, or, when the queue stayed empty, 0 there and `into` as it was (queue.Empty).
    GetTimed {
        queue: QueueId,
        into: LocalId,
        patience: Patience,
    },
    // ---- Format 1.1, part two: futures and executors (`FutureDefs`).
    /// `executor.submit(T, args)`, `asyncio.create_task`, `to_thread`, `run_coroutine_threadsafe`.
    Submit(SubmitId),
    /// `future.result()` / `await task`.
    Result(FutureWaitId),
    /// `asyncio.wait_for(task, timeout)`: on time-out the task is cancelled.
    AwaitFuture(FutureWaitId),
    /// `future.cancel()` / `task.cancel()`, with the value it returns into `into`.
    Cancel {
        future: ExprId,
        into: Option<Place>,
    },
    /// `f.done()`, `f.cancelled()`, `f.running()`: the state of the instance `future` names, read now
    /// into `into` (`FutureState`'s codes, `engine/future_states.rs`).
    FutureState {
        future: ExprId,
        into: Place,
        /// Only whether it is done: pending and running read the same (0), so the read does not make a
        /// job's pick-up a step of its own (`reads_future_states`).
        only_done: bool,
    },
    /// `executor.shutdown(wait, cancel_futures)`: from this step on a `submit` to the executor raises
    /// RuntimeError (by any task); `cancel_futures` cancels its queued jobs; `wait` blocks until every
    /// job submitted to it, by any task, has finished (Python's shutdown joins its workers).
    Shutdown {
        executor: ExecutorId,
        wait: bool,
        cancel_futures: bool,
    },
    /// `raise C`: an instance (a job, a task) ends with the exception, which its future keeps for
    /// `result`; anywhere else the exception is uncaught, a fault.
    Raise {
        exception: ExceptionId,
    },
    /// `raise C(*args)` (`raise: { class: C, args: EXPR }`): `raise` whose exception's value
    /// (crate::exception_values) holds the arguments `args` computes and CPython's message of them.
    RaiseValue {
        exception: ExceptionId,
        /// `None`: `raise C()`, no arguments (a `raise: C` of such a model is an exception whose message
        /// and arguments weft does not know: one the import writes for what weft raises itself).
        args: Option<ExprId>,
        /// The attributes the class's own `__init__` sets (`self.status = status`), as a tuple.
        attributes: Option<ExprId>,
    },
    /// A bare `raise` in a handler (and the end of a `finally` left by an exception): raises again the
    /// exception whose id + 1 the handler's `into` holds.
    Reraise {
        local: LocalId,
    },
    // ---- Durations known only at run time (`io: { ms: "EXPR" }`).
    /// `io` for `length` times `unit_ns`, `length` evaluated at the step; a negative length or one
    /// past `limits::MAX_DURATION_NS` is a fault (Python's ValueError / OverflowError).
    IoFor {
        length: ExprId,
        unit_ns: Nanos,
    },
    /// `await asyncio.sleep(...)` for `length` times `unit_ns`, as `IoFor`.
    AwaitFor {
        length: ExprId,
        unit_ns: Nanos,
    },
}

/// One object of a declared primitive: element `first` itself when `index` is `None`; else element
/// `first + index` of an array of `count` (a negative index counts from the end, as in Python; out of
/// range is a fault, IndexError).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pick {
    pub first: u32,
    pub count: u32,
    pub index: Option<ExprId>,
}

impl Pick {
    pub fn one(id: u32) -> Self {
        Pick { first: id, count: 1, index: None }
    }
}

/// How long a blocking step may wait, and where it says whether it got what it waited for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Patience {
    /// `None`: for ever; `Some(0)`: never blocks (`acquire(blocking=False)`).
    pub timeout_ns: Option<Nanos>,
    /// Local set to 1 when the step got what it waited for, 0 when it gave up.
    pub into: Option<LocalId>,
}

/// Which part of the scenario format an instruction belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatPart {
    Format10,
    /// Part one: control flow, arrays and maps, `atomic`, threading's primitives.
    Format11,
    /// Part two: executors and futures.
    Futures,
}

/// Where an instruction may go on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// The next instruction.
    Next,
    /// Only `target`.
    Jump(u32),
    /// The next instruction or `target`.
    NextOr(u32),
    /// The end of the program.
    End,
}

/// What an instruction does with its task's locals and where it goes on: the one classification of
/// every kind of instruction that exploration's analyses read (the state cache's `covers`, the
/// liveness of locals), so that a new kind is classified once, here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InstrUse {
    pub part: FormatPart,
    /// Expressions it evaluates (their locals are read).
    pub exprs: [Option<ExprId>; 3],
    /// A local it reads directly (a `repeat`'s counter).
    pub reads_local: Option<LocalId>,
    /// It may read every local (the spin-wait check digests them; part two is not analysed).
    pub reads_every_local: bool,
    /// A local every execution that goes on writes, after its reads (a step that blocks writes it
    /// before its task takes another step).
    pub writes: Option<LocalId>,
    pub flow: Flow,
}

impl InstrUse {
    fn new(part: FormatPart) -> Self {
        InstrUse { part, exprs: [None; 3], reads_local: None, reads_every_local: false, writes: None, flow: Flow::Next }
    }

    fn reading(mut self, exprs: &[Option<ExprId>]) -> Self {
        for (slot, &expr) in self.exprs.iter_mut().zip(exprs) {
            *slot = expr;
        }
        self
    }

    fn writing(mut self, local: Option<LocalId>) -> Self {
        self.writes = local;
        self
    }

    fn going(mut self, flow: Flow) -> Self {
        self.flow = flow;
        self
    }
}

impl Instr {
    /// How long the step may wait, for the steps that can wait with a time-out.
    pub fn patience(&self) -> Option<&Patience> {
        match self {
            Instr::LockPicked { patience, .. }
            | Instr::Acquire { patience, .. }
            | Instr::WaitEvent { patience, .. }
            | Instr::WaitCondition { patience, .. }
            | Instr::GetTimed { patience, .. }
            | Instr::BarrierWait { patience, .. } => Some(patience),
            _ => None,
        }
    }

    pub fn is_step(&self) -> bool {
        !matches!(
            self,
            Instr::RepeatEnter { .. }
                | Instr::RepeatTest { .. }
                | Instr::RepeatNext { .. }
                | Instr::RepeatRestore { .. }
                | Instr::Jump { .. }
                | Instr::Branch { .. }
                | Instr::Compute { .. }
        )
    }

    /// The part of the format this instruction belongs to.
    pub fn part(&self) -> FormatPart {
        self.locals_use().part
    }

    /// What the instruction does with its task's locals and where it goes on ([`InstrUse`]).
    pub fn locals_use(&self) -> InstrUse {
        use FormatPart::{Format10, Format11, Futures};
        let plain = InstrUse::new(Format10);
        let new = InstrUse::new(Format11);
        match *self {
            Instr::Cpu(_)
            | Instr::Native(_)
            | Instr::Io(_)
            | Instr::Await(_)
            | Instr::Yield
            | Instr::Lock(_)
            | Instr::Unlock(_)
            | Instr::TaskDone(_)
            | Instr::JoinQueue(_)
            | Instr::Spawn(_)
            | Instr::Join(_)
            | Instr::Barrier(_)
            | Instr::Kill(_) => plain,
            Instr::ReadSharedMemory { into, .. } => new.writing(Some(into)),
            Instr::SetSharedMemory { expr, .. } => new.reading(&[Some(expr)]),
            Instr::ReadShared { into, .. } | Instr::ReadQueueLen { into, .. } | Instr::Get { into, .. } => {
                plain.writing(Some(into))
            }
            Instr::Let { local, expr } => plain.reading(&[Some(expr)]).writing(Some(local)),
            Instr::Choose { local, .. } => new.writing(Some(local)),
            // Which element it writes is known only when it runs: it writes no one local for certain.
            Instr::LetElement { place, expr } => new.reading(&[Some(expr), place.index]),
            Instr::SetShared { expr, .. } | Instr::Put { expr, .. } | Instr::Assert { expr } => {
                plain.reading(&[Some(expr)])
            }
            Instr::IoFor { length, .. } | Instr::AwaitFor { length, .. } => new.reading(&[Some(length)]),
            Instr::RepeatEnter { counter } => plain.writing(Some(counter)),
            // The index is written only when the loop goes on; a read of the counter either way.
            Instr::RepeatTest { counter, exit, .. } => {
                InstrUse { reads_local: Some(counter), ..plain.going(Flow::NextOr(exit)) }
            }
            Instr::RepeatNext { counter, top } => {
                InstrUse { reads_local: Some(counter), ..plain.going(Flow::Jump(top)) }
            }
            Instr::RepeatRestore { counter, .. } => InstrUse { reads_local: Some(counter), ..plain },
            // Jumps and branches came with format 1.1 but also compile format 1.0's loops: both parts.
            Instr::Jump { target } => plain.going(Flow::Jump(target)),
            Instr::Branch { expr, target } => plain.reading(&[Some(expr)]).going(Flow::NextOr(target)),
            Instr::Compute { local, expr } => new.reading(&[Some(expr)]).writing(Some(local)),
            // The spin-wait check compares every local with the last iteration's.
            Instr::LoopBack { top } => InstrUse { reads_every_local: true, ..new.going(Flow::Jump(top)) },
            // Its instructions follow it and are analysed as they come.
            Instr::Atomic { .. } => new,
            Instr::Return { expr } => new.reading(&[Some(expr)]).going(Flow::End),
            Instr::ReadElement { index, into, .. } => new.reading(&[Some(index)]).writing(Some(into)),
            Instr::SetElement { index, expr, .. } => new.reading(&[Some(index), Some(expr)]),
            Instr::ReadKey { key, into, .. } | Instr::HasKey { key, into, .. } => {
                new.reading(&[Some(key)]).writing(Some(into))
            }
            Instr::ReadMapLen { into, .. } => new.writing(Some(into)),
            Instr::ReadEntry { index, into, .. } => new.reading(&[Some(index)]).writing(Some(into)),
            Instr::SetKey { key, expr, .. } => new.reading(&[Some(key), Some(expr)]),
            Instr::DeleteKey { key, .. } => new.reading(&[Some(key)]),
            Instr::ObjectRead { object, key, into, .. } => new.reading(&[Some(object), Some(key)]).writing(Some(into)),
            Instr::ObjectWrite { object, key, expr } => new.reading(&[Some(object), Some(key), Some(expr)]),
            Instr::ObjectDelete { object, key } => new.reading(&[Some(object), Some(key)]),
            Instr::LockPicked { lock: pick, patience }
            | Instr::Acquire { semaphore: pick, patience }
            | Instr::WaitEvent { event: pick, patience }
            | Instr::WaitCondition { condition: pick, patience } => new.reading(&[pick.index]).writing(patience.into),
            // The item is written only when one came: `into` keeps its value on a time-out.
            Instr::GetTimed { patience, .. } => new.writing(patience.into),
            Instr::ReadEvent { event, into } => new.reading(&[event.index]).writing(Some(into)),
            Instr::ReadLocked { lock, into } => new.reading(&[lock.index]).writing(Some(into)),
            Instr::ReadSemaphoreLocked { semaphore, into } => new.reading(&[semaphore.index]).writing(Some(into)),
            Instr::ReadClock { into } => new.writing(Some(into)),
            Instr::ReleaseChecked { semaphore, into } => new.reading(&[semaphore.index]).writing(Some(into)),
            Instr::BarrierWait { patience, .. } => new.writing(patience.into),
            Instr::UnlockPicked(pick)
            | Instr::Release(pick)
            | Instr::SetEvent(pick)
            | Instr::ClearEvent(pick)
            | Instr::Notify { condition: pick, .. } => new.reading(&[pick.index]),
            Instr::Submit(_)
            | Instr::Result(_)
            | Instr::AwaitFuture(_)
            | Instr::Cancel { .. }
            | Instr::FutureState { .. } => InstrUse { reads_every_local: true, ..InstrUse::new(Futures) },
            Instr::Shutdown { .. } => InstrUse::new(Futures),
            Instr::Raise { .. } => InstrUse::new(Futures).going(Flow::End),
            Instr::RaiseValue { args, attributes, .. } => {
                InstrUse::new(Futures).reading(&[args, attributes]).going(Flow::End)
            }
            Instr::Reraise { local } => {
                InstrUse { reads_local: Some(local), ..InstrUse::new(Futures).going(Flow::End) }
            }
        }
    }
}

/// An expression in postfix form. Shared reads are hoisted out at load time into `ReadShared` steps, so
/// the operands of a task's expression are only constants and locals; expectations may also read shared
/// variables of any process and queue lengths directly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expr {
    pub ops: Vec<ExprOp>,
    /// Source text, for reports.
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExprOp {
    Const(i64),
    /// Push the float of these IEEE bits (a value the run interns: `crate::floats`): `0.5`.
    Float(u64),
    Local(LocalId),
    Shared(ProcessId, VarId),
    QueueLen(QueueId),
    Neg,
    Not,
    Binary(BinaryOp),
    /// `&&`: if the top is 0, leave 0 and jump; else pop it.
    JumpIfFalseOrPop(u32),
    /// `||`: if the top is not 0, leave 1 and jump; else pop it.
    JumpIfTrueOrPop(u32),
    /// Python's `a if c else b`: pop the condition; if it is false, jump (to the else branch).
    PopJumpIfFalse(u32),
    /// Jump (past the else branch of `a if c else b`).
    Jump(u32),
    /// Normalise the top to 0 or 1.
    ToBool,
    /// `abs(x)`.
    Abs,
    /// In `expect` only (task expressions read through steps): pop an index, push that element.
    Element(ProcessId, ArrayId),
    /// In `expect` only: pop a key, push its value (KeyError when missing).
    MapValue(ProcessId, MapId),
    /// In `expect` only: pop an index, push that item of a map that is a Python list (`SharedMap::list`;
    /// IndexError when missing).
    ListItem(ProcessId, MapId),
    /// In `expect` only: pop a key, push whether the map has it.
    MapHas(ProcessId, MapId),
    /// In `expect` only: push the number of keys.
    MapLen(ProcessId, MapId),
    /// In `expect` only: pop an index into the events `first..first + count`, push whether it is set.
    EventIsSet {
        first: u32,
        count: u32,
    },
    /// Pop an index, push that element of the local array held in locals `first..first + count`.
    LocalElement {
        first: LocalId,
        count: u32,
    },
    /// Pop this many values (1 to `limits::MAX_TUPLE_LENGTH`), push the tuple of them: `(a, b)`.
    Tuple(u32),
    /// Pop a tuple, push its item `index`: `unpack(t, index, length)`, one name of `a, b = t`, where
    /// a tuple of another length than `length` is Python's ValueError.
    Unpack {
        index: u32,
        length: u32,
    },
    /// Pop a value, push Python's `str` of it (a string the run may make): `str(x)`.
    Str,
    /// Pop a value, push Python's `int` of it (an integer, or a string parsed; ValueError when it is no
    /// number): `int(x)`.
    Int,
    /// Pop a value, push it if it is an integer, else Python's TypeError (`operator.index(x)`, what
    /// `range` applies to its arguments): `as_index(x)`.
    AsIndex,
    /// Pop a string or a tuple, push its length (of a string, in code points): `len(s)`.
    Len,
    /// Pop a string, push it in capitals, as Python's `s.upper()` (Unicode's full case mapping);
    /// AttributeError of anything else.
    Upper,
    /// Pop a string, push it in small letters, as Python's `s.lower()`.
    Lower,
    /// Pop this many values, push the string of each one's `str` joined: an f-string `f'k{i}'`.
    Format(u32),
    /// Pop `arguments` values (the receiver first), push what the text function gives (`strip(s)`,
    /// `slice(s, a, b, c)`, `format(x, spec)`: crate::text).
    Text {
        function: crate::text::TextFunction,
        arguments: u8,
    },
    /// Pop a value, push Python's `float` of it (`crate::float_arithmetic::to_float`): `float(x)`.
    ToFloat,
    /// Pop a value, push Python's `round` of it, an integer (ties to even): `round(x)`.
    Round,
    /// Pop `count` values, push a new object of them (`crate::objects`): a list of its items, a set of
    /// its members, a dict of key-value pairs, an instance of its class's name then attribute-value
    /// pairs. `new_list(a, b)`, `new_dict(k, v)`, `new_set(a)`, `new_instance('C', 'x', 1)`.
    MakeObject {
        kind: ObjectShape,
        count: u32,
    },
}

/// What `Instr::ObjectRead` reads of an object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ObjectPart {
    /// `x[key]`: a list's item, a dict's value, an instance's attribute.
    Item,
    /// `has(x, key)`: Python's `key in x`.
    Has,
    /// `size(x)`: Python's `len(x)` (of a string or a tuple too, which reads nothing shared).
    Size,
    /// `key_at(x, i)`: the key at place `i` of a dict's, a set's or an instance's insertion order (a
    /// list's, a tuple's or a string's item `i`): the walk `for k in d` is built on it.
    KeyAt,
    /// `truth(x)`: Python's truth of a value of any kind (`if job:` of a queue's item): a list's, a
    /// dict's or a set's is its length read in the step; an instance's is true; any other value's
    /// is the expression's own.
    Truth,
    /// `index_of(x, v)`: Python's `x.index(v)` of a list (of a tuple or a string too): every item read.
    Index,
    /// `count_of(x, v)`: Python's `x.count(v)` of a list (of a tuple or a string too): every item read.
    Count,
    /// `joined(x, separator)`: Python's `separator.join(x)` of a list's items, a dict's or a set's keys
    /// (of a tuple or a string too).
    Join,
    /// `sliced(x, a, b, c)`: Python's `x[a:b:c]`, the key the tuple `(a, b, c)`: a new list of a
    /// list's items (a tuple's or a string's slice too).
    Slice,
    /// `unpacked(x, n)`: Python's `a, b = x` of a value of any kind: the tuple of a list's items or a
    /// dict's or a set's keys, which must number `n` (ValueError otherwise); any other value as itself.
    Unpack,
}

impl ObjectPart {
    /// Whether the read takes the whole value in one step (wholes.rs in the engine): CPython's
    /// `list.index`, `count`, `join`, a slice and an unpacking run under one hold of the GIL.
    pub fn reads_whole(self) -> bool {
        matches!(
            self,
            ObjectPart::Index | ObjectPart::Count | ObjectPart::Join | ObjectPart::Slice | ObjectPart::Unpack
        )
    }

    /// The scenario function of a whole read.
    pub fn function(self) -> &'static str {
        match self {
            ObjectPart::Item => "item",
            ObjectPart::Has => "has",
            ObjectPart::Size => "size",
            ObjectPart::KeyAt => "key_at",
            ObjectPart::Truth => "truth",
            ObjectPart::Index => "index_of",
            ObjectPart::Count => "count_of",
            ObjectPart::Join => "joined",
            ObjectPart::Slice => "sliced",
            ObjectPart::Unpack => "unpacked",
        }
    }
}

/// The kind of object `ExprOp::MakeObject` makes (an instance's class is its first operand).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ObjectShape {
    List,
    Dict,
    Set,
    /// A dataclass's instance prints its first `shown` attributes (`Order(id=1)`); a plain one does not.
    Instance {
        dataclass: bool,
        shown: u16,
    },
    /// A dataclass's instance made with `order=True`: as `Instance { dataclass: true, shown }`, and a
    /// priority queue orders two of one class by their first `ordered` attributes, as Python's `<`
    /// compares the tuples of their compared fields (`new_ordered_dataclass('Job', 1, 'priority', 3)`).
    OrderedInstance {
        shown: u16,
        ordered: u16,
    },
}

/// What `Instr::ReadEntry` reads of a map: half of an entry in sorted order, or (for a Python walk in
/// insertion order, session 16) the map's insertion order and its count of changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryPart {
    Key,
    Value,
    /// `next_inserted(m, p)`: the insertion place, at least `p`, of the earliest inserted key still in
    /// the map, or -1 when none is (CPython's dict iterator, which skips the deleted entries).
    NextInserted,
    /// `key_inserted(m, p)`: the key at insertion place `p` (a place `next_inserted` gave).
    KeyInserted,
    /// `changes(m)`: how many inserts of a new key and deletes the map has seen in this run (CPython's
    /// deque `state`, which an iterator compares at each step). Its index is a constant 0.
    Changes,
}

impl EntryPart {
    /// The format's function that reads it.
    pub fn function(self) -> &'static str {
        match self {
            EntryPart::Key => "key_at",
            EntryPart::Value => "value_at",
            EntryPart::NextInserted => "next_inserted",
            EntryPart::KeyInserted => "key_inserted",
            EntryPart::Changes => "changes",
        }
    }

    /// Its arguments, as an error names them: `key_at(m, i)`, `changes(m)`.
    pub fn arguments(self) -> &'static str {
        match self {
            EntryPart::Key | EntryPart::Value => "m, i",
            EntryPart::NextInserted | EntryPart::KeyInserted => "m, p",
            EntryPart::Changes => "m",
        }
    }

    /// Whether it reads the insertion order or the count of changes, which weft keeps only for the
    /// maps a program reads so (every other map pays nothing for them).
    pub fn needs_order(self) -> bool {
        matches!(self, EntryPart::NextInserted | EntryPart::KeyInserted | EntryPart::Changes)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    /// `min(a, b)`.
    Min,
    /// `max(a, b)`.
    Max,
    /// `truediv(a, b)`: Python's `a / b`, a float (of two integers too).
    TrueDiv,
    /// `round(x, n)`: Python's `round` to `n` decimals.
    RoundDigits,
    /// `pow(a, b)`: Python's `a ** b`: of two integers the exact power for an exponent from 0; of a
    /// float, `x ** 0` only (1.0): CPython computes any other power of a float with the platform's `pow`.
    Pow,
    /// `bitand(a, b)`: Python's `a & b` of two integers (two's complement, as Python's unbounded ints).
    BitAnd,
    /// `bitor(a, b)`: Python's `a | b` of two integers.
    BitOr,
    /// `bitxor(a, b)`: Python's `a ^ b` of two integers.
    BitXor,
    /// `lshift(a, b)`: Python's `a << b`: ValueError for a negative count, an overflow past 64 bits.
    LeftShift,
    /// `rshift(a, b)`: Python's `a >> b`, rounding toward negative infinity; ValueError for a negative
    /// count.
    RightShift,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expectation {
    pub expr: Expr,
    pub line: u32,
}

impl Model {
    /// An executor's name in traces and reports: a declared one's, or `main.default_executor` for an
    /// event loop's default executor (kept after the declared ones).
    pub fn executor_name(&self, executor: ExecutorId) -> String {
        match self.futures.executors.get(executor.index()) {
            Some(definition) => definition.name.clone(),
            None => {
                let event_loop = executor.index() - self.futures.executors.len();
                format!("{}.default_executor", self.loops[event_loop].name)
            }
        }
    }

    /// The machine that owns `core`.
    pub fn machine_of_core(&self, core: u32) -> u32 {
        self.machines.iter().position(|m| core >= m.first_core && core < m.first_core + m.cores).unwrap_or(0) as u32
    }

    pub fn task_by_name(&self, name: &str) -> Option<TaskId> {
        self.tasks.iter().position(|t| t.name == name).map(TaskId::from_index)
    }

    /// Whether some step may wait with a time-out that can run out (longer than 0): under an exploring
    /// policy such a wait gives up only when `--timeouts` lets it, so a claim of completeness holds for
    /// that setting only.
    pub fn has_timed_waits(&self) -> bool {
        self.has_waits_whose_timeout(|timeout_ns| timeout_ns > 0)
    }

    /// Whether some step may wait with a time-out that gives up by its deadline under `--timeouts
    /// deadline` (`timeouts::gives_up_by_deadline`): then time decides what an exploring run may do.
    pub fn has_deadline_waits(&self) -> bool {
        self.has_waits_whose_timeout(crate::timeouts::gives_up_by_deadline)
    }

    /// Whether some task reads the clock (`now_ns()`, `Instr::ReadClock`): then the clocks decide values
    /// of an exploring run, and its search keys its states on them (`timeouts::time_decides_candidates`).
    pub fn reads_clock(&self) -> bool {
        self.tasks
            .iter()
            .flat_map(|task| &task.program)
            .any(|instruction| matches!(instruction, Instr::ReadClock { .. }))
    }

    /// Whether some task reads `locked(L)` of a lock or a semaphore (`Instr::ReadLocked`,
    /// `Instr::ReadSemaphoreLocked`): only then does a run keep which locks and units were handed to a
    /// waiter that has not run since, and its search key them (engine/lock_handoffs.rs).
    pub fn reads_locked(&self) -> bool {
        self.tasks
            .iter()
            .flat_map(|task| &task.program)
            .any(|instruction| matches!(instruction, Instr::ReadLocked { .. } | Instr::ReadSemaphoreLocked { .. }))
    }

    fn has_waits_whose_timeout(&self, holds: impl Fn(Nanos) -> bool) -> bool {
        let matches = |patience: &Patience| patience.timeout_ns.is_some_and(&holds);
        self.tasks.iter().flat_map(|task| &task.program).filter_map(Instr::patience).any(matches)
            || self.futures.waits.iter().any(|wait| matches(&wait.patience))
            || self.sync.timed_puts.iter().any(|put| matches(&put.patience))
    }
}

/// Formats nanoseconds the way the scenario format writes them: `1.5ms`, `250ns`, `2s`.
#[derive(Clone, Copy, Debug)]
pub struct DisplayNanos(pub Nanos);

impl fmt::Display for DisplayNanos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ns = self.0;
        let (unit, scale) = if ns >= 1_000_000_000 {
            ("s", 1_000_000_000)
        } else if ns >= 1_000_000 {
            ("ms", 1_000_000)
        } else if ns >= 1_000 {
            ("us", 1_000)
        } else {
            return write!(f, "{ns}ns");
        };
        let whole = ns / scale;
        let fraction = ns % scale;
        if fraction == 0 {
            return write!(f, "{whole}{unit}");
        }
        // Three decimals are plenty for a human; exact values are in the JSON.
        let milli = (fraction * 1000 + scale / 2) / scale;
        if milli >= 1000 {
            return write!(f, "{}{unit}", whole + 1);
        }
        if milli == 0 {
            return write!(f, "{whole}{unit}");
        }
        let text = format!("{milli:03}");
        write!(f, "{whole}.{}{unit}", text.trim_end_matches('0'))
    }
}

#[cfg(test)]
mod tests {
    use super::DisplayNanos;

    #[test]
    fn durations_print_as_the_format_writes_them() {
        let shown: Vec<String> = [0, 250, 1_700, 1_500_000, 2_000_000_000, 5_000_200_000, 2_102_000, 999_999_999]
            .iter()
            .map(|&ns| DisplayNanos(ns).to_string())
            .collect();
        assert_eq!(shown, ["0ns", "250ns", "1.7us", "1.5ms", "2s", "5s", "2.102ms", "1000ms"]);
    }
}
