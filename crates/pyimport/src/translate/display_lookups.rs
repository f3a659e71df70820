//! `{"pro": 20, "free": 0}[user["plan"]]`: a dict display of constants indexed by a key known only when
//! the program runs (session33/f08's `price_for`, session33/m03's `shipping_cost`; session 34). Before,
//! refused: "a dict display is indexed by a key known at import time".
//!
//! It is the keyed read a module dict with string keys has (list_values.rs `keyed_steps`): one
//! `atomic` step that tests the key against each of the display's keys and takes the value the
//! matching one has, Python's KeyError raised after it where none matches. The dict is made afresh by
//! every evaluation in Python and dropped after the lookup, and its keys and values are constants, so
//! making it has no effect a lookup by its values would not have. A key given twice keeps its last value
//! (Python's dict keeps the first place and the last value). Only string and integer keys and number,
//! string or None values (a bool value would print `1` where weft follows no name of it as a bool, a
//! list or a tuple would be the import's tuple); anything else is refused as before.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Translator};
use crate::value::Value;

impl Translator<'_> {
    /// The cases of the lookup of `key` (the scenario's text) in `display`: the test that picks each
    /// distinct key and the text of its (last) value. `None` where a key or a value is not a constant
    /// of the kinds above.
    pub(super) fn display_cases(
        &self,
        frame: &Frame,
        display: &ast::ExprDict,
        key: &str,
    ) -> Option<Vec<(String, String)>> {
        let mut cases: Vec<(String, String)> = Vec::with_capacity(display.items.len());
        for item in &display.items {
            let item_key = item.key.as_ref()?;
            if matches!(item.value, Expr::BooleanLiteral(_)) || matches!(item_key, Expr::BooleanLiteral(_)) {
                return None;
            }
            let key_text = match self.static_value(frame, item_key).ok()? {
                Value::Str(text) => crate::out::quoted(&text, '\''),
                Value::Int(number) => number.to_string(),
                _ => return None,
            };
            let value_text = match self.static_value(frame, &item.value).ok()? {
                Value::Str(text) => crate::out::quoted(&text, '\''),
                Value::Int(number) => number.to_string(),
                Value::None => "None".to_string(),
                _ => return None,
            };
            let test = format!("{key} == {key_text}");
            match cases.iter_mut().find(|(existing, _)| *existing == test) {
                Some(case) => case.1 = value_text,
                None => cases.push((test, value_text)),
            }
        }
        (!cases.is_empty()).then_some(cases)
    }
}
