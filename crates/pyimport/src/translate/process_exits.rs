//! A `multiprocessing.Process`'s exit: an exception nothing in the child catches ends that child alone
//! (CPython prints the traceback, the child exits with code 1, and the parent goes on), so each process
//! task `exits_alone: true` (docs/format.md); in a program that reads `p.exitcode`, each gets an
//! `exitcode:` variable of `shared_memory:` too, which the engine sets to 1 there and the read takes
//! after the join. Before session 22 such an exception ended weft's whole run (session21/repro/r10).

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Result, Translator, fail};

impl Translator<'_> {
    /// Process task `task` ends alone; `exitcode_N`, 0 until an uncaught exception ends it, where the
    /// program reads an `exitcode`.
    pub(super) fn declare_exit(&mut self, task: usize) {
        self.scenario.exits_alone.push(task);
        if reads_exitcode(self.module_body) {
            let variable = format!("exitcode_{task}");
            self.scenario.shared_memory.push((variable.clone(), 0));
            self.scenario.exitcodes.push((task, variable));
        }
    }

    /// The variable that holds process task `task`'s exit code.
    pub(super) fn exitcode_variable(&self, task: usize, at: &ast::Expr) -> Result<String> {
        match self.scenario.exitcodes.iter().find(|(of, _)| *of == task) {
            Some((_, variable)) => Ok(variable.clone()),
            None => {
                fail(at, "the `exitcode` of a process weft did not make from `multiprocessing.Process` is not imported")
            }
        }
    }

    /// Whether task `task` is a `multiprocessing.Process`, which an uncaught exception ends alone.
    pub(super) fn ends_alone(&self, task: usize) -> bool {
        self.scenario.exits_alone.contains(&task)
    }
}

/// Whether the module reads an `exitcode` attribute anywhere.
fn reads_exitcode(body: &[Stmt]) -> bool {
    struct Finder {
        found: bool,
    }
    impl<'a> Visitor<'a> for Finder {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Attribute(attribute) = expr
                && attribute.attr.as_str() == "exitcode"
            {
                self.found = true;
            }
            walk_expr(self, expr);
        }
    }
    let mut finder = Finder { found: false };
    finder.visit_body(body);
    finder.found
}
