//! `first is primary`, `f == backup`, `f is not fs[0]` between two futures (or asyncio tasks) the import
//! follows (session28/f08: `done.pop()` against the variable that holds the future submitted first).
//! A future of the scenario is a value naming its job (the job's task, plus one), written once by its
//! `submit` and never reused, so two futures are the same object exactly when their values are equal.
//! `Future` defines no `__eq__`, so `==` is identity too. Exploration keeps no symmetry in a model with
//! futures (a renaming of tasks could not reach the values that name them), so the comparison stays
//! exact in every state.

use ruff_python_ast::{CmpOp, Expr};

use crate::translate::{Frame, Result, Translator};
use crate::value::Value;

use super::Ex;

impl Translator<'_> {
    /// The scenario's comparison of two futures' values for `is`, `is not`, `==` and `!=`; `None` when
    /// a side is not a future the import follows.
    pub(super) fn future_identity(
        &self,
        frame: &Frame,
        (left, right): (&Expr, &Expr),
        op: CmpOp,
        use_known: bool,
    ) -> Result<Option<String>> {
        let symbol = match op {
            CmpOp::Is | CmpOp::Eq => "==",
            CmpOp::IsNot | CmpOp::NotEq => "!=",
            _ => return Ok(None),
        };
        let (Ok(Ex::Static(Value::Future(left))), Ok(Ex::Static(Value::Future(right)))) =
            (self.expr(frame, left, use_known), self.expr(frame, right, use_known))
        else {
            return Ok(None);
        };
        Ok(Some(format!("{left} {symbol} {right}")))
    }
}
