//! A coroutine and its event loop's thread (format 1.1, part two): a threading primitive used from a
//! coroutine blocks the loop's whole thread, as in Python, in every file; the deadlock report of the
//! classic bug (a `threading.Lock` held across an `await`) names both coroutines. Each program has a
//! known outcome under a timed and an exploring policy, and a known makespan under the timed one.

use crate::common;
use crate::support;

use common::{MS, load, run, weft};
use sim_core::Simulator;
use sim_core::engine::ExploreConfig;
use sim_core::outcome::Status;
use support::enumerate::{OutcomeKey, enumerate};

/// A run as one line: `status shared... | makespan in whole ms | each wait of a deadlock`.
fn summary(yaml: &str, policy: &str) -> String {
    let (report, _) = run(&load(yaml), policy, 0);
    let shared: Vec<String> =
        report.shared.values().flat_map(|vars| vars.iter().map(|(n, v)| format!("{n}={v}"))).collect();
    let mut line = format!("{} {} | {}ms", report.status.as_str(), shared.join(" "), report.metrics.makespan_ns / MS);
    for wait in report.deadlock.iter().flat_map(|deadlock| &deadlock.waits) {
        let held = wait.held_by.as_ref().map_or(String::new(), |holder| format!(", held by {holder}"));
        line += &format!(" | {} waits for {}{held}", wait.task, wait.waits_for);
    }
    line
}

/// `expect` is the round-robin run (exploring policies try other orders: `explored` below).
fn check(yaml: &str, expect: &str) {
    assert_eq!(summary(yaml, "round-robin"), expect, "\n{yaml}");
}

/// Every outcome explore finds, which must be every outcome brute-force enumeration of the
/// interleavings reaches.
fn explored(yaml: &str) -> Vec<OutcomeKey> {
    let scenario = load(yaml);
    let result = Simulator::new(&scenario.model).explore(&ExploreConfig {
        max_schedules: 100_000,
        preemption_bound: None,
        max_steps: 300,
    });
    assert!(result.complete, "{yaml}");
    let found = sorted(result.outcomes.iter().map(|o| (o.status, o.shared.clone())).collect());
    let all = enumerate(&scenario.model, 20_000, 300);
    assert!(all.complete && !all.hit_step_limit, "{yaml}");
    assert_eq!(found, sorted(all.within(None)), "explore vs enumeration\n{yaml}");
    found
}

fn sorted(mut keys: Vec<OutcomeKey>) -> Vec<OutcomeKey> {
    keys.sort();
    keys.dedup();
    keys
}

