//! weft writes a float by a format spec (`format(x, '.2f')`, `f"{x:8.3g}"`) and by a printf-style
//! conversion (`'%.2f' % x`) as CPython 3.11 does: checked on 11,400 cases whose text CPython wrote
//! (tests/data/float_formats.txt, written by float_formats.py beside it: random bit patterns, short
//! decimals, exact ties, infinities, 54 specs and 24 templates, integers by a float's spec).

use sim_core::expr::{EvalError, Operands, RunValues, evaluate};
use sim_core::model::{BinaryOp, Expr, ExprOp, LocalId, ProcessId, QueueId, VarId};
use sim_core::text::{TextFunction, TextValues};

struct Run(RunValues);

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
    fn run_values(&self) -> Option<&RunValues> {
        Some(&self.0)
    }
}

/// The text `kind` (`format` or `percent`) gives of `value` by `spec`, or `!` and the exception's class.
fn text_of(kind: &str, value: &str, spec: &str) -> String {
    let run = Run(RunValues::new(&[]));
    let spec = run.0.make_text(spec).expect("room for the spec");
    let operand = match value.split_once(' ').expect("a kind, then the value") {
        ("f", bits) => ExprOp::Float(u64::from_str_radix(bits, 16).expect("hex bits")),
        (_, number) => ExprOp::Const(number.parse().expect("an integer")),
    };
    let ops = match kind {
        "format" => vec![operand, ExprOp::Const(spec), ExprOp::Text { function: TextFunction::Format, arguments: 2 }],
        _ => vec![ExprOp::Const(spec), operand, ExprOp::Binary(BinaryOp::Rem)],
    };
    match evaluate(&Expr { ops, text: String::new() }, &run, &mut Vec::new()) {
        Ok(text) => run.0.text(text).expect("a string"),
        Err(EvalError::Python { class, .. }) => format!("!{class}"),
        Err(other) => format!("weft: {other:?}"),
    }
}

#[test]
fn every_recorded_float_text_is_cpythons() {
    let data = include_str!("data/float_formats.txt");
    let mut checked = 0;
    for line in data.lines().filter(|line| !line.starts_with('#')) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [kind, value, spec, expected] = fields[..] else { panic!("unread line {line:?}") };
        let actual = text_of(kind, value, spec);
        // `n` is the locale's: weft says it does not write it.
        if spec == "n" && value.starts_with('f') {
            assert!(actual.starts_with("weft: "), "{line:?}: {actual}");
        } else {
            assert_eq!(actual, expected, "{line:?}");
        }
        checked += 1;
    }
    assert_eq!(checked, 11_400);
}
