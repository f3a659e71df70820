//! The timed driver: N cores in virtual time, a GIL per process (CPython's `ceval_gil.c` rules), event
//! loops run as asyncio's `_run_once` runs them. The policy only breaks ties: which ready thread gets a
//! free core, which waiter gets a GIL.

use std::cmp::Reverse;

use super::Run;
use super::state::*;
use super::steps::Effect;
use crate::model::*;
use crate::policy::DecisionKind;
use crate::report::Status;
use crate::timeline::{Lane, Segment, SegmentKind};
use crate::trace::TraceKind;

pub(super) fn drive(run: &mut Run<'_, '_>) {
    drive_to_the_end(run);
    close_timeline(run);
}

/// GILs still held and coroutines still running when the run ends become segments up to its end.
fn close_timeline(run: &mut Run<'_, '_>) {
    if !run.state.timeline.enabled {
        return;
    }
    for process in 0..run.state.processes.len() {
        if let Some(holder) = run.state.processes[process].gil.holder {
            record_gil_release(run, ProcessId::from_index(process), holder);
        }
    }
    for event_loop in 0..run.state.loops.len() {
        if run.state.loops[event_loop].current.is_some() {
            stop_running(run, LoopId::from_index(event_loop));
        }
    }
}

fn drive_to_the_end(run: &mut Run<'_, '_>) {
    for index in 0..run.model.tasks.len() {
        let task = TaskId::from_index(index);
        let state = &run.state.tasks[index];
        if state.phase == TaskPhase::WaitingForDependencies && state.dependencies_left == 0 {
            run.start_task(task);
        }
    }
    if run.state.non_daemon_left == 0 {
        run.end(Status::Ok);
    }
    loop {
        settle(run);
        if run.ended() {
            return;
        }
        let Some(Reverse((at_ns, _, event))) = run.state.events.pop() else {
            declare_deadlock(run);
            return;
        };
        assert!(at_ns >= run.state.now_ns, "time never goes backwards");
        run.state.now_ns = at_ns;
        handle(run, event);
    }
}

pub(super) fn declare_deadlock(run: &mut Run<'_, '_>) {
    if run.state.non_daemon_left == 0 {
        run.end(Status::Ok);
        return;
    }
    let blocked = run.state.tasks.iter().filter(|t| matches!(t.phase, TaskPhase::Blocked(_))).count() as u32;
    let unfinished = run.state.non_daemon_left as u32;
    run.fail(Status::Deadlock, None, None, crate::report::Cause::Deadlock { blocked, unfinished });
}

