//! Format 1.1, part two in the loader: executors, `submit`/`result`/`cancel`/`await` of futures, local
//! arrays, asyncio's own primitives; what each lowers to and the located error of every visible misuse.

mod common;

use sim_core::model::TaskKind;

const DECLARATIONS: &str = "shared: { x: 0 }
executors: { pool: { workers: 4 }, procs: { workers: 2, kind: process, ipc_cost: 50us } }
locks: { m: {}, am: { asyncio: true } }
queues: { q: {}, aq: { asyncio: true } }";

/// A scenario with the declarations, a spawned thread task `job(url)` on `pool`, a spawned coroutine
/// `co`, and the task `t` (of `kind`) whose ops are `ops`.
fn scenario(kind: &str, ops: &str) -> String {
    format!(
        "name: t\n{DECLARATIONS}\ntasks:\n  t:\n    kind: {kind}\n    ops: {ops}\n  job: {{ start: spawned, executor: pool, ops: [ {{ io: 1ms }}, {{ return: \"7\" }} ] }}\n  co: {{ start: spawned, kind: coroutine, ops: [ {{ await: 1ms }} ] }}\n"
    )
}

fn load(kind: &str, ops: &str) -> scenarios::Scenario {
    scenarios::load_str("t.yaml", &scenario(kind, ops)).unwrap_or_else(|e| panic!("{}", e.render(false)))
}

/// The program of task `t`, one step a line, in the words of traces.
fn program(kind: &str, ops: &str) -> String {
    common::listing(&load(kind, ops))
}

fn check(kind: &str, ops: &str, expect: &str) {
    assert_eq!(program(kind, ops), expect, "ops: {ops}");
}

#[test]
fn futures_steps_lower_to_one_step_each() {
    check(
        "thread",
        r#"[ { submit: { task: job, args: { url: "x + 1" }, into: f } }, { result: { future: f, into: y } }, { cancel: f } ]"#,
        "0: read x\n1: submit job\n2: result f\n3: cancel f",
    );
    check(
        "coroutine",
        r#"[ { submit: { task: co, into: t1 } }, { await: { future: t1, timeout: 2s, into: ok } }, { await: 5ms } ]"#,
        "0: submit co\n1: await t1 timeout 2s\n2: await 5ms",
    );
    // `asyncio.wait_for(asyncio.shield(t1), 2)`: a coroutine's `result` with a time-out, no cancel.
    check(
        "coroutine",
        r#"[ { submit: { task: co, into: t1 } }, { result: { future: t1, timeout: 2s, into_ok: ok } } ]"#,
        "0: submit co\n1: result t1",
    );
    check(
        "thread",
        r#"[ { submit: { task: job, into: f } }, { result: { future: f, timeout: 1s, into_ok: ok } } ]"#,
        "0: submit job\n1: result f",
    );
}

#[test]
fn a_local_array_is_one_step_and_its_elements_are_read_without_steps() {
    check(
        "thread",
        r#"[ { let: "fs = array(3)" }, { submit: { task: job, into: "fs[x]" } }, { let: "y = fs[2] + len(fs)" } ]"#,
        "0: compute fs[1] = 0\n1: compute fs[2] = 0\n2: let fs[0] = 0\n3: read x\n4: submit job\n5: let y = fs[2] + len(fs)",
    );
    // An element set by `let`, from a future made before (the Python import's `wait([f, g])`).
    check(
        "thread",
        r#"[ { submit: { task: job, into: f } }, { let: "fs = array(2)" }, { let: "fs[1] = f" } ]"#,
        "0: submit job\n1: compute fs[1] = 0\n2: let fs[0] = 0\n3: let fs[1] = f",
    );
}

