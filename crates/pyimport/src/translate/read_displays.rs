//! A list display with an item known only at run time, read where it stands: `"-".join([str(n), "x"])`,
//! `[n, 3][0]`, `len([n, 3])`, `max([n, 3])`, `sum([n, 3])`. Elsewhere such a display is an object made
//! at run time (`new_list(...)`), which the engine's text and item functions do not read; Python's list
//! and the scenario's tuple read alike, so a display that is only read becomes the tuple of its items
//! (and `min`/`max`/`sum` of it the calls over its items). A display that is kept (assigned, put,
//! appended, returned) stays a list object: only a list prints as `[...]` and changes.

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator};
use crate::expr::{ATOM, Ex, SUM, wrap};

impl Translator<'_> {
    /// The scenario's tuple of a list display read where it stands, when an item is known only at run
    /// time; `None` for anything else (a display known at import time stays a value of the import).
    pub(crate) fn read_display(&self, frame: &Frame, expr: &Expr, use_known: bool) -> Result<Option<Ex>> {
        let Expr::List(list) = expr else { return Ok(None) };
        let plain = |item: &Expr| !matches!(item, Expr::Starred(_) | Expr::List(_) | Expr::Dict(_) | Expr::Set(_));
        if list.elts.is_empty() || !list.elts.iter().all(plain) {
            return Ok(None);
        }
        let run_time = list.elts.iter().any(|item| matches!(self.expr(frame, item, use_known), Ok(Ex::Code { .. })));
        if !run_time {
            return Ok(None);
        }
        self.run_time_tuple(frame, &list.elts, expr, use_known).map(Some)
    }

    /// `len`, `min`, `max` or `sum` of one list display with an item known only at run time: `len` of
    /// its tuple, `min`/`max` over its items, `sum` as `0 + a + b` (Python's start, so that text raises
    /// TypeError as there). `None` for any other call.
    pub(crate) fn display_builtin(
        &self,
        frame: &Frame,
        name: &str,
        args: &[Expr],
        use_known: bool,
    ) -> Result<Option<Ex>> {
        let ([display @ Expr::List(list)], "len" | "min" | "max" | "sum") = (args, name) else { return Ok(None) };
        let Some(tuple) = self.read_display(frame, display, use_known)? else { return Ok(None) };
        if name == "len" {
            let (text, _, _, reads) = self.to_code(tuple, display)?;
            return Ok(Some(Ex::code(format!("len({text})"), ATOM, false, reads)));
        }
        let mut items = Vec::with_capacity(list.elts.len());
        let mut reads = false;
        for item in &list.elts {
            let ex = self.expr(frame, item, use_known)?;
            let (text, precedence, _, item_reads) = self.to_code(ex, item)?;
            reads |= item_reads;
            // A term of `sum`'s chain of `+`: a comparison, a conditional expression or a `not` binds
            // looser than `+` (session26/repro/r09-r12), and a sum of its own is added as one value,
            // as Python's `sum` adds each item (floats round so).
            items.push(if name == "sum" { wrap(&text, precedence, SUM + 1) } else { text });
        }
        let (text, precedence) = match name {
            "sum" => (format!("0 + {}", items.join(" + ")), SUM),
            _ => {
                (items.into_iter().reduce(|folded, item| format!("{name}({folded}, {item})")).unwrap_or_default(), ATOM)
            }
        };
        Ok(Some(Ex::code(text, precedence, false, reads)))
    }
}
