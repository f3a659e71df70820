//! A done callback that may block is refused (session 25, silent error A).
//!
//! CPython runs `fut.add_done_callback(cb)`'s `cb` in the thread that completes the future, right after
//! `set_result` (concurrent/futures/_base.py, `_invoke_callbacks`): a thread pool's worker, which takes
//! no new job until the callback returns (thread.py, `_worker`); a process pool's result-handler
//! thread, which hands back no other result meanwhile; or, when the future is done already, the caller
//! of `add_done_callback`, at once. weft runs the callback as a thread of its own that waits for the
//! future (futures.rs, `callback_task`). For a callback that never waits that thread can take every
//! order CPython's can (and more); a callback that waits (an Event, a queue, another future, a sleep)
//! holds CPython's worker while it waits, and the states that follows from (session25/repro/r01: the
//! next job cannot start; r02: a hang) weft would miss. Those callbacks are refused at the
//! `add_done_callback`.
//!
//! A `with lock:` in a callback is no wait worth the name when every holder of that lock only computes
//! inside it (no wait, no sleep, no other lock): then it is free again within a few steps, as in
//! session25/f03 (`with log_lock: log.append(...)`).

use super::done_callbacks_at_once::other_than_callback;
use super::*;
use crate::out::{Node, Step};

/// A done callback's task and where its `add_done_callback` is, checked once every task is translated.
#[derive(Clone, Debug)]
pub(super) struct DoneCallback {
    pub task: usize,
    /// The task's local for the future the callback is given: its `result()` never waits.
    pub watched: String,
    pub at: TextRange,
}

/// Steps that never wait for another task (the nested steps of `if`, loops, `try` and `atomic` are
/// looked at on their own).
const NEVER_WAITS: [&str; 21] = [
    "let",
    "set",
    "atomic",
    "if",
    "while",
    "repeat",
    "try",
    "return",
    "break",
    "del",
    "assert",
    "raise",
    "reraise",
    "set_event",
    "clear_event",
    "notify",
    "notify_all",
    "task_done",
    "cancel",
    "submit",
    // A read of a future's state (`fut.cancelled()`, callback_states.rs).
    "future_state",
];

