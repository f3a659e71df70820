//! `multiprocessing.Pool.map` (and `starmap`, rewritten to it) where several jobs may fail: CPython's
//! `MapResult._set` keeps the first exception to *arrive* ("only store first exception") and raises
//! it once every chunk is done, so the error the caller sees is the first failure in time (session 24,
//! repro r21: CPython 'item 2', weft 'item 1', "complete"; checks c107b; session 37 again: items 1 and
//! 2 failing, item 2 sooner, raise 'item 2' with chunks of one item, 'item 1' with `chunksize=2`,
//! whose first chunk stops at item 1).
//!
//! Where each chunk is one item (`chunksize=1`, or no `chunksize` and at most four items per worker:
//! `_map_async` takes `divmod(len(items), 4 * workers)` and rounds up), each job's end is one chunk's
//! arrival, and the map is (session 37) the jobs submitted as before, then a watcher thread per job
//! (completion.rs, `Watch::MarkingFailures`) putting the job's position, marked when it raised, into
//! a queue of its own as the job ends; the caller takes every mark (CPython's `get()` returns only
//! once every chunk is done), keeping the first marked failed, and then waits for that job, whose
//! `result` raises its exception. The watchers may put in either order when two jobs end close
//! together, which lists each order CPython's result handler may see (never fewer). With no failure,
//! the waits in order follow as before, every job already ended. Chunks of more than one item
//! (a job per item could not tell when a chunk's failure arrives, nor that it skips the chunk's
//! later items) keep the refusal.

use ruff_python_ast::{self as ast, Expr};

use super::completion::Watch;
use super::gather_failures::if_step;
use super::{Result, Translator, fail};
use crate::out::{Node, Step};

/// `_map_async`'s default chunks: `divmod(len(items), 4 * workers)`, rounded up.
const ITEMS_PER_WORKER_IN_ONE_ITEM_CHUNKS: usize = 4;

impl Translator<'_> {
    /// A Pool's `map`/`starmap` of `length` items into `futures` where a job may raise: the first
    /// failure by arrival raised once every job has ended (the module's comment), or refused where a
    /// chunk holds more than one item. Nothing for any other `map`.
    pub(super) fn check_pool_map_failures(
        &mut self,
        task: usize,
        executor: &str,
        call: &ast::ExprCall,
        (futures, length): (&str, usize),
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
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
        if !self.chunks_of_one_item(executor, call, length) {
            return fail(
                call,
                "a multiprocessing Pool's `map`/`starmap` whose jobs may raise is supported where each chunk is one \
                 item (`chunksize=1`, or at most four items per worker): CPython raises the exception of the first \
                 chunk to fail in time, and a chunk of several items stops at its first failure, which weft's job \
                 per item does not; pass `chunksize=1`, or use `apply_async` for each item and `get()` each result",
            );
        }
        self.raise_first_failure_to_arrive(task, (futures, length), out, line);
        Ok(())
    }

    /// Whether every chunk of this map is one item: `chunksize=1` written, or none written and at most
    /// four items per worker of the pool (a pool of CPython's default size has at least one).
    fn chunks_of_one_item(&self, executor: &str, call: &ast::ExprCall, length: usize) -> bool {
        let written = call.arguments.find_keyword("chunksize").map(|keyword| match &keyword.value {
            Expr::NumberLiteral(number) => number.value.as_int().and_then(|n| n.as_u64()),
            _ => None,
        });
        match written {
            Some(chunksize) => chunksize == Some(1),
            None => {
                let workers = self
                    .scenario
                    .executors
                    .iter()
                    .find(|pool| pool.name == executor)
                    .and_then(|pool| pool.workers)
                    .unwrap_or(1);
                length as u64 <= ITEMS_PER_WORKER_IN_ONE_ITEM_CHUNKS as u64 * workers
            }
        }
    }

    /// The watchers of `futures`, every mark taken with the first failure kept, then that job's
    /// `result`, which raises its exception.
    fn raise_first_failure_to_arrive(
        &mut self,
        task: usize,
        (futures, length): (&str, usize),
        out: &mut Vec<Step>,
        line: u32,
    ) {
        let queue = self.watch_futures((futures, length), false, Watch::MarkingFailures, out, line);
        let marked = self.fresh_temporary(task, "marked");
        let failed = self.fresh_temporary(task, "first_failed");
        out.push(Step::new("let", Node::Quoted(format!("{failed} = -1")), line));
        let take_one = vec![
            Step::new(
                "get",
                Node::Map(vec![("queue", Node::Plain(queue)), ("into", Node::Plain(marked.clone()))]),
                line,
            ),
            if_step(
                format!("{failed} < 0 and {marked} % 2 == 1"),
                vec![Step::new("let", Node::Quoted(format!("{failed} = {marked} // 2")), line)],
                line,
            ),
        ];
        out.push(super::futures::repeat(length, take_one, line));
        for position in 0..length {
            let raise =
                Step::new("result", Node::Map(vec![("future", Node::Quoted(format!("{futures}[{position}]")))]), line);
            out.push(if_step(format!("{failed} == {position}"), vec![raise], line));
        }
    }
}
