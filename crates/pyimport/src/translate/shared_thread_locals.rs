//! A `threading.local()` is per thread, and the import keeps a thread-local attribute in a local of the
//! task that sets it, one copy per task. Two kinds of task share a thread in CPython, and so one copy:
//! every coroutine of an event loop runs in the loop's one thread (session25/repro/r03 ends with
//! ['b', 'b'], the second coroutine's value read by both), and an executor's worker thread (or
//! process) runs job after job, keeping its attributes from one job to the next (session 39's own
//! check: `local.count += 1` in the jobs of a one-worker pool gives 1, 2, 3 in CPython; weft gave 1, 1,
//! 1 under "complete"). Refused in both, at the attribute, until the import keeps one copy per thread.

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator, fail};

impl Translator<'_> {
    /// Refuses a `threading.local()` attribute (`at`) set or read in a coroutine task or a job of an
    /// executor or pool.
    pub(crate) fn refuse_shared_thread_local(&self, frame: &Frame, at: &Expr) -> Result<()> {
        let task = &self.scenario.tasks[frame.task];
        if task.kind == Some("coroutine") {
            return fail(
                at,
                "a `threading.local()` attribute in a coroutine is not supported: every coroutine of an event loop runs in the loop's one thread and shares its copy, where weft would give each task its own; pass the value as an argument, or keep it in a local of the coroutine",
            );
        }
        if task.executor.is_some() {
            return fail(
                at,
                "a `threading.local()` attribute in a job of an executor or pool is not supported: a worker runs job after job and keeps its copy from one to the next, where weft would give each job its own; pass the value as an argument, or keep it in a local of the job",
            );
        }
        Ok(())
    }
}
