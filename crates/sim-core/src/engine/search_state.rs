//! The state of a stepwise run as exploration's state cache sees it: everything that decides which
//! tasks can step next, what each step does and what the run's outcome is, written as a flat list of
//! words, so that two runs in the same list have the same futures.
//!
//! Written: every task's phase (with what it waits for), pc, the locals it may still read (the others
//! as 0) and dependencies still awaited;
//! every process's shared variables; every lock's holder and waiters in order; every queue's items,
//! getters, putters and unfinished count; every barrier's arrivals; which coroutine holds each event
//! loop; how many non-daemons are left. Format 1.1 adds (`format11_words`): every process's arrays and
//! maps; the depth of every reentrant lock; every semaphore's value and waiters, every event's flag and
//! waiters, every condition's waiters, in order; the number of tasks blocked in a spin-wait; and per task
//! the wait in progress (where it says whether it got what it waited for, its time-out, the lock depth a
//! condition's waiter gave up), its return value and, when the program has a `while`, what the
//! spin-wait check remembers of the last iteration. Part two adds (`futures_words`, for models with
//! executors or instances): executors' busy workers and queues, the instance slots taken, and per task
//! its worker, cancellation and suspension flags and the default executor it went to.
//! Left out: virtual time, cores, GILs and task clocks, placement, metrics, the trace, the choices so
//! far, and a wait's generation (the timed driver's guard against stale time-out events). Under the
//! stepwise driver none of them decides a candidate, a step's effect or an outcome; they only time the
//! steps. A primitive whose exploring semantics read any of them has to be written here. Two do: under
//! `--timeouts deadline` a wait with a time-out may give up once no task can step before its deadline,
//! and under a time window a step is offered only when it would start soon enough after the earliest;
//! so when either holds (`StepwiseState::time_decides_candidates`) the times that decide it are written
//! too (`time_words`: every task's clock, deadline, finishing time and network delay owed, queued job's
//! start and fresh worker, a sleeper's time of falling asleep; every GIL's and core's free time, every queued item's sending time and every
//! executor's workers started).

use super::futures_state::FuturesState;
use super::state::{BlockReason, State, TaskPhase};
use super::sync_state::{Format11State, Spin, TaskExtra};
use crate::access::Object;
use crate::model::Model;

/// How the words name tasks: the order the tasks' own words are written in, and the id a task is
/// written as wherever it is named (a lock's holder, a waiter, a spin-wait's read). Every task id the
/// encoding writes goes through it, so that symmetry reduction (`symmetry.rs`) can write a state as
/// its image under a permutation of interchangeable tasks.
#[derive(Clone, Copy, Debug)]
pub(super) enum TaskNaming<'a> {
    /// Every task under its own id, in id order.
    Identity,
    /// Task `order[k]` is written k-th; task `t` is named `ids[t]`. Task `t`'s own words (what
    /// `task_words` writes) are `own_words[start..end]` when `own_ranges[t]` is `Some((start, end))`:
    /// written before under names that read the same (symmetry writes them once for its sort).
    Renamed { order: &'a [u32], ids: &'a [u32], own_words: &'a [i64], own_ranges: &'a [Option<(usize, usize)>] },
}

/// Where [`task_key`] wrote a task's own words (those [`encode`] writes for it): they end at `end`,
/// and name another task (then they depend on the naming) when `names_task`.
#[derive(Clone, Copy, Debug)]
pub(super) struct OwnWords {
    pub end: usize,
    pub names_task: bool,
}

impl<'a> TaskNaming<'a> {
    fn id(self, task: u32) -> i64 {
        match self {
            TaskNaming::Identity => i64::from(task),
            TaskNaming::Renamed { ids, .. } => i64::from(ids[task as usize]),
        }
    }

    /// The task written `position`-th.
    fn task_at(self, position: usize) -> usize {
        match self {
            TaskNaming::Identity => position,
            TaskNaming::Renamed { order, .. } => order[position] as usize,
        }
    }