#[test]
fn instances_get_a_slot_each_named_after_their_number() {
    let loaded =
        load("thread", r#"[ { repeat: { times: 3, ops: [ { submit: { task: job, args: { url: "i" } } } ] } } ]"#);
    let model = &loaded.model;
    let names: Vec<&str> = model.tasks.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["t", "job#1", "co", "job#2", "job#3"]);
    let job = &model.futures.instances[0];
    assert_eq!((job.name.as_str(), job.slots.len(), job.parameters.clone()), ("job", 3, vec!["url".to_string()]));
    // Every slot of `job` runs on `pool`; `co` was never submitted, so it has one slot.
    let on_pool: Vec<usize> = model.futures.task_executors.iter().map(|(t, _)| t.index()).collect();
    assert_eq!(on_pool, [1, 3, 4]);
    // Unbounded: a submit inside a `while` gets the default number of slots.
    let loaded = load("thread", r#"[ { while: { cond: "x == 0", ops: [ { submit: { task: job } } ] } } ]"#);
    assert_eq!(loaded.model.futures.instances[0].slots.len() as u64, sim_core::limits::DEFAULT_INSTANCE_SLOTS);
}

#[test]
fn a_map_runs_each_copy_on_the_executor_and_a_process_pool_gives_each_a_process() {
    let text =
        format!("name: t\n{DECLARATIONS}\ntasks:\n  w: {{ executor: procs, count: 3, ops: [ {{ cpu: 1ms }} ] }}\n");
    let loaded = scenarios::load_str("t.yaml", &text).unwrap_or_else(|e| panic!("{}", e.render(false)));
    let model = &loaded.model;
    assert!(model.tasks.iter().all(|t| t.kind == TaskKind::Process));
    let processes: Vec<&str> = model.processes.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(processes, ["main", "w-0", "w-1", "w-2"]);
    assert_eq!(model.futures.task_executors.len(), 3);
    assert_eq!(model.futures.executors[1].ipc_cost_ns, 50_000);
}

#[test]
fn asyncio_primitives_are_recorded_and_files_without_part_two_print_as_before() {
    let loaded = load("coroutine", "[ { lock: am }, { unlock: am }, { get: { queue: aq, into: v } } ]");
    assert_eq!(loaded.model.futures.asyncio.locks.len(), 1);
    assert_eq!(loaded.model.futures.asyncio.queues.len(), 1);
    let plain = scenarios::load_str("p.yaml", "name: p\ntasks:\n  a: { ops: [ { cpu: 1ms } ] }\n").expect("loads");
    assert!(!format!("{:?}", plain.model).contains("futures"), "the fingerprint of old files must not move");
}

/// Loading fails with `expect`: line:column: message (help).
fn check_error(kind: &str, ops: &str, expect: &str) {
    MISMATCHES.check(&format!("ops: {ops}"), &scenario(kind, ops), expect);
}

fn check_file_error(text: &str, expect: &str) {
    MISMATCHES.check(&format!("file: {text}"), text, expect);
}

static MISMATCHES: common::Mismatches = common::Mismatches::new();

#[test]
fn every_visible_misuse_is_a_located_error() {
    check_error("thread", "[ { submit: { task: jb } } ]", "9:30: unknown task `jb` (did you mean `job`?)");
    check_error(
        "thread",
        "[ { submit: { task: t } } ]",
        "9:30: `t` starts on its own, so it cannot be submitted (give `t` the key `start: spawned`)",
    );
    check_error(
        "thread",
        "[ { submit: { task: job } }, { spawn: job } ]",
        "9:48: `job` is started by `submit`: each instance has a future (wait for an instance with `result: { future: f }`, stop one with `cancel: f`)",
    );
    check_error(
        "thread",
        "[ { submit: { task: job } }, { join: job } ]",
        "9:47: `job` is started by `submit`: each instance has a future (wait for an instance with `result: { future: f }`, stop one with `cancel: f`)",
    );
    check_error(
        "thread",
        "[ { submit: { task: job, into: \"fs[0]\" } } ]",
        "9:41: `fs` is not a local array (make one first with `let: \"fs = array(N)\"`)",
    );
    check_error(
        "thread",
        "[ { let: \"fs = array(0)\" } ]",
        "9:19: `array(N)` takes a whole number N from 1 to 4096 (the length of a local array is fixed when it is made, as in `array(8)`)",
    );
    check_error(
        "thread",
        "[ { let: \"fs = array(2)\" }, { let: \"y = fs\" } ]",
        "9:50: `fs` is a local array; read one element as `fs[i]` (`len(fs)` is its length)",
    );
    check_error(
        "thread",
        "[ { let: \"fs = array(2)\" }, { let: \"fs = array(3)\" } ]",
        "9:45: `fs` is already a local array of 2; give an array of 3 another name",
    );
    check_error(
        "thread",
        "[ { await: { future: f } } ]",
        "9:12: `await` is for coroutines (a thread waits for a future with `result: { future: f, timeout: D, into_ok: ok }`)",
    );
    check_error(
        "thread",
        "[ { submit: { task: job, into: f } }, { result: { future: f, into_ok: ok } } ]",
        "9:80: `into_ok` says whether a wait timed out; it needs `timeout` (add `timeout: D`, or leave `into_ok` out)",
    );
    check_error(
        "thread",
        "[ { lock: am } ]",
        "9:20: lock `am` is asyncio's own (`asyncio: true`); only coroutines may use it (a thread uses a threading lock: leave `asyncio:` out of its declaration)",
    );
    check_error(
        "thread",
        "[ { get: { queue: aq, into: v } } ]",
        "9:28: queue `aq` is asyncio's own (`asyncio: true`); only coroutines may use it (a thread uses a threading queue: leave `asyncio:` out of its declaration)",
    );
    check_error(
        "thread",
        "[ { atomic: [ { submit: { task: job } } ] } ]",
        "9:24: another task's start cannot be inside `atomic` (an `atomic` block runs as one step: nothing in it may block, wait or take time)",
    );
    check_error("thread", "[ { await: 5 } ]", "9:21: `5` has no unit; write it as `5ms`, `5us`, `5ns` or `5s`");
    check_file_error(
        "name: t\nexecutors: { p: { workers: 0 } }\ntasks:\n  a: { ops: [ yield ] }\n",
        "2:28: `workers` is from 1 to 1024",
    );
    check_file_error(
        "name: t\nexecutors: { p: { workers: 2, kind: coroutine } }\ntasks:\n  a: { ops: [ yield ] }\n",
        "2:37: an executor's workers are threads, processes or interpreters (coroutines run on an event loop: give the task `kind: coroutine` and `loop:`)",
    );
    check_file_error(
        "name: t\nexecutors: { p: { workers: 2 } }\ntasks:\n  a: { executor: q, ops: [ yield ] }\n",
        "4:18: unknown executor `q` (did you mean `p`?)",
    );
    check_file_error(
        "name: t\nexecutors: { p: { workers: 2 } }\ntasks:\n  a: { executor: p, kind: process, ops: [ yield ] }\n",
        "4:27: executor `p` runs its jobs on thread workers, not as process (the executor decides what its workers are: leave `kind:` out)",
    );
    check_file_error(
        "name: t\ntasks:\n  a: { start: spawned, count: 2, ops: [ yield ] }\n  b: { ops: [ { submit: { task: a } } ] }\n",
        "4:33: `a` has `count`, so it is a map that starts on its own (submit a task without `count`; `submit` in a `repeat` makes as many instances)",
    );
    check_file_error(
        "name: t\ntasks:\n  a: { start: spawned, ops: [ yield ] }\n  b: { after: [a], ops: [ { submit: { task: a } } ] }\n",
        "4:16: `a` is started by `submit`: each instance has a future (wait for an instance with `result: { future: f }`, stop one with `cancel: f`)",
    );
    MISMATCHES.assert_none();
}
