//! What a release or a `put` handed to a coroutine that is then cancelled before it resumes.
//!
//! weft hands a freed asyncio.Lock, a released asyncio.Semaphore unit or a FIFO asyncio.Queue's item
//! straight to the waiter at the release (or the `put`). CPython 3.11 only wakes the waiter: the lock
//! stays free (`_locked` is set by the waiter when it runs), the unit is counted for it but given back
//! by its `acquire` when that meets CancelledError (`self._value += 1; self._wake_up_next()`), and the
//! item stays in the queue, `get` waking the next getter before it raises. So a waiter cancelled before
//! it resumes gives what it was handed back here, and the next waiter gets it, as in CPython; kept, it
//! would be lost for ever (session17/repro/r11, checks/c107, c108: deadlocks CPython cannot reach).

use super::driver::Driver;
use super::format11::Kind;
use super::run::Run;
use super::state::{BlockReason, QueuedItem};
use crate::access::Object;
use crate::model::*;
use crate::trace::TraceKind;

impl<D: Driver> Run<'_, '_, D> {
    /// `task`, suspended in the asyncio wait at `wait_pc` and resumed with a cancel pending at `pc`, gives
    /// back what that wait was handed. A wait that was not handed anything (it timed out: 0 in its
    /// `into`) gives nothing.
    pub(super) fn give_back_handed(&mut self, task: TaskId, pc: u32, wait_pc: u32) {
        let instruction = self.model.tasks[task.index()].program[wait_pc as usize];
        let asyncio = &self.model.futures.asyncio;
        match instruction {
            Instr::Lock(lock) if asyncio.has_lock(lock) => self.give_back_lock(task, pc, lock),
            Instr::Acquire { semaphore, patience }
                if asyncio.has_semaphore(semaphore.first) && self.was_handed(task, patience) =>
            {
                // The pick's index is the one the acquire resolved: the task has not run since.
                let Some(semaphore) = self.resolve(task, wait_pc, semaphore, Kind::Semaphore) else { return };
                self.give_back_unit(task, pc, semaphore);
            }
            Instr::Get { queue, into } if asyncio.has_queue(queue) => self.give_back_item(task, pc, queue, into),
            Instr::GetTimed { queue, into, patience }
                if asyncio.has_queue(queue) && self.was_handed(task, patience) =>
            {
                self.give_back_item(task, pc, queue, into)
            }
            _ => {}
        }
    }

    /// A coroutine woken to contend for a lock, a unit or an item (the scheduler's choice of wake order)
    /// and cancelled before its turn, whose turn finds it gone: it was a waiter, never handed anything,
    /// and CPython raises CancelledError in its wait, as when a cancel finds it waiting. Without this it
    /// would wait again with the cancel unheard (a deadlock CPython cannot reach). True when it did.
    pub(super) fn cancelled_contender_lost(&mut self, task: TaskId, pc: u32, reason: BlockReason) -> bool {
        if !self.state.world.futures.cancel_pending[task.index()] {
            return false;
        }
        debug_assert_eq!(self.model.tasks[task.index()].kind, TaskKind::Coroutine, "only coroutines are cancelled");
        debug_assert!(!matches!(reason, BlockReason::Condition(_)), "a claim is a lock's, a unit or a queue's");
        let left = self.leave_asyncio_wait(task, reason);
        debug_assert!(left, "only a condition's waiter waits again for its lock");
        self.record(task, pc, TraceKind::Step, 0);
        self.raise_cancelled(task, pc);
        true
    }

    /// Whether a wait with `patience` got what it waited for (a wait without a flag cannot give up).
    fn was_handed(&self, task: TaskId, patience: Patience) -> bool {
        patience.into.is_none_or(|into| self.state.world.tasks[task.index()].locals[into.index()] == 1)
    }

    /// CPython 3.11's `Lock.acquire` meets the CancelledError, finds the lock free and wakes the next
    /// waiter.
    fn give_back_lock(&mut self, task: TaskId, pc: u32, lock: LockId) {
        if self.state.world.locks[lock.index()].holder == Some(task) {
            self.access(task, pc, Object::Lock(lock), true);
            self.unlock_once(task, lock);
        }
    }

    /// CPython 3.11's `Semaphore.acquire`: `if not fut.cancelled(): self._value += 1;
    /// self._wake_up_next()`, as a release.
    fn give_back_unit(&mut self, task: TaskId, pc: u32, semaphore: u32) {
        self.access(task, pc, Object::Semaphore(semaphore), true);
        let given = self.give_unit(task, semaphore);
        debug_assert!(given, "the unit was counted before: giving it back cannot overflow");
    }

    /// CPython 3.11's `Queue.get`: the item was never taken, so it is still in the queue, before those
    /// put after it, and the cancelled getter wakes the next one (`_wakeup_next(self._getters)`). The
    /// getters woken after it take the items in the order they run, each the one before its own: the
    /// first of them gets the cancelled getter's item, and so on; the last one's goes back to the front
    /// of the queue, for the next getter.
    fn give_back_item(&mut self, task: TaskId, pc: u32, queue: QueueId, into: LocalId) {
        self.access(task, pc, Object::Queue(queue), true);
        let mut carried = self.state.world.tasks[task.index()].locals[into.index()];
        let handed = &mut self.state.world.queues[queue.index()].handed;
        let later = match handed.iter().position(|&getter| getter == task) {
            Some(position) => {
                handed.remove(position);
                handed.iter().skip(position).copied().collect()
            }
            None => Vec::new(),
        };
        for getter in later {
            let Some(into) = self.suspended_get_into(getter) else { continue };
            let locals = &mut self.state.world.tasks[getter.index()].locals;
            carried = std::mem::replace(&mut locals[into.index()], carried);
        }
        let item = QueuedItem { value: carried, machine: self.machine_of_task(task), at_ns: self.task_now(task) };
        self.put_back_item(queue, item, task);
    }

    /// The local a getter handed an item (and not resumed yet) holds it in: its `get`'s `into`.
    fn suspended_get_into(&self, getter: TaskId) -> Option<LocalId> {
        let wait_pc = self.state.world.futures.suspended_at[getter.index()]?;
        match self.model.tasks[getter.index()].program[wait_pc as usize] {
            Instr::Get { into, .. } | Instr::GetTimed { into, .. } => Some(into),
            _ => None,
        }
    }

    /// `task` resumes from the asyncio wait at `wait_pc`: a getter handed an item has taken it.
    pub(super) fn resumed_from(&mut self, task: TaskId, wait_pc: u32) {
        let (Instr::Get { queue, .. } | Instr::GetTimed { queue, .. }) =
            self.model.tasks[task.index()].program[wait_pc as usize]
        else {
            return;
        };
        let handed = &mut self.state.world.queues[queue.index()].handed;
        if let Some(position) = handed.iter().position(|&getter| getter == task) {
            handed.remove(position);
        }
    }
}
