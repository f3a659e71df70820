//! `io: { ms: "EXPR" }` and `await: { ms: "EXPR" }` (issue 22): a length an expression gives when the
//! step runs, as Python's `time.sleep(0.01 * item)`. The step then takes exactly as long as `io` or
//! `await` of that duration; a negative length is Python's ValueError for `io` (`time.sleep`) and no
//! wait for `await` (`asyncio.sleep`), one too long a fault, never a panic.

use crate::common;

use common::{load, run};

/// A round-robin run as one line: `status | makespan | the first failure's message`.
fn summary(yaml: &str) -> String {
    let (report, _) = run(&load(yaml), "round-robin", 0);
    let failure = report.failures.first().map_or(String::new(), |failure| failure.message.clone());
    format!("{} | {}ns | {failure}", report.status.as_str(), report.metrics.makespan_ns)
}

fn check(yaml: &str, expect: &str) {
    assert_eq!(summary(yaml), expect, "\n{yaml}");
}

/// A producer puts 1, 2, 3 on a queue; a coroutine sleeps `item * scale` ms for each (`scale` a shared
/// value): 10 + 20 + 30 ms in all, and the same run written with fixed durations takes as long.
#[test]
fn the_sleep_of_each_queue_item() {
    let program = |sleep: &str| {
        format!(
            "name: t\nqueues: {{ jobs: {{}} }}\nshared: {{ scale: 10 }}
tasks:
  producer: {{ ops: [ {{ repeat: {{ times: 3, ops: [ {{ put: {{ queue: jobs, value: i + 1 }} }} ] }} }}, {{ join_queue: jobs }} ] }}
  worker:
    kind: coroutine
    daemon: true
    ops: [ {{ while: {{ cond: \"1\", ops: [ {{ get: {{ queue: jobs, into: item }} }}, {sleep}, {{ task_done: jobs }} ] }} }} ]
"
        )
    };
    check(&program("{ await: { ms: \"item * scale\" } }"), "ok | 60103400ns | ");
    check(&program("{ await: { us: \"item * scale * 1000\" } }"), "ok | 60103400ns | ");
    let fixed = "{ if: { cond: \"item == 1\", then: [ { await: 10ms } ], else: [ { if: { cond: \"item == 2\", then: [ { await: 20ms } ], else: [ { await: 30ms } ] } } ] } }";
    check(&program(fixed), "ok | 60103400ns | ");
}

#[test]
fn a_thread_blocks_for_a_computed_length() {
    check("name: t\ntasks:\n  a: { ops: [ { let: \"n = 3\" }, { io: { s: \"n\" } } ] }\n", "ok | 3000100000ns | ");
    check("name: t\ntasks:\n  a: { ops: [ { io: { ns: \"0\" } } ] }\n", "ok | 100000ns | ");
}

#[test]
fn bad_lengths_are_faults_with_python_words() {
    check(
        "name: t\ntasks:\n  a: { ops: [ { let: \"x = 2\" }, { io: { ms: \"1 - x\" } } ] }\n",
        "fault | 100000ns | ValueError: sleep length must be non-negative (it is -1)",
    );
    // `asyncio.sleep` of a negative length returns at once, where `time.sleep` raises.
    check("name: t\ntasks:\n  a: { kind: coroutine, ops: [ { await: { ms: \"-5\" } } ] }\n", "ok | 0ns | ");
    check(
        "name: t\ntasks:\n  a: { kind: coroutine, ops: [ { await: { s: \"1000000000\" } } ] }\n",
        "fault | 0ns | OverflowError: a sleep of 1000000000 x 1s is longer than 1000000s, the longest duration weft accepts",
    );
    check(
        "name: t\ntasks:\n  a: { ops: [ { io: { s: \"9223372036854775807\" } } ] }\n",
        "fault | 100000ns | OverflowError: a sleep of 9223372036854775807 x 1s is longer than 1000000s, the longest duration weft accepts",
    );
}
