//! The stepwise driver: the scheduler picks, at every step boundary, which runnable task takes the next
//! step. Time never decides the order; it is still kept, by list scheduling each step onto the core (and
//! GIL) that frees first, so reports carry a makespan. Under a time window (`scheduler: { time_window }`)
//! it narrows the choice: only the steps that would start within the window of the earliest are offered.

use super::config::Timeouts;
use super::driver::Driver;
use super::run::Run;
use super::state::*;
use super::steps::Effect;
use crate::access::Object;
use crate::model::*;
use crate::outcome::Status;
use crate::policy::{Candidate, DecisionKind};
use crate::timeline::{Lane, Segment, SegmentKind};

/// The stepwise driver (its machinery is `State::stepwise`).
pub(crate) struct Stepwise;

type StepwiseRun<'a, 'm> = Run<'a, 'm, Stepwise>;

impl Driver for Stepwise {
    const WAKE_ORDER_IS_CHOICE: bool = true;

    fn drive(run: &mut StepwiseRun<'_, '_>) {
        begin(run);
        while let Some((kind, count)) = candidates(run) {
            let Some(choice) = run.choose(kind, count) else {
                run.end(Status::Fault);
                break;
            };
            super::loop_turns::next_turn(run.state);
            let task = TaskId(run.state.scratch.candidate_ids[choice]);
            if run.state.scratch.candidates[choice].gives_up {
                give_up(run, task);
                continue;
            }
            // One call site: the step is inlined into this loop once.
            let first_access = run.state.observers.accesses.len();
            take_step(run, task);
            if run.sees_every_step {
                run.scheduler.stepped(task, &run.state.observers.accesses[first_access..]);
            }
            refresh_candidate(run, choice, task);
        }
    }

    fn on_start(run: &mut StepwiseRun<'_, '_>, task: TaskId) {
        run.state.stepwise.candidates_current = false;
        super::placement::place(run, task);
        let now_ns = run.state.progress.now_ns;
        let after = &run.model.tasks[task.index()].after;
        // A task without `after` edges (most) is ready now and crosses no network.
        let (ready_at, latency) = if after.is_empty() {
            (now_ns, 0)
        } else {
            let latency = super::placement::after_edge_latency(run, task);
            run.state.observers.metrics.network_ns += latency;
            let finished = after.iter().filter_map(|&before| run.state.world.tasks[before.index()].finished_ns);
            (finished.max().unwrap_or(0).max(now_ns), latency)
        };
        // A queued job starts when a worker is handed to it, in the present of the job that finished.
        // (Only part two of format 1.1 has queued jobs; without it the futures state is never written.)
        let ready_at = if run.uses_part_two {
            run.state.world.futures.handed_over_ns[task.index()].unwrap_or(ready_at)
        } else {
            ready_at
        };
        let clock = ready_at + latency + run.spawn_cost(task);
        run.state.stepwise.task_clock_ns[task.index()] = clock;
        run.state.world.tasks[task.index()].started_ns = Some(clock);
        // `create_task` schedules the coroutine's first step on its loop (`call_soon`); `call_later(0,
        // f)` at the loop's next pass.
        if run.model.tasks[task.index()].event_loop.is_some() {
            if run.state.world.futures.started_at_next_pass(task) {
                super::loop_turns::set_pass_timer(run.state, task);
            } else {
                super::loop_turns::join_queue(run.state, task);
            }
        }
    }

    fn on_unblock(run: &mut StepwiseRun<'_, '_>, task: TaskId, waker: TaskId) {
        run.state.stepwise.candidates_current = false;
        // The woken task goes on no earlier than its waker's present, plus any network time it owes and
        // the OS's wake-up of its thread.
        let latency = run.wakeup_latency_ns(task);
        let clocks = &mut run.state.stepwise.task_clock_ns;
        clocks[task.index()] = clocks[task.index()].max(clocks[waker.index()]);
        let delay = std::mem::take(&mut run.state.world.tasks[task.index()].network_delay_ns);
        run.state.stepwise.task_clock_ns[task.index()] += delay + latency;
        // A coroutine woken by a future or one of asyncio's primitives is scheduled on its loop; one
        // that blocked its loop's thread (a threading primitive) still holds the loop and goes on.
        if let Some(event_loop) = run.model.tasks[task.index()].event_loop
            && run.state.stepwise.loop_owner[event_loop.index()] != Some(task)
        {
            super::loop_turns::join_queue(run.state, task);
        }
    }

    fn on_kill(run: &mut StepwiseRun<'_, '_>, task: TaskId) {
        run.state.stepwise.candidates_current = false;
        wake_from_sleep(run, task);
        release_loop(run, task);
        super::loop_turns::leave_queue(run.state, task);
    }

