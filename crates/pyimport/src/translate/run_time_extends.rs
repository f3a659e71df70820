//! `shared.extend(copied)` where `copied` is a task's local holding a value known only at run time
//! (session 29; session26/t09: `copied = other.get_chars(n)`, a list an inlined function made from a
//! shared list). CPython's `list.extend` of a list, a tuple, a string, a dict or a set walks it in C,
//! holding the GIL throughout, so the whole extend is one `atomic` step here: the source's length is
//! taken first (as list_extend's fast path does, `a.extend(a)` doubling `a`), then each item, in the
//! order `key_at` gives (a list's, a tuple's or a string's items, a dict's keys in insertion order, as
//! Python's iteration of each gives them). A number or None is the format's TypeError at `size`, as
//! Python's "object is not iterable". A set is refused (set_orders.rs: CPython walks a set in its hash
//! table's order, which weft does not keep).

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator, while_step};
use crate::expr::{Ex, is_identifier};
use crate::out::{Node, Step};

impl Translator<'_> {
    /// The task's local that `iterable` names, when `shared.extend(iterable)` can walk it at run time:
    /// `None` for a shared variable, a value known at import time, or anything else.
    pub(super) fn extended_local(&self, frame: &Frame, iterable: &Expr) -> Result<Option<String>> {
        if !matches!(iterable, Expr::Name(_)) || frame.module_level {
            return Ok(None);
        }
        let Ok(Ex::Code { text, .. }) = self.expr(frame, iterable, false) else { return Ok(None) };
        if !is_identifier(&text) || self.is_global_target(frame, &text) {
            return Ok(None);
        }
        self.refuse_loop_over_made_set(frame, iterable)?;
        Ok(Some(text))
    }

    /// `shared.extend(source)` of a local `source`: one `atomic` step that takes its length, then
    /// appends each of its items in turn.
    pub(super) fn run_time_extend(&mut self, frame: &Frame, shared: &str, source: &str, line: u32) -> Step {
        let [position, count] = ["k", "count"].map(|wanted| self.fresh_temporary(frame.task, wanted));
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let copy_one = vec![
            Step::new("set", Node::Quoted(format!("{shared}[len({shared})] = key_at({source}, {position})")), line),
            let_step(format!("{position} = {position} + 1")),
        ];
        let steps = vec![
            let_step(format!("{count} = size({source})")),
            let_step(format!("{position} = 0")),
            while_step(format!("{position} < {count}"), copy_one, line),
        ];
        Step::new("atomic", Node::Steps(steps), line)
    }
}
