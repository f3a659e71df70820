//! Shrinking a failing schedule of an exploring policy. A schedule is rewritten as its *switch points*:
//! the steps where the chosen task differs from the non-preemptive default (the task that stepped last
//! if it can go on, else the first runnable task). Dropping switch points one at a time, and keeping a
//! drop whenever the run still fails the same way, leaves a schedule with few preemptions whose every
//! remaining switch is needed for the failure. The values a run chose (`DecisionKind::Value`) are not
//! switch points: every candidate replays the original's values, in the order they were chosen, so a
//! shrunk schedule differs from the original in the order of steps alone.

use super::replay::TokenChoices;
use crate::engine::config::RunConfig;
use crate::engine::scheduler::{Scheduler, Stop};
use crate::engine::simulator::Simulator;
use crate::model::TaskId;
use crate::outcome::{Cause, Outcome, Status};
use crate::policy::{Decision, DecisionKind, Mode};
use crate::timeouts::Timeouts;

/// One switch: at step `step`, run `task` instead of the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SwitchPoint {
    pub step: u64,
    pub task: TaskId,
}

#[derive(Clone, Debug)]
pub struct GuidedRun {
    pub outcome: Outcome,
    pub switches: Vec<SwitchPoint>,
    /// Switches away from a task that could have gone on.
    pub preemptions: u32,
    pub steps: u64,
    /// The index of every value chosen, in order.
    pub values: Vec<u32>,
}

#[derive(Clone, Debug)]
pub struct ShrinkResult {
    pub original: GuidedRun,
    pub shrunk: GuidedRun,
    /// Candidate schedules tried.
    pub attempts: u64,
    /// The caller stopped the search before it was done: `shrunk` is the best found so far.
    pub stopped: bool,
}

/// What a shrunk schedule must keep of the original's failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SameWay {
    /// The same first failure: the same `assert` or `expect` line (for a deadlock or a fault, the same
    /// cause at the same line); the final state may differ.
    Failure,
    /// Every failure at the same step of the same task, and the same final shared state.
    State,
}

/// How to shrink: the runs' limits and time-out rule (a token's, so that its choices mean the same), and
/// what the shrunk schedule must keep.
#[derive(Clone, Copy, Debug)]
pub struct ShrinkConfig {
    pub max_steps: u64,
    /// The token's `--timeouts`: under `any` a give-up is a choice at every step, and the choices of such
    /// a token only fit runs that offer it.
    pub timeouts: Timeouts,
    pub same: SameWay,
}

/// What "fails the same way" compares: status, failures (where each happened, or for
/// [`SameWay::Failure`] the first one's line) and, for [`SameWay::State`], the final state.
#[derive(Debug, PartialEq, Eq)]
struct Signature {
    status: Status,
    failures: Vec<(Option<TaskId>, Option<u32>, Cause)>,
    shared: Vec<i64>,
}

/// What a guided run follows: a token's choices (the original schedule), or switch points (a candidate
/// with some dropped), taking the non-preemptive default everywhere else, and the original's values.
enum Guide<'g> {
    Choices(TokenChoices<'g>),
    Switches(&'g [SwitchPoint], &'g [u32]),
}

/// The shrinking scheduler: follows its guide and writes down the schedule as switch points.
struct Guided<'g> {
    guide: Guide<'g>,
    next_switch: usize,
    previous: Option<u32>,
    step: u64,
    switches: Vec<SwitchPoint>,
    preemptions: u32,
    values: Vec<u32>,
}

impl<'g> Guided<'g> {
    fn new(guide: Guide<'g>) -> Self {
        Guided {
            guide,
            next_switch: 0,
            previous: None,
            step: 0,
            switches: Vec::new(),
            preemptions: 0,
            values: Vec::new(),
        }
    }

    /// A value decision: the token's, or the original's value of the same rank (the first value when
    /// the original chose fewer, or among fewer).
    fn pick_value(&mut self, decision: &Decision<'_>) -> Result<usize, Stop> {
        let count = decision.candidates.len();
        let index = match &mut self.guide {
            Guide::Choices(choices) => choices.take(decision.kind, count)?,
            Guide::Switches(_, values) => {
                values.get(self.values.len()).map_or(0, |&value| value as usize).min(count - 1)
            }
        };
        self.values.push(index as u32);
        Ok(index)
    }

    fn pick(&mut self, decision: &Decision<'_>, default: u32) -> Result<u32, Stop> {
        let candidates = decision.candidates;
        match &mut self.guide {
            Guide::Choices(choices) if candidates.len() > 1 => {
                Ok(candidates[choices.take(decision.kind, candidates.len())?].task.0)
            }
            Guide::Choices(_) => Ok(candidates[0].task.0),
            Guide::Switches(points, _) => {
                while self.next_switch < points.len() && points[self.next_switch].step < self.step {
                    self.next_switch += 1;
                }
                let enabled = |task: TaskId| candidates.iter().any(|c| c.task == task);
                Ok(match points.get(self.next_switch) {
                    Some(point) if point.step == self.step && enabled(point.task) => point.task.0,
                    _ => default,
                })
            }
        }
    }
}

