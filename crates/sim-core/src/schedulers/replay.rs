//! Replaying a schedule token: its choices, one per real choice, in order, under the mode of the policy
//! that made it. The only place that words a token that does not fit.

use crate::engine::scheduler::{Scheduler, Stop};
use crate::policy::{Decision, DecisionKind, Mode, Policy, RunStart};
use crate::token::GIVE_UP;

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

    /// The next choice, of kind `kind` among `candidates` candidates. Which stuck waiter gives up is
    /// written only when it is not the first (`token::GIVE_UP`), so such a decision takes the first
    /// unless the token's next choice is one of its own.
    pub fn take(&mut self, kind: DecisionKind, candidates: usize) -> Result<usize, Stop> {
        let at = self.next;
        let next = self.choices.get(at).copied();
        let gives_up = next.is_some_and(|choice| choice & GIVE_UP != 0);
        if kind == DecisionKind::GiveUp && !gives_up {
            return Ok(0);
        }
        if kind != DecisionKind::GiveUp && gives_up {
            return Err(Stop::TokenMismatch(format!(
                "choice {at} of the token lets a time-out fire where the run has no stuck waiter"
            )));
        }
        let Some(choice) = next.map(|choice| choice & !GIVE_UP) else {
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
        self.choices.take(decision.kind, decision.candidates.len())
    }
}
