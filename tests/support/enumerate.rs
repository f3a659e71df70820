//! A brute-force enumerator of every interleaving, with no reduction at all, written apart from
//! `explore`: a depth-first search that replays a prefix of choices through the public run API (a
//! [`Policy`] in exploring mode) and branches at every decision the engine asks a policy to make.
//!
//! It is the reference the exploration properties compare `explore` with: an outcome is the run's
//! status with the shared variables at the moment the run stopped (at its end, at a failing step, at a
//! deadlock), exactly what `explore` and `fuzz` report. Every schedule also carries its number of
//! preemptions (switching away from a task that could have gone on), so the outcomes reachable within
//! a preemption bound are known too.

use std::collections::BTreeMap;

use sim_core::engine::{ExploreConfig, Reduction, SearchOptions};
use sim_core::policy::{Candidate, Decision, DecisionKind, Mode, Policy, RunStart};
use sim_core::trace::TraceKind;
use sim_core::{Model, RunConfig, Simulator, Status, Timeouts};

/// What a run ended with: its status and its shared variables, flattened in model order.
pub type OutcomeKey = (Status, Vec<i64>);

#[derive(Clone, Debug)]
pub struct Enumeration {
    /// Every outcome, with the fewest preemptions of a schedule that reaches it.
    pub outcomes: BTreeMap<OutcomeKey, u32>,
    /// Schedules run.
    pub schedules: u64,
    /// Every schedule was run (the budget did not stop the search).
    pub complete: bool,
    /// Some run stopped at the step limit.
    pub hit_step_limit: bool,
    /// Under `quiescent`, some decision let a waiter give up beside a task that could step (its
    /// deadline had come).
    pub early_give_ups: bool,
    /// Under `deadline` with a time window, some decision left out a step within the window of the
    /// earliest step because a waiter's deadline came more than the window before it.
    pub deadlines_held: bool,
}

impl Enumeration {
    /// The outcomes some schedule with at most `bound` preemptions reaches (all of them for `None`).
    pub fn within(&self, bound: Option<u32>) -> Vec<OutcomeKey> {
        self.outcomes
            .iter()
            .filter(|(_, least)| bound.is_none_or(|b| **least <= b))
            .map(|(key, _)| key.clone())
            .collect()
    }
}

/// One decision of a run: the tasks that could step, which one did, and how many steps came before.
/// A value decision (`DecisionKind::Value`) lists its task once per value and takes no turn.
#[derive(Clone, Debug)]
struct Taken {
    steps_before: u64,
    candidates: Vec<u32>,
    chosen: usize,
    value: bool,
}

/// Follows `prefix`, then always picks the first candidate; remembers every decision. The engine runs
/// under `--timeouts any` and offers every waiter's giving up at every step; the enumerator keeps only
/// the give-ups `timeouts` allows, by its own reading of the rules (docs/exploration.md, "Time-outs"):
/// under `quiescent`, every one when no step is offered and none otherwise; under `deadline` also one
/// whose deadline is not after the time at which every step offered would happen. Under a time window
/// the engine offers every step (its window is made endless) and the enumerator keeps the steps, and
/// the `deadline` give-ups, that happen no later than the window after the earliest event: the earliest
/// step offered, or under `deadline` the earliest deadline (docs/exploration.md, "Time windows").
#[derive(Debug, Default)]
struct PrefixThenFirst {
    prefix: Vec<usize>,
    taken: Vec<Taken>,
    timeouts: Timeouts,
    time_window_ns: Option<u64>,
    early_give_ups: bool,
    deadlines_held: bool,
}

