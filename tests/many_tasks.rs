//! Thousands of tasks through the command: a free core goes to the first thread in line without
//! listing every waiting thread (under `fifo` and `round-robin`), so a run of thousands of processes
//! finishes like any other. No timing here: the run must end, and end right.

use crate::common;

use common::weft;

/// `count` processes, each a `cpu`, a `let` and a `cpu` (three steps), on 8 cores.
fn processes(count: usize) -> String {
    format!(
        "name: many-processes\nmachine: {{ cores: 8 }}\ntasks:\n  worker:\n    kind: process\n    count: {count}\n    ops:\n      - cpu: 1ms\n      - let: \"x = 1\"\n      - cpu: 1ms\n"
    )
}

/// Runs `yaml` under `policy` through `weft run --json`: (status, steps).
fn run_through_the_command(yaml: &str, policy: &str) -> (String, u64) {
    let directory = std::env::temp_dir().join(format!("weft-many-tasks-{}-{policy}", std::process::id()));
    std::fs::create_dir_all(&directory).expect("a temporary directory");
    let file = directory.join("many.yaml");
    std::fs::write(&file, yaml).expect("the scenario is written");
    let (code, stdout, stderr) = weft(&["run", file.to_str().expect("a UTF-8 path"), "--policy", policy, "--json"]);
    std::fs::remove_dir_all(&directory).ok();
    assert_eq!(code, 0, "{stderr}");
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("a JSON report");
    let status = report["status"].as_str().expect("a status").to_string();
    let steps = report["metrics"]["steps"].as_u64().expect("a step count");
    (status, steps)
}

#[test]
fn thousands_of_processes_run_to_the_end() {
    let yaml = processes(3_000);
    for policy in ["fifo", "round-robin"] {
        let (status, steps) = run_through_the_command(&yaml, policy);
        assert_eq!((status.as_str(), steps), ("ok", 9_000), "under {policy}");
    }
}
