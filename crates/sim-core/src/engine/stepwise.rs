//! The stepwise driver: an exploring policy picks, at every step boundary, which runnable task takes
//! the next step. Time never decides the order; it is still kept, by list scheduling each step onto
//! the core (and GIL) that frees first, so reports carry a makespan.

use super::Run;
use super::state::*;
use super::steps::Effect;
use crate::model::*;
use crate::policy::DecisionKind;
use crate::report::Status;

pub(super) fn drive(run: &mut Run<'_, '_>) {
    begin(run);
    loop {
        let count = candidates(run);
        if count == 0 {
            break;
        }
        let Some(choice) = run.choose(DecisionKind::Step, count) else {
            run.end(Status::Fault);
            break;
        };
        let task = TaskId(run.state.candidate_ids[choice]);
        take_step(run, task);
    }
}

/// Starts the tasks that need nothing.
pub(super) fn begin(run: &mut Run<'_, '_>) {
    for index in 0..run.model.tasks.len() {
        let state = &run.state.tasks[index];
        if state.phase == TaskPhase::WaitingForDependencies && state.dependencies_left == 0 {
            run.start_task(TaskId::from_index(index));
        }
    }
    run.state.last_stepper = None;
}

/// Fills `candidate_ids` with the tasks that may take the next step. Returns 0, having ended the run,
/// when every non-daemon task is done (ok) or nothing can move (deadlock).
pub(super) fn candidates(run: &mut Run<'_, '_>) -> usize {
    if run.ended() {
        return 0;
    }
    if run.state.non_daemon_left == 0 {
        run.end(Status::Ok);
        return 0;
    }
    let count = fill_candidates(run);
    if count == 0 {
        super::timed::declare_deadlock(run);
    }
    count
}

/// One step of `task`, which must be a candidate.
pub(super) fn take_step(run: &mut Run<'_, '_>, task: TaskId) {
    if run.state.last_stepper.is_some_and(|last| last != task) {
        run.state.metrics.context_switches += 1;
    }
    run.state.last_stepper = Some(task);
    step(run, task);
}

fn fill_candidates(run: &mut Run<'_, '_>) -> usize {
    run.state.candidates.clear();
    run.state.candidate_ids.clear();
    for index in 0..run.model.tasks.len() {
        let state = &run.state.tasks[index];
        if state.phase != TaskPhase::Live {
            continue;
        }
        let task = TaskId::from_index(index);
        if let Some(event_loop) = run.model.tasks[index].event_loop
            && run.state.loops[event_loop.index()].owner.is_some_and(|owner| owner != task)
        {
            continue;
        }
        let candidate = run.candidate_for_task(task, state.clock_ns);
        run.state.candidates.push(candidate);
        run.state.candidate_ids.push(task.0);
    }
    run.state.candidates.len()
}

fn step(run: &mut Run<'_, '_>, task: TaskId) {
    let event_loop = run.model.tasks[task.index()].event_loop;
    if let Some(event_loop) = event_loop {
        run.state.loops[event_loop.index()].owner = Some(task);
    }
    let Some(pc) = run.next_step(task) else {
        release_loop(run, task);
        run.finish_task(task, TaskPhase::Finished);
        return;
    };
    run.state.now_ns = run.state.tasks[task.index()].clock_ns;
    if !run.count_step() {
        return;
    }
    match run.execute(task, pc) {
        Effect::Instant | Effect::Stop => {}
        Effect::Work(kind, duration) => account_work(run, task, kind, duration),
        Effect::Io(duration) => run.state.tasks[task.index()].clock_ns += duration,
        Effect::Await(duration) => {
            run.state.tasks[task.index()].clock_ns += duration;
            release_loop(run, task);
        }
        Effect::Yield | Effect::Blocked => release_loop(run, task),
    }
    // A task whose program has just ended finishes now rather than at its next turn, so that
    // joiners and `after` dependents see it at once.
    if run.state.tasks[task.index()].phase == TaskPhase::Live && !run.ended() && run.next_step(task).is_none() {
        release_loop(run, task);
        run.finish_task(task, TaskPhase::Finished);
    }
}

fn release_loop(run: &mut Run<'_, '_>, task: TaskId) {
    if let Some(event_loop) = run.model.tasks[task.index()].event_loop {
        let state = &mut run.state.loops[event_loop.index()];
        if state.owner == Some(task) {
            state.owner = None;
        }
    }
}

/// Puts `duration` of work on the core that frees first, after the GIL frees if the work needs it.
fn account_work(run: &mut Run<'_, '_>, task: TaskId, kind: WorkKind, duration: Nanos) {
    if duration == 0 {
        return;
    }
    let process = run.model.tasks[task.index()].process;
    let uses_gil = kind.needs_gil() && run.model.processes[process.index()].gil.mode != GilMode::None;
    // The cores of the task's machine (all of them with a single machine).
    let machine = &run.model.machines[run.machine_of_task(task) as usize];
    let cores = machine.first_core as usize..(machine.first_core + machine.cores) as usize;
    let core = cores.min_by_key(|&c| (run.state.cores[c].free_at_ns, c)).expect("a machine has cores");
    let mut start = run.state.tasks[task.index()].clock_ns.max(run.state.cores[core].free_at_ns);
    if uses_gil {
        let gil = &mut run.state.processes[process.index()].gil;
        start = start.max(gil.free_at_ns);
        gil.free_at_ns = start + duration;
        if gil.last_task.is_some_and(|t| t != task) {
            run.state.metrics.gil_switches += 1;
        }
        gil.last_task = Some(task);
    }
    let end = start + duration;
    run.state.cores[core].free_at_ns = end;
    run.state.cores[core].busy_ns += duration;
    run.state.tasks[task.index()].clock_ns = end;
}

pub(super) fn on_start(run: &mut Run<'_, '_>, task: TaskId) {
    super::placement::place(run, task);
    let latency = super::placement::after_edge_latency(run, task);
    run.state.metrics.network_ns += latency;
    let ready_at = run.model.tasks[task.index()]
        .after
        .iter()
        .filter_map(|&before| run.state.tasks[before.index()].finished_ns)
        .max()
        .unwrap_or(0)
        .max(run.state.now_ns);
    let clock = ready_at + latency + run.spawn_cost(task);
    let state = &mut run.state.tasks[task.index()];
    state.clock_ns = clock;
    state.started_ns = Some(clock);
}

pub(super) fn on_unblock(run: &mut Run<'_, '_>, task: TaskId) {
    let delay = std::mem::take(&mut run.state.tasks[task.index()].network_delay_ns);
    run.state.tasks[task.index()].clock_ns += delay;
}

pub(super) fn on_kill(run: &mut Run<'_, '_>, task: TaskId) {
    release_loop(run, task);
}
