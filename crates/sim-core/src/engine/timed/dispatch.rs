//! The timed driver's run loop: events in virtual time, free cores given to ready threads, each thread
//! advanced through its steps until it starts timed work or leaves its core, and the effect of every
//! step carried out.

use std::cmp::Reverse;

use super::super::state::*;
use super::super::steps::Effect;
use super::super::sync_state::Format11State;
use super::TimedRun;
use super::event_loop::{begin_hold, end_hold, end_hold_at_run_end, loop_current, stop_running, wake_loop};
use super::gil::{end_thread, ensure_gil, gil_timeout, record_gil_release, release_gil};
use super::threads::*;
use crate::model::*;
use crate::outcome::Status;
use crate::policy::DecisionKind;
use crate::timeline::{Lane, Segment, SegmentKind};

pub(super) fn drive(run: &mut TimedRun<'_, '_>) {
    drive_to_the_end(run);
    // A coroutine still holding its loop when the run ends (a deadlock, a limit) held it until then.
    for event_loop in 0..run.state.timed.loops.len() {
        end_hold_at_run_end(run, LoopId::from_index(event_loop));
    }
    close_timeline(run);
}

/// GILs still held and coroutines still running when the run ends become segments up to its end.
pub(super) fn close_timeline(run: &mut TimedRun<'_, '_>) {
    if !run.state.observers.timeline.enabled {
        return;
    }
    for process in 0..run.state.world.processes.len() {
        if let Some(holder) = run.state.timed.gils[process].holder {
            record_gil_release(run, ProcessId::from_index(process), holder);
        }
    }
    for event_loop in 0..run.state.timed.loops.len() {
        if run.state.timed.loops[event_loop].current.is_some() {
            stop_running(run, LoopId::from_index(event_loop));
        }
    }
}

pub(super) fn drive_to_the_end(run: &mut TimedRun<'_, '_>) {
    for index in 0..run.model.tasks.len() {
        let task = TaskId::from_index(index);
        let state = &run.state.world.tasks[index];
        if state.phase == TaskPhase::WaitingForDependencies && state.dependencies_left == 0 {
            run.start_task(task);
        }
    }
    if run.state.world.non_daemon_left == 0 {
        run.end(Status::Ok);
    }
    loop {
        settle(run);
        if run.ended() {
            return;
        }
        match take_next_event(run) {
            NextEvent::Nothing => {
                run.declare_deadlock();
                return;
            }
            NextEvent::Cancelled => {}
            NextEvent::Stopped => return,
            NextEvent::Due(event) => handle(run, event),
        }
    }
}

/// What taking the earliest pending event gave.
enum NextEvent {
    /// No event is pending.
    Nothing,
    /// It was cancelled (a killed thread's work, a wait that ended): nothing happens then, the clock
    /// must not run on to it (or a deadlock would be declared after the last event), and it is no work
    /// to count.
    Cancelled,
    /// A limit ended the run when it came (timed work or virtual time).
    Stopped,
    /// It is due now: the clock is at its time.
    Due(EventKind),
}

/// Takes the earliest pending event and, unless it was cancelled, moves the clock to it and counts it as
/// timed work. The run loop's one way to take an event (and [`hand_off`]'s, inlined into `run_thread`).
#[inline(always)]
fn take_next_event(run: &mut TimedRun<'_, '_>) -> NextEvent {
    drop_dead_events(run);
    let Some(ScheduledEvent { at_ns, kind: event, .. }) = run.state.timed.events.pop() else {
        return NextEvent::Nothing;
    };
    assert!(at_ns >= run.state.progress.now_ns, "time never goes backwards");
    if is_stale(run, event) {
        return NextEvent::Cancelled;
    }
    if !run.count_timed_work() || !run.advance_time(at_ns) {
        return NextEvent::Stopped;
    }
    NextEvent::Due(event)
}

/// Whether a thread other than the one running can move at this instant: one is waiting in `to_run`, or
/// a free core and a ready thread of its machine are waiting for `dispatch`. When none can, `settle`
/// does nothing.
#[inline]
fn others_can_move(timed: &TimedState) -> bool {
    !timed.to_run.is_empty() || (timed.free_cores > 0 && timed.run_queues.iter().any(|queue| !queue.is_empty()))
}

