//! weft's `python: "2.7"` and `python: "3.11"` presets against live CPython on this project's machine
//! (issue 20). `bench/cpython/live.py --save` keeps every live run in `bench/cpython/results/`; this test
//! runs the same scenarios (`bench/cpython/scenarios/`) fed with each run's own calibration, as live.py
//! does, and checks weft's figure against the median of the quiet runs' live medians, within 15%.
//!
//! Only quiet runs count: a run whose one-minute load average before it was below the machine's core
//! count. Under load (13 to 20 on 2 cores, the runs of 08:09 to 11:49) the old GIL's threads rarely ran at
//! once and the OS woke threads late: those figures measured the machine's other tenants, not CPython.
//! The first quiet run is 18:54; a later quiet run saved in the folder joins the pool by itself.
//!
//! Checked, per version: the convoy, two and four CPU threads, threads against processes and the Event
//! and Queue ping-pong (the presets' wake-up latency); the ProcessPoolExecutor under 3.11, 3.12 and 3.13. Rows known to be
//! more than 15% off are listed in `KNOWN_DISAGREEMENTS`, with the reason and a wider bound. Not checked here,
//! and why (docs/fidelity.md): the I/O loops, whose weft figures need every sample's phases, which the
//! 18:54 save did not keep.

use crate::common;

use common::load;

const TOLERANCE: f64 = 0.15;

struct LiveRun {
    python: String,
    calibration: serde_json::Value,
    live_medians: serde_json::Value,
    /// (live minimum, live maximum) of each workload's samples.
    live_ranges: serde_json::Value,
    /// Each workload's samples as saved (the process workloads' carry their adjacent calibration).
    samples: serde_json::Value,
}

/// Whether a saved run was measured on a quiet machine: its one-minute load average below the core count.
fn quiet(run: &serde_json::Value, cores: f64) -> bool {
    let load = run["load_before"].as_str().and_then(|text| text.split_whitespace().next());
    load.and_then(|one_minute| one_minute.parse::<f64>().ok()).is_some_and(|one_minute| one_minute < cores)
}

fn recorded_quiet_runs() -> Vec<LiveRun> {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/bench/cpython/results");
    let mut paths: Vec<_> =
        std::fs::read_dir(folder).expect("results exist").map(|e| e.expect("entry").path()).collect();
    paths.sort();
    let mut runs = Vec::new();
    for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "json")) {
        let text = std::fs::read_to_string(path).expect("a saved run");
        let saved: serde_json::Value = serde_json::from_str(&text).expect("JSON written by live.py --save");
        let cores = saved["machine"]["nproc"].as_f64().expect("the machine's core count");
        for run in saved["runs"].as_array().expect("runs").iter().filter(|run| quiet(run, cores)) {
            let mut live_medians = serde_json::Map::new();
            let mut live_ranges = serde_json::Map::new();
            for row in run["rows"].as_array().expect("rows") {
                let name = row["workload"].as_str().expect("a name").to_string();
                live_medians.insert(name.clone(), row["live_median"].clone());
                live_ranges.insert(name, serde_json::json!([row["live_min"], row["live_max"]]));
            }
            let samples = run["live"]["workloads"]
                .as_object()
                .map(|workloads| workloads.iter().map(|(name, w)| (name.clone(), w["samples"].clone())).collect())
                .unwrap_or_default();
            runs.push(LiveRun {
                python: run["python"].as_str().expect("a version").to_string(),
                calibration: run["calibration"].clone(),
                live_medians: live_medians.into(),
                live_ranges: live_ranges.into(),
                samples: serde_json::Value::Object(samples),
            });
        }
    }
    runs
}

/// A template of bench/cpython/scenarios with every `# live: NAME` value replaced, as live.py's `fill`.
fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = String::new();
    for line in template.lines() {
        let replaced = line.split_once("# live: ").and_then(|(before, marker)| {
            let name = marker.split_whitespace().next()?;
            let value = values.iter().find(|(key, _)| *key == name)?.1.clone();
            let (key, _) = before.split_once(':')?;
            Some(format!("{key}: {value}     # live: {marker}"))
        });
        out.push_str(&replaced.unwrap_or_else(|| line.to_string()));
        out.push('\n');
    }
    out
}

fn duration(seconds: f64) -> String {
    format!("{}ns", (seconds * 1e9).round().max(0.0) as u64)
}

fn preset(version: &str) -> Vec<(&'static str, String)> {
    let minor: String = version.split('.').take(2).collect::<Vec<_>>().join(".");
    let gil = if minor == "2.7" { "old" } else { "new" };
    vec![("python", format!("\"{minor}\"")), ("gil", gil.to_string())]
}

