//! `tg.create_task(asyncio.sleep(0.001, result=None))`, `asyncio.create_task(asyncio.sleep(1))` and
//! `asyncio.gather(asyncio.sleep(0.02, result=5), f())`: a
//! task that runs asyncio's own `sleep` coroutine (session23/a03). Before translation, each such
//! `asyncio.sleep(...)` becomes a call of a coroutine function of the module written for it,
//!
//! ```python
//! async def sleep_task(delay, result=None):
//!     await weft_asyncio.sleep(delay)
//!     return result
//! ```
//!
//! which is what `asyncio.sleep` is (Lib/asyncio/tasks.py: `sleep(delay, result=None)` returns
//! `result` once the delay has passed; `sleep(0)` yields once), under `import asyncio as weft_asyncio`
//! (the program may bind `asyncio` to something else inside a function). One function per call, its
//! nodes at that call's range, so that a trace or a refusal points at what the program wrote.

use std::cell::RefCell;
use std::collections::BTreeSet;

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::syntax::{fresh_name, module_names, name, parameter};

/// The name under which the written functions call `asyncio.sleep`.
pub(crate) const ASYNCIO_MODULE: &str = "weft_asyncio";

/// Rewrites every `asyncio.sleep(...)` that is an argument of a call that starts tasks.
pub fn rewrite_sleep_tasks(body: &mut ast::Suite) {
    let asyncio_names = asyncio_names(body);
    if asyncio_names.is_empty() {
        return;
    }
    let rewrite = SleepTasks {
        asyncio_names,
        written: RefCell::new(Written { taken: module_names(body), functions: Vec::new() }),
    };
    for stmt in body.iter_mut() {
        rewrite.visit_stmt(stmt);
    }
    let functions = rewrite.written.into_inner().functions;
    if functions.is_empty() {
        return;
    }
    let written = std::iter::once(crate::syntax::import_as("asyncio", ASYNCIO_MODULE)).chain(functions);
    for (index, stmt) in written.enumerate() {
        body.insert(index, stmt);
    }
}

/// The names the module's own `import asyncio` (or `import asyncio as aio`) binds.
fn asyncio_names(body: &[Stmt]) -> BTreeSet<String> {
    let imports = body.iter().filter_map(|stmt| match stmt {
        Stmt::Import(import) => Some(import),
        _ => None,
    });
    let aliases = imports.flat_map(|import| import.names.iter()).filter(|alias| alias.name.as_str() == "asyncio");
    aliases.map(|alias| alias.asname.as_ref().unwrap_or(&alias.name).to_string()).collect()
}

pub(crate) struct SleepTasks {
    asyncio_names: BTreeSet<String>,
    pub(crate) written: RefCell<Written>,
}

/// The module's names, and the functions written so far.
pub(crate) struct Written {
    pub(crate) taken: BTreeSet<String>,
    pub(crate) functions: Vec<Stmt>,
}

impl SleepTasks {
    /// Whether `expr` is the module's `asyncio`.
    pub(crate) fn is_asyncio(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Name(module) if self.asyncio_names.contains(module.id.as_str()))
    }

    /// Whether `expr` is `asyncio.sleep(...)` of the module's `asyncio`.
    fn is_sleep_call(&self, expr: &Expr) -> bool {
        let Expr::Call(call) = expr else { return false };
        let Expr::Attribute(attribute) = &*call.func else { return false };
        attribute.attr.as_str() == "sleep"
            && matches!(&*attribute.value, Expr::Name(module) if self.asyncio_names.contains(module.id.as_str()))
    }

    /// Whether `call` starts tasks of its arguments: `create_task` (of asyncio, a TaskGroup or a loop),
    /// or asyncio's `gather`.
    fn starts_tasks(&self, call: &ast::ExprCall) -> bool {
        let Expr::Attribute(method) = &*call.func else { return false };
        let of_asyncio =
            matches!(&*method.value, Expr::Name(module) if self.asyncio_names.contains(module.id.as_str()));
        match method.attr.as_str() {
            "create_task" => true,
            "gather" => of_asyncio,
            _ => false,
        }
    }

    /// `asyncio.sleep(...)` as a call of a function written for it.
    fn rewrite(&self, sleep: &mut ast::ExprCall) {
        let mut written = self.written.borrow_mut();
        let function = fresh_name("sleep_task", &mut written.taken);
        written.functions.push(sleep_function(&function, sleep.range()));
        *sleep.func = name(&function, sleep.func.range(), ast::ExprContext::Load);
    }
}