/// The thread that runs next when a thread has just started timed work and what the run loop would do
/// next is run another thread's end of work: nothing else can move at this instant (`settle` would do
/// nothing) and the earliest pending event is a live work-done. Takes that event as the run loop would
/// ([`take_next_event`]) and ends its segment as [`handle`] would, so the caller goes on with that
/// thread without the round trip through the run loop: eight cores in lockstep under `gil: none` hand
/// their cores on like this at every `cpu` step. `None` when the run loop must decide.
#[inline]
fn hand_off(run: &mut TimedRun<'_, '_>) -> Option<ThreadIndex> {
    if run.ended() || others_can_move(&run.state.timed) {
        return None;
    }
    let &ScheduledEvent { kind: event @ EventKind::WorkDone { thread, .. }, .. } = run.state.timed.events.peek()?
    else {
        return None;
    };
    if is_stale(run, event) {
        return None;
    }
    match take_next_event(run) {
        NextEvent::Due(due) => {
            debug_assert_eq!(due, event, "the event peeked is the event taken");
            end_work_segment(run, thread);
            Some(thread)
        }
        // A limit ended the run.
        _ => None,
    }
}

/// Advances every thread that can move at the current instant, then gives free cores to ready threads,
/// until nothing changes.
pub(super) fn settle(run: &mut TimedRun<'_, '_>) {
    loop {
        while let Some(thread) = run.state.timed.to_run.pop_front() {
            if run.ended() {
                return;
            }
            run_thread(run, thread);
        }
        if run.ended() || !dispatch(run) {
            return;
        }
    }
}

/// Keeps the event queue in proportion to the model: when cancelled events would outnumber the ones
/// that can still fire, drops those that never can (a slice of 1 ns preempting work of days leaves a
/// cancelled work-done event per slice, far in the future: 384 MB at the default step budget before).
/// The check is inlined (it runs before every event), the dropping out of line.
#[inline(always)]
fn drop_dead_events(run: &mut TimedRun<'_, '_>) {
    let timed = &run.state.timed;
    // Each thread has at most one work-done or wake-up event of its current generation and one GIL
    // time-out; each core one slice end; each task one start and one wait time-out.
    let live_at_most = 2 * timed.threads.len() + timed.cores.len() + 2 * timed.task_threads.len();
    if timed.events.len() > 2 * live_at_most + 1024 {
        retain_live_events(run);
    }
}

#[cold]
#[inline(never)]
fn retain_live_events(run: &mut TimedRun<'_, '_>) {
    let mut events = std::mem::take(&mut run.state.timed.events);
    let (timed, format11) = (&run.state.timed, &run.state.world.format11);
    events.retain(|&event| can_fire(timed, format11, event));
    run.state.timed.events = events;
}

/// Whether `event` may still fire: false once the generation it belongs to has passed, which never
/// comes back (its handler does nothing then, whatever happens later).
fn can_fire(timed: &TimedState, format11: &Format11State, event: EventKind) -> bool {
    match event {
        EventKind::WorkDone { thread, generation } | EventKind::Wake { thread, generation } => {
            timed.threads[thread as usize].generation == generation
        }
        EventKind::GilTimeout { thread, generation } => timed.threads[thread as usize].gil_generation == generation,
        EventKind::SliceEnd { core, generation } => timed.cores[core as usize].slice_generation == generation,
        EventKind::Start { .. } => true,
        EventKind::WaitTimeout { task, generation } => format11.tasks()[task.index()].wait_generation == generation,
    }
}

/// Whether `event` was cancelled since it was scheduled: its handler would do nothing.
#[inline(always)]
pub(super) fn is_stale(run: &TimedRun<'_, '_>, event: EventKind) -> bool {
    let threads = &run.state.timed.threads;
    match event {
        EventKind::WorkDone { thread, generation } => threads[thread as usize].generation != generation,
        EventKind::Wake { thread, generation } => {
            let state = &threads[thread as usize];
            state.generation != generation || state.phase != ThreadPhase::Blocked
        }
        EventKind::GilTimeout { thread, generation } => {
            let state = &threads[thread as usize];
            state.phase != ThreadPhase::GilWait || state.gil_generation != generation
        }
        EventKind::SliceEnd { core, generation } => {
            let state = &run.state.timed.cores[core as usize];
            state.slice_generation != generation || state.thread.is_none()
        }
        EventKind::Start { .. } => false,
        EventKind::WaitTimeout { task, generation } => {
            let extra = &run.state.world.format11.tasks()[task.index()];
            extra.wait_generation != generation || extra.timeout_ns.is_none()
        }
    }
}

