//! `try` blocks (docs/format.md, "Exceptions and `try`"): an exception raised in `do` (a `raise`, a
//! `result` of a job that raised, a fault Python raises as an exception) goes to the first `except`
//! whose classes catch it (a subclass as Python matches it), leaving the `with` blocks in between and
//! running `finally` on every way out; uncaught, it goes on as without `try`. Each case has a known
//! round-robin outcome; `explore` agrees with the brute-force enumeration of every interleaving on
//! generated programs that catch, with the state cache and with stateless DPOR.

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

/// One thread running `OPS`, with a lock `l`, a map `d` with key 1 and the program's own `Oops`
/// (derived from ValueError).
const THREAD: &str = "name: t\nlocks: [l]\nshared: { x: 0, y: 0, d: { 1: 5 } }
exceptions: { Oops: { base: ValueError }, Worse: { base: Oops } }
tasks:
  worker: { ops: [ OPS ] }
";

fn thread(ops: &str) -> String {
    THREAD.replace("OPS", ops)
}

#[test]
fn a_raise_goes_to_the_first_handler_that_catches_its_class() {
    let cases = [
        // The class itself, then a base of it: the first matching `except` runs, and only it.
        (
            "{ try: { do: [ { raise: Oops }, { set: \"x = 1\" } ], except: [ { classes: [KeyError], do: [ { set: \"y = 1\" } ] }, { classes: [ValueError], do: [ { set: \"y = 2\" } ] }, { classes: [Oops], do: [ { set: \"y = 3\" } ] } ] } }",
            "ok x=0 y=2 len(d)=1 d[1]=5 | 0ms",
        ),
        // A subclass of a subclass; `except (A, B)`.
        (
            "{ try: { do: [ { raise: Worse } ], except: [ { classes: [KeyError, Oops], do: [ { set: \"y = 4\" } ] } ] } }",
            "ok x=0 y=4 len(d)=1 d[1]=5 | 0ms",
        ),
        // No class catches it: uncaught in a thread, a fault as without `try` (after `finally`).
        (
            "{ try: { do: [ { raise: Oops } ], except: [ { classes: [LookupError], do: [ { set: \"y = 1\" } ] } ], finally: [ { set: \"x = 7\" } ] } }",
            "fault x=7 y=0 len(d)=1 d[1]=5 | 0ms | Oops: raised and not caught",
        ),
        // `else` runs when `do` raised nothing, `finally` on every way out.
        (
            "{ try: { do: [ { set: \"x = 1\" } ], except: [ { do: [ { set: \"y = 1\" } ] } ], else: [ { set: \"y = 5\" } ], finally: [ { set: \"x = x + 10\" } ] } }",
            "ok x=11 y=5 len(d)=1 d[1]=5 | 0ms",
        ),
        // A bare `reraise` in a handler raises the caught class again, to the `try` around.
        (
            "{ try: { do: [ { try: { do: [ { raise: Worse } ], except: [ { classes: [Oops], do: [ { set: \"x = 1\" }, reraise ] } ] } } ], except: [ { classes: [Worse], do: [ { set: \"y = 9\" } ] } ] } }",
            "ok x=1 y=9 len(d)=1 d[1]=5 | 0ms",
        ),
    ];
    for (ops, expect) in cases {
        check(&thread(ops), expect);
    }
}

#[test]
fn faults_python_raises_are_caught_by_their_class() {
    let cases = [
        // A missing key is KeyError, a LookupError.
        (
            "{ try: { do: [ { let: \"v = d[2]\" }, { set: \"x = v\" } ], except: [ { classes: [LookupError], do: [ { set: \"y = 1\" } ] } ] } }",
            "ok x=0 y=1 len(d)=1 d[1]=5 | 0ms",
        ),
        // A division by zero is ZeroDivisionError, an ArithmeticError; in an `if`'s condition too.
        (
            "{ try: { do: [ { if: { cond: \"1 / x > 0\", then: [ { set: \"x = 3\" } ] } } ], except: [ { classes: [ArithmeticError], do: [ { set: \"y = 2\" } ] } ] } }",
            "ok x=0 y=2 len(d)=1 d[1]=5 | 0ms",
        ),
        // `a, b = t` of a tuple of three is ValueError (session15/repro/r12), `except TypeError` misses it.
        (
            "{ let: \"t = (1, 2, 3)\" }, { try: { do: [ { let: \"a = unpack(t, 0, 2)\" } ], except: [ { classes: [TypeError], do: [ { set: \"y = 1\" } ] }, { classes: [ValueError], do: [ { set: \"y = 4\" } ] } ] } }",
            "ok x=0 y=4 len(d)=1 d[1]=5 | 0ms",
        ),
        // A failed `assert` is AssertionError.
        (
            "{ try: { do: [ { assert: \"x == 1\" } ], except: [ { classes: [AssertionError], do: [ { set: \"y = 3\" } ] } ] } }",
            "ok x=0 y=3 len(d)=1 d[1]=5 | 0ms",
        ),
        // A handler of another class leaves the fault as it was.
        (
            "{ try: { do: [ { assert: \"x == 1\" } ], except: [ { classes: [KeyError], do: [ { set: \"y = 3\" } ] } ] } }",
            "assertion_failed x=0 y=0 len(d)=1 d[1]=5 | 0ms | assertion `x == 1` is false",
        ),
    ];
    for (ops, expect) in cases {
        check(&thread(ops), expect);
    }
}

