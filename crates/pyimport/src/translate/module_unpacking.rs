//! A module-level loop whose target is a tuple of names (`for name, res in zip(NAMES, results):` in
//! the main code, session19/a05): the names are the main thread's own locals, as the module's loop
//! variables of one name already are (rebinding.rs), so each pass binds them one after another, in
//! Python's order.
//!
//! That is Python's program wherever no other thread can see the names: `check_module_loop_target`
//! (run before) refuses a loop whose variable a function reads or writes as a global, and a name the
//! module bound before as a global keeps the global's path (where unpacking into it stays refused:
//! the global's shared variable would keep its old value).

use ruff_python_ast::Expr;

use super::{Frame, Translator};

impl Translator<'_> {
    /// At module level, before the loop: each name of a tuple target that is no global yet becomes a
    /// local of the main thread, which the unpacking of each pass binds (`keeps_module_local`).
    pub(super) fn bind_module_loop_names(&mut self, frame: &mut Frame, target: &Expr) {
        let (Expr::Tuple(_) | Expr::List(_)) = target else { return };
        if !frame.module_level {
            return;
        }
        let mut names = Vec::new();
        super::unrolled_jumps::target_names(target, &mut names);
        for name in names {
            if !self.globals.contains_key(name) && !frame.globals_declared.contains(name) {
                self.bind_local(frame, name);
            }
        }
    }
}
