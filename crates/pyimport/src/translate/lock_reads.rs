//! `lock.locked()` of a `threading.Lock` or an `asyncio.Lock`: the scenario's `locked(L)`, a read of
//! the lock in a step of its own, as CPython's `locked()` says it (free while a release has handed the
//! lock to a waiter that has not run since: the engine's engine/lock_handoffs.rs). Python 3.11's
//! `threading.RLock` and `multiprocessing`'s locks have no `locked()` (AttributeError): refused.

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
}
