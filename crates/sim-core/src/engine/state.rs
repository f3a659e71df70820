//! The run-time state, held in arenas indexed by the model's typed ids and split by owner: the program's
//! world (tasks, shared memory, locks, queues, barriers, placement), the timed driver's machinery
//! (threads, cores, GILs, event loops, the event heap), the stepwise driver's machinery (clocks and free
//! times), the observers (trace, digest, access log, timeline, counters), the run's progress and the
//! scratch space both drivers reuse. `State::reset` clears it for the next run without giving back its
//! memory (loom's `Execution::step` idea): each part resets itself.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use super::config::RunConfig;
use super::event_queue::{EventQueue, Scheduled};
use crate::access::Access;
use crate::digest::Fnv1a;
use crate::model::*;
use crate::outcome::{FailureRecord, Status};
use crate::policy::Candidate;
use crate::races::RaceDetector;
use crate::timeline::Timeline;
use crate::trace::Trace;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskPhase {
    /// Waiting for its `after` tasks.
    WaitingForDependencies,
    /// `start: spawned` and not spawned yet.
    NotSpawned,
    /// Paying its spawn cost (timed) or runnable.
    Live,
    Blocked(BlockReason),
    Finished,
    Killed,
}

/// What a blocked task waits for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockReason {
    Lock(LockId),
    Get(QueueId, LocalId),
    Put(QueueId, i64),
    JoinQueue(QueueId),
    Join(TaskRange),
    Barrier(BarrierId),
    /// `io` or `await` in progress (timed).
    Sleep,
    /// `acquire` on a semaphore at 0 (format 1.1).
    Semaphore(u32),
    /// `wait` on an event that is not set.
    Event(u32),
    /// `wait` on a condition, for a `notify` (then it waits for the condition's lock, as `Lock`).
    Condition(u32),
    /// A `while` iteration that changed nothing: until another task writes what it read.
    SpinWait,
    /// A coroutine's `while` iteration that changed nothing but awaited a sleep (`await
    /// asyncio.sleep(...)` gives its loop away each pass): as `SpinWait`, until another task writes what
    /// it read, while its loop runs the other coroutines (engine/awaiting_spins.rs).
    AwaitingSpinWait,
    /// `result` (or `await`) of a future: until that instance has finished (format 1.1, part two).
    Future(TaskId),
    /// `shutdown` of an executor: until every job submitted to it has finished (part two).
    Shutdown(ExecutorId),
    /// A `spawn` under `runtime: { thread_start: waits }`, CPython's `Thread.start()`: until the new
    /// thread runs (the timed driver only; thread_starts.rs).
    ThreadStart(TaskId),
}

impl BlockReason {
    /// Whether a coroutine blocked for this reason blocks its loop's whole thread, as a threading
    /// primitive (a lock, a `queue.Queue`, `join`, a spin) does in Python. Awaiting a future (and a timed
    /// `await`) and waiting on one of asyncio's own primitives suspend just the coroutine and let the
    /// loop run the others.
    pub fn holds_the_loop(self, asyncio: &AsyncioDefs) -> bool {
        match self {
            BlockReason::Future(_) | BlockReason::Sleep | BlockReason::AwaitingSpinWait => false,
            BlockReason::Lock(lock) => !asyncio.has_lock(lock),
            BlockReason::Semaphore(semaphore) => !asyncio.has_semaphore(semaphore),
            BlockReason::Event(event) => !asyncio.has_event(event),
            BlockReason::Condition(condition) => !asyncio.has_condition(condition),
            BlockReason::Get(queue, _) | BlockReason::Put(queue, _) | BlockReason::JoinQueue(queue) => {
                !asyncio.has_queue(queue)
            }
            // Python's `shutdown(wait=True)` joins the workers: a threading wait.
            BlockReason::Join(_) | BlockReason::Barrier(_) | BlockReason::SpinWait | BlockReason::Shutdown(_) => true,
            // `Thread.start()` waits on the new thread's `_started` Event: a threading wait.
            BlockReason::ThreadStart(_) => true,
        }
    }

    /// Whether the task waits in a spin-wait, holding its loop or not.
    pub fn is_spin_wait(self) -> bool {
        matches!(self, BlockReason::SpinWait | BlockReason::AwaitingSpinWait)
    }
}

#[derive(Clone, Debug)]
pub struct TaskState {
    pub phase: TaskPhase,
    pub pc: u32,
    pub locals: Vec<i64>,
    pub dependencies_left: u32,
    pub started_ns: Option<Nanos>,
    pub finished_ns: Option<Nanos>,
    /// When its current wait began (for the wait metrics) and the totals.
    pub blocked_since_ns: Nanos,
    pub blocked_ns: Nanos,
    pub steps: u64,
    /// Network time owed before the task goes on (an item handed over from another machine).
    pub network_delay_ns: Nanos,
}

