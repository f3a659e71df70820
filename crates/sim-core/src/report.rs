//! What a run produced, in the shape of the JSON contract (../shared/spec/cli.md).

use indexmap::IndexMap;
use serde::Serialize;

use crate::engine::state::{BlockReason, TaskPhase, TaskState};
use crate::engine::view::RunView;
use crate::model::*;
pub use crate::outcome::{
    Cause, Failure, FailureRecord, Outcome, SharedState, Status, shared_state_from_values, shared_state_serde,
};

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub scenario: String,
    pub policy: String,
    pub seed: u64,
    pub status: Status,
    #[serde(with = "crate::report::shared_state_serde")]
    pub shared: SharedState,
    pub tasks: IndexMap<String, TaskReport>,
    pub metrics: Metrics,
    pub failures: Vec<Failure>,
    pub deadlock: Option<DeadlockReport>,
    /// Per event loop that one coroutine held: the step that held its thread longest (the culprit of
    /// its lag). Kept beside `metrics.loops`, not in it, so that pinned metrics stay as they were.
    #[serde(skip_serializing_if = "IndexMap::is_empty")]
    pub loop_culprits: IndexMap<String, LoopCulprit>,
    pub left_running: Vec<String>,
    pub critical_path: CriticalPath,
    /// Unordered conflicting accesses to shared variables (when the run looked for them).
    pub races: Vec<crate::races::Race>,
    /// Whether `races` was checked: the run looked for races (`RunConfig::find_races`) and has at most
    /// `limits::MAX_RACE_CHECK_TASKS` tasks.
    pub races_checked: bool,
    pub schedule: String,
    pub trace_digest: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct TaskReport {
    pub kind: &'static str,
    pub state: &'static str,
    pub started_ns: Option<Nanos>,
    pub finished_ns: Option<Nanos>,
    pub steps: u64,
    /// Time blocked on locks, queues, joins and barriers.
    pub blocked_ns: Nanos,
    /// Time waiting for the GIL (threads).
    pub gil_wait_ns: Nanos,
    /// Time ready but without a core (threads).
    pub ready_wait_ns: Nanos,
}

#[derive(Clone, Debug, Serialize)]
pub struct Metrics {
    pub makespan_ns: Nanos,
    pub context_switches: u64,
    pub gil_switches: u64,
    pub gil_drop_requests: u64,
    pub core_busy_ns: Vec<Nanos>,
    /// Busy time over makespan, per core, in percent.
    pub core_utilization_percent: Vec<f64>,
    pub steps: u64,
    pub loops: IndexMap<String, LoopMetrics>,
    /// Time tasks waited on the network (the distributed tier).
    pub network_ns: Nanos,
    /// Per machine, when there is more than one.
    #[serde(skip_serializing_if = "IndexMap::is_empty")]
    pub machines: IndexMap<String, MachineMetrics>,
    /// When the last process pool's shutdown ended (sentinels sent, workers joined), which no task's
    /// step stands for; absent when no process pool shut down.
    #[serde(skip_serializing_if = "is_zero")]
    pub pool_shutdown_end_ns: Nanos,
}

fn is_zero(value: &Nanos) -> bool {
    *value == 0
}

#[derive(Clone, Debug, Serialize)]
pub struct MachineMetrics {
    pub cores: u32,
    pub busy_ns: Nanos,
    pub utilization_percent: f64,
}

/// The chain of `after` edges that ends last: what bounds the makespan however many cores there are.
#[derive(Clone, Debug, Serialize)]
pub struct CriticalPath {
    pub tasks: Vec<String>,
    pub length_ns: Nanos,
    /// Of which waiting on the network between machines.
    pub network_ns: Nanos,
}

#[derive(Clone, Debug, Serialize)]
pub struct LoopMetrics {
    /// How late a ready coroutine started, at worst and on average.
    pub lag_max_ns: Nanos,
    pub lag_mean_ns: Nanos,
}

/// The step of a coroutine that held its loop's thread longest: asyncio's debug mode's "Executing
/// <Task ...> took 0.500 seconds", with the reason.
#[derive(Clone, Debug, Serialize)]
pub struct LoopCulprit {
    pub task: String,
    /// The step, in the words of traces, and its line in the file.
    pub step: String,
    pub line: Option<u32>,
    pub held_ns: Nanos,
    /// `cpu`, `io` (a blocking call) or `threading primitive` (a wait on a lock, a `queue.Queue`...).
    pub why: &'static str,
}