/// The candidates `timeouts` and the time window let a run choose among, of those `--timeouts any`
/// and an endless window offer. A window is measured from the earliest event: the earliest step, and
/// under `deadline` also the earliest deadline of a waiter (every time-out of the generated programs
/// is a few milliseconds, and no coroutine waits with one), so that nothing that would happen more
/// than the window after a deadline comes before that waiter gives up; when no step is offered, every
/// waiter gives up (`quiescent`), or, under `deadline` with a window, those within it.
fn allowed_under(timeouts: Timeouts, time_window_ns: Option<u64>, candidates: &[Candidate]) -> Vec<usize> {
    let earliest_of =
        |with_give_ups: bool| candidates.iter().filter(|c| with_give_ups || !c.gives_up).map(|c| c.starts_ns).min();
    let deadlines_bound_window = timeouts == Timeouts::Deadline && time_window_ns.is_some();
    let stuck = earliest_of(false).is_none();
    let Some(earliest) = earliest_of(deadlines_bound_window).filter(|_| deadlines_bound_window || !stuck) else {
        return (0..candidates.len()).collect();
    };
    let latest = earliest.saturating_add(time_window_ns.unwrap_or(0));
    let allowed = |candidate: &Candidate| match timeouts {
        _ if !candidate.gives_up => time_window_ns.is_none() || candidate.starts_ns <= latest,
        Timeouts::Any => true,
        Timeouts::Quiescent => false,
        Timeouts::Deadline => candidate.starts_ns <= latest,
    };
    (0..candidates.len()).filter(|&i| allowed(&candidates[i])).collect()
}

impl Policy for PrefixThenFirst {
    fn name(&self) -> &str {
        "brute-force"
    }

    fn mode(&self) -> Mode {
        Mode::Exploring
    }

    fn start_run(&mut self, _: &RunStart) {
        self.taken.clear();
    }

    fn choose(&mut self, decision: &Decision<'_>) -> usize {
        let allowed = allowed_under(self.timeouts, self.time_window_ns, decision.candidates);
        let gives_up = |i: &usize| decision.candidates[*i].gives_up;
        self.early_give_ups |=
            self.timeouts == Timeouts::Deadline && allowed.iter().any(gives_up) && !allowed.iter().all(gives_up);
        self.deadlines_held |= self.timeouts == Timeouts::Deadline
            && allowed_under(Timeouts::Quiescent, self.time_window_ns, decision.candidates)
                .iter()
                .any(|i| !decision.candidates[*i].gives_up && !allowed.contains(i));
        let chosen = self.prefix.get(self.taken.len()).copied().unwrap_or(0);
        self.taken.push(Taken {
            steps_before: decision.steps,
            candidates: allowed.iter().map(|&i| decision.candidates[i].task.0).collect(),
            chosen,
            value: decision.kind == DecisionKind::Value,
        });
        allowed[chosen]
    }
}

/// Enumerates every schedule of `model` (200,000 at most, 200 steps each) with waits giving up as
/// `timeouts` says, and checks that `explore` under each of `reductions` finds exactly the outcomes
/// reached, completely; at least `least` of them, so that the check cannot pass on a trivial program.
#[track_caller]
pub fn assert_explore_agrees(model: &Model, timeouts: Timeouts, reductions: &[Reduction], least: usize, label: &str) {
    let all = enumerate_with(model, timeouts, 200_000, 200);
    assert!(all.complete && !all.hit_step_limit, "{label} {timeouts:?}: the enumeration did not finish");
    let mut reachable = all.within(None);
    reachable.sort();
    reachable.dedup();
    assert!(reachable.len() >= least, "{label} {timeouts:?}: {reachable:?}");
    for &reduction in reductions {
        let config = ExploreConfig { max_schedules: 200_000, preemption_bound: None, max_steps: 200 };
        let options = SearchOptions { reduction, timeouts, ..SearchOptions::default() };
        let explored = Simulator::new(model).explore_with(&config, options, &mut |_| true);
        let mut found: Vec<OutcomeKey> = explored.outcomes.iter().map(|o| (o.status, o.shared.clone())).collect();
        found.sort();
        found.dedup();
        assert!(explored.complete, "{label} {timeouts:?} {reduction:?}");
        assert_eq!(found, reachable, "{label} {timeouts:?} {reduction:?}");
    }
}

/// Runs every schedule of `model` (at most `max_schedules`), each with at most `max_steps` steps.
pub fn enumerate(model: &Model, max_schedules: u64, max_steps: u64) -> Enumeration {
    enumerate_with(model, Timeouts::default(), max_schedules, max_steps)
}

