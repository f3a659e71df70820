//! A done callback added to a thread pool's future that nobody else names, before translation
//! (session28/f05: `pool.submit(work, n).add_done_callback(record)`; session31/repro r05: `first =
//! pool.submit(job, 0)` then `first.add_done_callback(on_done)`). CPython runs the callback in the
//! worker that finished the job, right after it sets the future's result (concurrent/futures/thread.py,
//! `_WorkItem.run`, then `_base.py`'s `_invoke_callbacks`), and that worker takes no new job until the
//! callback returns. The translator runs a done callback as a thread of its own, which lets it run
//! beside the worker's next job (a false race, r05: calls=1 beside CPython's 2) and which a callback
//! that waits cannot be (blocking_done_callbacks.rs refuses it); here the callback becomes the tail of
//! the job itself:
//!
//! ```python
//! def work_then_record(argument_1):
//!     failed = False
//!     value = None
//!     try:
//!         value = work(argument_1)
//!     except BaseException:          # the worker sets the exception, then calls back
//!         failed = True
//!     try:
//!         record_after_job(value, failed)
//!     except Exception:              # CPython logs a callback's exception and goes on
//!         pass
//!     return value
//! ```
//!
//! with `record_after_job` a copy of `record` whose `fut.result()` is `job_result(value, failed)`
//! (the value, or an exception when the job raised: the callback has no `try` of its own, so its
//! class does not matter). The submit becomes `pool.submit(work_then_record, n)`.
//!
//! Exact only where nothing else can tell: the future is the chain's alone (nobody waits for it, so
//! no waiter wakes late because its future completes after the callback; nobody cancels it), the pool
//! is a `ThreadPoolExecutor` (a process pool calls back in the parent's result-handler thread) that no
//! `shutdown(cancel_futures=True)` names (a job cancelled so never runs, and CPython calls its callback
//! in the shutting-down thread), and one function (or the module's code) submits to it, so that while
//! the caller is between `submit` and `add_done_callback` nobody queues a job the worker could take.
//! CPython runs the callback in the caller instead when the job is done before `add_done_callback`: no
//! job is queued then (the pool takes jobs in order, and the caller has submitted none since), so the
//! worker's tail runs the same steps beside the same others (with any number of workers: each other
//! worker runs beside the tail as it runs beside the caller). Any callback of the module's functions is
//! taken, with one parameter, naming its future only in `fut.result()` and with no `try`, where each
//! `fut.result()` inside an expression can be checked first on a line of its own (job_tail_results.rs),
//! or where the callback surely waits (a sleep, a `wait`, a `get()`, a `put` into a queue made with a
//! size, a `join()`, an `acquire`, another future's `result()`: session 30's rule, whose `result()`
//! calls the translator places, hoisting.rs); the others keep the thread of their own, which can take
//! every order CPython's can, and the translator's check.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::transformer::{Transformer, walk_body, walk_expr};
use ruff_python_ast::visitor::{Visitor, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::hand_futures::parsed_at;
use crate::job_tail_results::{JobNames, check_before_nested_results, is_result, results_checkable_first};
use crate::syntax::{fresh_name, module_names, name};

/// Rewrites each done callback this takes (module docs) into its job's tail, with the functions made
/// at the start of the module; whether it rewrote any.
pub(crate) fn rewrite_job_tail_callbacks(body: &mut ast::Suite) -> bool {
    let thread_pools = thread_pool_names(body);
    if thread_pools.is_empty() {
        return false;
    }
    let functions: Vec<ast::StmtFunctionDef> = body
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::FunctionDef(def) if !def.is_async && def.decorator_list.is_empty() => Some(def.clone()),
            _ => None,
        })
        .collect();
    let (_, bindings) = crate::syntax::name_counts(body);
    let cancelling = pools_shut_down_cancelling(body);
    let single_submitter: BTreeSet<String> = thread_pools
        .into_iter()
        .filter(|pool| submitters(body, pool).len() == 1 && !cancelling.contains(pool))
        .collect();
    let rewrite = TailRewrite {
        pools: single_submitter,
        bounded_queues: bounded_queue_names(body),
        scopes: std::cell::RefCell::new(vec![global_uses(body)]),
        functions,
        bindings,
        taken: std::cell::RefCell::new(module_names(body)),
        made: std::cell::RefCell::new(Vec::new()),
        lock_holding: crate::tail_lock_holders::lock_holding_scopes(body),
        place: std::cell::RefCell::new(Place::default()),
    };
    rewrite.visit_body(body);
    let made = rewrite.made.into_inner();
    let rewrote = !made.is_empty();
    for (at, definition) in made.into_iter().enumerate() {
        body.insert(at, definition);
    }
    rewrote
}

