//! Python's arithmetic that makes floats, at run time (session 24): `a / b` is the format's
//! `truediv(a, b)` (a float, of two integers too: `ms / 1000`, `total / count`), `float(n)` its
//! `float(n)`, `round(x)` and `round(x, n)` its `round`, each computed as CPython does
//! (`sim_core::float_arithmetic`). Known at import time, they are folded here by the same functions, so
//! that a value is the same wherever it is computed.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::expr::{ATOM, Ex};
use crate::value::{CLOCK, Value};

/// `left / right` of two numbers known at import time, as CPython computes it; `None` for a division by
/// zero (left to the run, whose ZeroDivisionError a `try` may catch) and anything that is no number.
fn folded_quotient(left: &Value, right: &Value) -> Option<f64> {
    match (left, right) {
        (_, Value::Int(0)) => None,
        (Value::Int(numerator), Value::Int(denominator)) => {
            Some(sim_core::float_arithmetic::integer_quotient(*numerator, *denominator))
        }
        (Value::Int(_) | Value::Float(_), Value::Int(_) | Value::Float(_)) => {
            let (numerator, denominator) = (as_float(left)?, as_float(right)?);
            (denominator != 0.0).then(|| numerator / denominator)
        }
        _ => None,
    }
}

/// A number as Python converts it where it meets a float (the nearest float, ties to even).
fn as_float(value: &Value) -> Option<f64> {
    match value {
        Value::Int(number) => Some(*number as f64),
        Value::Float(number) => Some(*number),
        _ => None,
    }
}

impl Translator<'_> {
    /// `a / b`: folded where both are known at import time, else the format's `truediv(a, b)`.
    pub(crate) fn true_division(&self, frame: &Frame, binary: &ast::ExprBinOp, use_known: bool) -> Result<Ex> {
        let left = self.expr(frame, &binary.left, use_known)?;
        let right = self.expr(frame, &binary.right, use_known)?;
        if let (Ex::Static(left), Ex::Static(right)) = (&left, &right) {
            // A clock's reading divided (`elapsed / n`) is a reading too, as in its other arithmetic.
            if [left, right].contains(&&CLOCK) {
                return Ok(Ex::Static(CLOCK));
            }
            if let Some(quotient) = folded_quotient(left, right) {
                return Ok(Ex::Static(Value::Float(quotient)));
            }
        }
        self.number_call("truediv", &[(left, &binary.left), (right, &binary.right)])
    }

    /// A sleep of a true division known only at run time that no exact unit takes (`time.sleep(x / 3)`),
    /// or since session 25 of a float literal beside such a value (`time.sleep(1e-10 * x)`): its float
    /// of seconds, which the run converts as CPython does (`x * 1e9` rounded away from zero).
    pub(crate) fn float_seconds(&self, frame: &Frame, expr: &Expr) -> Option<crate::out::Node> {
        let Expr::BinOp(binary) = expr else { return None };
        let is_float_literal = |side: &Expr| {
            matches!(side, Expr::NumberLiteral(ast::ExprNumberLiteral { value: ast::Number::Float(_), .. }))
        };
        let beside_float = matches!(binary.op, ast::Operator::Mult | ast::Operator::Add | ast::Operator::Sub)
            && (is_float_literal(&binary.left) || is_float_literal(&binary.right));
        if binary.op != ast::Operator::Div && !beside_float {
            return None;
        }
        let Ok(Ex::Code { text, .. }) = self.expr(frame, expr, true) else { return None };
        Some(crate::out::Node::Map(vec![("s", crate::out::Node::Quoted(text))]))
    }

    /// `float(x)`, `round(x)` or `round(x, n)` inside an expression; `None` for another builtin.
    pub(crate) fn float_builtin(
        &self,
        frame: &Frame,
        name: &str,
        args: &[Expr],
        use_known: bool,
    ) -> Option<Result<Ex>> {
        let takes = match name {
            "float" => 1..=1,
            "round" => 1..=2,
            _ => return None,
        };
        if !takes.contains(&args.len()) {
            return None;
        }
        Some(self.float_builtin_of(frame, name, args, use_known))
    }

    fn float_builtin_of(&self, frame: &Frame, name: &str, args: &[Expr], use_known: bool) -> Result<Ex> {
        let mut values = Vec::with_capacity(args.len());
        for argument in args {
            values.push((self.expr(frame, argument, use_known)?, argument));
        }
        // `round(time.perf_counter() - start, 3)`: a clock's reading rounded is a reading too.
        if values.iter().any(|(value, _)| matches!(value, Ex::Static(value) if *value == CLOCK)) {
            return Ok(Ex::Static(CLOCK));
        }
        let known: Vec<Option<&Value>> = values
            .iter()
            .map(|(value, _)| match value {
                Ex::Static(value) => Some(value),
                Ex::Code { .. } => None,
            })
            .collect();
        match (name, &known[..]) {
            ("float", [Some(Value::Int(number))]) => return Ok(Ex::Static(Value::Float(*number as f64))),
            ("float", [Some(value @ Value::Float(_))]) => return Ok(Ex::Static((*value).clone())),
            ("float", [Some(Value::Str(text))]) => return self.float_of_known_text(text, &values[0]),
            ("float", [Some(value)]) if !matches!(value, Value::None) => {
                return fail(
                    values[0].1,
                    format!("`float` of {} is not supported; weft's `float` takes a number", value.describe()),
                );
            }
            _ => {}
        }
        self.number_call(name, &values)
    }

    /// `float(text)` of a text known at import time: the call itself, which the run computes as Python
    /// reads the text (`sim_core::strings::parse_float`), raising ValueError where CPython does (`try:
    /// float("abc") except ValueError:`). Not folded into a float known at import time, which the
    /// import follows outside `if`s, loops and `try`s only.
    fn float_of_known_text(&self, text: &str, argument: &(Ex, &Expr)) -> Result<Ex> {
        match sim_core::strings::parse_float(text) {
            Ok(None) => self.number_call("float", std::slice::from_ref(argument)),
            Ok(Some(number)) if !number.is_nan() => self.number_call("float", std::slice::from_ref(argument)),
            Ok(Some(_)) => fail(
                argument.1,
                "`float` of a text that reads as NaN is not supported: weft does not model NaN (`nan != nan`); use a number",
            ),
            Err(_) => fail(
                argument.1,
                "`float` of a text with digits other than 0-9 is not supported: Python reads every script's digits, weft reads ASCII's; write the digits 0-9",
            ),
        }
    }

    /// The format's `function(a, b)` of values (a float known at import time is its literal).
    fn number_call(&self, function: &str, values: &[(Ex, &Expr)]) -> Result<Ex> {
        let mut texts = Vec::with_capacity(values.len());
        let mut reads_shared = false;
        for (value, at) in values {
            let (text, _, _, reads) = self.to_code(value.clone(), at)?;
            reads_shared |= reads;
            texts.push(text);
        }
        Ok(Ex::code(format!("{function}({})", texts.join(", ")), ATOM, false, reads_shared))
    }
}

