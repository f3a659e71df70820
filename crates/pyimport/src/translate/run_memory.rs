//! Lists, dicts, sets and instances a function makes for itself when the function runs as one task of
//! the scenario that starts more than once: an executor's job (`pool.map(tally, words)`, `submit` in a
//! loop), a coroutine job made several times, a done callback of several futures.
//!
//! The import makes the objects a function binds to its locals when it translates the function
//! (`counts = {}` is a shared map `counts`), which is exact where the translation runs once per run of
//! the body: a thread's body is translated per `Thread`, an inlined call per call. A job's body is
//! translated once, for a task that every `submit` starts again, so before session 20 every run of the
//! job shared one dict (session 20's job_local_dict.py: CPython `[2, 2]`, weft "complete" with the
//! merged dict's 4 only). Each run of a Python function makes its own: here such a variable becomes
//! the task's own, made by the run at its start, an object made at run time (`let: "counts =
//! new_dict()"`, docs/format.md, "Objects made at run time") for a list, dict or set, a local for a
//! number, None or string (the attributes of an instance, the entries of a record).
//!
//! The steps are written for a shared map by the rest of the import; on an object the same texts read
//! and write its items (`x[k]`, `has(x, k)`, `set: "x[k] = v"`, `del`), and the map's functions are
//! rewritten to the object's: `len(x)` is `size(x)`, the insertion-order walk's `next_inserted(x, p)`
//! is `p` while `p < size(x)` (an object's order has no gaps), `key_inserted` is `key_at`, `value_at(x,
//! p)` is `x[key_at(x, p)]`. A variable another task names (an object the job hands to a thread) would
//! have to be that run's object there too: refused at the line that makes it.

use std::collections::{BTreeMap, BTreeSet};

use super::processes::steps_mention;
use ruff_python_ast::Expr;

use super::{Error, Frame, Result, Translator};
use crate::expr::Ex;
use crate::expr::MAX_OBJECT_DISPLAY;
use crate::out::{Item, Node, SharedInit, Step};
use crate::value::{Shape, Value};

/// What the translation of the functions that run as jobs made for their own locals.
#[derive(Default)]
pub(crate) struct RunMemory {
    /// Shared variables made for a value a function bound to one of its locals, with where (an offset of
    /// the source), noted as they are declared.
    local_objects: BTreeMap<String, usize>,
    /// Per task that runs a function as a job: the variables its body made for its locals.
    per_task: Vec<(usize, Vec<String>)>,
    /// Those the job returns (`return counts`): its own object even where it starts once, since the
    /// object is its result.
    returned: BTreeSet<String>,
}

/// The scenario's functions that read a shared map and the object's forms that stand for them.
const MAP_FUNCTIONS: [&str; 5] = ["len", "next_inserted", "key_inserted", "value_at", "changes"];

