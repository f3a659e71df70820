//! Exploration and fuzzing agree on programs with executors, futures and coroutine tasks (format 1.1,
//! part two): `explore` (with the state cache, which now sees part two's state) against the brute-force
//! enumerator of every interleaving (tests/support/enumerate.rs) on small generated programs, unbounded
//! and within preemption bounds, and every outcome `random` and `pct` fuzzing reach is one `explore`
//! lists.
//!
//! The programs: a pool of one or two workers or none, jobs submitted with arguments that read and
//! write shared variables, `result` (with a time-out), `cancel`; or coroutines on one loop: `create_task`,
//! `await task`, gather (awaits in a row), `wait_for` with a time-out, `to_thread`, an `asyncio.Lock`
//! held across an `await`, `run_coroutine_threadsafe` from a thread. Cheap in a debug build;
//! `WEFT_FUTURES_EXPLORE_SLOW=1 cargo test --test futures_explore` compares 1,000 programs instead of 60.

use crate::common;
use crate::support;

use sim_core::engine::ExploreConfig;
use sim_core::policy::{Decision, Mode, Policy, RunStart};
use sim_core::{RunConfig, Simulator, policy};
use support::enumerate::{Enumeration, OutcomeKey, enumerate};
use support::programs::Rng;

const MAX_STEPS: u64 = 300;
/// Programs with more schedules than this are left out (counted, so the test cannot go vacuous).
const BRUTE_FORCE_BUDGET: u64 = 1_500;
const FUZZ_SEEDS: u64 = 60;

fn programs() -> u64 {
    if std::env::var_os("WEFT_FUTURES_EXPLORE_SLOW").is_some() { 1_000 } else { 60 }
}

fn sorted(mut keys: Vec<OutcomeKey>) -> Vec<OutcomeKey> {
    keys.sort();
    keys.dedup();
    keys
}

/// A read-modify-write of a shared variable by a task whose parameter is `n`, or a plain write.
fn shared_update(rng: &mut Rng) -> &'static str {
    const UPDATES: [&str; 3] =
        ["{ set: \"x = x + n\" }", "{ set: \"y = y * 10 + n\" }", "{ let: \"v = y\" }, { set: \"x = v + n\" }"];
    UPDATES[rng.below(UPDATES.len() as u64) as usize]
}

/// Jobs of a thread pool (or plain threads) submitted by one or two threads.
fn thread_program(rng: &mut Rng) -> String {
    let executor = *rng.pick(&["", "executor: pool, ", "executor: pool, "]);
    let workers = 1 + rng.below(2);
    let job = format!("{}, {{ return: \"n\" }}", shared_update(rng));
    let mut middle =
        *rng.pick(&["{ cancel: b }, ", "{ set: \"x = 10\" }, ", "{ yield }, ", "{ let: \"k = y\" }, ", ""]);
    let collect = *rng.pick(&[
        "{ result: { future: a, into: r } }, { set: \"y = y + r\" }",
        "{ result: { future: b, timeout: 1s, into_ok: ok, into: r } }, { set: \"y = ok * 10 + r\" }",
        "{ result: { future: a } }, { result: { future: b, timeout: 1s, into_ok: ok } }, { set: \"x = x + ok\" }",
    ]);
    // A second submitter of another task on the same pool: submits of two tasks race for its workers.
    let other = if rng.chance(35) {
        middle = "";
        format!(
            "  side: {{ start: spawned, {executor}ops: [ {{ set: \"y = y * 10 + 5\" }} ] }}
  other: {{ ops: [ {{ submit: {{ task: side, into: s }} }}{} ] }}\n",
            rng.pick(&["", ", { cancel: s }"])
        )
    } else {
        String::new()
    };
    format!(
        "name: generated\nshared: {{ x: {}, y: 0 }}\nexecutors: {{ pool: {{ workers: {workers} }} }}
tasks:
  job: {{ start: spawned, {executor}ops: [ {job} ] }}
  main: {{ ops: [ {{ submit: {{ task: job, args: {{ n: 1 }}, into: a }} }}, {{ submit: {{ task: job, args: {{ n: 2 }}, into: b }} }}, {middle}{collect} ] }}
{other}",
        rng.below(2)
    )
}

