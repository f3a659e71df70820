//! `f.exception()` whose value nobody keeps: the wait of `print(type(f.exception()).__name__)` once
//! argument_waits.rs has put it before the `print` (whose text weft does not keep), and the wait of
//! `if f.exception() is not None:` (futures.rs's `exception_test`). Python waits for the job and gives
//! back its exception without raising it, so the wait is a `result` that catches the job's exception
//! into a flag (0 when the job raised, 1 when it returned). A future something cancels raises
//! CancelledError after the wait where cancelled_exceptions.rs can model it, and is refused elsewhere.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::out::{Node, Step};

impl Translator<'_> {
    /// The wait of `f.exception()` for `future`, its flag (1 when the job returned) into a temporary
    /// whose name is given back.
    pub(super) fn exception_wait(
        &mut self,
        frame: &Frame,
        future: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        if !call.arguments.is_empty() {
            return fail(call, "`exception(timeout)` is not supported; `exception()` waits for the job");
        }
        let may_meet_cancel = self.exception_may_meet_cancel(frame, future, call)?;
        let returned = self.temporary(frame.task, "returned");
        let entries = vec![
            ("future", Node::Quoted(future.to_string())),
            ("into_ok", Node::Plain(returned.clone())),
            ("catches", Node::Plain("Exception".to_string())),
        ];
        out.push(Step::new("result", Node::Map(entries), line));
        if may_meet_cancel {
            self.raise_if_cancelled(frame, future, out, line);
        }
        Ok(returned)
    }
}

/// `f"{f.exception()}"`, `str(f.exception())`, `repr(f.exception())`: the exception's text read where
/// it is formatted (the call goes to a line of its own, `error = f.exception()`, after the refusal in
/// the expression): a program with one reads exception values (`scan_exception_reads`), so each
/// `raise` carries its arguments, as for the assignment.
pub(super) fn formats_an_exception(expr: &Expr) -> bool {
    match expr {
        Expr::FString(fstring) => fstring.value.elements().any(|element| {
            matches!(element, ast::InterpolatedStringElement::Interpolation(field) if is_exception_call(&field.expression))
        }),
        Expr::Call(call) => {
            let text = matches!(&*call.func, Expr::Name(function) if matches!(function.id.as_str(), "str" | "repr"));
            text && matches!((&call.arguments.args[..], &call.arguments.keywords[..]), ([argument], []) if is_exception_call(argument))
        }
        _ => false,
    }
}

/// `x.exception()` without arguments.
fn is_exception_call(expr: &Expr) -> bool {
    matches!(expr, Expr::Call(call) if call.arguments.is_empty()
        && matches!(&*call.func, Expr::Attribute(method) if method.attr.as_str() == "exception"))
}
