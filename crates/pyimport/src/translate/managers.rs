//! `with multiprocessing.Manager() as manager:` and the proxies it makes (`manager.dict()`,
//! `manager.list()`, `manager.Value("i", 0)`, `manager.Lock()`, `manager.RLock()`).
//!
//! A manager is a server process holding the real objects; a proxy's every method call is one round trip
//! to it, carried out by the server at once (one server thread per connection, each call under the
//! server's GIL), so `d[k] += 1` through a proxy is a `__getitem__` then a `__setitem__`: two calls, and
//! another process may write between them (a lost update, as in CPython). The import translates the
//! proxies' uses as a thread's uses of a shared dict or list are translated (each method one step, as the
//! one C call it is there), then, once every task is known (`finish_managers`), makes the dict or list an
//! object made at run time held by a `shared_memory:` variable every process reads (docs/format.md): the
//! main process makes it (`set: "votes = new_dict('yes', 0)"`), and each process that was given it reads
//! the variable into a local of its own first (the child's unpickling of the proxy, itself a round trip),
//! through which it reads and writes the one object. Each proxy call is followed by `io:` of one round
//! trip (`ROUND_TRIP`, measured with CPython 3.11 on this machine: docs/python.md).
//!
//! Refused: a proxy used after the `with` shut the manager down, a process or thread given a proxy that
//! the `with` does not join before its end, a proxy a process reads as a global (under spawn the child
//! has none), a process pool's job given one, and a dict or list proxy holding lists, dicts or sets (a
//! proxy's `d[k]` gives a copy, so `d[k].append(x)` changes nothing in CPython, where weft's object would
//! change).

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::processes::steps_mention;
use super::run_memory::{initial_text, own_step, rewrite_words};
use super::{Error, Frame, Result, Translator, fail, store_pair};
use crate::expr::{Ex, MAX_OBJECT_DISPLAY};
use crate::out::{Node, SharedInit, Step};
use crate::value::{Object, Shape, Value};

/// One proxy call's round trip to the manager's server process: CPython 3.11.7 on this 2-core machine,
/// `d["k"] = 1` through a DictProxy from the main process and from children, 2,000 calls each, took
/// 60 to 210 µs per call under a load average of 3 to 9 (about 100 µs at the median).
const ROUND_TRIP: &str = "100us";

/// The manager's proxies, noted as the translation makes them.
#[derive(Default)]
pub(crate) struct Managers {
    /// A dict's or list's shared variable, the task that made it and where (an offset of the source).
    collections: BTreeMap<String, (usize, usize)>,
    /// The scenario names of every proxy (collections, Values, locks), by the manager that made it.
    proxies: BTreeMap<String, Vec<String>>,
    /// The Python names of each manager and its proxies, with where its `with` ends and the range of
    /// the code it is in (a function's or the module's), for the uses after the shutdown.
    scopes: Vec<ManagerScope>,
    /// The locks among the proxies (`manager.Lock()`): a `with` of one is two round trips.
    locks: BTreeSet<String>,
    /// The parameters of the file's functions a `Process` gives a dict or list proxy to: function, name.
    parameters: BTreeSet<(String, String)>,
    /// The offsets of the `dict(d)` copies of a dict proxy that are imported (proxy_walks.rs).
    pub(super) copies: BTreeSet<usize>,
}

/// Builtins that iterate over their argument: over a proxy, each item is a round trip of its own in
/// CPython (`dict(proxy)` calls `keys()` then reads every key; a ListProxy has no `__iter__`, so
/// `list(proxy)` calls `__getitem__` until IndexError), where weft reads a shared dict or list whole in
/// one step.
const WALKING_BUILTINS: [&str; 13] =
    ["dict", "list", "tuple", "set", "frozenset", "sorted", "sum", "min", "max", "any", "all", "enumerate", "zip"];

struct ManagerScope {
    python_names: Vec<String>,
    end: usize,
    code: std::ops::Range<usize>,
}

