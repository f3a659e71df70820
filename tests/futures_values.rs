//! Futures as values (format 1.1, part two): `submit` with `args`, `return`, `result` (with `timeout` and
//! `into_ok`), `cancel` as Python's, local arrays of futures, instances named `T#1`, `T#2`... Each program
//! has a known outcome and makespan under a timed policy; exploration agrees with brute-force enumeration
//! of every interleaving on small generated programs with futures.

use crate::common;
use crate::support;

use common::{MS, load, round_robin_summary, run};
use sim_core::Simulator;
use sim_core::engine::ExploreConfig;
use support::enumerate::{OutcomeKey, enumerate};
use support::programs::Rng;

fn check(yaml: &str, expect: &str) {
    assert_eq!(round_robin_summary(yaml), expect, "\n{yaml}");
}

const POOL_OF_TWO: &str = "name: t\nmachine: { cores: 2 }\nexecutors: { pool: { workers: 2 } }\nshared: { total: 0 }
tasks:
  fetch: { start: spawned, executor: pool, ops: [ { io: 100ms }, { return: \"url * 2\" } ] }
  main:
    ops:
      - let: \"fs = array(4)\"
      - repeat: { times: 4, ops: [ { submit: { task: fetch, args: { url: \"i\" }, into: \"fs[i]\" } } ] }
      - repeat: { times: 4, ops: [ { result: { future: \"fs[i]\", into: v } }, { set: \"total = total + v\" } ] }
";

#[test]
fn submit_and_result_carry_arguments_and_return_values() {
    // Two workers over four jobs of 100ms: two rounds; the results 0 + 2 + 4 + 6.
    check(POOL_OF_TWO, "ok total=12 | 200ms");
    // Without an executor each instance is a new thread: one round.
    check(&POOL_OF_TWO.replace("executor: pool, ", ""), "ok total=12 | 100ms");
}

#[test]
fn instances_are_named_in_reports_and_traces() {
    let (report, trace) = run(&load(POOL_OF_TWO), "round-robin", 0);
    let names: Vec<&str> = report.tasks.keys().map(String::as_str).collect();
    assert_eq!(names, ["fetch#1", "main", "fetch#2", "fetch#3", "fetch#4"]);
    assert!(trace.iter().any(|line| line.contains("submit fetch -> fetch#3")), "{trace:#?}");
    assert!(trace.iter().any(|line| line.contains("result fs[i] -> 6")), "{trace:#?}");
    // Slots a run never submits are left out of its report.
    let once = "name: t\ntasks:\n  job: { start: spawned, ops: [ { io: 1ms } ] }
  main: { ops: [ { repeat: { times: 3, ops: [ { if: { cond: \"i == 0\", then: [ { submit: { task: job } } ] } } ] } } ] }\n";
    let (report, _) = run(&load(once), "round-robin", 0);
    assert_eq!(report.tasks.keys().map(String::as_str).collect::<Vec<_>>(), ["job#1", "main"]);
}

const SLOW_JOB: &str = "name: t\nshared: { ok: 9, v: 9 }
tasks:
  job: { start: spawned, ops: [ { io: 100ms }, { return: 7 } ] }
  main: { ops: [ { submit: { task: job, into: f } }, RESULT ] }
";

#[test]
fn result_with_a_timeout_gives_up_at_its_virtual_time() {
    let with = |result: &str| SLOW_JOB.replace("RESULT", result);
    // Gives up after 10ms (ok = 0); the job still runs to its end.
    check(
        &with("{ result: { future: f, timeout: 10ms, into_ok: got, into: got_v } }, { set: \"ok = got\" }"),
        "ok ok=0 v=9 | 100ms",
    );
    // Long enough: the value and ok = 1, as soon as the job has finished.
    check(
        &with(
            "{ result: { future: f, timeout: 1s, into_ok: got, into: r } }, { set: \"ok = got\" }, { set: \"v = r\" }",
        ),
        "ok ok=1 v=7 | 100ms",
    );
    // Without `into_ok` a time-out is Python's TimeoutError.
    check(
        &with("{ result: { future: f, timeout: 10ms } }"),
        "fault ok=9 v=9 | 10ms | TimeoutError: `job#1` had not finished when the time-out ran out",
    );
    // `timeout: 0ns` does not wait.
    check(&with("{ result: { future: f, timeout: 0ns, into_ok: got } }, { set: \"ok = got\" }"), "ok ok=0 v=9 | 100ms");
}

const ONE_WORKER: &str = "name: t\nexecutors: { pool: { workers: 1 } }\nshared: { ran: 0, ok: 9 }
tasks:
  job: { start: spawned, executor: pool, ops: [ { io: 100ms }, { set: \"ran = ran + 1\" }, { return: 5 } ] }
  main:
    ops:
      - submit: { task: job, into: a }
      - submit: { task: job, into: b }
      - CANCEL
      - RESULT
";

#[test]
fn cancel_stops_a_queued_job_and_never_a_running_thread() {
    let with = |cancel: &str, result: &str| ONE_WORKER.replace("CANCEL", cancel).replace("RESULT", result);
    // The second job waits for the only worker: cancelled, it never runs; its result says so.
    check(
        &with("cancel: b", "result: { future: b, timeout: 1s, into_ok: got }\n      - set: \"ok = got\""),
        "ok ran=1 ok=0 | 100ms",
    );
    check(
        &with("cancel: b", "result: { future: b }"),
        "fault ran=0 ok=9 | 0ms | CancelledError: `job#2` was cancelled",
    );
    // The first one is running: cancel does nothing, both run and the result is its value.
    check(&with("cancel: a", "result: { future: a, into: v }\n      - set: \"ok = v\""), "ok ran=2 ok=5 | 200ms");
    let (report, _) = run(&load(&with("cancel: b", "yield")), "round-robin", 0);
    assert_eq!(report.tasks["job#2"].state, "cancelled");
    assert_eq!(report.tasks["job#1"].state, "finished");
}

#[test]
fn cancel_gives_what_python_cancel_returns() {
    let with = |cancel: &str| {
        ONE_WORKER.replace("CANCEL", cancel).replace("RESULT", "yield\n      - set: \"ok = first * 10 + second\"")
    };
    // A queued job: cancelled (True), and a second `cancel()` of it is True again, as Future's is.
    check(
        &with("cancel: { future: b, into: first }\n      - cancel: { future: b, into: second }"),
        "ok ran=1 ok=11 | 100ms",
    );
    // A running job cannot be cancelled (False), nor a finished one.
    check(
        &with(
            "cancel: { future: a, into: first }\n      - result: { future: b }\n      - cancel: { future: a, into: second }",
        ),
        "ok ran=2 ok=0 | 200ms",
    );
}

#[test]
fn a_task_waiting_on_a_future_that_waits_on_it_deadlocks() {
    let yaml = "name: t\nshared: { fb: 0 }
tasks:
  a: { start: spawned, ops: [ { io: 1ms }, { let: \"x = fb\" }, { result: { future: x } } ] }
  b: { start: spawned, ops: [ { result: { future: other } } ] }
  main:
    ops:
      - submit: { task: a, into: fa }
      - submit: { task: b, args: { other: fa }, into: f }
      - set: \"fb = f\"
";
    let (report, _) = run(&load(yaml), "round-robin", 0);
    assert_eq!(report.status.as_str(), "deadlock");
    let deadlock = report.deadlock.expect("a deadlock report");
    assert_eq!(deadlock.cycle, ["a#1", "b#1"]);
    let waits: Vec<String> = deadlock.waits.iter().map(|w| format!("{}: {}", w.task, w.waits_for)).collect();
    assert_eq!(waits, ["a#1: the result of b#1", "b#1: the result of a#1"]);
}

#[test]
fn misuse_is_a_python_exception() {
    let one = |ops: &str| {
        format!("name: t\ntasks:\n  job: {{ start: spawned, ops: [ {{ io: 1ms }} ] }}\n  main: {{ ops: [ {ops} ] }}\n")
    };
    check(
        &one("{ result: { future: \"5\" } }"),
        "fault  | 0ms | AttributeError: 5 is not a future (a `submit` puts one in its `into`)",
    );
    check(
        &one("{ let: \"fs = array(2)\" }, { submit: { task: job, into: \"fs[2]\" } }"),
        "fault  | 0ms | IndexError: index 2 is out of range for local array `fs` of length 2",
    );
    check(
        &one("{ let: \"fs = array(2)\" }, { let: \"fs[-3] = 1\" }"),
        "fault  | 0ms | IndexError: index -3 is out of range for local array `fs` of length 2",
    );
    check(
        &one(
            "{ let: \"k = 0\" }, { while: { cond: \"k < 65\", ops: [ { submit: { task: job } }, { let: \"k = k + 1\" } ] } }",
        ),
        "fault  | 0ms | `job` was submitted more than 64 times, the instances the file can reach (a `submit` in a \
         `while` or in a submitted task gets 64)",
    );
}

const COROUTINES: &str = "name: t\nshared: { total: 0 }
tasks:
  page: { kind: coroutine, start: spawned, ops: [ { await: 100ms }, { return: \"n + 1\" } ] }
  main:
    kind: coroutine
    ops:
      - let: \"ts = array(3)\"
      - repeat: { times: 3, ops: [ { submit: { task: page, args: { n: \"i\" }, into: \"ts[i]\" } } ] }
      - repeat: { times: 3, ops: [ { result: { future: \"ts[i]\", into: v } }, { set: \"total = total + v\" } ] }
";

#[test]
fn create_task_and_await_of_tasks_gather_their_results() {
    // asyncio.gather of three pages of 100ms: they wait together.
    check(COROUTINES, "ok total=6 | 100ms");
    // run_coroutine_threadsafe: a thread submits to the loop and blocks on the result.
    let bridge = COROUTINES.replace("  main:\n    kind: coroutine\n", "  main:\n");
    check(&bridge, "ok total=6 | 100ms");
}

const WAIT_FOR: &str = "name: t\nshared: { done: 0, ok: 9 }
tasks:
  job: { kind: coroutine, start: spawned, ops: [ { await: SLEEP }, { set: \"done = 1\" }, { return: 3 } ] }
  main: { kind: coroutine, ops: [ { submit: { task: job, into: f } }, { await: { future: f, timeout: 100ms, into: got } }, { set: \"ok = got\" } ] }
";

#[test]
fn wait_for_cancels_its_task_when_it_times_out() {
    // The job sleeps 1s: wait_for gives up at 100ms and the job ends there, never setting `done`.
    check(&WAIT_FOR.replace("SLEEP", "1s"), "ok done=0 ok=0 | 100ms");
    let (report, trace) = run(&load(&WAIT_FOR.replace("SLEEP", "1s")), "round-robin", 0);
    assert_eq!(report.tasks["job#1"].state, "cancelled");
    assert!(trace.iter().any(|line| line.contains("job#1") && line.ends_with("cancelled")), "{trace:#?}");
    // In time: ok = 1 when the job finishes.
    check(&WAIT_FOR.replace("SLEEP", "10ms"), "ok done=1 ok=1 | 10ms");
    // Without `into` a time-out is TimeoutError (and the task is cancelled all the same).
    check(
        &WAIT_FOR.replace("SLEEP", "1s").replace(", into: got } }, { set: \"ok = got\" }", " } }"),
        "fault done=0 ok=9 | 100ms | TimeoutError: `job#1` had not finished when the time-out ran out",
    );
}

#[test]
fn a_coroutines_result_with_a_timeout_gives_up_without_cancelling() {
    // `asyncio.wait_for(asyncio.shield(task), 0.1)`: main gives up at 100ms, the job runs on to 1s.
    let shielded = WAIT_FOR.replace("SLEEP", "1s").replace(
        "await: { future: f, timeout: 100ms, into: got }",
        "result: { future: f, timeout: 100ms, into_ok: got }",
    );
    check(&shielded, "ok done=1 ok=0 | 1000ms");
    let (report, _) = run(&load(&shielded), "round-robin", 0);
    assert_eq!(report.tasks["job#1"].state, "finished");
}

#[test]
fn a_coroutine_cancelled_in_its_last_await_ends_cancelled() {
    // The job's last step is the `await` it is cancelled in: it is `cancelled` (Python raises
    // CancelledError there), not `finished`, and awaiting it is CancelledError.
    let last = "name: t\nshared: { ok: 9 }
tasks:
  job: { kind: coroutine, start: spawned, ops: [ { await: 1s } ] }
  main: { kind: coroutine, ops: [ { submit: { task: job, into: f } }, { await: { future: f, timeout: 100ms, into: got } }, { set: \"ok = got\" }, RESULT ] }
";
    // Timed policies: under exploring ones `wait_for` gives up only when nothing else can move, and
    // the job's `await` always can.
    for policy_name in ["round-robin", "fifo"] {
        let (report, trace) = run(&load(&last.replace("RESULT", "yield")), policy_name, 0);
        assert_eq!(report.tasks["job#1"].state, "cancelled", "{policy_name}: {trace:#?}");
        assert!(trace.iter().any(|line| line.contains("job#1") && line.ends_with("cancelled")), "{trace:#?}");
    }
    check(&last.replace("RESULT", "yield"), "ok ok=0 | 100ms");
    check(
        &last.replace("RESULT", "{ result: { future: f } }"),
        "fault ok=0 | 100ms | CancelledError: `job#1` was cancelled",
    );
    // A thread cancels it while it sleeps in its last `await`.
    let by_thread = "name: t
tasks:
  job: { kind: coroutine, start: spawned, ops: [ { await: 1s } ] }
  main: { ops: [ { submit: { task: job, into: f } }, { io: 10ms }, { cancel: f } ] }
";
    let (report, _) = run(&load(by_thread), "round-robin", 0);
    assert_eq!(report.tasks["job#1"].state, "cancelled");
}

#[test]
fn a_cancelled_coroutine_ends_where_it_is_suspended_or_at_its_next_await() {
    let sleeping = "name: t\nshared: { done: 0 }
tasks:
  job: { kind: coroutine, start: spawned, ops: [ { await: 1s }, { set: \"done = 1\" } ] }
  main: { kind: coroutine, ops: [ { submit: { task: job, into: f } }, { await: 10ms }, { cancel: f }, RESULT ] }
";
    // Sleeping in its `await`: it ends at once (10ms, not 1s).
    check(&sleeping.replace("RESULT", "yield"), "ok done=0 | 10ms");
    // `await task` of it is CancelledError.
    check(
        &sleeping.replace("RESULT", "{ result: { future: f } }"),
        "fault done=0 | 10ms | CancelledError: `job#1` was cancelled",
    );
    // Running (a thread cancels it in the middle of its `cpu`): it goes on to its next `await` and ends there.
    let running = "name: t\nshared: { x: 0 }
tasks:
  job: { kind: coroutine, start: spawned, ops: [ { cpu: 50ms }, { set: \"x = 1\" }, { await: 0ns }, { set: \"x = 2\" } ] }
  main: { ops: [ { submit: { task: job, into: f } }, { io: 5ms }, { cancel: f } ] }
";
    let summary = round_robin_summary(running);
    assert!(summary.starts_with("ok x=1 | 50ms"), "{summary}");
}

const CRAWLER: &str = "name: t\nmachine: { cores: 2 }\nshared: { total: 0 }
tasks:
  page: { kind: coroutine, start: spawned, ops: [ { await: 100ms }, { return: 1 } ] }
  parse: { start: spawned, ops: [ { io: 300ms }, { return: 10 } ] }
  main:
    kind: coroutine
    ops:
      - let: \"ts = array(4)\"
      - repeat: { times: 4, ops: [ { submit: { task: page, into: \"ts[i]\" } } ] }
      - BLOCKING
      - repeat: { times: 4, ops: [ { result: { future: \"ts[i]\", into: v } }, { set: \"total = total + v\" } ] }
";

#[test]
fn to_thread_runs_a_blocking_call_on_the_loops_default_executor() {
    // A blocking call in the coroutine stalls the loop: the pages wait 300ms, then 100ms more.
    check(&CRAWLER.replace("BLOCKING", "io: 300ms"), "ok total=4 | 400ms");
    // asyncio.to_thread: the call runs on a worker thread; the pages go on meanwhile.
    let fixed = CRAWLER.replace(
        "BLOCKING",
        "submit: { task: parse, into: p }\n      - result: { future: p, into: r }\n      - set: \"total = total + r\"",
    );
    check(&fixed, "ok total=14 | 300ms");
}

/// `workers` jobs of 100ms of `io` each, sent to the default executor by a coroutine.
fn default_executor_makespan_ms(cores: u32, jobs: u32) -> u64 {
    let yaml = format!(
        "name: t\nmachine: {{ cores: {cores} }}
tasks:
  call: {{ start: spawned, ops: [ {{ io: 100ms }} ] }}
  main: {{ kind: coroutine, ops: [ {{ let: \"fs = array({jobs})\" }}, {{ repeat: {{ times: {jobs}, ops: [ {{ submit: {{ task: call, into: \"fs[i]\" }} }} ] }} }}, {{ repeat: {{ times: {jobs}, ops: [ {{ result: {{ future: \"fs[i]\" }} }} ] }} }} ] }}
"
    );
    let (report, _) = run(&load(&yaml), "round-robin", 0);
    assert_eq!(report.status.as_str(), "ok");
    report.metrics.makespan_ns / MS
}

#[test]
fn the_default_executor_has_cores_plus_four_workers() {
    // 2 cores: 6 workers. Six calls take one round, seven take two.
    assert_eq!(default_executor_makespan_ms(2, 6), 100);
    assert_eq!(default_executor_makespan_ms(2, 7), 200);
    // 64 cores: at most 32 workers.
    assert_eq!(default_executor_makespan_ms(64, 32), 100);
    assert_eq!(default_executor_makespan_ms(64, 33), 200);
}

const RISKY_JOBS: &str = "name: t\nexecutors: { pool: { workers: 2 } }\nshared: { errors: 0, total: 0 }
tasks:
  risky: { start: spawned, executor: pool, ops: [ { io: 10ms }, { if: { cond: \"n == 1\", then: [ { raise: RAISED } ] } }, { return: \"n\" } ] }
  main:
    ops:
      - let: \"fs = array(3)\"
      - repeat: { times: 3, ops: [ { submit: { task: risky, args: { n: \"i\" }, into: \"fs[i]\" } } ] }
      - repeat: { times: 3, ops: [ RESULT, { if: { cond: \"ok\", then: [ { set: \"total = total + v\" } ], else: [ { set: \"errors = errors + 1\" } ] } } ] }
";

#[test]
fn a_job_that_raises_ends_and_its_result_raises_again() {
    let with = |raised: &str, result: &str| RISKY_JOBS.replace("RAISED", raised).replace("RESULT", result);
    let caught = |class: &str| format!("{{ result: {{ future: \"fs[i]\", into: v, into_ok: ok, catches: {class} }} }}");
    // `except ValueError:` around `f.result()`: the second job's exception is caught, its handler runs.
    check(&with("ValueError", &caught("ValueError")), "ok errors=1 total=2 | 20ms");
    // `except Exception:` catches every class a `raise` names.
    check(&with("KeyError", &caught("Exception")), "ok errors=1 total=2 | 20ms");
    // A handler for another class does not catch it: it goes on in main, uncaught.
    check(
        &with("KeyError", &caught("ValueError")),
        "fault errors=0 total=0 | 10ms | KeyError: raised by `risky#2`, raised again by `result` and not caught",
    );
    // Without a handler `result` raises it again.
    check(
        &with("ValueError", "{ result: { future: \"fs[i]\", into: v } }, { let: \"ok = 1\" }"),
        "fault errors=0 total=0 | 10ms | ValueError: raised by `risky#2`, raised again by `result` and not caught",
    );
}

#[test]
fn a_raise_outside_a_job_is_uncaught_and_releases_its_with_lock() {
    let thread = "name: t\nlocks: [l]\nshared: { x: 0 }
tasks:
  worker: { ops: [ { with: { lock: l, ops: [ { set: \"x = 1\" }, { raise: RuntimeError } ] } } ] }
";
    check(thread, "fault x=1 | 0ms | RuntimeError: raised and not caught");
    // A job raising inside `with` leaves the lock free, as Python's `with` does on the way out.
    let job = "name: t\nlocks: [l]\nshared: { x: 0 }
tasks:
  job: { start: spawned, ops: [ { with: { lock: l, ops: [ { raise: ValueError } ] } } ] }
  main:
    ops:
      - submit: { task: job, into: f }
      - result: { future: f, into_ok: ok, catches: ValueError }
      - with: { lock: l, ops: [ { set: \"x = 10 + ok\" } ] }
";
    check(job, "ok x=10 | 0ms");
}

#[test]
fn catches_needs_into_ok() {
    let yaml = SLOW_JOB.replace("RESULT", "{ result: { future: f, catches: ValueError } }");
    let Err(error) = scenarios::load_str("t.yaml", &yaml) else { panic!("`catches` without `into_ok` loaded") };
    let error = error.render(false);
    assert!(error.contains("`catches` says which exception"), "{error}");
}

/// Every outcome explore finds, under `policy` (exploration is exhaustive here).
fn explored(yaml: &str) -> Vec<OutcomeKey> {
    let scenario = load(yaml);
    let result = Simulator::new(&scenario.model).explore(&ExploreConfig {
        max_schedules: 100_000,
        preemption_bound: None,
        max_steps: 300,
    });
    assert!(result.complete, "{yaml}");
    sorted(result.outcomes.iter().map(|o| (o.status, o.shared.clone())).collect())
}

fn sorted(mut keys: Vec<OutcomeKey>) -> Vec<OutcomeKey> {
    keys.sort();
    keys.dedup();
    keys
}

/// A small program: `main` submits two jobs that race on `x` (or not, behind a lock), may cancel one and
/// collects results. Odd seeds make the jobs coroutines (`create_task`, `await`, `wait_for`, cancellation
/// at an `await`), even ones threads (on a one-worker pool or not).
fn futures_program(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    if seed % 2 == 1 {
        return coroutine_program(&mut rng);
    }
    let executor = *rng.pick(&["", "executor: pool, "]);
    let job_ops = *rng.pick(&[
        "{ set: \"x = x + n\" }, { return: \"n\" }",
        "{ with: { lock: l, ops: [ { set: \"x = x + n\" } ] } }, { return: \"x\" }",
        "{ let: \"v = x\" }, { set: \"y = v\" }, { return: \"v + n\" }",
    ]);
    let middle = *rng.pick(&["{ set: \"x = 10\" }", "{ cancel: b }", "{ yield }", "{ let: \"k = y\" }"]);
    let collect = *rng.pick(&[
        "{ result: { future: a, into: r } }, { set: \"y = y + r\" }",
        "{ result: { future: b, timeout: 1s, into_ok: ok, into: r } }, { set: \"y = ok * 100 + r\" }",
        "{ result: { future: a } }, { result: { future: b, timeout: 1s, into_ok: ok } }, { set: \"x = x + ok\" }",
    ]);
    two_jobs(executor, job_ops, &format!("{middle}, {collect}"))
}

/// `main` submits `job` twice (`n` 1 and 2, futures `a` and `b`), then runs `then`.
fn two_jobs(executor: &str, job_ops: &str, then: &str) -> String {
    format!(
        "name: generated\nshared: {{ x: 0, y: 0 }}\nlocks: [l]\nexecutors: {{ pool: {{ workers: 1 }} }}
tasks:
  job: {{ start: spawned, {executor}ops: [ {job_ops} ] }}
  main: {{ ops: [ {{ submit: {{ task: job, args: {{ n: 1 }}, into: a }} }}, {{ submit: {{ task: job, args: {{ n: 2 }}, into: b }} }}, {then} ] }}
"
    )
}

fn coroutine_program(rng: &mut Rng) -> String {
    let main_kind = *rng.pick(&["kind: coroutine, ", ""]);
    let middle = *rng.pick(&["{ cancel: b }", "{ set: \"x = 10\" }", "{ yield }"]);
    let collect = if main_kind.is_empty() {
        *rng.pick(&[
            "{ result: { future: a, into: r } }, { set: \"y = y + r\" }",
            "{ result: { future: b, timeout: 1s, into_ok: ok } }, { set: \"x = x + ok * 10\" }",
        ])
    } else {
        *rng.pick(&[
            "{ result: { future: a, into: r } }, { set: \"y = y + r\" }",
            "{ await: { future: b, timeout: 1s, into: ok } }, { set: \"x = x + ok * 10\" }",
            "{ await: { future: a, timeout: 1s, into: ok } }, { result: { future: b, into: r } }, { set: \"y = r\" }",
            "{ result: { future: b, timeout: 1s, into_ok: ok } }, { set: \"x = x + ok * 10\" }",
        ])
    };
    format!(
        "name: generated\nshared: {{ x: 0, y: 0 }}
tasks:
  job: {{ kind: coroutine, start: spawned, ops: [ {{ set: \"x = x + n\" }}, {{ await: 0ns }}, {{ set: \"y = y + n\" }}, {{ return: \"n\" }} ] }}
  main: {{ {main_kind}ops: [ {{ submit: {{ task: job, args: {{ n: 1 }}, into: a }} }}, {{ submit: {{ task: job, args: {{ n: 2 }}, into: b }} }}, {middle}, {collect} ] }}
"
    )
}

#[test]
fn explore_agrees_with_brute_force_on_futures() {
    let mut compared = 0;
    for seed in 0..24 {
        let yaml = futures_program(seed);
        let scenario = load(&yaml);
        let all = enumerate(&scenario.model, 20_000, 300);
        if !all.complete || all.hit_step_limit {
            continue;
        }
        compared += 1;
        let found = explored(&yaml);
        let reachable = sorted(all.within(None));
        assert_eq!(found, reachable, "seed {seed}\n{yaml}");
    }
    assert!(compared >= 16, "only {compared} of 24 programs were small enough to enumerate");
}

/// A small program whose jobs may raise: two jobs race on `x`, one raises depending on what it read,
/// and `main` catches it (or a handler for another class does not).
fn raising_program(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let executor = *rng.pick(&["", "executor: pool, "]);
    let raise_when = *rng.pick(&["n == 2", "v > 0", "v == 0"]);
    let class = *rng.pick(&["ValueError", "KeyError"]);
    let handler = *rng.pick(&["ValueError", "Exception", "KeyError"]);
    let collect = *rng.pick(&[
        "{ result: { future: a, into_ok: ok, catches: HANDLER } }, { set: \"y = y + ok\" }, { result: { future: b, into_ok: ok2, catches: HANDLER } }, { set: \"y = y + 10 * ok2\" }",
        "{ result: { future: b, into: r } }, { set: \"y = r\" }",
        "{ result: { future: b, timeout: 1s, into_ok: ok, catches: HANDLER } }, { set: \"y = ok\" }",
    ]);
    let job_ops = format!(
        "{{ let: \"v = x\" }}, {{ if: {{ cond: \"{raise_when}\", then: [ {{ raise: {class} }} ] }} }}, {{ set: \"x = v + n\" }}, {{ return: \"n\" }}"
    );
    two_jobs(executor, &job_ops, &collect.replace("HANDLER", handler))
}

#[test]
fn explore_agrees_with_brute_force_on_raised_exceptions() {
    let mut compared = 0;
    for seed in 0..12 {
        let yaml = raising_program(seed);
        let all = enumerate(&load(&yaml).model, 20_000, 300);
        if !all.complete || all.hit_step_limit {
            continue;
        }
        compared += 1;
        assert_eq!(explored(&yaml), sorted(all.within(None)), "seed {seed}\n{yaml}");
    }
    assert!(compared >= 10, "only {compared} of 12 programs were small enough to enumerate");
}

#[test]
fn the_asyncio_example_of_the_format_page_runs_as_it_says() {
    let page = include_str!("../docs/format.md");
    let start = page.find("name: asyncio-tour").expect("the asyncio example in docs/format.md");
    let yaml = &page[start..start + page[start..].find("```").expect("the end of the example")];
    check(yaml, "ok pages=3 total=30 parsed=7 slow_ok=0 | 303ms");
    let (report, _) = run(&load(yaml), "round-robin", 0);
    assert_eq!(report.tasks["slow#1"].state, "cancelled");
}

/// `job` awaits `download` (WAIT) when `main` cancels it; `download` catches CancelledError, sets
/// `stopped` and ends with HANDLER_END.
const CANCEL_AN_AWAITER: &str = "name: t\nshared: { stopped: 0, after: 0, got: 9 }
tasks:
  download:
    kind: coroutine
    start: spawned
    ops:
      - try:
          do: [ { await: 1s }, { return: 1 } ]
          except: [ { classes: [CancelledError], do: [ { set: \"stopped = 1\" }, HANDLER_END ] } ]
  job: { kind: coroutine, start: spawned, ops: [ { submit: { task: download, into: d } }, WAIT, { set: \"after = 1\" } ] }
  main:
    kind: coroutine
    ops:
      - submit: { task: job, into: j }
      - await: 5ms
      - cancel: j
      - await: { future: j, timeout: 10s, into: ended }
      - set: \"got = ended\"
";

/// Session 17: a cancel of a coroutine that awaits another coroutine task goes on to that task, as
/// CPython's `Task.cancel()` cancels the future its task waits on (before, the awaited task ran on).
#[test]
fn a_cancel_of_an_awaiting_coroutine_goes_on_to_the_task_it_awaits() {
    let with =
        |wait: &str, handler_end: &str| CANCEL_AN_AWAITER.replace("WAIT", wait).replace("HANDLER_END", handler_end);
    // `await download_task`: download is cancelled, re-raises, and job ends cancelled with it (before
    // session 17 the CancelledError in job ended the run as a fault).
    check(&with("{ result: { future: d } }", "reraise"), "ok stopped=1 after=0 got=0 | 5ms");
    // download swallows its CancelledError and returns: job takes its value and goes on, uncancelled.
    check(&with("{ result: { future: d } }", "{ return: 7 }"), "ok stopped=1 after=1 got=1 | 5ms");
    // `await asyncio.wait_for(download(), 10)`: 3.11's wait_for cancels download, waits for it, and then
    // raises CancelledError however download ended.
    let wait_for = "{ await: { future: d, timeout: 10s, into: ok } }";
    check(&with(wait_for, "{ return: 7 }"), "ok stopped=1 after=0 got=0 | 5ms");
    check(&with(wait_for, "reraise"), "ok stopped=1 after=0 got=0 | 5ms");
    // With a time-out on the `result` (`wait_for(shield(task), t)`) the cancel stops job alone.
    check(
        &with("{ result: { future: d, timeout: 10s, into_ok: ok } }", "reraise"),
        "ok stopped=0 after=0 got=0 | 1000ms",
    );
}

/// One worker, two jobs: `main` waits for the first, then cancels the second. CPython's freed worker
/// takes the second job a moment after the first has ended and woken `main`, so the cancel may come
/// first (True: the job never runs) or after (False: it runs).
const CANCEL_AFTER_FIRST: &str = "name: t\nexecutors: { pool: { workers: 1 } }\nshared: { ran: 0, c: 9 }
tasks:
  job: { start: spawned, executor: pool, ops: [ { set: \"ran = ran + 1\" } ] }
  main:
    ops:
      - submit: { task: job, into: a }
      - submit: { task: job, into: b }
      - result: { future: a }
      - CANCEL
";

#[test]
fn a_freed_worker_takes_its_next_job_in_a_step_a_cancel_may_come_before() {
    let with = |cancel: &str| CANCEL_AFTER_FIRST.replace("CANCEL", cancel);
    let ok = |ran: i64, c: i64| (sim_core::outcome::Status::Ok, vec![ran, c]);
    // cancelled before the pick-up (c=1, one job ran) or after it (c=0, both ran), and every ordering
    // the brute-force enumerator finds.
    let yaml = with("cancel: { future: b, into: flag }\n      - set: \"c = flag\"");
    assert_eq!(explored(&yaml), [ok(1, 1), ok(2, 0)]);
    let all = enumerate(&load(&yaml).model, 20_000, 300);
    assert!(all.complete);
    assert_eq!(sorted(all.within(None)), [ok(1, 1), ok(2, 0)]);
    // Two workers, one idle: CPython's `submit` wakes it rather than start a thread, and a `cancel`
    // right after the `submit` comes before its pick-up (500 times in 500), or after it.
    let idle = CANCEL_AFTER_FIRST
        .replace("workers: 1", "workers: 2")
        .replace(
            "      - submit: { task: job, into: b }\n      - result: { future: a }\n",
            "      - result: { future: a }\n      - submit: { task: job, into: b }\n",
        )
        .replace("CANCEL", "cancel: { future: b, into: flag }\n      - set: \"c = flag\"");
    assert!(idle.contains("- result: { future: a }\n      - submit: { task: job, into: b }"), "{idle}");
    assert_eq!(explored(&idle), [ok(1, 1), ok(2, 0)]);
    // Without a cancel no step tells the pick-up from the start: none is taken, and the trace is as before.
    let (_, trace) = run(&load(&with("yield")), "round-robin", 0);
    assert!(!trace.iter().any(|line| line.contains("takes its job")), "{trace:#?}");
    // With one, the second job's trace shows its pick-up (here after `main` cancelled the first, which
    // had finished: False).
    let (_, trace) = run(&load(&with("cancel: a\n      - result: { future: b }")), "round-robin", 0);
    let picks_up = |line: &String| line.contains("job#2") && line.contains("takes its job from the pool's queue");
    assert!(trace.iter().any(picks_up), "{trace:#?}");
}
