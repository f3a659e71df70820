//! Bools that primitives and results hand back (session 22): `ev.wait(t)`, `cond.wait(t)`,
//! `cond.wait_for(pred, t)`, `task.cancel()`, `fut.cancel()`, `await ev.wait()`, `await lock.acquire()`,
//! and the result of a job or a coroutine that returns a bool (`await check(4)`, `await task`,
//! `fut.result()`, `ex.map(is_even, xs)`, `await asyncio.gather(...)`). weft holds each as 1 or 0, so
//! before, `f"event {got}"` printed `event 0` under "complete" where CPython printed `event False`.
//!
//! Read once over the whole file, by name, as bool_names.rs does. A `wait` or a `cancel` whose receiver
//! may be a barrier or a timer (whose `wait` gives an index, whose `cancel` gives None) is mixed; a
//! future or a task by the name that holds it gives what the function it runs returns; any other
//! future's result (`for f in as_completed(fs): f.result()`) may be what any job of the file returns.

use std::collections::BTreeMap;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::bool_carriers::Reached;
use super::bool_names::{BoolName, BoolNames};
use crate::text_calls::is_boolean_expression;

/// The results of the file's jobs, tasks and coroutines, and the receivers whose `wait`/`cancel` are
/// not bools.
#[derive(Default, Clone, PartialEq, Eq, Debug)]
pub(crate) struct ResultBools {
    /// Names (and attribute names) bound to a barrier (whose `wait` gives an index), a timer or a
    /// loop's handle (whose `cancel` gives None).
    not_primitives: Vec<String>,
    /// Whether the file makes any barrier, timer or handle (an unknown receiver may be one).
    makes_other_receivers: bool,
    /// A future, task or coroutine object by the name that holds it: what its result may be.
    futures: BTreeMap<String, Reached>,
    /// What any job, task, coroutine or future of the file may give.
    any_result: Reached,
    /// The file's `async def`s: a call of one is a coroutine, its result the function's return.
    coroutines: Vec<String>,
    /// Every function and method name the file defines.
    defined: Vec<String>,
}

impl ResultBools {
    pub(crate) fn of_module(body: &[Stmt], found: &BoolNames) -> ResultBools {
        let mut scan = ResultScan { found, results: ResultBools::default() };
        collect_functions(body, &mut scan.results.coroutines, &mut scan.results.defined);
        body.iter().for_each(|stmt| scan.visit_stmt(stmt));
        scan.results
    }

    /// The kind of `expr` as a primitive's or a result's value (`None` when it is neither, or no bool).
    pub(crate) fn kind(&self, expr: &Expr, found: &BoolNames) -> Option<BoolName> {
        match expr {
            Expr::Await(awaited) => self.awaited(&awaited.value, found),
            Expr::Call(call) => self.call_result(call, found),
            _ => None,
        }
    }

    /// The kind of each item an iterable of results gives (`ex.map(is_even, xs)`,
    /// `await asyncio.gather(a(), b())`), one kind for all.
    pub(crate) fn iterated(&self, iterable: &Expr, found: &BoolNames) -> Option<BoolName> {
        let mut reached = Reached::default();
        self.items(iterable, found)?.into_iter().for_each(|kind| reached.add(kind));
        reached.kind()
    }

