//! `balances = [alice.balance, bob.balance]` at the module's top level after the joins (session 28,
//! session27/t02): a list display with an item known only at run time, bound to a global. Before, a
//! module-level display was taken as a list of the import, whose items must be known at import time
//! ("weft needs this value at import time"). Now it is the list made at run time of
//! run_time_list_displays.rs (each item's steps in order, then `new_list(...)` in one step no other
//! thread sees half made), held by a shared variable that starts as None (docs/format.md, "Objects
//! made at run time"), as `bind_made_list` binds any global.
//!
//! Only for the global's one binding: at the module's top level, outside `if`s and loops, assigned by
//! no function of the file (a task reading a global bound twice may see either value, and its kind
//! would not be known), and of items that call nothing (attributes, names, items, arithmetic): a
//! display of instances or objects made where it is (`visitors = [Visitor(True), Visitor(False)]`) is
//! a list of the import, as before, and so is a display of items all known at import time.

use ruff_python_ast::Expr;

use super::run_time_comprehensions::has_call;
use super::{Frame, Translator};

impl Translator<'_> {
    /// Whether `name = [items]` here is the global `name`'s only binding, at the module's top level,
    /// of items that call nothing.
    pub(super) fn module_display_bound_once(&self, frame: &Frame, name: &str, items: &[Expr]) -> bool {
        !items.iter().any(has_call)
            && frame.module_level
            && frame.dynamic == 0
            && !self.globals.contains_key(name)
            && self.global_bindings(name).len() == 1
            && !self.written_by_a_function(name)
    }
}
