//! A sleep's duration taken from a list of numbers known at import time by a position known only when
//! the program runs (`DELAYS = {"flaky": [0.05, 0.002]}`, then `await asyncio.sleep(DELAYS[service]
//! [attempt])` in a coroutine given `attempt` at run time). A float is no value of the scenario, but
//! every item of such a list is a duration: each becomes its integer nanoseconds at import time, the
//! list a tuple of them, and the sleep `{ ns: "item((50000000, 2000000), attempt)" }`: the item read
//! when the program runs, with Python's negative positions and its IndexError past the end. Nothing
//! else computes with the floats, so no float reaches the scenario's arithmetic.

use ruff_python_ast::Expr;

use super::{Frame, Translator};
use crate::expr::Ex;
use crate::out::Node;
use crate::value::Value;

/// The scenario's tuples hold 1 to 16 items (docs/format.md, "Tuples").
const MOST_TUPLE_ITEMS: usize = 16;

impl Translator<'_> {
    /// `TABLE[i]` as a sleep's length in nanoseconds, with `TABLE` a list of numbers known at import
    /// time (one a float at least) and `i` known only at run time. None for any other duration.
    pub(super) fn duration_table_lookup(&self, frame: &Frame, duration: &Expr) -> Option<Node> {
        let Expr::Subscript(subscript) = duration else { return None };
        // A list the program appends to is no table: its items are not all known at import time.
        if matches!(&*subscript.value, Expr::Name(name) if self.appended.contains(name.id.as_str())) {
            return None;
        }
        let Ok(Ex::Static(Value::List(items))) = self.expr(frame, &subscript.value, true) else { return None };
        if !items.iter().any(|item| matches!(item, Value::Float(_))) || items.len() > MOST_TUPLE_ITEMS {
            return None;
        }
        let Ok(Ex::Code { text: position, reads_shared: false, .. }) = self.expr(frame, &subscript.slice, true) else {
            return None;
        };
        let nanoseconds = items.iter().map(item_nanoseconds).collect::<Option<Vec<_>>>()?;
        let tuple = match &nanoseconds[..] {
            [one] => format!("({one},)"),
            all => format!("({})", all.iter().map(u64::to_string).collect::<Vec<_>>().join(", ")),
        };
        Some(Node::Map(vec![("ns", Node::Quoted(format!("item({tuple}, {position})")))]))
    }
}

/// A number of a duration table as whole nanoseconds, as `seconds_to_duration` rounds a constant's;
/// None for a negative or too long one (a sleep that raises or never ends: refused as the constant is).
fn item_nanoseconds(item: &Value) -> Option<u64> {
    let seconds = match item {
        Value::Int(n) => *n as f64,
        Value::Float(f) => *f,
        _ => return None,
    };
    (seconds.is_finite() && (0.0..=1.0e9).contains(&seconds)).then(|| (seconds * 1e9).round() as u64)
}
