//! Every limit of docs/reliability.md, hit: a located load error, a refused flag, or a clean stop. Never a
//! panic, a hang or unbounded memory.

use crate::common;

use std::process::Command;

use sim_core::{RunConfig, Simulator, Status, policy};

/// Loading `yaml` fails with a message containing `fragment`.
fn check_rejected(yaml: &str, fragment: &str) {
    match scenarios::load_str("limit.yaml", yaml) {
        Ok(_) => panic!("loaded, but should hit a limit ({fragment})"),
        Err(diagnostic) => {
            let text = diagnostic.render(false);
            assert!(text.contains(fragment), "expected `{fragment}` in:\n{text}");
        }
    }
}

fn task_with_ops(ops: &str) -> String {
    format!("name: t\ntasks:\n  a:\n    ops:\n{ops}")
}

#[test]
fn load_time_limits() {
    let big = format!(
        "name: t\nabout: \"{}\"\ntasks:\n  a: {{ ops: [yield] }}\n",
        "x".repeat(sim_core::limits::MAX_FILE_BYTES)
    );
    match scenarios::load_bytes("big.yaml", big.as_bytes()) {
        Ok(_) => panic!("a file over the size limit loaded"),
        Err(d) => assert!(d.message.contains("at most"), "{}", d.message),
    }
    // YAML nested past the parser's depth budget (200 nested repeats, three levels each).
    let mut deep = String::from("{ cpu: 1ms }");
    for _ in 0..200 {
        deep = format!("{{ repeat: {{ times: 1, ops: [ {deep} ] }} }}");
    }
    check_rejected(&format!("name: t\ntasks:\n  a: {{ ops: [ {deep} ] }}\n"), "deeper than 64 levels");
    let aliases = format!(
        "name: t\nabout: &a \"x\"\nexpect: [{}]\ntasks:\n  a: {{ ops: [yield] }}\n",
        vec!["*a"; 10_001].join(", ")
    );
    check_rejected(&aliases, "more than 10000 aliases");
    check_rejected("name: t\nmachine: { cores: 1025 }\ntasks:\n  a: { ops: [yield] }\n", "1 to 1024 cores");
    check_rejected("name: t\ntasks:\n  a: { count: 10001, ops: [yield] }\n", "`count` is from 1 to 10000");
    check_rejected(
        "name: t\ntasks:\n  a: { count: 6000, ops: [yield] }\n  b: { count: 6000, ops: [yield] }\n",
        "at most 10000 tasks",
    );
    check_rejected(&task_with_ops(&"      - yield\n".repeat(100_001)), "at most 100000 instructions");
    let mut nested = String::from("      - cpu: 1ms\n");
    for _ in 0..17 {
        let indented: String = nested.lines().map(|l| format!("    {l}\n")).collect();
        nested = format!("      - repeat:\n          times: 1\n          ops:\n{indented}");
    }
    check_rejected(&task_with_ops(&nested), "nest at most 16");
    check_rejected(
        &task_with_ops(&format!("      - let: \"x = {}\"\n", "1 + ".repeat(1100) + "1")),
        "at most 4096 characters",
    );
    check_rejected(
        &task_with_ops(&format!("      - let: \"x = {}1{}\"\n", "(".repeat(40), ")".repeat(40))),
        "nested deeper than 32",
    );
    check_rejected(&task_with_ops("      - cpu: 2000000s\n"), "longer than the largest duration");
    check_rejected("name: t\nscheduler: { jitter: 1001 }\ntasks:\n  a: { ops: [yield] }\n", "0 to 1000");
    check_rejected("name: t\nscheduler: { depth: 65 }\ntasks:\n  a: { ops: [yield] }\n", "1 to 64");
    check_rejected(
        "name: t\nqueues: { q: { capacity: 1000001 } }\ntasks:\n  a: { ops: [yield] }\n",
        "at most 1000000 items",
    );
    let long_array = vec!["0"; sim_core::limits::MAX_ARRAY_LENGTH + 1].join(", ");
    check_rejected(
        &format!("name: t\nshared: {{ buf: [{long_array}] }}\ntasks:\n  a: {{ ops: [yield] }}\n"),
        "1 to 100000 elements",
    );
    check_rejected(
        "name: t\nlocks: { fork: { count: 10001 } }\ntasks:\n  a: { ops: [yield] }\n",
        "`count` is from 1 to 10000",
    );
    let seeds: Vec<String> = (0..65).map(|s| s.to_string()).collect();
    check_rejected(
        &format!("name: t\nsnapshot: {{ seeds: [{}] }}\ntasks:\n  a: {{ ops: [yield] }}\n", seeds.join(", ")),
        "at most 64 seeds",
    );
}

fn run(yaml: &str, max_steps: u64) -> (Status, Simulator<'static>) {
    let scenario: &'static scenarios::Scenario = Box::leak(Box::new(common::load(yaml)));
    let mut simulator = Simulator::new(&scenario.model);
    let mut policy = policy::by_name("round-robin").expect("built-in");
    let outcome = simulator.run(policy.as_mut(), &RunConfig { max_steps, ..RunConfig::default() });
    (outcome.status, simulator)
}

