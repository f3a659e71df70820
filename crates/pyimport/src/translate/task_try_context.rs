//! The `try` around a statement belongs to the task that runs it. A task made inside one (a thread, a
//! job, a coroutine task: `wait_for(service())` in the first statement of `try: ... except
//! TimeoutError:`) is translated at that statement, but its body runs in a frame of its own, where no
//! handler or `finally` of the statement that made it runs: an exception there ends the task (a job's
//! future keeps it). So the translation state of the `try`s being translated is set aside while a
//! task's own function is translated, and put back after (before session 18 a `raise` in such a
//! coroutine was refused as if it were inside the caller's `try`, session17/a08, and a `wait_for` in it
//! could take the caller's caught flag).

use super::{CaughtException, Translator};

/// What the translation of the enclosing `try`s keeps, set aside for a task's own function.
pub(super) struct TryContext {
    timeout_catch: Option<(String, Option<usize>)>,
    caught_tries: Vec<CaughtException>,
    job_exception_catch: Option<&'static str>,
    finally_depth: usize,
    handling: usize,
    handler_classes: Vec<Vec<String>>,
}

impl Translator<'_> {
    /// Sets aside the state of the `try`s around the statement that makes a task: its function starts
    /// outside every `try`.
    pub(super) fn enter_task_body(&mut self) -> TryContext {
        TryContext {
            timeout_catch: self.timeout_catch.take(),
            caught_tries: std::mem::take(&mut self.caught_tries),
            job_exception_catch: self.job_exception_catch.take(),
            finally_depth: std::mem::take(&mut self.finally_depth),
            handling: std::mem::take(&mut self.handling),
            handler_classes: std::mem::take(&mut self.handler_classes),
        }
    }

    /// Puts back what `enter_task_body` set aside, once the task's function is translated (`translated`:
    /// without a refusal, when every `try` it opened is closed).
    pub(super) fn leave_task_body(&mut self, saved: TryContext, translated: bool) {
        debug_assert!(
            !translated || (self.caught_tries.is_empty() && self.handler_classes.is_empty() && self.finally_depth == 0),
            "a task's `try`s are closed at its end"
        );
        self.timeout_catch = saved.timeout_catch;
        self.caught_tries = saved.caught_tries;
        self.job_exception_catch = saved.job_exception_catch;
        self.finally_depth = saved.finally_depth;
        self.handling = saved.handling;
        self.handler_classes = saved.handler_classes;
    }
}
