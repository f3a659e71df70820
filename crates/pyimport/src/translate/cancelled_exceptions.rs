//! `f.exception()` of a future something may cancel (session24/f05: `not f.cancelled() and
//! f.exception() is None` after `f.cancel()` of the pending ones). CPython's `exception()` waits until
//! the future is done; a cancelled one makes it raise `concurrent.futures.CancelledError`. The import
//! waits as for any future (a cancelled job gives the wait's flag 0, as a raising one does), then
//! reads the future's state, final once the wait is over (`future_state`, future_states.rs), and
//! raises CancelledError when it is 2 (cancelled).
//!
//! weft's CancelledError is asyncio's, a BaseException, where concurrent.futures' is an Exception:
//! the two differ only to a handler, so the form is taken only where no handler can see it: a thread
//! pool's future, in the main thread's code outside every `try`, where the exception ends the
//! program (weft's run stops there, CPython's prints the traceback). Anywhere else it stays refused.

use ruff_python_ast as ast;

use super::future_states::FutureMaker;
use super::{Frame, Result, Translator, fail};
use crate::out::{Node, Step};

/// The main thread's code, where an exception nothing catches ends the program.
const MAIN_TASK: usize = 0;

/// CPython's `Future._state` of a cancelled future, as `future_state` reads it.
const CANCELLED_STATE: u8 = 2;

impl Translator<'_> {
    /// Whether `exception()` of `future` may meet a cancelled future (it then needs
    /// `raise_if_cancelled` after its wait); refused where the raise could not be modelled.
    pub(super) fn exception_may_meet_cancel(&self, frame: &Frame, future: &str, call: &ast::ExprCall) -> Result<bool> {
        if !self.may_be_cancelled(future) || self.finished_uncancelled(frame.task, future) {
            return Ok(false);
        }
        let holder = future.split('[').next().unwrap_or(future);
        let holder = self.futures.element_locals.get(holder).map_or(holder, String::as_str);
        let thread_job =
            self.futures.state_makers.get(&(frame.task, holder.to_string())) == Some(&FutureMaker::ThreadJob);
        let uncaught = frame.task == MAIN_TASK
            && !frame.coroutine
            && !self.futures.open_tries.iter().any(|attempt| attempt.task() == MAIN_TASK);
        if !thread_job || !uncaught {
            return fail(
                call,
                "`exception()` of a future something cancels raises CancelledError, which weft models only for a thread pool's future in the main thread's code outside every `try` (where it ends the program); test `f.cancelled()` first",
            );
        }
        Ok(true)
    }

    /// After the wait of `exception()`: CancelledError when `future` was cancelled.
    pub(super) fn raise_if_cancelled(&mut self, frame: &Frame, future: &str, out: &mut Vec<Step>, line: u32) {
        let state = self.temporary(frame.task, "state");
        let entries = vec![("future", Node::Quoted(future.to_string())), ("into", Node::Plain(state.clone()))];
        out.push(Step::new("future_state", Node::Map(entries), line));
        let raise = Step::new(
            "raise",
            super::exception_values::raised_without_arguments("CancelledError", self.exception_values),
            line,
        );
        let cond = Node::Quoted(format!("{state} == {CANCELLED_STATE}"));
        out.push(Step::new("if", Node::Map(vec![("cond", cond), ("then", Node::Steps(vec![raise]))]), line));
    }
}
