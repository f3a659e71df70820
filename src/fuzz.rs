//! `weft fuzz`: one run per seed, in parallel, folded into a histogram of distinct outcomes. Seeds are
//! run in batches and merged in seed order, so the result never depends on `--jobs` or on how a range
//! is split into shards.

use std::io::IsTerminal;

use indexmap::IndexMap;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sim_core::report::{SharedState, shared_state_from_values};
use sim_core::{Status, limits};

use crate::cli::FuzzArgs;
use crate::running::Setup;
use crate::{CommandResult, EXIT_FOUND_FAILURE, EXIT_OK, UsageError, output};

const BATCH_SEEDS: usize = 4096;

#[derive(Debug, Serialize, Deserialize)]
pub struct FuzzReport {
    pub scenario: String,
    pub policy: String,
    pub seeds: String,
    /// `K/N` when this is one shard of the range; absent for the whole range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<String>,
    pub runs: u64,
    pub outcomes: Vec<OutcomeCount>,
    pub failing_runs: u64,
    pub coverage: Coverage,
}

/// How many distinct interleavings (happens-before classes) the seeds reached, and how that grew: a
/// campaign whose count has stopped growing gains little from more seeds.
#[derive(Debug, Serialize, Deserialize)]
pub struct Coverage {
    pub classes: u64,
    /// (runs, classes) after 1, 2, 4, 8, ... runs and at the end (empty after `weft merge`: growth
    /// depends on the order of seeds across shards).
    pub growth: Vec<(u64, u64)>,
    /// Classes first reached in the last tenth of the runs.
    pub new_in_last_tenth: u64,
    /// The classes' fingerprints, sorted, so that `weft merge` can unite shards exactly.
    pub fingerprints: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct OutcomeCount {
    pub status: Status,
    pub shared: SharedState,
    pub count: u64,
    pub first_seed: u64,
    pub schedule: String,
}

struct SeedResult {
    seed: u64,
    status: Status,
    values: Vec<i64>,
    token: Option<String>,
    class: u64,
}

pub fn parse_seeds(text: &str) -> Result<(u64, u64), UsageError> {
    let bad = || UsageError(format!("--seeds takes A..B with A < B, such as 0..1000; got `{text}`"));
    let (start, end) = text.split_once("..").ok_or_else(bad)?;
    let start: u64 = start.trim().parse().map_err(|_| bad())?;
    let end: u64 = end.trim().parse().map_err(|_| bad())?;
    if start >= end {
        return Err(bad());
    }
    if end - start > limits::MAX_SEEDS {
        return Err(UsageError(format!(
            "--seeds covers at most {} seeds in one invocation; split it with --shard",
            limits::MAX_SEEDS
        )));
    }
    Ok((start, end))
}

pub fn parse_shard(text: Option<&str>) -> Result<(u64, u64), UsageError> {
    let Some(text) = text else { return Ok((0, 1)) };
    let bad = || UsageError(format!("--shard takes K/N with 0 <= K < N, such as 0/4; got `{text}`"));
    let (k, n) = text.split_once('/').ok_or_else(bad)?;
    let k: u64 = k.trim().parse().map_err(|_| bad())?;
    let n: u64 = n.trim().parse().map_err(|_| bad())?;
    if n == 0 || k >= n {
        return Err(bad());
    }
    Ok((k, n))
}

/// Fuzzing explores: the named policy, else the file's when it explores, else `random`.
fn fuzz_policy(args: &FuzzArgs, file_policy: &str) -> String {
    match &args.policy {
        Some(policy) => policy.clone(),
        None if matches!(file_policy, "random" | "pct") => file_policy.to_string(),
        None => "random".to_string(),
    }
}

pub fn fuzz(args: &FuzzArgs) -> CommandResult {
    let (start, end) = parse_seeds(&args.seeds)?;
    let (shard, shards) = parse_shard(args.shard.as_deref())?;
    let probe = Setup::new(&args.file, None, None, args.max_steps)?;
    let policy = fuzz_policy(args, &probe.model.scheduler.policy);
    let setup = Setup::new(&args.file, Some(&policy), None, args.max_steps)?;
    let jobs = args.jobs.unwrap_or(0);
    if args.jobs == Some(0) || jobs > 1024 {
        return Err(UsageError("--jobs is at least 1 and at most 1024 (leave it out to use every core)".to_string()));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| UsageError(format!("cannot start worker threads: {e}")))?;
    let total = (end - start - shard).div_ceil(shards);
    let progress = progress_bar(total);

    let mut histogram: IndexMap<(Status, Vec<i64>), (u64, u64)> = IndexMap::new();
    let mut classes = std::collections::BTreeSet::new();
    let mut growth = CoverageGrowth::new(total);
    let mut runs = 0u64;
    let mut failing_runs = 0u64;
    let mut next = start + shard;
    let mut batch: Vec<u64> = Vec::with_capacity(BATCH_SEEDS);
    'batches: while next < end {
        batch.clear();
        while next < end && batch.len() < BATCH_SEEDS {
            batch.push(next);
            next = next.saturating_add(shards);
        }
        let results = pool.install(|| run_batch(&setup, &batch, args.jsonl));
        for result in results {
            runs += 1;
            classes.insert(result.class);
            growth.observe(runs, classes.len() as u64);
            if result.status.is_failure() {
                failing_runs += 1;
            }
            if let Some(token) = &result.token {
                print_jsonl_run(&setup, &result, token);
            }
            let entry = histogram.entry((result.status, result.values)).or_insert((0, result.seed));
            entry.0 += 1;
            if args.stop_on_failure && result.status.is_failure() {
                break 'batches;
            }
        }
        progress.set_position(runs);
    }
    progress.finish_and_clear();

