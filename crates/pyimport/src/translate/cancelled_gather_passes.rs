//! The loop passes of `await asyncio.gather(*workers, return_exceptions=True)` after `w.cancel()` of each
//! (the end of a pool of consumers; session 32, session31/repro r08, checks k85, k87, k90, k92, x03).
//!
//! CPython 3.11: `cancel()` of a task suspended on a future cancels that future, which schedules the
//! task's wake-up; the task resumes on the next pass, ends cancelled, and its end schedules gather's
//! `_done_callback`, which runs on the pass after; the last one completes the gathering future, whose
//! own callback wakes the awaiter a pass later. The import's waits (one per task, in order) woke the
//! awaiter at the last task's end, where the callback is scheduled: the gathering future's pass was
//! missing (k87: CPython at_end=4, weft 3). A task that had ended before the call (k92: a `sleep(0)`
//! between the cancels and the gather) has its callback scheduled at the call (`add_done_callback` of a
//! done future), so when every one had ended the awaiter resumes two passes after the call, one more.

use super::{Frame, Translator};
use crate::out::{Node, Step};

impl Translator<'_> {
    /// The flag (a fresh local) that every future of `parts` had ended at the call: each one's state,
    /// read before the waits.
    pub(super) fn all_ended_at_call(
        &mut self,
        frame: &Frame,
        parts: &[(String, Option<usize>)],
        out: &mut Vec<Step>,
        line: u32,
    ) -> String {
        let flag = self.fresh_temporary(frame.task, "all_ended");
        let state = self.fresh_temporary(frame.task, "state_at_call");
        out.push(Step::new("let", Node::Quoted(format!("{flag} = 1")), line));
        for (future, count) in parts {
            let element = if count.is_some() { format!("{future}[i]") } else { future.clone() };
            let read = vec![
                Step::new(
                    "future_state",
                    // Only whether it is done (an asyncio task has no running state): the read lets no
                    // pool job's pick-up into the search, nor a pool program's time window (out.rs),
                    // where `asyncio.wait` beside a pool made 6 schedules 55,000 (wait_all_set_order.py).
                    Node::Map(vec![
                        ("future", Node::Quoted(element)),
                        ("into", Node::Plain(state.clone())),
                        ("only_done", Node::Plain("true".to_string())),
                    ]),
                    line,
                ),
                super::gather_failures::if_step(
                    format!("{state} < 2"),
                    vec![Step::new("let", Node::Quoted(format!("{flag} = 0")), line)],
                    line,
                ),
            ];
            match count {
                Some(count) => out.push(super::futures::repeat(*count, read, line)),
                None => out.extend(read),
            }
        }
        flag
    }
}

/// After the waits: the gathering future's pass, and the pass of the callbacks scheduled at the call
/// when every task had ended before it. `asyncio.wait`'s waiter takes the same two: `_wait` adds its
/// `_on_completion` to each task, scheduled at once on a done one (completion.rs `wait_all`).
pub(super) fn cancelled_gather_passes(all_ended: &str, line: u32) -> Vec<Step> {
    vec![
        super::coroutines::gathering_future_pass(line),
        super::gather_failures::if_step(
            all_ended.to_string(),
            vec![super::coroutines::gathering_future_pass(line)],
            line,
        ),
    ]
}