impl Translator<'_> {
    /// Notes the shared variables declared since `shared_before` as made for a local of a function
    /// (`counts = {}`), at `offset`.
    pub(super) fn note_local_objects(&mut self, shared_before: usize, offset: usize) {
        // A placeholder dropped meanwhile (`drop_unused_placeholder`) shortens the list.
        for (name, _) in self.scenario.shared.get(shared_before..).unwrap_or_default() {
            self.run_memory.local_objects.insert(name.clone(), offset);
        }
    }

    /// After the translation of a job's body (a task that may start more than once): the variables
    /// made since `shared_before` for the locals of the functions it ran are its own.
    pub(super) fn claim_run_memory(&mut self, task: usize, shared_before: usize) {
        let own: Vec<String> = (self.scenario.shared.get(shared_before..).unwrap_or_default().iter())
            .map(|(name, _)| name.clone())
            .filter(|name| self.run_memory.local_objects.contains_key(name))
            .filter(|name| steps_mention(&self.scenario.tasks[task].ops, name))
            .collect();
        if !own.is_empty() {
            self.run_memory.per_task.push((task, own));
        }
    }

    /// After the translation of a process pool's job: the lists and dicts made since `shared_before`
    /// for the locals of the functions it ran that the job returns (`return counts`) are its own
    /// objects, made by each run (session 33, session32/f04 and m01). CPython's job sends the parent a
    /// pickled copy of its result; the job's object, which nothing else names (refused otherwise, as
    /// for a thread pool's job) and which the job leaves as it returns it, is that copy. Their names,
    /// which the job's process memory then leaves out.
    pub(super) fn claim_returned_run_memory(&mut self, task: usize, shared_before: usize) -> Vec<String> {
        let returned: Vec<String> = (self.scenario.shared.get(shared_before..).unwrap_or_default().iter())
            .map(|(name, _)| name.clone())
            .filter(|name| self.run_memory.returned.contains(name) && self.run_memory.local_objects.contains_key(name))
            .filter(|name| steps_mention(&self.scenario.tasks[task].ops, name))
            .collect();
        if !returned.is_empty() {
            self.run_memory.per_task.push((task, returned.clone()));
        }
        returned
    }

    /// `return counts` (or `return dict(counts)`, a copy no one else sees) at the end of a pool job's
    /// function (a process pool's too, since session 33), of a list or dict it made for a local: the
    /// name of the object, which the job's run makes for itself, as its result. `None` for any other
    /// return.
    pub(super) fn returned_own_object(&mut self, frame: &Frame, value: &Expr) -> Option<String> {
        if !(frame.top && frame.gives_result) || self.scenario.tasks[frame.task].kind == Some("process") {
            return None;
        }
        let named = match value {
            Expr::Call(call) if call.arguments.keywords.is_empty() => match (&*call.func, &call.arguments.args[..]) {
                (Expr::Name(callee), [argument]) if callee.id.as_str() == "dict" => argument,
                _ => return None,
            },
            value => value,
        };
        if !matches!(named, Expr::Name(_)) {
            return None;
        }
        let Ok(Ex::Static(Value::Shared(name, Shape::Map { .. } | Shape::Array(_)))) = self.expr(frame, named, false)
        else {
            return None;
        };
        if !self.run_memory.local_objects.contains_key(&name) {
            return None;
        }
        self.run_memory.returned.insert(name.clone());
        Some(name)
    }

    /// Once every task's steps are known: each job that starts more than once makes its own variables
    /// at its start (a job started once keeps the shared ones, which nothing else can tell apart).
    pub(super) fn finish_run_memory(&mut self) -> Result<()> {
        let per_task = std::mem::take(&mut self.run_memory.per_task);
        for (task, own) in per_task {
            let returned = own.iter().any(|name| self.run_memory.returned.contains(name));
            if self.starts_of(task) < 2 && !returned {
                continue;
            }
            self.refuse_handed_on(task, &own, self.starts_of(task) >= 2)?;
            self.make_own(task, &own)?;
        }
        Ok(())
    }

    /// How many times the scenario may start `task` (2 for "more than once"): its `submit`s, spawns and
    /// callbacks, one inside a loop counted as two.
    fn starts_of(&self, task: usize) -> u32 {
        self.scenario.tasks.iter().map(|other| starts_in(&other.ops, task, false)).sum::<u32>().min(2)
    }

    /// Refuses a variable of the job's own that another task names too, in words that say why the job
    /// makes its own: it runs more than once, or it returns the object (session38/repro/w04 was told
    /// "more than once" of an `asyncio.run(main())`).
    fn refuse_handed_on(&self, task: usize, own: &[String], more_than_once: bool) -> Result<()> {
        for name in own {
            let elsewhere = self
                .scenario
                .tasks
                .iter()
                .enumerate()
                .any(|(index, other)| index != task && steps_mention(&other.ops, name));
            if elsewhere {
                let offset = self.run_memory.local_objects[name];
                let message = if more_than_once {
                    "a list, dict, set or instance made by a function that runs as a job more than once, and handed to another task: each run of the function makes its own, which weft follows only inside the job (use it there, or make it outside the job and pass it)"
                } else {
                    "a list, dict, set or instance that a function run as a task (a coroutine, a pool's job) makes, hands to another task and returns: weft follows an object a task returns only inside the task that made it (return a value read from it, or make the object outside and pass it)"
                };
                return Err(Error::at_offset(offset, message));
            }
        }
        Ok(())
    }

    /// Takes `own` out of the shared variables and makes each at the start of `task`'s steps.
    fn make_own(&mut self, task: usize, own: &[String]) -> Result<()> {
        let mut made = Vec::with_capacity(own.len());
        let mut objects = BTreeSet::new();
        let mut scalars = BTreeSet::new();
        for name in own {
            let position = self.scenario.shared.iter().position(|(shared, _)| shared == name);
            let Some(position) = position else { continue };
            let (_, init) = self.scenario.shared.remove(position);
            let is_list = self.scenario.lists.contains(name);
            self.scenario.lists.retain(|list| list != name);
            let offset = self.run_memory.local_objects[name];
            let value = match initial_text(&init, is_list) {
                Some(text) => text,
                None => {
                    return Err(Error::at_offset(
                        offset,
                        format!(
                            "a list, dict or set made by a function that runs as a job more than once is made by each run, as an object of at most {MAX_OBJECT_DISPLAY} items (a dict's keys and values counted) in weft"
                        ),
                    ));
                }
            };
            if matches!(init, SharedInit::Array(_) | SharedInit::Map(_)) {
                objects.insert(name.clone());
            } else {
                scalars.insert(name.clone());
            }
            self.task_locals[task].insert(name.clone());
            let line = self.source.line_of(ruff_text_size::TextSize::try_from(offset).unwrap_or_default());
            made.push(Step::new("let", Node::Quoted(format!("{name} = {value}")), line));
        }
        let ops = std::mem::take(&mut self.scenario.tasks[task].ops);
        let mut rewritten = made;
        for step in ops {
            rewritten.push(own_step(step, &objects, &scalars).map_err(|message| {
                let offset = own.iter().map(|name| self.run_memory.local_objects[name]).min().unwrap_or(0);
                Error::at_offset(offset, message)
            })?);
        }
        self.scenario.tasks[task].ops = rewritten;
        Ok(())
    }
}

