//! The runtime: state held in arenas with typed indices, the semantics of every step, and two drivers
//! that decide the order of steps: `timed` (virtual time on cores, GIL, event loops) and `stepwise`
//! (an exploring policy picks who steps next). A [`Simulator`] is built once per scenario and reused for
//! every seed: `run` resets its state instead of reallocating (loom's `Execution::step` does the same).

mod explore;
mod placement;
mod shrink;
mod state;
mod steps;
mod stepwise;
mod timed;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

pub use explore::{ExploreConfig, ExploreResult, ExploredOutcome};
pub use shrink::{GuidedRun, ShrinkResult, SwitchPoint};
use state::*;
pub use state::{BlockReason, TaskPhase};

use crate::digest::Fnv1a;
use crate::limits;
use crate::model::*;
use crate::policy::{Candidate, Decision, DecisionKind, Mode, Policy, RunStart, TimedRules};
use crate::report::{Cause, FailureRecord, Outcome, Status};
use crate::trace::{Trace, TraceEvent, TraceKind};

/// Settings of one run that are not part of the scenario.
#[derive(Clone, Debug)]
pub struct RunConfig {
    pub seed: u64,
    pub max_steps: u64,
    /// Choices to follow instead of asking the policy (a replayed schedule token).
    pub forced_choices: Option<Vec<u32>>,
    /// Record per-step access footprints (used by exploration).
    pub record_accesses: bool,
    /// Record core, GIL and loop segments for pictures (timed policies).
    pub record_timeline: bool,
    /// Keep the choices for a schedule token (`Outcome::choices`). Fuzzing turns this off and runs an
    /// outcome's first seed again when it needs its token, so the hot loop never allocates.
    pub record_choices: bool,
}

impl Default for RunConfig {
    fn default() -> Self {
        RunConfig {
            seed: 0,
            max_steps: limits::DEFAULT_MAX_STEPS,
            forced_choices: None,
            record_accesses: false,
            record_timeline: false,
            record_choices: true,
        }
    }
}

/// A simulator for one scenario. Cheap to run many times.
#[derive(Debug)]
pub struct Simulator<'m> {
    pub(crate) model: &'m Model,
    pub(crate) state: State,
}

impl<'m> Simulator<'m> {
    pub fn new(model: &'m Model) -> Self {
        let state = State::new(model);
        Simulator { model, state }
    }

    pub fn model(&self) -> &'m Model {
        self.model
    }

    /// Runs the scenario once under `policy`. Everything the run leaves behind is in the returned outcome
    /// and in [`Simulator::trace`].
    pub fn run(&mut self, policy: &mut dyn Policy, config: &RunConfig) -> Outcome {
        self.state.reset(self.model, config);
        let start = RunStart {
            seed: config.seed,
            tasks: self.model.tasks.len(),
            estimated_steps: self.state.estimated_steps,
            pct_depth: self.model.scheduler.pct_depth,
        };
        policy.start_run(&start);
        let mode = policy.mode();
        let rules = match mode {
            Mode::Timed(rules) => rules,
            Mode::Exploring => TimedRules::default(),
        };
        let mut run = Run {
            model: self.model,
            state: &mut self.state,
            policy,
            config,
            rules,
            exploring: mode == Mode::Exploring,
        };
        if run.exploring {
            stepwise::drive(&mut run);
        } else {
            timed::drive(&mut run);
        }
        run.finish()
    }

    pub fn trace(&self) -> &Trace {
        &self.state.trace
    }

    /// Segments of the last run, when `record_timeline` was set.
    pub fn timeline(&self) -> &crate::timeline::Timeline {
        &self.state.timeline
    }

    /// Per-step footprints of the last run, when `record_accesses` was set, and whether the log
    /// reached its limit (`limits::MAX_ACCESSES`) before the run ended.
    pub fn accesses(&self) -> (&[Access], bool) {
        (&self.state.accesses, self.state.accesses_truncated)
    }
}

/// What one step touched, for partial-order reduction and the data-race report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Access {
    pub task: TaskId,
    /// The step (instruction index) of `task`.
    pub pc: u32,
    pub object: Object,
    pub write: bool,
}

/// A piece of shared state a step touches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Object {
    None,
    Shared(ProcessId, VarId),
    Lock(LockId),
    Queue(QueueId),
    Barrier(BarrierId),
    Task(TaskId),
    /// Not state: the accessing task goes on because this task handed it something (a lock, an item,
    /// a finished dependency, a start). Only happens-before analysis reads it.
    WokenBy(TaskId),
}

/// One run in progress: the borrowed pieces the drivers work with.
pub(crate) struct Run<'a, 'm> {
    pub model: &'m Model,
    pub state: &'a mut State,
    pub policy: &'a mut dyn Policy,
    pub config: &'a RunConfig,
    pub rules: TimedRules,
    pub exploring: bool,
}