impl Transformer for SleepTasks {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Call(call) = expr
            && self.starts_tasks(call)
        {
            let creates = self.creates_a_task(call);
            for argument in call.arguments.args.iter_mut() {
                if self.is_sleep_call(argument)
                    && let Expr::Call(sleep) = argument
                {
                    self.rewrite(sleep);
                } else if creates && let Some(to_thread) = self.to_thread_call(argument) {
                    self.rewrite_to_thread(to_thread);
                }
            }
        }
        // `asyncio.wait_for(asyncio.sleep(d, result=x), t)`: a task of asyncio's `sleep` coroutine, whose
        // value is `x` (a sleep without `result` keeps wait_for's own form of a sleep).
        if let Expr::Call(call) = expr
            && self.is_wait_for(call)
            && let Some(Expr::Call(sleep)) = call.arguments.args.first_mut()
            && self.is_sleep_call(&Expr::Call(sleep.clone()))
            && sleep_with_result(sleep).is_some()
        {
            self.rewrite(sleep);
        }
        // `asyncio.wait_for(asyncio.to_thread(f, x), t)`: wait_for makes a task of the coroutine.
        if let Expr::Call(call) = expr
            && self.is_wait_for(call)
            && let Some(first) = call.arguments.args.first_mut()
            && let Some(to_thread) = self.to_thread_call(first)
        {
            self.rewrite_to_thread(to_thread);
        }
        walk_expr(self, expr);
    }
}

/// The delay and the result of `asyncio.sleep(d, x)` or `asyncio.sleep(d, result=x)` (any callee).
pub(crate) fn sleep_with_result(call: &ast::ExprCall) -> Option<(&Expr, &Expr)> {
    match (&call.arguments.args[..], &call.arguments.keywords[..]) {
        ([delay, result], []) => Some((delay, result)),
        ([delay], [keyword]) if keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == "result") => {
            Some((delay, &keyword.value))
        }
        _ => None,
    }
}

/// `async def function(delay, result=None): await weft_asyncio.sleep(delay); return result`, at `range`.
fn sleep_function(function: &str, range: TextRange) -> Stmt {
    let load = |id: &str| name(id, range, ast::ExprContext::Load);
    let sleep = Expr::Attribute(ast::ExprAttribute {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        value: Box::new(load(ASYNCIO_MODULE)),
        attr: ast::Identifier::new("sleep", range),
        ctx: ast::ExprContext::Load,
    });
    let mut call = crate::syntax::call_without_arguments(sleep, range);
    if let Expr::Call(made) = &mut call {
        made.arguments.args = vec![load("delay")].into_boxed_slice();
    }
    let awaited =
        Expr::Await(ast::ExprAwait { node_index: ast::AtomicNodeIndex::default(), range, value: Box::new(call) });
    let statements = [
        Stmt::Expr(ast::StmtExpr { node_index: ast::AtomicNodeIndex::default(), range, value: Box::new(awaited) }),
        Stmt::Return(ast::StmtReturn {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            value: Some(Box::new(load("result"))),
        }),
    ];
    let none = Expr::NoneLiteral(ast::ExprNoneLiteral { node_index: ast::AtomicNodeIndex::default(), range });
    Stmt::FunctionDef(ast::StmtFunctionDef {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        is_async: true,
        decorator_list: Default::default(),
        name: ast::Identifier::new(function, range),
        type_params: None,
        parameters: Box::new(ast::Parameters {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            posonlyargs: Default::default(),
            args: vec![parameter("delay", None, range), parameter("result", Some(none), range)].into(),
            vararg: None,
            kwonlyargs: Default::default(),
            kwarg: None,
        }),
        returns: None,
        body: statements.into_iter().collect(),
    })
}
