use super::decision::{Decision, DecisionKind, Mode, Policy, RunStart, TimedRules, longest_waiting};

/// First come, first served; a thread runs until it blocks or finishes.
#[derive(Clone, Copy, Debug, Default)]
pub struct Fifo;

impl Policy for Fifo {
    fn name(&self) -> &str {
        "fifo"
    }
    fn mode(&self) -> Mode {
        Mode::Timed(TimedRules::default())
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
