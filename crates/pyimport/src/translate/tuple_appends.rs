//! `t.append(x)` where `t` holds a tuple (session 37, found by s37values): the import holds a tuple known
//! at import time as it holds a list (`Value::List`), and a list known then takes `append` at import time
//! (translate.rs), so `t = (1, 2)` then `t.append(3)` imported as a list of three where CPython raises
//! AttributeError (a silent error). The receiver's binding is found in the code around the call: the
//! innermost function holding it (or the module's code), where the name is assigned a tuple display or is
//! the target of a `for` over a display of tuple displays; such an `append` is refused.
//!
//! Session 38 (s38tuples): the code around the call does not show every tuple. A tuple handed to a
//! function and bound to another name there, a module tuple appended to in a function, a walk of a
//! module list of tuples, a tuple unpacked from a tuple of tuples all imported as a list that grew,
//! under "complete". The value now says where the program made a tuple (`Items::is_tuple`: a tuple
//! display, `enumerate`'s, `zip`'s and `.items()`'s pairs), and an `append` to such a value is refused
//! wherever its name came from.

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::{Result, Translator, fail};

impl Translator<'_> {
    /// Refuses `name.append(...)` at `call` where `name` holds a value the program made a tuple
    /// (`holds_a_tuple`) or is bound to a tuple in the code around it.
    pub(super) fn refuse_append_to_a_tuple(&self, name: &str, holds_a_tuple: bool, call: &ast::ExprCall) -> Result<()> {
        let offset = call.start().to_usize();
        let body = innermost_body(self.module_body, offset);
        if holds_a_tuple || binds_a_tuple(body, name) {
            return fail(
                call,
                format!(
                    "`{name}` holds a tuple here, and a tuple has no `append`: Python raises AttributeError, which weft does not model here; make `{name}` a list (`[...]`) if it is to grow"
                ),
            );
        }
        Ok(())
    }
}

/// The body of the innermost function (or method) whose range holds `offset`; the module's body when
/// none does.
fn innermost_body(body: &[Stmt], offset: usize) -> &[Stmt] {
    for stmt in body {
        let inner = match stmt {
            Stmt::FunctionDef(def) if def.range().contains(ruff_text_size::TextSize::new(offset as u32)) => {
                &def.body[..]
            }
            Stmt::ClassDef(class) if class.range().contains(ruff_text_size::TextSize::new(offset as u32)) => {
                &class.body[..]
            }
            _ => continue,
        };
        return innermost_body(inner, offset);
    }
    body
}

/// Whether `body` assigns `name` a tuple display, or walks a display of tuple displays with `name` as
/// the `for`'s target (a nested function's own binding of the name counts too: a false match only
/// refuses).
fn binds_a_tuple(body: &[Stmt], name: &str) -> bool {
    struct Bindings<'n> {
        name: &'n str,
        found: bool,
    }
    impl Bindings<'_> {
        fn is_name(&self, target: &Expr) -> bool {
            matches!(target, Expr::Name(named) if named.id.as_str() == self.name)
        }
    }
    impl<'a> Visitor<'a> for Bindings<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Assign(assign)
                    if matches!(*assign.value, Expr::Tuple(_)) && assign.targets.iter().any(|t| self.is_name(t)) =>
                {
                    self.found = true;
                }
                Stmt::For(looping) if self.is_name(&looping.target) && displays_tuples(&looping.iter) => {
                    self.found = true;
                }
                _ => {}
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            walk_expr(self, expr);
        }
    }
    let mut bindings = Bindings { name, found: false };
    bindings.visit_body(body);
    bindings.found
}

/// A list or tuple display whose items are all tuple displays.
fn displays_tuples(iterable: &Expr) -> bool {
    let items = match iterable {
        Expr::List(list) => &list.elts,
        Expr::Tuple(tuple) => &tuple.elts,
        _ => return false,
    };
    !items.is_empty() && items.iter().all(|item| matches!(item, Expr::Tuple(_)))
}
