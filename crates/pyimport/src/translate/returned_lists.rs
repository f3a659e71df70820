//! `return self.chars[:n]`, `return list(self.chars)`, `return sorted(log)` of an inlined function
//! (session 27; session 26's t09): a list computed from a shared list, made at the `return` in one
//! `atomic` step as list_values.rs makes it for `part = self.chars[:n]` (CPython's `list_subscript`
//! or `list(...)` is one C call under the GIL), the function's result then that list. Before, such a
//! value was refused at the `return` although the same list bound to a name first imported.

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator};
use crate::expr::{ATOM, Ex};
use crate::out::Step;

impl Translator<'_> {
    /// The list an inlined function's `return` computes from a shared list, made into a temporary
    /// first; `None` for any other value.
    pub(super) fn returned_made_list(
        &mut self,
        frame: &Frame,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Ex>> {
        let Some(list) = self.computed_list(frame, value) else { return Ok(None) };
        let made = self.make_list(frame, &list, out, line)?;
        self.note_returned_made_list(frame, &made);
        Ok(Some(Ex::code(made, ATOM, false, false)))
    }
}
