//! The words of refusals whose first wording pointed away from the cause (session26/repro/r03, r04).

use crate::value::{Shape, Value};

/// Why arithmetic of two values known at import time has no value: a list or dict joined (`items =
/// items + [x]`, which makes a new list), or else an overflow, a division by zero or mixed types.
pub(crate) fn folded_arithmetic_refusal(left: &Value, right: &Value) -> String {
    let is_list_or_dict = |value: &Value| {
        matches!(value, Value::List(_) | Value::Record(_) | Value::Shared(_, Shape::Map { .. } | Shape::Array(_)))
    };
    if is_list_or_dict(left) || is_list_or_dict(right) {
        return format!(
            "arithmetic with a list or dict (here {} and {}) is not supported: `items + [x]` makes a new list, and weft's shared lists and dicts are changed in place (`items.append(x)`, `items.extend(more)`)",
            left.describe(),
            right.describe()
        );
    }
    "this arithmetic overflows, divides by zero or mixes types at import time".to_string()
}

/// The refusal of an `asyncio.Queue`'s non-waiting `method` (`get_nowait`, `put_nowait`) where no
/// `try:` catches its exception the way weft imports it.
pub(crate) fn asyncio_nowait_refusal(method: &str) -> String {
    match method {
        "put_nowait" => "an `asyncio.Queue`'s `put_nowait()` on a bounded queue (which raises asyncio.QueueFull when it is full) imports in a `try:` with `except asyncio.QueueFull:`; uncaught, its exception goes to the task's awaiter, if any; or use `await q.put(x)`, which waits for room".to_string(),
        _ => "an `asyncio.Queue`'s `get_nowait()` imports in a `try:` with `except asyncio.QueueEmpty:`; uncaught, its exception goes to the task's awaiter, if any".to_string(),
    }
}
