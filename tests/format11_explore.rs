//! Format 1.1 under exploration: `explore` against the brute-force enumerator of every interleaving
//! (tests/support/enumerate.rs) on small generated programs that use the new constructs
//! (tests/support/programs.rs: if/else, while, break, return, atomic, arrays, maps, semaphores,
//! events, conditions, reentrant locks and lock arrays, trylock, spin-waits, faults), unbounded and
//! within preemption bounds, so that the dependencies the new steps declare keep DPOR sound.

use crate::common;
use crate::support;

use sim_core::Simulator;
use sim_core::engine::ExploreConfig;
use support::enumerate::{Enumeration, OutcomeKey, enumerate};

const MAX_STEPS: u64 = 200;
/// Programs with more schedules than this are left out (counted, so the test cannot go vacuous).
const BRUTE_FORCE_BUDGET: u64 = 600;
const PROGRAMS: u64 = 2_000;

fn sorted(mut keys: Vec<OutcomeKey>) -> Vec<OutcomeKey> {
    keys.sort();
    keys.dedup();
    keys
}

/// How `explore` within `bound` disagrees with the enumeration, if it does.
fn disagreement(model: &sim_core::Model, all: &Enumeration, bound: Option<u32>) -> Option<String> {
    let explored = Simulator::new(model).explore(&ExploreConfig {
        max_schedules: 100_000,
        preemption_bound: bound,
        max_steps: MAX_STEPS,
    });
    let found = sorted(explored.outcomes.iter().map(|o| (o.status, o.shared.clone())).collect());
    let reachable = sorted(all.within(bound));
    let invented: Vec<&OutcomeKey> = found.iter().filter(|k| !all.outcomes.contains_key(*k)).collect();
    if !explored.complete || found != reachable || !invented.is_empty() {
        return Some(format!(
            "bound {bound:?}: complete {}, explore found {found:?}, brute force {reachable:?}",
            explored.complete
        ));
    }
    None
}

#[test]
fn explore_agrees_with_brute_force_on_format_one_one_programs() {
    let mut failures = Vec::new();
    let mut compared = 0;
    for seed in 0..PROGRAMS {
        let yaml = support::programs::format11_program(seed);
        let scenario = common::load(&yaml);
        // Every part-one program is searched with the state cache, not stateless DPOR.
        assert!(sim_core::engine::view::search_state_covers(&scenario.model), "seed {seed}: not cached\n{yaml}");
        let all = enumerate(&scenario.model, BRUTE_FORCE_BUDGET, MAX_STEPS);
        if !all.complete || all.hit_step_limit {
            continue;
        }
        compared += 1;
        for bound in [None, Some(0), Some(1)] {
            if let Some(problem) = disagreement(&scenario.model, &all, bound) {
                failures.push(format!("seed {seed}: {problem}\n{yaml}"));
                break;
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {compared} programs disagree; first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(5)].join("\n")
    );
    // About 70% fit the brute-force budget (the rest loop, or have more interleavings than it allows).
    assert!(compared >= PROGRAMS * 2 / 3, "only {compared} of {PROGRAMS} programs were small enough to enumerate");
}

/// Format 1.1 with pools of identical tasks (`count`), where the state cache keeps one state per
/// permutation of the copies (symmetry reduction): copies waiting on primitives, spinning, holding
/// elements of a lock array picked by their `me`.
#[test]
fn explore_agrees_with_brute_force_on_format_one_one_pools() {
    let support::pools::PoolComparison { compared, symmetric } = support::pools::compare_pool_programs(
        0..300,
        true,
        (BRUTE_FORCE_BUDGET, MAX_STEPS),
        common::load,
        |model, all| disagreement(model, all, None),
    );
    // Not vacuous: most programs fit the budget, and most of those have a pool the search reduces.
    assert!(compared >= 100 && symmetric >= compared * 3 / 4, "{compared} compared, {symmetric} symmetric");
}