/// As [`enumerate`], with waits that have a time-out giving up as `timeouts` says: a waiter whose
/// deadline has come when no step can come first, or which stuck waiter gives up first (`quiescent`),
/// or any waiter at any step (`any`), is a decision like any other. A model with a time window runs
/// with an endless one, which offers every step with the time it would start, and the enumerator
/// applies the model's window itself; the poll rule still measures a pass against the model's window
/// (`poll_window_ns`), so a long pass goes round as under `explore`.
pub fn enumerate_with(model: &Model, timeouts: Timeouts, max_schedules: u64, max_steps: u64) -> Enumeration {
    let time_window_ns = model.scheduler.time_window_ns;
    let mut endless = model.clone();
    endless.scheduler.time_window_ns = time_window_ns.map(|_| u64::MAX);
    // A poll's pass is still measured against the model's window: a long one goes round as it would.
    endless.scheduler.poll_window_ns = time_window_ns;
    let mut simulator = Simulator::new(&endless);
    let mut policy = PrefixThenFirst { timeouts, time_window_ns, ..PrefixThenFirst::default() };
    let config = RunConfig { max_steps, record_choices: false, timeouts: Timeouts::Any, ..RunConfig::default() };
    let mut result = Enumeration {
        outcomes: BTreeMap::new(),
        schedules: 0,
        complete: false,
        hit_step_limit: false,
        early_give_ups: false,
        deadlines_held: false,
    };
    let mut shared = Vec::new();
    loop {
        if result.schedules == max_schedules {
            return result;
        }
        let outcome = simulator.run(&mut policy, &config);
        result.schedules += 1;
        result.early_give_ups |= policy.early_give_ups;
        result.deadlines_held |= policy.deadlines_held;
        result.hit_step_limit |= outcome.status == Status::StepLimit;
        simulator.shared_values(&mut shared);
        let preemptions = preemptions(&simulator, &policy.taken);
        let least = result.outcomes.entry((outcome.status, shared.clone())).or_insert(preemptions);
        *least = (*least).min(preemptions);
        // The next schedule: the deepest decision with a candidate not yet tried takes the next one.
        let Some(depth) = policy.taken.iter().rposition(|t| t.chosen + 1 < t.candidates.len()) else {
            result.complete = true;
            return result;
        };
        policy.prefix = policy.taken[..depth].iter().map(|t| t.chosen).collect();
        policy.prefix.push(policy.taken[depth].chosen + 1);
    }
}

