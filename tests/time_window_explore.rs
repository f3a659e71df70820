//! Time windows under exploration: `explore` against the brute-force enumerator of every interleaving
//! (tests/support/enumerate.rs, which runs each program with an endless window, so that every step is
//! offered with the time it would start, and keeps only those the program's window allows, by its own
//! reading of the rule in docs/exploration.md, "Time windows") on small generated programs of sleeps,
//! work, polling loops, an event waited on with a time-out and a lock held across a sleep
//! (tests/support/programs.rs, `time_window_program`), under `--timeouts quiescent` and `deadline`,
//! unbounded and within a preemption bound, with the state cache and with stateless DPOR. The window
//! makes the clocks decide which steps are offered: every reduction that merges or skips states must
//! keep what they decide.

use crate::common;
use crate::support;

use sim_core::engine::{Reduction, SearchOptions};
use sim_core::{Model, Timeouts};
use support::enumerate::{Enumeration, enumerate, enumerate_with, explore_disagreement, sorted_keys};

const MAX_STEPS: u64 = 200;
/// Programs with more schedules than this are left out (counted, so the test cannot go vacuous).
const BRUTE_FORCE_BUDGET: u64 = 2_000;
const PROGRAMS: u64 = 400;

/// How `explore` disagrees with the enumeration, if it does.
fn disagreement(model: &Model, all: &Enumeration, options: SearchOptions, bound: Option<u32>) -> Option<String> {
    explore_disagreement(model, all, options, bound, MAX_STEPS)
}

/// What was compared over the generated programs.
#[derive(Debug, Default)]
struct Compared {
    programs: u64,
    /// Programs whose window left out some outcome that the same program without a window reaches: the
    /// window decided something.
    narrowed: u64,
    /// Programs where a waiter's deadline held back a step within the window of the earliest step
    /// (under `deadline`: the window is measured from the earliest deadline too).
    deadlines_held: u64,
}

/// Every generated program under `timeouts`: what was compared and the disagreements.
fn compare_all(timeouts: Timeouts) -> (Compared, Vec<String>) {
    let mut failures = Vec::new();
    let mut compared = Compared::default();
    for seed in 0..PROGRAMS {
        let yaml = support::programs::time_window_program(seed);
        let scenario = common::load(&yaml);
        let all = enumerate_with(&scenario.model, timeouts, BRUTE_FORCE_BUDGET, MAX_STEPS);
        if !all.complete || all.hit_step_limit {
            continue;
        }
        compared.programs += 1;
        compared.narrowed += u64::from(window_narrows(&scenario.model, &all, timeouts));
        compared.deadlines_held += u64::from(all.deadlines_held);
        let searches =
            [(Reduction::CachedStates, None), (Reduction::StatelessDpor, None), (Reduction::CachedStates, Some(1))];
        for (reduction, bound) in searches {
            let options = SearchOptions { reduction, timeouts, ..SearchOptions::default() };
            if let Some(problem) = disagreement(&scenario.model, &all, options, bound) {
                failures.push(format!("seed {seed}: {problem}\n{yaml}"));
                break;
            }
        }
    }
    (compared, failures)
}

/// Whether the same program without its window reaches an outcome the windowed one does not.
fn window_narrows(model: &Model, windowed: &Enumeration, timeouts: Timeouts) -> bool {
    let mut unwindowed = model.clone();
    unwindowed.scheduler.time_window_ns = None;
    let all = if timeouts == Timeouts::Quiescent {
        enumerate(&unwindowed, BRUTE_FORCE_BUDGET, MAX_STEPS)
    } else {
        enumerate_with(&unwindowed, timeouts, BRUTE_FORCE_BUDGET, MAX_STEPS)
    };
    let reachable = sorted_keys(windowed.within(None));
    all.complete && sorted_keys(all.within(None)).iter().any(|key| !reachable.contains(key))
}

/// `enough` of every 10 programs fit the brute-force budget, `narrowed` of every 100 of those have an
/// outcome that only the window leaves out, and in `held` of every 100 a deadline held a step back.
fn check(timeouts: Timeouts, enough: u64, narrowed: u64, held: u64) {
    let (compared, failures) = compare_all(timeouts);
    assert!(
        failures.is_empty(),
        "{timeouts:?}: {} of {} programs disagree; first ones:\n{}",
        failures.len(),
        compared.programs,
        failures[..failures.len().min(5)].join("\n")
    );
    assert!(
        compared.programs >= PROGRAMS * enough / 10,
        "{timeouts:?}: only {} of {PROGRAMS} programs were small enough",
        compared.programs
    );
    assert!(
        compared.narrowed >= compared.programs * narrowed / 100,
        "{timeouts:?}: only {compared:?} had an outcome the window left out"
    );
    assert!(
        compared.deadlines_held >= compared.programs * held / 100,
        "{timeouts:?}: only {compared:?} had a step a deadline held back"
    );
    eprintln!("{timeouts:?}: {compared:?}");
}

#[test]
fn explore_agrees_with_brute_force_under_a_time_window() {
    check(Timeouts::Quiescent, 6, 10, 0);
}

#[test]
fn explore_agrees_with_brute_force_under_a_time_window_with_deadlines() {
    check(Timeouts::Deadline, 5, 10, 5);
}
