//! `notify` on an asyncio.Condition (crates/sim-core/src/engine/asyncio_condition.rs): the notified
//! coroutines are ready at once, in order, and each takes the lock back when it runs, as CPython's
//! asyncio.Condition resolves their futures; a threading condition still hands its lock over to one
//! notified waiter at a time. Each program's outcomes under exploration are checked against brute-force
//! enumeration, and its round-robin run against CPython's order.

use crate::common;
use crate::support;

use common::{load, run};
use sim_core::Simulator;
use sim_core::engine::{ExploreConfig, ExploreResult};
use sim_core::outcome::Status;
use support::enumerate::{OutcomeKey, enumerate};

/// asyncio's loop order, and a time window that lets a coroutine asleep for 1ms move only after the
/// others have run.
const SCHEDULER: &str = "scheduler: { loop_order: fifo, time_window: 500us }\n";

/// Every final value of `order` (the first shared variable) explore finds, which must be every one
/// enumeration reaches.
fn explored_orders(yaml: &str) -> Vec<String> {
    let orders = explored_orders_unchecked(yaml);
    let scenario = load(yaml);
    let mut found: Vec<OutcomeKey> = explore(yaml).outcomes.iter().map(|o| (o.status, o.shared.clone())).collect();
    found.sort();
    found.dedup();
    let all = enumerate(&scenario.model, 20_000, 300);
    assert!(all.complete && !all.hit_step_limit, "{yaml}");
    let mut every = all.within(None);
    every.sort();
    every.dedup();
    assert_eq!(found, every, "explore vs enumeration\n{yaml}");
    orders
}

/// `yaml` under [`SCHEDULER`].
fn scheduled(yaml: &str) -> String {
    yaml.replacen("name: t\n", &format!("name: t\n{SCHEDULER}"), 1)
}

fn explore(yaml: &str) -> ExploreResult {
    let scenario = load(yaml);
    let result = Simulator::new(&scenario.model).explore(&ExploreConfig {
        max_schedules: 100_000,
        preemption_bound: None,
        max_steps: 300,
    });
    assert!(result.complete, "{yaml}");
    result
}

/// Every final value of `order` explore finds, each outcome `ok`.
fn explored_orders_unchecked(yaml: &str) -> Vec<String> {
    let result = explore(yaml);
    assert!(result.outcomes.iter().all(|o| o.status == Status::Ok), "{yaml}");
    let mut orders: Vec<String> = result.outcomes.iter().map(|o| o.shared[0].to_string()).collect();
    orders.sort();
    orders.dedup();
    orders
}

/// The final `order` of the round-robin run.
fn run_order(yaml: &str) -> String {
    let (report, _) = run(&load(yaml), "round-robin", 0);
    assert_eq!(report.status.as_str(), "ok", "{yaml}");
    report.shared.values().find_map(|vars| vars.get("order")).expect("order").to_string()
}

/// Readers 1 and 2 wait on condition `c` until `flag`; the writer sets it, notifies them all and then
/// sets event `e`, which listener 3 waits for. Each appends its digit to `order`.
fn readers_and_listener(asyncio: bool, kind: &str) -> String {
    let reader = |digit: u32| {
        format!(
            "  r{digit}: {{ kind: {kind}, ops: [ {{ with: {{ lock: c, ops: [ {{ wait_for: {{ condition: c, cond: \"flag > 0\" }} }}, {{ set: \"order = order * 10 + {digit}\" }} ] }} }} ] }}\n"
        )
    };
    format!(
        "name: t\n{SCHEDULER}shared: {{ order: 0, flag: 0 }}\nconditions: {{ c: {{ asyncio: {asyncio} }} }}\nevents: {{ e: {{ asyncio: {asyncio} }} }}\ntasks:\n{}{}  r3: {{ kind: {kind}, ops: [ {{ wait: e }}, {{ set: \"order = order * 10 + 3\" }} ] }}\n  writer: {{ kind: {kind}, ops: [ {{ {pause}: 1ms }}, {{ with: {{ lock: c, ops: [ {{ set: \"flag = 1\" }}, {{ notify_all: c }} ] }} }}, {{ set_event: e }} ] }}\n",
        reader(1),
        reader(2),
        pause = if kind == "coroutine" { "await" } else { "io" },
    )
}

#[test]
fn an_asyncio_notify_all_makes_every_waiter_ready_before_a_later_wake() {
    let yaml = readers_and_listener(true, "coroutine");
    // CPython: r1, r2, then the listener the event woke after the notify (session16/a08).
    assert_eq!(run_order(&yaml), "123");
    // The readers run in the order they waited (each joins the loop's queue after the one before),
    // and never after the listener woken later.
    assert_eq!(explored_orders(&yaml), ["123"]);
}

#[test]
fn a_threading_notify_all_still_hands_the_lock_over_one_waiter_at_a_time() {
    // Threads on a threading condition: the second reader takes the lock only when the first
    // releases it, so the listener may run between them.
    let yaml = readers_and_listener(false, "thread");
    assert!(explored_orders_unchecked(&yaml).contains(&"132".to_string()));
}

#[test]
fn a_notified_asyncio_waiter_finding_the_lock_taken_waits_for_it() {
    // Waiters 1 and 2 wait; the notifier notifies one and sets `e` while holding the lock; grabber 3,
    // woken by `e`, takes the free lock before waiter 1 runs (it was queued before it), so waiter 1
    // waits for the lock behind it, and waiter 2, never notified, waits on.
    let yaml = &scheduled("name: t\nshared: { order: 0 }\nconditions: { c: { asyncio: true } }\nevents: { e: { asyncio: true } }\ntasks:
  w1: { kind: coroutine, ops: [ { with: { lock: c, ops: [ { wait: { condition: c } }, { set: \"order = order * 10 + 1\" } ] } } ] }
  g3: { kind: coroutine, ops: [ { wait: e }, { with: { lock: c, ops: [ { set: \"order = order * 10 + 3\" } ] } } ] }
  n: { kind: coroutine, ops: [ { await: 1ms }, { with: { lock: c, ops: [ { set_event: e }, { notify: c } ] } } ] }\n");
    assert_eq!(run_order(yaml), "31");
    assert_eq!(explored_orders(yaml), ["31"]);
}

#[test]
fn a_notified_asyncio_waiter_cancelled_before_its_turn_takes_the_lock_back_then_raises() {
    // Waiter 1 is notified and cancelled while the canceller holds the lock: CPython's
    // `Condition.wait` takes the lock back before it raises, and the `with` releases it, so waiter 2
    // (notified too) and the canceller's later `with` both get it.
    let yaml = &scheduled("name: t\nshared: { order: 0 }\nconditions: { c: { asyncio: true } }\ntasks:
  w1: { kind: coroutine, start: spawned, ops: [ { with: { lock: c, ops: [ { wait: { condition: c } }, { set: \"order = order * 10 + 1\" } ] } } ] }
  w2: { kind: coroutine, ops: [ { with: { lock: c, ops: [ { wait: { condition: c } }, { set: \"order = order * 10 + 2\" } ] } } ] }
  main: { kind: coroutine, ops: [ { submit: { task: w1, into: f } }, { await: 1ms }, { with: { lock: c, ops: [ { notify_all: c }, { cancel: f } ] } }, { await: 1ms }, { with: { lock: c, ops: [ { set: \"order = order * 10 + 9\" } ] } } ] }\n");
    assert_eq!(run_order(yaml), "29");
    assert_eq!(explored_orders(yaml), ["29"]);
}
