//! The 64-bit patterns of the values that are no integers: None, the strings' band and the tuples'
//! band, below the format's integers. A leaf: the evaluator (`expr`) and the run's strings (`strings`)
//! both read it.

use crate::limits::{MAX_FLOATS, MAX_OBJECTS, MAX_STRINGS, MAX_TUPLES};

/// Python's `None`: the one 64-bit pattern that is no integer of the format and no string. A value stays
/// a plain `i64` everywhere (locals, shared variables, queue items, results) and the hot loop pays only
/// a comparison where a value's type matters: arithmetic and ordering on None are a TypeError, `==`/`!=`
/// compare it as Python does, and it is false as a condition.
pub const NONE: i64 = i64::MIN;

/// Python's strings: string number `k` of the model's table (`Model::strings`, sorted, the empty string
/// first) is the value `FIRST_STRING + k`, in a band of [`MAX_STRINGS`] patterns just above None's. The
/// table is sorted by Rust's byte order of UTF-8, which is Python's order of code points, so `<` between
/// two strings is `<` between their values; the empty string is always `FIRST_STRING`, so Python's truth
/// of a string costs one comparison.
pub const FIRST_STRING: i64 = NONE + 1;

/// Python's tuples: tuple number `k` a run made (`RunValues`, interned: equal items are one tuple) is
/// the value `FIRST_TUPLE + k`, in a band of [`MAX_TUPLES`] patterns just above the strings'. A
/// tuple's number says only when the run first made it: whatever orders, prints or compares runs by
/// values reads its items (`Value::decode`, `RunValues::write_canonical`), never its number.
pub const FIRST_TUPLE: i64 = FIRST_STRING + MAX_STRINGS as i64;

/// Python's floats (since session 23, `crate::floats`): `+0.0` is the value `FIRST_FLOAT`, `-0.0` the
/// value after it (fixed, so that a float's truth costs one comparison), and float number `k` a run
/// made (interned by its IEEE bits: one value per bit pattern) is `FIRST_FLOAT + 2 + k`, in a band of
/// [`MAX_FLOATS`] patterns just above the tuples'. Patterns differ where Python's `==` may not
/// (`1.0 == 1`, `0.0 == -0.0`): the evaluator compares a float by its number, never its pattern.
pub const FIRST_FLOAT: i64 = FIRST_TUPLE + MAX_TUPLES as i64;

/// Python's mutable objects made at run time (lists, dicts, instances: `crate::objects`): object number
/// `k` of the run is the handle `FIRST_OBJECT + k`, in a band of [`MAX_OBJECTS`] patterns just above the
/// floats'. Two handles are one object when they are one pattern (Python's `is`); what compares runs
/// reads an object's contents, never its number. The same patterns since the objects' band was cut.
pub const FIRST_OBJECT: i64 = FIRST_FLOAT + MAX_FLOATS as i64;

/// The format's smallest integer: everything below it (None, the strings, the tuples and the objects)
/// is no integer. The integers run from here to 2^63 - 1; arithmetic whose result would fall below
/// overflows. The same pattern since the tuples' band was first cut: the objects took half of it.
pub const SMALLEST_INTEGER: i64 = FIRST_OBJECT + MAX_OBJECTS as i64;

/// Whether `value` is an integer (not None, not a string).
#[inline]
pub fn is_integer(value: i64) -> bool {
    value >= SMALLEST_INTEGER
}

/// The value of string number `index` of the model's table.
pub fn string_value(index: usize) -> i64 {
    debug_assert!(index < MAX_STRINGS, "the loader bounds the string table");
    FIRST_STRING + index as i64
}

/// The table index of a string value, `None` for an integer, None or a tuple.
pub fn string_index(value: i64) -> Option<usize> {
    (FIRST_STRING..FIRST_TUPLE).contains(&value).then(|| (value - FIRST_STRING) as usize)
}

/// The arena index of a tuple value, `None` for anything else.
pub fn tuple_index(value: i64) -> Option<usize> {
    (FIRST_TUPLE..FIRST_FLOAT).contains(&value).then(|| (value - FIRST_TUPLE) as usize)
}

/// Whether `value` is a float (`crate::floats`).
#[inline]
pub fn is_float(value: i64) -> bool {
    (FIRST_FLOAT..FIRST_OBJECT).contains(&value)
}

/// The number of the object a handle names, `None` for any other value.
pub fn object_index(value: i64) -> Option<usize> {
    (FIRST_OBJECT..SMALLEST_INTEGER).contains(&value).then(|| (value - FIRST_OBJECT) as usize)
}

/// Python's indexing: a negative index counts from the end. `None` when out of range.
pub fn python_index(index: i64, length: usize) -> Option<usize> {
    let length = i64::try_from(length).ok()?;
    let position = if index < 0 { index.checked_add(length)? } else { index };
    (0..length).contains(&position).then_some(position as usize)
}
