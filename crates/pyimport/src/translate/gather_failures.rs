//! `gather` without `return_exceptions` ends at the first child that fails, in the order they end.
//!
//! CPython's gathering future takes each child's end as it comes (`_done_callback`): the first child
//! that raises, or ends cancelled, sets the gather's exception, and the awaiter raises it at once while
//! the other children run on (a child still running when `asyncio.run`'s coroutine returns is then
//! cancelled). The import's `gather` waits for each child in turn (`result`), so it raised a later
//! child's exception only once the children before it had ended (a child that raised after 50 ms
//! beside one that slept 200 ms: CPython caught the exception with the sleeper unfinished, weft only
//! after it finished, "complete").
//!
//! Where a child may fail (a `raise` in a task the gather starts, or in any coroutine for a task made
//! before, or a child the program cancels), a watcher coroutine per child (`watch_failures`, as a
//! TaskGroup's end) puts the child's position, marked when it failed, into a queue of its own as it
//! ends; the awaiter takes marks until every child has ended or one failed, and then waits for the
//! first that failed, which raises its exception (or CancelledError) in the awaiter, as CPython's. With
//! no failure, the waits in order follow, every child already ended.

use super::gather_cancel::GatherChildren;
use super::{Frame, LoopKind, Translator};
use crate::out::{Node, Step};

impl<'a> Translator<'a> {
    /// Whether a child of this `gather` may fail: a `raise` made by the tasks it started (those from
    /// `first_task` on, raised from `raises_before` on) or what CPython raises itself in them, a task
    /// made before while any task but the awaiter may raise so, or a child the program may cancel.
    pub(super) fn gather_child_may_fail(
        &self,
        frame: &Frame,
        children: GatherChildren<'_>,
        first_task: usize,
        raises_before: usize,
    ) -> bool {
        // A `gather` the scenario may run again (inside a `while` or `repeat`) would find the marks its
        // last run left in the queue: it keeps the waits in order ("Not yet").
        if frame.loops.contains(&LoopKind::Emitted) {
            return false;
        }
        // What CPython raises itself (a missing key) fails a child as a `raise` does (implicit_raises.rs).
        let started_raise = self.raise_sites[raises_before..].iter().any(|&(task, _)| task >= first_task)
            || !self.started_tasks_fault_classes(first_task).is_empty();
        let any_raise =
            self.raise_sites.iter().any(|&(task, _)| task != frame.task) || self.other_task_may_fault(frame.task);
        started_raise || (children.made_before && any_raise) || self.gathered_task_may_be_cancelled(children)
    }

    /// Whether the program may cancel a child of this `gather` itself: one held in a name it cancels,
    /// or, for a task made before, any `cancel()` of the program (it may reach the task through another
    /// name: a parameter, a list).
    pub(super) fn gathered_task_may_be_cancelled(&self, children: GatherChildren<'_>) -> bool {
        children.parts.iter().any(|(future, _)| self.may_be_cancelled(future))
            || (children.made_before && !self.futures.cancelled.is_empty())
    }

    /// The awaiter's steps before the in-order `waits` of a `gather` whose child may fail: the watchers
    /// (into `out`), then the wait for the first failure or the last end, then the failed child's
    /// `result`, which raises; then `waits`. Unchanged for a single child (its `result` is the first end).
    pub(super) fn first_failure_first(
        &mut self,
        frame: &Frame,
        children: GatherChildren<'_>,
        waits: Vec<Step>,
        deciding: bool,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Vec<Step> {
        let mut futures = Vec::new();
        for (future, length) in children.parts {
            match length {
                None => futures.push(future.clone()),
                Some(length) => futures.extend((0..*length).map(|index| format!("{future}[{index}]"))),
            }
        }
        if futures.len() < 2 {
            return waits;
        }
        if self.loop_roots.contains(&frame.task) {
            for (future, _) in children.parts {
                self.forget_awaited(frame.task, future);
            }
        }
        if !deciding {
            return self.every_mark_taken(frame, &futures, waits, out, line);
        }
        // The watcher that decides the gather wakes the awaiter, once (gather_decisions.rs).
        let queues = self.watch_decisions(&futures, out, line);
        let marked = self.fresh_temporary(frame.task, "marked");
        let failed = self.fresh_temporary(frame.task, "first_failed");
        let left = self.fresh_temporary(frame.task, "decided");
        let note_failure = Step::new("let", Node::Quoted(format!("{failed} = {marked} // 2")), line);
        let mut steps = vec![
            Step::new("let", Node::Quoted(format!("{failed} = -1")), line),
            Step::new(
                "get",
                Node::Map(vec![("queue", Node::Plain(queues.marks.clone())), ("into", Node::Plain(marked.clone()))]),
                line,
            ),
            if_step(format!("{marked} % 2 == 1"), vec![note_failure], line),
            queues.reset_after_all_returned(&failed, &left, line),
        ];
        for (position, future) in futures.iter().enumerate() {
            let raise = self.awaited_result(frame, future, None, line);
            steps.push(if_step(format!("{failed} == {position}"), vec![raise], line));
        }
        steps.extend(waits);
        steps
    }
    /// The form before session 32, kept where a child may end in its first step, before its watcher
    /// waits (the pass added after the waits stands for that; gather_passes.rs): a watcher per child puts
    /// its mark, and the awaiter takes marks until every child has ended or one failed.
    fn every_mark_taken(
        &mut self,
        frame: &Frame,
        futures: &[String],
        waits: Vec<Step>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Vec<Step> {
        let queue = self.watch_failures(futures, out, line);
        let marked = self.fresh_temporary(frame.task, "marked");
        let taken = self.fresh_temporary(frame.task, "taken");
        let failed = self.fresh_temporary(frame.task, "first_failed");
        let mut steps = vec![
            Step::new("let", Node::Quoted(format!("{taken} = 0")), line),
            Step::new("let", Node::Quoted(format!("{failed} = -1")), line),
        ];
        let note_failure = Step::new("let", Node::Quoted(format!("{failed} = {marked} // 2")), line);
        let take_one = vec![
            Step::new(
                "get",
                Node::Map(vec![("queue", Node::Plain(queue)), ("into", Node::Plain(marked.clone()))]),
                line,
            ),
            Step::new("let", Node::Quoted(format!("{taken} = {taken} + 1")), line),
            if_step(format!("{marked} % 2 == 1"), vec![note_failure], line),
        ];
        let until = format!("{taken} < {} and {failed} < 0", futures.len());
        steps.push(super::while_step(until, take_one, line));
        for (position, future) in futures.iter().enumerate() {
            let raise = self.awaited_result(frame, future, None, line);
            steps.push(if_step(format!("{failed} == {position}"), vec![raise], line));
        }
        steps.extend(waits);
        steps
    }
}

pub(super) fn if_step(cond: String, then: Vec<Step>, line: u32) -> Step {
    Step::new("if", Node::Map(vec![("cond", Node::Quoted(cond)), ("then", Node::Steps(then))]), line)
}