impl Translator<'_> {
    /// `with multiprocessing.Manager() as manager:`; `Ok(false)` when the item is no manager.
    pub(super) fn manager_with(
        &mut self,
        frame: &mut Frame,
        item: &ast::WithItem,
        rest: &[ast::WithItem],
        body: &[Stmt],
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<bool> {
        let Expr::Call(call) = &item.context_expr else { return Ok(false) };
        if !matches!(self.expr(frame, &call.func, false), Ok(Ex::Static(Value::Module(callee))) if callee == "multiprocessing.Manager")
        {
            return Ok(false);
        }
        if !call.arguments.is_empty() {
            return fail(call, "`multiprocessing.Manager()` takes no arguments in weft's subset");
        }
        if frame.dynamic > 0 || frame.task != 0 {
            return fail(
                call,
                "a `multiprocessing.Manager()` is imported where the main thread makes it once, outside every `if` and loop",
            );
        }
        let Some(Expr::Name(bound)) = item.optional_vars.as_deref() else {
            return fail(item, "a manager is imported as `with multiprocessing.Manager() as manager:`");
        };
        let manager = self.object_name(bound.id.as_str());
        frame.locals.insert(bound.id.to_string(), Value::Object(Object::Manager(manager.clone())));
        self.managers.proxies.insert(manager.clone(), Vec::new());
        let end = body.last().map_or(item.end().to_usize(), |last| last.end().to_usize());
        let code = self.code_around(end);
        let dicts: Vec<String> =
            body.iter().filter_map(|statement| collection_made(statement, bound.id.as_str(), &["dict"])).collect();
        let lists: Vec<String> =
            body.iter().filter_map(|statement| collection_made(statement, bound.id.as_str(), &["list"])).collect();
        let copies = self.importable_proxy_copies(body, (&dicts, &lists));
        self.managers.copies.extend(copies);
        self.refuse_walks_in_scope(&code, bound.id.as_str(), body)?;
        self.managers.scopes.push(ManagerScope { python_names: vec![bound.id.to_string()], end, code });
        self.with_items(frame, rest, body, out, next_line)?;
        self.check_users_joined(frame, item, &manager)?;
        Ok(true)
    }

    /// The range of the code a statement ending at `offset` is in: the function of the file around it,
    /// or the whole module.
    fn code_around(&self, offset: usize) -> std::ops::Range<usize> {
        self.functions
            .values()
            .map(|def| def.range().start().to_usize()..def.range().end().to_usize())
            .filter(|range| range.start < offset && offset <= range.end)
            .min_by_key(|range| range.end - range.start)
            .unwrap_or(0..usize::MAX)
    }

    /// `manager.dict(...)`, `manager.list(...)`, `manager.Value("i", n)`, `manager.Lock()`,
    /// `manager.RLock()` as an assignment's value; `Ok(None)` when `call` is no method of a manager.
    pub(super) fn manager_creation(
        &mut self,
        frame: &Frame,
        hint: &str,
        call: &ast::ExprCall,
    ) -> Result<Option<Value>> {
        let Expr::Attribute(attribute) = &*call.func else { return Ok(None) };
        let Ok(Ex::Static(Value::Object(Object::Manager(manager)))) = self.expr(frame, &attribute.value, false) else {
            return Ok(None);
        };
        if frame.dynamic > 0 || frame.task != 0 {
            return fail(
                call,
                "a manager's proxy is imported where the main thread makes it once, outside every `if` and loop",
            );
        }
        let (made, name) = match attribute.attr.as_str() {
            "dict" => {
                let pairs = self.manager_dict_items(frame, call)?;
                let shared = self.declare_shared(frame, hint, SharedInit::Map(pairs));
                self.managers.collections.insert(shared.clone(), (frame.task, call.start().to_usize()));
                (Value::Shared(shared.clone(), Shape::Map { dense: false }), shared)
            }
            "list" => {
                let items = match (&call.arguments.args[..], call.arguments.keywords.is_empty()) {
                    ([], true) => Vec::new(),
                    ([items], true) => self.static_iteration(frame, items)?,
                    _ => return fail(call, "`manager.list()` is imported empty or with a list known at import time"),
                };
                let mut pairs = Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    let Some(value) = crate::out::Item::of(item) else {
                        return fail(
                            call,
                            format!(
                                "a manager's list of numbers, None and strings is imported; this one holds {}",
                                item.describe()
                            ),
                        );
                    };
                    pairs.push((crate::out::Item::Int(index as i64), value));
                }
                let shared = self.declare_list(frame, hint, pairs);
                self.managers.collections.insert(shared.clone(), (frame.task, call.start().to_usize()));
                (Value::Shared(shared.clone(), Shape::Map { dense: true }), shared)
            }
            "Value" => {
                let (Some(_typecode), Some(initial), true) =
                    (call.arguments.args.first(), call.arguments.args.get(1), call.arguments.keywords.is_empty())
                else {
                    return fail(call, "`manager.Value(typecode, value)` is imported with a typecode and an integer");
                };
                let initial = match self.static_value(frame, initial)? {
                    Value::Int(number) => number,
                    other => {
                        return fail(
                            initial,
                            format!("a manager's Value of an integer is imported; this is {}", other.describe()),
                        );
                    }
                };
                let name = self.object_name(hint);
                self.scenario.shared_memory.push((name.clone(), initial));
                (Value::Object(Object::SharedValue { name: name.clone(), lock: None, items: None }), name)
            }
            "Lock" | "RLock" => {
                if !call.arguments.is_empty() {
                    return fail(call, "a manager's `Lock()` takes no arguments");
                }
                let name = self.object_name(hint);
                let reentrant = attribute.attr.as_str() == "RLock";
                self.scenario.locks.push((name.clone(), reentrant));
                self.multiprocessing_locks.insert(name.clone());
                self.managers.locks.insert(name.clone());
                (Value::Object(Object::Lock { name: name.clone(), reentrant }), name)
            }
            other => {
                return fail(
                    call,
                    format!(
                        "`manager.{other}()` is not imported yet: weft imports a manager's `dict()`, `list()`, `Value()`, `Lock()` and `RLock()`"
                    ),
                );
            }
        };
        self.managers.proxies.entry(manager).or_default().push(name);
        if let Some(scope) = self.managers.scopes.last_mut() {
            scope.python_names.push(hint.to_string());
        }
        Ok(Some(made))
    }

    /// The items of `manager.dict()` (none) or `manager.dict({k: v, ...})` (a display of numbers, None
    /// and strings known at import time).
    fn manager_dict_items(
        &self,
        frame: &Frame,
        call: &ast::ExprCall,
    ) -> Result<Vec<(crate::out::Item, crate::out::Item)>> {
        let message = "`manager.dict()` is imported empty or with a dict display of numbers, None and strings known at import time (`manager.dict({\"yes\": 0})`)";
        let mut pairs = Vec::new();
        match (&call.arguments.args[..], call.arguments.keywords.is_empty()) {
            ([], true) => {}
            ([Expr::Dict(display)], true) => {
                for item in &display.items {
                    let Some(key) = &item.key else { return fail(&item.value, message) };
                    store_pair(&mut pairs, self.static_item(frame, key)?, self.static_item(frame, &item.value)?);
                }
            }
            _ => return fail(call, message),
        }
        Ok(pairs)
    }

    /// The parameters of a `Process`'s target given a manager's dict or list (`args=(votes, ...)`), for
    /// `refuse_walks`; a target other than a function of the file given one is refused.
    pub(super) fn note_proxy_parameters(&mut self, frame: &Frame, call: &ast::ExprCall) -> Result<()> {
        let Some(keyword) = call.arguments.find_keyword("args") else { return Ok(()) };
        let Ok(Value::List(arguments)) = self.static_value(frame, &keyword.value) else { return Ok(()) };
        let given: Vec<usize> = (arguments.iter().enumerate())
            .filter(|(_, argument)| matches!(argument, Value::Shared(shared, _) if self.is_manager_collection(shared)))
            .map(|(index, _)| index)
            .collect();
        if given.is_empty() {
            return Ok(());
        }
        let target = call.arguments.find_keyword("target").map(|target| self.static_value(frame, &target.value));
        let Some(Ok(Value::Function(function))) = target else {
            return fail(
                call,
                "a manager's dict or list is imported given to a `Process` whose target is a function of the file",
            );
        };
        let Some(def) = self.functions.get(&function).copied() else { return Ok(()) };
        for index in given {
            if let Some(parameter) = def.parameters.args.get(index) {
                self.managers.parameters.insert((function.clone(), parameter.parameter.name.to_string()));
            }
        }
        Ok(())
    }

    /// Whether `shared` is a manager's dict or list.
    pub(super) fn is_manager_collection(&self, shared: &str) -> bool {
        self.managers.collections.contains_key(shared)
    }

    /// A process whose target reads a manager's dict or list as a global: under the spawn start method
    /// the child re-runs the module, where no manager was made.
    pub(super) fn refuse_global_proxies(&self, copies: &[String], call: &ast::ExprCall) -> Result<()> {
        if let Some(shared) = copies.iter().find(|shared| self.is_manager_collection(shared)) {
            return fail(
                call,
                format!(
                    "this process's function reads the manager's `{shared}` as a global, which the child has only under the fork start method; give it to the process in `args=`"
                ),
            );
        }
        Ok(())
    }

    /// At the end of a manager's `with`: every other task that uses one of its proxies has been joined
    /// by the code of the `with` (a plain `join()`), since the shutdown makes a later call fail.
    fn check_users_joined(&self, frame: &Frame, item: &ast::WithItem, manager: &str) -> Result<()> {
        let proxies = &self.managers.proxies[manager];
        for (index, task) in self.scenario.tasks.iter().enumerate() {
            let uses = proxies.iter().any(|proxy| steps_mention(&task.ops, proxy));
            if index == frame.task || !uses {
                continue;
            }
            if task.executor.is_some() {
                return fail(
                    item,
                    format!(
                        "`{}` is an executor's job given a manager's proxy, which weft does not import yet; give the proxy to a `multiprocessing.Process`",
                        task.base
                    ),
                );
            }
            if !self.joined.contains(&(frame.task, index)) {
                return fail(
                    item,
                    format!(
                        "`{}` uses a proxy of this manager and is not joined (a plain `join()`) before the `with` ends: the end shuts the manager down, and a later call of the proxy fails in CPython",
                        task.base
                    ),
                );
            }
        }
        Ok(())
    }

    /// Once every task's steps are known: each manager's dict or list becomes an object made at run
    /// time, held by a `shared_memory:` variable, and every proxy call pays its round trip.
    pub(super) fn finish_managers(&mut self) -> Result<()> {
        self.refuse_uses_after_shutdown()?;
        self.refuse_walks()?;
        self.refuse_objects_beside_collections()?;
        let collections = std::mem::take(&mut self.managers.collections);
        for (name, (creator, offset)) in &collections {
            self.share_collection(name, *creator, *offset)?;
        }
        let proxies: BTreeSet<String> = self.managers.proxies.values().flatten().cloned().collect();
        if proxies.is_empty() {
            return Ok(());
        }
        for task in 0..self.scenario.tasks.len() {
            let mut names = proxies.clone();
            names.extend(self.managers_proxy_locals(task, &collections));
            let ops = std::mem::take(&mut self.scenario.tasks[task].ops);
            self.scenario.tasks[task].ops = with_round_trips(ops, &names, &self.managers.locks);
        }
        Ok(())
    }

    /// The local each process task reads a manager's dict or list into.
    fn managers_proxy_locals(&self, task: usize, collections: &BTreeMap<String, (usize, usize)>) -> Vec<String> {
        if self.scenario.tasks[task].kind != Some("process") {
            return Vec::new();
        }
        collections.keys().map(|name| proxy_local(name)).collect()
    }

    /// The dict or list `name` as an object made by `creator` at its start, kept in `shared_memory:`;
    /// a process's steps read it through a local of their own.
    fn share_collection(&mut self, name: &str, creator: usize, offset: usize) -> Result<()> {
        let Some(position) = self.scenario.shared.iter().position(|(shared, _)| shared == name) else {
            return Ok(());
        };
        let (_, init) = self.scenario.shared.remove(position);
        let is_list = self.scenario.lists.iter().any(|list| list == name);
        self.scenario.lists.retain(|list| list != name);
        let Some(made) = initial_text(&init, is_list) else {
            return Err(Error::at_offset(
                offset,
                format!(
                    "a manager's dict or list is imported with at most {MAX_OBJECT_DISPLAY} items (a dict's keys and values counted) at first"
                ),
            ));
        };
        self.scenario.shared_memory.push((name.to_string(), 0));
        self.scenario.shared_memory_objects.insert(name.to_string());
        self.made_containers.set(true);
        let line = self.source.line_of(ruff_text_size::TextSize::try_from(offset).unwrap_or_default());
        self.scenario.tasks[creator].ops.insert(0, Step::new("set", Node::Quoted(format!("{name} = {made}")), line));
        let objects = BTreeSet::from([name.to_string()]);
        let local = proxy_local(name);
        let local_objects = BTreeSet::from([local.clone()]);
        for task in 0..self.scenario.tasks.len() {
            if !steps_mention(&self.scenario.tasks[task].ops, name) {
                continue;
            }
            let process = self.scenario.tasks[task].kind == Some("process");
            let ops = std::mem::take(&mut self.scenario.tasks[task].ops);
            let mut rewritten = Vec::with_capacity(ops.len() + 1);
            if process {
                rewritten.push(Step::new("let", Node::Quoted(format!("{local} = {name}")), line));
            }
            for step in ops {
                let step = if process { renamed_step(step, name, &local) } else { step };
                let owned = own_step(step, if process { &local_objects } else { &objects }, &BTreeSet::new());
                rewritten.push(owned.map_err(|message| Error::at_offset(offset, message))?);
            }
            self.scenario.tasks[task].ops = rewritten;
        }
        Ok(())
    }

    /// A manager or one of its proxies named after the `with` that shut it down, in the same code.
    fn refuse_uses_after_shutdown(&self) -> Result<()> {
        for scope in &self.managers.scopes {
            let mut names = Vec::new();
            for statement in self.scope_statements(scope.code.start) {
                collect_loads(statement, &scope.python_names, &mut names);
            }
            if scope.code.end == usize::MAX
                && let Some(offset) = self.global_reads_in_functions(&scope.python_names).into_iter().min()
            {
                return Err(Error::at_offset(
                    offset,
                    "a function of the file reads a manager's proxy (or the manager) as a global, which weft does not follow to the `with` it may run after; pass the proxy to the function as an argument",
                ));
            }
            if let Some(offset) = names.into_iter().filter(|offset| *offset > scope.end).min() {
                return Err(Error::at_offset(
                    offset,
                    "a manager's proxy (or the manager) used after its `with` ended: the end shut the manager's server down, and the call fails in CPython; use it inside the `with`",
                ));
            }
        }
        Ok(())
    }
}

