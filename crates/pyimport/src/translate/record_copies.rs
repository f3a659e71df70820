//! `dict(d)` of a dict with string keys (session 24: `return dict(self._stock)`, session23/t11's
//! snapshot): each key of such a dict is a shared variable of its own (value.rs, `Record`), so the copy
//! is a dict made at run time from them, `new_dict('apple', inv_stock_apple, 'pear', inv_stock_pear)`,
//! in the display's order (the keys such a dict has, in its insertion order: it gains and loses none).
//! CPython copies a dict whose keys are strings in one C call (`dict_merge`: no Python code runs, so no
//! other thread between two items): the copy is one `atomic` step into a temporary (whole_reads.rs'
//! `Fields`), since each read of a shared variable is a step of its own otherwise.

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator, fail};
use crate::expr::{ATOM, Ex, MAX_OBJECT_DISPLAY};
use crate::out::quoted;
use crate::value::Value;

impl Translator<'_> {
    /// The text of the copy `dict(d)` or `d.copy()` makes when `d` is a dict with string keys, else `None`.
    pub(super) fn record_copy_text(&self, frame: &Frame, value: &Expr) -> Option<String> {
        let argument = self.record_copy_source(frame, value)?;
        let Ok(Ex::Static(Value::Record(fields))) = self.expr(frame, argument, false) else { return None };
        if 2 * fields.len() > MAX_OBJECT_DISPLAY {
            return None;
        }
        self.made_containers.set(true);
        let items: Vec<String> = fields.iter().flat_map(|(key, shared)| [quoted(key, '\''), shared.clone()]).collect();
        Some(format!("new_dict({})", items.join(", ")))
    }

    /// `dict(d)` of a dict with string keys met as a value where no step can be put before it (its copy
    /// is read in a step of its own where it can: `record_copy_text`): a copy of one key reads one
    /// variable, so it is the expression itself; one of more keys is refused, as two reads would be
    /// two steps.
    pub(crate) fn record_copy(&self, fields: &[(String, String)], at: &impl Ranged) -> Result<Ex> {
        if fields.len() > 1 || 2 * fields.len() > MAX_OBJECT_DISPLAY {
            return fail(
                at,
                format!(
                    "`dict(d)` of a dict with string keys is a copy CPython makes in one step: assign it to a name on a line of its own (`snapshot = dict(d)`), or `return` it; weft copies at most {} keys",
                    MAX_OBJECT_DISPLAY / 2
                ),
            );
        }
        self.made_containers.set(true);
        let items: Vec<String> = fields.iter().flat_map(|(key, shared)| [quoted(key, '\''), shared.clone()]).collect();
        Ok(Ex::code(format!("new_dict({})", items.join(", ")), ATOM, false, !fields.is_empty()))
    }
}
