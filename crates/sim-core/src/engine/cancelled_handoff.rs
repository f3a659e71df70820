//! What a release handed to a coroutine that is then cancelled before it resumes, and what a woken
//! waiter does when it was cancelled before its turn.
//!
//! weft hands a freed asyncio.Lock or a released asyncio.Semaphore unit straight to the waiter at the
//! release. CPython 3.11 only wakes the waiter: the lock stays free (`_locked` is set by the waiter when
//! it runs), and the unit is counted for it but given back by its `acquire` when that meets
//! CancelledError (`self._value += 1; self._wake_up_next()`). So a waiter cancelled before it resumes
//! gives what it was handed back here, and the next waiter gets it, as in CPython; kept, it would be
//! lost for ever (session17/repro/r11, checks/c107: deadlocks CPython cannot reach). asyncio's queues
//! hand nothing over (since session 19 their waiters contend, `queue_order.rs`): a woken getter or
//! putter cancelled before its turn takes nothing and wakes the next waiter
//! ([`Run::cancelled_queue_contender`]; session17 checks/c108, session18-s18cancel).

use super::driver::Driver;
use super::format11::Kind;
use super::run::Run;
use super::state::BlockReason;
use super::sync_state::Claim;
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
            _ => {}
        }
    }

    /// A coroutine woken to contend for a lock or a unit (the scheduler's choice of wake order)
    /// and cancelled before its turn, whose turn finds it gone: it was a waiter, never handed anything,
    /// and CPython raises CancelledError in its wait, as when a cancel finds it waiting. Without this it
    /// would wait again with the cancel unheard (a deadlock CPython cannot reach). True when it did.
    pub(super) fn cancelled_contender_lost(&mut self, task: TaskId, pc: u32, reason: BlockReason) -> bool {
        if !self.state.world.futures.cancel_pending[task.index()] {
            return false;
        }
        debug_assert_eq!(self.model.tasks[task.index()].kind, TaskKind::Coroutine, "only coroutines are cancelled");
        debug_assert!(matches!(reason, BlockReason::Lock(_) | BlockReason::Semaphore(_)), "a lock's or a unit's claim");
        let left = self.leave_asyncio_wait(task, reason);
        debug_assert!(left, "only a condition's waiter waits again for its lock");
        self.record(task, pc, TraceKind::Step, 0);
        self.raise_cancelled(task, pc);
        true
    }

    /// A coroutine woken to contend for an asyncio queue's item or room (`queue_order.rs`) and cancelled
    /// before its turn: CPython raises CancelledError in its wait (`await getter`, `await putter`), so it
    /// takes no item and puts none, and, finding the queue still not empty (not full), wakes the next
    /// waiter, as `get` does (`if not self.empty() and not getter.cancelled():
    /// self._wakeup_next(self._getters)`) and `put` (`if not self.full() and not putter.cancelled():
    /// self._wakeup_next(self._putters)`): a putter admitted by a `get` and cancelled never puts its item,
    /// and the next putter goes in (bench/python-agreement/session18-s18cancel/
    /// queue_putter_cancelled_after_get.py). True when it did.
    pub(super) fn cancelled_queue_contender(&mut self, task: TaskId, pc: u32, claim: Claim) -> bool {
        if !self.state.world.futures.cancel_pending[task.index()] {
            return false;
        }
        debug_assert_eq!(self.model.tasks[task.index()].kind, TaskKind::Coroutine, "only coroutines are cancelled");
        let extra = self.state.world.format11.task_mut(task);
        extra.timeout_ns = None;
        extra.wait_into = None;
        extra.deadline_passed = false;
        match claim {
            Claim::Get(queue, _) => {
                self.access(task, pc, Object::Queue(queue), true);
                if !self.state.world.queues[queue.index()].items.is_empty() {
                    self.wake_getter(queue, task);
                }
            }
            Claim::Put(queue, _) => {
                self.access(task, pc, Object::Queue(queue), true);
                if !self.is_full(queue) {
                    self.wake_putter(queue, task);
                }
            }
            Claim::Lock(_) | Claim::Semaphore(_) | Claim::Relock(_) => unreachable!("a queue's claim"),
        }
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
}
