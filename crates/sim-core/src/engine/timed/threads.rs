//! Kernel threads on cores: readiness, assignment, time slices, preemption, and work done in segments
//! (with the old GIL's battle debts). Knows nothing of the GIL's hand-offs or of event loops.

use super::super::state::*;
use super::TimedRun;
use crate::model::*;
use crate::timeline::{Lane, Segment};

pub(super) fn running_core(thread: &ThreadState) -> usize {
    match thread.phase {
        ThreadPhase::Running(core) => core as usize,
        phase => panic!("a thread doing work is on a core, not {phase:?}"),
    }
}

pub(super) fn start_slice(run: &mut TimedRun<'_, '_>, core: u32) {
    let quantum = run.model.scheduler.quantum_ns;
    if !run.rules.time_slice || quantum == 0 {
        return;
    }
    let core_state = &mut run.state.timed.cores[core as usize];
    core_state.slice_generation += 1;
    let generation = core_state.slice_generation;
    let at = run.state.progress.now_ns + quantum;
    run.state.timed.schedule(at, EventKind::SliceEnd { core, generation });
}

/// Takes a running thread off its core, cutting its work, and queues it again.
pub(super) fn preempt(run: &mut TimedRun<'_, '_>, thread: ThreadIndex) {
    cut_work(run, thread);
    leave_core(run, thread);
    make_ready(run, thread);
}

pub(super) fn cut_work(run: &mut TimedRun<'_, '_>, thread: ThreadIndex) {
    let now = run.state.progress.now_ns;
    let state = &mut run.state.timed.threads[thread as usize];
    state.generation += 1;
    if state.switching {
        // The switch is paid; the thread resumes later with its work intact.
        state.switching = false;
        return;
    }
    if !matches!(state.phase, ThreadPhase::Running(_)) {
        return;
    }
    if let Some(work) = state.work
        && let Some(started) = work.started_ns
    {
        complete_segment(run, thread, started, now - started);
    }
}

pub(super) fn leave_core(run: &mut TimedRun<'_, '_>, thread: ThreadIndex) {
    let state = &mut run.state.timed.threads[thread as usize];
    if let ThreadPhase::Running(core) = state.phase {
        let core_state = &mut run.state.timed.cores[core as usize];
        assert_eq!(core_state.thread, Some(thread));
        core_state.thread = None;
        core_state.slice_generation += 1;
        run.state.timed.free_cores += 1;
        state.phase = ThreadPhase::Blocked;
    }
}

pub(super) fn make_ready(run: &mut TimedRun<'_, '_>, thread: ThreadIndex) {
    let now = run.state.progress.now_ns;
    let state = &mut run.state.timed.threads[thread as usize];
    assert!(!matches!(state.phase, ThreadPhase::Running(_) | ThreadPhase::Ready | ThreadPhase::Finished));
    state.phase = ThreadPhase::Ready;
    state.ready_since_ns = now;
    let priority = state.priority;
    let machine = run.state.thread_machine(thread);
    // A thread joins at the back at the present, so the queue stays in the order its threads became
    // ready: the first has waited longest (the dispatcher relies on it for `fifo` and `round-robin`).
    debug_assert!(
        run.state.timed.run_queues[machine]
            .back()
            .is_none_or(|&last| run.state.timed.threads[last as usize].ready_since_ns <= now),
        "a run queue in the order its threads became ready"
    );
    run.state.timed.run_queues[machine].push_back(thread);
    let on_machine = |core: usize| run.state.timed.core_machine[core] as usize == machine;
    if run.rules.preempt_for_priority
        && (0..run.state.timed.cores.len())
            .filter(|&c| on_machine(c))
            .all(|c| run.state.timed.cores[c].thread.is_some())
    {
        let victim = (0..run.state.timed.cores.len())
            .filter(|&c| on_machine(c))
            .filter_map(|c| run.state.timed.cores[c].thread)
            .filter(|&t| run.state.timed.threads[t as usize].priority < priority)
            .min_by_key(|&t| (run.state.timed.threads[t as usize].priority, t));
        if let Some(victim) = victim {
            preempt(run, victim);
        }
    }
}

/// The part of a thread's work to do next: all of it, or under the old GIL with threads waiting, one
/// check interval (after which the holder releases and re-takes the GIL).
#[inline]
pub(super) fn segment_length(run: &TimedRun<'_, '_>, thread: ThreadIndex) -> Nanos {
    let state = &run.state.timed.threads[thread as usize];
    let work = state.work.expect("work in progress");
    let gil = &run.model.processes[state.process.index()].gil;
    let battling = gil.mode == GilMode::Old
        && work.kind.needs_gil()
        && !run.state.timed.gils[state.process.index()].waiters.is_empty();
    let work_part = if battling { work.left_ns.min(gil.check_interval_ns.max(1)) } else { work.left_ns };
    work.debt_ns + work_part
}

