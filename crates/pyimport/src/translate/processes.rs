//! multiprocessing to the scenario's processes (format 1.1): `multiprocessing.Process(target=f, args=...)` is
//! a task of `kind: process` (its own memory and its own GIL), started by `spawn` and waited for by `join`
//! as a thread is; `multiprocessing.Queue()` is a queue the processes share (an item that crosses pays
//! `ipc_cost`); `with multiprocessing.Pool(n) as pool:` is an executor of processes whose `map` waits for
//! every result, as Python's does.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::{Error, Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::{Object, Value};

impl<'a> Translator<'a> {
    /// `p.exitcode` of a process the same code joined before (`joined`): 0, as a process that returns
    /// from its target ends. One that raises ends weft's run there (a fault), so a run that reaches the
    /// read saw it end normally; CPython's 1 for an uncaught exception is that fault's outcome. Before
    /// the join (None while it runs, in CPython), of a thread (which has no `exitcode`), or in a program
    /// whose functions call `exit` (`sys.exit(3)`, `os._exit`: codes weft does not follow), refused.
    pub(crate) fn exit_code(&self, frame: &Frame, task: usize, at: &ast::Expr) -> Result<i64> {
        if self.scenario.tasks[task].kind != Some("process") {
            return fail(
                at,
                "a thread has no `exitcode` (Python raises AttributeError); a `multiprocessing.Process` has",
            );
        }
        if !self.joined.contains(&(frame.task, task)) {
            return fail(
                at,
                "`exitcode` imports after a plain `join()` of the process by the same code, outside `if`, loops and `try` (before it, the process may still run: None)",
            );
        }
        if self.functions.values().any(|def| calls_exit(&def.body)) {
            return fail(
                at,
                "`exitcode` is not imported in a program whose functions call `exit` (`sys.exit(n)`, `os._exit(n)`): weft does not follow the codes they give",
            );
        }
        Ok(0)
    }

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
                if let Value::Object(object) = &argument
                    && !self.shared_by_processes(object)
                {
                    return fail(
                        &keyword.value,
                        format!(
                            "{} given to a process is the process's own copy (or, under the spawn start method, \
                             cannot be pickled); processes share a `multiprocessing.Lock()`, `RLock()`, `Value` or \
                             `Queue`",
                            object.describe()
                        ),
                    );
                }
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
        Node::Clauses(clauses) => clauses.iter().flatten().any(|(_, value)| node_writes(value, shared)),
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
        Node::Clauses(clauses) => clauses.iter().flatten().any(|(_, value)| node_mentions(value, name)),
        Node::Plain(text) | Node::Quoted(text) => {
            text.split(|c: char| !(c.is_alphanumeric() || c == '_')).any(|word| word == name)
        }
        Node::Task(_) => false,
    }
}

/// The typecodes of `multiprocessing.Value` that hold integers (C's signed and unsigned char, short, int,
/// long and long long).
const INTEGER_TYPECODES: [&str; 10] = ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q"];

