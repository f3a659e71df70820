//! A `multiprocessing.Queue` is a buffer, a feeder thread and an OS pipe (session 25, repros
//! session24/repro/r10-r15). weft's queue delivers a `put` at once and holds any number of items, so
//! two forms whose CPython meaning depends on the feeder and the pipe are refused here, once every task
//! is translated:
//!
//! - `q.empty()`, `q.get_nowait()`, `q.get(block=False)` (`get(timeout=0)`) of a `multiprocessing.Queue`
//!   or `JoinableQueue` where a `put` may not be flushed yet: CPython's `put` appends to a buffer that
//!   the process's feeder thread writes to the pipe later, and these look at the pipe (CPython 3.11:
//!   `empty()` right after `put(1)` was True in 98 of 200 runs; `qsize()` and `full()` count the
//!   `put`s themselves and stay imported). A `put` is flushed at such a test when the process that
//!   made it was joined before the test; a `put` of the testing process itself, or of a thread, never
//!   is. `get_nowait()` also raises `queue.Empty` while another process or thread holds the queue's
//!   read lock in its own `get()`, so a second reader not joined before is refused as well.
//! - `p.join()` of a process that `put`s into a multiprocessing queue (or `send`s on a Pipe) whose
//!   items the joining task takes only after the join, where the import cannot bound the items below
//!   half the pipe's 64 KiB: the process cannot exit until its feeder has written every item, and a
//!   `send` blocks on a full pipe, so CPython deadlocks (the multiprocessing docs' "joining processes
//!   that use queues"; CPython 3.11: 64 items of 1,000 characters end, 66 hang).
//!
//! A Pipe's `send` writes the pipe itself (no feeder), so its `poll()` is exact and only the join form
//! applies to it.

use std::cell::RefCell;
use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::{Frame, Result, Translator, fail};
use crate::out::{Node, SharedInit, Step};

/// The form of a `get` whose time-out is shorter than the time window, in messages.
const SHORT_GET: &str = "get(timeout=...)";

/// The bytes the import lets a process put into one pipe before its join without a bound check:
/// half of Linux's 64 KiB pipe, as small writes may fill its 16 pages only half (a write that does
/// not fit the last page's room starts a new page).
const SAFE_PIPE_BYTES: u64 = 32 * 1024;

/// What a message costs beyond its item's pickle: the 4-byte length header of `send_bytes`, pickle
/// protocol 4's 2-byte header and 9-byte frame, and the final STOP.
const MESSAGE_OVERHEAD_BYTES: u64 = 16;

/// The longest pickle of a 64-bit integer (LONG1, its length and 8 bytes; a float's BINFLOAT is 9).
const INTEGER_PICKLE_BYTES: u64 = 11;

/// The import's record of the queue reads and joins the checks need.
#[derive(Default)]
pub(crate) struct QueueFeeders {
    /// Queues that stand for a `Pipe()` (pipes.rs): `send` writes the pipe itself.
    pipes: BTreeSet<String>,
    /// `empty()`, `get_nowait()`, `get(block=False)` of a multiprocessing queue (read inside
    /// expressions, hence the cell).
    polls: RefCell<Vec<Poll>>,
    /// The first `join()` of each process by each task.
    joins: Vec<ProcessJoin>,
}

struct Poll {
    task: usize,
    queue: String,
    /// `get_nowait()` and `get(block=False)` take the read lock too; `empty()` does not.
    takes_item: bool,
    form: &'static str,
    range: TextRange,
    /// The tasks this task joined before the read.
    joined_before: BTreeSet<usize>,
}

struct ProcessJoin {
    task: usize,
    process: usize,
    range: TextRange,
}

impl<'a> Translator<'a> {
    /// A queue made by the import for a `Pipe()` (its call is `weft_multiprocessing.Queue()`).
    pub(super) fn note_pipe_queue(&mut self, queue: &str, call: &ast::ExprCall) {
        let Expr::Attribute(attribute) = &*call.func else { return };
        if matches!(&*attribute.value, Expr::Name(module) if module.id.as_str() == crate::pipes::MULTIPROCESSING_MODULE)
        {
            self.queue_feeders.pipes.insert(queue.to_string());
        }
    }

