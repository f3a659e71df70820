//! A [`Simulator`] is built once per scenario and reused for every run: `run_with` resets its state
//! instead of reallocating (loom's `Execution::step` does the same), then lets the driver the
//! scheduler's mode names order the steps.

use std::marker::PhantomData;

use super::config::RunConfig;
use super::driver::Driver;
use super::run::Run;
use super::scheduler::Scheduler;
use super::state::State;
use super::stepwise::Stepwise;
use super::timed::Timed;
use super::view::RunView;
use crate::access::Access;
use crate::model::*;
use crate::outcome::{Failure, FailureRecord, Outcome, SharedState};
use crate::policy::{Mode, Policy, RunStart, TimedRules};
use crate::report::{Report, RunLabel};
use crate::schedulers::policy::FollowPolicy;
use crate::schedulers::replay::Replay;
use crate::timeline::Timeline;
use crate::trace::Trace;

/// A simulator for one scenario. Cheap to run many times.
#[derive(Debug)]
pub struct Simulator<'m> {
    model: &'m Model,
    state: State,
}

impl<'m> Simulator<'m> {
    pub fn new(model: &'m Model) -> Self {
        let state = State::new(model);
        Simulator { model, state }
    }

    pub fn model(&self) -> &'m Model {
        self.model
    }

    /// Runs the scenario once under `policy`, or, with `config.forced_choices`, replays those choices.
    /// Everything the run leaves behind is in the returned outcome and in [`Simulator::view`].
    pub fn run(&mut self, policy: &mut dyn Policy, config: &RunConfig) -> Outcome {
        match &config.forced_choices {
            Some(choices) => self.run_with(&mut Replay::new(policy, choices), config),
            None => self.run_with(&mut FollowPolicy::new(policy), config),
        }
    }

    /// Runs the scenario once, consulting `scheduler` at every choice.
    pub fn run_with(&mut self, scheduler: &mut dyn Scheduler, config: &RunConfig) -> Outcome {
        self.state.reset(self.model, config);
        let start = RunStart {
            seed: config.seed,
            tasks: self.model.tasks.len(),
            estimated_steps: self.state.scratch.estimated_steps,
            pct_depth: self.model.scheduler.pct_depth,
        };
        scheduler.start_run(&start);
        match scheduler.mode() {
            Mode::Timed(rules) => {
                self.state.timed.touched = true;
                self.drive::<Timed>(scheduler, config, rules)
            }
            Mode::Exploring => self.drive::<Stepwise>(scheduler, config, TimedRules::default()),
        }
    }

    fn drive<D: Driver>(&mut self, scheduler: &mut dyn Scheduler, config: &RunConfig, rules: TimedRules) -> Outcome {
        let sees_every_step = scheduler.sees_every_step();
        let takes_longest_waiting_core = scheduler.takes_longest_waiting_core() && !sees_every_step;
        let uses_part_two = self.model.futures.in_use();
        // A `try` may catch a fault of a hot step: its steps go through `execute_any`, which sees that.
        // A model that reads `locked(L)` marks a lock taken at the next step of the waiter it was handed
        // to, whatever that step is (engine/lock_handoffs.rs).
        let plain_steps = !uses_part_two
            && !self.state.world.format11.tracks_spins
            && self.model.futures.handlers.is_empty()
            && !self.state.world.format11.handoffs.kept();
        let mut run = Run {
            model: self.model,
            state: &mut self.state,
            scheduler,
            config,
            rules,
            sees_every_step,
            uses_part_two,
            plain_steps,
            takes_longest_waiting_core,
            driver: PhantomData::<D>,
        };
        D::drive(&mut run);
        run.finish()
    }

    /// The last run, read-only.
    pub fn view(&self) -> RunView<'_> {
        RunView::new(self.model, &self.state)
    }

    /// The full report of the last run (built by `report.rs` from the view).
    pub fn report(&self, outcome: &Outcome, label: &RunLabel) -> Report {
        crate::report::build(&self.view(), outcome, label)
    }

    pub fn trace(&self) -> &Trace {
        &self.state.observers.trace
    }

    /// The trace's readable lines (`Trace::lines`), values decoded with the last run's tuples.
    pub fn trace_lines(&self) -> Vec<String> {
        self.state.observers.trace.lines(self.model, &self.state.world.run_values)
    }

    /// Segments of the last run, when `record_timeline` was set.
    pub fn timeline(&self) -> &Timeline {
        &self.state.observers.timeline
    }

    /// Per-step footprints of the last run, when `record_accesses` was set, and whether the log
    /// reached its limit (`limits::MAX_ACCESSES`) before the run ended.
    pub fn accesses(&self) -> (&[Access], bool) {
        self.view().accesses()
    }

    /// The failures of the last run, in words.
    pub fn failures(&self) -> Vec<Failure> {
        self.failure_records().iter().map(|record| record.describe(self.model)).collect()
    }

    /// The failures of the last run, as compact records.
    pub fn failure_records(&self) -> &[FailureRecord] {
        &self.state.progress.failures
    }

    /// Final shared variables of every process, flattened in model order (cheap to compare).
    #[inline]
    pub fn shared_values(&self, out: &mut Vec<i64>) {
        self.view().shared_values(out);
    }

    /// Final shared variables, by process.
    pub fn shared_state(&self) -> SharedState {
        self.view().shared_state()
    }
}
