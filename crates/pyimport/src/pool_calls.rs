//! `multiprocessing.Pool`'s own methods, before translation: rewritten on the syntax tree into the
//! `concurrent.futures` calls the translator follows (translate/futures.rs), which model the same thing:
//!
//! - `pool.apply_async(f, (a, b))` is `pool.submit(f, a, b)` (an `AsyncResult` is a future), and
//!   `pool.apply(f, (a,))` is `pool.submit(f, a).result()`;
//! - `r.get()` of such a result is `r.result()`, `r.ready()` is `r.done()`;
//! - `for r in pool.imap(f, items):` is `for r in pool.map(f, items):` (results in order, each as it
//!   comes, as `Executor.map`'s iterator gives them);
//! - `pool.starmap(f, [(1, 2), (3, 4)])` is `pool.map(f, [1, 3], [2, 4])` and `pool.starmap(f, zip(xs,
//!   ys))` is `pool.map(f, xs, ys)`: a job per tuple, given its items, as `Executor.map` with several
//!   iterables gives them;
//! - `pool = Pool(n)` made by hand: `pool.close()` is dropped and `pool.join()` is `pool.shutdown()`,
//!   which waits for every job, as `join` does once `close` has been called.
//!
//! The renamed method keeps the range of the name the program wrote, so the translator, which refuses
//! `submit` on a `multiprocessing.Pool` (it has none), can tell a rewritten `apply_async` from a `submit`
//! the program wrote by reading the source under it.
//!
//! Refused here, plainly, because the rewrite would differ from CPython: the end of `with Pool(...)`
//! calls `terminate()`, which kills the jobs still running, so an `apply_async` result that the `with`
//! does not wait for with `get()` (an `imap` that a `for` of the `with` does not consume) is refused; a
//! pool made by hand that starts such jobs must be `close()`d and `join()`ed; `terminate()`,
//! `get(timeout)` inside a `try` (multiprocessing's own TimeoutError, no subclass of the built-in one;
//! outside every `try` it is `result(timeout)`, a fault when it runs out either way),
//! `imap_unordered`, `starmap` of anything but tuple displays or a `zip`, and `apply_async`'s `callback`, `error_callback` and `kwds`.

use std::cell::RefCell;
use std::collections::BTreeSet;

use ruff_python_ast::visitor::transformer::{Transformer, walk_body, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::pool_builtins::BuiltinJobs;
use crate::pool_callbacks::PoolCallbacks;

/// What the pass refuses: the byte offset it points at and the message.
#[derive(Debug)]
pub struct Refusal {
    pub offset: usize,
    pub message: String,
}

type Checked<T> = Result<T, Refusal>;

fn refuse<T>(node: &impl Ranged, message: impl Into<String>) -> Checked<T> {
    Err(Refusal { offset: node.start().to_usize(), message: message.into() })
}

/// Rewrites the calls of every pool the module makes in a function (or at the top level), scope by
/// scope; the first refusal, if any.
/// True when an `imap_unordered` loop became a loop over `as_completed`, which the module must then
/// import (`import_futures_module`); and the functions of the module that call a builtin a pool runs,
/// for the start of the module (pool_builtins.rs).
pub fn rewrite_pool_calls(body: &mut ast::Suite) -> Checked<(bool, Vec<Stmt>)> {
    let constructors = Constructors::of(body, "Pool");
    if constructors.is_empty() {
        return Ok((false, Vec::new()));
    }
    let mut completion_order = false;
    // A builtin the pool runs becomes a function of the module (pool_builtins.rs).
    let builtins = RefCell::new(BuiltinJobs::of(body));
    // A callback of `apply_async` becomes a job of a thread pool of the parent (pool_callbacks.rs).
    let callbacks = RefCell::new(PoolCallbacks::of(body));
    let successful = std::cell::Cell::new(false);
    let shared =
        Shared { constructors: &constructors, builtins: &builtins, callbacks: &callbacks, successful: &successful };
    completion_order |= rewrite_scope(body, &shared, true)?;
    add_callback_handlers(body, &shared);
    for stmt in body.iter_mut() {
        for_each_nested_body(stmt, &mut |inner| rewrite_scopes(inner, &shared, &mut completion_order))?;
    }
    let callbacks = callbacks.into_inner();
    completion_order |= callbacks.any();
    let mut definitions = builtins.into_inner().definitions();
    definitions.extend(callbacks.definitions());
    if successful.get() {
        definitions.extend(crate::pool_waits::successful_definition());
    }
    Ok((completion_order, definitions))
}

/// What every scope's rewrite shares: how the module names `Pool`, and the functions and statements
/// made for the start of the module.
struct Shared<'m> {
    constructors: &'m Constructors,
    builtins: &'m RefCell<BuiltinJobs>,
    callbacks: &'m RefCell<PoolCallbacks>,
    successful: &'m std::cell::Cell<bool>,
}

/// The name under which the rewrite of `imap_unordered` calls `concurrent.futures.as_completed`.
const FUTURES_MODULE: &str = "weft_concurrent_futures";

/// `import concurrent.futures as weft_concurrent_futures`, for the start of the file.
pub fn import_futures_module() -> Stmt {
    crate::syntax::import_as("concurrent.futures", FUTURES_MODULE)
}

/// The names under which the module can call a member of multiprocessing (`Pool`, `Pipe`,
/// `Process`): the member (or its alias) of `from multiprocessing import Pool`, and `M.Pool` of
/// `import multiprocessing as M`.
pub(crate) struct Constructors {
    member: &'static str,
    names: BTreeSet<String>,
    modules: BTreeSet<String>,
}

impl Constructors {
    pub(crate) fn of(body: &[Stmt], member: &'static str) -> Constructors {
        let mut constructors = Constructors { member, names: BTreeSet::new(), modules: BTreeSet::new() };
        for stmt in body {
            match stmt {
                Stmt::Import(import) => {
                    for alias in import.names.iter().filter(|alias| alias.name.as_str() == "multiprocessing") {
                        let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                        constructors.modules.insert(bound.to_string());
                    }
                }
                Stmt::ImportFrom(import) if import.module.as_ref().is_some_and(|m| m.as_str() == "multiprocessing") => {
                    for alias in import.names.iter().filter(|alias| alias.name.as_str() == member) {
                        let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                        constructors.names.insert(bound.to_string());
                    }
                }
                _ => {}
            }
        }
        constructors
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.names.is_empty() && self.modules.is_empty()
    }

    /// Whether `expr` names the member: `Pool`, `M.Pool`.
    pub(crate) fn names_member(&self, expr: &Expr) -> bool {
        match expr {
            Expr::Name(name) => self.names.contains(name.id.as_str()),
            Expr::Attribute(attribute) => {
                attribute.attr.as_str() == self.member
                    && matches!(&*attribute.value, Expr::Name(module) if self.modules.contains(module.id.as_str()))
            }
            _ => false,
        }
    }

    /// Whether `expr` is a call that makes a pool.
    pub(crate) fn makes_pool(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Call(call) if self.names_member(&call.func))
    }
}