    let mut outcomes: Vec<OutcomeCount> = histogram
        .into_iter()
        .map(|((status, values), (count, first_seed))| OutcomeCount {
            status,
            shared: shared_state_from_values(&setup.model, &values),
            count,
            first_seed,
            schedule: token_of(&setup, first_seed),
        })
        .collect();
    outcomes.sort_by(|a, b| b.count.cmp(&a.count).then(a.first_seed.cmp(&b.first_seed)));
    let report = FuzzReport {
        scenario: setup.model.name.clone(),
        policy,
        seeds: format!("{start}..{end}"),
        shard: (shards > 1).then(|| format!("{shard}/{shards}")),
        runs,
        outcomes,
        failing_runs,
        coverage: growth.finish(runs, &classes),
    };
    if args.json {
        output::print_json(&report);
    } else if args.jsonl {
        crate::output::emit_line(&serde_json::to_string(&report).unwrap_or_default());
    } else {
        crate::output::emit_text(&render_text(&report));
    }
    Ok(if failing_runs > 0 { EXIT_FOUND_FAILURE } else { EXIT_OK })
}

/// Coverage growth, kept in constant memory: checkpoints at 1, 2, 4, ... runs, and the count at nine
/// tenths of the planned runs.
struct CoverageGrowth {
    planned: u64,
    next_checkpoint: u64,
    checkpoints: Vec<(u64, u64)>,
    at_nine_tenths: Option<u64>,
}

impl CoverageGrowth {
    fn new(planned: u64) -> Self {
        CoverageGrowth { planned, next_checkpoint: 1, checkpoints: Vec::new(), at_nine_tenths: None }
    }

    fn observe(&mut self, runs: u64, classes: u64) {
        if runs == self.next_checkpoint {
            self.checkpoints.push((runs, classes));
            self.next_checkpoint = self.next_checkpoint.saturating_mul(2);
        }
        if runs == self.planned - self.planned / 10 {
            self.at_nine_tenths = Some(classes);
        }
    }

