//! The cancel of a failing TaskGroup's other tasks, made where CPython 3.11 makes it.
//!
//! `TaskGroup._on_task_done` is a done callback of each child: it runs on the loop's pass after the
//! child's end, and at the first child that raised it cancels every other child still running
//! (`_abort`), before those children take their next step (session29/repro/r14, checks/p50). The
//! group's end waits for its children through a watcher coroutine per child (completion.rs,
//! `Watch::MarkingGroupFailures`), which wakes on that same pass; the end itself takes the watchers'
//! marks a pass later. So the watcher of a child that failed cancels the others itself: the first one to
//! see a failure puts a mark into a queue of the group's own (`aborted`, read with `len`) that tells the
//! later ones the group was aborted already, as `_aborting` tells `_on_task_done`. A cancel of a child
//! that has ended does nothing, as `Task.cancel` of a done task.

use super::Translator;
use super::completion::Watch;
use crate::out::{Node, Step, quote};

impl Translator<'_> {
    /// A watcher coroutine per child future of a failing TaskGroup (each a local or an element of a
    /// local array), each putting its mark into the queue it gives back, and cancelling every child at
    /// the group's first failure.
    pub(super) fn watch_group_aborts(&mut self, futures: &[String], out: &mut Vec<Step>, line: u32) -> String {
        let queue = self.completion_queue_named("completed", true);
        let aborted = self.completion_queue_named("aborted", true);
        let watcher = self.watcher_task(&queue, true, Watch::MarkingGroupFailures, line);
        let members: Vec<String> = futures.iter().map(|_| self.fresh_temporary(watcher, "member")).collect();
        let returned = self.temporary(watcher, "returned");
        let mut abort = vec![Step::new(
            "put",
            Node::Map(vec![("queue", Node::Plain(aborted.clone())), ("value", Node::Quoted("1".to_string()))]),
            line,
        )];
        abort.extend(members.iter().map(|member| Step::new("cancel", Node::Quoted(member.clone()), line)));
        let first_failure = Step::new(
            "if",
            Node::Map(vec![
                ("cond", Node::Quoted(format!("{returned} == 0 and len({aborted}) == 0"))),
                ("then", Node::Steps(abort)),
            ]),
            line,
        );
        // The watcher's last step puts its mark: the cancel comes before it, in the same turn.
        let ops = &mut self.scenario.tasks[watcher].ops;
        let put_at = ops.len() - 1;
        ops.insert(put_at, first_failure);
        for (slot, future) in futures.iter().enumerate() {
            let mut args = format!("{{ watched: {}, slot: {slot}", quote(future));
            for (member, sibling) in members.iter().zip(futures) {
                args.push_str(&format!(", {member}: {}", quote(sibling)));
            }
            args.push_str(" }");
            out.push(Step::new(
                "submit",
                Node::Map(vec![("task", Node::Task(watcher)), ("args", Node::Plain(args))]),
                line,
            ));
        }
        queue
    }
}
