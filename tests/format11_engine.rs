//! Format 1.1 in the engine: every construct run to its end, with the outcomes `explore` finds (all of
//! them: each program here is small enough for exploration to be complete), and Python's exceptions for
//! the faults.

use crate::common;

use sim_core::Simulator;
use sim_core::engine::ExploreConfig;
use sim_core::report::shared_state_from_values;

/// Every outcome of `yaml` as `status shared...`, one per line, sorted.
fn outcomes(yaml: &str) -> String {
    let scenario = common::load(yaml);
    let model = &scenario.model;
    let result = Simulator::new(model).explore(&ExploreConfig {
        max_schedules: 100_000,
        preemption_bound: None,
        max_steps: 10_000,
    });
    assert!(result.complete, "exploration of\n{yaml}\ndid not complete");
    let mut lines: Vec<String> = result
        .outcomes
        .iter()
        .map(|outcome| {
            let shared = shared_state_from_values(model, &outcome.shared);
            let values: Vec<String> =
                shared.values().flat_map(|vars| vars.iter().map(|(n, v)| format!("{n}={v}"))).collect();
            format!("{} {}", outcome.status.as_str(), values.join(" "))
        })
        .collect();
    lines.sort();
    lines.join("\n")
}

fn check(yaml: &str, expect: &str) {
    assert_eq!(outcomes(yaml), expect, "\n{yaml}");
}

/// The message of the first failure of a round-robin run.
fn fault(yaml: &str) -> String {
    let scenario = common::load(yaml);
    let model = &scenario.model;
    let mut simulator = Simulator::new(model);
    let mut policy = sim_core::policy::by_name("round-robin").expect("built in");
    let outcome = simulator.run(policy.as_mut(), &sim_core::RunConfig::default());
    let label = sim_core::report::RunLabel { policy: "round-robin".into(), seed: 0, schedule: String::new() };
    let report = simulator.report(&outcome, &label);
    report.failures.first().map(|f| f.message.clone()).unwrap_or_default()
}

#[test]
fn control_flow() {
    check(
        "name: t\nshared: { x: 0 }\ntasks:\n  a: { ops: [ { let: \"k = 0\" }, { while: { cond: \"k < 5\", ops: [ { let: \"k = k + 1\" }, { if: { cond: \"k == 2\", then: [ continue ] } }, { if: { cond: \"k == 4\", then: [ break ] } }, { set: \"x = x + k\" } ] } } ] }\n",
        "ok x=4",
    );
    check(
        "name: t\nshared: { x: 0 }\ntasks:\n  a: { ops: [ { with: { lock: m, ops: [ { set: \"x = 1\" }, return ] } }, { set: \"x = 9\" } ] }\n  b: { ops: [ { with: { lock: m, ops: [ { set: \"x = x + 10\" } ] } } ] }\n",
        "ok x=1\nok x=11",
    );
}

#[test]
fn short_circuit_reads_only_what_it_evaluates() {
    // `and` does not read y when x is 0, so the fault of `10 / y` never happens on that path.
    check(
        "name: t\nshared: { x: 0, y: 0, z: 0 }\ntasks:\n  a: { ops: [ { if: { cond: \"x > 0 and 10 / y > 1\", then: [ { set: \"z = 1\" } ] } } ] }\n",
        "ok x=0 y=0 z=0",
    );
}

#[test]
fn a_conditional_expression_evaluates_only_the_branch_it_takes() {
    // `10 // y` is never evaluated when x is 0; its other branch is.
    check(
        "name: t\nshared: { x: 0, y: 0, z: 0 }\ntasks:\n  a: { ops: [ { set: \"z = 10 // y if x > 0 else 7\" }, { set: \"x = 'a' if z == 7 else 'b'\" } ] }\n",
        "ok x='a' y=0 z=7",
    );
}