/// The object (or value) a shared variable's first value makes at run time: `new_list(...)`,
/// `new_dict(...)` or the value itself; `None` past the display's limit.
pub(super) fn initial_text(init: &SharedInit, is_list: bool) -> Option<String> {
    let (function, items): (&str, Vec<&Item>) = match init {
        SharedInit::Int(number) => return Some(number.to_string()),
        SharedInit::None => return Some("None".to_string()),
        SharedInit::Str(text) => return Some(crate::out::quoted(text, '\'')),
        SharedInit::Array(items) => ("new_list", items.iter().collect()),
        SharedInit::Map(pairs) if is_list => ("new_list", pairs.iter().map(|(_, value)| value).collect()),
        SharedInit::Map(pairs) => ("new_dict", pairs.iter().flat_map(|(key, value)| [key, value]).collect()),
    };
    if items.len() > MAX_OBJECT_DISPLAY {
        return None;
    }
    let texts: Vec<String> = items.into_iter().map(item_code).collect();
    Some(format!("{function}({})", texts.join(", ")))
}

/// A number, None or string as the scenario's expressions write it.
fn item_code(item: &Item) -> String {
    match item {
        Item::Int(number) => number.to_string(),
        Item::None => "None".to_string(),
        Item::Str(text) => crate::out::quoted(text, '\''),
    }
}

/// How many times `steps` start `task` (at most 2), a start inside a loop counted as two.
fn starts_in(steps: &[Step], task: usize, in_loop: bool) -> u32 {
    let mut starts = 0u32;
    for step in steps {
        let looping = in_loop || matches!(step.key, "while" | "repeat");
        if let Some(node) = &step.value {
            starts = starts.saturating_add(node_starts(node, task, looping));
        }
        if starts >= 2 {
            return 2;
        }
    }
    starts
}

