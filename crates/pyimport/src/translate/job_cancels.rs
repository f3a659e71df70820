//! Cancelling an executor's jobs (`f.cancel()` and its value in `if f.cancel():` or `sum(1 for f in
//! not_done if f.cancel())`, the cancels of leaving a loop over `ex.map`, `shutdown(cancel_futures=True)`):
//! a thread pool's job still waiting for its worker's pick-up is cancelled, one a worker has taken is not
//! (the engine's pick-up step, engine/job_pick_up.rs). A process pool's are refused: CPython's
//! ProcessPoolExecutor moves up to `max_workers + 1` queued jobs into its call queue ahead of the
//! workers (`_add_call_item_to_queue`, which marks each running), after which `cancel()` fails though
//! the job has not started (2 workers, 8 jobs of 200 ms, every one cancelled 50 ms after the submits:
//! the first three could not be), which weft's executor does not model.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::{Result, Translator, fail};

/// Why a process pool job's cancel is refused.
pub(super) const PROCESS_POOL_CANCEL: &str = "cancelling a ProcessPoolExecutor's (or multiprocessing Pool's) jobs is not supported: CPython moves queued jobs into its call queue ahead of the workers, after which `cancel()` fails though the job has not started; a ThreadPoolExecutor's jobs (and asyncio's tasks) can be cancelled";

impl Translator<'_> {
    /// Something at `at` cancels the futures held in `holder` (a local or a local array): their waits
    /// must allow it. Refused for a process pool's jobs.
    pub(super) fn note_cancels(&mut self, holder: &str, at: &impl Ranged) -> Result<()> {
        if self.process_pool_futures(holder) {
            return fail(at, PROCESS_POOL_CANCEL);
        }
        self.futures.cancelled.insert(holder.to_string());
        Ok(())
    }

    /// `shutdown(cancel_futures=True)` at `call` of executor `name`: refused for a process pool.
    pub(super) fn check_cancel_futures(&self, name: &str, call: &ast::ExprCall) -> Result<()> {
        if self.is_process_pool(name) {
            return fail(call, PROCESS_POOL_CANCEL);
        }
        Ok(())
    }

    /// Whether the futures held in `holder` are jobs of a process pool (of an executor still open).
    pub(super) fn process_pool_futures(&self, holder: &str) -> bool {
        let Some(pool) = self.futures.open.iter().rev().find(|pool| pool.holds(holder)) else { return false };
        self.is_process_pool(pool.name())
    }

    fn is_process_pool(&self, name: &str) -> bool {
        self.scenario.executors.iter().any(|executor| executor.name == name && executor.process)
    }
}
