//! A list known at import time given to a function, which appends to it (session36/repro/r01: `for
//! items in ([1, 2], [3]): grow(items); sizes.append(len(items))` with `grow` doing `items.append(0)`,
//! CPython `[3, 2]`, weft `[2, 1]` under "complete"). A list known at import time (of a display of
//! list displays walked by a `for`, a walked local dict display, a tuple of lists unpacked, a list of
//! threads) is a value, not an object: binding a parameter to it gives the callee a copy, and the
//! callee's `append` or `+=` (which translate.rs follows at import time) grew that copy while the
//! caller's list, which Python shares with the callee, kept its old items. The callee's other
//! mutations of it (`pop`, `extend`, `insert`, `clear`, `sort`, an item store, `del`) were already
//! refused (dropped_calls.rs and the item stores'); these two are refused here, at the callee's line,
//! whenever the name is a parameter of the function being translated that its body never rebinds,
//! since the caller (or another name) may read the list again. A thread's target, an executor's job
//! and a method are functions too, so the refusal holds there.

use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator, fail};
use crate::value::Value;

impl Translator<'_> {
    /// Refuses `what` (`.append(...)`, `+=`) at `at` on `name` when `name` is a parameter of the
    /// function being translated that holds a list known at import time its caller gave it.
    pub(super) fn refuse_given_list_change(
        &self,
        frame: &Frame,
        name: &str,
        what: &str,
        at: &impl Ranged,
    ) -> Result<()> {
        if frame.module_level || !matches!(frame.locals.get(name), Some(Value::List(_))) {
            return Ok(());
        }
        let Some(function) = self.call_stack.last() else { return Ok(()) };
        let Some(def) = self.functions.get(function).copied() else { return Ok(()) };
        if !is_unrebound_parameter(def, name) && !aliases_a_parameter(def, name) {
            return Ok(());
        }
        let shown = function.rsplit('.').next().unwrap_or(function);
        fail(
            at,
            format!(
                "`{what}` on `{name}`, a list `{shown}` is given, is not supported here: the list is known at import time (a display's, a walk's or a list of threads), and weft gives `{shown}` a copy of it, so the caller's list would not change as Python's does; return the new item and add it where the list is made, or keep the items in a module list of numbers or strings, which weft shares"
            ),
        )
    }
}

/// Whether `name` is one of `def`'s parameters and its body binds it nowhere but by `+=` or `*=` (which
/// change the list the parameter holds).
fn is_unrebound_parameter(def: &ast::StmtFunctionDef, name: &str) -> bool {
    let parameters = &def.parameters;
    let is_parameter =
        parameters.posonlyargs.iter().chain(parameters.args.iter()).any(|p| p.parameter.name.as_str() == name);
    is_parameter
        && crate::generators::bindings_of(&def.body, name).into_iter().all(|offset| augmented_at(&def.body, offset))
}

/// Whether `def`'s body assigns `name` one of its parameters (`u = items`): the alias holds the
/// caller's list as the parameter does (session 38, s38tuples: `u = items`, `u.append(0)` grew a copy
/// under "complete" as the parameter's append had). A false match only refuses.
fn aliases_a_parameter(def: &ast::StmtFunctionDef, name: &str) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    struct Finder<'n> {
        parameters: Vec<&'n str>,
        name: &'n str,
        found: bool,
    }
    impl<'a> Visitor<'a> for Finder<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::Assign(assign) = stmt
                && let ast::Expr::Name(value) = &*assign.value
                && self.parameters.contains(&value.id.as_str())
                && assign
                    .targets
                    .iter()
                    .any(|target| matches!(target, ast::Expr::Name(t) if t.id.as_str() == self.name))
            {
                self.found = true;
            }
            walk_stmt(self, stmt);
        }
    }
    let parameters = &def.parameters;
    let parameters =
        parameters.posonlyargs.iter().chain(parameters.args.iter()).map(|p| p.parameter.name.as_str()).collect();
    let mut finder = Finder { parameters, name, found: false };
    finder.visit_body(&def.body);
    finder.found
}

/// Whether the binding at `offset` of `body` is an augmented assignment's target.
fn augmented_at(body: &[Stmt], offset: usize) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    struct Finder {
        offset: usize,
        found: bool,
    }
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::AugAssign(assign) = stmt
                && assign.target.start().to_usize() == self.offset
            {
                self.found = true;
            }
            walk_stmt(self, stmt);
        }
    }
    let mut finder = Finder { offset, found: false };
    finder.visit_body(body);
    finder.found
}

/// Whether a read of `name` in `frame` sees the frame's local (as `Translator::resolve` reads it), so that
/// a change of a list known at import time goes to the value the later reads see: a module `for`'s
/// variable over a display of lists is a local of the module's frame, where the change went to a
/// global of that name (`for items in ([1, 2], [3]): items.append(0)` at the module's top, CPython
/// `len(items)` 3, weft 2 under "complete").
pub(super) fn reads_local(frame: &Frame, name: &str) -> bool {
    !frame.globals_declared.contains(name) && frame.locals.contains_key(name)
}
