//! `explore` with the state cache on programs that make objects and tuples at run time agrees with the
//! brute-force enumerator (docs/exploration.md, "State caching": the cache writes every tuple and object
//! the run made, handles as they are). The generated programs make objects in an order that depends
//! on the schedule, pass them through queues and shared variables, drop some, and fault on them.

use crate::common;
use crate::support;

use sim_core::Timeouts;
use sim_core::engine::{Reduction, SearchOptions};
use support::enumerate::{enumerate_with, explore_disagreement};
use support::programs::object_program;

/// Programs the enumerator can finish within this many interleavings are compared.
const MOST_INTERLEAVINGS: u64 = 20_000;
const MAX_STEPS: u64 = 200;

/// Compares every search with the cache (the default order, one preemption) and stateless DPOR with
/// brute force on generated object programs; returns how many were compared and how many made an
/// object in a schedule-dependent order.
fn compare(seeds: impl Iterator<Item = u64>) -> usize {
    let mut compared = 0;
    let mut disagreements = Vec::new();
    for seed in seeds {
        let yaml = object_program(seed);
        let scenario = common::load(&yaml);
        let all = enumerate_with(&scenario.model, Timeouts::Quiescent, MOST_INTERLEAVINGS, MAX_STEPS);
        if !all.complete || all.hit_step_limit {
            continue;
        }
        compared += 1;
        for (reduction, bound) in
            [(Reduction::CachedStates, None), (Reduction::CachedStates, Some(1)), (Reduction::StatelessDpor, None)]
        {
            let options = SearchOptions { reduction, timeouts: Timeouts::Quiescent, ..SearchOptions::default() };
            if let Some(why) = explore_disagreement(&scenario.model, &all, options, bound, MAX_STEPS) {
                disagreements.push(format!("seed {seed}: {why}\n{yaml}"));
            }
        }
    }
    assert!(disagreements.is_empty(), "{} disagree:\n{}", disagreements.len(), disagreements.join("\n"));
    compared
}

/// Compares the programs of `seeds` and checks that at least half were small enough to compare.
fn check(seeds: impl Iterator<Item = u64> + Clone) {
    let total = seeds.clone().count();
    let compared = compare(seeds);
    assert!(compared * 2 >= total, "only {compared} of {total} programs were small enough to compare");
}

/// How many generated programs the tests compare: 100 by default (in two tests, the even and the odd
/// seeds, so that the test threads share them), 2,000 with `WEFT_OBJECTS_EXPLORE_SLOW` set.
fn program_count() -> u64 {
    match std::env::var("WEFT_OBJECTS_EXPLORE_SLOW") {
        Ok(_) => 2_000,
        Err(_) => 100,
    }
}

#[test]
fn explore_with_the_cache_lists_the_outcomes_of_brute_force_on_object_programs_of_even_seeds() {
    check((0..program_count()).step_by(2));
}

#[test]
fn explore_with_the_cache_lists_the_outcomes_of_brute_force_on_object_programs_of_odd_seeds() {
    check((1..program_count()).step_by(2));
}