/// The thread pools and locks of the callbacks of the scope just rewritten, made where their pools are
/// (pool_callbacks.rs).
fn add_callback_handlers(body: &mut ast::Suite, shared: &Shared) {
    let handlers = shared.callbacks.borrow_mut().take_handlers();
    crate::pool_callbacks::add_handlers(body, shared.constructors, &handlers, FUTURES_MODULE);
}

/// Every function's body (methods too, nested ones too), each a scope of its own.
fn rewrite_scopes(body: &mut ast::Suite, shared: &Shared, completion_order: &mut bool) -> Checked<()> {
    *completion_order |= rewrite_scope(body, shared, false)?;
    add_callback_handlers(body, shared);
    for stmt in body.iter_mut() {
        for_each_nested_body(stmt, &mut |inner| rewrite_scopes(inner, shared, completion_order))?;
    }
    Ok(())
}

/// Calls `visit` on the bodies of the functions and classes defined in `stmt`, at any depth of its
/// blocks (a `def` inside an `if` too), but not inside those bodies: `rewrite_scopes` goes there.
fn for_each_nested_body(stmt: &mut Stmt, visit: &mut dyn FnMut(&mut ast::Suite) -> Checked<()>) -> Checked<()> {
    match stmt {
        Stmt::FunctionDef(def) => visit(&mut def.body),
        Stmt::ClassDef(class) => visit(&mut class.body),
        other => {
            for block in crate::blocks::nested_blocks(other) {
                for inner in block.iter_mut() {
                    for_each_nested_body(inner, visit)?;
                }
            }
            Ok(())
        }
    }
}

/// How a pool of the scope was made.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Made {
    /// `with Pool(...) as pool:`: its end terminates the jobs still running.
    With,
    /// `pool = Pool(...)`: open until `close()` and `join()`.
    ByHand,
}

/// The pools one scope makes, and the names that hold their `apply_async` results.
struct Scope {
    pools: Vec<(String, Made)>,
    /// `r = pool.apply_async(...)`, `rs = [pool.apply_async(...) for ...]`, `rs.append(pool.apply_async(...))`.
    results: BTreeSet<String>,
    /// The `try` statements of the scope, where a `get(timeout)`'s multiprocessing.TimeoutError might
    /// be caught.
    tries: Vec<TextRange>,
    /// Whether the scope is the module's own code (a lambda there reads only globals).
    module: bool,
    /// The names bound once to a display of tuples of one length, with it: `starmap`'s columns
    /// (pool_waits.rs).
    tuple_lists: std::collections::BTreeMap<String, usize>,
}

impl Scope {
    fn is_pool(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Name(name) if self.pools.iter().any(|(pool, _)| pool == name.id.as_str()))
    }

    fn made(&self, name: &str) -> Option<Made> {
        self.pools.iter().find(|(pool, _)| pool == name).map(|(_, made)| *made)
    }
}

/// One scope's pool calls rewritten; whether an `imap_unordered` became an `as_completed`.
fn rewrite_scope(body: &mut [Stmt], shared: &Shared, module: bool) -> Checked<bool> {
    let mut pools = Vec::new();
    for_each_statement(body, &mut |stmt| find_pools(stmt, shared.constructors, &mut pools));
    if pools.is_empty() {
        return Ok(false);
    }
    let tuple_lists = crate::pool_waits::tuple_lists(body);
    let mut scope = Scope { pools, results: BTreeSet::new(), tries: Vec::new(), module, tuple_lists };
    for_each_statement(body, &mut |stmt| find_results(stmt, &mut scope));
    for_each_statement(body, &mut |stmt| {
        if let Stmt::Try(attempt) = stmt {
            scope.tries.push(attempt.range);
        }
    });
    check_by_hand_pools(body, &scope)?;
    check_with_pools(body, &scope)?;
    if let Some(at) = crate::pool_waits::successful_in_comprehension(body) {
        return refuse(&at, crate::pool_waits::SUCCESSFUL_IN_COMPREHENSION);
    }
    let calls = PoolCalls {
        scope: &scope,
        builtins: shared.builtins,
        callbacks: shared.callbacks,
        successful: shared.successful,
        loop_results: BTreeSet::new(),
        refusal: std::cell::RefCell::new(None),
        completion_order: std::cell::Cell::new(false),
    };
    calls.visit_body(body);
    let completion_order = calls.completion_order.get();
    if let Some(refusal) = calls.refusal.into_inner() {
        return Err(refusal);
    }
    Ok(completion_order)
}

/// Calls `visit` on every statement of the scope, nested blocks too, but not inside the functions and
/// classes it defines.
fn for_each_statement(body: &mut [Stmt], visit: &mut dyn FnMut(&Stmt)) {
    for stmt in body.iter_mut() {
        visit(stmt);
        if matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            continue;
        }
        for block in crate::blocks::nested_blocks(stmt) {
            for_each_statement(block, visit);
        }
    }
}

fn find_pools(stmt: &Stmt, constructors: &Constructors, pools: &mut Vec<(String, Made)>) {
    match stmt {
        Stmt::With(with) => {
            for item in &with.items {
                if constructors.makes_pool(&item.context_expr)
                    && let Some(Expr::Name(name)) = item.optional_vars.as_deref()
                {
                    pools.push((name.id.to_string(), Made::With));
                }
            }
        }
        Stmt::Assign(assign) if constructors.makes_pool(&assign.value) => {
            if let [Expr::Name(name)] = &assign.targets[..] {
                pools.push((name.id.to_string(), Made::ByHand));
            }
        }
        _ => {}
    }
}

/// The pool and method of `pool.method(...)` for a pool of the scope.
fn pool_method<'e>(scope: &Scope, expr: &'e Expr) -> Option<(&'e str, &'e str, &'e ast::ExprCall)> {
    let Expr::Call(call) = expr else { return None };
    let Expr::Attribute(attribute) = &*call.func else { return None };
    let Expr::Name(pool) = &*attribute.value else { return None };
    scope.is_pool(&attribute.value).then(|| (pool.id.as_str(), attribute.attr.as_str(), call))
}

fn is_apply_async(scope: &Scope, expr: &Expr) -> bool {
    matches!(pool_method(scope, expr), Some((_, "apply_async", _)))
}

fn find_results(stmt: &Stmt, scope: &mut Scope) {
    match stmt {
        Stmt::Assign(assign) => {
            let [Expr::Name(name)] = &assign.targets[..] else { return };
            let holds_results = match &*assign.value {
                Expr::ListComp(comprehension) => is_apply_async(scope, &comprehension.elt),
                value => is_apply_async(scope, value),
            };
            if holds_results {
                scope.results.insert(name.id.to_string());
            }
        }
        Stmt::Expr(statement) => {
            if let Expr::Call(call) = &*statement.value
                && let Expr::Attribute(attribute) = &*call.func
                && attribute.attr.as_str() == "append"
                && let Expr::Name(list) = &*attribute.value
                && matches!(&call.arguments.args[..], [argument] if is_apply_async(scope, argument))
            {
                scope.results.insert(list.id.to_string());
            }
        }
        _ => {}
    }
}

