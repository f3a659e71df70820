//! `got = []` in a function that then hands the list on as a value: `results[name] = got`,
//! `q.put(got)` (session 32, session30/t03: each client gathers its answers and
//! stores the list under its name). Before, such a list was a list of the import, a shared variable of
//! its own, and the store was refused ("this is a shared list, where weft needs a value of a step").
//! Now the display is the list made at run time of run_time_list_displays.rs (`let: "got =
//! new_list()"`), whose handle the store writes, as Python stores a reference to the one list: the
//! thread's later `append`s are seen through the dict, as in CPython.
//!
//! Only for a function's local (not a global, not at module level), and only where the file hands that
//! name on somewhere as one of those values; anywhere else a display of values known at import time
//! stays a list of the import, as before.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{Expr, Stmt};

/// Methods whose argument is stored as it is (a reference to the object, not a copy of its items).
/// Not `append`: a shared list holding lists is read by `len(table[0])` inside expressions, which the
/// engine faults on (its length is read in a step of its own), where the refusal said so before
/// (session21/checks/c103).
const STORING_METHODS: [&str; 2] = ["put", "put_nowait"];

/// The names some statement of the file hands on as a value: the value of an item assignment
/// (`d[k] = name`), or the one argument of a queue's `put` (`q.put(name)`).
pub(super) fn handed_on_names(body: &[Stmt]) -> BTreeSet<String> {
    #[derive(Default)]
    struct Handed(BTreeSet<String>);
    impl Handed {
        fn note(&mut self, value: &Expr) {
            if let Expr::Name(name) = value {
                self.0.insert(name.id.to_string());
            }
        }
    }
    impl<'a> Visitor<'a> for Handed {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::Assign(assign) = stmt
                && let [Expr::Subscript(_)] = &assign.targets[..]
            {
                self.note(&assign.value);
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && let Expr::Attribute(method) = &*call.func
                && STORING_METHODS.contains(&method.attr.as_str())
                && let [argument] = &call.arguments.args[..]
            {
                self.note(argument);
            }
            walk_expr(self, expr);
        }
    }
    let mut handed = Handed::default();
    for stmt in body {
        handed.visit_stmt(stmt);
    }
    handed.0
}
