//! The exploration issue's bar: fuzzing finds every outcome of the bank race, tokens replay, explore
//! proves the locked version and counts interleavings as DPOR should.

use crate::common;

use std::collections::BTreeSet;

use common::load;
use sim_core::engine::ExploreConfig;
use sim_core::{RunConfig, Simulator, Status, policy};

fn bank_balances(policy_name: &str, seeds: u64) -> BTreeSet<i64> {
    let scenario = load(include_str!("../scenarios/bank-race.yaml"));
    let mut simulator = Simulator::new(&scenario.model);
    let mut policy = policy::by_name(policy_name).expect("built-in");
    let mut balances = BTreeSet::new();
    for seed in 0..seeds {
        simulator.run(policy.as_mut(), &RunConfig { seed, ..RunConfig::default() });
        let sim_core::expr::Value::Int(balance) = simulator.shared_state()["main"]["balance"] else {
            panic!("the balance is an integer");
        };
        balances.insert(balance);
    }
    balances
}

#[test]
fn fuzzing_finds_all_three_bank_outcomes_under_random_and_pct() {
    assert_eq!(bank_balances("random", 2000), BTreeSet::from([400, 900, 1000]));
    assert_eq!(bank_balances("pct", 2000), BTreeSet::from([400, 900, 1000]));
}

#[test]
fn a_failing_run_replays_from_its_choices() {
    let scenario = load(include_str!("../scenarios/bank-race.yaml"));
    let mut simulator = Simulator::new(&scenario.model);
    let mut random = policy::by_name("random").expect("built-in");
    let seed = (0..100)
        .find(|&seed| {
            simulator.run(random.as_mut(), &RunConfig { seed, ..RunConfig::default() });
            simulator.shared_state()["main"]["balance"] == 400
        })
        .expect("a seed that loses the deposit");
    let original = simulator.run(random.as_mut(), &RunConfig { seed, ..RunConfig::default() });
    // Replayed under another exploring policy and seed: the choices alone decide.
    let mut pct = policy::by_name("pct").expect("built-in");
    let config = RunConfig { seed, forced_choices: Some(original.choices.clone()), ..RunConfig::default() };
    let replayed = simulator.run(pct.as_mut(), &config);
    assert_eq!(replayed.token_mismatch, None);
    assert_eq!(replayed.trace_digest, original.trace_digest);
    assert_eq!(simulator.shared_state()["main"]["balance"], 400);
}

const UNBOUNDED: ExploreConfig = ExploreConfig { max_schedules: 1_000_000, preemption_bound: None, max_steps: 100_000 };

fn explore(yaml: &str) -> sim_core::engine::ExploreResult {
    let scenario = load(yaml);
    Simulator::new(&scenario.model).explore(&UNBOUNDED)
}

/// One schedule per class of interleavings (stateless DPOR), for counting classes.
fn explore_classes(yaml: &str) -> sim_core::engine::ExploreResult {
    let scenario = load(yaml);
    Simulator::new(&scenario.model).explore_stateless(&UNBOUNDED)
}

#[test]
fn explore_covers_the_bank_race_in_few_schedules() {
    let result = explore(include_str!("../scenarios/bank-race.yaml"));
    assert!(result.complete);
    assert!(result.schedules <= 6, "{} schedules", result.schedules);
    let balances: BTreeSet<i64> = result.outcomes.iter().map(|o| o.shared[0]).collect();
    assert_eq!(balances, BTreeSet::from([400, 900, 1000]));
}

#[test]
fn explore_proves_the_locked_bank_always_ends_at_900() {
    let result = explore(include_str!("../scenarios/bank-locked.yaml"));
    assert!(result.complete);
    assert_eq!(result.outcomes.len(), 1);
    assert_eq!((result.outcomes[0].status, result.outcomes[0].shared[0]), (Status::Ok, 900));
}

#[test]
fn explore_counts_the_interleavings_of_three_double_increments() {
    // Three threads each doing `n = n + 1` twice: 7,134 classes of interleavings up to commuting reads.
    let result = explore_classes(include_str!("../scenarios/lost-update.yaml"));
    assert!(result.complete);
    assert_eq!(result.schedules, 7134);
    let values: BTreeSet<i64> = result.outcomes.iter().map(|o| o.shared[0]).collect();
    assert_eq!(values, BTreeSet::from([2, 3, 4, 5, 6]));
    // With state caching, far fewer schedules reach the same outcomes.
    let cached = explore(include_str!("../scenarios/lost-update.yaml"));
    assert!(cached.complete && cached.schedules < 7134, "{} schedules", cached.schedules);
    let cached_values: BTreeSet<i64> = cached.outcomes.iter().map(|o| o.shared[0]).collect();
    assert_eq!(cached_values, values);
}

