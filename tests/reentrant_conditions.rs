//! Conditions declared `reentrant: true` (Python's `threading.Condition()`, whose own lock is an RLock):
//! the owner may take the condition's lock again, `wait` releases every level and takes them back, and
//! the declaration is refused where it means nothing (with `lock:`, or on asyncio's condition).

use crate::common;
use crate::support;

use sim_core::Timeouts;
use sim_core::engine::Reduction;
use support::enumerate::assert_explore_agrees;

/// A waiter holds `cond` twice and waits; a notifier takes it once and notifies.
const NESTED_WAIT: &str = "name: nested-wait
shared: { woken: 0 }
conditions: { cond: { reentrant: REENTRANT } }
tasks:
  waiter:
    ops:
      - with: { lock: cond, ops: [ { with: { lock: cond, ops: [ { wait: { condition: cond } }, { set: \"woken = 1\" } ] } } ] }
  notifier:
    ops:
      - with: { lock: cond, ops: [ { notify: cond } ] }
";

fn summary(yaml: &str) -> String {
    let (report, _) = common::run(&common::load(yaml), "round-robin", 0);
    report.status.as_str().to_string()
}

#[test]
fn a_reentrant_condition_lock_is_taken_again_and_wait_releases_every_level() {
    // Round-robin runs the waiter first: it holds two levels and waits; the notifier gets in.
    assert_eq!(summary(&NESTED_WAIT.replace("REENTRANT", "true")), "ok");
    // The condition's plain lock: the second `with` deadlocks.
    assert_eq!(summary(&NESTED_WAIT.replace("REENTRANT", "false")), "deadlock");
}

#[test]
fn explore_agrees_with_brute_force_on_a_nested_wait_of_a_reentrant_condition() {
    let scenario = common::load(&NESTED_WAIT.replace("REENTRANT", "true"));
    let reductions = [Reduction::CachedStates, Reduction::StatelessDpor];
    assert_explore_agrees(&scenario.model, Timeouts::Quiescent, &reductions, 2, "nested-wait");
}

#[test]
fn reentrant_is_refused_with_a_lock_of_its_own_and_on_asyncio_conditions() {
    let cases = [
        ("locks: [m]\nconditions: { c: { lock: m, reentrant: true } }", "`reentrant` is for the lock a condition owns"),
        ("conditions: { c: { asyncio: true, reentrant: true } }", "`reentrant: true` is for a threading condition"),
    ];
    for (declarations, message) in cases {
        let yaml = format!("name: t\n{declarations}\ntasks:\n  main: {{ ops: [ {{ lock: c }} ] }}\n");
        let Err(diagnostic) = scenarios::load_str("t.yaml", &yaml) else { panic!("{declarations} was accepted") };
        let error = diagnostic.render(false);
        assert!(error.contains(message), "{error}");
    }
}
