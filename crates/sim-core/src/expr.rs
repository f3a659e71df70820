//! Evaluation of postfix expressions. No allocation: the operand stack is a fixed array whose size the
//! loader guarantees through `limits::MAX_EXPRESSION_DEPTH`.

use crate::model::{ArrayId, BinaryOp, Expr, ExprOp, LocalId, MapId, ProcessId, QueueId, VarId};

/// Where an expression's operands come from. Task expressions only read locals (their shared reads are
/// steps of their own); `expect` lines read the final state directly, arrays, maps and events included.
pub trait Operands {
    fn local(&self, local: LocalId) -> i64;
    fn shared(&self, process: ProcessId, var: VarId) -> i64;
    fn queue_len(&self, queue: QueueId) -> i64;
    fn array(&self, _process: ProcessId, _array: ArrayId) -> &[i64] {
        &[]
    }
    fn map_value(&self, _process: ProcessId, _map: MapId, _key: i64) -> Option<i64> {
        None
    }
    fn map_len(&self, _process: ProcessId, _map: MapId) -> i64 {
        0
    }
    fn event_is_set(&self, _event: u32) -> bool {
        false
    }
}

/// Python's `None`: the one 64-bit pattern that is no integer of the format. The format's integers run
/// from -(2^63 - 1) to 2^63 - 1 (the loader refuses `-9223372036854775808`, arithmetic that would give
/// it overflows), so a value stays a plain `i64` everywhere (locals, shared variables, queue items,
/// results) and the hot loop pays only a comparison where a value's type matters: arithmetic and
/// ordering on None are a TypeError, `==`/`!=` compare it as Python does, and it is false as a condition.
pub const NONE: i64 = i64::MIN;

/// Python's truth of a value: 0 and None are false.
#[inline]
pub fn is_true(value: i64) -> bool {
    value != 0 && value != NONE
}

/// A value as Python prints it: the integer, or `None`.
#[derive(Clone, Copy, Debug)]
pub struct ValueText(pub i64);

impl std::fmt::Display for ValueText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0 == NONE { f.write_str("None") } else { write!(f, "{}", self.0) }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvalError {
    Overflow,
    DivisionByZero,
    /// Python's IndexError.
    IndexOutOfRange {
        index: i64,
        length: u64,
    },
    /// Python's KeyError.
    MissingKey {
        key: i64,
    },
    /// Python's TypeError: None where a number is needed (`None + 1`, `None < 2`, `-None`, `a[None]`).
    NoneOperand {
        operation: &'static str,
    },
}

impl EvalError {
    pub fn message(self) -> String {
        match self {
            EvalError::Overflow => "integer overflow".to_string(),
            EvalError::DivisionByZero => "division by zero".to_string(),
            EvalError::IndexOutOfRange { index, length } => {
                format!("IndexError: index {index} is out of range for length {length}")
            }
            EvalError::MissingKey { key } => format!("KeyError: {}", ValueText(key)),
            EvalError::NoneOperand { operation } => format!("TypeError: unsupported operand None for `{operation}`"),
        }
    }
}

/// The fault of an index out of range: IndexError, or TypeError when the index is None.
pub fn index_error(index: i64, length: u64) -> EvalError {
    if index == NONE {
        EvalError::NoneOperand { operation: "[]" }
    } else {
        EvalError::IndexOutOfRange { index, length }
    }
}

/// Python's indexing: a negative index counts from the end. `None` when out of range.
pub fn python_index(index: i64, length: usize) -> Option<usize> {
    let length = i64::try_from(length).ok()?;
    let position = if index < 0 { index.checked_add(length)? } else { index };
    (0..length).contains(&position).then_some(position as usize)
}

