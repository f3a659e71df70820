//! When each task would take its next step under the stepwise driver: the one measure a time window and
//! a deadline compare (docs/exploration.md, "Time-outs" and "Time windows"), read by the driver and, for
//! an exploration that watches which steps moved it, by `RunView`. A leaf over the state and the model.

use super::state::{State, TaskPhase};
use crate::model::*;

/// When `task` would take its next step (its clock once its process's GIL is free), `None` when it
/// cannot step (not live, or a coroutine whose loop another holds): what a time window and a deadline
/// compare, and what an exploration watches to tell which steps moved the time that decides them
/// (`RunView::stepwise_step_starts`).
pub(crate) fn next_step_start_ns(model: &Model, state: &State, task: TaskId) -> Option<Nanos> {
    let live = matches!(state.world.tasks[task.index()].phase, TaskPhase::Live);
    (live && may_step(model, state, task))
        .then(|| gil_free_for(model, state, task, state.stepwise.task_clock_ns[task.index()]))
}

/// Whether live `task` may take the next step: a coroutine only while no other holds its loop.
pub(crate) fn may_step(model: &Model, state: &State, task: TaskId) -> bool {
    match model.tasks[task.index()].event_loop {
        Some(event_loop) => state.stepwise.loop_owner[event_loop.index()].is_none_or(|owner| owner == task),
        None => true,
    }
}

/// When `task`, ready at `ready_ns`, would hold its process's GIL (at once without one).
#[inline(always)]
pub(crate) fn gil_free_for(model: &Model, state: &State, task: TaskId, ready_ns: Nanos) -> Nanos {
    let process = model.tasks[task.index()].process.index();
    if model.processes[process].gil.mode == GilMode::None {
        return ready_ns;
    }
    ready_ns.max(state.stepwise.gil_free_at_ns[process])
}
