//! One run in progress: the borrowed pieces a driver works with, the one choice point that consults the
//! scheduler, and the bookkeeping every driver shares (ending, failing, counting and recording steps).

use std::marker::PhantomData;

use super::config::RunConfig;
use super::scheduler::{Scheduler, Stop};
use super::state::{State, TaskPhase};
use crate::limits;
use crate::model::*;
use crate::outcome::{Cause, FailureRecord, Outcome, Status};
use crate::policy::{Candidate, Decision, DecisionKind, TimedRules};
use crate::trace::{TraceEvent, TraceKind};

/// A run under driver `D` (`Timed` or `Stepwise`).
pub(crate) struct Run<'a, 'm, D> {
    pub model: &'m Model,
    pub state: &'a mut State,
    pub scheduler: &'a mut dyn Scheduler,
    pub config: &'a RunConfig,
    pub rules: TimedRules,
    /// Asked once per run: whether the scheduler sees single candidates and every step.
    pub sees_every_step: bool,
    /// Whether the model uses format 1.1, part two (`FutureDefs::in_use`), asked once per run instead
    /// of at every step.
    pub uses_part_two: bool,
    /// Asked once per run: no hook runs around a step (no part two of format 1.1, no spin-wait
    /// detection), so `execute` does the common steps inline.
    pub plain_steps: bool,
    /// Asked once per run: whether core decisions take the first thread in line
    /// ([`Scheduler::takes_longest_waiting_core`]).
    pub takes_longest_waiting_core: bool,
    pub driver: PhantomData<D>,
}

impl<D> Run<'_, '_, D> {
    /// The one choice point: asks the scheduler to pick among the first `candidates_len` candidates and
    /// records the choice. A single candidate is taken without asking unless the scheduler sees every
    /// step; only real choices (two or more candidates) go into the schedule token. `None` when the
    /// scheduler ends the run.
    #[inline(always)]
    pub fn choose(&mut self, kind: DecisionKind, candidates_len: usize) -> Option<usize> {
        assert!(candidates_len > 0);
        if candidates_len == 1 && !self.sees_every_step {
            return Some(0);
        }
        self.ask_scheduler(kind, candidates_len)
    }

    /// [`Run::choose`] when the scheduler is asked: out of line, so that a single candidate (most
    /// decisions of a small program) costs no call.
    #[inline(never)]
    fn ask_scheduler(&mut self, kind: DecisionKind, candidates_len: usize) -> Option<usize> {
        if self.sees_every_step {
            self.scheduler.observe(&super::view::RunView::new(self.model, self.state));
        }
        let candidates = &self.state.scratch.candidates[..candidates_len];
        let decision = Decision {
            kind,
            now_ns: self.state.progress.now_ns,
            steps: self.state.progress.steps,
            candidates,
            drawn: 0,
        };
        let choice = self.scheduler.choose(&decision);
        self.settle(kind, choice, candidates_len)
    }

    /// A value decision ([`DecisionKind::Value`]): which of `values` values the step of `task` takes.
    /// A single value is taken without asking; otherwise the scheduler is asked, with the run's own
    /// draw among them (`Decision::drawn`), and the choice recorded as every other. Made in the middle
    /// of a step, so an exploring scheduler is not shown the run (`Scheduler::observe`) here.
    pub fn choose_value(&mut self, task: TaskId, values: usize) -> Option<usize> {
        debug_assert!((1..=limits::MAX_CHOICE_VALUES).contains(&values), "a choice has 1 to the limit values");
        if values == 1 {
            return Some(0);
        }
        let drawn = self.draw_value(values);
        let candidate = self.candidate_for_task(task, self.state.progress.now_ns);
        let mut candidates = std::mem::take(&mut self.state.scratch.value_candidates);
        candidates.clear();
        candidates.resize(values, candidate);
        let decision = Decision {
            kind: DecisionKind::Value,
            now_ns: self.state.progress.now_ns,
            steps: self.state.progress.steps,
            candidates: &candidates,
            drawn,
        };
        let choice = self.scheduler.choose(&decision);
        self.state.scratch.value_candidates = candidates;
        self.settle(DecisionKind::Value, choice, values)
    }

    /// A uniform draw among `values` from the run's stream of value draws, seeded at its first use.
    fn draw_value(&mut self, values: usize) -> usize {
        use rand::Rng;
        let seed = self.config.seed;
        let rng = self.state.scratch.value_rng.get_or_insert_with(|| super::state::new_rng(seed, 2));
        rng.random_range(0..values)
    }

    /// What the scheduler answered: a choice, recorded, or the end of the run. Inlined into both choice
    /// points: as a call of its own it cost explorations 1.4% more instructions (circular-buffer-ok).
    #[inline(always)]
    fn settle(&mut self, kind: DecisionKind, choice: Result<usize, Stop>, candidates_len: usize) -> Option<usize> {
        let choice = match choice {
            Ok(choice) => choice,
            Err(Stop::TokenMismatch(message)) => {
                self.state.progress.token_mismatch = Some(message);
                return None;
            }
            Err(Stop::Covered) => return None,
        };
        assert!(choice < candidates_len, "the scheduler chose {choice} of {candidates_len}");
        self.record_choice(kind, choice, candidates_len);
        Some(choice)
    }