/// `done_ns` of a thread's segment ran from `start_ns`: account for it (the debt first, then the work);
/// under the old GIL with threads waiting, each check interval of work leaves a debt for releasing,
/// signalling and re-taking the GIL. Always inlined: once per `cpu` step, and its hot case is a few
/// instructions beside a call's.
#[inline(always)]
pub(super) fn complete_segment(run: &mut TimedRun<'_, '_>, thread: ThreadIndex, start_ns: Nanos, done_ns: Nanos) {
    if run.state.observers.timeline.enabled {
        record_segment(run, thread, start_ns, done_ns);
    }
    let state = &mut run.state.timed.threads[thread as usize];
    let core = running_core(state);
    run.state.observers.core_busy_ns[core] += done_ns;
    let work = state.work.as_ref().expect("work in progress");
    if work.debt_ns == 0 && done_ns == work.left_ns {
        // All of it done, nothing owed: no battle to pay for (the hot loop's case). The work is not
        // copied out first: this runs once per `cpu` step.
        state.work = None;
        return;
    }
    let work = *work;
    complete_part_of_segment(run, thread, work, done_ns);
}

/// Keeps the segment of the thread's work in progress for pictures (called only when the timeline is on).
#[cold]
#[inline(never)]
fn record_segment(run: &mut TimedRun<'_, '_>, thread: ThreadIndex, start_ns: Nanos, done_ns: Nanos) {
    let state = &run.state.timed.threads[thread as usize];
    let core = running_core(state);
    let kind = state.work.expect("work in progress").kind;
    record_work(run, thread, core, kind, start_ns, start_ns + done_ns);
}

/// What is left of the work after `done_ns` of it, with the debts of an old GIL's battle.
#[inline(never)]
fn complete_part_of_segment(run: &mut TimedRun<'_, '_>, thread: ThreadIndex, work: Work, done_ns: Nanos) {
    let paid = done_ns.min(work.debt_ns);
    let worked = done_ns - paid;
    assert!(worked <= work.left_ns);
    let left = work.left_ns - worked;
    let process = run.state.timed.threads[thread as usize].process;
    let gil = run.model.processes[process.index()].gil;
    let waiters = run.state.timed.gils[process.index()].waiters.len() as Nanos;
    let battle_cost = if left > 0 && worked > 0 && gil.mode == GilMode::Old && work.kind.needs_gil() && waiters > 0 {
        // A woken waiter with a core of its own contends for the GIL's cache line and futex; every
        // further waiter is woken in turn and contends too.
        let contended = run.state.timed.cores.iter().any(|c| c.thread.is_none());
        gil.battle_release_ns
            + if contended { gil.battle_contention_ns } else { 0 }
            + (waiters - 1) * gil.battle_waiter_ns
    } else {
        0
    };
    let debt = work.debt_ns - paid + battle_cost;
    let state = &mut run.state.timed.threads[thread as usize];
    state.work = (left > 0 || debt > 0).then_some(Work {
        left_ns: left,
        started_ns: None,
        segment_ns: 0,
        debt_ns: debt,
        ..work
    });
}

/// The task a thread is executing: its own, or its loop's current coroutine.
pub(super) fn executing_task(run: &TimedRun<'_, '_>, thread: ThreadIndex) -> Option<TaskId> {
    match run.state.timed.threads[thread as usize].role {
        ThreadRole::Task(task) => Some(task),
        ThreadRole::Loop(event_loop) => run.state.timed.loops[event_loop.index()].current,
    }
}

/// Keeps the segment for pictures (called only when the timeline is on).
#[inline(never)]
pub(super) fn record_work(
    run: &mut TimedRun<'_, '_>,
    thread: ThreadIndex,
    core: usize,
    kind: WorkKind,
    start_ns: Nanos,
    end_ns: Nanos,
) {
    let task = executing_task(run, thread);
    let kind = kind.segment_kind();
    run.state.observers.timeline.push(Segment { lane: Lane::Core(core as u32), task, start_ns, end_ns, kind });
}

/// Starts the thread's work segment of `segment` ns ([`segment_length`]), which ends with an event.
#[inline]
pub(super) fn start_work(run: &mut TimedRun<'_, '_>, thread: ThreadIndex, segment: Nanos) {
    let now = run.state.progress.now_ns;
    let state = &mut run.state.timed.threads[thread as usize];
    let work = state.work.as_mut().expect("work to start");
    work.started_ns = Some(now);
    work.segment_ns = segment;
    state.generation += 1;
    let generation = state.generation;
    run.state.timed.schedule(now + segment, EventKind::WorkDone { thread, generation });
}