    /// `q.empty()`, `q.get_nowait()` or `q.get(block=False)` (`form`) of a queue: recorded when `q` is a
    /// multiprocessing queue, checked by `check_queue_feeders`.
    pub(crate) fn note_queue_poll(&self, frame: &Frame, queue: &str, form: &'static str, at: TextRange) {
        if !self.futures.interprocess_queues.contains(queue) || self.queue_feeders.pipes.contains(queue) {
            return;
        }
        let joined_before =
            self.joined.iter().filter(|(task, _)| *task == frame.task).map(|(_, joined)| *joined).collect();
        // A timed `get` waits for the read lock as long as for an item (`_rlock.acquire(block, timeout)`).
        let takes_item = matches!(form, "get_nowait()" | "get(block=False)");
        self.queue_feeders.polls.borrow_mut().push(Poll {
            task: frame.task,
            queue: queue.to_string(),
            takes_item,
            form,
            range: at,
            joined_before,
        });
    }

    /// `q.get(timeout=t)` of a multiprocessing queue with `t` shorter than the search's time window
    /// (session25-silent/checks/s02: `put(1)` then `get(timeout=0.0001)` raised queue.Empty in 3 of 200
    /// CPython runs, where weft's item is there at once): refused where the getting task puts into the
    /// queue itself. Another task's `put` races the `get`'s deadline by their times, which the window
    /// explores (the feeder's delay is timing noise within it), and a longer wait covers the delay as
    /// any other time-out does.
    pub(super) fn note_short_queue_get(&self, frame: &Frame, queue: &str, duration: &str, at: TextRange) {
        let window = scenarios::duration::parse_duration(crate::out::TIME_WINDOW);
        if let (Ok(waited), Ok(window)) = (scenarios::duration::parse_duration(duration), window)
            && waited < window
        {
            self.note_queue_poll(frame, queue, SHORT_GET, at);
        }
    }

    /// A plain `p.join()` of a task, checked by `check_queue_feeders` when `p` is a process.
    pub(super) fn note_process_join(&mut self, frame: &Frame, process: usize, call: &ast::ExprCall) {
        let joins = &mut self.queue_feeders.joins;
        if !joins.iter().any(|join| join.task == frame.task && join.process == process) {
            joins.push(ProcessJoin { task: frame.task, process, range: call.range() });
        }
    }

    /// The two refusals of this file, once every task's steps are known.
    pub(super) fn check_queue_feeders(&self) -> Result<()> {
        for poll in self.queue_feeders.polls.borrow().iter() {
            self.check_poll(poll)?;
        }
        for join in &self.queue_feeders.joins {
            self.check_join(join)?;
        }
        self.check_unread_puts()?;
        self.check_partly_read_puts()
    }

    /// A process that puts into a multiprocessing queue no task ever takes from, more than the import
    /// can bound under half the pipe (session 27): its exit waits for its feeder thread to write every
    /// item, which never ends once the items fill the pipe, and the main process joins it at its own
    /// exit (a daemon process only where a task joins it).
    fn check_unread_puts(&self) -> Result<()> {
        let integers = integer_names(self);
        for queue in &self.futures.interprocess_queues {
            let read = self.scenario.tasks.iter().any(|task| steps_use_queue(&task.ops, "get", queue));
            if read || self.queue_feeders.pipes.contains(queue) {
                continue;
            }
            if let Some((process, bound)) = self.exiting_unbounded_putter(queue, &integers) {
                let task = &self.scenario.tasks[process];
                let line = first_put_line(&task.ops, queue).unwrap_or(task.line);
                return Err(super::Error::at_offset(
                    self.line_offset(line),
                    format!(
                        "{} puts into `{queue}` ({}), which no task takes from: a process cannot exit until its queue's feeder thread has written every item to the pipe, which holds 64 KiB on Linux, so CPython hangs at its exit (and the main process at its own, which joins it) once the items outgrow the pipe, which weft does not model; take the items, or put fewer",
                        self.task_name(process),
                        bound_text(bound)
                    ),
                ));
            }
        }
        Ok(())
    }

