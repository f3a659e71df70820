//! `print("states", ["cancelled" if f.cancelled() else f.result() for f in futs])` (session22/f05): a
//! comprehension inside the arguments of a call weft does not model, whose element is a conditional
//! expression that waits in a branch. The printed text is not kept, so what the comprehension does is
//! the waits (and the exceptions a `result()` raises again): the loop it means, the conditional as the
//! `if` statement Python's evaluation of it is (`for f in futs: if f.cancelled(): "cancelled" else:
//! f.result()`: the test, then only the branch it picks), which the translator takes as any loop over
//! futures (the test a future's state, future_states.rs; a `result()` guarded by `not cancelled()`).
//! Taken where each branch is a constant, the comprehension's variable, or a wait of the variable
//! (`f.result()`, `f.exception()`, or `str`/`repr` of one, which cannot raise on a job's result); any
//! other branch keeps the refusal of argument_waits.rs. The same for an element that is only the wait
//! (`print("first", [f.result() for f in done])`, session25/f02) over an iterable that is no list of
//! futures (a `wait`'s `done`): the loop, which the translator's `for` takes or refuses.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

/// The `if` statement the element `a if test else b` of `comprehension` means, where each branch is a
/// constant, the variable, or a wait of the comprehension's one variable; `None` otherwise.
pub(super) fn conditional_wait_element(comprehension: &ast::ExprListComp) -> Option<Stmt> {
    let [generator] = &comprehension.generators[..] else { return None };
    let Expr::Name(variable) = &generator.target else { return None };
    let Expr::If(conditional) = &*comprehension.elt else { return None };
    let plain_branch = |branch: &Expr| {
        crate::syntax::is_constant(branch)
            || matches!(branch, Expr::Name(name) if name.id == variable.id)
            || waits_for(text_argument(branch).unwrap_or(branch), variable.id.as_str())
    };
    let waits = waits_for(text_argument(&conditional.body).unwrap_or(&conditional.body), variable.id.as_str())
        || waits_for(text_argument(&conditional.orelse).unwrap_or(&conditional.orelse), variable.id.as_str());
    if generator.is_async || !waits || !plain_branch(&conditional.body) || !plain_branch(&conditional.orelse) {
        return None;
    }
    let statement = |value: &Expr| {
        Stmt::Expr(ast::StmtExpr {
            node_index: Default::default(),
            range: value.range(),
            value: Box::new(value.clone()),
        })
    };
    Some(Stmt::If(ast::StmtIf {
        node_index: Default::default(),
        range: conditional.range,
        test: conditional.test.clone(),
        body: vec![statement(&conditional.body)].into(),
        elif_else_clauses: vec![ast::ElifElseClause {
            node_index: Default::default(),
            range: conditional.orelse.range(),
            test: None,
            body: vec![statement(&conditional.orelse)].into(),
        }],
    }))
}

/// Whether the element of `comprehension` is a wait of its one variable (`f.result()`, `str(f.result())`)
/// over an iterable the translator's `for` decides on (`[f.result() for f in done]` of a `wait`'s
/// `done`: a loop over a set the translator walks only where the order cannot matter, or refuses).
pub(super) fn plain_wait_element(comprehension: &ast::ExprListComp) -> bool {
    let [generator] = &comprehension.generators[..] else { return false };
    let Expr::Name(variable) = &generator.target else { return false };
    let element = text_argument(&comprehension.elt).unwrap_or(&comprehension.elt);
    !generator.is_async && generator.ifs.is_empty() && waits_for(element, variable.id.as_str())
}

/// Whether `expr` is `variable.result()` or `variable.exception()` without arguments.
fn waits_for(expr: &Expr, variable: &str) -> bool {
    let Expr::Call(call) = expr else { return false };
    let Expr::Attribute(method) = &*call.func else { return false };
    call.arguments.is_empty()
        && matches!(method.attr.as_str(), "result" | "exception")
        && matches!(&*method.value, Expr::Name(name) if name.id.as_str() == variable)
}

/// The one argument of `str(x)` or `repr(x)`.
fn text_argument(expr: &Expr) -> Option<&Expr> {
    let Expr::Call(call) = expr else { return None };
    let text = matches!(&*call.func, Expr::Name(name) if matches!(name.id.as_str(), "str" | "repr"));
    match (&call.arguments.args[..], &call.arguments.keywords[..]) {
        ([argument], []) if text => Some(argument),
        _ => None,
    }
}
