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
//! Kept only in a model that reads `locked(L)` (`Model::reads_locked`): every other model runs,
//! explores and keys its states exactly as before (no step writes the lock it did not write before).

use super::driver::Driver;
use super::format11::Kind;
use super::run::Run;
use super::steps::Effect;
use crate::access::Object;
use crate::model::*;

/// Per lock, whether a woken task was made its holder and has not run since.
#[derive(Clone, Debug, Default)]
pub struct LockHandoffs {
    /// Some task reads `locked(L)`: nothing is recorded otherwise.
    kept: bool,
    /// Per lock (empty unless `kept`).
    handed: Vec<bool>,
    /// How many locks are handed: the check at every step of a task is one test while none is.
    handed_count: u32,
}

impl LockHandoffs {
    pub fn new(model: &Model) -> Self {
        let kept = model.reads_locked();
        let handed = if kept { vec![false; model.locks.len()] } else { Vec::new() };
        LockHandoffs { kept, handed, handed_count: 0 }
    }

    /// Ready for the next run: no lock handed.
    pub fn reset(&mut self) {
        if self.handed_count > 0 {
            self.handed.fill(false);
            self.handed_count = 0;
        }
    }

    /// Whether the model reads `locked(L)`: then every step goes through the hook
    /// ([`Run::runs_after_handoff`]), so the inline steps of `Run::execute` are off.
    pub fn kept(&self) -> bool {
        self.kept
    }

    /// Whether `lock` was handed to a waiter that has not run since.
    pub fn is_handed(&self, lock: LockId) -> bool {
        self.handed.get(lock.index()).copied().unwrap_or(false)
    }

    fn mark(&mut self, lock: LockId) {
        if self.kept && !self.handed[lock.index()] {
            self.handed[lock.index()] = true;
            self.handed_count += 1;
        }
    }

    fn unmark(&mut self, lock: LockId) {
        if self.is_handed(lock) {
            self.handed[lock.index()] = false;
            self.handed_count -= 1;
        }
        debug_assert!(self.handed_count as usize <= self.handed.len());
    }

    /// The search state's words: one per lock, only in a model that reads `locked(L)` (no other
    /// model's state changes). The holder is written already: a flag says the rest.
    pub fn words(&self, out: &mut Vec<i64>) {
        if self.kept {
            out.extend(self.handed.iter().map(|&handed| i64::from(handed)));
        }
    }
}

impl<D: Driver> Run<'_, '_, D> {
    /// A woken task was just made the holder of `lock` (it has not run since it blocked).
    pub(super) fn lock_handed_to_waiter(&mut self, lock: LockId) {
        self.state.world.format11.handoffs.mark(lock);
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
    }

    /// `locked(L)`: held, and not handed to a waiter that has not run since; a read of the lock.
    pub(super) fn read_locked(&mut self, task: TaskId, pc: u32, pick: Pick, into: LocalId) -> Effect {
        let Some(lock) = self.resolve(task, pc, pick, Kind::Lock) else { return Effect::Stop };
        let lock = LockId(lock);
        let held = self.state.world.locks[lock.index()].holder.is_some();
        let locked = held && !self.state.world.format11.handoffs.is_handed(lock);
        self.read_done(task, pc, into, i64::from(locked), Object::Lock(lock))
    }
}