/// Names the file binds to a `ThreadPoolExecutor(...)` (`with ... as ex`, `ex = ...`).
fn thread_pool_names(body: &[Stmt]) -> BTreeSet<String> {
    #[derive(Default)]
    struct Pools {
        names: BTreeSet<String>,
    }
    fn thread_pool(value: &Expr) -> bool {
        let Expr::Call(call) = value else { return false };
        match &*call.func {
            Expr::Name(named) => named.id.as_str() == "ThreadPoolExecutor",
            Expr::Attribute(attribute) => attribute.attr.as_str() == "ThreadPoolExecutor",
            _ => false,
        }
    }
    impl<'a> Visitor<'a> for Pools {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::With(with) => {
                    for item in &with.items {
                        if let Some(Expr::Name(bound)) = item.optional_vars.as_deref()
                            && thread_pool(&item.context_expr)
                        {
                            self.names.insert(bound.id.to_string());
                        }
                    }
                }
                Stmt::Assign(assign) if thread_pool(&assign.value) => {
                    if let [Expr::Name(bound)] = &assign.targets[..] {
                        self.names.insert(bound.id.to_string());
                    }
                }
                _ => {}
            }
            walk_stmt(self, stmt);
        }
    }
    let mut pools = Pools::default();
    pools.visit_body(body);
    // A name bound to anything else too is not followed.
    let (_, bindings) = crate::syntax::name_counts(body);
    pools.names.into_iter().filter(|pool| bindings.get(pool) == Some(&1)).collect()
}

/// Names the file binds to a queue made with a size: `Queue(maxsize=2)`, `queue.Queue(1)`
/// (`LifoQueue`, `PriorityQueue` too).
fn bounded_queue_names(body: &[Stmt]) -> BTreeSet<String> {
    #[derive(Default)]
    struct Queues(BTreeSet<String>);
    impl<'a> Visitor<'a> for Queues {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::Assign(assign) = stmt
                && let [Expr::Name(bound)] = &assign.targets[..]
                && let Expr::Call(call) = &*assign.value
            {
                let class = match &*call.func {
                    Expr::Name(named) => named.id.as_str(),
                    Expr::Attribute(attribute) => attribute.attr.as_str(),
                    _ => "",
                };
                let sized = !call.arguments.args.is_empty()
                    || call
                        .arguments
                        .keywords
                        .iter()
                        .any(|keyword| keyword.arg.as_ref().is_some_and(|arg| arg == "maxsize"));
                if class.ends_with("Queue") && sized {
                    self.0.insert(bound.id.to_string());
                }
            }
            walk_stmt(self, stmt);
        }
    }
    let mut queues = Queues::default();
    queues.visit_body(body);
    queues.0
}

