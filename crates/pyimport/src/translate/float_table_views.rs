//! `for url, delay in urls.items()`, `gather(*(download(u, d) for u, d in urls.items()))` (session23/a01):
//! the `items()`, `keys()` or `values()` of a table of numbers known at import time (a dict display of
//! numbers under string keys, one a float at least, that nothing writes: `Value::Objects`), walked where
//! weft unrolls a loop at import time. The table is the import's, not a shared variable (a write to it is
//! refused at its line), so its items are known: in the display's order, as Python's dict keeps it.

use ruff_python_ast::Expr;

use super::record_views::dict_view;
use super::{Frame, Translator};
use crate::expr::Ex;
use crate::value::{Items, Value};

impl Translator<'_> {
    /// The items of a view of a table of numbers; `None` when `iterable` is no such view (a table whose
    /// values are lists of numbers included: a pair holding a list is no item weft unrolls).
    pub(super) fn number_table_view(&self, frame: &Frame, iterable: &Expr) -> Option<Vec<Value>> {
        let (dict, view) = dict_view(iterable)?;
        let Ok(Ex::Static(Value::Objects(entries))) = self.expr(frame, &Expr::Name(dict.clone()), false) else {
            return None;
        };
        if !entries.iter().all(|(_, value)| matches!(value, Value::Int(_) | Value::Float(_))) {
            return None;
        }
        let items = entries.into_iter().map(|(key, value)| match view {
            "keys" => Value::Str(key),
            "values" => value,
            _ => Value::List(Items::tuple(vec![Value::Str(key), value])),
        });
        Some(items.collect())
    }
}