impl Translator<'_> {
    /// A builtin walking a dict or list proxy (`dict(votes)`, `sorted(d)`, `sum(xs)`, `", ".join(xs)`)
    /// in the code that made it or in a process's function given it.
    fn refuse_walks(&self) -> Result<()> {
        let mut walked = Vec::new();
        for (function, parameter) in &self.managers.parameters {
            if let Some(def) = self.functions.get(function) {
                let names = std::slice::from_ref(parameter);
                def.body.iter().for_each(|statement| collect_walks(statement, names, &mut walked));
            }
        }
        refuse_first_walk(walked)
    }

    /// A walk over a dict or list proxy the `with` of `manager` makes, anywhere in the code around it
    /// (checked before the translation, which would refuse `dict(votes)` saying less).
    fn refuse_walks_in_scope(&self, code: &std::ops::Range<usize>, manager: &str, body: &[Stmt]) -> Result<()> {
        let names: Vec<String> =
            body.iter().filter_map(|statement| collection_made(statement, manager, &["dict", "list"])).collect();
        let mut walked = Vec::new();
        for statement in self.scope_statements(code.start) {
            collect_walks(statement, &names, &mut walked);
        }
        walked.retain(|offset| !self.managers.copies.contains(offset));
        refuse_first_walk(walked)
    }

    /// The loads of `names` as globals in the functions of the file (a name a function neither takes
    /// nor binds): weft does not follow when such a function runs, which may be after the manager's
    /// `with` ended.
    pub(super) fn global_reads_in_functions(&self, names: &[String]) -> Vec<usize> {
        let mut found = Vec::new();
        for def in self.functions.values() {
            let mut assigned = BTreeSet::new();
            let mut declared = BTreeSet::new();
            super::collect_assigned(&def.body, &mut assigned, &mut declared);
            let parameters = def.parameters.iter().map(|parameter| parameter.name().to_string());
            assigned.extend(parameters.filter(|parameter| !declared.contains(parameter)));
            let globals: Vec<String> = names.iter().filter(|name| !assigned.contains(*name)).cloned().collect();
            let mut loads = Vec::new();
            def.body.iter().for_each(|statement| collect_loads(statement, &globals, &mut loads));
            found.extend(loads);
        }
        found
    }

    /// The statements of the function starting at `start`, or the module's.
    fn scope_statements(&self, start: usize) -> Vec<&Stmt> {
        match self.functions.values().find(|def| def.range().start().to_usize() == start) {
            Some(def) => def.body.iter().collect(),
            None => self.module_body.iter().collect(),
        }
    }

    /// A program with a manager's dict or list that makes other lists, dicts, sets or instances at run
    /// time: a proxy stores a pickled copy of what it is given and gives copies back (`d[k].append(x)`
    /// changes a copy, the dict keeps its list), where weft's object would be the same one.
    fn refuse_objects_beside_collections(&self) -> Result<()> {
        if self.managers.collections.is_empty() {
            return Ok(());
        }
        let copy_lines: BTreeSet<u32> = (self.managers.copies.iter())
            .map(|offset| self.source.line_of(ruff_text_size::TextSize::try_from(*offset).unwrap_or_default()))
            .collect();
        for task in &self.scenario.tasks {
            if let Some(line) = first_object_made(&task.ops, &copy_lines) {
                return Err(Error::at_offset(
                    self.statement_offset(line),
                    "a list, dict, set or instance made at run time in a program with a manager's dict or list is not imported: a proxy stores a copy of what it is given and gives copies back (`d[k].append(x)` changes only a copy in CPython), which weft's objects do not follow; keep numbers, strings and None in the proxy",
                ));
            }
        }
        Ok(())
    }
}

