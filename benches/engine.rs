//! Engine throughput. Run with `cargo bench --bench engine`; figures are in docs/performance.md.

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

fn load(text: &str) -> scenarios::Scenario {
    scenarios::load_str("bench.yaml", text).expect("bench scenario loads")
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