/// Evaluates `expr`, using `stack` as the operand stack (reused across calls so the hot loop neither
/// allocates nor clears memory; the loader bounds its depth by `MAX_EXPRESSION_DEPTH`).
#[inline]
pub fn evaluate(expr: &Expr, operands: &impl Operands, stack: &mut Vec<i64>) -> Result<i64, EvalError> {
    // The most common shape of all (`n + 1` once a shared read is hoisted into a local) without the
    // operand stack: a fifth of the instructions of a `set: "n = n + 1"` step went to the stack machine.
    // Two more without the stack: a local alone (a `let` of a value read before it) and a shared
    // variable against a constant (an `expect` such as `balance == 900`, evaluated once a run).
    // One call of `binary` here, so that it stays inlined into the hot loop.
    let (op, left, right) = match expr.ops[..] {
        [ExprOp::Local(local), ExprOp::Const(value), ExprOp::Binary(op)] => (op, operands.local(local), value),
        [ExprOp::Local(local)] => return Ok(operands.local(local)),
        [ExprOp::Shared(process, var), ExprOp::Const(value), ExprOp::Binary(op)] => {
            (op, operands.shared(process, var), value)
        }
        _ => return evaluate_on_the_stack(expr, operands, stack),
    };
    binary(op, left, right)
}

/// Every other shape, on the operand stack (out of line, so the fast path above inlines small).
#[inline(never)]
fn evaluate_on_the_stack(expr: &Expr, operands: &impl Operands, stack: &mut Vec<i64>) -> Result<i64, EvalError> {
    stack.clear();
    let mut pc = 0usize;
    let ops = &expr.ops;
    while pc < ops.len() {
        match ops[pc] {
            ExprOp::Const(v) => stack.push(v),
            ExprOp::Local(l) => stack.push(operands.local(l)),
            ExprOp::Shared(p, v) => stack.push(operands.shared(p, v)),
            ExprOp::QueueLen(q) => stack.push(operands.queue_len(q)),
            ExprOp::Neg => {
                let top = stack.last_mut().expect("an operand");
                // Only NONE has no negation: every integer of the format has one.
                *top = top.checked_neg().ok_or(EvalError::NoneOperand { operation: "-" })?;
            }
            ExprOp::Not => {
                let top = stack.last_mut().expect("an operand");
                *top = i64::from(!is_true(*top));
            }
            ExprOp::ToBool => {
                let top = stack.last_mut().expect("an operand");
                *top = i64::from(is_true(*top));
            }
            ExprOp::Abs => {
                let top = stack.last_mut().expect("an operand");
                // As for `Neg`: only NONE has no absolute value.
                *top = top.checked_abs().ok_or(EvalError::NoneOperand { operation: "abs" })?;
            }
            ExprOp::Binary(op) => {
                let right = stack.pop().expect("two operands");
                let left = stack.last_mut().expect("two operands");
                *left = binary(op, *left, right)?;
            }
            ExprOp::Element(process, array) => {
                let top = stack.last_mut().expect("an index");
                let values = operands.array(process, array);
                let length = values.len() as u64;
                let position = python_index(*top, values.len()).ok_or_else(|| index_error(*top, length))?;
                *top = values[position];
            }
            ExprOp::MapValue(process, map) => {
                let top = stack.last_mut().expect("a key");
                *top = operands.map_value(process, map, *top).ok_or(EvalError::MissingKey { key: *top })?;
            }
            ExprOp::MapHas(process, map) => {
                let top = stack.last_mut().expect("a key");
                *top = i64::from(operands.map_value(process, map, *top).is_some());
            }
            ExprOp::MapLen(process, map) => stack.push(operands.map_len(process, map)),
            ExprOp::EventIsSet { first, count } => {
                let top = stack.last_mut().expect("an index");
                let position = python_index(*top, count as usize).ok_or_else(|| index_error(*top, u64::from(count)))?;
                *top = i64::from(operands.event_is_set(first + position as u32));
            }
            ExprOp::LocalElement { first, count } => {
                let top = stack.last_mut().expect("an index");
                let position = python_index(*top, count as usize).ok_or_else(|| index_error(*top, u64::from(count)))?;
                *top = operands.local(LocalId(first.0 + position as u32));
            }
            ExprOp::JumpIfFalseOrPop(target) => {
                if !is_true(*stack.last().expect("an operand")) {
                    pc = target as usize;
                    continue;
                }
                stack.pop();
            }
            ExprOp::JumpIfTrueOrPop(target) => {
                let top = stack.last_mut().expect("an operand");
                if is_true(*top) {
                    *top = 1;
                    pc = target as usize;
                    continue;
                }
                stack.pop();
            }
        }
        pc += 1;
    }
    assert_eq!(stack.len(), 1, "a well-formed expression leaves exactly one value");
    Ok(stack[0])
}