/// The line of the first step that makes an object (`new_list(...)`, `new_dict(...)`, `new_instance(...)`),
/// but on the lines of the imported copies of a dict proxy (`skipped`).
fn first_object_made(steps: &[Step], skipped: &BTreeSet<u32>) -> Option<u32> {
    fn in_node(node: &Node) -> bool {
        match node {
            Node::Plain(text) | Node::Quoted(text) => makes_object(text),
            Node::Steps(_) | Node::Task(_) => false,
            Node::Map(entries) => entries.iter().any(|(_, value)| in_node(value)),
            Node::Clauses(clauses) => clauses.iter().flatten().any(|(_, value)| in_node(value)),
        }
    }
    fn nested(node: &Node, skipped: &BTreeSet<u32>) -> Option<u32> {
        match node {
            Node::Steps(steps) => first_object_made(steps, skipped),
            Node::Map(entries) => entries.iter().find_map(|(_, value)| nested(value, skipped)),
            Node::Clauses(clauses) => clauses.iter().flatten().find_map(|(_, value)| nested(value, skipped)),
            _ => None,
        }
    }
    steps.iter().filter(|step| !skipped.contains(&step.line)).find_map(|step| match &step.value {
        Some(node) if in_node(node) => Some(step.line),
        Some(node) => nested(node, skipped),
        None => None,
    })
}

