//! `weft fuzz`: one run per seed, in parallel, folded into a histogram of distinct outcomes. Seeds are
//! run in chunks, each worker taking the next chunk as soon as it is free, and merged in seed order, so
//! the result never depends on `--jobs` or on how a range is split into shards.

use std::io::IsTerminal;

use std::collections::{BTreeMap, HashMap};

use indexmap::IndexMap;
use indicatif::{ProgressBar, ProgressStyle};
use serde::{Deserialize, Serialize};
use sim_core::report::{SharedState, shared_state_from_values};
use sim_core::{Status, limits};

use crate::cli::FuzzArgs;
use crate::command::{CommandResult, EXIT_FOUND_FAILURE, EXIT_OK, UsageError};
use crate::fuzz_failure::{FailureKey, FailureOf, failure_key, first_failure};
use crate::fuzz_memo::{Recording, RunMemo};
use crate::output;
use crate::running::Setup;
use crate::words::plural;

/// Outcomes and failures `fuzz` and `merge` show in text unless `--top` says otherwise.
pub const DEFAULT_TOP: usize = 10;

/// Seeds one worker runs in a row, on its own simulator, folding them into a [`ChunkSummary`]: the
/// main thread then merges a summary per chunk, not a record per run.
const CHUNK_SEEDS: u64 = 512;
/// How far the workers may run ahead of the merge, in chunks: bounds the summaries waiting to be merged
/// (and their `--jsonl` lines) without ever making a worker wait for a slower one's chunk.
const CHUNKS_AHEAD: u64 = 64;

#[derive(Debug, Serialize, Deserialize)]
pub struct FuzzReport {
    pub scenario: String,
    /// The scenario's fingerprint (as in schedule tokens), so `merge` refuses shards of another file.
    #[serde(default)]
    pub fingerprint: Option<String>,
    pub policy: String,
    #[serde(default)]
    pub max_steps: Option<u64>,
    pub seeds: String,
    /// `"any"` or `"deadline"` under those settings (`--timeouts`, or the file's `scheduler:`); absent
    /// under the default, `quiescent`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeouts: Option<String>,
    /// `K/N` when this is one shard of the range; absent for the whole range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<String>,
    /// After `merge` of an incomplete split: the shards (`K/N`) that were not given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing_shards: Vec<String>,
    /// Cut short by SIGINT/SIGTERM: the counts cover the runs done so far.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub interrupted: bool,
    /// Cut short by `--stop-on-failure`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub stopped_on_failure: bool,
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
    /// Classes first reached in the last tenth of the runs (absent when the runs do not cover a range).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_in_last_tenth: Option<u64>,
    /// The classes' fingerprints, sorted, so that `weft merge` can unite shards exactly.
    pub fingerprints: Vec<String>,
    /// For each fingerprint, the first seed that reached it, so `merge` can rebuild the growth.
    #[serde(default)]
    pub first_seeds: Vec<u64>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct OutcomeCount {
    pub status: Status,
    /// A failing outcome's first failure: the `assert` or `expect` that was false, with its line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<FailureOf>,
    #[serde(with = "sim_core::report::shared_state_serde")]
    pub shared: SharedState,
    pub count: u64,
    pub first_seed: u64,
    pub schedule: String,
}

/// What the runs of one chunk of seeds found, in seed order: the same facts as one record per run, folded
/// where it runs.
/// What makes two runs the same outcome: status, first failure and final shared values.
type OutcomeKey = (Status, FailureKey, Vec<i64>);

#[derive(Default)]
struct ChunkSummary {
    runs: u64,
    failing_runs: u64,
    /// Distinct (status, first failure, final shared values), in the order of their first seed: count
    /// and first seed.
    outcomes: Vec<(OutcomeKey, u64, u64)>,
    /// Distinct happens-before classes, in the order of their first seed, with that seed.
    classes: Vec<(u64, u64)>,
    /// `--jsonl`: one line per run.
    lines: Vec<String>,
    /// The chunk ended at its first failing run (`--stop-on-failure`).
    stopped_on_failure: bool,
    /// Not run: a signal came before the chunk started.
    skipped: bool,
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
    let setup = Setup::new(&args.file, Some(&policy), None, args.max_steps)?.with_timeouts(args.timeouts)?;
    let jobs = args.jobs.unwrap_or(0);
    if args.jobs == Some(0) || jobs > 1024 {
        return Err(UsageError("--jobs is at least 1 and at most 1024 (leave it out to use every core)".to_string()));
    }
    let threads = if jobs == 0 { std::thread::available_parallelism().map_or(1, |n| n.get()) } else { jobs };
    let lane = Lane { first: start + shard, stride: shards, end };
    let total = lane.planned_runs();
    let progress = progress_bar(total);
    crate::interrupt::catch();

