//! The figures of the exploration issue (docs/performance.md, "Exploration"). Run with
//! `cargo bench --bench explore`.
//!
//! - `threads_x_increments`: every interleaving of N threads each doing `n = n + 1` K times, to the
//!   end (3 x 3 and 4 x 2: 1.8 and 5.2 million interleavings that state caching covers in a few
//!   hundred schedules).
//! - `one_schedule_of_two_by_ten_thousand`: the first schedule of 2 threads x 10,000 increments
//!   (40,000 steps): the cost of a step of exploration must not grow with the run's length.
//! - `daemon_leak`: `scenarios/daemon-leak.yaml`, to the end.

use sim_core::Simulator;
use sim_core::engine::ExploreConfig;

fn main() {
    divan::main();
}

fn increments(threads: u32, times: u32) -> String {
    format!(
        "name: increments\nshared: {{ n: 0 }}\ntasks:\n  adder:\n    count: {threads}\n    ops:\n      - repeat:\n          \
         times: {times}\n          ops:\n            - set: \"n = n + 1\"\n"
    )
}

fn load(text: &str) -> scenarios::Scenario {
    scenarios::load_str("bench.yaml", text).expect("bench scenario loads")
}

fn unbounded(max_schedules: u64, max_steps: u64) -> ExploreConfig {
    ExploreConfig { max_schedules, preemption_bound: None, max_steps }
}

#[divan::bench(args = [(3, 3), (4, 2)], sample_count = 5, sample_size = 1)]
fn threads_x_increments(bencher: divan::Bencher, (threads, times): (u32, u32)) {
    let scenario = load(&increments(threads, times));
    bencher.bench_local(|| {
        let result = Simulator::new(&scenario.model).explore(&unbounded(100_000, 10_000));
        assert!(result.complete, "the search must finish to be a figure");
        result.schedules
    });
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn one_schedule_of_two_by_ten_thousand(bencher: divan::Bencher) {
    let scenario = load(&increments(2, 10_000));
    bencher.bench_local(|| Simulator::new(&scenario.model).explore(&unbounded(1, 1_000_000)).schedules);
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn daemon_leak(bencher: divan::Bencher) {
    let text = include_str!("../scenarios/daemon-leak.yaml");
    let scenario = scenarios::load_str("daemon-leak.yaml", text).expect("a shipped scenario");
    bencher.bench_local(|| Simulator::new(&scenario.model).explore(&unbounded(100_000, 1_000_000)).schedules);
}
