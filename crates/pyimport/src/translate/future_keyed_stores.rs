//! `d[futures[f]] = v`: a store under the item that a dict of futures keeps beside the future `f`
//! (`futures = {pool.submit(load, key): key for key in KEYS}`, then `cache[futures[f]] = f.result()`:
//! session36/f02). The lookup is steps of the storing thread over its own arrays (future_dicts.rs),
//! which change nothing and that no other thread writes, so it may go first, into a local of its own,
//! where Python evaluates it after the value: `item = futures[f]`, then `d[item] = v` (and the same for
//! `d[futures[f]] += v`).
//!
//! Over the `done` set of `wait(...)`, which CPython walks in the futures' addresses' order (any order:
//! done_orders.rs), such a store gives the same dict in every order when
//!
//! - the items are distinct (a dict comprehension over a dict's keys, a `range`, a list of distinct
//!   values): each pass stores under its own key, so no pass overwrites another's;
//! - the value reads only the loop's future and names the body does not write (done_orders.rs's pure
//!   reads);
//! - the dict is a dict (a store never raises), written by this code alone, named nowhere else in the
//!   loop's body, and by no function of the file: nothing sees it half filled.
//!
//! The key may be the lookup itself or a local the body binds to it (`key = futures[f]`). Anything else
//! stays refused as before (a list's `append`, a key shared by two futures).

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::done_orders::{Reads, collect_bindings, name_loads, pure_read};
use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::out::Step;
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// `d[futures[f]] = v` or `d[futures[f]] += v`, with the lookup first into a local of its own
    /// (module comment); false for any other statement.
    pub(super) fn future_keyed_store(
        &mut self,
        frame: &mut Frame,
        stmt: &Stmt,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<bool> {
        let (target, value) = match stmt {
            Stmt::Assign(assign) => match &assign.targets[..] {
                [target] => (target, &*assign.value),
                _ => return Ok(false),
            },
            Stmt::AugAssign(assign) => (&*assign.target, &*assign.value),
            _ => return Ok(false),
        };
        let Expr::Subscript(store) = target else { return Ok(false) };
        if self.future_dict_lookup(frame, &store.slice).is_none() || binds_a_name(value) {
            return Ok(false);
        }
        let range = store.slice.as_ref();
        let range = ruff_text_size::Ranged::range(range);
        // `$` is in no Python name: the import's own, never a global of the module (syntax.rs).
        let item = format!("$future_item_{}", u32::from(range.start()));
        let looked_up = Stmt::Assign(ast::StmtAssign {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            targets: vec![crate::syntax::name(&item, range, ast::ExprContext::Store)],
            value: store.slice.clone(),
        });
        let keyed = Expr::Subscript(ast::ExprSubscript {
            slice: Box::new(crate::syntax::name(&item, range, ast::ExprContext::Load)),
            ..store.clone()
        });
        let stored = match stmt {
            Stmt::Assign(assign) => Stmt::Assign(ast::StmtAssign { targets: vec![keyed], ..assign.clone() }),
            Stmt::AugAssign(assign) => {
                Stmt::AugAssign(ast::StmtAugAssign { target: Box::new(keyed), ..assign.clone() })
            }
            _ => unreachable!("only assignments were taken"),
        };
        self.block(frame, &[looked_up, stored], out, next_line)?;
        Ok(true)
    }

    /// Notes the array of futures of a dict whose items (numbers, strings or tuples of them, written
    /// as `texts`) are distinct.
    pub(super) fn note_distinct_items(&mut self, futures: &str, texts: &[String]) {
        let distinct: std::collections::BTreeSet<&String> = texts.iter().collect();
        if distinct.len() == texts.len() {
            self.futures.distinct_items.insert(futures.to_string());
        }
    }

    /// The names of the dicts of futures that the loop's body looks its future up in (`futures[f]`),
    /// whose lookups are pure reads of the pass (done_orders.rs).
    pub(super) fn future_dicts_looked_up(&self, frame: &Frame, body: &[Stmt], variable: &str) -> Vec<String> {
        let mut lookups = Lookups { variable, dicts: Vec::new() };
        lookups.visit_body(body);
        lookups.dicts.retain(|dict| {
            self.is_futures_dict(frame, &crate::syntax::name(dict, Default::default(), ast::ExprContext::Load))
        });
        lookups.dicts
    }

    /// Whether `stmt` is `d[K] = v` that gives the same dict whatever order the loop takes the futures
    /// in (module comment).
    pub(super) fn keyed_store_is_order_free(&self, frame: &Frame, stmt: &Stmt, reads: &Reads) -> bool {
        let Stmt::Assign(assign) = stmt else { return false };
        let [Expr::Subscript(store)] = &assign.targets[..] else { return false };
        let Expr::Name(dict) = &*store.value else { return false };
        let dict = dict.id.as_str();
        let is_dict = matches!(
            self.expr(frame, &store.value, false),
            Ok(Ex::Static(Value::Shared(_, Shape::Map { dense: false })))
        );
        is_dict
            && self.is_distinct_item_key(frame, &store.slice, reads)
            && pure_read(&assign.value, reads)
            && self.seen_by_this_code_alone(frame, dict)
            && name_loads(reads.body, dict) == keyed_stores(reads.body, dict)
    }

    /// Whether no other thread or task can see `dict` while the loop fills it: at module level a global
    /// no function of the file names; in a function a local of its own that it hands to nothing (no
    /// call but a builtin's, no binding, container, `return` or nested function holds it). A global a
    /// function fills stays refused: other tasks may run the same function.
    fn seen_by_this_code_alone(&self, frame: &Frame, dict: &str) -> bool {
        if frame.module_level {
            return !self.written_by_a_function(dict)
                && !self.functions.values().any(|def| name_loads(&def.body, dict) > 0);
        }
        let Some(body) = self.enclosing_body(frame) else { return false };
        frame.function_locals.contains(dict) && !frame.globals_declared.contains(dict) && !escapes(body, dict)
    }

    /// `futures[f]` of the loop's future in a dict of futures with distinct items, or a local the body
    /// binds once to that.
    fn is_distinct_item_key(&self, frame: &Frame, key: &Expr, reads: &Reads) -> bool {
        match key {
            Expr::Subscript(lookup) => {
                matches!(&*lookup.slice, Expr::Name(future) if future.id.as_str() == reads.variable)
                    && matches!(self.expr(frame, &lookup.value, false),
                        Ok(Ex::Static(Value::Futures(futures, _))) if self.futures.distinct_items.contains(&futures))
            }
            Expr::Name(local) if reads.per_item.contains(local.id.as_str()) => {
                let mut bindings = Vec::new();
                collect_bindings(reads.body, local.id.as_str(), &mut bindings);
                matches!(&bindings[..], [Some(value @ Expr::Subscript(_))] if self.is_distinct_item_key(frame, value, reads))
            }
            _ => false,
        }
    }
}

