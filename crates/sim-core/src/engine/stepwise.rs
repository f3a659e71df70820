//! The stepwise driver: the scheduler picks, at every step boundary, which runnable task takes the next
//! step. Time never decides the order; it is still kept, by list scheduling each step onto the core (and
//! GIL) that frees first, so reports carry a makespan.

use super::driver::Driver;
use super::run::Run;
use super::state::*;
use super::steps::Effect;
use crate::model::*;
use crate::outcome::Status;
use crate::policy::DecisionKind;

/// The stepwise driver (its machinery is `State::stepwise`).
pub(crate) struct Stepwise;

type StepwiseRun<'a, 'm> = Run<'a, 'm, Stepwise>;

impl Driver for Stepwise {
    fn drive(run: &mut StepwiseRun<'_, '_>) {
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
            let task = TaskId(run.state.scratch.candidate_ids[choice]);
            if run.sees_every_step {
                let first_access = run.state.observers.accesses.len();
                take_step(run, task);
                run.scheduler.stepped(task, &run.state.observers.accesses[first_access..]);
            } else {
                take_step(run, task);
            }
        }
    }

    fn on_start(run: &mut StepwiseRun<'_, '_>, task: TaskId) {
        super::placement::place(run, task);
        let latency = super::placement::after_edge_latency(run, task);
        run.state.observers.metrics.network_ns += latency;
        let ready_at = run.model.tasks[task.index()]
            .after
            .iter()
            .filter_map(|&before| run.state.world.tasks[before.index()].finished_ns)
            .max()
            .unwrap_or(0)
            .max(run.state.progress.now_ns);
        let clock = ready_at + latency + run.spawn_cost(task);
        run.state.stepwise.task_clock_ns[task.index()] = clock;
        run.state.world.tasks[task.index()].started_ns = Some(clock);
    }

    fn on_unblock(run: &mut StepwiseRun<'_, '_>, task: TaskId, waker: TaskId) {
        // The woken task goes on no earlier than its waker's present, plus any network time it owes.
        let clocks = &mut run.state.stepwise.task_clock_ns;
        clocks[task.index()] = clocks[task.index()].max(clocks[waker.index()]);
        let delay = std::mem::take(&mut run.state.world.tasks[task.index()].network_delay_ns);
        run.state.stepwise.task_clock_ns[task.index()] += delay;
    }

    fn on_kill(run: &mut StepwiseRun<'_, '_>, task: TaskId) {
        release_loop(run, task);
    }

    fn task_now(run: &StepwiseRun<'_, '_>, task: TaskId) -> Nanos {
        run.state.stepwise.task_clock_ns[task.index()]
    }
}

/// Starts the tasks that need nothing.
fn begin(run: &mut StepwiseRun<'_, '_>) {
    for index in 0..run.model.tasks.len() {
        let state = &run.state.world.tasks[index];
        if state.phase == TaskPhase::WaitingForDependencies && state.dependencies_left == 0 {
            run.start_task(TaskId::from_index(index));
        }
    }
    run.state.stepwise.last_stepper = None;
}

/// Fills `candidate_ids` with the tasks that may take the next step. Returns 0, having ended the run,
/// when every non-daemon task is done (ok) or nothing can move (deadlock).
fn candidates(run: &mut StepwiseRun<'_, '_>) -> usize {
    if run.ended() {
        return 0;
    }
    if run.state.world.non_daemon_left == 0 {
        run.end(Status::Ok);
        return 0;
    }
    let count = fill_candidates(run);
    if count == 0 {
        run.declare_deadlock();
    }
    count
}

/// One step of `task`, which must be a candidate.
fn take_step(run: &mut StepwiseRun<'_, '_>, task: TaskId) {
    if run.state.stepwise.last_stepper.is_some_and(|last| last != task) {
        run.state.observers.metrics.context_switches += 1;
    }
    run.state.stepwise.last_stepper = Some(task);
    step(run, task);
}