    let mut histogram: IndexMap<OutcomeKey, (u64, u64)> = IndexMap::new();
    let mut classes = BTreeMap::new();
    let mut runs = 0u64;
    let mut failing_runs = 0u64;
    let mut stopped_on_failure = false;
    let options = ChunkOptions { with_tokens: args.jsonl, stop_on_failure: args.stop_on_failure };
    let chunked = ChunkedRuns { setup: &setup, lane, total, options };
    chunked.run_in_order(threads, |summary| {
        if summary.skipped {
            return false;
        }
        runs += summary.runs;
        failing_runs += summary.failing_runs;
        if summary.failing_runs > 0 {
            // A reader that closes the pipe early still learns from the exit status that runs failed.
            output::settle_status(EXIT_FOUND_FAILURE);
        }
        for line in &summary.lines {
            crate::output::emit_line(line);
        }
        for (class, seed) in summary.classes {
            classes.entry(class).or_insert(seed);
        }
        for (key, count, first_seed) in summary.outcomes {
            histogram.entry(key).or_insert((0, first_seed)).0 += count;
        }
        progress.set_position(runs);
        if summary.stopped_on_failure {
            stopped_on_failure = true;
            return false;
        }
        true
    });
    progress.finish_and_clear();
    let interrupted = crate::interrupt::requested().filter(|_| runs < total);
    let mut coverage = coverage(&classes, lane, runs);
    if interrupted.is_some() {
        // The runs stopped at an arbitrary point: nothing can be said about saturation.
        coverage.new_in_last_tenth = None;
    }

    let mut outcomes: Vec<OutcomeCount> = histogram
        .into_iter()
        .map(|((status, _, values), (count, first_seed))| {
            let (schedule, failure) = rerun(&setup, first_seed);
            OutcomeCount {
                status,
                failure,
                shared: shared_state_from_values(&setup.model, &values),
                count,
                first_seed,
                schedule,
            }
        })
        .collect();
    sort_outcomes(&mut outcomes);
    let report = FuzzReport {
        scenario: setup.model.name.clone(),
        fingerprint: Some(format!("{:08x}", sim_core::fingerprint(&setup.model))),
        policy,
        max_steps: Some(setup.max_steps),
        seeds: format!("{start}..{end}"),
        timeouts: (setup.timeouts != sim_core::Timeouts::Quiescent).then(|| setup.timeouts.name().to_string()),
        shard: (shards > 1).then(|| format!("{shard}/{shards}")),
        missing_shards: Vec::new(),
        interrupted: interrupted.is_some(),
        stopped_on_failure,
        runs,
        outcomes,
        failing_runs,
        coverage,
    };
    output::settle_status(status_of(&report, interrupted));
    if args.json {
        output::print_json(&report);
    } else if args.jsonl {
        crate::output::emit_line(&serde_json::to_string(&report).unwrap_or_default());
    } else {
        crate::output::emit_text(&render_text(&report, args.top.0));
    }
    Ok(status_of(&report, interrupted))
}

/// 130/143 when a signal cut the work short, else 1 when a run failed, else 0.
fn status_of(report: &FuzzReport, interrupted: Option<crate::interrupt::Signal>) -> u8 {
    match interrupted {
        Some(signal) if report.interrupted => signal.exit_status(),
        _ if report.failing_runs > 0 => EXIT_FOUND_FAILURE,
        _ => EXIT_OK,
    }
}

fn sort_outcomes(outcomes: &mut [OutcomeCount]) {
    outcomes.sort_by(|a, b| b.count.cmp(&a.count).then(a.first_seed.cmp(&b.first_seed)));
}

/// The seeds one invocation runs: `first`, `first + stride`, ... below `end`.
#[derive(Clone, Copy, Debug)]
struct Lane {
    first: u64,
    stride: u64,
    end: u64,
}

impl Lane {
    fn planned_runs(self) -> u64 {
        self.end.saturating_sub(self.first).div_ceil(self.stride)
    }

    /// The seed of the 0-based `run`.
    fn seed_of_run(self, run: u64) -> u64 {
        self.first + run * self.stride
    }

    /// The 1-based run that ran `seed`.
    fn run_of(self, seed: u64) -> u64 {
        (seed - self.first) / self.stride + 1
    }

