//! Python's values of `and` and `or` outside conditions. Python's `or` gives back its
//! first true operand (the last when none is), `and` its first false one, not a bool; the scenario's own
//! `and`/`or` give a bool, so outside a condition the import writes the scenario's conditional
//! expression instead (docs/format.md): `a or b` is `(a if a else b)`, `a and b` is `(b if a else a)`.
//! An operand tested and given back is computed twice there, which is Python's value only when it reads
//! nothing another task can change (a local, a literal, arithmetic on them); one that reads shared
//! state is refused here (an assignment's `x = a or b` reads it once into a local: translate.rs).
//! Operands known at import time decide at import time, as Python would. Inside a condition only an
//! `and`/`or` that is tested itself (the condition, or under `not` or another `and`/`or`) is a truth;
//! one whose value something uses (`if (x or 3) == 3:`, `while len(a or b) > 0:`) is Python's value
//! there too (before session 19 it was a bool there, and `(0 or 3) == 3` false).

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, BoolOp, Expr, UnaryOp};

use super::{ATOM, Ex, static_truth, wrap};
use crate::translate::{Frame, Result, Translator, fail};

/// Whether `expr`, inside a condition, uses the value of an `and`/`or` below it: it is no `and`/`or` or
/// `not` itself (whose operands are tested for truth) and holds one.
pub(super) fn uses_a_bool_op_value(expr: &Expr) -> bool {
    struct Finds(bool);
    impl<'a> Visitor<'a> for Finds {
        fn visit_expr(&mut self, expr: &'a Expr) {
            self.0 |= matches!(expr, Expr::BoolOp(_));
            if !self.0 {
                walk_expr(self, expr);
            }
        }
    }
    let tested = matches!(expr, Expr::BoolOp(_)) || matches!(expr, Expr::UnaryOp(unary) if unary.op == UnaryOp::Not);
    if tested {
        return false;
    }
    let mut finds = Finds(false);
    walk_expr(&mut finds, expr);
    finds.0
}

impl Translator<'_> {
    /// `name or "anon"` whose leading operands are known at import time: the operand that decides (a
    /// true one of `or`, a false one of `and`), or the `and`/`or` of the operands left once the ones
    /// that do not decide are dropped; `None` when the first operand is not known at import time.
    pub(crate) fn fold_known_operands(&self, frame: &Frame, boolean: &ast::ExprBoolOp) -> Option<Expr> {
        let decides = |truth: bool| match boolean.op {
            BoolOp::Or => truth,
            BoolOp::And => !truth,
        };
        let last = boolean.values.len().checked_sub(1)?;
        for (at, operand) in boolean.values.iter().enumerate() {
            let known = match self.expr(frame, operand, false) {
                Ok(Ex::Static(value)) => static_truth(&value),
                _ => None,
            };
            match known {
                _ if at == last => return Some(operand.clone()),
                Some(truth) if decides(truth) => return Some(operand.clone()),
                Some(_) => continue,
                None if at == 0 => return None,
                None => {
                    let rest = boolean.values[at..].to_vec();
                    return Some(Expr::BoolOp(ast::ExprBoolOp { values: rest, ..boolean.clone() }));
                }
            }
        }
        None
    }

    /// `a or b`, `a and b` outside a condition, of operands that are no bools: the operand Python gives
    /// back, through the scenario's conditional expression.
    pub(super) fn python_value_bool_op(&self, frame: &Frame, boolean: &ast::ExprBoolOp, use_known: bool) -> Result<Ex> {
        if let Some(folded) = self.fold_known_operands(frame, boolean) {
            return self.expr(frame, &folded, use_known);
        }
        let word = match boolean.op {
            BoolOp::And => "and",
            BoolOp::Or => "or",
        };
        let Some((last, leading)) = boolean.values.split_last() else {
            return fail(&boolean.range, "an empty `and`/`or`");
        };
        let (mut text, _, mut boolean_value, mut reads) =
            self.operand_code(self.expr(frame, last, use_known)?, last)?;
        for operand in leading.iter().rev() {
            let (tested, precedence, operand_boolean, operand_reads) =
                self.operand_code(self.expr(frame, operand, use_known)?, operand)?;
            if operand_reads {
                return fail(
                    operand,
                    format!(
                        "Python's `{word}` gives back this operand when it decides, which weft computes as a conditional expression that reads it twice; this one reads shared state: assign the `{word}` on a line of its own (`x = a {word} b`, which reads it once) or read it into a local first"
                    ),
                );
            }
            let tested = wrap(&tested, precedence, ATOM);
            text = match boolean.op {
                BoolOp::Or => format!("({tested} if {tested} else {text})"),
                BoolOp::And => format!("({text} if {tested} else {tested})"),
            };
            boolean_value &= operand_boolean;
            reads |= operand_reads;
        }
        Ok(Ex::Code { text, precedence: ATOM, boolean: boolean_value, reads_shared: reads })
    }
}
