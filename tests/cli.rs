//! The `weft` binary as users call it: exit statuses and the JSON fields of the contract.

use std::process::Command;

use crate::common;
use common::weft;

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

#[test]
fn exit_statuses_follow_the_contract() {
    assert_eq!(weft(&["check", "scenarios/bank-race.yaml"]).0, 0);
    assert_eq!(weft(&["check", "tests/invalid/after-cycle.yaml"]).0, 2);
    assert_eq!(weft(&["run", "scenarios/bank-locked.yaml"]).0, 0);
    assert_eq!(weft(&["run", "scenarios/bank-race.yaml", "--seed", "1"]).0, 1);
    assert_eq!(weft(&["run", "scenarios/bank-race.yaml", "--policy", "round-robbin"]).0, 2);
    assert_eq!(weft(&["replay", "scenarios/bank-race.yaml", "--schedule", "w1:random:s1:c2:f00000000:0"]).0, 2);
}

#[test]
fn replaying_a_run_gives_the_same_report() {
    let (_, first, _) = weft(&["run", "scenarios/lost-update.yaml", "--seed", "5", "--json"]);
    let first = json(&first);
    let token = first["schedule"].as_str().expect("a schedule token");
    let (code, replayed, _) = weft(&["replay", "scenarios/lost-update.yaml", "--schedule", token, "--json"]);
    assert_eq!(code, 1);
    let replayed = json(&replayed);
    assert_eq!(replayed["shared"], first["shared"]);
    assert_eq!(replayed["trace_digest"], first["trace_digest"]);
}

#[test]
fn fuzz_results_do_not_depend_on_jobs_or_shards() {
    let whole = weft(&["fuzz", "scenarios/lost-update.yaml", "--seeds", "0..300", "--jobs", "1", "--json"]).1;
    let parallel = weft(&["fuzz", "scenarios/lost-update.yaml", "--seeds", "0..300", "--jobs", "2", "--json"]).1;
    assert_eq!(whole, parallel);
    let whole = json(&whole);
    assert_eq!(whole["runs"], 300);
    let count = |report: &serde_json::Value| -> u64 {
        report["outcomes"].as_array().expect("outcomes").iter().map(|o| o["count"].as_u64().expect("count")).sum()
    };
    assert_eq!(count(&whole), 300);
    let shards: u64 = (0..3)
        .map(|k| {
            let shard = format!("{k}/3");
            count(&json(
                &weft(&["fuzz", "scenarios/lost-update.yaml", "--seeds", "0..300", "--shard", &shard, "--json"]).1,
            ))
        })
        .sum();
    assert_eq!(shards, 300);
}

#[test]
fn compare_sweeps_every_combination() {
    let (code, out, _) =
        weft(&["compare", "scenarios/gil-cpu-threads.yaml", "--set", "gil=new,none", "--set", "cores=1,2", "--json"]);
    assert_eq!(code, 0);
    let rows = json(&out)["rows"].as_array().expect("rows").clone();
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0]["settings"]["gil"], "new");
    assert_eq!(rows[3]["settings"]["cores"], 2);
    let makespan = |row: &serde_json::Value| row["makespan_ns"].as_u64().expect("makespan");
    // No GIL on two cores: about half the time of the GIL on two cores.
    assert!(makespan(&rows[3]) * 19 / 10 < makespan(&rows[1]), "{rows:?}");
    assert_eq!(weft(&["compare", "scenarios/gil-cpu-threads.yaml", "--set", "coers=1"]).0, 2);
}

#[test]
fn compare_exits_1_when_a_row_fails() {
    let (code, out, _) = weft(&["compare", "scenarios/bank-race.yaml", "--set", "cores=1,2", "--json"]);
    assert_eq!(code, 1, "{out}");
    let rows = json(&out)["rows"].as_array().expect("rows").clone();
    assert!(rows.iter().any(|row| row["status"] != "ok"), "{rows:?}");
    assert_eq!(weft(&["compare", "scenarios/bank-locked.yaml", "--set", "cores=1,2"]).0, 0);
}

#[test]
fn explore_and_shrink_answer_in_json() {
    let (code, out, _) = weft(&["explore", "scenarios/bank-race.yaml", "--json"]);
    assert_eq!(code, 1);
    let report = json(&out);
    assert_eq!(report["complete"], true);
    let failing = report["outcomes"]
        .as_array()
        .expect("outcomes")
        .iter()
        .find(|o| o["status"] == "assertion_failed")
        .expect("a failing outcome")
        .clone();
    let token = failing["schedule"].as_str().expect("token");
    let (code, out, _) = weft(&["shrink", "scenarios/bank-race.yaml", "--schedule", token, "--json", "--same-state"]);
    assert_eq!(code, 1);
    let shrunk = json(&out);
    assert_eq!(shrunk["shared"], failing["shared"]);
    assert!(shrunk["shrunk"]["preemptions"].as_u64() <= shrunk["original"]["preemptions"].as_u64());
}

