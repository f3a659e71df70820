//! The order of a `multiprocessing.Queue`'s items put by two processes (session 27; the "Not yet" of
//! session 25's s25silent).
//!
//! CPython's `put` appends the item to a buffer of the putting process, and a feeder thread of that
//! process writes it to the queue's pipe later (multiprocessing/queues.py). Items of one process reach
//! the pipe in the order it put them; items of two processes reach it in the order their feeders write,
//! which need not be the order of the `put` calls. weft's queue takes each item at its `put`, so where
//! the program orders two processes' puts (a lock both take, an event one sets and the other waits for,
//! a Value, another queue or pipe between them, or a parent that puts and then starts the other), weft
//! keeps that order in every run where CPython may deliver the later item first. Refused here, once
//! every task is translated, where two processes put into one queue and something other than that queue
//! links them; a process joined before the other puts has flushed its feeder (a process's exit waits for
//! it), and a link through the queue itself takes the item, so it was written. Items that are all one
//! literal (`None` sentinels, `"done"`) have no order to tell.

use std::collections::BTreeSet;

use super::processes::steps_mention;
use super::queue_feeders::{first_put_line, nested, step_uses_queue, steps_use_queue};
use super::{Error, Result, Translator};
use crate::out::{Node, Step};

impl Translator<'_> {
    /// Refuses a multiprocessing queue put into by two processes whose puts the program can order by
    /// anything but the queue itself.
    pub(super) fn check_feeder_orders(&self) -> Result<()> {
        for queue in &self.futures.interprocess_queues {
            if self.is_pipe_queue(queue) {
                continue;
            }
            let putters: Vec<usize> = (0..self.scenario.tasks.len())
                .filter(|&task| self.scenario.tasks[task].executor.is_none())
                .filter(|&task| steps_use_queue(&self.scenario.tasks[task].ops, "put", queue))
                .collect();
            let units: BTreeSet<usize> = putters.iter().map(|&task| self.process_of(task)).collect();
            if units.len() < 2 || one_literal_item(&putters, &self.scenario.tasks, queue) {
                continue;
            }
            for &first in &units {
                if let Some((second, link)) = self.linked_putter(queue, first, &units) {
                    return Err(self.feeder_order_error(queue, (first, second), &link));
                }
            }
        }
        Ok(())
    }

    /// Another process of `putters` that process `first` reaches by links after its put: a direct link,
    /// or a chain through other processes (each later hop also a start or a join: the first process's
    /// own exit flushes its feeder, so a join of it orders nothing wrongly), with the first link.
    fn linked_putter(&self, queue: &str, first: usize, putters: &BTreeSet<usize>) -> Option<(usize, String)> {
        let processes: Vec<usize> = (0..self.scenario.tasks.len())
            .filter(|&task| task == 0 || self.scenario.tasks[task].kind == Some("process"))
            .collect();
        let mut reached: Vec<(usize, String)> = Vec::new();
        for &next in processes.iter().filter(|&&next| next != first) {
            if let Some(link) = self.link_between(queue, first, next, false) {
                reached.push((next, link));
            }
        }
        let mut seen: BTreeSet<usize> = reached.iter().map(|(unit, _)| *unit).collect();
        seen.insert(first);
        let mut index = 0;
        while index < reached.len() {
            let (unit, link) = reached[index].clone();
            if putters.contains(&unit) {
                return Some((unit, link));
            }
            for &next in &processes {
                if seen.contains(&next) {
                    continue;
                }
                let joins = self.unit_ops(next).iter().any(|ops| joins_task(ops, unit));
                if joins || self.link_between(queue, unit, next, true).is_some() {
                    seen.insert(next);
                    reached.push((next, format!("{link}, then through {}", self.process_name(unit))));
                }
            }
            index += 1;
        }
        None
    }

    /// The process a task runs in: a process task's own, a thread's the process of the task that starts
    /// it (the main process when none does).
    pub(super) fn process_of(&self, task: usize) -> usize {
        let mut current = task;
        for _ in 0..self.scenario.tasks.len() {
            if current == 0 || self.scenario.tasks[current].kind == Some("process") {
                return current;
            }
            match (0..self.scenario.tasks.len()).find(|&spawner| spawns(&self.scenario.tasks[spawner].ops, current)) {
                Some(spawner) => current = spawner,
                None => return 0,
            }
        }
        0
    }

    /// The ops of every task of process `unit`.
    pub(super) fn unit_ops(&self, unit: usize) -> Vec<&[Step]> {
        (0..self.scenario.tasks.len())
            .filter(|&task| self.process_of(task) == unit)
            .map(|task| self.scenario.tasks[task].ops.as_slice())
            .collect()
    }

    /// What links process `first`'s puts into `queue` to process `second`: a primitive, a Value or
    /// another queue both use, or `first` starting `second` after a put (any start: `any_start`).
    fn link_between(&self, queue: &str, first: usize, second: usize, any_start: bool) -> Option<String> {
        let first_ops = self.unit_ops(first);
        let second_ops = self.unit_ops(second);
        let mentioned_by_both = |name: &str| {
            first_ops.iter().any(|ops| steps_mention(ops, name))
                && second_ops.iter().any(|ops| steps_mention(ops, name))
        };
        let exitcodes: BTreeSet<&str> = self.scenario.exitcodes.iter().map(|(_, name)| name.as_str()).collect();
        let scenario = &self.scenario;
        let links = (scenario.locks.iter().map(|(name, _)| ("the lock", name.as_str())))
            .chain(scenario.semaphores.iter().map(|(name, _, _)| ("the semaphore", name.as_str())))
            .chain(scenario.events.iter().map(|name| ("the event", name.as_str())))
            .chain(scenario.conditions.iter().map(|(name, _)| ("the condition", name.as_str())))
            .chain(scenario.shared_memory.iter().map(|(name, _)| ("the shared value", name.as_str())));
        for (kind, name) in links {
            if !exitcodes.contains(name) && mentioned_by_both(name) {
                return Some(format!("{kind} `{name}`"));
            }
        }
        // Another queue links them where the first puts into it and the second takes from it. Two processes
        // that only take from one work queue are not linked here: CPython's readers take turns under
        // the queue's read lock, an order weft keeps too, and a put of one reader can follow another's
        // take only through a later item (the form left, docs/python.md).
        let uses = |ops: &[&[Step]], key: &str, name: &str| ops.iter().any(|ops| steps_use_queue(ops, key, name));
        for other in self.futures.interprocess_queues.iter().filter(|other| *other != queue) {
            if uses(&first_ops, "put", other) && uses(&second_ops, "get", other) {
                return Some(format!("the queue `{other}`"));
            }
        }
        // A JoinableQueue's `join()` returns after the other process's `task_done()` (this queue's too).
        let marks = |ops: &[&[Step]], key: &str, name: &str| ops.iter().any(|ops| steps_have(ops, key, name));
        for other in &self.futures.interprocess_queues {
            if marks(&first_ops, "task_done", other) && marks(&second_ops, "join_queue", other) {
                return Some(format!("`{other}.join()` after `task_done()`"));
            }
        }
        let starts_after_put = first_ops.iter().any(|ops| {
            let mut put = any_start;
            spawn_after_put(ops, queue, second, &mut put)
        });
        starts_after_put.then(|| format!("its start by {} after a `put`", self.process_name(first)))
    }

    pub(super) fn process_name(&self, unit: usize) -> String {
        if unit == 0 { "the main process".to_string() } else { format!("`{}`", self.scenario.tasks[unit].base) }
    }

    fn feeder_order_error(&self, queue: &str, (first, second): (usize, usize), link: &str) -> Error {
        let line = self.unit_ops(second).iter().find_map(|ops| first_put_line(ops, queue)).unwrap_or_default();
        let (first_name, second_name) = (self.process_name(first), self.process_name(second));
        let putters = match first_name == second_name {
            true => format!("two {first_name} processes"),
            false => format!("{first_name} and {second_name} both"),
        };
        Error::at_offset(
            self.line_offset(line),
            format!(
                "`{queue}`, a `multiprocessing.Queue` that {putters} put into, is not imported where the program orders their puts by another link ({link}): CPython's `put` hands the item to a feeder thread of each process that writes it to the queue's pipe later, so an item put first can reach the queue after another process's later one, which weft's queue, taking each item at its `put`, never shows; give each process a queue of its own, or put items that say their order"
            ),
        )
    }
}

