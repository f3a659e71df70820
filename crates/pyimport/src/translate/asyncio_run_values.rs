//! The value of `asyncio.run(main())` bound otherwise than to one name (session 24's a03 and a10:
//! `first, failures = asyncio.run(main())`).
//!
//! `outcome = asyncio.run(main())` then `first, failures = outcome` imported: the coroutine's task
//! returns a tuple, which the calling thread takes into a local and unpacks. The unpacking straight
//! from the call is the same: the task's result into a temporary of the calling task, then each name
//! bound to its item (`unpack(t, i, n)`, Python's ValueError when the tuple has another length). A
//! coroutine that returns a list of results (`return results` of a gather's list) returns it as a
//! tuple of its items, as `results = asyncio.run(main())` has it (futures.rs, `asyncio_run_list`):
//! Python unpacks a list as it unpacks a tuple of the same items.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::out::Step;
use crate::value::Value;

impl Translator<'_> {
    /// `a, b = asyncio.run(main())`: `true` when `value` is such a call and its result was unpacked
    /// into `targets` (plain names, checked by the caller).
    pub(super) fn unpack_asyncio_run(
        &mut self,
        frame: &mut Frame,
        targets: &[Expr],
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Call(call) = value else { return Ok(false) };
        if self.module_callee(frame, call).as_deref() != Some("asyncio.run") {
            return Ok(false);
        }
        let returned = self.fresh_temporary(frame.task, "returned");
        let coroutine = self.run_coroutine_function(frame, call);
        let saved = std::mem::replace(&mut self.list_returning, coroutine);
        let main = self.asyncio_run(frame, call, Some(&returned), out, line);
        self.list_returning = saved;
        main?;
        self.unpack_items(frame, targets, &returned, value, out, line)?;
        Ok(true)
    }

    /// The coroutine function `asyncio.run(f(...))` runs, when its argument is a call of one of the
    /// file's functions.
    pub(super) fn run_coroutine_function(&self, frame: &Frame, call: &ast::ExprCall) -> Option<String> {
        let [Expr::Call(coroutine)] = &call.arguments.args[..] else { return None };
        match self.expr(frame, &coroutine.func, false) {
            Ok(Ex::Static(Value::Function(function))) => Some(function),
            _ => None,
        }
    }
}

impl Translator<'_> {
    /// Whether `call` is `asyncio.run(...)`.
    pub(super) fn is_asyncio_run(&self, frame: &Frame, call: &ast::ExprCall) -> bool {
        self.module_callee(frame, call).as_deref() == Some("asyncio.run")
    }

    /// `asyncio.run(main())` as an operand or an argument (`assert asyncio.run(main()) == 3`,
    /// `box["v"] = asyncio.run(main())`, `total += asyncio.run(main())`): the run, its result in a
    /// fresh local of the calling task, whose name is the operand's text. Python runs the loop to its
    /// end before it evaluates what follows the call in the expression, as a blocking call's result is.
    pub(super) fn asyncio_run_value(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let returned = self.fresh_temporary(frame.task, "returned");
        self.asyncio_run(frame, call, Some(&returned), out, line)?;
        Ok(returned)
    }
}