    fn holds(self, seed: u64) -> bool {
        seed >= self.first && seed < self.end && (seed - self.first).is_multiple_of(self.stride)
    }
}

/// Coverage of the first `runs` runs of a lane, from the first seed that reached each class: the
/// class count after 1, 2, 4, ... runs and at the end, and the classes new in the last tenth. One
/// function for `fuzz` and `merge`, so merged shards give the whole range's numbers exactly.
fn coverage(first_seeds: &BTreeMap<u64, u64>, lane: Lane, runs: u64) -> Coverage {
    let mut first_runs: Vec<u64> = first_seeds.values().map(|&seed| lane.run_of(seed)).collect();
    first_runs.sort_unstable();
    let classes_after = |run: u64| first_runs.partition_point(|&first| first <= run) as u64;
    let classes = first_seeds.len() as u64;
    let mut growth = Vec::new();
    let mut checkpoint = 1u64;
    while checkpoint <= runs {
        growth.push((checkpoint, classes_after(checkpoint)));
        checkpoint = checkpoint.saturating_mul(2);
    }
    if runs > 0 && growth.last().is_none_or(|&(last, _)| last != runs) {
        growth.push((runs, classes));
    }
    let planned = lane.planned_runs();
    // Cut short before the end: every class counts as new.
    let at_nine_tenths = if runs == planned { classes_after(planned - planned / 10) } else { 0 };
    Coverage {
        classes,
        growth,
        new_in_last_tenth: Some(classes - at_nine_tenths),
        fingerprints: first_seeds.keys().map(|c| format!("{c:016x}")).collect(),
        first_seeds: first_seeds.values().copied().collect(),
    }
}

/// Consecutive runs of a lane: `runs` seeds from `first`.
#[derive(Clone, Copy, Debug)]
struct Chunk {
    first: u64,
    runs: u64,
}

#[derive(Clone, Copy, Debug)]
struct ChunkOptions {
    with_tokens: bool,
    stop_on_failure: bool,
}

/// What a worker thread reuses from run to run: a simulator, a policy and the memory of the
/// classification, so that a run allocates nothing.
struct Worker<'s> {
    simulator: sim_core::Simulator<'s>,
    policy: Box<dyn sim_core::Policy>,
    fingerprinter: sim_core::races::ClassFingerprinter,
    /// The run's final shared values, then its first failure and its status: the key of its outcome.
    key: Vec<i64>,
    /// The runs this worker has made, by their choices (the `random` policy; src/fuzz_memo.rs).
    memo: Option<RunMemo>,
    /// The decisions of the run being made, for the memo.
    decisions: Vec<(u32, u32)>,
}

/// One invocation's seeds, cut into chunks of `CHUNK_SEEDS` runs numbered from 0.
#[derive(Clone, Copy)]
struct ChunkedRuns<'s> {
    setup: &'s Setup,
    lane: Lane,
    total: u64,
    options: ChunkOptions,
}

/// Where the merge is, shared by the main thread and the workers.
struct MergePoint {
    /// Chunks merged so far; a worker starts chunk `k` only once `k < merged + CHUNKS_AHEAD`.
    merged: std::sync::Mutex<u64>,
    moved: std::sync::Condvar,
    /// The merge wants no more chunks (a failure with `--stop-on-failure`, a signal, a worker's panic).
    stop: std::sync::atomic::AtomicBool,
}

impl MergePoint {
    fn stop(&self) {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
        let _guard = self.merged.lock();
        self.moved.notify_all();
    }

    fn stopped(&self) -> bool {
        self.stop.load(std::sync::atomic::Ordering::SeqCst)
    }

    fn advance(&self, merged: u64) {
        if let Ok(mut value) = self.merged.lock() {
            *value = merged;
        }
        self.moved.notify_all();
    }

    /// Waits until chunk `index` is within reach of the merge. Returns false when the merge stopped.
    fn wait_for_room(&self, index: u64) -> bool {
        let Ok(mut merged) = self.merged.lock() else { return false };
        while index >= *merged + CHUNKS_AHEAD && !self.stopped() {
            merged = match self.moved.wait(merged) {
                Ok(merged) => merged,
                Err(_) => return false,
            };
        }
        !self.stopped()
    }
}

/// Stops the merge if a worker thread unwinds, so that nobody waits for its chunk forever.
struct StopOnPanic<'p>(&'p MergePoint);

impl Drop for StopOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.stop();
        }
    }
}

impl<'s> ChunkedRuns<'s> {
    fn chunks(&self) -> u64 {
        self.total.div_ceil(CHUNK_SEEDS)
    }

    fn chunk(&self, index: u64) -> Chunk {
        let first_run = index * CHUNK_SEEDS;
        Chunk { first: self.lane.seed_of_run(first_run), runs: CHUNK_SEEDS.min(self.total - first_run) }
    }