#[test]
fn arrays_and_maps_are_one_location_per_element() {
    // Different elements: no race, one outcome.
    check(
        "name: t\nshared: { buf: [0, 0] }\ntasks:\n  a: { ops: [ { set: \"buf[0] = buf[0] + 1\" } ] }\n  b: { ops: [ { set: \"buf[1] = buf[1] + 1\" } ] }\n",
        "ok buf[0]=1 buf[1]=1",
    );
    // The same element: the lost update.
    check(
        "name: t\nshared: { buf: [0, 0] }\ntasks:\n  a: { ops: [ { set: \"buf[-1] = buf[1] + 1\" } ] }\n  b: { ops: [ { set: \"buf[1] = buf[1] + 1\" } ] }\n",
        "ok buf[0]=0 buf[1]=1\nok buf[0]=0 buf[1]=2",
    );
    check(
        "name: t\nshared: { m: {} }\ntasks:\n  a: { ops: [ { set: \"m[3] = 1\" } ] }\n  b: { ops: [ { if: { cond: \"has(m, 3)\", then: [ { del: \"m[3]\" } ] } } ] }\n",
        "ok len(m)=0\nok len(m)=1 m[3]=1",
    );
}

/// `key_at`/`value_at` read places of the keys in sorted order, whatever order they were declared or
/// inserted in; an insert moves the places after it, which a reader in between sees.
#[test]
fn key_at_and_value_at_read_the_sorted_places() {
    check(
        "name: t\nshared: { m: { 'b': 2, 'a': 1 }, k: 0, v: 0 }\ntasks:\n  a: { ops: [ { set: \"k = key_at(m, 0)\" }, { set: \"v = value_at(m, -1)\" } ] }\n",
        "ok k='a' v=2 len(m)=2 m['a']=1 m['b']=2",
    );
    check(
        "name: t\nshared: { m: { 3: 30 }, k: 0 }\ntasks:\n  a: { ops: [ { set: \"m[1] = 10\" } ] }\n  b: { ops: [ { set: \"k = key_at(m, 0)\" } ] }\n",
        "ok k=1 len(m)=2 m[1]=10 m[3]=30\nok k=3 len(m)=2 m[1]=10 m[3]=30",
    );
}

#[test]
fn atomic_blocks_do_not_interleave() {
    check(
        "name: t\nshared: { n: 0 }\ntasks:\n  a: { count: 2, ops: [ { atomic: [ { set: \"n = n + 1\" } ] } ] }\n",
        "ok n=2",
    );
}

#[test]
fn primitives() {
    // A semaphore of 1 is a lock: no lost update.
    check(
        "name: t\nshared: { n: 0 }\nsemaphores: { s: 1 }\ntasks:\n  a: { count: 2, ops: [ { acquire: s }, { set: \"n = n + 1\" }, { release: s } ] }\n",
        "ok n=2",
    );
    // An event orders a write before a read.
    check(
        "name: t\nshared: { x: 0, seen: 0 }\nevents: [ready]\ntasks:\n  w: { ops: [ { set: \"x = 1\" }, { set_event: ready } ] }\n  r: { ops: [ { wait: ready }, { set: \"seen = x\" } ] }\n",
        "ok x=1 seen=1",
    );
    // A condition with wait_for: the consumer always sees the item.
    check(
        "name: t\nshared: { items: 0, got: 0 }\nconditions: { c: {} }\ntasks:\n  p: { ops: [ { with: { lock: c, ops: [ { set: \"items = 1\" }, { notify: c } ] } } ] }\n  q: { ops: [ { with: { lock: c, ops: [ { wait_for: { condition: c, cond: \"items > 0\" } }, { set: \"got = items\" } ] } } ] }\n",
        "ok items=1 got=1",
    );
    // A reentrant lock taken twice, and a plain one taken twice: a deadlock on oneself.
    check(
        "name: t\nlocks: { r: { reentrant: true } }\ntasks:\n  a: { ops: [ { lock: r }, { lock: r }, { unlock: r }, { unlock: r } ] }\n",
        "ok ",
    );
    check("name: t\nlocks: [m]\ntasks:\n  a: { ops: [ { lock: m }, { lock: m } ] }\n", "deadlock ");
    // A lock with a time-out in an ABBA order: one of them gives up, nobody deadlocks.
    check(
        "name: t\nshared: { gave_up: 0 }\nlocks: [a, b]\ntasks:\n  t1: { ops: [ { lock: a }, { lock: { name: b, timeout: 1s, into: got } }, { if: { cond: \"got\", then: [ { unlock: b } ], else: [ { set: \"gave_up = gave_up + 1\" } ] } }, { unlock: a } ] }\n  t2: { ops: [ { lock: b }, { lock: { name: a, timeout: 1s, into: got } }, { if: { cond: \"got\", then: [ { unlock: a } ], else: [ { set: \"gave_up = gave_up + 1\" } ] } }, { unlock: b } ] }\n",
        "ok gave_up=0\nok gave_up=1",
    );
}

