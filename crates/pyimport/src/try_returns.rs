//! `return` as the last statement of a `try:` body or of one of its `except` handlers, in a `try` with
//! `finally:` that the scenario's `try` step must hold (a handler, a body that may raise): the step
//! skips its `finally` on a jump, so the translator refuses the `return` there (exceptions.rs). Session
//! 26 (session25/a09: `return name` at the end of a coroutine's `try`, `except CancelledError: ...;
//! raise`, `finally: events.append(...)`). Rewritten, after that refusal, as Python runs it:
//!
//! ```python
//! returning = False
//! try:
//!     ...
//!     returned = value        # was `return value`: evaluated where Python evaluates it
//!     returning = True
//! except ...:
//!     ...
//! finally:
//!     ...
//! if returning:
//!     return returned
//! ```
//!
//! The value is evaluated in the `try` (an exception there goes to the handlers, as Python's does),
//! the `finally:` runs on every way out as before, and the function returns after it; a handler or
//! body that does not reach its `return` leaves `returning` False and goes on after the `try`, as
//! Python's does. Only where exact: the `try` has no `else:` (a `return` at the body's end skips it),
//! and the `return` ends its block: its last statement, or the last of a branch of an `if` that is
//! the last statement (recursively), so that nothing of the block runs after it (not in a loop, a
//! `with` or an inner `try` of it).

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::blocks::Classes;

/// Rewrites the `try` whose body or handler ends with the `return` at `offset` (a refusal's place);
/// false when there is none of that form.
pub fn rewrite_return_through_finally_at(body: &mut ast::Suite, offset: usize) -> bool {
    let mut taken = crate::syntax::module_names(body);
    crate::blocks::rewrite_scoped_statement_at(
        body,
        (offset, Classes::Entered),
        &BTreeSet::new(),
        &function_locals,
        &mut |block, index, locals| {
            let Stmt::Try(attempt) = &block[index] else { return false };
            let Some(rewritten) = rewritten_try(attempt, offset, &mut taken, locals) else { return false };
            block.splice(index..=index, rewritten);
            true
        },
    )
}

/// The names a `def` binds (its parameters among them): the locals around the statements of its body.
fn function_locals(stmt: &Stmt, _: &BTreeSet<String>) -> Option<BTreeSet<String>> {
    let Stmt::FunctionDef(def) = stmt else { return None };
    let mut function_locals = bound_names(&def.body);
    function_locals.extend(def.parameters.iter().map(|parameter| parameter.name().to_string()));
    Some(function_locals)
}

/// The names `body` binds (`x = ...`, `for x in`, `as x`...), nested functions' own left out.
fn bound_names(body: &[Stmt]) -> BTreeSet<String> {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    struct Bound(BTreeSet<String>);
    impl<'a> Visitor<'a> for Bound {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(def) => {
                    self.0.insert(def.name.to_string());
                }
                Stmt::ClassDef(class) => {
                    self.0.insert(class.name.to_string());
                }
                Stmt::Global(_) | Stmt::Nonlocal(_) => {}
                _ => walk_stmt(self, stmt),
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr
                && name.ctx == ast::ExprContext::Store
            {
                self.0.insert(name.id.to_string());
            }
            walk_expr(self, expr);
        }
        fn visit_except_handler(&mut self, handler: &'a ast::ExceptHandler) {
            let ast::ExceptHandler::ExceptHandler(inner) = handler;
            if let Some(name) = &inner.name {
                self.0.insert(name.to_string());
            }
            ruff_python_ast::visitor::walk_except_handler(self, handler);
        }
    }
    let mut bound = Bound(BTreeSet::new());
    bound.visit_body(body);
    bound.0
}

/// Whether `value`, read after the `finally:` instead of before it, is the same: a literal, or a local
/// of the function that the `finally:` does not bind (no other task can bind a function's local).
fn same_after_finally(value: &Expr, finalbody: &[Stmt], locals: &BTreeSet<String>) -> bool {
    match value {
        Expr::Name(name) => {
            let name = name.id.as_str();
            locals.contains(name) && !bound_names(finalbody).contains(name) && !declares_shared(finalbody, name)
        }
        other => crate::syntax::is_constant(other),
    }
}

/// Whether `body` declares `name` `global` or `nonlocal` (then it is no local of the function).
fn declares_shared(body: &[Stmt], name: &str) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::Global(declared) => declared.names.iter().any(|declared| declared.as_str() == name),
        Stmt::Nonlocal(declared) => declared.names.iter().any(|declared| declared.as_str() == name),
        _ => false,
    })
}

fn contains(range: TextRange, offset: usize) -> bool {
    range.start().to_usize() <= offset && offset < range.end().to_usize()
}

