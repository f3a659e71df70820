//! `return a if c else b` whose branch the translator refused there (`return jobs.popleft() if jobs
//! else None`: a `popleft` has a step of its own, which a conditional expression's branch cannot hold):
//! rewritten, after the refusal, as `if c: return a` / `else: return b` and translated again. Python
//! evaluates the test, then only the branch it picks, and returns it: the same as the statement form.
//! Only a `return` whose refusal falls inside a branch is rewritten, so programs the translator took
//! before are never changed.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::blocks::Classes;

/// Rewrites the `return a if c else b` whose branch holds `offset` (a refusal's place) as an `if`
/// statement; false when there is none.
pub fn split_conditional_return_at(body: &mut ast::Suite, offset: usize) -> bool {
    crate::blocks::rewrite_statement_at(body, offset, Classes::Entered, |block, index| {
        let Some(split) = split(&block[index], offset) else { return false };
        block[index] = split;
        true
    })
}

/// The `if` statement for `stmt` when it is such a `return` with `offset` in a branch.
fn split(stmt: &Stmt, offset: usize) -> Option<Stmt> {
    let Stmt::Return(ast::StmtReturn { value: Some(value), range, .. }) = stmt else { return None };
    let Expr::If(conditional) = &**value else { return None };
    let inside = |expr: &Expr| expr.range().start().to_usize() <= offset && offset < expr.range().end().to_usize();
    if !inside(&conditional.body) && !inside(&conditional.orelse) {
        return None;
    }
    let returning = |value: &Expr| {
        Stmt::Return(ast::StmtReturn {
            node_index: ast::AtomicNodeIndex::default(),
            range: *range,
            value: Some(Box::new(value.clone())),
        })
    };
    Some(Stmt::If(ast::StmtIf {
        node_index: ast::AtomicNodeIndex::default(),
        range: *range,
        test: conditional.test.clone(),
        body: vec![returning(&conditional.body)].into(),
        elif_else_clauses: vec![ast::ElifElseClause {
            node_index: ast::AtomicNodeIndex::default(),
            range: *range,
            test: None,
            body: vec![returning(&conditional.orelse)].into(),
        }],
    }))
}
