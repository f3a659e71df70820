//! `get: { queue, into, timeout, into_ok }`, `q.get(timeout=D)` and `q.get_nowait()` (docs/format.md,
//! "A `get` with a time-out"): under timed policies it gives up at its virtual time; under exploring
//! ones when `--timeouts` lets it, and `explore` agrees with the brute-force enumerator of every
//! interleaving (a give-up is one of its decisions), with the state cache and with stateless DPOR.

use crate::common;
use crate::support;

use common::{json_of, outcome_line, outcome_lines, scenario_file, weft};
use serde_json::Value;
use sim_core::Timeouts;
use sim_core::engine::Reduction;
use support::enumerate::assert_explore_agrees;

/// The consumer loop of threading code: wait up to 1 s for an item; `seen` is the item, `empty` says
/// the wait gave up (queue.Empty).
const CONSUMER: &str = "name: get-timeout
shared: { seen: 0, empty: 0 }
queues: { q: {} }
tasks:
  producer: { ops: [ { io: 5ms }, { put: { queue: q, value: 7 } } ] }
  consumer:
    ops:
      - get: { queue: q, into: x, timeout: 1s, into_ok: got }
      - if: { cond: \"got\", then: [ { set: \"seen = x\" } ], else: [ { set: \"empty = 1\" } ] }
";

/// `explore` under `timeouts` finds exactly `expected`, completely.
fn check_explore(name: &str, yaml: &str, timeouts: &str, expected: &[&str]) {
    let file = scenario_file("queue-timeouts", name, yaml);
    let explored = json_of(&["explore", &file, "--timeouts", timeouts, "--json"]);
    assert_eq!(explored["complete"], Value::Bool(true), "{name}: explore did not complete");
    let mut expected: Vec<String> = expected.iter().map(|line| line.to_string()).collect();
    expected.sort();
    assert_eq!(outcome_lines(&explored), expected, "{name} --timeouts {timeouts}");
}

/// Under `policy`, one run ends with `expected`.
fn check_run(name: &str, yaml: &str, policy: &str, expected: &str) {
    let file = scenario_file("queue-timeouts", name, yaml);
    let report = json_of(&["run", &file, "--policy", policy, "--json"]);
    assert_eq!(outcome_line(&report), expected, "{name} under {policy}");
}

#[test]
fn a_get_gives_up_at_its_virtual_time_under_timed_policies() {
    let short = CONSUMER.replace("timeout: 1s", "timeout: 1ms");
    for policy in ["fifo", "round-robin", "priority"] {
        check_run("timed", CONSUMER, policy, "ok seen=7 empty=0");
        check_run("timed-short", &short, policy, "ok seen=0 empty=1");
    }
}

#[test]
fn under_exploration_a_get_gives_up_as_timeouts_says() {
    // Quiescent: the producer can always move, so the wait never gives up.
    check_explore("quiescent", CONSUMER, "quiescent", &["ok seen=7 empty=0"]);
    // Any: it may give up before the put.
    check_explore("any", CONSUMER, "any", &["ok seen=7 empty=0", "ok seen=0 empty=1"]);
    // Nobody puts: stuck, it gives up under either setting.
    let nobody = CONSUMER.replace("{ put: { queue: q, value: 7 } }", "{ io: 1ms }");
    check_explore("nobody", &nobody, "quiescent", &["ok seen=0 empty=1"]);
}

#[test]
fn a_get_that_does_not_wait_sees_the_queue_as_it_is() {
    // `get_nowait()`: before the put it finds the queue empty, after it the item.
    let at_once = CONSUMER.replace("timeout: 1s", "timeout: 0ns");
    check_explore("nowait", &at_once, "quiescent", &["ok seen=7 empty=0", "ok seen=0 empty=1"]);
    check_run("nowait-fifo", &at_once, "fifo", "ok seen=0 empty=1");
}

#[test]
fn into_ok_needs_timeout() {
    let file = scenario_file("queue-timeouts", "refused", &CONSUMER.replace(", timeout: 1s", ""));
    let (status, _, stderr) = weft(&["check", &file]);
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("`into_ok` says whether a `get` timed out") && stderr.contains(":8:"), "{stderr}");
}

