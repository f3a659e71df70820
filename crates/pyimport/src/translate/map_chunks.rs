//! `ex.map(f, items, chunksize=n)`. CPython's `Executor.map` takes `chunksize` and ignores it (only
//! `ProcessPoolExecutor.map` uses it), so on a `ThreadPoolExecutor` the map is the map without it, a job
//! per item, whatever `n` is (not even checked: `chunksize=0` runs too).
//!
//! A `ProcessPoolExecutor` (Lib/concurrent/futures/process.py, 3.11) groups the items into jobs of `n`
//! items each (`_process_chunk`: `[fn(*args) for args in chunk]` in one worker process), whose results
//! come back together; a failing item fails its chunk's future, and the results' iterator raises it at
//! the chunk's first item (the chunk's earlier results are lost). weft keeps a job per item, which is
//! the same program for the final state where nothing can tell the two apart (session 31): no job of
//! the pool has a step that may raise (no lost results, no other failure), each job only computes its
//! result (its steps are local computation: no shared variable, queue, lock, print or wait), and the
//! program runs no task but the main thread and the pool's jobs (no other thread whose steps could
//! interleave with the results' arrival, which the chunks delay). The chunks change only when each
//! result arrives: a job per item may finish sooner, so a program's makespan is not CPython's (said in
//! docs/python.md). Anything else is refused once the program is translated, at the keyword.

use ruff_python_ast::{self as ast, Expr};

use super::exceptions::may_fault;
use super::{Node, Result, Step, Translator, fail};

/// The steps a job that only computes its result is made of: local values, control flow, CPU time.
const COMPUTING_STEPS: &[&str] = &["let", "if", "while", "repeat", "return", "cpu", "atomic", "break", "continue"];

impl Translator<'_> {
    /// A keyword of `ex.map(...)` on `executor` (its name, and whether it runs processes): `chunksize` of
    /// a thread executor is taken (CPython ignores it); of a process pool, a literal of at least 1 is
    /// noted for `check_chunked_maps`; anything else is refused.
    pub(super) fn check_map_keyword(&mut self, executor: (&str, bool), keyword: &ast::Keyword) -> Result<()> {
        let name = keyword.arg.as_ref().map(|name| name.as_str());
        let thread_executor = !executor.1 && !self.futures.multiprocessing_pools.contains(executor.0);
        match name {
            Some("chunksize") if thread_executor => Ok(()),
            Some("chunksize") => {
                let literal = match &keyword.value {
                    Expr::NumberLiteral(number) => number.value.as_int().and_then(|n| n.as_u64()),
                    _ => None,
                };
                if literal.is_none_or(|n| n < 1) {
                    return fail(
                        &keyword.value,
                        "`chunksize` of a process pool's `map` is imported as a number written there, at least 1",
                    );
                }
                // `chunksize=1` is a job per item, weft's own map (session 37).
                if literal != Some(1) {
                    self.futures.chunked_maps.push((executor.0.to_string(), keyword.range));
                }
                Ok(())
            }
            Some("timeout") => fail(
                keyword,
                "`map(..., timeout=...)` is not supported yet: CPython raises TimeoutError from the results' iterator when a result is not ready that long after the `map` call, a deadline over every wait, which the import does not model for `map`; leave it out, or submit the jobs and wait with `f.result(timeout=...)`",
            ),
            _ => fail(keyword, "`map` takes the function, its iterables, `timeout` and `chunksize`"),
        }
    }

    /// Each `chunksize` of a process pool's `map`, now that every task is translated: refused unless a job
    /// per item is the same program (the module's comment).
    pub(super) fn check_chunked_maps(&self) -> Result<()> {
        for (executor, keyword) in &self.futures.chunked_maps {
            if let Some(reason) = self.chunks_tell(executor) {
                return fail(
                    keyword,
                    format!(
                        "`chunksize` of a process pool's `map` is supported where a job per item gives the same results: CPython runs each chunk of that many items as one job in one process (one failing item loses the chunk's earlier results, and the chunk's results arrive together), and here {reason}; leave `chunksize` out (a job per item)"
                    ),
                );
            }
        }
        Ok(())
    }

    /// What could tell a chunk's job from a job per item for the pool `executor`, or `None`.
    fn chunks_tell(&self, executor: &str) -> Option<&'static str> {
        let tasks = &self.scenario.tasks;
        if tasks.iter().skip(1).any(|task| task.executor.as_deref() != Some(executor)) {
            return Some("the program runs other threads or jobs beside the pool's");
        }
        let jobs = || tasks.iter().skip(1);
        if jobs().any(|task| !only_computes(&task.ops)) {
            return Some("a job of the pool does more than compute its result");
        }
        if jobs().any(|task| may_fault(&self.scenario, &task.ops)) {
            return Some("a job of the pool may raise");
        }
        None
    }
}

/// Whether `steps` (at any depth) are all COMPUTING_STEPS.
fn only_computes(steps: &[Step]) -> bool {
    fn node_computes(node: &Node) -> bool {
        match node {
            Node::Steps(steps) => only_computes(steps),
            Node::Map(entries) => entries.iter().all(|(_, node)| node_computes(node)),
            Node::Clauses(clauses) => clauses.iter().flatten().all(|(_, node)| node_computes(node)),
            Node::Plain(_) | Node::Quoted(_) => true,
            Node::Task(_) => false,
        }
    }
    steps.iter().all(|step| COMPUTING_STEPS.contains(&step.key) && step.value.as_ref().is_none_or(node_computes))
}
