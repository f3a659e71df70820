//! The GIL per process, as CPython's `ceval_gil.c` has it: taking and waiting, the switch interval and
//! drop requests, forced hand-off, hand-off latency, and the old GIL's check-interval battle.

use super::super::state::*;
use super::TimedRun;
use super::thread_starts::wake_starter;
use super::threads::{cut_work, executing_task, leave_core, make_ready};
use crate::model::*;
use crate::outcome::Status;
use crate::policy::DecisionKind;
use crate::timeline::{Lane, Segment, SegmentKind};
use crate::trace::TraceKind;

/// Makes sure the thread holds its process's GIL before Python code runs. Returns false when the thread
/// had to leave its core to wait for it (or to honour a drop request).
#[inline]
pub(super) fn ensure_gil(run: &mut TimedRun<'_, '_>, thread: ThreadIndex) -> bool {
    let state = &run.state.timed.threads[thread as usize];
    let process = state.process.index();
    // The common cases of the hot loop: the thread holds the GIL and nobody asked for it, or its
    // process has no GIL (the first thing the slow path checks).
    if state.without_gil {
        debug_assert_eq!(run.model.processes[process].gil.mode, GilMode::None);
        return true;
    }
    if state.holds_gil && !run.state.timed.gils[process].drop_request {
        return true;
    }
    take_or_wait_for_gil(run, thread)
}

#[cold]
#[inline(never)]
pub(super) fn take_or_wait_for_gil(run: &mut TimedRun<'_, '_>, thread: ThreadIndex) -> bool {
    let process = run.state.timed.threads[thread as usize].process;
    let gil_config = run.model.processes[process.index()].gil;
    if gil_config.mode == GilMode::None {
        // Only a thread whose starter waits for it comes here (`note_starter`), once (or once in the
        // next run, when this one ended before the thread ran).
        run.state.timed.threads[thread as usize].without_gil = true;
        wake_starter(run, thread);
        return true;
    }
    let holds = run.state.timed.threads[thread as usize].holds_gil;
    let gil = &mut run.state.timed.gils[process.index()];
    if holds {
        if !gil.drop_request {
            return true;
        }
        gil.drop_request = false;
        if gil.waiters.is_empty() {
            return true;
        }
        // Forced switching: drop, let a waiter take it, and only then compete again.
        record_gil_release(run, process, thread);
        run.state.timed.threads[thread as usize].holds_gil = false;
        run.state.timed.gils[process.index()].holder = None;
        let latency = forced_handoff_latency_ns(gil_config);
        hand_off_gil(run, process, latency);
        let taken_at = run.state.progress.now_ns + latency;
        wait_for_gil_from(run, thread, taken_at);
        return false;
    }
    if gil.holder.is_none() {
        take_gil(run, process, thread);
        return true;
    }
    wait_for_gil(run, thread);
    false
}

/// How long the GIL idles when a holder lets it go at a waiter's request. The new GIL's waiter sleeps on a
/// condition variable until the holder signals it. The old GIL's waiter wins its battle by being awake
/// when the holder releases (woken by an earlier release, it catches this one): it takes the GIL at once.
fn forced_handoff_latency_ns(gil: GilConfig) -> Nanos {
    match gil.mode {
        GilMode::Old => 0,
        GilMode::New | GilMode::None => gil.handoff_latency_ns,
    }
}

pub(super) fn take_gil(run: &mut TimedRun<'_, '_>, process: ProcessId, thread: ThreadIndex) {
    let now = run.state.progress.now_ns;
    let gil = &mut run.state.timed.gils[process.index()];
    assert!(gil.holder.is_none());
    gil.holder = Some(thread);
    gil.held_since_ns = now;
    if gil.last_holder != Some(thread) {
        gil.switch_number += 1;
        if gil.last_holder.is_some() {
            run.state.observers.metrics.gil_switches += 1;
        }
        gil.last_holder = Some(thread);
    }
    run.state.timed.threads[thread as usize].holds_gil = true;
    if let ThreadRole::Task(task) = run.state.timed.threads[thread as usize].role {
        let pc = run.state.world.tasks[task.index()].pc;
        run.record(task, pc, TraceKind::TakesGil, 0);
    }
    // Its first time: a starter waiting in `Thread.start()` is woken (thread_starts.rs).
    if run.state.timed.threads[thread as usize].starter.is_some() {
        wake_starter(run, thread);
    }
}