    /// Runs the chunks on `threads` worker threads, each taking the next chunk as soon as it is free,
    /// and hands every summary to `merge` in chunk order (a summary waits only for earlier chunks, never
    /// for a batch). `merge` returns false to stop; chunks still running are then thrown away, so what
    /// is merged never depends on the number of threads.
    fn run_in_order(&self, threads: usize, mut merge: impl FnMut(ChunkSummary) -> bool) {
        let chunks = self.chunks();
        let next_chunk = std::sync::atomic::AtomicU64::new(0);
        let point = MergePoint {
            merged: std::sync::Mutex::new(0),
            moved: std::sync::Condvar::new(),
            stop: std::sync::atomic::AtomicBool::new(false),
        };
        std::thread::scope(|scope| {
            let (sender, receiver) = std::sync::mpsc::channel::<(u64, ChunkSummary)>();
            for _ in 0..threads.max(1) {
                let sender = sender.clone();
                let (next_chunk, point) = (&next_chunk, &point);
                scope.spawn(move || self.work(next_chunk, point, &sender));
            }
            drop(sender);
            let mut done: BTreeMap<u64, ChunkSummary> = BTreeMap::new();
            let mut merged = 0u64;
            'merging: while merged < chunks {
                let Ok((index, summary)) = receiver.recv() else { break };
                done.insert(index, summary);
                while let Some(summary) = done.remove(&merged) {
                    merged += 1;
                    if !merge(summary) {
                        break 'merging;
                    }
                }
                point.advance(merged);
            }
            point.stop();
        });
    }

    /// A worker thread: takes chunks in order until none is left or the merge stops.
    fn work(
        &self,
        next_chunk: &std::sync::atomic::AtomicU64,
        point: &MergePoint,
        sender: &std::sync::mpsc::Sender<(u64, ChunkSummary)>,
    ) {
        let _stop_on_panic = StopOnPanic(point);
        let mut worker = Worker {
            simulator: self.setup.simulator(),
            policy: self.setup.policy(),
            fingerprinter: sim_core::races::ClassFingerprinter::default(),
            key: Vec::new(),
            memo: self.memo_applies().then(RunMemo::new),
            decisions: Vec::new(),
        };
        loop {
            let index = next_chunk.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            if index >= self.chunks() || !point.wait_for_room(index) {
                return;
            }
            let summary = self.run_chunk(&mut worker, self.chunk(index));
            if sender.send((index, summary)).is_err() {
                return;
            }
        }
    }

    /// Runs the chunk's seeds in order and folds them.
    fn run_chunk(&self, worker: &mut Worker<'s>, chunk: Chunk) -> ChunkSummary {
        if crate::interrupt::requested().is_some() {
            return ChunkSummary { skipped: true, ..ChunkSummary::default() };
        }
        let options = self.options;
        let mut summary = ChunkSummary::default();
        let mut outcomes = FirstSeen::<Vec<i64>>::default();
        let mut classes = FirstSeen::<u64>::default();
        for run in 0..chunk.runs {
            let seed = chunk.first + run * self.lane.stride;
            let (status, class) = self.run_one(worker, seed, &mut summary.lines);
            summary.runs += 1;
            if classes.index_of(&class).is_none() {
                classes.add(class);
                summary.classes.push((class, seed));
            }
            match outcomes.index_of(worker.key.as_slice()) {
                Some(index) => summary.outcomes[index].1 += 1,
                None => {
                    outcomes.add(worker.key.clone());
                    let values_end = worker.key.len() - 1 - NO_FAILURE_LEN;
                    let mut failure = [0; NO_FAILURE_LEN];
                    failure.copy_from_slice(&worker.key[values_end..worker.key.len() - 1]);
                    let values = worker.key[..values_end].to_vec();
                    summary.outcomes.push(((status, failure, values), 1, seed));
                }
            }
            if status.is_failure() {
                summary.failing_runs += 1;
                if options.stop_on_failure {
                    summary.stopped_on_failure = true;
                    break;
                }
            }
        }
        summary
    }

    /// Whether a run is a function of its choices alone, drawn as `RandomWalk::draw` draws them: the
    /// `random` policy without time jitter (whose draws come from a second stream); and no run's token is
    /// asked for (`--jsonl`), which the memo does not keep.
    fn memo_applies(&self) -> bool {
        self.setup.policy == "random" && self.setup.model.scheduler.jitter_percent == 0 && !self.options.with_tokens
    }

    /// One seed: its status and class, its outcome's key left in `worker.key`.
    fn run_one(&self, worker: &mut Worker<'s>, seed: u64, lines: &mut Vec<String>) -> (Status, u64) {
        if let Some(memo) = worker.memo.as_mut()
            && let Some(remembered) = memo.lookup(seed)
        {
            worker.key.clear();
            worker.key.extend_from_slice(remembered.key);
            return (remembered.status, remembered.class);
        }
        let remembering = worker.memo.as_ref().is_some_and(RunMemo::is_walking);
        let (status, class) = self.make_run(worker, seed, lines, remembering);
        if remembering && let Some(memo) = worker.memo.as_mut() {
            memo.remember(&worker.decisions, status, class, &worker.key);
        }
        (status, class)
    }

    /// Makes `seed`'s run (its decisions written down for the memo when `recording`).
    fn make_run(&self, worker: &mut Worker<'s>, seed: u64, lines: &mut Vec<String>, recording: bool) -> (Status, u64) {
        let with_tokens = self.options.with_tokens;
        // The trace and its digest are not part of a fuzz report (a token is, under `--jsonl`).
        let config = sim_core::RunConfig {
            record_accesses: true,
            record_choices: with_tokens,
            record_trace: false,
            ..self.setup.config(seed)
        };
        let outcome = if recording {
            let mut policy = Recording { policy: worker.policy.as_mut(), decisions: &mut worker.decisions };
            worker.simulator.run(&mut policy, &config)
        } else {
            worker.simulator.run(worker.policy.as_mut(), &config)
        };
        worker.simulator.shared_values(&mut worker.key);
        let records = worker.simulator.failure_records();
        if with_tokens {
            let failure = first_failure(records, &self.setup.model);
            let token = self.setup.token(seed, &outcome);
            lines.push(jsonl_run(self.setup, seed, outcome.status, failure, &worker.key, &token));
        }
        worker.key.extend_from_slice(&failure_key(records, &self.setup.model));
        worker.key.push(outcome.status as i64);
        let class = worker.fingerprinter.class_of(worker.simulator.accesses().0);
        (outcome.status, class)
    }
}

