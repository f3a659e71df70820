//! The `with` of an executor on the straight path of a function that returns before its end (session
//! 35): `def run(items): if not items: return 0` / `with ThreadPoolExecutor(2) as ex: ...` / `return
//! total`. Such a function runs as a loop that runs once (`one_pass_body`), which counted as "a loop
//! the scenario runs", and the executor was refused ("an executor made inside an `if` or a loop the
//! scenario runs cannot be followed at import time"). A statement directly in that body (not inside an
//! `if`, a loop or a `try` of its own, and the function not called inside one of its caller's) runs
//! at most once per call, and where an earlier `return` skips it nothing of the executor runs: the
//! executor is declared and no job is submitted to it. A `return` inside the `with` itself stays
//! refused as before (it would leave before the shutdown's waits), except where the `with` ends the
//! function (ending_with_returns.rs).
//!
//! A future bound directly in that body, while every open executor is one opened there by this task,
//! is followed the same way: its `submit` runs at most once per call, and the shutdown that waits for
//! it is that `with`'s end, which a `return` before the `submit` skips too (a `return` inside the `with`
//! is refused). Not in a coroutine (an asyncio task is left to the loop's end, which a skipped line
//! would leave waiting on a task never started), nor while an executor opened outside the function is
//! open (its shutdown would wait on a future an early `return` left unmade).

use super::{Frame, Translator};

impl Translator<'_> {
    /// Whether the one level of `frame.dynamic` is the one-pass body of the function being run, and
    /// the statement is directly in it.
    pub(super) fn directly_in_a_one_pass_body(&self, frame: &Frame) -> bool {
        frame.dynamic == 1 && frame.early_return.as_ref().is_some_and(|early| early.dynamic == 1)
    }

    /// Whether a future bound here can only be one of an executor opened directly in this one-pass
    /// body: not a coroutine, and every open executor is such a one of this task.
    pub(super) fn only_one_pass_pools_open(&self, frame: &Frame) -> bool {
        !frame.coroutine
            && self.directly_in_a_one_pass_body(frame)
            && !self.futures.open.is_empty()
            && self.futures.open.iter().all(|pool| pool.in_one_pass_body && pool.task == frame.task)
    }
}
