//! Session 35 (s35pools): the forms of `with Pool(...) as pool:` that wait for a job where the job is
//! started, and the `starmap` iterables made of comprehensions or of a name, before translation.
//!
//! - `digest = pool.apply_async(checksum, (powers,)).get(timeout=5)` (session34/m03): the `get` chained
//!   onto the call waits for that job before the statement goes on, so the job has ended before the
//!   `with`'s end calls `terminate()`, which then kills nothing of it. A statement whose every
//!   `apply_async` is so chained needs no `get()` of a holder later (pool_calls.rs's check), and the
//!   chained `get` is renamed `result` as a holder's is.
//! - `r.wait(timeout=2)` of a holder inside the `with` (session27/m01): it may return before the job
//!   ends, and the `with`'s end then kills the job part way or before it starts, which weft does not
//!   model (the executor's end waits for every job). Refused at the `wait`, in words of its own.
//! - `pool.starmap(f, [(w, z) for _, w, z in parcels])` (session33/m03) and `pool.starmap(f, pairs)` of
//!   a name the scope binds once to a display of tuple displays of one length (session34/m03): the
//!   columns of the tuples as comprehensions of their own (`[w for _, w, z in parcels]`, `[z for _, w,
//!   z in parcels]`), which `map` with several iterables zips back into the same tuples, a job each.
//! - `r.successful()` of a holder (session32/m04): a call of a function of the module that does what
//!   CPython's `ApplyResult.successful` does, ValueError when the result is not ready, else whether the
//!   job returned (`SUCCESSFUL_DEFINITION`). `ready()` is `done()` (pool_calls.rs), which the translator
//!   reads as done or not for a pool's result (translate/future_states.rs).

use std::collections::BTreeMap;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// Whether `expr` is `pool.apply_async(...)` of the pool named `pool`.
fn is_apply_async_of(expr: &Expr, pool: &str) -> bool {
    matches!(expr, Expr::Call(call)
        if matches!(&*call.func, Expr::Attribute(attribute)
            if attribute.attr.as_str() == "apply_async"
                && matches!(&*attribute.value, Expr::Name(name) if name.id.as_str() == pool)))
}

/// Whether `expr` is `pool.apply_async(...).get(...)`: the job waited for where it starts.
pub(crate) fn is_chained_get(expr: &Expr, pool: &str) -> bool {
    matches!(expr, Expr::Call(call)
        if matches!(&*call.func, Expr::Attribute(attribute)
            if attribute.attr.as_str() == "get" && is_apply_async_of(&attribute.value, pool)))
}

/// Whether `stmt` starts jobs with `apply_async` of `pool` and waits for each of them at once with a
/// chained `get` (outside the functions and classes it defines).
pub(crate) fn every_apply_async_waited_at_once(stmt: &Stmt, pool: &str) -> bool {
    struct Counts<'p> {
        pool: &'p str,
        started: usize,
        waited: usize,
    }
    impl<'a> Visitor<'a> for Counts<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if is_apply_async_of(expr, self.pool) {
                self.started += 1;
            }
            if is_chained_get(expr, self.pool) {
                self.waited += 1;
            }
            walk_expr(self, expr);
        }
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                walk_stmt(self, stmt);
            }
        }
    }
    let mut counts = Counts { pool, started: 0, waited: 0 };
    counts.visit_stmt(stmt);
    counts.started > 0 && counts.started == counts.waited
}

/// The first `holder.wait(...)` with a time-out among `body`'s statements (nested blocks too, not the
/// functions they define).
pub(crate) fn timed_wait_of(body: &[Stmt], holder: &str) -> Option<TextRange> {
    struct Waits<'h> {
        holder: &'h str,
        found: Option<TextRange>,
    }
    impl<'a> Visitor<'a> for Waits<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if self.found.is_none()
                && let Expr::Call(call) = expr
                && !call.arguments.is_empty()
                && let Expr::Attribute(attribute) = &*call.func
                && attribute.attr.as_str() == "wait"
                && matches!(&*attribute.value, Expr::Name(name) if name.id.as_str() == self.holder)
            {
                self.found = Some(call.range());
            }
            walk_expr(self, expr);
        }
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                walk_stmt(self, stmt);
            }
        }
    }
    let mut waits = Waits { holder, found: None };
    for stmt in body {
        waits.visit_stmt(stmt);
    }
    waits.found
}

