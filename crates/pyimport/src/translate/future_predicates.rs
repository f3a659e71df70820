//! `f.done()`, `f.cancelled()` and `f.running()` of a future as values: no form yet (the engine's
//! `result` with `catches` gives the same for a cancelled future as for a failed one, and nothing tells
//! a running job from a pending one). Each use is refused at the predicate's own call, wherever it is
//! written (`sum(1 for f in fs if f.done())`, `["x" if f.cancelled() else f.result() for f in fs]`), so
//! the message names what is missing rather than the form around it.

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr};

use super::{Result, fail};

/// Why a future's predicate is refused, and what a program can write instead.
pub(crate) const FUTURE_PREDICATES: &str = "a future's `done()`, `cancelled()` and `running()` as values have no form yet (weft's engine does not tell a cancelled future from a failed one, nor a running job from a pending one); count what `cancel()` returns instead (`if f.cancel(): cancelled += 1`), or wait for the futures and read their results";

/// The names of the predicates, matched by name inside comprehensions, where the receiver is the
/// comprehension's variable.
const PREDICATES: [&str; 3] = ["done", "cancelled", "running"];

/// Refuses `expr` at its first call of a future's predicate on a name (`f.done()`), if it has one.
pub(crate) fn refuse_future_predicate(expr: &Expr) -> Result<()> {
    struct Find<'e>(Option<&'e ast::ExprCall>);
    impl<'e> Visitor<'e> for Find<'e> {
        fn visit_expr(&mut self, expr: &'e Expr) {
            if self.0.is_some() {
                return;
            }
            if let Expr::Call(call) = expr
                && call.arguments.is_empty()
                && let Expr::Attribute(attribute) = &*call.func
                && PREDICATES.contains(&attribute.attr.as_str())
                && matches!(&*attribute.value, Expr::Name(_))
            {
                self.0 = Some(call);
                return;
            }
            walk_expr(self, expr);
        }
    }
    let mut find = Find(None);
    find.visit_expr(expr);
    match find.0 {
        Some(call) => fail(call, FUTURE_PREDICATES),
        None => Ok(()),
    }
}
