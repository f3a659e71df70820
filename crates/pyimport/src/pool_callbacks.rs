//! `pool.apply_async(f, args, callback=cb)` (session24/m01, session26/m02), before translation.
//!
//! CPython (Lib/multiprocessing/pool.py, 3.11): the pool's result-handler thread, a thread of the parent,
//! takes each finished job's result from the workers in the order the jobs finish and calls
//! `ApplyResult._set`, which runs `cb(value)` when the job succeeded and only then sets the result's
//! event: `get()`, `wait()` and `ready()` see the result once the callback has returned, and the
//! callbacks run one at a time, in that one thread. `pool.join()` (after `close()`) waits for that
//! thread. The rewrite:
//!
//! ```python
//! import threading as weft_threading
//! def weft_pool_callback(weft_job, weft_lock, weft_receiver):
//!     weft_value = weft_job.result()
//!     with weft_lock:
//!         weft_receiver.append(weft_value)      # `cb(weft_value)` for `callback=cb`
//!     return weft_value
//! ...
//! weft_result_handler_pool = weft_threading.Lock()
//! with Pool(2) as pool, weft_concurrent_futures.ThreadPoolExecutor(max_workers=1024) as weft_pool_callbacks_pool:
//!     r = weft_pool_callbacks_pool.submit(weft_pool_callback, pool.submit(f, a), weft_result_handler_pool, results)
//! ```
//!
//! Each callback is a job of a thread pool of the parent that waits for its job's result, then runs the
//! callback under the pool's one lock, and gives the value: `r.get()` (`r.result()`) returns after the
//! callback, as CPython's; a job that raised skips the callback and `get()` raises its exception, as
//! CPython's (`_success` false, no `error_callback`). Callbacks run one at a time, and in any order of
//! the jobs that have finished, CPython's finish order among them (a superset of CPython's orders,
//! never fewer). 1024 workers (the format's most) so that no callback waits behind another's job. The
//! callback (`cb`) or the receiver of the bound method (`results` of `results.append`) is an argument
//! of the job, evaluated where `apply_async` is called, as Python evaluates the callback there; the lock
//! is made just before the pool, one per pool made (a function called twice makes two). A pool made by
//! hand (`pool = Pool(n)`) gets its thread pool just after it and shut just after its `join()`.
//!
//! `error_callback` is pool_error_callbacks.rs's wrapper, and a lambda of the module's code becomes a
//! function of the module first (pool_lambda_callbacks.rs). Refused: a callback other than a name or a
//! method of an expression (a `lambda` elsewhere, a `partial(...)`).

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::syntax::{fresh_name, method_call, module_names, name, parameter};

/// The most workers an executor takes (docs/format.md): one per callback waiting for its job.
const HANDLER_WORKERS: u32 = 1024;

/// The module under which the rewrite calls `threading.Lock`.
const THREADING_MODULE: &str = "weft_threading";

/// What the rewrite of callbacks makes for the module and for the scope being rewritten.
pub(crate) struct PoolCallbacks {
    taken: BTreeSet<String>,
    /// The names the module's comprehensions bind: a lambda callback reading one stays refused
    /// (pool_lambda_callbacks.rs).
    comprehension_names: BTreeSet<String>,
    /// Pool name → the thread pool of its callbacks and its lock, for the scope being rewritten.
    handlers: BTreeMap<String, Handler>,
    wrappers: Vec<Stmt>,
}

/// The names of a pool's callbacks' thread pool and of its result-handler lock.
#[derive(Clone)]
pub(crate) struct Handler {
    executor: String,
    lock: String,
}

impl PoolCallbacks {
    pub(crate) fn of(body: &[Stmt]) -> PoolCallbacks {
        PoolCallbacks {
            taken: module_names(body),
            comprehension_names: crate::pool_lambda_callbacks::comprehension_targets(body),
            handlers: BTreeMap::new(),
            wrappers: Vec::new(),
        }
    }

    /// A lambda callback of the module's code as a function of the module (pool_lambda_callbacks.rs):
    /// the function's name, or `None` for a lambda of another shape.
    pub(crate) fn lambda_as_function(&mut self, lambda: &ast::ExprLambda) -> Option<Expr> {
        let (definition, function) =
            crate::pool_lambda_callbacks::lambda_function(lambda, &self.comprehension_names, &mut self.taken)?;
        self.wrappers.push(definition);
        Some(name(&function, lambda.range, ast::ExprContext::Load))
    }

    /// True once a callback was rewritten: the module must import concurrent.futures.
    pub(crate) fn any(&self) -> bool {
        !self.wrappers.is_empty()
    }