fn fill_candidates(run: &mut StepwiseRun<'_, '_>) -> usize {
    run.state.scratch.candidates.clear();
    run.state.scratch.candidate_ids.clear();
    for index in 0..run.model.tasks.len() {
        if run.state.world.tasks[index].phase != TaskPhase::Live {
            continue;
        }
        let task = TaskId::from_index(index);
        if let Some(event_loop) = run.model.tasks[index].event_loop
            && run.state.stepwise.loop_owner[event_loop.index()].is_some_and(|owner| owner != task)
        {
            continue;
        }
        let candidate = run.candidate_for_task(task, run.state.stepwise.task_clock_ns[index]);
        run.state.scratch.candidates.push(candidate);
        run.state.scratch.candidate_ids.push(task.0);
    }
    run.state.scratch.candidates.len()
}

fn step(run: &mut StepwiseRun<'_, '_>, task: TaskId) {
    let event_loop = run.model.tasks[task.index()].event_loop;
    if let Some(event_loop) = event_loop {
        run.state.stepwise.loop_owner[event_loop.index()] = Some(task);
    }
    let Some(pc) = run.next_step(task) else {
        release_loop(run, task);
        run.finish_task(task, TaskPhase::Finished);
        return;
    };
    if !run.advance_time(run.state.stepwise.task_clock_ns[task.index()]) || !run.count_step() {
        return;
    }
    match run.execute(task, pc) {
        Effect::Instant | Effect::Stop => {}
        Effect::Work(kind, duration) => account_work(run, task, kind, duration),
        Effect::Io(duration) => run.state.stepwise.task_clock_ns[task.index()] += duration,
        Effect::Await(duration) => {
            run.state.stepwise.task_clock_ns[task.index()] += duration;
            release_loop(run, task);
        }
        Effect::Yield | Effect::Blocked => release_loop(run, task),
    }
    // A task whose program has just ended finishes now rather than at its next turn, so that
    // joiners and `after` dependents see it at once.
    if run.state.world.tasks[task.index()].phase == TaskPhase::Live && !run.ended() && run.next_step(task).is_none() {
        release_loop(run, task);
        run.finish_task(task, TaskPhase::Finished);
    }
}

fn release_loop(run: &mut StepwiseRun<'_, '_>, task: TaskId) {
    if let Some(event_loop) = run.model.tasks[task.index()].event_loop {
        let owner = &mut run.state.stepwise.loop_owner[event_loop.index()];
        if *owner == Some(task) {
            *owner = None;
        }
    }
}

/// Puts `duration` of work on the core that frees first, after the GIL frees if the work needs it.
fn account_work(run: &mut StepwiseRun<'_, '_>, task: TaskId, kind: WorkKind, duration: Nanos) {
    if duration == 0 {
        return;
    }
    let process = run.model.tasks[task.index()].process;
    let uses_gil = kind.needs_gil() && run.model.processes[process.index()].gil.mode != GilMode::None;
    // The cores of the task's machine (all of them with a single machine).
    let machine = &run.model.machines[run.machine_of_task(task) as usize];
    let cores = machine.first_core as usize..(machine.first_core + machine.cores) as usize;
    let stepwise = &mut run.state.stepwise;
    let core = cores.min_by_key(|&c| (stepwise.core_free_at_ns[c], c)).expect("a machine has cores");
    let mut start = stepwise.task_clock_ns[task.index()].max(stepwise.core_free_at_ns[core]);
    if uses_gil {
        let process = process.index();
        start = start.max(stepwise.gil_free_at_ns[process]);
        stepwise.gil_free_at_ns[process] = start + duration;
        if stepwise.gil_last_task[process].is_some_and(|t| t != task) {
            run.state.observers.metrics.gil_switches += 1;
        }
        stepwise.gil_last_task[process] = Some(task);
    }
    let end = start + duration;
    stepwise.core_free_at_ns[core] = end;
    stepwise.task_clock_ns[task.index()] = end;
    run.state.observers.core_busy_ns[core] += duration;
}
