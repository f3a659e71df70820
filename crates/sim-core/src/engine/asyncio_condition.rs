//! `notify` on an asyncio.Condition, and how its notified waiters take the lock back.
//!
//! A threading condition's notified waiters queue for its lock at the `notify` (`Condition.wait` in
//! CPython blocks on the lock once its waiter lock is released), and the lock goes to them one at a
//! time as it is released. CPython's asyncio.Condition does otherwise: `notify` resolves the waiters'
//! futures, so the notified coroutines are scheduled on the loop at once, in the order they waited,
//! and each takes the lock back only when it runs (`await self.acquire()` in `Condition.wait`): free
//! then, it takes it at once; held, it waits for it as any other acquirer. So a coroutine woken
//! between the notify and the waiters' turns (an Event set right after the `async with cond:` block)
//! runs after every notified waiter, where the hand-over one at a time ran it after the first
//! (session16/a08_event_and_condition.py). Here a notified waiter wakes with [`Claim::Relock`]: its
//! next step takes the lock or joins the lock's waiters.

use super::driver::Driver;
use super::run::Run;
use super::state::{BlockReason, TaskPhase};
use super::steps::Effect;
use super::sync_state::Claim;
use crate::access::Object;
use crate::model::*;
use crate::trace::TraceKind;

impl<D: Driver> Run<'_, '_, D> {
    /// `notify(n)` by `notifier` (who holds the lock) on an asyncio.Condition: the `n` oldest waiters
    /// are done waiting (`wait` returns True) and join the loop's ready queue, in order, to take the
    /// lock back when they run.
    pub(super) fn notify_coroutines(&mut self, notifier: TaskId, condition: u32, lock: LockId, n: u32) {
        for _ in 0..n {
            let Some(waiter) = self.state.world.format11.conditions[condition as usize].waiters.pop_front() else {
                break;
            };
            let extra = self.state.world.format11.task_mut(waiter);
            extra.timeout_ns = None;
            if let Some(into) = extra.wait_into.take() {
                self.state.world.tasks[waiter.index()].locals[into.index()] = 1;
            }
            self.contend(waiter, notifier, Claim::Relock(lock));
            // CPython resolves their futures in the order they waited, and the loop runs them in that
            // order: each joins the ready queue after the one before (as asyncio.Event's `set`).
            super::loop_turns::next_turn(self.state);
        }
    }

    /// The step of a notified asyncio waiter: it takes the lock if it is free (a waiter cancelled
    /// since raises CancelledError at its next step, holding the lock, as `Condition.wait` re-raises
    /// once it has it), else waits for it; either is a write of the lock, whose waiters it joins.
    pub(super) fn take_lock_back(&mut self, task: TaskId, pc: u32, lock: LockId) -> Effect {
        self.access(task, pc, Object::Lock(lock), true);
        if !self.lock_is_free(lock) {
            self.state.world.locks[lock.index()].waiters.push_back(task);
            self.record(task, pc, TraceKind::Blocks, 0);
            self.block(task, BlockReason::Lock(lock));
            return Effect::Blocked;
        }
        self.state.world.locks[lock.index()].holder = Some(task);
        let saved = std::mem::take(&mut self.state.world.format11.task_mut(task).saved_depth);
        self.state.world.format11.lock_depth[lock.index()] = saved.max(1);
        self.claim_taken(task, Object::Lock(lock));
        self.record(task, pc, TraceKind::Step, 1);
        Effect::Instant
    }

    /// Whether `target`, a coroutine being cancelled, waits for the lock of an asyncio.Condition it was
    /// notified on (or cancelled on): CPython's `Condition.wait` takes the lock back whatever
    /// CancelledError it meets meanwhile (`while True: try: await self.acquire() ... except
    /// CancelledError: cancelled = True`), so it keeps waiting, and raises once it has the lock.
    pub(super) fn relocks_despite_cancel(&self, target: TaskId) -> bool {
        let TaskPhase::Blocked(BlockReason::Lock(_)) = self.state.world.tasks[target.index()].phase else {
            return false;
        };
        let wait_pc = self.state.world.tasks[target.index()].pc.saturating_sub(1);
        match self.model.tasks[target.index()].program.get(wait_pc as usize) {
            Some(Instr::WaitCondition { condition, .. }) => self.model.futures.asyncio.has_condition(condition.first),
            _ => false,
        }
    }
}
