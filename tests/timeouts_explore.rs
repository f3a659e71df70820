//! Time-outs under exploration: `explore` against the brute-force enumerator of every interleaving
//! (tests/support/enumerate.rs, where a waiter giving up is a decision like any other) on small
//! generated programs whose waits have time-outs (tests/support/programs.rs: locks in ABBA orders, a
//! semaphore, an event and a condition, next to the steps that end such waits), under
//! `--timeouts quiescent` and `--timeouts any`, unbounded and within a preemption bound, with the state
//! cache and with stateless DPOR: which waiter gives up, and when, is part of what the search explores.

mod common;
mod support;

use sim_core::engine::{ExploreConfig, Reduction, SearchOptions};
use sim_core::{Model, Simulator, Timeouts};
use support::enumerate::{Enumeration, OutcomeKey, enumerate_with};

const MAX_STEPS: u64 = 200;
/// Programs with more schedules than this are left out (counted, so the test cannot go vacuous).
const BRUTE_FORCE_BUDGET: u64 = 600;
const PROGRAMS: u64 = 750;

fn sorted(mut keys: Vec<OutcomeKey>) -> Vec<OutcomeKey> {
    keys.sort();
    keys.dedup();
    keys
}

/// How `explore` disagrees with the enumeration, if it does.
fn disagreement(model: &Model, all: &Enumeration, options: SearchOptions, bound: Option<u32>) -> Option<String> {
    let config = ExploreConfig { max_schedules: 100_000, preemption_bound: bound, max_steps: MAX_STEPS };
    let explored = Simulator::new(model).explore_with(&config, options, &mut |_| true);
    let found = sorted(explored.outcomes.iter().map(|o| (o.status, o.shared.clone())).collect());
    let reachable = sorted(all.within(bound));
    if !explored.complete || found != reachable {
        return Some(format!(
            "{options:?} bound {bound:?}: complete {}, explore found {found:?}, brute force {reachable:?}",
            explored.complete
        ));
    }
    None
}

/// Every generated program under `timeouts`: returns the programs compared and the disagreements.
fn compare_all(timeouts: Timeouts) -> (u64, Vec<String>) {
    let mut failures = Vec::new();
    let mut compared = 0;
    for seed in 0..PROGRAMS {
        let yaml = support::programs::timed_wait_program(seed);
        let scenario = common::load(&yaml);
        let all = enumerate_with(&scenario.model, timeouts, BRUTE_FORCE_BUDGET, MAX_STEPS);
        if !all.complete || all.hit_step_limit {
            continue;
        }
        compared += 1;
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
/// than it allows; more do under `any`, where every wait may end at every step).
fn check(timeouts: Timeouts, enough: u64) {
    let (compared, failures) = compare_all(timeouts);
    assert!(
        failures.is_empty(),
        "{timeouts:?}: {} of {compared} programs disagree; first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(5)].join("\n")
    );
    assert!(
        compared >= PROGRAMS * enough / 10,
        "{timeouts:?}: only {compared} of {PROGRAMS} programs were small enough"
    );
}

#[test]
fn explore_agrees_with_brute_force_when_stuck_waiters_give_up() {
    check(Timeouts::Quiescent, 6);
}

#[test]
fn explore_agrees_with_brute_force_when_any_waiter_may_give_up_at_any_step() {
    check(Timeouts::Any, 4);
}