/// The groups of interchangeable tasks symmetry reduction permutes, of `yaml`.
fn symmetry_groups(yaml: &str) -> Vec<Vec<u32>> {
    sim_core::engine::symmetry::Symmetry::of(&load(yaml).model).groups().to_vec()
}

#[test]
fn symmetry_groups_the_tasks_that_nothing_tells_apart() {
    let tasks = "  w: { count: 3, ops: [ { set: \"n = n + me\" } ] }\n  a: { ops: [ { set: \"n = n + 2\" } ] }\n  \
                 b: { ops: [ { set: \"n = n + 2\" } ] }\n";
    let with_main =
        |main: &str| format!("name: groups\nshared: {{ n: 0 }}\ntasks:\n{tasks}  m: {{ ops: [ {main} ] }}\n");
    // Copies differ in `me` only (their own words), and `a` and `b` are written alike.
    assert_eq!(symmetry_groups(&with_main("{ join: w }")), vec![vec![0, 1, 2], vec![3, 4]]);
    // Naming one copy alone tells it apart from the others.
    assert_eq!(symmetry_groups(&with_main("{ join: w-1 }")), vec![vec![0, 2], vec![3, 4]]);
    assert_eq!(symmetry_groups(&with_main("{ kill: a }")), vec![vec![0, 1, 2]]);
}

#[test]
fn symmetry_cuts_the_schedules_of_identical_threads() {
    let increments = |threads: u32, times: u32| {
        format!(
            "name: increments\nshared: {{ n: 0 }}\ntasks:\n  adder: {{ count: {threads}, ops: [ {{ repeat: {{ times: {times}, \
             ops: [ {{ set: \"n = n + 1\" }} ] }} }} ] }}\n"
        )
    };
    // docs/exploration.md, "Symmetry of identical tasks": 15, 54 and 152 schedules without it.
    for (threads, times, schedules) in [(3, 1, 5), (3, 2, 18), (4, 2, 38)] {
        let result = explore(&increments(threads, times));
        assert!(result.complete);
        assert_eq!(result.schedules, schedules, "{threads} threads x {times}");
        let values: BTreeSet<i64> = result.outcomes.iter().map(|o| o.shared[0]).collect();
        assert_eq!(values, (i64::from(times)..=i64::from(threads * times)).collect(), "{threads} threads x {times}");
    }
}

#[test]
fn explore_finds_the_abba_deadlock_and_a_bound_limits_the_search() {
    let result = explore(include_str!("../scenarios/abba-deadlock.yaml"));
    assert!(result.outcomes.iter().any(|o| o.status == Status::Deadlock));
    let scenario = load(include_str!("../scenarios/lost-update.yaml"));
    let mut simulator = Simulator::new(&scenario.model);
    let bounded =
        simulator.explore(&ExploreConfig { max_schedules: 1_000_000, preemption_bound: Some(1), max_steps: 100_000 });
    assert!(bounded.complete && bounded.schedules < 7134, "{} schedules", bounded.schedules);
    let capped = simulator.explore(&ExploreConfig { max_schedules: 10, preemption_bound: None, max_steps: 100_000 });
    assert_eq!((capped.schedules + capped.redundant, capped.complete), (10, false), "every run counts");
}

#[test]
fn shrink_keeps_the_failure_with_fewer_preemptions() {
    let scenario = load(include_str!("../scenarios/lost-update.yaml"));
    let mut simulator = Simulator::new(&scenario.model);
    let mut random = policy::by_name("random").expect("built-in");
    // A seed whose schedule loses four of the six increments.
    let (seed, choices) = (0..1000)
        .find_map(|seed| {
            let outcome = simulator.run(random.as_mut(), &RunConfig { seed, ..RunConfig::default() });
            (simulator.shared_state()["main"]["n"] == 2).then_some((seed, outcome.choices))
        })
        .expect("a seed that ends with n == 2");
    let result = simulator.shrink(&choices, 100_000).expect("the schedule fails");
    assert!(result.shrunk.preemptions < result.original.preemptions, "seed {seed}: {result:?}");
    assert_eq!(result.shrunk.outcome.status, Status::AssertionFailed);
    let replayed = simulator.run(
        random.as_mut(),
        &RunConfig { forced_choices: Some(result.shrunk.outcome.choices.clone()), ..RunConfig::default() },
    );
    assert_eq!(replayed.status, Status::AssertionFailed);
    assert_eq!(simulator.shared_state()["main"]["n"], 2);
}

