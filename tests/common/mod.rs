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
    let trace = simulator.trace().lines(simulator.model());
    (report, trace)
}

pub const MS: u64 = 1_000_000;

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
