//! Small programs that use every construct of format 1.1 part one, each with the set of outcomes Python
//! can reach, checked through the command as an outside check would: `weft explore --json` must find
//! exactly that set (and say the search was complete), `weft fuzz --json` under both exploring policies a
//! subset of it. Also the order in which woken waiters move (the policy's choice under exploring
//! policies, FIFO under timed ones), failed tries that order nothing in the race report, misuse caught
//! at load time with its place, and faults named after Python's exceptions.

use crate::common;

use common::{json_of, outcome_lines, scenario_file, weft};
use serde_json::Value;

/// `explore` finds exactly `expected` (complete), and `fuzz` under random and pct finds only outcomes
/// of it.
fn check(name: &str, yaml: &str, expected: &[&str]) {
    let file = scenario_file("format11-programs", name, yaml);
    let mut expected: Vec<String> = expected.iter().map(|line| line.to_string()).collect();
    expected.sort();
    let explored = json_of(&["explore", &file, "--json"]);
    assert_eq!(explored["complete"], Value::Bool(true), "{name}: explore did not complete");
    assert_eq!(outcome_lines(&explored), expected, "{name}: explore's outcomes");
    for policy in ["random", "pct"] {
        let fuzzed = json_of(&["fuzz", &file, "--seeds", "0..200", "--policy", policy, "--json"]);
        for line in outcome_lines(&fuzzed) {
            assert!(expected.contains(&line), "{name}: fuzz --policy {policy} found `{line}`, not in {expected:?}");
        }
    }
}

