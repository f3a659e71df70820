//! A `threading.local()` is per thread, and every coroutine of an event loop runs in the loop's one
//! thread: they share one copy (CPython: session25/repro/r03 ends with ['b', 'b'], the second
//! coroutine's value read by both). The import keeps a thread-local attribute in a local of the task
//! that sets it, one copy per coroutine task: a different program. Refused in a coroutine task, at the
//! attribute, until the import keeps one copy per thread.

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator, fail};

impl Translator<'_> {
    /// Refuses a `threading.local()` attribute (`at`) set or read in a coroutine task.
    pub(crate) fn refuse_thread_local_in_coroutine(&self, frame: &Frame, at: &Expr) -> Result<()> {
        if self.scenario.tasks[frame.task].kind != Some("coroutine") {
            return Ok(());
        }
        fail(
            at,
            "a `threading.local()` attribute in a coroutine is not supported: every coroutine of an event loop runs in the loop's one thread and shares its copy, where weft would give each task its own; pass the value as an argument, or keep it in a local of the coroutine",
        )
    }
}