pub(super) fn handle(run: &mut TimedRun<'_, '_>, event: EventKind) {
    match event {
        EventKind::WorkDone { thread, generation } => {
            if run.state.timed.threads[thread as usize].generation != generation {
                return;
            }
            end_work_segment(run, thread);
            // The thread goes on at once, as `settle` would run it first: nothing else is waiting to run
            // (`settle` ran everything before this event was popped).
            debug_assert!(run.state.timed.to_run.is_empty());
            run_thread(run, thread);
        }
        EventKind::Wake { thread, generation } => {
            let state = &mut run.state.timed.threads[thread as usize];
            if state.generation != generation || state.phase != ThreadPhase::Blocked {
                return;
            }
            if let ThreadRole::Loop(event_loop) = state.role {
                run.state.timed.loops[event_loop.index()].idle = false;
            }
            make_ready(run, thread);
        }
        EventKind::GilTimeout { thread, generation } => gil_timeout(run, thread, generation),
        EventKind::Start { task } => begin_task(run, task),
        EventKind::WaitTimeout { task, generation } => {
            if run.state.world.format11.tasks()[task.index()].wait_generation == generation && !run.time_out(task) {
                run.deadline_passed_while_woken(task);
            }
        }
        EventKind::SliceEnd { core, generation } => {
            let state = &run.state.timed.cores[core as usize];
            if state.slice_generation != generation {
                return;
            }
            let Some(thread) = state.thread else { return };
            if run.state.timed.run_queues[run.state.timed.core_machine[core as usize] as usize].is_empty() {
                start_slice(run, core);
                return;
            }
            preempt(run, thread);
        }
    }
}

/// The thread's work segment (or context switch) whose work-done event came has ended.
#[inline(always)]
fn end_work_segment(run: &mut TimedRun<'_, '_>, thread: ThreadIndex) {
    let state = &mut run.state.timed.threads[thread as usize];
    if state.switching {
        state.switching = false;
    } else if let Some(work) = state.work {
        let start = work.started_ns.expect("work in progress has a start");
        complete_segment(run, thread, start, work.segment_ns);
    }
}

/// Gives free cores to ready threads. Returns whether any thread got a core.
pub(super) fn dispatch(run: &mut TimedRun<'_, '_>) -> bool {
    if run.state.timed.free_cores == 0 {
        return false;
    }
    let mut progress = false;
    for core in 0..run.state.timed.cores.len() {
        let machine = run.state.timed.core_machine[core] as usize;
        while run.state.timed.cores[core].thread.is_none() && !run.state.timed.run_queues[machine].is_empty() {
            let Some(choice) = choose_ready_thread(run, machine) else {
                run.end(Status::Fault);
                return false;
            };
            let thread = run.state.timed.run_queues[machine].remove(choice).expect("a candidate is in the run queue");
            assign(run, core as u32, thread);
            progress = true;
        }
    }
    progress
}

/// The position in `machine`'s run queue of the thread that gets a free core. `None` when the scheduler
/// ends the run.
fn choose_ready_thread(run: &mut TimedRun<'_, '_>, machine: usize) -> Option<usize> {
    if run.takes_longest_waiting_core {
        // The queue is in the order threads became ready (`make_ready`), so its first thread is the
        // one that has waited longest, and first among equals.
        return Some(run.take_first(DecisionKind::Core, run.state.timed.run_queues[machine].len()));
    }
    let count = fill_core_candidates(run, machine);
    run.choose(DecisionKind::Core, count)
}

