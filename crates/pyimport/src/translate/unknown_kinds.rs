//! A local of unknown kind (a queue's item, a parameter, a function's result) in a program that makes
//! lists, dicts or sets at run time may hold one: `len(job)` and `if job:` of it are then read in a step,
//! `size(job)` and `truth(job)`, which the engine answers for a value of any kind (a string's or a
//! tuple's length, a container's read as an access of its shape, Python's TypeError of `len` of a
//! number or None). Before session 18 they were the expression's own `len(job)` and `job`, a fault in
//! every run where the value was a dict (the engine reads an object only in a step). A program that
//! makes no container keeps the expression's forms: no value of it can be one.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, Translator};
use crate::expr::{ATOM, Ex, is_identifier};

impl Translator<'_> {
    /// `len(x)` of a local of unknown kind that may hold a container: `size(x)`.
    pub(crate) fn unknown_length(&self, frame: &Frame, argument: &Expr) -> Option<Ex> {
        let Some(name) = self.unknown_local(frame, argument) else { return self.dict_value_length(frame, argument) };
        Some(Ex::Code { text: format!("size({name})"), precedence: ATOM, boolean: false, reads_shared: true })
    }

    /// The truth of a local of unknown kind that may hold a container: `truth(x)`.
    pub(crate) fn unknown_truth(&self, frame: &Frame, test: &Expr) -> Option<Ex> {
        let name = self.unknown_local(frame, test)?;
        Some(Ex::Code { text: format!("truth({name})"), precedence: ATOM, boolean: true, reads_shared: true })
    }

    /// Whether `value` takes an item from a queue or a Pipe that may hold a container (`kind, qty = await
    /// inbox.get()`), in a program that makes containers: its kind is known only at run time.
    pub(crate) fn takes_a_received_value(&self, value: &Expr) -> bool {
        if !self.unknown_may_be_container {
            return false;
        }
        let Some(queue) = queue_of_get(value) else { return false };
        items_taken_from_queues(self.module_body).2.contains(&queue)
    }

    /// The scenario name of `expr` when it is a local the import knows nothing of the kind of, in a
    /// program that makes containers.
    pub(crate) fn unknown_local(&self, frame: &Frame, expr: &Expr) -> Option<String> {
        if !matches!(expr, Expr::Name(_)) {
            return None;
        }
        let name = match self.expr(frame, expr, false).ok()? {
            Ex::Code { text, .. } if is_identifier(&text) => text,
            _ => return None,
        };
        // An item of a local array of results (array_items.rs), in any program.
        if self.is_array_item_local(frame, &name) {
            return Some(name);
        }
        if !self.unknown_may_be_container {
            return None;
        }
        // A local the program assigned (`msg = "-" * n`, `x = other`) has what its assignment gave,
        // which the import follows: only one bound otherwise (`job = q.get()`, a parameter) is unknown,
        // and only a queue's item or a parameter given one may be a container.
        let assigned = self.held_objects.contains_key(&(Some(frame.task), name.clone()))
            || self.held_objects.contains_key(&(None, name.clone()));
        let Expr::Name(python) = expr else { return None };
        let (taken, unpacked_names, _) = items_taken_from_queues(self.module_body);
        let from_queue = taken.contains(python.id.as_str());
        let unpacked = unpacked_names.contains(python.id.as_str());
        // A name unpacked from such an item (`op, values = job`) is bound to an item of it, whose kind
        // the unpacking's step does not say.
        // Or from an item of a module dict of tuples that hold lists (tuple_objects.rs).
        let from_tuple_table =
            super::tuple_objects::names_unpacked_from_tuple_tables(self.module_body).contains(python.id.as_str());
        (from_queue && (!assigned || unpacked) || from_tuple_table).then_some(name)
    }
}

/// Most rounds of passing a queue's item on as an argument that [`items_taken_from_queues`] follows.
const MAX_HANDOFFS: usize = 8;

