//! Loops long enough that weft's clocks cannot say how long they take (docs/python.md, "Session 21:
//! long loops are work weft cannot time"). A step made of a Python statement costs nothing under a time
//! window and 50 ns where deadlines decide (`step_cost`); CPython spends 2 ns to over 1 us on one, by
//! what it computes (`a = b` against `total += (i * j + i // 3 - j % 5) % 7`). Over a few steps the
//! difference is far below the window and the time-outs of real programs; over a loop of ten thousand
//! steps or more it is milliseconds, which can decide a wait's time-out or a sleep's race. Such a loop
//! is work weft cannot know, as a call it does not model is: no time window, and a wait with a
//! time-out of the program's own may give up at any step.

use std::collections::BTreeMap;

use crate::out::{Node, Scenario, Step};

/// The steps a loop may make (its passes times the steps of one pass, loops inside multiplied) above
/// which its time is not known: at CPython's 30 to 60 ns for an arithmetic statement 0.3 to 0.6 ms, at
/// 1 us for a heavier one 10 ms, half the time window. The agreement programs' loops below it make at
/// most 4,000 steps (bench/python-agreement/session15/m01_value_race.py); those above it are the
/// loops that stand for work (session20/repro/r03: 720,000 steps, 40 ms in CPython).
const LONG_LOOP_STEPS: u64 = 10_000;

impl Scenario {
    /// The line of the first loop (in the order of the tasks) whose steps reach [`LONG_LOOP_STEPS`].
    pub(crate) fn long_loop_line(&self) -> Option<u32> {
        let count = StepCount { folded_items: &self.folded_items };
        self.tasks.iter().find_map(|task| count.long_loop_in_steps(&task.ops))
    }
}

/// Counts the steps a loop may make. A step counts one, or the items the import's folds walked on its
/// Python line where there are more (translate/folded_work.rs: `total += sum([v * v for v in values])`
/// over a thousand items is a thousand items' work for CPython each time it runs, one step for weft).
struct StepCount<'a> {
    folded_items: &'a BTreeMap<u32, u64>,
}

impl StepCount<'_> {
    fn long_loop_in_steps(&self, steps: &[Step]) -> Option<u32> {
        steps.iter().find_map(|step| {
            if step.key == "repeat" && self.steps_of_step(step) >= LONG_LOOP_STEPS {
                return Some(step.line);
            }
            step.value.as_ref().and_then(|node| self.long_loop_in_node(node))
        })
    }

    fn long_loop_in_node(&self, node: &Node) -> Option<u32> {
        match node {
            Node::Steps(steps) => self.long_loop_in_steps(steps),
            Node::Map(entries) => entries.iter().find_map(|(_, value)| self.long_loop_in_node(value)),
            Node::Clauses(clauses) => clauses.iter().flatten().find_map(|(_, value)| self.long_loop_in_node(value)),
            Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => None,
        }
    }

    /// The steps a list of steps may make: each branch of an `if` counted (an upper bound), a `repeat`'s
    /// passes multiplied when its count is a number, a `while` once (its passes are known only at run
    /// time).
    fn steps_of_steps(&self, steps: &[Step]) -> u64 {
        steps.iter().map(|step| self.steps_of_step(step)).fold(0, u64::saturating_add)
    }

    fn steps_of_step(&self, step: &Step) -> u64 {
        let inner = step.value.as_ref().map_or(0, |node| self.steps_of_node(node));
        if step.key == "repeat" {
            return passes(step).saturating_mul(inner);
        }
        let own = self.folded_items.get(&step.line).copied().unwrap_or(0).max(1);
        inner.saturating_add(own)
    }

    fn steps_of_node(&self, node: &Node) -> u64 {
        match node {
            Node::Steps(steps) => self.steps_of_steps(steps),
            Node::Map(entries) => {
                entries.iter().map(|(_, value)| self.steps_of_node(value)).fold(0, u64::saturating_add)
            }
            Node::Clauses(clauses) => {
                clauses.iter().flatten().map(|(_, value)| self.steps_of_node(value)).fold(0, u64::saturating_add)
            }
            Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => 0,
        }
    }
}

/// A `repeat`'s count where it is a number (`times: 400000`); 1 where it is known only at run time.
fn passes(step: &Step) -> u64 {
    let Some(Node::Map(entries)) = &step.value else { return 1 };
    entries
        .iter()
        .find(|(key, _)| *key == "times")
        .and_then(|(_, times)| match times {
            Node::Plain(count) => count.parse().ok(),
            _ => None,
        })
        .unwrap_or(1)
}
