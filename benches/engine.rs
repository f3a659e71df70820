//! Throughput of what users run. Run with `cargo bench --bench engine`; figures and the commands that
//! reproduce them are in docs/performance.md.
//!
//! - `command_*`: the `weft` binary itself (`fuzz` with coverage, `run` of 100 tasks, `explore`), so the
//!   figure includes everything the command does between its arguments and its output.
//! - `engine_shape`: the engine alone on generated scenarios of one shape each (GIL none / new / old,
//!   coroutines, processes, 8 and 64 cores): the cost of a step should not depend on the shape.
//! - the rest: the engine on the scenarios the figures in docs/performance.md were first taken on.

use std::process::{Command, Stdio};

use sim_core::{RunConfig, Simulator, policy};

fn main() {
    divan::main();
}

/// 100 threads x 50,000 iterations of `n = n + 1` (a read and a write) and `cpu: 1us`, on 8 cores:
/// 15 million steps per run.
const BIG: &str = "
name: big
machine: { cores: 8 }
shared: { n: 0 }
tasks:
  worker:
    count: 100
    ops:
      - repeat:
          times: 50000
          ops:
            - set: \"n = n + 1\"
            - cpu: 1us
";

const BANK_RACE: &str = include_str!("../scenarios/bank-race.yaml");

