use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::decision::{Decision, DecisionKind, Mode, Policy, RunStart};

/// Probabilistic Concurrency Testing (Burckhardt, Kothari, Musuvathi, Nagarakatte; ASPLOS 2010).
///
/// Every task gets a distinct random priority at least `depth`; `depth - 1` change points are drawn
/// uniformly over the run's estimated `k` steps. At each step the runnable task of highest priority goes;
/// when the run reaches change point `i`, the task that just ran drops to priority `depth - 1 - i`, below
/// every initial priority. A bug of depth `d` is then found with probability at least `1 / (n k^(d-1))`.
#[derive(Clone, Debug)]
pub struct Pct {
    rng: ChaCha8Rng,
    /// Indexed by task id.
    priorities: Vec<u64>,
    /// Sorted step numbers at which the next change happens.
    change_points: Vec<u64>,
    next_change: usize,
    depth: u32,
}

impl Default for Pct {
    fn default() -> Self {
        Pct {
            rng: ChaCha8Rng::seed_from_u64(0),
            priorities: Vec::new(),
            change_points: Vec::new(),
            next_change: 0,
            depth: 3,
        }
    }
}

impl Policy for Pct {
    fn name(&self) -> &str {
        "pct"
    }
    fn mode(&self) -> Mode {
        Mode::Exploring
    }
    fn start_run(&mut self, start: &RunStart) {
        self.rng = ChaCha8Rng::seed_from_u64(start.seed);
        self.depth = start.pct_depth.max(1);
        let depth = u64::from(self.depth);
        self.priorities.clear();
        self.priorities.extend((0..start.tasks as u64).map(|rank| rank + depth));
        self.priorities.shuffle(&mut self.rng);
        self.change_points.clear();
        let k = start.estimated_steps.max(1);
        for _ in 1..self.depth {
            self.change_points.push(self.rng.random_range(1..=k));
        }
        self.change_points.sort_unstable();
        self.next_change = 0;
    }
    fn choose(&mut self, decision: &Decision<'_>) -> usize {
        // A value is data, not an order of steps: the run's draw, with no change point spent on it.
        if decision.kind == DecisionKind::Value {
            return decision.drawn;
        }
        // Change points are counted in steps; several may fall on the same step.
        while self.next_change < self.change_points.len() && self.change_points[self.next_change] <= decision.steps {
            if let Some(top) = self.highest(decision) {
                let task = decision.candidates[top].task.index();
                let lowered = u64::from(self.depth) - 1 - self.next_change as u64;
                self.priorities[task] = lowered;
            }
            self.next_change += 1;
        }
        self.highest(decision).unwrap_or(0)
    }
}

impl Pct {
    fn highest(&self, decision: &Decision<'_>) -> Option<usize> {
        let priority_of = |task: usize| self.priorities.get(task).copied().unwrap_or(0);
        (0..decision.candidates.len())
            .max_by_key(|&index| (priority_of(decision.candidates[index].task.index()), std::cmp::Reverse(index)))
    }
}
