//! A process pool's `initializer=` that only sets module globals (session35/f03), before translation.
//!
//! CPython runs `initializer(*initargs)` once in each worker process, before the worker's first job,
//! and what it sets lasts across that worker's jobs (Lib/concurrent/futures/process.py
//! `_process_worker`, Lib/multiprocessing/pool.py `worker`). weft's process jobs are a process each,
//! so it has no worker whose state lasts. Where the initializer's whole effect is binding module
//! globals to values its arguments decide, every worker holds the same values after it, and a job
//! reads them as it would a module constant that only the workers have: so
//!
//! ```python
//! RATES = None
//! def load_rates(base):
//!     global RATES
//!     RATES = {"EUR": base, "USD": base + 10}
//! ... ProcessPoolExecutor(max_workers=2, initializer=load_rates, initargs=(100,))
//! ```
//!
//! is the program with `weft_load_rates_RATES = {"EUR": 100, "USD": 100 + 10}` bound just after
//! `RATES = None` (the main process keeps its own value), the jobs' reads of `RATES` reading
//! `weft_load_rates_RATES`, the pool made without the keywords and the initializer's `def` gone
//! (a job's process copies a module dict or list nothing writes: translate/futures.rs
//! `process_globals`), where nothing can tell the two apart:
//!
//! - the initializer is a function of the module named only there, its parameters plain names, its
//!   body `global` declarations and one assignment per declared global, each value made of its
//!   parameters and literals by displays, `+`, `-` and `*` of numbers (nothing that can raise: a
//!   failing initializer breaks the pool); `initargs` a tuple display of literals, one per parameter;
//! - each global it sets is bound once at the module's top level and written nowhere else;
//! - each function that reads it is either a job of the pool named nowhere else (`pool.map(convert,
//!   ...)`, `pool.submit(convert, ...)`: it runs in the workers only, its reads renamed) or code of
//!   the main process no job reaches by its calls (its reads keep the main process's value); no
//!   read inside a nested function, a lambda or a class, whose process the rewrite cannot tell; the
//!   pool's name bound once.
//!
//! Anything else is left as written, and the translator refuses the keyword as before.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr as transform_expr};
use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

/// The methods of a pool that take a job as their first argument.
const JOB_METHODS: [&str; 9] =
    ["submit", "map", "imap", "imap_unordered", "starmap", "apply", "apply_async", "map_async", "starmap_async"];

/// Rewrites the one pool of the module whose `initializer=` only sets module globals (the module's
/// comment), in place; anything else is left as written.
pub fn rewrite_pool_initializers(body: &mut ast::Suite) {
    let Some(plan) = Plan::of(body) else { return };
    plan.apply(body);
}

/// What the rewrite does.
struct Plan {
    /// The initializer's name, whose `def` goes.
    initializer: String,
    /// Each global the initializer sets: the workers' name for it (a module global of its own, so the
    /// main process keeps its own value), and its value with the arguments put in.
    values: BTreeMap<String, (String, Expr)>,
    /// The functions that read them in the workers only: their reads go to the workers' names.
    readers: BTreeSet<String>,
}

impl Plan {
    fn of(body: &[Stmt]) -> Option<Plan> {
        let mut pools = PoolCalls::default();
        pools.visit_body(body);
        let ([pool], 0) = (pools.found.as_slice(), pools.unbound) else { return None };
        let Expr::Name(initializer) = &pool.initializer else { return None };
        let initializer = initializer.id.to_string();
        let def = top_level_def(body, &initializer)?;
        let arguments = initargs(pool.initargs.as_ref())?;
        let values = global_values(def, &arguments)?;
        let (uses, bindings) = crate::syntax::name_counts(body);
        // Its `def` and the keyword; the pool's name bound once (no other pool's jobs counted as its).
        if uses.get(&initializer) != Some(&2) || bindings.get(&pool.binding) != Some(&1) {
            return None;
        }
        let mut readers = BTreeSet::new();
        for global in values.keys() {
            // The module's binding, and the initializer's `global` and assignment.
            let bound_by_these_only = bindings.get(global) == Some(&3) && bound_at_top(body, global);
            if !bound_by_these_only {
                return None;
            }
            readers.extend(worker_readers(body, global, &pool.binding, &uses)?);
        }
        let mut taken = crate::syntax::module_names(body);
        let values = values
            .into_iter()
            .map(|(global, value)| {
                let workers = crate::syntax::fresh_name(&format!("weft_{initializer}_{global}"), &mut taken);
                (global, (workers, value))
            })
            .collect();
        Some(Plan { initializer, values, readers })
    }

