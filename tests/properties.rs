//! Properties over generated scenarios: runs are deterministic, tokens replay, exploration covers what
//! fuzzing finds, and fuzzing does not depend on `--jobs` or on shards.

use crate::common;

use std::collections::BTreeSet;

use proptest::prelude::*;
use sim_core::engine::ExploreConfig;
use sim_core::report::RunLabel;
use sim_core::{RunConfig, Simulator, Status, policy};

/// One step of a generated task, as YAML.
fn step() -> impl Strategy<Value = String> {
    prop_oneof![
        (1u32..50).prop_map(|us| format!("{{ cpu: {us}us }}")),
        (1u32..50).prop_map(|us| format!("{{ io: {us}us }}")),
        (0usize..2, -3i64..4).prop_map(|(v, k)| format!("{{ set: \"v{v} = v{v} + {k}\" }}")),
        (0usize..2).prop_map(|v| format!("{{ let: \"x = v{v} * 2\" }}")),
        (0usize..2, 0usize..2)
            .prop_map(|(l, v)| format!("{{ with: {{ lock: l{l}, ops: [ {{ set: \"v{v} = v{v} + 1\" }} ] }} }}")),
        Just("{ put: { queue: q, value: 1 } }".to_string()),
        Just("yield".to_string()),
    ]
}

/// A scenario of 1 to 3 threads (and maybe a consumer), each with 1 to 4 steps.
fn scenario() -> impl Strategy<Value = String> {
    (1u32..3, prop::collection::vec(prop::collection::vec(step(), 1..5), 1..4), any::<bool>()).prop_map(|(cores, tasks, consumer)| {
        let mut yaml = format!("name: generated\nmachine: {{ cores: {cores} }}\nshared: {{ v0: 0, v1: 10 }}\nlocks: [l0, l1]\ntasks:\n");
        for (index, ops) in tasks.iter().enumerate() {
            yaml.push_str(&format!("  t{index}: {{ ops: [ {} ] }}\n", ops.join(", ")));
        }
        if consumer {
            yaml.push_str("  consumer: { daemon: true, ops: [ { get: { queue: q, into: item } }, { set: \"v0 = v0 + item\" } ] }\n");
        }
        yaml
    })
}

fn report_json(
    scenario: &scenarios::Scenario,
    policy_name: &str,
    seed: u64,
    forced: Option<Vec<u32>>,
) -> (String, Vec<u32>) {
    let mut simulator = Simulator::new(&scenario.model);
    let mut policy = policy::by_name(policy_name).expect("built-in");
    let config =
        RunConfig { seed, max_steps: 10_000, forced_choices: forced, find_races: true, ..RunConfig::default() };
    let outcome = simulator.run(policy.as_mut(), &config);
    let report = simulator.report(&outcome, &RunLabel { policy: policy_name.into(), seed, schedule: String::new() });
    (serde_json::to_string(&report).expect("serialises"), outcome.choices)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn runs_are_deterministic_and_replay_from_their_choices(yaml in scenario(), seed in 0u64..1000, policy_index in 0usize..5) {
        let scenario = common::load(&yaml);
        let policy_name = policy::BUILT_IN[policy_index];
        let (first, choices) = report_json(&scenario, policy_name, seed, None);
        let (again, _) = report_json(&scenario, policy_name, seed, None);
        prop_assert_eq!(&first, &again);
        let (replayed, _) = report_json(&scenario, policy_name, seed, Some(choices));
        prop_assert_eq!(&first, &replayed);
    }

    #[test]
    fn exploration_covers_every_outcome_fuzzing_finds(yaml in scenario()) {
        let scenario = common::load(&yaml);
        let mut simulator = Simulator::new(&scenario.model);
        let explored = simulator.explore(&ExploreConfig { max_schedules: 3_000, preemption_bound: None, max_steps: 10_000 });
        prop_assume!(explored.complete);
        let known: BTreeSet<(Status, Vec<i64>)> = explored.outcomes.iter().map(|o| (o.status, o.shared.clone())).collect();
        for policy_name in ["random", "pct"] {
            let mut policy = policy::by_name(policy_name).expect("built-in");
            for seed in 0..100 {
                let outcome = simulator.run(policy.as_mut(), &RunConfig { seed, max_steps: 10_000, ..RunConfig::default() });
                let mut shared = Vec::new();
                simulator.shared_values(&mut shared);
                prop_assert!(known.contains(&(outcome.status, shared.clone())), "{policy_name} seed {seed} reached {:?} {shared:?}, which explore did not:\n{yaml}", outcome.status);
            }
        }
    }
}

fn weft_fuzz(file: &std::path::Path, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["fuzz", file.to_str().expect("utf-8 path"), "--seeds", "0..120", "--json"];
    args.extend_from_slice(extra);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_weft")).args(&args).output().expect("weft runs");
    serde_json::from_slice(&output.stdout).expect("fuzz --json prints JSON")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(6))]

    #[test]
    fn fuzzing_does_not_depend_on_jobs_or_shards(yaml in scenario()) {
        let dir = std::env::temp_dir().join(format!("weft-properties-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        let file = dir.join("generated.yaml");
        std::fs::write(&file, &yaml).expect("write the scenario");
        let one = weft_fuzz(&file, &["--jobs", "1"]);
        let two = weft_fuzz(&file, &["--jobs", "2"]);
        prop_assert_eq!(&one, &two);
        let shard_runs: u64 = (0..4).map(|k| weft_fuzz(&file, &["--shard", &format!("{k}/4")])["runs"].as_u64().expect("runs")).sum();
        prop_assert_eq!(shard_runs, 120);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
