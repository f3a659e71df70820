//! Where a thread may hold a lock while it adds a done callback, for job_tail_callbacks.rs.
//!
//! The tail rewrite runs a done callback in the worker after its job, which CPython does only while
//! the future is still pending at `add_done_callback`; when the job is done already, CPython runs the
//! callback at once in the adding thread. The rewrite's argument that both list the same states fails
//! when the adder holds a lock at the add: a callback that takes it re-enters an RLock or hangs on a
//! Lock in CPython (session33/repro r03, r04), where the worker's tail would wait for the adder to let
//! go. So the rewrite is not taken (the callback keeps its thread, which runs it at once in the adder
//! when the future is done: translate/done_callbacks_at_once.rs) where the submit and the add are in the
//! body of a `with` of anything but an executor or a pool, in a function that calls `acquire`, or in a
//! function that such code calls (one level: a function called from there that calls another is not
//! followed, and is taken as free).

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

/// Whether `with` holds something other than an executor or a pool while its body runs.
pub(crate) fn holds_a_lock(with: &ast::StmtWith) -> bool {
    with.items.iter().any(|item| !makes_a_pool(&item.context_expr))
}

/// `ThreadPoolExecutor(...)`, `ProcessPoolExecutor(...)`, `Pool(...)` (a module's or bare).
fn makes_a_pool(value: &Expr) -> bool {
    let Expr::Call(call) = value else { return false };
    let class = match &*call.func {
        Expr::Name(named) => named.id.as_str(),
        Expr::Attribute(attribute) => attribute.attr.as_str(),
        _ => return false,
    };
    matches!(class, "ThreadPoolExecutor" | "ProcessPoolExecutor" | "Pool")
}

/// The scopes that may run while their thread holds a lock taken around them: "" for the module's
/// code when it calls `acquire`, each function that calls `acquire`, and each function called (by
/// name, or as a method of any object) inside a lock's `with` or in such a scope.
pub(crate) fn lock_holding_scopes(body: &[Stmt]) -> BTreeSet<String> {
    #[derive(Default)]
    struct Holders {
        function: String,
        /// Depth of lock `with`s around the code being read.
        held: u32,
        acquiring: BTreeSet<String>,
        /// (scope, callee) of every call, and whether it is inside a lock's `with`.
        calls: Vec<(String, String, bool)>,
    }
    impl<'a> Visitor<'a> for Holders {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(def) => {
                    let outer = std::mem::replace(&mut self.function, def.name.to_string());
                    let held = std::mem::take(&mut self.held);
                    walk_stmt(self, stmt);
                    self.function = outer;
                    self.held = held;
                }
                Stmt::With(with) if holds_a_lock(with) => {
                    self.held += 1;
                    walk_stmt(self, stmt);
                    self.held -= 1;
                }
                _ => walk_stmt(self, stmt),
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr {
                let callee = match &*call.func {
                    Expr::Name(named) => Some(named.id.to_string()),
                    Expr::Attribute(attribute) => Some(attribute.attr.to_string()),
                    _ => None,
                };
                if let Some(callee) = callee {
                    if callee == "acquire" {
                        self.acquiring.insert(self.function.clone());
                    }
                    self.calls.push((self.function.clone(), callee, self.held > 0));
                }
            }
            walk_expr(self, expr);
        }
    }
    let mut holders = Holders::default();
    holders.visit_body(body);
    let mut scopes = holders.acquiring.clone();
    for (scope, callee, held) in &holders.calls {
        if *held || holders.acquiring.contains(scope) {
            scopes.insert(callee.clone());
        }
    }
    scopes
}