    fn apply(self, body: &mut ast::Suite) {
        body.retain(|stmt| !matches!(stmt, Stmt::FunctionDef(def) if def.name.as_str() == self.initializer));
        let mut at = 0;
        while at < body.len() {
            if let Stmt::Assign(assign) = &body[at]
                && let [Expr::Name(target)] = assign.targets.as_slice()
                && let Some((workers, value)) = self.values.get(target.id.as_str())
            {
                let mut bound = assign.clone();
                bound.targets = vec![crate::syntax::name(workers, target.range, ast::ExprContext::Store)];
                bound.value = Box::new(value.clone());
                body.insert(at + 1, Stmt::Assign(bound));
                at += 1;
            }
            at += 1;
        }
        let renames: BTreeMap<&str, &str> =
            self.values.iter().map(|(global, (workers, _))| (global.as_str(), workers.as_str())).collect();
        let rename = RenameReads { renames: &renames };
        let dropping = DropInitializerKeywords { initializer: &self.initializer };
        for stmt in body.iter_mut() {
            if matches!(stmt, Stmt::FunctionDef(def) if self.readers.contains(def.name.as_str())) {
                rename.visit_stmt(stmt);
            }
            dropping.visit_stmt(stmt);
        }
    }
}

/// Each read of a global the initializer set, in the jobs, as a read of the workers' name for it.
struct RenameReads<'a> {
    renames: &'a BTreeMap<&'a str, &'a str>,
}

impl Transformer for RenameReads<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Name(name) = expr
            && matches!(name.ctx, ast::ExprContext::Load)
            && let Some(workers) = self.renames.get(name.id.as_str())
        {
            name.id = ast::name::Name::new(*workers);
        }
        transform_expr(self, expr);
    }
}

/// A pool made with `initializer=` (a `with ... as name` or `name = ...`), and the name that holds it.
struct PoolCall {
    initializer: Expr,
    initargs: Option<Expr>,
    binding: String,
}

/// Every call with an `initializer=` keyword; a call not bound to a name makes the rewrite give up.
#[derive(Default)]
struct PoolCalls {
    found: Vec<PoolCall>,
    unbound: usize,
}

impl PoolCalls {
    fn note(&mut self, call: &Expr, binding: Option<&Expr>) -> bool {
        let Expr::Call(call) = call else { return false };
        let Some(initializer) = call.arguments.find_keyword("initializer") else { return false };
        match binding {
            Some(Expr::Name(name)) => self.found.push(PoolCall {
                initializer: initializer.value.clone(),
                initargs: call.arguments.find_keyword("initargs").map(|keyword| keyword.value.clone()),
                binding: name.id.to_string(),
            }),
            _ => self.unbound += 1,
        }
        true
    }
}

impl<'a> Visitor<'a> for PoolCalls {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::With(with) => {
                for item in &with.items {
                    if self.note(&item.context_expr, item.optional_vars.as_deref()) {
                        continue;
                    }
                    self.visit_expr(&item.context_expr);
                }
                self.visit_body(&with.body);
            }
            Stmt::Assign(assign) if assign.targets.len() == 1 && self.note(&assign.value, assign.targets.first()) => {}
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Call(call) = expr
            && call.arguments.find_keyword("initializer").is_some()
        {
            self.unbound += 1;
        }
        walk_expr(self, expr);
    }
}

