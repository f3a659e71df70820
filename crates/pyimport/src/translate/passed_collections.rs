//! A list of tasks or futures handed to another task or thread (`asyncio.create_task(outer(ts))`,
//! `Thread(target=watcher, args=(fs,))`, `ex.submit(collect, fs)`): the list is a local array of the
//! task that made it, and weft's tasks do not share their locals (session23/repro/r08: weft's own "does
//! not load", `ts` is not a shared array or map of this task's process). One future is handed over at
//! run time to a job or a task (futures.rs, `job_argument`); a list of them, or a list of results, is
//! refused at the argument, with what to write instead. A thread's `args=` are bound at import time, so
//! even one future is the making task's local there (`Thread(target=watcher, args=(f,))`: weft's own
//! "unknown name `f`"): refused too.

use ruff_python_ast::Expr;

use super::{Result, Translator, fail};
use crate::value::Value;

impl Translator<'_> {
    /// Refuses `value`, an argument given to a new task or thread at `at`, when it is a collection that
    /// lives in the task that made it.
    pub(super) fn check_not_a_local_collection(&self, value: &Value, at: &Expr) -> Result<()> {
        let Some(what) = local_collection(value) else {
            return Ok(());
        };
        fail(
            at,
            format!(
                "{what} given to another task or thread is not supported: the list lives in the task that made it, and weft's tasks do not share their local lists; wait for the tasks where they were made (`await asyncio.wait(ts)`, `wait(fs)` there), or pass each task or future as an argument of its own (`outer(t1, t2)`)"
            ),
        )
    }

    /// Refuses `value`, an item of a thread's `args=` at `at`, when it lives in the task that made it:
    /// a collection as above, or one future.
    pub(super) fn check_thread_argument(&self, value: &Value, at: &Expr) -> Result<()> {
        if matches!(value, Value::Future(_)) {
            return fail(
                at,
                "a future given to a thread by `args=` is not supported: it lives in the task that made it, and weft binds a thread's arguments when the thread is made; read its result where it was made, or run the watcher as an executor job (`ex.submit(watcher, f)`) or an asyncio task, which are given a future when they start",
            );
        }
        self.check_not_a_local_collection(value, at)
    }
}

/// What `value` is, when it is a collection held by the task that made it: a list of futures or
/// results, one of `wait`'s sets, or a list known at import time that holds such futures.
fn local_collection(value: &Value) -> Option<String> {
    match value {
        Value::Futures(..)
        | Value::FutureSet(..)
        | Value::PendingSet(..)
        | Value::LocalArray(..)
        | Value::FirstCompleted { .. } => Some(value.describe()),
        Value::List(items) if items.iter().any(|item| matches!(item, Value::Future(_))) => {
            Some("a list of futures".to_string())
        }
        _ => None,
    }
}
