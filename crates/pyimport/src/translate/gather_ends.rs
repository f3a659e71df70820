//! The end of `await asyncio.gather(a(), b(), ...)` over coroutines it starts, on CPython 3.11's loop
//! pass (session 32; session31/repro r03, r04, r07, r09, r10, checks k29*, x06b, x16).
//!
//! CPython's `gather` adds `_done_callback` to each child; a child's end schedules it (`call_soon`), it
//! runs on the next pass, and the one that counts the last child completes the gathering future, whose
//! own callback wakes the awaiter a pass later. So the awaiter resumes two passes after the last child's
//! end, in the queue order of that child's callback. The import waited for the children in order and
//! added one pass: right while the awaiter blocks on each child, but a child that ended after the one
//! the awaiter was woken by, before the awaiter ran in that pass, was found done without a wait, and
//! the awaiter resumed at the earlier child's callback slot. That is the common case after a wake-up by
//! an asyncio primitive: a holder's `release()`, a producer's `put()`, a loader's `set()` schedules the
//! waiter's wake-up, then the holder returns in the same step; the waiter (listed after it) resumes and
//! ends before the awaiter, woken by the holder's end, runs (r03: CPython at_end=6, weft 5 before).
//!
//! The import now ends such a gather as a TaskGroup's end (group_ends.rs): each child gets a callback
//! coroutine started right after it (so it stands where CPython's done callback does among the ready
//! tasks; one that finds its child ended in its first step takes the pass CPython's callback takes),
//! which leaves the gather's `pending` queue and, the last to leave, puts the mark the awaiter waits
//! for. The awaiter's waits in order then find every child done, and no pass is added.
//!
//! Used where the gather's queues cannot be shared by two runs at once: in `asyncio.run`'s coroutine
//! (and code it awaits inline), whose gather nothing cancels, over tasks the gather starts itself (a
//! task made before may have ended before the call, and its callback is scheduled at the call), none an
//! `asyncio.to_thread` job (its thread's end reaches the loop by a callback of its own). Elsewhere the
//! waits in order and the added pass stay ("Not yet").

use super::gather_cancel::GatherChildren;
use super::group_ends::{callback_start, count_submits, insert_after_submit};
use super::{Frame, Translator};
use crate::out::Step;

impl Translator<'_> {
    /// The children's callbacks after their starts in `out[children_start..]` and the awaiter's wait for
    /// the last one's mark at `out`'s end; false (nothing changed) where the form does not apply and the
    /// caller waits in order and adds the gathering future's pass.
    pub(super) fn gather_end_by_callbacks(
        &mut self,
        frame: &Frame,
        children: GatherChildren<'_>,
        children_start: usize,
        out: &mut Vec<Step>,
        line: u32,
    ) -> bool {
        if !self.loop_roots.contains(&frame.task) || children.made_before || children.thread_jobs.iter().any(|&job| job)
        {
            return false;
        }
        let length: usize = children.parts.iter().map(|(_, count)| count.unwrap_or(1)).sum();
        // One child: the awaiter blocks on it, so its wake-up is the child's callback slot already.
        if length < 2 {
            return false;
        }
        let futures: Vec<String> = children
            .parts
            .iter()
            .map(|(future, count)| match count {
                Some(_) => format!("{future}[i]"),
                None => future.clone(),
            })
            .collect();
        if futures.iter().any(|future| count_submits(&out[children_start..], future) != 1) {
            return false;
        }
        let queues = self.group_queues();
        let callback = self.group_callback_task(&queues, None, line);
        for future in &futures {
            insert_after_submit(out, children_start, future, &callback_start(&queues, callback, future, line));
        }
        self.wait_for_last_callback(frame.task, &queues, out, line);
        true
    }
}
