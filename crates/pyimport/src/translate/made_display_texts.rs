//! `str({"k": code})`, `repr({code})`, `f"{[a, b]}"` and `len({a, b})` of a list, dict or set display
//! made at run time (an item known only then): the display is an object of the run (`new_dict(...)`),
//! whose text and length the engine reads only in steps. Before session 26 `str`, `len` and f-strings
//! of one faulted in every run ("Python's, not weft's yet"), and `repr` gave `{'': None}`, a silent
//! error; refused at the display now. (`len([a, b])` of a list display reads its tuple:
//! read_displays.rs.)

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;

impl Translator<'_> {
    /// Refuses `what` (the text or the length) of a display that is an object made at run time.
    pub(crate) fn refuse_use_of_made_display(&self, frame: &Frame, value: &Expr, what: &str) -> Result<()> {
        if !matches!(value, Expr::List(_) | Expr::Dict(_) | Expr::Set(_)) {
            return Ok(());
        }
        let Ok(Ex::Code { text, .. }) = self.expr(frame, value, false) else { return Ok(()) };
        if !["new_list(", "new_dict(", "new_set("].iter().any(|maker| text.starts_with(maker)) {
            return Ok(());
        }
        fail(
            value,
            format!(
                "{what} of a list, dict or set display with a value known only at run time is not weft's yet: the display is an object of the run, whose items weft reads in steps of their own (and a set or dict counts its distinct keys); build the text from the values (`f\"k={{code}}\"`)"
            ),
        )
    }
}
