//! A scheduling policy of one's own: shortest work first. Whenever a core frees up (or a GIL is to be
//! handed over), it picks the ready task whose next timed step is the shortest, and lets it run to the
//! end of that step (no time slice).

use sim_core::policy::{Decision, Mode, Policy, RunStart, TimedRules};

#[derive(Debug, Default)]
pub struct ShortestWorkFirst;

impl Policy for ShortestWorkFirst {
    fn name(&self) -> &str {
        "shortest-work-first"
    }

    fn mode(&self) -> Mode {
        // Timed: virtual time decides when decisions happen; this policy only decides who goes.
        Mode::Timed(TimedRules { time_slice: false, preempt_for_priority: false })
    }

    fn start_run(&mut self, _: &RunStart) {}

    fn choose(&mut self, decision: &Decision<'_>) -> usize {
        // Ties go to the candidate that has waited longest, then to the first.
        (0..decision.candidates.len())
            .min_by_key(|&i| (decision.candidates[i].next_work_ns, decision.candidates[i].waiting_since_ns, i))
            .unwrap_or(0)
    }
}
