//! `results = list(pool.imap_unordered(f, items))` (session31/checks/k46), before pool_calls.rs: the
//! list of the results in the order the jobs finish, which is what the loop
//!
//! ```python
//! results = []
//! for weft_unordered_result in pool.imap_unordered(f, items):
//!     results.append(weft_unordered_result)
//! ```
//!
//! builds, and pool_calls.rs takes that loop (a loop over `as_completed` of the jobs). The two
//! statements take the place of the one, each with its range, so a report names the program's line.
//! Only a name as the target, in any block of the module or of its functions; the loop's variable is a
//! name the program cannot have written (`weft_` names are the import's own).

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

/// The loop's variable.
const RESULT: &str = "weft_unordered_result";

/// Rewrites every `name = list(p.imap_unordered(...))` in `body` and the blocks and functions in it.
pub(crate) fn rewrite_unordered_lists(body: &mut ast::Suite) {
    let mut index = 0;
    while index < body.len() {
        if let Some((first, second)) = unordered_list(&body[index]) {
            body[index] = first;
            body.insert(index + 1, second);
            index += 2;
            continue;
        }
        let stmt = &mut body[index];
        if let Stmt::FunctionDef(def) = stmt {
            rewrite_unordered_lists(&mut def.body);
        }
        for block in crate::blocks::nested_blocks(stmt) {
            rewrite_unordered_lists(block);
        }
        index += 1;
    }
}

/// `name = []` and the loop that appends each result, for `name = list(p.imap_unordered(...))`.
fn unordered_list(stmt: &Stmt) -> Option<(Stmt, Stmt)> {
    let Stmt::Assign(assign) = stmt else { return None };
    let [Expr::Name(target)] = &assign.targets[..] else { return None };
    let Expr::Call(listed) = &*assign.value else { return None };
    let is_list = matches!(&*listed.func, Expr::Name(function) if function.id.as_str() == "list");
    let ([mapped], []) = (&listed.arguments.args[..], &listed.arguments.keywords[..]) else { return None };
    let Expr::Call(call) = mapped else { return None };
    let unordered = matches!(&*call.func, Expr::Attribute(method) if method.attr.as_str() == "imap_unordered"
        && matches!(&*method.value, Expr::Name(_)));
    if !is_list || !unordered {
        return None;
    }
    let range = assign.range();
    let name = |id: &str, ctx| Expr::Name(ast::ExprName { node_index: Default::default(), range, id: id.into(), ctx });
    let empty = Stmt::Assign(ast::StmtAssign {
        node_index: Default::default(),
        range,
        targets: vec![Expr::Name(target.clone())],
        value: Box::new(Expr::List(ast::ExprList {
            node_index: Default::default(),
            range,
            elts: Vec::new(),
            ctx: ast::ExprContext::Load,
        })),
    });
    let append = Expr::Call(ast::ExprCall {
        node_index: Default::default(),
        range_start: range.start(),
        func: Box::new(Expr::Attribute(ast::ExprAttribute {
            node_index: Default::default(),
            range,
            value: Box::new(name(target.id.as_str(), ast::ExprContext::Load)),
            attr: ast::Identifier::new("append", range),
            ctx: ast::ExprContext::Load,
        })),
        arguments: ast::Arguments {
            node_index: Default::default(),
            range,
            args: vec![name(RESULT, ast::ExprContext::Load)].into_boxed_slice(),
            keywords: Default::default(),
        },
    });
    let looping = Stmt::For(ast::StmtFor {
        node_index: Default::default(),
        range,
        is_async: false,
        target: Box::new(name(RESULT, ast::ExprContext::Store)),
        iter: Box::new(mapped.clone()),
        body: vec![Stmt::Expr(ast::StmtExpr { node_index: Default::default(), range, value: Box::new(append) })].into(),
        orelse: Default::default(),
    });
    Some((empty, looping))
}
