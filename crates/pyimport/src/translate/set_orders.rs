//! A loop over a Python set. CPython walks a set in the order of its hash table: for small integers
//! often (not always) ascending, whatever the order they were added in (`{3, 1, 2}` walks 1, 2, 3;
//! `{8, 1}` walks 8, 1), and for strings an order that hash randomization makes different in every
//! run. weft keeps a set as a map from each member to 1, which it walks in insertion order: so a loop
//! over a set is refused, not walked in an order CPython does not have. `sorted(s)` is CPython's own
//! order-free form, and is imported.

use ruff_python_ast::Expr;

use super::whole_reads::Items;
use super::{Result, Translator, fail};

impl Translator<'_> {
    /// Refuses a walk over a set in its own order (`for x in s:`); a loop over `sorted(s)` does not
    /// come here.
    pub(super) fn refuse_set_order(&self, items: &Items, iterated: &Expr) -> Result<()> {
        if !self.set_names.contains(items.shared()) {
            return Ok(());
        }
        fail(
            iterated,
            "a loop over a set is not supported: CPython walks a set in its hash table's order (for strings, a different order in every run under hash randomization), which weft does not model; loop over `sorted(s)`",
        )
    }
}
