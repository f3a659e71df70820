//! The value of `f.cancel()` of an executor's job (`if f.cancel():`, `sum(1 for f in not_done if
//! f.cancel())`): a thread pool's job still waiting for its worker's pick-up is cancelled, one a worker
//! has taken is not (the engine's pick-up step, engine/job_pick_up.rs). A process pool's is refused: its
//! executor moves jobs into the call queue ahead of its workers, after which `cancel()` fails though
//! the job has not started.

use super::Translator;

/// Why the value of a process pool job's `cancel()` is refused.
pub(super) const PROCESS_POOL_CANCEL: &str = "the value of `f.cancel()` of a ProcessPoolExecutor's future is not supported: CPython moves queued jobs into its call queue ahead of the workers, after which `cancel()` fails though the job has not started (a ThreadPoolExecutor's, and asyncio's `t.cancel()` over `asyncio.wait`'s `pending`, are supported)";

impl Translator<'_> {
    /// Whether the futures held in `holder` are jobs of a process pool (of an executor still open).
    pub(super) fn process_pool_futures(&self, holder: &str) -> bool {
        let Some(pool) = self.futures.open.iter().rev().find(|pool| pool.holds(holder)) else { return false };
        self.scenario.executors.iter().any(|executor| executor.name == pool.name() && executor.process)
    }
}