/// A pool made by hand that starts jobs whose results may still be running (`apply_async`, `imap`)
/// needs `close()` then `join()`: CPython terminates a pool that is not joined when the program ends,
/// killing its running jobs. `join()` before `close()` is CPython's ValueError.
fn check_by_hand_pools(body: &mut [Stmt], scope: &Scope) -> Checked<()> {
    for (pool, made) in &scope.pools {
        if *made != Made::ByHand {
            continue;
        }
        let mut uses = Vec::new();
        for_each_statement(body, &mut |stmt| collect_methods(stmt, pool, &mut uses));
        let mut closed = false;
        let mut joined = false;
        for (method, range) in &uses {
            match method.as_str() {
                "close" => closed = true,
                "join" if !closed => {
                    return refuse(
                        range,
                        "`join()` of a pool before its `close()` raises ValueError in CPython; call `close()` first",
                    );
                }
                "join" => joined = true,
                "apply_async" | "imap" | "imap_unordered"
                    if !joined && !uses.iter().any(|(method, _)| method == "join") =>
                {
                    return refuse(
                        range,
                        format!(
                            "a pool made by hand whose jobs may still run must be closed and joined (`{pool}.close()` then `{pool}.join()`): CPython terminates a pool left open when the program ends, killing its running jobs, which weft does not model"
                        ),
                    );
                }
                _ => {}
            }
        }
    }
    Ok(())
}

/// The methods called on `pool` in `stmt`'s own expressions (not its nested blocks), in order.
fn collect_methods(stmt: &Stmt, pool: &str, uses: &mut Vec<(String, TextRange)>) {
    use ruff_python_ast::visitor::{Visitor, walk_expr as walk};
    struct Methods<'p> {
        pool: &'p str,
        uses: Vec<(String, TextRange)>,
    }
    impl<'a> Visitor<'a> for Methods<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && let Expr::Attribute(attribute) = &*call.func
                && matches!(&*attribute.value, Expr::Name(name) if name.id.as_str() == self.pool)
            {
                self.uses.push((attribute.attr.to_string(), call.range()));
            }
            walk(self, expr);
        }
        fn visit_stmt(&mut self, _: &'a Stmt) {}
    }
    let mut methods = Methods { pool, uses: Vec::new() };
    for expr in own_expressions(stmt) {
        methods.visit_expr(expr);
    }
    uses.extend(methods.uses);
}

/// The expressions of `stmt` itself: a compound statement's test, iterable or context managers, a
/// simple statement's every expression.
fn own_expressions(stmt: &Stmt) -> Vec<&Expr> {
    match stmt {
        Stmt::Expr(node) => vec![&node.value],
        Stmt::Assign(node) => vec![&node.value],
        Stmt::AugAssign(node) => vec![&node.value],
        Stmt::AnnAssign(node) => node.value.as_deref().into_iter().collect(),
        Stmt::Return(node) => node.value.as_deref().into_iter().collect(),
        Stmt::If(node) => {
            let mut tests = vec![&*node.test];
            tests.extend(node.elif_else_clauses.iter().filter_map(|clause| clause.test.as_ref()));
            tests
        }
        Stmt::For(node) => vec![&node.iter],
        Stmt::While(node) => vec![&node.test],
        Stmt::With(node) => node.items.iter().map(|item| &item.context_expr).collect(),
        Stmt::Assert(node) => vec![&node.test],
        _ => Vec::new(),
    }
}

/// The end of `with Pool(...)` terminates the jobs still running: every `apply_async` result made in
/// the `with` must be waited for by a `get()` the `with` always reaches (a statement of its body, or
/// the body of a `for` of it over the results), and an `imap` must be consumed by a `for` of the body
/// or by `list(...)` as an assignment's value.
fn check_with_pools(body: &mut [Stmt], scope: &Scope) -> Checked<()> {
    let mut outcome = Ok(());
    for_each_statement(body, &mut |stmt| {
        if outcome.is_ok()
            && let Stmt::With(with) = stmt
            && let Some(pool) = with_pool(with, scope)
        {
            outcome = check_with_body(&with.body, pool, scope);
        }
    });
    outcome
}

fn with_pool<'w>(with: &'w ast::StmtWith, scope: &Scope) -> Option<&'w str> {
    with.items.iter().find_map(|item| match item.optional_vars.as_deref() {
        Some(Expr::Name(name)) if scope.made(name.id.as_str()) == Some(Made::With) => Some(name.id.as_str()),
        _ => None,
    })
}

fn check_with_body(body: &[Stmt], pool: &str, scope: &Scope) -> Checked<()> {
    let mut made = Vec::new();
    let mut waited = BTreeSet::new();
    let joined_at = joined_at(body, pool).map(|(joined, closed)| (joined, closed, &body[joined]));
    if let Some((_, false, join)) = joined_at {
        return refuse(
            join,
            "`join()` of a pool before its `close()` raises ValueError in CPython; call `close()` first",
        );
    }
    let joined_at = joined_at.map(|(joined, ..)| joined);
    if let Some(joined) = joined_at
        && joined + 1 < body.len()
    {
        return refuse(
            &body[joined],
            format!(
                "`{pool}.join()` inside `with Pool(...) as {pool}:` is imported as the last statement of the `with` (whose end then kills nothing); end the `with` there and go on after it"
            ),
        );
    }
    for (index, stmt) in body.iter().enumerate() {
        // `pool.close()` then `pool.join()` in the body wait for every job started before them, and
        // for the result-handler thread that runs their callbacks (session 30).
        if joined_at.is_some_and(|joined| index < joined) {
            continue;
        }
        if let Stmt::Expr(statement) = stmt
            && let Some((_, "apply_async", call)) = pool_method(scope, &statement.value)
        {
            return refuse(call, terminate_message(pool));
        }
        if let Stmt::For(looping) = stmt
            && let Some((_, "imap" | "imap_unordered", _)) = pool_method(scope, &looping.iter)
        {
            continue;
        }
        // `for n, r in zip(items, pool.imap(f, items)):` consumes every result in order, as the `for`
        // over the `imap` does (zipped_map_loops.rs writes it so, after the rename to `map`).
        if let Stmt::For(looping) = stmt
            && zipped_imap(&looping.iter, scope)
        {
            continue;
        }
        // `results = list(pool.imap(f, items))`: consumed whole before the `with` ends, as `map`.
        if let Stmt::Assign(assign) = stmt
            && let Expr::Call(outer) = &*assign.value
            && matches!(&*outer.func, Expr::Name(name) if name.id.as_str() == "list")
            && let [inner] = &outer.arguments.args[..]
            && let Some((_, "imap", _)) = pool_method(scope, inner)
        {
            continue;
        }
        let mut uses = Vec::new();
        collect_methods(stmt, pool, &mut uses);
        // `[n for n, p in zip(range(20), pool.imap(f, range(20))) if p]`: consumed whole before the
        // statement goes on, as `map` (session22/m01).
        let consumed = consumed_imaps(stmt, pool, scope);
        uses.retain(|(method, range)| method != "imap" || !consumed.contains(range));
        if let Some((method, range)) = uses.iter().find(|(method, _)| method == "imap" || method == "imap_unordered") {
            return refuse(
                range,
                format!("`{method}` is imported as the iterable of a `for` (`for r in pool.{method}(f, items):`)"),
            );
        }
        // An `apply_async` in a loop's or an `if`'s body too (before session 30 only the statement's own
        // expressions were looked at: a `for` of bare `apply_async` calls imported, its jobs waited for
        // by weft where CPython's `terminate()` kills them).
        nested_methods(stmt, pool, &mut uses);
        // `pool.apply_async(f, args).get()`: each job waited for where it starts (pool_waits.rs).
        if uses.iter().any(|(method, _)| method == "apply_async")
            && !crate::pool_waits::every_apply_async_waited_at_once(stmt, pool)
        {
            made.push((assigned_name(stmt), stmt.range()));
        }
        waited.extend(results_waited(stmt, scope));
    }
    for (holder, range) in made {
        if !holder.as_ref().is_some_and(|holder| waited.contains(holder)) {
            // A holder waited for only with a time-out: refused at that `wait` (pool_waits.rs).
            if let Some(wait) = holder.as_deref().and_then(|holder| crate::pool_waits::timed_wait_of(body, holder)) {
                return refuse(&wait, crate::pool_waits::timed_wait_message(pool));
            }
            return refuse(&range, terminate_message(pool));
        }
    }
    Ok(())
}