/// The preemptions of the last run: decisions that chose another task while the one that took the
/// turn just before was among the candidates. Who took each turn comes from the trace: one `Step`,
/// `Blocks` or `PicksUp` (a pool worker taking its job) event per counted step, and a `Finishes` event of its own for a task that finishes at a
/// turn of its own (one woken from its last step, a `join`, has nothing left but to finish; a
/// coroutine asleep in its last step inside a handler that catches CancelledError, which a cancel may
/// still reach there, docs/exploration.md "A cancel in a coroutine's last await"). A coroutine's
/// `Cancelled` event is no turn, nor are the releases of its `with` blocks traced after it. A decision made
/// before counted step `k` is the first turn from there on taken by the task it chose.
fn preemptions(simulator: &Simulator<'_>, taken: &[Taken]) -> u32 {
    let (events, skipped) = simulator.trace().kept();
    assert_eq!(skipped, 0, "the enumerator is for small programs whose trace is kept whole");
    let model = simulator.model();
    // (task, counted steps before this turn)
    let mut turns: Vec<(u32, u64)> = Vec::new();
    let mut steps = 0u64;
    let mut previous_event: Option<&sim_core::trace::TraceEvent> = None;
    // Coroutines that ended cancelled: each `Step` of theirs after it is the release of a `with` block
    // that the CancelledError left (`end_cancelled`), in the turn that raised it, and counts no step.
    let mut ended_cancelled: Vec<u32> = Vec::new();
    for event in &events {
        if event.kind == TraceKind::Cancelled {
            // Part of a turn, its canceller's or its own, which the events around it tell.
            ended_cancelled.push(event.task.0);
            continue;
        }
        if event.kind == TraceKind::Step && ended_cancelled.contains(&event.task.0) {
            previous_event = Some(event);
            continue;
        }
        // The sleep itself is traced with 0; the step at which a cancel is raised there, with
        // `CANCELLED_AT_LAST_AWAIT`, may end with the finish (a handler without steps).
        let ends_its_step = |p: &sim_core::trace::TraceEvent| {
            let last_sleep = p.kind == TraceKind::Step
                && p.value != sim_core::trace::CANCELLED_AT_LAST_AWAIT
                && sim_core::exceptions::last_sleep_meets_cancel(model, p.task, p.pc);
            p.task == event.task && matches!(p.kind, TraceKind::Step | TraceKind::Blocks) && !last_sleep
        };
        let own_finish = event.kind == TraceKind::Finishes && previous_event.is_none_or(|p| !ends_its_step(p));
        if matches!(event.kind, TraceKind::Step | TraceKind::Blocks | TraceKind::PicksUp) {
            turns.push((event.task.0, steps));
            steps += 1;
        } else if event.kind == TraceKind::TimesOut || own_finish {
            // Giving up a wait is a turn of the waiter's own, which counts no step.
            turns.push((event.task.0, steps));
        }
        previous_event = Some(event);
    }
    let mut count = 0;
    let mut cursor = 0usize;
    let turns_taken: Vec<&Taken> = taken.iter().filter(|decision| !decision.value).collect();
    for (index, decision) in turns_taken.iter().enumerate() {
        let chosen = decision.candidates[decision.chosen];
        let found =
            turns[cursor..].iter().position(|&(task, before)| task == chosen && before == decision.steps_before);
        let at = match found {
            Some(offset) => cursor + offset,
            // A step that fails leaves no trace event; it can only be the run's last.
            None => {
                assert!(index + 1 == turns_taken.len(), "every decision but a failing last one has its turn");
                turns.len()
            }
        };
        let previous = at.checked_sub(1).map(|i| turns[i].0);
        if previous.is_some_and(|p| p != chosen && decision.candidates.contains(&p)) {
            count += 1;
        }
        cursor = at + 1;
    }
    count
}

/// `explore` of `model` within `bound` with `options`, each schedule stopped after `max_steps`: the
/// search the brute-force comparisons check.
pub fn explore_within(
    model: &Model,
    bound: Option<u32>,
    options: sim_core::engine::SearchOptions,
    max_steps: u64,
) -> sim_core::engine::ExploreResult {
    let config = sim_core::engine::ExploreConfig { max_schedules: 100_000, preemption_bound: bound, max_steps };
    Simulator::new(model).explore_with(&config, options, &mut |_| true)
}

/// An exploration's outcomes as the enumeration keys them, sorted.
pub fn explored_keys(result: &sim_core::engine::ExploreResult) -> Vec<OutcomeKey> {
    let mut keys: Vec<OutcomeKey> = result.outcomes.iter().map(|o| (o.status, o.shared.clone())).collect();
    keys.sort();
    keys
}

/// Outcome keys sorted, without repeats.
pub fn sorted_keys(mut keys: Vec<OutcomeKey>) -> Vec<OutcomeKey> {
    keys.sort();
    keys.dedup();
    keys
}

/// How `explore` of `model` with `options` within `bound` (schedules of at most `max_steps` steps)
/// disagrees with the enumeration `all`, if it does: incomplete, or other outcomes.
pub fn explore_disagreement(
    model: &Model,
    all: &Enumeration,
    options: SearchOptions,
    bound: Option<u32>,
    max_steps: u64,
) -> Option<String> {
    let config = ExploreConfig { max_schedules: 100_000, preemption_bound: bound, max_steps };
    let explored = Simulator::new(model).explore_with(&config, options, &mut |_| true);
    let found = sorted_keys(explored.outcomes.iter().map(|o| (o.status, o.shared.clone())).collect());
    let reachable = sorted_keys(all.within(bound));
    if !explored.complete || found != reachable {
        return Some(format!(
            "{options:?} bound {bound:?}: complete {}, explore found {found:?}, brute force {reachable:?}",
            explored.complete
        ));
    }
    None
}
