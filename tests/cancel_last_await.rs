//! A coroutine cancelled while suspended in the `await` that is the last step of its program, inside a
//! `try` whose handler catches CancelledError (or a `finally`), runs the handler, as Python's task does
//! where it resumes (docs/exploration.md, "A cancel in a coroutine's last await"). Until session 29 it
//! ended cancelled without it: the engine raised CancelledError only where a resumed coroutine took a
//! next step (tests/regressions/cancel-at-last-await.yaml, found by s27futstate). Checked under the timed
//! policies, fuzzing, and `explore`, which must agree with the brute-force enumeration of every
//! interleaving, within preemption bounds too: the turn at which such a coroutine finishes after its
//! sleep is a turn of its own for both.

use crate::common;
use crate::support;

use common::load;
use sim_core::engine::{ExploreConfig, Reduction, SearchOptions};
use sim_core::{RunConfig, Simulator, Status, Timeouts, policy};
use support::enumerate::{assert_explore_agrees, enumerate, explore_disagreement};

const REGRESSION: &str = include_str!("regressions/cancel-at-last-await.yaml");

/// The shared values of every distinct outcome of `explore` (complete), as `name=value` lines.
fn explored(yaml: &str) -> Vec<String> {
    let scenario = load(yaml);
    let config = ExploreConfig { max_schedules: 10_000, preemption_bound: None, max_steps: 500 };
    let result = Simulator::new(&scenario.model).explore_with(&config, SearchOptions::default(), &mut |_| true);
    assert!(result.complete, "{yaml}");
    let mut lines: Vec<String> = result.outcomes.iter().map(|o| format!("{:?} {:?}", o.status, o.shared)).collect();
    lines.sort();
    lines.dedup();
    lines
}

/// The shared values (in model order) after one run of `yaml` under `policy_name` and `seed`.
fn run_once(yaml: &str, policy_name: &str, seed: u64) -> (Status, Vec<i64>) {
    let scenario = load(yaml);
    let mut simulator = Simulator::new(&scenario.model);
    let mut chosen = policy::by_name(policy_name).expect("a built-in policy");
    let outcome = simulator.run(chosen.as_mut(), &RunConfig { seed, ..RunConfig::default() });
    let mut shared = Vec::new();
    simulator.shared_values(&mut shared);
    (outcome.status, shared)
}

/// Every policy, timed and exploring (fuzzing seeds 0..50), ends `yaml` with `expected`.
fn every_run_ends_with(yaml: &str, expected: &[i64]) {
    for policy_name in ["round-robin", "fifo", "priority"] {
        assert_eq!(run_once(yaml, policy_name, 0), (Status::Ok, expected.to_vec()), "{policy_name}\n{yaml}");
    }
    for policy_name in ["random", "pct"] {
        for seed in 0..50 {
            assert_eq!(run_once(yaml, policy_name, seed), (Status::Ok, expected.to_vec()), "{policy_name} {seed}");
        }
    }
}

#[test]
fn a_coroutine_cancelled_in_its_last_await_runs_its_handler() {
    // caught = 1 under every policy and in every explored outcome (the time window orders the
    // worker's 1 s sleep after main's 10 ms one, as in Python).
    every_run_ends_with(REGRESSION, &[1]);
    assert_eq!(explored(REGRESSION), ["Ok [1]"]);
    // Without the window the clocks order nothing: the worker may also finish its sleep before the
    // cancel (caught = 0), but the handler's outcome is listed, and explore agrees with the enumeration.
    let unwindowed = REGRESSION.replace(", time_window: 1ms", "");
    assert_eq!(explored(&unwindowed), ["Ok [0]", "Ok [1]"]);
    let scenario = load(&unwindowed);
    assert_explore_agrees(&scenario.model, Timeouts::default(), &[Reduction::CachedStates], 2, "unwindowed");
}

