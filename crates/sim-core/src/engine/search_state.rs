//! The state of a stepwise run as exploration's state cache sees it: everything that decides which
//! tasks can step next, what each step does and what the run's outcome is, written as a flat list of
//! words, so that two runs in the same list have the same futures.
//!
//! Written: every task's phase (with what it waits for), pc, the locals it may still read (the others
//! as 0) and dependencies still awaited;
//! every process's shared variables; every lock's holder and waiters in order; every queue's items,
//! getters, putters and unfinished count; every barrier's arrivals; which coroutine holds each event
//! loop; how many non-daemons are left. Left out: virtual time, cores, GILs and task clocks, placement,
//! metrics, the trace and the choices so far. Under the stepwise driver none of them decides a
//! candidate, a step's effect or an outcome; they only time the steps. A primitive whose exploring
//! semantics read any of them has to be written here.

use super::state::{BlockReason, State, TaskPhase};
use crate::model::{Instr, Model};

/// Writes the run's state to `out` (cleared first). `live(task, pc, local)` says whether a local may
/// still be read; one that cannot is written as 0.
pub(super) fn encode(model: &Model, state: &State, live: &dyn Fn(usize, u32, usize) -> bool, out: &mut Vec<i64>) {
    debug_assert!(covers(model), "a state cache over state the encoding cannot see");
    out.clear();
    let world = &state.world;
    for (index, task) in world.tasks.iter().enumerate() {
        encode_phase(task.phase, out);
        out.push(i64::from(task.pc));
        out.push(i64::from(task.dependencies_left));
        for (local, &value) in task.locals.iter().enumerate() {
            out.push(if live(index, task.pc, local) { value } else { 0 });
        }
    }
    for process in &world.processes {
        out.extend_from_slice(&process.shared);
    }
    for lock in &world.locks {
        out.push(lock.holder.map_or(-1, |t| i64::from(t.0)));
        push_tasks(lock.waiters.iter().map(|t| t.0), out);
    }
    for queue in &world.queues {
        out.push(queue.items.len() as i64);
        out.extend(queue.items.iter().map(|item| item.value));
        push_tasks(queue.getters.iter().map(|t| t.0), out);
        push_tasks(queue.putters.iter().map(|t| t.0), out);
        out.push(queue.unfinished as i64);
    }
    for barrier in &world.barriers {
        push_tasks(barrier.arrived.iter().map(|t| t.0), out);
    }
    for owner in &state.stepwise.loop_owner {
        out.push(owner.map_or(-1, |t| i64::from(t.0)));
    }
    out.push(world.non_daemon_left as i64);
    debug_assert_eq!(world.tasks.len(), model.tasks.len());
}

/// A count, then the task ids: lists of different lengths never read alike.
fn push_tasks(tasks: impl ExactSizeIterator<Item = u32>, out: &mut Vec<i64>) {
    out.push(tasks.len() as i64);
    out.extend(tasks.map(i64::from));
}

/// Three words: the phase, and what a blocked task waits for.
fn encode_phase(phase: TaskPhase, out: &mut Vec<i64>) {
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
            // Format 1.1's waits: reached only if `covers` is wrong, which a debug assert in `encode` checks.
            BlockReason::Semaphore(id) => (12, i64::from(id), 0),
            BlockReason::Event(id) => (13, i64::from(id), 0),
            BlockReason::Condition(id) => (14, i64::from(id), 0),
            BlockReason::SpinWait => (15, 0, 0),
            BlockReason::Future(task) => (16, i64::from(task.0), 0),
        },
    };
    out.extend([kind, first, second]);
}

/// Whether [`encode`] sees everything that can tell two states of `model` apart. It encodes format 1.0's
/// state only: format 1.1's arrays and maps, reentrant locks, semaphores, events, conditions, time-outs
/// and spin-waits, and executors' queues are not in it yet, so a search over a model that uses them must
/// not cache states (it falls back to stateless DPOR).
pub fn covers(model: &Model) -> bool {
    model.futures.executors.is_empty()
        && model.sync.reentrant_locks.is_empty()
        && model.tasks.iter().all(|task| task.program.iter().all(|&step| is_format_10_step(step)))
}

fn is_format_10_step(step: Instr) -> bool {
    matches!(
        step,
        Instr::Cpu(_)
            | Instr::Native(_)
            | Instr::Io(_)
            | Instr::Await(_)
            | Instr::Yield
            | Instr::Lock(_)
            | Instr::Unlock(_)
            | Instr::TaskDone(_)
            | Instr::JoinQueue(_)
            | Instr::Spawn(_)
            | Instr::Join(_)
            | Instr::Barrier(_)
            | Instr::Kill(_)
            | Instr::ReadShared { .. }
            | Instr::ReadQueueLen { .. }
            | Instr::Get { .. }
            | Instr::Let { .. }
            | Instr::Compute { .. }
            | Instr::SetShared { .. }
            | Instr::Put { .. }
            | Instr::Assert { .. }
            | Instr::RepeatEnter { .. }
            | Instr::RepeatTest { .. }
            | Instr::RepeatNext { .. }
            | Instr::RepeatRestore { .. }
            | Instr::Jump { .. }
            | Instr::Branch { .. }
    )
}