/// The ready threads of `machine`, in queue order.
pub(super) fn fill_core_candidates(run: &mut TimedRun<'_, '_>, machine: usize) -> usize {
    run.state.scratch.candidates.clear();
    for position in 0..run.state.timed.run_queues[machine].len() {
        let thread = run.state.timed.run_queues[machine][position];
        let state = &run.state.timed.threads[thread as usize];
        let since = state.ready_since_ns;
        let candidate = match state.role {
            ThreadRole::Task(task) => run.candidate_for_task(task, since),
            ThreadRole::Loop(event_loop) => {
                let event_loop = &run.state.timed.loops[event_loop.index()];
                let task = event_loop.current.or(event_loop.ready.front().copied()).unwrap_or(TaskId(0));
                let mut candidate = run.candidate_for_task(task, since);
                candidate.priority = 0;
                candidate
            }
        };
        run.state.scratch.candidates.push(candidate);
    }
    run.state.scratch.candidates.len()
}

pub(super) fn assign(run: &mut TimedRun<'_, '_>, core: u32, thread: ThreadIndex) {
    let now = run.state.progress.now_ns;
    let switch_ns = run.model.machine.context_switch_ns;
    let core_state = &mut run.state.timed.cores[core as usize];
    assert!(core_state.thread.is_none());
    let changes_thread = core_state.last_thread.is_some_and(|last| last != thread);
    core_state.thread = Some(thread);
    core_state.last_thread = Some(thread);
    run.state.timed.free_cores -= 1;
    let state = &mut run.state.timed.threads[thread as usize];
    assert_eq!(state.phase, ThreadPhase::Ready);
    state.phase = ThreadPhase::Running(core);
    state.ready_wait_ns += now - state.ready_since_ns;
    if run.rules.time_slice {
        start_slice(run, core);
    }
    if changes_thread {
        run.state.observers.metrics.context_switches += 1;
        if switch_ns > 0 {
            run.state.observers.core_busy_ns[core as usize] += switch_ns;
            if run.state.observers.timeline.enabled {
                let task = executing_task(run, thread);
                let lane = Lane::Core(core);
                let kind = SegmentKind::ContextSwitch;
                run.state.observers.timeline.push(Segment { lane, task, start_ns: now, end_ns: now + switch_ns, kind });
            }
            let state = &mut run.state.timed.threads[thread as usize];
            state.switching = true;
            state.generation += 1;
            let generation = state.generation;
            run.state.timed.schedule(now + switch_ns, EventKind::WorkDone { thread, generation });
            return;
        }
    }
    run.state.timed.to_run.push_back(thread);
}

/// The task a thread executes now: its own, or its loop's current coroutine. `None` when the thread
/// left its core (an idle or finished loop).
pub(super) fn current_task(run: &mut TimedRun<'_, '_>, thread: ThreadIndex) -> Option<TaskId> {
    match run.state.timed.threads[thread as usize].role {
        ThreadRole::Task(task) => Some(task),
        ThreadRole::Loop(event_loop) => loop_current(run, thread, event_loop),
    }
}

/// One thread on its core at the current instant: runs steps until it starts timed work or leaves. When
/// it starts work and the run loop would next end another thread's work ([`hand_off`]), goes on with
/// that thread.
pub(super) fn run_thread(run: &mut TimedRun<'_, '_>, thread: ThreadIndex) {
    let mut thread = thread;
    loop {
        if run.ended() {
            return;
        }
        let state = &run.state.timed.threads[thread as usize];
        if !matches!(state.phase, ThreadPhase::Running(_)) || state.switching {
            return;
        }
        if let Some(work) = state.work {
            assert!(work.started_ns.is_none());
            if work.kind.needs_gil() && !ensure_gil(run, thread) {
                return;
            }
            if work_in_place_or_start(run, thread) {
                continue;
            }
            match hand_off(run) {
                Some(next) => {
                    thread = next;
                    continue;
                }
                None => return,
            }
        }
        let Some(task) = current_task(run, thread) else {
            return;
        };
        // Every step runs Python code, and so does a thread's return from its function: both need the
        // GIL, whatever the last step was (a blocking call comes back through `Py_END_ALLOW_THREADS`).
        if !ensure_gil(run, thread) {
            return;
        }
        if let Some(event_loop) = run.model.tasks[task.index()].event_loop {
            // The coroutine's previous step is over: whatever held the loop's thread has ended.
            end_hold(run, event_loop);
        }
        // A getter or putter woken to contend for a LIFO or priority queue (the timed driver's only
        // contenders: its locks and semaphores go first come, first served) takes it or waits again.
        let effect = if let Some(claim) = run.state.world.format11.claim_of(task) {
            if !run.count_step() {
                return;
            }
            run.take_claim(task, claim)
        } else {
            let Some(pc) = run.next_step(task) else {
                finish(run, thread, task);
                continue;
            };
            if !run.count_step() {
                return;
            }
            super::super::step_cost::with_step_cost(run.execute(task, pc), run.model.scheduler.step_cost_ns)
        };
        if !apply(run, thread, task, effect) {
            return;
        }
    }
}

