//! `pool.apply_async(f, args, callback=cb)` of a `with Pool(...) as pool:` made at the module's top level
//! (session24/m01, session26/m02), before translation.
//!
//! CPython (Lib/multiprocessing/pool.py, 3.11): the pool's result-handler thread, a thread of the parent,
//! takes each finished job's result from the workers in the order the jobs finish and calls
//! `ApplyResult._set`, which runs `cb(value)` when the job succeeded and only then sets the result's
//! event: `get()`, `wait()` and `ready()` see the result once the callback has returned, and the
//! callbacks run one at a time, in that one thread. The rewrite:
//!
//! ```python
//! import threading as weft_threading
//! weft_result_handler_pool = weft_threading.Lock()
//! def weft_pool_callback(weft_job):
//!     weft_value = weft_job.result()
//!     with weft_result_handler_pool:
//!         cb(weft_value)
//!     return weft_value
//! ...
//! with Pool(2) as pool, weft_concurrent_futures.ThreadPoolExecutor(max_workers=1024) as weft_pool_callbacks:
//!     r = weft_pool_callbacks.submit(weft_pool_callback, pool.submit(f, a))
//! ```
//!
//! Each callback is a job of a thread pool of the parent that waits for its job's result, then runs the
//! callback under the pool's one lock, and gives the value: `r.get()` (`r.result()`) returns after the
//! callback, as CPython's; a job that raised skips the callback and `get()` raises its exception, as
//! CPython's (`_success` false, no `error_callback`). Callbacks run one at a time, and in any order of
//! the jobs that have finished, CPython's finish order among them (a superset of CPython's orders,
//! never fewer). 1024 workers (the format's most) so that no callback waits behind another's job.
//!
//! Refused: `error_callback`; a pool made by hand; a callback other than a function of the module or a
//! method of a name the module binds once at its top level (the thread reads it when it runs, which
//! must be what `apply_async` was given); an `apply_async` with a callback inside a function (whose
//! locals the module's wrapper cannot see).

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
    /// How many times each name of the module is bound (syntax::name_counts).
    bindings: BTreeMap<String, usize>,
    /// Names bound by a statement of the module's top level (not inside a function or class).
    top_level: BTreeSet<String>,
    /// Pool name → its lock, for the module's pools.
    locks: BTreeMap<String, String>,
    /// Pool name → the thread pool of its callbacks, for the scope being rewritten.
    executors: BTreeMap<String, String>,
    wrappers: Vec<Stmt>,
}

impl PoolCallbacks {
    pub(crate) fn of(body: &[Stmt]) -> PoolCallbacks {
        let (_, bindings) = crate::syntax::name_counts(body);
        let mut top_level = BTreeSet::new();
        top_level_bindings(body, &mut top_level);
        PoolCallbacks {
            taken: module_names(body),
            bindings,
            top_level,
            locks: BTreeMap::new(),
            executors: BTreeMap::new(),
            wrappers: Vec::new(),
        }
    }

    /// True once a callback was rewritten: the module must import concurrent.futures.
    pub(crate) fn any(&self) -> bool {
        !self.wrappers.is_empty()
    }