    /// The first process that puts into `queue` more than the import can bound under half the pipe
    /// and whose exit someone waits for (the main process joins every process but a daemon one at its
    /// exit; a daemon one only where a task joins it), with the bound when there is one.
    pub(super) fn exiting_unbounded_putter(
        &self,
        queue: &str,
        integers: &BTreeSet<String>,
    ) -> Option<(usize, Option<u64>)> {
        self.scenario.tasks.iter().enumerate().skip(1).find_map(|(process, task)| {
            let joined = self.queue_feeders.joins.iter().any(|join| join.process == process);
            if task.kind != Some("process") || !steps_use_queue(&task.ops, "put", queue) || (task.daemon && !joined) {
                return None;
            }
            let bound = bytes_put(&task.ops, queue, integers);
            bound.is_none_or(|bytes| bytes > SAFE_PIPE_BYTES).then_some((process, bound))
        })
    }

    /// Whether `queue` stands for a `Pipe()`, whose `send` writes the pipe itself (no feeder).
    pub(super) fn is_pipe_queue(&self, queue: &str) -> bool {
        self.queue_feeders.pipes.contains(queue)
    }

    fn is_process(&self, task: usize) -> bool {
        task == 0 || self.scenario.tasks[task].kind == Some("process")
    }

    /// The task as the messages name it: `worker`, or the main process.
    fn task_name(&self, task: usize) -> String {
        if task == 0 { "the main process".to_string() } else { format!("`{}`", self.scenario.tasks[task].base) }
    }

    fn check_poll(&self, poll: &Poll) -> Result<()> {
        let queue = &poll.queue;
        // A short `get` races another task's `put` by their times, which the time window explores (the
        // feeder's delay is timing noise within it); its own `put` just before is no race there.
        let own_only = poll.form == SHORT_GET;
        let unflushed = (0..self.scenario.tasks.len()).find(|&task| {
            steps_use_queue(&self.scenario.tasks[task].ops, "put", queue)
                && (task == poll.task || !own_only && (!self.is_process(task) || !poll.joined_before.contains(&task)))
        });
        if let Some(putter) = unflushed {
            let who = if putter == poll.task {
                "this process puts into it".to_string()
            } else {
                format!("{} puts into it and is not joined before this line", self.task_name(putter))
            };
            if poll.form == SHORT_GET {
                return fail(
                    &poll.range,
                    format!(
                        "`{queue}.get(timeout=...)` of a `multiprocessing.Queue` with a time-out shorter than weft's time window ({}) is not supported where a `put` may not have reached the queue's pipe ({who}): CPython's `put` hands the item to a feeder thread that writes it to the pipe later, so a short `get` right after a `put` may raise queue.Empty (3 of 200 CPython runs of `put(1)` then `get(timeout=0.0001)`), which weft's queue does not model; wait at least {} or use `get()`",
                        crate::out::TIME_WINDOW,
                        crate::out::TIME_WINDOW
                    ),
                );
            }
            return fail(
                &poll.range,
                format!(
                    "`{queue}.{}` of a `multiprocessing.Queue` is not supported where a `put` may not have reached the queue's pipe ({who}): CPython's `put` hands the item to a feeder thread that writes it to the pipe later, so `empty()` right after a `put` may still be True and `get_nowait()` raise queue.Empty, which weft's queue does not model; take a known number of items with `get()`, or `join()` the processes that put before testing the queue",
                    poll.form
                ),
            );
        }
        let other_reader = (0..self.scenario.tasks.len()).find(|&task| {
            task != poll.task
                && steps_use_queue(&self.scenario.tasks[task].ops, "get", queue)
                && !poll.joined_before.contains(&task)
        });
        match other_reader {
            Some(reader) if poll.takes_item => fail(
                &poll.range,
                format!(
                    "`{queue}.{}` of a `multiprocessing.Queue` that {} also reads is not supported: CPython's `get_nowait()` (and `get(block=False)`) raises queue.Empty while another reader holds the queue's read lock, even with items in the pipe, which weft's queue does not model; use `get()` (or `get(timeout=...)`), or a sentinel item to end each reader",
                    poll.form,
                    self.task_name(reader)
                ),
            ),
            _ => Ok(()),
        }
    }

