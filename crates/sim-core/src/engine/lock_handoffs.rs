//! `locked(L)`, read as CPython's `Lock.locked()` reads it.
//!
//! weft hands a released lock straight to a waiter (`pass_lock_on` in engine/format11.rs, a
//! condition's waiter taking its lock back, a cancelled asyncio waiter's lock given to the next): the
//! waiter is the holder at once, which decides everything else exactly (nobody else may take the lock
//! in between: an asyncio.Lock lets no newcomer past a woken waiter, and exploration covers a threading
//! newcomer's taking by moving the waiter's queueing after it: docs/exploration.md, "Locks taken only
//! when free"). CPython's lock is free until the waiter runs: `threading.Lock.release()` frees it and
//! the woken thread takes it when the OS runs it, and `asyncio.Lock.release()` sets `_locked = False`,
//! which the woken coroutine sets back only when its loop resumes it. So a read of the holder alone
//! says `True` where CPython says `False`.
//!
//! Here each lock records that it was handed to a waiter that has not run since ([`LockHandoffs`]),
//! set wherever a woken task is made the holder and cleared when that task next runs (any step, a
//! claim, its end): that step is a write of the lock, as CPython's waiter setting it locked is.
//! `locked(L)` is `holder.is_some() && !handed`. With two or more threading waiters under an
//! exploring policy the lock has no holder until a contender's claim step, so it reads free there as
//! it stands.
//!
//! `locked(S)` of a semaphore is asyncio's `Semaphore.locked()` (CPython 3.11.7: `self._value == 0 or
//! any(not w.cancelled() for w in self._waiters)`). Its `_wake_up_next` counts the released unit for
//! the first waiter at once (`_value` back down), but the waiter's future stays in `_waiters` until the
//! waiter runs, so a semaphore released twice to two waiters that have not run, then once more, has
//! `_value == 1` and is still locked. weft hands the unit over and takes the waiter off its list: each
//! task records the semaphore whose unit it was handed until it next runs, and `locked(S)` is value 0,
//! a waiter, a contender, or such a unit. A waiter cancelled while it waits leaves at once (its future
//! is cancelled: CPython does not count it); one cancelled after it was handed a unit counts until it
//! runs and gives the unit back, as in CPython.
//!
//! Kept only in a model that reads `locked` (`Model::reads_locked`): every other model runs, explores
//! and keys its states exactly as before (no step writes the lock it did not write before).

use super::driver::Driver;
use super::format11::Kind;
use super::run::Run;
use super::steps::Effect;
use crate::access::Object;
use crate::model::*;

impl<D: Driver> Run<'_, '_, D> {
    /// A woken task was just made the holder of `lock` (it has not run since it blocked).
    pub(super) fn lock_handed_to_waiter(&mut self, lock: LockId) {
        self.state.world.format11.handoffs.mark(lock);
    }

    /// A woken task was just handed a unit of `semaphore` (asyncio's `_wake_up_next`).
    pub(super) fn unit_handed_to_waiter(&mut self, semaphore: u32, waiter: TaskId) {
        self.state.world.format11.handoffs.hand_unit(semaphore, waiter);
    }

    /// `lock` has no holder any more (released, given back).
    pub(super) fn lock_no_longer_handed(&mut self, lock: LockId) {
        self.state.world.format11.handoffs.unmark(lock);
    }

    /// `task` runs (a step, a claim, its end): every lock it was handed and had not run since is now
    /// taken as CPython's waiter takes it when it resumes, a write of the lock (a read of `locked`
    /// before and after it differ).
    #[inline]
    pub(super) fn runs_after_handoff(&mut self, task: TaskId, pc: u32) {
        if self.state.world.format11.handoffs.handed_count > 0 {
            self.take_handed_locks(task, pc);
        }
    }

    #[inline(never)]
    fn take_handed_locks(&mut self, task: TaskId, pc: u32) {
        for index in 0..self.state.world.locks.len() {
            let lock = LockId::from_index(index);
            if self.state.world.format11.handoffs.is_handed(lock) && self.state.world.locks[index].holder == Some(task)
            {
                self.state.world.format11.handoffs.unmark(lock);
                self.access(task, pc, Object::Lock(lock), true);
            }
        }
        let handoffs = &mut self.state.world.format11.handoffs;
        if let Some(semaphore) = handoffs.unit_of_task_mut().get_mut(task.index()).and_then(Option::take) {
            handoffs.units_handed[semaphore as usize] -= 1;
            handoffs.handed_count -= 1;
            self.access(task, pc, Object::Semaphore(semaphore), true);
        }
    }

    /// `locked(L)`: held, and not handed to a waiter that has not run since; a read of the lock.
    pub(super) fn read_locked(&mut self, task: TaskId, pc: u32, pick: Pick, into: LocalId) -> Effect {
        let Some(lock) = self.resolve(task, pc, pick, Kind::Lock) else { return Effect::Stop };
        let lock = LockId(lock);
        let held = self.state.world.locks[lock.index()].holder.is_some();
        let locked = held && !self.state.world.format11.handoffs.is_handed(lock);
        self.read_done(task, pc, into, i64::from(locked), Object::Lock(lock))
    }

    /// `locked(S)` of a semaphore: value 0, a waiter or a contender, or a unit handed to a waiter that
    /// has not run since; a read of the semaphore.
    pub(super) fn read_semaphore_locked(&mut self, task: TaskId, pc: u32, pick: Pick, into: LocalId) -> Effect {
        let Some(semaphore) = self.resolve(task, pc, pick, Kind::Semaphore) else { return Effect::Stop };
        let state = &self.state.world.format11.semaphores[semaphore as usize];
        let waited_for = !state.waiters.is_empty() || state.contenders > 0;
        let handed = self.state.world.format11.handoffs.units_handed(semaphore) > 0;
        let locked = state.value == 0 || waited_for || handed;
        self.read_done(task, pc, into, i64::from(locked), Object::Semaphore(semaphore))
    }
}
