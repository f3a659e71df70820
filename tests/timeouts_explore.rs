//! Time-outs under exploration: `explore` against the brute-force enumerator of every interleaving
//! (tests/support/enumerate.rs, where a waiter giving up is a decision like any other) on small
//! generated programs whose waits have time-outs (tests/support/programs.rs: locks in ABBA orders, a
//! semaphore, an event and a condition, next to the steps that end such waits), under
//! `--timeouts quiescent` and `--timeouts any`, unbounded and within a preemption bound, with the state
//! cache and with stateless DPOR: which waiter gives up, and when, is part of what the search explores.
//! Sleeps and work longer and shorter than the time-outs make the default's deadlines matter: a waiter
//! may give up while another task sleeps past its deadline.

use crate::common;
use crate::support;

use sim_core::engine::{Reduction, SearchOptions};
use sim_core::{Model, Timeouts};
use support::enumerate::{Enumeration, enumerate_with, explore_disagreement};

const MAX_STEPS: u64 = 200;
/// Programs with more schedules than this are left out (counted, so the test cannot go vacuous).
const BRUTE_FORCE_BUDGET: u64 = 600;
const PROGRAMS: u64 = 750;

/// How `explore` disagrees with the enumeration, if it does.
fn disagreement(model: &Model, all: &Enumeration, options: SearchOptions, bound: Option<u32>) -> Option<String> {
    explore_disagreement(model, all, options, bound, MAX_STEPS)
}

/// How many generated programs were compared, and how many of them let a waiter give up beside a task
/// that could step (under `quiescent`, its deadline come while the others sleep or work).
#[derive(Debug, Default)]
struct Compared {
    programs: u64,
    with_early_give_ups: u64,
}

/// Every program `generate` makes under `timeouts`: returns what was compared and the disagreements.
fn compare_all(timeouts: Timeouts, generate: fn(u64) -> String) -> (Compared, Vec<String>) {
    let mut failures = Vec::new();
    let mut compared = Compared::default();
    for seed in 0..PROGRAMS {
        let yaml = generate(seed);
        let scenario = common::load(&yaml);
        let all = enumerate_with(&scenario.model, timeouts, BRUTE_FORCE_BUDGET, MAX_STEPS);
        if !all.complete || all.hit_step_limit {
            continue;
        }
        compared.programs += 1;
        compared.with_early_give_ups += u64::from(all.early_give_ups);
        let searches =
            [(Reduction::CachedStates, None), (Reduction::StatelessDpor, None), (Reduction::CachedStates, Some(1))];
        for (reduction, bound) in searches {
            if let Some(problem) = disagreement(
                &scenario.model,
                &all,
                SearchOptions { reduction, timeouts, ..SearchOptions::default() },
                bound,
            ) {
                failures.push(format!("seed {seed}: {problem}\n{yaml}"));
                break;
            }
        }
    }
    (compared, failures)
}

/// `enough` of every 10 programs fit the brute-force budget (the rest loop, or have more interleavings
/// than it allows; more do under `any`, where every wait may end at every step), and `early` of every
/// 100 of those let a waiter give up beside a task that could step (0 where that is not counted).
fn check(timeouts: Timeouts, enough: u64, early: u64) {
    check_programs(timeouts, support::programs::timed_wait_program, enough, early);
}

/// As [`check`], over the programs `generate` makes.
fn check_programs(timeouts: Timeouts, generate: fn(u64) -> String, enough: u64, early: u64) {
    let (compared, failures) = compare_all(timeouts, generate);
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
        compared.with_early_give_ups >= compared.programs * early / 100,
        "{timeouts:?}: only {compared:?} let a waiter give up beside a task that could step"
    );
}

#[test]
fn explore_agrees_with_brute_force_when_stuck_waiters_give_up() {
    check(Timeouts::Quiescent, 6, 0);
}

#[test]
fn explore_agrees_with_brute_force_when_waiters_give_up_at_their_deadline_or_stuck() {
    check(Timeouts::Deadline, 6, 5);
}

#[test]
fn explore_agrees_with_brute_force_when_any_waiter_may_give_up_at_any_step() {
    check(Timeouts::Any, 4, 0);
}

/// Barriers whose waits time out and break them (tests/support/programs.rs, `timed_barrier_program`).
#[test]
fn explore_agrees_with_brute_force_on_barriers_broken_by_a_time_out() {
    for timeouts in [Timeouts::Quiescent, Timeouts::Deadline, Timeouts::Any] {
        check_programs(timeouts, support::programs::timed_barrier_program, 4, 0);
    }
}
