//! Which gathers keep the direct end (the waits in order and one added pass), and which end by their
//! children's done callbacks (gather_ends.rs), session 33.
//!
//! The callback form is CPython's own (`_done_callback` of each child, then the gathering future's
//! callback), but its callback coroutines all leave one shared queue, so the search orders every pair
//! of callbacks of children that end together: session28/repro/r13 (two gathers of 3 and 4 coroutines
//! that sleep 1 ms) grew from 2 schedules to 20,075 and stayed incomplete. The direct form is exact
//! where no child can end in the pass after the last child the awaiter waits for, before that child's
//! callback runs: the awaiter, woken at that callback's slot, would find it done and resume a pass
//! earlier than CPython's (session31/repro r03, r04, r06, r07, r09, r10). A child ends there only when
//! its last step was queued by `call_soon` in the pass the other child ended in, before that end: a
//! primitive's wake-up (a Lock's, Semaphore's, Event's, Condition's or Queue's waiter future), a task's
//! or future's end (its `__wakeup` callback), `asyncio.sleep(0)` (a bare yield) or a cancel. A timer
//! that falls due is moved to the ready queue after everything the previous pass queued, so a child
//! resumed only by its own `asyncio.sleep(d)` with `d > 0` runs after the other child's callback, the
//! awaiter blocks on it, and the direct form gives CPython's pass. So the callback form is taken where
//! some child has any wait other than a positive sleep (or may be cancelled), and the direct form,
//! cheaper, where every child's waits are positive sleeps.

use super::Translator;
use crate::out::{Node, Step};

impl Translator<'_> {
    /// Whether each of `tasks` gives the loop up only to positive sleeps, and nothing cancels `futures`
    /// (the children's): then the awaiter of their gather resumes on CPython's pass without the
    /// children's callbacks.
    pub(super) fn children_woken_only_by_timers(&self, tasks: &[usize], futures: &[String]) -> bool {
        !tasks.is_empty()
            && futures.iter().all(|future| !self.may_be_cancelled(future))
            && tasks.iter().all(|&task| waits_only_on_timers(&self.scenario.tasks[task].ops))
    }
}

/// The coroutine tasks the `submit` steps of `steps` (at any depth) start into one of `futures` (a
/// `tasks[i]` element is written by a `submit` into `tasks[i]`).
pub(super) fn tasks_started_into(steps: &[Step], futures: &[String], into: &mut Vec<usize>) {
    for step in steps {
        if step.key == "submit"
            && let Some(Node::Map(entries)) = &step.value
        {
            let writes_child = entries.iter().any(|(key, node)| {
                *key == "into" && matches!(node, Node::Plain(text) | Node::Quoted(text) if futures.contains(text))
            });
            let task = entries.iter().find_map(|(key, node)| match node {
                Node::Task(task) if *key == "task" => Some(*task),
                _ => None,
            });
            if let (true, Some(task)) = (writes_child, task)
                && !into.contains(&task)
            {
                into.push(task);
            }
        }
        for_each_block(step, &mut |block| tasks_started_into(block, futures, into));
    }
}

fn waits_only_on_timers(steps: &[Step]) -> bool {
    steps.iter().all(|step| match step.key {
        "await" => matches!(&step.value, Some(Node::Plain(duration)) if is_positive_duration(duration)),
        // Steps that never give the loop up (a `submit` starts a task; `release`, `set_event`, `put_nowait`'s
        // kin wake others, not this task).
        "let" | "set" | "del" | "assert" | "return" | "break" | "raise" | "reraise" | "submit" | "future_state"
        | "set_event" | "clear_event" | "release" | "unlock" | "notify" | "notify_all" | "task_done" => true,
        "atomic" | "if" | "repeat" | "while" | "try" => {
            let mut timers_only = true;
            for_each_block(step, &mut |block| timers_only &= waits_only_on_timers(block));
            timers_only
        }
        // A lock, queue, event, condition, barrier, task or thread wait, a cancel, an I/O job: the task may
        // be resumed by a `call_soon` of another's step.
        _ => false,
    })
}

/// A literal duration of the scenario (`1ms`, `250us`) above zero; a computed one (`{ ns: ... }`) may be 0.
fn is_positive_duration(duration: &str) -> bool {
    let number = duration.trim_end_matches(char::is_alphabetic);
    number.parse::<f64>().is_ok_and(|value| value > 0.0)
}

/// Each list of steps a step holds (an `if`'s branches, a loop's body, a `try`'s body and handlers).
fn for_each_block(step: &Step, visit: &mut dyn FnMut(&[Step])) {
    match &step.value {
        Some(Node::Steps(steps)) => visit(steps),
        Some(Node::Map(entries)) => visit_entries(entries, visit),
        Some(Node::Clauses(clauses)) => clauses.iter().for_each(|clause| visit_entries(clause, visit)),
        _ => {}
    }
}

fn visit_entries(entries: &[(&'static str, Node)], visit: &mut dyn FnMut(&[Step])) {
    for (_, node) in entries {
        match node {
            Node::Steps(steps) => visit(steps),
            Node::Clauses(clauses) => clauses.iter().for_each(|clause| visit_entries(clause, visit)),
            _ => {}
        }
    }
}