/// What one chunk has seen, each with its index in the order first seen: a scan of the list while it
/// is short (a small program's chunk sees a handful of outcomes and classes, and a scan of them costs
/// less than hashing), a table past that.
struct FirstSeen<T> {
    seen: Vec<T>,
    index_of: HashMap<T, usize, FixedState>,
}

impl<T> Default for FirstSeen<T> {
    fn default() -> Self {
        FirstSeen { seen: Vec::new(), index_of: HashMap::default() }
    }
}

/// Up to this many, [`FirstSeen`] scans its list.
const FEW_SEEN: usize = 8;

/// Equality for [`FirstSeen`]'s scan, without a call: the derived `==` of a slice of integers is a call
/// of the C library's `bcmp`, dearer than comparing a few words here, and ~180 ns for an empty slice on
/// this project's machine (docs/performance.md, session 12).
trait SameAs {
    fn same_as(&self, other: &Self) -> bool;
}

impl SameAs for u64 {
    fn same_as(&self, other: &Self) -> bool {
        self == other
    }
}

impl SameAs for [i64] {
    fn same_as(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().zip(other).all(|(mine, theirs)| mine == theirs)
    }
}

impl<T: Eq + std::hash::Hash + Clone> FirstSeen<T> {
    fn index_of<Q>(&self, item: &Q) -> Option<usize>
    where
        T: std::borrow::Borrow<Q>,
        Q: Eq + std::hash::Hash + SameAs + ?Sized,
    {
        if self.seen.len() <= FEW_SEEN {
            return self.seen.iter().position(|seen| seen.borrow().same_as(item));
        }
        self.index_of.get(item).copied()
    }

    /// Adds `item`, which `index_of` did not find, as the next index.
    fn add(&mut self, item: T) {
        if self.seen.len() == FEW_SEEN {
            let indexed = self.seen.iter().cloned().enumerate().map(|(index, seen)| (seen, index));
            self.index_of.extend(indexed);
        }
        if self.seen.len() >= FEW_SEEN {
            self.index_of.insert(item.clone(), self.seen.len());
        }
        self.seen.push(item);
    }
}

/// A fixed hash for the workers' lookup tables (std's is seeded per process; these tables never decide
/// an order, but a fixed hash keeps every run of the command the same).
#[derive(Clone, Copy, Debug, Default)]
struct FixedState;

impl std::hash::BuildHasher for FixedState {
    type Hasher = FixedHasher;
    fn build_hasher(&self) -> FixedHasher {
        FixedHasher(0)
    }
}

/// A multiply-rotate word hash (as rustc's FxHasher), with the top bits mixed down at the end.
#[derive(Clone, Copy, Debug)]
struct FixedHasher(u64);

impl std::hash::Hasher for FixedHasher {
    /// A word per eight bytes: an outcome key (`[i64]`) arrives here as bytes.
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            self.write_u64(u64::from_le_bytes(word.try_into().unwrap_or_default()));
        }
        for &byte in words.remainder() {
            self.write_u64(u64::from(byte));
        }
    }
    fn write_u64(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, word: usize) {
        self.write_u64(word as u64);
    }
    fn write_i64(&mut self, word: i64) {
        self.write_u64(word as u64);
    }
    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 29)
    }
}

/// The length of a [`FailureKey`] in a worker's outcome key.
const NO_FAILURE_LEN: usize = crate::fuzz_failure::NO_FAILURE.len();

/// Runs are deterministic, so the token and the failure of an outcome's first seed are found by running
/// it again.
fn rerun(setup: &Setup, seed: u64) -> (String, Option<FailureOf>) {
    let mut simulator = setup.simulator();
    let mut policy = setup.policy();
    let outcome = simulator.run(policy.as_mut(), &setup.config(seed));
    (setup.token(seed, &outcome), first_failure(simulator.failure_records(), &setup.model))
}