/// Carries out a step's effect. Returns whether the thread keeps running at this instant.
pub(super) fn apply(run: &mut TimedRun<'_, '_>, thread: ThreadIndex, task: TaskId, effect: Effect) -> bool {
    match effect {
        Effect::Instant => true,
        Effect::Work(kind, duration) => {
            take_on_work(run, thread, task, kind, duration);
            true
        }
        Effect::Io(duration) => {
            if is_coroutine(run, task) {
                begin_hold(run, task, HoldReason::Io);
            }
            release_gil(run, thread);
            leave_core(run, thread);
            let now = run.state.progress.now_ns;
            let state = &mut run.state.timed.threads[thread as usize];
            state.phase = ThreadPhase::Blocked;
            state.generation += 1;
            let generation = state.generation;
            run.state.timed.schedule(now + duration, EventKind::Wake { thread, generation });
            false
        }
        Effect::Await(duration) => {
            assert!(is_coroutine(run, task), "the loader rejects `await` outside a coroutine");
            let event_loop = run.model.tasks[task.index()].event_loop.expect("a coroutine has a loop");
            let due = run.state.progress.now_ns + duration;
            run.state.timed.event_sequence += 1;
            let order = run.state.timed.event_sequence;
            let state = &mut run.state.timed.loops[event_loop.index()];
            if duration == 0 {
                state.ready.push_back(task);
                run.state.timed.task_ready_since_ns[task.index()] = due;
            } else {
                state.timers.push(Reverse((due, order, task)));
            }
            stop_running(run, event_loop);
            true
        }
        Effect::Yield => {
            if is_coroutine(run, task) {
                let event_loop = run.model.tasks[task.index()].event_loop.expect("a coroutine has a loop");
                run.state.timed.loops[event_loop.index()].ready.push_back(task);
                run.state.timed.task_ready_since_ns[task.index()] = run.state.progress.now_ns;
                stop_running(run, event_loop);
                return true;
            }
            if run.state.timed.run_queues[run.state.thread_machine(thread)].is_empty() {
                return true;
            }
            leave_core(run, thread);
            make_ready(run, thread);
            false
        }
        Effect::Blocked => {
            if is_coroutine(run, task) && !run.blocks_its_loop(task) {
                let event_loop = run.model.tasks[task.index()].event_loop.expect("a coroutine has a loop");
                stop_running(run, event_loop);
                return true;
            }
            if is_coroutine(run, task) {
                begin_hold(run, task, HoldReason::ThreadingWait);
            }
            release_gil(run, thread);
            leave_core(run, thread);
            false
        }
        Effect::Stop => false,
    }
}

/// The thread takes on `duration` of work of `kind` (a native call lets the GIL go first).
#[inline(always)]
fn take_on_work(run: &mut TimedRun<'_, '_>, thread: ThreadIndex, task: TaskId, kind: WorkKind, duration: Nanos) {
    if kind == WorkKind::Native {
        release_gil(run, thread);
    }
    if duration > 0 && is_coroutine(run, task) {
        begin_hold(run, task, HoldReason::Cpu);
    }
    if duration > 0 {
        run.state.timed.threads[thread as usize].work =
            Some(Work { kind, left_ns: duration, started_ns: None, segment_ns: 0, debt_ns: 0 });
    }
}

/// Whether `task` is a coroutine: asked only by the effects that differ for one (the model's task table
/// is not read for an instant step).
#[inline]
fn is_coroutine(run: &TimedRun<'_, '_>, task: TaskId) -> bool {
    run.model.tasks[task.index()].kind == TaskKind::Coroutine
}

