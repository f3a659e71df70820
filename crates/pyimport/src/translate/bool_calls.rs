//! `bool(x)` of a value that is not a list or dict the import follows: Python's truth of it, the rule
//! `if x:` and `not x` already take (an empty string, None, zero and `()` are false). Before session
//! 26 it was `x != 0`, true for every string and for None (session26/repro/r05, r06, r17).

use ruff_python_ast::Expr;

use super::{Result, Translator};
use crate::expr::{COMPARE, Ex, SUM, static_truth, wrap};
use crate::value::Value;

impl Translator<'_> {
    /// `bool(x)`: a value known at import time folds to 0 or 1; a comparison (already 0 or 1) keeps
    /// the `!= 0` it had; any other value is `not not x`, Python's truth twice negated.
    pub(crate) fn bool_of_value(&self, value: Ex, at: &Expr) -> Result<Ex> {
        if let Ex::Static(static_value) = &value {
            let truth = match static_value {
                Value::Float(number) => Some(*number != 0.0),
                other => static_truth(other),
            };
            if let Some(truth) = truth {
                return Ok(Ex::Static(Value::Int(i64::from(truth))));
            }
        }
        let (text, precedence, boolean, reads) = self.to_code(value, at)?;
        if boolean {
            return Ok(Ex::code(format!("{} != 0", wrap(&text, precedence, SUM)), COMPARE, true, reads));
        }
        let negated = self.expr_not(Ex::code(text, precedence, false, reads), at)?;
        self.expr_not(negated, at)
    }
}