    /// Task `task`'s own words, if they were written before under names that read the same.
    fn own_words(self, task: usize) -> Option<&'a [i64]> {
        match self {
            TaskNaming::Identity => None,
            TaskNaming::Renamed { own_words, own_ranges, .. } => {
                own_ranges.get(task).copied().flatten().map(|(start, end)| &own_words[start..end])
            }
        }
    }
}

/// Writes the run's state to `out` (cleared first), naming tasks by `naming`. `live(task, pc, local)`
/// says whether a local may still be read; one that cannot is written as 0.
pub(super) fn encode(
    model: &Model,
    state: &State,
    live: &dyn Fn(usize, u32, usize) -> bool,
    naming: TaskNaming<'_>,
    out: &mut Vec<i64>,
) {
    debug_assert!(covers(model), "a state cache over state the encoding cannot see");
    out.clear();
    let world = &state.world;
    for position in 0..world.tasks.len() {
        let task = naming.task_at(position);
        match naming.own_words(task) {
            Some(words) => out.extend_from_slice(words),
            None => {
                task_words(state, task, live, naming, out);
            }
        }
    }
    for process in &world.processes {
        out.extend_from_slice(&process.shared);
    }
    for lock in &world.locks {
        out.push(lock.holder.map_or(-1, |t| naming.id(t.0)));
        push_tasks(lock.waiters.iter().map(|t| t.0), naming, out);
    }
    for queue in &world.queues {
        // A heap's length is written below zero (its layout is kept apart from a sorted list's), so
        // no other queue is written differently than before.
        let length = queue.items.len() as i64;
        out.push(if queue.heap_layout { !length } else { length });
        out.extend(queue.items.iter().map(|item| item.value));
        push_tasks(queue.getters.iter().map(|t| t.0), naming, out);
        push_tasks(queue.putters.iter().map(|t| t.0), naming, out);
        out.push(queue.unfinished as i64);
    }
    for barrier in &world.barriers {
        // A broken barrier's count is written below zero, so no unbroken state (nor any state of a
        // file without a timed barrier) is written differently than before.
        let first = out.len();
        push_tasks(barrier.arrived.iter().map(|t| t.0), naming, out);
        if barrier.broken {
            out[first] = -1 - out[first];
        }
    }
    for owner in &state.stepwise.loop_owner {
        out.push(owner.map_or(-1, |t| naming.id(t.0)));
    }
    // Under `loop_order: fifo` where each coroutine stands in its loop's queue decides who may step
    // (written in the naming's order, as the tasks' own words are).
    if state.stepwise.fifo_loops {
        out.extend(
            (0..world.tasks.len())
                .map(|position| super::loop_turns::place_word(model, state, naming.task_at(position))),
        );
        // Only while a holder's cancels of sleepers share a turn (no state without one changes).
        if let Some(canceller) = super::loop_turns::open_cancel_chain(state) {
            out.push(i64::MIN + naming.id(canceller.0));
        }
        // Which pass each coroutine waits for, in a model with timers of no delay (only there).
        if state.stepwise.keeps_passes {
            out.extend(
                (0..world.tasks.len())
                    .map(|position| super::loop_turns::pass_word(model, state, naming.task_at(position))),
            );
        }
    }
    out.push(world.non_daemon_left as i64);
    if state.stepwise.time_decides_candidates {
        time_words(state, out);
    }
    format11_words(&world.format11, naming, out);
    // Without executors and instances nothing of part two's state can change (no job waits for a
    // worker, nothing can be cancelled): those models' states stay as they were.
    let futures = &model.futures;
    if !futures.executors.is_empty() || !futures.instances.is_empty() {
        futures_words(&world.futures, naming, out);
        // Where a suspended coroutine would raise CancelledError decides which handler runs: only a
        // model with handlers has a state it changes.
        if !futures.handlers.is_empty() {
            suspension_words(&world.futures, naming, out);
        }
    }
    // The strings, tuples and objects the run made, in the order it made them: the words above hold
    // their numbers, which mean these values only in this run (nothing, for a run that made none).
    world.run_values.write_made(out);
    debug_assert_eq!(world.tasks.len(), model.tasks.len());
}

