//! `results = list(ex.map(f, items, timeout=t))` (session26/f07's form), before translation, written
//! as the loop the translator follows for `ex.map(..., timeout=t)` (translate/completion.rs
//! `map_deadline`):
//!
//! ```python
//! results = []
//! for weft_mapped_item in ex.map(f, items, timeout=t):
//!     results.append(weft_mapped_item)
//! ```
//!
//! `Executor.map` submits every job and takes the deadline when it is called, and `list` then takes each
//! result in order through the iterator, each wait bounded by the time left; the loop takes the same
//! results in the same order with the same deadline, and a time-out raises TimeoutError out of the
//! loop as out of `list` (the iterator's `finally` cancelling the jobs left, in both). One difference:
//! `results` is bound to the list before the first result where CPython binds it after the last, so a
//! time-out leaves it bound to the results so far. Taken only where nothing can see that: the statement
//! is in no `try` of its scope (a time-out ends the scope, a function's local goes with it, the module's
//! code ends the main thread), the name is no `global` or `nonlocal` of its function, and at the
//! module's level no function, lambda or class of the file reads it.

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::syntax::{fresh_name, method_call, name};

/// Rewrites every such statement of the module and of its functions.
pub fn rewrite_timed_map_lists(body: &mut ast::Suite) {
    // `list` must be the builtin.
    if crate::syntax::name_counts(body).1.contains_key("list") {
        return;
    }
    let mut taken = crate::syntax::module_names(body);
    let read_by_functions = names_read_in_definitions(body);
    rewrite_block(body, &Scope { module: true, declared: BTreeSet::new(), read_by_functions }, &mut taken);
}

struct Scope {
    module: bool,
    /// A function's `global` and `nonlocal` names.
    declared: BTreeSet<String>,
    /// At the module's level: the names a function, lambda or class of the file reads.
    read_by_functions: BTreeSet<String>,
}

fn rewrite_block(block: &mut ast::Suite, scope: &Scope, taken: &mut BTreeSet<String>) {
    let mut at = 0;
    while at < block.len() {
        match &mut block[at] {
            Stmt::FunctionDef(def) => {
                let inner =
                    Scope { module: false, declared: declared_names(&def.body), read_by_functions: BTreeSet::new() };
                rewrite_block(&mut def.body, &inner, taken);
            }
            Stmt::ClassDef(_) | Stmt::Try(_) => {}
            stmt => {
                if let Some(rewritten) = timed_map_list(stmt, scope, taken) {
                    let count = rewritten.len();
                    block.splice(at..=at, rewritten);
                    at += count;
                    continue;
                }
                for inner in crate::blocks::nested_blocks(stmt) {
                    rewrite_block(inner, scope, taken);
                }
            }
        }
        at += 1;
    }
}

/// The two statements of `results = list(ex.map(..., timeout=t))`, or `None` for any other statement.
fn timed_map_list(stmt: &Stmt, scope: &Scope, taken: &mut BTreeSet<String>) -> Option<Vec<Stmt>> {
    let Stmt::Assign(assign) = stmt else { return None };
    let [Expr::Name(target)] = &assign.targets[..] else { return None };
    let Expr::Call(outer) = &*assign.value else { return None };
    let Expr::Name(builtin) = &*outer.func else { return None };
    if builtin.id.as_str() != "list" || !outer.arguments.keywords.is_empty() {
        return None;
    }
    let [Expr::Call(mapped)] = &outer.arguments.args[..] else { return None };
    let Expr::Attribute(method) = &*mapped.func else { return None };
    let timed = mapped
        .arguments
        .keywords
        .iter()
        .any(|keyword| keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == "timeout"));
    if method.attr.as_str() != "map" || !timed {
        return None;
    }
    let target_name = target.id.as_str();
    if scope.declared.contains(target_name) || (scope.module && scope.read_by_functions.contains(target_name)) {
        return None;
    }
    let range = assign.range;
    let item = fresh_name("weft_mapped_item", taken);
    let empty = Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        targets: vec![name(target_name, target.range, ast::ExprContext::Store)],
        value: Box::new(Expr::List(ast::ExprList {
            node_index: ast::AtomicNodeIndex::default(),
            range: outer.range(),
            elts: Vec::new(),
            ctx: ast::ExprContext::Load,
        })),
    });
    let append = crate::syntax::expression_statement(method_call(
        name(target_name, target.range, ast::ExprContext::Load),
        "append",
        vec![name(&item, mapped.range(), ast::ExprContext::Load)],
        range,
    ));
    let looping = Stmt::For(ast::StmtFor {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        is_async: false,
        target: Box::new(name(&item, mapped.range(), ast::ExprContext::Store)),
        iter: Box::new(Expr::Call(mapped.clone())),
        body: vec![append].into(),
        orelse: Default::default(),
    });
    Some(vec![empty, looping])
}

/// The `global` and `nonlocal` names of a function's body (at any depth outside nested functions).
fn declared_names(body: &[Stmt]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for stmt in body {
        match stmt {
            Stmt::Global(node) => names.extend(node.names.iter().map(|name| name.to_string())),
            Stmt::Nonlocal(node) => names.extend(node.names.iter().map(|name| name.to_string())),
            _ => {
                for block in crate::blocks::nested_blocks_of(stmt) {
                    names.extend(declared_names(block));
                }
            }
        }
    }
    names
}

/// The names read inside the module's functions, lambdas and classes (at any depth).
fn names_read_in_definitions(body: &[Stmt]) -> BTreeSet<String> {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    #[derive(Default)]
    struct Reads {
        depth: usize,
        names: BTreeSet<String>,
    }
    impl<'a> Visitor<'a> for Reads {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            let definition = matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_));
            self.depth += usize::from(definition);
            walk_stmt(self, stmt);
            self.depth -= usize::from(definition);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            let lambda = matches!(expr, Expr::Lambda(_));
            self.depth += usize::from(lambda);
            if self.depth > 0
                && let Expr::Name(read) = expr
            {
                self.names.insert(read.id.to_string());
            }
            walk_expr(self, expr);
            self.depth -= usize::from(lambda);
        }
    }
    let mut reads = Reads::default();
    for stmt in body {
        reads.visit_stmt(stmt);
    }
    reads.names
}
