//! Thread names after `asyncio.run` of a program that used the default executor (session33/repro r15).
//!
//! CPython 3.11's `asyncio.run` ends with `loop.shutdown_default_executor()`, which, when the loop made
//! its default executor (a first `asyncio.to_thread` or `run_in_executor(None, ...)`), starts an unnamed
//! `threading.Thread` to join it: that thread takes the next number of threading's `_counter`, so the
//! threads the program makes afterwards without `name=` are `Thread-2 (work)`, `Thread-3 (work)`, where
//! weft said `Thread-1 (work)`, `Thread-2 (work)`. Here the count takes that number too, where the run's
//! root coroutine submits to the default executor as a step of its own body (not inside an `if`, a loop
//! or a `try`); where only a step nested so, or another coroutine, submits, whether the executor was
//! made depends on the run, and the count is lost (the names after it are opaque, as for a thread made
//! by another thread).

use super::{Frame, Translator};
use crate::out::{Node, Step};

impl Translator<'_> {
    /// After `asyncio.run` in `frame` of the coroutine task `root`: the number the default executor's
    /// shutdown thread takes from threading's count.
    pub(super) fn count_default_executor_shutdown_thread(&mut self, frame: &Frame, root: usize) {
        // Some coroutine of the program (this run's or another's) submits to the default executor.
        if !self.submits_to_the_default_executor() {
            return;
        }
        let tasks = &self.scenario.tasks;
        let is_default_executor_job =
            |task: usize| tasks[task].kind.is_none() && tasks[task].executor.is_none() && tasks[task].spawned;
        let surely = tasks[root].ops.iter().any(|step| submits(step, &is_default_executor_job));
        if surely && frame.task == 0 && frame.dynamic == 0 {
            self.python_thread_count += 1;
        } else {
            self.python_thread_count_lost = true;
        }
    }
}

/// `step` itself is a `submit` of a task `wanted` says.
fn submits(step: &Step, wanted: &dyn Fn(usize) -> bool) -> bool {
    let (Some(Node::Map(entries)), "submit") = (&step.value, step.key) else { return false };
    entries.iter().any(|(key, node)| matches!((*key, node), ("task", Node::Task(task)) if wanted(*task)))
}
