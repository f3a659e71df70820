//! A reentrant lock left held by a thread that ended.
//!
//! CPython's `threading.RLock` knows its owner by thread ident (`PyThread_get_thread_ident()`, the
//! address of the thread's pthread structure), and the ident of a thread that ended may be given again
//! to a thread started later: glibc reuses the ended thread's stack, which holds that structure. The
//! later thread then finds itself the owner, so its `acquire` only counts one more level and its
//! `release` is allowed (session17/repro/r06, checks/c14: ok in 2 to 8 of 10 runs, the deadlock in the
//! others). Whether the ident comes back is the OS's choice: a value choice here, both ways explored.
//! Any thread of the same process may be offered the ended owner's ident, also one started before the
//! owner ended (which CPython cannot give it: two live threads never share an ident): a superset of
//! CPython's outcomes, never a miss.

use super::driver::Driver;
use super::run::Run;
use super::state::TaskPhase;
use crate::model::*;
use crate::outcome::Status;

impl<D: Driver> Run<'_, '_, D> {
    /// Whether thread `task`, taking or releasing reentrant `lock` held by a thread that has ended, has
    /// been given that thread's ident, and so owns the lock: the choice, or `None` when the scheduler
    /// ended the run (a token that does not fit, as at any other choice).
    pub(super) fn owns_by_reused_ident(&mut self, task: TaskId, lock: LockId) -> Option<bool> {
        let Some(holder) = self.state.world.locks[lock.index()].holder else { return Some(false) };
        let threads = [task, holder].iter().all(|t| self.model.tasks[t.index()].kind == TaskKind::Thread);
        let same_process = self.model.tasks[task.index()].process == self.model.tasks[holder.index()].process;
        let ended = self.state.world.tasks[holder.index()].phase == TaskPhase::Finished;
        if holder == task || !threads || !same_process || !ended || !self.is_reentrant(lock) {
            return Some(false);
        }
        debug_assert!(!self.model.futures.asyncio.has_lock(lock), "an asyncio.Lock is not reentrant");
        let Some(choice) = self.choose_value(task, 2) else {
            self.end(Status::Fault);
            return None;
        };
        if choice == 1 {
            self.state.world.locks[lock.index()].holder = Some(task);
        }
        Some(choice == 1)
    }
}
