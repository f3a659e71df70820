//! Executors (format 1.1, part two): a pool's workers start once and are reused, at most `workers` jobs
//! run at once, a process pool pays its process starts once (forked one after the other), a hand-off and
//! `ipc_cost` per argument and result, and a shutdown at the end, and
//! exploration agrees with fuzzing over a pool.

use crate::common;

use common::{MS, load, run, weft};
use sim_core::outcome::Status;

/// (makespan, start of each job) of one run under `policy`.
fn timing(yaml: &str, policy: &str) -> (u64, Vec<u64>) {
    let (report, _) = run(&load(yaml), policy, 0);
    assert_eq!(report.status, Status::Ok, "{yaml}");
    let starts = report.tasks.values().map(|t| t.started_ns.expect("every job started")).collect();
    (report.metrics.makespan_ns, starts)
}

const THREAD_POOL: &str = "name: t\nmachine: { cores: 2 }\nexecutors: { pool: { workers: 4 } }
tasks:\n  job: { executor: pool, count: 10, ops: [ { io: 100ms } ] }\n";

#[test]
fn four_workers_over_ten_jobs_of_100ms_of_io_take_three_rounds() {
    // Timed policies: under exploring ones time does not decide who goes next, so which queued job a
    // finishing one hands its worker to follows the schedule, not the clock.
    for policy in ["round-robin", "fifo", "priority"] {
        let (makespan, starts) = timing(THREAD_POOL, policy);
        // 300ms plus a worker's start (100us) and the GIL after each call: three rounds, not one, not ten.
        assert!((300 * MS..=301 * MS).contains(&makespan), "{policy}: {makespan}");
        // Jobs 5 to 10 wait for a worker: none starts before the first round ends.
        assert!(starts[4..].iter().all(|&s| s >= 100 * MS), "{policy}: {starts:?}");
        assert!(starts[..4].iter().all(|&s| s < MS), "{policy}: {starts:?}");
    }
}

#[test]
fn an_executor_without_workers_has_cpythons_default_for_the_machines_cores() {
    // ThreadPoolExecutor(): min(32, cores + 4) workers, so 6 jobs of 100ms take two rounds on one core
    // (5 workers) and one on two (6); a process pool's default is one worker per core.
    let threads = "name: t\nmachine: { cores: CORES }\nexecutors: { pool: {} }
tasks:\n  job: { executor: pool, count: 6, ops: [ { io: 100ms } ] }\n";
    for (cores, rounds) in [(1, 2), (2, 1), (40, 1)] {
        let (makespan, _) = timing(&threads.replace("CORES", &cores.to_string()), "round-robin");
        assert!((rounds * 100 * MS..=rounds * 100 * MS + MS).contains(&makespan), "{cores} cores: {makespan}");
    }
    let processes = threads.replace("pool: {}", "pool: { kind: process }").replace("CORES", "3");
    let (makespan, _) = timing(&processes, "round-robin");
    assert!((200 * MS..300 * MS).contains(&makespan), "3 processes, 6 jobs: two rounds, {makespan}");
}

#[test]
fn a_process_pool_pays_its_process_starts_once_and_ipc_per_argument_and_result() {
    let yaml = "name: t\nmachine: { cores: 2, process_spawn: 30ms }
executors: { procs: { workers: 2, kind: process, ipc_cost: 1ms } }
tasks:\n  job: { executor: procs, count: 4, ops: [ { cpu: 30ms } ] }\n";
    let (makespan, starts) = timing(yaml, "round-robin");
    // Round one on the second worker: two forks in a row (2ms each, the default `process_fork`), its
    // start (30ms), the job's trip through the pool's queues (800us) and its argument and result (2ms),
    // then its work (30ms); round two reuses the workers; the pool's shutdown (4.5ms) ends the run.
    let (hand_off, shutdown) = (MS * 8 / 10, MS * 45 / 10);
    let first_round = 2 * 2 * MS + 30 * MS + hand_off + 2 * MS + 30 * MS;
    let second_round = hand_off + 2 * MS + 30 * MS;
    let expected = first_round + second_round + shutdown;
    assert!((expected..expected + MS).contains(&makespan), "{makespan}");
    assert!(starts[2] >= first_round - 2 * MS && starts[3] >= first_round, "{starts:?}");
    // The pool's own costs are the machine's, and a file sets them: 0ns each gives the start, the
    // pickling and the work alone (two rounds, the workers started in parallel).
    let without_pool_costs = yaml.replace(
        "process_spawn: 30ms",
        "process_spawn: 30ms, process_fork: 0ns, process_pool_handoff: 0ns, process_pool_shutdown: 0ns",
    );
    let (bare, _) = timing(&without_pool_costs, "round-robin");
    let bare_expected = 30 * MS + 2 * (2 * MS + 30 * MS);
    assert!((bare_expected..bare_expected + MS).contains(&bare), "{bare}");
    // As threads (no executor) the four would each pay a process start and share the two cores.
    let unpooled = "name: t\nmachine: { cores: 2, process_spawn: 30ms }
tasks:\n  job: { kind: process, count: 4, ops: [ { cpu: 30ms } ] }\n";
    let (unpooled_makespan, _) = timing(unpooled, "round-robin");
    assert!(unpooled_makespan > makespan, "{unpooled_makespan} vs {makespan}");
}