/// Whether a text calls one of the scenario's makers of objects (`new_` something).
fn makes_object(text: &str) -> bool {
    let mut found = false;
    rewrite_identifiers(text, |word, next| {
        found |= word.starts_with("new_") && next == Some('(');
        word.to_string()
    });
    found
}

/// The offsets of the calls that walk one of `names` (a builtin of `WALKING_BUILTINS` or `.join`).
fn collect_walks(statement: &Stmt, names: &[String], found: &mut Vec<usize>) {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    struct Walks<'n> {
        names: &'n [String],
        found: Vec<usize>,
    }
    impl<'a> Visitor<'a> for Walks<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::For(each) = stmt {
                self.note_view_walk(&each.iter);
            }
            if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                walk_stmt(self, stmt);
            }
        }
        fn visit_comprehension(&mut self, comprehension: &'a ast::Comprehension) {
            self.note_view_walk(&comprehension.iter);
            ruff_python_ast::visitor::walk_comprehension(self, comprehension);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr {
                let walker = match &*call.func {
                    Expr::Name(callee) => WALKING_BUILTINS.contains(&callee.id.as_str()),
                    Expr::Attribute(method) => method.attr.as_str() == "join",
                    _ => false,
                };
                let walks_proxy = call.arguments.args.iter().any(
                    |argument| matches!(argument, Expr::Name(name) if self.names.iter().any(|wanted| wanted == name.id.as_str())),
                );
                if walker && walks_proxy {
                    self.found.push(call.start().to_usize());
                }
            }
            walk_expr(self, expr);
        }
    }
    impl Walks<'_> {
        /// `for k, v in d.items():` (`keys()`, `values()`): CPython walks the list one round trip gave,
        /// which no later write changes, where weft would walk the shared dict itself.
        fn note_view_walk(&mut self, iterable: &Expr) {
            let Expr::Call(call) = iterable else { return };
            let Expr::Attribute(method) = &*call.func else { return };
            let of_proxy = matches!(&*method.value, Expr::Name(name) if self.names.iter().any(|wanted| wanted == name.id.as_str()));
            if of_proxy && matches!(method.attr.as_str(), "items" | "keys" | "values") {
                self.found.push(call.start().to_usize());
            }
        }
    }
    let mut walks = Walks { names, found: Vec::new() };
    walks.visit_stmt(statement);
    found.extend(walks.found);
}

