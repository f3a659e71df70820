use super::decision::{Decision, DecisionKind, Mode, Policy, RunStart, TimedRules};

/// Highest `priority` first, preemptive; equal priorities share by round-robin.
#[derive(Clone, Copy, Debug, Default)]
pub struct Priority;

impl Policy for Priority {
    fn name(&self) -> &str {
        "priority"
    }
    fn mode(&self) -> Mode {
        Mode::Timed(TimedRules { time_slice: true, preempt_for_priority: true })
    }
    fn start_run(&mut self, _: &RunStart) {}
    fn choose(&mut self, decision: &Decision<'_>) -> usize {
        if decision.kind == DecisionKind::Value {
            return decision.drawn;
        }
        let mut best = 0;
        for (index, candidate) in decision.candidates.iter().enumerate() {
            let current = &decision.candidates[best];
            let higher = candidate.priority > current.priority;
            let older = candidate.priority == current.priority && candidate.waiting_since_ns < current.waiting_since_ns;
            if higher || older {
                best = index;
            }
        }
        best
    }
}
