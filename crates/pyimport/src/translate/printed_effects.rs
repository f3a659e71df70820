//! `print("cancelled:", [f.cancel() for f in fs])`: a `print` whose one list comprehension calls
//! something that changes the program's state (a task's `cancel()`, a list's `append`) is that
//! comprehension as a statement, the loop it means (`comprehension_statement`); the printed text is not
//! kept. Before session 20 the comprehension was only read and its cancels were lost, weft claiming
//! "complete" without CPython's state (session 19's s19worker). The other arguments must be literals
//! (their reads would be lost otherwise); anything else keeps the refusal of `refuse_effects_in_arguments`.
//! The same for a comprehension of futures' `result()` or `exception()` (`print(len([f.result() for f in
//! futures]))`, inside `len`, `list`, `str`, `repr` or `tuple`, which cannot raise): each is a wait, and
//! `result()` raises the job's exception again, which a read of the comprehension lost (session 20: a job
//! that raised left weft's run `ok` under "complete" where CPython's main thread died of the error).

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Step, Translator};
use crate::expr::Ex;
use crate::value::Value;

/// Methods of a task, a future or one of the primitives that change it, whatever weft knows of the
/// receiver: a call of one inside an argument weft only reads would lose its effect.
pub(crate) const STATE_CHANGING_METHODS: [&str; 7] =
    ["cancel", "set_result", "set_exception", "put_nowait", "get_nowait", "release", "create_task"];

impl Translator<'_> {
    /// The `print` of one comprehension of state-changing calls, as the loop it means. Returns whether
    /// `call` was one.
    pub(super) fn printed_comprehension(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        if !self.is_print(frame, call) || !call.arguments.keywords.is_empty() {
            return Ok(false);
        }
        let mut comprehensions = call.arguments.args.iter().filter_map(comprehension_inside);
        let (Some(comprehension), None) = (comprehensions.next(), comprehensions.next()) else { return Ok(false) };
        let literals_besides = call.arguments.args.iter().all(|argument| {
            comprehension_inside(argument).is_some()
                || matches!(argument, Expr::StringLiteral(_) | Expr::NumberLiteral(_))
        });
        let Expr::Call(element) = &*comprehension.elt else { return Ok(false) };
        let effect =
            self.change_of_call(frame, element).is_some() || self.waits_for_futures(frame, comprehension, element);
        if !literals_besides || !effect {
            return Ok(false);
        }
        self.comprehension_statement(frame, comprehension, out, line)?;
        Ok(true)
    }
}

impl Translator<'_> {
    /// Whether `call` is the builtin `print` (not a function of the file of that name).
    pub(super) fn is_print(&self, frame: &Frame, call: &ast::ExprCall) -> bool {
        matches!(&*call.func, Expr::Name(name) if name.id.as_str() == "print")
            && matches!(self.expr(frame, &call.func, false), Ok(Ex::Static(Value::Module(_))))
    }

    /// `f.result()` or `f.exception()` of a future: a wait (and `result()` raises the job's exception
    /// again) that a `print(f.result())` around it must not drop (session 20: it read the call only).
    /// With a time-out too (`f.result(timeout=0.01)`, session 21), which may raise TimeoutError.
    pub(super) fn waits_for_a_future(&self, frame: &Frame, call: &ast::ExprCall) -> bool {
        let Expr::Attribute(method) = &*call.func else { return false };
        let no_argument_but_a_timeout = match (&call.arguments.args[..], &call.arguments.keywords[..]) {
            ([], []) | ([_], []) => true,
            ([], [keyword]) => keyword.arg.as_ref().is_some_and(|name| name.as_str() == "timeout"),
            _ => false,
        };
        matches!(method.attr.as_str(), "result" | "exception")
            && no_argument_but_a_timeout
            && matches!(self.expr(frame, &method.value, false), Ok(Ex::Static(Value::Future(_))))
    }

    /// `f.result()` or `f.exception()` of the comprehension's one variable, walking a list or set of
    /// futures: a wait per future, which a `print` around it must not drop.
    pub(super) fn waits_for_futures(
        &self,
        frame: &Frame,
        comprehension: &ast::ExprListComp,
        element: &ast::ExprCall,
    ) -> bool {
        let [generator] = &comprehension.generators[..] else { return false };
        let (Expr::Attribute(method), Expr::Name(target)) = (&*element.func, &generator.target) else { return false };
        let waits = matches!(method.attr.as_str(), "result" | "exception") && element.arguments.is_empty();
        let of_the_variable = matches!(&*method.value, Expr::Name(receiver) if receiver.id == target.id);
        let over_futures = match self.expr(frame, &generator.iter, false) {
            Ok(Ex::Static(Value::Futures(..) | Value::FutureSet(..))) => true,
            // A list of futures known at import time (appended one by one in an unrolled loop).
            Ok(Ex::Static(Value::List(items))) => items.iter().all(|item| matches!(item, Value::Future(_))),
            _ => false,
        };
        waits && of_the_variable && over_futures && generator.ifs.is_empty() && !generator.is_async
    }
}

/// The list comprehension `argument` is, or holds as the one argument of a builtin that cannot raise on
/// a list (`len`, `list`, `str`, `repr`, `tuple`).
fn comprehension_inside(argument: &Expr) -> Option<&ast::ExprListComp> {
    match argument {
        Expr::ListComp(comprehension) => Some(comprehension),
        Expr::Call(call)
            if matches!(&*call.func, Expr::Name(name) if matches!(name.id.as_str(), "len" | "list" | "str" | "repr" | "tuple"))
                && call.arguments.keywords.is_empty() =>
        {
            match &call.arguments.args[..] {
                [Expr::ListComp(comprehension)] => Some(comprehension),
                _ => None,
            }
        }
        _ => None,
    }
}