/// Coroutine `a` takes threading lock `m` and awaits while holding it; `b` then blocks on `m`.
const LOCK_ACROSS_AWAIT: &str = "name: t\nshared: { done: 0 }\nlocks: [m]
tasks:
  a: { kind: coroutine, ops: [ { with: { lock: m, ops: [ { await: 10ms }, { set: \"done = done + 1\" } ] } } ] }
  b: { kind: coroutine, ops: [ { await: 1ms }, { lock: m }, { set: \"done = done + 1\" }, { unlock: m } ] }
";

#[test]
fn a_threading_lock_held_across_an_await_deadlocks_the_loop() {
    // `b` blocks the loop's thread on `m`; `a`, due after 10ms, can never run again to release it.
    check(
        LOCK_ACROSS_AWAIT,
        "deadlock done=0 | 1ms | a waits for loop main (its thread is blocked), held by b | b waits for lock m, held by a",
    );
    // Explored, the order where `b` takes the lock first ends well; the other deadlocks.
    let statuses: Vec<Status> = explored(LOCK_ACROSS_AWAIT).iter().map(|(status, _)| *status).collect();
    assert_eq!(statuses, [Status::Ok, Status::Deadlock]);
}

#[test]
fn the_deadlock_report_names_both_sides_in_text_and_json() {
    let dir = std::env::temp_dir().join(format!("weft-asyncio-loop-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("lock-across-await.yaml");
    std::fs::write(&path, LOCK_ACROSS_AWAIT).expect("write");
    let file = path.to_str().expect("utf-8");
    let (_, text, _) = weft(&["run", file]);
    assert!(text.contains("a waits for loop main (its thread is blocked), held by b"), "{text}");
    assert!(text.contains("b waits for lock m, held by a"), "{text}");
    assert!(text.contains("cycle: a -> b -> a"), "{text}");
    let (_, json, _) = weft(&["run", file, "--json"]);
    let report: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(report["deadlock"]["cycle"], serde_json::json!(["a", "b"]), "{json}");
    assert_eq!(report["deadlock"]["waits"][0]["held_by"], "b", "{json}");
    assert_eq!(report["deadlock"]["waits"][1]["held_by"], "a", "{json}");
}

#[test]
fn threading_primitives_block_the_loop_thread_in_every_file() {
    // Released before the await: no deadlock; `b` waits for nothing.
    check(
        &LOCK_ACROSS_AWAIT.replace(
            "{ with: { lock: m, ops: [ { await: 10ms }, { set: \"done = done + 1\" } ] } }",
            "{ with: { lock: m, ops: [ { set: \"done = done + 1\" } ] } }, { await: 10ms }",
        ),
        "ok done=2 | 10ms",
    );
    // A `queue.Queue` get in a coroutine whose producer is a coroutine of the same loop: the loop's
    // thread waits in `get`, the producer never runs.
    check(
        "name: t\nqueues: { q: {} }\ntasks:
  consumer: { kind: coroutine, ops: [ { get: { queue: q, into: x } } ] }
  producer: { kind: coroutine, ops: [ { await: 1ms }, { put: { queue: q, value: 1 } } ] }\n",
        "deadlock  | 0ms | consumer waits for an item on queue q (empty) | producer waits for loop main (its thread is blocked), held by consumer",
    );
    // The same producer as a thread: the loop's thread is woken by it, and the consumer goes on.
    check(
        "name: t\nshared: { got: 0 }\nqueues: { q: {} }\ntasks:
  consumer: { kind: coroutine, ops: [ { get: { queue: q, into: x } }, { set: \"got = x\" } ] }
  producer: { ops: [ { io: 5ms }, { put: { queue: q, value: 7 } } ] }\n",
        "ok got=7 | 5ms",
    );
    // While the loop's thread is blocked on a lock a thread holds for 20ms, a coroutine due after 1ms
    // waits too: it runs only when the loop's thread is back.
    check(
        "name: t\nshared: { order: 0 }\nlocks: [m]\ntasks:
  holder: { ops: [ { lock: m }, { io: 20ms }, { unlock: m } ] }
  blocker: { kind: coroutine, ops: [ { await: 1ms }, { lock: m }, { set: \"order = order * 10 + 1\" }, { unlock: m } ] }
  ticker: { kind: coroutine, ops: [ { await: 2ms }, { set: \"order = order * 10 + 2\" } ] }\n",
        "ok order=12 | 20ms",
    );
}

#[test]
fn awaiting_a_future_suspends_only_the_coroutine() {
    // `await task` lets the loop run the awaited coroutine: no deadlock.
    check(
        "name: t\nshared: { v: 0 }\ntasks:
  child: { kind: coroutine, start: spawned, ops: [ { await: 5ms }, { return: 3 } ] }
  parent: { kind: coroutine, ops: [ { submit: { task: child, into: f } }, { result: { future: f, into: r } }, { set: \"v = r\" } ] }\n",
        "ok v=3 | 5ms",
    );
}

const CANCELLED_INSIDE_WITH: &str = "name: t\nshared: { got: 9 }\nlocks: [m]
tasks:
  worker: { kind: coroutine, start: spawned, ops: [ WORKER ] }
  main:
    kind: coroutine
    ops:
      - submit: { task: worker, into: f }
      - await: 1ms
      - cancel: f
      - await: 1ms
      - lock: { name: m, timeout: 0ns, into: g }
      - set: \"got = g\"
";

#[test]
fn a_coroutine_cancelled_inside_with_releases_the_lock() {
    let with = |worker: &str| CANCELLED_INSIDE_WITH.replace("WORKER", worker);
    // CancelledError at the await leaves the `with`: the lock is free for `main`.
    check(&with("{ with: { lock: m, ops: [ { await: 100ms }, { set: \"got = 5\" } ] } }"), "ok got=1 | 2ms");
    check(&with("{ with: { lock: m, ops: [ { await: 100ms } ] } }"), "ok got=1 | 2ms");
    // Nested: both released.
    check(
        &CANCELLED_INSIDE_WITH
            .replace("locks: [m]", "locks: [m, n]")
            .replace("WORKER", "{ with: { lock: n, ops: [ { with: { lock: m, ops: [ { await: 100ms } ] } } ] } }"),
        "ok got=1 | 2ms",
    );
    // Taken without `with` (no try/finally either), the lock stays held, as in Python.
    check(&with("{ lock: m }, { await: 100ms }, { unlock: m }"), "ok got=0 | 2ms");
}

// asyncio's own primitives (`asyncio: true`): waiting on one suspends only the coroutine.

#[test]
fn an_asyncio_lock_held_across_an_await_does_not_deadlock() {
    let yaml = LOCK_ACROSS_AWAIT.replace("locks: [m]", "locks: { m: { asyncio: true } }");
    // `b` waits for `m` without holding the loop; `a` wakes at 10ms, releases it, and `b` goes on.
    check(&yaml, "ok done=2 | 10ms");
    let statuses: Vec<Status> = explored(&yaml).iter().map(|(status, _)| *status).collect();
    assert_eq!(statuses, [Status::Ok]);
}

#[test]
fn an_asyncio_lock_may_be_released_by_another_coroutine_but_not_when_free() {
    // asyncio.Lock has no owner: `b` releases what `a` took, and `a` can take it again.
    check(
        "name: t\nshared: { n: 0 }\nlocks: { m: { asyncio: true } }\ntasks:
  a: { kind: coroutine, ops: [ { lock: m }, { await: 5ms }, { lock: m }, { set: \"n = 1\" }, { unlock: m } ] }
  b: { kind: coroutine, ops: [ { await: 1ms }, { unlock: m } ] }\n",
        "ok n=1 | 5ms",
    );
    // Released when nobody holds it: Python's RuntimeError, a fault.
    check(
        "name: t\nlocks: { m: { asyncio: true } }\ntasks:\n  a: { kind: coroutine, ops: [ { unlock: m } ] }\n",
        "fault  | 0ms",
    );
    // A threading lock still belongs to its holder.
    check(
        "name: t\nshared: { n: 0 }\nlocks: [m]\ntasks:
  a: { ops: [ { lock: m }, { io: 5ms }, { unlock: m } ] }
  b: { ops: [ { io: 1ms }, { unlock: m } ] }\n",
        "fault n=0 | 1ms",
    );
}

#[test]
fn asyncio_primitives_suspend_only_the_coroutine() {
    // asyncio.Queue: the consumer awaits `get`; the producer of the same loop runs meanwhile.
    check(
        "name: t\nshared: { got: 0 }\nqueues: { q: { asyncio: true } }\ntasks:
  consumer: { kind: coroutine, ops: [ { get: { queue: q, into: x } }, { set: \"got = x\" } ] }
  producer: { kind: coroutine, ops: [ { await: 1ms }, { put: { queue: q, value: 7 } } ] }\n",
        "ok got=7 | 1ms",
    );
    // asyncio.Event: set by another coroutine after 5ms.
    check(
        "name: t\nshared: { seen: 0 }\nevents: { ready: { asyncio: true } }\ntasks:
  waiter: { kind: coroutine, ops: [ { wait: ready }, { set: \"seen = 1\" } ] }
  setter: { kind: coroutine, ops: [ { await: 5ms }, { set_event: ready } ] }\n",
        "ok seen=1 | 5ms",
    );
    // asyncio.Semaphore(1): two coroutines holding it across 10ms each take turns: 20ms.
    check(
        "name: t\nsemaphores: { one: { value: 1, asyncio: true } }\ntasks:
  user: { kind: coroutine, count: 2, ops: [ { acquire: one }, { await: 10ms }, { release: one } ] }\n",
        "ok  | 20ms",
    );
    // asyncio.Condition: the consumer waits for `n > 0` under the condition's lock; the producer,
    // 3ms later, takes the lock, adds and notifies.
    check(
        "name: t\nshared: { n: 0, got: 0 }\nconditions: { c: { asyncio: true } }\ntasks:
  consumer: { kind: coroutine, ops: [ { with: { lock: c, ops: [ { wait_for: { condition: c, cond: \"n > 0\" } }, { set: \"got = n\" } ] } } ] }
  producer: { kind: coroutine, ops: [ { await: 3ms }, { with: { lock: c, ops: [ { set: \"n = 4\" }, { notify: c } ] } } ] }\n",
        "ok n=4 got=4 | 3ms",
    );
}

#[test]
fn a_coroutine_cancelled_while_it_awaits_an_asyncio_primitive_ends_there() {
    // The worker awaits an event nobody sets; cancelled at 1ms, it ends at once, and the run with it.
    let yaml = "name: t\nevents: { never: { asyncio: true } }\ntasks:
  worker: { kind: coroutine, start: spawned, ops: [ { wait: never } ] }
  main: { kind: coroutine, ops: [ { submit: { task: worker, into: f } }, { await: 1ms }, { cancel: f } ] }\n";
    check(yaml, "ok  | 1ms");
    let (report, _) = run(&load(yaml), "round-robin", 0);
    assert_eq!(report.tasks["worker#1"].state, "cancelled");
    // Cancelled while it waits for an asyncio lock another coroutine holds: it leaves the lock's
    // waiters, so the holder's release hands the lock to nobody and `later` takes it.
    check(
        "name: t\nshared: { got: 0 }\nlocks: { m: { asyncio: true } }\ntasks:
  holder: { kind: coroutine, ops: [ { lock: m }, { await: 10ms }, { unlock: m } ] }
  worker: { kind: coroutine, start: spawned, ops: [ { lock: m }, { set: \"got = 9\" }, { unlock: m } ] }
  main: { kind: coroutine, ops: [ { submit: { task: worker, into: f } }, { await: 1ms }, { cancel: f }, { await: 20ms }, { lock: m }, { set: \"got = got + 1\" }, { unlock: m } ] }\n",
        "ok got=1 | 21ms",
    );
}

/// Small programs over asyncio's own primitives, with one threading lock for contrast.
const SMALL_ASYNCIO_PROGRAMS: [&str; 4] = [
    // Read, await, write under an asyncio lock: never loses an update.
    "name: t\nshared: { n: 0 }\nlocks: { m: { asyncio: true } }\ntasks:
  inc: { kind: coroutine, count: 2, ops: [ { with: { lock: m, ops: [ { let: \"v = n\" }, { await: 0ns }, { set: \"n = v + 1\" } ] } } ] }\n",
    // The same without the lock: the update may be lost.
    "name: t\nshared: { n: 0 }\ntasks:
  inc: { kind: coroutine, count: 2, ops: [ { let: \"v = n\" }, { await: 0ns }, { set: \"n = v + 1\" } ] }\n",
    // Two producers and a consumer on an asyncio queue: the order of the items is a choice.
    "name: t\nshared: { first: 0 }\nqueues: { q: { asyncio: true } }\ntasks:
  producer: { kind: coroutine, count: 2, ops: [ { put: { queue: q, value: \"me + 1\" } } ] }
  consumer: { kind: coroutine, ops: [ { get: { queue: q, into: a } }, { get: { queue: q, into: b } }, { set: \"first = a\" } ] }\n",
    // An asyncio event and a semaphore of one, against a threading lock held across an await.
    "name: t\nshared: { n: 0 }\nlocks: [m]\nevents: { go: { asyncio: true } }\nsemaphores: { one: { value: 1, asyncio: true } }\ntasks:
  a: { kind: coroutine, ops: [ { wait: go }, { acquire: one }, { set: \"n = n + 1\" }, { release: one } ] }
  b: { kind: coroutine, ops: [ { lock: m }, { await: 0ns }, { set_event: go }, { unlock: m } ] }
  c: { kind: coroutine, ops: [ { lock: m }, { set: \"n = n + 10\" }, { unlock: m } ] }\n",
];

/// The distinct outcomes `weft COMMAND FILE --json` reports, as `status shared-json`.
fn cli_outcomes(command: &[&str], yaml: &str, name: &str) -> Vec<String> {
    let dir = std::env::temp_dir().join(format!("weft-asyncio-loop-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, yaml).expect("write");
    let mut args = vec![command[0], path.to_str().expect("utf-8"), "--json"];
    args.extend_from_slice(&command[1..]);
    let (_, stdout, stderr) = weft(&args);
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|_| panic!("{stdout}{stderr}"));
    let mut outcomes: Vec<String> = report["outcomes"]
        .as_array()
        .expect("outcomes")
        .iter()
        .map(|outcome| format!("{} {}", outcome["status"], outcome["shared"]))
        .collect();
    outcomes.sort();
    outcomes.dedup();
    outcomes
}

#[test]
fn exploration_is_complete_and_fuzzing_finds_nothing_more_on_asyncio_primitives() {
    for (index, yaml) in SMALL_ASYNCIO_PROGRAMS.iter().enumerate() {
        explored(yaml);
        let name = format!("program-{index}.yaml");
        let explore = cli_outcomes(&["explore"], yaml, &name);
        let fuzz = cli_outcomes(&["fuzz", "--seeds", "0..300"], yaml, &name);
        assert!(fuzz.iter().all(|outcome| explore.contains(outcome)), "fuzz {fuzz:?}\nexplore {explore:?}\n{yaml}");
    }
}

/// The step that held loop `main` longest, as `task at step: whole ms (why)`.
fn culprit(yaml: &str) -> String {
    let (report, _) = run(&load(yaml), "round-robin", 0);
    let culprit = &report.loop_culprits["main"];
    format!("{} at `{}`: {}ms ({})", culprit.task, culprit.step, culprit.held_ns / MS, culprit.why)
}

#[test]
fn the_loop_lag_names_its_culprit() {
    let ticker = "  ticker: { kind: coroutine, count: 2, ops: [ { await: 10ms }, { cpu: 1ms } ] }\n";
    let with_culprit =
        |ops: &str| format!("name: t\nlocks: [m]\ntasks:\n  culprit: {{ kind: coroutine, ops: [ {ops} ] }}\n{ticker}");
    assert_eq!(culprit(&with_culprit("{ cpu: 500ms }")), "culprit at `cpu 500ms`: 500ms (cpu)");
    assert_eq!(culprit(&with_culprit("{ await: 1ms }, { io: 300ms }")), "culprit at `io 300ms`: 300ms (io)");
    // A thread holds threading lock `m` for 20ms; the coroutine that waits for it from 1ms holds its loop.
    let holder = "  holder: { ops: [ { lock: m }, { io: 20ms }, { unlock: m } ] }\n";
    let yaml = with_culprit("{ await: 1ms }, { lock: m }, { unlock: m }") + holder;
    assert_eq!(culprit(&yaml), "culprit at `lock m`: 19ms (threading primitive)");
    // In text, under the loop's lag.
    let dir = std::env::temp_dir().join(format!("weft-asyncio-loop-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("culprit.yaml");
    std::fs::write(&path, with_culprit("{ cpu: 500ms }")).expect("write");
    let (_, text, _) = weft(&["run", path.to_str().expect("utf-8")]);
    assert!(text.contains("held longest by culprit at `cpu 500ms` (line 4): 500ms (cpu)"), "{text}");
}

/// The outcomes `weft explore` lists for `yaml`, which must be complete (within its window).
fn s36engine_explored_lines(name: &str, yaml: &str) -> Vec<String> {
    let file = common::scenario_file("s36engine", name, yaml);
    let report = common::json_of(&["explore", &file, "--json"]);
    assert_eq!(report["complete"], true, "{yaml}");
    common::outcome_lines(&report)
}

/// s36engine: a coroutine's spin-wait whose iteration awaited a sleep gives its loop away
/// (engine/awaiting_spins.rs): the setter runs, and no deadlock is listed (before: `deadlock ready=0`
/// beside `ok`). One whose iteration awaits nothing still holds the loop, as in Python. A `set` that
/// stores the value already there is no progress of a coroutine's iteration, so a `sleep(0)` poll that
/// writes a marker is a spin-wait too (before: every schedule at the step limit).
#[test]
fn s36engine_a_coroutines_spin_that_awaits_gives_its_loop_away() {
    let setter = "  setter: { kind: coroutine, ops: [ { await: 2ms }, { set: \"ready = 1\" } ] }\n";
    let head = "scheduler: { time_window: 20ms }\nshared: { ready: 0, seen: 0 }\ntasks:\n";
    let awaiting = format!(
        "name: awaiting-spin\n{head}  poller: {{ kind: coroutine, ops: [ {{ while: {{ cond: \"ready == 0\", ops: [ {{ await: 1ms }} ] }} }}, {{ set: \"seen = 1\" }} ] }}\n{setter}"
    );
    assert_eq!(s36engine_explored_lines("awaiting", &awaiting), ["ok ready=1 seen=1"]);
    let busy = format!(
        "name: busy-spin\n{head}  poller: {{ kind: coroutine, ops: [ {{ while: {{ cond: \"ready == 0\", ops: [] }} }}, {{ set: \"seen = 1\" }} ] }}\n{setter}"
    );
    assert_eq!(s36engine_explored_lines("busy", &busy), ["deadlock ready=0 seen=0", "ok ready=1 seen=1"]);
    let marker = "name: marker-spin\nscheduler: { time_window: 20ms }\nshared: { ready: 0, polls: 0 }\ntasks:
  poller: { kind: coroutine, ops: [ { while: { cond: \"ready == 0\", ops: [ { set: \"polls = 1\" }, { await: 0ns } ] } } ] }
  setter: { kind: coroutine, ops: [ { await: 1ms }, { set: \"ready = 1\" } ] }\n";
    assert_eq!(s36engine_explored_lines("marker", marker), ["ok ready=1 polls=0", "ok ready=1 polls=1"]);
}

/// s36engine: a coroutine's wait with a time-out does not give up while another coroutine holds its
/// loop, so the `get` task that took the item is not cancelled before its `return`: the item is got or
/// stays in the queue (before: `got=0 conserved=0` in 2 of 7 schedules).
#[test]
fn s36engine_a_time_out_waits_for_the_loop_between_a_get_and_its_return() {
    let yaml = "name: wait-for-get
scheduler: { timeouts: deadline, time_window: 20ms }
shared: { got: 0, conserved: 0 }
queues:
  q: { capacity: 0, asyncio: true }
tasks:
  consumer:
    kind: coroutine
    ops:
      - submit: { task: producer, into: putter }
      - submit: { task: get, into: task }
      - await: { future: \"task\", timeout: 3ms, into: in_time }
      - if: { cond: \"not in_time\", then: [ { await: { future: \"task\", timeout: 1000000s, into: in_time } } ] }
      - if: { cond: \"in_time\", then: [ { result: { future: \"task\" } }, { set: \"got = 1\" } ] }
      - result: { future: \"putter\" }
      - set: \"conserved = got + len(q)\"
  producer: { kind: coroutine, start: spawned, ops: [ { await: 2ms }, { put: { queue: q, value: \"1\" } } ] }
  get: { kind: coroutine, start: spawned, ops: [ { get: { queue: q, into: item } }, { return: \"item\" } ] }
";
    assert_eq!(s36engine_explored_lines("wait-for-get", yaml), ["ok got=0 conserved=1", "ok got=1 conserved=1"]);
}
