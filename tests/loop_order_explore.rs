//! Event loops in asyncio's order under exploration (`scheduler: { loop_order: fifo }`,
//! docs/exploration.md, "Event loops in asyncio's order"): `explore` against the brute-force enumerator
//! (tests/support/enumerate.rs, which asks the engine for its candidates, so it follows the loop's rule
//! from the one place that makes it, `engine/loop_turns.rs`) on generated asyncio programs
//! (tests/support/programs.rs, `fifo_loop_program`) and on the shipped scenarios with coroutines; and
//! the rule against what it must keep: every outcome the timed driver reaches (its loop is asyncio's
//! `_run_once`, FIFO ready queue and timer heap) is among the explored ones, and the rule only takes
//! outcomes away from the any-order exploration.

use crate::common;
use crate::support;

use sim_core::engine::{Reduction, SearchOptions};
use sim_core::{Model, RunConfig, Simulator, Timeouts, policy};
use support::enumerate::{Enumeration, enumerate, explore_disagreement, sorted_keys};

const MAX_STEPS: u64 = 200;
/// Programs with more schedules than this are left out (counted, so the test cannot go vacuous).
const BRUTE_FORCE_BUDGET: u64 = 3_000;
const PROGRAMS: u64 = 300;

/// What was compared over the generated programs.
#[derive(Debug, Default)]
struct Compared {
    programs: u64,
    /// Programs whose any-order exploration has an outcome the loop's order leaves out.
    narrowed: u64,
}

/// The outcome of a timed run of `model` (its loops run as asyncio's, in virtual time) under `name`.
fn timed_outcome(model: &Model, name: &str) -> (sim_core::Status, Vec<i64>) {
    let mut simulator = Simulator::new(model);
    let mut timed = policy::by_name(name).expect("a built-in policy");
    let outcome = simulator.run(timed.as_mut(), &RunConfig { max_steps: MAX_STEPS, ..RunConfig::default() });
    let mut shared = Vec::new();
    simulator.shared_values(&mut shared);
    (outcome.status, shared)
}

/// How the loop's rule disagrees with what it must keep, if it does: an outcome the same program
/// reaches in any order (with the same window) that the timed driver reaches too must stay, and the
/// rule adds none. Otherwise whether it left some outcome out. (The timed run's outcome is compared
/// only where the any-order search lists it: under a small window the stepwise clocks, which do not
/// make a coroutine's work hold its loop, may leave it out in any order too.)
fn rule_problem(model: &Model, fifo: &Enumeration) -> Result<bool, String> {
    let mut any_order = model.clone();
    any_order.scheduler.fifo_loops = false;
    let all = enumerate(&any_order, BRUTE_FORCE_BUDGET * 10, MAX_STEPS);
    if !all.complete || all.hit_step_limit {
        return Ok(false);
    }
    let wide = sorted_keys(all.within(None));
    let narrow = sorted_keys(fifo.within(None));
    if let Some(added) = narrow.iter().find(|key| !wide.contains(key)) {
        return Err(format!("the loop's order added {added:?} to {wide:?}"));
    }
    for name in ["round-robin", "fifo"] {
        let timed = timed_outcome(model, name);
        if wide.contains(&timed) && !narrow.contains(&timed) {
            return Err(format!("the timed {name} run's outcome {timed:?} is not among {narrow:?}"));
        }
    }
    Ok(wide.len() > narrow.len())
}

