//! The watchers of a `gather` whose child may fail wake the awaiter once, at the end that decides it
//! (session 32; session31/checks x11).
//!
//! CPython's gathering future is completed by one `_done_callback`: the first to see a child fail
//! (raise, or end cancelled), or else the one that counts the last child's end; its own callback wakes
//! the awaiter a pass later, and the callbacks after it change nothing (`outer.done()`). The import's
//! watchers each put their child's mark and the awaiter took marks until every child had ended or one
//! failed, so it was woken by the first watcher's mark and took the marks that came before it ran
//! without waiting: when the last child ended in the pass the awaiter was woken by another's end (a
//! consumer woken by the producer's last `put`, the producer returning in the same step), the awaiter
//! resumed at that other child's callback slot, a pass early (x11: CPython 7, weft 6).
//!
//! Now each watcher, once its child has ended, takes an item out of the gather's `pending` queue (one
//! put per child at the call) and puts its mark only when it decides the gather: its child failed, or
//! it took the last item, and no watcher decided before it (an item in `decided`). The awaiter takes
//! the one mark. The queues are the call site's: the form is used where the gather runs once at a
//! time (not in a loop the scenario runs again, as before), and after a failure the watchers of the
//! children still running leave `pending` and `decided` as they end, as CPython's callbacks do.

use super::Translator;
use crate::out::{Node, Step, quote};

/// The queues a gather's deciding watchers share with its awaiter.
pub(super) struct DecidingQueues {
    /// The mark of the deciding end: `2 * position + 1` for a failure, `2 * position` for the last end.
    pub marks: String,
    pending: String,
    decided: String,
}

impl Translator<'_> {
    /// A deciding watcher per future of `futures` (each a local or an element of a local array),
    /// started into `out` after an item of `pending` for each.
    pub(super) fn watch_decisions(&mut self, futures: &[String], out: &mut Vec<Step>, line: u32) -> DecidingQueues {
        let queues = DecidingQueues {
            marks: self.completion_queue_named("completed", true),
            pending: self.completion_queue_named("gather_pending", true),
            decided: self.completion_queue_named("gather_decided", true),
        };
        let watcher = self.deciding_watcher(&queues, line);
        for (slot, future) in futures.iter().enumerate() {
            out.push(Step::new(
                "put",
                Node::Map(vec![("queue", Node::Plain(queues.pending.clone())), ("value", Node::Quoted("1".into()))]),
                line,
            ));
            out.push(Step::new(
                "submit",
                Node::Map(vec![
                    ("task", Node::Task(watcher)),
                    ("args", Node::Plain(format!("{{ watched: {}, slot: {slot} }}", quote(future)))),
                ]),
                line,
            ));
        }
        queues
    }

    /// The watcher coroutine: it waits for its child (`returned` 0 when the child raised or was
    /// cancelled), leaves `pending`, and puts its mark when it decides the gather.
    fn deciding_watcher(&mut self, queues: &DecidingQueues, line: u32) -> usize {
        let task = self.new_task("as_completed", true, line);
        self.scenario.tasks[task].kind = Some("coroutine");
        let returned = self.temporary(task, "returned");
        let ran = self.temporary(task, "ran");
        let decides = vec![
            Step::new(
                "put",
                Node::Map(vec![("queue", Node::Plain(queues.decided.clone())), ("value", Node::Quoted("1".into()))]),
                line,
            ),
            Step::new(
                "put",
                Node::Map(vec![
                    ("queue", Node::Plain(queues.marks.clone())),
                    ("value", Node::Quoted(format!("2 * slot + 1 - {returned}"))),
                ]),
                line,
            ),
        ];
        self.scenario.tasks[task].ops = vec![
            Step::new(
                "result",
                Node::Map(vec![
                    ("future", Node::Plain("watched".to_string())),
                    ("into_ok", Node::Plain(returned.clone())),
                    ("catches", Node::Plain("BaseException".to_string())),
                ]),
                line,
            ),
            Step::new(
                "get",
                Node::Map(vec![("queue", Node::Plain(queues.pending.clone())), ("into", Node::Plain(ran))]),
                line,
            ),
            super::gather_failures::if_step(
                format!("len({}) == 0 and ({returned} == 0 or len({}) == 0)", queues.decided, queues.pending),
                decides,
                line,
            ),
        ];
        task
    }
}

impl DecidingQueues {
    /// After the awaiter took the mark of a gather whose children all returned: every watcher has run,
    /// so `decided` is emptied for the next run of this code.
    pub(super) fn reset_after_all_returned(&self, first_failed: &str, task_local: &str, line: u32) -> Step {
        super::gather_failures::if_step(
            format!("{first_failed} < 0"),
            vec![Step::new(
                "get",
                Node::Map(vec![
                    ("queue", Node::Plain(self.decided.clone())),
                    ("into", Node::Plain(task_local.to_string())),
                ]),
                line,
            )],
            line,
        )
    }
}
