//! A second `ex.shutdown()` of an executor made by hand (session26/f02: `pool.shutdown(wait=False,
//! cancel_futures=True)`, the program's report, then `pool.shutdown(wait=True)`). CPython's
//! `shutdown` may be called again: each call with `wait=True` joins the workers, so it returns once
//! every job still running (and its done callbacks, which run in the workers) has finished; a call
//! after one that waited finds nothing left, and `wait=False` never waits. The first `shutdown` closed
//! the pool for the import; what it left running is kept here until a second call waits for it.

use std::collections::BTreeMap;

use ruff_python_ast as ast;

use super::futures::OpenPool;
use super::{Frame, Result, Translator, fail};
use crate::out::Step;

/// An executor made by hand and shut down by the code that made it.
#[derive(Debug)]
pub(crate) struct ShutDownPool {
    /// The task whose `shutdown` it was.
    task: usize,
    /// Shut down with `wait=False`: the jobs it left running, for a later `shutdown(wait=True)`.
    left_running: Option<OpenPool>,
}

/// The executors shut down so far, by scenario name.
pub(crate) type ShutDownPools = BTreeMap<String, ShutDownPool>;

impl Translator<'_> {
    /// The first `shutdown` of `pool` is done: keep what a second one needs.
    pub(super) fn note_shut_down(&mut self, executor: &str, task: usize, left_running: Option<OpenPool>) {
        self.futures.shut_down.insert(executor.to_string(), ShutDownPool { task, left_running });
    }

    /// A `shutdown` of an executor no `with` or `shutdown` left open: `wait=True` after a
    /// `shutdown(wait=False)` is the scenario's `shutdown` step (it waits for every job still running,
    /// as CPython's join of the workers does), then the waits for the done callbacks' threads; any
    /// other repeated call does nothing, as in CPython.
    pub(super) fn shutdown_again(
        &mut self,
        frame: &Frame,
        executor: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let Some(record) = self.futures.shut_down.get(executor) else {
            return fail(
                call,
                "this executor is shut down already (the end of its `with` shuts it down); drop this `shutdown`",
            );
        };
        if record.task != frame.task || frame.dynamic > 0 {
            return fail(
                call,
                "a second `shutdown` of an executor is supported in the code that made it, outside any `if` or loop the scenario runs",
            );
        }
        let (wait, cancel_futures) = self.shutdown_arguments(frame, call)?;
        if cancel_futures {
            return fail(call, "`cancel_futures=True` in a second `shutdown` is not supported: pass it to the first");
        }
        if !wait {
            return Ok(());
        }
        let Some(mut pool) = self.futures.shut_down.get_mut(executor).and_then(|record| record.left_running.take())
        else {
            return Ok(());
        };
        pool.mark_shut_down_before();
        self.shutdown_waits(frame, pool, out, line);
        Ok(())
    }
}
