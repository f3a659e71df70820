//! `loop.run_in_executor(None, f, x)` as an argument of `asyncio.gather` (session 33: session32/a04,
//! `await asyncio.gather(asyncio.to_thread(g, a), loop.run_in_executor(None, f, b))`). CPython's
//! `run_in_executor` submits the job to the loop's default executor when it is called, while `gather`'s
//! arguments are evaluated, and gives an asyncio future that `gather` waits for as it is (no task made
//! for it). weft submits each `to_thread` of a `gather` at the same place (coroutines.rs' `gathered`),
//! a job of the same executor; this takes `run_in_executor(None, ...)` the same way. Only the default
//! executor (`None`): a job of an executor of a `with` in a `gather` stays refused as before.

use ruff_python_ast::{self as ast, Expr};

use super::coroutines::Start;
use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::value::{Object, Value};

impl Translator<'_> {
    /// Whether `call` is `loop.run_in_executor(None, ...)` of the running loop.
    pub(super) fn is_default_executor_job(&self, frame: &Frame, call: &ast::ExprCall) -> bool {
        let Expr::Attribute(attribute) = &*call.func else { return false };
        attribute.attr.as_str() == "run_in_executor"
            && matches!(self.expr(frame, &attribute.value, false), Ok(Ex::Static(Value::Object(Object::Loop))))
            && matches!(call.arguments.args.first(), Some(Expr::NoneLiteral(_)))
    }

    /// The job of `loop.run_in_executor(None, f, x)` when `call` is one (`None` for any other call).
    pub(super) fn default_executor_job<'c>(&self, frame: &Frame, call: &'c ast::ExprCall) -> Result<Option<Start<'c>>> {
        if !self.is_default_executor_job(frame, call) {
            return Ok(None);
        }
        self.run_in_executor_start(frame, call).map(Some)
    }
}