fn jsonl_run(
    setup: &Setup,
    seed: u64,
    status: Status,
    failure: Option<FailureOf>,
    values: &[i64],
    token: &str,
) -> String {
    let mut line = serde_json::json!({
        "seed": seed,
        "status": status,
        "shared": shared_state_from_values(&setup.model, values),
        "schedule": token,
    });
    if let (Some(failure), Some(fields)) = (failure, line.as_object_mut()) {
        fields.insert("failure".to_string(), serde_json::to_value(failure).unwrap_or_default());
    }
    line.to_string()
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

/// Lines that say a report does not cover its whole range, and why.
fn incompleteness(report: &FuzzReport) -> Vec<String> {
    let mut notes = Vec::new();
    if !report.missing_shards.is_empty() {
        notes.push(format!(
            "incomplete: shard{} {} of this split {} missing; the counts cover only the shards given",
            if report.missing_shards.len() == 1 { "" } else { "s" },
            report.missing_shards.join(", "),
            if report.missing_shards.len() == 1 { "is" } else { "are" },
        ));
    }
    if report.interrupted {
        notes.push("interrupted: the counts cover the runs done before the signal".to_string());
    }
    if report.stopped_on_failure {
        notes.push("stopped at the first failure (--stop-on-failure)".to_string());
    }
    notes
}

/// The report in words; `top` cuts the lists of failures and outcomes (`None`: all of them).
pub fn render_text(report: &FuzzReport, top: Option<usize>) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let shard_note = match &report.shard {
        Some(shards) if !report.missing_shards.is_empty() => format!(", shards {shards}"),
        Some(shard) => format!(", shard {shard}"),
        None => String::new(),
    };
    let _ = writeln!(
        out,
        "{}: {} over seeds {} (policy {}{shard_note})",
        report.scenario,
        plural(report.runs, "run"),
        report.seeds,
        report.policy
    );
    for note in incompleteness(report) {
        let _ = writeln!(out, "{note}");
    }
    let outcomes = plural(report.outcomes.len() as u64, "distinct outcome");
    let _ = writeln!(out, "{outcomes}, {}", plural(report.failing_runs, "failing run"));
    let growth: Vec<String> =
        report.coverage.growth.iter().map(|(runs, classes)| format!("{runs}:{classes}")).collect();
    match report.coverage.new_in_last_tenth {
        Some(new) if !growth.is_empty() => {
            let _ = writeln!(
                out,
                "coverage: {} distinct interleavings (happens-before classes), {new} of them new in the last tenth of the runs",
                report.coverage.classes
            );
            let _ = writeln!(out, "  growth (runs:classes): {}", growth.join(" "));
        }
        _ => {
            let _ =
                writeln!(out, "coverage: {} distinct interleavings (happens-before classes)", report.coverage.classes);
        }
    }
    render_failures(&mut out, report, top);
    render_outcomes(&mut out, report, top);
    out
}

/// The failing runs grouped by their first failure (which `assert` or `expect`, which deadlock or fault),
/// most frequent first.
fn render_failures(out: &mut String, report: &FuzzReport, top: Option<usize>) {
    use std::fmt::Write as _;
    let groups = failure_groups(&report.outcomes);
    if groups.is_empty() {
        return;
    }
    let _ = writeln!(out, "failures, by the first assert or expect that failed:");
    let shown = top.unwrap_or(usize::MAX).min(groups.len());
    for group in &groups[..shown] {
        let _ = writeln!(
            out,
            "  {:>8} ({:5.1}%)  {}  in {}, first seed {}",
            group.count,
            percent(group.count, report.runs),
            group.failure.describe(),
            plural(group.outcomes, "outcome"),
            group.first_seed
        );
    }
    if shown < groups.len() {
        let hidden: u64 = groups[shown..].iter().map(|group| group.count).sum();
        let more = plural((groups.len() - shown) as u64, "more failure");
        let _ = writeln!(out, "  ... {more} ({}) not shown: --top N shows more, --json has all", plural(hidden, "run"));
    }
}

/// The most frequent outcomes: status, then for a failing one its cause, then the final shared state.
fn render_outcomes(out: &mut String, report: &FuzzReport, top: Option<usize>) {
    use std::fmt::Write as _;
    let shown = top.unwrap_or(usize::MAX).min(report.outcomes.len());
    if shown < report.outcomes.len() {
        let _ = writeln!(out, "the {shown} most frequent of {} outcomes:", report.outcomes.len());
    } else if report.failing_runs > 0 {
        let _ = writeln!(out, "outcomes:");
    }
    for outcome in &report.outcomes[..shown] {
        let cause = outcome.failure.as_ref().map_or(String::new(), |failure| format!("{}; ", failure.cause()));
        let _ = writeln!(
            out,
            "  {:>8} ({:5.1}%)  {:<16} {cause}{}",
            outcome.count,
            percent(outcome.count, report.runs),
            outcome.status.as_str(),
            shared_text(&outcome.shared)
        );
        let _ = writeln!(out, "           first seed {}: {}", outcome.first_seed, outcome.schedule);
    }
    if shown < report.outcomes.len() {
        let hidden: u64 = report.outcomes[shown..].iter().map(|outcome| outcome.count).sum();
        let more = plural((report.outcomes.len() - shown) as u64, "more outcome");
        let _ = writeln!(out, "  ... {more} ({}) not shown: --top N shows more, --json has all", plural(hidden, "run"));
    }
}

