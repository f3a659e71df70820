//! `tasks.put(("small", [1, 2]))` (session 36, from session30/m02): a tuple display holding a list,
//! dict or set display, handed on by a `put`. Python makes the tuple and the container it holds right
//! there, when the `put` runs, and the receiver gets that new object (a `multiprocessing.Queue` a
//! pickled copy of it, which is the same thing where nothing else names it). So it is the scenario's
//! tuple holding a container made by the `put` (`("small", new_list(1, 2))`), as a display made at run
//! time is elsewhere (expr.rs `run_time_display`). A display that reads shared memory keeps the
//! refusal it had: its reads would happen inside the `put`'s step, not before it.

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator, tuple_objects};
use crate::expr::Ex;

impl Translator<'_> {
    /// The scenario's text of a tuple display holding a container display, made when the `put` runs;
    /// `None` for any other item, or one that reads shared memory.
    pub(super) fn handed_tuple_of_displays(&self, frame: &Frame, item: &Expr) -> Result<Option<String>> {
        if !matches!(item, Expr::Tuple(_)) || !tuple_objects::holds_an_object(item) {
            return Ok(None);
        }
        let made = self.run_time_display_item(frame, item, true)?;
        if matches!(made, Ex::Code { reads_shared: true, .. }) {
            return Ok(None);
        }
        Ok(Some(self.to_code(made, item)?.0))
    }
}
