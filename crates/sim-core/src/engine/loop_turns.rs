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
//!
//! A timer of no delay (`loop.call_later(0, f)`, a `submit` with `next_pass`) is exact, not left to the
//! clocks: `_run_once` runs the callbacks that were ready when its pass began, then moves the timers
//! that are due onto the queue's end, so such a timer's coroutine runs behind everything queued during
//! the pass that set it, and ahead of everything queued after. In a model with such a `submit` (only
//! there: `keeps_passes`) each loop keeps the turn its pass began at: the pass ends, once the loop is
//! free, when no coroutine queued before that turn is left in the queue, and the timers set by then
//! join the queue at turns of their own, in the order they were set (`end_passes`).

use super::state::{State, TaskPhase};
use crate::model::*;

/// Whether live `task`, a coroutine on `event_loop` that nobody holds, may take the loop now.
pub(crate) fn takes_turn(model: &Model, state: &State, task: TaskId, event_loop: LoopId) -> bool {
    let stepwise = &state.stepwise;
    if !stepwise.fifo_loops {
        return true;
    }
    if stepwise.keeps_passes && stepwise.pass_timer_set_at_turn[task.index()] != 0 {
        return false;
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

/// Coroutine `task` blocks in a wait with a time-out (`wait_for`, `asyncio.wait(timeout=...)`): the
/// time-out is a timer set at the present turn, so it fires no earlier than a sleep's would, behind
/// every coroutine queued on the loop by then (a task `wait_for` created takes its first step before
/// the time-out: session37/checks/c257). Woken, the waiter joins the queue (`join_queue` drops it).
pub(crate) fn set_wait_timer(state: &mut State, task: TaskId) {
    set_timer(state, task);
}

/// Coroutine `task`'s wait gave up: its timer has fired, and it is neither queued nor asleep.
pub(crate) fn wait_timer_fired(state: &mut State, task: TaskId) {
    if state.stepwise.fifo_loops {
        state.stepwise.timer_set_at_turn[task.index()] = 0;
    }
}

/// Coroutine `task` has the loop (or is killed): it is no longer queued, nor waiting for a timer.
pub(crate) fn leave_queue(state: &mut State, task: TaskId) {
    let stepwise = &mut state.stepwise;
    if stepwise.fifo_loops {
        stepwise.queued_at_turn[task.index()] = 0;
        stepwise.timer_set_at_turn[task.index()] = 0;
        if stepwise.keeps_passes {
            stepwise.pass_timer_set_at_turn[task.index()] = 0;
        }
    }
}

/// Coroutine `task` starts on a timer of no delay set at the present turn (`loop.call_later(0, f)`):
/// it joins its loop's queue when the pass being run ends (`end_passes`). Without `loop_order: fifo`
/// it is a coroutine like any other, which may take the loop in any order.
pub(crate) fn set_pass_timer(state: &mut State, task: TaskId) {
    let stepwise = &mut state.stepwise;
    if stepwise.keeps_passes {
        debug_assert_eq!(stepwise.queued_at_turn[task.index()], 0, "a coroutine on a timer is not queued");
        stepwise.pass_timer_set_at_turn[task.index()] = stepwise.loop_turn;
    }
}

/// Coroutine `task`, started on a timer of no delay that has not fired, is cancelled by `by`: it joins
/// the ready queue now, to meet its CancelledError, as a cancelled sleeper does (the timed driver takes
/// it off the loop's timers alike). Whether it was on such a timer.
pub(crate) fn cancel_pass_timer(state: &mut State, task: TaskId, by: TaskId) -> bool {
    let stepwise = &mut state.stepwise;
    if !stepwise.keeps_passes || stepwise.pass_timer_set_at_turn[task.index()] == 0 {
        return false;
    }
    stepwise.pass_timer_set_at_turn[task.index()] = 0;
    join_queue_by_cancel(state, task, by);
    true
}

/// At a decision of the run, in a model that keeps passes: every free loop whose pass has ended (no
/// coroutine queued before the turn it began at is left) begins the next, with what is queued now,
/// and the coroutines on timers of no delay set so far join its end, each set turn a turn of its own
/// past every turn taken. Whether one joined (the candidates change).
pub(crate) fn end_passes(model: &Model, state: &mut State) -> bool {
    let mut joined = false;
    for event_loop in 0..model.loops.len() {
        if state.stepwise.loop_owner[event_loop].is_some() || pass_goes_on(model, state, event_loop) {
            continue;
        }
        while let Some(set_turn) = earliest_pass_timer(model, state, event_loop) {
            let stepwise = &mut state.stepwise;
            stepwise.loop_turn += 1;
            for index in 0..model.tasks.len() {
                if stepwise.pass_timer_set_at_turn[index] == set_turn && on_loop(model, index, event_loop) {
                    stepwise.pass_timer_set_at_turn[index] = 0;
                    stepwise.queued_at_turn[index] = stepwise.loop_turn;
                    stepwise.timer_set_at_turn[index] = 0;
                    stepwise.joins += 1;
                }
            }
            joined = true;
        }
        state.stepwise.pass_began_at_turn[event_loop] = state.stepwise.loop_turn + 1;
    }
    joined
}

/// Whether a live coroutine of loop `event_loop` queued before its pass began is still in the queue.
fn pass_goes_on(model: &Model, state: &State, event_loop: usize) -> bool {
    let began = state.stepwise.pass_began_at_turn[event_loop];
    (0..model.tasks.len()).any(|index| {
        let queued = state.stepwise.queued_at_turn[index];
        queued != 0 && queued < began && on_loop(model, index, event_loop) && is_live(state, index)
    })
}

/// The earliest turn at which a live coroutine of `event_loop` waiting on a timer of no delay set it.
fn earliest_pass_timer(model: &Model, state: &State, event_loop: usize) -> Option<u64> {
    let timers = &state.stepwise.pass_timer_set_at_turn;
    (0..model.tasks.len())
        .filter(|&index| timers[index] != 0 && on_loop(model, index, event_loop) && is_live(state, index))
        .map(|index| timers[index])
        .min()
}

fn on_loop(model: &Model, index: usize, event_loop: usize) -> bool {
    model.tasks[index].event_loop.is_some_and(|own| own.index() == event_loop)
}

fn is_live(state: &State, index: usize) -> bool {
    matches!(state.world.tasks[index].phase, TaskPhase::Live)
}

/// For the state cache, in a model that keeps passes: which pass coroutine `index` waits for, as a
/// number that says the same in every run: 1 queued for the pass being run, 2 queued for the next,
/// 3 and up on a timer of no delay (its place among its loop's such timers, by the turn each was
/// set), 0 for neither.
pub(crate) fn pass_word(model: &Model, state: &State, index: usize) -> i64 {
    let stepwise = &state.stepwise;
    let Some(event_loop) = model.tasks[index].event_loop else { return 0 };
    if !is_live(state, index) {
        return 0;
    }
    let (queued, timer) = (stepwise.queued_at_turn[index], stepwise.pass_timer_set_at_turn[index]);
    if queued != 0 {
        return if queued < stepwise.pass_began_at_turn[event_loop.index()] { 1 } else { 2 };
    }
    if timer == 0 {
        return 0;
    }
    let timers = &stepwise.pass_timer_set_at_turn;
    let earlier = (0..model.tasks.len())
        .filter(|&other| timers[other] != 0 && timers[other] < timer)
        .filter(|&other| on_loop(model, other, event_loop.index()) && is_live(state, other))
        .count();
    3 + earlier as i64
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
    // A coroutine blocked in a wait with a time-out keeps its timer's place: whether it may give up
    // depends on it (`set_wait_timer`).
    let waiting = matches!(state.world.tasks[index].phase, TaskPhase::Blocked(_));
    if !(matches!(state.world.tasks[index].phase, TaskPhase::Live) || waiting) || (queued == 0 && timer == 0) {
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
