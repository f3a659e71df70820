//! A coroutine's `for` over items known at import time (a `range` of constants, a list or tuple
//! display, a module constant) whose body starts an asyncio task: `for i in range(3): t =
//! asyncio.create_task(work(i))`, then `await t`, `results.append(await t)` or nothing (session 35).
//!
//! The loop is unrolled, as a loop that submits to an executor or makes threads is (`needs_unroll`):
//! each pass starts a task of its own into a local of its own (`t`, `t_2`, `t_3`), so the name holds
//! this pass's task in the statements after it and the last pass's after the loop, as Python rebinds
//! it, and `asyncio.run`'s end cancels each one left pending by its own local. Run as a loop of the
//! scenario (`repeat`), one local would hold every pass's task, which the loop's end cannot follow:
//! that stays refused where the count is known only at run time (a `while`, a `for` over a list made
//! when the program runs: "a future or task made inside an `if`, a loop or a `try` the scenario runs
//! ... cannot be followed to ... the event loop's end").

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, Translator};

impl Translator<'_> {
    /// Whether `looping` runs in a coroutine over items known at import time and a statement of its
    /// body (or of a `try:` body or `with` block in it, not of an `if` or a loop) starts an asyncio
    /// task: `asyncio.create_task(c(...))` or `asyncio.ensure_future(c(...))`, as a statement or bound
    /// to a name.
    pub(super) fn starts_a_task_per_pass(&self, frame: &Frame, looping: &ast::StmtFor) -> bool {
        frame.coroutine
            && looping.body.iter().any(|stmt| self.is_task_start_statement(frame, stmt))
            && self.static_iteration(frame, &looping.iter).is_ok()
    }

    fn is_task_start_statement(&self, frame: &Frame, stmt: &Stmt) -> bool {
        let value = match stmt {
            Stmt::Expr(statement) => &*statement.value,
            Stmt::Assign(assign) if matches!(&assign.targets[..], [Expr::Name(_)]) => &*assign.value,
            // On the straight path of a `try:` body or a `with` block (straight_tasks.rs).
            Stmt::Try(attempt) => return attempt.body.iter().any(|inner| self.is_task_start_statement(frame, inner)),
            Stmt::With(with) => return with.body.iter().any(|inner| self.is_task_start_statement(frame, inner)),
            _ => return false,
        };
        let Expr::Call(call) = value else { return false };
        matches!(self.module_callee(frame, call).as_deref(), Some("asyncio.create_task" | "asyncio.ensure_future"))
    }
}