    fn check_join(&self, join: &ProcessJoin) -> Result<()> {
        if join.process == 0 || !self.is_process(join.process) {
            return Ok(());
        }
        let process_steps = &self.scenario.tasks[join.process].ops;
        let mut after_join = Vec::new();
        steps_after_join(&self.scenario.tasks[join.task].ops, join.process, &mut false, &mut after_join);
        let integers = integer_names(self);
        for queue in &self.futures.interprocess_queues {
            if !steps_use_queue(process_steps, "put", queue)
                || !after_join.iter().any(|step| step_uses_queue(step, "get", queue))
            {
                continue;
            }
            let bound = bytes_put(process_steps, queue, &integers);
            if bound.is_some_and(|bytes| bytes <= SAFE_PIPE_BYTES) {
                continue;
            }
            let size = bound_text(bound);
            let process = self.task_name(join.process);
            let joiner = self.task_name(join.task);
            let (what, how) = match queue.split_once("_to_") {
                Some((sender, receiver)) if self.queue_feeders.pipes.contains(queue) => (
                    format!("sends through the Pipe from `{sender}` to `{receiver}`"),
                    "a `send` blocks while the Pipe (64 KiB on Linux) is full",
                ),
                _ => (
                    format!("puts into `{queue}`"),
                    "a process cannot exit until its queue's feeder thread has written every item to the pipe, which holds 64 KiB on Linux",
                ),
            };
            return fail(
                &join.range,
                format!(
                    "`join()` of {process} before {joiner} takes what {process} {what} ({size}) is not supported: {how}, so CPython deadlocks here once the items outgrow the pipe (the multiprocessing docs' \"joining processes that use queues\"), and weft does not model the pipe's capacity; take the items before `join()`"
                ),
            );
        }
        Ok(())
    }
}

/// The size of a process's puts as the messages say it.
pub(super) fn bound_text(bound: Option<u64>) -> String {
    match bound {
        Some(bytes) => format!("up to {bytes} bytes as weft counts them"),
        None => "an amount weft cannot bound".to_string(),
    }
}

/// The line of the first `put` into `queue` of `steps`, in the order they are written.
pub(super) fn first_put_line(steps: &[Step], queue: &str) -> Option<u32> {
    steps.iter().find_map(|step| {
        if step_uses_queue(step, "put", queue) {
            return Some(step.line);
        }
        nested(step).find_map(|inner| first_put_line(inner, queue))
    })
}

/// Whether `steps` (nested blocks too) hold a `key` step (`put`, `get`) of `queue`.
pub(super) fn steps_use_queue(steps: &[Step], key: &str, queue: &str) -> bool {
    steps
        .iter()
        .any(|step| step_uses_queue(step, key, queue) || nested(step).any(|inner| steps_use_queue(inner, key, queue)))
}

pub(super) fn step_uses_queue(step: &Step, key: &str, queue: &str) -> bool {
    step.key == key
        && matches!(&step.value, Some(Node::Map(fields))
            if fields.iter().any(|(name, value)| *name == "queue" && matches!(value, Node::Plain(q) if q == queue)))
}

/// The blocks of steps inside `step` (a `repeat`'s, an `if`'s branches, an `atomic`, a `try`'s).
pub(super) fn nested(step: &Step) -> impl Iterator<Item = &Vec<Step>> {
    let mut blocks = Vec::new();
    if let Some(node) = &step.value {
        collect_blocks(node, &mut blocks);
    }
    blocks.into_iter()
}

fn collect_blocks<'n>(node: &'n Node, blocks: &mut Vec<&'n Vec<Step>>) {
    match node {
        Node::Steps(steps) => blocks.push(steps),
        Node::Map(fields) => fields.iter().for_each(|(_, value)| collect_blocks(value, blocks)),
        Node::Clauses(clauses) => clauses.iter().flatten().for_each(|(_, value)| collect_blocks(value, blocks)),
        Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => {}
    }
}

