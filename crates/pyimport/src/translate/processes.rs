//! multiprocessing to the scenario's processes (format 1.1): `multiprocessing.Process(target=f, args=...)` is
//! a task of `kind: process` (its own memory and its own GIL), started by `spawn` and waited for by `join`
//! as a thread is; `multiprocessing.Queue()` is a queue the processes share (an item that crosses pays
//! `ipc_cost`); `with multiprocessing.Pool(n) as pool:` is an executor of processes whose `map` waits for
//! every result, as Python's does.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{Error, Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::{Object, Value};

impl<'a> Translator<'a> {
    /// `p.exitcode` of a process the same code joined before (`joined`): a read of the process's
    /// `exitcode:` variable, 0 for a process that returned from its target, 1 for one an uncaught
    /// exception ended (translate/process_exits.rs). Before the join (None while it runs, in CPython),
    /// of a thread (which has no `exitcode`), or in a program whose functions call `exit` (`sys.exit(3)`,
    /// `os._exit`: codes weft does not follow), refused.
    pub(crate) fn exit_code(&self, frame: &Frame, task: usize, at: &ast::Expr) -> Result<String> {
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
        self.exitcode_variable(task, at)
    }

    /// `multiprocessing.Process(target=f, args=(...))`: a thread's task, of `kind: process`. The shared
    /// variables, lists and dicts `f` uses are the new process's own copies (declared under `processes:`
    /// with the module's values), as Python's child process works on a copy whose changes the parent never
    /// sees; `check_process_copies` refuses the copy when the main process changes the value first.
    pub(super) fn create_process(&mut self, frame: &mut Frame, call: &ast::ExprCall, line: u32) -> Result<Value> {
        self.refuse_instances_given_to_process(frame, call)?;
        let mut copies = Vec::new();
        if let Some(keyword) = call.arguments.find_keyword("target")
            && let Ok(target) = self.static_value(frame, &keyword.value)
            && let Some(function) = super::closure_jobs::called_function(&target)
            && let Some(def) = self.functions.get(function).copied()
        {
            copies = self.process_globals(def, call, true)?;
            self.refuse_global_proxies(&copies, call)?;
        }
        self.note_proxy_parameters(frame, call)?;
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
                // A dict with string keys: a copy of each key's variable (process_dict_copies.rs).
                for field in super::process_dict_copies::record_fields([&argument]) {
                    if !copies.contains(&field) {
                        copies.push(field);
                    }
                }
                if let Value::Shared(shared, _) = argument
                    && !copies.contains(&shared)
                    && !self.is_manager_collection(&shared)
                {
                    copies.push(shared);
                }
            }
        }
        let shared_before = self.scenario.shared.len();
        let process = self.create_thread(frame, call, line)?;
        if let Value::Thread(task) = process {
            self.forget_daemon_creator(task);
            self.scenario.tasks[task].kind = Some("process");
            self.declare_exit(task);
            self.claim_process_locals(task, shared_before, &mut copies);
            if !copies.is_empty() {
                self.process_copies.push((task, call.range().start().to_usize()));
                self.scenario.process_memory.push((task, copies));
            }
        }
        Ok(process)
    }

    /// An instance of the file's classes given to a child process (a method of one as the target,
    /// `Process(target=counter.bump)`, or one among the arguments): the child works on its own pickled
    /// copy of it, which weft does not make (its attributes are the parent's shared variables).
    fn refuse_instances_given_to_process(&self, frame: &Frame, call: &ast::ExprCall) -> Result<()> {
        let message = "an instance of the file's classes given to a process (a method of it as the target, or it among `args=`) is the child's own copy, which weft does not make; give the process plain values, a `multiprocessing.Value` or a `Queue`";
        if let Some(keyword) = call.arguments.find_keyword("target")
            && let Expr::Attribute(method) = &keyword.value
            && let Ok(Value::Instance(_)) = self.static_value(frame, &method.value)
        {
            return fail(&keyword.value, message);
        }
        if let Some(keyword) = call.arguments.find_keyword("args")
            && let Ok(Value::List(arguments)) = self.static_value(frame, &keyword.value)
            && arguments.iter().any(|argument| matches!(argument, Value::Instance(_)))
        {
            return fail(&keyword.value, message);
        }
        Ok(())
    }

    /// The lists and dicts a process task's code made as its locals (`counts = {}` in the target of a
    /// `Process` or a process pool's job: declared since `shared_before`) are that process's own memory,
    /// as all of its memory is: added to its `copies` and left out of the main process's `shared:`.
    pub(super) fn claim_process_locals(&mut self, task: usize, shared_before: usize, copies: &mut Vec<String>) {
        let own: Vec<String> = self.scenario.shared[shared_before..]
            .iter()
            .map(|(name, _)| name.clone())
            .filter(|name| steps_mention(&self.scenario.tasks[task].ops, name) && !copies.contains(name))
            .collect();
        self.scenario.process_only.extend(own.iter().cloned());
        copies.extend(own);
    }

    /// A process's local kept out of the main process's `shared:` only while no task of the main
    /// process names it (a global the process was first to write, which main's later code uses too,
    /// stays declared there as well). Checked once every task's steps are known.
    pub(super) fn finish_process_locals(&mut self) {
        let scenario = &self.scenario;
        let in_main_process = |task: &crate::out::Task| runs_in_main_process(scenario, task);
        let named_by_main: Vec<String> = scenario
            .process_only
            .iter()
            .filter(|name| scenario.tasks.iter().any(|task| in_main_process(task) && steps_mention(&task.ops, name)))
            .cloned()
            .collect();
        for name in named_by_main {
            self.scenario.process_only.remove(&name);
        }
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
                // A process pool's job writes only its own copy, as a `Process` does.
                let writer = self
                    .scenario
                    .tasks
                    .iter()
                    .find(|other| runs_in_main_process(&self.scenario, other) && steps_write(&other.ops, shared));
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

/// A task of the main process: neither a `Process` nor a job of a process pool.
fn runs_in_main_process(scenario: &crate::out::Scenario, task: &crate::out::Task) -> bool {
    task.kind != Some("process")
        && !task.executor.as_ref().is_some_and(|executor| {
            scenario.executors.iter().any(|declared| declared.name == *executor && declared.process)
        })
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
/// The most elements a `multiprocessing.Array` may have: each is a `shared_memory:` variable of its own.
const MAX_ARRAY_ITEMS: i64 = 1_024;

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
        self.integer_typecode(frame, callee, typecode)?;
        let initial = match arguments.args.get(1) {
            Some(init) => self.static_int(frame, init)?,
            None => 0,
        };
        self.refuse_other_arguments(callee, call, "init")?;
        let name = self.object_name(hint);
        let lock = self.own_lock(frame, &name, callee, call)?;
        self.scenario.shared_memory.push((name.clone(), initial));
        let width = self.ctypes_width(frame, typecode)?;
        self.note_ctypes_width(std::slice::from_ref(&name), width);
        Ok(Value::Object(Object::SharedValue { name, lock, items: None }))
    }

    /// `multiprocessing.Array(typecode, n)` (n zeros) or `Array(typecode, [a, b, ...])` (numbers known at
    /// import time), `lock=` as for a Value, and `RawArray`: a `shared_memory:` integer per element
    /// (`counts_0`, `counts_1`, ...), indexed by numbers known at import time (`arr[i]` with `i` a
    /// process's argument); its length is fixed, as C's array's.
    pub(super) fn make_shared_array(
        &mut self,
        frame: &Frame,
        hint: &str,
        callee: &str,
        call: &ast::ExprCall,
    ) -> Result<Value> {
        let arguments = &call.arguments;
        let (Some(typecode), Some(size)) = (arguments.args.first(), arguments.args.get(1)) else {
            return fail(call, format!("`{callee}` takes a typecode (`\"i\"`) and a length or a list of numbers"));
        };
        self.integer_typecode(frame, callee, typecode)?;
        let initial: Vec<i64> = match self.static_value(frame, size)? {
            Value::Int(length) if (1..=MAX_ARRAY_ITEMS).contains(&length) => vec![0; length as usize],
            Value::List(values) if (1..=MAX_ARRAY_ITEMS as usize).contains(&values.len()) => values
                .iter()
                .map(|value| match value {
                    Value::Int(number) => Ok(*number),
                    _ => fail(size, format!("`{callee}` of integers is given numbers, not {}", value.describe())),
                })
                .collect::<Result<_>>()?,
            _ => {
                return fail(
                    size,
                    format!(
                        "`{callee}` is supported with a length (1 to {}) or a list of numbers known at import time",
                        MAX_ARRAY_ITEMS
                    ),
                );
            }
        };
        self.refuse_other_arguments(callee, call, "size_or_initializer")?;
        let name = self.object_name(hint);
        let lock = self.own_lock(frame, &name, callee, call)?;
        let mut items = Vec::with_capacity(initial.len());
        for (index, value) in initial.into_iter().enumerate() {
            let item = self.object_name(&format!("{name}_{index}"));
            self.scenario.shared_memory.push((item.clone(), value));
            items.push(item);
        }
        let width = self.ctypes_width(frame, typecode)?;
        self.note_ctypes_width(&items, width);
        Ok(Value::Object(Object::SharedValue { name, lock, items: Some(items) }))
    }

    /// The element of a `multiprocessing.Array` at `index`, a number known at import time (negative from
    /// the end, as Python's); out of range is Python's IndexError, here at import time.
    pub(crate) fn shared_array_item(&self, frame: &Frame, items: &[String], index: &Expr) -> Result<String> {
        if matches!(index, Expr::Slice(_)) {
            return fail(
                index,
                "a slice of a `multiprocessing.Array` is supported as a read (`arr[1:3]`, `sum(arr[:])`), not as the target of an assignment (`arr[1:3] = [7, 8]`); assign its items one by one (`arr[1] = 7`, `arr[2] = 8`)",
            );
        }
        let Ok(position) = self.static_int(frame, index) else {
            return fail(
                index,
                "a `multiprocessing.Array` is indexed by a number known at import time (a constant, a process's argument, a loop over threads); an index known only at run time is supported in `a[i] = v` and in a read that is an assignment's value or an operand (`x = a[i]`, `total = total + a[i]`), one step each, not in `a[i] += v`",
            );
        };
        let from_start = if position < 0 { items.len() as i64 + position } else { position };
        usize::try_from(from_start).ok().and_then(|at| items.get(at)).cloned().ok_or_else(|| {
            Error::at(index, format!("index {position} is out of range of this Array of {} (IndexError)", items.len()))
        })
    }

    /// A typecode of integers, as a string.
    fn integer_typecode(&self, frame: &Frame, callee: &str, typecode: &Expr) -> Result<()> {
        match self.typecode_value(frame, typecode)? {
            Value::Str(code) if INTEGER_TYPECODES.contains(&code.as_str()) => {}
            Value::Str(code) if code == "d" || code == "f" => {
                let what = callee.trim_start_matches("multiprocessing.").replace("Raw", "");
                return fail(
                    typecode,
                    format!("a `multiprocessing.{what}` of floats is not supported: weft's values are integers"),
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
        Ok(())
    }

    /// Arguments beyond the typecode and `second`, and keywords but `lock=`, are refused.
    pub(super) fn refuse_other_arguments(&self, callee: &str, call: &ast::ExprCall, second: &str) -> Result<()> {
        let arguments = &call.arguments;
        if arguments.args.len() > 2
            || arguments.keywords.iter().any(|k| k.arg.as_ref().is_none_or(|a| a.as_str() != "lock"))
        {
            return fail(call, format!("`{callee}` is supported as `{callee}(typecode, {second})`, with `lock=`"));
        }
        Ok(())
    }

    /// The lock of a Value or an Array named `name`: its own RLock (`lock=True`, the default), none
    /// (`lock=False`, `RawValue`, `RawArray`) or the Lock or RLock given.
    pub(super) fn own_lock(
        &mut self,
        frame: &Frame,
        name: &str,
        callee: &str,
        call: &ast::ExprCall,
    ) -> Result<Option<(String, bool)>> {
        let lock_argument = call.arguments.find_keyword("lock").map(|keyword| &keyword.value);
        let raw = callee.starts_with("multiprocessing.Raw");
        if raw && lock_argument.is_some() {
            return fail(call, format!("`{callee}` takes no `lock`"));
        }
        let lock = match lock_argument.map(|given| self.static_value(frame, given)).transpose()? {
            None | Some(Value::Int(1)) if !raw => {
                let lock = self.object_name(&format!("{name}_lock"));
                self.scenario.locks.push((lock.clone(), true));
                self.shared_value_locks.push(lock.clone());
                self.multiprocessing_locks.insert(lock.clone());
                Some((lock, true))
            }
            None | Some(Value::Int(0)) => None,
            Some(Value::Object(Object::Lock { name, reentrant })) => Some((name, reentrant)),
            Some(other) => {
                return fail(
                    call,
                    format!("a Value's or Array's `lock` is True, False or a Lock; this is {}", other.describe()),
                );
            }
        };
        Ok(lock)
    }

    /// Whether every process given `object` uses the one object: multiprocessing's locks, Values and
    /// queues.
    fn shared_by_processes(&self, object: &Object) -> bool {
        match object {
            Object::Lock { name, .. } => self.multiprocessing_locks.contains(name),
            Object::Queue { name, .. } => self.futures.interprocess_queues.contains(name),
            Object::Event(name) => self.multiprocessing_events.contains(name),
            Object::SharedValue { .. } => true,
            _ => false,
        }
    }

    /// `v.value` of a `multiprocessing.Value` as the target of an assignment: its `shared_memory:`
    /// variable. `None` when `target` is another attribute of another object.
    pub(super) fn shared_value_target(&self, frame: &Frame, target: &ast::ExprAttribute) -> Result<Option<String>> {
        let Ok(Ex::Static(Value::Object(Object::SharedValue { name, items: None, .. }))) =
            self.expr(frame, &target.value, false)
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

    /// `q.task_done()` and `q.join()` of a queue of processes: a `multiprocessing.JoinableQueue`'s, as
    /// `queue.Queue`'s; a `multiprocessing.Queue` has neither (AttributeError in CPython).
    pub(super) fn check_joinable(&self, queue: &str, call: &ast::ExprCall, method: &str) -> Result<()> {
        if self.futures.interprocess_queues.contains(queue) && !self.joinable_queues.contains(queue) {
            return fail(
                call,
                format!(
                    "a `multiprocessing.Queue` has no `{method}()` (AttributeError in CPython); `multiprocessing.JoinableQueue()` has"
                ),
            );
        }
        Ok(())
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