impl Run<'_, '_> {
    /// Asks the policy (or the forced choices) to pick among `candidates`; records the choice.
    pub fn choose(&mut self, kind: DecisionKind, candidates_len: usize) -> Option<usize> {
        assert!(candidates_len > 0);
        if candidates_len == 1 {
            return Some(0);
        }
        let choice = if let Some(forced) = &self.config.forced_choices {
            let at = self.state.choice_count;
            let Some(&choice) = forced.get(at) else {
                self.state.token_mismatch = Some(format!("the token ends after {at} choices but the run needs more"));
                return None;
            };
            if choice as usize >= candidates_len {
                self.state.token_mismatch =
                    Some(format!("choice {at} of the token picks candidate {choice} of only {candidates_len}"));
                return None;
            }
            choice as usize
        } else {
            let decision = Decision {
                kind,
                now_ns: self.state.now_ns,
                steps: self.state.steps,
                candidates: &self.state.candidates[..candidates_len],
            };
            let choice = self.policy.choose(&decision);
            assert!(choice < candidates_len, "policy `{}` chose {choice} of {candidates_len}", self.policy.name());
            choice
        };
        self.state.choice_count += 1;
        if self.config.record_choices {
            self.state.choices.push(choice as u32);
        }
        Some(choice)
    }

    pub fn candidate_for_task(&self, task: TaskId, waiting_since_ns: Nanos) -> Candidate {
        let definition = &self.model.tasks[task.index()];
        let pc = self.state.tasks[task.index()].pc as usize;
        let next_work_ns = match definition.program.get(pc) {
            Some(Instr::Cpu(d) | Instr::Native(d) | Instr::Io(d) | Instr::Await(d)) => *d,
            _ => 0,
        };
        Candidate { task, priority: definition.priority, waiting_since_ns, next_work_ns }
    }

    /// Ends the run with `status` unless it already ended.
    pub fn end(&mut self, status: Status) {
        if self.state.status.is_none() {
            self.state.status = Some(status);
        }
    }

    pub fn ended(&self) -> bool {
        self.state.status.is_some()
    }

    pub fn fail(&mut self, status: Status, task: Option<TaskId>, pc: Option<u32>, cause: Cause) {
        if self.ended() {
            return;
        }
        self.state.failures.push(FailureRecord { status, task, pc, cause, at_ns: self.state.now_ns });
        self.end(status);
    }

    /// Counts a step; ends the run at the step limit. Returns false when the step must not be taken.
    pub fn count_step(&mut self) -> bool {
        if self.state.steps >= self.config.max_steps {
            self.end(Status::StepLimit);
            return false;
        }
        self.state.steps += 1;
        true
    }

    #[inline]
    pub fn record(&mut self, task: TaskId, pc: u32, kind: TraceKind, value: i64) {
        let event = TraceEvent { at_ns: self.state.now_ns, task, pc, kind, value };
        self.state.digest.write_u64(event.at_ns);
        self.state.digest.write_u64(u64::from(task.0) << 32 | u64::from(pc));
        self.state.digest.write_u64(kind as u64);
        self.state.digest.write_u64(value as u64);
        self.state.trace.push(event);
    }

    pub fn jitter(&mut self, duration: Nanos) -> Nanos {
        let percent = u64::from(self.model.scheduler.jitter_percent);
        if percent == 0 || duration == 0 {
            return duration;
        }
        use rand::Rng;
        let most = (u128::from(duration) * u128::from(percent) / 100).min(u128::from(limits::MAX_DURATION_NS)) as u64;
        duration.saturating_add(self.state.rng.random_range(0..=most))
    }

    fn finish(self) -> Outcome {
        let state = self.state;
        if state.status.is_none() {
            state.status = Some(Status::Ok);
        }
        if state.status == Some(Status::Ok) {
            check_expectations(self.model, state);
        }
        let status = state.status.unwrap_or(Status::Ok);
        Outcome {
            status,
            token_mismatch: state.token_mismatch.take(),
            choices: if self.config.record_choices { std::mem::take(&mut state.choices) } else { Vec::new() },
            trace_digest: state.digest.finish(),
        }
    }
}

fn check_expectations(model: &Model, state: &mut State) {
    let mut stack = std::mem::take(&mut state.operand_stack);
    for (index, expectation) in model.expectations.iter().enumerate() {
        let error = match crate::expr::evaluate(&expectation.expr, &FinalState { state }, &mut stack) {
            Ok(0) => None,
            Ok(_) => continue,
            Err(error) => Some(error),
        };
        let cause = Cause::Expect { index: index as u32, error };
        state.failures.push(FailureRecord {
            status: Status::AssertionFailed,
            task: None,
            pc: None,
            cause,
            at_ns: state.now_ns,
        });
        state.status = Some(Status::AssertionFailed);
    }
    state.operand_stack = stack;
}

struct FinalState<'a> {
    state: &'a State,
}

impl crate::expr::Operands for FinalState<'_> {
    fn local(&self, _: LocalId) -> i64 {
        0
    }
    fn shared(&self, process: ProcessId, var: VarId) -> i64 {
        self.state.processes[process.index()].shared[var.index()]
    }
    fn queue_len(&self, queue: QueueId) -> i64 {
        self.state.queues[queue.index()].items.len() as i64
    }
}

pub(crate) fn new_rng(seed: u64, stream: u64) -> ChaCha8Rng {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(stream);
    rng
}

pub(crate) fn fnv() -> Fnv1a {
    Fnv1a::default()
}
