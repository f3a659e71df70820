//! Records at run time: values the import knows (a dict with string keys, a tuple, a list) that reach a
//! worker (a `map`'s job, a queue's `put`), and the walk of a value whose kind is known only when the
//! program runs (`for k in job` of a queue's item), which takes Python's iteration order of whatever the
//! value turns out to be.

use ruff_python_ast::Expr;

use super::held_objects::HeldObject;
use super::{Frame, Translator};

impl Translator<'_> {
    /// The item at `index` of the walk `for x in walked:` over a sequence made at run time (`length` is
    /// the function that reads its length: `size` of an object, `len` of a shared list that grows).
    /// A shared list and the parts of a split are read by position. Any other value may be a dict (a
    /// queue's item, a parameter, a function's result), whose iteration gives its keys, not the values at
    /// 0, 1, ...: `key_at` is the item at a place of Python's iteration of every kind (a list's, a
    /// tuple's or a string's item, a dict's key in insertion order; docs/format.md).
    pub(super) fn walked_item(
        &self,
        frame: &Frame,
        iterable: &Expr,
        (walked, length): (&str, &str),
        index: &str,
    ) -> String {
        let by_position = length == "len" || matches!(self.held_object(frame, iterable), Some((_, HeldObject::Parts)));
        if by_position { format!("{walked}[{index}]") } else { format!("key_at({walked}, {index})") }
    }
}
