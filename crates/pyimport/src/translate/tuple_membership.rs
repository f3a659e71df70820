//! `pair not in ((0, 0), (1, -1))`, `x in (0.5, 1)` (session 27; session 26's t07): `in` on a tuple
//! or list display whose items are known at import time and hold a tuple or a float, with a key known
//! only at run time. Python's `in` compares the key with each item by `==` (after `is`, which differs
//! only for a NaN, a value weft's floats never hold) and stops at the first equal one: the scenario's
//! `key == item or ...`, whose `==` is Python's of tuples (item by item) and floats (by value beside
//! integers) (docs/format.md, "Tuples", "Floats"). The format's `contains` is not used: it takes no
//! float. The key is read once in Python, so a key that reads shared state is refused (copy it to a
//! local first). A list, dict or set display among the items is refused: a list never equals a tuple,
//! and weft's tuples do not tell the two apart.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::expr::{Ex, MAX_TUPLE_LENGTH, SUM, wrap};
use crate::value::Value;

/// Why a list or tuple known at import time under a name is refused beside a tuple display.
const AMBIGUOUS_SEQUENCE: &str = "`in` with a tuple display compares tuples, and this name holds a list or tuple known at import time, which weft does not tell apart (a list never equals a tuple in Python); write the tuple display here";

impl Translator<'_> {
    /// `key in (items...)` of a display as above: the test's text and whether it reads shared state;
    /// `None` for any other container (every item an integer, a string or None keeps its own forms).
    pub(crate) fn tuple_display_membership(
        &self,
        frame: &Frame,
        key: &Expr,
        container: &Expr,
        use_known: bool,
    ) -> Result<Option<(String, bool)>> {
        let (Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. })) = container else {
            return Ok(None);
        };
        let mut items = Vec::with_capacity(elts.len());
        for element in elts {
            let Ok(Ex::Static(item)) = self.expr(frame, element, use_known) else { return Ok(None) };
            items.push(item);
        }
        let holds_tuple_or_float = elts.iter().zip(&items).any(|(element, item)| {
            matches!(element, Expr::Tuple(_) | Expr::List(_)) || matches!(item, Value::Float(_))
        });
        if !holds_tuple_or_float {
            return Ok(None);
        }
        if let Some(display) =
            elts.iter().find(|element| matches!(element, Expr::List(_) | Expr::Dict(_) | Expr::Set(_)))
        {
            return fail(
                display,
                "`in` on a display that holds a list, dict or set display is not supported (weft compares tuples, and a list never equals a tuple); write the items as tuples",
            );
        }
        // A name that holds a list or tuple known at import time: weft's value does not say which
        // (Python's list never equals a tuple).
        if let Some((element, _)) = elts
            .iter()
            .zip(&items)
            .find(|(element, item)| matches!(item, Value::List(_)) && !matches!(element, Expr::Tuple(_)))
        {
            return fail(element, AMBIGUOUS_SEQUENCE);
        }
        if items.len() > MAX_TUPLE_LENGTH {
            return fail(
                container,
                format!("`in` on a display of more than {MAX_TUPLE_LENGTH} tuples or floats is not supported"),
            );
        }
        let key_value = self.expr(frame, key, use_known)?;
        if let Ex::Static(known) = &key_value {
            if matches!(known, Value::List(_)) && !matches!(key, Expr::Tuple(_)) {
                return fail(key, AMBIGUOUS_SEQUENCE);
            }
            let Some(found) = static_membership(known, &items) else {
                return fail(key, "weft cannot compare this value with the display's items at import time");
            };
            return Ok(Some(((if found { "True" } else { "False" }).to_string(), false)));
        }
        let (key_text, key_precedence, _, reads) = self.to_code(key_value, key)?;
        if reads {
            return fail(
                key,
                "`in` on a display of constants needs a key that reads no shared state (weft compares it with each item in turn); copy it to a local first",
            );
        }
        let key_text = wrap(&key_text, key_precedence, SUM);
        let mut tests = Vec::with_capacity(items.len());
        for (item, element) in items.into_iter().zip(elts) {
            tests.push(format!("{key_text} == {}", self.to_code(Ex::Static(item), element)?.0));
        }
        Ok(Some((format!("({})", tests.join(" or ")), false)))
    }
}

/// Whether `key` equals one of `items` by Python's `==`, all known at import time (`None` where a
/// value is of a kind this does not compare).
fn static_membership(key: &Value, items: &[Value]) -> Option<bool> {
    let mut found = false;
    for item in items {
        found |= static_equal(key, item)?;
    }
    Some(found)
}

/// Python's `==` of two numbers, strings, Nones or tuples of them known at import time.
fn static_equal(left: &Value, right: &Value) -> Option<bool> {
    Some(match (left, right) {
        (Value::Int(a), Value::Int(b)) => a == b,
        (Value::Float(a), Value::Float(b)) => a == b,
        // Python compares an integer and a float exactly (`2**53 + 1 != 2.0**53`).
        (Value::Int(a), Value::Float(b)) | (Value::Float(b), Value::Int(a)) => {
            b.fract() == 0.0 && (-9.3e18..9.3e18).contains(b) && i128::from(*a) == *b as i128
        }
        (Value::Str(a), Value::Str(b)) => a == b,
        (Value::None, Value::None) => true,
        (Value::List(a), Value::List(b)) => {
            if a.len() != b.len() {
                return Some(false);
            }
            let mut equal = true;
            for (x, y) in a.iter().zip(b) {
                // A sequence inside a tuple: its kind (tuple or list) is not known here.
                if matches!(x, Value::List(_)) || matches!(y, Value::List(_)) {
                    return None;
                }
                equal &= static_equal(x, y)?;
            }
            equal
        }
        (
            Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::None | Value::List(_),
            Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::None | Value::List(_),
        ) => false,
        _ => return None,
    })
}