/// The names the module binds to an item of a queue that something may put a container on (`job =
/// q.get()`, `job = await q.get()`, also `get_nowait`, where some `q.put(x)` puts no literal), and the
/// parameters of its functions given one of those by position (`handle(job)`), the names a tuple
/// unpacking of one binds (`op, values = job`), and so on [`MAX_HANDOFFS`] times.
/// Also the names of those bound by unpacking, second.
/// Third, the queues (by [`queue_of_get`]'s names) whose items may be containers other than tuples.
fn items_taken_from_queues(body: &[Stmt]) -> (BTreeSet<String>, BTreeSet<String>, BTreeSet<String>) {
    #[derive(Default)]
    struct Walk<'a> {
        taken: BTreeSet<String>,
        /// Each `put`'s queue (its receiver) and item.
        puts: Vec<(String, &'a Expr)>,
        /// Names a `for` binds to the literals of a display (`for url in ["a.com", "b.org"]`).
        literal_names: BTreeSet<String>,
        gets: Vec<(String, String)>,
        /// `a, b = item`: the name unpacked and the names it binds (a tuple's item may be a container).
        unpackings: Vec<(String, Vec<String>)>,
        functions: Vec<&'a ast::StmtFunctionDef>,
        calls: Vec<&'a ast::ExprCall>,
    }
    impl<'a> Visitor<'a> for Walk<'a> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(def) => self.functions.push(def),
                Stmt::For(node) => {
                    let items = match &*node.iter {
                        Expr::List(list) => Some(&list.elts),
                        Expr::Tuple(tuple) => Some(&tuple.elts),
                        _ => None,
                    };
                    if let (Expr::Name(name), Some(items)) = (&*node.target, items)
                        && items.iter().all(is_literal)
                    {
                        self.literal_names.insert(name.id.to_string());
                    }
                }
                Stmt::Assign(assign) => {
                    if let (Expr::Name(source), [Expr::Tuple(tuple)]) = (&*assign.value, &assign.targets[..]) {
                        let names = tuple.elts.iter().filter_map(|part| match part {
                            Expr::Name(name) => Some(name.id.to_string()),
                            _ => None,
                        });
                        self.unpackings.push((source.id.to_string(), names.collect()));
                    }
                    if let Some(queue) = queue_of_get(&assign.value) {
                        for target in &assign.targets {
                            if let Expr::Name(name) = target {
                                self.gets.push((queue.clone(), name.id.to_string()));
                            }
                        }
                    }
                }
                _ => {}
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            // `while (job := q.get()) is not None:` binds as `job = q.get()` does.
            if let Expr::Named(named) = expr
                && let (Expr::Name(name), Some(queue)) = (&*named.target, queue_of_get(&named.value))
            {
                self.gets.push((queue, name.id.to_string()));
            }
            if let Expr::Call(call) = expr {
                self.calls.push(call);
                if let Expr::Attribute(attribute) = &*call.func
                    && let Some(item) = call.arguments.args.first()
                {
                    match attribute.attr.as_str() {
                        "put" | "put_nowait" => self.puts.push((receiver_text(&attribute.value), item)),
                        "send" => self.puts.push((PIPE.to_string(), item)),
                        _ => {}
                    }
                }
            }
            walk_expr(self, expr);
        }
    }
    let mut walk = Walk::default();
    walk.visit_body(body);
    // A queue something puts a value on that is no literal (nor a name a `for` binds to literals).
    let may_hold_containers: BTreeSet<&String> = walk
        .puts
        .iter()
        .filter(|(_, item)| {
            let literal_name = matches!(item, Expr::Name(name) if walk.literal_names.contains(name.id.as_str()));
            !is_literal(item) && !literal_name
        })
        .map(|(queue, _)| queue)
        .collect();
    // A queue a function takes from by a parameter (`def serve(conn_incoming)`, a Pipe's end after
    // pipes.rs) may be any queue given to it: one that may hold containers where any does.
    let parameters: BTreeSet<String> = walk
        .functions
        .iter()
        .flat_map(|def| def.parameters.iter().map(|parameter| parameter.name().to_string()))
        .collect();
    // A container put through a parameter (`conn_outgoing.put(x)` of a Pipe's end handed to a process,
    // after pipes.rs) may go on any queue given to it: then any queue's item may be one.
    let put_through_parameter = may_hold_containers.iter().any(|queue| parameters.contains(*queue));
    let may_give_containers = |queue: &String| {
        queue == FUTURE
            || may_hold_containers.contains(queue)
            || put_through_parameter
            || (parameters.contains(queue) && !may_hold_containers.is_empty())
    };
    for (queue, name) in &walk.gets {
        if may_give_containers(queue) {
            walk.taken.insert(name.clone());
        }
    }
    // For an unpacking, a queue whose every put is a tuple display (`q.put((1, job))`) gives a tuple,
    // which `unpack` takes apart as it is.
    let puts_other_than_tuples: BTreeSet<&String> = walk
        .puts
        .iter()
        .filter(|(_, item)| !matches!(item, Expr::Tuple(_)) && !is_literal(item))
        .map(|(queue, _)| queue)
        .collect();
    let may_give_containers = |queue: &String| {
        may_give_containers(queue)
            && (puts_other_than_tuples.contains(queue) || !may_hold_containers.contains(queue) || queue == FUTURE)
    };
    let giving: BTreeSet<String> = walk
        .gets
        .iter()
        .map(|(queue, _)| queue)
        .chain(may_hold_containers.iter().copied())
        .filter(|queue| may_give_containers(queue))
        .cloned()
        .collect();
    let mut unpacked = BTreeSet::new();
    for _ in 0..MAX_HANDOFFS {
        let mut added = false;
        for call in &walk.calls {
            let Expr::Name(callee) = &*call.func else { continue };
            let Some(def) = walk.functions.iter().find(|def| def.name.as_str() == callee.id.as_str()) else { continue };
            for (argument, parameter) in call.arguments.args.iter().zip(def.parameters.args.iter()) {
                if matches!(argument, Expr::Name(name) if walk.taken.contains(name.id.as_str())) {
                    added |= walk.taken.insert(parameter.parameter.name.to_string());
                }
            }
        }
        for (source, names) in &walk.unpackings {
            if walk.taken.contains(source) {
                for name in names {
                    added |= walk.taken.insert(name.clone());
                    unpacked.insert(name.clone());
                }
            }
        }
        if !added {
            break;
        }
    }
    (walk.taken, unpacked, giving)
}

