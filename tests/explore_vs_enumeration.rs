//! `explore` against a brute-force enumerator of every interleaving (tests/support/enumerate.rs), on
//! generated programs and on the shapes the exploration issue reported.

use crate::common;
use crate::support;

use sim_core::engine::{ExploreResult, Order, Reduction, SearchOptions};
use support::enumerate::{Enumeration, OutcomeKey, enumerate, explore_within, explored_keys};

const MAX_STEPS: u64 = 200;
/// Programs with more schedules than this are left out of the comparison (counted, not hidden).
const BRUTE_FORCE_BUDGET: u64 = 4_000;
/// Pools have many interleavings that symmetry merges: a smaller budget keeps their test cheap.
const POOL_BRUTE_FORCE_BUDGET: u64 = 1_000;

fn explore(model: &sim_core::Model, bound: Option<u32>, options: SearchOptions) -> ExploreResult {
    explore_within(model, bound, options, MAX_STEPS)
}

/// How `explore` with `bound` disagrees with the enumeration, if it does.
fn disagreement(
    model: &sim_core::Model,
    all: &Enumeration,
    bound: Option<u32>,
    reduction: Reduction,
) -> Option<String> {
    disagreement_in_order(model, all, bound, SearchOptions { reduction, ..SearchOptions::default() })
}

/// As [`disagreement`], with the search's order too (`reduction` in the messages stands for both).
fn disagreement_in_order(
    model: &sim_core::Model,
    all: &Enumeration,
    bound: Option<u32>,
    options: SearchOptions,
) -> Option<String> {
    let reduction = (options.reduction, options.order);
    let explored = explore(model, bound, options);
    let found = explored_keys(&explored);
    let reachable = all.within(bound);
    let invented: Vec<&OutcomeKey> = found.iter().filter(|k| !all.outcomes.contains_key(*k)).collect();
    if !invented.is_empty() {
        return Some(format!(
            "{reduction:?}, bound {bound:?}: explore reports outcomes no schedule reaches: {invented:?}"
        ));
    }
    let missed: Vec<&OutcomeKey> = reachable.iter().filter(|k| !found.contains(k)).collect();
    if explored.complete && !missed.is_empty() {
        return Some(format!(
            "{reduction:?}, bound {bound:?}: explore says complete after {} schedules but misses {missed:?} (found {found:?})",
            explored.schedules
        ));
    }
    if !explored.complete {
        return Some(format!(
            "{reduction:?}, bound {bound:?}: explore did not complete in {} schedules",
            explored.schedules
        ));
    }
    None
}

/// The first disagreement of state caching (the default) unbounded and within bounds 0 and 1, and of
/// stateless DPOR on every fourth program (it has its own count test in tests/exploration.rs; this keeps
/// CI time moderate).
fn disagreement_within_bounds(seed: u64, model: &sim_core::Model, all: &Enumeration) -> Option<String> {
    let stateless = seed.is_multiple_of(4).then_some((None, Reduction::StatelessDpor));
    let cached = [None, Some(0), Some(1)].map(|bound| (bound, Reduction::CachedStates));
    cached.into_iter().chain(stateless).find_map(|(bound, reduction)| disagreement(model, all, bound, reduction))
}

fn brute_force(yaml: &str) -> Option<(scenarios::Scenario, Enumeration)> {
    let scenario = common::load(yaml);
    let all = enumerate(&scenario.model, BRUTE_FORCE_BUDGET, MAX_STEPS);
    (all.complete && !all.hit_step_limit).then_some((scenario, all))
}

#[test]
fn the_enumerator_finds_the_three_bank_outcomes_in_every_order() {
    let scenario = common::load(include_str!("../scenarios/bank-race.yaml"));
    let all = enumerate(&scenario.model, 1_000, 1_000);
    assert!(all.complete);
    // Two tasks of four steps (a read, a `let`, `cpu`, a write): (8 choose 4) = 70 interleavings.
    assert_eq!(all.schedules, 70);
    let balances: Vec<(sim_core::Status, i64, u32)> =
        all.outcomes.iter().map(|((status, shared), least)| (*status, shared[0], *least)).collect();
    use sim_core::Status::{AssertionFailed, Ok};
    // 900 needs no preemption, a lost update needs one.
    assert_eq!(balances, vec![(Ok, 900, 0), (AssertionFailed, 400, 1), (AssertionFailed, 1000, 1)]);
}

#[test]
fn generated_programs_load_and_most_are_small_enough_to_enumerate() {
    let small = (0..300).filter(|&seed| brute_force(&support::programs::program(seed)).is_some()).count();
    assert!(small >= 200, "only {small} of 300 generated programs can be enumerated");
}

