//! `for v in ex.map(job, items):` where a job may raise (session23/repro r04, check c174). CPython's
//! `Executor.map` generator ends in `finally: for future in fs: future.cancel()`: when a job's exception
//! comes out of the loop, every job not yet taken is cancelled, from the last one back (`fs` was
//! reversed), before the exception goes on; a queued job never runs, a running or finished one is left
//! as it is. weft ran every job (r04: CPython ran=[0], weft ran=[0, 1, 2, 3] only, "complete").
//!
//! Each pass first waits without raising (`result` with `into_ok`, catching every exception); when the
//! job did not return, the cancels come, then the `result` that raises its exception again, as the
//! loop's `break` has them (futures.rs, `cancel_before_breaks`). Only when a job of the program may
//! raise (the import's second pass): the steps of other programs are unchanged. A process pool's such
//! loop is refused in words of its own (`note_map_raise_cancels`): the program cancels nothing itself,
//! the loop's end does (session36/repro/r04).

use ruff_text_size::Ranged;

use super::{Result, Translator, fail};
use crate::out::{Node, Step};

/// Why a loop over a process pool's `map` is refused when a job may raise.
const PROCESS_MAP_RAISE: &str = "a `for` over a ProcessPoolExecutor's `map` is not supported when a job of the program may raise: when a job's exception comes out of the loop, CPython's map iterator cancels the jobs not yet taken (`Executor.map`'s `finally`), and a process pool's cancel fails for the jobs already moved into its call queue, which weft does not model; take the results with `results = list(pool.map(...))` inside the `with`, then loop over them, or catch the exception inside the job";

impl Translator<'_> {
    /// Whether a loop over `ex.map(...)` of `executor` must cancel the jobs left when a job's exception
    /// comes out of it: a job of the program may raise, and the executor is `concurrent.futures`' (a
    /// `multiprocessing.Pool`'s `imap` cancels nothing).
    pub(super) fn map_exception_cancels(&self, executor: &str) -> bool {
        self.job_exceptions_kept() && !self.futures.multiprocessing_pools.contains(executor)
    }

    /// The loop over `ex.map(...)` at `at`, of `executor`, cancels `futures` when a job raises: refused
    /// for a process pool, in words that say so.
    pub(super) fn note_map_raise_cancels(&mut self, executor: &str, futures: &str, at: &impl Ranged) -> Result<()> {
        if self.scenario.executors.iter().any(|pool| pool.name == executor && pool.process) {
            return fail(at, PROCESS_MAP_RAISE);
        }
        self.note_cancels(futures, at)
    }

    /// The steps of one pass's wait for `futures[i]` (of `length`), its value into `into`, cancelling
    /// the jobs left when it raises.
    pub(super) fn map_result_cancelling_the_rest(
        &mut self,
        task: usize,
        (futures, length): (&str, usize),
        into: &str,
        line: u32,
    ) -> Vec<Step> {
        // The `repeat`'s counter, as the loop's own `result` reads it.
        let element = format!("{futures}[i]");
        let returned = self.fresh_temporary(task, "returned");
        let look = Step::new(
            "result",
            Node::Map(vec![
                ("future", Node::Quoted(element.clone())),
                ("into_ok", Node::Plain(returned.clone())),
                ("catches", Node::Plain("BaseException".to_string())),
            ]),
            line,
        );
        let cancels: Vec<Step> =
            (0..length).rev().map(|k| Step::new("cancel", Node::Quoted(format!("{futures}[{k}]")), line)).collect();
        let cancel_when_raised = Step::new(
            "if",
            Node::Map(vec![("cond", Node::Quoted(format!("not {returned}"))), ("then", Node::Steps(cancels))]),
            line,
        );
        let raise_again = Step::new(
            "result",
            Node::Map(vec![("future", Node::Quoted(element)), ("into", Node::Plain(into.to_string()))]),
            line,
        );
        vec![look, cancel_when_raised, raise_again]
    }
}
