//! A `for` whose target a function declares `global` (`global i` ... `for i in range(4):`): CPython
//! stores each item in the module's `i` (a STORE_GLOBAL per pass), so the body and every read after the
//! loop, in any thread, see the loop's values. Until session 40 the import kept the loop's variable as
//! the task's own local and never wrote the global: the body read the global's old value and `i` after
//! the loop was 0, under "complete" (session40/repro/r01).
//!
//! The loop is rewritten before it is translated: the target takes a fresh local, and the body starts
//! with `i = local` for each global of the target, in the target's order, a store of the global as
//! Python's loop makes it. A loop that never runs a pass leaves the global as it was, as in Python.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::{Frame, Translator};

impl Translator<'_> {
    /// The loop with its global targets stored from fresh locals at the top of each pass; `None` when
    /// no name of the target is declared `global` in the function.
    pub(super) fn global_loop_target_rewrite(&mut self, frame: &Frame, looping: &ast::StmtFor) -> Option<ast::StmtFor> {
        if frame.module_level {
            return None;
        }
        let mut stores = Vec::new();
        let target = self.target_without_globals(frame, &looping.target, &mut stores);
        if stores.is_empty() {
            return None;
        }
        let mut body = stores;
        body.extend(looping.body.iter().cloned());
        Some(ast::StmtFor { target: Box::new(target), body: body.into(), ..looping.clone() })
    }

    /// `target` with each name declared `global` replaced by a fresh local, and the store of the global
    /// from it pushed to `stores`.
    fn target_without_globals(&mut self, frame: &Frame, target: &Expr, stores: &mut Vec<Stmt>) -> Expr {
        match target {
            Expr::Name(name) if frame.globals_declared.contains(name.id.as_str()) => {
                let local = self.fresh_temporary(frame.task, &format!("{}_item", name.id));
                let range = name.range();
                stores.push(Stmt::Assign(ast::StmtAssign {
                    node_index: ast::AtomicNodeIndex::default(),
                    range,
                    targets: vec![crate::syntax::name(name.id.as_str(), range, ast::ExprContext::Store)],
                    value: Box::new(crate::syntax::name(&local, range, ast::ExprContext::Load)),
                }));
                crate::syntax::name(&local, range, ast::ExprContext::Store)
            }
            Expr::Tuple(tuple) => {
                let elts =
                    tuple.elts.iter().map(|element| self.target_without_globals(frame, element, stores)).collect();
                Expr::Tuple(ast::ExprTuple { elts, ..tuple.clone() })
            }
            Expr::List(list) => {
                let elts =
                    list.elts.iter().map(|element| self.target_without_globals(frame, element, stores)).collect();
                Expr::List(ast::ExprList { elts, ..list.clone() })
            }
            Expr::Starred(starred) => {
                let value = self.target_without_globals(frame, &starred.value, stores);
                Expr::Starred(ast::ExprStarred { value: Box::new(value), ..starred.clone() })
            }
            other => other.clone(),
        }
    }
}