#[test]
fn a_caught_release_of_a_bounded_semaphore() {
    // `try: sem.release()` / `except ValueError: errors += 1`: the second release is refused, the count
    // stays at 1 (the third acquire gets it), and nothing faults.
    check(
        "name: t\nshared: { errors: 0, third: 0 }\nsemaphores: { s: { value: 1, bounded: true } }\ntasks:\n  a: { ops: [ { acquire: s }, { release: { semaphore: s, into_ok: ok } }, { release: { semaphore: s, into_ok: ok } }, { if: { cond: \"not ok\", then: [ { set: \"errors = errors + 1\" } ] } }, { acquire: { name: s, timeout: 0ns, into: got } }, { set: \"third = got\" } ] }\n",
        "ok errors=1 third=1",
    );
    // Released while another task holds a unit: whether the extra release fails depends on the order.
    check(
        "name: t\nshared: { errors: 0 }\nsemaphores: { s: { value: 1, bounded: true } }\ntasks:\n  a: { ops: [ { acquire: s }, { release: s } ] }\n  b: { ops: [ { release: { semaphore: s, into_ok: ok } }, { if: { cond: \"not ok\", then: [ { set: \"errors = errors + 1\" } ] } } ] }\n",
        "fault errors=0\nok errors=1",
    );
    // An unbounded semaphore never refuses a release.
    check(
        "name: t\nshared: { released: 0 }\nsemaphores: { s: 0 }\ntasks:\n  a: { ops: [ { release: { semaphore: s, into_ok: ok } }, { set: \"released = ok\" } ] }\n",
        "ok released=1",
    );
}

#[test]
fn a_barrier_wait_that_times_out_breaks_the_barrier() {
    // Two of three parties: one gives up (whichever first) and breaks it, the other raises too.
    check(
        "name: t\nshared: { broken: 0 }\ntasks:\n  p: { count: 2, ops: [ { barrier: { name: g, parties: 3, timeout: 100ms, into_ok: ok } }, { if: { cond: \"not ok\", then: [ { atomic: [ { set: \"broken = broken + 1\" } ] } ] } } ] }\n",
        "ok broken=2",
    );
    // Every party arrives: nobody's time-out fires.
    check(
        "name: t\nshared: { passed: 0 }\ntasks:\n  p: { count: 2, ops: [ { barrier: { name: g, parties: 2, timeout: 100ms, into_ok: ok } }, { atomic: [ { set: \"passed = passed + ok\" } ] } ] }\n",
        "ok passed=2",
    );
    // A broken barrier stays broken: a later wait (here with no time-out of its own) raises at once.
    check(
        "name: t\nshared: { a_ok: 9, b_ok: 9 }\ntasks:\n  a: { ops: [ { barrier: { name: g, parties: 2, timeout: 50ms, into_ok: ok } }, { set: \"a_ok = ok\" } ] }\n  b: { ops: [ { join: a }, { barrier: { name: g, parties: 2, into_ok: ok } }, { set: \"b_ok = ok\" } ] }\n",
        "ok a_ok=0 b_ok=0",
    );
    // Uncaught, BrokenBarrierError ends the run: the waiter that timed out, or a plain waiter woken by
    // the break.
    check("name: t\ntasks:\n  a: { ops: [ { barrier: { name: g, parties: 3, timeout: 50ms } } ] }\n", "fault ");
    check(
        "name: t\ntasks:\n  a: { ops: [ { barrier: { name: g, parties: 3, timeout: 50ms, into_ok: ok } } ] }\n  b: { ops: [ { barrier: { name: g, parties: 3 } } ] }\n",
        "fault ",
    );
}

