//! The translator's side of list_rows.rs: `grid[r]` of a list known at import time whose items are
//! objects the import follows by name (shared rows, instances, synchronization objects), at a
//! position known only when the program runs. It refuses the lookup with the list's length, so that a
//! translation again writes it out as an `if` per position (list_rows.rs), or in words where the
//! position reads shared memory (computing it earlier could read another value).

use ruff_python_ast as ast;

use super::{Error, Frame, Translator};
use crate::expr::Ex;
use crate::value::{Shape, Value};

/// Most items a lookup is written out for (object_keys.rs writes a branch per item).
const MOST_ITEMS: usize = 8;

impl Translator<'_> {
    /// The refusal of `subscript`, an item of `items` at a position known only at run time, when
    /// `items` are objects followed by name; `None` for a position known at import time or a list of
    /// other values.
    pub(crate) fn run_time_list_item(
        &self,
        frame: &Frame,
        items: &[Value],
        subscript: &ast::ExprSubscript,
    ) -> Option<Error> {
        let followed = |item: &Value| {
            matches!(
                item,
                Value::Shared(_, Shape::Array(_) | Shape::Map { .. }) | Value::Instance(_) | Value::Object(_)
            )
        };
        if items.is_empty() || !items.iter().all(followed) {
            return None;
        }
        let Ok(Ex::Code { reads_shared, .. }) = self.expr(frame, &subscript.slice, true) else { return None };
        let mut refusal = Error::at(&*subscript.slice, crate::list_rows::REFUSAL);
        if !reads_shared && items.len() <= MOST_ITEMS {
            refusal.list_rows = Some(items.len());
        }
        Some(refusal)
    }
}

impl Translator<'_> {
    /// The refusal of `receiver` (`queues[own]` of `queues[own].pop()`, `accounts[i]` of
    /// `accounts[i].balance += 5`) where it is an item of a list or dict of objects at a key known only
    /// at run time: that lookup is written out as an `if` per key (list_rows.rs, object_keys.rs), so
    /// its refusal, not the one of the call or attribute around it, is the one to give.
    pub(crate) fn dispatched_receiver_refusal(&self, frame: &Frame, receiver: &ast::Expr) -> Option<Error> {
        match self.expr(frame, receiver, false) {
            Err(error) if error.list_rows.is_some() || error.object_keys.is_some() => Some(error),
            _ => None,
        }
    }
}