/// Where every Pipe's `send` puts and every `recv` takes, as one queue: a Pipe's two ends have two
/// names (`parent_end.recv()` of `child_end.send(x)`), which the names of the file do not pair.
const PIPE: &str = "<pipe>";

/// What every `f.result()` takes from: a job's returned value, of any kind in a program that makes
/// containers.
const FUTURE: &str = "<future>";

/// The receiver of `q.get(...)`, `q.get_nowait()`, `await q.get()` (as [`receiver_text`] writes it),
/// or [`PIPE`] of `conn.recv()`.
fn queue_of_get(value: &Expr) -> Option<String> {
    let value = match value {
        Expr::Await(awaited) => &*awaited.value,
        other => other,
    };
    let Expr::Call(call) = value else { return None };
    let Expr::Attribute(attribute) = &*call.func else { return None };
    match attribute.attr.as_str() {
        "get" | "get_nowait" => Some(receiver_text(&attribute.value)),
        "recv" => Some(PIPE.to_string()),
        "result" => Some(FUTURE.to_string()),
        _ => None,
    }
}

/// `q` or `self.q` (a queue's receiver), by its names: the same text for the `put` and the `get`.
fn receiver_text(receiver: &Expr) -> String {
    match receiver {
        Expr::Name(name) => name.id.to_string(),
        Expr::Attribute(attribute) => format!("{}.{}", receiver_text(&attribute.value), attribute.attr),
        _ => String::from("?"),
    }
}

/// A value that is no container whatever runs: a literal, an f-string, arithmetic or a tuple of them.
fn is_literal(expr: &Expr) -> bool {
    match expr {
        Expr::FString(_) => true,
        literal if crate::syntax::is_constant(literal) => true,
        Expr::UnaryOp(unary) => is_literal(&unary.operand),
        Expr::BinOp(binary) => is_literal(&binary.left) && is_literal(&binary.right),
        Expr::Tuple(tuple) => tuple.elts.iter().all(is_literal),
        _ => false,
    }
}
