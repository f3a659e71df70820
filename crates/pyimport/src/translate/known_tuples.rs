//! A tuple the program made, known at import time, where weft needs a value of a step and the
//! expression is not the tuple display itself: a name bound to it (`result = (name, size, False)`,
//! `return result`: session33/f01), an item or a call that gives it (session 38, s38tuples).
//!
//! The import held a list and a tuple known at import time as one value, so such a tuple was refused as
//! "a list or a tuple": a scenario's tuple holds numbers, None, strings and tuples, and a list weft
//! follows is a variable of its own. The value now says where the program made a tuple
//! (`Items::is_tuple`: a tuple display, `enumerate`'s, `zip`'s and `.items()`'s pairs), and a tuple
//! cannot change, so its items known at import time are the scenario's tuple of the same items, as the
//! display's are (expr.rs `is_tuple_display`). A list, or a tuple holding a list, a function or an
//! object, is refused as before.

use ruff_python_ast::Expr;

use super::{Result, Translator};
use crate::expr::{Ex, MAX_TUPLE_LENGTH, tuple_text};
use crate::value::{Items, Value};

impl Translator<'_> {
    /// The scenario's text of `items` when the program made them a tuple of values of a step (numbers,
    /// None, strings, finite floats and such tuples); `None` otherwise. `at` is where a refusal of an
    /// item points.
    pub(crate) fn known_tuple_text(&self, items: &Items, at: &Expr) -> Result<Option<String>> {
        if !is_a_tuple_of_step_values(items) {
            return Ok(None);
        }
        let mut texts = Vec::with_capacity(items.len());
        for item in items.iter() {
            texts.push(self.to_code(Ex::Static(item.clone()), at)?.0);
        }
        Ok(Some(tuple_text(&texts)))
    }
}

/// Whether `items` are a tuple the program made, of 1 to `MAX_TUPLE_LENGTH` values a scenario's tuple
/// holds (the empty tuple is not a value of weft's yet).
fn is_a_tuple_of_step_values(items: &Items) -> bool {
    let holds = |item: &Value| match item {
        Value::Int(_) | Value::None | Value::Str(_) => true,
        Value::Float(number) => number.is_finite(),
        Value::List(inner) => is_a_tuple_of_step_values(inner),
        _ => false,
    };
    items.is_tuple() && (1..=MAX_TUPLE_LENGTH).contains(&items.len()) && items.iter().all(holds)
}