impl Translator<'_> {
    /// Every done callback whose body may wait is refused, at its `add_done_callback`.
    pub(super) fn check_done_callbacks_never_wait(&self) -> Result<()> {
        for callback in &self.futures.done_callbacks {
            let ops = &self.scenario.tasks[callback.task].ops;
            // The first step is weft's own wait for the future (it is done when CPython calls back).
            if let Some(line) = ops.iter().skip(1).find_map(|step| self.first_wait(step, &callback.watched)) {
                return fail(
                    &callback.at,
                    format!(
                        "a done callback that may wait (line {line}: `{}`) is not supported: CPython runs the \
                         callback in the thread that finishes the job (a pool's worker, which takes no new job until \
                         the callback returns), or in the caller at once when the job is done already, and weft would \
                         run it beside them; do the waiting after `result()` in the caller, or at the end of the job",
                        self.source.code_of_line(line)
                    ),
                );
            }
        }
        Ok(())
    }

    /// The line of the first step, `step` or one nested in it, that may wait for another task.
    fn first_wait(&self, step: &Step, watched: &str) -> Option<u32> {
        let waits = match (step.key, &step.value) {
            (key, _) if NEVER_WAITS.contains(&key) => false,
            ("result", Some(Node::Map(entries))) => !names_only(entries, "future", watched),
            ("put", Some(Node::Map(entries))) => !self.unbounded_queue(entries),
            ("with", Some(Node::Map(entries))) => {
                let Some((_, Node::Plain(lock))) = entries.iter().find(|(key, _)| *key == "lock") else {
                    return Some(step.line);
                };
                if !self.lock_held_briefly(lock) {
                    return Some(step.line);
                }
                false
            }
            _ => true,
        };
        if waits {
            return Some(step.line);
        }
        step.value.as_ref().and_then(|node| self.first_wait_in(node, watched))
    }

    fn first_wait_in(&self, node: &Node, watched: &str) -> Option<u32> {
        match node {
            Node::Steps(steps) => steps.iter().find_map(|step| self.first_wait(step, watched)),
            Node::Map(entries) => entries.iter().find_map(|(_, value)| self.first_wait_in(value, watched)),
            Node::Clauses(clauses) => {
                clauses.iter().flatten().find_map(|(_, value)| self.first_wait_in(value, watched))
            }
            Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => None,
        }
    }

    /// A `put` into a queue with no `maxsize` (capacity 0), which never waits.
    fn unbounded_queue(&self, entries: &[(&'static str, Node)]) -> bool {
        let Some((_, Node::Plain(queue) | Node::Quoted(queue))) = entries.iter().find(|(key, _)| *key == "queue")
        else {
            return false;
        };
        self.scenario.queues.iter().any(|(name, capacity)| name == queue && *capacity == 0)
    }

    /// Whether every task takes `lock` only in `with lock:` blocks that never wait (nor take another
    /// lock): whoever holds it lets it go within a few steps.
    fn lock_held_briefly(&self, lock: &str) -> bool {
        self.scenario.tasks.iter().enumerate().all(|(index, task)| {
            // A callback's `result()` of its own future, done already, does not wait.
            let watched = self.futures.done_callbacks.iter().find(|callback| callback.task == index);
            let watched = watched.map_or("", |callback| callback.watched.as_str());
            let skipped = &self.futures.at_once_states;
            task.ops.iter().all(|step| holds_briefly(step, (lock, watched), skipped))
        })
    }
}

/// `step`, and the steps nested in it, take `lock` only in a `with` whose body never waits. A done
/// callback run at once by its adder (the `if` on a state in `skipped`: done_callbacks_at_once.rs) is
/// checked as its own thread's body, so only the `if`'s other branch is looked at.
fn holds_briefly(step: &Step, (lock, watched): (&str, &str), skipped: &BTreeSet<String>) -> bool {
    if let Some(others) = other_than_callback(step, skipped) {
        return others.into_iter().all(|node| node_holds_briefly(node, (lock, watched), skipped));
    }
    match (step.key, &step.value) {
        ("with", Some(Node::Map(entries))) if names_only(entries, "lock", lock) => {
            entries.iter().all(|(key, value)| *key == "lock" || body_never_waits(value, watched, skipped))
        }
        (_, Some(node)) => node_holds_briefly(node, (lock, watched), skipped),
        (_, None) => true,
    }
}

fn node_holds_briefly(node: &Node, (lock, watched): (&str, &str), skipped: &BTreeSet<String>) -> bool {
    match node {
        Node::Steps(steps) => steps.iter().all(|step| holds_briefly(step, (lock, watched), skipped)),
        Node::Map(entries) => entries.iter().all(|(_, value)| node_holds_briefly(value, (lock, watched), skipped)),
        Node::Clauses(clauses) => {
            clauses.iter().flatten().all(|(_, value)| node_holds_briefly(value, (lock, watched), skipped))
        }
        Node::Plain(text) | Node::Quoted(text) => !mentions(text, lock),
        Node::Task(_) => true,
    }
}

/// A lock's body: only steps that never wait (a `with` of another lock, a `put` may; a `result` of
/// any future but the callback's own, `watched`, may). A done callback run at once (`skipped`, as in
/// `holds_briefly`) is its thread's body, checked there.
fn body_never_waits(node: &Node, watched: &str, skipped: &BTreeSet<String>) -> bool {
    match node {
        Node::Steps(steps) => steps.iter().all(|step| {
            if let Some(others) = other_than_callback(step, skipped) {
                return others.into_iter().all(|node| body_never_waits(node, watched, skipped));
            }
            let own_result = step.key == "result"
                && matches!(&step.value, Some(Node::Map(entries)) if names_only(entries, "future", watched));
            (own_result || NEVER_WAITS.contains(&step.key))
                && step.value.as_ref().is_none_or(|value| body_never_waits(value, watched, skipped))
        }),
        Node::Map(entries) => entries.iter().all(|(_, value)| body_never_waits(value, watched, skipped)),
        Node::Clauses(clauses) => clauses.iter().flatten().all(|(_, value)| body_never_waits(value, watched, skipped)),
        Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => true,
    }
}

/// The map's `key` entry is `name` itself.
fn names_only(entries: &[(&'static str, Node)], key: &str, name: &str) -> bool {
    entries
        .iter()
        .any(|(entry, value)| *entry == key && matches!(value, Node::Plain(text) | Node::Quoted(text) if text == name))
}

/// `text` names `name` as an identifier.
fn mentions(text: &str, name: &str) -> bool {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_')).any(|word| word == name)
}