impl<'a> Translator<'a> {
    /// `multiprocessing.Value(typecode, init)` (`lock=True`, the default: its own RLock; `lock=False` or
    /// `RawValue`: none; `lock=L`: the Lock or RLock `L`): an integer of `shared_memory:`, which the
    /// processes it is given to read and write as one location (a read and a write each, as
    /// `v.value += 1` is in CPython, each under its own process's GIL).
    pub(super) fn make_shared_value(
        &mut self,
        frame: &Frame,
        hint: &str,
        callee: &str,
        call: &ast::ExprCall,
    ) -> Result<Value> {
        let arguments = &call.arguments;
        let Some(typecode) = arguments.args.first() else {
            return fail(call, format!("`{callee}` takes a typecode first (`\"i\"` for an int)"));
        };
        match self.static_value(frame, typecode)? {
            Value::Str(code) if INTEGER_TYPECODES.contains(&code.as_str()) => {}
            Value::Str(code) if code == "d" || code == "f" => {
                return fail(
                    typecode,
                    "a `multiprocessing.Value` of floats is not supported: weft's values are integers",
                );
            }
            _ => {
                return fail(
                    typecode,
                    format!(
                        "`{callee}` is supported with an integer typecode (`\"i\"`, `\"l\"`, `\"q\"`, ...) as a string"
                    ),
                );
            }
        }
        let initial = match arguments.args.get(1) {
            Some(init) => self.static_int(frame, init)?,
            None => 0,
        };
        if arguments.args.len() > 2
            || arguments.keywords.iter().any(|k| k.arg.as_ref().is_none_or(|a| a.as_str() != "lock"))
        {
            return fail(
                call,
                format!("`{callee}` is supported as `{callee}(typecode, init)`, with `lock=` for a Value"),
            );
        }
        let lock_argument = arguments.find_keyword("lock").map(|keyword| &keyword.value);
        if callee.ends_with("RawValue") && lock_argument.is_some() {
            return fail(call, "`multiprocessing.RawValue` takes no `lock`");
        }
        let name = self.object_name(hint);
        let lock = match lock_argument.map(|given| self.static_value(frame, given)).transpose()? {
            None | Some(Value::Int(1)) if !callee.ends_with("RawValue") => {
                let lock = self.object_name(&format!("{name}_lock"));
                self.scenario.locks.push((lock.clone(), true));
                self.shared_value_locks.push(lock.clone());
                self.multiprocessing_locks.insert(lock.clone());
                Some((lock, true))
            }
            None | Some(Value::Int(0)) => None,
            Some(Value::Object(Object::Lock { name, reentrant })) => Some((name, reentrant)),
            Some(other) => {
                return fail(call, format!("a Value's `lock` is True, False or a Lock; this is {}", other.describe()));
            }
        };
        self.scenario.shared_memory.push((name.clone(), initial));
        Ok(Value::Object(Object::SharedValue { name, lock }))
    }

    /// Whether every process given `object` uses the one object: multiprocessing's locks, Values and
    /// queues.
    fn shared_by_processes(&self, object: &Object) -> bool {
        match object {
            Object::Lock { name, .. } => self.multiprocessing_locks.contains(name),
            Object::Queue { name, .. } => self.futures.interprocess_queues.contains(name),
            Object::SharedValue { .. } => true,
            _ => false,
        }
    }

    /// `v.value` of a `multiprocessing.Value` as the target of an assignment: its `shared_memory:`
    /// variable. `None` when `target` is another attribute of another object.
    pub(super) fn shared_value_target(&self, frame: &Frame, target: &ast::ExprAttribute) -> Result<Option<String>> {
        let Ok(Ex::Static(Value::Object(Object::SharedValue { name, .. }))) = self.expr(frame, &target.value, false)
        else {
            return Ok(None);
        };
        if target.attr.as_str() != "value" {
            return fail(
                target,
                format!("a `multiprocessing.Value` is written through `.value`, not `.{}`", target.attr),
            );
        }
        Ok(Some(name))
    }

    /// The locks made for Values (`get_lock()`) that no step takes: left out of the scenario, which then
    /// declares only what the program uses.
    pub(super) fn drop_unused_value_locks(&mut self) {
        let unused: Vec<String> = self
            .shared_value_locks
            .iter()
            .filter(|lock| !self.scenario.tasks.iter().any(|task| steps_mention(&task.ops, lock)))
            .cloned()
            .collect();
        self.scenario.locks.retain(|(name, _)| !unused.contains(name));
    }
}

/// Whether `body` calls `exit`, `_exit` or `quit` (as `sys.exit(n)`, `os._exit(n)`, `exit()`).
fn calls_exit(body: &[ast::Stmt]) -> bool {
    let mut calls = Vec::new();
    body.iter().for_each(|stmt| super::collect_calls(stmt, &mut calls));
    calls
        .iter()
        .any(|call| super::callee_name(&call.func).is_some_and(|name| matches!(name, "exit" | "_exit" | "quit")))
}
