//! The contract between the engine and a policy: what is decided, among which candidates, and the
//! [`Policy`] trait itself. A leaf: it names only the model's ids.

use crate::model::{Nanos, TaskId};

/// How a policy drives the engine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Virtual time decides; the policy picks among equals and may slice time.
    Timed(TimedRules),
    /// The policy picks the task that takes the next step, at every step boundary.
    Exploring,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct TimedRules {
    /// Preempt a running thread after the scenario's `quantum` when others wait for a core.
    pub time_slice: bool,
    /// A newly ready thread of higher `priority` preempts the lowest running one.
    pub preempt_for_priority: bool,
}

/// What is being decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecisionKind {
    /// Which ready thread gets a free core (timed).
    Core,
    /// Which waiting thread gets a process's GIL (timed).
    Gil,
    /// Which task takes the next step (exploring).
    Step,
    /// Which of several timed waiters gives up first when no task can step at all (exploring, format
    /// 1.1's `--timeouts quiescent`). A schedule token writes it only when it is not the first waiter,
    /// so tokens of runs that never chose otherwise read as they did before this was a choice.
    GiveUp,
    /// Which of a known set of values a task's `choose` step takes (`let: "x = choose(1, 6)"`): data
    /// chosen at random, not an order of steps. Its candidates are the values, each standing for the
    /// task that chooses; `Decision::drawn` is the run's own uniform draw among them, which every
    /// built-in policy but `random` takes (`random` draws from its walk's stream, as for a step).
    /// Exploration branches on every value.
    Value,
}

/// One task a decision may pick. For a thread that runs an event loop, `task` is the coroutine it
/// would run next (or the first coroutine of the loop).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub task: TaskId,
    /// The task's `priority` from the scenario.
    pub priority: i64,
    /// When it started waiting for what is being decided.
    pub waiting_since_ns: Nanos,
    /// Duration of its next timed step (`cpu`, `native`, `io`, `await`), 0 if the next step is instant.
    pub next_work_ns: Nanos,
    /// Exploring policies, in a model with waits that have a time-out: when the step offered would
    /// happen in virtual time (the task's clock once its process's GIL is free; for a give-up, the
    /// wait's deadline), the facts `--timeouts quiescent` decides by. Otherwise `waiting_since_ns`.
    pub starts_ns: Nanos,
    /// The step offered is the task giving up a wait with a time-out (exploring policies, format 1.1).
    pub gives_up: bool,
}

#[derive(Clone, Copy, Debug)]
pub struct Decision<'a> {
    pub kind: DecisionKind,
    pub now_ns: Nanos,
    /// Steps taken so far in this run.
    pub steps: u64,
    /// Never empty; at least two entries (a single candidate is taken without asking).
    pub candidates: &'a [Candidate],
    /// For a [`DecisionKind::Value`]: a uniform draw among the candidates from the run's seeded ChaCha8
    /// stream kept for values (so a timed policy, which keeps no stream, still chooses a value the seed
    /// decides); 0 for every other kind.
    pub drawn: usize,
}

/// Facts a policy may use when a run starts.
#[derive(Clone, Copy, Debug)]
pub struct RunStart {
    pub seed: u64,
    pub tasks: usize,
    /// An estimate of the steps of the whole run (PCT spreads its change points over it).
    pub estimated_steps: u64,
    pub pct_depth: u32,
}

/// A scheduling policy. `choose` returns an index into `decision.candidates`; the engine records it in
/// the schedule token, so a run can be replayed without the policy.
pub trait Policy: Send {
    fn name(&self) -> &str;
    fn mode(&self) -> Mode;
    /// Called before every run; reset all per-run state here (the same object serves many seeds).
    fn start_run(&mut self, start: &RunStart);
    fn choose(&mut self, decision: &Decision<'_>) -> usize;
    /// Whether every [`DecisionKind::Core`] decision takes [`longest_waiting`] (`fifo`, `round-robin`).
    /// The engine keeps ready threads in the order they became ready, so it then takes the first in
    /// line without listing every waiting thread as a candidate (the same choice, recorded the same
    /// way; without it a run of thousands of processes costs the square of their number).
    fn takes_longest_waiting_core(&self) -> bool {
        false
    }
}

/// Index of the candidate that has waited longest (ties: the first).
pub fn longest_waiting(candidates: &[Candidate]) -> usize {
    let mut best = 0;
    for (index, candidate) in candidates.iter().enumerate() {
        if candidate.waiting_since_ns < candidates[best].waiting_since_ns {
            best = index;
        }
    }
    best
}