/// One task's own words: its phase, pc, dependencies left, live locals and the lock or semaphore it
/// contends for. Whether they name a task (then they depend on `naming`).
fn task_words(
    state: &State,
    index: usize,
    live: &dyn Fn(usize, u32, usize) -> bool,
    naming: TaskNaming<'_>,
    out: &mut Vec<i64>,
) -> bool {
    let world = &state.world;
    let task = &world.tasks[index];
    let names_task = encode_phase(task.phase, naming, out);
    out.push(i64::from(task.pc));
    out.push(i64::from(task.dependencies_left));
    for (local, &value) in task.locals.iter().enumerate() {
        // A 0 is written as 0 either way: only other values need the (costlier) liveness question.
        out.push(if value != 0 && live(index, task.pc, local) { value } else { 0 });
    }
    // A waiter woken with others to contend for a lock (format 1.1's wake order, any file's locks), or
    // woken to contend for a LIFO or priority queue.
    let claim = world.format11.tasks().get(index).and_then(|extra| extra.claim);
    super::sync_state::Claim::encode(claim, world.locks.len(), world.format11.semaphores.len(), out);
    if state.stepwise.time_decides_candidates {
        task_time_words(state, index, out);
    }
    names_task
}

/// The times of task `index` that decide when a time-out may fire: its clock, its wait's deadline,
/// when it finished (its dependents start then), the network time it owes, when its queued job starts
/// and whether its worker was started for it.
fn task_time_words(state: &State, index: usize, out: &mut Vec<i64>) {
    let task = &state.world.tasks[index];
    let timed = state.world.format11.tasks().get(index).is_some_and(|extra| extra.timeout_ns.is_some());
    out.push(state.stepwise.task_clock_ns[index] as i64);
    out.push(if timed { state.stepwise.deadline_ns[index] as i64 } else { -1 });
    out.push(task.finished_ns.map_or(-1, |at| at as i64));
    out.push(task.network_delay_ns as i64);
    let futures = &state.world.futures;
    let handed_over = futures.handed_over_ns.get(index).copied().flatten();
    out.push(handed_over.map_or(-1, |at| at as i64));
    let fresh_worker = futures.fresh_worker.get(index).copied().flatten();
    out.push(fresh_worker.map_or(-1, i64::from));
    // A sleeper's cancel wakes it no earlier than it fell asleep.
    let asleep_since = state.stepwise.asleep_since_ns.get(index).copied().flatten();
    out.push(asleep_since.map_or(-1, |at| at as i64));
}

/// The times no one task owns that decide when a time-out may fire: when each GIL and core frees,
/// when each queued item was sent (it arrives a network latency later), how many workers each
/// executor has started (a job on a new one pays its start).
fn time_words(state: &State, out: &mut Vec<i64>) {
    out.extend(state.stepwise.gil_free_at_ns.iter().map(|&at| at as i64));
    out.extend(state.stepwise.core_free_at_ns.iter().map(|&at| at as i64));
    for queue in &state.world.queues {
        out.extend(queue.items.iter().map(|item| item.at_ns as i64));
    }
    // A job on a worker that was never started pays the start.
    out.extend(state.world.futures.executors.iter().map(|executor| i64::from(executor.started)));
}

/// Everything [`encode`] writes of task `index` alone (its own words and format 1.1's extra state),
/// for symmetry reduction to compare interchangeable tasks by.
pub(super) fn task_key(
    state: &State,
    index: usize,
    live: &dyn Fn(usize, u32, usize) -> bool,
    naming: TaskNaming<'_>,
    out: &mut Vec<i64>,
) -> OwnWords {
    let names_task = task_words(state, index, live, naming, out);
    let own = OwnWords { end: out.len(), names_task };
    let format11 = &state.world.format11;
    if let Some(extra) = format11.tasks().get(index) {
        extra_task_words(extra, format11.tracks_spins, naming, out);
    }
    own
}