/// The three statements for `attempt` when the `return` at `offset` ends its body or a handler.
fn rewritten_try(
    attempt: &ast::StmtTry,
    offset: usize,
    taken: &mut BTreeSet<String>,
    locals: &BTreeSet<String>,
) -> Option<Vec<Stmt>> {
    if attempt.finalbody.is_empty() || !attempt.orelse.is_empty() {
        return None;
    }
    let finalbody = attempt.finalbody.clone();
    let mut attempt = attempt.clone();
    let mut parts: Vec<&mut ast::Suite> = vec![&mut attempt.body];
    for handler in attempt.handlers.iter_mut() {
        let ast::ExceptHandler::ExceptHandler(handler) = handler;
        parts.push(&mut handler.body);
    }
    let returning = crate::syntax::fresh_name("returning", taken);
    let part = parts.into_iter().find_map(|part| tail_block_returning_at(part, offset, &returning))?;
    let Some(Stmt::Return(returned)) = part.pop() else { return None };
    let range = returned.range;
    let returned_value = returned.value.clone().unwrap_or_else(|| Box::new(none(range)));
    // A literal or a local the `finally:` leaves alone is returned as written; any other value is
    // evaluated where Python evaluates it, into a local of its own.
    let at_the_start = TextRange::empty(attempt.range.start());
    let mut starts = vec![assign(&returning, boolean(false, at_the_start), at_the_start)];
    let value_after = if same_after_finally(&returned_value, &finalbody, locals) {
        *returned_value
    } else {
        let value = crate::syntax::fresh_name("returned", taken);
        part.push(assign(&value, *returned_value, range));
        // Bound on every path, as the translator needs: read only where `returning` is true.
        starts.push(assign(&value, none(at_the_start), at_the_start));
        crate::syntax::name(&value, range, ast::ExprContext::Load)
    };
    part.push(assign(&returning, boolean(true, range), range));
    let return_after = Stmt::Return(ast::StmtReturn {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        value: Some(Box::new(value_after)),
    });
    let if_returning = Stmt::If(ast::StmtIf {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        test: Box::new(crate::syntax::name(&returning, range, ast::ExprContext::Load)),
        body: vec![return_after].into(),
        elif_else_clauses: Vec::new(),
    });
    // The flags start empty, at the `try`'s start: a later refusal inside the `try` finds the `try`.
    starts.extend([Stmt::Try(attempt), if_returning]);
    Some(starts)
}

/// The block that ends with a `return` where that `return` ends `part` too, the statement at `offset`
/// (the refusal's: the `return`, or the `if` around it) being `part`'s last: `part` itself, or a branch
/// of an `if` that ends `part` (recursively). Going on after such a block, once the `return` is gone,
/// reaches the end of `part` and nothing else, as the `return` leaves it.
/// An `if` whose branch returns with statements after it in `part` (session27/a09's `if item is None:
/// return`, then the work; session 28): those statements run only `if not returning:`, so that going
/// on after the branch reaches the end of `part` as well.
fn tail_block_returning_at<'p>(part: &'p mut ast::Suite, offset: usize, returning: &str) -> Option<&'p mut ast::Suite> {
    // The last such statement: `return await aw` is written out as two statements that both carry the
    // `return`'s range (return_await.rs), `awaited = await aw` and `return awaited`.
    let position = part.iter().rposition(|stmt| contains(stmt.range(), offset))?;
    if position + 1 == part.len() {
        return tail_block_returning(part);
    }
    if !matches!(part[position], Stmt::If(_)) {
        return None;
    }
    let rest: Vec<Stmt> = part.drain(position + 1..).collect();
    let range = rest[0].range();
    part.push(Stmt::If(ast::StmtIf {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        test: Box::new(not(crate::syntax::name(returning, range, ast::ExprContext::Load), range)),
        body: rest.into(),
        elif_else_clauses: Vec::new(),
    }));
    let Stmt::If(branching) = &mut part[position] else { return None };
    if_branch_returning(branching)
}

fn tail_block_returning(block: &mut ast::Suite) -> Option<&mut ast::Suite> {
    if matches!(block.last(), Some(Stmt::Return(_))) {
        return Some(block);
    }
    let Some(Stmt::If(branching)) = block.last_mut() else { return None };
    if_branch_returning(branching)
}

/// The block of a branch of `branching` that ends with a `return` (recursively).
fn if_branch_returning(branching: &mut ast::StmtIf) -> Option<&mut ast::Suite> {
    let branches = std::iter::once(&mut branching.body)
        .chain(branching.elif_else_clauses.iter_mut().map(|clause| &mut clause.body));
    branches.into_iter().find_map(tail_block_returning)
}

/// `not operand`.
fn not(operand: Expr, range: TextRange) -> Expr {
    Expr::UnaryOp(ast::ExprUnaryOp {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        op: ast::UnaryOp::Not,
        operand: Box::new(operand),
    })
}

fn assign(target: &str, value: Expr, range: TextRange) -> Stmt {
    Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        targets: vec![crate::syntax::name(target, range, ast::ExprContext::Store)],
        value: Box::new(value),
    })
}

fn boolean(value: bool, range: TextRange) -> Expr {
    Expr::BooleanLiteral(ast::ExprBooleanLiteral { node_index: ast::AtomicNodeIndex::default(), range, value })
}

fn none(range: TextRange) -> Expr {
    Expr::NoneLiteral(ast::ExprNoneLiteral { node_index: ast::AtomicNodeIndex::default(), range })
}
