//! `a, b, c = x, y, z`, `self.a, self.b = self.b, self.a + self.b`, `grid[i], grid[j] = grid[j],
//! grid[i]`: an unpacking of a tuple display whose targets are globals (session 27; session 26's q06:
//! `a_attempts, b_attempts = attempts["a"], attempts["b"]` after the joins) or include an attribute or
//! an item (session 34, session33/t04's `done, self.count = self.count, 0`). Python evaluates every
//! value first, left to right, builds the tuple, then stores each target in order (UNPACK_SEQUENCE,
//! then one store per target, an item's container and index evaluated at its store): another thread
//! may see the first target stored and not yet the next, as it may between two lines. weft does the
//! same through one seam, `unpack_display`: each value into a local of the task in order (its reads of
//! shared state steps of their own; a number, a string or None known at import time as itself), then
//! each target stored from it in order, each store the step a plain assignment of that target is. A
//! swap (`a, b = b, a`) is right by construction, since every value is taken before any target is
//! stored. A value weft follows by name (a list, a dict, a lock) is refused: binding it is a
//! declaration, not a value of a step. `a, b = f()` (a tuple made at run time) is bound so too
//! (`Translator::unpack_tuple`).

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator, fail, local_reference};
use crate::expr::{ATOM, Ex};
use crate::out::{Node, Step};
use crate::value::Value;

/// The store of `(target, value)` from what was taken of the value.
type StoreTaken = fn(&mut Translator<'_>, &mut Frame, (&Expr, &Expr), Taken, &mut Vec<Step>, u32) -> Result<()>;

/// Where an unpacking's targets are: what a refusal calls them and says to do, and how a target is
/// stored from its taken value.
pub(super) struct Unpacking {
    /// "a global", "an attribute or an item".
    place: &'static str,
    /// The end of the refusal of a value known at import time that weft follows by name.
    followed: &'static str,
    /// The end of the refusal of a list, dict, set or instance made at run time.
    made: &'static str,
    /// How a target is stored.
    store: StoreTaken,
    /// The end of the refusal of a followed value where the statement would bind another object
    /// while the program runs (a swap), in place of `followed`.
    rebinding: fn(&Frame, &Value) -> Option<String>,
}

/// A value taken before any target is stored.
pub(super) enum Taken {
    /// A number, a string or None known at import time: itself (no step reads it).
    Known(Ex),
    /// The local of the task it was computed into.
    Local(String),
}

const FOLLOWED: &str = ": weft follows a list, dict, set, instance or primitive by the name that holds it, not as a value of a step; bind it on a line of its own";

/// Plain names, one at least a global: each a `store` of its own.
pub(super) const TO_GLOBALS: Unpacking = Unpacking {
    place: "a global",
    followed: " (weft follows it by name, not as a value of a step); assign one name per line",
    made: "; assign one name per line",
    rebinding: |frame, value| {
        let words = rebinding_words(frame, value);
        (!words.is_empty()).then(|| format!(" (weft follows it by name, not as a value of a step); {words}"))
    },
    store: |translator, frame, (target, value), taken, out, line| {
        let Expr::Name(name) = target else {
            return fail(target, "unpacking assignment binds plain names only; assign one target per line");
        };
        let ex = match taken {
            Taken::Known(ex) => ex,
            Taken::Local(local) => Ex::code(local, ATOM, false, false),
        };
        translator.store(frame, name.id.as_str(), target, ex, value, out, line)
    },
};

/// Names, attributes and items, one at least not a plain name: each the assignment of its target.
pub(super) const TO_PLACES: Unpacking = Unpacking {
    place: "an attribute or an item",
    followed: FOLLOWED,
    made: FOLLOWED,
    rebinding: |frame, value| {
        let words = emptied_words(frame, value);
        (!words.is_empty()).then(|| format!(": {words}"))
    },
    store: |translator, frame, (target, value), taken, out, line| {
        let held = match taken {
            Taken::Known(_) => value.clone(),
            Taken::Local(local) => local_reference(frame, &local, value),
        };
        translator.assign(frame, target, &held, out, line)
    },
};

impl Translator<'_> {
    /// Whether the targets of `targets = values` are names, attributes and items, one at least not a
    /// plain name: `TO_PLACES`'s form.
    pub(super) fn unpacks_to_places(targets: &[Expr]) -> bool {
        targets.iter().any(|target| matches!(target, Expr::Attribute(_) | Expr::Subscript(_)))
            && targets.iter().all(|target| matches!(target, Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_)))
    }

    /// `targets = values` of as many targets as values: every value taken first, then each target
    /// stored from it in order.
    pub(super) fn unpack_display(
        &mut self,
        frame: &mut Frame,
        (targets, values): (&[Expr], &[Expr]),
        unpacking: &Unpacking,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let mut taken = Vec::with_capacity(values.len());
        for value in values {
            taken.push(self.take_unpacked_value(frame, value, unpacking, out, line)?);
        }
        for ((target, value), held) in targets.iter().zip(values).zip(taken) {
            (unpacking.store)(self, frame, (target, value), held, out, line)?;
        }
        Ok(())
    }

    /// One value of the display: a number, string or None known at import time as itself, anything
    /// computed into a fresh local of the task. A list, a lock or another object the import follows by
    /// name is refused.
    fn take_unpacked_value(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        unpacking: &Unpacking,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Taken> {
        match self.expr(frame, value, false) {
            Ok(ex @ Ex::Static(Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::None)) => Ok(Taken::Known(ex)),
            Ok(Ex::Static(other)) => fail(
                value,
                format!(
                    "unpacking {} into {} is not supported{}",
                    other.describe(),
                    unpacking.place,
                    (unpacking.rebinding)(frame, &other).as_deref().unwrap_or(unpacking.followed)
                ),
            ),
            _ => {
                let text = self.argument_code(frame, value, out, line)?;
                // A list, dict, set or instance made here: its binding is what a plain assignment
                // declares (which object a name holds), not a value to copy.
                if self.object_made_by(frame, value, &text).is_some() {
                    return fail(
                        value,
                        format!(
                            "unpacking a list, dict, set or instance made at run time into {} is not supported{}",
                            unpacking.place, unpacking.made
                        ),
                    );
                }
                let local = self.fresh_temporary(frame.task, "unpacked");
                out.push(Step::new("let", Node::Quoted(format!("{local} = {text}")), line));
                Ok(Taken::Local(local))
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

/// `batch, self.buffer = self.buffer, []` (session33/t04): the attribute would hold a new list from
/// here on, while the old one goes on as `batch`; weft fixes at import time which list an attribute
/// holds, and takes the items and an emptying in place.
fn emptied_words(frame: &Frame, value: &Value) -> &'static str {
    if rebinding_words(frame, value).is_empty() {
        return "";
    }
    "here an attribute or item would hold another list, dict or object from this point of the run on (`batch, self.buffer = self.buffer, []`), and weft fixes at import time which object each holds: take the items and empty it in place (`batch = list(self.buffer)`, then `self.buffer.clear()`)"
}
