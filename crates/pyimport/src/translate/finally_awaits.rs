//! A task awaited in the `finally:` of a `try` on a coroutine's straight path (session37/repro/r12, the
//! held-out session37/a02_shield_commit's `finally`):
//!
//! ```python
//! task = asyncio.create_task(commit())
//! try:
//!     await asyncio.wait_for(asyncio.shield(task), timeout=0.001)
//! except asyncio.TimeoutError:
//!     log.append("timeout")
//! finally:
//!     await task                      # or: if not task.done(): await task
//! ```
//!
//! A `finally:` runs on every way out of its `try`, so a task it awaits (at its top, not inside a loop or
//! another `if`) has ended when the coroutine goes past the `try`, as after an `await` on the straight
//! path: `asyncio.run`'s end has nothing of it to cancel. Its translation sits inside the scenario's `try`
//! step, where the import counts nothing as awaited (the parts of a `try` may not run), so the `try`'s
//! end notes it. `if not task.done(): await task` ends the same way: a task already done needs no wait.
//! An exception out of the `await` (the task failed, or the coroutine was cancelled while waiting) leaves
//! the coroutine as a plain `await` does.

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, Translator};
use crate::expr::Ex;
use crate::value::Value;

impl Translator<'_> {
    /// After a `try` on the straight path of a coroutine (`frame.dynamic` back to 0): the tasks its
    /// `finally:` awaits on every way through it, counted as awaited by the coroutine.
    pub(super) fn note_finally_awaits(&mut self, frame: &Frame, attempt: &ast::StmtTry) {
        if !frame.coroutine || frame.dynamic != 0 {
            return;
        }
        for stmt in &attempt.finalbody {
            let Some(awaited) = awaited_on_every_way(stmt) else { continue };
            if let Ok(Ex::Static(Value::Future(future))) = self.expr(frame, awaited, false)
                && self.started_task(frame.task, &future)
            {
                self.note_task_awaited(frame.task, future);
            }
        }
    }
}

/// The name `stmt` awaits whenever it runs: `await task`, or `if not task.done(): await task` (a task
/// that is done needs no wait), no `else`.
fn awaited_on_every_way(stmt: &Stmt) -> Option<&Expr> {
    match stmt {
        Stmt::Expr(statement) => awaited_name(&statement.value),
        Stmt::If(test) if test.elif_else_clauses.is_empty() && test.body.len() == 1 => {
            let Stmt::Expr(statement) = &test.body[0] else { return None };
            let awaited = awaited_name(&statement.value)?;
            asks_not_done(&test.test, awaited).then_some(awaited)
        }
        _ => None,
    }
}

/// `await NAME`: the name.
fn awaited_name(value: &Expr) -> Option<&Expr> {
    let Expr::Await(awaited) = value else { return None };
    matches!(&*awaited.value, Expr::Name(_)).then_some(&*awaited.value)
}

/// Whether `test` is `not NAME.done()` of the same `NAME` as `awaited`.
fn asks_not_done(test: &Expr, awaited: &Expr) -> bool {
    let Expr::UnaryOp(ast::ExprUnaryOp { op: ast::UnaryOp::Not, operand, .. }) = test else { return false };
    let Expr::Call(call) = &**operand else { return false };
    let Expr::Attribute(attribute) = &*call.func else { return false };
    let (Expr::Name(asked), Expr::Name(awaited)) = (&*attribute.value, awaited) else { return false };
    attribute.attr.as_str() == "done" && call.arguments.is_empty() && asked.id == awaited.id
}
