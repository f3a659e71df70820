//! Time-outs under exploring policies (`--timeouts quiescent|deadline|any`, docs/format.md "Time-outs under
//! exploring policies"), checked through the command as an outside check would: `weft explore --json`
//! must find exactly the outcomes Python can reach under each setting (and say the search was complete),
//! `weft fuzz --json` under both exploring policies a subset of them; the schedule tokens of runs where a
//! waiter gave up replay them; and the flag is refused where it means nothing.

use crate::common;

use common::{json_of, outcome_line, outcome_lines, scenario_file, weft};
use serde_json::Value;

/// Under `--timeouts timeouts`, `explore` finds exactly `expected` (complete), and `fuzz` under random
/// and pct finds only outcomes of it. Returns explore's report.
fn check(name: &str, yaml: &str, timeouts: &str, expected: &[&str]) -> Value {
    let file = scenario_file("timeouts", name, yaml);
    let mut expected: Vec<String> = expected.iter().map(|line| line.to_string()).collect();
    expected.sort();
    let explored = json_of(&["explore", &file, "--timeouts", timeouts, "--json"]);
    assert_eq!(explored["complete"], Value::Bool(true), "{name}: explore did not complete");
    assert_eq!(outcome_lines(&explored), expected, "{name} --timeouts {timeouts}: explore's outcomes");
    for policy in ["random", "pct"] {
        let args = ["fuzz", &file, "--seeds", "0..200", "--policy", policy, "--timeouts", timeouts, "--json"];
        for line in outcome_lines(&json_of(&args)) {
            assert!(expected.contains(&line), "{name}: fuzz --policy {policy} found `{line}`, not in {expected:?}");
        }
    }
    explored
}

