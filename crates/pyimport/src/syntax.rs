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