impl Translator<'_> {
    /// `x /= v` of a name: `x = x / v`, which Python computes in the same order (the target read, then
    /// the value, then the quotient written). `None` for another target (an item, an attribute: its
    /// place would be computed twice) or another operator.
    pub(crate) fn true_division_assignment(&self, assign: &ast::StmtAugAssign) -> Option<(Expr, Expr)> {
        if assign.op != ast::Operator::Div {
            return None;
        }
        self.augmented_as_assignment(assign)
    }

    /// `acc ^= x` (`&=`, `|=`, `<<=`, `>>=`) of a name: `acc = acc ^ x`, Python's same reads and write
    /// of a name; `|=` of a set is refused there (an in-place union).
    pub(crate) fn bitwise_assignment(&self, assign: &ast::StmtAugAssign) -> Option<(Expr, Expr)> {
        crate::expr::bitwise_function(assign.op)?;
        self.augmented_as_assignment(assign)
    }

    /// `name OP= value` as `name = name OP value`; None for another target.
    fn augmented_as_assignment(&self, assign: &ast::StmtAugAssign) -> Option<(Expr, Expr)> {
        if !matches!(&*assign.target, Expr::Name(_)) {
            return None;
        }
        let Expr::Name(target) = &*assign.target else { return None };
        let read = Expr::Name(ast::ExprName { ctx: ast::ExprContext::Load, ..target.clone() });
        let quotient = Expr::BinOp(ast::ExprBinOp {
            node_index: ast::AtomicNodeIndex::default(),
            range: assign.range,
            left: Box::new(read),
            op: assign.op,
            right: assign.value.clone(),
        });
        Some(((*assign.target).clone(), quotient))
    }
}

impl Translator<'_> {
    /// Whether `binary`, a float known at import time beside a value known only at run time, has that
    /// value known at import time where names' known values are used (`0.01 * i` of an unrolled loop's
    /// `i`): such arithmetic stays refused here, so that the import folds it where it may (a sleep's
    /// duration), as before session 25. A value known only at run time (`x * 0.5` of a queue's item)
    /// is computed by the run, IEEE's arithmetic as CPython's.
    pub(crate) fn float_beside_known_value(&self, frame: &Frame, binary: &ast::ExprBinOp, left: &Ex) -> bool {
        let other = if matches!(left, Ex::Static(Value::Float(_))) { &binary.right } else { &binary.left };
        matches!(self.expr(frame, other, true), Ok(Ex::Static(_)))
    }
}
