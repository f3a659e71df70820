//! `a, b, c = x, y, z` where a name is a module global (session 27; session 26's q06:
//! `a_attempts, b_attempts = attempts["a"], attempts["b"]` after the joins). Python evaluates every
//! value first, left to right, builds the tuple, then binds the names in order, each a store of its own
//! (UNPACK_SEQUENCE, then one STORE_NAME or STORE_GLOBAL per name): another thread may see the first
//! name bound and not yet the next, as it may between two lines. weft does the same: each value into a
//! local of the task in order (its reads of shared state steps of their own), then each name bound from
//! its local in order, a step per shared name. A swap (`a, b = b, a`) is right by construction, since
//! every value is taken before any name is bound. `a, b = f()` (a tuple made at run time) was already
//! bound so (`Translator::unpack_tuple`).

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator, fail};
use crate::expr::{ATOM, Ex};
use crate::out::{Node, Step};
use crate::value::Value;

impl Translator<'_> {
    /// `targets = values` (as many plain names as values) where a target is a global: every value
    /// taken first, then the names bound in order.
    pub(super) fn unpack_display_to_globals(
        &mut self,
        frame: &mut Frame,
        targets: &[Expr],
        values: &[Expr],
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let mut taken = Vec::with_capacity(values.len());
        for value in values {
            taken.push(self.take_unpacked_value(frame, value, out, line)?);
        }
        for ((target, value), ex) in targets.iter().zip(values).zip(taken) {
            let Expr::Name(name) = target else {
                return fail(target, "unpacking assignment binds plain names only; assign one target per line");
            };
            self.store(frame, name.id.as_str(), target, ex, value, out, line)?;
        }
        Ok(())
    }

    /// One value of the display: a number, string or None known at import time as itself (no step
    /// reads it), anything computed into a fresh local of the task. A list, a lock or another object
    /// the import follows by name is refused: binding it to a global is a declaration, not a value of a
    /// step.
    fn take_unpacked_value(&mut self, frame: &mut Frame, value: &Expr, out: &mut Vec<Step>, line: u32) -> Result<Ex> {
        match self.expr(frame, value, false) {
            Ok(ex @ Ex::Static(Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::None)) => Ok(ex),
            Ok(Ex::Static(other)) => fail(
                value,
                format!(
                    "unpacking {} into a global is not supported (weft follows it by name, not as a value of a step); {}",
                    other.describe(),
                    Some(rebinding_words(frame, &other))
                        .filter(|words| !words.is_empty())
                        .unwrap_or("assign one name per line")
                ),
            ),
            _ => {
                let text = self.argument_code(frame, value, out, line)?;
                // A list, dict, set or instance made here: its binding to a global is what a plain
                // assignment declares (which object a shared name holds), not a value to copy.
                if self.object_made_by(frame, value, &text).is_some() {
                    return fail(
                        value,
                        "unpacking a list, dict, set or instance made at run time into a global is not supported; assign one name per line",
                    );
                }
                let local = self.fresh_temporary(frame.task, "unpacked");
                out.push(Step::new("let", Node::Quoted(format!("{local} = {text}")), line));
                Ok(Ex::code(local, ATOM, false, false))
            }
        }
    }
}

/// What a swap of two lists (`grid, next_grid = next_grid, grid` in a thread) asks and what to write
/// instead: weft fixes at import time which object each name holds, so a name bound to another list,
/// dict or object while the program runs has no form (session32/t06). Nothing for a module's own
/// binding at its top (made once, at import time) or a value that is no such object.
pub(super) fn rebinding_words(frame: &Frame, value: &Value) -> &'static str {
    let followed = super::object_returns::is_object(value) || matches!(value, Value::List(_));
    if frame.module_level || !followed {
        return "";
    }
    "here a name would hold another list, dict or object from this point of the run on (a swap: `a, b = b, a`), and weft fixes at import time which object each name holds: copy the items one by one (`a[i] = b[i]`), or keep both in one list and choose one by an index that changes (`grids[current]`)"
}

/// `config.values = load_values(n)` in a thread of an attribute that holds a dict (session34/t03): the
/// attribute would hold another dict from then on, while code that read the old one keeps it.
pub(super) fn attribute_rebinding_words(held: &Value) -> &'static str {
    if !super::object_returns::is_object(held) {
        return "";
    }
    ": binding it to another list, dict or object while the program runs has no form, since weft fixes at import time which object an attribute holds; change the one it holds in place (assign its items, `update`, `clear`)"
}