/// The name `statement` binds to a collection of `manager` of one of `kinds` (`votes = manager.dict(...)`
/// for `"dict"`), if it does.
fn collection_made(statement: &Stmt, manager: &str, kinds: &[&str]) -> Option<String> {
    let Stmt::Assign(assign) = statement else { return None };
    let ([Expr::Name(target)], Expr::Call(call)) = (&assign.targets[..], &*assign.value) else { return None };
    let Expr::Attribute(method) = &*call.func else { return None };
    let made_by_manager = matches!(&*method.value, Expr::Name(receiver) if receiver.id.as_str() == manager);
    (made_by_manager && kinds.contains(&method.attr.as_str())).then(|| target.id.to_string())
}

/// The first walk over a proxy found, refused.
fn refuse_first_walk(walked: Vec<usize>) -> Result<()> {
    match walked.into_iter().min() {
        Some(offset) => Err(Error::at_offset(
            offset,
            "a walk over a manager's dict or list (`dict(d)`, `list(xs)`, `sorted(d)`, `sum(xs)`, a `join`: a round trip per item in CPython; a `for` over `d.items()`, `keys()` or `values()`: over the list one round trip gave, which weft would walk live) is not imported yet: read what you need with one call (`sorted(d.items())`, `sum(d.values())`, `xs[:]`, `d[k]`), or copy a dict with `copy = dict(d)` as a statement of the manager's `with` and use the copy only after the `with`",
        )),
        None => Ok(()),
    }
}