fn top_level_def<'a>(body: &'a [Stmt], name: &str) -> Option<&'a ast::StmtFunctionDef> {
    let mut defs = body.iter().filter_map(|stmt| match stmt {
        Stmt::FunctionDef(def) if def.name.as_str() == name => Some(def),
        _ => None,
    });
    let def = defs.next()?;
    (defs.next().is_none() && !def.is_async && def.decorator_list.is_empty()).then_some(def)
}

/// The literals of `initargs=(...)` (none when it is left out).
fn initargs(initargs: Option<&Expr>) -> Option<Vec<Expr>> {
    let Some(initargs) = initargs else { return Some(Vec::new()) };
    let Expr::Tuple(tuple) = initargs else { return None };
    tuple.elts.iter().all(is_literal).then(|| tuple.elts.clone())
}

fn is_literal(expr: &Expr) -> bool {
    match expr {
        Expr::UnaryOp(unary) => unary.op == ast::UnaryOp::USub && matches!(&*unary.operand, Expr::NumberLiteral(_)),
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) => true,
        _ => false,
    }
}

/// Each global `def` sets, its value with the parameters replaced by `arguments`: `None` unless the
/// body is only `global` declarations and one assignment per declared global of a value that cannot
/// raise.
fn global_values(def: &ast::StmtFunctionDef, arguments: &[Expr]) -> Option<BTreeMap<String, Expr>> {
    let parameters = &def.parameters;
    let plain = parameters.posonlyargs.is_empty()
        && parameters.vararg.is_none()
        && parameters.kwarg.is_none()
        && parameters.kwonlyargs.is_empty()
        && parameters.args.iter().all(|parameter| parameter.default.is_none());
    if !plain || parameters.args.len() != arguments.len() {
        return None;
    }
    let given: BTreeMap<String, Expr> = parameters
        .args
        .iter()
        .map(|parameter| parameter.parameter.name.to_string())
        .zip(arguments.iter().cloned())
        .collect();
    let mut declared = BTreeSet::new();
    let mut values = BTreeMap::new();
    for (position, stmt) in def.body.iter().enumerate() {
        match stmt {
            Stmt::Expr(docstring) if position == 0 && matches!(&*docstring.value, Expr::StringLiteral(_)) => {}
            Stmt::Global(global) => declared.extend(global.names.iter().map(|name| name.to_string())),
            Stmt::Assign(assign) => {
                let [Expr::Name(target)] = assign.targets.as_slice() else { return None };
                let target = target.id.to_string();
                if !declared.contains(&target) || values.contains_key(&target) || !cannot_raise(&assign.value, &given) {
                    return None;
                }
                let mut value = (*assign.value).clone();
                Substitute { given: &given }.visit_expr(&mut value);
                values.insert(target, value);
            }
            _ => return None,
        }
    }
    (!values.is_empty() && declared.len() == values.len()).then_some(values)
}

/// Whether `expr` is made of literals and `parameters` by displays, `+`, `-` and `*` only.
fn cannot_raise(expr: &Expr, parameters: &BTreeMap<String, Expr>) -> bool {
    let all = |items: &[Expr]| items.iter().all(|item| cannot_raise(item, parameters));
    match expr {
        Expr::Name(name) => parameters.contains_key(name.id.as_str()),
        Expr::List(list) => all(&list.elts),
        Expr::Tuple(tuple) => all(&tuple.elts),
        Expr::Dict(dict) => dict
            .items
            .iter()
            .all(|item| item.key.as_ref().is_some_and(is_literal) && cannot_raise(&item.value, parameters)),
        // Numbers only: `+` of a string and a number raises, and the parameters' kinds are checked
        // here, not at run time.
        Expr::BinOp(binary) => {
            matches!(binary.op, ast::Operator::Add | ast::Operator::Sub | ast::Operator::Mult)
                && numeric(&binary.left, parameters)
                && numeric(&binary.right, parameters)
        }
        other => is_literal(other),
    }
}