/// Advances every thread that can move at the current instant, then gives free cores to ready threads,
/// until nothing changes.
fn settle(run: &mut Run<'_, '_>) {
    loop {
        while let Some(thread) = run.state.to_run.pop_front() {
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

fn handle(run: &mut Run<'_, '_>, event: EventKind) {
    match event {
        EventKind::WorkDone { thread, generation } => {
            let state = &mut run.state.threads[thread as usize];
            if state.generation != generation {
                return;
            }
            if state.switching {
                state.switching = false;
            } else if let Some(work) = state.work {
                let start = work.started_ns.expect("work in progress has a start");
                complete_segment(run, thread, start, work.segment_ns);
            }
            run.state.to_run.push_back(thread);
        }
        EventKind::Wake { thread, generation } => {
            let state = &mut run.state.threads[thread as usize];
            if state.generation != generation || state.phase != ThreadPhase::Blocked {
                return;
            }
            if let ThreadRole::Loop(event_loop) = state.role {
                run.state.loops[event_loop.index()].idle = false;
            }
            make_ready(run, thread);
        }
        EventKind::GilTimeout { thread, generation } => gil_timeout(run, thread, generation),
        EventKind::Start { task } => begin_task(run, task),
        EventKind::SliceEnd { core, generation } => {
            let state = &run.state.cores[core as usize];
            if state.slice_generation != generation {
                return;
            }
            let Some(thread) = state.thread else { return };
            if run.state.run_queues[run.state.core_machine[core as usize] as usize].is_empty() {
                start_slice(run, core);
                return;
            }
            preempt(run, thread);
        }
    }
}

fn running_core(thread: &ThreadState) -> usize {
    match thread.phase {
        ThreadPhase::Running(core) => core as usize,
        phase => panic!("a thread doing work is on a core, not {phase:?}"),
    }
}

/// Gives free cores to ready threads. Returns whether any thread got a core.
fn dispatch(run: &mut Run<'_, '_>) -> bool {
    let mut progress = false;
    for core in 0..run.state.cores.len() {
        let machine = run.state.core_machine[core] as usize;
        while run.state.cores[core].thread.is_none() && !run.state.run_queues[machine].is_empty() {
            let count = fill_core_candidates(run, machine);
            let Some(choice) = run.choose(DecisionKind::Core, count) else {
                run.end(Status::Fault);
                return false;
            };
            let thread = run.state.run_queues[machine].remove(choice).expect("a candidate is in the run queue");
            assign(run, core as u32, thread);
            progress = true;
        }
    }
    progress
}

/// The ready threads of `machine`, in queue order.
fn fill_core_candidates(run: &mut Run<'_, '_>, machine: usize) -> usize {
    run.state.candidates.clear();
    for position in 0..run.state.run_queues[machine].len() {
        let thread = run.state.run_queues[machine][position];
        let state = &run.state.threads[thread as usize];
        let since = state.ready_since_ns;
        let candidate = match state.role {
            ThreadRole::Task(task) => run.candidate_for_task(task, since),
            ThreadRole::Loop(event_loop) => {
                let event_loop = &run.state.loops[event_loop.index()];
                let task = event_loop.current.or(event_loop.ready.front().copied()).unwrap_or(TaskId(0));
                let mut candidate = run.candidate_for_task(task, since);
                candidate.priority = 0;
                candidate
            }
        };
        run.state.candidates.push(candidate);
    }
    run.state.candidates.len()
}

fn assign(run: &mut Run<'_, '_>, core: u32, thread: ThreadIndex) {
    let now = run.state.now_ns;
    let switch_ns = run.model.machine.context_switch_ns;
    let core_state = &mut run.state.cores[core as usize];
    assert!(core_state.thread.is_none());
    let changes_thread = core_state.last_thread.is_some_and(|last| last != thread);
    core_state.thread = Some(thread);
    core_state.last_thread = Some(thread);
    let state = &mut run.state.threads[thread as usize];
    assert_eq!(state.phase, ThreadPhase::Ready);
    state.phase = ThreadPhase::Running(core);
    state.ready_wait_ns += now - state.ready_since_ns;
    if run.rules.time_slice {
        start_slice(run, core);
    }
    if changes_thread {
        run.state.metrics.context_switches += 1;
        if switch_ns > 0 {
            run.state.cores[core as usize].busy_ns += switch_ns;
            if run.state.timeline.enabled {
                let task = executing_task(run, thread);
                let lane = Lane::Core(core);
                let kind = SegmentKind::ContextSwitch;
                run.state.timeline.push(Segment { lane, task, start_ns: now, end_ns: now + switch_ns, kind });
            }
            let state = &mut run.state.threads[thread as usize];
            state.switching = true;
            state.generation += 1;
            let generation = state.generation;
            run.state.schedule(now + switch_ns, EventKind::WorkDone { thread, generation });
            return;
        }
    }
    run.state.to_run.push_back(thread);
}

fn start_slice(run: &mut Run<'_, '_>, core: u32) {
    let quantum = run.model.scheduler.quantum_ns;
    if !run.rules.time_slice || quantum == 0 {
        return;
    }
    let core_state = &mut run.state.cores[core as usize];
    core_state.slice_generation += 1;
    let generation = core_state.slice_generation;
    let at = run.state.now_ns + quantum;
    run.state.schedule(at, EventKind::SliceEnd { core, generation });
}

/// Takes a running thread off its core, cutting its work, and queues it again.
fn preempt(run: &mut Run<'_, '_>, thread: ThreadIndex) {
    cut_work(run, thread);
    leave_core(run, thread);
    make_ready(run, thread);
}

fn cut_work(run: &mut Run<'_, '_>, thread: ThreadIndex) {
    let now = run.state.now_ns;
    let state = &mut run.state.threads[thread as usize];
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

fn leave_core(run: &mut Run<'_, '_>, thread: ThreadIndex) {
    let state = &mut run.state.threads[thread as usize];
    if let ThreadPhase::Running(core) = state.phase {
        let core_state = &mut run.state.cores[core as usize];
        assert_eq!(core_state.thread, Some(thread));
        core_state.thread = None;
        core_state.slice_generation += 1;
        state.phase = ThreadPhase::Blocked;
    }
}

fn make_ready(run: &mut Run<'_, '_>, thread: ThreadIndex) {
    let now = run.state.now_ns;
    let state = &mut run.state.threads[thread as usize];
    assert!(!matches!(state.phase, ThreadPhase::Running(_) | ThreadPhase::Ready | ThreadPhase::Finished));
    state.phase = ThreadPhase::Ready;
    state.ready_since_ns = now;
    let priority = state.priority;
    let machine = run.state.thread_machine(thread);
    run.state.run_queues[machine].push_back(thread);
    let on_machine = |core: usize| run.state.core_machine[core] as usize == machine;
    if run.rules.preempt_for_priority
        && (0..run.state.cores.len()).filter(|&c| on_machine(c)).all(|c| run.state.cores[c].thread.is_some())
    {
        let victim = (0..run.state.cores.len())
            .filter(|&c| on_machine(c))
            .filter_map(|c| run.state.cores[c].thread)
            .filter(|&t| run.state.threads[t as usize].priority < priority)
            .min_by_key(|&t| (run.state.threads[t as usize].priority, t));
        if let Some(victim) = victim {
            preempt(run, victim);
        }
    }
}

/// The task a thread executes now: its own, or its loop's current coroutine. `None` when the thread
/// left its core (an idle or finished loop).
fn current_task(run: &mut Run<'_, '_>, thread: ThreadIndex) -> Option<TaskId> {
    match run.state.threads[thread as usize].role {
        ThreadRole::Task(task) => Some(task),
        ThreadRole::Loop(event_loop) => loop_current(run, thread, event_loop),
    }
}

/// One thread on its core at the current instant: runs steps until it starts timed work or leaves.
fn run_thread(run: &mut Run<'_, '_>, thread: ThreadIndex) {
    loop {
        if run.ended() {
            return;
        }
        let state = &run.state.threads[thread as usize];
        if !matches!(state.phase, ThreadPhase::Running(_)) || state.switching {
            return;
        }
        if let Some(work) = state.work {
            assert!(work.started_ns.is_none());
            if work.kind.needs_gil() && !ensure_gil(run, thread) {
                return;
            }
            if finish_work_in_place(run, thread) {
                continue;
            }
            start_work(run, thread);
            return;
        }
        let Some(task) = current_task(run, thread) else {
            return;
        };
        let Some(pc) = run.next_step(task) else {
            finish(run, thread, task);
            continue;
        };
        if needs_gil(run.model.tasks[task.index()].program[pc as usize]) && !ensure_gil(run, thread) {
            return;
        }
        if !run.count_step() {
            return;
        }
        let effect = run.execute(task, pc);
        if !apply(run, thread, task, effect) {
            return;
        }
    }
}

/// Every step runs Python code under the GIL except waiting on I/O and GIL-releasing native work.
fn needs_gil(instruction: Instr) -> bool {
    !matches!(instruction, Instr::Io(_) | Instr::Native(_))
}

/// Carries out a step's effect. Returns whether the thread keeps running at this instant.
fn apply(run: &mut Run<'_, '_>, thread: ThreadIndex, task: TaskId, effect: Effect) -> bool {
    let is_coroutine = run.model.tasks[task.index()].kind == TaskKind::Coroutine;
    match effect {
        Effect::Instant => true,
        Effect::Work(kind, duration) => {
            if kind == WorkKind::Native {
                release_gil(run, thread);
            }
            if duration > 0 {
                run.state.threads[thread as usize].work =
                    Some(Work { kind, left_ns: duration, started_ns: None, segment_ns: 0, debt_ns: 0 });
            }
            true
        }
        Effect::Io(duration) => {
            release_gil(run, thread);
            leave_core(run, thread);
            let now = run.state.now_ns;
            let state = &mut run.state.threads[thread as usize];
            state.phase = ThreadPhase::Blocked;
            state.generation += 1;
            let generation = state.generation;
            run.state.schedule(now + duration, EventKind::Wake { thread, generation });
            false
        }
        Effect::Await(duration) => {
            assert!(is_coroutine, "the loader rejects `await` outside a coroutine");
            let event_loop = run.model.tasks[task.index()].event_loop.expect("a coroutine has a loop");
            let due = run.state.now_ns + duration;
            run.state.event_sequence += 1;
            let order = run.state.event_sequence;
            let state = &mut run.state.loops[event_loop.index()];
            if duration == 0 {
                state.ready.push_back(task);
                run.state.tasks[task.index()].ready_since_ns = due;
            } else {
                state.timers.push(Reverse((due, order, task)));
            }
            stop_running(run, event_loop);
            true
        }
        Effect::Yield => {
            if is_coroutine {
                let event_loop = run.model.tasks[task.index()].event_loop.expect("a coroutine has a loop");
                run.state.loops[event_loop.index()].ready.push_back(task);
                run.state.tasks[task.index()].ready_since_ns = run.state.now_ns;
                stop_running(run, event_loop);
                return true;
            }
            if run.state.run_queues[run.state.thread_machine(thread)].is_empty() {
                return true;
            }
            leave_core(run, thread);
            make_ready(run, thread);
            false
        }
        Effect::Blocked => {
            if is_coroutine {
                let event_loop = run.model.tasks[task.index()].event_loop.expect("a coroutine has a loop");
                stop_running(run, event_loop);
                return true;
            }
            release_gil(run, thread);
            leave_core(run, thread);
            false
        }
        Effect::Stop => false,
    }
}

fn finish(run: &mut Run<'_, '_>, thread: ThreadIndex, task: TaskId) {
    if let Some(event_loop) = run.model.tasks[task.index()].event_loop {
        stop_running(run, event_loop);
        run.state.loops[event_loop.index()].live_coroutines -= 1;
        run.finish_task(task, TaskPhase::Finished);
        return;
    }
    run.finish_task(task, TaskPhase::Finished);
    end_thread(run, thread);
}

fn end_thread(run: &mut Run<'_, '_>, thread: ThreadIndex) {
    release_gil(run, thread);
    leave_core(run, thread);
    if let ThreadRole::Task(_) = run.state.threads[thread as usize].role {
        let process = run.state.threads[thread as usize].process;
        let machine = run.state.process_machine[process.index()].unwrap_or(0) as usize;
        if let Some(load) = run.state.machine_load.get_mut(machine) {
            *load -= 1;
        }
    }
    let state = &mut run.state.threads[thread as usize];
    state.phase = ThreadPhase::Finished;
    state.generation += 1;
}

/// The fast path of the hot loop: when no other thread can move at this instant and the work ends
/// strictly before every pending event, the heap would hand this very work back next. Advance time in
/// place instead of pushing and popping an event. Returns whether it did.
fn finish_work_in_place(run: &mut Run<'_, '_>, thread: ThreadIndex) -> bool {
    let state = &run.state;
    let waiting = state.run_queues.iter().any(|q| !q.is_empty());
    if !state.to_run.is_empty() || (waiting && state.cores.iter().any(|c| c.thread.is_none())) {
        return false;
    }
    let segment = segment_length(run, thread);
    let end = run.state.now_ns + segment;
    if run.state.events.peek().is_some_and(|Reverse((next, _, _))| *next <= end) {
        return false;
    }
    let start = run.state.now_ns;
    run.state.now_ns = end;
    complete_segment(run, thread, start, segment);
    true
}

/// The part of a thread's work to do next: all of it, or under the old GIL with threads waiting, one
/// check interval (after which the holder releases and re-takes the GIL).
fn segment_length(run: &Run<'_, '_>, thread: ThreadIndex) -> Nanos {
    let state = &run.state.threads[thread as usize];
    let work = state.work.expect("work in progress");
    let gil = &run.model.processes[state.process.index()].gil;
    let battling = gil.mode == GilMode::Old
        && work.kind.needs_gil()
        && !run.state.processes[state.process.index()].gil.waiters.is_empty();
    let work_part = if battling { work.left_ns.min(gil.check_interval_ns.max(1)) } else { work.left_ns };
    work.debt_ns + work_part
}

/// `done_ns` of a thread's segment ran from `start_ns`: account for it (the debt first, then the work);
/// under the old GIL with threads waiting, each check interval of work leaves a debt for releasing,
/// signalling and re-taking the GIL.
fn complete_segment(run: &mut Run<'_, '_>, thread: ThreadIndex, start_ns: Nanos, done_ns: Nanos) {
    let core = running_core(&run.state.threads[thread as usize]);
    run.state.cores[core].busy_ns += done_ns;
    let work = run.state.threads[thread as usize].work.expect("work in progress");
    record_work(run, thread, core, work.kind, start_ns, start_ns + done_ns);
    let paid = done_ns.min(work.debt_ns);
    let worked = done_ns - paid;
    assert!(worked <= work.left_ns);
    let left = work.left_ns - worked;
    let process = run.state.threads[thread as usize].process;
    let gil = run.model.processes[process.index()].gil;
    let waiters = !run.state.processes[process.index()].gil.waiters.is_empty();
    let battle_cost = if left > 0 && worked > 0 && gil.mode == GilMode::Old && work.kind.needs_gil() && waiters {
        // A woken waiter with a core of its own contends for the GIL's cache line and futex.
        let contended = run.state.cores.iter().any(|c| c.thread.is_none());
        gil.battle_release_ns + if contended { gil.battle_contention_ns } else { 0 }
    } else {
        0
    };
    let debt = work.debt_ns - paid + battle_cost;
    let state = &mut run.state.threads[thread as usize];
    state.work = (left > 0 || debt > 0).then_some(Work {
        left_ns: left,
        started_ns: None,
        segment_ns: 0,
        debt_ns: debt,
        ..work
    });
}

/// The task a thread is executing: its own, or its loop's current coroutine.
fn executing_task(run: &Run<'_, '_>, thread: ThreadIndex) -> Option<TaskId> {
    match run.state.threads[thread as usize].role {
        ThreadRole::Task(task) => Some(task),
        ThreadRole::Loop(event_loop) => run.state.loops[event_loop.index()].current,
    }
}

fn record_work(
    run: &mut Run<'_, '_>,
    thread: ThreadIndex,
    core: usize,
    kind: WorkKind,
    start_ns: Nanos,
    end_ns: Nanos,
) {
    if !run.state.timeline.enabled {
        return;
    }
    let task = executing_task(run, thread);
    let kind = match kind {
        WorkKind::Cpu => SegmentKind::Cpu,
        WorkKind::Native => SegmentKind::Native,
        WorkKind::Startup => SegmentKind::Startup,
        WorkKind::Pickle => SegmentKind::Pickle,
    };
    run.state.timeline.push(Segment { lane: Lane::Core(core as u32), task, start_ns, end_ns, kind });
}

/// The GIL of `process` leaves `thread`: its holding becomes a segment.
fn record_gil_release(run: &mut Run<'_, '_>, process: ProcessId, thread: ThreadIndex) {
    if !run.state.timeline.enabled {
        return;
    }
    let task = executing_task(run, thread);
    let start_ns = run.state.processes[process.index()].gil.held_since_ns;
    let segment =
        Segment { lane: Lane::Gil(process), task, start_ns, end_ns: run.state.now_ns, kind: SegmentKind::HoldsGil };
    run.state.timeline.push(segment);
}

/// The loop's current coroutine stops running (it awaits, blocks, yields or finishes).
fn stop_running(run: &mut Run<'_, '_>, event_loop: LoopId) {
    let now = run.state.now_ns;
    let state = &mut run.state.loops[event_loop.index()];
    let task = state.current.take();
    let segment = Segment {
        lane: Lane::Loop(event_loop),
        task,
        start_ns: state.running_since_ns,
        end_ns: now,
        kind: SegmentKind::Runs,
    };
    run.state.timeline.push(segment);
}

fn start_work(run: &mut Run<'_, '_>, thread: ThreadIndex) {
    let now = run.state.now_ns;
    let segment = segment_length(run, thread);
    let state = &mut run.state.threads[thread as usize];
    let work = state.work.as_mut().expect("work to start");
    work.started_ns = Some(now);
    work.segment_ns = segment;
    state.generation += 1;
    let generation = state.generation;
    run.state.schedule(now + segment, EventKind::WorkDone { thread, generation });
}

// ---- The GIL -------------------------------------------------------------------------------------

/// Makes sure the thread holds its process's GIL before Python code runs. Returns false when the thread
/// had to leave its core to wait for it (or to honour a drop request).
#[inline]
fn ensure_gil(run: &mut Run<'_, '_>, thread: ThreadIndex) -> bool {
    let state = &run.state.threads[thread as usize];
    // The common case of the hot loop: the thread holds the GIL and nobody asked for it.
    if state.holds_gil && !run.state.processes[state.process.index()].gil.drop_request {
        return true;
    }
    take_or_wait_for_gil(run, thread)
}

#[cold]
#[inline(never)]
fn take_or_wait_for_gil(run: &mut Run<'_, '_>, thread: ThreadIndex) -> bool {
    let process = run.state.threads[thread as usize].process;
    let gil_config = run.model.processes[process.index()].gil;
    if gil_config.mode == GilMode::None {
        return true;
    }
    let holds = run.state.threads[thread as usize].holds_gil;
    let gil = &mut run.state.processes[process.index()].gil;
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
        run.state.threads[thread as usize].holds_gil = false;
        run.state.processes[process.index()].gil.holder = None;
        hand_off_gil(run, process);
        let taken_at = run.state.now_ns + run.model.processes[process.index()].gil.handoff_latency_ns;
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

fn take_gil(run: &mut Run<'_, '_>, process: ProcessId, thread: ThreadIndex) {
    let now = run.state.now_ns;
    let gil = &mut run.state.processes[process.index()].gil;
    assert!(gil.holder.is_none());
    gil.holder = Some(thread);
    gil.held_since_ns = now;
    if gil.last_holder != Some(thread) {
        gil.switch_number += 1;
        if gil.last_holder.is_some() {
            run.state.metrics.gil_switches += 1;
        }
        gil.last_holder = Some(thread);
    }
    run.state.threads[thread as usize].holds_gil = true;
    if let ThreadRole::Task(task) = run.state.threads[thread as usize].role {
        let pc = run.state.tasks[task.index()].pc;
        run.record(task, pc, TraceKind::TakesGil, 0);
    }
}

fn wait_for_gil(run: &mut Run<'_, '_>, thread: ThreadIndex) {
    wait_for_gil_from(run, thread, run.state.now_ns);
}

/// Waits for the GIL, the timed wait starting at `from_ns` (a forced dropper starts it only once another
/// thread has actually taken the GIL, as CPython's FORCE_SWITCHING makes it).
fn wait_for_gil_from(run: &mut Run<'_, '_>, thread: ThreadIndex, from_ns: Nanos) {
    cut_work(run, thread);
    leave_core(run, thread);
    let now = from_ns;
    let process = run.state.threads[thread as usize].process;
    let gil_config = run.model.processes[process.index()].gil;
    let switch_number = run.state.processes[process.index()].gil.switch_number;
    run.state.processes[process.index()].gil.waiters.push_back(thread);
    let state = &mut run.state.threads[thread as usize];
    state.phase = ThreadPhase::GilWait;
    state.gil_wait_since_ns = now;
    state.gil_generation += 1;
    state.gil_wait_switch_number = switch_number;
    let generation = state.gil_generation;
    if gil_config.mode == GilMode::New {
        run.state.schedule(now + gil_config.switch_interval_ns, EventKind::GilTimeout { thread, generation });
    }
    // Under the old GIL a holder in the middle of long work starts its check-interval battle now.
    if gil_config.mode == GilMode::Old
        && let Some(holder) = run.state.processes[process.index()].gil.holder
        && run.state.threads[holder as usize].work.is_some_and(|w| w.started_ns.is_some())
    {
        cut_work(run, holder);
        run.state.to_run.push_back(holder);
    }
}

/// A waiter's interval ran out. If no switch happened meanwhile it asks the holder to drop the GIL; the
/// holder notices at once inside `cpu` work (the eval breaker) or at its next step boundary.
fn gil_timeout(run: &mut Run<'_, '_>, thread: ThreadIndex, generation: u64) {
    let state = &run.state.threads[thread as usize];
    if state.phase != ThreadPhase::GilWait || state.gil_generation != generation {
        return;
    }
    let process = state.process;
    let waited_since = state.gil_wait_switch_number;
    let gil = &mut run.state.processes[process.index()].gil;
    if gil.switch_number == waited_since
        && let Some(holder) = gil.holder
    {
        if !gil.drop_request {
            run.state.metrics.gil_drop_requests += 1;
        }
        gil.drop_request = true;
        let holder_state = &run.state.threads[holder as usize];
        let working = holder_state.work.is_some_and(|w| w.started_ns.is_some());
        if matches!(holder_state.phase, ThreadPhase::Running(_)) && working {
            cut_work(run, holder);
            run.state.to_run.push_back(holder);
        }
    }
    let now = run.state.now_ns;
    let interval = run.model.processes[process.index()].gil.switch_interval_ns;
    let switch_number = run.state.processes[process.index()].gil.switch_number;
    let state = &mut run.state.threads[thread as usize];
    state.gil_wait_switch_number = switch_number;
    state.gil_generation += 1;
    let generation = state.gil_generation;
    run.state.schedule(now + interval, EventKind::GilTimeout { thread, generation });
}

/// A voluntary release (I/O, blocking, finishing, GIL-free native code).
fn release_gil(run: &mut Run<'_, '_>, thread: ThreadIndex) {
    if !run.state.threads[thread as usize].holds_gil {
        return;
    }
    let process = run.state.threads[thread as usize].process;
    record_gil_release(run, process, thread);
    run.state.threads[thread as usize].holds_gil = false;
    let gil = &mut run.state.processes[process.index()].gil;
    assert_eq!(gil.holder, Some(thread));
    gil.holder = None;
    gil.drop_request = false;
    hand_off_gil(run, process);
}

/// Gives a free GIL to one of its waiters (the policy's choice), which then wants a core.
fn hand_off_gil(run: &mut Run<'_, '_>, process: ProcessId) {
    let waiters = run.state.processes[process.index()].gil.waiters.len();
    if waiters == 0 {
        return;
    }
    run.state.candidates.clear();
    for position in 0..waiters {
        let thread = run.state.processes[process.index()].gil.waiters[position];
        let state = &run.state.threads[thread as usize];
        let since = state.gil_wait_since_ns;
        let task = match state.role {
            ThreadRole::Task(task) => task,
            ThreadRole::Loop(event_loop) => run.state.loops[event_loop.index()].current.unwrap_or(TaskId(0)),
        };
        let candidate = run.candidate_for_task(task, since);
        run.state.candidates.push(candidate);
    }
    let Some(choice) = run.choose(DecisionKind::Gil, waiters) else {
        run.end(Status::Fault);
        return;
    };
    let thread = run.state.processes[process.index()].gil.waiters.remove(choice).expect("choice is within the waiters");
    let now = run.state.now_ns;
    take_gil(run, process, thread);
    let latency = run.model.processes[process.index()].gil.handoff_latency_ns;
    let state = &mut run.state.threads[thread as usize];
    state.gil_wait_ns += now - state.gil_wait_since_ns + latency;
    state.gil_generation += 1;
    let waited_since = state.gil_wait_since_ns;
    if let Some(task) = executing_task(run, thread) {
        let kind = SegmentKind::WaitsForGil;
        run.state.timeline.push(Segment {
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
        let state = &mut run.state.threads[thread as usize];
        state.phase = ThreadPhase::Blocked;
        state.generation += 1;
        let generation = state.generation;
        run.state.schedule(now + latency, EventKind::Wake { thread, generation });
    }
}

// ---- Event loops ---------------------------------------------------------------------------------

/// The coroutine the loop runs now, starting a new pass of `_run_once` when the last one is done.
fn loop_current(run: &mut Run<'_, '_>, thread: ThreadIndex, event_loop: LoopId) -> Option<TaskId> {
    let now = run.state.now_ns;
    loop {
        let state = &mut run.state.loops[event_loop.index()];
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
                run.state.tasks[task.index()].ready_since_ns = due;
            }
            state.pass_left = state.ready.len();
        }
        if state.pass_left == 0 {
            loop_idle(run, thread, event_loop);
            return None;
        }
        state.pass_left -= 1;
        let task = state.ready.pop_front().expect("pass_left counts ready coroutines");
        if run.state.tasks[task.index()].phase != TaskPhase::Live {
            continue;
        }
        let lag = now - run.state.tasks[task.index()].ready_since_ns;
        let state = &mut run.state.loops[event_loop.index()];
        state.lag_max_ns = state.lag_max_ns.max(lag);
        state.lag_total_ns += u128::from(lag);
        state.lag_samples += 1;
        state.current = Some(task);
        state.running_since_ns = now;
    }
}

/// Nothing is ready: the loop thread sleeps in `select` until its next timer or until another task wakes
/// one of its coroutines. With no coroutine left, the loop thread ends.
fn loop_idle(run: &mut Run<'_, '_>, thread: ThreadIndex, event_loop: LoopId) {
    if run.state.loops[event_loop.index()].live_coroutines == 0 {
        end_thread(run, thread);
        run.state.threads[thread as usize].phase = ThreadPhase::NotStarted;
        return;
    }
    release_gil(run, thread);
    leave_core(run, thread);
    let state = &mut run.state.threads[thread as usize];
    state.phase = ThreadPhase::Blocked;
    state.generation += 1;
    let generation = state.generation;
    let loop_state = &mut run.state.loops[event_loop.index()];
    loop_state.idle = true;
    if let Some(&Reverse((due, _, _))) = loop_state.timers.peek() {
        run.state.schedule(due, EventKind::Wake { thread, generation });
    }
}

fn wake_loop(run: &mut Run<'_, '_>, event_loop: LoopId) {
    let thread = run.state.loops[event_loop.index()].thread;
    let phase = run.state.threads[thread as usize].phase;
    let idle = run.state.loops[event_loop.index()].idle;
    if phase == ThreadPhase::NotStarted || (phase == ThreadPhase::Blocked && idle) {
        run.state.loops[event_loop.index()].idle = false;
        run.state.threads[thread as usize].generation += 1;
        make_ready(run, thread);
    }
}

// ---- Hooks called by the shared step semantics ------------------------------------------------------

pub(super) fn on_start(run: &mut Run<'_, '_>, task: TaskId) {
    super::placement::place(run, task);
    let delay = super::placement::after_edge_latency(run, task);
    if delay > 0 {
        // The news that its dependencies finished crosses the network first.
        run.state.metrics.network_ns += delay;
        let at = run.state.now_ns + delay;
        run.state.schedule(at, EventKind::Start { task });
        return;
    }
    begin_task(run, task);
}

fn begin_task(run: &mut Run<'_, '_>, task: TaskId) {
    let now = run.state.now_ns;
    run.state.tasks[task.index()].started_ns = Some(now);
    if let Some(event_loop) = run.model.tasks[task.index()].event_loop {
        run.state.loops[event_loop.index()].live_coroutines += 1;
        run.state.loops[event_loop.index()].ready.push_back(task);
        run.state.tasks[task.index()].ready_since_ns = now;
        wake_loop(run, event_loop);
        return;
    }
    let thread = run.state.tasks[task.index()].thread.expect("a non-coroutine task has a thread");
    let cost = run.spawn_cost(task);
    if cost > 0 {
        run.state.threads[thread as usize].work =
            Some(Work { kind: WorkKind::Startup, left_ns: cost, started_ns: None, segment_ns: 0, debt_ns: 0 });
    }
    make_ready(run, thread);
}

pub(super) fn on_unblock(run: &mut Run<'_, '_>, task: TaskId) {
    if let Some(event_loop) = run.model.tasks[task.index()].event_loop {
        run.state.loops[event_loop.index()].ready.push_back(task);
        run.state.tasks[task.index()].ready_since_ns = run.state.now_ns;
        wake_loop(run, event_loop);
        return;
    }
    let thread = run.state.tasks[task.index()].thread.expect("a non-coroutine task has a thread");
    let delay = std::mem::take(&mut run.state.tasks[task.index()].network_delay_ns);
    if run.state.threads[thread as usize].phase == ThreadPhase::Blocked {
        if delay > 0 {
            // Handed an item from another machine: it arrives after the network delay.
            let now = run.state.now_ns;
            let state = &mut run.state.threads[thread as usize];
            state.generation += 1;
            let generation = state.generation;
            run.state.schedule(now + delay, EventKind::Wake { thread, generation });
            return;
        }
        make_ready(run, thread);
    }
}

pub(super) fn on_kill(run: &mut Run<'_, '_>, task: TaskId) {
    if let Some(event_loop) = run.model.tasks[task.index()].event_loop {
        let state = &mut run.state.loops[event_loop.index()];
        if run.state.tasks[task.index()].phase != TaskPhase::NotSpawned
            && run.state.tasks[task.index()].phase != TaskPhase::WaitingForDependencies
        {
            state.live_coroutines -= 1;
        }
        state.ready.retain(|&t| t != task);
        state.pass_left = state.pass_left.min(state.ready.len());
        if state.live_coroutines == 0 {
            wake_loop(run, event_loop);
        }
        return;
    }
    let Some(thread) = run.state.tasks[task.index()].thread else {
        return;
    };
    let process = run.state.threads[thread as usize].process;
    for queue in &mut run.state.run_queues {
        queue.retain(|&t| t != thread);
    }
    run.state.processes[process.index()].gil.waiters.retain(|&t| t != thread);
    if run.state.threads[thread as usize].phase != ThreadPhase::NotStarted {
        cut_work(run, thread);
        end_thread(run, thread);
    }
    run.state.threads[thread as usize].phase = ThreadPhase::Finished;
}