    /// The choice of the first of `candidates_len` candidates, made without asking a scheduler that
    /// would have made it: recorded exactly as [`Run::choose`] records it.
    pub fn take_first(&mut self, kind: DecisionKind, candidates_len: usize) -> usize {
        assert!(candidates_len > 0 && !self.sees_every_step);
        self.record_choice(kind, 0, candidates_len);
        0
    }

    /// Counts a real choice and keeps it for the schedule token ([`recorded_choice`]).
    fn record_choice(&mut self, kind: DecisionKind, choice: usize, candidates_len: usize) {
        if let Some(recorded) = recorded_choice(kind, candidates_len, choice) {
            self.state.progress.choice_count += 1;
            if self.config.record_choices {
                self.state.progress.choices.push(recorded);
            }
        }
    }

    /// A candidate offering the step of `task`, or, when it is blocked in a wait with a time-out, its
    /// giving up.
    pub fn give_up_candidate(&self, task: TaskId, waiting_since_ns: Nanos) -> Candidate {
        Candidate { gives_up: true, ..self.candidate_for_task(task, waiting_since_ns) }
    }

    pub fn candidate_for_task(&self, task: TaskId, waiting_since_ns: Nanos) -> Candidate {
        let definition = &self.model.tasks[task.index()];
        let pc = self.state.world.tasks[task.index()].pc as usize;
        let next_work_ns = match definition.program.get(pc) {
            Some(Instr::Cpu(d) | Instr::Native(d) | Instr::Io(d) | Instr::Await(d)) => *d,
            _ => 0,
        };
        let priority = definition.priority;
        Candidate { task, priority, waiting_since_ns, next_work_ns, starts_ns: waiting_since_ns, gives_up: false }
    }

    /// Whether `task` is a coroutine blocked on a threading primitive: its loop's thread is blocked with
    /// it, so no other coroutine of that loop runs until it is woken (docs/format.md, "Fine points").
    pub fn blocks_its_loop(&self, task: TaskId) -> bool {
        self.model.tasks[task.index()].event_loop.is_some()
            && matches!(self.state.world.tasks[task.index()].phase, TaskPhase::Blocked(reason) if reason.holds_the_loop(&self.model.futures.asyncio))
    }

    /// Ends the run with `status` unless it already ended.
    pub fn end(&mut self, status: Status) {
        if self.state.progress.status.is_none() {
            self.state.progress.status = Some(status);
        }
    }

    pub fn ended(&self) -> bool {
        self.state.progress.status.is_some()
    }

    /// Ends the run with a failure no `try` can catch (of no task, or not Python's: `Run::fail` is the
    /// one a task's fault goes through).
    pub fn end_with_failure(&mut self, status: Status, task: Option<TaskId>, pc: Option<u32>, cause: Cause) {
        if self.ended() {
            return;
        }
        let at_ns = self.state.progress.now_ns;
        self.state.progress.failures.push(FailureRecord { status, task, pc, cause, at_ns });
        self.end(status);
    }

    /// Moves virtual time to `at_ns`, or ends the run with a fault when that is past
    /// [`crate::limits::MAX_VIRTUAL_TIME_NS`] (so no later sum of times can overflow). Returns whether
    /// time moved.
    pub fn advance_time(&mut self, at_ns: Nanos) -> bool {
        if at_ns > crate::limits::MAX_VIRTUAL_TIME_NS {
            self.end_with_failure(Status::Fault, None, None, Cause::TimeLimit);
            return false;
        }
        self.state.progress.now_ns = at_ns;
        true
    }

    /// Nothing can move: ok if every non-daemon task is done, else a deadlock.
    pub fn declare_deadlock(&mut self) {
        if self.state.world.non_daemon_left == 0 {
            self.end(Status::Ok);
            return;
        }
        let tasks = &self.state.world.tasks;
        let blocked = tasks.iter().filter(|t| matches!(t.phase, TaskPhase::Blocked(_))).count() as u32;
        let unfinished = self.state.world.non_daemon_left as u32;
        self.end_with_failure(Status::Deadlock, None, None, Cause::Deadlock { blocked, unfinished });
    }

    /// Counts a step; ends the run at the step limit. Returns false when the step must not be taken.
    pub fn count_step(&mut self) -> bool {
        if self.state.progress.steps >= self.config.max_steps {
            self.end(Status::StepLimit);
            return false;
        }
        self.state.progress.steps += 1;
        true
    }

