//! An asyncio future made by hand (`fut = loop.create_future()`, `asyncio.get_running_loop().
//! create_future()`, `asyncio.Future()`), set by one coroutine and awaited by another (session31/
//! checks/k54), before translation. The engine's futures are each a task's; a future no task stands
//! behind is written as what CPython's is for these uses: an object of a class of the module holding an
//! `asyncio.Event` and the value, which the translator follows as any instance of the file's classes.
//!
//! ```python
//! class LoopFuture:
//!     def __init__(self):
//!         self._done = asyncio.Event()
//!         self._set = False
//!         self._value = None
//!     async def set_result(self, value):    # `fut.set_result(v)` becomes `await fut.set_result(v)`
//!         if self._set:
//!             raise InvalidStateError()     # CPython's asyncio.InvalidStateError
//!         self._value = value
//!         self._set = True
//!         self._done.set()
//!     async def wait(self):                 # `await fut` becomes `await fut.wait()`
//!         await self._done.wait()
//!         return self._value
//!     def done(self):                       # a plain attribute: no primitive outside a coroutine
//!         return self._set
//!     def result(self):
//!         if not self._set:
//!             raise InvalidStateError()
//!         return self._value
//! ```
//!
//! The passes are CPython's: `set_result` wakes the awaiting task through a callback the loop runs a
//! pass later, as `Event.set` wakes its waiter's future; `await` of a future done already, like
//! `Event.wait()` of a set event, goes on without a pass; and awaiting a coroutine that never suspends
//! (`set_result`) yields nothing to the loop. Only the futures' names in `async def`s are rewritten: the
//! name bound to the new future, and a parameter of a coroutine of the module that a call (or a task's
//! call) gives such a name. Each such name is bound once in its function. Any other use of the future
//! (`cancel()`, `cancelled()`, `set_exception()`, `add_done_callback`, a use outside a coroutine)
//! names a method the class does not have, which the translator refuses at its place; a
//! program that names `InvalidStateError` (catching it) is left alone, and so refused.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr, walk_stmt};
use ruff_python_ast::visitor::{Visitor, walk_expr as walk_read};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::hand_futures::parsed_at;
use crate::syntax::{fresh_name, module_names};

/// The future names of each `async def` (by the function's name).
type FutureNames = BTreeMap<String, BTreeSet<String>>;

/// Rewrites the module's hand-made asyncio futures in place, when there are any of the forms above.
pub fn rewrite_loop_futures(body: &mut ast::Suite) -> Result<(), crate::pool_calls::Refusal> {
    let Some(first_made) = first_future_made(body) else { return Ok(()) };
    if module_names(body).contains("InvalidStateError") {
        return Ok(());
    }
    let Some(names) = future_names(body) else { return Ok(()) };
    check_methods(body, &names)?;
    crate::loop_future_callbacks::check_plain_function_futures(body, &names)?;
    let mut taken = module_names(body);
    let class = fresh_name("LoopFuture", &mut taken);
    let invalid_state = fresh_name("LoopFutureInvalidState", &mut taken);
    let rewrite = Rewrite { class: &class, names: &names, current: std::cell::RefCell::new(BTreeSet::new()) };
    for stmt in body.iter_mut() {
        rewrite.visit_stmt(stmt);
    }
    let text = format!(
        "class {invalid_state}(Exception):\n    pass\n\n\nclass {class}:\n    def __init__(self):\n        \
         self._done = asyncio.Event()\n        self._set = False\n        self._value = None\n\n    \
         async def set_result(self, value):\n        if self._set:\n            \
         raise {invalid_state}(\"invalid state\")\n        self._value = value\n        self._set = True\n        \
         self._done.set()\n\n    async def wait(self):\n        await self._done.wait()\n        \
         return self._value\n\n    def done(self):\n        return self._set\n\n    def result(self):\n        \
         if not self._set:\n            raise {invalid_state}(\"Result is not set.\")\n        return self._value\n"
    );
    let after_imports = body.iter().take_while(|stmt| matches!(stmt, Stmt::Import(_) | Stmt::ImportFrom(_))).count();
    let written = parsed_at(&text, first_made);
    body.splice(after_imports..after_imports, written);
    Ok(())
}

/// The methods of a hand-made future the class follows.
const FOLLOWED_METHODS: [&str; 3] = ["set_result", "done", "result"];