#[derive(Clone, Debug, Serialize)]
pub struct DeadlockReport {
    pub waits: Vec<Wait>,
    /// Tasks on a wait-for cycle, in order, when there is one.
    pub cycle: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Wait {
    pub task: String,
    pub waits_for: String,
    pub held_by: Option<String>,
}

/// What identifies a run besides its outcome.
#[derive(Clone, Debug)]
pub struct RunLabel {
    pub policy: String,
    pub seed: u64,
    pub schedule: String,
}

/// The full report of a run, read from its view.
pub fn build(view: &RunView<'_>, outcome: &Outcome, label: &RunLabel) -> Report {
    let model = view.model();
    let counters = view.counters();
    let makespan_ns = makespan(view);
    let mut tasks = IndexMap::new();
    for (index, definition) in model.tasks.iter().enumerate() {
        let task = &view.tasks()[index];
        let id = TaskId::from_index(index);
        if view.unsubmitted_instance(id) {
            continue;
        }
        let thread = view.thread_of(id);
        tasks.insert(
            definition.name.clone(),
            TaskReport {
                kind: definition.kind.as_str(),
                state: task_state(view, id, task.phase),
                started_ns: task.started_ns,
                finished_ns: task.finished_ns,
                steps: task.steps,
                blocked_ns: blocked_ns(task, makespan_ns),
                gil_wait_ns: thread.map_or(0, |t| t.gil_wait_ns),
                ready_wait_ns: thread.map_or(0, |t| t.ready_wait_ns),
            },
        );
    }
    let core_busy_ns: Vec<Nanos> = view.core_busy_ns().to_vec();
    let core_utilization_percent = core_busy_ns
        .iter()
        .map(|&busy| if makespan_ns == 0 { 0.0 } else { (busy as f64 * 1000.0 / makespan_ns as f64).round() / 10.0 })
        .collect();
    let loops = model
        .loops
        .iter()
        .zip(view.loops())
        .map(|(definition, loop_state)| {
            let mean = if loop_state.lag_samples == 0 {
                0
            } else {
                (loop_state.lag_total_ns / u128::from(loop_state.lag_samples)) as Nanos
            };
            (definition.name.clone(), LoopMetrics { lag_max_ns: loop_state.lag_max_ns, lag_mean_ns: mean })
        })
        .collect();
    let left_running = model
        .tasks
        .iter()
        .zip(view.tasks())
        .filter(|(definition, task)| definition.daemon && matches!(task.phase, TaskPhase::Live | TaskPhase::Blocked(_)))
        .map(|(definition, _)| definition.name.clone())
        .collect();
    Report {
        scenario: model.name.clone(),
        policy: label.policy.clone(),
        seed: label.seed,
        status: outcome.status,
        shared: view.shared_state(),
        tasks,
        metrics: Metrics {
            makespan_ns,
            context_switches: counters.context_switches,
            gil_switches: counters.gil_switches,
            gil_drop_requests: counters.gil_drop_requests,
            core_busy_ns,
            core_utilization_percent,
            steps: view.steps(),
            loops,
            network_ns: counters.network_ns,
            machines: machine_metrics(view, makespan_ns),
            pool_shutdown_end_ns: counters.pool_shutdown_end_ns,
        },
        failures: view.failure_records().iter().map(|record| record.describe(model)).collect(),
        deadlock: (outcome.status == Status::Deadlock).then(|| deadlock_report(view)),
        loop_culprits: loop_culprits(view),
        left_running,
        critical_path: critical_path(view),
        races: view.race_detector().map(|detector| detector.races(model)).unwrap_or_default(),
        races_checked: view.race_detector().is_some(),
        schedule: label.schedule.clone(),
        trace_digest: format!("{:016x}", outcome.trace_digest),
    }
}

fn loop_culprits(view: &RunView<'_>) -> IndexMap<String, LoopCulprit> {
    let model = view.model();
    let mut culprits = IndexMap::new();
    for (definition, loop_state) in model.loops.iter().zip(view.loops()) {
        let Some(hold) = loop_state.longest_hold else { continue };
        let task = &model.tasks[hold.task.index()];
        let culprit = LoopCulprit {
            task: task.name.clone(),
            step: crate::trace::describe_instr(model, hold.task, hold.pc),
            line: task.lines.get(hold.pc as usize).copied(),
            held_ns: hold.held_ns,
            why: hold.why.as_str(),
        };
        culprits.insert(definition.name.clone(), culprit);
    }
    culprits
}

/// When the run ended: the last task's finish, the present, and never before any recorded event.
fn makespan(view: &RunView<'_>) -> Nanos {
    let counters = view.counters();
    counters.makespan_ns.max(view.now_ns()).max(counters.latest_event_ns)
}

/// A task still blocked at the end has been blocked since it blocked.
fn blocked_ns(task: &crate::engine::state::TaskState, makespan_ns: Nanos) -> Nanos {
    match task.phase {
        TaskPhase::Blocked(_) => task.blocked_ns + makespan_ns.saturating_sub(task.blocked_since_ns),
        _ => task.blocked_ns,
    }
}

fn machine_metrics(view: &RunView<'_>, makespan_ns: Nanos) -> IndexMap<String, MachineMetrics> {
    let model = view.model();
    if model.machines.len() < 2 {
        return IndexMap::new();
    }
    model
        .machines
        .iter()
        .map(|machine| {
            let cores = machine.first_core as usize..(machine.first_core + machine.cores) as usize;
            let busy_ns: Nanos = view.core_busy_ns()[cores].iter().sum();
            let capacity = makespan_ns as f64 * f64::from(machine.cores);
            let utilization_percent =
                if capacity == 0.0 { 0.0 } else { (busy_ns as f64 * 1000.0 / capacity).round() / 10.0 };
            (machine.name.clone(), MachineMetrics { cores: machine.cores, busy_ns, utilization_percent })
        })
        .collect()
}

fn critical_path(view: &RunView<'_>) -> CriticalPath {
    let model = view.model();
    let finished = |task: TaskId| view.tasks()[task.index()].finished_ns;
    let machine = |task: TaskId| view.machine_of(model.tasks[task.index()].process);
    let last = (0..model.tasks.len())
        .map(TaskId::from_index)
        .filter(|&t| !model.tasks[t.index()].daemon)
        .max_by_key(|&t| (finished(t), std::cmp::Reverse(t)));
    let mut path = Vec::new();
    let mut network_ns = 0;
    let mut at = last;
    while let Some(task) = at {
        path.push(task);
        let before =
            model.tasks[task.index()].after.iter().copied().max_by_key(|&t| (finished(t), std::cmp::Reverse(t)));
        if let Some(before) = before
            && machine(before) != machine(task)
        {
            network_ns += model.network.latency_ns;
        }
        at = before.filter(|b| !path.contains(b));
    }
    path.reverse();
    CriticalPath {
        tasks: path.iter().map(|&t| model.tasks[t.index()].name.clone()).collect(),
        length_ns: last.and_then(finished).unwrap_or(0),
        network_ns,
    }
}

fn deadlock_report(view: &RunView<'_>) -> DeadlockReport {
    let model = view.model();
    let tasks = view.tasks();
    let name = |task: TaskId| model.tasks[task.index()].name.clone();
    let done = |task: &TaskId| matches!(tasks[task.index()].phase, TaskPhase::Finished | TaskPhase::Killed);
    let mut waits = Vec::new();
    let mut next: Vec<Option<TaskId>> = vec![None; model.tasks.len()];
    let loop_holders = blocked_loop_holders(model, tasks);
    for (index, task) in tasks.iter().enumerate() {
        let (waits_for, held_by) = match task.phase {
            TaskPhase::Live if let Some((event_loop, holder)) = held_loop(model, &loop_holders, index) => {
                next[index] = Some(holder);
                (format!("loop {} (its thread is blocked)", model.loops[event_loop.index()].name), Some(holder))
            }
            TaskPhase::Blocked(BlockReason::Lock(lock)) => {
                let holder = view.locks()[lock.index()].holder;
                next[index] = holder;
                (format!("lock {}", model.locks[lock.index()]), holder)
            }
            TaskPhase::Blocked(BlockReason::Get(queue, _)) => {
                (format!("an item on queue {} (empty)", model.queues[queue.index()].name), None)
            }
            TaskPhase::Blocked(BlockReason::Put(queue, _)) => {
                (format!("room on queue {} (full)", model.queues[queue.index()].name), None)
            }
            TaskPhase::Blocked(BlockReason::JoinQueue(queue)) => {
                let unfinished = view.queues()[queue.index()].unfinished;
                (format!("join_queue {} ({unfinished} items not marked done)", model.queues[queue.index()].name), None)
            }
            TaskPhase::Blocked(BlockReason::Join(range)) => {
                let target = range.iter().find(|t| !done(t));
                next[index] = target;
                (format!("join {}", target.map_or_else(String::new, name)), None)
            }
            TaskPhase::Blocked(BlockReason::Barrier(barrier)) => {
                let definition = &model.barriers[barrier.index()];
                let arrived = view.barriers()[barrier.index()].arrived.len();
                (format!("barrier {} ({arrived} of {} arrived)", definition.name, definition.parties), None)
            }
            TaskPhase::Blocked(BlockReason::Semaphore(semaphore)) => {
                (format!("semaphore {} (at 0)", model.sync.semaphores[semaphore as usize].name), None)
            }
            TaskPhase::Blocked(BlockReason::Event(event)) => {
                (format!("event {} (not set)", model.sync.events[event as usize]), None)
            }
            TaskPhase::Blocked(BlockReason::Condition(condition)) => {
                (format!("a notify of condition {}", model.sync.conditions[condition as usize].name), None)
            }
            TaskPhase::Blocked(BlockReason::Future(target)) => {
                next[index] = Some(target);
                (format!("the result of {}", name(target)), None)
            }
            TaskPhase::Blocked(BlockReason::ThreadStart(target)) => {
                next[index] = Some(target);
                (format!("{} to start (`Thread.start()`)", name(target)), None)
            }
            TaskPhase::Blocked(BlockReason::Shutdown(executor)) => {
                let jobs = view.executor_jobs(executor);
                next[index] = jobs.first().copied();
                let names: Vec<String> = jobs.iter().map(|&job| name(job)).collect();
                let executor = model.executor_name(executor);
                (format!("the jobs of executor {executor} to finish ({})", names.join(", ")), None)
            }
            TaskPhase::Blocked(BlockReason::SpinWait | BlockReason::AwaitingSpinWait) => {
                let names: Vec<String> = view
                    .spin_reads(TaskId::from_index(index))
                    .iter()
                    .filter_map(|&object| spun_on(model, object))
                    .collect();
                (format!("a write to {} (its `while` loop spins on it)", names.join(" or ")), None)
            }
            TaskPhase::WaitingForDependencies if !model.tasks[index].daemon => {
                let pending: Vec<String> =
                    model.tasks[index].after.iter().filter(|t| !done(t)).map(|&t| name(t)).collect();
                (format!("after {}", pending.join(", ")), None)
            }
            _ => continue,
        };
        waits.push(Wait { task: name(TaskId::from_index(index)), waits_for, held_by: held_by.map(name) });
    }
    DeadlockReport { waits, cycle: find_cycle(&next).into_iter().map(name).collect() }
}

/// Per event loop, the coroutine its thread is blocked in (a threading primitive used from a coroutine).
fn blocked_loop_holders(model: &Model, tasks: &[TaskState]) -> Vec<Option<TaskId>> {
    let mut holders = vec![None; model.loops.len()];
    for (index, task) in tasks.iter().enumerate() {
        if let (Some(event_loop), TaskPhase::Blocked(reason)) = (model.tasks[index].event_loop, task.phase)
            && reason.holds_the_loop(&model.futures.asyncio)
        {
            holders[event_loop.index()] = Some(TaskId::from_index(index));
        }
    }
    holders
}

/// The loop of coroutine `index` and the other coroutine its thread is blocked in, if any: a ready
/// coroutine of a blocked loop cannot move.
fn held_loop(model: &Model, holders: &[Option<TaskId>], index: usize) -> Option<(LoopId, TaskId)> {
    let event_loop = model.tasks[index].event_loop?;
    let holder = holders[event_loop.index()]?;
    (holder.index() != index).then_some((event_loop, holder))
}

/// The first cycle of a graph where every node has at most one successor.
fn find_cycle(next: &[Option<TaskId>]) -> Vec<TaskId> {
    for start in 0..next.len() {
        let mut seen = vec![false; next.len()];
        let mut at = TaskId::from_index(start);
        let mut path = Vec::new();
        while !seen[at.index()] {
            seen[at.index()] = true;
            path.push(at);
            match next[at.index()] {
                Some(following) => at = following,
                None => break,
            }
        }
        if let Some(position) = path.iter().position(|&t| t == at)
            && next[path[path.len() - 1].index()] == Some(at)
        {
            return path[position..].to_vec();
        }
    }
    Vec::new()
}

/// What a spin-wait reads, in words: a memory location, a lock or semaphore a retry loop failed to take,
/// an event, a queue's length.
fn spun_on(model: &Model, object: crate::access::Object) -> Option<String> {
    use crate::access::Object;
    Some(match object {
        data if data.is_data() => format!("`{}`", crate::races::data_name(model, data)),
        Object::Lock(lock) => format!("lock {}", model.locks[lock.index()]),
        Object::Semaphore(semaphore) => format!("semaphore {}", model.sync.semaphores[semaphore as usize].name),
        Object::Event(event) => format!("event {}", model.sync.events[event as usize]),
        Object::Queue(queue) => format!("queue {}", model.queues[queue.index()].name),
        _ => return None,
    })
}

/// A task's state in words: its phase's, `cancelled` for an instance cancelled before it started, and
/// `raised` for a process an uncaught exception ended (CPython's exitcode 1, its traceback on stderr),
/// which would otherwise read as `finished`.
fn task_state(view: &RunView<'_>, task: TaskId, phase: TaskPhase) -> &'static str {
    if view.cancelled(task) {
        "cancelled"
    } else if view.exited_alone(task) && phase == TaskPhase::Finished {
        "raised"
    } else {
        phase_name(phase)
    }
}

fn phase_name(phase: TaskPhase) -> &'static str {
    match phase {
        TaskPhase::WaitingForDependencies => "waiting",
        TaskPhase::NotSpawned => "not_started",
        TaskPhase::Live => "running",
        TaskPhase::Blocked(_) => "blocked",
        TaskPhase::Finished => "finished",
        TaskPhase::Killed => "killed",
    }
}