/// How many statements of `body` store into `dict[...]` with `=` (each names `dict` once).
fn keyed_stores(body: &[Stmt], dict: &str) -> usize {
    use ruff_python_ast::visitor::walk_stmt;
    struct Stores<'d>(&'d str, usize);
    impl<'a> Visitor<'a> for Stores<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::Assign(assign) = stmt
                && let [Expr::Subscript(store)] = &assign.targets[..]
                && matches!(&*store.value, Expr::Name(name) if name.id.as_str() == self.0)
            {
                self.1 += 1;
            }
            walk_stmt(self, stmt);
        }
    }
    let mut stores = Stores(dict, 0);
    stores.visit_body(body);
    stores.1
}

/// The names subscripted by the loop's variable (`futures[f]`) in a body.
struct Lookups<'v> {
    variable: &'v str,
    dicts: Vec<String>,
}

impl<'a> Visitor<'a> for Lookups<'_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Subscript(lookup) = expr
            && let (Expr::Name(dict), Expr::Name(future)) = (&*lookup.value, &*lookup.slice)
            && future.id.as_str() == self.variable
        {
            self.dicts.push(dict.id.to_string());
        }
        walk_expr(self, expr);
    }
}

/// Whether `value` binds a name (`:=`), which could change what the lookup moved before it reads.
fn binds_a_name(value: &Expr) -> bool {
    crate::syntax::any_expr(value, |expr| matches!(expr, Expr::Named(_)))
}

/// Whether `body` hands the dict `name` to other code: as an argument of a call other than a builtin
/// that reads it, the value of a binding, a `return`, `yield` or `await`, an item of a display, or a
/// name read inside a nested function or lambda.
fn escapes(body: &[Stmt], name: &str) -> bool {
    use ruff_python_ast::visitor::walk_stmt;
    const READERS: [&str; 10] = ["len", "sorted", "print", "dict", "list", "set", "sum", "min", "max", "str"];
    struct Escape<'n> {
        name: &'n str,
        found: bool,
    }
    impl Escape<'_> {
        fn is_it(&self, expr: &Expr) -> bool {
            matches!(expr, Expr::Name(read) if read.id.as_str() == self.name)
        }
    }
    impl<'a> Visitor<'a> for Escape<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            self.found |= match stmt {
                Stmt::FunctionDef(def) => name_loads(&def.body, self.name) > 0,
                Stmt::Assign(assign) => self.is_it(&assign.value),
                Stmt::AnnAssign(assign) => assign.value.as_deref().is_some_and(|value| self.is_it(value)),
                Stmt::Return(returned) => returned.value.as_deref().is_some_and(|value| self.is_it(value)),
                _ => false,
            };
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            self.found |= match expr {
                Expr::Call(call) => {
                    let reader = matches!(&*call.func, Expr::Name(callee) if READERS.contains(&callee.id.as_str()));
                    !reader
                        && (call.arguments.args.iter().any(|argument| self.is_it(argument))
                            || call.arguments.keywords.iter().any(|keyword| self.is_it(&keyword.value)))
                }
                Expr::Lambda(lambda) => {
                    name_loads(&[crate::syntax::expression_statement((*lambda.body).clone())], self.name) > 0
                }
                Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Await(_) | Expr::Named(_) => {
                    let mut parts = Vec::new();
                    match expr {
                        Expr::Yield(value) => parts.extend(value.value.as_deref()),
                        Expr::YieldFrom(value) => parts.push(&*value.value),
                        Expr::Await(value) => parts.push(&*value.value),
                        Expr::Named(value) => parts.push(&*value.value),
                        _ => {}
                    }
                    parts.into_iter().any(|part| self.is_it(part))
                }
                Expr::List(items) => items.elts.iter().any(|item| self.is_it(item)),
                Expr::Tuple(items) => items.elts.iter().any(|item| self.is_it(item)),
                Expr::Set(items) => items.elts.iter().any(|item| self.is_it(item)),
                Expr::Dict(items) => items.items.iter().any(|item| self.is_it(&item.value)),
                _ => false,
            };
            walk_expr(self, expr);
        }
    }
    let mut escape = Escape { name, found: false };
    escape.visit_body(body);
    escape.found
}