    /// The kinds of the items of a list of results, in order when known (`gather`), else one kind.
    pub(crate) fn items(&self, value: &Expr, found: &BoolNames) -> Option<Vec<Option<BoolName>>> {
        match value {
            // `list(ex.map(f, xs))`, `sorted(...)` keep the items.
            Expr::Call(call) if is_name(&call.func, &["list", "tuple", "sorted"]) && call.arguments.args.len() == 1 => {
                self.items(&call.arguments.args[0], found)
            }
            Expr::Call(call) if is_method(&call.func, "map") || is_name(&call.func, &["map"]) => {
                let function = call.arguments.args.first()?;
                Some(vec![self.function_kind(function, found)])
            }
            Expr::Await(awaited) => match &*awaited.value {
                Expr::Call(gather) if is_method(&gather.func, "gather") => {
                    Some(gather.arguments.args.iter().map(|awaitable| self.awaited(awaitable, found)).collect())
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// What awaiting `awaitable` gives.
    fn awaited(&self, awaitable: &Expr, found: &BoolNames) -> Option<BoolName> {
        // `await lock.acquire()`, `await ev.wait()`, `await cond.wait_for(pred)`.
        if is_boolean_expression(awaitable) {
            return Some(BoolName::Bool);
        }
        match awaitable {
            Expr::Call(call) => {
                let arguments = &call.arguments.args;
                match &*call.func {
                    Expr::Name(function) if self.coroutines.iter().any(|c| c == function.id.as_str()) => {
                        self.function_kind(&call.func, found)
                    }
                    Expr::Attribute(method) => match (method.attr.as_str(), &arguments[..]) {
                        ("wait_for" | "shield" | "ensure_future" | "create_task", [inner, ..])
                            if is_module(&method.value) || method.attr.as_str() == "create_task" =>
                        {
                            self.awaited(inner, found)
                        }
                        ("to_thread", [function, ..]) => self.function_kind(function, found),
                        ("run_in_executor", [_, function, ..]) => self.function_kind(function, found),
                        ("wait" | "wait_for" | "cancel", _) => self.call_result(call, found),
                        _ => None,
                    },
                    _ => None,
                }
            }
            Expr::Name(name) => match self.futures.get(name.id.as_str()) {
                Some(reached) => reached.kind(),
                None => self.any_result.kind(),
            },
            Expr::Subscript(_) | Expr::Attribute(_) => self.any_result.kind(),
            _ => None,
        }
    }

    /// A call's value: a primitive's `wait`/`wait_for`/`cancel`, a future's `result()`, `asyncio.run`;
    /// mixed where the file defines a method of that name too (`def result(self)` of its own class).
    fn call_result(&self, call: &ast::ExprCall, found: &BoolNames) -> Option<BoolName> {
        let Expr::Attribute(method) = &*call.func else { return None };
        let kind = self.primitive_or_result(call, method, found)?;
        match self.defined.iter().any(|defined| defined == method.attr.as_str()) {
            true => Some(BoolName::Mixed),
            false => Some(kind),
        }
    }

    fn primitive_or_result(
        &self,
        call: &ast::ExprCall,
        method: &ast::ExprAttribute,
        found: &BoolNames,
    ) -> Option<BoolName> {
        let receiver = &*method.value;
        match method.attr.as_str() {
            // `asyncio.wait(...)` and `concurrent.futures.wait(...)` give sets of futures.
            "wait" | "cancel" | "wait_for" if is_module(receiver) => None,
            "wait" | "cancel" => self.receiver_kind(receiver),
            // `cond.wait_for(pred, t)` gives the predicate's last value (so does the scenario's `into`).
            "wait_for" => self.function_kind(call.arguments.args.first()?, found),
            "run" if is_module(receiver) => self.awaited(call.arguments.args.first()?, found),
            "result" | "get" => match receiver {
                Expr::Name(name) => match self.futures.get(name.id.as_str()) {
                    Some(reached) => reached.kind(),
                    None if method.attr.as_str() == "result" => self.any_result.kind(),
                    None => None,
                },
                _ if method.attr.as_str() == "result" => self.any_result.kind(),
                _ => None,
            },
            _ => None,
        }
    }

    /// A primitive's `wait`/`cancel` is a bool; a barrier's or a timer's is not, and a receiver that
    /// may be either is mixed.
    fn receiver_kind(&self, receiver: &Expr) -> Option<BoolName> {
        let name = match receiver {
            Expr::Name(name) => Some(name.id.as_str()),
            Expr::Attribute(attribute) => Some(attribute.attr.as_str()),
            _ => None,
        };
        match name {
            Some(name) if self.not_primitives.iter().any(|other| other == name) => None,
            _ if self.makes_other_receivers => Some(BoolName::Mixed),
            _ => Some(BoolName::Bool),
        }
    }

    /// What calling `function` gives: a function of the file that returns only bools, one that
    /// returns a bool among other values, a lambda of a bool, a `partial` of one of them.
    fn function_kind(&self, function: &Expr, found: &BoolNames) -> Option<BoolName> {
        match function {
            Expr::Lambda(lambda) => found.kind(&lambda.body),
            Expr::Call(partial) if is_name(&partial.func, &["partial"]) || is_method(&partial.func, "partial") => {
                self.function_kind(partial.arguments.args.first()?, found)
            }
            Expr::Name(_) | Expr::Attribute(_) => found.called_kind(function),
            _ => None,
        }
    }

    /// The function a call starts as a job, a task or a coroutine, whose return is the result.
    fn started_function<'e>(&self, call: &'e ast::ExprCall) -> Option<&'e Expr> {
        let arguments = &call.arguments.args;
        match &*call.func {
            Expr::Name(function) if self.coroutines.iter().any(|c| c == function.id.as_str()) => Some(&call.func),
            Expr::Attribute(method) => match (method.attr.as_str(), &arguments[..]) {
                ("submit" | "apply_async" | "to_thread", [function, ..]) => Some(function),
                ("run_in_executor", [_, function, ..]) => Some(function),
                ("create_task" | "ensure_future", [Expr::Call(coroutine), ..]) => self.started_function(coroutine),
                _ => None,
            },
            _ => None,
        }
    }
}

struct ResultScan<'f> {
    found: &'f BoolNames,
    results: ResultBools,
}

impl ResultScan<'_> {
    /// The kind of a job's result when `value` starts one.
    fn started(&self, value: &Expr) -> Option<Option<BoolName>> {
        let Expr::Call(call) = value else { return None };
        let function = self.results.started_function(call)?;
        Some(self.results.function_kind(function, self.found))
    }