fn run_ns(yaml: &str, task: Option<&str>) -> f64 {
    let (report, _) = common::run(&load(yaml), "round-robin", 0);
    match task {
        Some(task) => {
            let times = &report.tasks[task];
            (times.finished_ns.expect("finishes") - times.started_ns.expect("starts")) as f64
        }
        None => report.metrics.makespan_ns as f64,
    }
}

fn weft_convoy(run: &LiveRun) -> f64 {
    let mut values = preset(&run.python);
    values.push(("sleep_1ms", duration(run.calibration["sleep_1ms_s"].as_f64().expect("measured"))));
    values.push(("little_work", duration(run.calibration["little_work_s"].as_f64().expect("measured"))));
    let beside = run_ns(&fill(include_str!("../bench/cpython/scenarios/convoy.yaml"), &values), Some("io-thread"));
    let alone = run_ns(&fill(include_str!("../bench/cpython/scenarios/convoy-alone.yaml"), &values), Some("io-thread"));
    beside / alone
}

fn weft_cpu_threads(run: &LiveRun, threads: u32) -> f64 {
    let total = run.calibration["spin_total_s"].as_f64().expect("measured");
    let template = include_str!("../bench/cpython/scenarios/cpu-threads.yaml");
    let with = |count: u32, each: f64| {
        let mut values = preset(&run.python);
        values.push(("threads", count.to_string()));
        values.push(("cpu_per_thread", duration(each)));
        run_ns(&fill(template, &values), None)
    };
    with(threads, total / f64::from(threads)) / with(1, total)
}

/// (spin, process start) in seconds fed to weft: each sample's adjacent calibration (live.py's
/// `per_sample`), or the run's calibration scaled by `share` for saves made before samples carried one.
fn calibrations(run: &LiveRun, workload: &str, share: f64) -> Vec<(f64, f64)> {
    let seconds = |value: &serde_json::Value, key: &str| value[key].as_f64().expect("measured");
    let adjacent: Option<Vec<(f64, f64)>> = run.samples[workload].as_array().and_then(|samples| {
        samples
            .iter()
            .map(|sample| {
                let calibration = sample.get("calibration")?;
                Some((seconds(calibration, "spin_s"), seconds(calibration, "process_start_s")))
            })
            .collect()
    });
    match adjacent {
        Some(pairs) if !pairs.is_empty() => pairs,
        _ => vec![(seconds(&run.calibration, "spin_total_s") * share, seconds(&run.calibration, "process_start_s"))],
    }
}

fn weft_threads_vs_processes(run: &LiveRun) -> f64 {
    let template = include_str!("../bench/cpython/scenarios/threads-vs-processes.yaml");
    let figure = |(spin_half, start): (f64, f64)| {
        let with = |kind: &str| {
            let mut values = preset(&run.python);
            values.push(("process_start", duration(start)));
            values.push(("cpu_per_worker", duration(spin_half)));
            values.push(("kind", kind.to_string()));
            run_ns(&fill(template, &values), None)
        };
        with("thread") / with("process")
    };
    median(calibrations(run, "threads-vs-processes", 0.5).into_iter().map(figure).collect())
}

fn weft_process_pool(run: &LiveRun) -> f64 {
    let template = include_str!("../bench/cpython/scenarios/process-pool-executor-cpu.yaml");
    let figure = |(spin_job, start): (f64, f64)| {
        let mut values = preset(&run.python);
        values.push(("process_start", duration(start)));
        values.push(("cpu_per_job", duration(spin_job)));
        run_ns(&fill(template, &values), None) / 1e6
    };
    median(calibrations(run, "process-pool-executor-cpu", 0.25).into_iter().map(figure).collect())
}

/// Microseconds per round trip, as live.py's figure (1000 round trips).
fn weft_ping_pong(template: &str) -> impl Fn(&LiveRun) -> f64 {
    move |run| run_ns(&fill(template, &preset(&run.python)), None) / 1000.0 / 1000.0
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    if values.len() % 2 == 1 { values[middle] } else { (values[middle - 1] + values[middle]) / 2.0 }
}

/// Whether every sample of `workload` in this run carries its adjacent calibration (workloads.py
/// `adjacent_calibration`).
fn calibrated_per_sample(run: &LiveRun, workload: &str) -> bool {
    run.samples[workload]
        .as_array()
        .is_some_and(|samples| !samples.is_empty() && samples.iter().all(|sample| sample.get("calibration").is_some()))
}

struct Pooled {
    live: f64,
    weft: f64,
    runs: usize,
    /// The lowest minimum and the highest maximum of the pooled runs' samples.
    live_range: (f64, f64),
}