pub(super) fn wait_for_gil(run: &mut TimedRun<'_, '_>, thread: ThreadIndex) {
    wait_for_gil_from(run, thread, run.state.progress.now_ns);
}

/// Waits for the GIL, the timed wait starting at `from_ns` (a forced dropper starts it only once another
/// thread has actually taken the GIL, as CPython's FORCE_SWITCHING makes it).
pub(super) fn wait_for_gil_from(run: &mut TimedRun<'_, '_>, thread: ThreadIndex, from_ns: Nanos) {
    cut_work(run, thread);
    leave_core(run, thread);
    let now = from_ns;
    let process = run.state.timed.threads[thread as usize].process;
    let gil_config = run.model.processes[process.index()].gil;
    let switch_number = run.state.timed.gils[process.index()].switch_number;
    run.state.timed.gils[process.index()].waiters.push_back(thread);
    let state = &mut run.state.timed.threads[thread as usize];
    state.phase = ThreadPhase::GilWait;
    state.gil_wait_since_ns = now;
    state.gil_generation += 1;
    state.gil_wait_switch_number = switch_number;
    let generation = state.gil_generation;
    if let Some(timeout) = drop_request_after(gil_config) {
        run.state.timed.schedule(now + timeout, EventKind::GilTimeout { thread, generation });
    }
    // Under the old GIL a holder in the middle of long work starts its check-interval battle now.
    if gil_config.mode == GilMode::Old
        && let Some(holder) = run.state.timed.gils[process.index()].holder
        && run.state.timed.threads[holder as usize].work.is_some_and(|w| w.started_ns.is_some())
    {
        cut_work(run, holder);
        run.state.timed.to_run.push_back(holder);
    }
}

/// How long a waiter waits before the holder is made to let go: the new GIL's switch interval; under the
/// old GIL, the battle a waiter wins after a while (where it does).
fn drop_request_after(gil: GilConfig) -> Option<Nanos> {
    match gil.mode {
        GilMode::New => Some(gil.switch_interval_ns),
        GilMode::Old => gil.battle_won_after_ns,
        GilMode::None => None,
    }
}

/// A waiter's interval ran out. If no switch happened meanwhile it asks the holder to drop the GIL; the
/// holder notices at once inside `cpu` work (the eval breaker) or at its next step boundary.
pub(super) fn gil_timeout(run: &mut TimedRun<'_, '_>, thread: ThreadIndex, generation: u64) {
    let state = &run.state.timed.threads[thread as usize];
    if state.phase != ThreadPhase::GilWait || state.gil_generation != generation {
        return;
    }
    let process = state.process;
    let waited_since = state.gil_wait_switch_number;
    let gil = &mut run.state.timed.gils[process.index()];
    if gil.switch_number == waited_since
        && let Some(holder) = gil.holder
    {
        if !gil.drop_request {
            run.state.observers.metrics.gil_drop_requests += 1;
        }
        gil.drop_request = true;
        let holder_state = &run.state.timed.threads[holder as usize];
        let working = holder_state.work.is_some_and(|w| w.started_ns.is_some());
        if matches!(holder_state.phase, ThreadPhase::Running(_)) && working {
            cut_work(run, holder);
            run.state.timed.to_run.push_back(holder);
        }
    }
    let now = run.state.progress.now_ns;
    let Some(interval) = drop_request_after(run.model.processes[process.index()].gil) else { return };
    let switch_number = run.state.timed.gils[process.index()].switch_number;
    let state = &mut run.state.timed.threads[thread as usize];
    state.gil_wait_switch_number = switch_number;
    state.gil_generation += 1;
    let generation = state.gil_generation;
    run.state.timed.schedule(now + interval, EventKind::GilTimeout { thread, generation });
}

