//! Format 1.1 under exploration: `explore` against the brute-force enumerator of every interleaving
//! (tests/support/enumerate.rs) on small generated programs that use the new constructs (if/else,
//! while, atomic, arrays, maps, semaphores, events, conditions, reentrant locks, trylock, spin-waits),
//! so that the dependencies the new steps declare keep DPOR sound.

mod common;
mod support;

use sim_core::Simulator;
use sim_core::engine::ExploreConfig;
use support::enumerate::{OutcomeKey, enumerate};
use support::programs::Rng;

const MAX_STEPS: u64 = 200;
const BRUTE_FORCE_BUDGET: u64 = 3_000;

const DECLARATIONS: &str = "shared: { x: 0, y: 0, buf: [0, 0], m: {} }
locks: { l: {}, r: { reentrant: true } }
semaphores: { s: 1 }
events: [e]
conditions: { c: { lock: l } }
";

/// One step (or a few that belong together) using format 1.1.
fn one_op(rng: &mut Rng) -> String {
    let v = *rng.pick(&["x", "y"]);
    let w = *rng.pick(&["x", "y"]);
    let i = *rng.pick(&["0", "1", "-1"]);
    match rng.below(13) {
        0 => format!(
            "{{ if: {{ cond: \"{v} > 0\", then: [ {{ set: \"{w} = {w} + 1\" }} ], else: [ {{ set: \"buf[{i}] = 1\" }} ] }} }}"
        ),
        1 => format!("{{ set: \"buf[{i}] = buf[0] + {v}\" }}"),
        2 => format!("{{ atomic: [ {{ if: {{ cond: \"not has(m, 1)\", then: [ {{ set: \"m[1] = {v}\" }} ] }} }} ] }}"),
        3 => "{ if: { cond: \"has(m, 1)\", then: [ { del: \"m[1]\" } ] } }".to_string(),
        4 => format!("{{ acquire: s }}, {{ set: \"{v} = {v} + 1\" }}, {{ release: s }}"),
        5 => "{ set_event: e }".to_string(),
        6 => format!("{{ wait: {{ event: e, timeout: 0ns, into: got }} }}, {{ set: \"{v} = got\" }}"),
        7 => format!("{{ with: {{ lock: l, ops: [ {{ set: \"{v} = 1\" }}, {{ notify_all: c }} ] }} }}"),
        8 => "{ with: { lock: l, ops: [ { wait_for: { condition: c, cond: \"x > 0 or y > 0\" } } ] } }".to_string(),
        9 => format!("{{ lock: r }}, {{ lock: r }}, {{ set: \"{v} = 2\" }}, {{ unlock: r }}, {{ unlock: r }}"),
        10 => format!(
            "{{ let: \"k = 0\" }}, {{ while: {{ cond: \"k < 2 and {v} < 3\", ops: [ {{ set: \"{v} = {v} + 1\" }}, {{ let: \"k = k + 1\" }} ] }} }}"
        ),
        11 => format!("{{ while: {{ cond: \"{v} == 0\", ops: [] }} }}"),
        _ => format!(
            "{{ lock: {{ name: l, timeout: 0ns, into: t }} }}, {{ if: {{ cond: \"t\", then: [ {{ set: \"{v} = 5\" }}, {{ unlock: l }} ] }} }}"
        ),
    }
}

fn program(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let tasks = 2 + rng.below(2);
    let mut yaml = format!("name: generated\n{DECLARATIONS}tasks:\n");
    for index in 0..tasks {
        let ops: Vec<String> = (0..1 + rng.below(2)).map(|_| one_op(&mut rng)).collect();
        yaml.push_str(&format!("  t{index}: {{ ops: [ {} ] }}\n", ops.join(", ")));
    }
    yaml
}

fn sorted(mut keys: Vec<OutcomeKey>) -> Vec<OutcomeKey> {
    keys.sort();
    keys.dedup();
    keys
}

#[test]
fn explore_agrees_with_brute_force_on_format_one_one_programs() {
    let mut failures = Vec::new();
    let mut compared = 0;
    for seed in 0..400 {
        let yaml = program(seed);
        let scenario = common::load(&yaml);
        let all = enumerate(&scenario.model, BRUTE_FORCE_BUDGET, MAX_STEPS);
        if !all.complete || all.hit_step_limit {
            continue;
        }
        compared += 1;
        let explored = Simulator::new(&scenario.model).explore(&ExploreConfig {
            max_schedules: 100_000,
            preemption_bound: None,
            max_steps: MAX_STEPS,
        });
        let found = sorted(explored.outcomes.iter().map(|o| (o.status, o.shared.clone())).collect());
        let reachable = sorted(all.within(None));
        if !explored.complete || found != reachable {
            failures.push(format!(
                "seed {seed}: complete {}, explore found {found:?}, brute force {reachable:?}\n{yaml}",
                explored.complete
            ));
        }
    }
    assert!(compared >= 200, "only {compared} of 400 programs were small enough to enumerate");
    assert!(
        failures.is_empty(),
        "{} of {compared} programs disagree; first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(20)].join("\n")
    );
}