    fn task_now(run: &StepwiseRun<'_, '_>, task: TaskId) -> Nanos {
        run.state.stepwise.task_clock_ns[task.index()]
    }

    /// A cancelled coroutine asleep on a timer is woken at its canceller's present (never before it fell
    /// asleep), as CPython's cancel of the sleep's future schedules the task's wake-up with `call_soon`:
    /// it joins its loop's ready queue at the cancel's turn, behind what was queued before and ahead of
    /// what is queued after (a task spinning on `sleep(0)` does not pass it: session33/repro/r02).
    /// Consecutive cancels of sleepers by one holder share a turn, so the sleepers of a set the import
    /// cancels in its own order (`asyncio.run`'s end, a TaskGroup's abort) stay unordered among
    /// themselves, as CPython's set order is (engine/loop_turns.rs `join_queue_by_cancel`). One whose
    /// timer was due by then keeps its own clock. A cancel passed on by a `wait_for` (an `await` with a
    /// time-out) leaves the sleeper as it was: CPython cancels it passes later, from the woken
    /// `wait_for` (session29/checks/p45), which this driver does not model; a sleeper whose timer is
    /// due keeps every such order.
    fn on_cancel_sleep(run: &mut StepwiseRun<'_, '_>, task: TaskId, by: TaskId) {
        if super::loop_turns::cancel_pass_timer(run.state, task, by) {
            run.state.stepwise.candidates_current = false;
            return;
        }
        let Some(asleep_since_ns) = wake_from_sleep(run, task) else { return };
        if !run.state.stepwise.cancel_passed_through_wait_for {
            super::loop_turns::join_queue_by_cancel(run.state, task, by);
        }
        run.state.stepwise.candidates_current = false;
        let clocks = &mut run.state.stepwise.task_clock_ns;
        let woken_ns = asleep_since_ns.max(clocks[by.index()]);
        if woken_ns >= clocks[task.index()] {
            return;
        }
        clocks[task.index()] = woken_ns;
        run.state.stepwise.candidates_current = false;
    }

    /// The wait's deadline, by the waiter's clock when it blocked. A waiter woken to contend for a lock
    /// that blocks again keeps it (the timed driver's time-out event stays, too).
    /// A coroutine's wait sets its time-out's timer at the present turn, as a sleep does: it may not
    /// fire before what was queued on its loop by then (engine/loop_turns.rs, `set_wait_timer`).
    fn on_timed_wait(run: &mut StepwiseRun<'_, '_>, task: TaskId, timeout_ns: Nanos, _generation: u64) {
        let clock = run.state.stepwise.task_clock_ns[task.index()];
        run.state.stepwise.deadline_ns[task.index()] = clock.saturating_add(timeout_ns);
        if run.model.tasks[task.index()].event_loop.is_some() {
            super::loop_turns::set_wait_timer(run.state, task);
        }
    }
}

/// Coroutine `task` is no longer asleep (it steps, is cancelled or killed): when it fell asleep, if it
/// was.
fn wake_from_sleep(run: &mut StepwiseRun<'_, '_>, task: TaskId) -> Option<Nanos> {
    run.state.stepwise.asleep_since_ns.get_mut(task.index())?.take()
}

/// Starts the tasks that need nothing.
fn begin(run: &mut StepwiseRun<'_, '_>) {
    for index in 0..run.model.tasks.len() {
        let state = &run.state.world.tasks[index];
        if matches!(state.phase, TaskPhase::WaitingForDependencies) && state.dependencies_left == 0 {
            run.start_task(TaskId::from_index(index));
            // The coroutines a file starts join their loops' queues in the order it declares them, as
            // the timed driver's loops take them.
            super::loop_turns::next_turn(run.state);
        }
    }
    run.state.stepwise.last_stepper = None;
}

