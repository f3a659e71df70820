//! weft against shuttle on the same program: two threads update one balance without a lock (read, then
//! write; the bank race). Prints runs per second of shuttle's `check_random` and of `weft fuzz` through
//! its command line (coverage on, one job), measured in this one process run, then weft's library loop
//! and the number of schedules shuttle's exhaustive DFS takes.
//!
//! `cargo run --release -- [RUNS] [WEFT] [ROUNDS]`: RUNS (default 1,000,000) for both; WEFT is the `weft`
//! binary (default `../../target/release/weft`; build it first with `cargo build --release` at the root).
//! With ROUNDS, the two are measured again that many times in turn (shuttle, weft, shuttle, weft...) and
//! each pair's ratio of runs per CPU second is printed with their median: this VM's CPU speed drifts by up
//! to 1.8x between seconds, so one pair measured a few seconds apart can be off either way.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering as StdOrdering};
use std::time::Instant;
use std::process::{Command, Stdio};

use shuttle::sync::atomic::{AtomicI64, Ordering};
use shuttle::thread;

fn bank_race_under_shuttle() {
    let balance = Arc::new(AtomicI64::new(500));
    let deposit = {
        let balance = Arc::clone(&balance);
        thread::spawn(move || {
            let b = balance.load(Ordering::SeqCst);
            balance.store(b + 500, Ordering::SeqCst);
        })
    };
    let withdraw = {
        let balance = Arc::clone(&balance);
        thread::spawn(move || {
            let b = balance.load(Ordering::SeqCst);
            balance.store(b - 100, Ordering::SeqCst);
        })
    };
    deposit.join().expect("deposit");
    withdraw.join().expect("withdraw");
    let end = balance.load(Ordering::SeqCst);
    assert!(end == 900 || end == 1000 || end == 400);
}

fn per_second(runs: u64, seconds: f64) -> f64 {
    runs as f64 / seconds
}

/// CPU seconds (user + system) used so far by this process (`RUSAGE_SELF`) or by its waited-for children
/// (`RUSAGE_CHILDREN`). On a machine shared with other work, wall time measures the share of the cores a
/// process was given, CPU time the work it did: both are printed.
fn cpu_seconds(who: libc::c_int) -> f64 {
    // SAFETY: getrusage writes into the struct it is given and nothing else.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(who, &mut usage);
        usage
    };
    let seconds = |time: libc::timeval| time.tv_sec as f64 + time.tv_usec as f64 / 1e6;
    seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// The same program as the shuttle closure: each thread one read and one write of the balance.