/// `zip(items, pool.imap(f, items))`: a `zip` of two arguments whose second is an `imap` of the pool
/// over the same items, written the same (a name, or `range(n)`), so that the `zip` takes every result
/// (over fewer items it would stop early, the jobs left then killed by the `with`'s `terminate()`).
fn zipped_imap(iterable: &Expr, scope: &Scope) -> bool {
    use ruff_python_ast::comparable::ComparableExpr;
    let Expr::Call(call) = iterable else { return false };
    let is_zip = matches!(&*call.func, Expr::Name(function) if function.id.as_str() == "zip");
    let [items, mapped] = &call.arguments.args[..] else { return false };
    let Some((_, "imap", imap)) = pool_method(scope, mapped) else { return false };
    let same_items =
        matches!(&imap.arguments.args[..], [_, over] if ComparableExpr::from(over) == ComparableExpr::from(items));
    is_zip && call.arguments.keywords.is_empty() && imap.arguments.keywords.is_empty() && same_items
}

/// The `imap` calls of `pool` in `stmt`'s own expressions that a list, set or dict comprehension takes
/// whole: the iterable of its one `for`, alone or as `zipped_imap` gives it. A comprehension runs its
/// `for` to the end (it has no `break`), so every result is received before the statement goes on.
fn consumed_imaps(stmt: &Stmt, pool: &str, scope: &Scope) -> Vec<TextRange> {
    use ruff_python_ast::visitor::{Visitor, walk_expr as walk};
    struct Consumed<'s> {
        scope: &'s Scope,
        pool: &'s str,
        ranges: Vec<TextRange>,
    }
    impl<'a> Visitor<'a> for Consumed<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            let generators = match expr {
                Expr::ListComp(node) => Some(&node.generators),
                Expr::SetComp(node) => Some(&node.generators),
                Expr::DictComp(node) => Some(&node.generators),
                _ => None,
            };
            if let Some([generator]) = generators.map(|generators| &generators[..]) {
                let imap = match &generator.iter {
                    Expr::Call(zipped) if zipped_imap(&generator.iter, self.scope) => zipped.arguments.args.get(1),
                    direct => Some(direct),
                };
                if let Some(imap) = imap
                    && let Some((pool, "imap", call)) = pool_method(self.scope, imap)
                    && pool == self.pool
                {
                    self.ranges.push(call.range());
                }
            }
            walk(self, expr);
        }
        fn visit_stmt(&mut self, _: &'a Stmt) {}
    }
    let mut consumed = Consumed { scope, pool, ranges: Vec::new() };
    for expr in own_expressions(stmt) {
        consumed.visit_expr(expr);
    }
    consumed.ranges
}

