//! `book, other = (bids, asks) if side == "buy" else (asks, bids)` (session32/q06), `target = left if
//! n % 2 else right` of shared lists or dicts, with a test known only when the program runs: weft
//! follows each list and dict by the name that holds it, fixed at import time, so a name
//! that holds one or another depending on the run has no form. Refused at the conditional in words
//! that say so and what to write instead (before session 34: "`book` is bound to a shared list here,
//! on one path only", which named the `if` the import had made of it).

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// Refuses `x if c else y` whose branches give a shared list or dict (weft follows them by name).
    pub(super) fn refuse_chosen_containers(&self, frame: &Frame, conditional: &ast::ExprIf) -> Result<()> {
        let branches = [&*conditional.body, &*conditional.orelse];
        let items = branches.into_iter().flat_map(|branch| match branch {
            Expr::Tuple(ast::ExprTuple { elts, .. }) => elts.iter().collect::<Vec<_>>(),
            other => vec![other],
        });
        for item in items {
            let followed = matches!(
                self.expr(frame, item, false),
                Ok(Ex::Static(Value::Shared(_, Shape::Array(_) | Shape::Map { .. })))
            );
            if followed {
                // Written out as an `if`/`else` where that is exact (chosen_objects.rs).
                return fail(conditional, crate::chosen_objects::REFUSAL);
            }
        }
        Ok(())
    }
}
