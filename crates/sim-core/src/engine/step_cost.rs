//! `scheduler: { step_cost: D }` (docs/format.md, "Step cost"): a step that takes no time of its own (a
//! `let`, a `set`, a lock taken at once, a `put`) stands for a Python statement, which CPython spends CPU
//! on. Without it, a producer's 720,000 loop steps took no time by weft's clocks and a 5 ms
//! `get(timeout=...)` never gave up under `timeouts: deadline` (bench/python-agreement/session20/repro/
//! r03). Each driver adds the cost where it carries out a step's effect.

use super::state::WorkKind;
use super::steps::Effect;
use crate::model::Nanos;

/// The timed driver: an instant step becomes `step_cost_ns` of CPU work, on a core and holding the
/// GIL as CPython's statements do; every other effect (work of a duration, a sleep, a block, a yield)
/// is left as it is.
#[inline(always)]
pub(super) fn with_step_cost(effect: Effect, step_cost_ns: Nanos) -> Effect {
    match effect {
        Effect::Instant if step_cost_ns > 0 => Effect::Work(WorkKind::Cpu, step_cost_ns),
        other => other,
    }
}

/// The stepwise driver: how far an instant step moves its task's clock on. Neither a core nor the GIL
/// is held for it: their free times decide every other task's next start, so each step would be
/// dependent on every other task's under exploration (a search of two looping threads would order all
/// their statements). Two tasks' statements may then overlap in time where CPython's take turns: the
/// clocks stay early by up to the other threads' statements (docs/python.md, "What Python statements
/// cost").
#[inline(always)]
pub(super) fn stepwise_step_cost(effect: &Effect, step_cost_ns: Nanos) -> Nanos {
    if matches!(effect, Effect::Instant) { step_cost_ns } else { 0 }
}