/// A voluntary release (I/O, blocking, finishing, GIL-free native code).
pub(super) fn release_gil(run: &mut TimedRun<'_, '_>, thread: ThreadIndex) {
    if !run.state.timed.threads[thread as usize].holds_gil {
        return;
    }
    let process = run.state.timed.threads[thread as usize].process;
    record_gil_release(run, process, thread);
    run.state.timed.threads[thread as usize].holds_gil = false;
    let gil = &mut run.state.timed.gils[process.index()];
    assert_eq!(gil.holder, Some(thread));
    gil.holder = None;
    gil.drop_request = false;
    let latency = run.model.processes[process.index()].gil.handoff_latency_ns;
    hand_off_gil(run, process, latency);
}

/// Gives a free GIL to one of its waiters (the policy's choice), which then wants a core once `latency`
/// (its wake-up) has passed.
pub(super) fn hand_off_gil(run: &mut TimedRun<'_, '_>, process: ProcessId, latency: Nanos) {
    let waiters = run.state.timed.gils[process.index()].waiters.len();
    if waiters == 0 {
        return;
    }
    run.state.scratch.candidates.clear();
    for position in 0..waiters {
        let thread = run.state.timed.gils[process.index()].waiters[position];
        let state = &run.state.timed.threads[thread as usize];
        let since = state.gil_wait_since_ns;
        let task = match state.role {
            ThreadRole::Task(task) => task,
            ThreadRole::Loop(event_loop) => run.state.timed.loops[event_loop.index()].current.unwrap_or(TaskId(0)),
        };
        let candidate = run.candidate_for_task(task, since);
        run.state.scratch.candidates.push(candidate);
    }
    let Some(choice) = run.choose(DecisionKind::Gil, waiters) else {
        run.end(Status::Fault);
        return;
    };
    let thread = run.state.timed.gils[process.index()].waiters.remove(choice).expect("choice is within the waiters");
    let now = run.state.progress.now_ns;
    take_gil(run, process, thread);
    let state = &mut run.state.timed.threads[thread as usize];
    state.gil_wait_ns += now - state.gil_wait_since_ns + latency;
    state.gil_generation += 1;
    let waited_since = state.gil_wait_since_ns;
    if let Some(task) = executing_task(run, thread) {
        let kind = SegmentKind::WaitsForGil;
        run.state.observers.timeline.push(Segment {
            lane: Lane::Task(task),
            task: Some(task),
            start_ns: waited_since,
            end_ns: now,
            kind,
        });
    }
    // The waiter sleeps on a condition variable: it runs only once the OS has woken it, and the GIL,
    // reserved for it, stays idle meanwhile.
    if latency == 0 {
        make_ready(run, thread);
    } else {
        let state = &mut run.state.timed.threads[thread as usize];
        state.phase = ThreadPhase::Blocked;
        state.generation += 1;
        let generation = state.generation;
        run.state.timed.schedule(now + latency, EventKind::Wake { thread, generation });
    }
}

/// The GIL of `process` leaves `thread`: its holding becomes a segment.
pub(super) fn record_gil_release(run: &mut TimedRun<'_, '_>, process: ProcessId, thread: ThreadIndex) {
    if !run.state.observers.timeline.enabled {
        return;
    }
    let task = executing_task(run, thread);
    let start_ns = run.state.timed.gils[process.index()].held_since_ns;
    let segment = Segment {
        lane: Lane::Gil(process),
        task,
        start_ns,
        end_ns: run.state.progress.now_ns,
        kind: SegmentKind::HoldsGil,
    };
    run.state.observers.timeline.push(segment);
}

pub(super) fn end_thread(run: &mut TimedRun<'_, '_>, thread: ThreadIndex) {
    release_gil(run, thread);
    leave_core(run, thread);
    if let ThreadRole::Task(_) = run.state.timed.threads[thread as usize].role {
        let process = run.state.timed.threads[thread as usize].process;
        let machine = run.state.world.process_machine[process.index()].unwrap_or(0) as usize;
        if let Some(load) = run.state.world.machine_load.get_mut(machine) {
            *load -= 1;
        }
    }
    let state = &mut run.state.timed.threads[thread as usize];
    state.phase = ThreadPhase::Finished;
    state.generation += 1;
}
