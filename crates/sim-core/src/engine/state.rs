//! The run-time state, held in arenas indexed by the model's typed ids. `State::reset` clears it for the
//! next run without giving back its memory.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

use rand_chacha::ChaCha8Rng;

use super::Access;
use crate::digest::Fnv1a;
use crate::model::*;
use crate::report::Status;
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
}

#[derive(Clone, Debug)]
pub struct TaskState {
    pub phase: TaskPhase,
    pub pc: u32,
    pub locals: Vec<i64>,
    pub dependencies_left: u32,
    pub started_ns: Option<Nanos>,
    pub finished_ns: Option<Nanos>,
    /// The kernel thread of a thread, process or interpreter task.
    pub thread: Option<ThreadIndex>,
    /// When its current wait began (for the wait metrics) and the totals.
    pub blocked_since_ns: Nanos,
    pub blocked_ns: Nanos,
    /// Event loop: when it became ready (lag is measured from here).
    pub ready_since_ns: Nanos,
    /// Stepwise driver: this task's own clock.
    pub clock_ns: Nanos,
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
}

#[derive(Clone, Debug)]
pub struct Gil {
    pub holder: Option<ThreadIndex>,
    pub last_holder: Option<ThreadIndex>,
    pub drop_request: bool,
    pub switch_number: u64,
    pub waiters: VecDeque<ThreadIndex>,
    /// Stepwise driver: when the GIL is next free, for time accounting.
    pub free_at_ns: Nanos,
    pub last_task: Option<TaskId>,
    /// Timed driver: when the current holder took it.
    pub held_since_ns: Nanos,
}

#[derive(Clone, Debug)]
pub struct ProcessState {
    pub shared: Vec<i64>,
    pub gil: Gil,
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
}

#[derive(Clone, Debug)]
pub struct BarrierState {
    pub arrived: Vec<TaskId>,
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
    /// Stepwise driver: the coroutine that holds the loop between two awaits.
    pub owner: Option<TaskId>,
    /// Timed driver: when the current coroutine started running.
    pub running_since_ns: Nanos,
}

#[derive(Clone, Debug, Default)]
pub struct CoreState {
    pub thread: Option<ThreadIndex>,
    pub last_thread: Option<ThreadIndex>,
    pub busy_ns: Nanos,
    pub slice_generation: u64,
    /// Stepwise driver: when this core is next free.
    pub free_at_ns: Nanos,
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
}

#[derive(Debug)]
pub struct State {
    pub tasks: Vec<TaskState>,
    pub threads: Vec<ThreadState>,
    pub processes: Vec<ProcessState>,
    pub locks: Vec<LockState>,
    pub queues: Vec<QueueState>,
    pub barriers: Vec<BarrierState>,
    pub loops: Vec<LoopState>,
    pub cores: Vec<CoreState>,
    pub events: BinaryHeap<Reverse<(Nanos, u64, EventKind)>>,
    pub event_sequence: u64,
    /// Ready threads waiting for a core, one queue per machine.
    pub run_queues: Vec<VecDeque<ThreadIndex>>,
    /// The machine of every core.
    pub core_machine: Vec<u32>,
    /// Threads to advance at the current instant, in order.
    pub to_run: VecDeque<ThreadIndex>,
    pub candidates: Vec<crate::policy::Candidate>,
    pub candidate_ids: Vec<u32>,
    pub dependents: Vec<Vec<TaskId>>,
    pub now_ns: Nanos,
    pub steps: u64,
    pub non_daemon_left: usize,
    pub status: Option<Status>,
    pub failures: Vec<crate::report::FailureRecord>,
    pub choices: Vec<u32>,
    /// Decisions with more than one candidate so far (recorded in `choices` or not).
    pub choice_count: usize,
    pub token_mismatch: Option<String>,
    pub rng: ChaCha8Rng,
    pub digest: Fnv1a,
    pub trace: Trace,
    pub accesses: Vec<Access>,
    pub record_accesses: bool,
    pub accesses_truncated: bool,
    pub estimated_steps: u64,
    pub metrics: Counters,
    /// Stepwise driver: the task that took the last step.
    pub last_stepper: Option<TaskId>,
    pub timeline: crate::timeline::Timeline,
    /// The machine each process runs on (`None`: placed `auto` and not started yet).
    pub process_machine: Vec<Option<u32>>,
    /// Threads placed on each machine and not finished, for `auto` placement.
    pub machine_load: Vec<i64>,
    /// The expression evaluator's operand stack, reused.
    pub operand_stack: Vec<i64>,
}

