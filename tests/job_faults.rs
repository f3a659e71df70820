//! Faults weft raises itself, as CPython raises them (docs/format.md, "Lists" and "Exceptions of
//! jobs"): a missing index of a map declared under `lists:` is IndexError (a dict's missing key stays
//! KeyError), and such a fault in a job that nothing in it catches ends the job with the exception in its
//! future, as a `raise` does: `result` raises it again, a wait with `catches` takes it, and nobody
//! reading it lets the program go on. Each case has a known round-robin outcome; `explore` agrees with
//! the brute-force enumeration of every interleaving on generated programs whose jobs fault.

use crate::common;
use crate::support;

use common::{load, round_robin_summary};
use sim_core::Timeouts;
use sim_core::engine::Reduction;
use support::enumerate::assert_explore_agrees;
use support::programs::Rng;

fn check(yaml: &str, expect: &str) {
    assert_eq!(round_robin_summary(yaml), expect, "\n{yaml}");
}

/// One thread running `OPS`, with a list `items` of one item and a dict `d` with key 1.
const LIST: &str = "name: t
shared: { items: { 0: 7 }, d: { 1: 5 }, x: 0, y: 0 }
lists: [items]
tasks:
  worker: { ops: [ OPS ] }
";

#[test]
fn a_missing_index_of_a_list_is_index_error_and_a_dicts_missing_key_key_error() {
    let cases = [
        // `items.pop()` twice under `except IndexError` (the EAFP drain).
        (
            "{ repeat: { times: 2, ops: [ { try: { do: [ { atomic: [ { let: \"v = items[len(items) - 1]\" }, { del: \"items[len(items) - 1]\" } ] }, { set: \"x = x + v\" } ], except: [ { classes: [IndexError], do: [ { set: \"y = y + 1\" } ] } ] } } ] } }",
            "ok x=7 y=1 len(items)=0 len(d)=1 d[1]=5 | 0ms",
        ),
        // `except KeyError` does not catch a list's IndexError; the fault names the list and its length.
        (
            "{ try: { do: [ { let: \"v = items[3]\" } ], except: [ { classes: [KeyError], do: [ { set: \"y = 1\" } ] } ] } }",
            "fault x=0 y=0 len(items)=1 items[0]=7 len(d)=1 d[1]=5 | 0ms | IndexError: index 3 is out of range for list `items` of length 1",
        ),
        // A `del` of a missing index is IndexError too, a LookupError.
        (
            "{ try: { do: [ { del: \"items[1]\" } ], except: [ { classes: [LookupError], do: [ { set: \"y = 2\" } ] } ] } }",
            "ok x=0 y=2 len(items)=1 items[0]=7 len(d)=1 d[1]=5 | 0ms",
        ),
        // A dict's missing key stays KeyError, which `except IndexError` does not catch.
        (
            "{ try: { do: [ { let: \"v = d[2]\" } ], except: [ { classes: [IndexError], do: [ { set: \"y = 3\" } ] } ] } }",
            "fault x=0 y=0 len(items)=1 items[0]=7 len(d)=1 d[1]=5 | 0ms | KeyError: 2 is not a key of map `d`",
        ),
    ];
    for (ops, expect) in cases {
        check(&LIST.replace("OPS", ops), expect);
    }
    // An expectation that reads past a list's end says IndexError.
    let expectation = LIST.replace("OPS", "{ set: \"x = 1\" }") + "expect:\n  - items[2] == 0\n";
    let expect = "assertion_failed x=1 y=0 len(items)=1 items[0]=7 len(d)=1 d[1]=5 | 0ms | `items[2] == 0`: IndexError: index 2 is out of range for length 1";
    check(&expectation, expect);
}

#[test]
fn lists_names_shared_maps_only() {
    let cases = [
        ("lists: [x]", "`x` is not a shared map"),
        ("lists: [nothing]", "`nothing` is not a shared map"),
        ("lists: [items, items]", "`items` is listed twice"),
        ("lists: [p.items]", "unknown process `p`"),
    ];
    for (lists, expect) in cases {
        let yaml = LIST.replace("OPS", "{ set: \"x = 1\" }").replace("lists: [items]", lists);
        let Err(error) = scenarios::load_str("t.yaml", &yaml) else { panic!("{lists} loaded") };
        assert!(error.render(false).contains(expect), "{lists}: {}", error.render(false));
    }
}