#[test]
fn explore_agrees_with_brute_force_with_loops_in_asyncio_order() {
    let mut failures = Vec::new();
    let mut compared = Compared::default();
    for seed in 0..PROGRAMS {
        let yaml = support::programs::fifo_loop_program(seed);
        let scenario = common::load(&yaml);
        let model = &scenario.model;
        let all = enumerate(model, BRUTE_FORCE_BUDGET, MAX_STEPS);
        if !all.complete || all.hit_step_limit {
            continue;
        }
        compared.programs += 1;
        match rule_problem(model, &all) {
            Ok(narrowed) => compared.narrowed += u64::from(narrowed),
            Err(problem) => failures.push(format!("seed {seed}: {problem}\n{yaml}")),
        }
        // Stateless DPOR takes the hand-over of an event loop for an order between coroutines and misses
        // their other orders, in any order as in asyncio's (docs/exploration.md): coroutine models are
        // searched with the state cache.
        let searches = [(Reduction::CachedStates, None), (Reduction::CachedStates, Some(1))];
        for (reduction, bound) in searches {
            let options = SearchOptions { reduction, timeouts: Timeouts::Quiescent, ..SearchOptions::default() };
            if let Some(problem) = explore_disagreement(model, &all, options, bound, MAX_STEPS) {
                failures.push(format!("seed {seed}: {problem}\n{yaml}"));
                break;
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs disagree; first ones:\n{}",
        failures.len(),
        compared.programs,
        failures[..failures.len().min(4)].join("\n")
    );
    assert!(compared.programs >= PROGRAMS / 2, "only {compared:?} were small enough");
    assert!(compared.narrowed >= compared.programs / 10, "only {compared:?} were narrowed by the loop's order");
    eprintln!("{compared:?}");
}

#[test]
fn explore_agrees_with_brute_force_on_the_shipped_coroutine_scenarios_in_asyncio_order() {
    let mut compared = Vec::new();
    let mut problems = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir("scenarios").expect("scenarios").filter_map(|e| e.ok()).collect();
    files.sort_by_key(|entry| entry.path());
    for entry in files {
        let path = entry.path();
        let text = std::fs::read_to_string(&path).expect("a readable scenario");
        let Ok(scenario) = scenarios::load_str(&path.display().to_string(), &text) else { continue };
        if !scenario.model.tasks.iter().any(|task| task.event_loop.is_some()) {
            continue;
        }
        let mut model = scenario.model.clone();
        model.scheduler.fifo_loops = true;
        let all = enumerate(&model, 20_000, 2_000);
        if !all.complete || all.hit_step_limit {
            continue;
        }
        compared.push(path.display().to_string());
        // A time-out gives up here only when nothing else can move (`quiescent`), where the timed run's
        // fires at its virtual time: those runs are compared with the search alone.
        if !model.has_deadline_waits()
            && let Err(problem) = rule_problem(&model, &all)
        {
            problems.push(format!("{}: {problem}", path.display()));
        }
        let options = SearchOptions { reduction: Reduction::CachedStates, ..SearchOptions::default() };
        if let Some(problem) = explore_disagreement(&model, &all, options, None, 2_000) {
            problems.push(format!("{}: {problem}", path.display()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(compared.iter().any(|name| name.contains("await-zero")), "await-zero not compared: {compared:?}");
    eprintln!("compared: {compared:?}");
}

/// A coroutine started on a timer of no delay (`submit` with `next_pass: true`, Python's
/// `loop.call_later(0, f)`) joins its loop's ready queue when the loop's next pass begins: behind every
/// coroutine queued during the pass that set it, ahead of every one queued after. Each scenario's
/// one-line tasks and the outcomes (in the order of `shared:`) CPython 3.11 reaches.
const S35ENGINE_ZERO_TIMERS: &[(&str, &str, &[&[i64]])] = &[
    // session33/repro/r12: the note runs in the pass after the one that set it, seeing ticks = 2.
    (
        "behind-the-pass",
        r#"
shared: { ticks: 0, running: 1, later: -1, seen: -1 }
tasks:
  main:
    kind: coroutine
    ops:
      - submit: { task: ticker, into: t }
      - await: 0ns
      - submit: { task: note, into: h, next_pass: true }
      - await: 0ns
      - set: "seen = ticks"
      - await: 0ns
      - set: "running = 0"
      - result: { future: "t" }
  ticker:
    kind: coroutine
    start: spawned
    ops: [ { while: { cond: "running", ops: [ { set: "ticks = ticks + 1" }, { await: 0ns } ] } } ]
  note: { kind: coroutine, start: spawned, ops: [ { set: "later = ticks" } ] }
"#,
        &[&[3, 0, 2, 2]],
    ),
    // A task created after the timer was set (`call_soon` alike) still runs first, and so does main,
    // which yielded after both: the due timer goes to the queue's end at the pass's end.
    (
        "after-what-the-pass-queued",
        r#"
shared: { order: 0 }
tasks:
  main:
    kind: coroutine
    ops:
      - submit: { task: note, into: h, next_pass: true }
      - submit: { task: soon, into: s }
      - await: 0ns
      - set: "order = order * 10 + 3"
  soon: { kind: coroutine, start: spawned, ops: [ { set: "order = order * 10 + 1" } ] }
  note: { kind: coroutine, start: spawned, ops: [ { set: "order = order * 10 + 2" } ] }
"#,
        &[&[132]],
    ),
    // Two timers set in one pass run in the order they were set, after the pass's yielders.
    (
        "timers-in-the-order-set",
        r#"
shared: { order: 0 }
tasks:
  main:
    kind: coroutine
    ops:
      - submit: { task: first, into: a, next_pass: true }
      - submit: { task: second, into: b, next_pass: true }
      - await: 0ns
      - set: "order = order * 10 + 3"
      - await: 0ns
      - set: "order = order * 10 + 4"
  first: { kind: coroutine, start: spawned, ops: [ { set: "order = order * 10 + 1" } ] }
  second: { kind: coroutine, start: spawned, ops: [ { set: "order = order * 10 + 2" } ] }
"#,
        &[&[3124]],
    ),
    // A handle cancelled before its timer fired never runs its callback.
    (
        "cancelled-before-it-fires",
        r#"
shared: { later: -1, done: 0 }
tasks:
  main:
    kind: coroutine
    ops:
      - submit: { task: note, into: h, next_pass: true }
      - cancel: "h"
      - result: { future: "h", into_ok: ok, catches: BaseException }
      - set: "done = 1"
  note: { kind: coroutine, start: spawned, ops: [ { set: "later = 1" } ] }
"#,
        &[&[-1, 1]],
    ),
    // A thread writes beside the loop: every place of its write among the coroutines' steps is an
    // outcome, and the timer's place in the loop's order stays fixed in each: main's second step
    // always runs before the note (`seen` never holds the note's `later`).
    (
        "beside-a-thread",
        r#"
shared: { x: 0, later: -1, seen: -1 }
tasks:
  writer: { ops: [ { set: "x = 1" } ] }
  main:
    kind: coroutine
    ops:
      - submit: { task: note, into: h, next_pass: true }
      - await: 0ns
      - set: "seen = x * 10 + later"
  note: { kind: coroutine, start: spawned, ops: [ { set: "later = x" } ] }
"#,
        &[&[1, 0, -1], &[1, 1, -1], &[1, 1, 9]],
    ),
];

#[test]
fn s35engine_zero_delay_timers_join_at_the_next_pass() {
    for (name, body, expected) in S35ENGINE_ZERO_TIMERS {
        let yaml = format!("version: 1\nname: {name}\nscheduler: {{ loop_order: fifo }}{body}");
        let model = common::load(&yaml).model;
        let want: Vec<Vec<i64>> = expected.iter().map(|shared| shared.to_vec()).collect();
        let all = enumerate(&model, 20_000, 500);
        assert!(all.complete && !all.hit_step_limit, "{name}: the enumeration did not finish");
        let enumerated: Vec<Vec<i64>> = sorted_keys(all.within(None)).into_iter().map(|(_, shared)| shared).collect();
        assert_eq!(enumerated, want, "{name}: every schedule");
        let options = SearchOptions { reduction: Reduction::CachedStates, ..SearchOptions::default() };
        assert_eq!(explore_disagreement(&model, &all, options, None, 500), None, "{name}");
        // The timed driver's loop is `_run_once` itself: the timer waits in its heap, due at once.
        for policy_name in ["round-robin", "fifo"] {
            let (status, shared) = timed_outcome(&model, policy_name);
            assert_eq!(status, sim_core::Status::Ok, "{name} {policy_name}");
            assert!(want.contains(&shared), "{name} {policy_name}: {shared:?} not among {want:?}");
        }
    }
}

/// The generated asyncio programs whose first coroutine starts a child, with the child on a timer of no
/// delay (`next_pass: true`): exploration (state cache, unbounded and within one preemption) finds
/// what the enumerator finds, and every outcome of a timed run is among them.
#[test]
fn s35engine_explore_agrees_with_brute_force_with_children_on_zero_delay_timers() {
    let mut failures = Vec::new();
    let mut compared = 0;
    for seed in 0..PROGRAMS {
        let plain = support::programs::fifo_loop_program(seed);
        let submit = "{ submit: { task: child, into: f } }";
        if !plain.contains(submit) {
            continue;
        }
        let yaml = plain.replace(submit, "{ submit: { task: child, into: f, next_pass: true } }");
        let model = common::load(&yaml).model;
        let all = enumerate(&model, BRUTE_FORCE_BUDGET, MAX_STEPS);
        if !all.complete || all.hit_step_limit {
            continue;
        }
        compared += 1;
        let reached = sorted_keys(all.within(None));
        for name in ["round-robin", "fifo"] {
            let timed = timed_outcome(&model, name);
            // Under a small window the stepwise clocks may leave a timed run's order out in any order
            // too (`rule_problem`): compared where the window is endless.
            if model.scheduler.time_window_ns.is_none() && timed.0 == sim_core::Status::Ok && !reached.contains(&timed)
            {
                failures
                    .push(format!("seed {seed}: the timed {name} run's {timed:?} is not among {reached:?}\n{yaml}"));
            }
        }
        for bound in [None, Some(1)] {
            let options = SearchOptions {
                reduction: Reduction::CachedStates,
                timeouts: Timeouts::Quiescent,
                ..SearchOptions::default()
            };
            if let Some(problem) = explore_disagreement(&model, &all, options, bound, MAX_STEPS) {
                failures.push(format!("seed {seed}: {problem}\n{yaml}"));
                break;
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {compared} programs disagree; first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(3)].join("\n")
    );
    assert!(compared >= 40, "only {compared} programs with a child were small enough");
    eprintln!("compared {compared}");
}
