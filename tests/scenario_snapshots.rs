//! The snapshot suite: every scenario in `scenarios/`, under every policy and seed its `snapshot:` block
//! names, pinned in the top-level `snapshots/` folder. A change to the engine or a policy that moves an
//! interleaving shows up as a reviewable diff (`cargo insta review`).

mod common;

use serde::Serialize;
use sim_core::report::{Metrics, RunLabel, SharedState, Status};
use sim_core::token::ScheduleToken;
use sim_core::{RunConfig, Simulator, policy};

const TRACE_LINES: usize = 40;

#[derive(Serialize)]
struct Pinned {
    status: Status,
    shared: SharedState,
    tasks: Vec<PinnedTask>,
    metrics: Metrics,
    failures: Vec<String>,
    left_running: Vec<String>,
    schedule: String,
    trace_digest: String,
    trace: Vec<String>,
}

#[derive(Serialize)]
struct PinnedTask {
    name: String,
    state: &'static str,
    started_ns: Option<u64>,
    finished_ns: Option<u64>,
}

fn pin(scenario: &scenarios::Scenario, policy_name: &str, seed: u64) -> Pinned {
    let model = &scenario.model;
    let mut simulator = Simulator::new(model);
    let mut policy = policy::by_name(policy_name).expect("snapshot policies are checked at load");
    let outcome = simulator.run(policy.as_mut(), &RunConfig { seed, ..RunConfig::default() });
    let token = ScheduleToken {
        policy: policy_name.to_string(),
        seed,
        cores: model.machine.cores,
        fingerprint: sim_core::fingerprint(model),
        choices: outcome.choices.clone(),
    };
    let report =
        simulator.report(&outcome, &RunLabel { policy: policy_name.to_string(), seed, schedule: token.to_string() });
    let mut trace = simulator.trace().lines(model);
    trace.truncate(TRACE_LINES);
    Pinned {
        status: report.status,
        shared: report.shared,
        tasks: report
            .tasks
            .iter()
            .map(|(name, task)| PinnedTask {
                name: name.clone(),
                state: task.state,
                started_ns: task.started_ns,
                finished_ns: task.finished_ns,
            })
            .collect(),
        metrics: report.metrics,
        failures: report.failures.iter().map(|f| format!("{}: {}", f.kind, f.message)).collect(),
        left_running: report.left_running,
        schedule: report.schedule,
        trace_digest: report.trace_digest,
        trace,
    }
}

#[test]
fn scenarios_are_pinned() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        insta::glob!("../scenarios", "*.yaml", |path| {
            let scenario = scenarios::load_file(path).unwrap_or_else(|d| panic!("{}", d.render(false)));
            assert!(!scenario.about.is_empty(), "{} has no `about:`", path.display());
            assert!(!scenario.snapshot.policies.is_empty(), "{} has no `snapshot:` policies", path.display());
            for policy in &scenario.snapshot.policies {
                let seeds = if scenario.snapshot.seeds.is_empty() { vec![0] } else { scenario.snapshot.seeds.clone() };
                for seed in seeds {
                    let name = format!("{}@{policy}-{seed}", scenario.model.name);
                    insta::assert_yaml_snapshot!(name, pin(&scenario, policy, seed));
                }
            }
        });
    });
}
