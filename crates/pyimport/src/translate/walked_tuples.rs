//! `lanes = {"red": (0.003, 0.004), "blue": (0.001, 0.006)}` in a coroutine, walked by `for n, (p, r) in
//! lanes.items()` (session 37, session36/a04): a dict display in a function whose values are tuple
//! displays of numbers (floats too: sleep durations), None and strings. local_display_views.rs binds a
//! display holding lists to its pairs when every read of the name walks it; a display of tuples is
//! taken so too. A tuple cannot change, so each walk hands on the values the display gave, exactly, and
//! a tuple read whole where a value of a step is needed stays refused in the words of expr.rs.
//!
//! The import holds a tuple known at import time as it holds a list (`Value::List`), so a name bound to
//! a whole tuple could take a list's methods (`pair.append(5)`, AttributeError in CPython). So every
//! walk of the name must unpack each tuple in its target (`for n, (p, r) in d.items()`, `for p, r in
//! d.values()`) or walk the keys alone: no name ever holds a tuple of the display.

use ruff_python_ast::visitor::{Visitor, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::record_views::dict_view;

use crate::value::Value;

/// Whether every value of `display` is a tuple display, and at least one is, and every walk of `name`
/// in `body` unpacks each tuple it meets.
pub(super) fn walked_tuple_display(body: &[Stmt], name: &str, display: &ast::ExprDict) -> bool {
    !display.items.is_empty()
        && display.items.iter().all(|item| matches!(item.value, Expr::Tuple(_)))
        && every_walk_unpacks(body, name)
}

/// Whether every `for` or comprehension over `name`, its `items()` or its `values()` unpacks the
/// values into names (`k, (a, b)`; `(a, b)`); a walk of the keys binds no tuple.
fn every_walk_unpacks(body: &[Stmt], name: &str) -> bool {
    struct Walks<'n> {
        name: &'n str,
        unpacks: bool,
    }
    impl Walks<'_> {
        fn note(&mut self, target: &Expr, iterable: &Expr) {
            let Some((dict, view)) = dict_view(iterable) else { return };
            if dict.id.as_str() != self.name {
                return;
            }
            let value_target = match (view, target) {
                ("keys", _) => return,
                ("values", value) => value,
                (_, Expr::Tuple(pair)) if pair.elts.len() == 2 => &pair.elts[1],
                _ => {
                    self.unpacks = false;
                    return;
                }
            };
            let names_only = |tuple: &ast::ExprTuple| tuple.elts.iter().all(|part| matches!(part, Expr::Name(_)));
            if !matches!(value_target, Expr::Tuple(tuple) if names_only(tuple)) {
                self.unpacks = false;
            }
        }
    }
    impl<'a> Visitor<'a> for Walks<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::For(looping) = stmt {
                self.note(&looping.target, &looping.iter);
            }
            walk_stmt(self, stmt);
        }
        fn visit_comprehension(&mut self, comprehension: &'a ast::Comprehension) {
            self.note(&comprehension.target, &comprehension.iter);
            ruff_python_ast::visitor::walk_comprehension(self, comprehension);
        }
    }
    let mut walks = Walks { name, unpacks: true };
    walks.visit_body(body);
    walks.unpacks
}

/// A value of such a display: a number, None, a string, or a list (a tuple display's items) of those.
pub(super) fn is_plain_or_tuple_of_scalars(value: &Value) -> bool {
    match value {
        Value::List(items) => items.iter().all(is_scalar),
        other => is_scalar(other),
    }
}

/// A number (a float too), None or a string.
fn is_scalar(value: &Value) -> bool {
    matches!(value, Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::None)
}
