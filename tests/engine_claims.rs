//! The classic claims of Python concurrency, each pinned as a scenario with asserted figures.

use crate::common;

use common::{MS, load, run};
use sim_core::Status;

/// Runs `yaml` under round-robin and returns (status, makespan in ns).
fn makespan(yaml: &str) -> (Status, u64) {
    let (report, _) = run(&load(yaml), "round-robin", 0);
    (report.status, report.metrics.makespan_ns)
}

fn check_between(yaml: &str, low_ns: u64, high_ns: u64) {
    let (status, makespan_ns) = makespan(yaml);
    assert_eq!(status, Status::Ok);
    assert!((low_ns..=high_ns).contains(&makespan_ns), "makespan {makespan_ns}ns is not in {low_ns}..={high_ns}");
}

const TWO_CPU_THREADS: &str = "
name: t
machine: { cores: 2, thread_spawn: 0ns }
runtime: { gil: GIL }
tasks:
  worker: { count: 2, ops: [ { cpu: 100ms } ] }
";

#[test]
fn the_gil_gives_cpu_bound_threads_no_speed_up() {
    // At least the 200ms of work, plus the hand-offs (calibrated to CPython's 1.008x, docs/fidelity.md).
    check_between(&TWO_CPU_THREADS.replace("GIL", "new"), 200 * MS, 203 * MS);
    check_between(&TWO_CPU_THREADS.replace("GIL", "none"), 100 * MS, 100 * MS + MS / 100);
}

#[test]
fn io_bound_threads_overlap_their_waits_on_one_core() {
    check_between(
        "
name: t
machine: { cores: 1 }
tasks:
  fetch: { count: 8, ops: [ { io: 100ms } ] }
",
        100 * MS,
        102 * MS,
    );
}

#[test]
fn coroutines_awaiting_io_overlap() {
    check_between(
        "
name: t
tasks:
  request: { kind: coroutine, count: 5, ops: [ { await: 100ms } ] }
",
        100 * MS,
        100 * MS + MS / 10,
    );
}

#[test]
fn a_computing_coroutine_stalls_its_loop() {
    let scenario = load(
        "
name: t
tasks:
  cruncher: { kind: coroutine, ops: [ { cpu: 500ms } ] }
  ticker: { kind: coroutine, count: 3, ops: [ { await: 10ms }, { cpu: 1ms } ] }
",
    );
    let (report, _) = run(&scenario, "round-robin", 0);
    for copy in 0..3 {
        let started_after = report.tasks[&format!("ticker-{copy}")].finished_ns.expect("finished");
        assert!(started_after > 500 * MS, "ticker-{copy} finished at {started_after}ns");
    }
    assert!(report.metrics.loops["main"].lag_max_ns >= 490 * MS);
}

#[test]
fn processes_run_in_parallel_and_pay_to_spawn() {
    let processes = "
name: t
machine: { cores: 4, process_spawn: 50ms, thread_spawn: 0ns }
tasks:
  worker: { kind: KIND, count: 4, ops: [ { cpu: 100ms } ] }
";
    check_between(&processes.replace("KIND", "process"), 150 * MS, 151 * MS);
    let (_, threads) = makespan(&processes.replace("KIND", "thread"));
    assert!(threads >= 400 * MS, "four threads took {threads}ns");
}

#[test]
fn an_io_thread_waits_a_switch_interval_behind_a_cpu_thread() {
    let convoy = "
name: t
machine: { cores: 2, thread_spawn: 0ns }
runtime: { gil: GIL }
tasks:
  io-thread: { ops: [ { repeat: { times: 20, ops: [ { io: 1ms }, { cpu: 10us } ] } } ] }
  cpu-thread: { daemon: true, ops: [ { cpu: 10s } ] }
";
    let (report, _) = run(&load(&convoy.replace("GIL", "new")), "round-robin", 0);
    let with_gil = report.tasks["io-thread"].finished_ns.expect("finished");
    // Each of the 20 I/O completions waits about one 5ms interval for the GIL.
    assert!((20 * 6 * MS - MS..=20 * 6 * MS + 2 * MS).contains(&with_gil), "convoy took {with_gil}ns");
    assert!(report.tasks["io-thread"].gil_wait_ns >= 19 * 5 * MS);
    let (report, _) = run(&load(&convoy.replace("GIL", "none")), "round-robin", 0);
    let without = report.tasks["io-thread"].finished_ns.expect("finished");
    assert!(without < 21 * MS, "without the GIL the I/O thread took {without}ns");
}