/// Pools (by name) that a `shutdown(cancel_futures=...)` names: their queued jobs may be cancelled.
fn pools_shut_down_cancelling(body: &[Stmt]) -> BTreeSet<String> {
    #[derive(Default)]
    struct Cancelling(BTreeSet<String>);
    impl<'a> Visitor<'a> for Cancelling {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && let Expr::Attribute(method) = &*call.func
                && let Expr::Name(pool) = &*method.value
                && method.attr.as_str() == "shutdown"
                && call
                    .arguments
                    .keywords
                    .iter()
                    .any(|keyword| keyword.arg.as_ref().is_some_and(|arg| arg == "cancel_futures"))
            {
                self.0.insert(pool.id.to_string());
            }
            ruff_python_ast::visitor::walk_expr(self, expr);
        }
    }
    let mut cancelling = Cancelling::default();
    cancelling.visit_body(body);
    cancelling.0
}

/// The functions (by name; "" for the module's code) whose code calls `pool.submit`, or names the pool
/// in any other way than as a receiver of `submit`, `map` or `shutdown` (passed on, it could be
/// submitted to elsewhere: counted as a second submitter).
fn submitters(body: &[Stmt], pool: &str) -> BTreeSet<String> {
    struct Submits<'p> {
        pool: &'p str,
        function: String,
        found: BTreeSet<String>,
    }
    impl<'a> Visitor<'a> for Submits<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::FunctionDef(def) = stmt {
                let outer = std::mem::replace(&mut self.function, def.name.to_string());
                walk_stmt(self, stmt);
                self.function = outer;
                return;
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Attribute(attribute) = expr
                && matches!(&*attribute.value, Expr::Name(receiver) if receiver.id.as_str() == self.pool)
            {
                if attribute.attr.as_str() == "submit" || attribute.attr.as_str() == "map" {
                    self.found.insert(self.function.clone());
                }
                return;
            }
            if let Expr::Name(named) = expr
                && named.id.as_str() == self.pool
                && named.ctx == ast::ExprContext::Load
            {
                // Passed on or kept: someone else could submit.
                self.found.insert(format!("{}:passed", self.function));
            }
            ruff_python_ast::visitor::walk_expr(self, expr);
        }
    }
    let mut submits = Submits { pool, function: String::new(), found: BTreeSet::new() };
    submits.visit_body(body);
    submits.found
}

struct TailRewrite {
    pools: BTreeSet<String>,
    /// Names bound to a queue made with a size, whose `put` may wait.
    bounded_queues: BTreeSet<String>,
    /// How many times each name is named in the scope being rewritten: the module (its globals, read or
    /// bound in any function that has no local of the name) and each function's body (its nested
    /// functions too).
    scopes: std::cell::RefCell<Vec<std::collections::BTreeMap<String, usize>>>,
    functions: Vec<ast::StmtFunctionDef>,
    bindings: std::collections::BTreeMap<String, usize>,
    taken: std::cell::RefCell<BTreeSet<String>>,
    made: std::cell::RefCell<Vec<Stmt>>,
    /// The scopes that may hold a lock (tail_lock_holders.rs): their adds keep the callback's thread.
    lock_holding: BTreeSet<String>,
    place: std::cell::RefCell<Place>,
}

/// Where the rewrite is: the function ("" for the module's code) and how many lock `with`s are around.
#[derive(Default)]
struct Place {
    function: String,
    held: u32,
}