fn node_starts(node: &Node, task: usize, in_loop: bool) -> u32 {
    match node {
        Node::Task(started) if *started == task => {
            if in_loop {
                2
            } else {
                1
            }
        }
        Node::Task(_) | Node::Plain(_) | Node::Quoted(_) => 0,
        Node::Steps(steps) => starts_in(steps, task, in_loop),
        Node::Map(entries) => entries.iter().map(|(_, value)| node_starts(value, task, in_loop)).sum(),
        Node::Clauses(clauses) => clauses.iter().flatten().map(|(_, value)| node_starts(value, task, in_loop)).sum(),
    }
}

/// A step of the job with its own variables: a write of a number it owns is a `let`, and the map
/// functions of an object it owns are the object's.
pub(super) fn own_step(
    step: Step,
    objects: &BTreeSet<String>,
    scalars: &BTreeSet<String>,
) -> std::result::Result<Step, String> {
    let Step { key, value, line } = step;
    let key = match (&value, key) {
        (Some(Node::Quoted(text) | Node::Plain(text)), "set") if assigns_one_of(text, scalars) => "let",
        _ => key,
    };
    let value = match value {
        Some(node) => Some(own_node(node, objects, scalars)?),
        None => None,
    };
    Ok(Step { key, value, line })
}

fn own_node(node: Node, objects: &BTreeSet<String>, scalars: &BTreeSet<String>) -> std::result::Result<Node, String> {
    Ok(match node {
        Node::Plain(text) => Node::Plain(object_functions(&text, objects)?),
        Node::Quoted(text) => Node::Quoted(object_functions(&text, objects)?),
        Node::Task(task) => Node::Task(task),
        Node::Steps(steps) => Node::Steps(
            steps.into_iter().map(|step| own_step(step, objects, scalars)).collect::<std::result::Result<_, _>>()?,
        ),
        Node::Map(entries) => Node::Map(
            entries
                .into_iter()
                .map(|(key, value)| Ok((key, own_node(value, objects, scalars)?)))
                .collect::<std::result::Result<_, String>>()?,
        ),
        Node::Clauses(clauses) => Node::Clauses(
            clauses
                .into_iter()
                .map(|clause| {
                    clause
                        .into_iter()
                        .map(|(key, value)| Ok((key, own_node(value, objects, scalars)?)))
                        .collect::<std::result::Result<Vec<_>, String>>()
                })
                .collect::<std::result::Result<_, String>>()?,
        ),
    })
}

/// Whether an assignment's text (`x = ...`) writes one of `names` as a whole.
fn assigns_one_of(text: &str, names: &BTreeSet<String>) -> bool {
    let Some((target, _)) = text.split_once(" = ") else { return false };
    names.contains(target.trim())
}

/// `text` with each map function of a name in `objects` written as the object's.
fn object_functions(text: &str, objects: &BTreeSet<String>) -> std::result::Result<String, String> {
    if objects.is_empty() {
        return Ok(text.to_string());
    }
    rewrite_words(text, |word, chars, word_end| {
        let call = MAP_FUNCTIONS.contains(&word) && chars.get(word_end) == Some(&'(');
        let replaced = match call {
            true => object_call(word, chars, word_end, objects)?,
            false => None,
        };
        Ok(replaced.unwrap_or_else(|| (word.to_string(), word_end)))
    })
}

/// The call of the map function `function` whose `(` is at `open`, as the object's form, with where it
/// ends; `None` when its first argument is none of `objects`.
fn object_call(
    function: &str,
    chars: &[char],
    open: usize,
    objects: &BTreeSet<String>,
) -> std::result::Result<Option<(String, usize)>, String> {
    let Some((arguments, end)) = call_arguments(chars, open) else { return Ok(None) };
    let Some(object) = arguments.first().map(|first| first.trim().to_string()) else { return Ok(None) };
    if !objects.contains(&object) {
        return Ok(None);
    }
    let second = match arguments.get(1) {
        Some(argument) => object_functions(argument.trim(), objects)?,
        None => String::new(),
    };
    let text = match function {
        "len" => format!("size({object})"),
        "key_inserted" => format!("key_at({object}, {second})"),
        "value_at" => format!("{object}[key_at({object}, {second})]"),
        "next_inserted" => format!("(({second}) if ({second}) < size({object}) else -1)"),
        _ => {
            return Err(format!(
                "a list, dict or deque made by a function that runs as a job more than once is made by each run, and weft's walk of a deque made so (its check `{function}` that the deque did not change) has no form for such an object yet"
            ));
        }
    };
    Ok(Some((text, end)))
}