/// The local a process reads a manager's dict or list `name` into.
fn proxy_local(name: &str) -> String {
    format!("{name}_proxy")
}

/// The offsets of the loads of `names` in `statement` (not inside a nested function or class, whose
/// names are its own).
pub(super) fn collect_loads(statement: &Stmt, names: &[String], found: &mut Vec<usize>) {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    struct Loads<'n> {
        names: &'n [String],
        found: Vec<usize>,
    }
    impl<'a> Visitor<'a> for Loads<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                walk_stmt(self, stmt);
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr
                && name.ctx == ast::ExprContext::Load
                && self.names.iter().any(|wanted| wanted == name.id.as_str())
            {
                self.found.push(name.start().to_usize());
            }
            walk_expr(self, expr);
        }
    }
    let mut loads = Loads { names, found: Vec::new() };
    loads.visit_stmt(statement);
    found.extend(loads.found);
}

/// `step` with the identifier `from` written `to` in every text (string literals left alone).
fn renamed_step(step: Step, from: &str, to: &str) -> Step {
    let Step { key, value, line } = step;
    Step { key, value: value.map(|node| renamed_node(node, from, to)), line }
}

fn renamed_node(node: Node, from: &str, to: &str) -> Node {
    match node {
        Node::Plain(text) => Node::Plain(renamed_text(&text, from, to)),
        Node::Quoted(text) => Node::Quoted(renamed_text(&text, from, to)),
        Node::Task(task) => Node::Task(task),
        Node::Steps(steps) => Node::Steps(steps.into_iter().map(|step| renamed_step(step, from, to)).collect()),
        Node::Map(entries) => {
            Node::Map(entries.into_iter().map(|(key, value)| (key, renamed_node(value, from, to))).collect())
        }
        Node::Clauses(clauses) => Node::Clauses(
            clauses
                .into_iter()
                .map(|clause| clause.into_iter().map(|(key, value)| (key, renamed_node(value, from, to))).collect())
                .collect(),
        ),
    }
}

fn renamed_text(text: &str, from: &str, to: &str) -> String {
    rewrite_identifiers(text, |word, _| if word == from { to.to_string() } else { word.to_string() })
}

