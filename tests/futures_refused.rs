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