    /// `executor.submit(wrapper, job, lock, callable)`: the job's future handed to a callback job of the
    /// pool's thread pool, whose future is the `AsyncResult`; `None` for a callback of another shape
    /// (CALLBACK_FORM). With `error_callback` (`error`), the wrapper of pool_error_callbacks.rs, given
    /// the success callback's callable (when there is one) then the error callback's.
    pub(crate) fn wrapped(
        &mut self,
        pool: &str,
        job: Expr,
        callback: Option<&Expr>,
        error: Option<&Expr>,
    ) -> Option<Expr> {
        let success = match callback {
            Some(callback) => Some(callback_parts(callback)?),
            None => None,
        };
        let failure = match error {
            Some(error) => Some(callback_parts(error)?),
            None => None,
        };
        let spelled = callback.or(error)?;
        let range = job.range();
        let handler = match self.handlers.get(pool) {
            Some(handler) => handler.clone(),
            None => {
                let executor = fresh_name(&format!("weft_pool_callbacks_{pool}"), &mut self.taken);
                let lock = fresh_name(&format!("weft_result_handler_{pool}"), &mut self.taken);
                let handler = Handler { executor, lock };
                self.handlers.insert(pool.to_string(), handler.clone());
                handler
            }
        };
        let wrapper = fresh_name("weft_pool_callback", &mut self.taken);
        let definition = match (&success, &failure) {
            (Some((_, method)), None) => wrapper_definition(&wrapper, *method, spelled.range()),
            (success, Some((_, error_method))) => crate::pool_error_callbacks::error_wrapper_definition(
                &wrapper,
                success.as_ref().map(|(_, method)| *method),
                *error_method,
                spelled.range(),
            ),
            (None, None) => return None,
        };
        self.wrappers.push(definition);
        let function = name(&wrapper, spelled.range(), ast::ExprContext::Load);
        let lock = name(&handler.lock, range, ast::ExprContext::Load);
        let executor = name(&handler.executor, range, ast::ExprContext::Load);
        let mut arguments = vec![function, job, lock];
        arguments.extend(success.into_iter().chain(failure).map(|(given, _)| given));
        Some(method_call(executor, "submit", arguments, range))
    }

    /// The thread pools and locks of the callbacks of the scope just rewritten, by pool; forgotten here.
    pub(crate) fn take_handlers(&mut self) -> BTreeMap<String, Handler> {
        std::mem::take(&mut self.handlers)
    }

    /// The statements for the start of the module: `import threading as weft_threading`, the wrappers.
    pub(crate) fn definitions(self) -> Vec<Stmt> {
        if self.wrappers.is_empty() {
            return Vec::new();
        }
        let mut made = vec![crate::syntax::import_as("threading", THREADING_MODULE)];
        made.extend(self.wrappers);
        made
    }
}

/// What the wrapper is given for a callback, and the method it calls on it: `cb` itself (`None`), or
/// the receiver of a bound method (`results` of `results.append`); `None` for another shape.
fn callback_parts(callback: &Expr) -> Option<(Expr, Option<&str>)> {
    match callback {
        Expr::Name(_) => Some((callback.clone(), None)),
        Expr::Attribute(attribute) => Some(((*attribute.value).clone(), Some(attribute.attr.as_str()))),
        _ => None,
    }
}

pub(crate) const ERROR_CALLBACK_FORM: &str = "`error_callback` of `apply_async` is imported as a function's name or a bound method (`error_callback=on_error`, `error_callback=errors.append`), or a lambda of the module's own code that reads no comprehension's variable: define it with `def` and pass its name";

pub(crate) const CALLBACK_FORM: &str = "`callback` of `apply_async` is imported as a function's name or a bound method (`callback=on_result`, `callback=results.append`), or a lambda of the module's own code that reads no comprehension's variable: define the callback with `def` and pass its name";

/// The thread pools and locks of the callbacks made where their pools are: the lock's assignment
/// just before the pool's statement; `with Pool(...) as pool:` gets the item
/// `weft_concurrent_futures.ThreadPoolExecutor(max_workers=1024) as executor` after the pool's, whose
/// end, before the pool's, waits for every callback; `pool = Pool(...)` is followed by `executor =
/// ...ThreadPoolExecutor(max_workers=1024)`, and `pool.join()` (made `pool.shutdown()`) by
/// `executor.shutdown()`, as CPython's `join()` waits for the result-handler thread.
pub(crate) fn add_handlers(
    body: &mut ast::Suite,
    constructors: &crate::pool_calls::Constructors,
    handlers: &BTreeMap<String, Handler>,
    futures_module: &str,
) {
    if handlers.is_empty() {
        return;
    }
    let mut at = 0;
    while at < body.len() {
        let mut before = None;
        let after = match &mut body[at] {
            Stmt::With(with) => {
                let found =
                    with.items.iter().enumerate().find_map(|(position, item)| match item.optional_vars.as_deref() {
                        Some(Expr::Name(pool)) if constructors.makes_pool(&item.context_expr) => {
                            handlers.get(pool.id.as_str()).map(|handler| (position, handler))
                        }
                        _ => None,
                    });
                if let Some((position, handler)) = found {
                    let item = handler_item(&handler.executor, futures_module, with.items[position].range);
                    with.items.insert(position + 1, item);
                    before = Some(lock_made(&handler.lock, with.range));
                }
                None
            }
            Stmt::Assign(assign) if constructors.makes_pool(&assign.value) => match &assign.targets[..] {
                [Expr::Name(pool)] => handlers.get(pool.id.as_str()).map(|handler| {
                    before = Some(lock_made(&handler.lock, assign.range));
                    let made = handler_item(&handler.executor, futures_module, assign.range);
                    Stmt::Assign(ast::StmtAssign {
                        node_index: ast::AtomicNodeIndex::default(),
                        range: assign.range,
                        targets: vec![*made.optional_vars.expect("the executor's name")],
                        value: Box::new(made.context_expr),
                    })
                }),
                _ => None,
            },
            Stmt::Expr(statement) => shut_pool(&statement.value, handlers).map(|handler| {
                let range = statement.range;
                crate::syntax::expression_statement(method_call(
                    name(&handler.executor, range, ast::ExprContext::Load),
                    "shutdown",
                    Vec::new(),
                    range,
                ))
            }),
            _ => None,
        };
        if !matches!(body[at], Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            for block in crate::blocks::nested_blocks(&mut body[at]) {
                add_handlers(block, constructors, handlers, futures_module);
            }
        }
        if let Some(before) = before {
            body.insert(at, before);
            at += 1;
        }
        at += 1;
        if let Some(after) = after {
            body.insert(at, after);
            at += 1;
        }
    }
}