/// Format 1.1's state. A format 1.0 program has no arrays, maps or primitives and leaves every task's
/// extra state at its default, so it adds one word to a state and its counts stay what they were.
fn format11_words(state: &Format11State, naming: TaskNaming<'_>, out: &mut Vec<i64>) {
    for memory in &state.memory {
        for array in &memory.arrays {
            out.push(array.len() as i64);
            out.extend_from_slice(array);
        }
        for map in &memory.maps {
            out.push(map.len() as i64);
            for (&key, &value) in map {
                out.extend([key, value]);
            }
        }
        // The insertion order of a map walked so: a walk's next key and its check depend on it. Only
        // kept maps add words, so the states of every other program stay as they were.
        for order in memory.orders.iter().filter(|order| order.kept) {
            out.extend([order.changes, order.next_place, order.key_at_place.len() as i64]);
            for (&place, &key) in &order.key_at_place {
                out.extend([place, key]);
            }
        }
    }
    // The depth of a lock that is not reentrant is 1 whenever it is held (a release frees it either way).
    for (&depth, &reentrant) in state.lock_depth.iter().zip(&state.reentrant) {
        if reentrant {
            out.push(i64::from(depth));
        }
    }
    // Waiters woken together and the units kept for them decide who may still take what: two states
    // that differ only there have different futures.
    if state.wake_order_is_choice {
        out.extend(state.lock_contenders.iter().map(|&contenders| i64::from(contenders)));
    }
    state.handoffs.words(|position| naming.task_at(position), out);
    for semaphore in &state.semaphores {
        out.push(semaphore.value);
        out.push(i64::from(semaphore.contenders));
        out.push(i64::from(semaphore.offered));
        push_tasks(semaphore.waiters.iter().map(|t| t.0), naming, out);
    }
    for event in &state.events {
        out.push(i64::from(event.set));
        push_tasks(event.waiters.iter().map(|t| t.0), naming, out);
    }
    for condition in &state.conditions {
        push_tasks(condition.waiters.iter().map(|t| t.0), naming, out);
    }
    out.push(i64::from(state.spinners));
    if state.tasks().iter().all(|task| is_quiet(task, state.tracks_spins)) {
        out.push(0);
        return;
    }
    out.push(1);
    for position in 0..state.tasks().len() {
        extra_task_words(&state.tasks()[naming.task_at(position)], state.tracks_spins, naming, out);
    }
}

/// Whether a task's extra state is what it is at the start of a run (always so in format 1.0).
fn is_quiet(task: &TaskExtra, tracks_spins: bool) -> bool {
    task.return_value == 0
        && task.wait_into.is_none()
        && task.timeout_ns.is_none()
        && task.saved_depth == 0
        && (!tracks_spins || is_quiet_spin(&task.spin))
}

fn is_quiet_spin(spin: &Spin) -> bool {
    spin.loop_pc == u32::MAX
        && spin.locals_digest == 0
        && !spin.progressed
        && !spin.disturbed
        && spin.reads.is_empty()
        && !spin.reads_overflowed
        && !spin.awaited
        && spin.awaited_loop_back_ns.is_none()
}