/// The position of `pool.join()` among the statements of a `with` body, and whether a `pool.close()`
/// comes before it there.
fn joined_at(body: &[Stmt], pool: &str) -> Option<(usize, bool)> {
    let method_of = |stmt: &Stmt| match stmt {
        Stmt::Expr(statement) => match &*statement.value {
            Expr::Call(call) if call.arguments.is_empty() => match &*call.func {
                Expr::Attribute(attribute) if matches!(&*attribute.value, Expr::Name(name) if name.id.as_str() == pool) => {
                    Some(attribute.attr.to_string())
                }
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    let joined = body.iter().position(|stmt| method_of(stmt).as_deref() == Some("join"))?;
    let closed = body.iter().position(|stmt| method_of(stmt).as_deref() == Some("close"));
    Some((joined, closed.is_some_and(|closed| closed < joined)))
}

/// The methods called on `pool` in the statements nested in `stmt`'s blocks (not in the functions
/// and classes it defines), in order.
fn nested_methods(stmt: &Stmt, pool: &str, uses: &mut Vec<(String, TextRange)>) {
    if matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
        return;
    }
    for block in crate::blocks::nested_blocks_of(stmt) {
        for inner in block {
            collect_methods(inner, pool, uses);
            nested_methods(inner, pool, uses);
        }
    }
}

fn terminate_message(pool: &str) -> String {
    format!(
        "the end of `with Pool(...) as {pool}:` calls `terminate()`, which kills the jobs still running; weft imports an `apply_async` in the `with` only when the `with` then waits for every result with `get()` (`[r.get() for r in results]`, or a `for` over them) or calls `{pool}.close()` then `{pool}.join()`, or a pool made by hand with `close()` and `join()`"
    )
}

/// The name an `apply_async` statement puts its result or results in.
fn assigned_name(stmt: &Stmt) -> Option<String> {
    match stmt {
        Stmt::Assign(assign) => match &assign.targets[..] {
            [Expr::Name(name)] => Some(name.id.to_string()),
            _ => None,
        },
        Stmt::Expr(statement) => match &*statement.value {
            Expr::Call(call) => match &*call.func {
                Expr::Attribute(attribute) => match &*attribute.value {
                    Expr::Name(list) => Some(list.id.to_string()),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        },
        Stmt::For(looping) => looping.body.iter().find_map(assigned_name),
        _ => None,
    }
}

/// Whether `stmt` holds (outside the functions it defines) a `break`, `continue`, `return` or `raise`:
/// a way for a `try`'s handler to stop the loop waiting for the results left (or skip a pass's rest).
fn leaves_the_loop(stmt: &Stmt) -> bool {
    match stmt {
        Stmt::Break(_) | Stmt::Continue(_) | Stmt::Return(_) | Stmt::Raise(_) => true,
        Stmt::FunctionDef(_) | Stmt::ClassDef(_) => false,
        _ => crate::blocks::nested_blocks_of(stmt).iter().flat_map(|block| block.iter()).any(leaves_the_loop),
    }
}

/// The result holders whose every result `stmt` waits for: `r.get()` and `[x.get() for x in rs]` in its
/// own expressions, or `x.get()` in a statement of a `for x in rs:` loop's body.
fn results_waited(stmt: &Stmt, scope: &Scope) -> BTreeSet<String> {
    use ruff_python_ast::visitor::{Visitor, walk_expr as walk};
    struct Gets<'s> {
        scope: &'s Scope,
        /// A comprehension's or loop's variable over a holder, and the holder.
        over: Vec<(String, String)>,
        waited: BTreeSet<String>,
    }
    impl<'a> Visitor<'a> for Gets<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            let generators = match expr {
                Expr::ListComp(node) => Some(&node.generators),
                Expr::Generator(node) => Some(&node.generators),
                Expr::SetComp(node) => Some(&node.generators),
                _ => None,
            };
            let before = self.over.len();
            for generator in generators.into_iter().flatten() {
                if let (Expr::Name(variable), Expr::Name(holder)) = (&generator.target, &generator.iter)
                    && self.scope.results.contains(holder.id.as_str())
                    && generator.ifs.is_empty()
                {
                    self.over.push((variable.id.to_string(), holder.id.to_string()));
                }
            }
            // `r.get()`, or `r.wait()` without a time-out (which waits as long).
            if let Expr::Call(call) = expr
                && let Expr::Attribute(attribute) = &*call.func
                && (attribute.attr.as_str() == "get"
                    || (attribute.attr.as_str() == "wait" && call.arguments.is_empty()))
                && let Expr::Name(receiver) = &*attribute.value
            {
                let receiver = receiver.id.as_str();
                if self.scope.results.contains(receiver) {
                    self.waited.insert(receiver.to_string());
                }
                if let Some((_, holder)) = self.over.iter().rev().find(|(variable, _)| variable == receiver) {
                    self.waited.insert(holder.clone());
                }
            }
            walk(self, expr);
            self.over.truncate(before);
        }
    }
    let mut gets = Gets { scope, over: Vec::new(), waited: BTreeSet::new() };
    for expr in own_expressions(stmt) {
        gets.visit_expr(expr);
    }
    if let Stmt::For(looping) = stmt
        && let (Expr::Name(variable), Expr::Name(holder)) = (&*looping.target, &*looping.iter)
        && scope.results.contains(holder.id.as_str())
    {
        gets.over.push((variable.id.to_string(), holder.id.to_string()));
        for inner in &looping.body {
            for expr in own_expressions(inner) {
                gets.visit_expr(expr);
            }
            // `try: r.get()` as the `try`'s first statement: it runs on every pass (a handler of its
            // exception does not stop the loop from waiting for the next).
            if let Stmt::Try(attempt) = inner
                && let Some(first) = attempt.body.first()
                && !leaves_the_loop(inner)
            {
                for expr in own_expressions(first) {
                    gets.visit_expr(expr);
                }
            }
        }
    }
    gets.waited
}

/// The rewrite of the calls themselves (module docs). `loop_results` are the variables of the `for`
/// loops and comprehensions over result holders being walked.
struct PoolCalls<'s> {
    scope: &'s Scope,
    builtins: &'s RefCell<BuiltinJobs>,
    callbacks: &'s RefCell<PoolCallbacks>,
    /// Set once an `r.successful()` became a call of `weft_async_result_successful` (pool_waits.rs).
    successful: &'s std::cell::Cell<bool>,
    loop_results: BTreeSet<String>,
    refusal: std::cell::RefCell<Option<Refusal>>,
    /// Set once an `imap_unordered` loop became a loop over `as_completed`.
    completion_order: std::cell::Cell<bool>,
}

