//! Scheduling policies. One small trait; one file per policy; the engine (runtime) lives apart in
//! `engine/` and only ever talks to a policy through [`Policy`].
//!
//! Two families share the trait:
//! - *timed* policies (`fifo`, `round-robin`, `priority`) run in virtual time: the engine asks them which
//!   ready thread gets a free core, or which waiter gets a GIL, and how they slice time;
//! - *exploring* policies (`random`, `pct`) choose who takes the next step at every step boundary, like a
//!   model checker's scheduler; time then never decides the order.
//!
//! Write your own by implementing [`Policy`]; see `docs/custom-policy.md`.

mod decision;
mod fifo;
mod pct;
mod priority;
mod random;
mod round_robin;

pub use decision::{Candidate, Decision, DecisionKind, Mode, Policy, RunStart, TimedRules, longest_waiting};
pub use fifo::Fifo;
pub use pct::Pct;
pub use priority::Priority;
pub use random::RandomWalk;
pub use round_robin::RoundRobin;

/// The built-in policies by name, as the scenario format and the CLI spell them.
pub const BUILT_IN: [&str; 5] = ["fifo", "round-robin", "priority", "random", "pct"];

/// A built-in policy by name, or `None` for an unknown name.
pub fn by_name(name: &str) -> Option<Box<dyn Policy>> {
    Some(match name {
        "fifo" => Box::new(Fifo),
        "round-robin" => Box::new(RoundRobin),
        "priority" => Box::new(Priority),
        "random" => Box::new(RandomWalk::default()),
        "pct" => Box::new(Pct::default()),
        _ => return None,
    })
}