/// Each task takes one lock, then the other with a time-out, in opposite orders; `tN` says whether task N
/// got its second lock.
const ABBA: &str = "name: abba-timeouts
shared: { t1: 0, t2: 0 }
locks: [a, b]
tasks:
  one: { ops: [ { lock: a }, { lock: { name: b, timeout: 1s, into: got } }, { set: \"t1 = got\" }, { if: { cond: \"got\", then: [ { unlock: b } ] } }, { unlock: a } ] }
  two: { ops: [ { lock: b }, { lock: { name: a, timeout: 1s, into: got } }, { set: \"t2 = got\" }, { if: { cond: \"got\", then: [ { unlock: a } ] } }, { unlock: b } ] }
";

#[test]
fn in_an_abba_order_either_stuck_waiter_may_give_up_first() {
    // Quiescent: only the ABBA order gets stuck, and then either gives up and the other gets its lock.
    check("abba", ABBA, "quiescent", &["ok t1=0 t2=1", "ok t1=1 t2=0", "ok t1=1 t2=1"]);
    // Deadline: both blocked at the same clock, so once one gave up at its deadline the other's has come
    // too: it may give up beside the first one's steps, or get its lock.
    check("abba-deadline", ABBA, "deadline", &["ok t1=0 t2=0", "ok t1=0 t2=1", "ok t1=1 t2=0", "ok t1=1 t2=1"]);
    // A time-out of an hour or more gives up only when no task can step, even under `deadline`.
    let long = ABBA.replace("timeout: 1s", "timeout: 7200s");
    check("abba-long", &long, "deadline", &["ok t1=0 t2=1", "ok t1=1 t2=0", "ok t1=1 t2=1"]);
    // Any: a waiter may also give up while the holder would still let go, so both may give up.
    check("abba-any", ABBA, "any", &["ok t1=0 t2=0", "ok t1=0 t2=1", "ok t1=1 t2=0", "ok t1=1 t2=1"]);
}

/// The token of every explored outcome replays it, under the setting it was found with.
fn check_tokens_replay(name: &str, explored: &Value) {
    let file = scenario_file("timeouts", name, ABBA);
    for outcome in explored["outcomes"].as_array().expect("outcomes") {
        let token = outcome["schedule"].as_str().expect("a token");
        let replayed = json_of(&["replay", &file, "--schedule", token, "--json"]);
        assert_eq!(replayed["status"], outcome["status"], "{token}");
        assert_eq!(replayed["shared"], outcome["shared"], "{token}");
        assert_eq!(replayed["schedule"].as_str(), Some(token), "{token}: replay prints the token it ran");
    }
}

#[test]
fn tokens_with_a_give_up_replay_their_run() {
    let quiescent = check("abba-tokens", ABBA, "quiescent", &["ok t1=0 t2=1", "ok t1=1 t2=0", "ok t1=1 t2=1"]);
    let second_gave_up = quiescent["outcomes"]
        .as_array()
        .expect("outcomes")
        .iter()
        .find(|o| outcome_line(o) == "ok t1=1 t2=0")
        .expect("the second waiter gave up in some schedule");
    // The second of the stuck waiters gave up: a choice the token writes as `+1`.
    assert!(second_gave_up["schedule"].as_str().expect("a token").contains("+1"), "{second_gave_up}");
    check_tokens_replay("abba-tokens", &quiescent);
    let any = check("abba-tokens-any", ABBA, "any", &["ok t1=0 t2=0", "ok t1=0 t2=1", "ok t1=1 t2=0", "ok t1=1 t2=1"]);
    for outcome in any["outcomes"].as_array().expect("outcomes") {
        assert!(outcome["schedule"].as_str().expect("a token").contains(":timeouts-any:"), "{outcome}");
    }
    check_tokens_replay("abba-tokens-any", &any);
    let deadline = check(
        "abba-tokens-deadline",
        ABBA,
        "deadline",
        &["ok t1=0 t2=0", "ok t1=0 t2=1", "ok t1=1 t2=0", "ok t1=1 t2=1"],
    );
    for outcome in deadline["outcomes"].as_array().expect("outcomes") {
        assert!(outcome["schedule"].as_str().expect("a token").contains(":timeouts-deadline:"), "{outcome}");
    }
    check_tokens_replay("abba-tokens-deadline", &deadline);
}

/// A file may name its setting (`scheduler: { timeouts: deadline }`, as a Python import does): the
/// command line's default then, which `--timeouts` still overrides; an unknown one is refused.
#[test]
fn a_scenario_names_its_own_time_out_setting() {
    let own = ABBA.replace("name: abba-timeouts\n", "name: abba-timeouts\nscheduler: { timeouts: deadline }\n");
    let file = scenario_file("timeouts", "abba-own", &own);
    let explored = json_of(&["explore", &file, "--json"]);
    assert_eq!(explored["timeouts"].as_str(), Some("deadline"));
    assert_eq!(outcome_lines(&explored).len(), 4, "{explored}");
    let overridden = json_of(&["explore", &file, "--timeouts", "quiescent", "--json"]);
    assert_eq!(overridden["timeouts"].as_str(), Some("quiescent"));
    assert_eq!(outcome_lines(&overridden).len(), 3, "{overridden}");
    let wrong = scenario_file(
        "timeouts",
        "abba-wrong",
        &ABBA.replace("name: abba-timeouts\n", "name: abba-timeouts\nscheduler: { timeouts: soon }\n"),
    );
    let (code, _, stderr) = weft(&["explore", &wrong]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("unknown time-out setting `soon`"), "{stderr}");
}

#[test]
fn a_run_under_an_exploring_policy_prints_a_token_that_replays_it() {
    let file = scenario_file("timeouts", "abba-run", ABBA);
    for timeouts in ["quiescent", "deadline", "any"] {
        for seed in 0..20 {
            let seed = seed.to_string();
            let args = ["run", &file, "--policy", "random", "--seed", &seed, "--timeouts", timeouts, "--json"];
            let report = json_of(&args);
            let token = report["schedule"].as_str().expect("a token");
            let replayed = json_of(&["replay", &file, "--schedule", token, "--json"]);
            assert_eq!(replayed["shared"], report["shared"], "{timeouts} seed {seed}: {token}");
            assert_eq!(replayed["trace_digest"], report["trace_digest"], "{timeouts} seed {seed}: {token}");
        }
    }
}

#[test]
fn timeouts_is_refused_where_it_means_nothing() {
    let file = scenario_file("timeouts", "abba-refused", ABBA);
    for args in [
        vec!["run", &file, "--policy", "fifo", "--timeouts", "any"],
        vec!["run", &file, "--policy", "round-robin", "--timeouts", "quiescent"],
        vec!["fuzz", &file, "--seeds", "0..2", "--policy", "priority", "--timeouts", "any"],
    ] {
        let (status, _, stderr) = weft(&args);
        assert_eq!(status, 2, "{args:?}");
        assert!(stderr.contains("--timeouts applies to the exploring policies"), "{args:?}: {stderr}");
    }
    let (status, _, stderr) = weft(&["explore", &file, "--timeouts", "sometimes"]);
    assert_eq!(status, 2);
    assert!(stderr.contains("`sometimes` is not `quiescent`, `deadline` or `any`"), "{stderr}");
}

#[test]
fn timed_policies_fire_a_time_out_at_its_virtual_time() {
    // Both wait 1 s for each other under fifo: the first to have started waiting gives up first.
    let file = scenario_file("timeouts", "abba-timed", ABBA);
    for policy in ["fifo", "round-robin", "priority"] {
        let report = json_of(&["run", &file, "--policy", policy, "--json"]);
        assert_eq!(outcome_line(&report), "ok t1=1 t2=1", "{policy}: no overlap on one core by default");
    }
}

/// A 2 s `wait_for` around a batch that takes milliseconds: `seen` is what `wait_for` returned.
const SHORT_WAIT_FOR: &str = "name: short-wait-for
shared: { ready: 0, seen: 0 }
conditions: { c: {} }
tasks:
  waiter: { ops: [ { with: { lock: c, ops: [ { wait_for: { condition: c, cond: \"ready\", timeout: 2s, into: ok } }, { set: \"seen = ok\" } ] } } ] }
  batch: { ops: [ { cpu: 5ms }, { with: { lock: c, ops: [ { set: \"ready = 1\" }, { notify_all: c } ] } } ] }
";

#[test]
fn only_timeouts_any_finds_a_wait_for_that_gives_up_too_soon() {
    // Quiescent: the time-out is long beside the work, so it never fires while the batch can move.
    check("wait-for", SHORT_WAIT_FOR, "quiescent", &["ok ready=1 seen=1"]);
    // Any: it may fire before the batch is done; `wait_for` then returns the predicate's last value, 0.
    check("wait-for-any", SHORT_WAIT_FOR, "any", &["ok ready=1 seen=0", "ok ready=1 seen=1"]);
}

#[test]
fn wait_for_with_a_time_out_under_timed_policies_gives_up_at_its_virtual_time() {
    let fast = scenario_file("timeouts", "wait-for-timed", SHORT_WAIT_FOR);
    let slow = scenario_file("timeouts", "wait-for-timed-slow", &SHORT_WAIT_FOR.replace("cpu: 5ms", "cpu: 3s"));
    for policy in ["fifo", "round-robin", "priority"] {
        let report = json_of(&["run", &fast, "--policy", policy, "--json"]);
        assert_eq!(outcome_line(&report), "ok ready=1 seen=1", "{policy}: the batch ends within 2 s");
        let report = json_of(&["run", &slow, "--policy", policy, "--json"]);
        assert_eq!(outcome_line(&report), "ok ready=1 seen=0", "{policy}: the batch takes 3 s");
    }
    // `timeout: 0ns` does not wait: the predicate is read, then read once more.
    let at_once = scenario_file("timeouts", "wait-for-at-once", &SHORT_WAIT_FOR.replace("timeout: 2s", "timeout: 0ns"));
    check(
        "wait-for-at-once",
        &std::fs::read_to_string(at_once).expect("written"),
        "quiescent",
        &["ok ready=1 seen=0", "ok ready=1 seen=1"],
    );
}

#[test]
fn fuzz_says_timeouts_any_and_merge_refuses_shards_of_both_settings() {
    let file = scenario_file("timeouts", "abba-shards", ABBA);
    let directory = std::path::Path::new(&file).parent().expect("scratch directory").to_path_buf();
    let mut shards = Vec::new();
    for (shard, timeouts) in [("0/2", "quiescent"), ("1/2", "any")] {
        let args = [
            "fuzz",
            &file,
            "--seeds",
            "0..20",
            "--policy",
            "random",
            "--timeouts",
            timeouts,
            "--shard",
            shard,
            "--json",
        ];
        let (status, stdout, stderr) = weft(&args);
        assert!(status == 0 || status == 1, "{args:?}: {stderr}");
        let report: Value = serde_json::from_str(&stdout).expect("JSON");
        let said = report.get("timeouts").and_then(Value::as_str);
        assert_eq!(said, (timeouts == "any").then_some("any"), "{timeouts}: {stdout}");
        let path = directory.join(format!("abba-shard-{timeouts}.json"));
        std::fs::write(&path, stdout).expect("shard written");
        shards.push(path.to_str().expect("utf-8 path").to_string());
    }
    let (status, _, stderr) = weft(&["merge", &shards[0], &shards[1]]);
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("differ in their --timeouts"), "{stderr}");
}

#[test]
fn shrink_keeps_the_time_out_rule_of_its_token() {
    // The wait_for that gives up too soon, now a failure: its schedules exist only under `any`.
    let yaml = format!("{SHORT_WAIT_FOR}expect:\n  - seen == 1\n");
    let file = scenario_file("timeouts", "wait-for-shrink", &yaml);
    let explored = json_of(&["explore", &file, "--timeouts", "any", "--json"]);
    let failing = explored["outcomes"]
        .as_array()
        .expect("outcomes")
        .iter()
        .find(|o| outcome_line(o) == "assertion_failed ready=1 seen=0")
        .unwrap_or_else(|| panic!("explore --timeouts any finds the early give-up: {explored}"));
    let token = failing["schedule"].as_str().expect("a token");
    let shrunk = json_of(&["shrink", &file, "--schedule", token, "--json"]);
    assert_eq!(outcome_line(&shrunk), "assertion_failed ready=1 seen=0", "{shrunk}");
    let shrunk_token = shrunk["shrunk"]["schedule"].as_str().expect("the shrunk token");
    assert!(shrunk_token.contains(":timeouts-any:"), "the shrunk token keeps the rule: {shrunk_token}");
    let replayed = json_of(&["replay", &file, "--schedule", shrunk_token, "--json"]);
    assert_eq!(outcome_line(&replayed), "assertion_failed ready=1 seen=0", "{replayed}");
}
