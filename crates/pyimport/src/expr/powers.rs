//! `a ** b` of integers known only at run time (session 25): the scenario's `pow(a, b)`, Python's exact
//! integer power (docs/format.md), each operand evaluated once, left first, as Python's `BINARY_OP`. A
//! power past 64 bits ends the run with weft's overflow fault, as `*`'s does. Python's `**` of a
//! negative exponent is a float (`2 ** -1` is 0.5), and of a float a float by C's `pow`: the import
//! refuses both where it sees them (a literal, a known argument), and the run ends with weft's limit
//! where a value that flows is one (`0 ** -1` is Python's ZeroDivisionError there).
//!
//! Before session 25 `x ** k` of a local and a known `k` from 0 to 8 was the product `x * x * x`: the
//! same integer, but of a float `x` two roundings where C's `pow` has one (`x ** 3` and `x * x * x`
//! differ for a quarter of the floats from 0 to 10 in CPython 3.11), and `x ** 0` of a float 1, not 1.0.

use ruff_python_ast as ast;

use super::{ATOM, Ex};
use crate::translate::{Frame, Result, Translator, fail};
use crate::value::Value;

impl Translator<'_> {
    /// `base ** exponent` that the import's fold of two known integers did not take.
    pub(super) fn run_time_power(&self, frame: &Frame, binary: &ast::ExprBinOp, use_known: bool) -> Result<Ex> {
        let known = [&*binary.left, &*binary.right].map(|side| self.static_value(frame, side).ok());
        for value in &known {
            refuse_a_known_operand(binary, value.as_ref())?;
        }
        if let Some(Value::Int(exponent)) = &known[1]
            && *exponent < 0
        {
            return fail(
                &*binary.right,
                "`**` with a negative exponent makes a float in Python (`2 ** -1` is 0.5), which weft does not compute yet; write the quotient (`1 / 2 ** n`)",
            );
        }
        if known.iter().all(|value| matches!(value, Some(Value::Int(_)))) {
            return fail(
                &binary.range,
                "this power of two integers known at import time does not fit 64 bits (Python's integers grow; weft's stop at 64 bits)",
            );
        }
        let left = self.expr(frame, &binary.left, use_known)?;
        let right = self.expr(frame, &binary.right, use_known)?;
        let (left_text, _, _, left_reads) = self.to_code(left, &binary.left)?;
        let (right_text, _, _, right_reads) = self.to_code(right, &binary.right)?;
        Ok(Ex::code(format!("pow({left_text}, {right_text})"), ATOM, false, left_reads || right_reads))
    }
}

/// Refuses `power` when an operand known at import time is no integer: a float (C's `pow`, not weft's
/// yet), a string or None (Python's TypeError, left to no run). Any other is the expression's to judge.
fn refuse_a_known_operand(power: &ast::ExprBinOp, value: Option<&Value>) -> Result<()> {
    match value {
        Some(Value::Float(_)) => fail(
            power,
            "`**` of a float is C's `pow` in CPython, which weft does not compute yet; `**` is supported between integers",
        ),
        Some(Value::Str(_) | Value::None) => {
            fail(power, "`**` is supported between integers; Python raises TypeError for an operand of this one")
        }
        _ => Ok(()),
    }
}