impl Transformer for TailRewrite {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        if let Stmt::Expr(statement) = stmt
            && let Some(submit) = self.tail_submit(&statement.value)
        {
            *statement.value = submit;
            return;
        }
        if let Stmt::FunctionDef(def) = stmt {
            self.scopes.borrow_mut().push(name_uses(&def.body));
            let entered = Place { function: def.name.to_string(), held: 0 };
            let outer = std::mem::replace(&mut *self.place.borrow_mut(), entered);
            ruff_python_ast::visitor::transformer::walk_stmt(self, stmt);
            *self.place.borrow_mut() = outer;
            self.scopes.borrow_mut().pop();
            return;
        }
        let lock = matches!(stmt, Stmt::With(with) if crate::tail_lock_holders::holds_a_lock(with));
        self.place.borrow_mut().held += u32::from(lock);
        ruff_python_ast::visitor::transformer::walk_stmt(self, stmt);
        self.place.borrow_mut().held -= u32::from(lock);
    }

    /// `fut = pool.submit(job, a)` then `fut.add_done_callback(cb)`, `fut` named nowhere else in its
    /// scope: the chain written in two statements, as `fut = pool.submit(job_then_cb, a)` and `pass`.
    fn visit_body(&self, body: &mut [Stmt]) {
        for at in 1..body.len() {
            let (before, after) = body.split_at_mut(at);
            let (Stmt::Assign(assign), Stmt::Expr(added)) = (&mut before[at - 1], &after[0]) else { continue };
            let [Expr::Name(future)] = &assign.targets[..] else { continue };
            let Expr::Call(add) = &*added.value else { continue };
            let Expr::Attribute(method) = &*add.func else { continue };
            let on_future = matches!(&*method.value, Expr::Name(receiver) if receiver.id == future.id);
            let uses = self.scopes.borrow().last().and_then(|uses| uses.get(future.id.as_str()).copied());
            let (Expr::Call(submit), [callback], true, Some(2)) =
                (&*assign.value, &add.arguments.args[..], on_future, uses)
            else {
                continue;
            };
            if method.attr.as_str() != "add_done_callback" || !add.arguments.keywords.is_empty() {
                continue;
            }
            let Some(rewritten) = self.tail_of(submit, callback, assign.value.range()) else { continue };
            *assign.value = rewritten;
            let range = after[0].range();
            after[0] = Stmt::Pass(ast::StmtPass { node_index: ast::AtomicNodeIndex::default(), range });
        }
        walk_body(self, body);
    }

    fn visit_expr(&self, expr: &mut Expr) {
        walk_expr(self, expr);
    }
}

impl TailRewrite {
    /// `pool.submit(job, a, ...).add_done_callback(cb)` as `pool.submit(job_then_cb, a, ...)`, when it
    /// is one this rewrite takes (module docs).
    fn tail_submit(&self, value: &Expr) -> Option<Expr> {
        let Expr::Call(add) = value else { return None };
        let Expr::Attribute(added) = &*add.func else { return None };
        let ([callback], true) = (&add.arguments.args[..], add.arguments.keywords.is_empty()) else {
            return None;
        };
        let Expr::Call(submit) = &*added.value else { return None };
        if added.attr.as_str() != "add_done_callback" {
            return None;
        }
        self.tail_of(submit, callback, value.range())
    }

    /// `pool.submit(job, a, ...)` whose future `callback` is added to, as `pool.submit(job_then_cb, a,
    /// ...)`, when it is one this rewrite takes (module docs).
    fn tail_of(&self, submit: &ast::ExprCall, callback: &Expr, range: TextRange) -> Option<Expr> {
        // A lock may be held at the add: CPython may run the callback in the adder, under it.
        let place = self.place.borrow();
        if place.held > 0 || self.lock_holding.contains(&place.function) {
            return None;
        }
        drop(place);
        let Expr::Name(callback) = callback else { return None };
        let Expr::Attribute(submitted) = &*submit.func else { return None };
        let Expr::Name(pool) = &*submitted.value else { return None };
        let plain = submit.arguments.keywords.is_empty() && !submit.arguments.args.iter().any(Expr::is_starred_expr);
        let (Some(Expr::Name(job)), true) = (submit.arguments.args.first(), plain) else { return None };
        if submitted.attr.as_str() != "submit" || !self.pools.contains(pool.id.as_str()) {
            return None;
        }
        let job = self.module_function(job.id.as_str())?;
        let callback = self.module_function(callback.id.as_str())?;
        // In the module's code CPython reads both names at the submit (a NameError before their `def`),
        // which the wrapper would read only when the job runs.
        let module_code = self.scopes.borrow().len() == 1;
        if module_code && (job.range.start() > range.start() || callback.range.start() > range.start()) {
            return None;
        }
        let [parameter] = &callback.parameters.args[..] else { return None };
        let simple_parameters = callback.parameters.posonlyargs.is_empty()
            && callback.parameters.vararg.is_none()
            && callback.parameters.kwonlyargs.is_empty()
            && callback.parameters.kwarg.is_none()
            && parameter.default.is_none();
        let future = parameter.parameter.name.as_str();
        // A callback that waits was taken since session 30 with every `fut.result()` as a call the
        // translator places (hoisting.rs); since session 32 any other is taken where each `result()` is
        // checked first on a line of its own (job_tail_results.rs), else it keeps its thread.
        let waits = may_wait(&callback.body, future, &self.bounded_queues);
        if !simple_parameters || !only_results(&callback.body, future) || !(waits || results_checkable(callback)) {
            return None;
        }
        let arity = submit.arguments.args.len() - 1;
        let wrapper = self.write_tail(job, callback, arity, range);
        let mut rewritten = submit.clone();
        let mut arguments = rewritten.arguments.args.to_vec();
        arguments[0] = name(&wrapper, arguments[0].range(), ast::ExprContext::Load);
        rewritten.arguments.args = arguments.into_boxed_slice();
        Some(Expr::Call(rewritten))
    }