/// The consumer without `into_ok`: `x = q.get(timeout=D)` outside a `try`, whose queue.Empty ends it.
const UNCAUGHT: &str = "name: get-timeout-uncaught
shared: { seen: 0 }
queues: { q: {} }
tasks:
  producer: { ops: [ { io: 5ms }, { put: { queue: q, value: 7 } } ] }
  consumer:
    ops:
      - get: { queue: q, into: x, timeout: 1s }
      - set: \"seen = x\"
";

#[test]
fn a_get_without_into_ok_that_gives_up_is_an_uncaught_queue_empty() {
    let short = UNCAUGHT.replace("timeout: 1s", "timeout: 1ms");
    let at_once = UNCAUGHT.replace("timeout: 1s", "timeout: 0ns");
    for policy in ["fifo", "round-robin"] {
        check_run("uncaught-timed", UNCAUGHT, policy, "ok seen=7");
        check_run("uncaught-short", &short, policy, "fault seen=0");
        check_run("uncaught-nowait", &at_once, policy, "fault seen=0");
    }
    check_explore("uncaught-any", UNCAUGHT, "any", &["ok seen=7", "fault seen=0"]);
    check_explore("uncaught-nowait", &at_once, "quiescent", &["ok seen=7", "fault seen=0"]);
    let file = scenario_file("queue-timeouts", "uncaught-says", &short);
    let (_, stdout, _) = weft(&["run", &file]);
    assert!(stdout.contains("Empty: queue `q` was still empty when the `get` gave up"), "{stdout}");
}

