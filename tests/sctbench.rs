//! SCTBench (Thomson, Donaldson and Betts, "Concurrency testing using controlled schedulers: an
//! empirical study", TOPC 2016), its concurrent-software-benchmarks translated into tests/sctbench/
//! (each file says which program it is, what its bug is and how it was translated). The brief's check:
//! every bug that random fuzzing finds, unbounded `weft explore` finds within 100,000 schedules, and the
//! bug-free controls explore to `complete: true` with no failure (fsbench-ok, the last that did not,
//! completes with the stateless turns: docs/exploration.md, "SCTBench").
//!
//! `--stop-on-failure` makes explore try schedules with few deviations first (one delay, then 0, 1 and
//! 2 preemptions, then the unbounded search: docs/exploration.md), trying the deviating tasks first at
//! every choice of a round, which is how it finds the bugs that need a preemption near the start of
//! the run.
//!
//! Without `--stop-on-failure`, explore runs its depth-first search alone for its first
//! `DEPTH_FIRST_ALONE_RUNS` runs and then takes turns with those bounded rounds, so it finds the same
//! bugs, later (the slow test checks every program; the quick one reorder-20, which needs the turns).
//!
//! Programs marked `Slow` take minutes in a debug build: they run when `WEFT_SCTBENCH_SLOW=1` is set,
//! best with `WEFT_SCTBENCH_SLOW=1 cargo test --release --test sctbench`.

use std::process::{Command, Output};

/// The budget of the brief: explore finds every bug within this many schedules (cut-short runs count).
const EXPLORE_BUDGET: &str = "100000";

#[derive(Clone, Copy, Debug)]
enum Expect {
    /// A bug with this status: `weft fuzz` (random) finds it within `seeds` seeds, and explore within
    /// the budget.
    Bug { status: &'static str, seeds: u64 },
    /// Bug-free: explore is complete, with no failure.
    Control,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Speed {
    Quick,
    Slow,
}

use Expect::*;
use Speed::*;

const ASSERT: &str = "assertion_failed";
const DEADLOCK: &str = "deadlock";

const PROGRAMS: &[(&str, Expect, Speed)] = &[
    ("account-bad", Bug { status: ASSERT, seeds: 20 }, Quick),
    ("account-ok", Control, Quick),
    ("arithmetic-prog-bad", Bug { status: ASSERT, seeds: 5 }, Quick),
    ("arithmetic-prog-ok", Control, Quick),
    ("bluetooth-driver-bad", Bug { status: ASSERT, seeds: 200 }, Quick),
    ("carter01-bad", Bug { status: DEADLOCK, seeds: 20 }, Quick),
    ("circular-buffer-bad", Bug { status: ASSERT, seeds: 20 }, Quick),
    ("circular-buffer-ok", Control, Quick),
    ("deadlock01-bad", Bug { status: DEADLOCK, seeds: 20 }, Quick),
    ("din-phil2-sat", Bug { status: ASSERT, seeds: 20 }, Quick),
    ("din-phil3-sat", Bug { status: ASSERT, seeds: 20 }, Quick),
    ("din-phil4-sat", Bug { status: ASSERT, seeds: 20 }, Quick),
    ("din-phil5-sat", Bug { status: ASSERT, seeds: 20 }, Quick),
    ("din-phil6-sat", Bug { status: ASSERT, seeds: 20 }, Quick),
    ("din-phil7-sat", Bug { status: ASSERT, seeds: 20 }, Quick),
    ("fsbench-bad", Bug { status: ASSERT, seeds: 5 }, Quick),
    ("fsbench-ok", Control, Slow),
    ("lazy01-bad", Bug { status: ASSERT, seeds: 50 }, Quick),
    ("lazy01-ok", Control, Quick),
    ("phase01-bad", Bug { status: DEADLOCK, seeds: 5 }, Quick),
    ("phase01-ok", Control, Quick),
    ("queue-bad", Bug { status: ASSERT, seeds: 5 }, Quick),
    ("queue-ok", Control, Quick),
    ("reorder-3-bad", Bug { status: ASSERT, seeds: 200 }, Quick),
    ("reorder-4-bad", Bug { status: ASSERT, seeds: 200 }, Quick),
    ("reorder-5-bad", Bug { status: ASSERT, seeds: 200 }, Quick),
    ("reorder-10-bad", Bug { status: ASSERT, seeds: 200 }, Quick),
    ("reorder-20-bad", Bug { status: ASSERT, seeds: 200 }, Quick),
    ("stack-bad", Bug { status: ASSERT, seeds: 1000 }, Quick),
    ("stack-ok", Control, Slow),
    ("stateful01-ok", Control, Quick),
    ("sync01-bad", Bug { status: DEADLOCK, seeds: 5 }, Quick),
    ("sync01-ok", Control, Quick),
    ("sync02-bad", Bug { status: DEADLOCK, seeds: 5 }, Quick),
    ("sync02-ok", Control, Quick),
    ("token-ring-bad", Bug { status: ASSERT, seeds: 200 }, Quick),
    ("twostage-bad", Bug { status: ASSERT, seeds: 200 }, Quick),
    ("twostage-100-bad", Bug { status: ASSERT, seeds: 5000 }, Slow),
    ("wronglock-bad", Bug { status: ASSERT, seeds: 200 }, Quick),
    ("wronglock-3-bad", Bug { status: ASSERT, seeds: 200 }, Quick),
];

fn weft(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("weft runs")
}

fn json(output: &Output, what: &str) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{what}: no JSON ({e})"))
}

/// The statuses of the failing outcomes of a fuzz or explore report.
fn failing_statuses(report: &serde_json::Value) -> Vec<String> {
    let outcomes = report["outcomes"].as_array().map(Vec::as_slice).unwrap_or_default();
    outcomes.iter().filter(|o| o["status"] != "ok").filter_map(|o| o["status"].as_str().map(String::from)).collect()
}

/// Random fuzzing over `seeds` seeds stops at a failure with `status`.
fn fuzz_finds(file: &str, status: &str, seeds: u64) {
    let range = format!("0..{seeds}");
    let output = weft(&["fuzz", file, "--seeds", &range, "--policy", "random", "--stop-on-failure", "--json"]);
    let report = json(&output, file);
    assert_eq!(output.status.code(), Some(1), "{file}: fuzz over {range} found no failure");
    assert_eq!(failing_statuses(&report), vec![status.to_string()], "{file}");
}

/// Unbounded explore within the budget: the report, and whether it stopped at a failure.
fn explore(file: &str, stop_on_failure: bool) -> serde_json::Value {
    explore_within(file, stop_on_failure, EXPLORE_BUDGET)
}

fn explore_within(file: &str, stop_on_failure: bool, budget: &str) -> serde_json::Value {
    let mut args = vec!["explore", file, "--max-schedules", budget, "--json"];
    if stop_on_failure {
        args.push("--stop-on-failure");
    }
    json(&weft(&args), file)
}

fn check(name: &str, expect: Expect) {
    let file = format!("tests/sctbench/{name}.yaml");
    match expect {
        Bug { status, seeds } => {
            fuzz_finds(&file, status, seeds);
            let report = explore(&file, true);
            assert_eq!(report["stopped_by"], "failure", "{name}: explore did not find the bug: {report}");
            assert_eq!(failing_statuses(&report), vec![status.to_string()], "{name}");
        }
        Control => {
            let report = explore(&file, false);
            assert_eq!((report["complete"].as_bool(), report["failing_schedules"].as_u64()), (Some(true), Some(0)));
            assert!(failing_statuses(&report).is_empty(), "{name}: {report}");
        }
    }
}

/// Explore without `--stop-on-failure` lists a failure with `status` among the outcomes of `budget`
/// runs.
fn plain_explore_finds(name: &str, status: &str, budget: &str) {
    let file = format!("tests/sctbench/{name}.yaml");
    let report = explore_within(&file, false, budget);
    let failing = failing_statuses(&report);
    assert!(!failing.is_empty() && failing.iter().all(|s| s == status), "{name}: {failing:?} in {report}");
}

/// The outcomes of a report as (status, shared) pairs, sorted.
fn outcome_set(report: &serde_json::Value) -> Vec<String> {
    let outcomes = report["outcomes"].as_array().map(Vec::as_slice).unwrap_or_default();
    let mut set: Vec<String> = outcomes.iter().map(|o| format!("{} {}", o["status"], o["shared"])).collect();
    set.sort();
    set
}

/// Looking for a failure changes the order of the search, not what it covers: on a bug-free program
/// it runs its bounded rounds, then the unbounded search, and ends complete with the same outcomes.
fn few_preemptions_first_covers_the_same(name: &str) {
    let file = format!("tests/sctbench/{name}.yaml");
    let depth_first = explore(&file, false);
    let few_preemptions_first = explore(&file, true);
    assert_eq!(few_preemptions_first["complete"], true, "{name}: {few_preemptions_first}");
    assert_eq!(outcome_set(&few_preemptions_first), outcome_set(&depth_first), "{name}");
}

fn slow_ones_wanted() -> bool {
    std::env::var_os("WEFT_SCTBENCH_SLOW").is_some_and(|v| v == "1")
}

#[test]
fn every_translated_program_is_in_the_table_and_every_entry_has_its_file() {
    let mut files: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/sctbench"))
        .expect("tests/sctbench")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".yaml").map(String::from))
        .collect();
    files.sort();
    let mut listed: Vec<String> = PROGRAMS.iter().map(|(name, ..)| name.to_string()).collect();
    listed.sort();
    assert_eq!(files, listed);
}

