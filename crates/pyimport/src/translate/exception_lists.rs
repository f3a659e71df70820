//! `errors = [f.exception() for f in futures]` (session21/f03): a list of the futures' exceptions, None
//! for a job that returned, in the list's order. Python's comprehension waits for each future in turn
//! and appends what `exception()` gives; the import runs the same loop (run_time_comprehensions.rs),
//! with the element bound first as `error = f.exception()` binds it (future_exceptions.rs: a `result`
//! inside a `try` that keeps the exception's value), then appended. The program then reads exception
//! values (exception_values.rs's scan), so each `raise` carries its arguments.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::filtered_lists::name_at;
use super::sequences::assignment;
use crate::syntax::name;

/// The local the element's exception is bound to before it is appended, at the comprehension's offset
/// `at` (a name no Python program can write).
pub(super) fn excepted_local(at: u32) -> String {
    format!("$excepted_{at}")
}

/// Whether `element` is `f.exception()` of the comprehension's variable (a name of `targets`).
pub(super) fn is_exception_of_variable(element: &Expr, targets: &[&Expr]) -> bool {
    let Expr::Call(call) = element else { return false };
    call.arguments.is_empty()
        && matches!(&*call.func, Expr::Attribute(attribute) if attribute.attr.as_str() == "exception"
            && matches!(&*attribute.value, Expr::Name(receiver)
                if targets.iter().any(|target| matches!(target, Expr::Name(own) if own.id == receiver.id))))
}

/// `local = f.exception()`, then `holder.append(local)`: the element bound as the assignment form binds
/// it, then appended by `append`.
pub(super) fn bound_then_appended(local: &str, element: &Expr, append: impl Fn(&Expr) -> Stmt) -> Vec<Stmt> {
    let range = element.range();
    vec![assignment(name(local, range, ast::ExprContext::Store), element.clone()), append(&name_at(local, range))]
}

/// Whether `stmt` is `name = [f.exception() for f in fs]` (one `for`, no test), whose elements keep the
/// exceptions' values.
pub(super) fn assigns_exception_list(stmt: &Stmt) -> bool {
    let Stmt::Assign(assign) = stmt else { return false };
    let Expr::ListComp(comprehension) = &*assign.value else { return false };
    let [generator] = &comprehension.generators[..] else { return false };
    generator.ifs.is_empty() && is_exception_of_variable(&comprehension.elt, &[&generator.target])
}