/// Fills `candidate_ids` with the tasks that may take the next step, and says what the choice among
/// them decides and how many there are. `None`, having ended the run, when every non-daemon task is
/// done (ok) or nothing can move (deadlock).
fn candidates(run: &mut StepwiseRun<'_, '_>) -> Option<(DecisionKind, usize)> {
    if run.ended() {
        return None;
    }
    if run.state.world.non_daemon_left == 0 {
        run.end(Status::Ok);
        return None;
    }
    if run.state.stepwise.keeps_passes && super::loop_turns::end_passes(run.model, run.state) {
        run.state.stepwise.candidates_current = false;
    }
    let count = if run.state.stepwise.candidates_current {
        debug_assert_candidates_current(run);
        run.state.scratch.candidates.len()
    } else {
        fill_candidates(run)
    };
    if count > 0 {
        return Some((DecisionKind::Step, count));
    }
    // A wait with a time-out gives up when nothing else can move (and, under `deadline`, beside the
    // tasks that can step once none of them can step before its deadline: `fill_candidates`); which of
    // the stuck waiters gives up first is then a choice (docs/format.md, "Time-outs under exploring
    // policies").
    if run.config.timeouts != Timeouts::Any && fill_give_ups(run) > 0 {
        return Some((DecisionKind::GiveUp, run.state.scratch.candidates.len()));
    }
    // Nothing can move once the last of the steps, in time, has been taken.
    let latest = run.state.observers.metrics.latest_event_ns.max(run.state.progress.now_ns);
    if run.advance_time(latest) {
        run.declare_deadlock();
    }
    None
}

/// Fills the candidates with every task blocked in a wait with a time-out, each offering to give up;
/// under a time window with `--timeouts deadline`, only those whose deadline is within the window of
/// the earliest (`stuck_give_up_horizon`).
fn fill_give_ups(run: &mut StepwiseRun<'_, '_>) -> usize {
    run.state.scratch.candidates.clear();
    run.state.scratch.candidate_ids.clear();
    let horizon_ns = stuck_give_up_horizon(run);
    for index in 0..run.model.tasks.len() {
        let deadline_ns = || super::step_starts::give_up_deadline_ns(run.model, run.state, TaskId::from_index(index));
        let in_window = horizon_ns.is_none_or(|horizon_ns| deadline_ns().is_some_and(|at| at <= horizon_ns));
        if let Some((id, candidate)) = give_up_at(run, index).filter(|_| in_window) {
            run.state.scratch.candidates.push(candidate);
            run.state.scratch.candidate_ids.push(id);
        }
    }
    // A give-up may leave the task blocked (a condition's waiter queueing for its lock), which no driver
    // hook reports: the list is filled again after it.
    run.state.stepwise.candidates_current = false;
    run.state.scratch.candidates.len()
}

/// Under a time window with `--timeouts deadline`, when no task can step: the latest deadline at which
/// a stuck waiter may give up first, the window after the earliest deadline that bounds it
/// (`step_starts::give_up_deadline_ns`); in real time the others give up later (docs/exploration.md,
/// "Time windows"). `None` when every stuck waiter may (no window, no such deadline).
fn stuck_give_up_horizon(run: &StepwiseRun<'_, '_>) -> Option<Nanos> {
    let window_ns = run.state.stepwise.time_window_ns.filter(|_| deadlines_decide(run))?;
    earliest_event_ns(run, true).map(|earliest| earliest.saturating_add(window_ns))
}

/// Task `index` giving up its wait, if it is blocked in one with a time-out: a candidate that happens
/// at the wait's deadline (`starts_ns`).
fn give_up_at(run: &StepwiseRun<'_, '_>, index: usize) -> Option<(u32, Candidate)> {
    let task = TaskId::from_index(index);
    let timed = matches!(run.state.world.tasks[index].phase, TaskPhase::Blocked(_))
        && run.state.world.format11.tasks()[index].timeout_ns.is_some()
        && !loop_held_by_another(run, task);
    let candidate = |deadline_ns| Candidate {
        starts_ns: deadline_ns,
        ..run.give_up_candidate(task, run.state.stepwise.task_clock_ns[index])
    };
    timed.then(|| (task.0, candidate(run.state.stepwise.deadline_ns[index])))
}

/// Whether `task` is a coroutine whose loop another coroutine holds, between two of its steps or
/// blocked in a threading wait: its time-out cannot fire then, as asyncio's loop runs a timer's
/// callback only between the steps of its tasks (a `get` that takes an item and its `return` are one
/// step of CPython's task: a `wait_for` that gave up between them lost the item, session35/repro/r07).
fn loop_held_by_another(run: &StepwiseRun<'_, '_>, task: TaskId) -> bool {
    run.model.tasks[task.index()]
        .event_loop
        .and_then(|event_loop| run.state.stepwise.loop_owner[event_loop.index()])
        .is_some_and(|owner| owner != task)
}

/// Whether task `index`'s wait may give up by its deadline beside steps under `deadline` (its
/// time-out is shorter than `timeouts::LONG_TIMEOUT_NS`).
fn waits_by_deadline(run: &StepwiseRun<'_, '_>, index: usize) -> bool {
    run.state.world.format11.tasks()[index].timeout_ns.is_some_and(crate::timeouts::gives_up_by_deadline)
}

