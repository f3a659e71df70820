//! `a & b`, `a | b`, `a ^ b`, `a << b`, `a >> b` of integers (session 26): the scenario's `bitand`,
//! `bitor`, `bitxor`, `lshift`, `rshift` (docs/format.md), Python's operators of integers, each operand
//! evaluated once, left first; two integers known at import time fold with the engine's own function
//! (sim_core::bitwise). Refused where Python's operator means something else or gives another kind:
//! an operand that is a set, dict or other object (`|` of two sets is their union), a bool (`True ^
//! False` is False, a bool, where weft's value would print 0), a float, a string or None (TypeError).

use ruff_python_ast::{self as ast, Expr, Operator};

use super::{ATOM, Ex};
use crate::translate::{Frame, Result, Translator, fail};
use crate::value::{Shape, Value};

/// The scenario's function and the engine's operator of a Python bitwise operator.
pub(crate) fn bitwise_function(op: Operator) -> Option<(&'static str, sim_core::model::BinaryOp)> {
    use sim_core::model::BinaryOp;
    Some(match op {
        Operator::BitAnd => ("bitand", BinaryOp::BitAnd),
        Operator::BitOr => ("bitor", BinaryOp::BitOr),
        Operator::BitXor => ("bitxor", BinaryOp::BitXor),
        Operator::LShift => ("lshift", BinaryOp::LeftShift),
        Operator::RShift => ("rshift", BinaryOp::RightShift),
        _ => return None,
    })
}

impl Translator<'_> {
    /// `left OP right` of a bitwise operator `op` (`bitwise_function` gave it).
    pub(super) fn bitwise(&self, frame: &Frame, binary: &ast::ExprBinOp, use_known: bool) -> Result<Ex> {
        let Some((function, op)) = bitwise_function(binary.op) else {
            return fail(&binary.range, "matrix multiplication (`@`) is not part of weft's expressions");
        };
        for operand in [&*binary.left, &*binary.right] {
            self.refuse_bitwise_operand(frame, binary, operand)?;
        }
        let left = self.expr(frame, &binary.left, use_known)?;
        let right = self.expr(frame, &binary.right, use_known)?;
        if let (Ex::Static(Value::Int(a)), Ex::Static(Value::Int(b))) = (&left, &right) {
            // A ValueError or an overflow is left to the run, whose `try` may catch it.
            if let Ok(value) = sim_core::bitwise::integer_bitwise(op, *a, *b) {
                return Ok(Ex::Static(Value::Int(value)));
            }
        }
        let (left_text, _, _, left_reads) = self.to_code(left, &binary.left)?;
        let (right_text, _, _, right_reads) = self.to_code(right, &binary.right)?;
        Ok(Ex::code(format!("{function}({left_text}, {right_text})"), ATOM, false, left_reads || right_reads))
    }

    /// Refuses an operand of a bitwise operator that may be no integer.
    fn refuse_bitwise_operand(&self, frame: &Frame, binary: &ast::ExprBinOp, operand: &Expr) -> Result<()> {
        let symbol = binary.op.as_str();
        if self.holds_bool(operand)? {
            return fail(
                operand,
                format!(
                    "`{symbol}` of a bool makes a bool in Python (`True {symbol} False`), which weft's integers would print as a number; compare instead (`a != b`, `a and b`)"
                ),
            );
        }
        let object = self.held_object(frame, operand).is_some()
            || matches!(self.expr(frame, operand, true), Ok(Ex::Static(value)) if !matches!(value, Value::Int(_) | Value::Local(_) | Value::Shared(_, Shape::Int)));
        if object {
            return fail(
                operand,
                format!(
                    "`{symbol}` is supported between integers; of a set or dict Python makes a new one (a union, an intersection, a merge), of a float, a string or None it raises TypeError, which weft does not model here"
                ),
            );
        }
        Ok(())
    }
}
