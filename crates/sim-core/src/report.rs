//! What a run produced, in the shape of the JSON contract (../shared/spec/cli.md).

use indexmap::IndexMap;
use serde::Serialize;

use crate::engine::{BlockReason, Simulator, TaskPhase};
use crate::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Ok,
    AssertionFailed,
    Deadlock,
    Fault,
    StepLimit,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::AssertionFailed => "assertion_failed",
            Status::Deadlock => "deadlock",
            Status::Fault => "fault",
            Status::StepLimit => "step_limit",
        }
    }

    /// A failure in the contract's sense: exit status 1. A step limit is not a found bug.
    pub fn is_failure(self) -> bool {
        matches!(self, Status::AssertionFailed | Status::Deadlock | Status::Fault)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Failure {
    pub kind: String,
    pub task: Option<String>,
    pub step: Option<String>,
    pub line: Option<u32>,
    pub message: String,
    pub at_ns: Nanos,
}

/// Why a run failed, kept compact (no strings) so that failing runs cost nothing extra in a fuzz loop;
/// `FailureRecord::describe` turns it into words when a report asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cause {
    /// An expression overflowed or divided by zero.
    Eval {
        expr: ExprId,
        error: crate::expr::EvalError,
    },
    /// An `assert` step was false.
    Assertion {
        expr: ExprId,
    },
    UnlockNotHeld {
        lock: LockId,
        holder: Option<TaskId>,
    },
    TaskDoneTooOften {
        queue: QueueId,
    },
    SpawnedTwice {
        target: TaskId,
    },
    QueueOverflow {
        queue: QueueId,
    },
    Deadlock {
        blocked: u32,
        unfinished: u32,
    },
    /// An `expect` line was false (`error` when it could not be evaluated).
    Expect {
        index: u32,
        error: Option<crate::expr::EvalError>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FailureRecord {
    pub status: Status,
    pub task: Option<TaskId>,
    pub pc: Option<u32>,
    pub cause: Cause,
    pub at_ns: Nanos,
}

impl FailureRecord {
    pub fn describe(&self, model: &Model) -> Failure {
        let task_name = |t: TaskId| format!("`{}`", model.tasks[t.index()].name);
        let (kind, line, message) = match self.cause {
            Cause::Expect { index, error } => {
                let expectation = &model.expectations[index as usize];
                let message = match error {
                    None => format!("expected `{}`", expectation.expr.text),
                    Some(error) => format!("`{}`: {}", expectation.expr.text, error.message()),
                };
                ("expect".to_string(), Some(expectation.line), message)
            }
            cause => {
                let line = match (self.task, self.pc) {
                    (Some(t), Some(pc)) => model.tasks[t.index()].lines.get(pc as usize).copied(),
                    _ => None,
                };
                let expr_text = |expr: ExprId| {
                    self.task.map_or(String::new(), |t| model.tasks[t.index()].exprs[expr.index()].text.clone())
                };
                let message = match cause {
                    Cause::Eval { expr, error } => format!("{} in `{}`", error.message(), expr_text(expr)),
                    Cause::Assertion { expr } => format!("assertion `{}` is false", expr_text(expr)),
                    Cause::UnlockNotHeld { lock, holder } => {
                        let name = &model.locks[lock.index()];
                        match holder {
                            None => format!("unlock of `{name}`, which nobody holds"),
                            Some(other) => format!("unlock of `{name}`, which {} holds", task_name(other)),
                        }
                    }
                    Cause::TaskDoneTooOften { queue } => {
                        format!(
                            "task_done on `{}` called more times than items were put",
                            model.queues[queue.index()].name
                        )
                    }
                    Cause::SpawnedTwice { target } => format!("{} was spawned twice", task_name(target)),
                    Cause::QueueOverflow { queue } => format!(
                        "queue `{}` holds more than {} items",
                        model.queues[queue.index()].name,
                        crate::limits::MAX_QUEUE_ITEMS
                    ),
                    Cause::Deadlock { blocked, unfinished } => {
                        format!("no task can move: {blocked} blocked, {unfinished} unfinished")
                    }
                    Cause::Expect { .. } => unreachable!("handled above"),
                };
                (self.status.as_str().to_string(), line, message)
            }
        };
        Failure {
            kind,
            task: self.task.map(|t| model.tasks[t.index()].name.clone()),
            step: match (self.task, self.pc) {
                (Some(t), Some(pc)) => Some(crate::trace::describe_instr(model, t, pc)),
                _ => None,
            },
            line,
            message,
            at_ns: self.at_ns,
        }
    }
}

/// The small result of a run; the full report is built on request from the simulator's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub status: Status,
    /// Set when forced choices (a replayed token) did not fit this scenario.
    pub token_mismatch: Option<String>,
    /// Empty unless `RunConfig::record_choices`.
    pub choices: Vec<u32>,
    pub trace_digest: u64,
}

pub type SharedState = IndexMap<String, IndexMap<String, i64>>;

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub scenario: String,
    pub policy: String,
    pub seed: u64,
    pub status: Status,
    pub shared: SharedState,
    pub tasks: IndexMap<String, TaskReport>,
    pub metrics: Metrics,
    pub failures: Vec<Failure>,
    pub deadlock: Option<DeadlockReport>,
    pub left_running: Vec<String>,
    pub critical_path: CriticalPath,
    /// Unordered conflicting accesses to shared variables (when the run recorded its accesses).
    pub races: Vec<crate::races::Race>,
    /// Whether `races` was checked: the run recorded its accesses and has at most
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

impl Simulator<'_> {
    /// The failures of the last run, in words.
    pub fn failures(&self) -> Vec<Failure> {
        self.state.failures.iter().map(|record| record.describe(self.model)).collect()
    }

    /// The failures of the last run, as compact records.
    pub fn failure_records(&self) -> &[FailureRecord] {
        &self.state.failures
    }

    /// Final shared variables of every process, flattened in model order (cheap to compare).
    pub fn shared_values(&self, out: &mut Vec<i64>) {
        out.clear();
        for process in &self.state.processes {
            out.extend_from_slice(&process.shared);
        }
    }

    /// Final shared variables, by process.
    pub fn shared_state(&self) -> SharedState {
        let model = self.model;
        model
            .processes
            .iter()
            .zip(&self.state.processes)
            .filter(|(definition, _)| !definition.shared.is_empty() || definition.name == "main")
            .map(|(definition, state)| {
                let values =
                    definition.shared.iter().zip(&state.shared).map(|(v, &value)| (v.name.clone(), value)).collect();
                (definition.name.clone(), values)
            })
            .collect()
    }

    pub fn report(&self, outcome: &Outcome, label: &RunLabel) -> Report {
        let model = self.model;
        let state = &self.state;
        let mut tasks = IndexMap::new();
        for (index, definition) in model.tasks.iter().enumerate() {
            let task = &state.tasks[index];
            let thread = task.thread.map(|t| &state.threads[t as usize]);
            tasks.insert(
                definition.name.clone(),
                TaskReport {
                    kind: definition.kind.as_str(),
                    state: phase_name(task.phase),
                    started_ns: task.started_ns,
                    finished_ns: task.finished_ns,
                    steps: task.steps,
                    blocked_ns: task.blocked_ns,
                    gil_wait_ns: thread.map_or(0, |t| t.gil_wait_ns),
                    ready_wait_ns: thread.map_or(0, |t| t.ready_wait_ns),
                },
            );
        }
        let makespan_ns = state.metrics.makespan_ns.max(state.now_ns.min(state.metrics.makespan_ns.max(state.now_ns)));
        let core_busy_ns: Vec<Nanos> = state.cores.iter().map(|c| c.busy_ns).collect();
        let core_utilization_percent = core_busy_ns
            .iter()
            .map(
                |&busy| {
                    if makespan_ns == 0 { 0.0 } else { (busy as f64 * 1000.0 / makespan_ns as f64).round() / 10.0 }
                },
            )
            .collect();
        let loops = model
            .loops
            .iter()
            .zip(&state.loops)
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
            .zip(&state.tasks)
            .filter(|(definition, task)| {
                definition.daemon && matches!(task.phase, TaskPhase::Live | TaskPhase::Blocked(_))
            })
            .map(|(definition, _)| definition.name.clone())
            .collect();
        Report {
            scenario: model.name.clone(),
            policy: label.policy.clone(),
            seed: label.seed,
            status: outcome.status,
            shared: self.shared_state(),
            tasks,
            metrics: Metrics {
                makespan_ns,
                context_switches: state.metrics.context_switches,
                gil_switches: state.metrics.gil_switches,
                gil_drop_requests: state.metrics.gil_drop_requests,
                core_busy_ns,
                core_utilization_percent,
                steps: state.steps,
                loops,
                network_ns: state.metrics.network_ns,
                machines: self.machine_metrics(makespan_ns),
            },
            failures: self.failures(),
            deadlock: (outcome.status == Status::Deadlock).then(|| self.deadlock_report()),
            left_running,
            critical_path: self.critical_path(),
            races: if self.races_checkable() { crate::races::find_races(model, &state.accesses) } else { Vec::new() },
            races_checked: self.races_checkable(),
            schedule: label.schedule.clone(),
            trace_digest: format!("{:016x}", outcome.trace_digest),
        }
    }

    fn races_checkable(&self) -> bool {
        self.state.record_accesses && self.model.tasks.len() <= crate::limits::MAX_RACE_CHECK_TASKS
    }

    fn machine_metrics(&self, makespan_ns: Nanos) -> IndexMap<String, MachineMetrics> {
        let model = self.model;
        if model.machines.len() < 2 {
            return IndexMap::new();
        }
        model
            .machines
            .iter()
            .map(|machine| {
                let cores = machine.first_core as usize..(machine.first_core + machine.cores) as usize;
                let busy_ns: Nanos = self.state.cores[cores].iter().map(|c| c.busy_ns).sum();
                let capacity = makespan_ns as f64 * f64::from(machine.cores);
                let utilization_percent =
                    if capacity == 0.0 { 0.0 } else { (busy_ns as f64 * 1000.0 / capacity).round() / 10.0 };
                (machine.name.clone(), MachineMetrics { cores: machine.cores, busy_ns, utilization_percent })
            })
            .collect()
    }

    fn critical_path(&self) -> CriticalPath {
        let model = self.model;
        let state = &self.state;
        let finished = |task: TaskId| state.tasks[task.index()].finished_ns;
        let machine = |task: TaskId| state.process_machine[model.tasks[task.index()].process.index()].unwrap_or(0);
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

    fn deadlock_report(&self) -> DeadlockReport {
        let model = self.model;
        let state = &self.state;
        let name = |task: TaskId| model.tasks[task.index()].name.clone();
        let mut waits = Vec::new();
        let mut next: Vec<Option<TaskId>> = vec![None; model.tasks.len()];
        for (index, task) in state.tasks.iter().enumerate() {
            let (waits_for, held_by) = match task.phase {
                TaskPhase::Blocked(BlockReason::Lock(lock)) => {
                    let holder = state.locks[lock.index()].holder;
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
                    let unfinished = state.queues[queue.index()].unfinished;
                    (
                        format!("join_queue {} ({unfinished} items not marked done)", model.queues[queue.index()].name),
                        None,
                    )
                }
                TaskPhase::Blocked(BlockReason::Join(range)) => {
                    let target = range
                        .iter()
                        .find(|t| !matches!(state.tasks[t.index()].phase, TaskPhase::Finished | TaskPhase::Killed));
                    next[index] = target;
                    (format!("join {}", target.map_or_else(String::new, name)), None)
                }
                TaskPhase::Blocked(BlockReason::Barrier(barrier)) => {
                    let definition = &model.barriers[barrier.index()];
                    let arrived = state.barriers[barrier.index()].arrived.len();
                    (format!("barrier {} ({arrived} of {} arrived)", definition.name, definition.parties), None)
                }
                TaskPhase::WaitingForDependencies if !model.tasks[index].daemon => {
                    let pending: Vec<String> = model.tasks[index]
                        .after
                        .iter()
                        .filter(|t| !matches!(state.tasks[t.index()].phase, TaskPhase::Finished | TaskPhase::Killed))
                        .map(|&t| name(t))
                        .collect();
                    (format!("after {}", pending.join(", ")), None)
                }
                _ => continue,
            };
            waits.push(Wait { task: name(TaskId::from_index(index)), waits_for, held_by: held_by.map(name) });
        }
        DeadlockReport { waits, cycle: find_cycle(&next).into_iter().map(name).collect() }
    }
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

/// Turns flattened shared values (see [`Simulator::shared_values`]) back into the report's shape.
pub fn shared_state_from_values(model: &Model, values: &[i64]) -> SharedState {
    let mut at = 0;
    let mut state = SharedState::new();
    for definition in &model.processes {
        let count = definition.shared.len();
        if count > 0 || definition.name == "main" {
            let named = definition
                .shared
                .iter()
                .zip(&values[at..at + count])
                .map(|(v, &value)| (v.name.clone(), value))
                .collect();
            state.insert(definition.name.clone(), named);
        }
        at += count;
    }
    state
}