fn percent(count: u64, runs: u64) -> f64 {
    count as f64 * 100.0 / runs.max(1) as f64
}

/// Failing runs that share a first failure.
struct FailureGroup<'r> {
    failure: &'r FailureOf,
    count: u64,
    outcomes: u64,
    first_seed: u64,
}

/// Most frequent first; ties by first seed.
fn failure_groups(outcomes: &[OutcomeCount]) -> Vec<FailureGroup<'_>> {
    let mut groups: BTreeMap<&FailureOf, FailureGroup<'_>> = BTreeMap::new();
    for outcome in outcomes {
        let Some(failure) = &outcome.failure else { continue };
        let group = groups.entry(failure).or_insert(FailureGroup {
            failure,
            count: 0,
            outcomes: 0,
            first_seed: outcome.first_seed,
        });
        group.count += outcome.count;
        group.outcomes += 1;
        group.first_seed = group.first_seed.min(outcome.first_seed);
    }
    let mut groups: Vec<FailureGroup<'_>> = groups.into_values().collect();
    groups.sort_by(|a, b| b.count.cmp(&a.count).then(a.first_seed.cmp(&b.first_seed)));
    groups
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
/// whole range, byte for byte what one `fuzz` over it prints (outcomes, first seeds, failing runs,
/// coverage classes and growth). Shards of another scenario, policy, range, step limit or split, and
/// reports whose counts do not add up, are refused; a split with shards missing says so.
pub fn merge(files: &[std::path::PathBuf], json: bool) -> CommandResult {
    let mut shards = Vec::new();
    for file in files {
        let text = crate::files::read_input(file, limits::MAX_REPORT_BYTES, "a fuzz report")?;
        let report: FuzzReport = serde_json::from_str(&text)
            .map_err(|e| UsageError(format!("{}: not the output of `weft fuzz --json`: {e}", file.display())))?;
        shards.push(Shard::checked(file, report)?);
    }
    let merged = merge_shards(shards)?;
    let status = if merged.failing_runs > 0 { EXIT_FOUND_FAILURE } else { EXIT_OK };
    output::settle_status(status);
    if json {
        output::print_json(&merged);
    } else {
        crate::output::emit_text(&render_text(&merged, Some(DEFAULT_TOP)));
    }
    Ok(status)
}

/// One report given to `merge`, checked on its own: its counts add up and its seeds are its shard's.
struct Shard {
    file: String,
    report: FuzzReport,
    range: (u64, u64),
    /// K and N of `--shard K/N` (0 and 1 for a whole range).
    index: u64,
    count: u64,
}

impl Shard {
    fn checked(path: &std::path::Path, report: FuzzReport) -> Result<Shard, UsageError> {
        let file = path.display().to_string();
        let refuse = |why: String| UsageError(format!("{file}: {why}; refusing to merge it"));
        if report.fingerprint.is_none() || report.max_steps.is_none() {
            return Err(refuse("made by an older weft (no fingerprint or max_steps); run its fuzz again".into()));
        }
        if !report.missing_shards.is_empty() {
            return Err(refuse("this is a merge of an incomplete split; merge the shard files themselves".into()));
        }
        let range = parse_seeds(&report.seeds).map_err(|e| refuse(e.0))?;
        let (index, count) = parse_shard(Some(report.shard.as_deref().unwrap_or("0/1"))).map_err(|e| refuse(e.0))?;
        let lane = Lane { first: range.0 + index, stride: count, end: range.1 };
        let cut_short = report.interrupted || report.stopped_on_failure;
        if report.runs > lane.planned_runs() || (!cut_short && report.runs != lane.planned_runs()) {
            return Err(refuse(format!(
                "`runs` is {} but its seeds ({} of {}) make {} runs",
                report.runs,
                report.shard.as_deref().unwrap_or("all"),
                report.seeds,
                lane.planned_runs()
            )));
        }
        let counted: u64 = report.outcomes.iter().map(|o| o.count).sum();
        let failing: u64 = report.outcomes.iter().filter(|o| o.status.is_failure()).map(|o| o.count).sum();
        if counted != report.runs || failing != report.failing_runs {
            return Err(refuse(format!(
                "its outcomes count {counted} runs ({failing} failing) but `runs` is {} ({} failing)",
                report.runs, report.failing_runs
            )));
        }
        let coverage = &report.coverage;
        if coverage.fingerprints.len() != coverage.first_seeds.len()
            || coverage.classes != coverage.fingerprints.len() as u64
            || coverage.fingerprints.iter().any(|f| u64::from_str_radix(f, 16).is_err())
        {
            return Err(refuse("its coverage classes, fingerprints and first seeds do not match".into()));
        }
        let foreign = report.outcomes.iter().map(|o| o.first_seed).chain(coverage.first_seeds.iter().copied());
        if let Some(seed) = foreign.into_iter().find(|&seed| !lane.holds(seed)) {
            return Err(refuse(format!("it names seed {seed}, which is not one of its shard's seeds")));
        }
        Ok(Shard { file, report, range, index, count })
    }