impl PoolCalls<'_> {
    fn refuse(&self, node: &impl Ranged, message: impl Into<String>) {
        let mut refusal = self.refusal.borrow_mut();
        if refusal.is_none() {
            *refusal = Some(Refusal { offset: node.start().to_usize(), message: message.into() });
        }
    }

    fn holds_a_result(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Name(name)
            if self.scope.results.contains(name.id.as_str()) || self.loop_results.contains(name.id.as_str()))
    }

    /// The same rewrite with `variable` a result too, for a loop or comprehension over a holder.
    fn over(&self, variable: &Expr, iterable: &Expr) -> Option<PoolCalls<'_>> {
        let (Expr::Name(variable), Expr::Name(holder)) = (variable, iterable) else { return None };
        if !self.scope.results.contains(holder.id.as_str()) {
            return None;
        }
        let mut loop_results = self.loop_results.clone();
        loop_results.insert(variable.id.to_string());
        Some(PoolCalls {
            scope: self.scope,
            builtins: self.builtins,
            callbacks: self.callbacks,
            successful: self.successful,
            loop_results,
            refusal: std::cell::RefCell::new(None),
            completion_order: std::cell::Cell::new(false),
        })
    }

    /// `for r in pool.imap_unordered(f, items): body` is `for future in as_completed([pool.submit(f,
    /// item) for item in items]): r = future.result(); body`: the results in the order the jobs finish,
    /// as CPython's result handler hands them over. Leaving the loop early is refused: the end of `with
    /// Pool(...)` would kill the jobs left, which the executor's shutdown waits for.
    fn unordered_loop(&self, looping: &mut ast::StmtFor) {
        let Some((_, "imap_unordered", call)) = pool_method(self.scope, &looping.iter) else { return };
        if let Some(keyword) = call.arguments.keywords.first() {
            self.refuse(keyword, "`imap_unordered` with `chunksize` is not imported; pass the function and the items");
            return;
        }
        let [function, items] = &call.arguments.args[..] else {
            self.refuse(call, "`imap_unordered(f, items)` takes the function and one iterable");
            return;
        };
        if crate::blocks::leaves_loop(&looping.body) {
            self.refuse(
                &looping.range,
                "`break` or `return` in a loop over `imap_unordered` is not supported: the jobs left run on, and the end of a `with` of the pool kills them (`terminate()`); consume every result",
            );
            return;
        }
        let Expr::Attribute(attribute) = &*call.func else { return };
        let range = call.range();
        let arguments_range = call.arguments.range;
        let name = |id: &str, ctx| {
            Expr::Name(ast::ExprName { node_index: ast::AtomicNodeIndex::default(), range, id: id.into(), ctx })
        };
        let item = "weft_unordered_item";
        let future = "weft_unordered_future";
        let submit = Expr::Call(ast::ExprCall {
            node_index: ast::AtomicNodeIndex::default(),
            range_start: range.start(),
            func: Box::new(Expr::Attribute(ast::ExprAttribute {
                node_index: ast::AtomicNodeIndex::default(),
                range: attribute.range,
                value: attribute.value.clone(),
                attr: ast::Identifier::new("submit", attribute.attr.range),
                ctx: ast::ExprContext::Load,
            })),
            arguments: ast::Arguments {
                node_index: ast::AtomicNodeIndex::default(),
                range: arguments_range,
                args: vec![function.clone(), name(item, ast::ExprContext::Load)].into_boxed_slice(),
                keywords: Default::default(),
            },
        });
        let submits = Expr::ListComp(ast::ExprListComp {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            elt: Box::new(submit),
            generators: vec![ast::Comprehension {
                node_index: ast::AtomicNodeIndex::default(),
                range,
                target: name(item, ast::ExprContext::Store),
                iter: items.clone(),
                ifs: Vec::new(),
                is_async: false,
            }],
        });
        let as_completed = Expr::Attribute(ast::ExprAttribute {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            value: Box::new(name(FUTURES_MODULE, ast::ExprContext::Load)),
            attr: ast::Identifier::new("as_completed", range),
            ctx: ast::ExprContext::Load,
        });
        *looping.iter = Expr::Call(ast::ExprCall {
            node_index: ast::AtomicNodeIndex::default(),
            range_start: range.start(),
            func: Box::new(as_completed),
            arguments: ast::Arguments {
                node_index: ast::AtomicNodeIndex::default(),
                range: arguments_range,
                args: vec![submits].into_boxed_slice(),
                keywords: Default::default(),
            },
        });
        let variable = std::mem::replace(&mut *looping.target, name(future, ast::ExprContext::Store));
        let result = method_call(name(future, ast::ExprContext::Load), "result", looping.target.range());
        let take = Stmt::Assign(ast::StmtAssign {
            node_index: ast::AtomicNodeIndex::default(),
            range: variable.range(),
            targets: vec![variable],
            value: Box::new(result),
        });
        looping.body.insert(0, take);
        self.completion_order.set(true);
    }

    fn take_refusal_of(&self, inner: PoolCalls<'_>) {
        if let Some(refusal) = inner.refusal.into_inner() {
            self.refuse(&TextRange::empty((refusal.offset as u32).into()), refusal.message);
        }
    }

    /// A call on a pool: renamed, its arguments rewritten, or refused.
    fn pool_call(&self, call: &mut ast::ExprCall) -> Option<Expr> {
        let callback = self.take_keyword(call, "callback");
        let error_callback = self.take_keyword(call, "error_callback");
        let mut replacement = self.renamed_pool_call(call);
        self.builtin_job(call);
        if callback.is_some() || error_callback.is_some() {
            return self.with_callback(call, callback.as_ref(), error_callback.as_ref());
        }
        // `apply(f, args)` is `submit(...).result()`, made of the call before this rewrite.
        if let Some(Expr::Call(result)) = &mut replacement
            && let Expr::Attribute(attribute) = &mut *result.func
            && let Expr::Call(submitted) = &mut *attribute.value
        {
            self.builtin_job(submitted);
        }
        replacement
    }

    /// The keyword `keyword` (`callback=`, `error_callback=`) of `pool.apply_async(...)`, taken out of
    /// the call.
    fn take_keyword(&self, call: &mut ast::ExprCall, keyword: &str) -> Option<ast::Keyword> {
        let Expr::Attribute(attribute) = &*call.func else { return None };
        if attribute.attr.as_str() != "apply_async" {
            return None;
        }
        let at = call
            .arguments
            .keywords
            .iter()
            .position(|given| given.arg.as_ref().is_some_and(|a| a.as_str() == keyword))?;
        let mut keywords = call.arguments.keywords.to_vec();
        let taken = keywords.remove(at);
        call.arguments.keywords = keywords.into_iter().collect();
        Some(taken)
    }

    /// The rewritten `submit` of an `apply_async` whose `callback` or `error_callback` runs in the pool's
    /// result-handler thread: a job of the thread pool of the pool's callbacks (pool_callbacks.rs,
    /// pool_error_callbacks.rs), or refused.
    fn with_callback(
        &self,
        call: &ast::ExprCall,
        callback: Option<&ast::Keyword>,
        error_callback: Option<&ast::Keyword>,
    ) -> Option<Expr> {
        let Expr::Attribute(attribute) = &*call.func else { return None };
        let Expr::Name(pool) = &*attribute.value else { return None };
        let pool = pool.id.as_str();
        // A lambda of the module's code as a function of the module (pool_lambda_callbacks.rs).
        let named = |keyword: &ast::Keyword| match &keyword.value {
            Expr::Lambda(lambda) if self.scope.module => {
                self.callbacks.borrow_mut().lambda_as_function(lambda).unwrap_or_else(|| keyword.value.clone())
            }
            other => other.clone(),
        };
        let values = (callback.map(named), error_callback.map(named));
        let wrapped =
            self.callbacks.borrow_mut().wrapped(pool, Expr::Call(call.clone()), values.0.as_ref(), values.1.as_ref());
        if wrapped.is_none() {
            let refused = [callback, error_callback]
                .into_iter()
                .flatten()
                .find(|keyword| !matches!(keyword.value, Expr::Name(_) | Expr::Attribute(_)));
            let keyword = refused.or(callback).or(error_callback).expect("a callback");
            let words = match keyword.arg.as_ref().map(|arg| arg.as_str()) {
                Some("error_callback") => crate::pool_callbacks::ERROR_CALLBACK_FORM,
                _ => crate::pool_callbacks::CALLBACK_FORM,
            };
            self.refuse(keyword, words);
        }
        wrapped
    }

    /// A builtin as the function of `map`, `imap`, `starmap`, `apply` or `apply_async` (their arguments
    /// rewritten already): a function of the module calling it (pool_builtins.rs).
    fn builtin_job(&self, call: &mut ast::ExprCall) {
        let Expr::Attribute(attribute) = &*call.func else { return };
        if !matches!(attribute.attr.as_str(), "map" | "submit") {
            return;
        }
        let arity = call.arguments.args.len().saturating_sub(1);
        if let Some(function) = call.arguments.args.first_mut() {
            self.builtins.borrow_mut().replace(function, arity);
        }
    }

    fn renamed_pool_call(&self, call: &mut ast::ExprCall) -> Option<Expr> {
        let Expr::Attribute(attribute) = &*call.func else { return None };
        let method = attribute.attr.to_string();
        match method.as_str() {
            "apply_async" => {
                self.apply_arguments(call);
                rename(call, "submit");
                None
            }
            "apply" => {
                self.apply_arguments(call);
                rename(call, "submit");
                Some(method_call(Expr::Call(call.clone()), "result", call.range()))
            }
            "imap" => {
                rename(call, "map");
                None
            }
            "starmap" => {
                self.starmap_arguments(call);
                rename(call, "map");
                None
            }
            "map" | "close" | "join" => None,
            "imap_unordered" => {
                self.refuse(
                    call,
                    "`imap_unordered` is imported as the iterable of a `for` (`for r in pool.imap_unordered(f, items):`)",
                );
                None
            }
            other @ ("terminate" | "starmap_async" | "map_async") => {
                let why = match other {
                    "terminate" => "kills the running jobs, which weft does not model; use `close()` and `join()`",
                    _ => "is not imported yet; use `map` or `apply_async` per item",
                };
                self.refuse(call, format!("`Pool.{other}` {why}"));
                None
            }
            _ => None,
        }
    }

    /// `starmap(f, [(1, 2), (3, 4)])` becomes `map(f, [1, 3], [2, 4])` (each tuple's items are the
    /// job's arguments, as `Executor.map` with several iterables gives them) and `starmap(f, zip(xs,
    /// ys))` becomes `map(f, xs, ys)`; refused: anything but a list or tuple display of tuple displays
    /// of one length, or a `zip` of iterables, and `chunksize`.
    fn starmap_arguments(&self, call: &mut ast::ExprCall) {
        if let Some(keyword) = call.arguments.keywords.first() {
            self.refuse(
                keyword,
                "`starmap` with `chunksize` is not imported; pass the function and the arguments' tuples",
            );
            return;
        }
        let [function, items] = &call.arguments.args[..] else {
            self.refuse(call, "`starmap(f, items)` takes the function and a list of argument tuples");
            return;
        };
        let columns = match crate::pool_waits::starmap_columns(items, &self.scope.tuple_lists) {
            Ok(Some(columns)) => Some(columns),
            Ok(None) => None,
            Err(words) => {
                self.refuse(items, words);
                return;
            }
        };
        let columns = match (columns, items) {
            (Some(columns), _) => columns,
            (None, Expr::Call(zipped))
                if matches!(&*zipped.func, Expr::Name(name) if name.id.as_str() == "zip")
                    && zipped.arguments.keywords.is_empty()
                    && !zipped.arguments.args.is_empty() =>
            {
                zipped.arguments.args.to_vec()
            }
            (None, Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. })) => {
                match transposed(elts) {
                    Some(columns) => columns,
                    None => {
                        self.refuse(
                            items,
                            "`starmap` is imported over a list display of tuple displays of one length (`[(1, 2), (3, 4)]`) or a `zip(xs, ys)`",
                        );
                        return;
                    }
                }
            }
            (None, other) => {
                self.refuse(
                    other,
                    "`starmap` is imported over a list display of tuple displays (`[(1, 2), (3, 4)]`), a name bound once to one, a comprehension of tuple displays or a `zip(xs, ys)`; write the tuples out",
                );
                return;
            }
        };
        let mut arguments = vec![function.clone()];
        arguments.extend(columns);
        call.arguments.args = arguments.into_boxed_slice();
    }

    /// `apply_async(f, (a, b))` and `apply_async(f, args=(a, b))` become `f, a, b`, and `kwds={"k": v}`
    /// (session 25) the keyword `k=v`, as the pool's worker calls `f(*args, **kwds)`; refused:
    /// `callback`, `error_callback`, arguments that are no tuple or list display or name, `kwds` that is
    /// no dict display with string keys.
    fn apply_arguments(&self, call: &mut ast::ExprCall) {
        let mut keywords: Vec<ast::Keyword> = call.arguments.keywords.to_vec();
        let named =
            |name: &'static str| move |keyword: &ast::Keyword| keyword.arg.as_ref().is_some_and(|a| a.as_str() == name);
        let arguments = keywords.iter().position(named("args")).map(|at| keywords.remove(at).value);
        let keyword_arguments = keywords.iter().position(named("kwds")).map(|at| keywords.remove(at).value);
        if let Some(keyword) = keywords.first() {
            self.refuse(keyword, "`apply_async` takes `args`, `kwds`, `callback` and `error_callback`");
            return;
        }
        let keyword_arguments = match keyword_arguments.map(|kwds| self.keywords_of_display(kwds)) {
            Some(None) => return,
            Some(Some(keyword_arguments)) => keyword_arguments,
            None => Vec::new(),
        };
        let mut positional: Vec<Expr> = call.arguments.args.to_vec();
        let arguments = match (positional.len(), arguments) {
            (1, arguments) => arguments,
            (2, None) => positional.pop(),
            _ => {
                self.refuse(call, "`apply_async(f, args)` takes the function and a tuple of its arguments");
                return;
            }
        };
        let items = match arguments {
            None => Vec::new(),
            Some(Expr::Tuple(tuple)) => tuple.elts,
            Some(Expr::List(list)) => list.elts,
            // `apply_async(resize, job)` of a name (session32/m04's `for job in jobs`): the worker's
            // `f(*args)`, which the translator spreads where it knows the tuple at import time and
            // refuses in its own words where it does not.
            Some(name @ Expr::Name(_)) => vec![Expr::Starred(ast::ExprStarred {
                node_index: Default::default(),
                range: name.range(),
                value: Box::new(name),
                ctx: ast::ExprContext::Load,
            })],
            Some(other) => {
                self.refuse(
                    &other,
                    "`apply_async`'s arguments are imported as a tuple display (`(a, b)`) or a name that holds a tuple",
                );
                return;
            }
        };
        positional.extend(items);
        call.arguments.args = positional.into_boxed_slice();
        call.arguments.keywords = keyword_arguments.into_iter().collect();
    }

    /// The keywords of `kwds={"k": v, ...}`: a dict display whose keys are string literals, each a
    /// name; refused otherwise (`None`).
    fn keywords_of_display(&self, kwds: Expr) -> Option<Vec<ast::Keyword>> {
        const FORM: &str = "`apply_async`'s `kwds` is imported as a dict display with string keys (`kwds={\"k\": v}`)";
        let Expr::Dict(display) = kwds else {
            self.refuse(&kwds, FORM);
            return None;
        };
        let mut keywords = Vec::with_capacity(display.items.len());
        for item in display.items {
            let Some(Expr::StringLiteral(key)) = &item.key else {
                self.refuse(item.key.as_ref().unwrap_or(&item.value), FORM);
                return None;
            };
            let name = key.value.to_str();
            let is_identifier = name.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
                && name.chars().all(|c| c.is_alphanumeric() || c == '_');
            if !is_identifier {
                self.refuse(key, FORM);
                return None;
            }
            let range = key.range;
            keywords.push(ast::Keyword {
                node_index: ast::AtomicNodeIndex::default(),
                range,
                arg: Some(ast::Identifier::new(name, range)),
                value: item.value,
            });
        }
        Some(keywords)
    }

    /// `r.get()` of a result is `r.result()`, `r.ready()` is `r.done()`. `r.get(timeout)` is
    /// `r.result(timeout)` outside every `try`: a time-out that runs out ends the thread with
    /// multiprocessing.TimeoutError in CPython, with futures' TimeoutError in weft, a fault either way;
    /// inside a `try` a handler could tell the two classes apart (`except TimeoutError:` catches only
    /// the built-in one), so it is refused there.
    fn result_call(&self, call: &mut ast::ExprCall) {
        let Expr::Attribute(attribute) = &*call.func else { return };
        match attribute.attr.as_str() {
            "get" if call.arguments.is_empty() => rename(call, "result"),
            "get" if self.timeout_only(call) && !self.inside_try(call) => rename(call, "result"),
            "get" if self.timeout_only(call) => self.refuse(
                call,
                "`get(timeout)` of an `AsyncResult` inside a `try` is not imported: it raises multiprocessing.TimeoutError, which weft does not import (`except TimeoutError:` does not catch it in CPython); call it outside the `try`, where a time-out ends the thread, or use `get()`",
            ),
            "get" => self.refuse(call, "`get` of an `AsyncResult` takes a `timeout` only"),
            "ready" => rename(call, "done"),
            "wait" => self.refuse(
                call,
                "`wait()` of an `AsyncResult` is imported only as a statement without a time-out (`r.wait()`); use `get()`",
            ),
            // Methods of a `concurrent.futures` future an `AsyncResult` does not have.
            other @ ("done" | "cancelled" | "running" | "result" | "exception" | "cancel" | "add_done_callback") => {
                self.refuse(call, format!("an `AsyncResult` has no `{other}()` (Python raises AttributeError)"))
            }
            _ => {}
        }
    }
}

