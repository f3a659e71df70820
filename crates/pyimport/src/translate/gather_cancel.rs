//! A cancel of a coroutine that awaits `asyncio.gather(...)`: CPython's `Task.cancel()` cancels the
//! future the task waits on, here the gathering future, whose `cancel()` cancels every child not done;
//! the awaiter raises CancelledError once they have ended (at the first to end cancelled, without
//! `return_exceptions`; they all end in the same turns of the loop unless a child awaits in its handler).
//!
//! The import's `gather` waits for each child in turn (`result`), and a `result` without a time-out
//! passes a cancel on to the one child it waits for only (session17-cancel/r07: CPython stopped=['a',
//! 'b'], weft listed [] and ['a'], "complete"). In a coroutine that may be cancelled (any but the one
//! `asyncio.run` runs, which nothing cancels) the waits take a time-out they never reach, so that a
//! cancel stops the awaiter alone, inside a `try` whose `except CancelledError:` cancels every child,
//! waits for each to end and raises CancelledError again: the gathering future's cancel.

use ruff_python_ast as ast;

use super::completion::CANCELLED_WAIT;
use super::{Frame, Result, Translator, fail};
use crate::out::{Node, Step};

impl<'a> Translator<'a> {
    /// Whether a cancel may reach the coroutine task `task` while it awaits a `gather`: every
    /// coroutine task but the one `asyncio.run` runs (a task the program cancels, one `wait_for` or a
    /// TaskGroup may cancel, one left pending that the end of `asyncio.run` cancels).
    pub(super) fn gather_may_be_cancelled(&self, frame: &Frame) -> bool {
        frame.coroutine && !self.loop_roots.contains(&frame.task)
    }

    /// A child's `result` (inside a `repeat` over an array of children too) with a time-out it never
    /// reaches: a `result` without one passes the awaiter's cancel on to the child it waits for; with
    /// one, the awaiter is woken and raises CancelledError itself. Should it give up (no task can move: a
    /// deadlock), a plain `result` of the child waits on, so the deadlock is reported as one, not as a
    /// TimeoutError CPython never raises.
    fn stop_alone_when_cancelled(&mut self, task: usize, mut step: Step, line: u32) -> Vec<Step> {
        let plain = step.clone();
        let Some(Node::Map(entries)) = &mut step.value else { return vec![step] };
        match step.key {
            "result" => {
                debug_assert!(!entries.iter().any(|(key, _)| *key == "timeout"), "a gather's wait has no time-out");
                let in_time = self.temporary(task, "in_time");
                entries.push(("timeout", Node::Plain(CANCELLED_WAIT.to_string())));
                entries.push(("into_ok", Node::Plain(in_time.clone())));
                let wait_on =
                    vec![("cond", Node::Quoted(format!("{in_time} == 0"))), ("then", Node::Steps(vec![plain]))];
                vec![step, Step::new("if", Node::Map(wait_on), line)]
            }
            "repeat" => {
                for (key, node) in entries.iter_mut() {
                    if let ("ops", Node::Steps(steps)) = (*key, node) {
                        let inner = std::mem::take(steps);
                        *steps = inner
                            .into_iter()
                            .flat_map(|inner| self.stop_alone_when_cancelled(task, inner, line))
                            .collect();
                    }
                }
                vec![step]
            }
            _ => vec![step],
        }
    }

