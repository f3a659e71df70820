//! `ex.map(f, items, chunksize=n)`. CPython's `Executor.map` takes `chunksize` and ignores it (only
//! `ProcessPoolExecutor.map` uses it), so on a `ThreadPoolExecutor` the map is the map without it, a job
//! per item, whatever `n` is (not even checked: `chunksize=0` runs too). A `ProcessPoolExecutor`
//! groups the items into jobs of `n` items each, run one after the other in one process, whose results
//! come back together (and one failing item loses the chunk's earlier results): a job per chunk, which
//! weft does not model, so it is refused there saying so.

use ruff_python_ast as ast;

use super::{Result, Translator, fail};

impl Translator<'_> {
    /// A keyword of `ex.map(...)` on `executor` (its name, and whether it runs processes): `chunksize` of
    /// a thread executor is taken (CPython ignores it); anything else is refused.
    pub(super) fn check_map_keyword(&self, executor: (&str, bool), keyword: &ast::Keyword) -> Result<()> {
        let name = keyword.arg.as_ref().map(|name| name.as_str());
        let thread_executor = !executor.1 && !self.futures.multiprocessing_pools.contains(executor.0);
        match name {
            Some("chunksize") if thread_executor => Ok(()),
            Some("chunksize") => fail(
                keyword,
                "`chunksize` of a process pool's `map` is not supported yet: CPython runs each chunk of that many items as one job in one process (and one failing item loses the chunk's earlier results), which weft does not model; leave `chunksize` out (a job per item) where the function only computes its result",
            ),
            Some("timeout") => fail(
                keyword,
                "`map(..., timeout=...)` is not supported yet: CPython raises TimeoutError from the results' iterator when a result is not ready that long after the `map` call, a deadline over every wait, which the import does not model for `map`; leave it out, or submit the jobs and wait with `f.result(timeout=...)`",
            ),
            _ => fail(keyword, "`map` takes the function, its iterables, `timeout` and `chunksize`"),
        }
    }
}