    fn finish(mut self, runs: u64, fingerprints: &std::collections::BTreeSet<u64>) -> Coverage {
        let classes = fingerprints.len() as u64;
        if runs > 0 && self.checkpoints.last().is_none_or(|&(last, _)| last != runs) {
            self.checkpoints.push((runs, classes));
        }
        // Cut short (--stop-on-failure) before nine tenths: every class counts as new.
        let new_in_last_tenth = classes - self.at_nine_tenths.filter(|_| runs == self.planned).unwrap_or(0);
        let fingerprints = fingerprints.iter().map(|c| format!("{c:016x}")).collect();
        Coverage { classes, growth: self.checkpoints, new_in_last_tenth, fingerprints }
    }
}

fn run_batch(setup: &Setup, seeds: &[u64], with_tokens: bool) -> Vec<SeedResult> {
    seeds
        .par_iter()
        .map_init(
            || (setup.simulator(), setup.policy()),
            |(simulator, policy), &seed| {
                let config =
                    sim_core::RunConfig { record_accesses: true, record_choices: with_tokens, ..setup.config(seed) };
                let outcome = simulator.run(policy.as_mut(), &config);
                let mut values = Vec::new();
                simulator.shared_values(&mut values);
                let token = with_tokens.then(|| setup.token(seed, &outcome));
                let class = sim_core::races::happens_before_class(simulator.accesses().0);
                SeedResult { seed, status: outcome.status, values, token, class }
            },
        )
        .collect()
}

/// Runs are deterministic, so the token of an outcome's first seed is found by running it again.
fn token_of(setup: &Setup, seed: u64) -> String {
    let mut simulator = setup.simulator();
    let mut policy = setup.policy();
    let outcome = simulator.run(policy.as_mut(), &setup.config(seed));
    setup.token(seed, &outcome)
}

fn print_jsonl_run(setup: &Setup, result: &SeedResult, token: &str) {
    let line = serde_json::json!({
        "seed": result.seed,
        "status": result.status,
        "shared": shared_state_from_values(&setup.model, &result.values),
        "schedule": token,
    });
    crate::output::emit_line(&line.to_string());
}

fn progress_bar(total: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} seeds  {per_sec}  eta {eta}") {
        bar.set_style(style);
    }
    bar
}

pub fn render_text(report: &FuzzReport) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let shard_note = report.shard.as_ref().map_or(String::new(), |shard| format!(", shard {shard}"));
    let _ = writeln!(
        out,
        "{}: {} runs over seeds {} (policy {}{shard_note})",
        report.scenario, report.runs, report.seeds, report.policy
    );
    let _ = writeln!(out, "{} distinct outcomes, {} failing runs", report.outcomes.len(), report.failing_runs);
    let growth: Vec<String> =
        report.coverage.growth.iter().map(|(runs, classes)| format!("{runs}:{classes}")).collect();
    if growth.is_empty() {
        let _ = writeln!(out, "coverage: {} distinct interleavings (happens-before classes)", report.coverage.classes);
    } else {
        let _ = writeln!(
            out,
            "coverage: {} distinct interleavings (happens-before classes), {} of them new in the last tenth of the runs",
            report.coverage.classes, report.coverage.new_in_last_tenth
        );
        let _ = writeln!(out, "  growth (runs:classes): {}", growth.join(" "));
    }
    for outcome in &report.outcomes {
        let percent = outcome.count as f64 * 100.0 / report.runs.max(1) as f64;
        let _ = writeln!(
            out,
            "  {:>8} ({percent:5.1}%)  {:<16} {}",
            outcome.count,
            outcome.status.as_str(),
            shared_text(&outcome.shared)
        );
        let _ = writeln!(out, "           first seed {}: {}", outcome.first_seed, outcome.schedule);
    }
    out
}

