//! A builtin called on values known at import time that CPython answers with an exception: `min([])`,
//! `max("")` (ValueError), `len(5)`, `sorted([1, "a"])` (TypeError), as a statement or as the value of
//! an assignment, typically in a `try` whose `except` counts it. The import computed such a value at
//! import time and refused it ("`min` of this list has no integer value"); it is now the raise CPython
//! makes, with CPython's message (as the program's own `raise ValueError("...")`, so `except ... as e`
//! reads it), and the `except` around it is taken.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::{Frame, Result, Step, Translator};
use crate::value::Value;

impl Translator<'_> {
    /// `min([])` or `x = min([])` (`stmt`): the `raise` CPython makes, in `out`; false for any other.
    pub(super) fn known_raise_statement(
        &mut self,
        frame: &mut Frame,
        stmt: &Stmt,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Some(call) = raising_call(stmt) else { return Ok(false) };
        self.known_raise_call(frame, call, out, line)
    }

    /// `call`, whose value is dropped, as the `raise` CPython makes, in `out`; false when it returns
    /// (or the import does not know).
    pub(super) fn known_raise_call(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Some((class, message)) = self.known_raise(frame, call) else { return Ok(false) };
        let raise = ast::StmtRaise {
            node_index: Default::default(),
            range: call.range(),
            exc: Some(Box::new(exception(class, &message, call.range()))),
            cause: None,
        };
        self.raise_statement(frame, &raise, out, line)?;
        Ok(true)
    }

    /// Whether `stmt` is such a statement: it always raises, and the statements after it in its block
    /// are never reached (`always_raises`).
    pub(super) fn raises_known_exception(&self, frame: &Frame, stmt: &Stmt) -> bool {
        raising_call(stmt).is_some_and(|call| self.known_raise(frame, call).is_some())
    }

    /// The class and message of the exception CPython raises for `call`, a builtin of arguments known
    /// at import time; None where it returns, or where the import does not know.
    fn known_raise(&self, frame: &Frame, call: &ast::ExprCall) -> Option<(&'static str, String)> {
        let Expr::Name(callee) = &*call.func else { return None };
        if self.functions.contains_key(callee.id.as_str()) || !call.arguments.keywords.is_empty() {
            return None;
        }
        let [argument] = &call.arguments.args[..] else { return None };
        match callee.id.as_str() {
            "len" => {
                // A literal only: a bool known at import time is an integer to the import, and
                // CPython's message names its type.
                let type_name = match argument {
                    Expr::NumberLiteral(ast::ExprNumberLiteral { value: ast::Number::Int(_), .. }) => "int",
                    Expr::NumberLiteral(ast::ExprNumberLiteral { value: ast::Number::Float(_), .. }) => "float",
                    Expr::NoneLiteral(_) => "NoneType",
                    Expr::BooleanLiteral(_) => "bool",
                    _ => return None,
                };
                Some(("TypeError", format!("object of type '{type_name}' has no len()")))
            }
            // weft's strings have no absolute value or rounding: CPython's TypeError, not a scenario
            // that does not load.
            "abs" => matches!(self.static_value(frame, argument).ok()?, Value::Str(_))
                .then(|| ("TypeError", "bad operand type for abs(): 'str'".to_string())),
            "round" => matches!(self.static_value(frame, argument).ok()?, Value::Str(_))
                .then(|| ("TypeError", "type str doesn't define __round__ method".to_string())),
            name @ ("min" | "max") => {
                let empty = match self.static_value(frame, argument).ok()? {
                    Value::List(items) => items.is_empty(),
                    Value::Str(text) => text.is_empty(),
                    _ => false,
                };
                empty.then(|| ("ValueError", format!("{name}() arg is an empty sequence")))
            }
            "sorted" => {
                let Value::List(items) = self.static_value(frame, argument).ok()? else { return None };
                // Python's sort compares the second item with the first before any other.
                let [first, second, ..] = &items[..] else { return None };
                let (second_type, first_type) = (unordered_type(second)?, unordered_type(first)?);
                (second_type != first_type || second_type == "NoneType").then(|| {
                    ("TypeError", format!("'<' not supported between instances of '{second_type}' and '{first_type}'"))
                })
            }
            _ => None,
        }
    }
}

/// The call of `call(...)` or `name = call(...)`, the statements this module takes.
fn raising_call(stmt: &Stmt) -> Option<&ast::ExprCall> {
    let value = match stmt {
        Stmt::Expr(statement) => &*statement.value,
        Stmt::Assign(assign) if matches!(&assign.targets[..], [Expr::Name(_)]) => &*assign.value,
        _ => return None,
    };
    let Expr::Call(call) = value else { return None };
    Some(call)
}

/// The type name of an integer, a string or None, the values whose kinds do not order against each
/// other (None not even against itself); None for another value.
fn unordered_type(value: &Value) -> Option<&'static str> {
    match value {
        Value::Int(_) => Some("int"),
        Value::Str(_) => Some("str"),
        Value::None => Some("NoneType"),
        _ => None,
    }
}

/// `class("message")` at `range`.
pub(super) fn exception(class: &str, message: &str, range: ruff_text_size::TextRange) -> Expr {
    let mut call =
        crate::syntax::call_without_arguments(crate::syntax::name(class, range, ast::ExprContext::Load), range);
    if let Expr::Call(made) = &mut call {
        made.arguments.args = Box::new([crate::syntax::string(message, range)]);
    }
    call
}
