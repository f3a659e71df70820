//! `lanes = {"red": (0.003, 0.004), "blue": (0.001, 0.006)}` in a coroutine, walked by `for n, (p, r) in
//! lanes.items()` (session 37, session36/a04): a dict display in a function whose values are tuple
//! displays of numbers (floats too: sleep durations), None and strings. local_display_views.rs binds a
//! display holding lists to its pairs when every read of the name walks it; a display of tuples is
//! taken so too. A tuple cannot change, so each walk hands on the values the display gave, exactly, and
//! a tuple read whole where a value of a step is needed stays refused in the words of expr.rs.

use ruff_python_ast::{self as ast, Expr};

use crate::value::Value;

/// Whether every value of `display` is a tuple display, and at least one is.
pub(super) fn walked_tuple_display(display: &ast::ExprDict) -> bool {
    !display.items.is_empty() && display.items.iter().all(|item| matches!(item.value, Expr::Tuple(_)))
}

/// A value of such a display: a number, None, a string, or a list (a tuple display's items) of those.
pub(super) fn is_plain_or_tuple_of_scalars(value: &Value) -> bool {
    match value {
        Value::List(items) => items.iter().all(is_scalar),
        other => is_scalar(other),
    }
}

/// A number (a float too), None or a string.
fn is_scalar(value: &Value) -> bool {
    matches!(value, Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::None)
}
