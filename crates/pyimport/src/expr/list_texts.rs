//! The text of a list whose items are strings known at import time, in an f-string
//! (`f"missing id in {sorted(record)}"` of a dict display handed to a job, session27/f02): Python's
//! `list.__repr__`, `['id', 'name']`, written into the f-string's text at import time. Only where the
//! expression itself makes a list (a list display, a list comprehension, `sorted(...)`, `list(...)`),
//! since weft holds a tuple known at import time as the same value as a list and a tuple's text is
//! `('a',)`; and only of strings whose `repr` is the string between single quotes (printable ASCII
//! without a quote or a backslash): weft's booleans are integers, so numbers are left to the refusal.

use ruff_python_ast::Expr;

use crate::translate::{Frame, Translator};
use crate::value::Value;

impl Translator<'_> {
    /// Python's text of the list `items` that `expression` makes, where both are of the module's form;
    /// `None` otherwise.
    pub(super) fn known_list_text(&self, frame: &Frame, expression: &Expr, items: &[Value]) -> Option<String> {
        if !self.makes_a_list(frame, expression) {
            return None;
        }
        let mut texts = Vec::with_capacity(items.len());
        for item in items {
            let Value::Str(text) = item else { return None };
            texts.push(plain_string_repr(text)?);
        }
        Some(format!("[{}]", texts.join(", ")))
    }

    /// Whether `expression` evaluates to a new list whatever its items (not a tuple).
    fn makes_a_list(&self, frame: &Frame, expression: &Expr) -> bool {
        match expression {
            Expr::List(_) | Expr::ListComp(_) => true,
            Expr::Call(call) => {
                let Expr::Name(function) = &*call.func else { return false };
                let listing = ["sorted", "list"].iter().any(|builtin| self.is_builtin(frame, function, builtin));
                let one_argument = matches!(&call.arguments.args[..], [argument] if !argument.is_starred_expr());
                listing && call.arguments.keywords.is_empty() && one_argument
            }
            _ => false,
        }
    }
}

/// `repr(text)` where it is `'text'`: printable ASCII holding no quote or backslash.
fn plain_string_repr(text: &str) -> Option<String> {
    let plain =
        text.chars().all(|character| (' '..='~').contains(&character) && !matches!(character, '\'' | '"' | '\\'));
    plain.then(|| format!("'{text}'"))
}

#[cfg(test)]
mod tests {
    use super::plain_string_repr;

    #[test]
    fn plain_strings_are_quoted_others_are_left() {
        assert_eq!(plain_string_repr("name").as_deref(), Some("'name'"));
        assert_eq!(plain_string_repr(""), Some("''".to_string()));
        assert_eq!(plain_string_repr("it's"), None);
        assert_eq!(plain_string_repr("a\\b"), None);
        assert_eq!(plain_string_repr("tab\there"), None);
        assert_eq!(plain_string_repr("é"), None);
    }
}
