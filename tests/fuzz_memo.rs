//! The run memo of `weft fuzz` (src/fuzz_memo.rs) changes what a campaign costs, never what it reports:
//! `--json` (runs remembered by their choices) and `--jsonl` (every run made, its token written) give the
//! same report, for programs whose runs repeat often (the bank race), rarely (a pool of eight racy
//! workers, where the memo gives up), with failures and with `--stop-on-failure`.

use crate::common;

use common::weft;

/// The report of a campaign: `--json`'s document, or the last line of `--jsonl`.
fn report(file: &str, seeds: &str, extra: &[&str], jsonl: bool) -> serde_json::Value {
    let mut args = vec!["fuzz", file, "--seeds", seeds, "--policy", "random"];
    args.extend_from_slice(extra);
    if !extra.contains(&"--jobs") {
        args.extend_from_slice(&["--jobs", "1"]);
    }
    args.push(if jsonl { "--jsonl" } else { "--json" });
    let (_, stdout, stderr) = weft(&args);
    let text = if jsonl { stdout.lines().last().unwrap_or_default().to_string() } else { stdout };
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("weft {args:?}: {error}\n{stderr}"))
}

#[track_caller]
fn check(file: &str, seeds: &str, extra: &[&str]) {
    let remembered = report(file, seeds, extra, false);
    let made = report(file, seeds, extra, true);
    assert_eq!(remembered, made, "weft fuzz {file} --seeds {seeds} {extra:?}: --json and --jsonl reports differ");
    assert!(remembered["runs"].as_u64().unwrap_or(0) > 0, "the campaign ran: {remembered}");
}

#[test]
fn remembered_runs_report_what_made_runs_report() {
    check("bench/front-door/bank-race-minimal.yaml", "0..6000", &[]);
    check("scenarios/bank-race.yaml", "100..4100", &["--jobs", "2"]);
    check("scenarios/abba-deadlock.yaml", "0..3000", &[]);
    check("scenarios/abba-deadlock.yaml", "0..3000", &["--stop-on-failure"]);
    check("scenarios/producer-consumer.yaml", "0..3000", &[]);
    check("scenarios/condition-wait-for.yaml", "0..2000", &["--timeouts", "any"]);
    // Eight workers: few runs repeat, so the memo stops walking after its trial.
    check("tests/sctbench/reorder-10-bad.yaml", "0..3000", &[]);
}
