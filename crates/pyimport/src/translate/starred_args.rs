//! `*args` in a call that starts a task (`pool.submit(run_check, *check)`): the items of a tuple or
//! list known at import time (`check` bound to an item of a module list of tuples, as a comprehension
//! over it binds it), each a positional argument in turn, as Python unpacks them.

use ruff_python_ast as ast;

use super::{Argument, Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::value::Value;

impl Translator<'_> {
    /// The arguments `*value` stands for: the items of a tuple or list known at import time.
    pub(super) fn starred_arguments(&mut self, frame: &Frame, starred: &ast::ExprStarred) -> Result<Vec<Argument>> {
        match self.expr(frame, &starred.value, true) {
            Ok(Ex::Static(Value::List(items))) => Ok(items.into_iter().map(Argument::Static).collect()),
            _ => fail(
                starred,
                "`*args` in a call that starts a task is supported over a tuple or list known at import time (`*check` for an item of a module list of tuples); pass each argument",
            ),
        }
    }
}
