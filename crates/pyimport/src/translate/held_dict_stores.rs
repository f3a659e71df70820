//! `stats[kind] = (count + 1, who)` of a module dict made at run time (session 34; session 33's "Left by
//! s33values": `stats = {"hits": (0, ""), "misses": (0, "")}`, a dict of tuples, which the import makes
//! as one object of the run, records.rs's `module_object`).
//!
//! The object's item is written by the format's `set: "x[k] = v"` (docs/format.md, "Objects made at
//! run time"), which evaluates the value, then the object, then the key, as Python's STORE_SUBSCR does,
//! and adds a new key last in the dict's order, as Python's dict does. Only where every binding of the
//! name gives a dict: a list object's write at its length appends in the format, where Python raises
//! IndexError, and a set has no item assignment (TypeError), so those stay refused.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, HeldObject, Node, Result, Step, Translator};

impl Translator<'_> {
    /// `name[key] = value` where `name` holds a dict made at run time: one `set` of the object's item
    /// after the value's own steps. `false` when the target is anything else.
    pub(super) fn held_dict_store(
        &mut self,
        frame: &mut Frame,
        subscript: &ast::ExprSubscript,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Name(name) = &*subscript.value else { return Ok(false) };
        if !self.binds_only_dicts(name.id.as_str(), super::counts::MOST_NAMES_FOLLOWED) {
            return Ok(false);
        }
        let Some((holder, HeldObject::Container { .. })) = self.held_object(frame, &subscript.value) else {
            return Ok(false);
        };
        // Python computes the value first: its steps (a queue's `get`, a call of the file) come first.
        let value_text = self.argument_code(frame, value, out, line)?;
        let (key, _, key_reads_shared) = self.code(frame, &subscript.slice)?;
        let key = if key_reads_shared {
            let local = self.fresh_temporary(frame.task, "key");
            out.push(Step::new("let", Node::Quoted(format!("{local} = {key}")), line));
            local
        } else {
            key
        };
        out.push(Step::new("set", Node::Quoted(format!("{holder}[{key}] = {value_text}")), line));
        Ok(true)
    }
}
