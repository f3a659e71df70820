//! Nodes that the rewrites before translation (dataclasses.rs, properties.rs, pool_calls.rs,
//! mutable_defaults.rs) build.

use ruff_python_ast::{self as ast, Expr};
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

/// The names `body` binds or reads anywhere (functions' and classes' names too), so that a name a rewrite
/// adds is new; with `reads_only`, only the names it reads.
pub fn names_in(body: &[ast::Stmt], reads_only: bool) -> std::collections::BTreeSet<String> {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    struct Names {
        reads_only: bool,
        found: std::collections::BTreeSet<String>,
    }
    impl<'a> Visitor<'a> for Names {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr
                && (!self.reads_only || name.ctx == ast::ExprContext::Load)
            {
                self.found.insert(name.id.to_string());
            }
            walk_expr(self, expr);
        }
        fn visit_stmt(&mut self, stmt: &'a ast::Stmt) {
            match stmt {
                ast::Stmt::FunctionDef(def) if !self.reads_only => {
                    self.found.insert(def.name.to_string());
                }
                ast::Stmt::ClassDef(class) if !self.reads_only => {
                    self.found.insert(class.name.to_string());
                }
                _ => {}
            }
            walk_stmt(self, stmt);
        }
    }
    let mut names = Names { reads_only, found: std::collections::BTreeSet::new() };
    for stmt in body {
        names.visit_stmt(stmt);
    }
    names.found
}
