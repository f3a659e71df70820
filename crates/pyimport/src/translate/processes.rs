//! multiprocessing to the scenario's processes (format 1.1): `multiprocessing.Process(target=f, args=...)` is
//! a task of `kind: process` (its own memory and its own GIL), started by `spawn` and waited for by `join`
//! as a thread is; `multiprocessing.Queue()` is a queue the processes share (an item that crosses pays
//! `ipc_cost`); `with multiprocessing.Pool(n) as pool:` is an executor of processes whose `map` waits for
//! every result, as Python's does.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::{Error, Frame, Result, Translator};
use crate::out::{Node, Step};
use crate::value::Value;

impl<'a> Translator<'a> {
    /// `multiprocessing.Process(target=f, args=(...))`: a thread's task, of `kind: process`. The shared
    /// variables, lists and dicts `f` uses are the new process's own copies (declared under `processes:`
    /// with the module's values), as Python's child process works on a copy whose changes the parent never
    /// sees; `check_process_copies` refuses the copy when the main process changes the value first.
    pub(super) fn create_process(&mut self, frame: &mut Frame, call: &ast::ExprCall, line: u32) -> Result<Value> {
        let mut copies = Vec::new();
        if let Some(keyword) = call.arguments.find_keyword("target")
            && let Ok(Value::Function(function) | Value::Closure(function, _)) =
                self.static_value(frame, &keyword.value)
            && let Some(def) = self.functions.get(&function).copied()
        {
            copies = self.process_globals(def, call, true)?;
        }
        // A shared list or dict given as an argument is pickled for the child too: its copy, as a global's.
        if let Some(keyword) = call.arguments.find_keyword("args")
            && let Ok(Value::List(arguments)) = self.static_value(frame, &keyword.value)
        {
            for argument in arguments {
                if let Value::Shared(shared, _) = argument
                    && !copies.contains(&shared)
                {
                    copies.push(shared);
                }
            }
        }
        let process = self.create_thread(frame, call, line)?;
        if let Value::Thread(task) = process {
            self.scenario.tasks[task].kind = Some("process");
            if !copies.is_empty() {
                self.process_copies.push((task, call.range().start().to_usize()));
                self.scenario.process_memory.push((task, copies));
            }
        }
        Ok(process)
    }

    /// A child process's copy starts as the module made it: exact under both start methods (fork copies
    /// the parent's memory at `start()`, spawn re-runs the module) only while no task of the main process
    /// writes the variable. Checked once every task's steps are known.
    pub(super) fn check_process_copies(&self) -> Result<()> {
        for (task, offset) in &self.process_copies {
            let Some((_, copies)) = self.scenario.process_memory.iter().find(|(owner, _)| owner == task) else {
                continue;
            };
            for shared in copies {
                let writer = self
                    .scenario
                    .tasks
                    .iter()
                    .find(|other| other.kind != Some("process") && steps_write(&other.ops, shared));
                if writer.is_some() {
                    return Err(Error::at_offset(
                        *offset,
                        format!(
                            "this process works on a copy of `{shared}` (a global it uses or an argument), which the \
                             main process also changes; weft's copy is the module's first value, and a copy taken \
                             when the process starts is not modelled yet: give the process values the main process \
                             does not change (numbers as arguments, or a `multiprocessing.Queue`)"
                        ),
                    ));
                }
            }
        }
        Ok(())
    }
}

/// Whether a step (or a step nested in an `if`, loop or `atomic`) writes the shared variable `shared`
/// (`set: "x = ..."`, `set: "x[k] = ..."`, `del: "x[k]"`).
pub(super) fn steps_write(steps: &[Step], shared: &str) -> bool {
    steps.iter().any(|step| match (&step.key, &step.value) {
        (&("set" | "del"), Some(Node::Quoted(text))) => writes_name(text, shared),
        (_, Some(node)) => node_writes(node, shared),
        (_, None) => false,
    })
}

fn node_writes(node: &Node, shared: &str) -> bool {
    match node {
        Node::Steps(steps) => steps_write(steps, shared),
        Node::Map(entries) => entries.iter().any(|(_, value)| node_writes(value, shared)),
        Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => false,
    }
}

/// `x = ...` or `x[...]...`: the text's target is `shared` itself.
fn writes_name(text: &str, shared: &str) -> bool {
    text.strip_prefix(shared).is_some_and(|rest| rest.starts_with(" =") || rest.starts_with('['))
}

/// Whether any step (at any depth) names `name` as an identifier in its text.
pub(super) fn steps_mention(steps: &[Step], name: &str) -> bool {
    steps.iter().any(|step| step.value.as_ref().is_some_and(|node| node_mentions(node, name)))
}

fn node_mentions(node: &Node, name: &str) -> bool {
    match node {
        Node::Steps(steps) => steps_mention(steps, name),
        Node::Map(entries) => entries.iter().any(|(_, value)| node_mentions(value, name)),
        Node::Plain(text) | Node::Quoted(text) => {
            text.split(|c: char| !(c.is_alphanumeric() || c == '_')).any(|word| word == name)
        }
        Node::Task(_) => false,
    }
}