/// A number literal, or a parameter given one.
fn numeric(expr: &Expr, parameters: &BTreeMap<String, Expr>) -> bool {
    let number = |expr: &Expr| matches!(expr, Expr::NumberLiteral(_)) || matches!(expr, Expr::UnaryOp(_));
    match expr {
        Expr::Name(name) => parameters.get(name.id.as_str()).is_some_and(number),
        Expr::BinOp(_) => cannot_raise(expr, parameters),
        other => number(other),
    }
}

/// Replaces each parameter by the argument it was given.
struct Substitute<'a> {
    given: &'a BTreeMap<String, Expr>,
}

impl Transformer for Substitute<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Name(name) = expr
            && let Some(argument) = self.given.get(name.id.as_str())
        {
            *expr = argument.clone();
            return;
        }
        transform_expr(self, expr);
    }
}

/// Whether `global` is bound by one plain assignment at the module's top level.
fn bound_at_top(body: &[Stmt], global: &str) -> bool {
    let bindings = body.iter().filter(|stmt| {
        matches!(stmt, Stmt::Assign(assign)
            if matches!(assign.targets.as_slice(), [Expr::Name(target)] if target.id.as_str() == global))
    });
    bindings.count() == 1
}

/// The top-level functions that read `global` and run in the workers only: each named nowhere but as
/// the job of a call on the pool `pool` (`pool.map(job, ...)`). `None` where a read could be either
/// process's: a function that reads it and is a job and also named elsewhere, or that a job reaches
/// through its calls; a read inside a nested function, a lambda or a class; a job given by a lambda,
/// a `partial` or an alias, or the pool handed on (its methods called under another name). Reads by the main
/// process's own code (the module's statements, functions no job reaches) read its own value.
fn worker_readers(body: &[Stmt], global: &str, pool: &str, uses: &BTreeMap<String, usize>) -> Option<BTreeSet<String>> {
    let jobs = JobNames::of(body, pool);
    if !jobs.all_followed(uses) {
        return None;
    }
    let defs: BTreeMap<&str, &ast::StmtFunctionDef> = body
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::FunctionDef(def) => Some((def.name.as_str(), def)),
            _ => None,
        })
        .collect();
    // A job named by an alias or a nested function: what it reads is not followed.
    if jobs.jobs.keys().any(|job| !defs.contains_key(job.as_str())) {
        return None;
    }
    let reached = reached_from(&defs, jobs.jobs.keys().map(String::as_str));
    let mut readers = BTreeSet::new();
    for stmt in body {
        let reads = Reads::of(std::slice::from_ref(stmt), global);
        if reads.nested {
            return None;
        }
        let Stmt::FunctionDef(def) = stmt else { continue };
        let name = def.name.as_str();
        if !reads.direct {
            continue;
        }
        match jobs.jobs.get(name) {
            // Its `def`, and each use a job of the pool.
            Some(count) if uses.get(name) == Some(&(count + 1)) && !def.parameters.includes(global) => {
                readers.insert(name.to_string());
            }
            Some(_) => return None,
            None if reached.contains(name) => return None,
            None => {}
        }
    }
    Some(readers)
}

/// The top-level functions `jobs` name or call, and those they call in turn, by name.
fn reached_from<'a>(
    defs: &BTreeMap<&'a str, &'a ast::StmtFunctionDef>,
    jobs: impl Iterator<Item = &'a str>,
) -> BTreeSet<&'a str> {
    let mut reached: BTreeSet<&str> = BTreeSet::new();
    let mut pending: Vec<&str> = jobs.filter_map(|job| defs.get_key_value(job).map(|(name, _)| *name)).collect();
    while let Some(function) = pending.pop() {
        if !reached.insert(function) {
            continue;
        }
        for read in crate::syntax::names_read(&defs[function].body) {
            if let Some((name, _)) = defs.get_key_value(read.as_str()) {
                pending.push(name);
            }
        }
    }
    reached
}

/// How many times each name is the first argument of a job method called on the pool.
struct JobNames<'a> {
    pool: &'a str,
    jobs: BTreeMap<String, usize>,
    /// The pool's name read as the receiver of a method (`pool.map`, `pool.shutdown`).
    receiver_reads: usize,
    /// Jobs given otherwise than by a name (a lambda, a `partial`): what they read is not followed.
    unnamed_jobs: usize,
}

