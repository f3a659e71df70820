//! The rows of a comparison: what `compare` computes and `plot` draws. A leaf, so that neither imports
//! the other.

use indexmap::IndexMap;
use serde::Serialize;
use sim_core::report::{SharedState, Status};

#[derive(Debug, Serialize)]
pub struct CompareReport {
    pub scenario: String,
    pub seed: u64,
    pub rows: Vec<Row>,
    /// Every combination has its row (false when a signal stopped the comparison).
    pub complete: bool,
    /// SIGINT or SIGTERM stopped it: `rows` are those finished before the signal.
    pub interrupted: bool,
}

#[derive(Debug, Serialize)]
pub struct Row {
    pub settings: IndexMap<String, serde_json::Value>,
    pub status: Status,
    pub makespan_ns: u64,
    /// The first row's makespan over this one's.
    pub speedup: f64,
    pub context_switches: u64,
    pub gil_switches: u64,
    pub steps: u64,
    pub core_busy_ns: u64,
    #[serde(with = "sim_core::report::shared_state_serde")]
    pub shared: SharedState,
}

pub fn setting_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
