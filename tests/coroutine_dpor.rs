//! Stateless DPOR over the coroutines of an event loop (docs/exploration.md, "Coroutines under
//! stateless DPOR"), against the brute-force enumerator (tests/support/enumerate.rs): generated asyncio
//! programs, in any loop order and in asyncio's (`loop_order: fifo`), where both the state cache and
//! stateless DPOR must list exactly the outcomes brute force reaches, and say so completely; the state
//! cache alone where a program cancels a task (stateless DPOR misses orders of a `cancel`, an open gap).

use crate::common;
use crate::support;

use sim_core::Timeouts;
use sim_core::engine::{Reduction, SearchOptions};
use support::enumerate::{enumerate_with, explore_disagreement};
use support::programs::Rng;

const MAX_STEPS: u64 = 200;
/// Programs with more schedules than this are left out (counted, so the test cannot go vacuous).
const BRUTE_FORCE_BUDGET: u64 = 3_000;
const PROGRAMS: u64 = 400;

/// The first program of session 36's finding: three coroutines of no `loop_order`, where stateless
/// DPOR listed 1 outcome of brute force's 6 (the race of `first`'s `x = 1` with the poller's read was
/// with a step taken while the poller held the loop, where only the poller could step).
const THREE_COROUTINES: &str = "name: three-coroutines
shared: { x: 0, seen: 0, ready: 0 }
tasks:
  poller: { kind: coroutine, ops: [ { await: 0ns }, { set: \"seen = x\" } ] }
  first: { kind: coroutine, ops: [ { set: \"x = 1\" }, { await: 0ns }, { set: \"ready = 1\" } ] }
  second: { kind: coroutine, ops: [ { await: 0ns }, { set: \"x = 2\" } ] }
";

/// How stateless DPOR and the state cache disagree with brute force on `yaml` with waits giving up as
/// `timeouts` says, if they do; `None` as well when the program has more schedules than the budget
/// (then `compared` stays as it was).
fn disagreement(yaml: &str, timeouts: Timeouts, compared: &mut u64) -> Option<String> {
    let scenario = common::load(yaml);
    let model = &scenario.model;
    let all = enumerate_with(model, timeouts, BRUTE_FORCE_BUDGET, MAX_STEPS);
    if !all.complete || all.hit_step_limit {
        return None;
    }
    *compared += 1;
    let reductions = [Reduction::StatelessDpor, Reduction::CachedStates];
    reductions.iter().find_map(|&reduction| {
        let options = SearchOptions { reduction, timeouts, ..SearchOptions::default() };
        explore_disagreement(model, &all, options, None, MAX_STEPS).map(|problem| format!("{timeouts:?}: {problem}"))
    })
}

/// A child coroutine cancelled in each place where the enumerator's count of preemptions once lost a
/// turn or never did: waiting for an asyncio lock, waiting to put into a full bounded queue, and asleep
/// inside a `with` of a lock, whose release the CancelledError makes in the child's turn (traced as a
/// `Step` after its `Cancelled` event, no step of its own: "every decision but a failing last one has its
/// turn", generated seed 1897). `c0` cancels the child after one `await`.
const CANCELLED_CHILDREN: [&str; 3] = [
    "  c1: { kind: coroutine, ops: [ { with: { lock: l, ops: [ { await: 1ms }, { set: \"x = x + 1\" } ] } } ] }
  child: { kind: coroutine, start: spawned, ops: [ { with: { lock: l, ops: [ { set: \"x = x * 2\" } ] } } ] }
",
    "  c1: { kind: coroutine, ops: [ { put: { queue: q, value: \"1\" } }, { set: \"x = x + 1\" } ] }
  child: { kind: coroutine, start: spawned, ops: [ { put: { queue: q, value: \"2\" } }, { set: \"x = x * 2\" } ] }
",
    "  c1: { kind: coroutine, ops: [ { get: { queue: q, into: got, timeout: 1ms, into_ok: ok } }, { set: \"x = x + ok\" } ] }
  child: { kind: coroutine, start: spawned, ops: [ { with: { lock: l, ops: [ { await: 1ms }, { set: \"x = x + 8\" } ] } }, { set: \"x = x + 7\" } ] }
",
];

/// The program of `CANCELLED_CHILDREN`'s `tasks`, with the coroutine that starts and cancels the child.
fn cancelled_child_program(tasks: &str) -> String {
    format!(
        "name: cancelled-child
shared: {{ x: 0 }}
locks: {{ l: {{ asyncio: true }} }}
queues: {{ q: {{ asyncio: true, capacity: 1 }} }}
tasks:
  c0: {{ kind: coroutine, ops: [ {{ submit: {{ task: child, into: f }} }}, {{ await: 0ns }}, {{ cancel: f }}, {{ result: {{ future: f, into_ok: done, catches: CancelledError }} }} ] }}
{tasks}"
    )
}

#[test]
fn s38engine_brute_force_enumerates_a_child_cancelled_while_it_waits() {
    for tasks in CANCELLED_CHILDREN {
        let yaml = cancelled_child_program(tasks);
        for timeouts in [Timeouts::Quiescent, Timeouts::Deadline] {
            let mut compared = 0;
            assert_eq!(disagreement(&yaml, timeouts, &mut compared), None, "{yaml}");
            assert_eq!(compared, 1, "{yaml}");
        }
    }
}

/// The gap session 38 found (17 of 364 generated programs with a `cancel`), closed: stateless DPOR,
/// given the first of `CANCELLED_CHILDREN`, listed `x = 1` alone under "complete", where brute force
/// also reaches `x = 2` (`c1` runs its `with` whole, then the child its own, then the cancel finds the
/// child done). The cancel ordered the child's next step after it as a wake does, though the child
/// could step before it, so the two were never reversed (`Object::CancelledBy`).
#[test]
fn s39lead_stateless_dpor_reverses_a_cancel_and_its_targets_next_step() {
    let scenario = common::load(&cancelled_child_program(CANCELLED_CHILDREN[0]));
    let all = enumerate_with(&scenario.model, Timeouts::Quiescent, BRUTE_FORCE_BUDGET, MAX_STEPS);
    assert!(all.complete && !all.hit_step_limit);
    assert_eq!(all.within(None).len(), 2, "brute force reaches x = 1 and x = 2");
    let stateless = SearchOptions { reduction: Reduction::StatelessDpor, ..SearchOptions::default() };
    assert_eq!(explore_disagreement(&scenario.model, &all, stateless, None, MAX_STEPS), None);
    assert_eq!(explore_disagreement(&scenario.model, &all, SearchOptions::default(), None, MAX_STEPS), None);
}

#[test]
fn s37engine_stateless_dpor_finds_every_order_of_three_coroutines() {
    let mut compared = 0;
    assert_eq!(disagreement(THREE_COROUTINES, Timeouts::default(), &mut compared), None);
    assert_eq!(compared, 1);
    // The six outcomes: the poller sees x before either write, after the first, or after the second.
    let scenario = common::load(THREE_COROUTINES);
    let all = enumerate_with(&scenario.model, Timeouts::default(), BRUTE_FORCE_BUDGET, MAX_STEPS);
    assert_eq!(all.within(None).len(), 6);
}

/// A small asyncio program: 2 or 3 coroutines of 1 to 3 constructs each on one loop (sometimes a
/// child task created and awaited, half of those cancelled somewhere between, sometimes a thread), over awaits of 0 or 1 ms, writes whose order
/// decides the outcome, an asyncio lock held across an await, an asyncio event, a bounded asyncio
/// queue, an asyncio semaphore, waits with a time-out, a threading lock (which
/// blocks the whole loop while a coroutine waits on it), asserts, and half of them in asyncio's loop
/// order. Deterministic in its seed.
fn coroutine_program(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let coroutines = if rng.chance(60) { 2 } else { 3 };
    let order = if rng.chance(50) { "scheduler: { loop_order: fifo }\n" } else { "" };
    let mut yaml = format!(
        "name: generated\n{order}shared: {{ x: 0, y: 0 }}\nlocks: {{ l: {{ asyncio: true }}, t: {{}} }}\nsemaphores: {{ s: {{ value: 1, asyncio: true }} }}\nevents: {{ e: {{ asyncio: true }} }}\nqueues: {{ q: {{ asyncio: true, capacity: 1 }} }}\ntasks:\n"
    );
    let child = rng.chance(30);
    for index in 0..coroutines {
        let count = 1 + rng.below(3);
        let mut ops: Vec<String> = (0..count).map(|_| coroutine_op(&mut rng, index)).collect();
        if child && index == 0 {
            let at = rng.below(ops.len() as u64 + 1) as usize;
            ops.insert(at, "{ submit: { task: child, into: f } }".to_string());
            if rng.chance(50) {
                let cancel_at = at + 1 + rng.below((ops.len() - at) as u64) as usize;
                ops.insert(cancel_at, "{ cancel: f }".to_string());
            }
            ops.push("{ result: { future: f, into_ok: done, catches: CancelledError } }".to_string());
        }
        yaml.push_str(&format!("  c{index}: {{ kind: coroutine, ops: [ {} ] }}\n", ops.join(", ")));
    }
    if child {
        let ops: Vec<String> = (0..1 + rng.below(2)).map(|_| coroutine_op(&mut rng, 7)).collect();
        yaml.push_str(&format!("  child: {{ kind: coroutine, start: spawned, ops: [ {} ] }}\n", ops.join(", ")));
    }
    if rng.chance(25) {
        let op = *rng.pick(&[
            "{ set: \"y = y * 4 + 3\" }",
            "{ with: { lock: t, ops: [ { set: \"x = x * 4 + 1\" } ] } }",
            "{ set: \"x = 9\" }, { set: \"y = x\" }",
        ]);
        yaml.push_str(&format!("  th: {{ ops: [ {op} ] }}\n"));
    }
    yaml
}

/// One construct of a coroutine whose place among the loop's turns decides the outcome.
fn coroutine_op(rng: &mut Rng, index: usize) -> String {
    let v = *rng.pick(&["x", "y"]);
    let w = *rng.pick(&["x", "y"]);
    let pause = *rng.pick(&["0ns", "0ns", "1ms"]);
    match rng.below(15) {
        0 | 1 => format!("{{ await: {pause} }}, {{ set: \"{v} = {v} * 3 + {index}\" }}"),
        2 => format!("{{ set: \"{v} = {w} * 2 + {index}\" }}"),
        3 => format!("{{ let: \"seen = {v}\" }}, {{ await: {pause} }}, {{ set: \"{v} = seen * 2 + 1\" }}"),
        4 => "{ set_event: e }".to_string(),
        5 => format!("{{ wait: e }}, {{ set: \"{v} = {v} * 7 + {index}\" }}"),
        6 => {
            format!("{{ with: {{ lock: l, ops: [ {{ await: {pause} }}, {{ set: \"{v} = {v} + 1 + {index}\" }} ] }} }}")
        }
        7 => format!("{{ put: {{ queue: q, value: \"{index} + {v}\" }} }}"),
        8 => format!("{{ get: {{ queue: q, into: got, timeout: 1ms, into_ok: ok }} }}, {{ set: \"{v} = {v} + ok\" }}"),
        9 => format!("{{ with: {{ lock: t, ops: [ {{ set: \"{v} = {v} * 5 + {index}\" }} ] }} }}"),
        10 => format!("{{ assert: \"{v} != {}\" }}", 1 + index),
        11 => format!("{{ wait: {{ event: e, timeout: 1ms, into: got }} }}, {{ set: \"{v} = {v} * 2 + got\" }}"),
        12 => format!("{{ acquire: s }}, {{ await: {pause} }}, {{ set: \"{w} = {w} + {index}\" }}, {{ release: s }}"),
        13 => format!(
            "{{ acquire: {{ name: s, timeout: 0ns, into: a }} }}, {{ set: \"{v} = {v} * 2 + a\" }}, {{ if: {{ cond: \"a\", then: [ {{ release: s }} ] }} }}"
        ),
        _ => "yield".to_string(),
    }
}

#[test]
fn s37engine_stateless_dpor_agrees_with_brute_force_on_coroutine_programs() {
    let mut failures = Vec::new();
    let mut compared = 0;
    for seed in 0..PROGRAMS {
        let yaml = coroutine_program(seed);
        let timeouts = if seed % 3 == 0 { Timeouts::Deadline } else { Timeouts::Quiescent };
        if let Some(problem) = disagreement(&yaml, timeouts, &mut compared) {
            failures.push(format!("seed {seed}: {problem}\n{yaml}"));
        }
    }
    assert!(compared >= PROGRAMS / 2, "only {compared} of {PROGRAMS} programs were small enough to compare");
    assert!(failures.is_empty(), "{} of {compared} programs disagree:\n{}", failures.len(), failures.join("\n"));
}
