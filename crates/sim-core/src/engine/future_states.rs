//! `future_state`: a future's state read as a value (`f.done()`, `f.cancelled()`, `f.running()`).
//!
//! CPython's `Future` is PENDING until its worker takes the job (`set_running_or_notify_cancel`), then
//! RUNNING until `set_result` or `set_exception` make it FINISHED; `cancel()` of a pending one makes it
//! CANCELLED. An asyncio task is done once it returned, raised or ended cancelled (a `cancel()` only asks:
//! `cancelled()` stays False until CancelledError has ended the task). The read is a step: it reads the
//! instance (`Object::Task`), which every change of its state writes (the job's pick-up in a model with
//! such reads, its end, `cancel`, a `shutdown` that cancels it, the finishing job that hands it a
//! worker), so exploration orders the read against each of them.

use super::driver::Driver;
use super::run::Run;
use super::state::TaskPhase;
use super::steps::Effect;
use crate::access::Object;
use crate::model::*;
use crate::trace::TraceKind;

/// The states a `future_state` step writes, CPython's `Future._state`s in the order a future goes
/// through them (CANCELLED_AND_NOTIFIED is CANCELLED's: `cancelled()` and `done()` say the same).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FutureState {
    /// Not taken by a worker yet (queued, or given a worker that has not picked it up); an asyncio
    /// task not done.
    Pending = 0,
    /// A job its worker runs.
    Running = 1,
    /// Cancelled before it ran (a job), or ended by CancelledError (a coroutine).
    Cancelled = 2,
    /// Returned or raised.
    Finished = 3,
}

impl<D: Driver> Run<'_, '_, D> {
    /// `future_state: { future, into }`: the state of the instance `future` names into `into`; with
    /// `only_done`, a state not done reads as pending (the pick-up is then no step the read can see).
    pub(super) fn future_state(
        &mut self,
        task: TaskId,
        pc: u32,
        future: ExprId,
        into: Place,
        only_done: bool,
    ) -> Effect {
        let Some(value) = self.eval(task, pc, future) else { return Effect::Stop };
        let Some(target) = self.future_target(task, pc, value) else { return Effect::Stop };
        self.access(task, pc, Object::Task(target), false);
        let state = match self.state_of(target) {
            FutureState::Running if only_done => FutureState::Pending,
            state => state,
        } as i64;
        self.record(task, pc, TraceKind::Step, state);
        if !self.write_place(task, pc, into, state) {
            return Effect::Stop;
        }
        Effect::Instant
    }

    /// What `target`'s future says now.
    fn state_of(&self, target: TaskId) -> FutureState {
        let futures = &self.state.world.futures;
        match self.state.world.tasks[target.index()].phase {
            TaskPhase::Finished | TaskPhase::Killed if futures.cancelled[target.index()] => FutureState::Cancelled,
            TaskPhase::Finished | TaskPhase::Killed => FutureState::Finished,
            _ if self.model.tasks[target.index()].kind == TaskKind::Coroutine => FutureState::Pending,
            TaskPhase::WaitingForDependencies => FutureState::Pending,
            _ if futures.queued[target.index()] || futures.picking_up[target.index()] => FutureState::Pending,
            _ => FutureState::Running,
        }
    }
}
