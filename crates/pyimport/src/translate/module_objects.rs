//! A global the module binds once, at its top level, to a display made at run time (`SEEN = {"a", "b"}`:
//! `set: "SEEN = new_set('a', 'b')"`): it holds that object for the rest of the run, in main and in
//! every task, so `x in SEEN` is `has(SEEN, x)` and `len(SEEN)` is `size(SEEN)` wherever they are read
//! (held_objects.rs). Without this the scenario read the global as a value of unknown kind
//! (`contains(SEEN, x)`), which faulted on the object every run where CPython's test succeeds.
//!
//! A global bound anywhere else too (a second binding, a function's `global` assignment) may hold
//! something else when a task reads it: its kind stays unknown, as before.

use ruff_python_ast::Expr;

use super::held_objects::HeldObject;
use super::{Frame, Result, SharedInit, Translator, fail};
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// Records what the global `name` (the scenario's `shared`) holds after its binding to `value`
    /// (translated to `text`): the object it makes when this, its `first` binding, is its only one;
    /// nothing otherwise. A global that holds an object starts as None, as the format's shared
    /// variables that hold objects do (docs/format.md, "Objects made at run time").
    pub(super) fn record_global_held(
        &mut self,
        frame: &Frame,
        (name, shared): (&str, &str),
        first: bool,
        value: &Expr,
        text: &str,
    ) {
        let held = if first {
            self.module_object_held(frame, name, value, text)
        } else if self.binds_only_sets(name) {
            // Another set: the global still holds one.
            self.held_objects.get(&(None, shared.to_string())).cloned().flatten()
        } else {
            None
        };
        if held.is_some()
            && let Some((_, init)) = self.scenario.shared.iter_mut().find(|(declared, _)| declared == shared)
        {
            *init = SharedInit::None;
        }
        self.held_objects.insert((None, shared.to_string()), held);
        self.keep_returned_list_kind(frame, (None, shared.to_string()), text);
    }

    /// The object the global `name` holds from its binding to `value` on, when that binding is the
    /// global's only one: at the module's top level, outside `if`s and loops, assigned by no function
    /// of the file.
    fn module_object_held(&self, frame: &Frame, name: &str, value: &Expr, text: &str) -> Option<HeldObject> {
        if !frame.module_level || frame.dynamic > 0 {
            return None;
        }
        let bindings = self.global_bindings(name);
        if bindings.len() == 1 && !self.written_by_a_function(name) {
            return self.object_made_by(frame, value, text);
        }
        // `SEEN = {"a"}` then `SEEN = {"b"}` (or a function's `global SEEN; SEEN = set()`): whichever
        // binding a task sees, the global holds a set, so `len(SEEN)` is `size(SEEN)` and its truth
        // `size(SEEN) > 0` (before session 26 each faulted every run on the set, weft's own error).
        if self.binds_only_sets(name) {
            return self.object_made_by(frame, value, text);
        }
        None
    }

    /// Whether every binding of the global `name` makes a set (a display, a comprehension, `set(...)`).
    fn binds_only_sets(&self, name: &str) -> bool {
        self.global_bindings(name).into_iter().all(|binding| binding.is_some_and(makes_a_set))
    }

    /// Every binding of the global `name`: the module's, and those of functions that assign it with
    /// `global` (None for a binding that is not an assignment of one value: a `for`, a `with`, `+=`).
    pub(super) fn global_bindings(&self, name: &str) -> Vec<Option<&Expr>> {
        let mut bindings = Vec::new();
        super::done_orders::collect_bindings(self.module_body, name, &mut bindings);
        for def in self.functions.values().filter(|def| super::done_orders::writes_global(&def.body, name)) {
            super::done_orders::collect_bindings(&def.body, name, &mut bindings);
        }
        bindings
    }
}

/// Whether `value` makes a set: a set display, a set comprehension or a `set(...)` call.
fn makes_a_set(value: &Expr) -> bool {
    match value {
        Expr::Set(_) | Expr::SetComp(_) => true,
        Expr::Call(call) => matches!(&*call.func, Expr::Name(function) if function.id.as_str() == "set"),
        _ => false,
    }
}

impl Translator<'_> {
    /// Refuses `x in NAME` where `NAME` is a global whose kind the import does not know (bound more
    /// than once, or by a function) and one of whose bindings makes a set: the scenario's `contains`
    /// reads strings and tuples, and would fault on the set every run where CPython's test succeeds.
    pub(crate) fn refuse_membership_of_rebound_set(&self, frame: &Frame, container: &Expr) -> Result<()> {
        let Expr::Name(global) = container else { return Ok(()) };
        let name = global.id.as_str();
        let local = frame.locals.contains_key(name) || frame.function_locals.contains(name);
        if local || !matches!(self.globals.get(name), Some(Value::Shared(_, Shape::Int))) {
            return Ok(());
        }
        if !self.global_bindings(name).into_iter().flatten().any(makes_a_set) {
            return Ok(());
        }
        fail(
            container,
            format!(
                "`x in {name}` of a set is supported where the module binds `{name}` once, outside `if`s and loops, and no function assigns it (here it is bound again, or by a function, and weft does not know it holds a set when the test runs); bind the set once and change it in place, or keep it in a local"
            ),
        )
    }
}
