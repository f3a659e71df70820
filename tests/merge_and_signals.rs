//! `weft merge` gives the whole range byte for byte and refuses shards that do not belong together;
//! SIGINT/SIGTERM stop `weft fuzz` with what it found so far; a closed stdout keeps the exit status.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

fn weft(args: &[&str]) -> (i32, Vec<u8>, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("weft runs");
    (output.status.code().unwrap_or(-1), output.stdout, String::from_utf8_lossy(&output.stderr).into_owned())
}

fn scratch(name: &str) -> std::path::PathBuf {
    let directory = std::env::temp_dir().join(format!("weft-merge-signals-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&directory).expect("scratch directory");
    directory
}

/// Runs `fuzz` over each shard K/N of `seeds` (with `extra` flags per shard) and returns the files.
fn shards(directory: &std::path::Path, scenario: &str, seeds: &str, count: u64, extra: &[&[&str]]) -> Vec<String> {
    (0..count)
        .map(|k| {
            let shard = format!("{k}/{count}");
            let mut args = vec!["fuzz", scenario, "--seeds", seeds, "--shard", &shard, "--json"];
            args.extend_from_slice(extra.get(k as usize).copied().unwrap_or(&[]));
            let path = directory.join(format!("shard-{k}-of-{count}.json"));
            std::fs::write(&path, weft(&args).1).expect("shard written");
            path.display().to_string()
        })
        .collect()
}

fn merge(files: &[String], json: bool) -> (i32, Vec<u8>, String) {
    let mut args = vec!["merge"];
    if json {
        args.push("--json");
    }
    args.extend(files.iter().map(String::as_str));
    weft(&args)
}

#[test]
fn merged_shards_are_the_whole_range_byte_for_byte() {
    let directory = scratch("whole");
    for scenario in ["scenarios/lost-update.yaml", "scenarios/bank-race.yaml", "scenarios/bank-locked.yaml"] {
        let whole_json = weft(&["fuzz", scenario, "--seeds", "5..1005", "--json"]);
        let whole_text = weft(&["fuzz", scenario, "--seeds", "5..1005"]);
        for count in [2, 3, 7] {
            let files = shards(&directory, scenario, "5..1005", count, &[]);
            let merged_json = merge(&files, true);
            assert_eq!(merged_json.0, whole_json.0, "{scenario} in {count}: exit status");
            assert!(merged_json.1 == whole_json.1, "{scenario} in {count} shards: JSON differs");
            let merged_text = merge(&files, false);
            assert!(merged_text.1 == whole_text.1, "{scenario} in {count} shards: text differs");
        }
    }
    let _ = std::fs::remove_dir_all(&directory);
}

#[test]
fn shards_that_do_not_belong_together_are_refused() {
    let directory = scratch("refused");
    let scenario = "scenarios/lost-update.yaml";
    let files = shards(&directory, scenario, "0..90", 3, &[&[], &[], &["--max-steps", "5000"]]);
    let other_policy = shards(&directory, scenario, "0..90", 2, &[&[], &["--policy", "pct"]]);
    let edited = directory.join("edited.json");
    let text = std::fs::read_to_string(&files[0]).expect("shard");
    std::fs::write(&edited, text.replacen("\"runs\": 30", "\"runs\": 29", 1)).expect("edited shard");
    let edited = edited.display().to_string();
    let check = |files: &[&String], phrase: &str| {
        let files: Vec<String> = files.iter().map(|f| (*f).clone()).collect();
        let (status, _, stderr) = merge(&files, true);
        assert_eq!(status, 2, "{files:?}: {stderr}");
        assert!(stderr.contains(phrase), "{files:?}: expected `{phrase}` in {stderr}");
    };
    check(&[&files[0], &files[1], &files[2]], "differ in their --max-steps");
    check(&[&files[0], &other_policy[1]], "differ in their policy");
    check(&[&files[0], &files[0]], "are the same shard 0/3");
    check(&[&edited, &files[1]], "`runs` is 29 but its seeds (0/3 of 0..90) make 30 runs");
    let _ = std::fs::remove_dir_all(&directory);
}

#[test]
fn an_incomplete_split_says_which_shards_are_missing() {
    let directory = scratch("incomplete");
    let files = shards(&directory, "scenarios/lost-update.yaml", "0..90", 2, &[]);
    let (_, text, _) = merge(&files[..1], false);
    let text = String::from_utf8_lossy(&text);
    assert!(text.contains("(policy random, shards 0/2)"), "{text}");
    assert!(text.contains("incomplete: shard 1/2 of this split is missing"), "{text}");
    let (_, json, _) = merge(&files[1..], true);
    let json: serde_json::Value = serde_json::from_slice(&json).expect("JSON");
    assert_eq!(json["missing_shards"], serde_json::json!(["0/2"]));
    assert_eq!(json["runs"], 45);
    assert!(json["coverage"].get("new_in_last_tenth").is_none(), "no saturation claim: {json}");
    let _ = std::fs::remove_dir_all(&directory);
}

fn start_fuzz(format: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(["fuzz", "scenarios/bank-race.yaml", "--seeds", "0..500000000", format])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("weft starts")
}

fn send(child: &Child, signal: &str) {
    let sent = Command::new("kill").args([signal, &child.id().to_string()]).status().expect("kill runs");
    assert!(sent.success());
}

#[test]
fn a_signal_stops_fuzz_with_what_it_found_so_far() {
    // --jsonl prints runs as they finish: the first line says the handlers are in place.
    let mut child = start_fuzz("--jsonl");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    lines.read_line(&mut first).expect("a first run");
    send(&child, "-INT");
    let rest: Vec<String> = lines.lines().map(|l| l.expect("line")).collect();
    let status = child.wait().expect("weft ends");
    assert_eq!(status.code(), Some(130));
    let summary: serde_json::Value = serde_json::from_str(rest.last().expect("a summary line")).expect("JSON");
    assert_eq!(summary["interrupted"], true);
    let runs = summary["runs"].as_u64().expect("runs");
    assert!(runs > 0 && runs < 500_000_000, "{runs}");
    assert_eq!(rest.len() as u64, runs, "one line per run (the first read above) and the summary");

    for (format, signal, status) in [("--json", "-INT", 130), ("--quiet", "-TERM", 143)] {
        let child = start_fuzz(format);
        std::thread::sleep(std::time::Duration::from_secs(2));
        send(&child, signal);
        let output = child.wait_with_output().expect("weft ends");
        assert_eq!(output.status.code(), Some(status), "{format} {signal}");
        if format == "--json" {
            let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
            assert_eq!(report["interrupted"], true);
            assert!(report["runs"].as_u64().is_some_and(|runs| runs > 0));
        }
    }
}

#[test]
fn with_stdout_closed_the_exit_status_still_says_runs_failed() {
    for format in ["--json", "--jsonl", "--quiet"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
            .args(["fuzz", "scenarios/bank-race.yaml", "--seeds", "0..2000", format])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("weft starts");
        drop(child.stdout.take());
        assert_eq!(child.wait().expect("weft ends").code(), Some(1), "{format}");
    }
}
