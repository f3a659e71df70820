//! A list of results (`sizes = await asyncio.gather(*reads)`, `pool.map`'s results: a local array of
//! the task, `Value::LocalArray`) made into a list object at run time (session28/a05): `list(sizes)`
//! (a copy, as an argument: `to_thread(checksum, list(sizes))`) and a display that unpacks it
//! (`[*sizes, total]`, returned or assigned). Before, both were refused ("the value of `list(...)` is
//! computed here of items known at import time", "`*` in a display is not supported").
//!
//! The local array's items are the results, each a value of the scenario that nothing else writes (a
//! task's own locals), and its length is known at import time; so the copy is `new_list(results[0],
//! ..., results[n-1])`, one expression, as CPython's `list(...)` and `BUILD_LIST` make the list in one
//! step that no other thread sees half made. The list then behaves as any list made at run time
//! (docs/format.md, "Objects made at run time").

use ruff_python_ast::visitor::Visitor;
use ruff_python_ast::{Expr, Stmt};

use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::out::Step;
use crate::value::Value;

impl Translator<'_> {
    /// The items of `expr` where it is a list of results (a local array of the task): `results[0]`,
    /// `results[1]`, ...; `None` for any other expression.
    pub(crate) fn result_list_items(&self, frame: &Frame, expr: &Expr) -> Option<Vec<String>> {
        match self.expr(frame, expr, false) {
            Ok(Ex::Static(Value::LocalArray(results, length))) => {
                Some((0..length).map(|index| format!("{results}[{index}]")).collect())
            }
            _ => None,
        }
    }
}

impl Translator<'_> {
    /// `values = asyncio.run(main())` at the module's top level, where `main` ends in a `return` and
    /// every `return` of it gives a list display (`return [*sizes, total]`): the coroutine's task returns
    /// the list made at run time, and the global holds it from then on as a list computed at run time
    /// (`values == [5, 2, 5, 19]`, `len(values)`, its text), as `x = sorted(...)` does. `false` for any
    /// other assignment, translated as before.
    pub(super) fn assign_asyncio_run_list_display(
        &mut self,
        frame: &mut Frame,
        name: &str,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Call(call) = value else { return Ok(false) };
        if !frame.module_level || frame.dynamic > 0 || !self.is_asyncio_run(frame, call) {
            return Ok(false);
        }
        let Some(coroutine) = self.run_coroutine_function(frame, call) else { return Ok(false) };
        let Some(def) = self.functions.get(&coroutine) else { return Ok(false) };
        let ends_in_return = matches!(def.body.last(), Some(Stmt::Return(_)));
        let mut returns = super::counts::Returns::default();
        returns.visit_body(&def.body);
        let all_displays = returns.values.iter().all(|returned| matches!(returned, Some(Expr::List(_))));
        if !ends_in_return || !all_displays || self.globals.contains_key(name) || self.written_by_a_function(name) {
            return Ok(false);
        }
        let returned = self.asyncio_run_value(frame, call, out, line)?;
        self.bind_made_list(frame, name, value, &returned, out, line)?;
        Ok(true)
    }
}