/// The bar of the exploration issue: the same outcomes as brute force and a `complete` that means it,
/// unbounded and within a preemption bound (the old search failed it on 648 of 1,762 programs, see
/// docs/exploration.md).
#[test]
fn explore_agrees_with_brute_force_on_generated_programs() {
    let mut failures = Vec::new();
    let mut compared = 0;
    for seed in 0..2_000 {
        let yaml = support::programs::program(seed);
        let Some((scenario, all)) = brute_force(&yaml) else { continue };
        compared += 1;
        if let Some(problem) = disagreement_within_bounds(seed, &scenario.model, &all) {
            failures.push(format!("seed {seed}: {problem}\n{yaml}"));
        }
        // The other orders of the unbounded search, on every fourth program each: the bounded rounds
        // first (`--stop-on-failure`), taking turns with depth first from the third run on (by
        // default only after thousands of runs, which these programs never reach), and from the run
        // after the first 8 steps (by default after millions of steps).
        let order = match seed % 4 {
            1 => Some(Order::FewPreemptionsFirst),
            2 => Some(Order::DepthFirstThenTurns { alone_runs: 2, alone_steps: u64::MAX }),
            3 => Some(Order::DepthFirstThenTurns { alone_runs: u64::MAX, alone_steps: 8 }),
            _ => None,
        };
        let options = order.map(|order| SearchOptions { order, ..SearchOptions::default() });
        if let Some(problem) = options.and_then(|options| disagreement_in_order(&scenario.model, &all, None, options)) {
            failures.push(format!("seed {seed}: {problem}\n{yaml}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {compared} programs disagree; first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(5)].join("\n")
    );
}

/// The shapes the exploration issue reported, each with the bound it was run at.
const ISSUE_EXAMPLES: [(&str, &str, Option<u32>); 4] = [
    // A lost backtracking point: explore never reported `x=0 y=1`.
    (
        "read-write chain",
        "name: chain\nshared: { x: 1, y: 5 }\ntasks:\n  t0: { ops: [ { set: \"x = y\" } ] }\n  \
         t1: { ops: [ { let: \"b = x\" }, { set: \"y = b + x\" } ] }\n  t2: { ops: [ { set: \"y = 0\" } ] }\n",
        None,
    ),
    // Running b first fails with no preemption; bound 0 reported only `ok`.
    (
        "bound 0",
        "name: bound\nshared: { x: 0 }\ntasks:\n  a: { ops: [ { set: \"x = 1\" }, { set: \"x = 2\" } ] }\n  \
         b: { ops: [ { assert: \"x == 2\" } ] }\n",
        Some(0),
    ),
    // A failing run stops at its fault: which of b's writes happened before it is part of the outcome.
    (
        "failing run",
        "name: failing\nshared: { x: 0, y: 0 }\ntasks:\n  a: { ops: [ { let: \"l = x\" }, { set: \"y = 10 / l\" } ] }\n  \
         b: { ops: [ { set: \"x = 1\" }, { set: \"y = 7\" } ] }\n",
        None,
    ),
    // A daemon's writes count up to the moment the last non-daemon finishes.
    (
        "daemon",
        "name: daemon\nshared: { x: 0, y: 0 }\ntasks:\n  a: { ops: [ { set: \"x = 1\" } ] }\n  \
         d: { daemon: true, ops: [ { set: \"y = 1\" }, { set: \"y = 2\" } ] }\n",
        None,
    ),
];

#[test]
fn the_issue_examples_agree_with_brute_force() {
    for (name, yaml, bound) in ISSUE_EXAMPLES {
        let (scenario, all) = brute_force(yaml).expect("small enough to enumerate");
        for reduction in [Reduction::CachedStates, Reduction::StatelessDpor] {
            assert_eq!(disagreement(&scenario.model, &all, bound, reduction), None, "{name}");
        }
    }
}

/// Pools of identical tasks (`count`), where the state cache keeps one state per permutation of the
/// copies (symmetry reduction, docs/exploration.md): the same outcomes as brute force and a `complete`
/// that means it, with the copies spawned, joined, waited for, daemons, or reading their `me`.
#[test]
fn explore_agrees_with_brute_force_on_pools_of_identical_tasks() {
    let support::pools::PoolComparison { compared, symmetric } = support::pools::compare_pool_programs(
        0..200,
        false,
        (POOL_BRUTE_FORCE_BUDGET, MAX_STEPS),
        common::load,
        |model, all| disagreement(model, all, None, Reduction::CachedStates),
    );
    // Not vacuous: most programs fit the budget, and most of those have a pool the search reduces.
    assert!(compared >= 120 && symmetric >= compared * 3 / 4, "{compared} compared, {symmetric} symmetric");
}

/// The steps of a generated program over a map: writes (an insert before, between and after the keys,
/// an update, a delete) and whole-map reads through `key_at`/`value_at` (a sum in one `atomic`, a sum
/// over several steps, single places, some under a lock), each read kept in the task's result variable `rN`.
const MAP_STEPS: [&str; 12] = [
    "{ set: \"d[2] = 20\" }",
    "{ set: \"d[5] = 50\" }",
    "{ set: \"d[0] = 1\" }",
    "{ set: \"d[1] = 11\" }",
    "{ del: \"d[3]\" }",
    "{ atomic: [ { let: \"i = 0\" }, { let: \"s = 0\" }, { while: { cond: \"i < len(d)\", ops: [ { let: \"s = s + value_at(d, i) * (key_at(d, i) + 1)\" }, { let: \"i = i + 1\" } ] } } ] }, { set: \"rN = s\" }",
    "{ let: \"i = 0\" }, { let: \"s = 0\" }, { while: { cond: \"i < len(d)\", ops: [ { let: \"s = s + value_at(d, i)\" }, { let: \"i = i + 1\" } ] } }, { set: \"rN = s\" }",
    "{ let: \"k = key_at(d, 0)\" }, { set: \"rN = k\" }",
    "{ let: \"v = value_at(d, -1)\" }, { set: \"rN = v\" }",
    "{ let: \"v = value_at(d, 1)\" }, { set: \"rN = v\" }",
    // Under a lock: the reduction by invisible steps (schedulers/invisible.rs) keeps map steps visible.
    "{ with: { lock: l, ops: [ { set: \"d[4] = 40\" } ] } }",
    "{ with: { lock: l, ops: [ { let: \"k = key_at(d, -1)\" } ] } }, { set: \"rN = k\" }",
];

/// Program `seed` of the map generator: 2 or 3 tasks of 1 or 2 steps of `MAP_STEPS`.
fn map_program(seed: u64) -> String {
    let mut rng = support::programs::Rng::new(seed);
    let tasks = 2 + rng.below(2);
    let mut yaml = "name: map-reads\nshared: { d: { 1: 10, 3: 30 }, r0: 0, r1: 0, r2: 0 }\ntasks:\n".to_string();
    for task in 0..tasks {
        let steps: Vec<String> =
            (0..1 + rng.below(2)).map(|_| rng.pick(&MAP_STEPS).replace("rN", &format!("r{task}"))).collect();
        yaml.push_str(&format!("  t{task}: {{ ops: [ {} ] }}\n", steps.join(", ")));
    }
    yaml
}

/// `key_at` and `value_at` read every key of the map (an insert or a delete moves every place) and the
/// value they return (an update of that key): the same outcomes as brute force, unbounded and within
/// bounds, with the state cache and stateless DPOR.
#[test]
fn explore_agrees_with_brute_force_on_whole_map_reads() {
    agrees_on_generated_programs(map_program, 300, 200);
}

/// The steps of a generated program that walks a map in insertion order as CPython's iterators do
/// (session 16): a dict walk (`next_inserted`/`key_inserted`, RuntimeError when the size changed), a
/// deque walk (RuntimeError when `changes` moved), and writes that insert, delete, insert again and
/// update. A walk's result is the keys it saw in order, negative when it raised.
const WALK_STEPS: [&str; 2] = [
    "{ let: \"size = len(d)\" }, { let: \"place = 0\" }, { let: \"s = 0\" }, { try: { do: [ { while: { cond: \"True\", ops: [ { atomic: [ { let: \"changed = len(d) != size\" }, { let: \"found = next_inserted(d, place)\" }, { if: { cond: \"found >= 0\", then: [ { let: \"k = key_inserted(d, found)\" }, { let: \"place = found + 1\" } ] } } ] }, { if: { cond: \"changed\", then: [ { raise: RuntimeError } ] } }, { if: { cond: \"found < 0\", then: [ break ] } }, { let: \"s = s * 10 + k\" } ] } } ], except: [ { classes: [RuntimeError], do: [ { let: \"s = 0 - s - 1\" } ] } ] } }, { set: \"rN = s\" }",
    "{ let: \"state = changes(d)\" }, { let: \"i = 0\" }, { let: \"s = 0\" }, { try: { do: [ { while: { cond: \"i < 2\", ops: [ { if: { cond: \"changes(d) != state\", then: [ { raise: RuntimeError } ] } }, { let: \"s = s + i + 1\" }, { let: \"i = i + 1\" } ] } } ], except: [ { classes: [RuntimeError], do: [ { let: \"s = 0 - s - 1\" } ] } ] } }, { set: \"rN = s\" }",
];
const MUTATE_STEPS: [&str; 6] = [
    "{ set: \"d[2] = 20\" }",
    "{ set: \"d[0] = 1\" }",
    "{ set: \"d[1] = 11\" }",
    "{ del: \"d[3]\" }",
    "{ atomic: [ { del: \"d[1]\" }, { set: \"d[1] = 12\" } ] }",
    "{ atomic: [ { set: \"d[7] = 70\" }, { del: \"d[7]\" } ] }",
];

/// Program `seed` of the walk generator: a walker and 1 or 2 writers of 1 or 2 steps.
fn walk_program(seed: u64) -> String {
    let mut rng = support::programs::Rng::new(seed);
    let mut yaml = "name: map-walks\nshared: { d: { 3: 30, 1: 10 }, r0: 0 }\ntasks:\n".to_string();
    yaml.push_str(&format!("  t0: {{ ops: [ {} ] }}\n", rng.pick(&WALK_STEPS).replace("rN", "r0")));
    for task in 1..2 + rng.below(2) {
        let steps: Vec<&str> = (0..1 + rng.below(2)).map(|_| *rng.pick(&MUTATE_STEPS)).collect();
        yaml.push_str(&format!("  t{task}: {{ ops: [ {} ] }}\n", steps.join(", ")));
    }
    yaml
}

/// A walk step reads the map's shape, which an insert or a delete writes: the same outcomes as brute
/// force (leaving the read out of a walk step's footprint makes explore miss the walks that raise).
#[test]
fn explore_agrees_with_brute_force_on_walks_in_insertion_order() {
    agrees_on_generated_programs(walk_program, 60, 40);
}

/// Programs `0..seeds` of `program` that brute force can enumerate (at least `least` of them) give the
/// same outcomes under explore, unbounded and within bounds, with the state cache and stateless DPOR.
fn agrees_on_generated_programs(program: fn(u64) -> String, seeds: u64, least: usize) {
    let mut failures = Vec::new();
    let mut compared = 0;
    for seed in 0..seeds {
        let yaml = program(seed);
        let Some((scenario, all)) = brute_force(&yaml) else { continue };
        compared += 1;
        let cached = [None, Some(0), Some(1)].map(|bound| (bound, Reduction::CachedStates));
        for (bound, reduction) in cached.into_iter().chain([(None, Reduction::StatelessDpor)]) {
            if let Some(problem) = disagreement(&scenario.model, &all, bound, reduction) {
                failures.push(format!("seed {seed}: {problem}\n{yaml}"));
                break;
            }
        }
    }
    assert!(compared >= least, "only {compared} of {seeds} programs can be enumerated");
    assert!(
        failures.is_empty(),
        "{} of {compared} disagree; first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(3)].join("\n")
    );
}

/// A generated program with its variables in `shared_memory:` and each task a thread of a process of
/// its own: memory every process shares (`multiprocessing.Value`), stepped on by tasks that have no
/// GIL in common.
fn in_separate_processes(yaml: &str) -> String {
    let mut out = yaml.replacen("\nshared: {", "\nshared_memory: {", 1);
    out = out.replacen("\ntasks:\n", "\nprocesses: { p0: {}, p1: {}, p2: {} }\ntasks:\n", 1);
    for index in 0..3 {
        out = out.replacen(&format!("\n  t{index}: {{ "), &format!("\n  t{index}: {{ process: p{index}, "), 1);
    }
    out
}

/// Memory shared by processes: every read and write of it conflicts across processes, so the search
/// finds what brute force finds, unbounded and within bounds, cached and stateless.
#[test]
fn explore_agrees_with_brute_force_on_memory_shared_by_processes() {
    let mut failures = Vec::new();
    let mut compared = 0;
    for seed in 0..400 {
        let yaml = in_separate_processes(&support::programs::program(seed));
        assert!(yaml.contains("shared_memory:") && yaml.contains("process: p1"), "{yaml}");
        let Some((scenario, all)) = brute_force(&yaml) else { continue };
        compared += 1;
        if let Some(problem) = disagreement_within_bounds(seed, &scenario.model, &all) {
            failures.push(format!("seed {seed}: {problem}\n{yaml}"));
        }
    }
    assert!(compared >= 150, "only {compared} of 400 programs could be enumerated");
    assert!(
        failures.is_empty(),
        "{} of {compared} programs disagree; first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(5)].join("\n")
    );
}
