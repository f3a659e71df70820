//! An exception raised in a process pool's job crosses back to the parent by pickle (session 38):
//! Python pickles it as its class, `self.args` and its attributes, and the parent calls
//! `C(*self.args)` to rebuild it. A class whose `__init__` takes other arguments than those it hands
//! `super().__init__` (`def __init__(self, code, url): super().__init__(f"{url}: {code}")`) is not
//! rebuilt: the call raises TypeError in the pool's result thread, and CPython's ProcessPoolExecutor
//! breaks (BrokenProcessPool from `result()`) where a `multiprocessing.Pool` waits for ever. weft hands
//! the exception over intact, so such a raise in a job (or a function it calls) is refused at the raise.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::exception_values::PickleRebuild;
use super::{Result, Translator, fail};

impl Translator<'_> {
    /// Refuses a `raise C(...)` in the process job `def` (or a function of the program it calls) of a
    /// class that pickle does not rebuild from its `args`.
    pub(super) fn refuse_exceptions_pickle_breaks(&self, def: &ast::StmtFunctionDef) -> Result<()> {
        let mut seen = BTreeSet::new();
        let mut pending = vec![def];
        while let Some(def) = pending.pop() {
            if !seen.insert(def.name.to_string()) {
                continue;
            }
            let mut scan = RaisesAndCalls::default();
            def.body.iter().for_each(|stmt| scan.visit_stmt(stmt));
            for (class, raise) in scan.raised {
                let consequence = match self.pickle_rebuild(&class) {
                    PickleRebuild::Same => continue,
                    PickleRebuild::Fails => {
                        "CPython's rebuild raises TypeError (a ProcessPoolExecutor breaks: BrokenProcessPool; a multiprocessing.Pool waits for ever)"
                    }
                    PickleRebuild::OtherArguments => {
                        "CPython's rebuild runs that `__init__` again on the job's `args`, so the parent's exception has other `args` and another message than the job's"
                    }
                };
                return fail(
                    raise,
                    format!(
                        "`{class}` raised in a process pool's job crosses back by pickle, which rebuilds it as `{class}(*e.args)`; its `__init__` hands `super().__init__` other arguments than its own, and {consequence}, which weft does not model: hand `super().__init__` the `__init__`'s own arguments"
                    ),
                );
            }
            pending.extend(scan.called.iter().filter_map(|name| self.functions.get(name.as_str()).copied()));
        }
        Ok(())
    }
}

/// The classes a function's body raises by name (`raise C(...)`, `raise C`), with each raise, and the
/// names it calls.
#[derive(Default)]
struct RaisesAndCalls<'a> {
    raised: Vec<(String, &'a ast::StmtRaise)>,
    called: BTreeSet<String>,
}

impl<'a> Visitor<'a> for RaisesAndCalls<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::Raise(raise) = stmt {
            let class = match raise.exc.as_deref() {
                Some(Expr::Call(call)) => &*call.func,
                Some(other) => other,
                None => return,
            };
            if let Expr::Name(name) = class {
                self.raised.push((name.id.to_string(), raise));
            }
        }
        if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            walk_stmt(self, stmt);
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Call(call) = expr
            && let Expr::Name(name) = &*call.func
        {
            self.called.insert(name.id.to_string());
        }
        walk_expr(self, expr);
    }
}
