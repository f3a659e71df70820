//! Runs `scenarios/mixed-jobs.yaml` under the built-in `fifo` and under a policy written here, and prints
//! when each job finishes.
//!
//! ```sh
//! cargo run -p sim-core --example custom_policy
//! ```

mod shortest_work_first;

use sim_core::report::RunLabel;
use sim_core::{Policy, RunConfig, Simulator};

fn finish_times(scenario: &scenarios::Scenario, policy: &mut dyn Policy) -> Vec<(String, u64)> {
    let mut simulator = Simulator::new(&scenario.model);
    let outcome = simulator.run(policy, &RunConfig::default());
    let label = RunLabel { policy: policy.name().to_string(), seed: 0, schedule: String::new() };
    let report = simulator.report(&outcome, &label);
    report.tasks.iter().map(|(name, task)| (name.clone(), task.finished_ns.unwrap_or(0))).collect()
}

fn main() {
    let text = include_str!("../../../../scenarios/mixed-jobs.yaml");
    let scenario = scenarios::load_str("mixed-jobs.yaml", text).unwrap_or_else(|d| panic!("{}", d.render(false)));
    let mut fifo = sim_core::policy::Fifo;
    let mut shortest = shortest_work_first::ShortestWorkFirst;
    for (name, policy) in [("fifo", &mut fifo as &mut dyn Policy), ("shortest-work-first", &mut shortest)] {
        let times = finish_times(&scenario, policy);
        let mean_ms = times.iter().map(|(_, t)| *t as f64).sum::<f64>() / times.len() as f64 / 1e6;
        let shown: Vec<String> =
            times.iter().map(|(task, t)| format!("{task} {}", sim_core::model::DisplayNanos(*t))).collect();
        println!("{name:>20}: {}  (mean completion {mean_ms:.1}ms)", shown.join(", "));
    }
}
