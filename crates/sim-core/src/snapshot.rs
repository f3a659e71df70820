//! What a snapshot pins of one run: the record that the project's snapshot suite
//! (tests/scenario_snapshots.rs) and a user's `weft test` both serialize, so the two cannot drift apart.

use serde::Serialize;

use crate::model::Model;
use crate::report::{Metrics, RunLabel, SharedState, Status};
use crate::token::ScheduleToken;
use crate::{RunConfig, Simulator, policy};

/// Trace lines a snapshot keeps: enough to see the interleaving, few enough to review a diff.
pub const TRACE_LINES: usize = 40;

/// One pinned run; the fields and their order are the snapshot files' format.
#[derive(Debug, Serialize)]
pub struct SnapshotRecord {
    status: Status,
    #[serde(with = "crate::report::shared_state_serde")]
    shared: SharedState,
    tasks: Vec<SnapshotTask>,
    metrics: Metrics,
    failures: Vec<String>,
    left_running: Vec<String>,
    schedule: String,
    trace_digest: String,
    trace: Vec<String>,
}

#[derive(Debug, Serialize)]
struct SnapshotTask {
    name: String,
    state: &'static str,
    started_ns: Option<u64>,
    finished_ns: Option<u64>,
}

/// Runs `model` under the built-in policy `policy_name` with `seed` and keeps what a snapshot pins.
/// `None` when no built-in policy has that name.
pub fn record(model: &Model, policy_name: &str, seed: u64) -> Option<SnapshotRecord> {
    let mut simulator = Simulator::new(model);
    let mut policy = policy::by_name(policy_name)?;
    let outcome = simulator.run(policy.as_mut(), &RunConfig { seed, ..RunConfig::default() });
    let token = ScheduleToken {
        policy: policy_name.to_string(),
        seed,
        cores: model.machine.cores,
        fingerprint: crate::fingerprint(model),
        choices: outcome.choices.clone(),
        timeouts: crate::engine::Timeouts::default(),
    };
    let label = RunLabel { policy: policy_name.to_string(), seed, schedule: token.to_string() };
    let report = simulator.report(&outcome, &label);
    let mut trace = simulator.trace_lines();
    trace.truncate(TRACE_LINES);
    Some(SnapshotRecord {
        status: report.status,
        shared: report.shared,
        tasks: report
            .tasks
            .iter()
            .map(|(name, task)| SnapshotTask {
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
    })
}