/// The refusal of a holder whose only wait has a time-out.
pub(crate) fn timed_wait_message(pool: &str) -> String {
    format!(
        "`wait(timeout)` of an `AsyncResult` inside `with Pool(...) as {pool}:` may return before its job ends, and the end of the `with` then calls `terminate()`, which kills the job part way or before it starts; weft does not model that kill (it would wait for the job); use `get()` or `wait()` without a time-out, or `{pool}.close()` then `{pool}.join()` at the end of the `with`"
    )
}

/// The names a scope binds exactly once, to a list or tuple display of tuple displays of one length
/// (`pairs = [(2, 10), (3, 4)]`), with that length: `starmap` over one takes its columns.
pub(crate) fn tuple_lists(body: &[Stmt]) -> BTreeMap<String, usize> {
    #[derive(Default)]
    struct Bindings {
        lengths: BTreeMap<String, Option<usize>>,
    }
    impl Bindings {
        fn bind(&mut self, name: &str, length: Option<usize>) {
            // A second binding of any kind leaves the name out.
            let entry = self.lengths.entry(name.to_string());
            match entry {
                std::collections::btree_map::Entry::Vacant(vacant) => {
                    vacant.insert(length);
                }
                std::collections::btree_map::Entry::Occupied(mut occupied) => {
                    occupied.insert(None);
                }
            }
        }
    }
    impl<'a> Visitor<'a> for Bindings {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(def) => self.bind(def.name.as_str(), None),
                Stmt::ClassDef(class) => self.bind(class.name.as_str(), None),
                Stmt::Global(global) => global.names.iter().for_each(|name| self.bind(name.as_str(), None)),
                Stmt::Nonlocal(nonlocal) => nonlocal.names.iter().for_each(|name| self.bind(name.as_str(), None)),
                Stmt::Assign(assign) => {
                    if let [Expr::Name(name)] = &assign.targets[..] {
                        self.bind(name.id.as_str(), tuple_display_length(&assign.value));
                        self.visit_expr(&assign.value);
                    } else {
                        walk_stmt(self, stmt);
                    }
                }
                _ => walk_stmt(self, stmt),
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Name(name) if !matches!(name.ctx, ast::ExprContext::Load) => self.bind(name.id.as_str(), None),
                // `pairs.append(...)`, `pairs[0] = ...`: a list that may change is left out too.
                Expr::Attribute(ast::ExprAttribute { value, .. }) => {
                    if let Expr::Name(name) = &**value {
                        self.bind(name.id.as_str(), None);
                    }
                }
                Expr::Subscript(subscript) if !matches!(subscript.ctx, ast::ExprContext::Load) => {
                    if let Expr::Name(name) = &*subscript.value {
                        self.bind(name.id.as_str(), None);
                    }
                }
                _ => {}
            }
            walk_expr(self, expr);
        }
    }
    let mut bindings = Bindings::default();
    for stmt in body {
        bindings.visit_stmt(stmt);
    }
    bindings.lengths.into_iter().filter_map(|(name, length)| Some((name, length?))).collect()
}

/// The one length of the tuples of a list or tuple display of tuple displays (`[(1, 2), (3, 4)]`).
fn tuple_display_length(value: &Expr) -> Option<usize> {
    let rows = match value {
        Expr::List(list) => &list.elts,
        Expr::Tuple(tuple) => &tuple.elts,
        _ => return None,
    };
    let mut length = None;
    for row in rows {
        let Expr::Tuple(tuple) = row else { return None };
        if tuple.elts.is_empty() || length.is_some_and(|length| length != tuple.elts.len()) {
            return None;
        }
        length = Some(tuple.elts.len());
    }
    length
}