fn run_with_accesses<'s>(scenario: &'s scenarios::Scenario, policy_name: &str, seed: u64) -> Simulator<'s> {
    let mut simulator = Simulator::new(&scenario.model);
    let mut policy = policy::by_name(policy_name).expect("built-in");
    simulator.run(policy.as_mut(), &RunConfig { seed, record_accesses: true, ..RunConfig::default() });
    simulator
}

#[test]
fn the_race_report_flags_the_bank_race_even_when_the_outcome_is_fine() {
    let racy = load(include_str!("../scenarios/bank-race.yaml"));
    let simulator = run_with_accesses(&racy, "round-robin", 0);
    assert_eq!(simulator.shared_state()["main"]["balance"], 900, "round-robin happens to serialise the updates");
    let races = sim_core::races::find_races(&racy.model, simulator.accesses().0);
    assert!(races.iter().any(|r| r.variable == "balance" && r.first.write != r.second.write), "{races:?}");
    assert!(races.iter().any(|r| r.first.write && r.second.write), "{races:?}");
    let locked = load(include_str!("../scenarios/bank-locked.yaml"));
    for seed in 0..20 {
        let simulator = run_with_accesses(&locked, "random", seed);
        assert_eq!(sim_core::races::find_races(&locked.model, simulator.accesses().0), vec![]);
    }
}

#[test]
fn fuzz_coverage_counts_the_classes_explore_enumerates() {
    for (yaml, seeds) in
        [(include_str!("../scenarios/bank-race.yaml"), 2000), (include_str!("../scenarios/lost-update.yaml"), 3000)]
    {
        let scenario = load(yaml);
        let explored = explore_classes(yaml).schedules;
        let mut simulator = Simulator::new(&scenario.model);
        let mut random = policy::by_name("random").expect("built-in");
        let mut classes = BTreeSet::new();
        for seed in 0..seeds {
            simulator.run(random.as_mut(), &RunConfig { seed, record_accesses: true, ..RunConfig::default() });
            classes.insert(sim_core::races::happens_before_class(simulator.accesses().0));
        }
        assert!(classes.len() as u64 <= explored, "{} classes from fuzzing, {explored} explored", classes.len());
        if explored <= 10 {
            assert_eq!(classes.len() as u64, explored);
        }
    }
}

/// A depth-2 bug (an atomicity violation): `checker` fails only if it reads `x` after `writer` set it to
/// 1 and before `writer` set it back, two ordering constraints.
const DEPTH_TWO: &str = "
name: depth-two
shared: { x: 0 }
tasks:
  writer:
    ops:
      - set: \"x = 1\"
      - let: \"a = 1\"
      - let: \"a = 2\"
      - let: \"a = 3\"
      - let: \"a = 4\"
      - set: \"x = 0\"
  checker:
    ops:
      - let: \"b = 1\"
      - let: \"b = 2\"
      - let: \"b = 3\"
      - let: \"b = 4\"
      - let: \"b = 5\"
      - assert: \"x == 0\"
";

fn failure_rate(policy_name: &str, runs: u64) -> f64 {
    let scenario = load(DEPTH_TWO);
    let mut simulator = Simulator::new(&scenario.model);
    let mut policy = policy::by_name(policy_name).expect("built-in");
    let failures = (0..runs)
        .filter(|&seed| {
            simulator.run(policy.as_mut(), &RunConfig { seed, ..RunConfig::default() }).status
                == Status::AssertionFailed
        })
        .count();
    failures as f64 / runs as f64
}

#[test]
fn pct_finds_a_depth_two_bug_as_often_as_it_promises() {
    let scenario = load(DEPTH_TWO);
    // PCT's k: the steps of the run (here every instruction is one step; the checker's assert reads x
    // first, so it is one more).
    let k: u64 = scenario.model.tasks.iter().map(|t| t.program.len() as u64).sum();
    let n = scenario.model.tasks.len() as f64;
    let promised = 1.0 / (n * k as f64);
    let runs = 4000;
    let observed = failure_rate("pct", runs);
    // Three standard deviations of slack for sampling noise.
    let slack = 3.0 * (promised * (1.0 - promised) / runs as f64).sqrt();
    assert!(observed >= promised - slack, "pct found the bug in {observed:.4} of runs; it promises {promised:.4}");
}