/// The steps of `steps` after the first `join` of `process`, in the order they are written.
fn steps_after_join<'s>(steps: &'s [Step], process: usize, seen: &mut bool, after: &mut Vec<&'s Step>) {
    for step in steps {
        if *seen {
            after.push(step);
        }
        if step.key == "join" && matches!(step.value, Some(Node::Task(task)) if task == process) {
            *seen = true;
        }
        for inner in nested(step) {
            steps_after_join(inner, process, seen, after);
        }
    }
}

/// An upper bound of the bytes the `put` steps of `steps` write for `queue`, or None when a count or
/// an item's size is not known (a `while` loop, an item that is not a number or a literal string).
fn bytes_put(steps: &[Step], queue: &str, integers: &BTreeSet<String>) -> Option<u64> {
    total_over_steps(steps, &|step| {
        if !step_uses_queue(step, "put", queue) {
            return Some(0);
        }
        let Some(Node::Map(fields)) = &step.value else { return None };
        let value = fields.iter().find(|(name, _)| *name == "value").map(|(_, value)| value)?;
        let (Node::Plain(text) | Node::Quoted(text)) = value else { return None };
        pickled_bytes(text, integers)?.checked_add(MESSAGE_OVERHEAD_BYTES)
    })
}

/// The sum of `own` over `steps` and the steps nested in them, a `repeat`'s block counted once per
/// pass; None when `own` is None for a step, or when a `while` holds a step whose `own` is not 0 (its
/// passes are not known).
pub(super) fn total_over_steps(steps: &[Step], own: &dyn Fn(&Step) -> Option<u64>) -> Option<u64> {
    let mut total: u64 = 0;
    for step in steps {
        total = total.checked_add(own(step)?)?;
        let inner: u64 = nested(step).map(|block| total_over_steps(block, own)).sum::<Option<u64>>()?;
        if inner == 0 {
            continue;
        }
        let passes = match step.key {
            "repeat" => repeat_times(step)?,
            "while" => return None,
            _ => 1,
        };
        total = total.checked_add(inner.checked_mul(passes)?)?;
    }
    Some(total)
}

pub(super) fn repeat_times(step: &Step) -> Option<u64> {
    let Some(Node::Map(fields)) = &step.value else { return None };
    match fields.iter().find(|(name, _)| *name == "times").map(|(_, value)| value)? {
        Node::Plain(text) | Node::Quoted(text) => text.trim().parse().ok(),
        _ => None,
    }
}

/// An upper bound of the pickle of the scenario expression `text` (protocol 4, without its header and
/// frame): a literal string, a number or an arithmetic of `integers`, None, or a tuple of those.
fn pickled_bytes(text: &str, integers: &BTreeSet<String>) -> Option<u64> {
    let text = text.trim();
    if let Some(length) = string_literal_length(text) {
        // SHORT_BINUNICODE or BINUNICODE, at most 4 bytes of UTF-8 a character, and a MEMOIZE.
        return Some(6 + 4 * length);
    }
    if let Some(items) = tuple_items(text) {
        // The items, a TUPLEn or a MARK and TUPLE, and a MEMOIZE.
        return items.iter().map(|item| pickled_bytes(item, integers)).sum::<Option<u64>>().map(|sum| sum + 3);
    }
    is_number_expression(text, integers).then_some(INTEGER_PICKLE_BYTES)
}

/// The characters of a single quoted string literal `'...'` (an upper bound: escapes count twice).
fn string_literal_length(text: &str) -> Option<u64> {
    let inner = text.strip_prefix('\'')?.strip_suffix('\'')?;
    let mut escaped = false;
    for character in inner.chars() {
        match character {
            '\\' if !escaped => escaped = true,
            '\'' if !escaped => return None,
            _ => escaped = false,
        }
    }
    Some(inner.chars().count() as u64)
}

/// The items of a parenthesized tuple `(a, b)` / `(a,)`, split at its top-level commas.
fn tuple_items(text: &str) -> Option<Vec<&str>> {
    let inner = text.strip_prefix('(')?.strip_suffix(')')?;
    let mut items = Vec::new();
    let (mut depth, mut start, mut quoted) = (0i32, 0, false);
    for (index, character) in inner.char_indices() {
        match character {
            '\'' => quoted = !quoted,
            '(' | '[' | '{' if !quoted => depth += 1,
            ')' | ']' | '}' if !quoted => depth -= 1,
            ',' if !quoted && depth == 0 => {
                items.push(&inner[start..index]);
                start = index + 1;
            }
            _ => {}
        }
        if depth < 0 {
            // `(a) + (b)`: the outer parentheses do not pair.
            return None;
        }
    }
    if items.is_empty() {
        return None;
    }
    let last = inner[start..].trim();
    if !last.is_empty() {
        items.push(last);
    }
    Some(items)
}