    /// Why `callback` cannot be run later by a thread of the module, if it cannot: a function of the
    /// module (`on_result`) or a method of a module name (`collected.append`), bound once at the top
    /// level, so that the wrapper reads what `apply_async` was given.
    pub(crate) fn unusable(&self, callback: &Expr) -> Option<&'static str> {
        let holder = match callback {
            Expr::Name(name) => name,
            Expr::Attribute(attribute) => match &*attribute.value {
                Expr::Name(name) => name,
                _ => return Some(CALLBACK_FORM),
            },
            _ => return Some(CALLBACK_FORM),
        };
        let id = holder.id.as_str();
        let bound_once = self.bindings.get(id) == Some(&1) && self.top_level.contains(id);
        (!bound_once).then_some(CALLBACK_FORM)
    }

    /// `executor.submit(wrapper, job)`: the job's future handed to a callback job of the pool's thread
    /// pool, whose future is the `AsyncResult`.
    pub(crate) fn wrapped(&mut self, pool: &str, job: Expr, callback: &Expr) -> Expr {
        let range = job.range();
        let executor = match self.executors.get(pool) {
            Some(executor) => executor.clone(),
            None => {
                let executor = fresh_name(&format!("weft_pool_callbacks_{pool}"), &mut self.taken);
                self.executors.insert(pool.to_string(), executor.clone());
                executor
            }
        };
        let lock = match self.locks.get(pool) {
            Some(lock) => lock.clone(),
            None => {
                let lock = fresh_name(&format!("weft_result_handler_{pool}"), &mut self.taken);
                self.locks.insert(pool.to_string(), lock.clone());
                lock
            }
        };
        let wrapper = fresh_name("weft_pool_callback", &mut self.taken);
        self.wrappers.push(wrapper_definition(&wrapper, &lock, callback));
        let function = name(&wrapper, callback.range(), ast::ExprContext::Load);
        method_call(name(&executor, range, ast::ExprContext::Load), "submit", vec![function, job], range)
    }

    /// The thread pools of the callbacks of the scope just rewritten, by pool; forgotten here.
    pub(crate) fn take_executors(&mut self) -> BTreeMap<String, String> {
        std::mem::take(&mut self.executors)
    }

    /// The statements for the start of the module: `import threading as weft_threading`, the pools'
    /// locks, the wrappers.
    pub(crate) fn definitions(self) -> Vec<Stmt> {
        if self.wrappers.is_empty() {
            return Vec::new();
        }
        let mut made = vec![crate::syntax::import_as("threading", THREADING_MODULE)];
        let range = TextRange::empty(0.into());
        for lock in self.locks.values() {
            let module = name(THREADING_MODULE, range, ast::ExprContext::Load);
            made.push(Stmt::Assign(ast::StmtAssign {
                node_index: ast::AtomicNodeIndex::default(),
                range,
                targets: vec![name(lock, range, ast::ExprContext::Store)],
                value: Box::new(method_call(module, "Lock", Vec::new(), range)),
            }));
        }
        made.extend(self.wrappers);
        made
    }
}

const CALLBACK_FORM: &str = "`callback` of `apply_async` is imported as a function of the module or a method of a name the module binds once at its top level (`callback=on_result`, `callback=results.append`): the pool's result-handler thread calls it later, and must find what `apply_async` was given";

/// The thread pools of the callbacks made where their pools are: `with Pool(...) as pool:` gets the item
/// `weft_concurrent_futures.ThreadPoolExecutor(max_workers=1024) as executor` after the pool's, whose
/// end, before the pool's, waits for every callback; `pool = Pool(...)` is followed by `executor =
/// ...ThreadPoolExecutor(max_workers=1024)`, and `pool.join()` (made `pool.shutdown()`) by
/// `executor.shutdown()`, as CPython's `join()` waits for the result-handler thread.
pub(crate) fn add_handlers(
    body: &mut ast::Suite,
    constructors: &crate::pool_calls::Constructors,
    executors: &BTreeMap<String, String>,
    futures_module: &str,
) {
    if executors.is_empty() {
        return;
    }
    let mut at = 0;
    while at < body.len() {
        let added = match &mut body[at] {
            Stmt::With(with) => {
                let found =
                    with.items.iter().enumerate().find_map(|(position, item)| match item.optional_vars.as_deref() {
                        Some(Expr::Name(pool)) if constructors.makes_pool(&item.context_expr) => {
                            executors.get(pool.id.as_str()).map(|executor| (position, executor))
                        }
                        _ => None,
                    });
                if let Some((position, executor)) = found {
                    let item = handler_item(executor, futures_module, with.items[position].range);
                    with.items.insert(position + 1, item);
                }
                None
            }
            Stmt::Assign(assign) if constructors.makes_pool(&assign.value) => match &assign.targets[..] {
                [Expr::Name(pool)] => executors.get(pool.id.as_str()).map(|executor| {
                    let made = handler_item(executor, futures_module, assign.range);
                    Stmt::Assign(ast::StmtAssign {
                        node_index: ast::AtomicNodeIndex::default(),
                        range: assign.range,
                        targets: vec![*made.optional_vars.expect("the executor's name")],
                        value: Box::new(made.context_expr),
                    })
                }),
                _ => None,
            },
            Stmt::Expr(statement) => shut_pool(&statement.value, executors).map(|executor| {
                let range = statement.range;
                crate::syntax::expression_statement(method_call(
                    name(executor, range, ast::ExprContext::Load),
                    "shutdown",
                    Vec::new(),
                    range,
                ))
            }),
            _ => None,
        };
        if !matches!(body[at], Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            for block in crate::blocks::nested_blocks(&mut body[at]) {
                add_handlers(block, constructors, executors, futures_module);
            }
        }
        at += 1;
        if let Some(added) = added {
            body.insert(at, added);
            at += 1;
        }
    }
}

