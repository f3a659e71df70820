//! `for seat, count in enumerate(meals):` of a shared list of fixed length that threads write
//! (`meals = [0] * N`, then `meals[seat] += 1`: weft's array, session37/t05). Its items are known only
//! at run time, so the loop cannot be written out pass by pass at import time ("weft cannot iterate
//! over a shared list at import time", at the module's top), and `enumerate` walked only a list that
//! grows. It is walked as `for x in meals:` walks the array (each item read by its own step when the
//! pass reaches it, the length fixed since nothing appends to it), the target bound from a hidden
//! count and the item (sequences.rs, `run_time_enumerate_for`). Python's list iterator reads the item
//! at the position it has reached, as the walk does; an array's length never changes, so the walk
//! ends where the iterator does. An array nobody writes keeps its own path (its items are known at
//! import time and the loop is unrolled).

use ruff_python_ast::Expr;

use super::{Frame, Translator};
use crate::expr::Ex;
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// Whether `iterable` is a shared array some code writes, which `enumerate` walks by position at
    /// run time.
    pub(super) fn enumerates_written_array(&self, frame: &Frame, iterable: &Expr) -> bool {
        matches!(
            self.expr(frame, iterable, false),
            Ok(Ex::Static(Value::Shared(array, Shape::Array(_)))) if self.is_written(&array)
        )
    }
}
