//! `future_state` (session 27): a future's state as a value, `f.done()`, `f.cancelled()`, `f.running()`.
//! The state a run reads (pending before a worker takes the job, running, cancelled, finished; an
//! asyncio task pending until it has ended, cancelled only once CancelledError ended it), and
//! exploration against the brute-force enumerator of every interleaving on small generated programs
//! where the read races with a job's pick-up, its end and a `cancel`.

use crate::common;
use crate::support;

use common::{load, run};
use sim_core::Simulator;
use sim_core::engine::ExploreConfig;
use sim_core::outcome::Status;
use support::enumerate::{OutcomeKey, enumerate};
use support::programs::Rng;

const PENDING: i64 = 0;
const RUNNING: i64 = 1;
const CANCELLED: i64 = 2;
const FINISHED: i64 = 3;

fn sorted(mut keys: Vec<OutcomeKey>) -> Vec<OutcomeKey> {
    keys.sort();
    keys.dedup();
    keys
}

fn explored(yaml: &str) -> (Vec<OutcomeKey>, bool) {
    let scenario = load(yaml);
    let config = ExploreConfig { max_schedules: 100_000, preemption_bound: None, max_steps: 300 };
    let result = Simulator::new(&scenario.model).explore(&config);
    (sorted(result.outcomes.iter().map(|o| (o.status, o.shared.clone())).collect()), result.complete)
}

/// The shared values of a round-robin run, in declaration order, as text.
fn values(yaml: &str) -> Vec<String> {
    let (report, trace) = run(&load(yaml), "round-robin", 0);
    assert_eq!(report.status, Status::Ok, "{trace:#?}");
    report.shared.values().flat_map(|vars| vars.iter().map(|(_, v)| v.to_string())).collect()
}

fn texts(states: &[i64]) -> Vec<String> {
    states.iter().map(i64::to_string).collect()
}

/// One worker: `a` gets a new thread and runs at once (CPython's `submit` waits for the thread, which
/// takes the job before it lets go of the GIL), `b` waits in the queue; `b` cancelled says cancelled,
/// `a` once waited for says finished.
#[test]
fn a_read_says_pending_running_cancelled_and_finished() {
    let yaml = "name: t\nexecutors: { pool: { workers: 1 } }\nshared: { sa: 9, sb: 9, cb: 9, fa: 9 }
tasks:
  job: { start: spawned, executor: pool, ops: [ { io: 10ms }, { return: 1 } ] }
  main:
    ops:
      - submit: { task: job, into: a }
      - submit: { task: job, into: b }
      - future_state: { future: a, into: s }
      - set: \"sa = s\"
      - future_state: { future: b, into: s }
      - set: \"sb = s\"
      - cancel: b
      - future_state: { future: b, into: s }
      - set: \"cb = s\"
      - result: { future: a }
      - future_state: { future: a, into: s }
      - set: \"fa = s\"
";
    assert_eq!(values(yaml), texts(&[RUNNING, PENDING, CANCELLED, FINISHED]));
    let (_, trace) = run(&load(yaml), "round-robin", 0);
    assert!(trace.iter().any(|line| line.contains("future_state b -> cancelled")), "{trace:#?}");
}

/// A job that raised is finished (`done()` and not `cancelled()`), as CPython's future with an exception.
#[test]
fn a_job_that_raised_is_finished() {
    let yaml = "name: t\nexecutors: { pool: { workers: 1 } }\nshared: { s: 9 }
tasks:
  job: { start: spawned, executor: pool, ops: [ { raise: ValueError } ] }
  main:
    ops:
      - submit: { task: job, into: a }
      - result: { future: a, into_ok: ok, catches: ValueError }
      - future_state: { future: a, into: t }
      - set: \"s = t\"
";
    assert_eq!(values(yaml), texts(&[FINISHED]));
}

/// An asyncio task: `cancel()` only asks, so it is not done until CancelledError has ended it; one
/// that caught it and returned is finished, not cancelled.
#[test]
fn a_coroutine_is_cancelled_only_once_cancelled_error_ended_it() {
    let task = |handler: &str| {
        format!(
            "name: t\nshared: {{ asked: 9, ended: 9 }}
tasks:
  beat:
    kind: coroutine
    start: spawned
    ops:
      - try:
          do: [ {{ await: 1s }} ]
          except: [ {{ classes: [CancelledError], do: [ {handler} ] }} ]
      - return: 2
  main:
    kind: coroutine
    ops:
      - submit: {{ task: beat, into: t }}
      - await: 10ms
      - cancel: t
      - future_state: {{ future: t, into: s }}
      - set: \"asked = s\"
      - result: {{ future: t, timeout: 1s, into_ok: ok }}
      - future_state: {{ future: t, into: s }}
      - set: \"ended = s\"
"
        )
    };
    assert_eq!(values(&task("{ raise: CancelledError }")), texts(&[PENDING, CANCELLED]));
    assert_eq!(values(&task("{ return: 1 }")), texts(&[PENDING, FINISHED]));
}

