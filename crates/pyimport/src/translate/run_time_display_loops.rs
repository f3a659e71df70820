//! `for job in [Job(30, "backup", 1), Job(10, "email")]: jobs.put(job)` (session 36: session35/q01):
//! a `for` statement over a list or tuple display written in the loop, some of whose items are values
//! made only when the program runs (a dataclass instance, a dict, a value read from shared memory).
//! Python evaluates the whole display once, in order, before the first pass; each item is then a
//! value nothing else names. So each item made at run time is kept in a local of its own by a `let`
//! before the loop, in the display's order, and the loop is unrolled (the display's length is known at
//! import time) with its variable bound to that local on each pass, so every use of the variable in a
//! pass is the same object, as in Python. Items known at import time are bound as in any unrolled loop.
//! An item that is none of these (a thread, an instance weft follows by its attributes) keeps the
//! refusal the loop had before.

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator};
use crate::out::{Node, Step};
use crate::value::Value;

impl Translator<'_> {
    /// The items of a list or tuple display some of whose items are made at run time, each such item
    /// in a local a `let` fills here; `None` when `iterable` is no such display, or an item is a value
    /// a step cannot hold.
    pub(super) fn run_time_display_items(
        &mut self,
        frame: &mut Frame,
        target: &Expr,
        iterable: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Vec<Value>>> {
        let Expr::Name(variable) = target else { return Ok(None) };
        let elements = match iterable {
            Expr::List(list) => &list.elts[..],
            Expr::Tuple(tuple) => &tuple.elts[..],
            _ => return Ok(None),
        };
        if elements.iter().any(|element| matches!(element, Expr::Starred(_))) {
            return Ok(None);
        }
        let mut made = Vec::new();
        let mut items = Vec::with_capacity(elements.len());
        for element in elements {
            if let Ok(value) = self.static_value(frame, element) {
                items.push(value);
                continue;
            }
            let mut steps = Vec::new();
            let Ok(text) = self.argument_code(frame, element, &mut steps, line) else { return Ok(None) };
            let local = self.fresh_temporary(frame.task, &format!("{}_item", variable.id));
            steps.push(Step::new("let", Node::Quoted(format!("{local} = {text}")), line));
            made.extend(steps);
            items.push(Value::Local(local));
        }
        out.extend(made);
        Ok(Some(items))
    }
}
