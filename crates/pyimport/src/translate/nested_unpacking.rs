//! `status, (count, ratio) = future.result()`: an unpacking of a value made at run time whose targets
//! hold a tuple of names (session 38, s38tuples; refused before as "binds plain names only").
//!
//! CPython's UNPACK_SEQUENCE takes the value apart into as many items as the outer targets, then stores
//! each target in turn, left to right; a target that is itself a tuple of names takes its item apart
//! there, after the names before it were bound (a ValueError of the inner count comes after them). So
//! each inner item goes into a local of its own (`unpacked(item, n)`: a list's items as a tuple, as
//! Python unpacks a list too) and its names are bound from it as the outer names are (`unpack(t, i, n)`).
//! Only on the paths that bind a run-time tuple item by item (`unpack_items`): a value awaited or
//! returned by `asyncio.run` keeps its refusal, since those paths bind names only.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator};
use crate::expr::{Ex, MAX_TUPLE_LENGTH};
use crate::out::{Node, Step};

/// Why a target other than a name or a tuple of names is refused in an unpacking.
pub(super) const PLAIN_NAMES: &str =
    "unpacking a tuple made at run time binds names and tuples of names only; assign one target per line";

impl Translator<'_> {
    /// Binds `target` to `item`, the item of a run-time tuple: a name as `name = item` binds it, a tuple
    /// or list of targets by taking the item apart into a local of its own first.
    pub(super) fn store_unpacked(
        &mut self,
        frame: &mut Frame,
        target: &Expr,
        item: Ex,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let inner = match target {
            Expr::Name(name) => return self.store(frame, name.id.as_str(), target, item, value, out, line),
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => elts,
            _ => unreachable!("unpacks_into_names checked the targets"),
        };
        let text = self.to_code(item, value)?.0;
        let tuple = self.fresh_temporary(frame.task, "unpacked");
        out.push(Step::new("let", Node::Quoted(format!("{tuple} = unpacked({text}, {})", inner.len())), line));
        self.unpack_items(frame, inner, &tuple, value, out, line)
    }
}

/// Whether `target` is a name, or a tuple or list display of 1 to `MAX_TUPLE_LENGTH` such targets.
pub(super) fn unpacks_into_names(target: &Expr) -> bool {
    match target {
        Expr::Name(_) => true,
        Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
            (1..=MAX_TUPLE_LENGTH).contains(&elts.len()) && elts.iter().all(unpacks_into_names)
        }
        _ => false,
    }
}
