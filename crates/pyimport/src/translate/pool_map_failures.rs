//! `multiprocessing.Pool.map` (and `starmap`, rewritten to it) where several jobs may fail: CPython's
//! `MapResult._set` keeps the first exception to *arrive* ("only store first exception") and raises
//! it once every chunk is done, so the error the caller sees is the first failure in time (session 24,
//! repro r21: CPython 'item 2', weft 'item 1', "complete"; checks c107b). weft's `map` waits for the
//! results in input order and raises the first failing one at its turn. Until the scenario can keep
//! the first failure by time, a Pool's `map` of more than one item in a program whose jobs may raise is
//! refused (`Executor.map` raises in input order, as weft does, and stays imported).

use ruff_python_ast::{self as ast, Expr};

use super::{Result, Translator, fail};

impl Translator<'_> {
    /// Refuses a Pool's `map`/`starmap` of `length` items where a job may raise.
    pub(super) fn check_pool_map_failures(&self, executor: &str, call: &ast::ExprCall, length: usize) -> Result<()> {
        if length < 2 || !self.futures.multiprocessing_pools.contains(executor) || !self.job_exceptions_kept() {
            return Ok(());
        }
        // `imap` (rewritten to `map` too, pool_calls.rs) raises each failure at its turn, as weft does.
        let written = match &*call.func {
            Expr::Attribute(attribute) => self.source.text.get(attribute.attr.range.to_std_range()).unwrap_or(""),
            _ => "",
        };
        if !matches!(written, "map" | "starmap") {
            return Ok(());
        }
        // The pool's jobs translated so far (this map's among them): one whose steps may raise.
        let pool_jobs_may_raise = self.scenario.tasks.iter().any(|task| {
            task.executor.as_deref() == Some(executor) && super::exceptions::may_fault(&self.scenario, &task.ops)
        });
        if !pool_jobs_may_raise {
            return Ok(());
        }
        fail(
            call,
            "a multiprocessing Pool's `map`/`starmap` whose jobs may raise is not supported yet: CPython raises the \
             exception that happened first in time (after every job is done), weft would raise the first in the \
             list; use `apply_async` for each item and `get()` each result, or a `ProcessPoolExecutor`'s `map` \
             (which raises in the list's order)",
        )
    }
}