    /// Counts one unit of time-driven work (an event handled, a segment of work done in place); ends the
    /// run at the step limit, saying so, when there were as many as `max_steps`. Without it a run whose
    /// time slices, GIL requests or context switches are tiny beside its work would go on for hours
    /// without taking a step. Returns false when the work must not be done.
    #[inline]
    pub fn count_timed_work(&mut self) -> bool {
        if self.state.progress.timed_work >= self.config.max_steps {
            let limit = self.config.max_steps;
            self.end_with_failure(Status::StepLimit, None, None, Cause::TimedWorkLimit { limit });
            return false;
        }
        self.state.progress.timed_work += 1;
        true
    }

    #[inline]
    pub fn record(&mut self, task: TaskId, pc: u32, kind: TraceKind, value: i64) {
        self.record_at(self.state.progress.now_ns, task, pc, kind, value);
    }

    /// Records an event at `at_ns` (the present, or in an exploring run a task's own present).
    #[inline]
    pub fn record_at(&mut self, at_ns: Nanos, task: TaskId, pc: u32, kind: TraceKind, value: i64) {
        let observers = &mut self.state.observers;
        observers.metrics.latest_event_ns = observers.metrics.latest_event_ns.max(at_ns);
        if !observers.record_trace {
            return;
        }
        let event = TraceEvent { at_ns, task, pc, kind, value };
        observers.digest.write_u64(event.at_ns);
        observers.digest.write_u64(u64::from(task.0) << 32 | u64::from(pc));
        observers.digest.write_u64(kind as u64);
        observers.digest.write_u64(value as u64);
        observers.trace.push(event);
    }

    pub fn jitter(&mut self, duration: Nanos) -> Nanos {
        let percent = u64::from(self.model.scheduler.jitter_percent);
        if percent == 0 || duration == 0 {
            return duration;
        }
        use rand::Rng;
        let most = (u128::from(duration) * u128::from(percent) / 100).min(u128::from(limits::MAX_DURATION_NS)) as u64;
        duration.saturating_add(self.state.scratch.rng.random_range(0..=most))
    }

    pub fn finish(self) -> Outcome {
        let state = self.state;
        if state.progress.status.is_none() {
            state.progress.status = Some(Status::Ok);
        }
        if state.progress.status == Some(Status::Ok) {
            check_expectations(self.model, state);
        }
        let status = state.progress.status.unwrap_or(Status::Ok);
        Outcome {
            status,
            token_mismatch: state.progress.token_mismatch.take(),
            choices: if self.config.record_choices { std::mem::take(&mut state.progress.choices) } else { Vec::new() },
            trace_digest: state.observers.digest.finish(),
        }
    }
}

/// What a schedule token keeps of a choice: the index of every real choice (two candidates or more),
/// except that a time-out's giving up is kept only when it was not the first waiter's, marked as such
/// (`token::GIVE_UP`): tokens of runs that always let the first waiter give up read as before it was a
/// choice.
fn recorded_choice(kind: DecisionKind, candidates_len: usize, choice: usize) -> Option<u32> {
    match kind {
        _ if candidates_len < 2 => None,
        DecisionKind::GiveUp if choice == 0 => None,
        DecisionKind::GiveUp => Some(crate::token::GIVE_UP | choice as u32),
        _ => Some(choice as u32),
    }
}

fn check_expectations(model: &Model, state: &mut State) {
    let mut stack = std::mem::take(&mut state.scratch.operand_stack);
    for (index, expectation) in model.expectations.iter().enumerate() {
        let error = match crate::expr::evaluate(&expectation.expr, &FinalState { state }, &mut stack) {
            Ok(value) if !crate::expr::is_true(value) => None,
            Ok(_) => continue,
            Err(error) => Some(error),
        };
        let cause = Cause::Expect { index: index as u32, error };
        state.progress.failures.push(FailureRecord {
            status: Status::AssertionFailed,
            task: None,
            pc: None,
            cause,
            at_ns: state.progress.now_ns,
        });
        state.progress.status = Some(Status::AssertionFailed);
    }
    state.scratch.operand_stack = stack;
}

struct FinalState<'a> {
    state: &'a State,
}

impl crate::expr::Operands for FinalState<'_> {
    fn local(&self, _: LocalId) -> i64 {
        0
    }
    fn shared(&self, process: ProcessId, var: VarId) -> i64 {
        self.state.world.processes[process.index()].shared[var.index()]
    }
    fn queue_len(&self, queue: QueueId) -> i64 {
        self.state.world.queues[queue.index()].items.len() as i64
    }
    fn array(&self, process: ProcessId, array: ArrayId) -> &[i64] {
        &self.state.world.format11.memory[process.index()].arrays[array.index()]
    }
    fn map_value(&self, process: ProcessId, map: MapId, key: i64) -> Option<i64> {
        self.state.world.format11.memory[process.index()].maps[map.index()].get(&key).copied()
    }
    fn map_len(&self, process: ProcessId, map: MapId) -> i64 {
        self.state.world.format11.memory[process.index()].maps[map.index()].len() as i64
    }
    fn event_is_set(&self, event: u32) -> bool {
        self.state.world.format11.events[event as usize].set
    }
    fn run_values(&self) -> Option<&crate::expr::RunValues> {
        Some(&self.state.world.run_values)
    }
}