/// `text` with each identifier (a run of word characters outside string literals) replaced by what
/// `rewrite` makes of it, given the character after it.
fn rewrite_identifiers(text: &str, mut rewrite: impl FnMut(&str, Option<char>) -> String) -> String {
    rewrite_words(text, |word, chars, end| {
        Ok::<_, std::convert::Infallible>((rewrite(word, chars.get(end).copied()), end))
    })
    .unwrap_or_else(|never| match never {})
}

/// `steps` with an `io:` of one round trip after each step that calls a proxy of `names` (a read, a
/// write, an `atomic` read of many items: one method call each), before an `if` or `while` whose test
/// reads one, and around the body of a `with` of a manager's lock (its acquire's reply, its release).
fn with_round_trips(steps: Vec<Step>, names: &BTreeSet<String>, locks: &BTreeSet<String>) -> Vec<Step> {
    let mut out = Vec::with_capacity(steps.len());
    for step in steps {
        let line = step.line;
        let round_trip = || Step::new("io", Node::Plain(ROUND_TRIP.to_string()), line);
        let mentions = names.iter().any(|name| steps_mention(std::slice::from_ref(&step), name));
        if !mentions {
            out.push(step);
            continue;
        }
        match step.key {
            "let" | "set" | "del" | "atomic" => {
                out.push(step);
                out.push(round_trip());
            }
            "with" if lock_of(&step).is_some_and(|lock| locks.contains(lock)) => {
                out.push(with_lock_round_trips(step, names, locks));
                out.push(round_trip());
            }
            _ => {
                if own_texts_mention(&step, names) {
                    out.push(round_trip());
                }
                out.push(nested_round_trips(step, names, locks));
            }
        }
    }
    out
}

/// The lock a `with` step takes.
fn lock_of(step: &Step) -> Option<&str> {
    let Some(Node::Map(entries)) = &step.value else { return None };
    entries.iter().find_map(|(key, value)| match (key, value) {
        (&"lock", Node::Plain(lock)) => Some(lock.as_str()),
        _ => None,
    })
}

/// A `with` of a manager's lock: the acquire's reply comes back while the lock is held, before the body.
fn with_lock_round_trips(step: Step, names: &BTreeSet<String>, locks: &BTreeSet<String>) -> Step {
    let Step { key, value, line } = step;
    let value = value.map(|node| match node {
        Node::Map(entries) => Node::Map(
            entries
                .into_iter()
                .map(|(key, value)| match (key, value) {
                    ("ops", Node::Steps(ops)) => {
                        let mut body = vec![Step::new("io", Node::Plain(ROUND_TRIP.to_string()), line)];
                        body.extend(with_round_trips(ops, names, locks));
                        ("ops", Node::Steps(body))
                    }
                    other => other,
                })
                .collect(),
        ),
        other => other,
    });
    Step { key, value, line }
}

/// Whether a step's own texts (its test, its lock; not the steps inside it) name one of `names`.
fn own_texts_mention(step: &Step, names: &BTreeSet<String>) -> bool {
    let texts: Vec<&str> = match &step.value {
        Some(Node::Plain(text) | Node::Quoted(text)) => vec![text.as_str()],
        Some(Node::Map(entries)) => entries
            .iter()
            .filter_map(|(_, value)| match value {
                Node::Plain(text) | Node::Quoted(text) => Some(text.as_str()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    texts.iter().any(|text| {
        names.iter().any(|name| text.split(|c: char| !(c.is_alphanumeric() || c == '_')).any(|word| word == name))
    })
}

/// A step with the round trips added to the steps nested in it.
fn nested_round_trips(step: Step, names: &BTreeSet<String>, locks: &BTreeSet<String>) -> Step {
    fn nested(node: Node, names: &BTreeSet<String>, locks: &BTreeSet<String>) -> Node {
        match node {
            Node::Steps(steps) => Node::Steps(with_round_trips(steps, names, locks)),
            Node::Map(entries) => {
                Node::Map(entries.into_iter().map(|(key, value)| (key, nested(value, names, locks))).collect())
            }
            Node::Clauses(clauses) => Node::Clauses(
                clauses
                    .into_iter()
                    .map(|clause| clause.into_iter().map(|(key, value)| (key, nested(value, names, locks))).collect())
                    .collect(),
            ),
            other => other,
        }
    }
    let Step { key, value, line } = step;
    Step { key, value: value.map(|value| nested(value, names, locks)), line }
}
