use super::decision::{Decision, DecisionKind, Mode, Policy, RunStart, TimedRules, longest_waiting};

/// Time slicing: like `fifo`, but a thread that has run for the scenario's `quantum` while others wait for
/// a core goes to the back of the queue.
#[derive(Clone, Copy, Debug, Default)]
pub struct RoundRobin;

impl Policy for RoundRobin {
    fn name(&self) -> &str {
        "round-robin"
    }
    fn mode(&self) -> Mode {
        Mode::Timed(TimedRules { time_slice: true, preempt_for_priority: false })
    }
    fn start_run(&mut self, _: &RunStart) {}
    fn choose(&mut self, decision: &Decision<'_>) -> usize {
        if decision.kind == DecisionKind::Value {
            return decision.drawn;
        }
        longest_waiting(decision.candidates)
    }
    fn takes_longest_waiting_core(&self) -> bool {
        true
    }
}
