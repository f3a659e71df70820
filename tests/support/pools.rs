//! explore against brute force on generated pools of identical tasks (`pool_program`), where the state
//! cache keeps one state per permutation of the copies: the loop shared by tests/explore_vs_enumeration.rs
//! (format 1.0) and tests/format11_explore.rs (format 1.1), which differ in what they call a disagreement.

use sim_core::Model;
use sim_core::engine::symmetry::Symmetry;

use super::enumerate::{Enumeration, enumerate};
use super::programs::pool_program;

/// How many programs fitted the brute-force budget, and how many of those have a pool the search reduces.
pub struct PoolComparison {
    pub compared: usize,
    pub symmetric: usize,
}

/// Runs `disagreement` on every pool program of `seeds` that brute force enumerates within `budget`, and
/// panics with the first failing programs if any disagrees.
pub fn compare_pool_programs(
    seeds: std::ops::Range<u64>,
    format11: bool,
    (budget, max_steps): (u64, u64),
    load: impl Fn(&str) -> scenarios::Scenario,
    disagreement: impl Fn(&Model, &Enumeration) -> Option<String>,
) -> PoolComparison {
    let mut failures = Vec::new();
    let (mut compared, mut symmetric) = (0, 0);
    for seed in seeds {
        let yaml = pool_program(seed, format11);
        let scenario = load(&yaml);
        let all = enumerate(&scenario.model, budget, max_steps);
        if !all.complete || all.hit_step_limit {
            continue;
        }
        compared += 1;
        symmetric += usize::from(!Symmetry::of(&scenario.model).is_trivial());
        if let Some(problem) = disagreement(&scenario.model, &all) {
            failures.push(format!("seed {seed}: {problem}\n{yaml}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {compared} pool programs disagree; first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(5)].join("\n")
    );
    // Not vacuous: the callers check that most programs fit the budget and most of those have a pool.
    eprintln!("{compared} pool programs compared, {symmetric} with a pool the search reduces");
    PoolComparison { compared, symmetric }
}