/// An expression of numbers, `None`, `True`, `False`, the `repeat` counter `i` and names bound only
/// to such expressions, with arithmetic and comparisons: its value is a 64-bit number.
fn is_number_expression(text: &str, integers: &BTreeSet<String>) -> bool {
    let mut words = text.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'));
    let operators_only =
        text.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '.' || c == ' ' || "+-*/%()<>=!&|^~".contains(c));
    operators_only
        && words.all(|word| {
            word.is_empty()
                || word.chars().next().is_some_and(|c| c.is_ascii_digit())
                || matches!(word, "None" | "True" | "False" | "and" | "or" | "not" | "i")
                || integers.contains(word)
        })
}

/// The names every task binds only to number expressions (`let: "n = 0"`, `set: "total = total + i"`):
/// the largest set closed under their bindings; a name some step binds otherwise (`into:`, a list's
/// slot) or shared with a non-number start is left out.
pub(super) fn integer_names(translator: &Translator) -> BTreeSet<String> {
    let mut bindings = Vec::new();
    let mut other = BTreeSet::new();
    for task in &translator.scenario.tasks {
        collect_bindings(&task.ops, &mut bindings, &mut other);
    }
    for (name, init) in &translator.scenario.shared {
        if !matches!(init, SharedInit::Int(_)) {
            other.insert(name.clone());
        }
    }
    let mut integers: BTreeSet<String> =
        bindings.iter().map(|(name, _)| name.clone()).filter(|name| !other.contains(name)).collect();
    loop {
        let before = integers.len();
        let failing: Vec<String> = bindings
            .iter()
            .filter(|(name, value)| integers.contains(name) && !is_number_expression(value, &integers))
            .map(|(name, _)| name.clone())
            .collect();
        failing.iter().for_each(|name| {
            integers.remove(name);
        });
        if integers.len() == before {
            return integers;
        }
    }
}

/// `name = value` of each `let` and `set` of `steps`, and in `other` the names bound any other way.
fn collect_bindings(steps: &[Step], bindings: &mut Vec<(String, String)>, other: &mut BTreeSet<String>) {
    for step in steps {
        match (&step.key, &step.value) {
            (&("let" | "set"), Some(Node::Plain(text) | Node::Quoted(text))) => match text.split_once(" = ") {
                Some((name, value)) if crate::expr::is_identifier(name.trim()) => {
                    bindings.push((name.trim().to_string(), value.to_string()));
                }
                Some((target, _)) => {
                    other.insert(target.split(['[', '.']).next().unwrap_or(target).trim().to_string());
                }
                None => {}
            },
            (_, Some(Node::Map(fields))) => {
                for (key, value) in fields {
                    if let (&("into" | "into_ok"), Node::Plain(name)) = (key, value) {
                        other.insert(name.clone());
                    }
                }
            }
            _ => {}
        }
        for inner in nested(step) {
            collect_bindings(inner, bindings, other);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_of_items() {
        let integers: BTreeSet<String> = ["n".to_string()].into();
        assert_eq!(pickled_bytes("'abc'", &integers), Some(18));
        assert_eq!(pickled_bytes("n * n + 1", &integers), Some(INTEGER_PICKLE_BYTES));
        assert_eq!(pickled_bytes("(n, 'a')", &integers), Some(INTEGER_PICKLE_BYTES + 10 + 3));
        assert_eq!(pickled_bytes("'a' + 'b'", &integers), None);
        assert_eq!(pickled_bytes("m * 2", &integers), None);
        assert_eq!(pickled_bytes("len(x)", &integers), None);
        assert_eq!(pickled_bytes("(a) + (b)", &integers), None);
    }
}
