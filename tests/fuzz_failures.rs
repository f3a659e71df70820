//! `weft fuzz` on a racy pool: outcomes grouped by the `assert` or `expect` that failed, the text cut to
//! the most frequent (`--top`), and JSON with every outcome and its failure.

use crate::common;

use common::weft;

/// Eight workers count jobs without a lock: hundreds of distinct final states, one failing `expect`.
const RACY_POOL: &str = "name: racy-pool
machine: { cores: 4 }
shared: { done: 0, ready: 0, sum: 0 }
tasks:
  worker:
    count: 8
    ops:
      - repeat:
          times: 3
          ops:
            - set: \"done = done + 1\"
            - set: \"sum = sum + me\"
      - set: \"ready = 1\"
expect:
  - ready == 1
  - done == 24
";

/// The scenario's file, written once for the whole test binary: the tests run on parallel threads of
/// one process, and a second `write` truncating the file while another test's `weft` reads it made that
/// run fail to parse now and then under load.
fn racy_pool_file() -> String {
    static FILE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    FILE.get_or_init(|| {
        let directory = std::env::temp_dir().join(format!("weft-fuzz-failures-{}", std::process::id()));
        std::fs::create_dir_all(&directory).expect("scratch directory");
        let path = directory.join("racy-pool.yaml");
        std::fs::write(&path, RACY_POOL).expect("scenario");
        path.to_str().expect("utf-8 path").to_string()
    })
    .clone()
}

#[test]
fn a_racy_pool_fits_a_screen_and_names_the_failing_expect() {
    let file = racy_pool_file();
    let (status, stdout, _) = weft(&["fuzz", &file, "--seeds", "0..1000", "--jobs", "1"]);
    assert_eq!(status, 1);
    assert!(stdout.lines().count() <= 40, "{stdout}");
    assert!(stdout.contains("failures, by the first assert or expect that failed:"), "{stdout}");
    assert!(stdout.contains("expect `done == 24` (line 16)"), "{stdout}");
    assert!(stdout.contains("the 10 most frequent of "), "{stdout}");
    assert!(stdout.contains("more outcomes ("), "{stdout}");
    let (_, three, _) = weft(&["fuzz", &file, "--seeds", "0..1000", "--jobs", "1", "--top", "3"]);
    assert_eq!(three.lines().filter(|line| line.contains("first seed ") && line.contains(": w1:")).count(), 3);
}

#[test]
fn json_has_every_outcome_with_its_failure() {
    let file = racy_pool_file();
    let (status, stdout, _) = weft(&["fuzz", &file, "--seeds", "0..1000", "--jobs", "1", "--json", "--top", "2"]);
    assert_eq!(status, 1);
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("one JSON document");
    let outcomes = report["outcomes"].as_array().expect("outcomes");
    assert!(outcomes.len() > 10, "--top does not cut JSON: {}", outcomes.len());
    let counted: u64 = outcomes.iter().map(|o| o["count"].as_u64().expect("count")).sum();
    assert_eq!(counted, 1000);
    for outcome in outcomes {
        assert_eq!(outcome["status"], "assertion_failed");
        assert_eq!(outcome["failure"], serde_json::json!({ "kind": "expect", "text": "done == 24", "line": 16 }));
    }
    let (_, all, _) = weft(&["fuzz", &file, "--seeds", "0..1000", "--jobs", "1", "--top", "all"]);
    let listed = all.lines().filter(|line| line.contains("first seed ") && line.contains(": w1:")).count();
    assert_eq!(listed, outcomes.len());
}

/// Two outcomes with the same final state differ in their status or their failure, and the text says
/// which: here a deadlock and a clean run end with the same (empty) shared state.
#[test]
fn outcomes_with_the_same_state_say_how_they_differ() {
    let (_, stdout, _) = weft(&["fuzz", "scenarios/abba-deadlock.yaml", "--seeds", "0..200", "--jobs", "1"]);
    let deadlock = stdout.lines().find(|line| line.contains(" deadlock ")).expect("a deadlock outcome");
    assert!(deadlock.contains("no task can move"), "{stdout}");
    let (_, bad_top, stderr) = weft(&["fuzz", "scenarios/abba-deadlock.yaml", "--seeds", "0..2", "--top", "0"]);
    assert!(bad_top.is_empty() && stderr.contains("or `all`"), "{stderr}");
}

/// `shrink` keeps the failing `expect` line, not the exact final state (unless `--same-state`), so it
/// may reach a schedule with fewer preemptions than the state allows.
#[test]
fn shrink_keeps_the_same_failure_by_default() {
    let file = racy_pool_file();
    let (_, stdout, _) = weft(&["fuzz", &file, "--seeds", "0..50", "--jobs", "1", "--json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("one JSON document");
    let token = report["outcomes"][0]["schedule"].as_str().expect("a token").to_string();
    let shrink = |extra: &[&str]| {
        let mut args = vec!["shrink", file.as_str(), "--schedule", token.as_str(), "--json"];
        args.extend_from_slice(extra);
        let (status, stdout, stderr) = weft(&args);
        assert_eq!(status, 1, "{stderr}");
        serde_json::from_str::<serde_json::Value>(&stdout).expect("one JSON document")
    };
    let same_failure = shrink(&[]);
    let same_state = shrink(&["--same-state"]);
    assert_eq!((same_failure["keeps"].as_str(), same_state["keeps"].as_str()), (Some("failure"), Some("state")));
    assert_eq!(same_state["shared"], report["outcomes"][0]["shared"]);
    assert_eq!(same_failure["failures"][0]["line"], 16, "the same expect line: {same_failure:#}");
    let preemptions = |report: &serde_json::Value| report["shrunk"]["preemptions"].as_u64().expect("preemptions");
    assert!(preemptions(&same_failure) <= preemptions(&same_state), "{same_failure:#} {same_state:#}");
    assert!(same_failure["shrunk"]["preemptions"].as_u64() < same_failure["original"]["preemptions"].as_u64());
}