/// Refuses, at its place, a use of a future's attribute that the class does not follow (`cancel()`,
/// `set_exception(e)`, `add_done_callback(cb)`), in words that name the future's forms.
fn check_methods(body: &[Stmt], names: &FutureNames) -> Result<(), crate::pool_calls::Refusal> {
    struct Check<'n> {
        names: &'n BTreeSet<String>,
        refused: Option<crate::pool_calls::Refusal>,
    }
    impl<'a> Visitor<'a> for Check<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            // `fut.set_result(v)` as a statement, the one place it is followed: its arguments only.
            if let Stmt::Expr(statement) = stmt
                && let Expr::Call(call) = &*statement.value
                && let Expr::Attribute(attribute) = &*call.func
                && attribute.attr.as_str() == "set_result"
                && matches!(&*attribute.value, Expr::Name(read) if self.names.contains(read.id.as_str()))
            {
                for argument in &call.arguments.args {
                    self.visit_expr(argument);
                }
                return;
            }
            ruff_python_ast::visitor::walk_stmt(self, stmt);
        }

        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Attribute(attribute) = expr
                && attribute.attr.as_str() == "set_result"
                && matches!(&*attribute.value, Expr::Name(read) if self.names.contains(read.id.as_str()))
                && self.refused.is_none()
            {
                self.refused = Some(crate::pool_calls::Refusal {
                    offset: attribute.range().start().to_usize(),
                    message:
                        "`set_result` of an asyncio future made by hand is imported as a statement of a coroutine \
                              (`fut.set_result(v)`), not as a value (a callback given to `call_soon` or `call_later`, \
                              a result kept); call it from a coroutine that sleeps first"
                            .to_string(),
                });
            }
            if let Expr::Attribute(attribute) = expr
                && matches!(&*attribute.value, Expr::Name(read) if self.names.contains(read.id.as_str()))
                && !FOLLOWED_METHODS.contains(&attribute.attr.as_str())
                && self.refused.is_none()
            {
                self.refused = Some(crate::pool_calls::Refusal {
                    offset: attribute.range().start().to_usize(),
                    message: format!(
                        "`.{}` of an asyncio future made by hand is not imported: weft follows its `set_result(v)` \
                         (as a statement), `await fut`, `done()` and `result()`; for a cancel, start a task and \
                         cancel the task",
                        attribute.attr
                    ),
                });
            }
            walk_read(self, expr);
        }
    }
    for (function, def) in async_defs(body) {
        let Some(own) = names.get(&function) else { continue };
        let mut check = Check { names: own, refused: None };
        check.visit_body(&def.body);
        if let Some(refused) = check.refused {
            return Err(refused);
        }
    }
    Ok(())
}

/// Where the module's first hand-made future is made, if it makes one.
fn first_future_made(body: &[Stmt]) -> Option<ruff_text_size::TextRange> {
    struct Find(Option<ruff_text_size::TextRange>);
    impl<'a> Visitor<'a> for Find {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if self.0.is_none() && makes_future(expr) {
                self.0 = Some(expr.range());
            }
            walk_read(self, expr);
        }
    }
    let mut find = Find(None);
    find.visit_body(body);
    find.0
}

/// `X.create_future()` (the loop's method) or `asyncio.Future()`, with no arguments.
fn makes_future(expr: &Expr) -> bool {
    let Expr::Call(call) = expr else { return false };
    if !call.arguments.is_empty() {
        return false;
    }
    let Expr::Attribute(attribute) = &*call.func else { return false };
    match attribute.attr.as_str() {
        "create_future" => true,
        "Future" => matches!(&*attribute.value, Expr::Name(module) if module.id.as_str() == "asyncio"),
        _ => false,
    }
}

/// The future names of each `async def` of the module: the names its statements bind to a new future,
/// then the parameters that calls of the module's coroutines give such names, until nothing is added.
/// None when a future is made anywhere else (not bound to a name of an `async def`), or a future name is
/// bound more than once in its function.
fn future_names(body: &[Stmt]) -> Option<FutureNames> {
    let defs = async_defs(body);
    let mut names = FutureNames::new();
    let mut made_in_coroutines = 0;
    for (function, def) in &defs {
        for stmt in walk_statements(&def.body) {
            if let Stmt::Assign(assign) = stmt
                && let [Expr::Name(target)] = &assign.targets[..]
                && makes_future(&assign.value)
            {
                names.entry(function.clone()).or_default().insert(target.id.to_string());
                made_in_coroutines += 1;
            }
        }
    }
    if made_in_coroutines != count_made(body) {
        return None;
    }
    loop {
        let mut added = false;
        for (function, def) in &defs {
            let own = names.get(function).cloned().unwrap_or_default();
            for (callee, position) in calls_given(&def.body, &own) {
                let Some(callee_def) = defs.get(&callee) else { continue };
                let parameter = callee_def.parameters.args.get(position)?;
                added |= names.entry(callee).or_default().insert(parameter.parameter.name.to_string());
            }
        }
        if !added {
            break;
        }
    }
    let bound_once = names.iter().all(|(function, own)| {
        let def = defs[function];
        let parameters: BTreeSet<String> = def.parameters.iter().map(|p| p.name().to_string()).collect();
        own.iter().all(|name| stores(&def.body, name) + usize::from(parameters.contains(name)) == 1)
    });
    bound_once.then_some(names)
}