/// Coroutines of one loop: create_task, await, gather, wait_for, cancel, to_thread, an asyncio.Lock.
fn coroutine_program(rng: &mut Rng) -> String {
    let body = *rng.pick(&[
        "{ let: \"v = x\" }, { await: 0ns }, { set: \"x = v + n\" }",
        "{ set: \"x = x + n\" }, { await: 0ns }, { set: \"y = n\" }",
        "{ with: { lock: al, ops: [ { let: \"v = x\" }, { await: 0ns }, { set: \"x = v + n\" } ] } }",
        "{ set: \"y = y * 2 + n\" }, { await: 0ns }",
    ]);
    // A thread beside the loop: writes what the coroutines read, or submits a coroutine to the loop
    // and waits for it (run_coroutine_threadsafe).
    let thread = match rng.below(3) {
        0 => "",
        1 => "  bystander: { ops: [ { set: \"x = 3\" } ] }\n",
        _ => {
            "  bridge: { ops: [ { submit: { task: job, args: { n: 4 }, into: c } }, { result: { future: c, into: r } }, { set: \"y = r\" } ] }\n"
        }
    };
    let mut middles = vec!["{ cancel: b }, ", "{ set: \"x = 10\" }, ", "{ await: 0ns }, ", ""];
    if thread.is_empty() {
        // asyncio.to_thread(blocking): a thread on the loop's default executor.
        middles.push("{ submit: { task: blocking, into: p } }, { result: { future: p, into: q } }, ");
    }
    let middle = *rng.pick(&middles);
    let collect = *rng.pick(&[
        // asyncio.gather(a, b)
        "{ result: { future: a, into: r } }, { result: { future: b, into: s } }, { set: \"y = y + r * 10 + s\" }",
        // asyncio.wait_for(b, 1s)
        "{ await: { future: b, timeout: 1s, into: ok } }, { set: \"x = x + ok * 10\" }",
        "{ await: { future: a, timeout: 1s, into: ok } }, { await: { future: b, timeout: 1s, into: got } }, { set: \"y = ok + got\" }",
        "{ result: { future: a, into: r } }, { set: \"y = y + r\" }",
    ]);
    format!(
        "name: generated\nshared: {{ x: {}, y: 0 }}\nlocks: {{ al: {{ asyncio: true }} }}
tasks:
  job: {{ kind: coroutine, start: spawned, ops: [ {body}, {{ return: \"n\" }} ] }}
  blocking: {{ start: spawned, ops: [ {}, {{ return: 5 }} ] }}
  main: {{ kind: coroutine, ops: [ {{ submit: {{ task: job, args: {{ n: 1 }}, into: a }} }}, {{ submit: {{ task: job, args: {{ n: 2 }}, into: b }} }}, {middle}{collect} ] }}
{thread}",
        rng.below(2),
        // Its own constant: `n` is a parameter of `blocking` only where it is submitted.
        shared_update(rng).replace("n\"", "3\"")
    )
}

/// A pool whose jobs submit jobs of their own to it (waiting for them or not), shut down by `main` in
/// one of Python's three ways, then a read of what the jobs wrote (what the shutdown waited for) or a
/// `submit` after it (RuntimeError); sometimes another thread submits to the pool meanwhile, before or
/// after the shutdown.
fn shutdown_program(rng: &mut Rng) -> String {
    let workers = 1 + rng.below(2);
    let waits_for_child = *rng.pick(&[
        "",
        ", { result: { future: c, timeout: 1s, into_ok: ok } }, { set: \"y = y + ok * 100\" }",
        ", { result: { future: c, into_ok: ok, catches: RuntimeError } }",
    ]);
    let parent =
        format!("{{ submit: {{ task: child, args: {{ n: n }}, into: c }} }}{waits_for_child}, {}", shared_update(rng));
    let second = *rng.pick(&["", "{ submit: { task: parent, args: { n: 2 }, into: b } }, "]);
    let before = *rng.pick(&["", "{ result: { future: a, into_ok: ok, catches: RuntimeError } }, "]);
    let shutdown = *rng.pick(&[
        "{ shutdown: pool }",
        "{ shutdown: { executor: pool, wait: false } }",
        "{ shutdown: { executor: pool, cancel_futures: true } }",
    ]);
    let after = *rng.pick(&[
        "{ set: \"z = x * 10 + y\" }",
        "{ let: \"v = y\" }, { set: \"z = v\" }",
        "{ submit: { task: child, args: { n: 7 }, into: late } }",
    ]);
    // Another thread's submit, its RuntimeError caught (declared first, its first run submits before
    // the shutdown; last, after it).
    let other = "  other: { ops: [ { try: { do: [ { submit: { task: child, args: { n: 5 }, into: s } } ], \
                 except: [ { classes: [RuntimeError], do: [ { set: \"y = y + 1000\" } ] } ] } } ] }\n";
    let (first, last) = match rng.below(3) {
        0 => (other, ""),
        1 => ("", other),
        _ => ("", ""),
    };
    format!(
        "name: generated\nshared: {{ x: 0, y: 0, z: 0 }}\nexecutors: {{ pool: {{ workers: {workers} }} }}
tasks:
{first}  child: {{ start: spawned, executor: pool, ops: [ {}, {{ return: \"n\" }} ] }}
  parent: {{ start: spawned, executor: pool, ops: [ {parent} ] }}
  main: {{ ops: [ {{ submit: {{ task: parent, args: {{ n: 1 }}, into: a }} }}, {second}{before}{shutdown}, {after} ] }}
{last}",
        shared_update(rng)
    )
}

/// The program of `seed`: odd seeds coroutines, even ones threads.
fn futures_program(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    if seed % 2 == 1 { coroutine_program(&mut rng) } else { thread_program(&mut rng) }
}

/// The outcomes `explore` lists within `bound`, and whether it says it is complete.
fn explored(model: &sim_core::Model, bound: Option<u32>) -> (Vec<OutcomeKey>, bool, u64) {
    let config = ExploreConfig { max_schedules: 100_000, preemption_bound: bound, max_steps: MAX_STEPS };
    let result = Simulator::new(model).explore(&config);
    (sorted(result.outcomes.iter().map(|o| (o.status, o.shared.clone())).collect()), result.complete, result.schedules)
}

/// How `explore` within `bound` disagrees with the enumeration, if it does.
fn disagreement(model: &sim_core::Model, all: &Enumeration, bound: Option<u32>) -> Option<String> {
    let (found, complete, schedules) = explored(model, bound);
    let reachable = sorted(all.within(bound));
    if !complete || found != reachable {
        return Some(format!(
            "bound {bound:?}: complete {complete} after {schedules} schedules, explore found {found:?}, brute force {reachable:?}"
        ));
    }
    None
}

/// Outcomes fuzzing reaches that `explored` does not list.
fn fuzzed_beyond(model: &sim_core::Model, explored: &[OutcomeKey]) -> Vec<(String, u64, OutcomeKey)> {
    let mut simulator = Simulator::new(model);
    let mut missing = Vec::new();
    let mut shared = Vec::new();
    for name in ["random", "pct"] {
        let mut fuzzer = policy::by_name(name).expect("a built-in policy");
        for seed in 0..FUZZ_SEEDS {
            let config = RunConfig { seed, max_steps: MAX_STEPS, ..RunConfig::default() };
            let outcome = simulator.run(fuzzer.as_mut(), &config);
            simulator.shared_values(&mut shared);
            let key = (outcome.status, shared.clone());
            if !explored.contains(&key) {
                missing.push((name.to_string(), seed, key));
            }
        }
    }
    missing
}

/// What comparing one program's exploration with the enumeration and with fuzzing found.
enum Comparison {
    /// More schedules than the budget, or a run at the step limit: left out.
    TooBig,
    /// Explore lists the enumeration's outcomes (this many), unbounded and within bounds 0 and 1, and
    /// every outcome fuzzing reaches.
    Agrees {
        outcomes: usize,
    },
    Disagrees(String),
}

/// Explore against brute force and fuzzing on the scenario `yaml`, whose state the cache must see.
fn compare(yaml: &str) -> Comparison {
    let scenario = common::load(yaml);
    assert!(sim_core::engine::view::search_state_covers(&scenario.model), "not cached\n{yaml}");
    let all = enumerate(&scenario.model, BRUTE_FORCE_BUDGET, MAX_STEPS);
    if !all.complete || all.hit_step_limit {
        return Comparison::TooBig;
    }
    if let Some(problem) = [None, Some(0), Some(1)].into_iter().find_map(|b| disagreement(&scenario.model, &all, b)) {
        return Comparison::Disagrees(problem);
    }
    match fuzzed_beyond(&scenario.model, &explored(&scenario.model, None).0).first() {
        Some(first) => Comparison::Disagrees(format!("fuzzing reaches {first:?}, which explore does not list")),
        None => Comparison::Agrees { outcomes: all.outcomes.len() },
    }
}

#[test]
fn explore_agrees_with_brute_force_and_fuzzing_on_futures_and_coroutines() {
    let mut failures = Vec::new();
    let mut compared = [0u64; 2];
    for seed in 0..programs() {
        let yaml = futures_program(seed);
        match compare(&yaml) {
            Comparison::TooBig => {}
            Comparison::Agrees { .. } => compared[(seed % 2) as usize] += 1,
            Comparison::Disagrees(problem) => failures.push(format!("seed {seed}: {problem}\n{yaml}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {compared:?} programs disagree; first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(4)].join("\n")
    );
    // Nearly every program fits the budget, of both kinds (the test cannot go vacuous).
    let least = programs() / 5;
    assert!(compared.iter().all(|&c| c >= least), "only {compared:?} (threads, coroutines) programs enumerated");
}

/// `shutdown` (Python's `executor.shutdown(wait, cancel_futures)`, a `with`'s end) against the
/// enumeration: it waits for every job submitted to its pool, those that jobs submitted included, a
/// `submit` after it raises RuntimeError (in a job its future keeps it), and `cancel_futures` drops the
/// queued jobs. Exploration must order it with every submit and every job's end on the pool.
#[test]
fn explore_agrees_with_brute_force_and_fuzzing_on_shutdowns() {
    let mut failures = Vec::new();
    let mut compared = 0;
    let mut outcomes_seen = 0;
    for seed in 0..programs() {
        let yaml = shutdown_program(&mut Rng::new(seed));
        match compare(&yaml) {
            Comparison::TooBig => {}
            Comparison::Agrees { outcomes } => {
                compared += 1;
                outcomes_seen += outcomes;
            }
            Comparison::Disagrees(problem) => failures.push(format!("seed {seed}: {problem}\n{yaml}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {compared} programs disagree; first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(4)].join("\n")
    );
    // Not vacuous: most programs fit the budget, and they race (more than one outcome each on average).
    assert!(compared >= programs() / 3, "only {compared} programs enumerated");
    assert!(outcomes_seen > compared as usize, "{outcomes_seen} outcomes over {compared} programs");
}

/// Small shapes of the constructs above, checked on their own: two submitters racing for the one
/// worker of a pool (explore reports one outcome of three when taking a free worker is not a conflict
/// of the pool), and a thread's `cancel` of a coroutine that is running or suspended.
#[test]
fn explore_agrees_with_brute_force_on_small_shapes() {
    let shapes = [
        // One worker: job#1 runs, job#2 and side#1 queue in the order main and other submitted them.
        "name: t\nshared: { y: 0 }\nexecutors: { pool: { workers: 1 } }
tasks:
  job: { start: spawned, executor: pool, ops: [ { set: \"y = y * 10 + n\" } ] }
  side: { start: spawned, executor: pool, ops: [ { set: \"y = y * 10 + 5\" } ] }
  main: { ops: [ { submit: { task: job, args: { n: 1 }, into: a } }, { submit: { task: job, args: { n: 2 }, into: b } } ] }
  other: { ops: [ { submit: { task: side, into: s } } ] }
",
        // A thread cancels a coroutine that is running or suspended: it ends at its next `await`.
        "name: t\nshared: { x: 0 }
tasks:
  job: { kind: coroutine, start: spawned, ops: [ { set: \"x = x + 1\" }, { await: 0ns }, { set: \"x = x + 10\" }, { await: 0ns } ] }
  main: { ops: [ { submit: { task: job, into: f } }, { cancel: f }, { set: \"x = x + 100\" } ] }
",
    ];
    for yaml in shapes {
        let scenario = common::load(yaml);
        let all = enumerate(&scenario.model, BRUTE_FORCE_BUDGET, MAX_STEPS);
        assert!(all.complete && !all.hit_step_limit, "{yaml}");
        for bound in [None, Some(0), Some(1)] {
            assert_eq!(disagreement(&scenario.model, &all, bound), None, "{yaml}");
        }
    }
}

/// Takes, at every choice, the first task of `order` still to come that is a candidate (else the first
/// candidate).
struct InOrder {
    order: Vec<u32>,
    next: usize,
}

impl Policy for InOrder {
    fn name(&self) -> &str {
        "in-order"
    }

    fn mode(&self) -> Mode {
        Mode::Exploring
    }

    fn start_run(&mut self, _: &RunStart) {
        self.next = 0;
    }

    fn choose(&mut self, decision: &Decision<'_>) -> usize {
        let wanted = self.order.get(self.next).copied();
        let found = decision.candidates.iter().position(|c| Some(c.task.0) == wanted);
        self.next += usize::from(found.is_some());
        found.unwrap_or(0)
    }
}

/// The words exploration's state cache keeps for the state after `steps` steps taken in `order`.
fn state_after(model: &sim_core::Model, order: &[u32], steps: u64) -> Vec<i64> {
    let mut simulator = Simulator::new(model);
    let mut policy = InOrder { order: order.to_vec(), next: 0 };
    simulator.run(&mut policy, &RunConfig { max_steps: steps, ..RunConfig::default() });
    let mut words = Vec::new();
    simulator.view().encode_search_state(&|_, _, _| true, &mut words);
    words
}

/// Two submitters queue their jobs on a busy one-worker pool in either order: everything else about
/// the two states is the same (both submitters have finished, both jobs wait), and which job the worker
/// goes to next differs, so the state cache must tell them apart.
#[test]
fn the_order_of_a_pools_queue_is_part_of_the_state() {
    let yaml = "name: t\nshared: { y: 0 }\nexecutors: { pool: { workers: 1 } }
tasks:
  main: { ops: [ { submit: { task: job, args: { n: 1 }, into: a } }, { submit: { task: job, args: { n: 2 }, into: b } } ] }
  other: { ops: [ { submit: { task: side, into: s } } ] }
  job: { start: spawned, executor: pool, ops: [ { set: \"y = y * 10 + n\" } ] }
  side: { start: spawned, executor: pool, ops: [ { set: \"y = y * 10 + 5\" } ] }
";
    let scenario = common::load(yaml);
    let (main, other) = (0, 1);
    let main_first = state_after(&scenario.model, &[main, main, other], 3);
    let other_between = state_after(&scenario.model, &[main, other, main], 3);
    assert_eq!(main_first, state_after(&scenario.model, &[main, main, other], 3), "a state is a function of its run");
    assert_ne!(main_first, other_between, "job#2 and side#1 queued in either order read alike");
}