#[test]
fn timelines_show_the_convoy_waiting_on_the_gil() {
    let (code, out, _) = weft(&["run", "scenarios/convoy.yaml", "--timeline"]);
    assert_eq!(code, 0);
    let waits = out
        .lines()
        .find(|l| l.trim_start().starts_with("io-thread waits"))
        .expect("a GIL-wait lane for the I/O thread");
    assert!(waits.matches('g').count() > 60, "{waits}");
    assert!(out.contains("core 1"));
    let path = std::env::temp_dir().join(format!("weft-convoy-{}.json", std::process::id()));
    let path_text = path.display().to_string();
    assert_eq!(weft(&["run", "scenarios/convoy.yaml", "--chrome-trace", &path_text]).0, 0);
    let trace = json(&std::fs::read_to_string(&path).expect("the trace file"));
    let _ = std::fs::remove_file(&path);
    let events = trace["traceEvents"].as_array().expect("traceEvents");
    let named = |name: &str| events.iter().any(|e| e["ph"] == "M" && e["args"]["name"] == name);
    assert!(named("core 0") && named("core 1") && named("GIL main"));
    assert!(events.iter().any(|e| e["cat"] == "waits for GIL" && e["name"] == "io-thread"));
}

#[test]
fn merging_shards_gives_the_whole_range() {
    let dir = std::env::temp_dir().join(format!("weft-merge-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let mut files = Vec::new();
    for k in 0..3 {
        let shard = format!("{k}/3");
        let out = weft(&["fuzz", "scenarios/lost-update.yaml", "--seeds", "0..900", "--shard", &shard, "--json"]).1;
        let path = dir.join(format!("shard-{k}.json"));
        std::fs::write(&path, out).expect("write a shard");
        files.push(path.display().to_string());
    }
    let mut args = vec!["merge", "--json"];
    args.extend(files.iter().map(String::as_str));
    let (code, merged, _) = weft(&args);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, 1);
    let whole = json(&weft(&["fuzz", "scenarios/lost-update.yaml", "--seeds", "0..900", "--json"]).1);
    let merged = json(&merged);
    for field in ["runs", "failing_runs", "outcomes", "seeds"] {
        assert_eq!(merged[field], whole[field], "{field}");
    }
    assert_eq!(merged["coverage"]["classes"], whole["coverage"]["classes"]);
    assert_eq!(merged["coverage"]["fingerprints"], whole["coverage"]["fingerprints"]);
}

#[test]
fn init_writes_a_starter_that_checks_and_runs() {
    let dir = std::env::temp_dir().join(format!("weft-init-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let file = dir.join("my-race.yaml");
    let file_text = file.display().to_string();
    assert_eq!(weft(&["init", "my-race", "--output", &file_text]).0, 0);
    assert_eq!(weft(&["check", &file_text]).0, 0);
    let (code, out, _) = weft(&["run", &file_text, "--json"]);
    assert_eq!((code, json(&out)["shared"]["main"]["counter"].as_i64()), (0, Some(2)));
    assert!(dir.join("scenario.schema.json").exists(), "the schema the starter's modeline names");
    assert_eq!(weft(&["init", "my-race", "--output", &file_text]).0, 2, "init never overwrites");
    assert_eq!(weft(&["init", "Bad Name"]).0, 2);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn completions_man_page_and_schema_are_printed() {
    let (code, bash, _) = weft(&["completions", "bash"]);
    assert_eq!(code, 0);
    assert!(bash.contains("fuzz") && bash.contains("--seeds"));
    let (code, man, _) = weft(&["man"]);
    assert_eq!(code, 0);
    assert!(man.starts_with(".ie") || man.contains(".TH weft"), "{}", &man[..man.len().min(200)]);
    let (code, schema, _) = weft(&["schema"]);
    assert_eq!(code, 0);
    assert_eq!(json(&schema)["title"], "weft scenario");
}

#[test]
fn quiet_prints_nothing_but_keeps_the_exit_status() {
    let (code, out, _) = weft(&["--quiet", "run", "scenarios/bank-race.yaml", "--seed", "1"]);
    assert_eq!((code, out.as_str()), (1, ""));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(["fuzz", "scenarios/bank-race.yaml", "--seeds", "0..5000", "--jsonl", "--jobs", "1"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("weft starts");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut first).expect("a line");
    // Dropping the reader closes the pipe, as `| head -1` does.
    let output = child.wait_with_output().expect("weft ends");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(first.contains("\"seed\":0"), "{first}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    // Quietly, but the exit status still says that runs failed (seed 0 of bank-race does).
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn compare_plots_and_run_draws_a_gantt_chart() {
    let dir = std::env::temp_dir().join(format!("weft-svg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let plot = dir.join("plot.svg").display().to_string();
    let (code, _, _) = weft(&[
        "compare",
        "scenarios/martelli-cores.yaml",
        "--set",
        "cores=1,2,4",
        "--set",
        "kind=process,thread",
        "--plot",
        &plot,
    ]);
    assert_eq!(code, 0);
    let svg = std::fs::read_to_string(&plot).expect("the chart");
    assert!(
        svg.starts_with("<svg")
            && svg.contains("kind=process")
            && svg.contains("kind=thread")
            && svg.contains("makespan (ms)")
    );
    let gantt = dir.join("gantt.svg").display().to_string();
    assert_eq!(weft(&["run", "scenarios/convoy.yaml", "--svg", &gantt]).0, 0);
    let svg = std::fs::read_to_string(&gantt).expect("the Gantt chart");
    assert!(svg.contains("io-thread waits") && svg.contains("GIL main") && svg.contains("time (ms)"));
    assert_eq!(
        weft(&[
            "compare",
            "scenarios/martelli-cores.yaml",
            "--set",
            "cores=1,2",
            "--plot",
            &plot,
            "--metric",
            "nonsense"
        ])
        .0,
        2
    );
    let _ = std::fs::remove_dir_all(&dir);
}