impl PoolCalls<'_> {
    /// `r.wait()` without a time-out, of a result.
    fn bare_wait(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Call(call)
            if call.arguments.is_empty()
                && matches!(&*call.func, Expr::Attribute(attribute)
                    if attribute.attr.as_str() == "wait" && self.holds_a_result(&attribute.value)))
    }

    /// `get(t)` or `get(timeout=t)`.
    fn timeout_only(&self, call: &ast::ExprCall) -> bool {
        let arguments = &call.arguments;
        match (arguments.args.len(), &arguments.keywords[..]) {
            (1, []) => true,
            (0, [keyword]) => keyword.arg.as_ref().is_some_and(|name| name.as_str() == "timeout"),
            _ => false,
        }
    }

    fn inside_try(&self, call: &ast::ExprCall) -> bool {
        self.scope.tries.iter().any(|attempt| attempt.contains_range(call.range()))
    }
}

/// The columns of a display of tuple displays of one length, each column a list display spanning the
/// items it takes (`[(1, 2), (3, 4)]` gives `[1, 3]` and `[2, 4]`); `None` for anything else.
fn transposed(rows: &[Expr]) -> Option<Vec<Expr>> {
    let mut columns: Vec<Vec<Expr>> = Vec::new();
    for row in rows {
        let items = match row {
            Expr::Tuple(tuple) => &tuple.elts,
            Expr::List(list) => &list.elts,
            _ => return None,
        };
        if columns.is_empty() {
            columns = vec![Vec::new(); items.len()];
        }
        if items.is_empty() || items.len() != columns.len() {
            return None;
        }
        for (column, item) in columns.iter_mut().zip(items.iter()) {
            column.push(item.clone());
        }
    }
    let range = rows.first()?.range();
    Some(
        columns
            .into_iter()
            .map(|elts| {
                Expr::List(ast::ExprList {
                    node_index: ast::AtomicNodeIndex::default(),
                    range,
                    elts,
                    ctx: ast::ExprContext::Load,
                })
            })
            .collect(),
    )
}

