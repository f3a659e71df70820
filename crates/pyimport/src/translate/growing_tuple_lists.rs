//! `pending = [("resize", 2), ("encode", 3)]`, `pending = list(JOBS)` of tuples of constants, a list
//! that something `pop`s from or `append`s to (session 32, session31/t08: a job list popped from the
//! front under a lock, a failed job appended back). Before, a list of tuples was a list of the import
//! whatever happened to it, and its `pop(0)` was refused ("the value of `.pop()` on a list is not
//! imported"). A growing list is a shared map of its indexes (`lists:`), whose values are weft's
//! numbers, None and strings when it is declared; a tuple is a value made at run time, so the list is
//! declared empty and filled with its tuples in one `atomic` step where Python makes it, as a deque of
//! tuples is (collection_objects.rs's `filled_list`). From there every form of a growing list applies:
//! `x = items.pop(0)`, `a, b = items.pop()`, `items.append((a, b))`, `len`, truth, `for`.
//!
//! Only a display of tuple displays of numbers, None and strings, or `list(...)` of one (or of a module
//! global bound once to one, records.rs's `tuple_lists`): a value known at import time does not keep
//! whether it was a list or a tuple, and only these show each item is a tuple.

use ruff_python_ast::Expr;

use super::{Frame, Translator};
use crate::out::Step;
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// The growing shared list `hint` filled with the tuples `items` (the values of `iterable`, known at
    /// import time), its filling step pushed to `out`; `None` where the list does not grow or its items
    /// are not all tuples of constants.
    pub(super) fn growing_tuple_list(
        &mut self,
        frame: &Frame,
        hint: &str,
        (iterable, items): (&Expr, &[Value]),
        out: &mut Vec<Step>,
        line: u32,
    ) -> Option<Value> {
        if !self.appended.contains(hint) || items.is_empty() {
            return None;
        }
        let tuples = self.constant_tuples(iterable, items)?;
        let shared = self.declare_list(frame, hint, Vec::new());
        out.push(super::collection_objects::filled_list(&shared, &tuples, line));
        Some(Value::Shared(shared, Shape::Map { dense: true }))
    }
}
