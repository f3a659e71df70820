//! `scheduler: { thread_polls: passes }` (docs/format.md, "A thread's poll between sleeps under
//! exploring policies"): a thread's `while` that sleeps and changes nothing is a spin-wait only while a
//! pass takes at most half the time window; a longer loop goes round in virtual time, so a write made
//! between the flag's write and the poller's next poll is seen in some schedule, as in CPython
//! (session36-s36engine/thread_poll_long_pass_missed.py). Without the key, or with `spin`, the poll is a
//! spin-wait whatever its pass, as before.

use crate::common;
use crate::support;

use sim_core::engine::{ExploreConfig, Reduction};
use sim_core::{Simulator, Timeouts};
use support::enumerate::assert_explore_agrees;

/// A flag set at 250 ms, a third write at 280 ms, a poll every `POLL`; `seen` is `x` after the poll.
const POLLER: &str = "name: poll
scheduler: { time_window: 20ms SETTING }
shared: { ready: 0, x: 0, seen: -1 }
tasks:
  setter: { ops: [ { io: 250ms }, { set: \"ready = 1\" } ] }
  third: { ops: [ { io: 280ms }, { set: \"x = 1\" } ] }
  poller: { ops: [ { while: { cond: \"ready == 0\", ops: [ { io: POLL } ] } }, { set: \"seen = x\" } ] }
";

/// The values of `seen` `weft explore` lists for the poller with `setting` and a poll every `poll`, by
/// `reduction`.
fn seen_values(setting: &str, poll: &str, reduction: Reduction) -> Vec<i64> {
    let yaml = POLLER.replace("SETTING", setting).replace("POLL", poll);
    let scenario = common::load(&yaml);
    let config = ExploreConfig { max_schedules: 10_000, preemption_bound: None, max_steps: 1_000 };
    let result = Simulator::new(&scenario.model).explore_by(&config, reduction, &mut |_| true);
    assert!(result.complete, "{yaml}");
    let mut seen: Vec<i64> = result.outcomes.iter().map(|o| o.shared[2]).collect();
    seen.sort();
    seen.dedup();
    seen
}

#[test]
fn s37engine_a_threads_long_poll_goes_round_and_sees_a_write_before_its_next_poll() {
    // (setting, poll, the values of `seen`): a 100 ms pass is longer than half the 20 ms window, so
    // under `passes` the poll after the flag comes at 300 ms, within the window of the third's write
    // at 280 ms (both orders); as a spin-wait it goes on at 250 ms, 30 ms before it (0 alone).
    let cases: [(&str, &str, &[i64]); 5] = [
        (", thread_polls: passes", "100ms", &[0, 1]),
        ("", "100ms", &[0]),
        (", thread_polls: spin", "100ms", &[0]),
        // A 5 ms pass fits in half the window: still a spin-wait, woken at 250 ms.
        (", thread_polls: passes", "5ms", &[0]),
        // A 40 ms poll: polls at 240 and 280 ms; the one at 280 ms is a tie with the third's write.
        (", thread_polls: passes", "40ms", &[0, 1]),
    ];
    for (setting, poll, expected) in cases {
        for reduction in [Reduction::CachedStates, Reduction::StatelessDpor] {
            assert_eq!(seen_values(setting, poll, reduction), expected, "{setting} {poll} {reduction:?}");
        }
    }
}

/// The brute-force enumerator runs a model under an endless window (and applies the window itself); the
/// poll rule measures a pass against the model's window all the same (`poll_window_ns`), so the long
/// passes, which go round in virtual time, are checked as well as the short ones, which are spin-waits.
#[test]
fn s37engine_thread_polls_agree_with_brute_force() {
    for poll in ["5ms", "10ms", "40ms", "100ms"] {
        let yaml = POLLER.replace("SETTING", ", thread_polls: passes").replace("POLL", poll);
        let scenario = common::load(&yaml);
        let both = [Reduction::CachedStates, Reduction::StatelessDpor];
        for timeouts in [Timeouts::Quiescent, Timeouts::Deadline] {
            assert_explore_agrees(&scenario.model, timeouts, &both, 1, &yaml);
        }
    }
}

#[test]
fn s37engine_thread_polls_is_spin_or_passes() {
    let yaml = POLLER.replace("SETTING", ", thread_polls: always").replace("POLL", "100ms");
    let Err(diagnostic) = scenarios::load_str("test.yaml", &yaml) else { panic!("an unknown setting is refused") };
    let error = diagnostic.render(false);
    assert!(error.contains("thread poll setting") && error.contains("passes"), "{error}");
}

/// The coroutine's poll (`while ready == 0: await asyncio.sleep(...)`) of the same shape: a pass longer
/// than half the window goes round in virtual time since session 36, and brute force checks it now.
const COROUTINE_POLLER: &str = "name: coroutine-poll
scheduler: { time_window: 20ms }
shared: { ready: 0, x: 0, seen: -1 }
tasks:
  setter: { kind: coroutine, ops: [ { await: 250ms }, { set: \"ready = 1\" } ] }
  third: { kind: coroutine, ops: [ { await: 280ms }, { set: \"x = 1\" } ] }
  poller: { kind: coroutine, ops: [ { while: { cond: \"ready == 0\", ops: [ { await: POLL } ] } }, { set: \"seen = x\" } ] }
";

#[test]
fn s38engine_coroutine_polls_agree_with_brute_force() {
    for poll in ["5ms", "40ms", "100ms"] {
        let yaml = COROUTINE_POLLER.replace("POLL", poll);
        let scenario = common::load(&yaml);
        let both = [Reduction::CachedStates, Reduction::StatelessDpor];
        for timeouts in [Timeouts::Quiescent, Timeouts::Deadline] {
            assert_explore_agrees(&scenario.model, timeouts, &both, 1, &yaml);
        }
    }
}
