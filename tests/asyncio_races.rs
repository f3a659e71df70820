//! Data races between coroutines of one event loop (issue 16): the loop runs one coroutine at a time and
//! never interleaves a coroutine's run between two `await`s, so a read and a write with no `await`
//! between them race with nothing of the same loop; the same read-modify-write split by an `await` is
//! a race (a lost update `explore` finds), and so is any conflict with a thread or another loop's
//! coroutine. Each program is run under several policies and seeds, and every run's report must say the
//! same.

use crate::common;

use sim_core::{RunConfig, Simulator, policy};

/// The variables of every race the run of `yaml` under `policy_name` and `seed` reports, sorted, with
/// the two tasks: `x: a/b`.
fn races(yaml: &str, policy_name: &str, seed: u64) -> Vec<String> {
    let scenario = common::load(yaml);
    let mut simulator = Simulator::new(&scenario.model);
    let mut policy = policy::by_name(policy_name).expect("a built-in policy");
    simulator.run(policy.as_mut(), &RunConfig { seed, record_accesses: true, ..RunConfig::default() });
    let mut found: Vec<String> = sim_core::races::find_races(&scenario.model, simulator.accesses().0)
        .into_iter()
        .map(|race| {
            let mut tasks = [race.first.task, race.second.task];
            tasks.sort();
            format!("{}: {}/{}", race.variable, tasks[0], tasks[1])
        })
        .collect();
    found.sort();
    found.dedup();
    found
}

/// Every run (round-robin, and `random` and `pct` over a few seeds) reports exactly `expect`.
fn check(yaml: &str, expect: &[&str]) {
    for policy_name in ["round-robin", "random", "pct"] {
        for seed in 0..8 {
            assert_eq!(races(yaml, policy_name, seed), expect, "{policy_name} seed {seed}\n{yaml}");
        }
    }
}

/// Two coroutines each add to `x`: BODY is their read-modify-write.
const TWO_COROUTINES: &str = "name: t\nshared: { x: 0 }
tasks:
  a: { kind: coroutine, ops: [ BODY ] }
  b: { kind: coroutine, ops: [ BODY ] }
";

fn two_coroutines(body: &str) -> String {
    TWO_COROUTINES.replace("BODY", body)
}

#[test]
fn a_read_and_a_write_with_no_await_between_them_race_with_no_coroutine_of_the_loop() {
    check(&two_coroutines("{ let: \"v = x\" }, { set: \"x = v + 1\" }"), &[]);
    check(&two_coroutines("{ set: \"x = x + 1\" }, { await: 0ns }, { set: \"x = x + 1\" }"), &[]);
    // An `await` before and after the update changes nothing: it is still one run of the coroutine.
    check(&two_coroutines("{ await: 1ms }, { let: \"v = x\" }, { set: \"x = v + 1\" }, { await: 1ms }"), &[]);
}

#[test]
fn a_read_modify_write_split_by_an_await_is_a_race() {
    check(&two_coroutines("{ let: \"v = x\" }, { await: 0ns }, { set: \"x = v + 1\" }"), &["x: a/b"]);
    check(&two_coroutines("{ let: \"v = x\" }, { await: 1ms }, { set: \"x = v + 1\" }"), &["x: a/b"]);
    // Awaiting a task is an `await` too.
    let awaiting = "name: t\nshared: { x: 0 }
tasks:
  job: { kind: coroutine, start: spawned, ops: [ { await: 1ms } ] }
  a: { kind: coroutine, ops: [ { let: \"v = x\" }, { submit: { task: job, into: f } }, { result: { future: f } }, { set: \"x = v + 1\" } ] }
  b: { kind: coroutine, ops: [ { set: \"x = x + 10\" } ] }
";
    check(awaiting, &["x: a/b"]);
}

#[test]
fn the_split_update_is_a_lost_update_explore_finds() {
    let explore = |yaml: &str| {
        let scenario = common::load(yaml);
        let config = sim_core::engine::ExploreConfig { max_schedules: 10_000, preemption_bound: None, max_steps: 100 };
        let result = Simulator::new(&scenario.model).explore(&config);
        assert!(result.complete);
        let mut values: Vec<i64> = result.outcomes.iter().map(|outcome| outcome.shared[0]).collect();
        values.sort();
        values
    };
    assert_eq!(explore(&two_coroutines("{ let: \"v = x\" }, { set: \"x = v + 1\" }")), [2]);
    assert_eq!(explore(&two_coroutines("{ let: \"v = x\" }, { await: 0ns }, { set: \"x = v + 1\" }")), [1, 2]);
}

#[test]
fn threads_and_other_loops_race_with_a_coroutine_as_always() {
    // A thread beside the loop interleaves anywhere.
    let with_thread = "name: t\nshared: { x: 0 }
tasks:
  a: { kind: coroutine, ops: [ { let: \"v = x\" }, { set: \"x = v + 1\" } ] }
  t: { ops: [ { set: \"x = 5\" } ] }
";
    check(with_thread, &["x: a/t"]);
    // A coroutine of another loop runs on another thread.
    let two_loops = "name: t\nshared: { x: 0 }
tasks:
  a: { kind: coroutine, loop: l1, ops: [ { let: \"v = x\" }, { set: \"x = v + 1\" } ] }
  b: { kind: coroutine, loop: l2, ops: [ { let: \"v = x\" }, { set: \"x = v + 1\" } ] }
";
    check(two_loops, &["x: a/b"]);
}
