//! Settings of one run that are not part of the scenario.

use crate::limits;
pub use crate::timeouts::Timeouts;

#[derive(Clone, Debug)]
pub struct RunConfig {
    pub seed: u64,
    pub max_steps: u64,
    /// Choices to follow instead of asking the policy (a replayed schedule token).
    pub forced_choices: Option<Vec<u32>>,
    /// Keep the log of per-step access footprints (exploration, coverage).
    pub record_accesses: bool,
    /// Look for data races while the run goes, for its report (no log kept; at most
    /// `limits::MAX_RACE_CHECK_TASKS` tasks).
    pub find_races: bool,
    /// Record core, GIL and loop segments for pictures (timed policies).
    pub record_timeline: bool,
    /// Keep the choices for a schedule token (`Outcome::choices`). Fuzzing turns this off and runs an
    /// outcome's first seed again when it needs its token, so the hot loop never allocates.
    pub record_choices: bool,
    /// Keep the trace and its digest (`Outcome::trace_digest`, the trace of a report). Fuzzing turns
    /// this off: it reads only a run's status, failures, final state and accesses, and a step's trace
    /// record is a fifth of its cost. Without it `Outcome::trace_digest` means nothing.
    pub record_trace: bool,
    /// When a wait with a time-out may give up under an exploring policy (timed policies fire it at its
    /// virtual time whatever this says).
    pub timeouts: Timeouts,
}

impl Default for RunConfig {
    fn default() -> Self {
        RunConfig {
            seed: 0,
            max_steps: limits::DEFAULT_MAX_STEPS,
            forced_choices: None,
            record_accesses: false,
            find_races: false,
            record_timeline: false,
            record_choices: true,
            record_trace: true,
            timeouts: Timeouts::default(),
        }
    }
}