#[test]
fn quick_programs_fuzz_and_explore_as_the_table_says() {
    for &(name, expect, speed) in PROGRAMS {
        if speed == Quick {
            check(name, expect);
        }
    }
}

#[test]
fn looking_for_a_failure_covers_what_the_depth_first_search_covers() {
    for &(name, expect, speed) in PROGRAMS {
        if speed == Quick && matches!(expect, Control) {
            few_preemptions_first_covers_the_same(name);
        }
    }
}

/// reorder-20's bug needs a preemption near the start of the run, which the depth-first search does
/// not reach within the budget: the bounded rounds, taking turns with it after its first
/// `DEPTH_FIRST_ALONE_RUNS` runs, find it within a few runs of their own (one delay).
#[test]
fn plain_explore_finds_reorder_20_once_the_bounded_rounds_take_turns() {
    let budget = (sim_core::engine::DEPTH_FIRST_ALONE_RUNS + 100).to_string();
    plain_explore_finds("reorder-20-bad", ASSERT, &budget);
}

#[test]
fn slow_plain_explore_finds_every_bug_explore_finds_when_asked() {
    if !slow_ones_wanted() {
        eprintln!("skipped: set WEFT_SCTBENCH_SLOW=1 (best with --release) to run explore without --stop-on-failure");
        return;
    }
    for &(name, expect, _) in PROGRAMS {
        if let Bug { status, .. } = expect {
            plain_explore_finds(name, status, EXPLORE_BUDGET);
        }
    }
}

#[test]
fn slow_programs_fuzz_and_explore_as_the_table_says_when_asked() {
    if !slow_ones_wanted() {
        eprintln!("skipped: set WEFT_SCTBENCH_SLOW=1 (best with --release) to run the slow SCTBench programs");
        return;
    }
    for &(name, expect, speed) in PROGRAMS {
        if speed == Slow {
            check(name, expect);
        }
    }
}