#[test]
fn run_time_limits_end_runs_cleanly() {
    // Steps: a run stops at --max-steps with its own status.
    let (status, _) = run(
        "name: t\nshared: { n: 0 }\ntasks:\n  a: { ops: [ { repeat: { times: 1000000, ops: [ { set: \"n = n + 1\" } ] } } ] }\n",
        1000,
    );
    assert_eq!(status, Status::StepLimit);
    // Queue items: an unbounded queue that nobody reads is a fault past its limit, not unbounded memory.
    let items = sim_core::limits::MAX_QUEUE_ITEMS + 1;
    let (status, simulator) = run(
        &format!(
            "name: t\ntasks:\n  a: {{ ops: [ {{ repeat: {{ times: {items}, ops: [ {{ put: {{ queue: q, value: 1 }} }} ] }} }} ] }}\n"
        ),
        10_000_000,
    );
    assert_eq!(status, Status::Fault);
    assert!(simulator.failures()[0].message.contains("items in all queues together"), "{:?}", simulator.failures());
    // The limit holds for all queues together: two queues, half the limit each and one more.
    let half = sim_core::limits::MAX_QUEUE_ITEMS / 2;
    let (status, simulator) = run(
        &format!(
            "name: t\ntasks:\n  a: {{ ops: [ {{ repeat: {{ times: {}, ops: [ {{ put: {{ queue: p, value: 1 }} }}, {{ put: {{ queue: q, value: 1 }} }} ] }} }} ] }}\n",
            half + 1
        ),
        10_000_000,
    );
    assert_eq!(status, Status::Fault);
    let failure = &simulator.failures()[0];
    assert!(failure.message.contains("a put on queue `p` would make more than 1000000 items"), "{failure:?}");
    // Map keys, likewise over all maps: a loop that writes a new key in each of two maps.
    let (status, simulator) = run(
        "name: t\nshared: { m: {}, n: {} }\ntasks:\n  a: { ops: [ { let: \"k = 0\" }, { while: { cond: \"1\", ops: [ { set: \"m[k] = 1\" }, { set: \"n[k] = 1\" }, { let: \"k = k + 1\" } ] } } ] }\n",
        10_000_000,
    );
    assert_eq!(status, Status::Fault);
    let failure = &simulator.failures()[0];
    assert!(
        failure.message.contains("a new key in map `m` would make more than 1000000 keys in all maps"),
        "{failure:?}"
    );
    // The trace keeps a bounded head and tail however long the run.
    let (_, simulator) = run(
        "name: t\nshared: { n: 0 }\ntasks:\n  a: { ops: [ { repeat: { times: 100000, ops: [ { set: \"n = n + 1\" } ] } } ] }\n",
        10_000_000,
    );
    let (kept, skipped) = simulator.trace().kept();
    assert_eq!(kept.len(), sim_core::limits::TRACE_HEAD_EVENTS + sim_core::limits::TRACE_TAIL_EVENTS);
    assert!(skipped > 190_000);
}

#[test]
fn the_access_log_and_the_timeline_are_bounded() {
    let scenario = common::load(
        "name: t\nshared: { n: 0 }\ntasks:\n  a: { ops: [ { repeat: { times: 1100000, ops: [ { set: \"n = n + 1\" }, { cpu: 1ns } ] } } ] }\n",
    );
    let mut simulator = Simulator::new(&scenario.model);
    let mut policy = policy::by_name("round-robin").expect("built-in");
    let config =
        RunConfig { max_steps: 4_000_000, record_accesses: true, record_timeline: true, ..RunConfig::default() };
    assert_eq!(simulator.run(policy.as_mut(), &config).status, Status::Ok);
    let (accesses, cut) = simulator.accesses();
    assert!(cut && accesses.len() == sim_core::limits::MAX_ACCESSES);
    let timeline = simulator.timeline();
    assert_eq!(timeline.segments.len(), sim_core::timeline::MAX_SEGMENTS);
    assert!(timeline.dropped > 0);
}

fn weft(args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("weft runs");
    (output.status.code().unwrap_or(-1), String::from_utf8_lossy(&output.stderr).into_owned())
}

#[test]
fn flag_limits_are_refused_with_exit_2() {
    let file = "scenarios/bank-race.yaml";
    for (args, fragment) in [
        (vec!["fuzz", file, "--seeds", "0..1000000001"], "at most 1000000000 seeds"),
        (vec!["fuzz", file, "--seeds", "5..5"], "A < B"),
        (vec!["fuzz", file, "--seeds", "0..10", "--jobs", "1025"], "at most 1024"),
        (vec!["fuzz", file, "--seeds", "0..10", "--shard", "3/3"], "0 <= K < N"),
        (vec!["run", file, "--cores", "0"], "out of range"),
        (vec!["run", file, "--max-steps", "0"], "--max-steps is from 1"),
        (vec!["run", file, "--max-steps", "10000000001"], "--max-steps is from 1"),
        (vec!["explore", file, "--max-schedules", "0"], "--max-schedules is from 1"),
        (
            vec![
                "compare",
                file,
                "--set",
                "cores=1,2,3,4,5,6,7,8,9,10",
                "--set",
                "quantum=1ms,2ms,3ms,4ms,5ms,6ms,7ms,8ms,9ms,10ms",
                "--set",
                "jitter=0,1,2,3,4,5,6,7,8,9,10",
                "--set",
                "gil=new,old,none,new,old,none,new,old,none,new",
            ],
            "at most 10000",
        ),
        (vec!["replay", file, "--schedule", "w1:random:s0:c2:f00000000:0.zzzzzzzzzzzzzzzz0"], "too large"),
    ] {
        let (code, stderr) = weft(&args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stderr.contains(fragment), "{args:?}: expected `{fragment}` in {stderr}");
    }
}
