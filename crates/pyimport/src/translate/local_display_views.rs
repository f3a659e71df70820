//! `plan = {0: [0, 2], 1: [2, 3]}` in `main`, then `for worker_id, keys in plan.items():` handing each
//! list to a thread (session 35: session34/t02): a dict display in a function, under number (or
//! string) keys, holding lists. display_views.rs takes such a display bound at the module's top, and
//! list_dicts.rs one in a function under string keys; under number keys it was refused at its first
//! list ("this is a list, where weft needs a number, None or a string").
//!
//! The display is the name's one binding in the file and every read of the name anywhere in the file
//! is a walk of it or of its `items()`, `keys()` or `values()` (the iterable of a `for` or a
//! comprehension: `for name in subscriptions:`, `for n, f in subscriptions.items()`): so
//! nothing indexes it, stores into it or hands it on, and each walk sees the keys and values the
//! display gave, in its order. The name is bound to those pairs (`Value::WalkedDisplay`), and a walk is
//! unrolled over them at import time, as display_views.rs does: a list value is handed on as a list
//! known at import time, which is the object itself since nothing else can reach it. Any other use of
//! the name stays refused, in the words of the value it is.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::record_views::dict_view;
use super::{Frame, Translator};
use crate::value::{Items, Value};

impl Translator<'_> {
    /// The pairs of `name = {...}` in a function where that display holds a list and every read of
    /// `name` in the file walks one of its views; `None` otherwise (the assignment goes on as before).
    pub(super) fn walked_local_display(&self, frame: &Frame, name: &str, value: &Expr) -> Option<Value> {
        let Expr::Dict(display) = value else { return None };
        if frame.module_level || crate::generators::bindings_of(self.module_body, name).len() != 1 {
            return None;
        }
        // A list value written as a list display: a tuple (which static values give as a list too)
        // is no list Python would hand on, and stays refused where it is met.
        let list_displays = display.items.iter().all(|item| {
            (matches!(item.value, Expr::List(_))
                || !matches!(self.static_value(frame, &item.value), Ok(Value::List(_))))
                && holds_no_tuple(&item.value)
        });
        // Or tuple displays of numbers, None and strings (session36/a04: `lanes = {"red": (0.003,
        // 0.004)}`): a tuple cannot change, so handing it on is exact wherever it is read.
        let tuple_displays =
            !list_displays && super::walked_tuples::walked_tuple_display(self.module_body, name, display);
        let pairs = if tuple_displays {
            self.display_pairs_where(frame, display, super::walked_tuples::is_plain_or_tuple_of_scalars)?
        } else {
            self.display_pairs(frame, display).filter(|_| list_displays)?
        };
        if !pairs.iter().any(|(_, value)| matches!(value, Value::List(_))) {
            return None;
        }
        let walks = view_walks(self.module_body, name);
        if walks.is_empty() || !crate::generators::every_read_allowed(self.module_body, name, &walks) {
            return None;
        }
        Some(Value::WalkedDisplay(pairs))
    }

    /// The items of `d.items()`, `d.keys()` or `d.values()` of a name `walked_local_display` bound,
    /// or of `d` itself (its keys, as a walk of a dict gives).
    pub(super) fn local_display_view(&self, frame: &Frame, iterable: &Expr) -> Option<Vec<Value>> {
        let (dict, view) = match iterable {
            Expr::Name(dict) => (dict, "keys"),
            _ => dict_view(iterable)?,
        };
        let Some(Value::WalkedDisplay(pairs)) = self.resolve(frame, dict.id.as_str()) else { return None };
        let items = pairs.into_iter().map(|(key, value)| match view {
            "keys" => key,
            "values" => value,
            _ => Value::List(Items::tuple(vec![key, value])),
        });
        Some(items.collect())
    }
}

/// Whether a value is written without a tuple display (at any depth of its list displays).
fn holds_no_tuple(value: &Expr) -> bool {
    match value {
        Expr::Tuple(_) => false,
        Expr::List(list) => list.elts.iter().all(holds_no_tuple),
        _ => true,
    }
}

/// Where `name` is read as the dict walked by a `for` or a comprehension, itself or one of its views
/// (`for k, v in name.items():`, `[... for k in name.keys()]`, `for k in name:`): the offsets of
/// those reads.
fn view_walks(body: &[Stmt], name: &str) -> BTreeSet<usize> {
    struct Walks<'n> {
        name: &'n str,
        found: BTreeSet<usize>,
    }
    impl Walks<'_> {
        fn note(&mut self, iterable: &Expr) {
            let dict = match iterable {
                Expr::Name(dict) => Some(dict),
                _ => dict_view(iterable).map(|(dict, _)| dict),
            };
            if let Some(dict) = dict
                && dict.id.as_str() == self.name
            {
                self.found.insert(dict.start().to_usize());
            }
        }
    }
    impl<'a> Visitor<'a> for Walks<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::For(looping) = stmt {
                self.note(&looping.iter);
            }
            walk_stmt(self, stmt);
        }
        fn visit_comprehension(&mut self, comprehension: &'a ast::Comprehension) {
            self.note(&comprehension.iter);
            ruff_python_ast::visitor::walk_comprehension(self, comprehension);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            walk_expr(self, expr);
        }
    }
    let mut walks = Walks { name, found: BTreeSet::new() };
    walks.visit_body(body);
    walks.found
}
