//! The Scheduler seam: the engine's one choice point. Whoever decides the order of a run — a policy, a
//! replayed token, exhaustive exploration, shrinking — is a [`Scheduler`] that the same run loop
//! consults (shuttle's model). A scheduler may live across many runs (`while dpor.next_execution() {
//! simulator.run_with(&mut dpor, &config) }`) and may end a run early. Strategies live in
//! `crate::schedulers`, one file each; the engine knows only this trait.

use super::view::RunView;
use crate::access::Access;
use crate::model::TaskId;
use crate::policy::{Decision, Mode, RunStart};

/// Why a scheduler ends a run instead of choosing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stop {
    /// A replayed schedule does not fit the run (the message says how).
    TokenMismatch(String),
    /// Every choice left was already covered by an earlier run (exploration cuts the run short).
    Covered,
}

pub trait Scheduler {
    /// Which driver runs under it: timed (virtual time decides, the scheduler breaks ties) or stepwise
    /// (the scheduler picks who takes every step).
    fn mode(&self) -> Mode;

    /// Called before every run.
    fn start_run(&mut self, _start: &RunStart) {}

    /// Whether to be asked when only one candidate exists, and told every step's accesses
    /// ([`Scheduler::stepped`]). Otherwise a single candidate is taken without asking (and recorded
    /// nowhere), which is what keeps policies' random streams and schedule tokens as they are.
    fn sees_every_step(&self) -> bool {
        false
    }

    /// Before every choice, when [`Scheduler::sees_every_step`]: the run as it is (a search that
    /// recognises states it has seen reads it here).
    fn observe(&mut self, _run: &RunView<'_>) {}

    /// Whether every core decision would pick the ready thread that has waited longest (the first in
    /// line): the engine then takes it without asking, and records the choice as if it had asked.
    fn takes_longest_waiting_core(&self) -> bool {
        false
    }

    /// Picks the index of one of `decision.candidates`.
    fn choose(&mut self, decision: &Decision<'_>) -> Result<usize, Stop>;

    /// After each step of a stepwise run, when [`Scheduler::sees_every_step`]: the task that stepped
    /// and what its step touched (empty unless the run records accesses).
    fn stepped(&mut self, _task: TaskId, _accesses: &[Access]) {}
}
