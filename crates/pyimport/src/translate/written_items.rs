//! A module list whose items something writes (`counts[i] = 5` in a thread, `del counts[0]`,
//! `counts.sort()`) is no list known at import time: before session 21 only a rebinding or an `append`
//! made it "written", so `", ".join(str(c) for c in counts)` or `sum(c for c in counts)` after the
//! threads was computed at import time from the display (`'0, 0, 0'` where CPython had `'5, 5, 0'`),
//! under "complete". Such a list is now read where the program reads it (or refused there).

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{Expr, Stmt};

use super::dropped_calls::CONTAINER_MUTATORS;

/// Whether any statement of `body` (functions and classes included) writes an item of the list or
/// dict the name `name` holds, or calls a method that changes it in place.
pub(super) fn items_written(body: &[Stmt], name: &str) -> bool {
    struct Scan<'n> {
        name: &'n str,
        written: bool,
    }
    impl Scan<'_> {
        fn is_item_of_name(&self, target: &Expr) -> bool {
            match target {
                Expr::Subscript(subscript) => {
                    matches!(&*subscript.value, Expr::Name(container) if container.id.as_str() == self.name)
                }
                Expr::Tuple(tuple) => tuple.elts.iter().any(|element| self.is_item_of_name(element)),
                Expr::List(list) => list.elts.iter().any(|element| self.is_item_of_name(element)),
                Expr::Starred(starred) => self.is_item_of_name(&starred.value),
                _ => false,
            }
        }
    }
    impl<'a> Visitor<'a> for Scan<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            self.written |= match stmt {
                Stmt::Assign(assign) => assign.targets.iter().any(|target| self.is_item_of_name(target)),
                Stmt::AugAssign(assign) => self.is_item_of_name(&assign.target),
                Stmt::AnnAssign(assign) => self.is_item_of_name(&assign.target),
                Stmt::Delete(delete) => delete.targets.iter().any(|target| self.is_item_of_name(target)),
                Stmt::For(each) => self.is_item_of_name(&each.target),
                _ => false,
            };
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && let Expr::Attribute(method) = &*call.func
                && matches!(&*method.value, Expr::Name(container) if container.id.as_str() == self.name)
                && CONTAINER_MUTATORS.contains(&method.attr.as_str())
            {
                self.written = true;
            }
            walk_expr(self, expr);
        }
    }
    let mut scan = Scan { name, written: false };
    body.iter().for_each(|stmt| scan.visit_stmt(stmt));
    scan.written
}