impl Scheduler for Guided<'_> {
    fn mode(&self) -> Mode {
        Mode::Exploring
    }

    /// Counts every step, single candidates included.
    fn sees_every_step(&self) -> bool {
        true
    }

    fn choose(&mut self, decision: &Decision<'_>) -> Result<usize, Stop> {
        if decision.kind == DecisionKind::Value {
            return self.pick_value(decision);
        }
        let position = |task: u32| decision.candidates.iter().position(|c| c.task.0 == task);
        let previous_enabled = self.previous.filter(|&p| position(p).is_some());
        let default = previous_enabled.unwrap_or(decision.candidates[0].task.0);
        let task = self.pick(decision, default)?;
        if task != default {
            self.switches.push(SwitchPoint { step: self.step, task: TaskId(task) });
        }
        if previous_enabled.is_some_and(|p| p != task) {
            self.preemptions += 1;
        }
        self.previous = Some(task);
        self.step += 1;
        Ok(position(task).expect("chosen among the enabled"))
    }
}

impl Simulator<'_> {
    fn guided(&mut self, guide: Guide<'_>, config: &ShrinkConfig) -> GuidedRun {
        let run_config = RunConfig { max_steps: config.max_steps, timeouts: config.timeouts, ..RunConfig::default() };
        let mut guided = Guided::new(guide);
        let outcome = self.run_with(&mut guided, &run_config);
        GuidedRun {
            outcome,
            switches: guided.switches,
            preemptions: guided.preemptions,
            steps: guided.step,
            values: guided.values,
        }
    }

    /// Shrinks the failing schedule given by `choices` (a schedule token's choices, of a run with the
    /// default time-out rule), keeping every failure and the final state ([`SameWay::State`]). Errors when
    /// the choices do not fit the scenario or the run they name does not fail.
    pub fn shrink(&mut self, choices: &[u32], max_steps: u64) -> Result<ShrinkResult, String> {
        let config = ShrinkConfig { max_steps, timeouts: Timeouts::default(), same: SameWay::State };
        self.shrink_watched(choices, &config, &mut || true)
    }

    /// As [`Simulator::shrink`] with `config`, asking `keep_going` before each attempt: when it says no,
    /// the best schedule so far is the result (`stopped`), so a caller can end a long search on a signal.
    pub fn shrink_watched(
        &mut self,
        choices: &[u32],
        config: &ShrinkConfig,
        keep_going: &mut dyn FnMut() -> bool,
    ) -> Result<ShrinkResult, String> {
        let original = self.guided(Guide::Choices(TokenChoices::new(choices)), config);
        if let Some(mismatch) = &original.outcome.token_mismatch {
            return Err(mismatch.clone());
        }
        if !original.outcome.status.is_failure() {
            return Err(format!("the schedule does not fail (status {})", original.outcome.status.as_str()));
        }
        let signature = self.signature(&original.outcome, config.same);
        let mut best = original.clone();
        let mut attempts = 0u64;
        let mut index = 0;
        let mut stopped = false;
        while index < best.switches.len() {
            if !keep_going() {
                stopped = true;
                break;
            }
            let mut candidate = best.switches.clone();
            candidate.remove(index);
            attempts += 1;
            let attempt = self.guided(Guide::Switches(&candidate, &original.values), config);
            let better = attempt.switches.len() < best.switches.len() || attempt.preemptions < best.preemptions;
            if better && self.signature(&attempt.outcome, config.same) == signature {
                best = attempt;
                index = 0;
            } else {
                index += 1;
            }
        }
        Ok(ShrinkResult { original, shrunk: best, attempts, stopped })
    }

    fn signature(&self, outcome: &Outcome, same: SameWay) -> Signature {
        let view = self.view();
        if same == SameWay::Failure {
            // Copies of a task (`count: N`) share their lines: the line, not the task, names the failure.
            let line_of = |task: TaskId, pc: u32| self.model().tasks[task.index()].lines.get(pc as usize).copied();
            let first = view
                .failure_records()
                .first()
                .map(|f| (None, f.task.zip(f.pc).and_then(|(t, pc)| line_of(t, pc)), f.cause));
            return Signature { status: outcome.status, failures: first.into_iter().collect(), shared: Vec::new() };
        }
        let failures = view.failure_records().iter().map(|f| (f.task, f.pc, f.cause)).collect();
        let mut shared = Vec::new();
        view.shared_values(&mut shared);
        Signature { status: outcome.status, failures, shared }
    }
}