/// A `finally` around the last `await` runs, and its re-raise ends the coroutine cancelled: the awaiter
/// catches CancelledError (`ended` 0, from `into_ok`). (Never broken: the `finally`'s steps follow the
/// `await` on the normal way out too, so the `await` is not the program's last step.)
const FINALLY: &str = "
name: cancel-last-finally
scheduler: { loop_order: fifo, time_window: 1ms }
shared: { caught: 0, ended: 5 }
tasks:
  main:
    kind: coroutine
    ops:
      - submit: { task: worker, into: task }
      - await: 10ms
      - cancel: task
      - result: { future: task, into_ok: ok, catches: BaseException }
      - set: \"ended = ok\"
  worker:
    kind: coroutine
    start: spawned
    ops:
      - try:
          do: [ { await: 1s } ]
          finally: [ { set: \"caught = 1\" } ]
";

#[test]
fn a_finally_around_the_last_await_runs_and_the_coroutine_ends_cancelled() {
    every_run_ends_with(FINALLY, &[1, 0]);
    assert_eq!(explored(FINALLY), ["Ok [1, 0]"]);
}

/// `except CancelledError: pass` (a handler with no step of its own) around an `asyncio.sleep(0)`:
/// `task.cancel()` finds the task asleep (True), the coroutine catches the error and returns normally,
/// so the awaiter gets its result (`ended` 1). Before the fix the task had finished as its sleep began
/// and `cancel()` said False.
const EMPTY_HANDLER: &str = "
name: cancel-last-empty-handler
scheduler: { loop_order: fifo }
shared: { ended: 5, cancelled: 5 }
tasks:
  main:
    kind: coroutine
    ops:
      - submit: { task: worker, into: task }
      - yield
      - cancel: { future: task, into: ok }
      - set: \"cancelled = ok\"
      - result: { future: task, into_ok: done, catches: BaseException }
      - set: \"ended = done\"
  worker:
    kind: coroutine
    start: spawned
    ops:
      - try:
          do: [ { await: 0ns } ]
          except:
            - classes: [CancelledError]
              do: []
";

#[test]
fn an_empty_handler_around_the_last_await_lets_the_coroutine_end_normally() {
    // main yields, the worker sleeps (0 s), main cancels it asleep: it catches the error and ends. The
    // loop's FIFO order leaves no other schedule.
    every_run_ends_with(EMPTY_HANDLER, &[1, 1]);
    assert_eq!(explored(EMPTY_HANDLER), ["Ok [1, 1]"]);
    let scenario = load(EMPTY_HANDLER);
    assert_explore_agrees(&scenario.model, Timeouts::default(), &[Reduction::CachedStates], 1, "empty handler");
}

/// A thread cancels a coroutine whose only step is an `await` inside a `try` that catches
/// CancelledError: before it starts (no handler yet: x = 100), or while it sleeps there (its handler
/// runs: 1000 or 1100). Before the fix the coroutine finished as its sleep began, and only 100 was
/// listed.
const THREAD_CANCELS_SLEEPER: &str = "
name: t
shared: { x: 0 }
tasks:
  job:
    kind: coroutine
    start: spawned
    ops:
      - try:
          do: [ { await: 0ns } ]
          except:
            - classes: [CancelledError]
              do: [ { set: \"x = 1000\" } ]
  main: { ops: [ { submit: { task: job, into: f } }, { cancel: f }, { set: \"x = x + 100\" } ] }
";

#[test]
fn explore_within_preemption_bounds_counts_the_finish_after_the_last_sleep_as_the_enumeration_does() {
    let scenario = load(THREAD_CANCELS_SLEEPER);
    let all = enumerate(&scenario.model, 5_000, 300);
    assert!(all.complete && !all.hit_step_limit);
    // The handler runs after two switches away from a task that could go on: to the job after main's
    // submit, and back to main while the job, asleep in its last step, could still take its turn to
    // finish; it then writes x after main's `x = x + 100` (1000), or, a third switch back to the job
    // after the cancel, before it (1100).
    let least: Vec<(i64, u32)> = all.outcomes.iter().map(|((_, shared), least)| (shared[0], *least)).collect();
    assert_eq!(least, [(100, 0), (1000, 2), (1100, 3)]);
    for bound in [None, Some(0), Some(1), Some(2)] {
        assert_eq!(explore_disagreement(&scenario.model, &all, SearchOptions::default(), bound, 300), None);
    }
}

/// The same with a job that reads and writes before and inside the `try` (the shape of
/// tests/futures_explore.rs): explore agrees with the enumeration, unbounded and within bounds.
const THREAD_CANCELS: &str = "
name: t
shared: { x: 0 }
tasks:
  job:
    kind: coroutine
    start: spawned
    ops:
      - { set: \"x = x + 1\" }
      - { await: 0ns }
      - try:
          do: [ { set: \"x = x + 10\" }, { await: 0ns } ]
          except:
            - classes: [CancelledError]
              do: [ { set: \"x = x + 1000\" } ]
  main: { ops: [ { submit: { task: job, into: f } }, { cancel: f }, { set: \"x = x + 100\" } ] }
";

#[test]
fn explore_agrees_with_the_enumeration_on_a_job_cancelled_anywhere() {
    let scenario = load(THREAD_CANCELS);
    let all = enumerate(&scenario.model, 5_000, 300);
    assert!(all.complete && !all.hit_step_limit);
    assert!(all.within(None).len() >= 5, "{:?}", all.within(None));
    for bound in [None, Some(0), Some(1), Some(2)] {
        assert_eq!(explore_disagreement(&scenario.model, &all, SearchOptions::default(), bound, 300), None);
    }
}

/// The last step a wait on a thread's job (`await loop.run_in_executor(...)`), cancelled by another
/// coroutine: the waiter is woken with CancelledError there and its handler runs. The job has a step
/// after its `io`: the exploring driver finishes a thread at the step that ends its program, so a job
/// ending in its `io` would be done, in the order of steps, 1 s early (docs/python.md, "Not yet").
const LAST_WAIT_ON_A_JOB: &str = "
name: cancel-last-wait
scheduler: { loop_order: fifo, time_window: 1ms }
shared: { caught: 0, done: 0 }
executors: { pool: { workers: 1 } }
tasks:
  main:
    kind: coroutine
    ops:
      - submit: { task: waiter, into: w }
      - await: 10ms
      - cancel: w
      - result: { future: w, into_ok: ok, catches: BaseException }
  waiter:
    kind: coroutine
    start: spawned
    ops:
      - submit: { task: job, into: j }
      - try:
          do: [ { result: { future: j } } ]
          except:
            - classes: [CancelledError]
              do: [ { set: \"caught = 1\" } ]
  job: { start: spawned, executor: pool, ops: [ { io: 1s }, { set: \"done = 1\" } ] }
";

#[test]
fn a_coroutine_cancelled_in_a_last_wait_on_a_job_runs_its_handler() {
    every_run_ends_with(LAST_WAIT_ON_A_JOB, &[1, 1]);
    assert_eq!(explored(LAST_WAIT_ON_A_JOB), ["Ok [1, 1]"]);
}
