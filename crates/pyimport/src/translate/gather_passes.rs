//! The loop passes of `await asyncio.gather(...)` when a child may raise (session 30).
//!
//! CPython 3.11 wakes the awaiter of `gather` two passes after the child whose end decides it: the
//! child's done callback (`_done_callback`) runs on the pass after its end and completes the gathering
//! future, whose own callback wakes the awaiter on the pass after that. It is so for the last child's
//! return and for a child's exception alike (session29/checks/p39).
//!
//! - A gather whose children are watched (gather_failures.rs: a watcher coroutine per child puts its
//!   mark on the pass after the child's end, and the awaiter's `get` takes it a pass later) has its two
//!   passes from the watchers already, so the pass session 29 added after the results made its normal
//!   end a pass late (session30-s30passes/x01). It is left out where the last end is surely a watched
//!   one: every child a task this `gather` starts, one of which cannot end in its first step (a child
//!   that ends there ends before its watcher waits, and its watcher puts in the same pass: the added
//!   pass is right for it, and kept when every child may).
//! - A gather that waits in order (one child, or inside a loop) raised a child's exception at the
//!   `result` that takes it, one pass after the child's end, before the added pass: now an exception
//!   other than CancelledError goes through that pass first, then on.

use super::Translator;
use super::gather_cancel::GatherChildren;
use crate::out::{Node, Step};

impl Translator<'_> {
    /// Whether a watched gather's awaiter resumes exactly at the watchers' last mark (no pass to add):
    /// the children are tasks it starts (`started`), no thread's job among them, and one cannot end in
    /// its first step.
    pub(super) fn watched_gather_is_exact(&self, children: GatherChildren<'_>, started: &[usize]) -> bool {
        !children.made_before
            && !children.thread_jobs.iter().any(|&job| job)
            && started.iter().any(|&task| !self.first_step_ends(task).ends)
    }
}

/// The in-order `waits` of a gather whose child may raise, inside a `try` whose handler takes the
/// gathering future's pass before the exception goes on (a CancelledError goes on at once: the cancel of
/// the awaiter has its own way through the children, gather_cancel.rs).
pub(super) fn raise_after_gathering_pass(waits: Vec<Step>, line: u32) -> Vec<Step> {
    let cancelled = vec![
        ("classes", Node::Plain("[CancelledError]".to_string())),
        ("do", Node::Steps(vec![Step::word("reraise", line)])),
    ];
    let raised =
        vec![("do", Node::Steps(vec![super::coroutines::gathering_future_pass(line), Step::word("reraise", line)]))];
    vec![Step::new(
        "try",
        Node::Map(vec![("do", Node::Steps(waits)), ("except", Node::Clauses(vec![cancelled, raised]))]),
        line,
    )]
}
