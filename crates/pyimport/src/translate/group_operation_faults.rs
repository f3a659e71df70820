//! A TaskGroup whose tasks may raise on an operation the engine raises on (`None > 25`, `len(5)`, an
//! index past a fixed list's end; engine_raises.rs) fails as one whose tasks `raise` (task_groups.rs,
//! `failing_group_end`): CPython's group cancels the other tasks and raises an ExceptionGroup of the
//! exceptions, which an `except*` splits by class. Before session 36 such a group ended through its
//! tasks' callbacks (group_ends.rs), which count a failed task as ended, so the group ended normally
//! where CPython raises (session35/repro r08), and an `except* TypeError` around it took nothing
//! (session34/repro r08).
//!
//! The judgment is made when the group's end is translated, on the scenario so far, taking a shared
//! integer to stay one while no step stores anything else in it; a statement translated later may do
//! so. Once the whole program is read the judgment is made again: a group whose tasks may then raise
//! a class more is refused at its `async with`.

use std::ops::Range;

use ruff_python_ast as ast;
use ruff_text_size::{Ranged, TextRange};

use super::engine_raises::{Classes, OPERATION_FAULT, tasks_raise_in_engine};
use super::{Result, Translator, fail};
use crate::out::Step;

/// One TaskGroup's judgment: its `async with` item, the tasks its body started and the classes they
/// were judged to raise.
pub(super) struct JudgedGroup {
    item: TextRange,
    tasks: Range<usize>,
    classes: Classes,
}

impl Translator<'_> {
    /// The classes the tasks from `first_task` on (those the group's body started) may raise on an
    /// operation, each a Python class name or `OPERATION_FAULT`; kept to be judged again at the end.
    /// `owner`: the task whose steps hold the group, and those steps so far.
    pub(super) fn group_operation_faults(
        &mut self,
        item: &ast::WithItem,
        first_task: usize,
        owner: (usize, &[Step]),
    ) -> Classes {
        let tasks = first_task..self.scenario.tasks.len();
        let classes = tasks_raise_in_engine(&self.scenario, tasks.clone(), Some(owner), &self.integer_parameters());
        self.judged_groups.push(JudgedGroup { item: item.range(), tasks, classes: classes.clone() });
        classes
    }

    /// Each TaskGroup's judgment made again on the whole scenario: refused where its tasks may raise a
    /// class the translation of its end did not take.
    pub(super) fn check_judged_groups(&self) -> Result<()> {
        for group in &self.judged_groups {
            let whole = tasks_raise_in_engine(&self.scenario, group.tasks.clone(), None, &self.integer_parameters());
            if let Some(class) = whole.difference(&group.classes).next() {
                let class = if *class == OPERATION_FAULT { "an exception" } else { class };
                return fail(
                    &group.item,
                    format!(
                        "a task of this TaskGroup may raise {class} on an operation of a value that a statement after the group stores (a shared variable set to another kind), which weft's judgment of the group's end did not see; set the variable before the group, or keep its kind"
                    ),
                );
            }
        }
        Ok(())
    }
}
