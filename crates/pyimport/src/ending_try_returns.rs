//! A function that ends with a `try:` whose body and handlers each end with `return` (or `raise`), after
//! the translator refused a future or task made in it because the function returns before its end
//! (session25/a03: `write = asyncio.ensure_future(...)`, then `try: return await wait_for(shield(write),
//! t)` / `except TimeoutError: ...; return await write`). Rewritten, after that refusal, as Python runs
//! it:
//!
//! ```python
//! try:
//!     ...
//!     returned = value        # was `return value`: evaluated where Python evaluates it
//! except ...:
//!     ...
//!     returned = other
//! return returned
//! ```
//!
//! With no `else:` and no `finally:`, leaving the `try` at the end of its body or of a handler goes
//! straight to the `return` after it, and every way that reaches it has bound the value (a block that
//! ends with `raise` never reaches it; an exception no handler takes leaves the function as before).
//! Only where exact: the function has no other `return` (outside the functions it defines), so it now
//! returns once, at its end, which the translator follows.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_stmt};
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// Rewrites the innermost function around `offset` (a refusal's place) when it is of that form; false
/// when it is not.
pub fn rewrite_ending_try_returns_at(body: &mut ast::Suite, offset: usize) -> bool {
    let mut taken = crate::syntax::module_names(body);
    let Some(def) = innermost_function(body, offset) else { return false };
    rewrite_function(def, &mut taken)
}

pub(crate) fn innermost_function(body: &mut [Stmt], offset: usize) -> Option<&mut ast::StmtFunctionDef> {
    let stmt = body.iter_mut().find(|stmt| contains(stmt.range(), offset))?;
    match stmt {
        Stmt::FunctionDef(def) => {
            let inner_holds = def.body.iter().any(|inner| holds_function_at(inner, offset));
            match inner_holds {
                true => innermost_function(&mut def.body, offset),
                false => Some(def),
            }
        }
        Stmt::ClassDef(class) => innermost_function(&mut class.body, offset),
        other => crate::blocks::nested_blocks(other)
            .into_iter()
            .find(|block| block.iter().any(|inner| contains(inner.range(), offset)))
            .and_then(|block| innermost_function(block, offset)),
    }
}

/// Whether a function defined in `stmt` (or in a block of it) holds `offset`.
fn holds_function_at(stmt: &Stmt, offset: usize) -> bool {
    if !contains(stmt.range(), offset) {
        return false;
    }
    match stmt {
        Stmt::FunctionDef(_) | Stmt::ClassDef(_) => true,
        other => {
            crate::blocks::nested_blocks_of(other).into_iter().flatten().any(|inner| holds_function_at(inner, offset))
        }
    }
}

fn rewrite_function(def: &mut ast::StmtFunctionDef, taken: &mut BTreeSet<String>) -> bool {
    let Some(Stmt::Try(attempt)) = def.body.last() else { return false };
    if !attempt.orelse.is_empty() || !attempt.finalbody.is_empty() {
        return false;
    }
    let parts = || {
        std::iter::once(&attempt.body).chain(attempt.handlers.iter().map(|handler| {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            &handler.body
        }))
    };
    let ends_leaving = parts().all(|part| matches!(part.last(), Some(Stmt::Return(_) | Stmt::Raise(_))));
    let tail_returns = parts().filter(|part| matches!(part.last(), Some(Stmt::Return(_)))).count();
    if !ends_leaving || tail_returns == 0 || count_returns(&def.body) != tail_returns {
        return false;
    }
    let returned = crate::syntax::fresh_name("returned", taken);
    let Some(Stmt::Try(attempt)) = def.body.last_mut() else { return false };
    let range = attempt.range;
    let mut parts: Vec<&mut ast::Suite> = vec![&mut attempt.body];
    for handler in attempt.handlers.iter_mut() {
        let ast::ExceptHandler::ExceptHandler(handler) = handler;
        parts.push(&mut handler.body);
    }
    for part in parts {
        let Some(Stmt::Return(tail)) = part.last_mut() else { continue };
        let value = tail.value.take().map_or_else(|| none(tail.range), |value| *value);
        let assigned = Stmt::Assign(ast::StmtAssign {
            node_index: ast::AtomicNodeIndex::default(),
            range: tail.range,
            targets: vec![crate::syntax::name(&returned, tail.range, ast::ExprContext::Store)],
            value: Box::new(value),
        });
        *part.last_mut().expect("a return ends it") = assigned;
    }
    let at_the_end = TextRange::empty(range.end());
    def.body.push(Stmt::Return(ast::StmtReturn {
        node_index: ast::AtomicNodeIndex::default(),
        range: at_the_end,
        value: Some(Box::new(crate::syntax::name(&returned, at_the_end, ast::ExprContext::Load))),
    }));
    true
}

/// The `return` statements of a function's body, those of the functions and classes it defines left out.
pub(crate) fn count_returns(body: &[Stmt]) -> usize {
    struct Returns(usize);
    impl<'a> Visitor<'a> for Returns {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Return(_) => self.0 += 1,
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut returns = Returns(0);
    returns.visit_body(body);
    returns.0
}

fn contains(range: TextRange, offset: usize) -> bool {
    range.start().to_usize() <= offset && offset < range.end().to_usize()
}

pub(crate) fn none(range: TextRange) -> ast::Expr {
    ast::Expr::NoneLiteral(ast::ExprNoneLiteral { node_index: ast::AtomicNodeIndex::default(), range })
}