/// The step of a timed waiter that gives up: as a failed try of what it waited for, a read of it,
/// ordering nothing (a condition's waiter also takes its lock back, or queues for it).
fn give_up(run: &mut StepwiseRun<'_, '_>, task: TaskId) {
    run.state.stepwise.candidates_current = false;
    let first_access = run.state.observers.accesses.len();
    let pc = run.state.world.tasks[task.index()].pc.saturating_sub(1);
    if let TaskPhase::Blocked(reason) = run.state.world.tasks[task.index()].phase {
        let (object, lock) = match reason {
            BlockReason::Lock(lock) => (Object::Lock(lock), None),
            BlockReason::Semaphore(semaphore) => (Object::Semaphore(semaphore), None),
            BlockReason::Event(event) => (Object::Event(event), None),
            BlockReason::Condition(condition) => {
                (Object::Condition(condition), Some(run.model.sync.conditions[condition as usize].lock))
            }
            BlockReason::Future(target) => (Object::Task(target), None),
            BlockReason::Get(queue, _) => (Object::Queue(queue), None),
            _ => (Object::None, None),
        };
        run.access(task, pc, object, false);
        if let Some(lock) = lock {
            run.access(task, pc, Object::Lock(lock), true);
        }
    }
    // It gives up at its deadline, whenever in the order of steps it does.
    let clocks = &mut run.state.stepwise;
    clocks.task_clock_ns[task.index()] = clocks.task_clock_ns[task.index()].max(clocks.deadline_ns[task.index()]);
    run.time_out(task);
    super::loop_turns::wait_timer_fired(run.state, task);
    if run.sees_every_step {
        run.scheduler.stepped(task, &run.state.observers.accesses[first_access..]);
    }
}

/// After `task`, candidate `position`, took a step: only its own entry moved (its clock, its next step),
/// unless it left the candidates or a driver hook (a start, a wake, a kill) marked the list stale. A
/// coroutine's step may hand its loop over, so it marks the list stale too. This keeps a step's cost
/// independent of the number of tasks.
fn refresh_candidate(run: &mut StepwiseRun<'_, '_>, position: usize, task: TaskId) {
    if !run.state.stepwise.candidates_current {
        return;
    }
    let still_stepping = matches!(run.state.world.tasks[task.index()].phase, TaskPhase::Live);
    // A step may end another task's offer to give up (a `notify` does, with no driver hook), and under
    // `--timeouts deadline` it moves the time that decides the offers (its own clock, the GIL's): the
    // list is filled again.
    // Under a time window it moves the earliest start the others are offered by.
    let others_may_change = run.config.timeouts == Timeouts::Any || run.state.stepwise.candidates_carry_start_times;
    if !still_stepping || others_may_change || run.model.tasks[task.index()].event_loop.is_some() {
        run.state.stepwise.candidates_current = false;
        return;
    }
    run.state.scratch.candidates[position] = step_candidate(run, task);
}

/// Debug builds (every test) check the kept list against a fresh one at every step.
fn debug_assert_candidates_current(run: &StepwiseRun<'_, '_>) {
    if cfg!(debug_assertions) {
        let horizons = horizons(run);
        let fresh: Vec<_> = (0..run.model.tasks.len()).filter_map(|index| candidate_at(run, index, horizons)).collect();
        let kept: Vec<_> =
            run.state.scratch.candidate_ids.iter().copied().zip(run.state.scratch.candidates.iter().copied()).collect();
        assert_eq!(kept, fresh, "the kept step candidates went stale without a driver hook saying so");
    }
}

/// One step of `task`, which must be a candidate. The step's small helpers below are inlined into the
/// driver's loop: a fuzz run is a handful of steps, and each call's prologue and epilogue cost about as
/// much as the helper's own work.
#[inline(always)]
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
    let horizons = horizons(run);
    for index in 0..run.model.tasks.len() {
        if let Some((id, candidate)) = candidate_at(run, index, horizons) {
            run.state.scratch.candidates.push(candidate);
            run.state.scratch.candidate_ids.push(id);
        }
    }
    run.state.stepwise.candidates_current = true;
    run.state.scratch.candidates.len()
}

/// Task `index` as a candidate for the next step, if it may take it: a step that would start no later
/// than `horizons.step_ns`, or giving up a wait with a time-out when its deadline is not after
/// `horizons.give_up_ns`.
fn candidate_at(run: &StepwiseRun<'_, '_>, index: usize, horizons: Horizons) -> Option<(u32, Candidate)> {
    if !matches!(run.state.world.tasks[index].phase, TaskPhase::Live) {
        let horizon = horizons.give_up_ns?;
        let by_deadline = run.config.timeouts == Timeouts::Any || waits_by_deadline(run, index);
        let timer_may_fire = may_step(run, TaskId::from_index(index));
        return give_up_at(run, index)
            .filter(|(_, candidate)| by_deadline && timer_may_fire && candidate.starts_ns <= horizon);
    }
    let task = TaskId::from_index(index);
    if !may_step(run, task) {
        return None;
    }
    let candidate = step_candidate(run, task);
    (candidate.starts_ns <= horizons.step_ns).then_some((task.0, candidate))
}