#[test]
fn a_spin_wait_terminates_under_exploration() {
    check(
        "name: t\nshared: { flag: 0, data: 0 }\ntasks:\n  w: { ops: [ { while: { cond: \"flag == 0\", ops: [] } }, { assert: \"data == 42\" } ] }\n  s: { ops: [ { set: \"data = 42\" }, { set: \"flag = 1\" } ] }\n",
        "ok flag=1 data=42",
    );
}

/// `next_inserted`/`key_inserted` read the keys in the order they were declared or inserted (a write of
/// a key the map holds keeps its place; a key deleted and inserted again goes to the end), and
/// `changes` counts the inserts of new keys and the deletes; a reader (one `atomic`) before or after a
/// writer sees either order.
#[test]
fn insertion_order_reads_see_the_order_keys_came_in() {
    let walk = "{ atomic: [ { let: \"p = next_inserted(m, 0)\" }, { let: \"a = key_inserted(m, p)\" }, { let: \"q = next_inserted(m, p + 1)\" }, { let: \"b = key_inserted(m, q)\" }, { set: \"first = a * 10 + b\" }, { set: \"end = next_inserted(m, q + 1)\" } ] }";
    check(
        &format!(
            "name: t\nshared: {{ m: {{ 3: 30, 1: 10 }}, first: 0, end: 0 }}\ntasks:\n  a: {{ ops: [ {walk} ] }}\n"
        ),
        "ok first=31 end=-1 len(m)=2 m[1]=10 m[3]=30",
    );
    check(
        &format!(
            "name: t\nshared: {{ m: {{ 3: 30, 1: 10 }}, first: 0, end: 0 }}\ntasks:\n  w: {{ ops: [ {{ atomic: [ {{ set: \"m[3] = 31\" }}, {{ del: \"m[3]\" }}, {{ set: \"m[3] = 32\" }}, {{ set: \"m[1] = 11\" }} ] }} ] }}\n  r: {{ ops: [ {walk} ] }}\n"
        ),
        "ok first=13 end=-1 len(m)=2 m[1]=11 m[3]=32\nok first=31 end=-1 len(m)=2 m[1]=11 m[3]=32",
    );
    check(
        "name: t\nshared: { m: { 1: 10 }, seen: 0 }\ntasks:\n  w: { ops: [ { atomic: [ { set: \"m[2] = 20\" }, { set: \"m[2] = 21\" }, { del: \"m[1]\" } ] } ] }\n  r: { ops: [ { set: \"seen = changes(m)\" } ] }\n",
        "ok seen=0 len(m)=1 m[2]=21\nok seen=2 len(m)=1 m[2]=21",
    );
}

#[test]
fn faults_name_python_exceptions() {
    let cases = [
        ("shared: { buf: [0] }\ntasks:\n  a: { ops: [ { set: \"buf[3] = 1\" } ] }", "IndexError"),
        ("shared: { m: {} }\ntasks:\n  a: { ops: [ { let: \"v = m[1]\" } ] }", "KeyError"),
        ("semaphores: { s: { value: 1, bounded: true } }\ntasks:\n  a: { ops: [ { release: s } ] }", "ValueError"),
        ("conditions: { c: {} }\ntasks:\n  a: { ops: [ { notify: c } ] }", "RuntimeError"),
        ("locks: { f: { count: 2 } }\ntasks:\n  a: { ops: [ { lock: \"f[2]\" } ] }", "IndexError"),
        ("shared: { m: { 1: 2 } }\ntasks:\n  a: { ops: [ { let: \"v = value_at(m, 1)\" } ] }", "IndexError"),
        ("shared: { m: { 1: 2 } }\ntasks:\n  a: { ops: [ { let: \"v = key_inserted(m, 1)\" } ] }", "IndexError"),
        ("tasks:\n  a: { ops: [ { barrier: { name: g, parties: 2, timeout: 1ms } } ] }", "BrokenBarrierError"),
    ];
    for (body, exception) in cases {
        let message = fault(&format!("name: t\n{body}\n"));
        assert!(message.starts_with(exception), "{body}: {message}");
    }
}

