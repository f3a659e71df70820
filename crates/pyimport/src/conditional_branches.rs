//! A conditional expression whose branch holds a call the translator refused inside an expression
//! (session32/a06: `done.append((name, jobs.pop() if jobs else "nothing"))`), written out before the
//! statement as the `if` statement Python's expression is: `if jobs: picked = jobs.pop()` / `else:
//! picked = "nothing"`, and the statement reads `picked`. CPython evaluates the test, then the one
//! branch it picks, exactly once, where the expression stands; hoisting.rs moves it only when what the
//! statement evaluates before it cannot change in between (as for any call it moves). The branches'
//! own calls then go to lines of their own inside their branch, where each is evaluated only when picked.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

/// `if test: local = body` / `else: local = orelse`, over the conditional's ranges.
pub fn branches_as_if(conditional: &ast::ExprIf, local: &str) -> Stmt {
    let bind = |value: &Expr| {
        Stmt::Assign(ast::StmtAssign {
            node_index: ast::AtomicNodeIndex::default(),
            range: value.range(),
            targets: vec![crate::syntax::name(local, value.range(), ast::ExprContext::Store)],
            value: Box::new(value.clone()),
        })
    };
    Stmt::If(ast::StmtIf {
        node_index: ast::AtomicNodeIndex::default(),
        range: conditional.range,
        test: conditional.test.clone(),
        body: vec![bind(&conditional.body)].into(),
        elif_else_clauses: vec![ast::ElifElseClause {
            node_index: ast::AtomicNodeIndex::default(),
            range: conditional.orelse.range(),
            test: None,
            body: vec![bind(&conditional.orelse)].into(),
        }],
    })
}
