//! Whose turn it is on an event loop under the stepwise driver with `scheduler: { loop_order: fifo }`
//! (docs/exploration.md, "Event loops in asyncio's order"). A leaf over the state and the model, read
//! by the driver, by `step_starts` (which tasks can step) and by the state cache.
//!
//! asyncio's loop runs the callbacks of its ready queue first in, first out: a task created
//! (`create_task` schedules its first step with `call_soon`), a task whose future or primitive woke it
//! (the future's callbacks are scheduled with `call_soon`, in the order they were added) and a task
//! that yielded (`await asyncio.sleep(0)`) join the queue's end. A sleep's timer joins the queue only
//! when the loop, between two passes over the queue, finds it due: never before a callback that was in
//! the queue when the timer was set (that callback was queued before the timer was even due, and every
//! pass runs the queue in order).
//!
//! Here every coroutine that joins its loop's queue notes the turn (the run's decision) at which it did,
//! and a coroutine that sleeps notes the turn at which it set its timer. A coroutine of a loop nobody
//! holds may take the loop when:
//! - it is queued and no coroutine of its loop was queued at an earlier turn (coroutines queued within
//!   one step, several waiters woken together, are not ordered: the engine wakes them in its own order,
//!   not always in the order CPython added their callbacks, so each of them may go first);
//! - it sleeps and no coroutine of its loop was queued at the turn its timer was set or earlier (timers
//!   among themselves, and against what was queued after them, are left to the clocks and the time
//!   window, as before: their order depends on how long the work in between really takes);
//! - it is neither (a blocked coroutine's time-out, which the time-out rules decide).
//!
//! What is kept out is only what CPython's loop never does, whatever the timing: a ready coroutine
//! passed by a later one, or by a timer set after it was ready. The order in which steps of other
//! threads or loops wake or start coroutines is still explored (such a step writes the woken
//! coroutine's loop: `schedulers/dpor.rs`), and each order of those steps gives its own queue.

use super::state::{State, TaskPhase};
use crate::model::*;

/// Whether live `task`, a coroutine on `event_loop` that nobody holds, may take the loop now.
pub(crate) fn takes_turn(model: &Model, state: &State, task: TaskId, event_loop: LoopId) -> bool {
    let stepwise = &state.stepwise;
    if !stepwise.fifo_loops {
        return true;
    }
    let queued = stepwise.queued_at_turn[task.index()];
    let timer = stepwise.timer_set_at_turn[task.index()];
    if queued == 0 && timer == 0 {
        return true;
    }
    let Some(head) = queue_head_turn(model, state, event_loop) else { return true };
    if queued != 0 { queued == head } else { head > timer }
}

/// The earliest turn at which a live coroutine of `event_loop` still in its ready queue joined it.
fn queue_head_turn(model: &Model, state: &State, event_loop: LoopId) -> Option<u64> {
    let queued = &state.stepwise.queued_at_turn;
    (0..model.tasks.len())
        .filter(|&index| queued[index] != 0 && model.tasks[index].event_loop == Some(event_loop))
        .filter(|&index| matches!(state.world.tasks[index].phase, TaskPhase::Live))
        .map(|index| queued[index])
        .min()
}

/// Coroutine `task` joins its loop's ready queue (started, woken, or yielding) at the present turn.
pub(crate) fn join_queue(state: &mut State, task: TaskId) {
    let stepwise = &mut state.stepwise;
    if stepwise.fifo_loops {
        stepwise.queued_at_turn[task.index()] = stepwise.loop_turn;
        stepwise.timer_set_at_turn[task.index()] = 0;
        stepwise.joins += 1;
    }
}

/// Coroutine `task`, asleep on a timer, is cancelled by `by`, which holds the loop: CPython's cancel of
/// the sleep's future schedules the task's wake-up with `call_soon`, so it joins the ready queue now.
/// Consecutive such cancels by one holder (no coroutine joined in between) share the first one's turn:
/// the import writes the cancels of a set (`asyncio.run`'s end, a TaskGroup's abort) in its own order,
/// where CPython's is the set's, so the woken sleepers stay unordered among themselves.
pub(crate) fn join_queue_by_cancel(state: &mut State, task: TaskId, by: TaskId) {
    let stepwise = &mut state.stepwise;
    if !stepwise.fifo_loops {
        return;
    }
    let turn = match stepwise.cancel_chain {
        Some((canceller, turn, joins)) if canceller == by && joins == stepwise.joins => turn,
        _ => stepwise.loop_turn,
    };
    stepwise.queued_at_turn[task.index()] = turn;
    stepwise.timer_set_at_turn[task.index()] = 0;
    stepwise.joins += 1;
    stepwise.cancel_chain = Some((by, turn, stepwise.joins));
}

/// For the state cache: the canceller whose next cancel of a sleeper would share a turn, while that
/// holds (`join_queue_by_cancel`).
pub(crate) fn open_cancel_chain(state: &State) -> Option<TaskId> {
    let stepwise = &state.stepwise;
    let (canceller, _, joins) = stepwise.cancel_chain?;
    let holds = |owner: &Option<TaskId>| *owner == Some(canceller);
    (joins == stepwise.joins && stepwise.loop_owner.iter().any(holds)).then_some(canceller)
}

/// Coroutine `task` sleeps on a timer set at the present turn.
pub(crate) fn set_timer(state: &mut State, task: TaskId) {
    let stepwise = &mut state.stepwise;
    if stepwise.fifo_loops {
        stepwise.queued_at_turn[task.index()] = 0;
        stepwise.timer_set_at_turn[task.index()] = stepwise.loop_turn;
    }
}

/// Coroutine `task` has the loop (or is killed): it is no longer queued, nor waiting for a timer.
pub(crate) fn leave_queue(state: &mut State, task: TaskId) {
    let stepwise = &mut state.stepwise;
    if stepwise.fifo_loops {
        stepwise.queued_at_turn[task.index()] = 0;
        stepwise.timer_set_at_turn[task.index()] = 0;
    }
}

/// A new decision of the run: what joins a queue from now on comes after what joined before.
#[inline(always)]
pub(crate) fn next_turn(state: &mut State) {
    if state.stepwise.fifo_loops {
        state.stepwise.loop_turn += 1;
    }
}

/// For the state cache: where coroutine `index` stands on its loop, as a number that says the same
/// in every run whatever the turns' numbers: a queued coroutine's place in the queue (1 for the head,
/// coroutines queued within one step sharing a place), a sleeper's count of places queued before its
/// timer was set, negated and less one, and 0 for neither.
pub(crate) fn place_word(model: &Model, state: &State, index: usize) -> i64 {
    let stepwise = &state.stepwise;
    let Some(event_loop) = model.tasks[index].event_loop else { return 0 };
    let (queued, timer) = (stepwise.queued_at_turn[index], stepwise.timer_set_at_turn[index]);
    if !matches!(state.world.tasks[index].phase, TaskPhase::Live) || (queued == 0 && timer == 0) {
        return 0;
    }
    let earlier_places = |limit: u64, inclusive: bool| {
        let mut turns: Vec<u64> = (0..model.tasks.len())
            .filter(|&other| model.tasks[other].event_loop == Some(event_loop))
            .filter(|&other| matches!(state.world.tasks[other].phase, TaskPhase::Live))
            .map(|other| stepwise.queued_at_turn[other])
            .filter(|&turn| turn != 0 && (turn < limit || (inclusive && turn == limit)))
            .collect();
        turns.sort_unstable();
        turns.dedup();
        turns.len() as i64
    };
    if queued != 0 { 1 + earlier_places(queued, false) } else { -1 - earlier_places(timer, true) }
}