/// Two jobs on a pool of two take the one item of `items` under lock `l`; `main` then does `WAITS`.
const TWO_JOBS: &str = "name: t
executors: { pool: { workers: 2 } }
locks: [l]
shared: { items: { 0: 7 }, taken: 0, errors: 0, after: 0 }
lists: [items]
tasks:
  job: { start: spawned, executor: pool, ops: [ { with: { lock: l, ops: [ { atomic: [ { let: \"v = items[0]\" }, { del: \"items[0]\" } ] } ] } }, { set: \"taken = taken + v\" } ] }
  main:
    ops:
      - let: \"fs = array(2)\"
      - repeat: { times: 2, ops: [ { submit: { task: job, into: \"fs[i]\" } } ] }
      - WAITS
      - with: { lock: l, ops: [ { set: \"after = 1\" } ] }
";

#[test]
fn a_jobs_own_fault_stays_in_its_future() {
    let cases = [
        // `except IndexError` around `result()`: the second job's IndexError, raised again, is caught; its
        // `with` released the lock on the way out, so `main` takes it after.
        (
            "repeat: { times: 2, ops: [ { result: { future: \"fs[i]\", into_ok: ok, catches: IndexError } }, { if: { cond: \"!ok\", then: [ { set: \"errors = errors + 1\" } ] } } ] }",
            "ok taken=7 errors=1 after=1 len(items)=0 | 0ms",
        ),
        // Nobody reads the futures (a shutdown that waits without raising): the program goes on.
        (
            "repeat: { times: 2, ops: [ { result: { future: \"fs[i]\", into_ok: ok, catches: Exception } } ] }",
            "ok taken=7 errors=0 after=1 len(items)=0 | 0ms",
        ),
        // `result()` without a handler raises it again in `main`: uncaught there, a fault.
        (
            "repeat: { times: 2, ops: [ { result: { future: \"fs[i]\" } } ] }",
            "fault taken=7 errors=0 after=0 len(items)=0 | 0ms | IndexError: raised by `job#2`, raised again by `result` and not caught",
        ),
    ];
    for (waits, expect) in cases {
        check(&TWO_JOBS.replace("WAITS", waits), expect);
    }
}

#[test]
fn a_coroutine_tasks_own_fault_stays_in_the_task() {
    // `asyncio.wait(tasks)` does not raise; `await task` raises it again, which `except` catches.
    let yaml = "name: t
shared: { d: { 1: 5 }, seen: 0, errors: 0 }
tasks:
  lookup: { kind: coroutine, start: spawned, ops: [ { await: 1ms }, { let: \"v = d[k]\" }, { set: \"seen = seen + v\" } ] }
  main:
    kind: coroutine
    ops:
      - submit: { task: lookup, args: { k: 1 }, into: a }
      - submit: { task: lookup, args: { k: 2 }, into: b }
      - result: { future: a, into_ok: ok, catches: Exception }
      - result: { future: b, into_ok: ok, catches: Exception }
      - try: { do: [ { result: { future: b } } ], except: [ { classes: [KeyError], do: [ { set: \"errors = errors + 1\" } ] } ] }
";
    check(yaml, "ok seen=5 errors=1 len(d)=1 d[1]=5 | 1ms");
}

/// Two jobs (threads of a pool, or coroutine tasks) that race on a list of one item, reading it by index
/// or popping it, with or without a lock, and a `main` that reads their futures in one of three ways.
fn faulting_jobs_program(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let take = *rng.pick(&[
        "{ atomic: [ { let: \"v = items[0]\" }, { del: \"items[0]\" } ] }",
        "{ let: \"v = items[len(items) - 1]\" }, { del: \"items[len(items) - 1]\" }",
        "{ if: { cond: \"len(items) > 0\", then: [ { io: 1ms }, { let: \"v = items[0]\" }, { del: \"items[0]\" } ] } }",
    ]);
    let body = match rng.below(2) {
        0 => format!("{{ with: {{ lock: l, ops: [ {take} ] }} }}"),
        _ => take.to_string(),
    };
    let wait = *rng.pick(&[
        "{ result: { future: F, into_ok: ok, catches: IndexError } }, { if: { cond: \"!ok\", then: [ { set: \"errors = errors + 1\" } ] } }",
        "{ result: { future: F, into_ok: ok, catches: Exception } }",
        "{ result: { future: F } }",
    ]);
    let waits = format!("{}, {}", wait.replace('F', "a"), wait.replace('F', "b"));
    let (kind, executor) = match rng.below(2) {
        0 => ("thread", ", executor: pool"),
        _ => ("coroutine", ""),
    };
    let job_kind = if kind == "coroutine" { "kind: coroutine, " } else { "" };
    format!(
        "name: generated
executors: {{ pool: {{ workers: 2 }} }}
locks: [l]
shared: {{ items: {{ 0: 7 }}, taken: 0, errors: 0 }}
lists: [items]
tasks:
  job: {{ {job_kind}start: spawned{executor}, ops: [ {body}, {{ set: \"taken = taken + v\" }} ] }}
  main: {{ {job_kind}ops: [ {{ submit: {{ task: job, into: a }} }}, {{ submit: {{ task: job, into: b }} }}, {waits}, {{ with: {{ lock: l, ops: [ {{ set: \"taken = taken + 100\" }} ] }} }} ] }}
"
    )
}

#[test]
fn explore_agrees_with_brute_force_on_jobs_that_fault() {
    for seed in 0..16 {
        let yaml = faulting_jobs_program(seed);
        let scenario = load(&yaml);
        // Coroutines too since session 37 (stateless DPOR races a loop's takings: schedulers/loop_takes.rs).
        let reductions: &[Reduction] = &[Reduction::CachedStates, Reduction::StatelessDpor];
        assert_explore_agrees(&scenario.model, Timeouts::default(), reductions, 1, &format!("seed {seed}\n{yaml}"));
    }
}