#[test]
fn check_then_act_and_its_fix() {
    let racy = "name: withdraw
shared: { balance: 100, paid: 0 }
tasks:
  customer:
    count: 2
    ops:
      - if: { cond: \"balance >= 80\", then: [ { set: \"balance = balance - 80\" }, { set: \"paid = paid + 1\" } ] }
";
    // Both may see 100: the balance goes below zero (and a lost update of either sum is possible).
    check(
        "check-then-act",
        racy,
        &["ok balance=-60 paid=2", "ok balance=20 paid=1", "ok balance=-60 paid=1", "ok balance=20 paid=2"],
    );
    let fixed = racy.replace("ops:\n      - if:", "ops:\n      - atomic:\n        - if:");
    check("check-then-act-atomic", &fixed, &["ok balance=20 paid=1"]);
}

#[test]
fn sentinel_stopped_pool_with_while_break_and_continue() {
    let yaml = "name: pool
shared: { done: 0, skipped: 0 }
queues: { jobs: {} }
tasks:
  worker:
    count: 2
    ops:
      - while:
          cond: \"True\"
          ops:
            - get: { queue: jobs, into: item }
            - if: { cond: \"item == 0\", then: [ break ] }
            - if: { cond: \"item % 2 == 0\", then: [ { atomic: [ { set: \"skipped = skipped + 1\" } ] }, continue ] }
            - atomic: [ { set: \"done = done + item\" } ]
  main:
    ops:
      - repeat: { times: 3, ops: [ { put: { queue: jobs, value: \"i + 1\" } } ] }
      - put: { queue: jobs, value: \"0\" }
      - put: { queue: jobs, value: \"0\" }
";
    check("sentinels", yaml, &["ok done=4 skipped=1"]);
}

#[test]
fn lazy_initialisation_on_a_dict_and_setdefault() {
    let racy = "name: cache
shared: { cache: {}, built: 0 }
tasks:
  user:
    count: 2
    ops:
      - if: { cond: \"not has(cache, 7)\", then: [ { set: \"cache[7] = me + 1\" }, { atomic: [ { set: \"built = built + 1\" } ] } ] }
";
    check(
        "lazy-init",
        racy,
        &[
            "ok built=1 len(cache)=1 cache[7]=1",
            "ok built=1 len(cache)=1 cache[7]=2",
            "ok built=2 len(cache)=1 cache[7]=1",
            "ok built=2 len(cache)=1 cache[7]=2",
        ],
    );
    let fixed = racy.replace("      - if:", "      - atomic:\n        - if:");
    check("setdefault", &fixed, &["ok built=1 len(cache)=1 cache[7]=1", "ok built=1 len(cache)=1 cache[7]=2"]);
}

#[test]
fn compare_and_swap_retry_loop_and_arrays() {
    let yaml = "name: cas
shared: { n: 0, slots: [0, 0] }
tasks:
  adder:
    count: 2
    ops:
      - let: \"done = 0\"
      - while:
          cond: \"not done\"
          ops:
            - let: \"seen = n\"
            - atomic: [ { if: { cond: \"n == seen\", then: [ { set: \"n = seen + 1\" }, { let: \"done = 1\" } ] } } ]
      - set: \"slots[me] = n\"
";
    // Never a lost update; each adder records 1 or 2 in its own slot.
    check(
        "cas",
        yaml,
        &["ok n=2 slots[0]=1 slots[1]=2", "ok n=2 slots[0]=2 slots[1]=1", "ok n=2 slots[0]=2 slots[1]=2"],
    );
}

#[test]
fn reentrant_lock_in_a_recursive_helper() {
    let yaml = "name: rlock
shared: { depth: 0, total: 0 }
locks: { r: { reentrant: true } }
tasks:
  caller:
    count: 2
    ops:
      - with: { lock: r, ops: [ { with: { lock: r, ops: [ { set: \"total = total + 1\" } ] } }, { set: \"total = total + 10\" } ] }
";
    check("rlock", yaml, &["ok depth=0 total=22"]);
}

#[test]
fn event_start_signal_and_stop_flag() {
    let yaml = "name: event
shared: { ticks: 0, seen: 0 }
events: [start, stop]
tasks:
  worker:
    ops:
      - wait: start
      - while: { cond: \"not is_set(stop)\", ops: [ { if: { cond: \"ticks < 2\", then: [ { set: \"ticks = ticks + 1\" } ] } } ] }
  boss:
    ops:
      - set: \"seen = is_set(start)\"
      - set_event: start
      - set_event: stop
";
    check("event", yaml, &["ok ticks=0 seen=0", "ok ticks=1 seen=0", "ok ticks=2 seen=0"]);
}

#[test]
fn semaphore_limited_pool_never_exceeds_its_slots() {
    let yaml = "name: downloads
shared: { active: 0, peak: 0 }
semaphores: { slots: { value: 2, bounded: true } }
tasks:
  download:
    count: 3
    ops:
      - acquire: slots
      - atomic: [ { set: \"active = active + 1\" }, { set: \"peak = max(peak, active)\" } ]
      - atomic: [ { set: \"active = active - 1\" } ]
      - release: slots
";
    check("semaphore", yaml, &["ok active=0 peak=1", "ok active=0 peak=2"]);
}

#[test]
fn producer_consumer_on_a_condition_with_wait_for() {
    let yaml = "name: condition
shared: { items: 0, got: 0 }
conditions: { nonempty: {} }
tasks:
  consumer:
    count: 2
    ops:
      - with: { lock: nonempty, ops: [ { wait_for: { condition: nonempty, cond: \"items > 0\" } }, { set: \"items = items - 1\" }, { set: \"got = got + 1\" } ] }
  producer:
    ops:
      - repeat: { times: 2, ops: [ { with: { lock: nonempty, ops: [ { set: \"items = items + 1\" }, { notify: nonempty } ] } } ] }
";
    check("wait-for", yaml, &["ok items=0 got=2"]);
    // `if` instead of `while`: notify_all wakes both for one item.
    let buggy = yaml
        .replace("{ wait_for: { condition: nonempty, cond: \"items > 0\" } }", "{ if: { cond: \"items == 0\", then: [ { wait: { condition: nonempty } } ] } }")
        .replace("repeat: { times: 2, ops: [ { with: { lock: nonempty, ops: [ { set: \"items = items + 1\" }, { notify: nonempty } ] } } ] }", "with: { lock: nonempty, ops: [ { set: \"items = items + 1\" }, { notify_all: nonempty } ] }");
    assert_ne!(buggy, yaml, "the replacement applies");
    check("if-not-while", &buggy, &["deadlock items=0 got=1", "ok items=-1 got=2"]);
}

/// Two waiters of a condition, the older one known (the younger can only start waiting once the older
/// has): after `notify_all` both queue for the lock. Python gives no order there: exploring policies
/// find both; the timed policies hand the lock over first come, first served (CPython's FIFO).
const TWO_WAITERS: &str = "name: two-waiters
shared: { order: 0 }
events: [first_waits, second_waits]
conditions: { c: {} }
tasks:
  older:
    ops:
      - with: { lock: c, ops: [ { set_event: first_waits }, { wait: { condition: c } }, { set: \"order = order * 10 + 1\" } ] }
  younger:
    ops:
      - wait: first_waits
      - with: { lock: c, ops: [ { set_event: second_waits }, { wait: { condition: c } }, { set: \"order = order * 10 + 2\" } ] }
  notifier:
    ops:
      - wait: second_waits
      - with: { lock: c, ops: [ { notify_all: c } ] }
";

#[test]
fn which_woken_waiter_takes_the_lock_first_is_the_policys_choice() {
    check("two-waiters", TWO_WAITERS, &["ok order=12", "ok order=21"]);
    let file = scenario_file("format11-programs", "two-waiters-timed", TWO_WAITERS);
    for policy in ["fifo", "round-robin", "priority"] {
        for seed in ["0", "1", "2"] {
            let report = json_of(&["run", &file, "--policy", policy, "--seed", seed, "--json"]);
            assert_eq!(report["shared"]["main"]["order"], 12, "{policy} seed {seed}: FIFO");
        }
    }
}

#[test]
fn a_semaphores_waiters_take_released_units_in_any_order() {
    let yaml = "name: sem-order
shared: { order: 0 }
semaphores: { s: 0 }
events: [first_waits]
tasks:
  older: { ops: [ { set_event: first_waits }, { acquire: s }, { atomic: [ { set: \"order = order * 10 + 1\" } ] } ] }
  younger: { ops: [ { wait: first_waits }, { acquire: s }, { atomic: [ { set: \"order = order * 10 + 2\" } ] } ] }
  releaser: { ops: [ { wait: first_waits }, { release: s }, { release: s } ] }
";
    check("sem-order", yaml, &["ok order=12", "ok order=21"]);
}

/// A failed try (`timeout: 0ns`) takes nothing and orders nothing: the read after it races with the
/// holder's write. A try that succeeds orders the read after the holder's release.
#[test]
fn a_failed_trylock_orders_nothing_in_the_race_report() {
    let failing = "name: trylock
shared: { x: 0, v: 0 }
locks: [m]
tasks:
  writer: { ops: [ { set: \"x = 1\" }, { lock: m }, { io: 10ms }, { unlock: m } ] }
  reader: { ops: [ { io: 1ms }, { lock: { name: m, timeout: 0ns, into: got } }, { if: { cond: \"got\", then: [ { unlock: m } ] } }, { set: \"v = x + got * 100\" } ] }
";
    let report = json_of(&[
        "run",
        &scenario_file("format11-programs", "trylock-fails", failing),
        "--policy",
        "round-robin",
        "--json",
    ]);
    assert_eq!(report["shared"]["main"]["v"], 1, "the try failed");
    let races: Vec<&str> = report["races"]
        .as_array()
        .expect("races")
        .iter()
        .map(|r| r["variable"].as_str().expect("a variable name"))
        .collect();
    assert_eq!(races, ["x"], "the failed try must not order the read after the write");
    let succeeding = failing.replace("{ io: 10ms }, ", "").replace("{ io: 1ms }", "{ io: 20ms }");
    let report = json_of(&[
        "run",
        &scenario_file("format11-programs", "trylock-succeeds", &succeeding),
        "--policy",
        "round-robin",
        "--json",
    ]);
    assert_eq!(report["shared"]["main"]["v"], 101, "the try succeeded");
    assert_eq!(report["races"], Value::Array(Vec::new()), "a taken lock orders the read after the write");
}

#[test]
fn misuse_in_the_file_is_refused_with_its_place() {
    let cases = [
        ("tasks:\n  a: { ops: [ break ] }", ":3:"),
        ("shared: { x: 0 }\ntasks:\n  a:\n    ops:\n      - atomic: [ { lock: m } ]", ":6:"),
        (
            "locks: [m]\nconditions: { c: { lock: m } }\ntasks:\n  a: { ops: [ { with: { lock: m, ops: [ { wait: { condition: d } } ] } } ] }",
            ":5:",
        ),
        ("shared: { x: 0 }\ntasks:\n  a: { ops: [ { set: \"x = 2 % 'a'\" } ] }", ":4:"),
        ("events: [e]\ntasks:\n  a: { ops: [ { notify: e } ] }", ":4:"),
    ];
    for (body, place) in cases {
        let file = scenario_file("format11-programs", "misuse", &format!("name: t\n{body}\n"));
        let (status, _, stderr) = weft(&["check", &file]);
        assert_eq!(status, 2, "{body}: {stderr}");
        assert!(stderr.contains(&format!("misuse.yaml{place}")), "{body}: expected the place {place} in {stderr}");
    }
}

#[test]
fn run_time_faults_name_pythons_exceptions() {
    let cases = [
        (
            "shared: { buf: [0, 0] }\ntasks:\n  a: { ops: [ { let: \"k = 5\" }, { set: \"buf[k] = 1\" } ] }",
            "IndexError",
        ),
        ("shared: { m: {} }\ntasks:\n  a: { ops: [ { del: \"m[3]\" } ] }", "KeyError"),
        ("semaphores: { s: { value: 1, bounded: true } }\ntasks:\n  a: { ops: [ { release: s } ] }", "ValueError"),
        ("conditions: { c: {} }\ntasks:\n  a: { ops: [ { wait: { condition: c } } ] }", "RuntimeError"),
        (
            "events: { e: { count: 2 } }\ntasks:\n  a: { ops: [ { let: \"k = -3\" }, { set_event: \"e[k]\" } ] }",
            "IndexError",
        ),
    ];
    for (body, exception) in cases {
        let file = scenario_file("format11-programs", "fault", &format!("name: t\n{body}\n"));
        let (status, stdout, stderr) = weft(&["run", &file, "--json"]);
        assert_eq!(status, 1, "{body}: {stderr}");
        let report: Value = serde_json::from_str(&stdout).expect("JSON");
        assert_eq!(report["status"], "fault", "{body}");
        let message = report["failures"][0]["message"].as_str().unwrap_or_default();
        assert!(message.contains(exception), "{body}: `{message}` does not name {exception}");
    }
}