#[inline]
fn binary(op: BinaryOp, left: i64, right: i64) -> Result<i64, EvalError> {
    use BinaryOp::*;
    // `==` and `!=` compare None as Python does; every other operation needs two integers.
    if (left == NONE || right == NONE) && !matches!(op, Eq | Ne) {
        return Err(EvalError::NoneOperand { operation: symbol(op) });
    }
    Ok(match op {
        // A result of NONE is one past the format's smallest integer: an overflow.
        Add => left.checked_add(right).filter(|&sum| sum != NONE).ok_or(EvalError::Overflow)?,
        Sub => left.checked_sub(right).filter(|&difference| difference != NONE).ok_or(EvalError::Overflow)?,
        Mul => left.checked_mul(right).filter(|&product| product != NONE).ok_or(EvalError::Overflow)?,
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
            // The remainder always fits, even where the quotient does not (`i64::MIN % -1` is 0).
            if right == -1 {
                return Ok(0);
            }
            // Rust's remainder has the dividend's sign; Python's the divisor's. They differ by `right`
            // when the signs differ, and adding it cannot overflow (the two have opposite signs).
            let remainder = left % right;
            if remainder != 0 && ((remainder < 0) != (right < 0)) { remainder + right } else { remainder }
        }
        Eq => i64::from(left == right),
        Ne => i64::from(left != right),
        Lt => i64::from(left < right),
        Le => i64::from(left <= right),
        Gt => i64::from(left > right),
        Ge => i64::from(left >= right),
        Min => left.min(right),
        Max => left.max(right),
    })
}