fn is_put(step: &Step, queue: &str) -> bool {
    step_uses_queue(step, "put", queue)
}

fn field<'s>(step: &'s Step, key: &str) -> Option<&'s str> {
    let Some(Node::Map(fields)) = &step.value else { return None };
    fields.iter().find(|(name, _)| *name == key).and_then(|(_, value)| match value {
        Node::Plain(text) | Node::Quoted(text) => Some(text.as_str()),
        _ => None,
    })
}

/// Whether `steps` (nested blocks too) hold a `key` step of `name` (`task_done: q`).
fn steps_have(steps: &[Step], key: &str, name: &str) -> bool {
    steps.iter().any(|step| {
        (step.key == key && matches!(&step.value, Some(Node::Plain(text)) if text == name))
            || nested(step).any(|inner| steps_have(inner, key, name))
    })
}

/// Whether `steps` join `task`.
fn joins_task(steps: &[Step], task: usize) -> bool {
    steps.iter().any(|step| {
        (step.key == "join" && matches!(step.value, Some(Node::Task(joined)) if joined == task))
            || nested(step).any(|inner| joins_task(inner, task))
    })
}

/// Whether `steps` start `task`.
fn spawns(steps: &[Step], task: usize) -> bool {
    steps.iter().any(|step| {
        (step.key == "spawn" && matches!(step.value, Some(Node::Task(spawned)) if spawned == task))
            || nested(step).any(|inner| spawns(inner, task))
    })
}

/// Whether a `spawn` of `task` follows a `put` into `queue` in `steps` (in the order they are written;
/// `put` says whether one came before).
fn spawn_after_put(steps: &[Step], queue: &str, task: usize, put: &mut bool) -> bool {
    for step in steps {
        if step.key == "spawn" && matches!(step.value, Some(Node::Task(spawned)) if spawned == task) && *put {
            return true;
        }
        *put |= is_put(step, queue);
        for inner in nested(step) {
            if spawn_after_put(inner, queue, task, put) {
                return true;
            }
        }
    }
    false
}

/// Whether every `put` into `queue` of `tasks` puts one and the same literal (`None`, `'done'`, `-1`).
pub(super) fn one_literal_item(tasks: &[usize], all: &[crate::out::Task], queue: &str) -> bool {
    let mut items = BTreeSet::new();
    for &task in tasks {
        collect_put_items(&all[task].ops, queue, &mut items);
    }
    let literal = |text: &str| {
        let text = text.trim();
        matches!(text, "None" | "True" | "False")
            || text.parse::<i64>().is_ok()
            || (text.len() >= 2
                && text.starts_with('\'')
                && text.ends_with('\'')
                && !text[1..text.len() - 1].contains('\''))
    };
    items.len() == 1 && items.iter().all(|item| literal(item))
}

fn collect_put_items(steps: &[Step], queue: &str, items: &mut BTreeSet<String>) {
    for step in steps {
        if is_put(step, queue) {
            items.insert(field(step, "value").unwrap_or("?").to_string());
        }
        nested(step).for_each(|inner| collect_put_items(inner, queue, items));
    }
}
