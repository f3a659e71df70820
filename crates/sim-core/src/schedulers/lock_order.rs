//! Stateless DPOR with locks taken only when free: a task whose next step would queue for a held lock
//! is not a branch while some other task can step, and a step that takes a lock races with the lock's
//! previous taking rather than with the release between them (Abdulla, Aronis, Jonsson and Sagonas,
//! "Source sets: a foundation for optimal dynamic partial order reduction", JACM 2017, on locks).
//!
//! Why: the engine's `lock` on a held lock is a step of its own (the task queues, and the release
//! hands it the lock). With every schedule a fresh run, a lock that two tasks take in one order was
//! explored twice, once with the second task queueing during the first one's section and once with it
//! coming after the release, since queueing writes the lock the release writes: two classes of
//! interleavings per contended lock where the program has one (SCTBench's fsbench-ok, 13 contended
//! locks: 4^13 schedules instead of 2^13).
//!
//! Why it is sound (docs/exploration.md, "Locks taken only when free"): take any run. A task's
//! queueing step on a held lock L, which reads and writes nothing but L's queue and the task's own
//! state, moves later past every step that does not touch L, up to the release of L (the only step
//! that touches L while it is held, in a model where `lock` is the one way to wait for it) or to the
//! point where no task but queueing ones can step. At the release, "queue, then the release hands L
//! over" leaves the state "release, then the task takes the free L" leaves (one waiter: it is handed
//! L; several: they all contend, and which one takes it is a choice, as which one takes the free lock
//! first is), and outcomes read shared memory and statuses, not queues or clocks. So every outcome is
//! that of a run in which a task queues only when nothing but queueing can move, which is what the
//! search explores; the race analysis then orders the takings of each lock as DPOR orders any other
//! conflicting steps, the releases still ordering what the sections did (happens-before).
//!
//! It applies only where a lock is waited for in no other way: no condition, no reentrant lock, no
//! time-out on a `lock`, no `kill`, no futures or asyncio primitives, no lock picked by an index that
//! reads shared memory, and no read of `locked(L)`. Elsewhere nothing changes. Only the stateless search that takes turns beside
//! the default one uses it (`Searches` in dpor.rs), on models with no time-out that may give up.

use super::invisible::{Locals, reads_beyond_locals};
use crate::engine::state::TaskPhase;
use crate::engine::view::RunView;
use crate::expr::{evaluate, python_index};
use crate::model::{Instr, LockId, Model, Pick, TaskDef, TaskId};

/// Per task, what its next step does to a lock, refreshed at every choice.
#[derive(Debug, Default)]
pub struct LockOrder {
    /// Per task: the held lock its next step would queue for.
    would_queue: Vec<Option<u32>>,
    /// The operand stack of the evaluations, kept across choices.
    stack: Vec<i64>,
}

impl LockOrder {
    /// The rule for `model`, when every wait for a lock in it is a plain `lock` whose lock follows
    /// from the task's locals.
    pub fn of(model: &Model) -> Option<Self> {
        // A lock another task may release is not held until its taker moves.
        let plain_locks = model.sync.reentrant_locks.is_empty()
            && model.sync.unowned_locks.is_empty()
            && model.sync.conditions.is_empty()
            && !model.futures.in_use()
            && model.tasks.iter().all(|task| task.program.iter().all(|instruction| waits_plainly(task, instruction)));
        plain_locks.then(LockOrder::default)
    }

    /// Whether stateless DPOR with this rule takes turns beside the default search on `model`
    /// (`Searches` in dpor.rs): where the rule applies and the model has a lock (else it buys nothing),
    /// no event loop (stateless DPOR takes a loop's hand-over for an order, and misses coroutine
    /// orders: docs/exploration.md, "A hole in stateless DPOR") and no wait with a time-out (a wait
    /// that may give up makes time, and the queueing the rule postpones, matter).
    pub fn takes_turns_in(model: &Model) -> bool {
        !model.locks.is_empty() && model.loops.is_empty() && !model.has_timed_waits() && LockOrder::of(model).is_some()
    }

    /// Reads every task's next step off the run, before a choice.
    pub fn observe(&mut self, run: &RunView<'_>) {
        let model = run.model();
        let tasks = run.tasks();
        self.would_queue.clear();
        for (index, state) in tasks.iter().enumerate() {
            let task = &model.tasks[index];
            let claim = run.claim_pending(TaskId::from_index(index));
            let lock = match task.program.get(state.pc as usize) {
                _ if claim => None,
                Some(&Instr::Lock(lock)) => Some(Some(lock.0)),
                Some(&Instr::LockPicked { lock: pick, .. }) => Some(self.picked(task, pick, &state.locals)),
                _ => None,
            };
            let held = |lock: &u32| !run.lock_is_free(LockId(*lock));
            let live = state.phase == TaskPhase::Live;
            self.would_queue.push(lock.flatten().filter(held).filter(|_| live));
        }
    }

    /// The lock `pick` takes with `locals`; none when that is not known from the locals alone (the
    /// index reads shared state: the step is then never postponed) or the index faults (the step
    /// queues for nothing).
    fn picked(&mut self, task: &TaskDef, pick: Pick, locals: &[i64]) -> Option<u32> {
        let Some(index) = pick.index else { return Some(pick.first) };
        let index = &task.exprs[index.index()];
        if reads_beyond_locals(index) {
            return None;
        }
        let value = evaluate(index, &Locals(locals), &mut self.stack).ok()?;
        python_index(value, pick.count as usize).map(|position| pick.first + position as u32)
    }

    /// The tasks whose next step would queue for a held lock, with that lock, as the last choice saw
    /// them: a run that ends there never shows those steps, which race with the lock's last taking.
    pub fn postponed(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        self.would_queue.iter().enumerate().filter_map(|(task, lock)| lock.map(|lock| (task as u32, lock)))
    }

    /// Leaves out of `enabled` the tasks whose next step would queue for a held lock, unless nothing
    /// else is enabled (or the others only give up waits: `giving_up`).
    pub fn postpone_queueing(&self, enabled: &mut Vec<u32>, giving_up: &[u32]) {
        let queues =
            |task: &u32| self.would_queue.get(*task as usize).is_some_and(Option::is_some) && !giving_up.contains(task);
        if enabled.iter().any(|task| !queues(task)) {
            enabled.retain(|task| !queues(task));
        }
    }
}

/// Whether `instruction` of `task` waits for a lock, if at all, only as a plain `lock` does, on a
/// lock its locals name (an index that reads shared memory could name another lock at the release).
fn waits_plainly(task: &TaskDef, instruction: &Instr) -> bool {
    match instruction {
        Instr::LockPicked { lock, patience } => {
            let local_index = lock.index.is_none_or(|index| !reads_beyond_locals(&task.exprs[index.index()]));
            patience.timeout_ns.is_none() && local_index
        }
        // A read of `locked(L)` races with a later taking of L, which the rule's takings (racing only
        // with the lock's previous taking) would not reverse.
        Instr::Kill(_) | Instr::WaitCondition { .. } | Instr::ReadLocked { .. } | Instr::ReadSemaphoreLocked { .. } => {
            false
        }
        _ => true,
    }
}