/// Whether live `task` may take the next step: a coroutine only while no other holds its loop.
fn may_step(run: &StepwiseRun<'_, '_>, task: TaskId) -> bool {
    super::step_starts::may_step(run.model, run.state, task)
}

/// Live `task`'s step as a candidate. In a model with timed waits it says when the step would happen
/// (`starts_ns`): the task's clock once its process's GIL is free (another task's work may hold it).
/// A kept list is filled again after every step of such a model, so the GIL's time is never stale.
#[inline(always)]
fn step_candidate(run: &StepwiseRun<'_, '_>, task: TaskId) -> Candidate {
    let clock = run.state.stepwise.task_clock_ns[task.index()];
    let candidate = run.candidate_for_task(task, clock);
    if !run.state.stepwise.candidates_carry_start_times {
        return candidate;
    }
    Candidate { starts_ns: gil_free_for(run, task, clock), ..candidate }
}

/// When `task`, ready at `ready_ns`, would hold its process's GIL (at once without one).
#[inline(always)]
fn gil_free_for(run: &StepwiseRun<'_, '_>, task: TaskId, ready_ns: Nanos) -> Nanos {
    super::step_starts::gil_free_for(run.model, run.state, task, ready_ns)
}

/// The latest times at which the candidates of the coming step may happen.
#[derive(Clone, Copy, Debug)]
struct Horizons {
    /// A task's step is a candidate when it would start no later than this: `Nanos::MAX` without a
    /// time window; with one, the window after the earliest event, a step's start or under `deadline` a
    /// wait's deadline (docs/exploration.md, "Time windows").
    step_ns: Nanos,
    /// Until when a blocked wait with a time-out may give up beside the tasks that can step (its
    /// deadline not later), `None` when it may not (`give_up_horizon`).
    give_up_ns: Option<Nanos>,
}

/// The horizons of the coming step. The earliest start is computed only when a window or a deadline
/// asks for it (never on the hot path of a model without either).
fn horizons(run: &StepwiseRun<'_, '_>) -> Horizons {
    let deadlines = deadlines_decide(run);
    let window_ns = run.state.stepwise.time_window_ns;
    let earliest_step = if window_ns.is_some() || deadlines { earliest_step_ns(run) } else { None };
    let Some(window_ns) = window_ns else {
        return Horizons { step_ns: Nanos::MAX, give_up_ns: give_up_horizon(run, earliest_step) };
    };
    // Under a window the earliest deadline a wait gives up by bounds it too: nothing that would start
    // more than the window after that deadline is offered before the giving up.
    let latest_ns = earliest_event_ns(run, deadlines).map(|earliest| earliest.saturating_add(window_ns));
    Horizons {
        step_ns: latest_ns.unwrap_or(Nanos::MAX),
        // Beside steps only: when none can step, the stuck waiters' turn comes apart (`fill_give_ups`).
        give_up_ns: give_up_horizon(run, earliest_step.and(latest_ns)),
    }
}

/// Whether deadlines decide when waits give up beside steps: `--timeouts deadline` in a model with
/// time-outs shorter than `timeouts::LONG_TIMEOUT_NS`.
fn deadlines_decide(run: &StepwiseRun<'_, '_>) -> bool {
    run.config.timeouts == Timeouts::Deadline && run.state.stepwise.model_has_deadline_waits
}

/// The earliest time at which a task that can step would take its next step (its `starts_ns`: its
/// clock once its process's GIL is free), `None` when none can. The one measure of "when would this
/// task step next" that both a deadline and a time window compare with.
fn earliest_step_ns(run: &StepwiseRun<'_, '_>) -> Option<Nanos> {
    earliest_event_ns(run, false)
}

/// The earliest next event of any task (`step_starts::next_event_ns`): a step, or with `deadlines` a
/// wait giving up at its deadline. What a time window is measured from (docs/exploration.md, "Time
/// windows").
fn earliest_event_ns(run: &StepwiseRun<'_, '_>, deadlines: bool) -> Option<Nanos> {
    let event_ns =
        |index| super::step_starts::next_event_ns(run.model, run.state, TaskId::from_index(index), deadlines);
    (0..run.model.tasks.len()).filter_map(event_ns).min()
}

