//! `lock.locked()` of a `threading.Lock` or an `asyncio.Lock`: the scenario's `locked(L)`, a read of
//! the lock in a step of its own, as CPython's `locked()` says it (free while a release has handed the
//! lock to a waiter that has not run since: the engine's engine/lock_handoffs.rs); `sem.locked()` of an
//! `asyncio.Semaphore` and `cond.locked()` of an `asyncio.Condition` (its lock's) too. Python 3.11's
//! `threading.RLock`, `threading.Semaphore`, `threading.Condition` and `multiprocessing`'s locks have
//! no `locked()` (AttributeError): refused.

use ruff_python_ast as ast;

use super::{Result, Translator, fail};

impl Translator<'_> {
    /// The scenario text of `name.locked()` (`call`), a lock made as `reentrant` or not.
    pub(crate) fn locked_read(&self, call: &ast::ExprCall, name: &str, reentrant: bool) -> Result<String> {
        if !call.arguments.is_empty() {
            return fail(call, "`locked()` takes no arguments (Python raises TypeError)");
        }
        if self.multiprocessing_locks.contains(name) {
            return fail(
                call,
                "a `multiprocessing` lock has no `locked()` in Python 3.11 (AttributeError); try `acquire(block=False)` and release it when it succeeds",
            );
        }
        if reentrant {
            return fail(
                call,
                "`threading.RLock` has no `locked()` in Python 3.11 (AttributeError); try `acquire(blocking=False)` and release it when it succeeds",
            );
        }
        Ok(format!("locked({name})"))
    }

    /// `sem.locked()` of an `asyncio.Semaphore` (its value is 0, or a task waits for it or was handed a
    /// unit and has not run since). `threading.Semaphore` has none in Python 3.11 (AttributeError).
    pub(crate) fn semaphore_locked_read(&self, call: &ast::ExprCall, name: &str) -> Result<String> {
        if !call.arguments.is_empty() {
            return fail(call, "`locked()` takes no arguments (Python raises TypeError)");
        }
        if !self.scenario.asyncio.contains(name) {
            return fail(
                call,
                "a `threading` semaphore has no `locked()` in Python 3.11 (AttributeError); try `acquire(blocking=False)` and release it when it succeeds",
            );
        }
        Ok(format!("locked({name})"))
    }

    /// `cond.locked()` of an `asyncio.Condition`: its lock's `locked()` (CPython's `Condition` binds
    /// `self.locked = lock.locked`); `with_lock` is the lock its `async with` takes. A
    /// `threading.Condition` has none in Python 3.11 (AttributeError).
    pub(crate) fn condition_locked_read(&self, call: &ast::ExprCall, name: &str, with_lock: &str) -> Result<String> {
        if !self.scenario.asyncio.contains(name) {
            return fail(
                call,
                "`threading.Condition` has no `locked()` in Python 3.11 (AttributeError); read the `locked()` of the lock it was made with",
            );
        }
        self.locked_read(call, with_lock, false)
    }
}