#[derive(Clone, Debug, Default)]
pub struct Counters {
    /// Time tasks spent waiting on the network (the distributed tier).
    pub network_ns: Nanos,
    pub context_switches: u64,
    pub gil_switches: u64,
    pub gil_drop_requests: u64,
    pub makespan_ns: Nanos,
}

impl State {
    pub fn new(model: &Model) -> Self {
        let mut threads = Vec::new();
        let mut tasks = Vec::with_capacity(model.tasks.len());
        for (index, definition) in model.tasks.iter().enumerate() {
            let thread = if definition.kind == TaskKind::Coroutine {
                None
            } else {
                threads.push(ThreadState::new(
                    ThreadRole::Task(TaskId::from_index(index)),
                    definition.process,
                    definition.priority,
                ));
                Some((threads.len() - 1) as ThreadIndex)
            };
            tasks.push(TaskState {
                phase: TaskPhase::NotSpawned,
                pc: 0,
                locals: vec![0; definition.locals.len()],
                dependencies_left: 0,
                started_ns: None,
                finished_ns: None,
                thread,
                blocked_since_ns: 0,
                blocked_ns: 0,
                ready_since_ns: 0,
                clock_ns: 0,
                steps: 0,
                network_delay_ns: 0,
            });
        }
        let loops = model
            .loops
            .iter()
            .enumerate()
            .map(|(index, definition)| {
                threads.push(ThreadState::new(ThreadRole::Loop(LoopId::from_index(index)), definition.process, 0));
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
                    owner: None,
                    running_since_ns: 0,
                }
            })
            .collect();
        let mut dependents = vec![Vec::new(); model.tasks.len()];
        for (index, definition) in model.tasks.iter().enumerate() {
            for before in &definition.after {
                dependents[before.index()].push(TaskId::from_index(index));
            }
        }
        let estimated_steps = model.tasks.iter().map(|t| t.program.len() as u64).sum::<u64>().max(1);
        State {
            tasks,
            threads,
            processes: model
                .processes
                .iter()
                .map(|p| ProcessState { shared: p.shared.iter().map(|v| v.initial).collect(), gil: Gil::new() })
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
                })
                .collect(),
            barriers: model.barriers.iter().map(|_| BarrierState { arrived: Vec::new() }).collect(),
            loops,
            cores: vec![CoreState::default(); model.machine.cores as usize],
            events: BinaryHeap::new(),
            event_sequence: 0,
            run_queues: vec![VecDeque::new(); model.machines.len().max(1)],
            core_machine: (0..model.machine.cores).map(|c| model.machine_of_core(c)).collect(),
            to_run: VecDeque::new(),
            candidates: Vec::new(),
            candidate_ids: Vec::new(),
            dependents,
            now_ns: 0,
            steps: 0,
            non_daemon_left: 0,
            status: None,
            failures: Vec::new(),
            choices: Vec::new(),
            choice_count: 0,
            token_mismatch: None,
            rng: super::new_rng(0, 1),
            digest: super::fnv(),
            trace: Trace::default(),
            accesses: Vec::new(),
            record_accesses: false,
            accesses_truncated: false,
            estimated_steps,
            metrics: Counters::default(),
            last_stepper: None,
            timeline: crate::timeline::Timeline::default(),
            process_machine: Vec::new(),
            machine_load: Vec::new(),
            operand_stack: Vec::with_capacity(crate::limits::MAX_EXPRESSION_DEPTH),
        }
    }

    pub fn reset(&mut self, model: &Model, config: &super::RunConfig) {
        for (task, definition) in self.tasks.iter_mut().zip(&model.tasks) {
            task.phase = if definition.spawned { TaskPhase::NotSpawned } else { TaskPhase::WaitingForDependencies };
            task.pc = 0;
            task.locals.iter_mut().for_each(|l| *l = 0);
            for &(local, value) in &definition.local_initial {
                task.locals[local.index()] = value;
            }
            task.dependencies_left = definition.after.len() as u32;
            task.started_ns = None;
            task.finished_ns = None;
            task.blocked_since_ns = 0;
            task.blocked_ns = 0;
            task.ready_since_ns = 0;
            task.clock_ns = 0;
            task.steps = 0;
            task.network_delay_ns = 0;
        }
        for thread in &mut self.threads {
            thread.reset();
        }
        for (process, definition) in self.processes.iter_mut().zip(&model.processes) {
            for (value, variable) in process.shared.iter_mut().zip(&definition.shared) {
                *value = variable.initial;
            }
            process.gil.reset();
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
        }
        for barrier in &mut self.barriers {
            barrier.arrived.clear();
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
            event_loop.owner = None;
            event_loop.running_since_ns = 0;
        }
        for core in &mut self.cores {
            *core = CoreState::default();
        }
        self.events.clear();
        self.event_sequence = 0;
        for queue in &mut self.run_queues {
            queue.clear();
        }
        self.to_run.clear();
        self.now_ns = 0;
        self.steps = 0;
        self.non_daemon_left = model.tasks.iter().filter(|t| !t.daemon && !t.spawned).count();
        self.status = None;
        self.failures.clear();
        self.choices.clear();
        self.choice_count = 0;
        self.token_mismatch = None;
        // Seeding ChaCha costs a block of work; only jitter draws from this generator.
        if model.scheduler.jitter_percent > 0 {
            self.rng = super::new_rng(config.seed, 1);
        }
        self.digest = super::fnv();
        self.trace.clear();
        self.accesses.clear();
        self.record_accesses = config.record_accesses;
        self.accesses_truncated = false;
        self.metrics = Counters::default();
        self.last_stepper = None;
        self.timeline.clear(config.record_timeline);
        self.process_machine.clear();
        self.process_machine.extend(model.processes.iter().map(|p| match p.placement {
            Placement::On(machine) => Some(machine),
            Placement::Auto => None,
        }));
        self.machine_load.clear();
        self.machine_load.resize(model.machines.len().max(1), 0);
    }

    pub fn push_access(&mut self, access: Access) {
        if self.accesses.len() >= crate::limits::MAX_ACCESSES {
            self.accesses_truncated = true;
            return;
        }
        self.accesses.push(access);
    }

    /// The machine whose cores may run `thread` (its process's).
    pub fn thread_machine(&self, thread: ThreadIndex) -> usize {
        self.process_machine[self.threads[thread as usize].process.index()].unwrap_or(0) as usize
    }

    pub fn schedule(&mut self, at_ns: Nanos, kind: EventKind) {
        self.event_sequence += 1;
        self.events.push(Reverse((at_ns, self.event_sequence, kind)));
    }
}

impl ThreadState {
    fn new(role: ThreadRole, process: ProcessId, priority: i64) -> Self {
        ThreadState {
            role,
            process,
            phase: ThreadPhase::NotStarted,
            holds_gil: false,
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
            free_at_ns: 0,
            last_task: None,
            held_since_ns: 0,
        }
    }

    fn reset(&mut self) {
        self.holder = None;
        self.last_holder = None;
        self.drop_request = false;
        self.switch_number = 0;
        self.waiters.clear();
        self.free_at_ns = 0;
        self.last_task = None;
        self.held_since_ns = 0;
    }
}