fn extra_task_words(task: &TaskExtra, tracks_spins: bool, naming: TaskNaming<'_>, out: &mut Vec<i64>) {
    out.push(task.return_value);
    out.push(task.wait_into.map_or(-1, |local| i64::from(local.0)));
    out.push(task.timeout_ns.map_or(-1, |timeout| timeout as i64));
    out.push(i64::from(task.saved_depth));
    if !tracks_spins {
        return;
    }
    // Whether the next `LoopBack` blocks: the last iteration's end and locals, and what this one did.
    let spin = &task.spin;
    out.push(i64::from(spin.loop_pc));
    out.push(spin.locals_digest as i64);
    out.push(
        i64::from(spin.progressed)
            | i64::from(spin.disturbed) << 1
            | i64::from(spin.reads_overflowed) << 2
            | i64::from(spin.awaited) << 3
            | i64::from(spin.awaited_loop_back_ns.is_some()) << 4,
    );
    // Written only when there is one (bit 4 says so), so that a model without such a loop keeps its words.
    if let Some(at_ns) = spin.awaited_loop_back_ns {
        out.push(at_ns as i64);
    }
    out.push(spin.reads.len() as i64);
    for &object in &spin.reads {
        push_object(object, naming, out);
    }
}

/// Four words: the kind of object and its ids.
fn push_object(object: Object, naming: TaskNaming<'_>, out: &mut Vec<i64>) {
    let (kind, first, second, third) = match object {
        Object::None => (0, 0, 0, 0),
        Object::Shared(process, var) => (1, i64::from(process.0), i64::from(var.0), 0),
        Object::Lock(lock) => (2, i64::from(lock.0), 0, 0),
        Object::Queue(queue) => (3, i64::from(queue.0), 0, 0),
        Object::Barrier(barrier) => (4, i64::from(barrier.0), 0, 0),
        Object::Task(task) => (5, naming.id(task.0), 0, 0),
        Object::WokenBy(task) => (6, naming.id(task.0), 0, 0),
        Object::Element(process, array, index) => (7, i64::from(process.0), i64::from(array.0), i64::from(index)),
        Object::Key(process, map, key) => (8, i64::from(process.0), i64::from(map.0), key),
        Object::MapShape(process, map) => (9, i64::from(process.0), i64::from(map.0), 0),
        Object::Semaphore(semaphore) => (10, i64::from(semaphore), 0, 0),
        Object::Event(event) => (11, i64::from(event), 0, 0),
        Object::Condition(condition) => (12, i64::from(condition), 0, 0),
        Object::Executor(executor) => (13, i64::from(executor.0), 0, 0),
        Object::Atomic => (14, 0, 0, 0),
        Object::Item(number, key) => (15, i64::from(number), key, 0),
        Object::ItemShape(number) => (16, i64::from(number), 0, 0),
        Object::CancelledBy(task) => (17, naming.id(task.0), 0, 0),
    };
    out.extend([kind, first, second, third]);
}

/// A count, then the task ids: lists of different lengths never read alike.
fn push_tasks(tasks: impl ExactSizeIterator<Item = u32>, naming: TaskNaming<'_>, out: &mut Vec<i64>) {
    out.push(tasks.len() as i64);
    out.extend(tasks.map(|task| naming.id(task)));
}

/// Three words: the phase, and what a blocked task waits for. Whether they name a task.
fn encode_phase(phase: TaskPhase, naming: TaskNaming<'_>, out: &mut Vec<i64>) -> bool {
    let (kind, first, second) = match phase {
        TaskPhase::WaitingForDependencies => (0, 0, 0),
        TaskPhase::NotSpawned => (1, 0, 0),
        TaskPhase::Live => (2, 0, 0),
        TaskPhase::Finished => (3, 0, 0),
        TaskPhase::Killed => (4, 0, 0),
        TaskPhase::Blocked(reason) => match reason {
            BlockReason::Lock(lock) => (5, i64::from(lock.0), 0),
            BlockReason::Get(queue, local) => (6, i64::from(queue.0), i64::from(local.0)),
            BlockReason::Put(queue, value) => (7, i64::from(queue.0), value),
            BlockReason::JoinQueue(queue) => (8, i64::from(queue.0), 0),
            BlockReason::Join(range) => (9, i64::from(range.first.0), i64::from(range.count)),
            BlockReason::Barrier(barrier) => (10, i64::from(barrier.0), 0),
            BlockReason::Sleep => (11, 0, 0),
            BlockReason::Semaphore(id) => (12, i64::from(id), 0),
            BlockReason::Event(id) => (13, i64::from(id), 0),
            BlockReason::Condition(id) => (14, i64::from(id), 0),
            BlockReason::SpinWait => (15, 0, 0),
            BlockReason::AwaitingSpinWait => (19, 0, 0),
            BlockReason::Future(task) => (16, naming.id(task.0), 0),
            BlockReason::Shutdown(executor) => (17, i64::from(executor.0), 0),
            BlockReason::ThreadStart(task) => (18, naming.id(task.0), 0),
        },
    };
    out.extend([kind, first, second]);
    matches!(phase, TaskPhase::Blocked(BlockReason::Future(_)))
}

