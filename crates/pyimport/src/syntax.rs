//! Nodes that the rewrites before translation (dataclasses.rs, properties.rs, pool_calls.rs,
//! mutable_defaults.rs) build.

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::TextRange;

/// `func()` with no arguments, spanning `range` (its empty arguments where the range ends), so that a
/// refusal or a trace points at what the program wrote.
pub fn call_without_arguments(func: Expr, range: TextRange) -> Expr {
    Expr::Call(ast::ExprCall {
        node_index: ast::AtomicNodeIndex::default(),
        range_start: range.start(),
        func: Box::new(func),
        arguments: ast::Arguments {
            node_index: ast::AtomicNodeIndex::default(),
            range: TextRange::empty(range.end()),
            args: Box::new([]),
            keywords: Default::default(),
        },
    })
}

/// The name `id` read or bound (`ctx`) at `range`.
pub fn name(id: &str, range: TextRange, ctx: ast::ExprContext) -> Expr {
    Expr::Name(ast::ExprName { node_index: ast::AtomicNodeIndex::default(), range, id: ast::name::Name::new(id), ctx })
}

/// `base`, or `base_2`, `base_3`... the first the module does not use; recorded as used.
pub fn fresh_name(base: &str, taken: &mut BTreeSet<String>) -> String {
    let mut name = base.to_string();
    let mut suffix = 2;
    while taken.contains(&name) {
        name = format!("{base}_{suffix}");
        suffix += 1;
    }
    taken.insert(name.clone());
    name
}

/// Every name the module binds or reads, so that a hoisted name is new.
pub fn module_names(body: &[Stmt]) -> BTreeSet<String> {
    struct Names(BTreeSet<String>);
    impl<'a> ruff_python_ast::visitor::Visitor<'a> for Names {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr {
                self.0.insert(name.id.to_string());
            }
            ruff_python_ast::visitor::walk_expr(self, expr);
        }
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(def) => {
                    self.0.insert(def.name.to_string());
                }
                Stmt::ClassDef(class) => {
                    self.0.insert(class.name.to_string());
                }
                _ => {}
            }
            ruff_python_ast::visitor::walk_stmt(self, stmt);
        }
    }
    let mut names = Names(BTreeSet::new());
    for stmt in body {
        ruff_python_ast::visitor::Visitor::visit_stmt(&mut names, stmt);
    }
    names.0
}
