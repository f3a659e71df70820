//! When a wait with a time-out gives up under an exploring policy (`--timeouts`). A leaf: the engine's
//! run settings and schedule tokens both name it.

/// Under `--timeouts deadline`, a time-out at least this long (an hour of virtual time) is taken as
/// longer than any work it guards: it gives up only when no task can step, never beside steps by its
/// deadline. Such time-outs are how "wait, but report whether it came" is written (the Python import
/// writes `result` with a flag as a 1,000,000 s time-out), and the clocks that deadlines compare would
/// otherwise have to be part of every explored state (docs/exploration.md, "Time-outs").
pub const LONG_TIMEOUT_NS: u64 = 3_600_000_000_000;

/// Whether a wait with this time-out may give up by its deadline beside steps under `deadline`.
pub fn gives_up_by_deadline(timeout_ns: u64) -> bool {
    timeout_ns > 0 && timeout_ns < LONG_TIMEOUT_NS
}

/// Whether the clocks decide which steps an exploring run may take, so that a search must key its states
/// on them and order the steps that move them: under `deadline` in a model with waits that give up by
/// their deadline (`Model::has_deadline_waits`), and under a time window (`scheduler: { time_window }`)
/// in any model (docs/exploration.md, "Time-outs" and "Time windows"), and in a model that reads the
/// clock (`now_ns()`, `Model::reads_clock`), whose values the clocks decide.
pub fn time_decides_candidates(
    timeouts: Timeouts,
    has_deadline_waits: bool,
    time_window_ns: Option<u64>,
    reads_clock: bool,
) -> bool {
    (timeouts == Timeouts::Deadline && has_deadline_waits) || time_window_ns.is_some() || reads_clock
}

/// When a blocked wait with a time-out larger than 0 gives up under an exploring policy (format 1.1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Timeouts {
    /// Only when no task can take a step otherwise (time-outs are long beside the program's work, the
    /// contract's default); which of several stuck waiters gives up first is a choice.
    #[default]
    Quiescent,
    /// As `quiescent`, and besides once no task that can step would step before the wait's deadline
    /// (by the stepwise driver's clocks: the waiter's when it blocked plus the time-out, against each
    /// other task's next step), as a candidate beside those tasks, for a time-out shorter than
    /// [`LONG_TIMEOUT_NS`]. What a program imported from Python declares (`scheduler: { timeouts:
    /// deadline }`): its time-outs are real time.
    Deadline,
    /// At every step: each timed waiter's giving up is a candidate beside the runnable tasks (for
    /// programs whose time-outs may be too short).
    Any,
}

impl Timeouts {
    /// Every setting, as the command line and a scenario's `scheduler:` spell them.
    pub const NAMES: [&'static str; 3] = ["quiescent", "deadline", "any"];

    /// As the command line spells it (`--timeouts quiescent|deadline|any`).
    pub fn by_name(name: &str) -> Option<Self> {
        match name {
            "quiescent" => Some(Timeouts::Quiescent),
            "deadline" => Some(Timeouts::Deadline),
            "any" => Some(Timeouts::Any),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Timeouts::Quiescent => "quiescent",
            Timeouts::Deadline => "deadline",
            Timeouts::Any => "any",
        }
    }
}
