//! `return [uid * 10, uid * 10 + 1]` of a task's function (session 22's a03, a coroutine run by
//! `tg.create_task`) whose items are known at import time: Python makes a new list at each run of
//! the `return` and gives it as the task's result. A display with an item known only at run time was
//! already the object made at run time (`new_list(...)`, docs/format.md), which a task's result holds
//! as any value; one of items known at import time was a list of the import, which a step's value
//! cannot be, and was refused. It is the same object made at run time now. An inlined function's
//! `return [1, 2]` keeps its list known at import time (the caller reads it as one).

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::value::Value;

impl Translator<'_> {
    /// The value of a task's `return`: a list display of items known at import time as the list made
    /// at run time, anything else as `expr` reads it.
    pub(super) fn task_returned_value(&mut self, frame: &Frame, value: &Expr) -> Result<Ex> {
        // `return cache, values` to `cache, values = asyncio.run(main())` (asyncio_run_values.rs).
        if let Some(tuple) = self.tuple_of_run_instances(frame, value)? {
            return Ok(tuple);
        }
        let ex = self.expr(frame, value, false)?;
        match (&ex, value) {
            (Ex::Static(Value::List(_)), Expr::List(_)) => self.run_time_display(frame, value, false),
            _ => Ok(ex),
        }
    }
}

impl Translator<'_> {
    /// `return client.peak, sum(client.responses)` of a task's function (session 24's a07 variants): a
    /// tuple display with a whole read of a shared list or dict among its items (`sum`, `len`, `max`
    /// of it: steps of their own), each item's steps in Python's order as a list display's are
    /// (`display_without_stepped_items`), the tuple over their locals. `None` for any other value.
    pub(super) fn tuple_without_whole_reads(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        out: &mut Vec<crate::out::Step>,
        line: u32,
    ) -> Result<Option<Expr>> {
        let Expr::Tuple(tuple) = value else { return Ok(None) };
        if !tuple.elts.iter().any(|item| self.whole_read(frame, item).is_some()) {
            return Ok(None);
        }
        let as_list = Expr::List(ast::ExprList {
            node_index: ast::AtomicNodeIndex::default(),
            range: tuple.range,
            elts: tuple.elts.clone(),
            ctx: ast::ExprContext::Load,
        });
        let Some(Expr::List(rewritten)) = self.display_without_stepped_items(frame, &as_list, out, line)? else {
            return Ok(None);
        };
        Ok(Some(Expr::Tuple(ast::ExprTuple { elts: rewritten.elts, ..tuple.clone() })))
    }
}
