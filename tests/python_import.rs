//! Python programs through the `weft` binary: `weft import`, and `.py` files given to the commands that
//! take a scenario. The examples in examples/python/ are the programs of the reading.

use std::process::Command;

mod common;
use common::weft;

fn examples() -> Vec<String> {
    let directory = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/python");
    let mut files: Vec<String> = std::fs::read_dir(directory)
        .expect("examples/python exists")
        .filter_map(|entry| entry.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|name| name.ends_with(".py"))
        .map(|name| format!("examples/python/{name}"))
        .collect();
    files.sort();
    files
}

/// The final values of one shared variable over all outcomes `weft explore --json` lists.
fn explored_values(file: &str, variable: &str) -> Vec<i64> {
    let (code, stdout, stderr) = weft(&["explore", file, "--json"]);
    assert!(code == 0 || code == 1, "explore {file} failed: {stderr}");
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("explore --json is JSON");
    let mut values: Vec<i64> = report["outcomes"]
        .as_array()
        .expect("outcomes")
        .iter()
        .filter_map(|outcome| outcome["shared"]["main"][variable].as_i64())
        .collect();
    values.sort_unstable();
    values
}

#[test]
fn every_example_imports() {
    let files = examples();
    assert!(files.len() >= 8, "the reading's programs are in examples/python: {files:?}");
    for file in files {
        let (code, yaml, stderr) = weft(&["import", &file]);
        assert_eq!(code, 0, "weft import {file}: {stderr}");
        assert!(yaml.contains("tasks:\n  main:"), "{file} imports to a scenario with a main task:\n{yaml}");
    }
}

/// The examples the loader on main accepts today (format 1.0 plus what format 1.1 has landed); the
/// others use `while`, `if`, arrays or events and load once the loader reads them.
const LOADABLE_NOW: [&str; 5] = [
    "examples/python/bank_locked.py",
    "examples/python/bank_race.py",
    "examples/python/cpu_bound_threads.py",
    "examples/python/io_bound_threads.py",
    "examples/python/prep_then_ab.py",
];

#[test]
fn the_examples_the_loader_reads_pass_weft_check() {
    for file in LOADABLE_NOW {
        let (code, _, stderr) = weft(&["check", file]);
        assert_eq!(code, 0, "weft check {file}: {stderr}");
    }
}

#[test]
fn the_bank_race_from_python_has_the_three_outcomes_of_the_reading() {
    assert_eq!(explored_values("examples/python/bank_race.py", "balance"), vec![400, 900, 1000]);
    assert_eq!(explored_values("examples/python/bank_locked.py", "balance"), vec![900]);
}

#[test]
fn io_bound_threads_overlap_their_waits_and_cpu_bound_threads_queue_for_the_gil() {
    let makespan = |file: &str| {
        let (code, stdout, stderr) = weft(&["run", file, "--json"]);
        assert_eq!(code, 0, "{stderr}");
        let report: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
        report["metrics"]["makespan_ns"].as_u64().expect("makespan_ns")
    };
    // Four 50ms sleeps overlap: about one sleep. Four 20ms CPU jobs share one GIL: at least 80ms.
    let io = makespan("examples/python/io_bound_threads.py");
    assert!((50_000_000..60_000_000).contains(&io), "io-bound makespan {io}ns");
    let cpu = makespan("examples/python/cpu_bound_threads.py");
    assert!(cpu >= 80_000_000, "cpu-bound makespan {cpu}ns");
}

#[test]
fn unsupported_python_is_an_error_at_the_python_line_with_exit_status_2() {
    let directory = std::env::temp_dir().join(format!("weft-python-import-{}", std::process::id()));
    std::fs::create_dir_all(&directory).expect("temp dir");
    let program = directory.join("generator.py");
    std::fs::write(
        &program,
        "import threading\n\ndef produce():\n    yield from range(3)\n\nthreading.Thread(target=produce).start()\n",
    )
    .expect("write");
    let path = program.display().to_string();
    for command in ["import", "run", "check", "explore"] {
        let (code, _, stderr) = weft(&[command, &path]);
        assert_eq!(code, 2, "weft {command}: {stderr}");
        assert!(stderr.contains("generator.py:4:5"), "weft {command} points at the Python line:\n{stderr}");
        assert!(stderr.contains("`yield from` is not supported"), "{stderr}");
    }
    let _ = std::fs::remove_dir_all(&directory);
}

#[test]
fn a_step_the_loader_rejects_points_at_its_python_line() {
    // Until the loader reads `while` (format 1.1), the daemon printer's loop is rejected; the error
    // must name the Python file and the loop's line, not the generated YAML.
    let (code, _, stderr) = weft(&["check", "examples/python/daemon_printer.py"]);
    if code == 0 {
        return; // the loader reads format 1.1 now: nothing left to point at
    }
    assert_eq!(code, 2);
    assert!(stderr.contains("daemon_printer.py:13:1"), "{stderr}");
    assert!(stderr.contains("weft import examples/python/daemon_printer.py"), "{stderr}");
}

#[test]
fn every_example_runs_under_real_python() {
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("python3 is not installed: the examples were not run by real Python");
        return;
    }
    for file in examples() {
        let output = Command::new("timeout")
            .args(["60", "python3", &file])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("timeout runs");
        assert!(output.status.success(), "python3 {file}: {}", String::from_utf8_lossy(&output.stderr));
    }
}
