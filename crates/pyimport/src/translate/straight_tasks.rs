//! An asyncio task made on the straight path of a `try:` body (session 35): `try: task =
//! asyncio.create_task(work())` / `result = await asyncio.wait_for(task, 0.5)` / `except
//! asyncio.TimeoutError:`. A `try:` body counts as code the scenario may not run (`frame.dynamic`)
//! only because an exception may leave it before a statement; a statement on its straight path (in
//! its block, or in a `with`'s or another such `try:`'s block inside it, never in an `if` or a loop
//! the scenario runs) runs at most once per entry (straight_instances.rs). So the task is started at
//! most once, into a local of its own, as at the function's top. Whatever awaits it may be skipped by
//! an exception raised between the two (`await other()` that raises), so `asyncio.run`'s end always
//! cancels it where it was started (`StartedWhere::Maybe`: its future is still 0 when an earlier
//! exception skipped the line) and waits for its end, as Python's `asyncio.run` cancels the tasks
//! still pending: of a task that has ended, the cancel does nothing, as `Task.cancel()` of a done task
//! does nothing. A task started by a coroutine other than `asyncio.run`'s is refused there (its end
//! cannot name it), as a task that coroutine does not await is.
//!
//! Refused as before (a local bound once is needed, and reads where Python's name is bound): a name
//! bound elsewhere too, a global, a `try:` inside an inlined function that returns before its end,
//! and a task whose name a handler, a `finally:` or the code after a `try` whose handler goes on reads:
//! an exception raised before the line leaves the name unbound there in Python (UnboundLocalError).

use ruff_python_ast::Expr;

use super::coroutines::Start;
use super::{Frame, Result, Translator, fail};

impl Translator<'_> {
    /// Whether `name = value`, which starts the coroutine task `start` inside `frame.dynamic`'s levels,
    /// is on the straight path of `try:` bodies only (then the binding is allowed as it stands).
    pub(super) fn straight_task_binding(
        &self,
        frame: &Frame,
        name: &str,
        value: &Expr,
        start: &Start<'_>,
    ) -> Result<bool> {
        let asyncio_task = start.coroutine && start.executor.is_none() && start.group.is_none();
        if !asyncio_task
            || frame.dynamic == 0
            || frame.early_return.is_some()
            || frame.rebound.contains(name)
            || frame.globals_declared.contains(name)
            || self.is_global_target(frame, name)
        {
            return Ok(false);
        }
        let (levels, read_after_an_exception) = self.straight_levels_around(frame, name);
        if levels != frame.dynamic {
            return Ok(false);
        }
        if read_after_an_exception {
            return fail(
                value,
                format!(
                    "a task made inside a `try:` body and read in its `except` or `finally:`, or after a `try` whose handler goes on, is not supported: an exception raised before this line leaves `{name}` unbound there in Python (UnboundLocalError), where weft would read a task that was never started; make it before the `try`"
                ),
            );
        }
        Ok(true)
    }
}