    /// A function of the module's top level bound only by its `def`.
    fn module_function(&self, id: &str) -> Option<&ast::StmtFunctionDef> {
        (self.bindings.get(id) == Some(&1)).then_some(())?;
        self.functions.iter().find(|def| def.name.as_str() == id)
    }

    /// The wrapper, the callback's copy and the result's function; the wrapper's name.
    fn write_tail(
        &self,
        job: &ast::StmtFunctionDef,
        callback: &ast::StmtFunctionDef,
        arity: usize,
        range: TextRange,
    ) -> String {
        let mut taken = self.taken.borrow_mut();
        let wrapper = fresh_name(&format!("{}_then_{}", job.name, callback.name), &mut taken);
        let copy = fresh_name(&format!("{}_after_job", callback.name), &mut taken);
        let job_result = fresh_name("job_result", &mut taken);
        // Names no code of the module uses, so that the callback's copy reads no name of its own as them.
        let value = fresh_name("job_value", &mut taken);
        let failed = fresh_name("job_failed", &mut taken);
        let arguments: Vec<String> = (1..=arity).map(|position| format!("argument_{position}")).collect();
        let arguments = arguments.join(", ");
        let job_name = &job.name;
        // A job that returns nothing is called as a statement (its value, None, is what `value` holds).
        let job_call = if returns_a_value(&job.body) {
            format!("{value} = {job_name}({arguments})")
        } else {
            format!("{job_name}({arguments})")
        };
        let text = format!(
            "def {job_result}({value}, {failed}):\n    if {failed}:\n        raise RuntimeError(\"the job raised\")\n    \
             return {value}\n\n\ndef {wrapper}({arguments}):\n    {failed} = False\n    {value} = None\n    try:\n        \
             {job_call}\n    except BaseException:\n        {failed} = True\n    try:\n        \
             {copy}({value}, {failed})\n    except Exception:\n        pass\n    return {value}\n"
        );
        let mut made = self.made.borrow_mut();
        made.extend(parsed_at(&text, range));
        let mut copied = callback.clone();
        copied.name = ast::Identifier::new(&copy, callback.name.range);
        let future = callback.parameters.args[0].parameter.name.to_string();
        let mut parameters = (*copied.parameters).clone();
        parameters.args =
            [parsed_parameter(&value, callback.range), parsed_parameter(&failed, callback.range)].into_iter().collect();
        copied.parameters = Box::new(parameters);
        let names = JobNames { future: &future, job_result: &job_result, value: &value, failed: &failed };
        if results_checkable(callback) {
            check_before_nested_results(&mut copied.body, &names);
        }
        let results = ResultsAsValue { future, job_result, value, failed };
        results.visit_body(&mut copied.body);
        made.push(Stmt::FunctionDef(copied));
        wrapper
    }
}

