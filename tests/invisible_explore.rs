//! The reduction by invisible steps (`schedulers/invisible.rs`: at a state where a task's next step is
//! local or under a lock that guards every access of what it touches, that task alone is explored)
//! against the brute-force enumerator of every interleaving, on generated programs of critical
//! sections, and its effect on a small stack of SCTBench's shape.

use crate::common;
use crate::support;

use sim_core::engine::{ExploreResult, Order, Reduction, SearchOptions};
use support::enumerate::{Enumeration, enumerate, explore_within, explored_keys};

const MAX_STEPS: u64 = 200;
const BRUTE_FORCE_BUDGET: u64 = 2_000;

fn explore(model: &sim_core::Model, bound: Option<u32>, options: SearchOptions) -> ExploreResult {
    explore_within(model, bound, options, MAX_STEPS)
}

/// How `explore` within `bound` in `options` disagrees with brute force, if it does.
fn disagreement(
    model: &sim_core::Model,
    all: &Enumeration,
    bound: Option<u32>,
    options: SearchOptions,
) -> Option<String> {
    let explored = explore(model, bound, options);
    let found = explored_keys(&explored);
    let mut reachable = all.within(bound);
    reachable.sort();
    if !explored.complete {
        return Some(format!("{:?}, bound {bound:?}: not complete", options.order));
    }
    (found != reachable)
        .then(|| format!("{:?}, bound {bound:?}: found {found:?}, reachable {reachable:?}", options.order))
}

fn runs(result: &ExploreResult) -> u64 {
    result.schedules + result.redundant
}

/// The same outcomes as brute force and a `complete` that means it, unbounded (depth first, and with
/// the bounded rounds first) and within 0 and 1 preemptions; and the reduction is not vacuous: on
/// many programs it runs fewer schedules than the search that branches on every awake task.
#[test]
fn explore_with_invisible_steps_agrees_with_brute_force_on_critical_sections() {
    let mut failures = Vec::new();
    let (mut compared, mut reduced) = (0, 0);
    for seed in 0..200 {
        let yaml = support::programs::locked_program(seed);
        let scenario = common::load(&yaml);
        let all = enumerate(&scenario.model, BRUTE_FORCE_BUDGET, MAX_STEPS);
        if !all.complete || all.hit_step_limit {
            continue;
        }
        compared += 1;
        let rounds_first = SearchOptions { order: Order::FewPreemptionsFirst, ..SearchOptions::default() };
        let searches = [
            (None, SearchOptions::default()),
            (Some(0), SearchOptions::default()),
            (Some(1), SearchOptions::default()),
            (None, rounds_first),
        ];
        for (bound, options) in searches {
            if let Some(problem) = disagreement(&scenario.model, &all, bound, options) {
                failures.push(format!("seed {seed}: {problem}\n{yaml}"));
                break;
            }
        }
        let every_task = SearchOptions { every_task_at_invisible_steps: true, ..SearchOptions::default() };
        let without = explore(&scenario.model, None, every_task);
        let with = explore(&scenario.model, None, SearchOptions::default());
        assert_eq!(explored_keys(&with), explored_keys(&without), "seed {seed}\n{yaml}");
        reduced += u32::from(runs(&with) < runs(&without));
    }
    assert!(
        failures.is_empty(),
        "{} of {compared} programs disagree; first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(5)].join("\n")
    );
    assert!(compared >= 90 && reduced >= compared * 2 / 3, "{compared} compared, {reduced} reduced");
}

/// SCTBench's stack (tests/sctbench/stack-ok.yaml) with three pushes and three pops: each critical
/// section is one step for the search, so it runs far fewer schedules, with the same outcomes.
#[test]
fn the_sections_of_a_small_stack_are_explored_as_single_steps() {
    let yaml = include_str!("sctbench/stack-ok.yaml").replace("times: 10", "times: 3").replace("top == 10", "top == 3");
    let scenario = common::load(&yaml);
    let every_task = SearchOptions { every_task_at_invisible_steps: true, ..SearchOptions::default() };
    let without = explore(&scenario.model, None, every_task);
    let with = explore(&scenario.model, None, SearchOptions::default());
    assert!(with.complete && without.complete);
    assert_eq!(explored_keys(&with), explored_keys(&without));
    // Measured: 14 schedules to the end either way, and 34 runs cut short at a known state instead of 220.
    assert_eq!((with.schedules, with.redundant, without.schedules, without.redundant), (14, 34, 14, 220));
}

/// Stateless DPOR that takes locks only when free (`schedulers/lock_order.rs`), alone and taking
/// turns with the default search (from the third run on), against brute force on generated programs
/// of lock arrays picked by local indices, of critical sections and of format 1.1's constructs (where
/// the rule does not apply, the stateless search is the plain one): the same outcomes, and `complete`
/// meaning it.
#[test]
fn locks_taken_only_when_free_agree_with_brute_force_on_lock_arrays() {
    let mut failures = Vec::new();
    let mut compared = 0;
    let generators: [fn(u64) -> String; 3] =
        [support::programs::lock_array_program, support::programs::locked_program, support::programs::format11_program];
    let programs = (0..500).map(|seed| (seed, generators[0](seed)));
    let others = (0..150).flat_map(|seed| generators[1..].iter().map(move |generate| (seed, generate(seed))));
    for (seed, yaml) in programs.chain(others) {
        let scenario = common::load(&yaml);
        let all = enumerate(&scenario.model, BRUTE_FORCE_BUDGET, MAX_STEPS);
        if !all.complete || all.hit_step_limit {
            continue;
        }
        compared += 1;
        let stateless = SearchOptions {
            reduction: Reduction::StatelessDpor,
            locks_taken_only_when_free: true,
            ..SearchOptions::default()
        };
        let turns_early = SearchOptions {
            order: Order::DepthFirstThenTurns { alone_runs: 2, alone_steps: u64::MAX },
            ..SearchOptions::default()
        };
        for options in [stateless, turns_early] {
            if let Some(problem) = disagreement(&scenario.model, &all, None, options) {
                failures.push(format!("seed {seed}, {:?}: {problem}\n{yaml}", options.reduction));
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
    assert!(compared >= 350, "{compared} compared");
}
