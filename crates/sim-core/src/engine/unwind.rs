//! `try` blocks in the engine: an exception raised inside one (a `raise` step, a `result` of a job that
//! raised, or a fault Python raises as an exception) goes on at the first handler of the task's
//! exception table (`FutureDefs::handlers`, innermost first) whose range holds the raising pc and whose
//! classes catch it, after the `with` blocks it leaves have released their locks, as CPython unwinds.
//! The caught class goes into the handler's local (its id + 1) for a bare `raise`. Nothing here runs
//! unless something raises.

use super::driver::Driver;
use super::run::Run;
use super::state::TaskPhase;
use crate::model::*;
use crate::outcome::Cause;

impl<D: Driver> Run<'_, '_, D> {
    /// An exception of class `exception` raised by the step at `pc` of `task`: whether a handler caught
    /// it (the task goes on at the handler), or it goes on as without `try` (`false`).
    pub(super) fn catch(&mut self, task: TaskId, pc: u32, exception: ExceptionId) -> bool {
        let futures = &self.model.futures;
        let raised = futures.exceptions[exception.index()].as_str();
        let Some(handler) = futures.handlers.iter().find(|h| h.task == task && h.catches(futures, pc, raised)) else {
            return false;
        };
        self.leave_with_blocks(task, pc, &handler.with_blocks);
        let state = &mut self.state.world.tasks[task.index()];
        state.locals[handler.into.index()] = i64::from(exception.0) + 1;
        state.pc = handler.target;
        true
    }

    /// A fault of a running task that Python raises as an exception: whether a handler caught it (the
    /// run goes on). A task blocked in a wait is not caught here: its wait ends the run as before.
    pub(super) fn catch_fault(&mut self, task: TaskId, pc: u32, cause: &Cause) -> bool {
        let handled = self.model.futures.handlers.iter().any(|h| h.task == task);
        if !handled || self.state.world.tasks[task.index()].phase != TaskPhase::Live {
            return false;
        }
        let Some(class) = crate::exceptions::class_of_fault(self.model, cause) else { return false };
        // Every built-in class is named when the scenario has a `try` (the loader names them).
        let Some(exception) = self.model.futures.exception_named(&class) else { return false };
        self.catch(task, pc, exception)
    }

    /// Leaves every `with` block of `blocks` around `pc`, innermost first, releasing its lock as Python's
    /// `with` does on the way out (a lock taken without `with` stays held, as in Python).
    pub(super) fn leave_with_blocks(&mut self, task: TaskId, pc: u32, blocks: &[(u32, u32)]) {
        let mut enclosing: Vec<(u32, u32)> =
            blocks.iter().copied().filter(|&(lock_pc, unlock_pc)| lock_pc < pc && pc <= unlock_pc).collect();
        enclosing.sort_by_key(|&(lock_pc, _)| std::cmp::Reverse(lock_pc));
        for (_, unlock_pc) in enclosing {
            let lock = match self.model.tasks[task.index()].program[unlock_pc as usize] {
                Instr::Unlock(lock) => lock,
                Instr::UnlockPicked(pick) => match self.resolve(task, unlock_pc, pick, super::format11::Kind::Lock) {
                    Some(lock) => LockId(lock),
                    None => return,
                },
                other => unreachable!("a `with` block ends with an unlock, not {other:?}"),
            };
            if self.state.world.locks[lock.index()].holder == Some(task) {
                self.release_lock(task, unlock_pc, lock);
            }
        }
    }
}