/// A producer whose second `put` on a queue of one waits up to 1 s for the consumer to make room:
/// `q.put(2, timeout=1)` in a `try` with `except queue.Full: dropped = 1`.
const PRODUCER: &str = "name: put-timeout
shared: { sent: 0, dropped: 0 }
queues: { q: { capacity: 1 } }
tasks:
  producer:
    ops:
      - put: { queue: q, value: 1 }
      - put: { queue: q, value: 2, timeout: 1s, into_ok: ok }
      - if: { cond: \"ok\", then: [ { set: \"sent = 2\" } ], else: [ { set: \"dropped = 1\" } ] }
  consumer: { ops: [ { io: 5ms }, { get: { queue: q, into: x } } ] }
";

#[test]
fn a_put_with_a_time_out_gives_up_when_its_bounded_queue_stays_full() {
    let short = PRODUCER.replace("timeout: 1s", "timeout: 1ms");
    let at_once = PRODUCER.replace("timeout: 1s", "timeout: 0ns");
    let uncaught = short
        .replace(", into_ok: ok", "")
        .replace("then: [ { set: \"sent = 2\" } ], else: [ { set: \"dropped = 1\" } ]", "then: []");
    let uncaught = uncaught.replace("      - if: { cond: \"ok\", then: [] }\n", "");
    for policy in ["fifo", "round-robin"] {
        check_run("put-timed", PRODUCER, policy, "ok sent=2 dropped=0");
        check_run("put-short", &short, policy, "ok sent=0 dropped=1");
        check_run("put-nowait", &at_once, policy, "ok sent=0 dropped=1");
        check_run("put-uncaught", &uncaught, policy, "fault sent=0 dropped=0");
    }
    check_explore("put-quiescent", PRODUCER, "quiescent", &["ok sent=2 dropped=0"]);
    check_explore("put-any", PRODUCER, "any", &["ok sent=2 dropped=0", "ok sent=0 dropped=1"]);
    check_explore("put-uncaught-any", &uncaught, "any", &["ok sent=0 dropped=0", "fault sent=0 dropped=0"]);
    let file = scenario_file("queue-timeouts", "put-says", &uncaught);
    let (_, stdout, _) = weft(&["run", &file]);
    assert!(stdout.contains("Full: queue `q` was still full when the `put` gave up"), "{stdout}");
    let refused = scenario_file("queue-timeouts", "put-refused", &PRODUCER.replace("timeout: 1s, ", ""));
    let (status, _, stderr) = weft(&["check", &refused]);
    assert!(status == 2 && stderr.contains("`into_ok` says whether a `put`"), "{stderr}");
}

#[test]
fn every_instance_of_a_submitted_job_keeps_its_puts_time_out() {
    // Two instances of one job offer an item to a queue of one: the second gives up, none blocks.
    let jobs = "name: put-jobs
shared: { dropped: 0 }
queues: { q: { capacity: 1 } }
executors: { pool: { workers: 2 } }
tasks:
  main:
    ops:
      - submit: { task: offer, into: a }
      - submit: { task: offer, into: b }
      - result: { future: a }
      - result: { future: b }
  offer:
    start: spawned
    executor: pool
    ops:
      - put: { queue: q, value: 1, timeout: 0ns, into_ok: ok }
      - if: { cond: \"not ok\", then: [ { set: \"dropped = dropped + 1\" } ] }
";
    check_explore("put-jobs", jobs, "quiescent", &["ok dropped=1"]);
}

#[test]
fn a_loop_that_retries_put_nowait_on_a_full_queue_waits_as_a_spin() {
    // `while True: try: q.put_nowait(2); break / except queue.Full: pass`: the failed tries are reads,
    // so the loop blocks until the consumer makes room, and exploration ends.
    let retries = "name: put-retries
shared: { sent: 0 }
queues: { q: { capacity: 1 } }
tasks:
  producer:
    ops:
      - put: { queue: q, value: 1 }
      - let: \"ok = 0\"
      - while: { cond: \"not ok\", ops: [ { put: { queue: q, value: 2, timeout: 0ns, into_ok: ok } } ] }
      - set: \"sent = 2\"
  consumer: { ops: [ { io: 5ms }, { get: { queue: q, into: x } } ] }
";
    check_explore("put-retries", retries, "quiescent", &["ok sent=2"]);
}

/// Two consumers poll a queue two producers fill, with a time-out and without waiting; one producer
/// puts a `None` sentinel. Small enough for the brute-force enumerator.
const POLLERS: &str = "name: pollers
shared: { a: 0, b: 0, n: 0 }
queues: { q: { capacity: 1 } }
tasks:
  one: { ops: [ { put: { queue: q, value: 1 } }, { put: { queue: q, value: None } } ] }
  two: { ops: [ { put: { queue: q, value: 2 } } ] }
  first:
    ops:
      - get: { queue: q, into: x, timeout: 1s, into_ok: got }
      - if: { cond: \"got\", then: [ { set: \"a = x\" } ] }
      - get: { queue: q, into: y, timeout: 0ns, into_ok: got }
      - if: { cond: \"got\", then: [ { set: \"n = n + 1\" } ] }
  second:
    ops:
      - get: { queue: q, into: x, timeout: 1s, into_ok: got }
      - if: { cond: \"got\", then: [ { set: \"b = x\" } ] }
";

#[test]
fn explore_agrees_with_brute_force_on_gets_with_time_outs() {
    // Also with the second consumer's give-up uncaught (no `into_ok`): queue.Empty, a fault.
    let uncaught = POLLERS.replace(
        "      - get: { queue: q, into: x, timeout: 1s, into_ok: got }\n      - if: { cond: \"got\", then: [ { set: \"b = x\" } ] }\n",
        "      - get: { queue: q, into: x, timeout: 1s }\n      - set: \"b = x\"\n",
    );
    assert_ne!(uncaught, POLLERS);
    // And with the producers' puts waiting for room at most 1 s (`one`'s caught, `two`'s not).
    let timed_puts = POLLERS
        .replace(
            "{ put: { queue: q, value: None } }",
            "{ put: { queue: q, value: None, timeout: 1s, into_ok: in_time } }",
        )
        .replace("{ put: { queue: q, value: 2 } }", "{ put: { queue: q, value: 2, timeout: 1s } }");
    assert_ne!(timed_puts, POLLERS);
    for (scenario, timeouts) in [
        (POLLERS, Timeouts::Quiescent),
        (POLLERS, Timeouts::Any),
        (uncaught.as_str(), Timeouts::Quiescent),
        (uncaught.as_str(), Timeouts::Any),
        (timed_puts.as_str(), Timeouts::Quiescent),
        (timed_puts.as_str(), Timeouts::Deadline),
        (timed_puts.as_str(), Timeouts::Any),
    ] {
        let scenario = common::load(scenario);
        let reductions = [Reduction::CachedStates, Reduction::StatelessDpor];
        assert_explore_agrees(&scenario.model, timeouts, &reductions, 4, "pollers");
    }
}
