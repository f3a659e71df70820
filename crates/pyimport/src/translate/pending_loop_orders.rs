//! The `for t in done:` of a `while pending:` loop over `wait(..., return_when=FIRST_COMPLETED)`
//! (completion.rs `first_completed_loop`). Its watchers are made once, before the loop, and each puts
//! its future's position when the future finishes. While the `for`'s body takes time (a sleep, a blocking
//! call, an `await` of something else, a call of the file's functions), futures finish and are put in the
//! order they finish; the next pass's `done` holds all of them, which weft walks in that order alone when
//! they finished further apart than the time window, where CPython walks the set in its hash table's
//! order (the futures' addresses: any order). Before session 24 such a loop imported under "complete"
//! (docs/python.md, "Session 22: silent errors", left). It is now taken, where the body may take time,
//! only when the body gives the same state in every order (done_orders.rs), and refused otherwise. A body
//! that takes no time (appends, sums, prints of the finished future's result) is taken as before: the
//! futures of a pass's `done` then finished within the window of each other, whose orders weft explores.

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator};

/// Built-in functions that take no time of their own.
const QUICK_BUILTINS: [&str; 18] = [
    "print",
    "len",
    "str",
    "int",
    "float",
    "repr",
    "abs",
    "min",
    "max",
    "sum",
    "sorted",
    "list",
    "tuple",
    "dict",
    "set",
    "isinstance",
    "type",
    "format",
];

/// Methods of a list, set or dict that take no time (not a queue's `get`, which may block).
const QUICK_METHODS: [&str; 6] = ["append", "add", "extend", "update", "insert", "discard"];

/// Methods of the loop's own future, finished when the body runs.
const FINISHED_FUTURE_METHODS: [&str; 4] = ["result", "exception", "done", "cancelled"];

impl Translator<'_> {
    /// Refuses the `for` over a pass's `done` when its body may take time and depends on the order (the
    /// module's header).
    pub(super) fn check_pass_done_order(&self, frame: &Frame, inner: &ast::StmtFor, length: usize) -> Result<()> {
        let Expr::Name(variable) = &*inner.target else { return Ok(()) };
        let variable = variable.id.as_str();
        if length < 2 || self.takes_no_time(inner, variable) {
            return Ok(());
        }
        self.check_done_loop_order(frame, inner, variable)
    }

    /// Whether the body of `inner` only computes: every call a quick built-in, a quick method of a
    /// collection or a method of the finished future, every `await` of that future, and no cost
    /// annotation on its lines.
    fn takes_no_time(&self, inner: &ast::StmtFor, variable: &str) -> bool {
        let text = self.source.text.get(inner.range().to_std_range()).unwrap_or("");
        if text.contains("# weft:") {
            return false;
        }
        let mut calls = TimeTaking { variable, found: false };
        for stmt in &inner.body {
            calls.visit_stmt(stmt);
        }
        !calls.found
    }
}

/// Finds a call or an `await` that may take time.
struct TimeTaking<'v> {
    variable: &'v str,
    found: bool,
}

impl TimeTaking<'_> {
    fn is_variable(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Name(name) if name.id.as_str() == self.variable)
    }

    fn quick_call(&self, call: &ast::ExprCall) -> bool {
        match &*call.func {
            Expr::Name(name) => QUICK_BUILTINS.contains(&name.id.as_str()),
            Expr::Attribute(attribute) => {
                let method = attribute.attr.as_str();
                if self.is_variable(&attribute.value) {
                    return FINISHED_FUTURE_METHODS.contains(&method);
                }
                QUICK_METHODS.contains(&method)
            }
            _ => false,
        }
    }
}

impl<'a> Visitor<'a> for TimeTaking<'_> {
    fn visit_stmt(&mut self, stmt: &'a ast::Stmt) {
        // A `with` takes a lock, a semaphore or a condition, which may wait.
        if matches!(stmt, ast::Stmt::With(_)) {
            self.found = true;
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Call(call) if !self.quick_call(call) => self.found = true,
            Expr::Await(awaited) if !self.is_variable(&awaited.value) => self.found = true,
            _ => {}
        }
        walk_expr(self, expr);
    }
}
