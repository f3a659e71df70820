use rand::{RngCore, SeedableRng};
use rand_chacha::ChaCha8Core;
use rand_chacha::rand_core::block::BlockRng;

use super::decision::{Decision, Mode, Policy, RunStart};

/// Uniform among the runnable tasks at every step boundary (shuttle's and Coyote's random walk).
#[derive(Clone, Debug)]
pub struct RandomWalk {
    /// `ChaCha8Rng` is exactly this (a ChaCha8 core behind a block buffer), with the same stream for the
    /// same seed; held apart so that a new seed replaces the core in place and empties the buffer,
    /// instead of building a generator (and zeroing and copying its 256-byte buffer) per run.
    rng: BlockRng<ChaCha8Core>,
}

impl Default for RandomWalk {
    fn default() -> Self {
        RandomWalk { rng: BlockRng::new(ChaCha8Core::seed_from_u64(0)) }
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
        self.reseed(start.seed);
    }
    fn choose(&mut self, decision: &Decision<'_>) -> usize {
        self.draw(decision.candidates.len())
    }
}

impl RandomWalk {
    /// The stream of `seed`, from its start.
    pub fn reseed(&mut self, seed: u64) {
        self.rng.core = ChaCha8Core::seed_from_u64(seed);
        self.rng.reset();
    }

    /// The walk's choice among `candidates` (at least one), as `choose` makes it: a caller that knows
    /// how many candidates each decision of a run had draws that run's choices without the run.
    ///
    /// This is rand 0.9's `random_range(0..candidates)` for a `usize` below 2^32, written out so that
    /// it is inlined here (rustc stopped inlining rand's generic path into this function, which cost a
    /// fuzz run 4%); the test below pins it to `ChaCha8Rng`'s own `random_range`, draw for draw.
    #[inline]
    pub fn draw(&mut self, candidates: usize) -> usize {
        assert!(candidates >= 1, "a decision has a candidate");
        let range = u32::try_from(candidates).expect("candidates are tasks, far fewer than 2^32");
        // Canon's method as rand implements it: the high word of a 32x32-bit product, and a second
        // word only when the first one's low word falls in the biased zone.
        let (mut result, low_word) = widening_multiply(self.rng.next_u32(), range);
        if low_word > range.wrapping_neg() {
            let (next_high_word, _) = widening_multiply(self.rng.next_u32(), range);
            result += u32::from(low_word.checked_add(next_high_word).is_none());
        }
        let choice = result as usize;
        debug_assert!(choice < candidates);
        choice
    }
}

/// `a * b` as its high and low 32-bit words.
#[inline]
fn widening_multiply(a: u32, b: u32) -> (u32, u32) {
    let product = u64::from(a) * u64::from(b);
    ((product >> 32) as u32, product as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TaskId;
    use crate::policy::{Candidate, DecisionKind};
    use rand::Rng;
    use rand_chacha::ChaCha8Rng;

    /// The walk draws what `ChaCha8Rng::seed_from_u64(seed)` draws, seed after seed on one object (the
    /// random stream is part of every pinned token and outcome).
    #[test]
    fn draws_the_chacha8rng_stream_of_each_seed() {
        let candidate = |task| Candidate {
            task: TaskId(task),
            priority: 0,
            waiting_since_ns: 0,
            next_work_ns: 0,
            starts_ns: 0,
            gives_up: false,
        };
        let mut walk = RandomWalk::default();
        for seed in [0, 1, 2, 7, 1_000, u64::MAX] {
            let start = RunStart { seed, tasks: 3, estimated_steps: 10, pct_depth: 3 };
            walk.start_run(&start);
            let mut expected = ChaCha8Rng::seed_from_u64(seed);
            // Past the 64 words of one buffer, so that a refill follows the same stream too.
            for draw in 0..200usize {
                let candidates: Vec<Candidate> = (0..(2 + draw % 5) as u32).map(candidate).collect();
                let decision = Decision {
                    kind: DecisionKind::Step,
                    now_ns: 0,
                    steps: draw as u64,
                    candidates: &candidates,
                    drawn: 0,
                };
                assert_eq!(
                    walk.choose(&decision),
                    expected.random_range(0..candidates.len()),
                    "seed {seed}, draw {draw}"
                );
            }
        }
    }

    /// Large candidate counts put a third of the first words in rand's biased zone, so that the
    /// second-word branch of `draw` is taken and checked too (small counts almost never reach it).
    #[test]
    fn draws_the_stream_where_a_second_word_is_needed() {
        let mut walk = RandomWalk::default();
        walk.reseed(42);
        let mut expected = ChaCha8Rng::seed_from_u64(42);
        for draw in 0..10_000usize {
            let candidates = [3_000_000_000usize, 2_147_483_649, 4_294_967_295, 5, 1][draw % 5];
            assert_eq!(walk.draw(candidates), expected.random_range(0..candidates), "draw {draw}");
        }
    }
}