/// Whether a function's body has a `return` with a value (its nested functions' aside).
fn returns_a_value(body: &[Stmt]) -> bool {
    #[derive(Default)]
    struct Returns(bool);
    impl<'a> Visitor<'a> for Returns {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Return(returned) => self.0 |= returned.value.is_some(),
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut returns = Returns::default();
    returns.visit_body(body);
    returns.0
}

fn parsed_parameter(id: &str, range: TextRange) -> ast::ParameterWithDefault {
    crate::syntax::parameter(id, None, range)
}

/// How many times `body` names each name (read or bound, nested functions included).
fn name_uses(body: &[Stmt]) -> std::collections::BTreeMap<String, usize> {
    #[derive(Default)]
    struct Uses(std::collections::BTreeMap<String, usize>);
    impl<'a> Visitor<'a> for Uses {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(named) = expr {
                *self.0.entry(named.id.to_string()).or_default() += 1;
            }
            ruff_python_ast::visitor::walk_expr(self, expr);
        }
    }
    let mut uses = Uses::default();
    uses.visit_body(body);
    uses.0
}

/// How many times each global is named: in the module's code, and in each function that has no
/// parameter or local of that name (or declares it `global`).
fn global_uses(body: &[Stmt]) -> std::collections::BTreeMap<String, usize> {
    #[derive(Default)]
    struct Uses {
        counts: std::collections::BTreeMap<String, usize>,
        /// The locals of each function being walked.
        shadowed: Vec<BTreeSet<String>>,
    }
    impl<'a> Visitor<'a> for Uses {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::FunctionDef(def) = stmt {
                let mut locals: BTreeSet<String> =
                    def.parameters.iter().map(|parameter| parameter.name().to_string()).collect();
                locals.extend(stored_names(&def.body));
                for declared in declared_global(&def.body) {
                    locals.remove(&declared);
                }
                self.shadowed.push(locals);
                self.visit_body(&def.body);
                self.shadowed.pop();
                return;
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(named) = expr
                && !self.shadowed.iter().any(|locals| locals.contains(named.id.as_str()))
            {
                *self.counts.entry(named.id.to_string()).or_default() += 1;
            }
            ruff_python_ast::visitor::walk_expr(self, expr);
        }
    }
    let mut uses = Uses::default();
    uses.visit_body(body);
    uses.counts
}

/// The names a function's body binds (not its nested functions').
fn stored_names(body: &[Stmt]) -> BTreeSet<String> {
    #[derive(Default)]
    struct Stored(BTreeSet<String>);
    impl<'a> Visitor<'a> for Stored {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(def) => _ = self.0.insert(def.name.to_string()),
                Stmt::ClassDef(class) => _ = self.0.insert(class.name.to_string()),
                _ => walk_stmt(self, stmt),
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(named) = expr
                && named.ctx != ast::ExprContext::Load
            {
                self.0.insert(named.id.to_string());
            }
            ruff_python_ast::visitor::walk_expr(self, expr);
        }
    }
    let mut stored = Stored::default();
    stored.visit_body(body);
    stored.0
}