/// `starmap`'s iterable as its columns: `[(a, b) for t in items if c]` gives `[a for t in items if c]`
/// and `[b for t in items if c]`; a name of `tuple_lists` gives `[weft_starmap_0 for weft_starmap_0,
/// weft_starmap_1 in pairs]` and so on. `Ok(None)` for any other iterable; `Err` with the words of a
/// comprehension that cannot be split so (each column evaluates the iterable and the conditions again,
/// so they must read the same each time and call nothing).
pub(crate) fn starmap_columns(
    items: &Expr,
    tuple_lists: &BTreeMap<String, usize>,
) -> Result<Option<Vec<Expr>>, &'static str> {
    match items {
        Expr::ListComp(comprehension) => comprehension_columns(&comprehension.elt, &comprehension.generators),
        Expr::Generator(comprehension) => comprehension_columns(&comprehension.elt, &comprehension.generators),
        Expr::Name(name) => Ok(tuple_lists.get(name.id.as_str()).map(|&length| name_columns(name, length))),
        _ => Ok(None),
    }
}

const SPLIT_FORM: &str = "`starmap` over a comprehension is imported when it makes a tuple display (`[(w, z) for _, w, z in parcels]`) with one `for` over a name, a display or `range`/`zip`/`enumerate` of them, and neither the tuple's items nor its conditions call anything";

fn comprehension_columns(element: &Expr, generators: &[ast::Comprehension]) -> Result<Option<Vec<Expr>>, &'static str> {
    let Expr::Tuple(tuple) = element else { return Err(SPLIT_FORM) };
    let [generator] = generators else { return Err(SPLIT_FORM) };
    let plain = tuple.elts.iter().chain(generator.ifs.iter()).all(calls_nothing);
    if tuple.elts.is_empty() || generator.is_async || !plain || !evaluates_alike(&generator.iter) {
        return Err(SPLIT_FORM);
    }
    let columns = tuple
        .elts
        .iter()
        .map(|item| {
            Expr::ListComp(ast::ExprListComp {
                node_index: ast::AtomicNodeIndex::default(),
                range: item.range(),
                elt: Box::new(item.clone()),
                generators: vec![generator.clone()],
            })
        })
        .collect();
    Ok(Some(columns))
}

/// `[weft_starmap_k for weft_starmap_0, ..., weft_starmap_n in name]`, one for each position `k`.
fn name_columns(list: &ast::ExprName, length: usize) -> Vec<Expr> {
    let range = list.range;
    let variable = |position: usize, ctx| crate::syntax::name(&format!("weft_starmap_{position}"), range, ctx);
    let target = Expr::Tuple(ast::ExprTuple {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        elts: (0..length).map(|position| variable(position, ast::ExprContext::Store)).collect(),
        ctx: ast::ExprContext::Store,
        parenthesized: false,
    });
    (0..length)
        .map(|position| {
            Expr::ListComp(ast::ExprListComp {
                node_index: ast::AtomicNodeIndex::default(),
                range,
                elt: Box::new(variable(position, ast::ExprContext::Load)),
                generators: vec![ast::Comprehension {
                    node_index: ast::AtomicNodeIndex::default(),
                    range,
                    target: target.clone(),
                    iter: Expr::Name(list.clone()),
                    ifs: Vec::new(),
                    is_async: false,
                }],
            })
        })
        .collect()
}