/// `task` has no step left: it finishes, unless it is a coroutine cancelled in its last `await` inside
/// a handler that catches CancelledError, which resumes there into the handler (`raise_at_last_await`).
pub(super) fn finish(run: &mut TimedRun<'_, '_>, thread: ThreadIndex, task: TaskId) {
    if run.uses_part_two && raised_at_last_await(run, thread, task) {
        return;
    }
    if let Some(event_loop) = run.model.tasks[task.index()].event_loop {
        stop_running(run, event_loop);
        run.state.timed.loops[event_loop.index()].live_coroutines -= 1;
        run.finish_task(task, TaskPhase::Finished);
        return;
    }
    run.finish_task(task, TaskPhase::Finished);
    end_thread(run, thread);
}

/// The step at which a coroutine cancelled in its last `await`, inside a handler that catches
/// CancelledError, resumes there and goes on at the handler: counted, and costing a step's CPU as an
/// instant step does (`step_cost`). Whether it was one (else the coroutine finishes). Out of line and
/// cold: once per task at most, kept out of the run loop's body.
#[cold]
#[inline(never)]
fn raised_at_last_await(run: &mut TimedRun<'_, '_>, thread: ThreadIndex, task: TaskId) -> bool {
    let Some(wait_pc) = run.cancel_reaches_last_await(task) else { return false };
    // At the step limit the run has ended: the run loop stops at its next pass.
    if run.count_step() {
        let effect = run.raise_at_last_await(task, wait_pc);
        if let Effect::Work(kind, duration) =
            super::super::step_cost::with_step_cost(effect, run.model.scheduler.step_cost_ns)
        {
            take_on_work(run, thread, task, kind, duration);
        }
    }
    true
}

/// The thread's work: done in place when no other thread can move at this instant and the work ends
/// strictly before every pending event (the queue would hand this very work back next), instead of
/// pushing and popping an event; otherwise started, with an event at its end. Returns whether it was
/// done in place (the thread goes on at the new present).
pub(super) fn work_in_place_or_start(run: &mut TimedRun<'_, '_>, thread: ThreadIndex) -> bool {
    let segment = segment_length(run, thread);
    let state = &run.state.timed;
    let end = run.state.progress.now_ns + segment;
    if others_can_move(state) || state.events.peek_at_ns().is_some_and(|next_ns| next_ns <= end) {
        start_work(run, thread, segment);
        return false;
    }
    let start = run.state.progress.now_ns;
    if run.count_timed_work() && run.advance_time(end) {
        complete_segment(run, thread, start, segment);
    }
    true
}

pub(super) fn begin_task(run: &mut TimedRun<'_, '_>, task: TaskId) {
    let now = run.state.progress.now_ns;
    run.state.world.tasks[task.index()].started_ns = Some(now);
    if let Some(event_loop) = run.model.tasks[task.index()].event_loop {
        run.state.timed.loops[event_loop.index()].live_coroutines += 1;
        if run.state.world.futures.started_at_next_pass(task) {
            start_on_timer(run, task, event_loop);
        } else {
            run.state.timed.loops[event_loop.index()].ready.push_back(task);
            run.state.timed.task_ready_since_ns[task.index()] = now;
        }
        wake_loop(run, event_loop);
        return;
    }
    let thread = run.state.timed.task_threads[task.index()].expect("a non-coroutine task has a thread");
    let cost = run.spawn_cost(task);
    if cost > 0 {
        run.state.timed.threads[thread as usize].work =
            Some(Work { kind: WorkKind::Startup, left_ns: cost, started_ns: None, segment_ns: 0, debt_ns: 0 });
    }
    make_ready(run, thread);
}

/// `loop.call_later(0, f)`: coroutine `task` waits on a timer due now, which the loop moves onto its
/// ready queue when its next pass begins (`loop_current`), behind what this pass queued.
fn start_on_timer(run: &mut TimedRun<'_, '_>, task: TaskId, event_loop: LoopId) {
    run.state.timed.event_sequence += 1;
    let order = run.state.timed.event_sequence;
    let due = run.state.progress.now_ns;
    run.state.timed.loops[event_loop.index()].timers.push(Reverse((due, order, task)));
}