impl<'a> JobNames<'a> {
    fn of(body: &[Stmt], pool: &'a str) -> JobNames<'a> {
        let mut jobs = JobNames { pool, jobs: BTreeMap::new(), receiver_reads: 0, unnamed_jobs: 0 };
        jobs.visit_body(body);
        jobs
    }

    /// Whether every job of the pool is named, and the pool is used only through its methods (not
    /// handed to a function that would call them under another name).
    fn all_followed(&self, uses: &BTreeMap<String, usize>) -> bool {
        self.unnamed_jobs == 0 && uses.get(self.pool) == Some(&(self.receiver_reads + 1))
    }
}

impl<'a> Visitor<'a> for JobNames<'_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Attribute(method) = expr
            && let Expr::Name(receiver) = &*method.value
            && receiver.id.as_str() == self.pool
        {
            self.receiver_reads += 1;
        }
        if let Expr::Call(call) = expr
            && let Expr::Attribute(method) = &*call.func
            && let Expr::Name(receiver) = &*method.value
            && receiver.id.as_str() == self.pool
            && JOB_METHODS.contains(&method.attr.as_str())
        {
            match call.arguments.args.first() {
                Some(Expr::Name(job)) => *self.jobs.entry(job.id.to_string()).or_default() += 1,
                _ => self.unnamed_jobs += 1,
            }
        }
        walk_expr(self, expr);
    }
}

/// Where a top-level statement reads a name: in its own code (`direct`: a function's body, or the
/// module's statement), or inside a function, lambda or class nested in it.
struct Reads<'a> {
    name: &'a str,
    depth: usize,
    direct: bool,
    nested: bool,
}

impl<'a> Reads<'a> {
    fn of(body: &[Stmt], name: &'a str) -> Reads<'a> {
        let mut reads = Reads { name, depth: 0, direct: false, nested: false };
        for stmt in body {
            match stmt {
                Stmt::FunctionDef(def) => reads.visit_body(&def.body),
                other => reads.visit_stmt(other),
            }
        }
        reads
    }
}

impl<'b> Visitor<'b> for Reads<'_> {
    fn visit_stmt(&mut self, stmt: &'b Stmt) {
        let nests = matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_));
        self.depth += usize::from(nests);
        walk_stmt(self, stmt);
        self.depth -= usize::from(nests);
    }

    fn visit_expr(&mut self, expr: &'b Expr) {
        if let Expr::Name(read) = expr
            && read.id.as_str() == self.name
            && matches!(read.ctx, ast::ExprContext::Load)
        {
            if self.depth == 0 { self.direct = true } else { self.nested = true }
        }
        let nests = matches!(expr, Expr::Lambda(_));
        self.depth += usize::from(nests);
        walk_expr(self, expr);
        self.depth -= usize::from(nests);
    }
}

/// Takes `initializer=` and `initargs=` off the one pool call that names the initializer.
struct DropInitializerKeywords<'a> {
    initializer: &'a str,
}

impl DropInitializerKeywords<'_> {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        struct Dropping<'a> {
            initializer: &'a str,
        }
        impl Transformer for Dropping<'_> {
            fn visit_expr(&self, expr: &mut Expr) {
                if let Expr::Call(call) = expr
                    && call.arguments.find_keyword("initializer").is_some_and(
                        |keyword| matches!(&keyword.value, Expr::Name(name) if name.id.as_str() == self.initializer),
                    )
                {
                    call.arguments.keywords.retain(|keyword| {
                        keyword.arg.as_ref().is_none_or(|arg| !matches!(arg.as_str(), "initializer" | "initargs"))
                    });
                }
                transform_expr(self, expr);
            }
        }
        ruff_python_ast::visitor::transformer::Transformer::visit_stmt(
            &Dropping { initializer: self.initializer },
            stmt,
        );
    }
}