/// A lock handed to a waiter by `unlock`, read with `locked(L)` by the releaser at once and a step later.
const LOCKED_AFTER_HANDOFF: &str = "name: t
shared: { seen: -1, after: -1 }
locks: { m: LOCK }
tasks:
  main:
    ops:
      - lock: m
      - spawn: waiter
      - PAUSE
      - unlock: m
      - let: \"x = locked(m)\"
      - set: \"seen = x\"
      - PAUSE
      - let: \"y = locked(m)\"
      - set: \"after = y\"
      - join: waiter
  waiter: { start: spawned, KIND ops: [ { lock: m }, { PAUSE2 }, { unlock: m } ] }
";

/// `locked(L)` reads the lock as CPython's `Lock.locked()` does: free from the release that hands it to
/// a waiter until that waiter runs (engine/lock_handoffs.rs), held while it runs. An asyncio.Lock's
/// waiter resumes on the loop's next turn: the releaser reads False, and True a turn later; a threading
/// waiter handed the lock is woken by the OS after the release (the timed run's `seen=0`), and under
/// exploration it runs before or after either read.
#[test]
fn locked_reads_a_lock_handed_to_a_waiter_as_free_until_the_waiter_runs() {
    let threads = LOCKED_AFTER_HANDOFF.replace("LOCK", "{}").replace("KIND ", "").replace("PAUSE2", "io: 5ms");
    let threads = threads.replace("PAUSE", "io: 1ms");
    let scenario = common::load(&threads);
    let (report, _) = common::run(&scenario, "round-robin", 0);
    let shared = format!("{:?}", report.shared);
    assert_eq!(shared, "{\"main\": {\"seen\": Int(0), \"after\": Int(1)}}");
    check(&threads, "ok seen=0 after=0\nok seen=0 after=1\nok seen=1 after=0\nok seen=1 after=1");
    // asyncio: the coroutines of one loop in CPython's order, one outcome.
    let coroutines = LOCKED_AFTER_HANDOFF
        .replace("LOCK", "{ asyncio: true }")
        .replace("name: t\n", "name: t\nscheduler: { loop_order: fifo }\n")
        .replace("KIND ", "kind: coroutine, ")
        .replace("  main:\n    ops:\n", "  main:\n    kind: coroutine\n    ops:\n")
        .replace("spawn: waiter", "submit: { task: waiter, into: t }")
        .replace("join: waiter", "result: { future: \"t\" }")
        .replace("PAUSE2", "await: 5ms")
        .replace("PAUSE", "await: 0ns");
    check(&coroutines, "ok seen=0 after=1");
}

