//! When each task would take its next step under the stepwise driver: the one measure a time window and
//! a deadline compare (docs/exploration.md, "Time-outs" and "Time windows"), read by the driver and, for
//! an exploration that watches which steps moved it, by `RunView`. A leaf over the state and the model.

use super::state::{State, TaskPhase};
use crate::model::*;

/// When `task` would take its next step (its clock once its process's GIL is free), `None` when it
/// cannot step (not live, or a coroutine whose loop another holds): what a time window and a deadline
/// compare, and what an exploration watches to tell which steps moved the time that decides them
/// (`RunView::stepwise_next_events`).
pub(crate) fn next_step_start_ns(model: &Model, state: &State, task: TaskId) -> Option<Nanos> {
    let live = matches!(state.world.tasks[task.index()].phase, TaskPhase::Live);
    (live && may_step(model, state, task))
        .then(|| gil_free_for(model, state, task, state.stepwise.task_clock_ns[task.index()]))
}

/// The deadline of `task`'s wait, when it is blocked in one that gives up by its deadline under
/// `--timeouts deadline` (a time-out shorter than `timeouts::LONG_TIMEOUT_NS`): under a time window that
/// giving up is an event like a step, and the earliest of them bounds the window (docs/exploration.md,
/// "Time windows"). `None` too for a coroutine whose loop another task holds: its time-out fires only
/// once that task lets the loop go, which its next steps may not do, so its deadline bounds nothing.
pub(crate) fn give_up_deadline_ns(model: &Model, state: &State, task: TaskId) -> Option<Nanos> {
    let blocked = matches!(state.world.tasks[task.index()].phase, TaskPhase::Blocked(_));
    let timeout_ns = state.world.format11.tasks().get(task.index()).and_then(|extra| extra.timeout_ns);
    let by_deadline = timeout_ns.is_some_and(crate::timeouts::gives_up_by_deadline);
    (blocked && by_deadline && may_step(model, state, task)).then(|| state.stepwise.deadline_ns[task.index()])
}

/// When `task`'s next event under a time window happens: its next step, or with `deadlines` (under
/// `--timeouts deadline`) the giving up of its wait at its deadline (`give_up_deadline_ns`). `None`
/// when it has neither. The earliest of them all is what the window is measured from.
pub(crate) fn next_event_ns(model: &Model, state: &State, task: TaskId, deadlines: bool) -> Option<Nanos> {
    next_step_start_ns(model, state, task)
        .or_else(|| if deadlines { give_up_deadline_ns(model, state, task) } else { None })
}

/// Whether live `task` may take the next step (blocked, whether its time-out may fire): a coroutine
/// only while no other holds its loop, and under `loop_order: fifo` only in its turn (`loop_turns`).
pub(crate) fn may_step(model: &Model, state: &State, task: TaskId) -> bool {
    match model.tasks[task.index()].event_loop {
        Some(event_loop) => match state.stepwise.loop_owner[event_loop.index()] {
            Some(owner) => owner == task,
            None => super::loop_turns::takes_turn(model, state, task, event_loop),
        },
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
