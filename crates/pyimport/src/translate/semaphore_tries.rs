//! A `try` inside `with sem:` / `async with sem:` on a semaphore (session19/a03's `try`/`finally`).
//! The import writes a semaphore's `with` as `acquire`, the body, `release` (translate.rs
//! `with_items`; a `return` inside releases first), so an exception leaving the body would skip the
//! `release` and keep the unit, where Python's `__exit__` gives it back. A `try` there is therefore
//! wrapped in one more: what escapes it (an exception its handlers do not catch, CancelledError
//! included) releases every semaphore of the function's `with` blocks around it, innermost first, and
//! is raised again, as leaving those `with` blocks does. That is right only when no other `try` of the
//! function lies between the `try` and the `with` blocks (such a `try` may catch the exception while a
//! `with` around it still holds its unit), so a `try` inside the semaphore's `with` may not hold
//! another.

use ruff_python_ast::{self as ast, Stmt};

use super::{Frame, Result, Step, Translator, fail};
use crate::out::Node;

impl Translator<'_> {
    /// Refuses a `try` inside a semaphore's `with` that holds another `try` (see the module's comment).
    pub(super) fn refuse_nested_try_in_semaphore_with(&self, frame: &Frame, attempt: &ast::StmtTry) -> Result<()> {
        if frame.cleanups.is_empty() {
            return Ok(());
        }
        let parts = [&attempt.body, &attempt.orelse, &attempt.finalbody];
        let handlers = attempt.handlers.iter().map(|handler| match handler {
            ast::ExceptHandler::ExceptHandler(handler) => &handler.body,
        });
        if parts.into_iter().chain(handlers).any(|block| contains_try(block)) {
            return fail(
                &attempt.range,
                "a `try` inside `with` on a semaphore that holds another `try` is not supported (which `try` catches decides whether the semaphore is released); move the inner `try` into a function",
            );
        }
        Ok(())
    }

    /// The steps `translated` of a `try`, made inside a semaphore's `with`: wrapped so that an exception
    /// they let out releases the function's semaphores around them and goes on (see the module's
    /// comment). Outside such a `with`, `translated` themselves.
    pub(super) fn releasing_semaphores_on_the_way_out(
        &self,
        frame: &Frame,
        translated: Vec<Step>,
        line: u32,
    ) -> Vec<Step> {
        if frame.cleanups.is_empty() {
            return translated;
        }
        let mut handler: Vec<Step> = frame.cleanups.iter().rev().map(|(_, release)| release.clone()).collect();
        handler.push(Step::word("reraise", line));
        let every_class = vec![("classes", Node::Plain("[BaseException]".to_string())), ("do", Node::Steps(handler))];
        vec![Step::new(
            "try",
            Node::Map(vec![("do", Node::Steps(translated)), ("except", Node::Clauses(vec![every_class]))]),
            line,
        )]
    }
}

/// Whether a block holds a `try` anywhere (functions defined inside excepted: they run elsewhere).
fn contains_try(block: &[Stmt]) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    struct Walk(bool);
    impl<'a> Visitor<'a> for Walk {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Try(_) => self.0 = true,
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut walk = Walk(false);
    walk.visit_body(block);
    walk.0
}