/// `lock = weft_threading.Lock()`, spanning `range`.
fn lock_made(lock: &str, range: TextRange) -> Stmt {
    let module = name(THREADING_MODULE, range, ast::ExprContext::Load);
    Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        targets: vec![name(lock, range, ast::ExprContext::Store)],
        value: Box::new(method_call(module, "Lock", Vec::new(), range)),
    })
}

/// The thread pool of the callbacks of the pool `pool.shutdown()` (a `join()` rewritten) shuts.
fn shut_pool<'e>(expr: &Expr, handlers: &'e BTreeMap<String, Handler>) -> Option<&'e Handler> {
    let Expr::Call(call) = expr else { return None };
    let Expr::Attribute(attribute) = &*call.func else { return None };
    let Expr::Name(pool) = &*attribute.value else { return None };
    if attribute.attr.as_str() != "shutdown" || !call.arguments.is_empty() {
        return None;
    }
    handlers.get(pool.id.as_str())
}

/// `weft_concurrent_futures.ThreadPoolExecutor(max_workers=1024) as executor`, spanning `range`.
fn handler_item(executor: &str, futures_module: &str, range: TextRange) -> ast::WithItem {
    let module = name(futures_module, range, ast::ExprContext::Load);
    let mut constructor = method_call(module, "ThreadPoolExecutor", Vec::new(), range);
    if let Expr::Call(call) = &mut constructor {
        let workers = Expr::NumberLiteral(ast::ExprNumberLiteral {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            value: ast::Number::Int(ast::Int::from(HANDLER_WORKERS)),
        });
        call.arguments.keywords = vec![ast::Keyword {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            arg: Some(ast::Identifier::new("max_workers", range)),
            value: workers,
        }]
        .into_iter()
        .collect();
    }
    ast::WithItem {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        context_expr: constructor,
        optional_vars: Some(Box::new(name(executor, range, ast::ExprContext::Store))),
    }
}

/// `def wrapper(weft_job, weft_lock, weft_callback): weft_value = weft_job.result(); with weft_lock:
/// weft_callback(weft_value); return weft_value`, or `weft_receiver.method(weft_value)` for a bound
/// method, spanning the callback the program wrote.
fn wrapper_definition(wrapper: &str, method: Option<&str>, range: TextRange) -> Stmt {
    let load = |id: &str| name(id, range, ast::ExprContext::Load);
    let take = Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        targets: vec![name("weft_value", range, ast::ExprContext::Store)],
        value: Box::new(method_call(load("weft_job"), "result", Vec::new(), range)),
    });
    let (given, call) = match method {
        Some(method) => ("weft_receiver", method_call(load("weft_receiver"), method, vec![load("weft_value")], range)),
        None => {
            let mut call = crate::syntax::call_without_arguments(load("weft_callback"), range);
            if let Expr::Call(made) = &mut call {
                made.arguments.args = vec![load("weft_value")].into_boxed_slice();
            }
            ("weft_callback", call)
        }
    };
    let handled = Stmt::With(ast::StmtWith {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        is_async: false,
        items: vec![ast::WithItem {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            context_expr: load("weft_lock"),
            optional_vars: None,
        }],
        body: std::iter::once(crate::syntax::expression_statement(call)).collect(),
    });
    let returned = Stmt::Return(ast::StmtReturn {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        value: Some(Box::new(load("weft_value"))),
    });
    Stmt::FunctionDef(ast::StmtFunctionDef {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        is_async: false,
        decorator_list: Default::default(),
        name: ast::Identifier::new(wrapper, range),
        type_params: None,
        parameters: Box::new(ast::Parameters {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            posonlyargs: Default::default(),
            args: ["weft_job", "weft_lock", given].iter().map(|argument| parameter(argument, None, range)).collect(),
            vararg: None,
            kwonlyargs: Default::default(),
            kwarg: None,
        }),
        returns: None,
        body: [take, handled, returned].into_iter().collect(),
    })
}
