//! When a wait with a time-out gives up under an exploring policy (`--timeouts`). A leaf: the engine's
//! run settings and schedule tokens both name it.

/// When a blocked wait with a time-out larger than 0 gives up under an exploring policy (format 1.1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Timeouts {
    /// Once no task that can step would step before the wait's deadline (by the stepwise driver's
    /// clocks: the waiter's when it blocked plus the time-out, against each other task's next step),
    /// as a candidate beside those tasks; and when no task can step at all, which of several stuck
    /// waiters gives up first being a choice.
    #[default]
    Quiescent,
    /// At every step: each timed waiter's giving up is a candidate beside the runnable tasks (for
    /// programs whose time-outs may be too short).
    Any,
}

impl Timeouts {
    /// As the command line spells it (`--timeouts quiescent|any`).
    pub fn by_name(name: &str) -> Option<Self> {
        match name {
            "quiescent" => Some(Timeouts::Quiescent),
            "any" => Some(Timeouts::Any),
            _ => None,
        }
    }
}
