//! A builtin as the function an executor runs (session28/f01: `executor.map(pow, [2, 3, 4], [5, 2,
//! 3])`; `ex.submit(max, a, b)`, `ex.map(str.upper, words)`), before translation: the translator runs
//! functions of the file as jobs, so the builtin becomes a function of the module that calls it with
//! the job's arguments (`def builtin_pow(argument_1, argument_2): return argument_1 ** argument_2`),
//! the wrappers pool_builtins.rs makes for a `multiprocessing.Pool`. The job gives the same value and
//! raises the same exception as the builtin would in the worker (a process pool pickles a builtin and
//! a function of the module alike, by name). Only calls of `map` and `submit` whose receiver is a
//! name the file binds to a `ThreadPoolExecutor(...)` or `ProcessPoolExecutor(...)` (`with ... as
//! ex`, `ex = ...`) are rewritten; a `submit` with keywords (the builtin's own) keeps the refusal.

use std::cell::RefCell;
use std::collections::BTreeSet;

use ruff_python_ast::visitor::transformer::{Transformer, walk_body, walk_expr};
use ruff_python_ast::visitor::{Visitor, walk_stmt};
use ruff_python_ast::{Expr, Stmt};

use crate::pool_builtins::BuiltinJobs;

/// Rewrites the builtins given to executors' `map` and `submit`; the functions made, for the start
/// of the module.
pub(crate) fn rewrite_executor_builtins(body: &mut [Stmt]) -> Vec<Stmt> {
    let mut executors = ExecutorNames::default();
    executors.visit_body(body);
    if executors.names.is_empty() {
        return Vec::new();
    }
    let rewrite = ExecutorCalls { executors: executors.names, builtins: RefCell::new(BuiltinJobs::of(body)) };
    walk_body(&rewrite, body);
    rewrite.builtins.into_inner().definitions()
}

/// Whether `call` makes an executor: `ThreadPoolExecutor(...)`, `cf.ProcessPoolExecutor(...)`.
fn makes_executor(value: &Expr) -> bool {
    let Expr::Call(call) = value else { return false };
    let class = match &*call.func {
        Expr::Name(named) => named.id.as_str(),
        Expr::Attribute(attribute) => attribute.attr.as_str(),
        _ => return false,
    };
    matches!(class, "ThreadPoolExecutor" | "ProcessPoolExecutor")
}

/// The names the file binds to an executor anywhere.
#[derive(Default)]
struct ExecutorNames {
    names: BTreeSet<String>,
}

impl<'a> Visitor<'a> for ExecutorNames {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::With(with) => {
                for item in &with.items {
                    if let Some(Expr::Name(bound)) = item.optional_vars.as_deref()
                        && makes_executor(&item.context_expr)
                    {
                        self.names.insert(bound.id.to_string());
                    }
                }
            }
            Stmt::Assign(assign) if makes_executor(&assign.value) => {
                if let [Expr::Name(bound)] = &assign.targets[..] {
                    self.names.insert(bound.id.to_string());
                }
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }
}

/// The rewrite of the calls (module docs); `Transformer` visits by shared reference, so the wrappers
/// made are kept in a cell.
struct ExecutorCalls {
    executors: BTreeSet<String>,
    builtins: RefCell<BuiltinJobs>,
}

impl Transformer for ExecutorCalls {
    fn visit_expr(&self, expr: &mut Expr) {
        walk_expr(self, expr);
        let Expr::Call(call) = expr else { return };
        let Expr::Attribute(method) = &*call.func else { return };
        let on_executor =
            matches!(&*method.value, Expr::Name(receiver) if self.executors.contains(receiver.id.as_str()));
        let taken = match method.attr.as_str() {
            "map" => true,
            "submit" => call.arguments.keywords.is_empty(),
            _ => false,
        };
        if !on_executor || !taken || call.arguments.args.iter().any(Expr::is_starred_expr) {
            return;
        }
        let arity = call.arguments.args.len() - 1;
        if let Some(function) = call.arguments.args.first_mut() {
            self.builtins.borrow_mut().replace(function, arity);
        }
    }
}

/// Rewrites the builtins given to `asyncio.to_thread(len, items)` and `loop.run_in_executor(None,
/// max, a, b)` (session21/a08's `to_thread(sorted, ...)`), as for an executor's `submit`: the thread
/// the call submits runs the module's function that calls the builtin; the functions made, for the
/// start of the module. Before sleep_tasks.rs, which writes `create_task(asyncio.to_thread(...))` as
/// a coroutine function of its own that takes the function as an argument. Keywords (the builtin's
/// own) or `*` arguments keep the refusal.
pub(crate) fn rewrite_thread_call_builtins(body: &mut [Stmt]) -> Vec<Stmt> {
    let rewrite = ThreadCalls { builtins: RefCell::new(BuiltinJobs::of(body)) };
    walk_body(&rewrite, body);
    rewrite.builtins.into_inner().definitions()
}

/// The rewrite of `to_thread` and `run_in_executor` calls (`rewrite_thread_call_builtins`).
struct ThreadCalls {
    builtins: RefCell<BuiltinJobs>,
}

impl Transformer for ThreadCalls {
    fn visit_expr(&self, expr: &mut Expr) {
        walk_expr(self, expr);
        let Expr::Call(call) = expr else { return };
        let Expr::Attribute(method) = &*call.func else { return };
        // The function's place among the arguments: `to_thread(f, ...)` of a module (asyncio's);
        // `run_in_executor(executor, f, ...)` of a loop.
        let function_at = match method.attr.as_str() {
            "to_thread" if matches!(&*method.value, Expr::Name(_)) => 0,
            "run_in_executor" => 1,
            _ => return,
        };
        let plain = call.arguments.keywords.is_empty() && !call.arguments.args.iter().any(Expr::is_starred_expr);
        if !plain || call.arguments.args.len() <= function_at {
            return;
        }
        let arity = call.arguments.args.len() - function_at - 1;
        self.builtins.borrow_mut().replace(&mut call.arguments.args[function_at], arity);
    }
}
