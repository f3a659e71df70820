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

use ruff_python_ast::Expr;

use super::completion::CANCELLED_WAIT;
use super::{Frame, Translator};
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

    /// Whether a `gather` argument started its own coroutine task (a coroutine call, or `*` of a
    /// comprehension of them), whose future nothing else holds: `submitted` the steps its translation
    /// added. A task made before may be cancelled by another coroutine too, which CPython's gather
    /// takes as the child's CancelledError (the others run on), and a thread's job (`to_thread`) goes on
    /// running when cancelled: both keep the plain waits (docs/python.md, "Not yet").
    pub(super) fn started_coroutines_here(&self, frame: &Frame, arg: &Expr, submitted: &[Step]) -> bool {
        let to_thread = matches!(arg, Expr::Call(call) if self.is_to_thread(frame, call));
        !to_thread && submitted.iter().any(submits)
    }

    /// The waits of a `gather` (each child's `result`, in order; `parts` the children's futures, a
    /// local or a local array with its length) made to stop at a cancel of the awaiter and cancel every
    /// child, as CPython's gathering future does.
    pub(super) fn cancellable_gather(
        &mut self,
        frame: &Frame,
        parts: &[(String, Option<usize>)],
        mut waits: Vec<Step>,
        line: u32,
    ) -> Step {
        waits = waits.into_iter().flat_map(|wait| self.stop_alone_when_cancelled(frame.task, wait, line)).collect();
        let mut cancels = Vec::new();
        let mut ends = Vec::new();
        for (future, count) in parts {
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

/// Whether a step is a `submit` or holds one (the `repeat` of a comprehension of coroutine calls).
fn submits(step: &Step) -> bool {
    if step.key == "submit" {
        return true;
    }
    let Some(Node::Map(entries)) = &step.value else { return false };
    entries.iter().any(|(key, node)| matches!((*key, node), ("ops", Node::Steps(steps)) if steps.iter().any(submits)))
}
