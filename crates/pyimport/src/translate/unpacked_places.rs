//! `self.a, self.b = self.b, self.a + self.b`, `grid[i], grid[j] = grid[j], grid[i]`, `done, self.count =
//! self.count, 0` (session 34, session33/t04's form): an unpacking of a tuple display whose targets
//! include an attribute or an item. Python evaluates every value first, left to right, then stores
//! each target in order (UNPACK_SEQUENCE, then one store per target, an item's container and index
//! evaluated at its store): weft takes each value into a local of the task (a number, None or a string
//! known at import time as itself), then assigns each target from its local in order, each store the
//! step a plain assignment of that target is. A swap is right by construction. A value weft follows
//! by name (a list, a dict, a lock) is refused: binding it is a declaration, not a value of a step.

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator, fail, local_reference};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::Value;

impl Translator<'_> {
    /// Whether the targets of `targets = values` are names, attributes and items, one at least not a
    /// plain name: the form this file imports.
    pub(super) fn unpacks_to_places(targets: &[Expr]) -> bool {
        targets.iter().any(|target| matches!(target, Expr::Attribute(_) | Expr::Subscript(_)))
            && targets.iter().all(|target| matches!(target, Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_)))
    }

    /// `targets = values` of as many targets as values: each value into a local, then each target
    /// stored from it in order.
    pub(super) fn unpack_display_to_places(
        &mut self,
        frame: &mut Frame,
        targets: &[Expr],
        values: &[Expr],
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let mut taken = Vec::with_capacity(values.len());
        for value in values {
            taken.push(self.take_value_for_place(frame, value, out, line)?);
        }
        for (target, held) in targets.iter().zip(taken) {
            self.assign(frame, target, &held, out, line)?;
        }
        Ok(())
    }

    /// One value, as the expression its target is assigned from: itself when it is a number, a string
    /// or None known at import time, else a reference to the local it was computed into.
    fn take_value_for_place(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Expr> {
        const FOLLOWED: &str = "weft follows a list, dict, set, instance or primitive by the name that holds it, not as a value of a step; bind it on a line of its own";
        match self.expr(frame, value, false) {
            Ok(Ex::Static(Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::None)) => Ok(value.clone()),
            Ok(Ex::Static(other)) => fail(
                value,
                format!(
                    "unpacking {} into an attribute or an item is not supported: {}",
                    other.describe(),
                    Some(emptied_words(frame, &other)).filter(|words| !words.is_empty()).unwrap_or(FOLLOWED)
                ),
            ),
            _ => {
                let text = self.argument_code(frame, value, out, line)?;
                if self.object_made_by(frame, value, &text).is_some() {
                    return fail(
                        value,
                        format!(
                            "unpacking a list, dict, set or instance made at run time into an attribute or an item is not supported: {FOLLOWED}"
                        ),
                    );
                }
                let local = self.fresh_temporary(frame.task, "unpacked");
                out.push(Step::new("let", Node::Quoted(format!("{local} = {text}")), line));
                Ok(local_reference(frame, &local, value))
            }
        }
    }
}

/// `batch, self.buffer = self.buffer, []` (session33/t04): the attribute would hold a new list from
/// here on, while the old one goes on as `batch`; weft fixes at import time which list an attribute
/// holds, and takes the items and an emptying in place.
fn emptied_words(frame: &Frame, value: &Value) -> &'static str {
    if super::global_unpacking::rebinding_words(frame, value).is_empty() {
        return "";
    }
    "here an attribute or item would hold another list, dict or object from this point of the run on (`batch, self.buffer = self.buffer, []`), and weft fixes at import time which object each holds: take the items and empty it in place (`batch = list(self.buffer)`, then `self.buffer.clear()`)"
}