/// Pools every quiet recorded run of `version`: the median of the live medians, the median of weft's
/// figures, and the live samples' range.
fn pooled(version: &str, workload: &str, weft: impl Fn(&LiveRun) -> f64) -> Pooled {
    let runs: Vec<&LiveRun> = recorded_runs_of(version);
    let runs: Vec<&LiveRun> = runs.into_iter().filter(|r| r.live_medians[workload].is_f64()).collect();
    assert!(!runs.is_empty(), "{version} {workload}: no quiet recorded run");
    // Once runs with each sample's own calibration exist for a workload, only they are pooled: the runs
    // before fed weft a spin timed minutes before the samples, on a VM whose speed moves by up to 1.8x
    // between seconds (docs/fidelity.md, "A fifth quiet run").
    let (adjacent, earlier): (Vec<&LiveRun>, Vec<&LiveRun>) =
        runs.into_iter().partition(|r| calibrated_per_sample(r, workload));
    let runs = if adjacent.is_empty() { earlier } else { adjacent };
    let live = median(runs.iter().map(|r| r.live_medians[workload].as_f64().expect("a number")).collect());
    let bound = |index: usize| runs.iter().map(move |r| r.live_ranges[workload][index].as_f64().expect("a number"));
    let live_range = (bound(0).fold(f64::INFINITY, f64::min), bound(1).fold(0.0, f64::max));
    let weft = median(runs.iter().map(|r| weft(r)).collect());
    Pooled { live, weft, runs: runs.len(), live_range }
}

fn recorded_runs_of(version: &str) -> Vec<&'static LiveRun> {
    static RUNS: std::sync::OnceLock<Vec<LiveRun>> = std::sync::OnceLock::new();
    RUNS.get_or_init(recorded_quiet_runs).iter().filter(|r| r.python.starts_with(version)).collect()
}

/// Rows where weft's preset is known to be more than [`TOLERANCE`] off the pooled quiet runs, with the
/// tolerance they are held to meanwhile (so that they cannot drift further unseen) and why
/// (docs/fidelity.md, "Where weft and this machine disagree"). A row leaves this list when the model is
/// fixed; issue 20 stays open while it is not empty.
const KNOWN_DISAGREEMENTS: &[(&str, &str, f64, &str)] = &[];

fn tolerance(version: &str, workload: &str) -> f64 {
    KNOWN_DISAGREEMENTS
        .iter()
        .find(|(known_version, known_workload, _, _)| *known_version == version && *known_workload == workload)
        .map_or(TOLERANCE, |&(_, _, wider, _)| wider)
}

fn check(version: &str, workload: &str, weft: impl Fn(&LiveRun) -> f64) {
    let Pooled { live, weft, runs, live_range: (low, high) } = pooled(version, workload, weft);
    let off = (weft - live).abs() / live;
    assert!(
        off <= tolerance(version, workload),
        "CPython {version} {workload}: weft {weft:.3}, live {live:.3} (median of {runs} quiet runs, samples \
         {low:.3} to {high:.3}), {:.0}% off",
        off * 100.0
    );
}

#[test]
fn the_old_gil_preset_agrees_with_cpython_2_7_here() {
    check("2.7.", "convoy", weft_convoy);
    check("2.7.", "cpu-2-threads", |run| weft_cpu_threads(run, 2));
    check("2.7.", "cpu-4-threads", |run| weft_cpu_threads(run, 4));
    check("2.7.", "threads-vs-processes", weft_threads_vs_processes);
}

#[test]
fn the_new_gil_preset_agrees_with_cpython_3_11_here() {
    check("3.11.", "convoy", weft_convoy);
    check("3.11.", "cpu-2-threads", |run| weft_cpu_threads(run, 2));
    check("3.11.", "cpu-4-threads", |run| weft_cpu_threads(run, 4));
    check("3.11.", "threads-vs-processes", weft_threads_vs_processes);
    check("3.11.", "process-pool-executor-cpu", weft_process_pool);
}

/// A process pool's own costs (forks in a row, a hand-off per job, a shutdown) were measured under 3.11
/// to 3.13 alike (docs/fidelity.md, "The process pool's own costs"): the pool agrees under each.
#[test]
fn a_process_pool_agrees_with_cpython_3_12_and_3_13_here() {
    for version in ["3.12.", "3.13."] {
        check(version, "process-pool-executor-cpu", weft_process_pool);
    }
}

#[test]
fn a_thread_woken_through_a_primitive_runs_a_wake_up_later_as_in_cpython() {
    for version in ["2.7.", "3.11."] {
        check(
            version,
            "event-ping-pong",
            weft_ping_pong(include_str!("../bench/cpython/scenarios/event-ping-pong.yaml")),
        );
        check(
            version,
            "queue-ping-pong",
            weft_ping_pong(include_str!("../bench/cpython/scenarios/queue-ping-pong.yaml")),
        );
    }
}