/// Format 1.1 part two's state: what `submit`, `result`, `cancel` and the executors read to decide a
/// step's effect. Per executor its busy workers, whether it is shut down (a `submit` then raises) and
/// its queue of jobs in order (who gets the next free worker); per instance definition the slots taken (which slot the next `submit` takes); per task
/// whether it waits in a queue or holds a worker, whether it was cancelled or a cancellation waits for
/// its next suspension, whether its last step gave its loop up, the exception it raised (`raise`), and
/// the default executor it was sent
/// to. Left out, as time is: how many workers were ever started and which job got a fresh one (a
/// start's cost), and when a worker was handed over. Instances are written by their own ids: two
/// states that differ only by which instance of a task did what are two states here.
fn futures_words(state: &FuturesState, naming: TaskNaming<'_>, out: &mut Vec<i64>) {
    for executor in &state.executors {
        // Shut down above the count: 0 there in a model without `shutdown`, written as before.
        out.push(i64::from(executor.busy) | i64::from(executor.shut_down) << 32);
        push_tasks(executor.queue.iter().map(|t| t.0), naming, out);
    }
    out.extend(state.instances_used.iter().map(|&used| i64::from(used)));
    for position in 0..state.queued.len() {
        let task = naming.task_at(position);
        let flags = [
            state.queued[task],
            state.holds_worker[task],
            state.cancelled[task],
            state.cancel_pending[task],
            state.suspended[task],
        ];
        let packed = flags.iter().enumerate().fold(0, |word, (bit, &flag)| word | i64::from(flag) << bit);
        // The exception an instance raised, above the flags: 0 when it raised none, so that the
        // states of models that raise nothing are written as before.
        let raised = state.raised[task].map_or(0, |exception| i64::from(exception.0) + 1) << flags.len();
        // A job that has not taken its worker yet far above: 0 in a model without pick-ups, written as before.
        let picking_up = i64::from(state.picking_up[task]) << 48;
        let packed = packed | raised | picking_up;
        out.push(packed);
        out.push(state.default_executor_job[task].map_or(-1, |event_loop| i64::from(event_loop.0)));
        // Its exception's value, in a model that reads them (the vector is empty in every other).
        out.extend(state.raised_values.get(task).copied());
    }
}

/// The `await` each suspended coroutine would raise CancelledError at (-1 when it is not suspended in one).
fn suspension_words(state: &FuturesState, naming: TaskNaming<'_>, out: &mut Vec<i64>) {
    for position in 0..state.suspended.len() {
        let task = naming.task_at(position);
        let at = state.suspended_at[task].filter(|_| state.suspended[task]);
        out.push(at.map_or(-1, i64::from));
    }
}

/// Whether [`encode`] sees everything that can tell two states of `model` apart. It does for every
/// model since part two's executors and futures are written too (`futures_words`), and since the
/// tuples and objects a run made are written whole (`RunValues::write_made`: their numbers say in
/// what order the run made them, so two states are one only when they made the same values in the
/// same order); kept as the one place a construct whose state is not written yet would be named, so
/// that a search over it falls back to stateless DPOR instead of merging states that differ.
pub fn covers(_model: &Model) -> bool {
    true
}