    fn campaign(&self) -> Campaign<'_> {
        let report = &self.report;
        Campaign {
            scenario: (&report.scenario, report.fingerprint.as_deref()),
            policy: &report.policy,
            max_steps: report.max_steps,
            timeouts: report.timeouts.as_deref(),
            range: self.range,
            shards: self.count,
        }
    }
}

/// What must be equal for shards to belong to one fuzz campaign.
#[derive(Clone, Copy, Debug)]
struct Campaign<'a> {
    scenario: (&'a str, Option<&'a str>),
    policy: &'a str,
    max_steps: Option<u64>,
    timeouts: Option<&'a str>,
    range: (u64, u64),
    shards: u64,
}

impl Campaign<'_> {
    /// The first thing that differs, in the words of the command line.
    fn difference(&self, other: &Campaign<'_>) -> Option<&'static str> {
        [
            (self.scenario != other.scenario, "scenario"),
            (self.policy != other.policy, "policy"),
            (self.max_steps != other.max_steps, "--max-steps"),
            (self.timeouts != other.timeouts, "--timeouts"),
            (self.range != other.range, "--seeds"),
            (self.shards != other.shards, "number of shards N in --shard K/N"),
        ]
        .into_iter()
        .find_map(|(differs, what)| differs.then_some(what))
    }
}

fn merge_shards(shards: Vec<Shard>) -> Result<FuzzReport, UsageError> {
    let Some(first) = shards.first() else { return Err(UsageError("merge needs at least one file".to_string())) };
    let campaign = first.campaign();
    let (scenario, fingerprint) = (campaign.scenario.0.to_string(), campaign.scenario.1.map(str::to_string));
    let (policy, max_steps, range, count) =
        (campaign.policy.to_string(), campaign.max_steps, campaign.range, campaign.shards);
    let timeouts = campaign.timeouts.map(str::to_string);
    let mut seen = std::collections::BTreeMap::new();
    for shard in &shards {
        if let Some(what) = campaign.difference(&shard.campaign()) {
            return Err(UsageError(format!(
                "{} and {} differ in their {what}: they are not shards of one fuzz campaign",
                first.file, shard.file
            )));
        }
        if let Some(earlier) = seen.insert(shard.index, shard.file.clone()) {
            return Err(UsageError(format!(
                "{earlier} and {} are the same shard {}/{count}; give each shard once",
                shard.file, shard.index
            )));
        }
    }
    let missing_shards: Vec<String> =
        (0..count).filter(|k| !seen.contains_key(k)).map(|k| format!("{k}/{count}")).collect();
    let cut_short = shards.iter().any(|s| s.report.interrupted || s.report.stopped_on_failure);
    let interrupted = shards.iter().any(|s| s.report.interrupted);
    let stopped_on_failure = shards.iter().any(|s| s.report.stopped_on_failure);
    let present: Vec<String> = seen.keys().map(|k| format!("{k}/{count}")).collect();
    let mut outcomes: IndexMap<(Status, String, String), OutcomeCount> = IndexMap::new();
    let mut first_seeds: BTreeMap<u64, u64> = BTreeMap::new();
    let (mut runs, mut failing_runs) = (0, 0);
    for shard in shards {
        let report = shard.report;
        runs += report.runs;
        failing_runs += report.failing_runs;
        for (fingerprint, seed) in report.coverage.fingerprints.iter().zip(report.coverage.first_seeds) {
            let class = u64::from_str_radix(fingerprint, 16).unwrap_or_default();
            let first = first_seeds.entry(class).or_insert(seed);
            *first = (*first).min(seed);
        }
        for outcome in report.outcomes {
            let failure = serde_json::to_string(&outcome.failure).unwrap_or_default();
            let key = (outcome.status, failure, serde_json::to_string(&outcome.shared).unwrap_or_default());
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
    sort_outcomes(&mut outcomes);
    let whole = Lane { first: range.0, stride: 1, end: range.1 };
    let coverage = if missing_shards.is_empty() && !cut_short {
        coverage(&first_seeds, whole, runs)
    } else {
        // Not a prefix of the range: the growth over it is unknown, and nothing is saturated.
        Coverage {
            classes: first_seeds.len() as u64,
            growth: Vec::new(),
            new_in_last_tenth: None,
            fingerprints: first_seeds.keys().map(|c| format!("{c:016x}")).collect(),
            first_seeds: first_seeds.values().copied().collect(),
        }
    };
    let shard = (!missing_shards.is_empty()).then(|| present.join(","));
    Ok(FuzzReport {
        scenario,
        fingerprint,
        policy,
        max_steps,
        seeds: format!("{}..{}", range.0, range.1),
        timeouts,
        shard,
        missing_shards,
        interrupted,
        stopped_on_failure,
        runs,
        outcomes,
        failing_runs,
        coverage,
    })
}
