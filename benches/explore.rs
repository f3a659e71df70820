//! The figures of the exploration issue (docs/performance.md, "Exploration"). Run with
//! `cargo bench --bench explore`.
//!
//! - `command_*`: the `weft explore` command itself (the binary, from its arguments to its output), as
//!   the bars are stated:
//!   - `command_threads_x_increments`: every interleaving of N threads each doing `n = n + 1` K times,
//!     to the end (3 x 3 and 4 x 2: 1.8 and 5.2 million interleavings that state caching covers in a
//!     few hundred schedules);
//!   - `command_one_schedule_of_two_by_ten_thousand`: `--max-schedules 1` on 2 threads x 10,000
//!     increments (40,000 steps): the cost of a step of exploration must not grow with the run's length;
//!   - `command_daemon_leak`: `weft explore scenarios/daemon-leak.yaml`, to the end.
//! - the rest: the same searches through the library (`Simulator::explore_with` with the command's
//!   defaults), without the process's start, loading and report.

use std::process::{Command, Stdio};

use sim_core::Simulator;
use sim_core::engine::{ExploreConfig, SearchOptions};
// `weft explore`'s defaults (src/explore.rs).
use sim_core::limits::{DEFAULT_EXPLORE_MAX_STEPS as MAX_STEPS, DEFAULT_MAX_SCHEDULES as MAX_SCHEDULES};

fn main() {
    divan::main();
}

fn increments(threads: u32, times: u32) -> String {
    format!(
        "name: increments\nshared: {{ n: 0 }}\ntasks:\n  adder:\n    count: {threads}\n    ops:\n      - repeat:\n          \
         times: {times}\n          ops:\n            - set: \"n = n + 1\"\n"
    )
}

fn load(text: &str) -> scenarios::Scenario {
    scenarios::load_str("bench.yaml", text).expect("bench scenario loads")
}

fn scenario_file(name: &str, yaml: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("weft-bench-explore-{}-{name}.yaml", std::process::id()));
    std::fs::write(&path, yaml).expect("writes the bench scenario");
    path
}

/// Runs `weft explore` with `arguments` and returns its JSON report.
fn weft_explore(arguments: &[&str]) -> serde_json::Value {
    let output = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg("explore")
        .args(arguments)
        .arg("--json")
        .stderr(Stdio::null())
        .output()
        .expect("runs the weft binary");
    assert!(matches!(output.status.code(), Some(0 | 1)), "weft explore {arguments:?}: {}", output.status);
    serde_json::from_slice(&output.stdout).expect("explore --json prints JSON")
}

fn complete(report: &serde_json::Value) -> bool {
    report["complete"].as_bool().expect("the report says whether it is complete")
}

#[divan::bench(args = [(3, 3), (4, 2)], sample_count = 5, sample_size = 1)]
fn command_threads_x_increments(bencher: divan::Bencher, (threads, times): (u32, u32)) {
    let file = scenario_file(&format!("inc-{threads}x{times}"), &increments(threads, times));
    let file = file.to_string_lossy();
    bencher.bench_local(|| {
        let report = weft_explore(&[&file]);
        assert!(complete(&report), "the search must finish to be a figure");
    });
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn command_one_schedule_of_two_by_ten_thousand(bencher: divan::Bencher) {
    let file = scenario_file("inc-2x10000", &increments(2, 10_000));
    let file = file.to_string_lossy();
    bencher.bench_local(|| weft_explore(&[&file, "--max-schedules", "1"]));
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn command_daemon_leak(bencher: divan::Bencher) {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/daemon-leak.yaml");
    bencher.bench_local(|| {
        let report = weft_explore(&[file, "--time-limit", "10s"]);
        assert!(complete(&report), "the search must finish within its 10 s budget");
    });
}

/// The command's search in the library: its defaults, up to `max_schedules`.
fn explore(scenario: &scenarios::Scenario, max_schedules: u64) -> sim_core::engine::ExploreResult {
    let config = ExploreConfig { max_schedules, preemption_bound: None, max_steps: MAX_STEPS };
    Simulator::new(&scenario.model).explore_with(&config, SearchOptions::default(), &mut |_| true)
}

#[divan::bench(args = [(3, 3), (4, 2)], sample_count = 5, sample_size = 1)]
fn threads_x_increments(bencher: divan::Bencher, (threads, times): (u32, u32)) {
    let scenario = load(&increments(threads, times));
    bencher.bench_local(|| {
        let result = explore(&scenario, MAX_SCHEDULES);
        assert!(result.complete, "the search must finish to be a figure");
        result.schedules
    });
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn one_schedule_of_two_by_ten_thousand(bencher: divan::Bencher) {
    let scenario = load(&increments(2, 10_000));
    bencher.bench_local(|| explore(&scenario, 1).schedules);
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn daemon_leak(bencher: divan::Bencher) {
    let text = include_str!("../scenarios/daemon-leak.yaml");
    let scenario = scenarios::load_str("daemon-leak.yaml", text).expect("a shipped scenario");
    bencher.bench_local(|| {
        let result = explore(&scenario, MAX_SCHEDULES);
        assert!(result.complete, "the search must finish to be a figure");
        result.schedules
    });
}
