//! `d.move_to_end(key)` and `d.popitem(last=False)` of an `OrderedDict` (session 36: session35/t09),
//! which ordered_dicts.rs renames to `$move_to_end` and `$popitem_first` where it knows `d` is one, an
//! empty `OrderedDict()` imported as a shared dict (insertion order kept, docs/format.md "Walks in
//! insertion order"). Each is one C call of CPython's OrderedDict under the GIL, so one `atomic`:
//!
//! - `move_to_end(key)`: the value read (KeyError where the key is missing, as Python's), the key deleted,
//!   then stored again: a key inserted again takes the last place;
//! - `popitem(last=False)`: the earliest inserted key the dict still holds (`next_inserted(d, 0)`), its
//!   entry deleted; KeyError after the `atomic` where there is none (Python's "dictionary is empty").

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::out::{Node, Step};

impl Translator<'_> {
    /// The steps of `$move_to_end` or `$popitem_first` (ordered_dicts.rs) of the shared dict `shared`.
    pub(super) fn ordered_dict_method(
        &mut self,
        frame: &Frame,
        (shared, method): (&str, &str),
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if method == crate::ordered_dicts::MOVE_TO_END {
            let [key] = &call.arguments.args[..] else { return fail(call, "`move_to_end` takes one key") };
            let key = self.ordered_dict_key(frame, shared, key)?;
            let moved = self.temporary(frame.task, "moved");
            let steps = vec![
                Step::new("let", Node::Quoted(format!("{moved} = {shared}[{key}]")), line),
                Step::new("del", Node::Quoted(format!("{shared}[{key}]")), line),
                Step::new("set", Node::Quoted(format!("{shared}[{key}] = {moved}")), line),
            ];
            out.push(Step::new("atomic", Node::Steps(steps), line));
            return Ok(());
        }
        let found = self.temporary(frame.task, "first_place");
        let oldest = self.temporary(frame.task, "first_key");
        let removed = vec![
            Step::new("let", Node::Quoted(format!("{oldest} = key_inserted({shared}, {found})")), line),
            Step::new("del", Node::Quoted(format!("{shared}[{oldest}]")), line),
        ];
        let when_found = vec![("cond", Node::Quoted(format!("{found} >= 0"))), ("then", Node::Steps(removed))];
        let steps = vec![
            Step::new("let", Node::Quoted(format!("{found} = next_inserted({shared}, 0)")), line),
            Step::new("if", Node::Map(when_found), line),
        ];
        out.push(Step::new("atomic", Node::Steps(steps), line));
        let mut raise = Vec::new();
        self.push_raise(frame, "KeyError", &mut raise, line);
        let when_empty = vec![("cond", Node::Quoted(format!("{found} < 0"))), ("then", Node::Steps(raise))];
        out.push(Step::new("if", Node::Map(when_empty), line));
        Ok(())
    }

    /// The scenario's text of `key` as a key of the shared dict `shared`.
    fn ordered_dict_key(&mut self, frame: &Frame, shared: &str, key: &Expr) -> Result<String> {
        self.refuse_tuple_key(Some(shared), key)?;
        Ok(match self.static_tuple_key(frame, shared, key)? {
            Some(text) => text,
            None => self.map_key(shared, self.code(frame, key)?.0),
        })
    }
}