/// The thread pool of the callbacks of the pool `pool.shutdown()` (a `join()` rewritten) shuts.
fn shut_pool<'e>(expr: &Expr, executors: &'e BTreeMap<String, String>) -> Option<&'e String> {
    let Expr::Call(call) = expr else { return None };
    let Expr::Attribute(attribute) = &*call.func else { return None };
    let Expr::Name(pool) = &*attribute.value else { return None };
    if attribute.attr.as_str() != "shutdown" || !call.arguments.is_empty() {
        return None;
    }
    executors.get(pool.id.as_str())
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

/// `def wrapper(weft_job): weft_value = weft_job.result(); with lock: callback(weft_value); return
/// weft_value`, spanning the callback the program wrote.
fn wrapper_definition(wrapper: &str, lock: &str, callback: &Expr) -> Stmt {
    let range = callback.range();
    let load = |id: &str| name(id, range, ast::ExprContext::Load);
    let take = Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        targets: vec![name("weft_value", range, ast::ExprContext::Store)],
        value: Box::new(method_call(load("weft_job"), "result", Vec::new(), range)),
    });
    let mut call = crate::syntax::call_without_arguments(callback.clone(), range);
    if let Expr::Call(made) = &mut call {
        made.arguments.args = vec![load("weft_value")].into_boxed_slice();
    }
    let handled = Stmt::With(ast::StmtWith {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        is_async: false,
        items: vec![ast::WithItem {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            context_expr: load(lock),
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
            args: std::iter::once(parameter("weft_job", None, range)).collect(),
            vararg: None,
            kwonlyargs: Default::default(),
            kwarg: None,
        }),
        returns: None,
        body: [take, handled, returned].into_iter().collect(),
    })
}

/// The names the module's top-level statements bind: assignments' names, `def`s and `class`es, in
/// nested blocks too but not inside functions or classes.
fn top_level_bindings(body: &[Stmt], names: &mut BTreeSet<String>) {
    for stmt in body {
        match stmt {
            Stmt::Assign(assign) => names.extend(assign.targets.iter().filter_map(name_of)),
            Stmt::AnnAssign(assign) if assign.value.is_some() => names.extend(name_of(&assign.target)),
            Stmt::FunctionDef(def) => {
                names.insert(def.name.to_string());
            }
            Stmt::ClassDef(class) => {
                names.insert(class.name.to_string());
            }
            _ => {}
        }
        if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            for block in crate::blocks::nested_blocks_of(stmt) {
                top_level_bindings(block, names);
            }
        }
    }
}

fn name_of(target: &Expr) -> Option<String> {
    match target {
        Expr::Name(name) => Some(name.id.to_string()),
        _ => None,
    }
}
