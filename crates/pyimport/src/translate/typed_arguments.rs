//! Parts of a call's arguments that raise for the types of the values they are given, where the call is
//! one weft does not model (`print(n + s)`, `print(len(n))`, `print(1 < s)`, `print(-s)`,
//! `print(max(n, s))`, `print(s.split(""))`, `print(min([x for x in xs if x > 9]))`,
//! `print("{}{}".format(n))`). Such a call is translated as the reads of its arguments (unknown_call),
//! so Python's TypeError, ValueError or IndexError was lost and weft claimed "complete" with the thread
//! running on where CPython's died (before session 28 a silent error; session 26 and 27 closed the
//! divisions, items, `int`, `round`, `chr` and format specs: raising_arguments.rs). Each such part whose
//! value the import does not know is refused with a message hoisting.rs recognises: it goes whole to an
//! assignment of its own before the statement (`computed = n + s`), where the engine computes it as it
//! computes any assignment's value, and raises Python's exception where CPython does. Where the import
//! cannot compute the value (`sorted([n, s])` of items known only at run time) the assignment refuses it
//! at its line, saying why.

use ruff_python_ast::{self as ast, CmpOp, Expr, Operator, UnaryOp};

use super::{Frame, Translator};
use crate::value::Value;

/// Builtins that raise for the types or the number of the values they are given (`len(5)`, `abs("a")`,
/// `sum(["a"])`, `min([])`, `max(1, "a")`, `sorted([1, "a"])`).
const TYPED_BUILTINS: [&str; 6] = ["len", "abs", "sum", "min", "max", "sorted"];

impl Translator<'_> {
    /// What `part` may raise for the types of its operands (its refusal says it), when the import does not
    /// know its value; `None` when it cannot raise so or the import computes it.
    pub(super) fn type_error_of_part(&self, frame: &Frame, part: &Expr) -> Option<&'static str> {
        let raises = match part {
            // `"%d" % n` formats (raising_arguments.rs computes it first).
            Expr::BinOp(operation)
                if operation.op == Operator::Mod && super::raising_arguments::formats_text(&operation.left) =>
            {
                None
            }
            Expr::BinOp(_) => Some("TypeError of operands of two types"),
            Expr::UnaryOp(unary) if unary.op != UnaryOp::Not => Some("TypeError of an operand that is no number"),
            Expr::Compare(compare) if compare.ops.iter().any(is_ordering) => {
                Some("TypeError of values Python does not order")
            }
            Expr::Call(call) => self.typed_call(frame, call),
            _ => None,
        }?;
        (!self.static_value(frame, part).is_ok()).then_some(raises)
    }

    /// What a call of a builtin or a string method may raise for its arguments.
    fn typed_call(&self, frame: &Frame, call: &ast::ExprCall) -> Option<&'static str> {
        match &*call.func {
            Expr::Name(name) if self.functions.contains_key(name.id.as_str()) => None,
            Expr::Name(name) if !TYPED_BUILTINS.contains(&name.id.as_str()) => None,
            Expr::Name(name) if matches!(self.resolve(frame, name.id.as_str()), Some(value) if !matches!(&value, Value::Module(module) if module == name.id.as_str())) => {
                None
            }
            // `len(items)` of a shared list or dict: a read of its length, which cannot raise.
            Expr::Name(name) if name.id.as_str() == "len" => {
                let [Expr::Name(argument)] = &call.arguments.args[..] else { return None };
                matches!(self.resolve(frame, argument.id.as_str()), Some(Value::Local(_)))
                    .then_some("TypeError of a value that has no length")
            }
            Expr::Name(name)
                if matches!(name.id.as_str(), "min" | "max")
                    && call.arguments.find_keyword("default").is_some()
                    && call.arguments.args.len() == 1 =>
            {
                None
            }
            Expr::Name(_) => Some("TypeError of values of two types, or ValueError of an empty sequence"),
            // `"{}{}".format(n)`: IndexError of too few arguments, ValueError of a spec that does not suit.
            Expr::Attribute(attribute)
                if attribute.attr.as_str() == "format" && matches!(&*attribute.value, Expr::StringLiteral(_)) =>
            {
                Some("IndexError of too few arguments, or ValueError of a spec that does not suit the value")
            }
            // `s.split("")`: ValueError of an empty separator.
            Expr::Attribute(attribute) if matches!(attribute.attr.as_str(), "split" | "rsplit") => {
                let separator = call
                    .arguments
                    .args
                    .first()
                    .or_else(|| call.arguments.find_keyword("sep").map(|keyword| &keyword.value))?;
                match self.static_value(frame, separator) {
                    Ok(Value::Str(text)) if !text.is_empty() => None,
                    Ok(Value::None) => None,
                    _ => Some("ValueError of an empty separator"),
                }
            }
            _ => None,
        }
    }
}

/// `<`, `<=`, `>`, `>=`: Python's TypeError between values of two types (`1 < "a"`).
fn is_ordering(operator: &CmpOp) -> bool {
    matches!(operator, CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE)
}
