//! `break`, `continue` or `return` inside a `try:` whose `finally:` releases what the body took
//! (`lock.acquire()`, then `try: ... return item finally: lock.release()`), session 20.
//!
//! The scenario's `try` step skips its `finally` on a jump (docs/format.md refuses the jump there), so
//! this form is taken only where the `try` keeps its steps in line (no handler, a body that raises
//! nothing: `try_statement`'s own path): the `finally:` block's steps are written once where the body
//! ends, and again before each jump that leaves the `try`, as a `with` of a semaphore writes its
//! release (`Frame::cleanups`, with the depth of the loops the jump leaves). A `return` sets its
//! value before them, as Python evaluates it before the `finally` runs. A body that may still raise
//! as Python raises itself (`int(text)`) runs them in a handler too (faulting_finally.rs).
//!
//! Refused at the `try`: a `finally:` that binds names or jumps itself (its steps are translated once,
//! where the `try` starts), and, in a task's own function, a `return` whose value is no literal or
//! name (the format's `return` step computes it after the steps of the `finally`).

use ruff_python_ast::visitor::{Visitor, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, Result, Translator, collect_assigned, contains_jump, contains_return, fail};
use crate::out::Step;

/// Whether `body` (a `try:`'s) may leave the `try` by a jump: a `break` or `continue` of a loop around
/// the `try`, or a `return` anywhere in it, in its loops too (before session 20 a `return` inside a loop
/// of the body was missed: the `finally` was skipped, a lock taken by hand stayed held, and the search
/// said "complete" over deadlocks CPython never reaches).
pub(super) fn jumps_out_of(body: &[Stmt]) -> bool {
    contains_jump(body) || contains_return(body)
}

/// In a `try` with `finally:` that needs the scenario's `try` step (a handler, an `else:`, a body that
/// may raise), the first statement of its body, `else:` or a handler that holds a jump leaving it:
/// the scenario's `try` skips its `finally` on a jump (the loader refuses it), so the import refuses
/// it at that statement (session 20's r02: a `return` in the `except` was weft's own error before).
pub(super) fn part_jumping_through_finally(attempt: &ast::StmtTry) -> Option<&Stmt> {
    if attempt.finalbody.is_empty() {
        return None;
    }
    let handlers = attempt.handlers.iter().map(|handler| match handler {
        ast::ExceptHandler::ExceptHandler(handler) => &handler.body[..],
    });
    std::iter::once(&attempt.body[..])
        .chain(handlers)
        .chain(std::iter::once(&attempt.orelse[..]))
        .flat_map(|part| part.iter())
        .find(|stmt| jumps_out_of(std::slice::from_ref(*stmt)))
}

/// In a `try` with `finally:` that needs the scenario's `try` step, the first statement of the
/// `finally:` that holds a jump leaving it: CPython's jump there drops the exception the `try` may be
/// raising, which the scenario's `try` step does not do (the loader refused it: weft's own "does not
/// load" before session 28, session17/checks/c58).
pub(super) fn jump_inside_finally(attempt: &ast::StmtTry) -> Option<&Stmt> {
    attempt.finalbody.iter().find(|stmt| jumps_out_of(std::slice::from_ref(*stmt)))
}

impl Translator<'_> {
    /// `try: BODY finally: FINAL` kept in line, where BODY jumps out: FINAL's steps before each jump
    /// and after BODY.
    pub(super) fn finally_before_jumps(
        &mut self,
        frame: &mut Frame,
        attempt: &ast::StmtTry,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<()> {
        self.check_finally_taken_once(frame, attempt)?;
        let mut on_the_way_out = Vec::new();
        self.block(frame, &attempt.finalbody, &mut on_the_way_out, next_line)?;
        let depth = frame.loops.len();
        let before = frame.cleanups.len();
        // Cleanups are written last first: pushed in reverse, the `finally`'s steps come out in order.
        frame.cleanups.extend(on_the_way_out.iter().rev().map(|step| (depth, step.clone())));
        self.finally_depth += 1;
        let mut body = Vec::new();
        let translated = self.block(frame, &attempt.body, &mut body, next_line);
        self.finally_depth -= 1;
        frame.cleanups.truncate(before);
        translated?;
        out.extend(self.finally_kept_on_faults_with_jumps(body, on_the_way_out, self.line(attempt)));
        Ok(())
    }

    fn check_finally_taken_once(&self, frame: &Frame, attempt: &ast::StmtTry) -> Result<()> {
        let mut assigned = std::collections::BTreeSet::new();
        let mut declared = std::collections::BTreeSet::new();
        collect_assigned(&attempt.finalbody, &mut assigned, &mut declared);
        if !assigned.is_empty() || contains_jump(&attempt.finalbody) {
            return fail(
                &attempt.range,
                "`break`, `continue` or `return` inside `try:` is supported where its `finally:` only calls (`lock.release()`, `log.append(x)`): this `finally:` binds a name or jumps itself",
            );
        }
        if frame.early_return.is_some() {
            return Ok(());
        }
        let mut returns = ReturnedValues(Vec::new());
        returns.visit_body(&attempt.body);
        let read_later = |value: &&&Expr| match **value {
            Expr::Name(name) => {
                self.globals.contains_key(name.id.as_str()) && !frame.function_locals.contains(name.id.as_str())
            }
            Expr::StringLiteral(_) | Expr::NumberLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) => false,
            _ => true,
        };
        if let Some(value) = returns.0.iter().find(read_later) {
            return fail(
                *value,
                "`return` of a computed value or a global inside `try:`/`finally:` in a thread's, job's or task's own function is not supported (Python computes it before the `finally:` runs); return a local or a literal, or compute it into a local first",
            );
        }
        Ok(())
    }
}

/// The values of the `return`s of a block (not inside a nested `def` or `class`).
struct ReturnedValues<'a>(Vec<&'a Expr>);

impl<'a> Visitor<'a> for ReturnedValues<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
            Stmt::Return(ast::StmtReturn { value: Some(value), .. }) => self.0.push(value),
            _ => walk_stmt(self, stmt),
        }
    }
}