/// Until when a blocked wait with a time-out may give up beside the tasks that can step (its deadline
/// not later), `None` when it may not. Under `--timeouts any`, always; under `quiescent`, never (only
/// the stuck waiters' turn below). Under `deadline`, once no candidate's step would happen before the
/// deadline: `latest_ns`, the earliest time a candidate's step would happen (docs/exploration.md,
/// "Time-outs"), or under a time window the step horizon; when no task can step, the stuck waiters'
/// turn comes apart (`fill_give_ups`).
fn give_up_horizon(run: &StepwiseRun<'_, '_>, latest_ns: Option<Nanos>) -> Option<Nanos> {
    match run.config.timeouts {
        Timeouts::Any => Some(Nanos::MAX),
        Timeouts::Quiescent => None,
        Timeouts::Deadline if !run.state.stepwise.model_has_deadline_waits => None,
        Timeouts::Deadline => latest_ns,
    }
}

fn step(run: &mut StepwiseRun<'_, '_>, task: TaskId) {
    let event_loop = run.model.tasks[task.index()].event_loop;
    if let Some(event_loop) = event_loop {
        run.state.stepwise.loop_owner[event_loop.index()] = Some(task);
        super::loop_turns::leave_queue(run.state, task);
        wake_from_sleep(run, task);
    }
    if let Some(claim) = run.state.world.format11.claim_of(task) {
        take_claim(run, task, claim);
        return;
    }
    let Some(pc) = run.next_step(task) else {
        end_of_program(run, task);
        return;
    };
    let start = step_start(run, task, pc);
    if !run.advance_time(start) || !run.count_step() {
        return;
    }
    run.state.stepwise.task_clock_ns[task.index()] = start;
    let effect = run.execute(task, pc);
    run.state.stepwise.task_clock_ns[task.index()] +=
        super::step_cost::stepwise_step_cost(&effect, run.model.scheduler.step_cost_ns);
    apply(run, task, effect);
    finish_if_done(run, task);
}

/// Carries out a step's effect on the task's clock and its loop. Inlined: it is the hot loop's (a
/// call of its own cost fuzzing producer-consumer.yaml 4.5% more instructions, callgrind).
#[inline(always)]
fn apply(run: &mut StepwiseRun<'_, '_>, task: TaskId, effect: Effect) {
    match effect {
        Effect::Instant | Effect::Stop => {}
        Effect::Work(kind, duration) => account_work(run, task, kind, duration),
        Effect::Io(duration) => {
            let clock = run.state.stepwise.task_clock_ns[task.index()];
            record_loop_held(run, task, clock, clock + duration);
            run.state.stepwise.task_clock_ns[task.index()] += duration;
        }
        Effect::Await(duration) => {
            let clock = &mut run.state.stepwise.task_clock_ns[task.index()];
            if duration > 0 {
                run.state.stepwise.asleep_since_ns[task.index()] = Some(*clock);
            }
            *clock += duration;
            release_loop(run, task);
            // `asyncio.sleep(0)` yields to the end of the ready queue; a longer sleep sets a timer.
            if duration == 0 {
                super::loop_turns::join_queue(run.state, task);
            } else {
                super::loop_turns::set_timer(run.state, task);
            }
        }
        Effect::Yield => {
            release_loop(run, task);
            if run.model.tasks[task.index()].event_loop.is_some() {
                super::loop_turns::join_queue(run.state, task);
            }
        }
        Effect::Blocked => release_loop_unless_blocked(run, task),
    }
}

/// A waiter woken with others takes what it contends for, or waits again (format 1.1).
fn take_claim(run: &mut StepwiseRun<'_, '_>, task: TaskId, claim: super::sync_state::Claim) {
    // The step that blocked: a lock, acquire, wait, get or put, which needs the GIL and no core.
    let pc = run.state.world.tasks[task.index()].pc.saturating_sub(1);
    let start = step_start(run, task, pc);
    if !run.advance_time(start) || !run.count_step() {
        return;
    }
    run.state.stepwise.task_clock_ns[task.index()] = start;
    // A lock's or a semaphore's claim is instant or blocks; a queue's may wait for an item from
    // another machine.
    let effect = run.take_claim(task, claim);
    apply(run, task, effect);
    finish_if_done(run, task);
}

/// A task whose program has just ended finishes now rather than at its next turn, so that joiners and
/// `after` dependents see it at once; except a coroutine asleep in its last step inside a handler that
/// catches CancelledError, which finishes at its next turn: until then a cancel reaches it there.
#[inline(always)]
fn finish_if_done(run: &mut StepwiseRun<'_, '_>, task: TaskId) {
    if matches!(run.state.world.tasks[task.index()].phase, TaskPhase::Live)
        && !run.ended()
        && run.next_step(task).is_none()
        && !(run.uses_part_two && asleep_in_last_step(run, task))
    {
        finish_now(run, task);
    }
}