const SAME_PROGRAM: &str = "
name: bank-race-minimal
machine: { cores: 2 }
shared: { balance: 500 }
tasks:
  deposit: { ops: [ { set: \"balance = balance + 500\" } ] }
  withdraw: { ops: [ { set: \"balance = balance - 100\" } ] }
";

fn main() {
    let runs: u64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1_000_000);
    let weft = std::env::args().nth(2).unwrap_or_else(|| "../../target/release/weft".to_string());

    let start = Instant::now();
    let start_cpu = cpu_seconds(libc::RUSAGE_SELF);
    shuttle::check_random(bank_race_under_shuttle, runs as usize);
    let shuttle_rate = per_second(runs, start.elapsed().as_secs_f64());
    let shuttle_cpu_rate = per_second(runs, cpu_seconds(libc::RUSAGE_SELF) - start_cpu);
    let start_children_cpu = cpu_seconds(libc::RUSAGE_CHILDREN);
    let cli_rate = weft_fuzz_command_per_second(&weft, runs);
    let cli_cpu_rate = per_second(runs, cpu_seconds(libc::RUSAGE_CHILDREN) - start_children_cpu);

    let schedules = Arc::new(AtomicU64::new(0));
    let counter = Arc::clone(&schedules);
    shuttle::check_dfs(
        move || {
            counter.fetch_add(1, StdOrdering::Relaxed);
            bank_race_under_shuttle();
        },
        None,
    );

    let (weft_rate, failing) = weft_runs_per_second(SAME_PROGRAM, runs);
    let (shipped_rate, _) = weft_runs_per_second(include_str!("../../../scenarios/bank-race.yaml"), runs);
    let scenario = scenarios::load_str("bank-race.yaml", SAME_PROGRAM).expect("loads");
    let mut simulator = sim_core::Simulator::new(&scenario.model);
    let explored = simulator.explore(&sim_core::engine::ExploreConfig { max_schedules: 1_000_000, preemption_bound: None, max_steps: 100_000 });

    println!("bank race, {runs} runs each, one thread");
    println!("  shuttle check_random:                  {shuttle_rate:>12.0} runs/s");
    println!("  weft fuzz --jobs 1 (the command line): {cli_rate:>12.0} runs/s  ({:.1}x shuttle)", cli_rate / shuttle_rate);
    println!("per CPU second (user + system), the same two runs");
    println!("  shuttle check_random:                  {shuttle_cpu_rate:>12.0} runs/CPU-s");
    println!(
        "  weft fuzz --jobs 1 (the command line): {cli_cpu_rate:>12.0} runs/CPU-s  ({:.1}x shuttle)",
        cli_cpu_rate / shuttle_cpu_rate
    );
    println!("  weft library loop, coverage off:       {weft_rate:>12.0} runs/s  ({:.1}x shuttle; {failing} failing runs)", weft_rate / shuttle_rate);
    println!("  weft random, scenarios/bank-race.yaml (a `let` and a 1ms `cpu` step more per thread): {shipped_rate:.0} runs/s");
    let rounds: usize = std::env::args().nth(3).and_then(|a| a.parse().ok()).unwrap_or(0);
    if rounds > 0 {
        print_interleaved_rounds(&weft, runs, rounds);
    }
    println!("schedules to cover every interleaving");
    println!("  shuttle check_dfs:    {:>12}", schedules.load(StdOrdering::Relaxed));
    println!("  weft explore (DPOR):  {:>12} (complete: {})", explored.schedules, explored.complete);
}

/// Shuttle and the weft command in turn, `rounds` times: each pair's ratio of runs per CPU second.
fn print_interleaved_rounds(weft: &str, runs: u64, rounds: usize) {
    let mut ratios = Vec::with_capacity(rounds);
    for round in 1..=rounds {
        let start_cpu = cpu_seconds(libc::RUSAGE_SELF);
        shuttle::check_random(bank_race_under_shuttle, runs as usize);
        let shuttle_rate = per_second(runs, cpu_seconds(libc::RUSAGE_SELF) - start_cpu);
        let start_children_cpu = cpu_seconds(libc::RUSAGE_CHILDREN);
        weft_fuzz_command_per_second(weft, runs);
        let weft_rate = per_second(runs, cpu_seconds(libc::RUSAGE_CHILDREN) - start_children_cpu);
        let ratio = weft_rate / shuttle_rate;
        println!("  round {round}: shuttle {shuttle_rate:>9.0} runs/CPU-s, weft {weft_rate:>9.0} runs/CPU-s ({ratio:.1}x)");
        ratios.push(ratio);
    }
    ratios.sort_by(f64::total_cmp);
    let middle = ratios.len() / 2;
    let median = if ratios.len() % 2 == 1 { ratios[middle] } else { (ratios[middle - 1] + ratios[middle]) / 2.0 };
    println!("  median of {rounds} interleaved rounds: {median:.1}x shuttle per CPU second (min {:.1}x, max {:.1}x)", ratios[0], ratios[ratios.len() - 1]);
}

fn weft_runs_per_second(yaml: &str, runs: u64) -> (f64, u64) {
    let scenario = scenarios::load_str("bench.yaml", yaml).expect("loads");
    let mut simulator = sim_core::Simulator::new(&scenario.model);
    let mut policy = sim_core::policy::by_name("random").expect("built-in");
    let start = Instant::now();
    let mut failing = 0u64;
    for seed in 0..runs {
        let config = sim_core::RunConfig { seed, record_choices: false, ..sim_core::RunConfig::default() };
        let outcome = simulator.run(policy.as_mut(), &config);
        failing += u64::from(outcome.status.is_failure());
    }
    (per_second(runs, start.elapsed().as_secs_f64()), failing)
}

/// `weft fuzz FILE --seeds 0..RUNS --policy random --jobs 1 --json` on the same program, timed from
/// spawn to exit (loading and printing included).
fn weft_fuzz_command_per_second(weft: &str, runs: u64) -> f64 {
    let file = std::env::temp_dir().join(format!("weft-bank-race-minimal-{}.yaml", std::process::id()));
    std::fs::write(&file, SAME_PROGRAM).expect("writes the scenario");
    let seeds = format!("0..{runs}");
    let start = Instant::now();
    let status = Command::new(weft)
        .args(["fuzz", &file.to_string_lossy(), "--seeds", &seeds, "--policy", "random", "--jobs", "1", "--json"])
        .stdout(Stdio::null())
        .status()
        .unwrap_or_else(|e| panic!("cannot run {weft}: {e} (build it: cargo build --release at the root)"));
    let seconds = start.elapsed().as_secs_f64();
    let _ = std::fs::remove_file(&file);
    // Exit status 1: failing runs were found (the race), which is the point.
    assert!(matches!(status.code(), Some(0 | 1)), "weft fuzz failed: {status}");
    per_second(runs, seconds)
}
