//! One settings path: `weft run --cores N --policy P` and `weft compare --set cores=N --set policy=P`
//! mean the same scenario, for every shipped scenario (single machine or `machines:`), and neither
//! panics. And every printer survives a reader that goes away or a disk that is full.

use std::process::{Command, Stdio};

const CORES: [u32; 4] = [1, 2, 3, 8];
/// A timed policy and an exploring one.
const POLICIES: [&str; 2] = ["fifo", "random"];

use crate::common;
use common::weft;

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

fn shipped_scenarios() -> Vec<String> {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let mut files: Vec<String> = std::fs::read_dir(folder)
        .expect("the scenarios folder")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .map(|path| format!("scenarios/{}", path.file_name().expect("a name").to_string_lossy()))
        .collect();
    files.sort();
    files
}

/// The makespans `compare` gives for every combination, cores varying slowest.
fn compare_makespans(file: &str) -> Vec<u64> {
    let cores = CORES.map(|c| c.to_string()).join(",");
    let cores = format!("cores={cores}");
    let policies = format!("policy={}", POLICIES.join(","));
    let (code, out, err) = weft(&["compare", file, "--set", &cores, "--set", &policies, "--json"]);
    assert!(code == 0 || code == 1, "compare {file}: exit {code}: {err}");
    let rows = json(&out)["rows"].as_array().expect("rows").clone();
    rows.iter().map(|row| row["makespan_ns"].as_u64().expect("a makespan")).collect()
}

#[test]
fn run_with_flags_equals_compare_with_settings_on_every_shipped_scenario() {
    let files = shipped_scenarios();
    assert!(files.len() >= 20, "{files:?}");
    for file in &files {
        let from_compare = compare_makespans(file);
        let mut from_run = Vec::new();
        for cores in CORES {
            for policy in POLICIES {
                let cores = cores.to_string();
                let (code, out, err) = weft(&["run", file, "--cores", &cores, "--policy", policy, "--json"]);
                assert!(code == 0 || code == 1, "run {file} --cores {cores} --policy {policy}: exit {code}: {err}");
                from_run.push(json(&out)["metrics"]["makespan_ns"].as_u64().expect("a makespan"));
            }
        }
        assert_eq!(from_run, from_compare, "{file}: run --cores/--policy against compare --set");
    }
}

#[test]
fn cores_on_a_file_with_machines_gives_each_machine_that_many() {
    let (code, out, err) = weft(&["run", "scenarios/martelli.yaml", "--cores", "2", "--json"]);
    assert_eq!(code, 0, "{err}");
    let machines = json(&out)["metrics"]["machines"].clone();
    let cores: Vec<u64> =
        machines.as_object().expect("machines").values().map(|m| m["cores"].as_u64().expect("cores")).collect();
    assert_eq!(cores, [2, 2]);
    // Its token replays: the token holds the total, shared out again.
    let token = json(&out)["schedule"].as_str().expect("a token").to_string();
    assert!(token.contains(":c4:"), "{token}");
    let (code, _, err) = weft(&["replay", "scenarios/martelli.yaml", "--schedule", &token]);
    assert_eq!(code, 0, "{err}");
}

/// Runs `weft ARGS`, reads `bytes` of its output and closes the pipe, as `| head -c BYTES` does.
fn read_then_close(args: &[&str], bytes: usize) -> (Option<i32>, String, String) {
    use std::io::Read;
    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("weft starts");
    let mut head = vec![0; bytes];
    child.stdout.take().expect("stdout").read_exact(&mut head).expect("the first bytes");
    let output = child.wait_with_output().expect("weft ends");
    (output.status.code(), String::from_utf8_lossy(&head).into_owned(), String::from_utf8_lossy(&output.stderr).into())
}

/// A scenario whose JSON report (about 480 kB) is far larger than a pipe holds, so the pipe closes
/// while weft is still writing; its expectation fails, so the run exits 1.
const LARGE_REPORT: &str = "name: large-report
shared: { x: 0 }
tasks:
  worker:
    count: 2000
    ops: [yield]
expect:
  - x == 1
";

#[test]
fn a_closed_pipe_keeps_the_exit_status_and_never_panics() {
    let path = std::env::temp_dir().join(format!("weft-large-report-{}.yaml", std::process::id()));
    std::fs::write(&path, LARGE_REPORT).expect("a temporary file");
    let file = path.display().to_string();
    for (args, status) in [
        (vec!["run", &file, "--json"], 1),
        (vec!["run", &file], 1),
        (vec!["run", "scenarios/bank-locked.yaml", "--json"], 0),
        (vec!["explore", "scenarios/lost-update.yaml", "--json"], 1),
    ] {
        let (code, head, stderr) = read_then_close(&args, 10);
        assert!(!head.is_empty() && !stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(code, Some(status), "{args:?}: {stderr}");
    }
    let _ = std::fs::remove_file(&path);
}

#[test]
fn a_full_disk_is_one_line_and_exit_2() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // Not on this system: nothing to check.
    };
    for args in [
        &["run", "scenarios/bank-race.yaml", "--json"][..],
        &["run", "scenarios/bank-race.yaml"][..],
        &["explore", "scenarios/bank-race.yaml", "--json"][..],
        &["compare", "scenarios/bank-race.yaml", "--set", "cores=1,2", "--json"][..],
        &["fuzz", "scenarios/bank-race.yaml", "--seeds", "0..10", "--json"][..],
        &["shrink", "scenarios/lost-update.yaml", "--schedule", "w1:random:s13:c3:f98668e16:0120.210010", "--json"][..],
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_weft"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(full.try_clone().expect("a second handle"))
            .output()
            .expect("weft runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.starts_with("cannot write to stdout"), "{args:?}: {stderr}");
    }
}
