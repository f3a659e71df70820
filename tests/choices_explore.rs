//! Values chosen at random (`let: "x = choose(1, 6)"`, docs/format.md): `explore` against the brute-force
//! enumerator, which branches on every decision the engine asks a policy for, values included; tokens
//! of runs that chose values replay to the same outcome; timed policies draw values from the seed.

use crate::common;
use crate::support;

use sim_core::engine::{Order, Reduction, SearchOptions};
use sim_core::policy::{Fifo, Pct, Priority, RandomWalk, RoundRobin};
use sim_core::{RunConfig, Simulator};
use support::enumerate::{enumerate, explore_disagreement};

const MAX_STEPS: u64 = 200;

fn shared(simulator: &Simulator<'_>) -> Vec<i64> {
    let mut values = Vec::new();
    simulator.shared_values(&mut values);
    values
}
const BRUTE_FORCE_BUDGET: u64 = 4_000;

/// `explore`, unbounded under both reductions and every order and within bounds 0 and 1, finds exactly
/// the outcomes of every run, and says it is complete, on programs that choose values.
#[test]
fn explore_agrees_with_brute_force_on_programs_with_choices() {
    let mut failures = Vec::new();
    let mut compared = 0;
    let mut with_several_outcomes = 0;
    for seed in 0..400 {
        let yaml = support::programs::choices_program(seed);
        let scenario = common::load(&yaml);
        let all = enumerate(&scenario.model, BRUTE_FORCE_BUDGET, MAX_STEPS);
        if !all.complete || all.hit_step_limit {
            continue;
        }
        compared += 1;
        with_several_outcomes += usize::from(all.outcomes.len() > 1);
        let order = match seed % 3 {
            0 => Order::default(),
            1 => Order::FewPreemptionsFirst,
            _ => Order::DepthFirstThenTurns { alone_runs: 2, alone_steps: u64::MAX },
        };
        let searches = [
            (SearchOptions { reduction: Reduction::CachedStates, order, ..SearchOptions::default() }, None),
            (SearchOptions { reduction: Reduction::StatelessDpor, ..SearchOptions::default() }, None),
            (SearchOptions::default(), Some(0)),
            (SearchOptions::default(), Some(1)),
        ];
        for (options, bound) in searches {
            if let Some(problem) = explore_disagreement(&scenario.model, &all, options, bound, MAX_STEPS) {
                failures.push(format!("seed {seed}: {problem}\n{yaml}"));
                break;
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {compared} programs disagree; first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(3)].join("\n")
    );
    assert!(compared >= 250 && with_several_outcomes >= compared / 2, "{compared} compared, {with_several_outcomes}");
}

/// A task alone that chooses: every value is an outcome, and each is a schedule of its own (a value is
/// never pruned, there being no other task to be independent of).
#[test]
fn every_value_is_a_branch() {
    let check = |choice: &str, expect: &[i64]| {
        let yaml = format!(
            "name: one\nshared: {{ x: 0 }}\ntasks:\n  t: {{ ops: [ {{ let: \"c = {choice}\" }}, {{ set: \"x = c\" }} ] }}\n"
        );
        let scenario = common::load(&yaml);
        let explored = support::enumerate::explore_within(&scenario.model, None, SearchOptions::default(), MAX_STEPS);
        let mut found: Vec<i64> = explored.outcomes.iter().map(|o| o.shared[0]).collect();
        found.sort();
        assert!(explored.complete, "{choice}");
        assert_eq!(found, expect, "{choice}");
        assert_eq!(explored.schedules, expect.len() as u64, "{choice}");
    };
    check("choose(1, 6)", &[1, 2, 3, 4, 5, 6]);
    check("choose(-1, 1)", &[-1, 0, 1]);
    check("choose_of(7, 3, 7)", &[3, 7]);
    check("choose(4, 4)", &[4]);
}

/// The token of every explored outcome, and of runs under every policy, replays to the same outcome.
#[test]
fn tokens_of_runs_that_chose_values_replay_to_the_same_outcome() {
    let yaml = "name: replay\nshared: { x: 0, y: 0 }\ntasks:\n  \
                a: { ops: [ { let: \"c = choose(1, 3)\" }, { let: \"t = x\" }, { set: \"x = t + c\" } ] }\n  \
                b: { ops: [ { let: \"d = choose_of(10, 20)\" }, { let: \"t = x\" }, { set: \"x = t + d\" }, { set: \"y = d\" } ] }\n";
    let scenario = common::load(yaml);
    let mut simulator = Simulator::new(&scenario.model);
    let explored = simulator.explore(&sim_core::engine::ExploreConfig {
        max_schedules: 10_000,
        preemption_bound: None,
        max_steps: MAX_STEPS,
    });
    assert!(explored.complete && explored.outcomes.len() >= 12, "{:?}", explored.outcomes.len());
    for outcome in &explored.outcomes {
        let config = RunConfig { forced_choices: Some(outcome.choices.clone()), ..RunConfig::default() };
        let replayed = simulator.run(&mut RandomWalk::default(), &config);
        assert_eq!(replayed.token_mismatch, None);
        assert_eq!((replayed.status, shared(&simulator)), (outcome.status, outcome.shared.clone()));
    }
    let policies: [(&str, Box<dyn sim_core::policy::Policy>); 5] = [
        ("fifo", Box::new(Fifo)),
        ("round-robin", Box::new(RoundRobin)),
        ("priority", Box::new(Priority)),
        ("random", Box::new(RandomWalk::default())),
        ("pct", Box::new(Pct::default())),
    ];
    for (name, mut policy) in policies {
        let mut values = std::collections::BTreeSet::new();
        for seed in 0..40 {
            let config = RunConfig { seed, ..RunConfig::default() };
            let first = simulator.run(policy.as_mut(), &config);
            let first_shared = shared(&simulator);
            values.insert(first_shared[1]);
            let forced = RunConfig { seed, forced_choices: Some(first.choices.clone()), ..RunConfig::default() };
            let again = simulator.run(policy.as_mut(), &forced);
            assert_eq!(again.token_mismatch, None, "{name} seed {seed}");
            assert_eq!((again.status, again.trace_digest), (first.status, first.trace_digest), "{name} seed {seed}");
            assert_eq!(shared(&simulator), first_shared, "{name} seed {seed}");
        }
        // The seed decides the value under every policy, timed ones too: both come up in 40 seeds.
        assert_eq!(values.into_iter().collect::<Vec<_>>(), vec![10, 20], "{name}");
    }
}

/// Pools of identical tasks that choose values (the state cache merges states equal up to a permutation
/// of the copies, docs/exploration.md, "Orbits of tasks"), and a value that decides a time-out: the same
/// outcomes as brute force, under both reductions.
#[test]
fn pools_and_time_outs_that_choose_values_agree_with_brute_force() {
    let programs = [
        (
            "pool",
            "name: pool\nshared: { x: 0 }\ntasks:\n  w: { count: 2, ops: [ { let: \"c = choose(0, 2)\" }, { let: \"t = x\" }, { set: \"x = t + c\" } ] }\n",
            5,
        ),
        (
            "pool under a lock",
            "name: locked\nshared: { x: 0, y: 0 }\nlocks: [m]\ntasks:\n  w: { count: 2, ops: [ { with: { lock: m, ops: [ { let: \"c = choose_of(1, 10)\" }, { set: \"x = x * 2 + c\" } ] } }, { set: \"y = me\" } ] }\n",
            6,
        ),
        (
            "time-out",
            "name: timeout\nshared: { got: 0 }\nevents: [e]\ntasks:\n  \
             a: { ops: [ { let: \"d = sample(0, 4000000)\" }, { io: { ns: \"d\" } }, { set_event: e } ] }\n  \
             b: { ops: [ { wait: { event: e, timeout: 2ms, into: ok } }, { set: \"got = ok\" } ] }\n",
            1,
        ),
    ];
    for (label, yaml, least) in programs {
        let scenario = common::load(yaml);
        for timeouts in [sim_core::Timeouts::Quiescent, sim_core::Timeouts::Deadline] {
            support::enumerate::assert_explore_agrees(
                &scenario.model,
                timeouts,
                &[Reduction::CachedStates, Reduction::StatelessDpor],
                least,
                label,
            );
        }
    }
    // Under `deadline` the sampled pause decides the time-out: the set comes before it (0 ns, 2 ms) or
    // after it (4 ms), two outcomes.
    let scenario = common::load(programs[2].1);
    let all = support::enumerate::enumerate_with(&scenario.model, sim_core::Timeouts::Deadline, 10_000, MAX_STEPS);
    assert_eq!(all.within(None).len(), 2);
}

/// `shrink` keeps the values of the failing run: failing runs of the random walk, shrunk to fewer
/// switches, keep their values, still fail the same way, and their tokens replay to that failure.
#[test]
fn shrinking_keeps_the_values_a_failing_run_chose() {
    let yaml = "name: shrink\nshared: { x: 0 }\ntasks:\n  \
                a: { ops: [ { let: \"c = choose(0, 3)\" }, { let: \"t = x\" }, yield, yield, { set: \"x = t + c\" } ] }\n  \
                b: { ops: [ { let: \"t = x\" }, yield, yield, { set: \"x = t + 10\" } ] }\n\
                expect: [ \"x != 2\" ]\n";
    let scenario = common::load(yaml);
    let mut simulator = Simulator::new(&scenario.model);
    let mut shrunk_some = 0;
    for seed in 0..300 {
        let first = simulator.run(&mut RandomWalk::default(), &RunConfig { seed, ..RunConfig::default() });
        if !first.status.is_failure() {
            continue;
        }
        let failed = shared(&simulator);
        let shrunk = simulator.shrink(&first.choices, MAX_STEPS).expect("a failing schedule shrinks");
        assert_eq!(shrunk.shrunk.values, shrunk.original.values, "seed {seed}");
        shrunk_some += usize::from(shrunk.shrunk.switches.len() < shrunk.original.switches.len());
        let replay = RunConfig { forced_choices: Some(shrunk.shrunk.outcome.choices.clone()), ..RunConfig::default() };
        let again = simulator.run(&mut RandomWalk::default(), &replay);
        assert_eq!((again.status, shared(&simulator)), (first.status, failed), "seed {seed}");
    }
    assert!(shrunk_some > 0, "no failing run had a switch to drop");
}