#[test]
fn the_report_says_when_a_process_pools_shutdown_ended() {
    // No task's step stands for the shutdown, so the report names it: the run ends with it.
    let shutdown_end = |yaml: &str| run(&load(yaml), "round-robin", 0).0.metrics;
    let pool = "name: t\nmachine: { cores: 2 }\nexecutors: { procs: { workers: 2, kind: process } }
tasks:\n  job: { executor: procs, count: 2, ops: [ { cpu: 10ms } ] }\n";
    let metrics = shutdown_end(pool);
    assert_eq!(metrics.pool_shutdown_end_ns, metrics.makespan_ns);
    let (status, stdout, stderr) = weft(&["run", "scenarios/process-pool-map-cpu.yaml"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(
        stdout.contains("  makespan 260.902ms, 4 steps\n  a process pool's shutdown (sentinels, workers joined) ended at 260.902ms\n"),
        "{stdout}"
    );
    // A thread pool has no such shutdown, and neither has a process pool whose file sets it to 0ns.
    assert_eq!(shutdown_end(THREAD_POOL).pool_shutdown_end_ns, 0);
    let without = pool.replace("cores: 2", "cores: 2, process_pool_shutdown: 0ns");
    assert_eq!(shutdown_end(&without).pool_shutdown_end_ns, 0);
}

/// The distinct final values of `n` that `weft COMMAND` reports in JSON.
fn outcomes(args: &[&str]) -> Vec<i64> {
    let (status, stdout, stderr) = weft(args);
    assert_eq!(status, 0, "{stderr}");
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    let mut values: Vec<i64> = report["outcomes"]
        .as_array()
        .expect("outcomes")
        .iter()
        .map(|o| o["shared"]["main"]["n"].as_i64().expect("n"))
        .collect();
    values.sort();
    values
}

#[test]
fn exploration_and_fuzzing_agree_on_a_racy_pool() {
    let dir = std::env::temp_dir().join(format!("weft-executors-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("pool-race.yaml");
    let yaml = "name: pool-race\nshared: { n: 0 }\nexecutors: { pool: { workers: 2 } }
tasks:\n  job: { executor: pool, count: 3, ops: [ { set: \"n = n + 1\" } ] }\n";
    std::fs::write(&path, yaml).expect("write");
    let file = path.to_str().expect("utf-8");
    let explored = outcomes(&["explore", file, "--json"]);
    let fuzzed = outcomes(&["fuzz", file, "--seeds", "0..2000", "--json"]);
    // The third job runs after either of the first two: it can lose an update made while the other one
    // is between its read and its write.
    assert_eq!(explored, [1, 2, 3]);
    assert_eq!(fuzzed, explored);
}

/// `shutdown` (Python's `executor.shutdown()`) waits for every job of its pool, one that another job
/// submitted included (the nested-submit starvation: the parent's `result` gives up, its worker goes to
/// the child, whose end wakes the shutdown); one that cannot end is a deadlock naming the jobs.
#[test]
fn a_shutdown_waits_for_every_job_and_names_them_when_it_cannot_end() {
    let nested = "name: t\nscheduler: { timeouts: deadline }\nshared: { late: 0, answer: 0 }
executors: { ex: { workers: 1 } }
tasks:
  child: { start: spawned, executor: ex, ops: [ { return: 7 } ] }
  parent: { start: spawned, executor: ex, ops: [ { submit: { task: child, into: c } }, { result: { future: c, timeout: 100ms, into_ok: ok } }, { set: \"late = 1 - ok\" } ] }
  main: { ops: [ { submit: { task: parent, into: p } }, { result: { future: p } }, { shutdown: ex }, { set: \"answer = 1\" } ] }
";
    let (report, trace) = run(&load(nested), "round-robin", 0);
    assert_eq!(report.status, Status::Ok);
    let woken = trace.iter().position(|line| line.ends_with("main         shutdown ex: woken by child#1"));
    let child_ends = trace.iter().position(|line| line.ends_with("child#1      finishes"));
    assert!(woken.is_some() && child_ends < woken, "{trace:#?}");
    let stuck = "name: t\nevents: [go]\nexecutors: { pool: { workers: 1 } }
tasks:
  job: { start: spawned, executor: pool, ops: [ { wait: go } ] }
  main: { ops: [ { submit: { task: job, into: f } }, { shutdown: pool }, { set_event: go } ] }
";
    let (report, _) = run(&load(stuck), "round-robin", 0);
    assert_eq!(report.status, Status::Deadlock);
    let waits: Vec<String> = report
        .deadlock
        .expect("a deadlock report")
        .waits
        .iter()
        .map(|w| format!("{}: {}", w.task, w.waits_for))
        .collect();
    assert_eq!(waits, ["job#1: event go (not set)", "main: the jobs of executor pool to finish (job#1)"]);
}
