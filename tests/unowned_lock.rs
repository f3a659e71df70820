//! Locks declared `owned: false` (Python's `threading.Lock`, which any thread may release): a release by
//! a task that does not hold it hands the lock on instead of faulting, exploration agrees with brute force
//! on a readers-writer lock built from one, and the declaration is refused where it means nothing.

use crate::common;
use crate::support;

use sim_core::Timeouts;
use sim_core::engine::Reduction;
use support::enumerate::assert_explore_agrees;

/// Main takes `gate`, a worker releases it, main takes it again: a signal made of a lock.
const HANDOFF: &str = "name: handoff
shared: { done: 0 }
locks: { gate: { owned: OWNED } }
tasks:
  main: { ops: [ { lock: gate }, { spawn: opener }, { lock: gate }, { set: \"done = 1\" }, { join: opener } ] }
  opener: { start: spawned, ops: [ { unlock: gate } ] }
";

/// Two readers and a writer; the first reader in takes `room`, the last one out releases it (the count
/// kept in `atomic` blocks rather than under a lock of its own, to keep the brute force small).
const READERS_WRITER: &str = "name: readers-writer
shared: { readers: 0, data: 0, seen: 0 }
locks: { room: { owned: false } }
tasks:
  reader1:
    ops:
      - atomic: [ { set: \"readers = readers + 1\" }, { let: \"first = readers == 1\" } ]
      - if: { cond: \"first\", then: [ { lock: room } ] }
      - set: \"seen = seen + data\"
      - atomic: [ { set: \"readers = readers - 1\" }, { let: \"last = readers == 0\" } ]
      - if: { cond: \"last\", then: [ { unlock: room } ] }
  reader2:
    ops:
      - atomic: [ { set: \"readers = readers + 1\" }, { let: \"first = readers == 1\" } ]
      - if: { cond: \"first\", then: [ { lock: room } ] }
      - set: \"seen = seen + data\"
      - atomic: [ { set: \"readers = readers - 1\" }, { let: \"last = readers == 0\" } ]
      - if: { cond: \"last\", then: [ { unlock: room } ] }
  writer: { ops: [ { with: { lock: room, ops: [ { set: \"data = 5\" } ] } } ] }
";

fn summary(yaml: &str) -> String {
    let (report, _) = common::run(&common::load(yaml), "round-robin", 0);
    let failure = report.failures.first().map_or(String::new(), |f| format!(": {}", f.message));
    format!("{}{failure}", report.status.as_str())
}

#[test]
fn a_lock_nobody_owns_may_be_released_by_a_task_that_does_not_hold_it() {
    assert_eq!(summary(&HANDOFF.replace("OWNED", "false")), "ok");
    // The contract's lock: unlocking a lock one does not hold is a fault.
    assert!(summary(&HANDOFF.replace("OWNED", "true")).starts_with("fault"));
}

#[test]
fn explore_agrees_with_brute_force_on_a_readers_writer_lock_with_a_lock_nobody_owns() {
    let scenario = common::load(READERS_WRITER);
    let reductions = [Reduction::CachedStates, Reduction::StatelessDpor];
    for timeouts in [Timeouts::Quiescent, Timeouts::Any] {
        assert_explore_agrees(&scenario.model, timeouts, &reductions, 3, "readers-writer");
    }
}

#[test]
fn owned_false_is_refused_on_reentrant_and_asyncio_locks() {
    for declaration in ["{ reentrant: true, owned: false }", "{ asyncio: true, owned: false }"] {
        let yaml = format!("name: t\nlocks: {{ l: {declaration} }}\ntasks:\n  main: {{ ops: [ {{ lock: l }} ] }}\n");
        let Err(diagnostic) = scenarios::load_str("t.yaml", &yaml) else { panic!("{declaration} was accepted") };
        let error = diagnostic.render(false);
        assert!(error.contains("`owned: false` is for plain threading locks"), "{error}");
    }
}
