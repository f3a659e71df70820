//! A [`Policy`] as a scheduler: asked at every real choice, in the mode it names.

use crate::engine::scheduler::{Scheduler, Stop};
use crate::policy::{Decision, Mode, Policy, RunStart};

pub struct FollowPolicy<'p> {
    policy: &'p mut dyn Policy,
}

impl<'p> FollowPolicy<'p> {
    pub fn new(policy: &'p mut dyn Policy) -> Self {
        FollowPolicy { policy }
    }
}

impl std::fmt::Debug for FollowPolicy<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FollowPolicy").field("policy", &self.policy.name()).finish()
    }
}

impl Scheduler for FollowPolicy<'_> {
    fn mode(&self) -> Mode {
        self.policy.mode()
    }

    fn start_run(&mut self, start: &RunStart) {
        self.policy.start_run(start);
    }

    fn takes_longest_waiting_core(&self) -> bool {
        self.policy.takes_longest_waiting_core()
    }

    fn choose(&mut self, decision: &Decision<'_>) -> Result<usize, Stop> {
        let choice = self.policy.choose(decision);
        let count = decision.candidates.len();
        assert!(choice < count, "policy `{}` chose {choice} of {count}", self.policy.name());
        Ok(choice)
    }
}
