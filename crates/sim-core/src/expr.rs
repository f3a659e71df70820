//! Evaluation of postfix expressions. No allocation: the operand stack is a fixed array whose size the
//! loader guarantees through `limits::MAX_EXPRESSION_DEPTH`.

use crate::limits::MAX_EXPRESSION_DEPTH;
use crate::model::{BinaryOp, Expr, ExprOp, LocalId, ProcessId, QueueId, VarId};

/// Where an expression's operands come from.
pub trait Operands {
    fn local(&self, local: LocalId) -> i64;
    fn shared(&self, process: ProcessId, var: VarId) -> i64;
    fn queue_len(&self, queue: QueueId) -> i64;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvalError {
    Overflow,
    DivisionByZero,
}

impl EvalError {
    pub fn message(self) -> &'static str {
        match self {
            EvalError::Overflow => "integer overflow",
            EvalError::DivisionByZero => "division by zero",
        }
    }
}

pub fn evaluate(expr: &Expr, operands: &impl Operands) -> Result<i64, EvalError> {
    let mut stack = [0i64; MAX_EXPRESSION_DEPTH];
    let mut depth = 0usize;
    let mut pc = 0usize;
    let ops = &expr.ops;
    while pc < ops.len() {
        match ops[pc] {
            ExprOp::Const(v) => push(&mut stack, &mut depth, v),
            ExprOp::Local(l) => push(&mut stack, &mut depth, operands.local(l)),
            ExprOp::Shared(p, v) => push(&mut stack, &mut depth, operands.shared(p, v)),
            ExprOp::QueueLen(q) => push(&mut stack, &mut depth, operands.queue_len(q)),
            ExprOp::Neg => {
                let top = &mut stack[depth - 1];
                *top = top.checked_neg().ok_or(EvalError::Overflow)?;
            }
            ExprOp::Not => stack[depth - 1] = i64::from(stack[depth - 1] == 0),
            ExprOp::ToBool => stack[depth - 1] = i64::from(stack[depth - 1] != 0),
            ExprOp::Binary(op) => {
                let right = stack[depth - 1];
                let left = stack[depth - 2];
                depth -= 1;
                stack[depth - 1] = binary(op, left, right)?;
            }
            ExprOp::JumpIfFalseOrPop(target) => {
                if stack[depth - 1] == 0 {
                    pc = target as usize;
                    continue;
                }
                depth -= 1;
            }
            ExprOp::JumpIfTrueOrPop(target) => {
                if stack[depth - 1] != 0 {
                    stack[depth - 1] = 1;
                    pc = target as usize;
                    continue;
                }
                depth -= 1;
            }
        }
        pc += 1;
    }
    assert_eq!(depth, 1, "a well-formed expression leaves exactly one value");
    Ok(stack[0])
}

#[inline]
fn push(stack: &mut [i64; MAX_EXPRESSION_DEPTH], depth: &mut usize, value: i64) {
    stack[*depth] = value;
    *depth += 1;
}

fn binary(op: BinaryOp, left: i64, right: i64) -> Result<i64, EvalError> {
    use BinaryOp::*;
    Ok(match op {
        Add => left.checked_add(right).ok_or(EvalError::Overflow)?,
        Sub => left.checked_sub(right).ok_or(EvalError::Overflow)?,
        Mul => left.checked_mul(right).ok_or(EvalError::Overflow)?,
        // Python's `//` and `%` round toward negative infinity.
        Div => {
            if right == 0 {
                return Err(EvalError::DivisionByZero);
            }
            floor_div(left, right).ok_or(EvalError::Overflow)?
        }
        Rem => {
            if right == 0 {
                return Err(EvalError::DivisionByZero);
            }
            let quotient = floor_div(left, right).ok_or(EvalError::Overflow)?;
            left - quotient * right
        }
        Eq => i64::from(left == right),
        Ne => i64::from(left != right),
        Lt => i64::from(left < right),
        Le => i64::from(left <= right),
        Gt => i64::from(left > right),
        Ge => i64::from(left >= right),
    })
}

fn floor_div(left: i64, right: i64) -> Option<i64> {
    let quotient = left.checked_div(right)?;
    if (left % right != 0) && ((left < 0) != (right < 0)) { Some(quotient - 1) } else { Some(quotient) }
}

/// Operand stack depth an expression needs; the loader checks it against the limit.
pub fn stack_depth(ops: &[ExprOp]) -> usize {
    let mut depth = 0usize;
    let mut max = 0usize;
    for op in ops {
        match op {
            ExprOp::Const(_) | ExprOp::Local(_) | ExprOp::Shared(..) | ExprOp::QueueLen(_) => depth += 1,
            ExprOp::Binary(_) | ExprOp::JumpIfFalseOrPop(_) | ExprOp::JumpIfTrueOrPop(_) => {
                depth = depth.saturating_sub(1)
            }
            ExprOp::Neg | ExprOp::Not | ExprOp::ToBool => {}
        }
        max = max.max(depth);
    }
    max
}

#[cfg(test)]
mod tests {
    use super::*;

    struct NoOperands;
    impl Operands for NoOperands {
        fn local(&self, _: LocalId) -> i64 {
            0
        }
        fn shared(&self, _: ProcessId, _: VarId) -> i64 {
            0
        }
        fn queue_len(&self, _: QueueId) -> i64 {
            0
        }
    }

    fn check(ops: Vec<ExprOp>, expect: Result<i64, EvalError>) {
        let expr = Expr { ops, text: String::new() };
        assert_eq!(evaluate(&expr, &NoOperands), expect);
    }

    #[test]
    fn python_floor_division_and_modulo() {
        use BinaryOp::*;
        use ExprOp::*;
        check(vec![Const(-7), Const(2), Binary(Div)], Ok(-4));
        check(vec![Const(-7), Const(2), Binary(Rem)], Ok(1));
        check(vec![Const(7), Const(-2), Binary(Rem)], Ok(-1));
        check(vec![Const(7), Const(0), Binary(Div)], Err(EvalError::DivisionByZero));
        check(vec![Const(i64::MIN), Const(-1), Binary(Div)], Err(EvalError::Overflow));
        check(vec![Const(i64::MAX), Const(1), Binary(Add)], Err(EvalError::Overflow));
    }

    #[test]
    fn short_circuit_skips_the_right_side() {
        use BinaryOp::*;
        use ExprOp::*;
        // 0 && (1 / 0)
        check(vec![Const(0), JumpIfFalseOrPop(5), Const(1), Const(0), Binary(Div), ToBool], Ok(0));
        // 3 || (1 / 0)
        check(vec![Const(3), JumpIfTrueOrPop(5), Const(1), Const(0), Binary(Div), ToBool], Ok(1));
    }
}
