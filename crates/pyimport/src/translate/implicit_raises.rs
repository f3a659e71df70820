//! What CPython raises itself in a coroutine task (a missing key, an index past the end, a division by
//! zero, `int()` of text: no `raise` statement) fails the task as a `raise` does, for the forms that
//! decide how a task's failure travels: a TaskGroup's end (task_groups.rs) and `gather`'s first failure
//! (gather_failures.rs). Before session 21 they looked for the program's `raise` statements only, so a
//! TaskGroup task's KeyError was caught by the group's in-order waits and lost, and `gather` raised a
//! later child's KeyError only once the children before it had ended, each under a claim of "complete"
//! (bench/python-agreement/session21/repro/r15, r16). The steps of the tasks are judged as
//! `exceptions::fault_classes` judges a job's: the reads of shared dicts and lists by key or index
//! (through the functions of the file, whose steps the task holds), divisions and `int()`.

use std::collections::BTreeSet;

use super::Translator;
use super::exceptions::{fault_classes, shared_containers};

impl Translator<'_> {
    /// The classes the tasks from `first_task` on may raise by what CPython raises itself (and by the
    /// `raise` steps weft writes for it), each task's steps as translated so far.
    pub(super) fn started_tasks_fault_classes(&self, first_task: usize) -> BTreeSet<String> {
        let containers = shared_containers(&self.scenario);
        let maps: Vec<&str> =
            containers.iter().filter(|(_, class)| *class == "KeyError").map(|(name, _)| *name).collect();
        let tasks = self.scenario.tasks[first_task..].iter();
        // A read of the item the step before stored cannot raise (reads_after_writes.rs).
        let steps =
            tasks.map(|task| super::reads_after_writes::without_reads_after_writes(&self.scenario, &task.ops, &maps));
        steps.flat_map(|steps| fault_classes(&steps, &containers)).collect()
    }

    /// Whether a task but `awaiter` may raise what CPython raises itself.
    pub(super) fn other_task_may_fault(&self, awaiter: usize) -> bool {
        let containers = shared_containers(&self.scenario);
        let others = self.scenario.tasks.iter().enumerate().filter(|&(task, _)| task != awaiter);
        others.into_iter().any(|(_, task)| !fault_classes(&task.ops, &containers).is_empty())
    }
}

impl Translator<'_> {
    /// Whether the thread of a done callback of an executor's future (futures.rs `callback_task`) may
    /// raise what CPython raises itself: CPython logs a callback's exception and goes on, so the waits
    /// for the callback catch it, as for a callback with a `raise` (the import's second pass,
    /// `jobs_raise`). Before session 21 a missing key there was a fault that ended weft's run
    /// (session21/repro/r17).
    pub(super) fn done_callback_may_fault(&self) -> bool {
        let containers = shared_containers(&self.scenario);
        let callbacks = self.futures.job_tasks.iter().filter(|(key, _)| key.split('|').nth(1) == Some("done callback"));
        callbacks.into_iter().any(|(_, &task)| !fault_classes(&self.scenario.tasks[task].ops, &containers).is_empty())
    }
}