/// Gives `call`'s method the name `name`, keeping the range of the name the program wrote.
fn rename(call: &mut ast::ExprCall, name: &str) {
    if let Expr::Attribute(attribute) = &mut *call.func {
        attribute.attr = ast::Identifier::new(name, attribute.attr.range);
    }
}

/// `receiver.method()`, spanning `range`.
fn method_call(receiver: Expr, method: &str, range: TextRange) -> Expr {
    let func = Expr::Attribute(ast::ExprAttribute {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        value: Box::new(receiver),
        attr: ast::Identifier::new(method, TextRange::empty(range.end())),
        ctx: ast::ExprContext::Load,
    });
    crate::syntax::call_without_arguments(func, range)
}

impl Transformer for PoolCalls<'_> {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        match stmt {
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
            Stmt::Expr(statement) if matches!(pool_method(self.scope, &statement.value), Some((_, "close", _))) => {
                // `close()` only stops new jobs: `join()`, made `shutdown()`, refuses a submit after it.
                *stmt = Stmt::Pass(ast::StmtPass { node_index: ast::AtomicNodeIndex::default(), range: stmt.range() });
            }
            Stmt::Expr(statement) if matches!(pool_method(self.scope, &statement.value), Some((pool, "join", _)) if self.scope.made(pool) == Some(Made::With)) =>
            {
                // The last statement of its `with` (check_with_body): the executor's end waits for the
                // same jobs.
                *stmt = Stmt::Pass(ast::StmtPass { node_index: ast::AtomicNodeIndex::default(), range: stmt.range() });
            }
            Stmt::Expr(statement) if matches!(pool_method(self.scope, &statement.value), Some((_, "join", _))) => {
                if let Expr::Call(call) = &mut *statement.value {
                    rename(call, "shutdown");
                }
            }
            Stmt::Expr(statement) if self.bare_wait(&statement.value) => {
                // `r.wait()` as a statement: waits until the job is done and raises nothing, which
                // `exception()` of its future does (its value, the job's exception, is dropped).
                if let Expr::Call(call) = &mut *statement.value {
                    rename(call, "exception");
                }
            }
            Stmt::For(looping) => {
                self.unordered_loop(looping);
                self.visit_expr(&mut looping.iter);
                match self.over(&looping.target, &looping.iter) {
                    Some(inner) => {
                        walk_body(&inner, &mut looping.body);
                        self.take_refusal_of(inner);
                    }
                    None => walk_body(self, &mut looping.body),
                }
                walk_body(self, &mut looping.orelse);
            }
            _ => ruff_python_ast::visitor::transformer::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&self, expr: &mut Expr) {
        let generators = match expr {
            Expr::ListComp(node) => Some((&mut node.generators, vec![&mut node.elt])),
            Expr::Generator(node) => Some((&mut node.generators, vec![&mut node.elt])),
            Expr::SetComp(node) => Some((&mut node.generators, vec![&mut node.elt])),
            _ => None,
        };
        if let Some((generators, elements)) = generators
            && let [generator] = &mut generators[..]
            && let Some(inner) = self.over(&generator.target, &generator.iter)
        {
            for element in elements {
                inner.visit_expr(element);
            }
            for condition in generator.ifs.iter_mut() {
                inner.visit_expr(condition);
            }
            self.take_refusal_of(inner);
            return;
        }
        // `pool.apply_async(f, args).get()`: the chained `get` is a holder's (pool_waits.rs).
        let chained = self.scope.pools.iter().any(|(pool, _)| crate::pool_waits::is_chained_get(expr, pool));
        walk_expr(self, expr);
        let Expr::Call(call) = expr else { return };
        let Expr::Attribute(attribute) = &*call.func else { return };
        if self.scope.is_pool(&attribute.value) {
            if let Some(replacement) = self.pool_call(call) {
                *expr = replacement;
            }
        } else if self.holds_a_result(&attribute.value)
            && attribute.attr.as_str() == "successful"
            && call.arguments.is_empty()
        {
            // `r.successful()`: a call of the module's function that CPython's method is (pool_waits.rs).
            *expr = crate::pool_waits::successful_call((*attribute.value).clone(), call.range());
            self.successful.set(true);
        } else if chained || self.holds_a_result(&attribute.value) {
            self.result_call(call);
        }
    }
}
