//! Format 1.1, part two, where the engine does not run it yet (asyncio's own primitives; executors and
//! futures run, tests/executors.rs and tests/futures_values.rs):
//! every construct loads, and a run that reaches one ends with a fault that says "not yet supported" at
//! that step, never with an approximation.

mod common;

use sim_core::outcome::Status;

/// Under a timed and an exploring policy, the run faults at `step` (in the words of traces).
fn check(yaml: &str, step: &str) {
    let scenario = common::load(yaml);
    for policy in ["round-robin", "random"] {
        let (report, _) = common::run(&scenario, policy, 0);
        assert_eq!(report.status, Status::Fault, "{policy}: {yaml}");
        let failure = &report.failures[0];
        assert!(failure.message.contains("not yet supported"), "{policy}: {}", failure.message);
        assert_eq!(failure.step.as_deref(), Some(step), "{policy}: {yaml}");
    }
}

#[test]
fn every_part_two_construct_is_refused_at_run_time() {
    check(
        "name: s\nevents: { e: { asyncio: true } }\ntasks:\n  c: { kind: coroutine, ops: [ { set_event: e } ] }\n",
        "set_event e",
    );
    check(
        "name: s\nlocks: { m: { asyncio: true } }\ntasks:\n  c: { kind: coroutine, ops: [ { lock: m }, { unlock: m } ] }\n",
        "lock m",
    );
    check(
        "name: s\nqueues: { q: { asyncio: true } }\ntasks:\n  c: { kind: coroutine, ops: [ { put: { queue: q, value: 1 } } ] }\n",
        "put q 1",
    );
}
