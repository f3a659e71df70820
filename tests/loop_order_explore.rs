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
