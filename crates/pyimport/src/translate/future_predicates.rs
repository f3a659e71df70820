//! `f.done()`, `f.cancelled()` and `f.running()` of a future inside a comprehension that weft does not
//! write as a loop (a comprehension that waits, as an argument of a call weft does not model:
//! `print(["x" if f.cancelled() else f.result() for f in fs])`). Each is a `future_state` step of its
//! own (future_states.rs), which such a comprehension has no place for: each use is refused at the
//! predicate's own call, so the message names what is missing rather than the form around it.

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr};

use super::{Result, fail};

/// Why a future's predicate is refused here, and what a program can write instead.
pub(crate) const FUTURE_PREDICATES: &str = "a future's `done()`, `cancelled()` or `running()` inside this comprehension is not supported (each is a step of its own, which weft takes in an assignment, an `if` test, or a `sum(1 for f in fs if f.done())`); read it in a loop of your own (`for f in fs: if f.cancelled(): ...`) and pass the values";

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