/// Whether `task`, with no step left in a model that uses part two of format 1.1 (handlers and
/// cancels), is a coroutine asleep in its last step where a cancel would still run Python code
/// (`exceptions::last_sleep_meets_cancel`): it keeps its sleep, and finishes at a turn of its own.
#[inline(never)]
fn asleep_in_last_step(run: &StepwiseRun<'_, '_>, task: TaskId) -> bool {
    let futures = &run.state.world.futures;
    let suspended_at = futures.suspended[task.index()].then_some(futures.suspended_at[task.index()]).flatten();
    suspended_at.is_some_and(|pc| crate::exceptions::last_sleep_meets_cancel(run.model, task, pc))
}

/// `task`'s turn with no step left: it finishes, unless it is a coroutine cancelled in its last `await`
/// inside a handler that catches CancelledError, which resumes there into the handler.
#[inline(never)]
fn end_of_program(run: &mut StepwiseRun<'_, '_>, task: TaskId) {
    match run.cancel_reaches_last_await(task) {
        Some(wait_pc) => raise_at_last_await(run, task, wait_pc),
        None => finish_now(run, task),
    }
}

/// The turn at which cancelled coroutine `task` resumes in its last `await` (`wait_pc`) and meets the
/// CancelledError there, caught by a handler around it: a step, taken once its process's GIL is free.
fn raise_at_last_await(run: &mut StepwiseRun<'_, '_>, task: TaskId, wait_pc: u32) {
    let start = wait_for_gil(run, task, run.state.stepwise.task_clock_ns[task.index()]);
    if !run.advance_time(start) || !run.count_step() {
        return;
    }
    run.state.stepwise.task_clock_ns[task.index()] = start;
    let effect = run.raise_at_last_await(task, wait_pc);
    run.state.stepwise.task_clock_ns[task.index()] +=
        super::step_cost::stepwise_step_cost(&effect, run.model.scheduler.step_cost_ns);
    apply(run, task, effect);
    finish_if_done(run, task);
}

/// Returning from its function is Python code too: the task finishes once it has the GIL back.
#[inline(never)]
fn finish_now(run: &mut StepwiseRun<'_, '_>, task: TaskId) {
    let at = wait_for_gil(run, task, run.state.stepwise.task_clock_ns[task.index()]);
    if run.advance_time(at) {
        release_loop(run, task);
        run.finish_task(task, TaskPhase::Finished);
    }
}

/// When the step at `pc` really begins: once the task's process's GIL is free (every step runs Python
/// code, and a thread back from a blocking call takes the GIL again first), and for work on a core, once
/// the core that frees first is free. The waits are the task's GIL and core waits.
#[inline(always)]
fn step_start(run: &mut StepwiseRun<'_, '_>, task: TaskId, pc: u32) -> Nanos {
    let clock = run.state.stepwise.task_clock_ns[task.index()];
    let with_gil = wait_for_gil(run, task, clock);
    let instruction = run.model.tasks[task.index()].program[pc as usize];
    if !matches!(instruction, Instr::Cpu(_) | Instr::Native(_)) {
        return with_gil;
    }
    let core = earliest_core(run, task);
    let start = with_gil.max(run.state.stepwise.core_free_at_ns[core]);
    add_core_wait(run, task, start - with_gil);
    start
}

/// When `task`, ready at `ready_ns`, holds its process's GIL (at once without one), its wait counted.
#[inline(always)]
fn wait_for_gil(run: &mut StepwiseRun<'_, '_>, task: TaskId, ready_ns: Nanos) -> Nanos {
    let taken = gil_free_for(run, task, ready_ns);
    if taken == ready_ns {
        // No wait: nothing to count, no segment to draw (most steps of a run).
        return taken;
    }
    count_gil_wait(run, task, ready_ns, taken)
}

/// `task`, ready at `ready_ns`, waited for the GIL until `taken`: the wait counted and drawn.
#[inline(never)]
fn count_gil_wait(run: &mut StepwiseRun<'_, '_>, task: TaskId, ready_ns: Nanos, taken: Nanos) -> Nanos {
    if let Some(thread) = waits_of(run, task) {
        thread.gil_wait_ns += taken - ready_ns;
    }
    record_gil_wait(run, task, ready_ns, taken);
    taken
}

