//! The value `Condition.wait_for(predicate)` returns: CPython's loop ends with `return result`, the
//! predicate's last value (any object: `len(items)` gives the count, `ready and count` gives `count`),
//! with a time-out or without. The scenario's `wait_for` puts the predicate's expression into `into`;
//! that is exact where the Python value is a number or a bool the scenario computes the same way.
//! Elsewhere (a list, `and`/`or` of numbers) the scenario's condition is only its truth, so a
//! `wait_for` whose value the program uses is refused there.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// Refuses a predicate whose value the scenario would compute as its truth only, when the program
    /// uses what `wait_for` returns (not only its truth, as `if cond.wait_for(...):` does).
    pub(super) fn check_predicate_value(&mut self, frame: &mut Frame, body: &Expr) -> Result<()> {
        if self.wait_for_truth_only || self.predicate_value_is_exact(frame, body) {
            return Ok(());
        }
        fail(
            body,
            "`wait_for` returns its predicate's last value (here not a number or a bool weft computes), \
             where weft's `wait_for` has only its truth; make the predicate a comparison, `len(...)` or a \
             shared number, or call `wait_for` on a line of its own and read the value after it",
        )
    }

    /// A comparison, `not`, `len(...)`, a shared number, or `and`/`or` of bools: the scenario's
    /// expression gives the value Python's does.
    fn predicate_value_is_exact(&mut self, frame: &mut Frame, body: &Expr) -> bool {
        if is_bool_valued(body) {
            return true;
        }
        match body {
            // The built-in `len`, not a function of the file of that name.
            Expr::Call(call) => {
                matches!(&*call.func, Expr::Name(name) if name.id.as_str() == "len" && !self.functions.contains_key("len"))
            }
            Expr::Name(name) => matches!(self.resolve(frame, name.id.as_str()), Some(Value::Shared(_, Shape::Int))),
            Expr::Attribute(_) => {
                matches!(self.expr(frame, body, false), Ok(Ex::Static(Value::Shared(_, Shape::Int))))
            }
            _ => false,
        }
    }
}

/// An expression whose Python value is always a bool: `and`/`or` give one of their operands, so theirs
/// is a bool when every operand's is.
fn is_bool_valued(expr: &Expr) -> bool {
    match expr {
        Expr::Compare(_) | Expr::BooleanLiteral(_) => true,
        Expr::UnaryOp(unary) => unary.op == ast::UnaryOp::Not,
        Expr::BoolOp(boolean) => boolean.values.iter().all(is_bool_valued),
        _ => false,
    }
}
