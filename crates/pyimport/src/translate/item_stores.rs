//! The forms of `container[key] = value` (a subscript's store): one ordered table, tried from the
//! first, and the store into a shared list or dict last. The order decides which form takes a store
//! more than one would: keep it. A new form is one function (in a module of its own) and one row here,
//! at the place its store would otherwise go.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Step, Translator, fail};
use crate::expr::Ex;
use crate::out::Node;
use crate::value::{Object, Shape, Value};

/// A form: its steps written to `out` and true when it takes the store; false, having written nothing,
/// when it does not.
type ItemStore = fn(&mut Translator<'_>, &mut Frame, &ast::ExprSubscript, &Expr, &mut Vec<Step>, u32) -> Result<bool>;

/// The forms, in the order they are tried.
const ITEM_STORES: &[ItemStore] = &[
    // The store of a comprehension's filtered list into the list it makes (filtered_lists.rs).
    |translator, frame, subscript, value, out, line| translator.filtered_store(frame, subscript, value, out, line),
    // The element of a set comprehension added to the set it makes (set_comprehensions.rs).
    |translator, frame, subscript, value, out, line| translator.set_member_store(frame, subscript, value, out, line),
    // `items[a:b] = [...]` of a shared list (list_edits.rs).
    |translator, frame, subscript, value, out, line| translator.list_slice_replace(frame, subscript, value, out, line),
    // `registry.entries[name] = value` of an instance made at run time (attribute_dict_stores.rs).
    |translator, frame, subscript, value, out, line| {
        translator.attribute_dict_store(frame, subscript, value, out, line)
    },
    // `config["key"] = value` of a dict whose keys are known at import time, each a shared variable.
    |translator, frame, subscript, value, out, line| {
        let Ex::Static(Value::Record(fields)) = translator.expr(frame, &subscript.value, false)? else {
            return Ok(false);
        };
        let shared = translator.record_field(frame, &fields, &subscript.slice)?;
        translator.assign_shared(frame, &shared, value, out, line)?;
        Ok(true)
    },
    // `a[i] = v` of a `multiprocessing.Array` (list_values.rs: an index known only at run time).
    |translator, frame, subscript, value, out, line| {
        let Ex::Static(Value::Object(Object::SharedValue { items: Some(items), .. })) =
            translator.expr(frame, &subscript.value, false)?
        else {
            return Ok(false);
        };
        if translator.keyed_store(frame, subscript, value, out, line)? {
            return Ok(true);
        }
        let shared = translator.shared_array_item(frame, &items, &subscript.slice)?;
        translator.assign_shared(frame, &shared, value, out, line)?;
        Ok(true)
    },
    // `stats[kind] = value` of a dict made at run time (held_dict_stores.rs).
    |translator, frame, subscript, value, out, line| translator.held_dict_store(frame, subscript, value, out, line),
];

impl Translator<'_> {
    /// `container[key] = value`: the first form of `ITEM_STORES` that takes it, else the store into a
    /// shared list or dict; refused for any other container.
    pub(super) fn assign_item(
        &mut self,
        frame: &mut Frame,
        subscript: &ast::ExprSubscript,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        for store in ITEM_STORES {
            if store(self, frame, subscript, value, out, line)? {
                return Ok(());
            }
        }
        self.shared_item_store(frame, subscript, value, out, line)
    }

    /// `items[i] = v`, `counts[k] = counts.get(k, 0) + 1`, `cache[key] = expensive(key)` of a shared list
    /// or dict: the value's own steps first, as Python computes the value before it stores it, then one
    /// `set`.
    fn shared_item_store(
        &mut self,
        frame: &mut Frame,
        subscript: &ast::ExprSubscript,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let Ex::Static(Value::Shared(shared, shape @ (Shape::Array(_) | Shape::Map { .. }))) =
            self.expr(frame, &subscript.value, false)?
        else {
            return fail(subscript, "item assignment is supported on shared lists and dicts");
        };
        let value_text = match self.popped_operand(frame, value, out, line)? {
            Some(ex) => self.to_code(ex, value)?.0,
            // `cache[key] = compute(key)`, `results[i] = q.get()`: the call's steps, then the store.
            None => self.argument_code(frame, value, out, line)?,
        };
        let index = self.item_index(frame, &shared, &shape, &subscript.slice)?;
        out.push(Step::new("set", Node::Quoted(format!("{shared}[{index}] = {value_text}")), line));
        Ok(())
    }
}
