//! A `raise` in a job of `asyncio.to_thread` (a thread of the loop's default executor, session 18): the
//! job ends with the exception, which its future keeps and the coroutine's `await` raises again, as an
//! executor's job does for `f.result()`. The waits that CPython makes without raising (the watchers of
//! `asyncio.as_completed`) then catch it, as for an executor's jobs that raise: the import's second
//! pass (`jobs_raise`).

use super::Translator;

impl Translator<'_> {
    /// Whether `task` is a job of `asyncio.to_thread` (or `run_in_executor(None, ...)`): a thread task
    /// with a future, run by no executor of the program's.
    pub(super) fn is_to_thread_job(&self, task: usize) -> bool {
        let definition = &self.scenario.tasks[task];
        definition.kind.is_none()
            && definition.executor.is_none()
            && self.futures.job_tasks.values().any(|&job| job == task)
    }

    /// Whether a job of `asyncio.to_thread` has a `raise`.
    pub(super) fn to_thread_job_raises(&self) -> bool {
        self.raise_sites.iter().any(|&(task, _)| self.is_to_thread_job(task))
    }
}
