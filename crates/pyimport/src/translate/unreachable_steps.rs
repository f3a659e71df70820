//! Steps after a `return` of a task's own program (a thread's target, a coroutine task, a job), in the
//! same list of steps, never run: the scenario's `return` ends the task, as Python's `return` ends the
//! target. They are there when the import decides an `if` around the `return` (`if name == "admin":
//! return` of a thread whose argument is known at import time: the branch is written out in place, and
//! the statements after the `if` follow it), after an unconditional `return` (dead code), after the
//! cleanups of a `try: ...; return` / `finally:`, and in the later passes of a loop unrolled at import
//! time whose body returns (session34/repro/r02). They are dropped, so the task ends at the `return`
//! exactly as the program does; before session 35 they were written after it, where the scenario's
//! loader read the bare word `return` and the next step as one mapping and did not load (weft's own
//! error on a program it had not refused).

use super::Translator;
use crate::out::{Node, Step};

impl Translator<'_> {
    /// Drops, in every list of steps of every task (at any depth: an `if`'s branch, a loop's body, a
    /// `try`'s clauses), the steps that follow a `return` of the same list.
    pub(super) fn drop_steps_after_returns(&mut self) {
        for task in &mut self.scenario.tasks {
            drop_after_return(&mut task.ops);
        }
    }
}

fn drop_after_return(steps: &mut Vec<Step>) {
    if let Some(at) = steps.iter().position(|step| step.key == "return") {
        steps.truncate(at + 1);
    }
    for step in steps.iter_mut() {
        if let Some(node) = &mut step.value {
            drop_in_node(node);
        }
    }
}

fn drop_in_node(node: &mut Node) {
    match node {
        Node::Steps(steps) => drop_after_return(steps),
        Node::Map(entries) => entries.iter_mut().for_each(|(_, value)| drop_in_node(value)),
        Node::Clauses(clauses) => clauses.iter_mut().flatten().for_each(|(_, value)| drop_in_node(value)),
        Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => {}
    }
}