/// The waits of a task are kept on its kernel thread, where the report reads them whichever driver ran
/// (coroutines have none of their own: their loop's thread waits). Marks the timed state written.
fn waits_of<'r>(run: &'r mut StepwiseRun<'_, '_>, task: TaskId) -> Option<&'r mut ThreadState> {
    let thread = run.state.timed.task_threads[task.index()]?;
    run.state.timed.touched = true;
    Some(&mut run.state.timed.threads[thread as usize])
}

fn add_core_wait(run: &mut StepwiseRun<'_, '_>, task: TaskId, waited_ns: Nanos) {
    if waited_ns == 0 {
        return;
    }
    if let Some(thread) = waits_of(run, task) {
        thread.ready_wait_ns += waited_ns;
    }
}

/// The core of the task's machine that frees first (ties: the lowest).
fn earliest_core(run: &StepwiseRun<'_, '_>, task: TaskId) -> usize {
    let machine = &run.model.machines[run.machine_of_task(task) as usize];
    let cores = machine.first_core as usize..(machine.first_core + machine.cores) as usize;
    let free_at = &run.state.stepwise.core_free_at_ns;
    cores.min_by_key(|&c| (free_at[c], c)).expect("a machine has cores")
}

/// A coroutine that blocks on a threading primitive keeps its loop: the loop's thread is blocked with
/// it. Awaiting a future lets the loop run other coroutines.
fn release_loop_unless_blocked(run: &mut StepwiseRun<'_, '_>, task: TaskId) {
    if !run.blocks_its_loop(task) {
        release_loop(run, task);
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
    run.state.stepwise.work_accounted = true;
    let core = earliest_core(run, task);
    let clock = run.state.stepwise.task_clock_ns[task.index()];
    let on_core = clock.max(run.state.stepwise.core_free_at_ns[core]);
    let mut start = on_core;
    if uses_gil {
        let process = process.index();
        start = start.max(run.state.stepwise.gil_free_at_ns[process]);
        let stepwise = &mut run.state.stepwise;
        stepwise.gil_free_at_ns[process] = start + duration;
        if stepwise.gil_last_task[process].is_some_and(|t| t != task) {
            run.state.observers.metrics.gil_switches += 1;
        }
        stepwise.gil_last_task[process] = Some(task);
        if let Some(thread) = waits_of(run, task) {
            thread.gil_wait_ns += start - on_core;
        }
        record_gil_wait(run, task, on_core, start);
    }
    add_core_wait(run, task, on_core - clock);
    let end = start + duration;
    record_work(run, task, core, kind, start, end, uses_gil);
    run.state.stepwise.core_free_at_ns[core] = end;
    run.state.stepwise.task_clock_ns[task.index()] = end;
    run.state.observers.core_busy_ns[core] += duration;
}

/// Pictures of an exploring run (`--timeline`, `--svg`, `--chrome-trace`) come from the same segments as a
/// timed run's, at the times the list scheduling above gave each step: work on its core, the GIL held
/// meanwhile, a coroutine's work on its loop.
fn record_work(
    run: &mut StepwiseRun<'_, '_>,
    task: TaskId,
    core: usize,
    kind: WorkKind,
    start_ns: Nanos,
    end_ns: Nanos,
    uses_gil: bool,
) {
    if !run.state.observers.timeline.enabled {
        return;
    }
    let timeline = &mut run.state.observers.timeline;
    let (task_id, segment_kind) = (Some(task), kind.segment_kind());
    timeline.push(Segment { lane: Lane::Core(core as u32), task: task_id, start_ns, end_ns, kind: segment_kind });
    if uses_gil {
        let lane = Lane::Gil(run.model.tasks[task.index()].process);
        timeline.push(Segment { lane, task: task_id, start_ns, end_ns, kind: SegmentKind::HoldsGil });
    }
    record_loop_held(run, task, start_ns, end_ns);
}

/// A coroutine that works or makes a blocking call holds its loop for that long.
fn record_loop_held(run: &mut StepwiseRun<'_, '_>, task: TaskId, start_ns: Nanos, end_ns: Nanos) {
    if let Some(event_loop) = run.model.tasks[task.index()].event_loop {
        let segment =
            Segment { lane: Lane::Loop(event_loop), task: Some(task), start_ns, end_ns, kind: SegmentKind::Runs };
        run.state.observers.timeline.push(segment);
    }
}

fn record_gil_wait(run: &mut StepwiseRun<'_, '_>, task: TaskId, start_ns: Nanos, end_ns: Nanos) {
    let segment =
        Segment { lane: Lane::Task(task), task: Some(task), start_ns, end_ns, kind: SegmentKind::WaitsForGil };
    run.state.observers.timeline.push(segment);
}
