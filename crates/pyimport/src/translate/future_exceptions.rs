//! A future's exception kept in a variable (session 21, session20/f08): `error = fut.exception()`, then
//! `if error is None:`, `isinstance(error, TimeoutError)`, `str(error)`. Python waits for the job and
//! gives the exception it raised, or None when it returned. The import waits with a `result` inside a
//! `try` whose `except BaseException as caught:` keeps the exception's value (exception_values.rs), the
//! variable None before it: the variable is then None or the value, as Python's. Such a program reads
//! exception values (`scan_exception_reads`), so every `raise` carries its arguments.

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, Result, Translator, fail};
use crate::out::{Node, Step};

impl Translator<'_> {
    /// `error = fut.exception()`: the wait for the job, its exception's value (None when it returned)
    /// into a temporary, whose name is given back.
    pub(super) fn exception_with_value(
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
        if frame.coroutine && !self.known_finished(frame, future) {
            // A coroutine's `task.exception()` does not wait: a task not yet done raises InvalidStateError.
            return fail(
                call,
                "`exception()` in a coroutine does not wait (a task not yet done raises InvalidStateError); `await` the task first",
            );
        }
        let may_meet_cancel = self.exception_may_meet_cancel(frame, future, call)?;
        if !self.exception_values {
            // The scan sets it for an assignment of `x.exception()`; any other place keeps no value.
            return fail(call, "`f.exception()` is imported in an assignment of its own (`error = f.exception()`)");
        }
        let exception = self.temporary(frame.task, "exception");
        let caught = self.temporary(frame.task, "caught_exception");
        out.push(Step::new("let", Node::Quoted(format!("{exception} = None")), line));
        let mut wait_entries = vec![("future", Node::Quoted(future.to_string()))];
        if may_meet_cancel {
            // A cancelled job gives the flag 0 instead of weft's fault (the flag needs a time-out: the
            // shutdown's, which never runs out); CancelledError comes after.
            wait_entries.push(("timeout", Node::Plain(super::futures::SHUTDOWN_WAIT.to_string())));
            wait_entries.push(("into_ok", Node::Plain(self.temporary(frame.task, "finished"))));
        }
        let wait = Step::new("result", Node::Map(wait_entries), line);
        let keep = Step::new("let", Node::Quoted(format!("{exception} = {caught}")), line);
        // BaseException: `exception()` gives whatever the job raised, not only an Exception.
        let clause = vec![
            ("classes", Node::Plain("[BaseException]".to_string())),
            ("as", Node::Plain(caught)),
            ("do", Node::Steps(vec![keep])),
        ];
        let entries = vec![("do", Node::Steps(vec![wait])), ("except", Node::Clauses(vec![clause]))];
        out.push(Step::new("try", Node::Map(entries), line));
        if may_meet_cancel {
            self.raise_if_cancelled(frame, future, out, line);
        }
        Ok(exception)
    }

    /// `error.args` of a name bound to `f.exception()` somewhere in the file: refused, as the name may
    /// hold None (Python's AttributeError) and its attributes are not read from the value yet.
    pub(crate) fn refuse_exception_variable_attribute(&self, attribute: &ast::ExprAttribute) -> Result<()> {
        let Expr::Name(name) = &*attribute.value else { return Ok(()) };
        if !self.exception_variables.contains(name.id.as_str()) {
            return Ok(());
        }
        fail(
            attribute,
            format!(
                "`.{}` of a value of `f.exception()` is not supported (it may be None); `isinstance`, `str`, `repr` and `type(x).__name__` of it import, or catch the exception with `try: f.result()` / `except C as e:` and read `e.{}`",
                attribute.attr, attribute.attr
            ),
        )
    }
}

/// The name `stmt` binds when it is `name = x.exception()`, the form whose value the import keeps (the
/// program then reads exception values).
pub(super) fn exception_variable(stmt: &Stmt) -> Option<&str> {
    let Stmt::Assign(assign) = stmt else { return None };
    let [Expr::Name(name)] = &assign.targets[..] else { return None };
    let Expr::Call(call) = &*assign.value else { return None };
    let exception = call.arguments.is_empty()
        && matches!(&*call.func, Expr::Attribute(attribute) if attribute.attr.as_str() == "exception");
    exception.then_some(name.id.as_str())
}