pub type ThreadIndex = u32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThreadRole {
    Task(TaskId),
    Loop(LoopId),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThreadPhase {
    NotStarted,
    /// Wants a core.
    Ready,
    Running(u32),
    /// Blocked on a step (its task's phase says on what), sleeping, or an idle event loop.
    Blocked,
    GilWait,
    Finished,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkKind {
    Cpu,
    Native,
    /// Spawn cost of a new thread, process or interpreter.
    Startup,
    /// Pickling an item onto a queue that crosses processes.
    Pickle,
}

impl WorkKind {
    pub fn needs_gil(self) -> bool {
        matches!(self, WorkKind::Cpu | WorkKind::Pickle)
    }

    /// How a stretch of this work is drawn on a core's lane.
    pub fn segment_kind(self) -> crate::timeline::SegmentKind {
        use crate::timeline::SegmentKind;
        match self {
            WorkKind::Cpu => SegmentKind::Cpu,
            WorkKind::Native => SegmentKind::Native,
            WorkKind::Startup => SegmentKind::Startup,
            WorkKind::Pickle => SegmentKind::Pickle,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Work {
    pub kind: WorkKind,
    pub left_ns: Nanos,
    /// Set while the work is in progress on a core.
    pub started_ns: Option<Nanos>,
    /// How much the segment in progress covers: the debt, then all the work or one old-GIL check
    /// interval of it.
    pub segment_ns: Nanos,
    /// Overhead to pay before more work gets done (the old GIL's battle): time on the core that is not
    /// work and is not charged again.
    pub debt_ns: Nanos,
}

#[derive(Clone, Debug)]
pub struct ThreadState {
    pub role: ThreadRole,
    pub process: ProcessId,
    pub phase: ThreadPhase,
    pub holds_gil: bool,
    /// Its process has no GIL (fixed by the model): the hot loop's GIL check reads it beside
    /// `holds_gil` instead of the process's definition.
    pub without_gil: bool,
    pub work: Option<Work>,
    /// Invalidates stale wake-up and work-done events.
    pub generation: u64,
    pub gil_generation: u64,
    pub gil_wait_switch_number: u64,
    pub gil_wait_since_ns: Nanos,
    pub gil_wait_ns: Nanos,
    pub ready_since_ns: Nanos,
    pub ready_wait_ns: Nanos,
    pub priority: i64,
    /// Paying a context switch before it resumes.
    pub switching: bool,
    /// The task blocked in the `spawn` that started this thread, under `runtime: { thread_start:
    /// waits }`, until the thread runs (thread_starts.rs).
    pub starter: Option<TaskId>,
}

#[derive(Clone, Debug)]
pub struct Gil {
    pub holder: Option<ThreadIndex>,
    pub last_holder: Option<ThreadIndex>,
    pub drop_request: bool,
    pub switch_number: u64,
    pub waiters: VecDeque<ThreadIndex>,
    /// When the current holder took it.
    pub held_since_ns: Nanos,
}

#[derive(Clone, Debug)]
pub struct ProcessState {
    pub shared: Vec<i64>,
}

#[derive(Clone, Debug)]
pub struct LockState {
    pub holder: Option<TaskId>,
    pub waiters: VecDeque<TaskId>,
    /// Task that released it last and when, for flow arrows and happens-before.
    pub last_release: Option<(TaskId, Nanos)>,
}

/// An item on a queue, with where and when it was put (items crossing machines arrive after the network
/// latency).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QueuedItem {
    pub value: i64,
    pub machine: u32,
    pub at_ns: Nanos,
}

#[derive(Clone, Debug)]
pub struct QueueState {
    pub items: VecDeque<QueuedItem>,
    pub getters: VecDeque<TaskId>,
    pub putters: VecDeque<TaskId>,
    pub unfinished: u64,
    /// A priority queue whose items hold instances keeps heapq's own layout (`items[0]` is `heap[0]`),
    /// so that equal instances leave in CPython's order; any other keeps its items sorted.
    pub heap_layout: bool,
}

#[derive(Clone, Debug)]
pub struct BarrierState {
    pub arrived: Vec<TaskId>,
    /// A wait timed out (CPython's barrier breaks): every wait raises BrokenBarrierError until the end.
    pub broken: bool,
}

#[derive(Clone, Debug)]
pub struct LoopState {
    pub thread: ThreadIndex,
    pub ready: VecDeque<TaskId>,
    /// Handles left to run in the current pass.
    pub pass_left: usize,
    /// (due, order set, coroutine).
    pub timers: BinaryHeap<Reverse<(Nanos, u64, TaskId)>>,
    pub current: Option<TaskId>,
    pub live_coroutines: u32,
    pub idle: bool,
    pub lag_max_ns: Nanos,
    pub lag_total_ns: u128,
    pub lag_samples: u64,
    /// When the current coroutine started running.
    pub running_since_ns: Nanos,
    /// The step of the current coroutine that holds the loop's thread now (work, a blocking call, a
    /// threading wait), and the longest such hold of the run: the culprit of the loop's lag.
    pub hold: Option<LoopHold>,
    pub longest_hold: Option<LoopHold>,
}

/// One step of a coroutine that kept its loop's thread from running the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoopHold {
    pub task: TaskId,
    pub pc: u32,
    pub since_ns: Nanos,
    /// How long it held the loop (known when it ends).
    pub held_ns: Nanos,
    pub why: HoldReason,
}

/// Why a coroutine's step held its loop's thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoldReason {
    /// `cpu` (or `native`): computing without an `await`.
    Cpu,
    /// `io`: a blocking call inside async code.
    Io,
    /// A threading primitive (lock, `queue.Queue`, `join`...) the coroutine waited on.
    ThreadingWait,
}

impl HoldReason {
    pub fn as_str(self) -> &'static str {
        match self {
            HoldReason::Cpu => "cpu",
            HoldReason::Io => "io",
            HoldReason::ThreadingWait => "threading primitive",
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct CoreState {
    pub thread: Option<ThreadIndex>,
    pub last_thread: Option<ThreadIndex>,
    pub slice_generation: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum EventKind {
    /// The thread's work segment or context switch finished.
    WorkDone { thread: ThreadIndex, generation: u64 },
    /// A sleeping or idle thread wakes.
    Wake { thread: ThreadIndex, generation: u64 },
    /// A GIL waiter's switch interval elapsed.
    GilTimeout { thread: ThreadIndex, generation: u64 },
    /// A core's time slice ended.
    SliceEnd { core: u32, generation: u64 },
    /// A task starts after the network latency of an `after` edge from another machine.
    Start { task: TaskId },
    /// A wait with a time-out (format 1.1) gives up, unless that wait is over.
    WaitTimeout { task: TaskId, generation: u64 },
}

/// An event pending in the timed driver's queue.
pub type ScheduledEvent = Scheduled<EventKind>;

#[derive(Debug)]
pub struct State {
    pub world: World,
    pub timed: TimedState,
    pub stepwise: StepwiseState,
    pub observers: Observers,
    pub progress: Progress,
    pub scratch: Scratch,
}

/// The program's world: what its steps read and change, whichever driver orders them.
#[derive(Debug)]
pub struct World {
    pub tasks: Vec<TaskState>,
    pub processes: Vec<ProcessState>,
    pub locks: Vec<LockState>,
    pub queues: Vec<QueueState>,
    pub barriers: Vec<BarrierState>,
    /// The tasks waiting for each task (`after`), fixed by the model.
    pub dependents: Vec<Vec<TaskId>>,
    pub non_daemon_left: usize,
    /// The non-daemon tasks that are not spawned, fixed by the model: `non_daemon_left` at a run's start.
    pub non_daemon_at_start: usize,
    /// Whether some task's program has a `join` (the one step that blocks in `BlockReason::Join`),
    /// fixed by the model: without one, a finish has no joiner to look for among the tasks.
    pub model_has_joins: bool,
    /// Items in all queues together, bounded by `limits::MAX_QUEUE_ITEMS` (a count of what the
    /// queues hold, kept beside them so a `put` need not add them up).
    pub queued_items: usize,
    /// The machine each process runs on (`None`: placed `auto` and not started yet).
    pub process_machine: Vec<Option<u32>>,
    /// Threads placed on each machine and not finished, for `auto` placement.
    pub machine_load: Vec<i64>,
    /// Executors' workers and queues (format 1.1, part two).
    pub futures: super::futures_state::FuturesState,
    /// Arrays, maps and the primitives of format 1.1.
    pub format11: super::sync_state::Format11State,
    /// The tuples the run made (empty in a model without `(a, b)`).
    pub run_values: crate::expr::RunValues,
}

/// The timed driver's machinery: kernel threads on cores in virtual time, a GIL per process, event loops.
#[derive(Debug)]
pub struct TimedState {
    pub threads: Vec<ThreadState>,
    /// The kernel thread of a thread, process or interpreter task, by task.
    pub task_threads: Vec<Option<ThreadIndex>>,
    /// Coroutines: when each became ready on its loop (lag is measured from here), by task.
    pub task_ready_since_ns: Vec<Nanos>,
    /// One GIL per process.
    pub gils: Vec<Gil>,
    pub loops: Vec<LoopState>,
    pub cores: Vec<CoreState>,
    /// How many cores have no thread: the dispatcher and the in-place fast path look at the cores
    /// only when one is free, not at every event.
    pub free_cores: usize,
    pub events: EventQueue<EventKind>,
    pub event_sequence: u64,
    /// Ready threads waiting for a core, one queue per machine.
    pub run_queues: Vec<VecDeque<ThreadIndex>>,
    /// The machine of every core.
    pub core_machine: Vec<u32>,
    /// Threads to advance at the current instant, in order.
    pub to_run: VecDeque<ThreadIndex>,
    /// Whether anything was written here since the last reset: always in a timed run, in an exploring
    /// run only when a step waited (its waits are kept on its thread). Untouched, it is as the reset
    /// left it, and the next reset skips it (most fuzz runs).
    pub touched: bool,
}

/// The stepwise driver's machinery: time kept by list scheduling every step.
#[derive(Debug)]
pub struct StepwiseState {
    /// Each task's own clock.
    pub task_clock_ns: Vec<Nanos>,
    /// When each core is next free (written only by `account_work`, which sets `work_accounted`).
    pub core_free_at_ns: Vec<Nanos>,
    /// When each process's GIL is next free, and the task that held it last (as `core_free_at_ns`).
    pub gil_free_at_ns: Vec<Nanos>,
    pub gil_last_task: Vec<Option<TaskId>>,
    /// Whether a step of this run was put on a core (`account_work`): the cores' and GILs' times and the
    /// cores' busy time may then be other than zero. A run of steps without work (a fuzz run of the bank
    /// race) leaves them as the reset made them, and the next reset skips them.
    pub work_accounted: bool,
    /// The coroutine that holds each loop between two awaits.
    pub loop_owner: Vec<Option<TaskId>>,
    /// Under `scheduler: { loop_order: fifo }` (`fifo_loops`, asked once): the loop's turns follow
    /// asyncio's ready queue (engine/loop_turns.rs).
    pub fifo_loops: bool,
    /// Per task, under `fifo_loops`: the turn at which a coroutine joined its loop's ready queue (0 when
    /// it is not in it), and the turn at which it set the timer it sleeps on (0 when none). A turn is a
    /// decision of the run (`loop_turn`): coroutines queued within one step share it.
    pub queued_at_turn: Vec<u64>,
    pub timer_set_at_turn: Vec<u64>,
    /// Under `fifo_loops` in a model with a `submit` of `next_pass` (`keeps_passes`, asked once), the
    /// passes of `_run_once` (engine/loop_turns.rs): per loop, the first turn whose queued coroutines
    /// wait for the next pass (those queued before it make up the pass being run); per task, the turn
    /// at which a coroutine started on a timer of no delay set it (0 when none). Empty otherwise.
    pub keeps_passes: bool,
    pub pass_began_at_turn: Vec<u64>,
    pub pass_timer_set_at_turn: Vec<u64>,
    /// Per coroutine asleep on a timer (an `await` of a duration): its clock when it went to sleep,
    /// `None` once it steps again. A cancel wakes it at once, at its canceller's present
    /// (`Stepwise::on_cancel_sleep`), never before it fell asleep.
    pub asleep_since_ns: Vec<Option<Nanos>>,
    /// The run's decisions so far, from 1 (the tasks started before the first share turn 1).
    pub loop_turn: u64,
    /// How many times a coroutine has joined a ready queue in this run, and the last sleeper woken by a
    /// cancel: its canceller, the turn it joined at and this count then. A next cancel of a sleeper by
    /// the same holder of the loop with no join in between shares that turn (engine/loop_turns.rs
    /// `join_queue_by_cancel`).
    pub joins: u64,
    pub cancel_chain: Option<(TaskId, u64, u64)>,
    /// While a cancel goes through a coroutine's `await` with a time-out (`wait_for`) to the task it
    /// awaits: a sleeper cancelled so keeps its timer (`Stepwise::on_cancel_sleep`), since CPython
    /// wakes the `wait_for` first, which cancels the task on its own later turn.
    pub cancel_passed_through_wait_for: bool,
    /// The task that took the last step.
    pub last_stepper: Option<TaskId>,
    /// Whether `Scratch::candidates` (and `candidate_ids`) still list the tasks that may take the next
    /// step; the driver hooks (start, wake, kill) and a step that leaves the list clear it.
    pub candidates_current: bool,
    /// When each task's wait with a time-out gives up: its clock when it blocked plus the time-out
    /// (meaningful while it is blocked in such a wait).
    pub deadline_ns: Vec<Nanos>,
    /// Whether the model has waits whose time-out may give up by its deadline
    /// (`Model::has_deadline_waits`), asked once.
    pub model_has_deadline_waits: bool,
    /// Whether the model reads the clock (`Model::reads_clock`), asked once.
    pub model_reads_clock: bool,
    /// The model's time window (`scheduler: { time_window }`), if it has one: a step is a candidate only
    /// when it would start no later than this after the earliest step (docs/exploration.md, "Time
    /// windows").
    pub time_window_ns: Option<Nanos>,
    /// Whether the step candidates say when they would start (`Candidate::starts_ns`, with the GIL's
    /// wait): in a model with waits that give up by their deadline, or with a time window.
    pub candidates_carry_start_times: bool,
    /// Whether time decides which candidates this run offers (`timeouts::time_decides_candidates`:
    /// `--timeouts deadline` on a model with waits that give up by their deadline, docs/format.md
    /// "Time-outs under exploring policies", or a time window): then the clocks are part of the state
    /// an exploration caches.
    pub time_decides_candidates: bool,
}

/// What watches the run without changing it.
#[derive(Debug)]
pub struct Observers {
    pub trace: Trace,
    pub digest: Fnv1a,
    /// Whether events go into the trace and the digest (`RunConfig::record_trace`).
    pub record_trace: bool,
    /// The access log, when the run keeps it (`RunConfig::record_accesses`).
    pub accesses: Vec<Access>,
    /// Whether steps report their accesses at all: to the log, to the race detector, or both. False
    /// from the first access past `limits::MAX_ACCESSES` (`accesses_truncated`) on.
    pub record_accesses: bool,
    pub keep_access_log: bool,
    /// Accesses reported so far, up to `limits::MAX_ACCESSES`; later ones are dropped.
    pub accesses_seen: usize,
    pub accesses_truncated: bool,
    /// Fed every access when the run looks for data races (`RunConfig::find_races`).
    pub race_detector: Option<RaceDetector>,
    pub timeline: Timeline,
    pub metrics: Counters,
    /// Busy time of every core.
    pub core_busy_ns: Vec<Nanos>,
}

/// Where the run is: time, steps, how it ended, the choices made.
#[derive(Debug)]
pub struct Progress {
    pub now_ns: Nanos,
    pub steps: u64,
    /// Time-driven work so far: events handled and segments of work done in place (time slices, GIL
    /// requests and hand-offs, wake-ups, context switches), which take no step. Bounded like steps.
    pub timed_work: u64,
    pub status: Option<Status>,
    pub failures: Vec<FailureRecord>,
    pub choices: Vec<u32>,
    /// Decisions with more than one candidate so far (recorded in `choices` or not).
    pub choice_count: usize,
    pub token_mismatch: Option<String>,
}

/// Memory both drivers reuse from step to step, and the jitter's generator.
#[derive(Debug)]
pub struct Scratch {
    pub candidates: Vec<Candidate>,
    pub candidate_ids: Vec<u32>,
    /// The expression evaluator's operand stack.
    pub operand_stack: Vec<i64>,
    pub rng: ChaCha8Rng,
    /// The candidates of a value decision (`Run::choose_value`), apart from `candidates`, which the
    /// stepwise driver keeps current across steps.
    pub value_candidates: Vec<Candidate>,
    /// The stream of value draws (`Decision::drawn`): the seed's, stream 2, made at a run's first
    /// value decision (so a run that chooses nothing seeds nothing).
    pub value_rng: Option<ChaCha8Rng>,
    /// An estimate of the steps of a whole run (for PCT), fixed by the model.
    pub estimated_steps: u64,
}

#[derive(Clone, Debug, Default)]
pub struct Counters {
    /// Time tasks spent waiting on the network (the distributed tier).
    pub network_ns: Nanos,
    pub context_switches: u64,
    pub gil_switches: u64,
    pub gil_drop_requests: u64,
    pub makespan_ns: Nanos,
    /// When the last process pool's shutdown ended (0: no process pool shut down).
    pub pool_shutdown_end_ns: Nanos,
    /// The time of the latest event recorded (an exploring run records in schedule order, not in time
    /// order): the makespan bounds it.
    pub latest_event_ns: Nanos,
}

impl State {
    pub fn new(model: &Model) -> Self {
        State {
            world: World::new(model),
            timed: TimedState::new(model),
            stepwise: StepwiseState::new(model),
            observers: Observers::new(model),
            progress: Progress::new(),
            scratch: Scratch::new(model),
        }
    }

    pub fn reset(&mut self, model: &Model, config: &RunConfig) {
        self.world.reset(model);
        // The cores' busy time is written by the timed driver (whose runs mark the timed state touched)
        // and by the stepwise driver's work (`work_accounted`): untouched, it is still all zeros.
        let cores_busy_written = self.timed.touched || self.stepwise.work_accounted;
        if self.timed.touched {
            self.timed.reset();
        }
        self.stepwise.reset(config);
        self.observers.reset(model, config, cores_busy_written);
        self.progress.reset();
        self.scratch.value_rng = None;
        // Seeding ChaCha costs a block of work; only jitter draws from this generator.
        if model.scheduler.jitter_percent > 0 {
            self.scratch.rng = new_rng(config.seed, 1);
        }
    }

    /// The machine whose cores may run `thread` (its process's).
    pub fn thread_machine(&self, thread: ThreadIndex) -> usize {
        self.world.process_machine[self.timed.threads[thread as usize].process.index()].unwrap_or(0) as usize
    }
}

/// Sets every element of `values` to `value`: up to four by plain stores, more by `fill`. A `fill` (and
/// any loop of stores like it) compiles to a call of the C library's `memset`, which for an empty `Vec`
/// gets its dangling pointer: on this project's machine (glibc 2.36, AMD EPYC under KVM) a zero-byte
/// `memset` there costs ~190 ns against ~3 ns for a few bytes of a real buffer. Such fills were half of a
/// fuzz run's CPU time while they were 2% of its instructions (docs/performance.md, session 12).
#[inline]
pub(crate) fn fill_short<T: Copy>(values: &mut [T], value: T) {
    match values {
        [] => {}
        [first] => *first = value,
        [first, second] => (*first, *second) = (value, value),
        [first, second, third] => (*first, *second, *third) = (value, value, value),
        [first, second, third, fourth] => (*first, *second, *third, *fourth) = (value, value, value, value),
        _ => values.fill(value),
    }
}

impl World {
    fn new(model: &Model) -> Self {
        let tasks = model
            .tasks
            .iter()
            .map(|definition| TaskState {
                phase: TaskPhase::NotSpawned,
                pc: 0,
                locals: vec![0; definition.locals.len()],
                dependencies_left: 0,
                started_ns: None,
                finished_ns: None,
                blocked_since_ns: 0,
                blocked_ns: 0,
                steps: 0,
                network_delay_ns: 0,
            })
            .collect();
        let mut dependents = vec![Vec::new(); model.tasks.len()];
        for (index, definition) in model.tasks.iter().enumerate() {
            for before in &definition.after {
                dependents[before.index()].push(TaskId::from_index(index));
            }
        }
        World {
            tasks,
            processes: model
                .processes
                .iter()
                .map(|p| ProcessState { shared: p.shared.iter().map(|v| v.initial).collect() })
                .collect(),
            locks: model
                .locks
                .iter()
                .map(|_| LockState { holder: None, waiters: VecDeque::new(), last_release: None })
                .collect(),
            queues: model
                .queues
                .iter()
                .map(|_| QueueState {
                    items: VecDeque::new(),
                    getters: VecDeque::new(),
                    putters: VecDeque::new(),
                    unfinished: 0,
                    heap_layout: false,
                })
                .collect(),
            barriers: model.barriers.iter().map(|_| BarrierState { arrived: Vec::new(), broken: false }).collect(),
            dependents,
            non_daemon_left: 0,
            non_daemon_at_start: model.tasks.iter().filter(|t| !t.daemon && !t.spawned).count(),
            model_has_joins: model.tasks.iter().flat_map(|t| &t.program).any(|i| matches!(i, Instr::Join(_))),
            queued_items: 0,
            process_machine: Vec::new(),
            machine_load: Vec::new(),
            futures: super::futures_state::FuturesState::new(model),
            format11: super::sync_state::Format11State::new(model),
            run_values: crate::expr::RunValues::new(&model.strings),
        }
    }

    fn reset(&mut self, model: &Model) {
        self.run_values.reset();
        for (task, definition) in self.tasks.iter_mut().zip(&model.tasks) {
            task.phase = if definition.spawned { TaskPhase::NotSpawned } else { TaskPhase::WaitingForDependencies };
            task.pc = 0;
            // Guarded: the fill is a call to `memset` even for a task without locals.
            if !task.locals.is_empty() {
                fill_short(&mut task.locals, 0);
            }
            for &(local, value) in &definition.local_initial {
                task.locals[local.index()] = value;
            }
            task.dependencies_left = definition.after.len() as u32;
            task.started_ns = None;
            task.finished_ns = None;
            task.blocked_since_ns = 0;
            task.blocked_ns = 0;
            task.steps = 0;
            task.network_delay_ns = 0;
        }
        for (process, definition) in self.processes.iter_mut().zip(&model.processes) {
            for (value, variable) in process.shared.iter_mut().zip(&definition.shared) {
                *value = variable.initial;
            }
        }
        for lock in &mut self.locks {
            lock.holder = None;
            lock.waiters.clear();
            lock.last_release = None;
        }
        for queue in &mut self.queues {
            queue.items.clear();
            queue.getters.clear();
            queue.putters.clear();
            queue.unfinished = 0;
            queue.heap_layout = false;
        }
        self.queued_items = 0;
        for barrier in &mut self.barriers {
            barrier.arrived.clear();
            barrier.broken = false;
        }
        self.non_daemon_left = self.non_daemon_at_start;
        self.process_machine.clear();
        self.process_machine.extend(model.processes.iter().map(|p| match p.placement {
            Placement::On(machine) => Some(machine),
            Placement::Auto => None,
        }));
        self.machine_load.clear();
        self.machine_load.resize(model.machines.len().max(1), 0);
        // A model without executors, instances or asyncio primitives never touches the futures state
        // (every write to it is behind `FutureDefs::in_use`): it stays as `new` made it, at no cost a run.
        if model.futures.in_use() {
            self.futures.reset();
        }
        self.format11.reset(model);
    }
}

impl TimedState {
    fn new(model: &Model) -> Self {
        let mut threads = Vec::new();
        let mut task_threads = Vec::with_capacity(model.tasks.len());
        for (index, definition) in model.tasks.iter().enumerate() {
            let thread = if definition.kind == TaskKind::Coroutine {
                None
            } else {
                threads.push(ThreadState::new(
                    model,
                    ThreadRole::Task(TaskId::from_index(index)),
                    definition.process,
                    definition.priority,
                ));
                Some((threads.len() - 1) as ThreadIndex)
            };
            task_threads.push(thread);
        }
        let loops = model
            .loops
            .iter()
            .enumerate()
            .map(|(index, definition)| {
                threads.push(ThreadState::new(
                    model,
                    ThreadRole::Loop(LoopId::from_index(index)),
                    definition.process,
                    0,
                ));
                LoopState {
                    thread: (threads.len() - 1) as ThreadIndex,
                    ready: VecDeque::new(),
                    pass_left: 0,
                    timers: BinaryHeap::new(),
                    current: None,
                    live_coroutines: 0,
                    idle: false,
                    lag_max_ns: 0,
                    lag_total_ns: 0,
                    lag_samples: 0,
                    running_since_ns: 0,
                    hold: None,
                    longest_hold: None,
                }
            })
            .collect();
        TimedState {
            threads,
            task_threads,
            task_ready_since_ns: vec![0; model.tasks.len()],
            gils: model.processes.iter().map(|_| Gil::new()).collect(),
            loops,
            cores: vec![CoreState::default(); model.machine.cores as usize],
            free_cores: model.machine.cores as usize,
            events: EventQueue::default(),
            event_sequence: 0,
            run_queues: vec![VecDeque::new(); model.machines.len().max(1)],
            core_machine: (0..model.machine.cores).map(|c| model.machine_of_core(c)).collect(),
            to_run: VecDeque::new(),
            touched: false,
        }
    }

    fn reset(&mut self) {
        for thread in &mut self.threads {
            thread.reset();
        }
        self.task_ready_since_ns.iter_mut().for_each(|t| *t = 0);
        for gil in &mut self.gils {
            gil.reset();
        }
        for event_loop in &mut self.loops {
            event_loop.ready.clear();
            event_loop.pass_left = 0;
            event_loop.timers.clear();
            event_loop.current = None;
            event_loop.live_coroutines = 0;
            event_loop.idle = false;
            event_loop.lag_max_ns = 0;
            event_loop.lag_total_ns = 0;
            event_loop.lag_samples = 0;
            event_loop.running_since_ns = 0;
            event_loop.hold = None;
            event_loop.longest_hold = None;
        }
        for core in &mut self.cores {
            *core = CoreState::default();
        }
        self.free_cores = self.cores.len();
        self.events.clear();
        self.event_sequence = 0;
        for queue in &mut self.run_queues {
            queue.clear();
        }
        self.to_run.clear();
        self.touched = false;
    }

    #[inline]
    pub fn schedule(&mut self, at_ns: Nanos, kind: EventKind) {
        self.event_sequence += 1;
        self.events.push(Scheduled { at_ns, sequence: self.event_sequence, kind });
    }
}

impl StepwiseState {
    fn new(model: &Model) -> Self {
        StepwiseState {
            task_clock_ns: vec![0; model.tasks.len()],
            core_free_at_ns: vec![0; model.machine.cores as usize],
            gil_free_at_ns: vec![0; model.processes.len()],
            gil_last_task: vec![None; model.processes.len()],
            loop_owner: vec![None; model.loops.len()],
            fifo_loops: model.scheduler.fifo_loops && !model.loops.is_empty(),
            queued_at_turn: Vec::new(),
            timer_set_at_turn: Vec::new(),
            keeps_passes: model.scheduler.fifo_loops && !model.loops.is_empty() && model.futures.starts_at_next_pass(),
            pass_began_at_turn: Vec::new(),
            pass_timer_set_at_turn: Vec::new(),
            asleep_since_ns: vec![None; if model.loops.is_empty() { 0 } else { model.tasks.len() }],
            loop_turn: 1,
            joins: 0,
            cancel_chain: None,
            cancel_passed_through_wait_for: false,
            last_stepper: None,
            candidates_current: false,
            deadline_ns: vec![0; model.tasks.len()],
            model_has_deadline_waits: model.has_deadline_waits(),
            model_reads_clock: model.reads_clock(),
            time_window_ns: model.scheduler.time_window_ns,
            candidates_carry_start_times: model.has_deadline_waits() || model.scheduler.time_window_ns.is_some(),
            time_decides_candidates: false,
            work_accounted: false,
        }
    }

    fn reset(&mut self, config: &RunConfig) {
        fill_short(&mut self.task_clock_ns, 0);
        if self.work_accounted {
            self.core_free_at_ns.fill(0);
            self.gil_free_at_ns.fill(0);
            self.gil_last_task.fill(None);
            self.work_accounted = false;
        }
        debug_assert!(
            self.core_free_at_ns.iter().chain(&self.gil_free_at_ns).all(|&at| at == 0)
                && self.gil_last_task.iter().all(Option::is_none),
            "the cores' and GILs' times were written without `work_accounted`"
        );
        // Guarded: a fill is a call to `memset` even for a model without loops (most).
        if !self.loop_owner.is_empty() {
            fill_short(&mut self.loop_owner, None);
            fill_short(&mut self.asleep_since_ns, None);
        }
        if self.fifo_loops {
            self.queued_at_turn.clear();
            self.queued_at_turn.resize(self.task_clock_ns.len(), 0);
            self.timer_set_at_turn.clear();
            self.timer_set_at_turn.resize(self.task_clock_ns.len(), 0);
            if self.keeps_passes {
                self.pass_began_at_turn.clear();
                self.pass_began_at_turn.resize(self.loop_owner.len(), 0);
                self.pass_timer_set_at_turn.clear();
                self.pass_timer_set_at_turn.resize(self.task_clock_ns.len(), 0);
            }
            self.loop_turn = 1;
            self.joins = 0;
            self.cancel_chain = None;
        }
        self.last_stepper = None;
        self.candidates_current = false;
        // `deadline_ns` needs no reset: a task's is written whenever it blocks in a timed wait, and read
        // only while it does.
        self.time_decides_candidates = crate::timeouts::time_decides_candidates(
            config.timeouts,
            self.model_has_deadline_waits,
            self.time_window_ns,
            self.model_reads_clock,
        );
    }
}

impl Observers {
    fn new(model: &Model) -> Self {
        Observers {
            trace: Trace::default(),
            digest: Fnv1a::default(),
            record_trace: true,
            accesses: Vec::new(),
            record_accesses: false,
            keep_access_log: false,
            accesses_seen: 0,
            accesses_truncated: false,
            race_detector: None,
            timeline: Timeline::default(),
            metrics: Counters::default(),
            core_busy_ns: vec![0; model.machine.cores as usize],
        }
    }

    fn reset(&mut self, model: &Model, config: &RunConfig, cores_busy_written: bool) {
        self.digest = Fnv1a::default();
        self.trace.clear();
        self.record_trace = config.record_trace;
        self.accesses.clear();
        let find_races = config.find_races && model.tasks.len() <= crate::limits::MAX_RACE_CHECK_TASKS;
        self.record_accesses = config.record_accesses || find_races;
        self.keep_access_log = config.record_accesses;
        self.accesses_seen = 0;
        self.accesses_truncated = false;
        if find_races {
            self.race_detector.get_or_insert_with(RaceDetector::default).reset(model);
        } else if self.race_detector.is_some() {
            self.race_detector = None;
        }
        self.timeline.clear(config.record_timeline);
        self.metrics = Counters::default();
        if cores_busy_written {
            self.core_busy_ns.fill(0);
        }
        debug_assert!(self.core_busy_ns.iter().all(|&busy| busy == 0), "busy time written unmarked");
    }

    /// Inlined into the steps that report an access: a fuzz run's few steps each paid a call for it.
    #[inline]
    pub fn push_access(&mut self, access: Access) {
        if self.accesses_seen >= crate::limits::MAX_ACCESSES {
            self.stop_recording_accesses();
            return;
        }
        self.accesses_seen += 1;
        if self.keep_access_log {
            self.accesses.push(access);
        }
        if let Some(detector) = &mut self.race_detector {
            detector.observe(&access);
        }
    }

    /// The log is full: every later access would be dropped too, so steps stop reporting them at all.
    #[cold]
    #[inline(never)]
    fn stop_recording_accesses(&mut self) {
        self.accesses_truncated = true;
        self.record_accesses = false;
    }
}

impl Progress {
    fn new() -> Self {
        Progress {
            now_ns: 0,
            steps: 0,
            timed_work: 0,
            status: None,
            failures: Vec::new(),
            choices: Vec::new(),
            choice_count: 0,
            token_mismatch: None,
        }
    }

    fn reset(&mut self) {
        self.now_ns = 0;
        self.steps = 0;
        self.timed_work = 0;
        self.status = None;
        self.failures.clear();
        self.choices.clear();
        self.choice_count = 0;
        self.token_mismatch = None;
    }
}

impl Scratch {
    fn new(model: &Model) -> Self {
        Scratch {
            candidates: Vec::new(),
            candidate_ids: Vec::new(),
            operand_stack: Vec::with_capacity(crate::limits::MAX_EXPRESSION_DEPTH),
            rng: new_rng(0, 1),
            value_candidates: Vec::new(),
            value_rng: None,
            estimated_steps: model.tasks.iter().map(|t| t.program.len() as u64).sum::<u64>().max(1),
        }
    }
}

/// A ChaCha8 generator on `stream` of `seed` (stream 0 is the policies', 1 the jitter's, 2 the value
/// draws').
pub(crate) fn new_rng(seed: u64, stream: u64) -> ChaCha8Rng {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(stream);
    rng
}

impl ThreadState {
    fn new(model: &Model, role: ThreadRole, process: ProcessId, priority: i64) -> Self {
        ThreadState {
            role,
            process,
            phase: ThreadPhase::NotStarted,
            holds_gil: false,
            without_gil: model.processes[process.index()].gil.mode == GilMode::None,
            work: None,
            generation: 0,
            gil_generation: 0,
            gil_wait_switch_number: 0,
            gil_wait_since_ns: 0,
            gil_wait_ns: 0,
            ready_since_ns: 0,
            ready_wait_ns: 0,
            priority,
            switching: false,
            starter: None,
        }
    }

    fn reset(&mut self) {
        self.phase = ThreadPhase::NotStarted;
        self.holds_gil = false;
        self.work = None;
        self.generation = 0;
        self.gil_generation = 0;
        self.gil_wait_switch_number = 0;
        self.gil_wait_since_ns = 0;
        self.gil_wait_ns = 0;
        self.ready_since_ns = 0;
        self.ready_wait_ns = 0;
        self.switching = false;
        // A run that ended before this thread ran leaves its starter noted. (It may leave `without_gil`
        // false too, in a process without a GIL: harmless, as the slow path it then takes once sets it
        // back; thread_starts.rs.)
        self.starter = None;
    }
}

impl Gil {
    fn new() -> Self {
        Gil {
            holder: None,
            last_holder: None,
            drop_request: false,
            switch_number: 0,
            waiters: VecDeque::new(),
            held_since_ns: 0,
        }
    }

    fn reset(&mut self) {
        self.holder = None;
        self.last_holder = None;
        self.drop_request = false;
        self.switch_number = 0;
        self.waiters.clear();
        self.held_since_ns = 0;
    }
}
