//! Replaying a schedule token: its choices, one per real choice, in order, under the mode of the policy
//! that made it. The only place that words a token that does not fit.

use crate::engine::scheduler::{Scheduler, Stop};
use crate::policy::{Decision, Mode, Policy, RunStart};

/// The choices of a token, taken one at a time.
#[derive(Clone, Debug)]
pub struct TokenChoices<'c> {
    choices: &'c [u32],
    next: usize,
}

impl<'c> TokenChoices<'c> {
    pub fn new(choices: &'c [u32]) -> Self {
        TokenChoices { choices, next: 0 }
    }

    /// The next choice, among `candidates` candidates.
    pub fn take(&mut self, candidates: usize) -> Result<usize, Stop> {
        let at = self.next;
        let Some(&choice) = self.choices.get(at) else {
            return Err(Stop::TokenMismatch(format!("the token ends after {at} choices but the run needs more")));
        };
        if choice as usize >= candidates {
            return Err(Stop::TokenMismatch(format!(
                "choice {at} of the token picks candidate {choice} of only {candidates}"
            )));
        }
        self.next += 1;
        Ok(choice as usize)
    }
}

/// A token replayed under the policy that made it (which decides the driver, and is never asked).
pub struct Replay<'p, 'c> {
    policy: &'p mut dyn Policy,
    choices: TokenChoices<'c>,
}

impl<'p, 'c> Replay<'p, 'c> {
    pub fn new(policy: &'p mut dyn Policy, choices: &'c [u32]) -> Self {
        Replay { policy, choices: TokenChoices::new(choices) }
    }
}

impl std::fmt::Debug for Replay<'_, '_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Replay").field("policy", &self.policy.name()).field("choices", &self.choices).finish()
    }
}

impl Scheduler for Replay<'_, '_> {
    fn mode(&self) -> Mode {
        self.policy.mode()
    }

    fn start_run(&mut self, start: &RunStart) {
        self.policy.start_run(start);
    }

    fn choose(&mut self, decision: &Decision<'_>) -> Result<usize, Stop> {
        self.choices.take(decision.candidates.len())
    }
}
