//! A process task with `exits_alone: true` (docs/format.md): an exception nothing in it catches ends that
//! process alone, its `with` blocks released and its `exitcode` variable set to 1, and the run goes on.
//! `explore` agrees with the brute-force enumeration of every interleaving on generated programs of two
//! such processes that race on shared memory under a lock, each of which may fault inside or outside it.

use crate::common;
use crate::support;

use common::load;
use sim_core::Timeouts;
use sim_core::engine::Reduction;
use support::enumerate::assert_explore_agrees;
use support::programs::Rng;

/// Two processes that divide by a value another may have zeroed, inside the lock or after it, raise or
/// assert, and a `main` that starts both, joins them (or not) and reads their exit codes.
fn exiting_processes_program(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut process = |name: &str, zero: &str| {
        let fault = *rng.pick(&[
            "{ set: \"total = total + 100 // divisor\" }",
            "{ assert: \"divisor != 0\" }",
            "{ if: { cond: \"divisor == 0\", then: [ { raise: ValueError } ] } }",
        ]);
        let inside = rng.below(2) == 0;
        let locked = if inside {
            format!("{{ with: {{ lock: l, ops: [ {{ set: \"divisor = {zero}\" }}, {fault} ] }} }}")
        } else {
            format!("{{ with: {{ lock: l, ops: [ {{ set: \"divisor = {zero}\" }} ] }} }}, {fault}")
        };
        format!(
            "  {name}: {{ kind: process, start: spawned, exits_alone: true, exitcode: code_{name}, ops: [ {locked} ] }}\n"
        )
    };
    let first = process("a", "0");
    let second = process("b", "divisor + 2");
    let joins = match rng.below(2) {
        0 => "{ join: a }, { join: b }, { set: \"seen = code_a * 10 + code_b\" }",
        _ => "{ join: b }, { with: { lock: l, ops: [ { set: \"seen = total\" } ] } }",
    };
    format!(
        "name: generated
locks: [l]
shared: {{ seen: -1 }}
shared_memory: {{ divisor: 1, total: 0, code_a: 0, code_b: 0 }}
tasks:
  main: {{ ops: [ {{ spawn: a }}, {{ spawn: b }}, {joins} ] }}
{first}{second}"
    )
}

#[test]
fn explore_agrees_with_brute_force_on_processes_that_exit_alone() {
    for seed in 0..16 {
        let yaml = exiting_processes_program(seed);
        let scenario = load(&yaml);
        assert_explore_agrees(
            &scenario.model,
            Timeouts::default(),
            &[Reduction::CachedStates, Reduction::StatelessDpor],
            2,
            &format!("seed {seed}\n{yaml}"),
        );
    }
}
