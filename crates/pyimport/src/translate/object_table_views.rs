//! `d.values()`, `d.keys()` and `d.items()` of a dict the import keeps as values known at import time
//! (`Value::Objects`: threading objects, tasks or durations under string keys, which nothing writes),
//! taken as a value (session 32: session31/a02's `gather(*tasks.values(), ...)` of a dict of tasks).
//! Python's view reads the dict when it is walked; since nothing writes this dict, the view is the
//! list of its entries in the display's order, as walks of it unrolled at import time take them
//! (float_table_views.rs).

use crate::value::{Items, Value};

/// The entries of the view `method` (`values`, `keys` or `items`, called without arguments) of a dict
/// of values known at import time, as a list; `None` for another method.
pub(crate) fn object_table_view(entries: &[(String, Value)], method: &str) -> Option<Value> {
    let items = entries.iter().map(|(key, value)| match method {
        "keys" => Some(Value::Str(key.clone())),
        "values" => Some(value.clone()),
        "items" => Some(Value::List(Items::tuple(vec![Value::Str(key.clone()), value.clone()]))),
        _ => None,
    });
    items.collect::<Option<Vec<Value>>>().map(|items| Value::List(items.into()))
}