    fn bound(&mut self, target: &Expr, value: &Expr) {
        let name = match target {
            Expr::Name(name) => name.id.to_string(),
            Expr::Attribute(attribute) => attribute.attr.to_string(),
            _ => return,
        };
        if let Some(kind) = self.started(value) {
            self.results.futures.entry(name.clone()).or_default().add(kind);
        }
        if let Expr::Call(call) = value
            && is_other_receiver(call)
            && !self.results.not_primitives.contains(&name)
        {
            self.results.not_primitives.push(name);
        }
    }
}

impl<'a> Visitor<'a> for ResultScan<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Assign(assign) => assign.targets.iter().for_each(|target| self.bound(target, &assign.value)),
            Stmt::AnnAssign(ast::StmtAnnAssign { target, value: Some(value), .. }) => self.bound(target, value),
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Call(call) = expr {
            if let Some(kind) = self.started(expr) {
                self.results.any_result.add(kind);
            }
            if is_other_receiver(call) {
                self.results.makes_other_receivers = true;
            }
            // `fut.set_result(True)` of a future the program makes.
            if let Expr::Attribute(method) = &*call.func
                && method.attr.as_str() == "set_result"
                && let Some(value) = call.arguments.args.first()
            {
                let kind = self.found.kind(value);
                self.results.any_result.add(kind);
                if let Expr::Name(future) = &*method.value {
                    self.results.futures.entry(future.id.to_string()).or_default().add(kind);
                }
            }
        }
        walk_expr(self, expr);
    }
}

/// `Barrier(...)`, `Timer(...)`, `loop.call_later(...)`: receivers whose `wait` or `cancel` is no bool.
fn is_other_receiver(call: &ast::ExprCall) -> bool {
    let name = match &*call.func {
        Expr::Name(name) => name.id.as_str(),
        Expr::Attribute(attribute) => attribute.attr.as_str(),
        _ => return false,
    };
    matches!(name, "Barrier" | "Timer" | "call_later" | "call_at" | "call_soon" | "call_soon_threadsafe")
}

/// `asyncio`, `concurrent.futures`, `futures`: a module, whose `wait` is no primitive's.
fn is_module(receiver: &Expr) -> bool {
    match receiver {
        Expr::Name(name) => matches!(name.id.as_str(), "asyncio" | "futures" | "concurrent"),
        Expr::Attribute(attribute) => attribute.attr.as_str() == "futures",
        _ => false,
    }
}

fn is_name(func: &Expr, names: &[&str]) -> bool {
    matches!(func, Expr::Name(name) if names.contains(&name.id.as_str()))
}

fn is_method(func: &Expr, method: &str) -> bool {
    matches!(func, Expr::Attribute(attribute) if attribute.attr.as_str() == method)
}

/// The file's `async def`s and all its function and method names, at any depth.
fn collect_functions(body: &[Stmt], coroutines: &mut Vec<String>, defined: &mut Vec<String>) {
    struct Functions<'o> {
        coroutines: &'o mut Vec<String>,
        defined: &'o mut Vec<String>,
    }
    impl<'a> Visitor<'a> for Functions<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::FunctionDef(function) = stmt {
                self.defined.push(function.name.to_string());
                if function.is_async {
                    self.coroutines.push(function.name.to_string());
                }
            }
            walk_stmt(self, stmt);
        }
    }
    let mut functions = Functions { coroutines, defined };
    body.iter().for_each(|stmt| functions.visit_stmt(stmt));
}