fn symbol(op: BinaryOp) -> &'static str {
    use BinaryOp::*;
    match op {
        Add => "+",
        Sub => "-",
        Mul => "*",
        Div => "//",
        Rem => "%",
        Eq => "==",
        Ne => "!=",
        Lt => "<",
        Le => "<=",
        Gt => ">",
        Ge => ">=",
        Min => "min",
        Max => "max",
    }
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
            ExprOp::Const(_) | ExprOp::Local(_) | ExprOp::Shared(..) | ExprOp::QueueLen(_) | ExprOp::MapLen(..) => {
                depth += 1
            }
            ExprOp::Binary(_) | ExprOp::JumpIfFalseOrPop(_) | ExprOp::JumpIfTrueOrPop(_) => {
                depth = depth.saturating_sub(1)
            }
            ExprOp::Neg
            | ExprOp::Not
            | ExprOp::ToBool
            | ExprOp::Abs
            | ExprOp::Element(..)
            | ExprOp::MapValue(..)
            | ExprOp::MapHas(..)
            | ExprOp::EventIsSet { .. }
            | ExprOp::LocalElement { .. } => {}
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
        assert_eq!(evaluate(&expr, &NoOperands, &mut Vec::new()), expect);
    }

    #[test]
    fn python_floor_division_and_modulo() {
        use BinaryOp::*;
        use ExprOp::*;
        check(vec![Const(-7), Const(2), Binary(Div)], Ok(-4));
        check(vec![Const(-7), Const(2), Binary(Rem)], Ok(1));
        check(vec![Const(7), Const(-2), Binary(Rem)], Ok(-1));
        check(vec![Const(7), Const(0), Binary(Div)], Err(EvalError::DivisionByZero));
        check(vec![Const(-i64::MAX), Const(-1), Binary(Div)], Ok(i64::MAX));
        check(vec![Const(i64::MAX), Const(1), Binary(Add)], Err(EvalError::Overflow));
        check(vec![Const(-7), Const(-2), Binary(Rem)], Ok(-1));
        check(vec![Const(7), Const(2), Binary(Rem)], Ok(1));
        check(vec![Const(-i64::MAX), Const(-1), Binary(Rem)], Ok(0));
        // Python: -(2**63 - 1) % 900 == 893, (2**63 - 1) % -900 == -893.
        check(vec![Const(-i64::MAX), Const(900), Binary(Rem)], Ok(893));
        check(vec![Const(i64::MAX), Const(-900), Binary(Rem)], Ok(-893));
    }

    #[test]
    fn min_max_abs() {
        use BinaryOp::*;
        use ExprOp::*;
        check(vec![Const(3), Const(-4), Binary(Min)], Ok(-4));
        check(vec![Const(3), Const(-4), Binary(Max)], Ok(3));
        check(vec![Const(-5), Abs], Ok(5));
        check(vec![Const(-i64::MAX), Abs], Ok(i64::MAX));
    }

    #[test]
    fn none_compares_and_is_false_but_has_no_arithmetic() {
        use BinaryOp::*;
        use ExprOp::*;
        check(vec![Const(NONE), Const(NONE), Binary(Eq)], Ok(1));
        check(vec![Const(NONE), Const(0), Binary(Eq)], Ok(0));
        check(vec![Const(0), Const(NONE), Binary(Ne)], Ok(1));
        check(vec![Const(NONE), Not], Ok(1));
        check(vec![Const(NONE), ToBool], Ok(0));
        check(vec![Const(NONE), Const(1), Binary(Add)], Err(EvalError::NoneOperand { operation: "+" }));
        check(vec![Const(2), Const(NONE), Binary(Lt)], Err(EvalError::NoneOperand { operation: "<" }));
        check(vec![Const(NONE), Const(2), Binary(Max)], Err(EvalError::NoneOperand { operation: "max" }));
        check(vec![Const(NONE), Neg], Err(EvalError::NoneOperand { operation: "-" }));
        check(vec![Const(NONE), Abs], Err(EvalError::NoneOperand { operation: "abs" }));
        // bool(None and (1 / 0)): false, the right side never evaluated.
        check(vec![Const(NONE), JumpIfFalseOrPop(5), Const(1), Const(0), Binary(Div), ToBool], Ok(0));
        check(vec![Const(NONE), JumpIfTrueOrPop(5), Const(7), Const(1), Binary(Add), ToBool], Ok(1));
        // The format's smallest integer minus one would be NONE: an overflow, never a None.
        check(vec![Const(-i64::MAX), Const(1), Binary(Sub)], Err(EvalError::Overflow));
        check(vec![Const(-i64::MAX), Const(-1), Binary(Add)], Err(EvalError::Overflow));
        assert_eq!(format!("{} {}", ValueText(NONE), ValueText(-3)), "None -3");
    }

    #[test]
    fn python_indexing() {
        let shown: Vec<Option<usize>> = [0, 3, 4, -1, -4, -5, i64::MIN].iter().map(|&i| python_index(i, 4)).collect();
        assert_eq!(shown, [Some(0), Some(3), None, Some(3), Some(0), None, None]);
    }

    /// A local and a shared variable of the given values.
    struct TwoValues(i64, i64);
    impl Operands for TwoValues {
        fn local(&self, _: LocalId) -> i64 {
            self.0
        }
        fn shared(&self, _: ProcessId, _: VarId) -> i64 {
            self.1
        }
        fn queue_len(&self, _: QueueId) -> i64 {
            0
        }
    }

    #[test]
    fn the_shapes_evaluated_without_the_stack_agree_with_the_stack_machine() {
        use BinaryOp::*;
        use ExprOp::*;
        let (local, shared) = (Local(LocalId(0)), Shared(ProcessId(0), VarId(0)));
        let values = [0, 1, -1, 900, i64::MAX, -i64::MAX, NONE];
        for op in [Add, Sub, Mul, Div, Rem, Eq, Ne, Lt, Le, Gt, Ge, Min, Max] {
            for (&value, &constant) in values.iter().flat_map(|value| values.iter().map(move |c| (value, c))) {
                for ops in
                    [vec![local], vec![local, Const(constant), Binary(op)], vec![shared, Const(constant), Binary(op)]]
                {
                    let expr = Expr { ops, text: String::new() };
                    let operands = TwoValues(value, value);
                    let fast = evaluate(&expr, &operands, &mut Vec::new());
                    assert_eq!(fast, evaluate_on_the_stack(&expr, &operands, &mut Vec::new()), "{:?}", expr.ops);
                }
            }
        }
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
