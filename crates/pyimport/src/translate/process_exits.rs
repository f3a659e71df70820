//! A `multiprocessing.Process`'s exit: an exception nothing in the child catches ends that child alone
//! (CPython prints the traceback, the child exits with code 1, and the parent goes on), so each process
//! task gets an `exitcode:` variable of `shared_memory:` (docs/format.md), which the engine sets to 1
//! there and `p.exitcode` reads after the join. Before session 22 such an exception ended weft's whole
//! run (session21/repro/r10).

use ruff_python_ast as ast;

use super::{Result, Translator, fail};

impl Translator<'_> {
    /// Declares process task `task`'s exit code: `exitcode_N`, 0 until an uncaught exception ends it.
    pub(super) fn declare_exitcode(&mut self, task: usize) {
        let variable = format!("exitcode_{task}");
        self.scenario.shared_memory.push((variable.clone(), 0));
        self.scenario.exitcodes.push((task, variable));
    }

    /// The variable that holds process task `task`'s exit code.
    pub(super) fn exitcode_variable(&self, task: usize, at: &ast::Expr) -> Result<String> {
        match self.scenario.exitcodes.iter().find(|(of, _)| *of == task) {
            Some((_, variable)) => Ok(variable.clone()),
            None => fail(at, "the `exitcode` of a process weft did not make from `multiprocessing.Process` is not imported"),
        }
    }

    /// Whether task `task` is a `multiprocessing.Process`, which an uncaught exception ends alone.
    pub(super) fn ends_alone(&self, task: usize) -> bool {
        self.scenario.exitcodes.iter().any(|(of, _)| *of == task)
    }
}
