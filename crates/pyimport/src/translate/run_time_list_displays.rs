//! `first = [a.result(), b.result()]`, `pair = [a, b]` of values known only at run time, assigned to a
//! local of a function (session 26, session24/a03). Before, such a display was taken as a list of the
//! import (threads, locks, numbers known at import time) and refused ("weft needs this value at import
//! time"); a list display with an item known only at run time was already a list made at run time as a
//! returned value (`return [t1.result(), t2.result()]`) or an item of another display.
//!
//! Python evaluates the items left to right, then builds the list in one step that no other thread sees
//! half made: each item's steps (a future's `result()`, a blocking call, a call of the file's function)
//! in that order into locals, then `let: "first = new_list(...)"`, a list made at run time
//! (docs/format.md), which the local holds from then on as a list computed at run time
//! (list_values.rs: `len`, truth, items, `sum`, `sorted`, `==` with a display).
//! Only for a local of a function: a display at module level or bound to a global keeps its refusal.

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::out::Step;
use crate::value::Value;

impl Translator<'_> {
    /// `name = [...]` of a function's local whose items are numbers, strings, None, tuples or values
    /// known only at run time, at least one of these (or an item with steps of its own): the list made
    /// at run time. `false` for anything else, which is translated as before.
    pub(super) fn assign_run_time_list_display(
        &mut self,
        frame: &mut Frame,
        (name, target): (&str, &Expr),
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::List(display) = value else { return Ok(false) };
        if frame.module_level || self.is_global_target(frame, name) || display.elts.is_empty() {
            return Ok(false);
        }
        let mut run_time_items = 0;
        for item in &display.elts {
            match self.run_time_item(frame, item) {
                Some(true) => run_time_items += 1,
                Some(false) => {}
                None => return Ok(false),
            }
        }
        if run_time_items == 0 {
            return Ok(false);
        }
        let rewritten = self.display_without_stepped_items(frame, value, out, line)?.unwrap_or_else(|| value.clone());
        let made = self.run_time_display(frame, &rewritten, false)?;
        let (text, ..) = self.to_code(made, value)?;
        self.check_rebinding(frame, name, target)?;
        self.bind_made_list(frame, name, value, &text, out, line)?;
        Ok(true)
    }

    /// Whether a display's item is known only at run time (`Some(true)`), a scalar known at import
    /// time (`Some(false)`), or anything else (`None`: a lock, a thread, a nested display, `*xs`).
    fn run_time_item(&self, frame: &Frame, item: &Expr) -> Option<bool> {
        if matches!(item, Expr::List(_) | Expr::Dict(_) | Expr::Set(_) | Expr::Starred(_)) {
            return None;
        }
        if self.contains_stepped_operand(frame, item) {
            return Some(true);
        }
        match self.expr(frame, item, false) {
            Ok(Ex::Code { .. }) => Some(true),
            Ok(Ex::Static(Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::None)) => Some(false),
            _ => None,
        }
    }
}