/// The shuttle comparison's program (bench/shuttle-comparison): one read and one write per thread.
const BANK_RACE_MINIMAL: &str = "
name: bank-race-minimal
machine: { cores: 2 }
shared: { balance: 500 }
tasks:
  deposit: { ops: [ { set: \"balance = balance + 500\" } ] }
  withdraw: { ops: [ { set: \"balance = balance - 100\" } ] }
";

fn load(text: &str) -> scenarios::Scenario {
    scenarios::load_str("bench.yaml", text).expect("bench scenario loads")
}

/// 100 tasks x `times` x (`n = n + 1`, then `timed_step`): three steps per iteration.
fn shape_yaml(cores: u32, gil: &str, kind: &str, timed_step: &str, times: u32) -> String {
    format!(
        "name: shape\nmachine: {{ cores: {cores} }}\nruntime: {{ gil: {gil} }}\nshared: {{ n: 0 }}\ntasks:\n  \
         worker:\n    kind: {kind}\n    count: 100\n    ops:\n      - repeat:\n          times: {times}\n          \
         ops:\n            - set: \"n = n + 1\"\n            - {timed_step}\n"
    )
}

const SHAPE_TIMES: u32 = 2_000;
const SHAPE_STEPS: usize = 100 * SHAPE_TIMES as usize * 3;

fn shape(name: &str) -> String {
    match name {
        "gil-none-8-cores" => shape_yaml(8, "none", "thread", "cpu: 1us", SHAPE_TIMES),
        "gil-new-8-cores" => shape_yaml(8, "new", "thread", "cpu: 1us", SHAPE_TIMES),
        "gil-old-8-cores" => shape_yaml(8, "old", "thread", "cpu: 1us", SHAPE_TIMES),
        "gil-none-64-cores" => shape_yaml(64, "none", "thread", "cpu: 1us", SHAPE_TIMES),
        "gil-new-64-cores" => shape_yaml(64, "new", "thread", "cpu: 1us", SHAPE_TIMES),
        "coroutines" => shape_yaml(8, "new", "coroutine", "await: 1us", SHAPE_TIMES),
        "processes-8-cores" => shape_yaml(8, "new", "process", "cpu: 1us", SHAPE_TIMES),
        other => panic!("no shape {other}"),
    }
}

/// 600,000 steps of one shape per run, under round-robin (the default policy).
#[divan::bench(
    args = ["gil-none-8-cores", "gil-new-8-cores", "gil-old-8-cores", "gil-none-64-cores", "gil-new-64-cores",
            "coroutines", "processes-8-cores"],
    sample_count = 5,
    sample_size = 1
)]
fn engine_shape(bencher: divan::Bencher, name: &str) {
    let scenario = load(&shape(name));
    let mut simulator = Simulator::new(&scenario.model);
    let mut policy = policy::by_name("round-robin").expect("built-in");
    let config = RunConfig { max_steps: 100_000_000, ..RunConfig::default() };
    bencher.counter(divan::counter::ItemsCount::new(SHAPE_STEPS)).bench_local(|| {
        let outcome = simulator.run(policy.as_mut(), &config);
        assert_eq!(outcome.status, sim_core::Status::Ok);
    });
}

/// Writes `yaml` to a file of its own for a command to read.
fn scenario_file(name: &str, yaml: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("weft-bench-{}-{name}.yaml", std::process::id()));
    std::fs::write(&path, yaml).expect("writes the bench scenario");
    path
}

/// Runs the `weft` binary; exit status 1 (failing runs found) is a result, not an error.
fn weft(arguments: &[&str]) {
    let status = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(arguments)
        .stdout(Stdio::null())
        .status()
        .expect("runs the weft binary");
    assert!(matches!(status.code(), Some(0 | 1)), "weft {arguments:?}: {status}");
}

/// `weft fuzz FILE --seeds 0..100000 --policy random --jobs 1 --json` on the shuttle comparison's
/// program: coverage, outcome histogram and first tokens, as users run it.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn command_fuzz_100000_seeds(bencher: divan::Bencher) {
    let file = scenario_file("bank-race-minimal", BANK_RACE_MINIMAL);
    let file = file.to_string_lossy();
    bencher.counter(divan::counter::ItemsCount::new(100_000usize)).bench_local(|| {
        weft(&["fuzz", &file, "--seeds", "0..100000", "--policy", "random", "--jobs", "1", "--json"]);
    });
}

/// `weft run` of 100 threads x 50,000 x (`n = n + 1`, `cpu: 1us`) on 8 cores with `gil: none`: 15 million
/// steps, the report included.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn command_run_100_tasks(bencher: divan::Bencher) {
    let file = scenario_file("big-gil-none", &shape_yaml(8, "none", "thread", "cpu: 1us", 50_000));
    let file = file.to_string_lossy();
    bencher.counter(divan::counter::ItemsCount::new(15_000_000usize)).bench_local(|| {
        weft(&["run", &file, "--max-steps", "100000000", "--json"]);
    });
}

/// `weft explore scenarios/lost-update.yaml`: every interleaving of three threads (7,134 schedules).
#[divan::bench(sample_count = 5, sample_size = 1)]
fn command_explore_lost_update(bencher: divan::Bencher) {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/lost-update.yaml");
    bencher.bench_local(|| weft(&["explore", file, "--json"]));
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn fifteen_million_steps_round_robin(bencher: divan::Bencher) {
    let scenario = load(BIG);
    let mut simulator = Simulator::new(&scenario.model);
    let mut policy = policy::by_name("round-robin").expect("built-in");
    let config = RunConfig { max_steps: 100_000_000, ..RunConfig::default() };
    bencher.counter(divan::counter::ItemsCount::new(15_000_000usize)).bench_local(|| {
        let outcome = simulator.run(policy.as_mut(), &config);
        assert_eq!(outcome.status, sim_core::Status::Ok);
    });
}

#[divan::bench(sample_count = 20, sample_size = 1000)]
fn bank_race_random_run(bencher: divan::Bencher) {
    let scenario = load(BANK_RACE);
    let mut simulator = Simulator::new(&scenario.model);
    let mut policy = policy::by_name("random").expect("built-in");
    let mut seed = 0u64;
    bencher.bench_local(|| {
        seed += 1;
        simulator.run(policy.as_mut(), &RunConfig { seed, record_choices: false, ..RunConfig::default() }).status
    });
}

/// The distributed tier at scale: 64 machines of 16 cores, 10,000 processes placed `auto`, one merge.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn cluster_64_machines_10000_tasks(bencher: divan::Bencher) {
    let mut yaml = String::from("name: cluster\nmachines:\n");
    for machine in 0..64 {
        yaml.push_str(&format!("  m{machine}: {{ cores: 16 }}\n"));
    }
    yaml.push_str("network: { latency: 200us, ipc_cost: 20us }\ntasks:\n");
    yaml.push_str("  job: { kind: process, machine: auto, count: 9999, ops: [ { cpu: 10ms } ] }\n");
    yaml.push_str("  merge: { after: [job], ops: [ { cpu: 1ms } ] }\n");
    let scenario = load(&yaml);
    let mut simulator = Simulator::new(&scenario.model);
    let mut policy = policy::by_name("round-robin").expect("built-in");
    bencher.bench_local(|| {
        let outcome = simulator.run(policy.as_mut(), &RunConfig::default());
        assert_eq!(outcome.status, sim_core::Status::Ok);
    });
}
