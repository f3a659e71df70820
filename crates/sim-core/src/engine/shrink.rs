//! Shrinking a failing schedule of an exploring policy. A schedule is rewritten as its *switch points*:
//! the steps where the chosen task differs from the non-preemptive default (the task that stepped last
//! if it can go on, else the first runnable task). Dropping switch points one at a time, and keeping a
//! drop whenever the run still fails the same way, leaves a schedule with few preemptions whose every
//! remaining switch is needed for the failure.

use super::{Run, RunConfig, Simulator, stepwise};
use crate::model::TaskId;
use crate::policy::{RandomWalk, TimedRules};
use crate::report::{Outcome, Status};

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
}

#[derive(Clone, Debug)]
pub struct ShrinkResult {
    pub original: GuidedRun,
    pub shrunk: GuidedRun,
    /// Candidate schedules tried.
    pub attempts: u64,
}

/// What "fails the same way" compares: status, where each failure happened, and the final state.
#[derive(Debug, PartialEq, Eq)]
struct Signature {
    status: Status,
    failures: Vec<(Option<TaskId>, Option<u32>, crate::report::Cause)>,
    shared: Vec<i64>,
}

enum Guide<'a> {
    Choices(&'a [u32]),
    Switches(&'a [SwitchPoint]),
}

impl Simulator<'_> {
    fn guided(&mut self, guide: Guide<'_>, max_steps: u64) -> GuidedRun {
        let run_config = RunConfig {
            seed: 0,
            max_steps,
            forced_choices: None,
            record_accesses: false,
            record_timeline: false,
            record_choices: true,
        };
        self.state.reset(self.model, &run_config);
        let mut policy = RandomWalk::default();
        let mut run = Run {
            model: self.model,
            state: &mut self.state,
            policy: &mut policy,
            config: &run_config,
            rules: TimedRules::default(),
            exploring: true,
        };
        stepwise::begin(&mut run);
        let mut switches = Vec::new();
        let mut preemptions = 0u32;
        let mut previous: Option<u32> = None;
        let mut step = 0u64;
        let mut next_choice = 0usize;
        let mut next_switch = 0usize;
        loop {
            let count = stepwise::candidates(&mut run);
            if count == 0 {
                break;
            }
            let enabled = &run.state.candidate_ids;
            let previous_enabled = previous.filter(|p| enabled.contains(p));
            let default = previous_enabled.unwrap_or(enabled[0]);
            let task = match guide {
                Guide::Choices(choices) if count > 1 => {
                    let Some(&choice) = choices.get(next_choice) else {
                        run.state.token_mismatch =
                            Some(format!("the token ends after {next_choice} choices but the run needs more"));
                        break;
                    };
                    next_choice += 1;
                    match enabled.get(choice as usize) {
                        Some(&task) => task,
                        None => {
                            run.state.token_mismatch =
                                Some(format!("a choice picks candidate {choice} of only {count}"));
                            break;
                        }
                    }
                }
                Guide::Choices(_) => enabled[0],
                Guide::Switches(points) => {
                    while next_switch < points.len() && points[next_switch].step < step {
                        next_switch += 1;
                    }
                    match points.get(next_switch) {
                        Some(point) if point.step == step && enabled.contains(&point.task.0) => point.task.0,
                        _ => default,
                    }
                }
            };
            if count > 1 {
                let index = enabled.iter().position(|&t| t == task).expect("chosen among the enabled");
                run.state.choices.push(index as u32);
            }
            if task != default {
                switches.push(SwitchPoint { step, task: TaskId(task) });
            }
            if previous_enabled.is_some_and(|p| p != task) {
                preemptions += 1;
            }
            stepwise::take_step(&mut run, TaskId(task));
            previous = Some(task);
            step += 1;
        }
        let outcome = run.finish();
        GuidedRun { outcome, switches, preemptions, steps: step }
    }

    /// Shrinks the failing schedule given by `choices` (a schedule token's choices). Errors when the
    /// choices do not fit the scenario or the run they name does not fail.
    pub fn shrink(&mut self, choices: &[u32], max_steps: u64) -> Result<ShrinkResult, String> {
        let original = self.guided(Guide::Choices(choices), max_steps);
        if let Some(mismatch) = &original.outcome.token_mismatch {
            return Err(mismatch.clone());
        }
        if !original.outcome.status.is_failure() {
            return Err(format!("the schedule does not fail (status {})", original.outcome.status.as_str()));
        }
        let signature = self.signature(&original.outcome);
        let mut best = original.clone();
        let mut attempts = 0u64;
        let mut index = 0;
        while index < best.switches.len() {
            let mut candidate = best.switches.clone();
            candidate.remove(index);
            attempts += 1;
            let attempt = self.guided(Guide::Switches(&candidate), max_steps);
            let better = attempt.switches.len() < best.switches.len() || attempt.preemptions < best.preemptions;
            if better && self.signature(&attempt.outcome) == signature {
                best = attempt;
                index = 0;
            } else {
                index += 1;
            }
        }
        Ok(ShrinkResult { original, shrunk: best, attempts })
    }

    fn signature(&self, outcome: &Outcome) -> Signature {
        let failures = self.failure_records().iter().map(|f| (f.task, f.pc, f.cause)).collect();
        let mut shared = Vec::new();
        self.shared_values(&mut shared);
        Signature { status: outcome.status, failures, shared }
    }
}