/// An iterable that gives the same items each time it is evaluated: a name, a display, or `range`,
/// `zip` or `enumerate` of such.
fn evaluates_alike(iterable: &Expr) -> bool {
    match iterable {
        Expr::Name(_) | Expr::NumberLiteral(_) | Expr::StringLiteral(_) => true,
        Expr::List(list) => list.elts.iter().all(calls_nothing),
        Expr::Tuple(tuple) => tuple.elts.iter().all(calls_nothing),
        Expr::Call(call) => {
            matches!(&*call.func, Expr::Name(function) if matches!(function.id.as_str(), "range" | "zip" | "enumerate"))
                && call.arguments.keywords.is_empty()
                && call.arguments.args.iter().all(evaluates_alike)
        }
        _ => false,
    }
}

/// Whether `expr` holds no call, `await`, `yield`, `:=` or lambda: evaluating it twice reads the same.
fn calls_nothing(expr: &Expr) -> bool {
    struct Plain(bool);
    impl<'a> Visitor<'a> for Plain {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if matches!(
                expr,
                Expr::Call(_) | Expr::Await(_) | Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Named(_) | Expr::Lambda(_)
            ) || matches!(expr, Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_))
            {
                self.0 = false;
            }
            walk_expr(self, expr);
        }
    }
    let mut plain = Plain(true);
    plain.visit_expr(expr);
    plain.0
}

/// The function `r.successful()` becomes (Lib/multiprocessing/pool.py, 3.11: `if not self.ready(): raise
/// ValueError(...)`, then `self._success`): the future of an `apply_async` is done once its job (and its
/// callback, pool_callbacks.rs) ended, and its exception is None when the job returned.
const SUCCESSFUL_DEFINITION: &str = "def weft_async_result_successful(weft_result):\n    if not weft_result.done():\n        raise ValueError(\"AsyncResult not ready\")\n    weft_error = weft_result.exception()\n    return weft_error is None\n";

/// The name of that function.
const SUCCESSFUL_FUNCTION: &str = "weft_async_result_successful";

/// `weft_async_result_successful(result)`, spanning `range`.
pub(crate) fn successful_call(result: Expr, range: TextRange) -> Expr {
    Expr::Call(ast::ExprCall {
        node_index: ast::AtomicNodeIndex::default(),
        range_start: range.start(),
        func: Box::new(crate::syntax::name(SUCCESSFUL_FUNCTION, range, ast::ExprContext::Load)),
        arguments: ast::Arguments {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            args: vec![result].into_boxed_slice(),
            keywords: Default::default(),
        },
    })
}

/// The definition of that function, for the start of the module.
pub(crate) fn successful_definition() -> Vec<Stmt> {
    crate::hand_futures::parsed_at(SUCCESSFUL_DEFINITION, TextRange::default())
}

/// The first `x.successful()` inside a comprehension or a generator of `body` (not inside the functions
/// it defines): refused there, in words of its own (`SUCCESSFUL_IN_COMPREHENSION`).
pub(crate) fn successful_in_comprehension(body: &[Stmt]) -> Option<TextRange> {
    struct Found {
        depth: usize,
        at: Option<TextRange>,
    }
    impl<'a> Visitor<'a> for Found {
        fn visit_expr(&mut self, expr: &'a Expr) {
            let comprehension =
                matches!(expr, Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_));
            if self.depth > 0
                && self.at.is_none()
                && let Expr::Call(call) = expr
                && call.arguments.is_empty()
                && matches!(&*call.func, Expr::Attribute(attribute) if attribute.attr.as_str() == "successful")
            {
                self.at = Some(call.range());
            }
            self.depth += usize::from(comprehension);
            walk_expr(self, expr);
            self.depth -= usize::from(comprehension);
        }
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                walk_stmt(self, stmt);
            }
        }
    }
    let mut found = Found { depth: 0, at: None };
    for stmt in body {
        found.visit_stmt(stmt);
    }
    found.at
}

/// Why `successful()` inside a comprehension is refused.
pub(crate) const SUCCESSFUL_IN_COMPREHENSION: &str = "`successful()` of an `AsyncResult` inside a comprehension or a generator is not imported: it raises ValueError for a job not done yet, which weft follows only where the call can go to a line of its own; count in a loop (`for r in results: if r.successful(): ok += 1`)";