/// `balance=900 worker.total=3`: main's variables bare, other processes' qualified.
pub fn shared_text(shared: &SharedState) -> String {
    let parts: Vec<String> = shared
        .iter()
        .flat_map(|(process, values)| {
            values.iter().map(move |(name, value)| {
                if process == "main" { format!("{name}={value}") } else { format!("{process}.{name}={value}") }
            })
        })
        .collect();
    parts.join(" ")
}

/// `weft merge`: adds up the `fuzz --json` outputs of the shards of one range into the result of the
/// whole range (outcome counts, first seeds, failing runs and coverage classes are exact).
pub fn merge(files: &[std::path::PathBuf], json: bool) -> CommandResult {
    let mut reports = Vec::new();
    for file in files {
        let text = crate::files::read_input(file, limits::MAX_REPORT_BYTES, "a fuzz report")?;
        let report: FuzzReport = serde_json::from_str(&text)
            .map_err(|e| UsageError(format!("{}: not the output of `weft fuzz --json`: {e}", file.display())))?;
        reports.push(report);
    }
    let merged = merge_reports(reports)?;
    if json {
        output::print_json(&merged);
    } else {
        crate::output::emit_text(&render_text(&merged));
    }
    Ok(if merged.failing_runs > 0 { EXIT_FOUND_FAILURE } else { EXIT_OK })
}

fn merge_reports(reports: Vec<FuzzReport>) -> Result<FuzzReport, UsageError> {
    let Some(first) = reports.first() else { return Err(UsageError("merge needs at least one file".to_string())) };
    let (scenario, policy, seeds) = (first.scenario.clone(), first.policy.clone(), first.seeds.clone());
    let mut shards_seen = std::collections::BTreeSet::new();
    let mut shard_count = None;
    for report in &reports {
        if (&report.scenario, &report.policy, &report.seeds) != (&scenario, &policy, &seeds) {
            return Err(UsageError(format!(
                "cannot merge {} {} {} with {scenario} {policy} {seeds}: scenario, policy and seeds must match",
                report.scenario, report.policy, report.seeds
            )));
        }
        let (k, n) = parse_shard(Some(report.shard.as_deref().unwrap_or("0/1")))?;
        if shard_count.is_some_and(|count| count != n) || !shards_seen.insert(k) {
            return Err(UsageError("the files are not distinct shards K/N of one split".to_string()));
        }
        shard_count = Some(n);
    }
    let shards = shard_count.unwrap_or(1);
    let complete = shards_seen.len() as u64 == shards;
    let mut outcomes: IndexMap<(Status, String), OutcomeCount> = IndexMap::new();
    let mut classes = std::collections::BTreeSet::new();
    let (mut runs, mut failing_runs) = (0, 0);
    for report in reports {
        runs += report.runs;
        failing_runs += report.failing_runs;
        classes.extend(report.coverage.fingerprints);
        for outcome in report.outcomes {
            let key = (outcome.status, serde_json::to_string(&outcome.shared).unwrap_or_default());
            match outcomes.get_mut(&key) {
                Some(existing) => {
                    existing.count += outcome.count;
                    if outcome.first_seed < existing.first_seed {
                        existing.first_seed = outcome.first_seed;
                        existing.schedule = outcome.schedule;
                    }
                }
                None => {
                    outcomes.insert(key, outcome);
                }
            }
        }
    }
    let mut outcomes: Vec<OutcomeCount> = outcomes.into_values().collect();
    outcomes.sort_by(|a, b| b.count.cmp(&a.count).then(a.first_seed.cmp(&b.first_seed)));
    let coverage = Coverage {
        classes: classes.len() as u64,
        growth: Vec::new(),
        new_in_last_tenth: 0,
        fingerprints: classes.into_iter().collect(),
    };
    let shard = (!complete).then(|| format!("{} of {shards} shards", shards_seen.len()));
    Ok(FuzzReport { scenario, policy, seeds, shard, runs, outcomes, failing_runs, coverage })
}