/// A worker freed by `a`'s end takes `b` in a step of its own (its pick-up): a read between sees `b`
/// pending, one after it running, one after `b`'s end finished; exploration lists the three and the
/// enumeration of every interleaving agrees. Without the read no pick-up step is taken.
#[test]
fn a_read_races_with_the_pick_up_and_the_end_of_a_job() {
    let yaml = "name: t\nexecutors: { pool: { workers: 1 } }\nshared: { s: 9 }
tasks:
  job: { start: spawned, executor: pool, ops: [ { return: 1 } ] }
  main:
    ops:
      - submit: { task: job, into: a }
      - submit: { task: job, into: b }
      - result: { future: a }
      - future_state: { future: b, into: t }
      - set: \"s = t\"
";
    let (found, complete) = explored(yaml);
    assert!(complete);
    let ok = |s: i64| (Status::Ok, vec![s]);
    assert_eq!(found, [ok(PENDING), ok(RUNNING), ok(FINISHED)]);
    let all = enumerate(&load(yaml).model, 20_000, 300);
    assert!(all.complete);
    assert_eq!(sorted(all.within(None)), found);
    let (_, trace) = run(&load(yaml), "round-robin", 0);
    assert!(trace.iter().any(|line| line.contains("takes its job from the pool's queue")), "{trace:#?}");
}

/// Small programs: jobs on a pool of one or two workers (or coroutines), a `cancel` or not, reads of
/// each future's state at different points; explore lists exactly the outcomes of every interleaving.
fn state_program(rng: &mut Rng) -> String {
    let coroutine = rng.chance(30);
    let (kind, executor, pool) = if coroutine {
        ("kind: coroutine, ", "", String::new())
    } else {
        ("", "executor: pool, ", format!("executors: {{ pool: {{ workers: {} }} }}\n", 1 + rng.below(2)))
    };
    let body = *rng.pick(&["{ set: \"x = x + n\" }", "{ yield }", "{ let: \"v = x\" }"]);
    let mut read = |into: &str| {
        let future = *rng.pick(&["a", "b"]);
        format!("{{ future_state: {{ future: {future}, into: {into} }} }}, ")
    };
    let (first, second, third) = (read("t1"), read("t2"), read("t3"));
    let middle = *rng.pick(&["{ cancel: b }, ", "{ cancel: a }, ", ""]);
    let wait = *rng.pick(&["{ result: { future: a, timeout: 1s, into_ok: ok } }, ", ""]);
    format!(
        "name: generated\nshared: {{ x: 0, s: 0 }}\n{pool}tasks:
  job: {{ start: spawned, {kind}{executor}ops: [ {body}, {{ return: \"n\" }} ] }}
  main: {{ {kind}ops: [ {{ submit: {{ task: job, args: {{ n: 1 }}, into: a }} }}, {{ submit: {{ task: job, args: {{ n: 2 }}, into: b }} }}, {first}{middle}{second}{wait}{third}{{ set: \"s = t1 * 16 + t2 * 4 + t3\" }} ] }}
"
    )
}

#[test]
fn explore_agrees_with_brute_force_on_reads_of_future_states() {
    let mut failures = Vec::new();
    let (mut compared, mut outcomes_seen) = (0, 0);
    for seed in 0..60 {
        let yaml = state_program(&mut Rng::new(seed));
        let model = load(&yaml).model;
        let all = enumerate(&model, 20_000, 300);
        if !all.complete || all.hit_step_limit {
            continue;
        }
        let reachable = sorted(all.within(None));
        let (found, complete) = explored(&yaml);
        if !complete || found != reachable {
            failures.push(format!("seed {seed}: explore {found:?}, brute force {reachable:?}\n{yaml}"));
        }
        compared += 1;
        outcomes_seen += reachable.len();
    }
    assert!(failures.is_empty(), "{} disagree; first:\n{}", failures.len(), failures[0]);
    // Not vacuous: most programs fit the budget, and their reads race (more than one outcome each).
    assert!(compared >= 30, "only {compared} programs enumerated");
    assert!(outcomes_seen > 2 * compared, "{outcomes_seen} outcomes over {compared} programs");
}
