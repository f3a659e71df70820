//! `data *= n` of a list known at import time (session29/repro/r15: `data = [1, 2, 3]`, then
//! `data *= 2`): the list repeated in place, as `+=` on such a list extends it (`extended_static_list`).
//! A list the run changes (a local list the scenario declares, a shared list) is refused in words
//! that say so: before, the name fell through to the integer form and was refused as read before it
//! was assigned, though it was bound on the line before.
//!
//! The list is changed in its slot, so every name that stands for it (`other = data` is `data` itself
//! in the scenario) sees the repetition, as Python's `list.__imul__` changes the one object. A count of
//! zero or less empties it, as in Python. Inside an `if` or a loop the scenario runs, the list's items
//! would depend on the run: refused there, as `+=` is.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};

use crate::value::{Shape, Value};

impl Translator<'_> {
    /// Repeats the list `name` holds by the count `assign` gives, known at import time.
    pub(super) fn repeated_static_list(
        &mut self,
        frame: &mut Frame,
        assign: &ast::StmtAugAssign,
        name: &ast::ExprName,
    ) -> Result<()> {
        if frame.dynamic > 0 {
            return fail(
                &assign.range,
                "a list known at import time repeated (`*=`) inside an `if` or a loop the scenario runs cannot be followed at import time",
            );
        }
        let product = Expr::BinOp(ast::ExprBinOp {
            node_index: ast::AtomicNodeIndex::default(),
            range: assign.range,
            left: Box::new(Expr::Name(ast::ExprName { ctx: ast::ExprContext::Load, ..name.clone() })),
            op: ast::Operator::Mult,
            right: assign.value.clone(),
        });
        let Ok(Value::List(repeated)) = self.static_value(frame, &product) else {
            return fail(
                &*assign.value,
                "`*=` on a list known at import time takes a whole number known at import time (and the list stays within weft's list size)",
            );
        };
        let id = name.id.to_string();
        let slot = if frame.locals.contains_key(&id) && !self.is_global_target(frame, &id) {
            frame.locals.get_mut(&id)
        } else {
            self.globals.get_mut(&id)
        };
        if let Some(Value::List(items)) = slot {
            *items = repeated;
        }
        Ok(())
    }

    /// Refuses `data *= n` of a list the scenario holds at run time, where it would otherwise be taken
    /// for the integer form.
    pub(super) fn refuse_repeated_run_time_list(&self, frame: &Frame, assign: &ast::StmtAugAssign) -> Result<()> {
        let Expr::Name(name) = &*assign.target else { return Ok(()) };
        if assign.op != ast::Operator::Mult
            || !matches!(
                self.resolve(frame, name.id.as_str()),
                Some(Value::Shared(_, Shape::Array(_) | Shape::Map { dense: true }))
            )
        {
            return Ok(());
        }
        fail(
            &*assign.target,
            format!(
                "repeating a list in place (`{0} *= n`) is not supported yet: write `{0}.extend({0})` to double it, or make the list repeated where it is bound (`{0} = [1, 2, 3] * 2`)",
                name.id
            ),
        )
    }
}
