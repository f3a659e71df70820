use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::decision::{Decision, Mode, Policy, RunStart};

/// Uniform among the runnable tasks at every step boundary (shuttle's and Coyote's random walk).
#[derive(Clone, Debug)]
pub struct RandomWalk {
    rng: ChaCha8Rng,
}

impl Default for RandomWalk {
    fn default() -> Self {
        RandomWalk { rng: ChaCha8Rng::seed_from_u64(0) }
    }
}

impl Policy for RandomWalk {
    fn name(&self) -> &str {
        "random"
    }
    fn mode(&self) -> Mode {
        Mode::Exploring
    }
    fn start_run(&mut self, start: &RunStart) {
        self.rng = ChaCha8Rng::seed_from_u64(start.seed);
    }
    fn choose(&mut self, decision: &Decision<'_>) -> usize {
        self.rng.random_range(0..decision.candidates.len())
    }
}
