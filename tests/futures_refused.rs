//! Format 1.1, part two, what is still refused: every construct runs (executors and futures:
//! tests/executors.rs, tests/futures_values.rs; asyncio's own primitives and the loop's thread:
//! tests/asyncio_loop.rs), but a thread that names one of asyncio's own primitives, or an asyncio
//! condition over a threading lock (and the reverse), is a load-time error in weft's own words.

/// `yaml` does not load, and the diagnostic says `expect`.
fn check(yaml: &str, expect: &str) {
    match scenarios::load_str("test.yaml", yaml) {
        Ok(_) => panic!("loaded: {yaml}"),
        Err(diagnostic) => {
            let text = diagnostic.render(false);
            assert!(text.contains(expect), "{text}");
        }
    }
}

#[test]
fn a_thread_may_not_use_an_asyncio_primitive() {
    check(
        "name: s\nlocks: { m: { asyncio: true } }\ntasks:\n  t: { ops: [ { lock: m }, { unlock: m } ] }\n",
        "lock `m` is asyncio's own (`asyncio: true`); only coroutines may use it",
    );
    check(
        "name: s\nevents: { e: { asyncio: true } }\ntasks:\n  t: { ops: [ { set_event: e } ] }\n",
        "event `e` is asyncio's own (`asyncio: true`); only coroutines may use it",
    );
    check(
        "name: s\nqueues: { q: { asyncio: true } }\ntasks:\n  t: { ops: [ { put: { queue: q, value: 1 } } ] }\n",
        "queue `q` is asyncio's own (`asyncio: true`); only coroutines may use it",
    );
}

#[test]
fn a_condition_and_its_lock_are_both_asyncio_or_both_threading() {
    check(
        "name: s\nlocks: [m]\nconditions: { c: { lock: m, asyncio: true } }\ntasks:\n  t: { kind: coroutine, ops: [ { yield } ] }\n",
        "condition `c` is asyncio's own but lock `m` is a threading lock",
    );
    check(
        "name: s\nlocks: { m: { asyncio: true } }\nconditions: { c: { lock: m } }\ntasks:\n  t: { kind: coroutine, ops: [ { yield } ] }\n",
        "condition `c` is a threading condition but lock `m` is asyncio's own",
    );
}

#[test]
fn s35engine_next_pass_is_for_a_coroutine_starting_a_coroutine() {
    let refused = "`next_pass` is for a coroutine starting a coroutine (`loop.call_later(0, f)`)";
    let note = "  note: { kind: coroutine, start: spawned, ops: [ { await: 0ns } ] }\n";
    check(
        &format!("name: s\ntasks:\n  main: {{ ops: [ {{ submit: {{ task: note, next_pass: true }} }} ] }}\n{note}"),
        refused,
    );
    let job = "  job: { start: spawned, ops: [ { io: 1ms } ] }\n";
    check(
        &format!(
            "name: s\ntasks:\n  main: {{ kind: coroutine, ops: [ {{ submit: {{ task: job, next_pass: true }} }} ] }}\n{job}"
        ),
        refused,
    );
    let allowed = format!(
        "name: s\ntasks:\n  main: {{ kind: coroutine, ops: [ {{ submit: {{ task: note, next_pass: true }} }} ] }}\n{note}"
    );
    assert!(scenarios::load_str("test.yaml", &allowed).is_ok(), "{allowed}");
}
