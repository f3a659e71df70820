//! `done, pending = await asyncio.wait(tasks, timeout=0)` (ALL_COMPLETED), in a coroutine: the waiter
//! released by whichever of its two callbacks runs first, each a pass after what scheduled it.
//!
//! CPython 3.11's `_wait` arms `call_later(0, _release_waiter, waiter)` and adds `_on_completion` to
//! each task. The timer is due at once, so `_run_once` moves it onto the ready queue when its next pass
//! begins, behind every callback the present pass queued; `_release_waiter` then sets the waiter,
//! whose callback wakes the awaiter a pass later (session33/repro/r08: a `sleep(0)` ticker runs twice
//! before the awaiter goes on). The last task to end first (in the pass of the call, or before it)
//! releases the waiter a pass after its end instead, ahead of the timer.
//!
//! The import's `result` with a time-out (`timed_asyncio_waits.rs`) gives up on a time-out of 0 with no
//! pass at all, so a time-out of 0 is built from the engine's timer of no delay instead: the waiting
//! task of the longer time-outs (it waits for each task, a pass after the last one's end) puts into a
//! private asyncio queue, and so does a task started on a timer of no delay (`submit` with
//! `next_pass`, as `loop.call_later(0, f)` is imported); the awaiter takes the first item, which wakes
//! it a pass after whichever put came first, as the waiter's own callback does. The other put is left
//! in the queue, as CPython's second release finds the waiter done and does nothing.

use ruff_python_ast as ast;

use super::{Frame, Result, Translator};
use crate::out::{Node, Step};

impl Translator<'_> {
    /// The awaiter's wait for `_wait`'s waiter under a time-out of 0, given the queue the waiting task
    /// puts into when every task has ended (`wake`): the release on a timer of no delay, and the
    /// awaiter's `get`.
    pub(super) fn zero_timeout_release(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        wake: &str,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let release = self.coroutine_task(call, "release_waiter", line)?;
        self.scenario.tasks[release].ops = vec![wake_put(wake, "0", line)];
        let handle = self.fresh_temporary(frame.task, "timeout_handle");
        self.submit_coroutine_task(frame, release, &handle, None, out, line);
        super::loop_callbacks::start_at_next_pass(out);
        let woken = self.temporary(frame.task, "woken");
        let entries = vec![("queue", Node::Plain(wake.to_string())), ("into", Node::Plain(woken))];
        out.push(Step::new("get", Node::Map(entries), line));
        Ok(())
    }
}

/// The waiter's release: `value` into the private queue the awaiter takes from.
pub(super) fn wake_put(wake: &str, value: &str, line: u32) -> Step {
    let entries = vec![("queue", Node::Plain(wake.to_string())), ("value", Node::Quoted(value.to_string()))];
    Step::new("put", Node::Map(entries), line)
}
