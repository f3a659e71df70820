//! `q.unfinished_tasks` of a `queue.Queue` read after the same code's `q.join()` (session31/q03:
//! `print("unfinished:", q.unfinished_tasks)` at the end). CPython's `join()` returns once the count of
//! items put and not yet marked done is 0; from then on only a `put` raises it (a `task_done` below 0
//! raises ValueError instead). So the read is 0 exactly when the reading code joined the queue before,
//! outside every `if`, loop and `try` the scenario runs, and no `put` to the queue can come between the
//! two: no other task puts to it at all, and the reading task puts to it nowhere after its join (both
//! checked once every task is translated, on the steps). Elsewhere the count is refused, as before.

use std::cell::RefCell;
use std::collections::BTreeSet;

use ruff_text_size::TextRange;

use super::{Frame, Result, Translator, fail};
use crate::out::{Node, Step};

/// The queues each task joined outside the `if`s, loops and `try`s the scenario runs, and the reads of
/// `unfinished_tasks` taken as 0 (checked at the end).
#[derive(Default)]
pub(crate) struct UnfinishedCounts {
    joined: BTreeSet<(usize, String)>,
    reads: RefCell<Vec<(usize, String, TextRange)>>,
}

impl Translator<'_> {
    /// `q.join()` of the queue `queue` by `frame`'s code.
    pub(super) fn note_queue_join(&mut self, frame: &Frame, queue: &str) {
        if frame.dynamic == 0 && self.timeout_catch.is_none() && self.caught_tries.is_empty() {
            self.unfinished_counts.joined.insert((frame.task, queue.to_string()));
        }
    }

    /// `q.unfinished_tasks` of the queue `queue`: 0 after the same code's join (the module's header).
    pub(crate) fn unfinished_tasks(&self, frame: &Frame, queue: &str, at: TextRange) -> Result<i64> {
        if !self.unfinished_counts.joined.contains(&(frame.task, queue.to_string())) {
            return fail(
                &at,
                "`q.unfinished_tasks` is imported after a `q.join()` by the same code, outside `if`, loops and `try` (then 0); elsewhere keep the count you need in a variable of your own",
            );
        }
        self.unfinished_counts.reads.borrow_mut().push((frame.task, queue.to_string(), at));
        Ok(0)
    }

    /// Refuses a read of `unfinished_tasks` taken as 0 when a `put` to its queue may come between the
    /// join and the read: any `put` by another task, or one by the reading task after its join.
    pub(super) fn check_unfinished_reads(&self) -> Result<()> {
        for (reader, queue, at) in self.unfinished_counts.reads.borrow().iter() {
            for (task, scenario_task) in self.scenario.tasks.iter().enumerate() {
                let mut joined = *reader != task;
                if puts_after_join(&scenario_task.ops, queue, &mut joined) {
                    return fail(
                        at,
                        format!(
                            "`{queue}.unfinished_tasks` after `{queue}.join()` is imported when nothing puts to the queue after the join, and here {} does; keep the count you need in a variable of your own",
                            if *reader == task { "this code" } else { "another task" }
                        ),
                    );
                }
            }
        }
        Ok(())
    }
}

/// Whether a `put` to `queue` comes among `ops` (in order, nested steps too) once `joined` holds; a
/// `join_queue` of it sets `joined`.
fn puts_after_join(ops: &[Step], queue: &str, joined: &mut bool) -> bool {
    ops.iter().any(|step| {
        let names_queue = matches!(&step.value, Some(Node::Plain(name)) if name == queue)
            || matches!(&step.value, Some(Node::Map(entries)) if entries.iter().any(|(key, value)| *key == "queue"
                && matches!(value, Node::Plain(name) | Node::Quoted(name) if name == queue)));
        if step.key == "join_queue" && names_queue {
            *joined = true;
        }
        if step.key == "put" && names_queue && *joined {
            return true;
        }
        step.value.as_ref().is_some_and(|node| node_puts_after_join(node, queue, joined))
    })
}

fn node_puts_after_join(node: &Node, queue: &str, joined: &mut bool) -> bool {
    match node {
        Node::Steps(steps) => puts_after_join(steps, queue, joined),
        Node::Map(entries) => entries.iter().any(|(_, value)| node_puts_after_join(value, queue, joined)),
        Node::Clauses(clauses) => clauses.iter().flatten().any(|(_, value)| node_puts_after_join(value, queue, joined)),
        Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => false,
    }
}