#[test]
fn an_exception_leaves_the_with_blocks_inside_the_try_and_keeps_the_ones_around_it() {
    // The lock taken inside `do` is free in the handler; the one around the `try` stays held there (its
    // `with` still releases it after), so the second `with` takes it.
    let inside = "{ try: { do: [ { with: { lock: l, ops: [ { raise: Oops } ] } } ], except: [ { classes: [Oops], do: [ { with: { lock: l, ops: [ { set: \"y = 1\" } ] } } ] } ] } }, { with: { lock: l, ops: [ { set: \"x = 2\" } ] } }";
    check(&thread(inside), "ok x=2 y=1 len(d)=1 d[1]=5 | 0ms");
    // A job whose exception nobody catches in it leaves its `with` on the way to the future.
    let job = "name: t\nlocks: [l]\nshared: { x: 0 }
exceptions: { Oops: { base: ValueError } }
tasks:
  job: { start: spawned, ops: [ { with: { lock: l, ops: [ { try: { do: [ { raise: Oops } ], except: [ { classes: [KeyError], do: [] } ], finally: [ { set: \"x = 1\" } ] } } ] } } ] }
  main:
    ops:
      - submit: { task: job, into: f }
      - try: { do: [ { result: { future: f } } ], except: [ { classes: [ValueError], do: [ { set: \"x = x + 10\" } ] } ] }
      - with: { lock: l, ops: [ { set: \"x = x + 100\" } ] }
";
    check(job, "ok x=111 | 0ms");
}

#[test]
fn a_try_that_leaves_a_finally_early_is_refused() {
    let yaml = thread("{ repeat: { times: 2, ops: [ { try: { do: [ break ], finally: [ { set: \"x = 1\" } ] } } ] } }");
    let Err(error) = scenarios::load_str("t.yaml", &yaml) else { panic!("a `break` out of `finally` loaded") };
    assert!(error.render(false).contains("leaves a `try` that has `finally`"), "{}", error.render(false));
    let yaml = thread("reraise");
    let Err(error) = scenarios::load_str("t.yaml", &yaml) else { panic!("a `reraise` outside `except` loaded") };
    assert!(error.render(false).contains("only inside an `except`"), "{}", error.render(false));
}

/// A small program of two threads (or two jobs, or coroutines) that race on `x` and raise depending on
/// what they read, catching it (or not) in a `try` with a lock taken inside or around it.
fn catching_program(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let raise_when = *rng.pick(&["v > 0", "v == 0", "n == 2"]);
    let raised = *rng.pick(&["{ raise: Oops }", "{ let: \"z = 1 / (v - v)\" }", "{ let: \"z = d[v + 7]\" }"]);
    let handler = *rng.pick(&["[Oops]", "[Exception]", "[LookupError, ArithmeticError]", "[KeyError]"]);
    let risky = format!(
        "{{ let: \"v = x\" }}, {{ if: {{ cond: \"{raise_when}\", then: [ {raised} ] }} }}, {{ set: \"x = v + n\" }}"
    );
    let protected = *rng.pick(&[
        "{ with: { lock: l, ops: [ RISKY ] } }",
        "RISKY",
        "{ try: { do: [ RISKY ], finally: [ { set: \"y = y + 100\" } ] } }",
    ]);
    let body = protected.replace("RISKY", &risky);
    let handled = format!(
        "{{ try: {{ do: [ {body} ], except: [ {{ classes: {handler}, do: [ {{ set: \"y = y + n\" }} ] }} ], else: [ {{ set: \"y = y + 10\" }} ] }} }}"
    );
    let kind = rng.below(3);
    let head = "name: generated\nshared: { x: 0, y: 0, d: { 8: 1 } }\nlocks: [l]\nexceptions: { Oops: { base: ValueError } }\ntasks:\n";
    match kind {
        0 => format!("{head}  one: {{ ops: [ {{ let: \"n = 1\" }}, {handled} ] }}\n  two: {{ ops: [ {{ let: \"n = 2\" }}, {handled} ] }}\n"),
        1 => format!(
            "{head}  job: {{ start: spawned, ops: [ {handled} ] }}
  main: {{ ops: [ {{ submit: {{ task: job, args: {{ n: 1 }}, into: a }} }}, {{ submit: {{ task: job, args: {{ n: 2 }}, into: b }} }}, {{ try: {{ do: [ {{ result: {{ future: a }} }}, {{ result: {{ future: b }} }} ], except: [ {{ classes: {handler}, do: [ {{ set: \"y = y + 1000\" }} ] }} ] }} }} ] }}\n"
        ),
        _ => format!(
            "{head}  job: {{ kind: coroutine, start: spawned, ops: [ {{ await: 0ns }}, {handled}, {risky} ] }}
  main: {{ kind: coroutine, ops: [ {{ submit: {{ task: job, args: {{ n: 1 }}, into: a }} }}, {{ submit: {{ task: job, args: {{ n: 2 }}, into: b }} }}, {{ try: {{ do: [ {{ result: {{ future: b }} }} ], except: [ {{ do: [ {{ set: \"y = y + 1000\" }} ] }} ] }} }}, {{ result: {{ future: a }} }} ] }}\n"
        ),
    }
}

#[test]
fn explore_agrees_with_brute_force_on_programs_that_catch() {
    for seed in 0..18 {
        let yaml = catching_program(seed);
        let scenario = load(&yaml);
        // Coroutines too since session 37 (stateless DPOR races a loop's takings: schedulers/loop_takes.rs).
        let reductions: &[Reduction] = &[Reduction::CachedStates, Reduction::StatelessDpor];
        assert_explore_agrees(&scenario.model, Timeouts::default(), reductions, 1, &format!("seed {seed}\n{yaml}"));
    }
}

/// A coroutine suspended inside `try` with `finally`, cancelled by `main`: CPython raises CancelledError
/// at the `await`, so the `finally` runs on the way out, and the task still ends cancelled.
const CANCELLED_IN_TRY: &str = "name: t
events: { never: { asyncio: true } }
shared: { cleaned: 0, after: 0 }
tasks:
  worker: { kind: coroutine, start: spawned, ops: [ { try: { do: [ { wait: never } ], finally: [ { set: \"cleaned = cleaned + 1\" } ] } }, { set: \"after = 1\" } ] }
  main:
    kind: coroutine
    ops:
      - submit: { task: worker, into: t }
      - await: 1ms
      - cancel: t
      - await: 1ms
";

#[test]
fn a_cancelled_coroutine_runs_its_finally_and_ends_cancelled() {
    // `after` stays 0: CancelledError goes on after the `finally`.
    check(CANCELLED_IN_TRY, "ok cleaned=1 after=0 | 2ms");
    let scenario = load(CANCELLED_IN_TRY);
    assert_explore_agrees(&scenario.model, Timeouts::Quiescent, &[Reduction::CachedStates], 1, "cancelled in try");
}

#[test]
fn awaiting_a_cancelled_task_raises_cancelled_error_that_a_handler_catches() {
    // `try: await task` / `except asyncio.CancelledError:` after `task.cancel()`; `except Exception`
    // would not catch it (a BaseException).
    let awaiter = |classes: &str| {
        CANCELLED_IN_TRY.replace(
            "      - await: 1ms\n      - cancel: t\n      - await: 1ms\n",
            &format!(
                "      - await: 1ms\n      - cancel: t\n      - try: {{ do: [ {{ result: {{ future: t }} }} ], except: [ {{ classes: [{classes}], do: [ {{ set: \"after = 2\" }} ] }} ] }}\n"
            ),
        )
    };
    check(&awaiter("CancelledError"), "ok cleaned=1 after=2 | 1ms");
    assert!(round_robin_summary(&awaiter("Exception")).starts_with("fault"));
}

/// The value of an exception (`raise: { class, args }`, `except: [{ as: e }]`): CPython's message of its
/// arguments, its repr, its arguments and its class's name, through a handler, a job's future and a
/// bare `reraise`; the message of what weft raises itself where CPython's is known, and a fault that
/// says weft does not yet where it is not.
#[test]
fn an_exception_value_carries_the_message_of_its_arguments() {
    let handled = |raise: &str, read: &str| {
        format!(
            "name: t\nshared: {{ s: null }}\ntasks:\n  worker: {{ ops: [ {{ let: \"n = 7\" }}, {{ try: {{ do: [ {raise} ], except: [ {{ classes: [Exception], as: e, do: [ {{ set: \"s = {read}\" }} ] }} ] }} }} ] }}\n"
        )
    };
    let cases = [
        (handled("{ raise: { class: ValueError, args: \"(f'job {n}',)\" } }", "exception_str(e)"), "ok s='job 7' | 0ms"),
        (handled("{ raise: { class: ValueError } }", "exception_str(e)"), "ok s='' | 0ms"),
        (handled("{ raise: { class: ValueError, args: \"(1, 2)\" } }", "str(e)"), "ok s='(1, 2)' | 0ms"),
        (handled("{ raise: { class: KeyError, args: \"'k'\" } }", "exception_str(e)"), "ok s=\"'k'\" | 0ms"),
        (handled("{ raise: { class: KeyError, args: \"('k',)\" } }", "repr(e)"), "ok s=\"KeyError('k')\" | 0ms"),
        (handled("{ raise: { class: ValueError } }", "exception_repr(e)"), "ok s='ValueError()' | 0ms"),
        (handled("{ raise: { class: TimeoutError, args: \"(n, 'x')\" } }", "type_name(e)"), "ok s='TimeoutError' | 0ms"),
        (handled("{ raise: { class: ValueError, args: \"(n, 'x')\" } }", "item(exception_args(e), 1)"), "ok s='x' | 0ms"),
        // The attributes a class's own `__init__` set (`self.status = status`).
        (
            handled("{ raise: { class: ValueError, args: \"('gone',)\", attributes: \"(404, n)\" } }", "item(exception_attributes(e), 1)"),
            "ok s=7 | 0ms",
        ),
        // An OSError's message of two arguments is `[Errno n] text`, which weft does not model.
        (
            handled("{ raise: { class: TimeoutError, args: \"(n, 'x')\" } }", "exception_str(e)"),
            "fault s=None | 0ms | the message of this exception (one weft raises itself, or an OSError's of several arguments) is Python's, not weft's yet in `exception_str(e)`",
        ),
        // A missing key's KeyError has CPython's message; a division by zero's is not known.
        (
            "name: t\nshared: { s: null, d: { 1: 5 } }\ntasks:\n  worker: { ops: [ { try: { do: [ { set: \"s = d[2]\" } ], except: [ { classes: [KeyError], as: e, do: [ { set: \"s = f'{e}'\" } ] } ] } } ] }\n"
                .to_string(),
            "ok s='2' len(d)=1 d[1]=5 | 0ms",
        ),
        (
            "name: t\nshared: { s: null }\ntasks:\n  worker: { ops: [ { let: \"z = 0\" }, { try: { do: [ { set: \"s = 1 // z\" } ], except: [ { classes: [ZeroDivisionError], as: e, do: [ { set: \"s = type_name(e)\" }, { set: \"s = exception_str(e)\" } ] } ] } } ] }\n"
                .to_string(),
            "fault s='ZeroDivisionError' | 0ms | the message of this exception (one weft raises itself, or an OSError's of several arguments) is Python's, not weft's yet in `exception_str(e)`",
        ),
        // Through a job's future and a bare `reraise` in the job's own handler.
        (
            "name: t\nexecutors: { pool: { workers: 1 } }\nshared: { s: null }\ntasks:\n  job: { start: spawned, executor: pool, ops: [ { try: { do: [ { raise: { class: ValueError, args: \"('late',)\" } } ], except: [ { classes: [ValueError], as: inner, do: [ reraise ] } ] } } ] }\n  main: { ops: [ { submit: { task: job, into: f } }, { try: { do: [ { result: { future: f } } ], except: [ { classes: [ValueError], as: e, do: [ { set: \"s = exception_repr(e)\" } ] } ] } } ] }\n"
                .to_string(),
            "ok s=\"ValueError('late')\" | 0ms",
        ),
    ];
    for (yaml, expect) in cases {
        check(&yaml, expect);
    }
}
