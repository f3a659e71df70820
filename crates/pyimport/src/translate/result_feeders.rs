//! The feeder thread of each worker process that puts results into one `multiprocessing.Queue`
//! between its takes from a work queue (session19/m04; the form session 28's work_queue_orders.rs
//! refused): modelled as CPython runs it, instead of refused.
//!
//! CPython's `put` appends the item to a buffer of the putting process and wakes that process's feeder
//! thread (started by the first `put`), which takes the buffer's items in order and writes each whole
//! to the queue's pipe under the queue's write lock (Lib/multiprocessing/queues.py `_feed`). When the
//! process ends, even by an exception, its finalizer joins the feeder, which writes every item left
//! first. So a process's results arrive in its put order, at any time from its `put` to its end, and
//! two processes' results interleave as whole messages.
//!
//! The scenario says the same: each worker's puts go into a buffer queue of its own; a feeder thread
//! of the process, a daemon spawned at the process's start, loops taking from the buffer and putting
//! into the results queue (one step: the write lock keeps messages whole), and marks each item done;
//! the process's last step waits until the buffer is empty and every item written (`join_queue`), as
//! the finalizer's join. A worker an exception ends skips that wait in weft, where CPython's exit still
//! waits for the feeder: the parent's `join()` of it may return before its last results arrive, an
//! order weft lists in addition to CPython's (never one fewer).
//!
//! Imported only where the items are values (no `put` of the program makes a list, dict, set or
//! instance, and the workers' code makes none it could put through a local): CPython pickles an item when the feeder writes it, so a list changed after its `put`
//! arrives changed, which an item taken whole at the buffer's `put` would not say.

use super::queue_feeders::{nested, step_uses_queue};
use super::{Result, Translator};
use crate::out::{Node, Step, Task};

impl Translator<'_> {
    /// Gives each process of `workers` that puts into `results` a feeder thread (the module doc);
    /// false, with nothing changed, where the form is not the one modelled: a thread of a worker puts
    /// into `results` too, main is among them, or the program makes containers at run time.
    pub(super) fn model_result_feeders(&mut self, results: &str, workers: &[usize]) -> Result<bool> {
        if workers.contains(&0) || self.puts_may_hand_objects(workers) {
            return Ok(false);
        }
        for task in 0..self.scenario.tasks.len() {
            let unit = self.process_of(task);
            if workers.contains(&unit) && unit != task && puts_into(&self.scenario.tasks[task].ops, results) {
                return Ok(false);
            }
        }
        for &worker in workers {
            self.add_result_feeder(results, worker);
        }
        Ok(true)
    }

    /// Whether an item some task puts on a queue may be an object made at run time (a list, dict, set or
    /// instance: `new_list(...)`, `new_dict()`...), or the workers' code makes one (which a put could
    /// hand on through a local).
    fn puts_may_hand_objects(&self, workers: &[usize]) -> bool {
        (0..self.scenario.tasks.len()).any(|task| {
            let ops = &self.scenario.tasks[task].ops;
            puts_make_objects(ops) || (workers.contains(&self.process_of(task)) && steps_make_objects(ops))
        })
    }

    fn add_result_feeder(&mut self, results: &str, worker: usize) {
        let buffer = format!("{results}_buffer_{}", worker);
        self.scenario.queues.push((buffer.clone(), 0));
        let line = self.scenario.tasks[worker].line;
        let item = "fed".to_string();
        let feed = vec![
            Step::new(
                "get",
                Node::Map(vec![("queue", Node::Plain(buffer.clone())), ("into", Node::Plain(item.clone()))]),
                line,
            ),
            Step::new(
                "put",
                Node::Map(vec![("queue", Node::Plain(results.to_string())), ("value", Node::Quoted(item))]),
                line,
            ),
            Step::new("task_done", Node::Plain(buffer.clone()), line),
        ];
        let feeder = self.scenario.tasks.len();
        self.scenario.tasks.push(Task {
            base: format!("{results}_feeder"),
            spawned: true,
            daemon: true,
            ops: vec![super::while_step("True".to_string(), feed, line)],
            line,
            executor: None,
            kind: None,
        });
        let ops = std::mem::take(&mut self.scenario.tasks[worker].ops);
        let mut ops: Vec<Step> = ops.into_iter().map(|step| redirect_puts(step, results, &buffer)).collect();
        ops.insert(0, Step::new("spawn", Node::Task(feeder), line));
        let last_line = ops.last().map_or(line, |step| step.line);
        ops.push(Step::new("join_queue", Node::Plain(buffer), last_line));
        self.scenario.tasks[worker].ops = ops;
    }
}

/// Whether a step's text makes an object at run time (the scenario's `new_list`, `new_dict`,
/// `new_set`, `new_dataclass`... functions).
fn makes_object(node: &Node) -> bool {
    match node {
        Node::Plain(text) | Node::Quoted(text) => text.contains("new_"),
        Node::Steps(steps) => steps_make_objects(steps),
        Node::Map(fields) => fields.iter().any(|(_, value)| makes_object(value)),
        Node::Clauses(clauses) => clauses.iter().flatten().any(|(_, value)| makes_object(value)),
        Node::Task(_) => false,
    }
}

fn steps_make_objects(steps: &[Step]) -> bool {
    steps.iter().any(|step| step.value.as_ref().is_some_and(makes_object))
}

fn puts_make_objects(steps: &[Step]) -> bool {
    steps.iter().any(|step| {
        (step.key == "put" && step.value.as_ref().is_some_and(makes_object))
            || nested(step).any(|inner| puts_make_objects(inner))
    })
}

fn puts_into(steps: &[Step], queue: &str) -> bool {
    steps.iter().any(|step| step_uses_queue(step, "put", queue) || nested(step).any(|inner| puts_into(inner, queue)))
}

/// `step` with every `put` into `results` (at any depth) put into `buffer` instead.
fn redirect_puts(mut step: Step, results: &str, buffer: &str) -> Step {
    let is_put = step_uses_queue(&step, "put", results);
    if let Some(node) = step.value.take() {
        step.value = Some(redirect_node(node, results, buffer, is_put));
    }
    step
}

fn redirect_node(node: Node, results: &str, buffer: &str, is_put: bool) -> Node {
    match node {
        Node::Steps(steps) => Node::Steps(steps.into_iter().map(|step| redirect_puts(step, results, buffer)).collect()),
        Node::Map(fields) => Node::Map(
            fields
                .into_iter()
                .map(|(name, value)| match value {
                    Node::Plain(queue) if is_put && name == "queue" && queue == results => {
                        (name, Node::Plain(buffer.to_string()))
                    }
                    other => (name, redirect_node(other, results, buffer, false)),
                })
                .collect(),
        ),
        Node::Clauses(clauses) => Node::Clauses(
            clauses
                .into_iter()
                .map(|clause| {
                    clause
                        .into_iter()
                        .map(|(name, value)| (name, redirect_node(value, results, buffer, false)))
                        .collect()
                })
                .collect(),
        ),
        other => other,
    }
}
