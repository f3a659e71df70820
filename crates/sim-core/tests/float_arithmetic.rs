//! weft's `/`, `//`, `%`, `float(n)`, `round(x)` and `round(x, n)` are CPython 3.11's, bit for bit:
//! checked on 10,000 cases whose results CPython wrote (tests/data/float_arithmetic.txt, written by
//! float_arithmetic.py beside it: random bit patterns, short decimals, exact ties of decimal rounding,
//! integers past 2^53, divisions by zero, `ndigits` from -310 to 330).

use sim_core::expr::{EvalError, Operands, evaluate};
use sim_core::model::{BinaryOp, Expr, ExprOp, LocalId, ProcessId, QueueId, VarId};

/// Evaluates `ops` with a run's values, giving CPython's outcome text: `int N`, `float BITS` or the
/// exception's class.
fn outcome(ops: Vec<ExprOp>) -> String {
    struct Run(sim_core::expr::RunValues);
    impl Operands for Run {
        fn local(&self, _: LocalId) -> i64 {
            0
        }
        fn shared(&self, _: ProcessId, _: VarId) -> i64 {
            0
        }
        fn queue_len(&self, _: QueueId) -> i64 {
            0
        }
        fn run_values(&self) -> Option<&sim_core::expr::RunValues> {
            Some(&self.0)
        }
    }
    let run = Run(sim_core::expr::RunValues::new(&[]));
    let expr = Expr { ops, text: String::new() };
    match evaluate(&expr, &run, &mut Vec::new()) {
        Ok(value) if sim_core::patterns::is_integer(value) => format!("int {value}"),
        Ok(value) => format!("float {:016x}", run.0.floats.get(value).expect("a float").to_bits()),
        Err(EvalError::Python { class, .. }) => class.to_string(),
        Err(EvalError::DivisionByZero) => "ZeroDivisionError".to_string(),
        Err(EvalError::Overflow) => "weft's overflow".to_string(),
        Err(other) => format!("{other:?}"),
    }
}

fn float(bits: &str) -> ExprOp {
    ExprOp::Float(u64::from_str_radix(bits, 16).expect("hex bits"))
}

fn integer(text: &str) -> ExprOp {
    ExprOp::Const(text.parse().expect("an integer"))
}

#[test]
fn every_recorded_case_computes_as_cpython_computed_it() {
    let data = include_str!("data/float_arithmetic.txt");
    let mut checked = 0;
    for line in data.lines().filter(|line| !line.starts_with('#')) {
        let words: Vec<&str> = line.split(' ').collect();
        let (ops, expected) = match &words[..] {
            ["ff", op, x, y, expected @ ..] => {
                let op = match *op {
                    "/" => BinaryOp::TrueDiv,
                    "//" => BinaryOp::Div,
                    _ => BinaryOp::Rem,
                };
                (vec![float(x), float(y), ExprOp::Binary(op)], expected)
            }
            ["ii", "/", a, b, expected @ ..] => {
                (vec![integer(a), integer(b), ExprOp::Binary(BinaryOp::TrueDiv)], expected)
            }
            ["float", a, expected @ ..] => (vec![integer(a), ExprOp::ToFloat], expected),
            ["round_int", x, expected @ ..] => (vec![float(x), ExprOp::Round], expected),
            ["round_digits", x, n, expected @ ..] => {
                (vec![float(x), integer(n), ExprOp::Binary(BinaryOp::RoundDigits)], expected)
            }
            _ => panic!("unread line {line}"),
        };
        let expected = expected.join(" ");
        let actual = outcome(ops);
        // An integer past the format's 64 bits is weft's overflow where CPython's integers grow.
        let past_the_format = expected.starts_with("int ") && expected[4..].parse::<i64>().is_err();
        if past_the_format {
            assert_eq!(actual, "weft's overflow", "{line}");
        } else {
            assert_eq!(actual, expected, "{line}");
        }
        checked += 1;
    }
    assert_eq!(checked, 10_000);
}
