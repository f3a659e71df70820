//! Helpers shared by the integration tests: load a scenario from text and run it.

#![allow(dead_code)]

use sim_core::report::{Report, RunLabel};
use sim_core::{RunConfig, Simulator, policy};

/// Loads inline YAML, panicking with the rendered diagnostic if it does not load.
pub fn load(yaml: &str) -> scenarios::Scenario {
    match scenarios::load_str("test.yaml", yaml) {
        Ok(scenario) => scenario,
        Err(diagnostic) => panic!("{}", diagnostic.render(false)),
    }
}

/// Runs a scenario once and returns its report and readable trace.
pub fn run(scenario: &scenarios::Scenario, policy_name: &str, seed: u64) -> (Report, Vec<String>) {
    let mut simulator = Simulator::new(&scenario.model);
    let mut policy = policy::by_name(policy_name).expect("a built-in policy");
    let outcome = simulator.run(policy.as_mut(), &RunConfig { seed, ..RunConfig::default() });
    let label = RunLabel { policy: policy_name.to_string(), seed, schedule: String::new() };
    let report = simulator.report(&outcome, &label);
    let trace = simulator.trace_lines();
    (report, trace)
}

pub const MS: u64 = 1_000_000;

/// A round-robin run as one line: `status shared... | makespan in whole ms | first failure`.
pub fn round_robin_summary(yaml: &str) -> String {
    let (report, _) = run(&load(yaml), "round-robin", 0);
    let shared: Vec<String> =
        report.shared.values().flat_map(|vars| vars.iter().map(|(n, v)| format!("{n}={v}"))).collect();
    let failure = report.failures.first().map_or(String::new(), |f| format!(" | {}", f.message));
    format!("{} {} | {}ms{failure}", report.status.as_str(), shared.join(" "), report.metrics.makespan_ns / MS)
}

/// Runs the `weft` binary from the project root: (exit status, stdout, stderr).
pub fn weft(args: &[&str]) -> (i32, String, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("weft runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Writes `yaml` to a scratch file `{name}.yaml` in a folder of this test binary (`group`) and returns
/// its path.
pub fn scenario_file(group: &str, name: &str, yaml: &str) -> String {
    let directory = std::env::temp_dir().join(format!("weft-{group}-{}", std::process::id()));
    std::fs::create_dir_all(&directory).expect("scratch directory");
    let path = directory.join(format!("{name}.yaml"));
    std::fs::write(&path, yaml).expect("scenario written");
    path.to_str().expect("utf-8 path").to_string()
}

/// An outcome of a JSON report as one line: `status name=value ...` in the report's order.
pub fn outcome_line(outcome: &serde_json::Value) -> String {
    let mut line = outcome["status"].as_str().expect("a status").to_string();
    for variables in outcome["shared"].as_object().expect("shared by process").values() {
        for (name, value) in variables.as_object().expect("variables") {
            line.push_str(&format!(" {name}={value}"));
        }
    }
    line
}

/// The distinct outcomes of an `explore` or `fuzz` report, sorted, one line each.
pub fn outcome_lines(report: &serde_json::Value) -> Vec<String> {
    let mut lines: Vec<String> = report["outcomes"].as_array().expect("outcomes").iter().map(outcome_line).collect();
    lines.sort();
    lines.dedup();
    lines
}

/// The JSON a command prints; it must exit 0 or 1 (a failure found is not an error).
pub fn json_of(args: &[&str]) -> serde_json::Value {
    let (status, stdout, stderr) = weft(args);
    assert!(status == 0 || status == 1, "weft {args:?} exited {status}: {stderr}");
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("weft {args:?}: not JSON ({e}): {stdout}"))
}

/// Runs `ops` (the steps of task `main`, after `shared`, beside a queue `q`) once and returns the
/// status, the fault's message if any, and the final shared values as the report prints them.
pub fn final_values(shared: &str, ops: &str) -> String {
    let yaml = format!("name: values\nshared: {shared}\nqueues: {{ q: {{}} }}\ntasks:\n  main:\n    ops:\n{ops}");
    let (report, _) = run(&load(&yaml), "round-robin", 0);
    let shown: Vec<String> = report.shared["main"].iter().map(|(name, value)| format!("{name}={value}")).collect();
    let fault = report.failures.first().map(|failure| format!(" ({})", failure.message)).unwrap_or_default();
    format!("{}{fault} {}", report.status.as_str(), shown.join(" "))
}