/// The arguments of the call whose `(` is at `open` (split at its own commas), and the place after
/// its `)`; `None` when it does not close.
fn call_arguments(chars: &[char], open: usize) -> Option<(Vec<String>, usize)> {
    let mut depth = 0usize;
    let mut arguments = Vec::new();
    let mut current = String::new();
    let mut index = open;
    while index < chars.len() {
        let c = chars[index];
        if c == '\'' || c == '"' {
            let end = string_end(chars, index);
            current.extend(&chars[index..end]);
            index = end;
            continue;
        }
        match c {
            '(' | '[' => {
                depth += 1;
                if depth > 1 {
                    current.push(c);
                }
            }
            ')' | ']' => {
                depth -= 1;
                if depth == 0 {
                    arguments.push(current);
                    return Some((arguments, index + 1));
                }
                current.push(c);
            }
            ',' if depth == 1 => arguments.push(std::mem::take(&mut current)),
            _ => current.push(c),
        }
        index += 1;
    }
    None
}

/// `text` with each identifier (a run of word characters outside string literals) replaced by what
/// `rewrite` makes of it: given the word, the text's characters and the place the word ends, it returns
/// the replacement and the place the scan goes on from (the word's end, or past what it replaced).
pub(super) fn rewrite_words<E>(
    text: &str,
    mut rewrite: impl FnMut(&str, &[char], usize) -> std::result::Result<(String, usize), E>,
) -> std::result::Result<String, E> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut index = 0;
    while index < chars.len() {
        let c = chars[index];
        if c == '\'' || c == '"' {
            let end = string_end(&chars, index);
            out.extend(&chars[index..end]);
            index = end;
            continue;
        }
        if !is_word(c) {
            out.push(c);
            index += 1;
            continue;
        }
        let word_end = (index..chars.len()).find(|&at| !is_word(chars[at])).unwrap_or(chars.len());
        let word: String = chars[index..word_end].iter().collect();
        let (replacement, resume) = rewrite(&word, &chars, word_end)?;
        out.push_str(&replacement);
        index = resume;
    }
    Ok(out)
}

/// The place after the string literal that starts at `start` (its quote), `\` escaping a character.
fn string_end(chars: &[char], start: usize) -> usize {
    let quote = chars[start];
    let mut index = start + 1;
    while index < chars.len() {
        match chars[index] {
            '\\' => index += 2,
            c if c == quote => return index + 1,
            _ => index += 1,
        }
    }
    chars.len()
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: &str) {
        let objects: BTreeSet<String> = ["counts".to_string()].into();
        assert_eq!(object_functions(text, &objects).as_deref(), Ok(expect));
    }

    #[test]
    fn map_functions_become_the_objects() {
        check("len(counts) != walk_size", "size(counts) != walk_size");
        check(
            "walk_found = next_inserted(counts, walk_place)",
            "walk_found = ((walk_place) if (walk_place) < size(counts) else -1)",
        );
        check("k = key_inserted(counts, walk_found)", "k = key_at(counts, walk_found)");
        check("sum2 + value_at(counts, position)", "sum2 + counts[key_at(counts, position)]");
        check("items[len(items)] = len(counts)", "items[len(items)] = size(counts)");
        check("'len(counts)' + str(len(other))", "'len(counts)' + str(len(other))");
        check("has(counts, 'a') and len(counts[k]) > 0", "has(counts, 'a') and len(counts[k]) > 0");
    }
}
