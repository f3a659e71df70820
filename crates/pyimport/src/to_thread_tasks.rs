//! `asyncio.create_task(asyncio.to_thread(f, x))`, `tg.create_task(asyncio.to_thread(f, x))` and
//! `asyncio.wait_for(asyncio.to_thread(f, x), t)` (session24/a05): a task that runs asyncio's own
//! `to_thread` coroutine. As for `asyncio.sleep` (sleep_tasks.rs), each such call becomes a call of a
//! coroutine function of the module written for it, at that call's range,
//!
//! ```python
//! async def to_thread_task(function, argument_0, argument_1):
//!     value = await weft_asyncio.to_thread(function, argument_0, argument_1)
//!     return value
//! ```
//!
//! which is what `asyncio.to_thread` is (Lib/asyncio/threads.py: `return await
//! loop.run_in_executor(None, func_call)`), so that `create_task` and `wait_for` (whose
//! `ensure_future` makes a task of the coroutine) run it as the task it is in CPython: the task
//! starts at its turn of the loop, submits the call to the loop's default executor and waits for its
//! result; a time-out or a cancel stops that wait at once, and the thread runs on. The arguments are
//! evaluated where the program wrote them, as Python evaluates them before `to_thread` runs. A call
//! with keyword arguments or a `*` argument is left as it is (refused where it stands). `gather`
//! keeps its own form of `to_thread` (a job submitted for each).

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::sleep_tasks::{ASYNCIO_MODULE, SleepTasks};
use crate::syntax::{fresh_name, name, parameter};

impl SleepTasks {
    /// Whether `call` is `create_task` (of asyncio, a TaskGroup or a loop), which makes one task of
    /// its argument (`gather`, which `starts_tasks` also takes, has its own form of `to_thread`).
    pub(crate) fn creates_a_task(&self, call: &ast::ExprCall) -> bool {
        matches!(&*call.func, Expr::Attribute(method) if method.attr.as_str() == "create_task")
    }

    /// Whether `call` is asyncio's `wait_for`.
    pub(crate) fn is_wait_for(&self, call: &ast::ExprCall) -> bool {
        let Expr::Attribute(method) = &*call.func else { return false };
        method.attr.as_str() == "wait_for" && self.is_asyncio(&method.value)
    }

    /// `asyncio.to_thread(f, x, ...)` of the module's `asyncio`, with positional arguments only.
    pub(crate) fn to_thread_call<'e>(&self, expr: &'e mut Expr) -> Option<&'e mut ast::ExprCall> {
        let Expr::Call(call) = expr else { return None };
        let Expr::Attribute(attribute) = &*call.func else { return None };
        let plain = !call.arguments.args.is_empty()
            && call.arguments.keywords.is_empty()
            && !call.arguments.args.iter().any(|argument| matches!(argument, Expr::Starred(_)));
        (attribute.attr.as_str() == "to_thread" && self.is_asyncio(&attribute.value) && plain).then_some(call)
    }

    /// `asyncio.to_thread(f, x)` as `to_thread_task(f, x)` of a function written for it.
    pub(crate) fn rewrite_to_thread(&self, to_thread: &mut ast::ExprCall) {
        let mut written = self.written.borrow_mut();
        let function = fresh_name("to_thread_task", &mut written.taken);
        let arguments = to_thread.arguments.args.len() - 1;
        written.functions.push(to_thread_function(&function, arguments, to_thread.range()));
        *to_thread.func = name(&function, to_thread.func.range(), ast::ExprContext::Load);
    }
}

/// `async def function(function, argument_0, ...): value = await weft_asyncio.to_thread(function,
/// argument_0, ...); return value`, at `range`.
fn to_thread_function(function: &str, arguments: usize, range: TextRange) -> Stmt {
    let node_index = ast::AtomicNodeIndex::default;
    let load = |id: &str| name(id, range, ast::ExprContext::Load);
    let names: Vec<String> = std::iter::once("function".to_string())
        .chain((0..arguments).map(|index| format!("argument_{index}")))
        .collect();
    let to_thread = Expr::Attribute(ast::ExprAttribute {
        node_index: node_index(),
        range,
        value: Box::new(load(ASYNCIO_MODULE)),
        attr: ast::Identifier::new("to_thread", range),
        ctx: ast::ExprContext::Load,
    });
    let mut call = crate::syntax::call_without_arguments(to_thread, range);
    if let Expr::Call(made) = &mut call {
        made.arguments.args = names.iter().map(|id| load(id)).collect();
    }
    let awaited = Expr::Await(ast::ExprAwait { node_index: node_index(), range, value: Box::new(call) });
    let statements = [
        Stmt::Assign(ast::StmtAssign {
            node_index: node_index(),
            range,
            targets: vec![name("value", range, ast::ExprContext::Store)],
            value: Box::new(awaited),
        }),
        Stmt::Return(ast::StmtReturn { node_index: node_index(), range, value: Some(Box::new(load("value"))) }),
    ];
    Stmt::FunctionDef(ast::StmtFunctionDef {
        node_index: node_index(),
        range,
        is_async: true,
        decorator_list: Default::default(),
        name: ast::Identifier::new(function, range),
        type_params: None,
        parameters: Box::new(ast::Parameters {
            node_index: node_index(),
            range,
            posonlyargs: Default::default(),
            args: names.iter().map(|id| parameter(id, None, range)).collect(),
            vararg: None,
            kwonlyargs: Default::default(),
            kwarg: None,
        }),
        returns: None,
        body: statements.into_iter().collect(),
    })
}
