//! `out.put(line.strip().split(","))` (session 36: session35/q02): the list a split makes, handed on
//! whole through a queue. Elsewhere weft keeps a split's parts as the format's tuple of them
//! (`split(s, sep)`, HeldObject::Parts), which stands for Python's list only where the two behave alike
//! (its length, items, a walk) and which nobody else sees. A list put on a queue reaches another thread,
//! which may change it or compare it with a list, where a tuple would not behave as the list does: so it
//! is a list made at run time (docs/format.md, "Objects made at run time"), its items the parts in
//! order, copied by one `atomic` of the putting task's own locals (the text was read before it, as
//! Python computes the split before `put`). The same for a local holding a split's parts
//! (`row = line.split(","); out.put(row)`).

use ruff_python_ast::Expr;

use super::held_objects::HeldObject;
use super::{Frame, Result, Translator};
use crate::out::{Node, Step};

impl Translator<'_> {
    /// The name of a new list holding the parts, where `item` is `s.split(...)` (or `rsplit`) of a
    /// string known only at run time, or a name holding such parts; `None` for any other value.
    pub(super) fn split_list_code(
        &mut self,
        frame: &mut Frame,
        item: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<String>> {
        let parts_text = if let Some(split) = self.split_value(frame, item, true)? {
            self.to_code(split, item)?.0
        } else if let Some((name, HeldObject::Parts)) = self.held_object(frame, item) {
            name
        } else {
            return Ok(None);
        };
        let parts = self.fresh_temporary(frame.task, "parts");
        let made = self.fresh_temporary(frame.task, "split_list");
        let place = self.fresh_temporary(frame.task, "part_place");
        out.push(Step::new("let", Node::Quoted(format!("{parts} = {parts_text}")), line));
        let copied = vec![
            Step::new("set", Node::Quoted(format!("{made}[{place}] = key_at({parts}, {place})")), line),
            Step::new("let", Node::Quoted(format!("{place} = {place} + 1")), line),
        ];
        let walk = vec![("cond", Node::Quoted(format!("{place} < size({parts})"))), ("ops", Node::Steps(copied))];
        let steps = vec![
            Step::new("let", Node::Quoted(format!("{made} = new_list()")), line),
            Step::new("let", Node::Quoted(format!("{place} = 0")), line),
            Step::new("while", Node::Map(walk), line),
        ];
        out.push(Step::new("atomic", Node::Steps(steps), line));
        self.made_containers.set(true);
        Ok(Some(made))
    }
}