/// The module's `async def`s (methods left out: a future handed to a method is not followed).
fn async_defs(body: &[Stmt]) -> BTreeMap<String, &ast::StmtFunctionDef> {
    body.iter()
        .filter_map(|stmt| match stmt {
            Stmt::FunctionDef(def) if def.is_async => Some((def.name.to_string(), def)),
            _ => None,
        })
        .collect()
}

/// Every statement of a body, nested blocks' too (not those of functions or classes it defines).
fn walk_statements(body: &[Stmt]) -> Vec<&Stmt> {
    let mut all = Vec::new();
    for stmt in body {
        all.push(stmt);
        for inner in crate::blocks::nested_blocks_of(stmt) {
            all.extend(walk_statements(inner));
        }
    }
    all
}

fn count_made(body: &[Stmt]) -> usize {
    struct Count(usize);
    impl<'a> Visitor<'a> for Count {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if makes_future(expr) {
                self.0 += 1;
            }
            walk_read(self, expr);
        }
    }
    let mut count = Count(0);
    count.visit_body(body);
    count.0
}

/// The calls `f(..., name, ...)` in `body` of a plain function name given one of `names` as a
/// positional argument: the function and the argument's position.
fn calls_given(body: &[Stmt], names: &BTreeSet<String>) -> Vec<(String, usize)> {
    struct Calls<'n> {
        names: &'n BTreeSet<String>,
        found: Vec<(String, usize)>,
    }
    impl<'a> Visitor<'a> for Calls<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && let Expr::Name(callee) = &*call.func
            {
                for (position, argument) in call.arguments.args.iter().enumerate() {
                    if matches!(argument, Expr::Name(read) if self.names.contains(read.id.as_str())) {
                        self.found.push((callee.id.to_string(), position));
                    }
                }
            }
            walk_read(self, expr);
        }
    }
    let mut calls = Calls { names, found: Vec::new() };
    calls.visit_body(body);
    calls.found
}

/// How many times `body` binds `name` (or deletes it, or declares it `global`/`nonlocal`).
fn stores(body: &[Stmt], name: &str) -> usize {
    let counts = crate::coroutine_lists::name_stores(body);
    counts.count(name)
}

/// The rewrite of each `async def`'s futures: their making, `await` and `set_result`.
struct Rewrite<'r> {
    class: &'r str,
    names: &'r FutureNames,
    /// The future names of the function being rewritten.
    current: std::cell::RefCell<BTreeSet<String>>,
}

impl Rewrite<'_> {
    fn is_future(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Name(read) if self.current.borrow().contains(read.id.as_str()))
    }
}

impl Transformer for Rewrite<'_> {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        if let Stmt::FunctionDef(def) = stmt
            && def.is_async
        {
            let own = self.names.get(def.name.as_str()).cloned().unwrap_or_default();
            let outer = self.current.replace(own);
            walk_stmt(self, stmt);
            self.current.replace(outer);
            return;
        }
        // `fut.set_result(v)` as a statement: awaited, as the class's coroutine method it now is.
        if let Stmt::Expr(statement) = stmt
            && let Expr::Call(call) = &*statement.value
            && let Expr::Attribute(attribute) = &*call.func
            && attribute.attr.as_str() == "set_result"
            && self.is_future(&attribute.value)
        {
            let range = statement.value.range();
            let call =
                std::mem::replace(&mut *statement.value, crate::syntax::name("_", range, ast::ExprContext::Load));
            *statement.value = Expr::Await(ast::ExprAwait {
                node_index: ast::AtomicNodeIndex::default(),
                range,
                value: Box::new(call),
            });
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&self, expr: &mut Expr) {
        if makes_future(expr) {
            let range = expr.range();
            *expr = crate::syntax::call_without_arguments(
                crate::syntax::name(self.class, range, ast::ExprContext::Load),
                range,
            );
            return;
        }
        if let Expr::Await(awaited) = expr
            && self.is_future(&awaited.value)
        {
            let range = awaited.value.range();
            let receiver = (*awaited.value).clone();
            *awaited.value = crate::syntax::method_call(receiver, "wait", Vec::new(), range);
            return;
        }
        walk_expr(self, expr);
    }
}
