//! `return [uid * 10, uid * 10 + 1]` of a task's function (session 22's a03, a coroutine run by
//! `tg.create_task`) whose items are known at import time: Python makes a new list at each run of
//! the `return` and gives it as the task's result. A display with an item known only at run time was
//! already the object made at run time (`new_list(...)`, docs/format.md), which a task's result holds
//! as any value; one of items known at import time was a list of the import, which a step's value
//! cannot be, and was refused. It is the same object made at run time now. An inlined function's
//! `return [1, 2]` keeps its list known at import time (the caller reads it as one).

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::value::Value;

impl Translator<'_> {
    /// The value of a task's `return`: a list display of items known at import time as the list made
    /// at run time, anything else as `expr` reads it.
    pub(super) fn task_returned_value(&self, frame: &Frame, value: &Expr) -> Result<Ex> {
        let ex = self.expr(frame, value, false)?;
        match (&ex, value) {
            (Ex::Static(Value::List(_)), Expr::List(_)) => self.run_time_display(frame, value, false),
            _ => Ok(ex),
        }
    }
}