    /// The waits of a `gather` (each child's `result`, in order) as the awaiter runs them: made to stop at
    /// a cancel of the awaiter and cancel every coroutine child when one may come (`cancellable_gather`),
    /// else as they are. Over `asyncio.to_thread` jobs alone they stay plain: a cancel stops the
    /// awaiter's wait on a thread's job at once, as CPython's gathering future, whose children (tasks
    /// awaiting the jobs) end at once while the threads run on. Refused where neither is CPython's:
    /// `return_exceptions=True` (the waits catch each child's exception, so the awaiter's own
    /// CancelledError would be taken for one) and a child that the program also cancels (CPython's
    /// gather ends with that child's CancelledError while the others run on; the handler here would
    /// cancel them).
    pub(super) fn gather_waits(
        &mut self,
        frame: &Frame,
        call: &ast::ExprCall,
        children: GatherChildren<'_>,
        waits: Vec<Step>,
        line: u32,
    ) -> Result<Vec<Step>> {
        debug_assert_eq!(children.parts.len(), children.thread_jobs.len(), "a flag per part");
        if !self.gather_may_be_cancelled(frame) || children.thread_jobs.iter().all(|&job| job) {
            return Ok(waits);
        }
        if children.return_exceptions {
            return fail(
                call,
                "`gather(..., return_exceptions=True)` in a coroutine that may be cancelled is not supported (a cancel of the awaiter cancels every child, then raises CancelledError); it is supported in the coroutine `asyncio.run` runs, over `asyncio.to_thread` jobs, over tasks the program cancels before it, and without `return_exceptions` anywhere",
            );
        }
        if self.gathered_task_may_be_cancelled(children) {
            return fail(
                call,
                "`gather` over a task the program also cancels, in a coroutine that may itself be cancelled, is not supported (CPython's gather ends with that task's CancelledError while the others run on, and a cancel of the awaiter cancels them all); it is supported in the coroutine `asyncio.run` runs, or over tasks nothing else cancels",
            );
        }
        Ok(vec![self.cancellable_gather(frame, children, waits, line)])
    }

    /// The waits of a `gather` (each child's `result`, in order) made to stop at a cancel of the awaiter
    /// and cancel every coroutine child, as CPython's gathering future does. A thread's job is left to
    /// run on: CPython's task awaiting it ends at once, cancelled, which nothing here can tell.
    fn cancellable_gather(
        &mut self,
        frame: &Frame,
        children: GatherChildren<'_>,
        mut waits: Vec<Step>,
        line: u32,
    ) -> Step {
        waits = waits.into_iter().flat_map(|wait| self.stop_alone_when_cancelled(frame.task, wait, line)).collect();
        let mut cancels = Vec::new();
        let mut ends = Vec::new();
        let coroutines = children.parts.iter().zip(children.thread_jobs).filter(|(_, job)| !**job);
        for ((future, count), _) in coroutines {
            let element = if count.is_some() { format!("{future}[i]") } else { future.clone() };
            let cancel = Step::new("cancel", Node::Quoted(element.clone()), line);
            // A cancelled child ends at once where it is suspended; one that catches its CancelledError
            // runs its handler first. The flag keeps its end from raising here.
            let end = Step::new(
                "await",
                Node::Map(vec![
                    ("future", Node::Quoted(element)),
                    ("timeout", Node::Plain(CANCELLED_WAIT.to_string())),
                    ("into", Node::Plain(self.temporary(frame.task, "ended"))),
                ]),
                line,
            );
            match count {
                Some(count) => {
                    cancels.push(super::futures::repeat(*count, vec![cancel], line));
                    ends.push(super::futures::repeat(*count, vec![end], line));
                }
                None => {
                    cancels.push(cancel);
                    ends.push(end);
                }
            }
        }
        let mut handler = cancels;
        handler.extend(ends);
        handler.push(Step::word("reraise", line));
        let cancelled = vec![("classes", Node::Plain("[CancelledError]".to_string())), ("do", Node::Steps(handler))];
        Step::new("try", Node::Map(vec![("do", Node::Steps(waits)), ("except", Node::Clauses(vec![cancelled]))]), line)
    }
}

/// The children of one `gather`, as its waits are made.
#[derive(Clone, Copy)]
pub(super) struct GatherChildren<'p> {
    /// Each awaitable's future: a local, or a local array with its length.
    pub parts: &'p [(String, Option<usize>)],
    /// By part: whether it is an `asyncio.to_thread` job.
    pub thread_jobs: &'p [bool],
    /// Whether some part is a task made before the `gather` (not started by it).
    pub made_before: bool,
    pub return_exceptions: bool,
}
