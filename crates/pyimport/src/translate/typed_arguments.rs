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

use super::{Frame, Result, Translator, fail};
use crate::value::Value;

/// Builtins that raise for the types or the number of the values they are given (`len(5)`, `abs("a")`,
/// `sum(["a"])`, `min([])`, `max(1, "a")`, `sorted([1, "a"])`).
const TYPED_BUILTINS: [&str; 6] = ["len", "abs", "sum", "min", "max", "sorted"];

impl Translator<'_> {
    /// Refuses `part` (of a call's arguments, outside every comprehension) where it may raise for the
    /// types of its operands and the import computes its value, so that hoisting.rs moves it whole to an
    /// assignment of its own. A part the import cannot compute is left as it was, only read (said in
    /// docs/python.md: moving it would refuse the program at the assignment), and so is one after a value
    /// that reads memory (`earlier`, the parts Python evaluates before it): hoisting.rs would have to hold
    /// that value first (its text, in an f-string), which weft does not for every kind (a shared list).
    pub(super) fn refuse_typed_part<'e>(
        &self,
        frame: &Frame,
        part: &Expr,
        mut earlier: impl Iterator<Item = &'e Expr>,
    ) -> Result<()> {
        if earlier.any(|before| self.reads_memory(frame, before)) {
            return Ok(());
        }
        match self.type_error_of_part(frame, part) {
            Some(_) if is_sorted_display(part) => fail(
                part,
                "`sorted(...)` of a display of values known only at run time is not imported in the arguments of a call weft does not model: Python raises TypeError where two of them cannot be ordered (`sorted([1, \"a\"])`), which weft would lose (it only reads them), and weft does not sort them; compare them with `<` on a line of their own",
            ),
            // Only of a task's own values: a shared read goes on being read as before (its own step).
            // A value the import does not compute inside an expression, but does as an assignment's
            // value, goes there too (`"{}{}".format(n)`: CPython's IndexError, said at import; `min` of a
            // comprehension with a test known only at run time; `s.split(sep)`); any other is left read.
            Some(raises) => match self.code(frame, part) {
                Ok((_, _, false)) => fail(part, crate::hoisting::typed_part_in_arguments(raises)),
                Err(_) if is_computed_when_assigned(part) => {
                    fail(part, crate::hoisting::typed_part_in_arguments(raises))
                }
                _ => Ok(()),
            },
            None => Ok(()),
        }
    }

    /// A name of a collection the import keeps its own way (not a task's local of unknown kind).
    fn is_kept_collection(&self, frame: &Frame, argument: &Expr) -> bool {
        matches!(argument, Expr::Name(name) if !matches!(self.resolve(frame, name.id.as_str()), Some(Value::Local(_))))
    }

    /// Whether `value` reads something hoisting.rs may not hold before a later part: a shared list or
    /// dict (its text is not imported), an attribute, an item, a call's value the import does not know.
    fn reads_memory(&self, frame: &Frame, value: &Expr) -> bool {
        match value {
            // A shared scalar is held first as its value (`total_value = total`), as hoisted_reads.rs does.
            Expr::Name(name) => !matches!(
                self.resolve(frame, name.id.as_str()),
                Some(
                    Value::Local(_)
                        | Value::Int(_)
                        | Value::Float(_)
                        | Value::Str(_)
                        | Value::None
                        | Value::Shared(_, crate::value::Shape::Int)
                ) | None
            ),
            Expr::Attribute(_) | Expr::Subscript(_) | Expr::Call(_) => self.static_value(frame, value).is_err(),
            _ => false,
        }
    }

    /// What `part` may raise for the types of its operands (its refusal says it), when the import does not
    /// know its value; `None` when it cannot raise so or the import computes it.
    fn type_error_of_part(&self, frame: &Frame, part: &Expr) -> Option<&'static str> {
        let raises = match part {
            // `"%d" % n` formats (raising_arguments.rs computes it first).
            Expr::BinOp(operation)
                if operation.op == Operator::Mod && super::raising_arguments::formats_text(&operation.left) =>
            {
                None
            }
            // `"mean " + str(x)`, `len(a) - 1`: operands of one kind whatever their values.
            Expr::BinOp(operation) if same_kind(&operation.left, &operation.right) => None,
            Expr::BinOp(_) => Some("TypeError of operands of two types"),
            Expr::UnaryOp(unary) if unary.op != UnaryOp::Not => Some("TypeError of an operand that is no number"),
            Expr::Compare(compare) if compare.ops.iter().any(is_ordering) && !compare_one_kind(compare) => {
                Some("TypeError of values Python does not order")
            }
            Expr::Call(call) => self.typed_call(frame, call),
            _ => None,
        }?;
        self.static_value(frame, part).is_err().then_some(raises)
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
            // `sorted([n, s])`: a display of values known only at run time (the import computes no
            // `sorted` of them: the assignment refuses it, saying so). Of a list or dict, left read.
            Expr::Name(name) if name.id.as_str() == "sorted" => {
                matches!(call.arguments.args.first(), Some(Expr::List(_) | Expr::Tuple(_) | Expr::Set(_)))
                    .then_some("TypeError of values Python does not order")
            }
            // `sum(results)` of a list the import keeps as numbers (a list of results), or a shared list
            // (whose items are read as before): only a task's own values and displays are computed.
            Expr::Name(_) if call.arguments.args.iter().any(|argument| self.is_kept_collection(frame, argument)) => {
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

/// `"{}".format(...)` of a string literal, `s.split(...)`, `min([...])` or `max([...])` of a list
/// display or comprehension: values the import computes as an assignment's value only.
fn is_computed_when_assigned(part: &Expr) -> bool {
    let Expr::Call(call) = part else { return false };
    match &*call.func {
        Expr::Attribute(attribute) => matches!(attribute.attr.as_str(), "format" | "split" | "rsplit"),
        Expr::Name(name) => {
            matches!(name.id.as_str(), "min" | "max")
                && matches!(&call.arguments.args[..], [Expr::List(_) | Expr::ListComp(_)])
        }
        _ => false,
    }
}

/// `sorted([a, b])`: the builtin of a list, tuple or set display.
fn is_sorted_display(part: &Expr) -> bool {
    matches!(part, Expr::Call(call)
        if matches!(&*call.func, Expr::Name(name) if name.id.as_str() == "sorted")
            && matches!(call.arguments.args.first(), Some(Expr::List(_) | Expr::Tuple(_) | Expr::Set(_))))
}

/// What an operand is whatever its value: a string or an integer, by its shape.
#[derive(PartialEq)]
enum Kind {
    Text,
    Integer,
}

/// The kind of `value` by its shape: a string or f-string literal, `str(...)`, `repr(...)`; an integer
/// literal, `len(...)`. `None` when only the run knows it.
fn kind_of(value: &Expr) -> Option<Kind> {
    match value {
        Expr::StringLiteral(_) | Expr::FString(_) => Some(Kind::Text),
        Expr::NumberLiteral(ast::ExprNumberLiteral { value: ast::Number::Int(_), .. }) => Some(Kind::Integer),
        Expr::Call(call) => match &*call.func {
            Expr::Name(name) if matches!(name.id.as_str(), "str" | "repr") => Some(Kind::Text),
            Expr::Name(name) if name.id.as_str() == "len" => Some(Kind::Integer),
            _ => None,
        },
        _ => None,
    }
}

fn same_kind(left: &Expr, right: &Expr) -> bool {
    kind_of(left).is_some_and(|kind| kind_of(right) == Some(kind))
}

/// `a < b < c` whose operands are all of one kind by their shape.
fn compare_one_kind(compare: &ast::ExprCompare) -> bool {
    std::iter::once(&*compare.left)
        .chain(compare.comparators.iter())
        .collect::<Vec<_>>()
        .windows(2)
        .all(|pair| same_kind(pair[0], pair[1]))
}

/// `<`, `<=`, `>`, `>=`: Python's TypeError between values of two types (`1 < "a"`).
fn is_ordering(operator: &CmpOp) -> bool {
    matches!(operator, CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE)
}
