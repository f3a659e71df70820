//! `for i in chunk_of(index):` of a function of the file that returns `range(...)` of bounds known
//! only at run time (session 31, session30/t06: `size = len(data) // WORKERS; return range(index *
//! size, (index + 1) * size)`). Before, the `return` was refused: a range as a value was computed of
//! integers known at import time only.
//!
//! Where the call is the iterable of a `for` (and only there), the range is made into a list of its
//! integers at the `return`, in one `atomic` step of the task (a list no other task sees, so its
//! walk takes the integers the range gives, in order), and the loop walks that list as any list made
//! at run time. Elsewhere (`r = chunk_of(1)`, whose text CPython prints as `range(2, 4)`, not a list)
//! the `return` is refused as before.

use ruff_python_ast::Expr;

use super::{Frame, Node, Result, Step, Translator, while_step};
use crate::expr::{ATOM, Ex};

impl Translator<'_> {
    /// `return range(a, b[, step])` of bounds known only at run time in a function called as a `for`'s
    /// iterable: the list of its integers made into a temporary, which holds the function's result.
    /// `None` for any other value or place.
    pub(super) fn returned_run_time_range(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Ex>> {
        if !self.ranges_walked_as_lists || self.range_args(frame, value).is_none() {
            return Ok(None);
        }
        if self.static_range(frame, value)?.is_some() {
            return Ok(None);
        }
        let mut bounds = Vec::new();
        let (start, stop, step) = self.run_time_range_bounds(frame, value, &mut bounds, line)?;
        let made = self.fresh_temporary(frame.task, "range_items");
        let position = self.fresh_temporary(frame.task, "position");
        let counter = self.fresh_temporary(frame.task, "counter");
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let comparison = if step > 0 { "<" } else { ">" };
        let fill = vec![
            Step::new("set", Node::Quoted(format!("{made}[{position}] = {counter}")), line),
            let_step(format!("{position} = {position} + 1")),
            let_step(format!("{counter} = {counter} + {step}")),
        ];
        let mut steps = bounds;
        steps.push(let_step(format!("{made} = new_list()")));
        steps.push(let_step(format!("{position} = 0")));
        steps.push(let_step(format!("{counter} = {start}")));
        steps.push(while_step(format!("{counter} {comparison} {stop}"), fill, line));
        out.push(Step::new("atomic", Node::Steps(steps), line));
        self.note_returned_made_list(frame, &made);
        Ok(Some(Ex::code(made, ATOM, false, false)))
    }
}

impl Translator<'_> {
    /// The value of a call of a function of the file (refused at its callee's name) may be a `range` it
    /// returns too (session 33: session32 checks/k174), which the import keeps as its integers' list.
    pub(crate) fn returned_sequence_words(
        &self,
        at: &ruff_python_ast::Expr,
        value: &crate::value::Value,
    ) -> Option<&'static str> {
        let ruff_python_ast::Expr::Name(callee) = at else { return None };
        (matches!(value, crate::value::Value::List(_)) && self.functions.contains_key(callee.id.as_str()))
            .then_some("a list, a tuple or a range a function returns")
    }
}