/// Exploration with `locked(L)` agrees with brute force: two waiters handed the lock in turn (under an
/// exploring policy they contend; with a time-out one may give up) and a reader that samples it twice.
#[test]
fn explore_agrees_with_brute_force_on_reads_of_locked() {
    let yaml = "name: t
shared: { first: -1, n: 0 }
locks: [m]
tasks:
  reader: { ops: [ { set: \"first = locked(m)\" } ] }
  holder: { ops: [ { lock: m }, { unlock: m } ] }
  waiter: { count: WAITERS, ops: [ { lock: m }, { set: \"n = n + 1\" }, { unlock: m } ] }
";
    let reductions = [sim_core::engine::Reduction::CachedStates, sim_core::engine::Reduction::StatelessDpor];
    for waiters in ["1", "2"] {
        let scenario = common::load(&yaml.replace("WAITERS", waiters));
        let agrees = crate::support::enumerate::assert_explore_agrees;
        agrees(&scenario.model, sim_core::Timeouts::Quiescent, &reductions, 2, "locked");
    }
    let timed = "name: t
shared: { seen: -1 }
locks: [m]
tasks:
  holder: { ops: [ { lock: m }, { io: 1ms }, { unlock: m }, { let: \"x = locked(m)\" }, { set: \"seen = x\" } ] }
  waiter: { ops: [ { lock: { name: m, timeout: 2ms, into: got } }, { if: { cond: \"got\", then: [ { unlock: m } ] } } ] }
";
    let scenario = common::load(timed);
    crate::support::enumerate::assert_explore_agrees(
        &scenario.model,
        sim_core::Timeouts::Any,
        &reductions,
        2,
        "locked-timed",
    );
}

/// `locked(L)` is read in a task's steps; an `expect` line is told so.
#[test]
fn locked_in_an_expect_line_is_refused() {
    let yaml = "name: t\nlocks: [m]\ntasks:\n  a: { ops: [ { lock: m } ] }\nexpect:\n  - \"locked(m)\"\n";
    let Err(diagnostic) = scenarios::load_str("t.yaml", yaml) else { panic!("accepted") };
    let error = diagnostic.render(false);
    assert!(error.contains("`locked(L)` reads a lock in a task's steps, not in `expect`"), "{error}");
}

/// `locked(S)` of an asyncio semaphore is CPython 3.11's `Semaphore.locked()`: three releases to two
/// waiters leave the value at 1, but both were handed a unit and have not run, so it is still locked;
/// a turn later they have run (and released), and it is free.
#[test]
fn locked_of_a_semaphore_counts_units_handed_to_waiters_that_have_not_run() {
    let yaml = "name: t
scheduler: { loop_order: fifo }
shared: { three: -1, later: -1 }
semaphores: { s: { value: 0, asyncio: true } }
tasks:
  main: { ops: [ { submit: { task: body, into: job } }, { result: { future: \"job\" } } ] }
  body:
    kind: coroutine
    start: spawned
    ops:
      - submit: { task: worker, into: a }
      - submit: { task: worker, into: b }
      - await: 0ns
      - release: s
      - release: s
      - release: s
      - let: \"x = locked(s)\"
      - set: \"three = x\"
      - await: 0ns
      - let: \"y = locked(s)\"
      - set: \"later = y\"
  worker: { kind: coroutine, start: spawned, ops: [ { acquire: s }, { release: s } ] }
";
    check(yaml, "ok three=1 later=0");
}

/// A read of `locked(L)` races with a later taking of the lock: stateless DPOR with locks taken only
/// when free (whose takings race only with the lock's previous taking) is off in a model that reads
/// it, so every search finds both values.
#[test]
fn a_read_of_locked_races_with_a_later_taking_under_every_search() {
    let yaml = "name: t
shared: { first: -1, n: 0 }
locks: [m]
tasks:
  reader: { ops: [ { set: \"first = locked(m)\" } ] }
  taker: { count: 2, ops: [ { lock: m }, { set: \"n = n + 1\" }, { unlock: m } ] }
";
    let scenario = common::load(yaml);
    let config = ExploreConfig { max_schedules: 100_000, preemption_bound: None, max_steps: 1_000 };
    let stateless = |locks_taken_only_when_free| sim_core::engine::SearchOptions {
        reduction: sim_core::engine::Reduction::StatelessDpor,
        locks_taken_only_when_free,
        ..sim_core::engine::SearchOptions::default()
    };
    // The default search's turns (stateless DPOR with the rule, from the third run on), as `weft explore`.
    let turns = sim_core::engine::SearchOptions {
        order: sim_core::engine::Order::DepthFirstThenTurns { alone_runs: 2, alone_steps: u64::MAX },
        ..sim_core::engine::SearchOptions::default()
    };
    for options in [stateless(false), stateless(true), turns] {
        let explored = Simulator::new(&scenario.model).explore_with(&config, options, &mut |_| true);
        let mut firsts: Vec<i64> = explored.outcomes.iter().map(|outcome| outcome.shared[0]).collect();
        firsts.sort();
        firsts.dedup();
        assert_eq!(firsts, [0, 1], "{:?}", options.order);
    }
}