#[test]
fn await_zero_round_robins_coroutines() {
    let scenario = load(
        "
name: t
shared: { order: 0 }
tasks:
  a: { kind: coroutine, ops: [ { repeat: { times: 2, ops: [ { set: \"order = order * 10 + 1\" }, { await: 0ns } ] } } ] }
  b: { kind: coroutine, ops: [ { repeat: { times: 2, ops: [ { set: \"order = order * 10 + 2\" }, { await: 0ns } ] } } ] }
  c: { kind: coroutine, ops: [ { repeat: { times: 2, ops: [ { set: \"order = order * 10 + 3\" }, { await: 0ns } ] } } ] }
",
    );
    let (report, _) = run(&scenario, "round-robin", 0);
    assert_eq!(report.shared["main"]["order"], 123123);
}

#[test]
fn abba_locks_deadlock_and_the_report_names_both_threads() {
    let scenario = load(
        "
name: t
machine: { cores: 2 }
tasks:
  left: { ops: [ { lock: a }, { cpu: 10ms }, { lock: b }, { unlock: b }, { unlock: a } ] }
  right: { ops: [ { lock: b }, { cpu: 10ms }, { lock: a }, { unlock: a }, { unlock: b } ] }
",
    );
    // Under the GIL the first thread keeps it for one 5ms switch interval, so the critical section must be
    // longer than that for the other thread to take its first lock in between.
    let (report, _) = run(&scenario, "round-robin", 0);
    assert_eq!(report.status, Status::Deadlock);
    let deadlock = report.deadlock.expect("a deadlock report");
    let mut cycle = deadlock.cycle.clone();
    cycle.sort();
    assert_eq!(cycle, ["left", "right"]);
    let left = deadlock.waits.iter().find(|w| w.task == "left").expect("left waits");
    assert_eq!((left.waits_for.as_str(), left.held_by.as_deref()), ("lock b", Some("right")));
}

#[test]
fn killing_a_lock_holder_deadlocks_its_next_taker() {
    let scenario = load(
        "
name: t
machine: { cores: 2 }
tasks:
  victim: { ops: [ { lock: resource }, { io: 10ms }, { unlock: resource } ] }
  killer: { ops: [ { io: 1ms }, { kill: victim } ] }
  next-user: { after: [killer], ops: [ { lock: resource }, { unlock: resource } ] }
",
    );
    let (report, _) = run(&scenario, "round-robin", 0);
    assert_eq!(report.status, Status::Deadlock);
    assert_eq!(report.tasks["victim"].state, "killed");
    let waits = report.deadlock.expect("a deadlock report").waits;
    assert!(waits.iter().any(|w| w.task == "next-user" && w.held_by.as_deref() == Some("victim")), "{waits:?}");
}

#[test]
fn faults_are_reported_not_panics() {
    let overflow = load(
        "
name: t
shared: { n: 9223372036854775807 }
tasks:
  a: { ops: [ { set: \"n = n + 1\" } ] }
",
    );
    let (report, _) = run(&overflow, "round-robin", 0);
    assert_eq!(report.status, Status::Fault);
    assert!(report.failures[0].message.contains("overflow"), "{:?}", report.failures);
    let bad_unlock = load("name: t\ntasks:\n  a: { ops: [ { unlock: l } ] }\n");
    let (report, _) = run(&bad_unlock, "random", 0);
    assert_eq!(report.status, Status::Fault);
    let starved = load("name: t\ntasks:\n  a: { ops: [ { get: { queue: q, into: x } } ] }\n");
    let (report, _) = run(&starved, "round-robin", 0);
    assert_eq!(report.status, Status::Deadlock);
}

#[test]
fn same_inputs_give_identical_reports() {
    let scenario = load(include_str!("../scenarios/producer-consumer.yaml"));
    for policy in ["round-robin", "random", "pct", "fifo", "priority"] {
        let (first, first_trace) = run(&scenario, policy, 3);
        let (second, second_trace) = run(&scenario, policy, 3);
        assert_eq!(serde_json::to_string(&first).ok(), serde_json::to_string(&second).ok(), "{policy}");
        assert_eq!(first_trace, second_trace);
    }
}
