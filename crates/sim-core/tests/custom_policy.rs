//! The custom-policy example, pinned: a user's own policy snapshot-tested over two scenarios, as
//! docs/custom-policy.md shows.

#[path = "../examples/custom_policy/shortest_work_first.rs"]
mod shortest_work_first;

use sim_core::report::RunLabel;
use sim_core::{RunConfig, Simulator};

fn pinned_finish_times(text: &str) -> String {
    let scenario = scenarios::load_str("scenario.yaml", text).unwrap_or_else(|d| panic!("{}", d.render(false)));
    let mut simulator = Simulator::new(&scenario.model);
    let mut policy = shortest_work_first::ShortestWorkFirst;
    let outcome = simulator.run(&mut policy, &RunConfig::default());
    let label = RunLabel { policy: "shortest-work-first".into(), seed: 0, schedule: String::new() };
    let report = simulator.report(&outcome, &label);
    let mut lines = vec![format!("status: {}, makespan {}ns", report.status.as_str(), report.metrics.makespan_ns)];
    for (name, task) in &report.tasks {
        lines.push(format!("{name}: {:?} .. {:?}", task.started_ns, task.finished_ns));
    }
    lines.join("\n")
}

#[test]
fn shortest_work_first_is_pinned() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../../../snapshots/custom-policy");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        insta::assert_snapshot!("mixed-jobs", pinned_finish_times(include_str!("../../../scenarios/mixed-jobs.yaml")));
        insta::assert_snapshot!("io-threads", pinned_finish_times(include_str!("../../../scenarios/io-threads.yaml")));
    });
}
