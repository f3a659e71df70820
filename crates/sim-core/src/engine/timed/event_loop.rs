//! Event loops run as asyncio's `_run_once` runs them: a pass over the coroutines ready when it began,
//! due timers first; an idle loop sleeps in `select` until a timer or a wake-up.

use std::cmp::Reverse;

use super::super::state::*;
use super::TimedRun;
use super::gil::{end_thread, release_gil};
use super::threads::{leave_core, make_ready};
use crate::model::*;
use crate::timeline::{LagEpisode, Lane, Segment, SegmentKind};

/// The coroutine the loop runs now, starting a new pass of `_run_once` when the last one is done.
pub(super) fn loop_current(run: &mut TimedRun<'_, '_>, thread: ThreadIndex, event_loop: LoopId) -> Option<TaskId> {
    let now = run.state.progress.now_ns;
    loop {
        let state = &mut run.state.timed.loops[event_loop.index()];
        if let Some(current) = state.current {
            return Some(current);
        }
        if state.pass_left == 0 {
            while let Some(&Reverse((due, _, task))) = state.timers.peek() {
                if due > now {
                    break;
                }
                state.timers.pop();
                state.ready.push_back(task);
                run.state.timed.task_ready_since_ns[task.index()] = due;
            }
            state.pass_left = state.ready.len();
        }
        if state.pass_left == 0 {
            loop_idle(run, thread, event_loop);
            return None;
        }
        state.pass_left -= 1;
        let task = state.ready.pop_front().expect("pass_left counts ready coroutines");
        if run.state.world.tasks[task.index()].phase != TaskPhase::Live {
            continue;
        }
        let lag = now - run.state.timed.task_ready_since_ns[task.index()];
        let state = &mut run.state.timed.loops[event_loop.index()];
        state.lag_max_ns = state.lag_max_ns.max(lag);
        state.lag_total_ns += u128::from(lag);
        state.lag_samples += 1;
        state.current = Some(task);
        state.running_since_ns = now;
    }
}

/// Nothing is ready: the loop thread sleeps in `select` until its next timer or until another task wakes
/// one of its coroutines. With no coroutine left, the loop thread ends.
pub(super) fn loop_idle(run: &mut TimedRun<'_, '_>, thread: ThreadIndex, event_loop: LoopId) {
    if run.state.timed.loops[event_loop.index()].live_coroutines == 0 {
        end_thread(run, thread);
        run.state.timed.threads[thread as usize].phase = ThreadPhase::NotStarted;
        return;
    }
    release_gil(run, thread);
    leave_core(run, thread);
    let state = &mut run.state.timed.threads[thread as usize];
    state.phase = ThreadPhase::Blocked;
    state.generation += 1;
    let generation = state.generation;
    let loop_state = &mut run.state.timed.loops[event_loop.index()];
    loop_state.idle = true;
    if let Some(&Reverse((due, _, _))) = loop_state.timers.peek() {
        run.state.timed.schedule(due, EventKind::Wake { thread, generation });
    }
}

pub(super) fn wake_loop(run: &mut TimedRun<'_, '_>, event_loop: LoopId) {
    let thread = run.state.timed.loops[event_loop.index()].thread;
    let phase = run.state.timed.threads[thread as usize].phase;
    let idle = run.state.timed.loops[event_loop.index()].idle;
    if phase == ThreadPhase::NotStarted || (phase == ThreadPhase::Blocked && idle) {
        run.state.timed.loops[event_loop.index()].idle = false;
        run.state.timed.threads[thread as usize].generation += 1;
        make_ready(run, thread);
    }
}

/// The loop's current coroutine begins a step that holds the loop's thread (work, a blocking call, a
/// threading wait) until its next step.
pub(super) fn begin_hold(run: &mut TimedRun<'_, '_>, task: TaskId, why: HoldReason) {
    let Some(event_loop) = run.model.tasks[task.index()].event_loop else { return };
    let pc = run.state.world.tasks[task.index()].pc.saturating_sub(1);
    let since_ns = run.state.progress.now_ns;
    run.state.timed.loops[event_loop.index()].hold = Some(LoopHold { task, pc, since_ns, held_ns: 0, why });
}

/// The hold in progress on `event_loop` ends now; the longest of the run is kept (the first of equals).
pub(super) fn end_hold(run: &mut TimedRun<'_, '_>, event_loop: LoopId) {
    close_hold(run, event_loop, false);
}

/// The run ends while a coroutine may still hold `event_loop` (a deadlock, a limit): it held it until now.
pub(super) fn end_hold_at_run_end(run: &mut TimedRun<'_, '_>, event_loop: LoopId) {
    close_hold(run, event_loop, true);
}

fn close_hold(run: &mut TimedRun<'_, '_>, event_loop: LoopId, run_ended: bool) {
    let now = run.state.progress.now_ns;
    let state = &mut run.state.timed.loops[event_loop.index()];
    let Some(mut hold) = state.hold.take() else { return };
    hold.held_ns = now - hold.since_ns;
    if hold.held_ns > state.longest_hold.map_or(0, |longest| longest.held_ns) {
        state.longest_hold = Some(hold);
    }
    if run.state.observers.timeline.enabled {
        record_lag_episode(run, event_loop, hold, run_ended);
    }
}

/// Keeps `hold` for pictures when it was an episode of the loop's lag: another coroutine of the loop was
/// ready while it lasted, or the run ended with it unreleased while another coroutine of the loop was
/// unfinished (and could not run again).
fn record_lag_episode(run: &mut TimedRun<'_, '_>, event_loop: LoopId, hold: LoopHold, run_ended: bool) {
    let now = run.state.progress.now_ns;
    let delayed_another = hold.held_ns > 0 && ready_since_ns(run, event_loop).is_some_and(|since| since < now);
    let stranded_another = run_ended && run.state.timed.loops[event_loop.index()].live_coroutines > 1;
    if !delayed_another && !stranded_another {
        return;
    }
    run.state.observers.timeline.push_lag_episode(LagEpisode {
        event_loop,
        task: hold.task,
        pc: hold.pc,
        why: hold.why.as_str(),
        start_ns: hold.since_ns,
        end_ns: now,
        unreleased: run_ended,
    });
}

/// Since when the coroutine of `event_loop` that has been ready longest is ready (its timer due, or woken),
/// if one is.
fn ready_since_ns(run: &TimedRun<'_, '_>, event_loop: LoopId) -> Option<Nanos> {
    let state = &run.state.timed.loops[event_loop.index()];
    let first_timer_ns = state.timers.peek().map(|&Reverse((due, _, _))| due);
    let first_woken_ns = state
        .ready
        .iter()
        .filter(|task| run.state.world.tasks[task.index()].phase == TaskPhase::Live)
        .map(|task| run.state.timed.task_ready_since_ns[task.index()])
        .min();
    first_timer_ns.into_iter().chain(first_woken_ns).min()
}

/// The loop's current coroutine stops running (it awaits, blocks, yields or finishes).
pub(super) fn stop_running(run: &mut TimedRun<'_, '_>, event_loop: LoopId) {
    end_hold(run, event_loop);
    let now = run.state.progress.now_ns;
    let state = &mut run.state.timed.loops[event_loop.index()];
    let task = state.current.take();
    let segment = Segment {
        lane: Lane::Loop(event_loop),
        task,
        start_ns: state.running_since_ns,
        end_ns: now,
        kind: SegmentKind::Runs,
    };
    run.state.observers.timeline.push(segment);
}