/// The names a function's body declares `global` (not its nested functions').
fn declared_global(body: &[Stmt]) -> BTreeSet<String> {
    #[derive(Default)]
    struct Declared(BTreeSet<String>);
    impl<'a> Visitor<'a> for Declared {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Global(global) => self.0.extend(global.names.iter().map(|name| name.to_string())),
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut declared = Declared::default();
    declared.visit_body(body);
    declared.0
}

/// `future.result()` as `job_result(job_value, job_failed)`, at the call's range.
struct ResultsAsValue {
    future: String,
    job_result: String,
    value: String,
    failed: String,
}

impl Transformer for ResultsAsValue {
    fn visit_expr(&self, expr: &mut Expr) {
        if is_result(expr, &self.future) {
            let range = expr.range();
            let load = |id: &str| name(id, range, ast::ExprContext::Load);
            let mut call = crate::syntax::call_without_arguments(load(&self.job_result), range);
            if let Expr::Call(made) = &mut call {
                made.arguments.args = vec![load(&self.value), load(&self.failed)].into_boxed_slice();
            }
            *expr = call;
            return;
        }
        walk_expr(self, expr);
    }
}

/// The callback's body names its future only in `future.result()` (no nested function or class
/// could capture it), binds nothing of that name, and has no `try`.
fn only_results(body: &[Stmt], future: &str) -> bool {
    struct Names<'f> {
        future: &'f str,
        results: usize,
        names: usize,
        nested: bool,
    }
    impl<'a> Visitor<'a> for Names<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            // A `try` could catch the exception `job_result` raises for the job's, by its class.
            self.nested |= matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_) | Stmt::Nonlocal(_) | Stmt::Try(_));
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if is_result(expr, self.future) {
                self.results += 1;
            }
            if matches!(expr, Expr::Lambda(_)) {
                self.nested = true;
            }
            if let Expr::Name(named) = expr
                && named.id.as_str() == self.future
            {
                self.names += 1;
            }
            ruff_python_ast::visitor::walk_expr(self, expr);
        }
    }
    let mut names = Names { future, results: 0, names: 0, nested: false };
    names.visit_body(body);
    !names.nested && names.results == names.names
}

/// Whether each `fut.result()` of the callback can be checked first on a line of its own
/// (job_tail_results.rs), its locals being its parameter and what it binds, less its globals.
fn results_checkable(callback: &ast::StmtFunctionDef) -> bool {
    let future = callback.parameters.args[0].parameter.name.as_str();
    let mut locals = stored_names(&callback.body);
    locals.insert(future.to_string());
    for declared in declared_global(&callback.body) {
        locals.remove(&declared);
    }
    results_checkable_first(&callback.body, future, &locals)
}

/// Whether the callback's own body holds a step that may wait (module docs): a call of `sleep`,
/// `wait`, `acquire`, `get()` or `join()` with no positional argument, `put` into a queue made with a
/// size (`bounded`), or a `result()` of anything but its future. A `with lock:` and a `put` into an
/// unbounded queue are left to the translator, which takes a lock held briefly and such a put, and
/// refuses the others (blocking_done_callbacks.rs).
fn may_wait(body: &[Stmt], future: &str, bounded: &BTreeSet<String>) -> bool {
    struct Waits<'f> {
        future: &'f str,
        bounded: &'f BTreeSet<String>,
        found: bool,
    }
    impl<'a> Visitor<'a> for Waits<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr {
                let called = match &*call.func {
                    Expr::Name(named) => named.id.as_str(),
                    Expr::Attribute(attribute) => attribute.attr.as_str(),
                    _ => "",
                };
                let other_result = called == "result" && !is_result(expr, self.future);
                // `q.get()` and `t.join()` take no positional argument, `d.get(key)` and `", ".join(parts)` do.
                let no_positional = call.arguments.args.is_empty();
                let into_bounded = matches!(&*call.func, Expr::Attribute(attribute)
                    if matches!(&*attribute.value, Expr::Name(queue) if self.bounded.contains(queue.id.as_str())));
                let waits = match called {
                    "sleep" | "wait" | "acquire" => true,
                    "put" => into_bounded,
                    "get" | "join" => no_positional,
                    _ => other_result,
                };
                self.found |= waits;
            }
            ruff_python_ast::visitor::walk_expr(self, expr);
        }
    }
    let mut waits = Waits { future, bounded, found: false };
    waits.visit_body(body);
    waits.found
}
