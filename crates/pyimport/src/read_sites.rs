//! The walk shared by the analyses that ask "is every read of this name one that only reads it?"
//! (generators.rs's lists that cannot change or escape, translate/display_key_reads.rs's reads that
//! reach only a dict's keys, translate/record_views.rs's reads of a dict that never write it).
//!
//! Each analysis names the sites it allows; the walk itself is one: the iterable of every `for` and of
//! every comprehension is offered to `allow`, every expression to `expression`, and the walk goes on
//! into everything below. A site an analysis does not take is a read that keeps its form refused.

use ruff_python_ast::visitor::{Visitor, walk_comprehension, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

/// The sites one analysis allows.
pub(crate) trait ReadSites {
    /// Takes `expr` when it is the thing followed (a name, an attribute) as it stands at a site where
    /// a walk over it only reads it: a `for`'s or a comprehension's iterable.
    fn allow(&mut self, expr: &Expr);
    /// Offers the analysis one expression of the body, to `allow` the operands that stand where the
    /// analysis reads them only (an index's container, `in`'s right side, a builtin's argument).
    fn expression(&mut self, expr: &Expr);
}

/// Walks `body`, offering every site to `sites`.
pub(crate) fn walk_read_sites(body: &[Stmt], sites: &mut impl ReadSites) {
    Walk { sites }.visit_body(body);
}

struct Walk<'s, S> {
    sites: &'s mut S,
}

impl<'a, S: ReadSites> Visitor<'a> for Walk<'_, S> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::For(for_stmt) = stmt {
            self.sites.allow(&for_stmt.iter);
        }
        walk_stmt(self, stmt);
    }

    fn visit_comprehension(&mut self, comprehension: &'a ast::Comprehension) {
        self.sites.allow(&comprehension.iter);
        walk_comprehension(self, comprehension);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        self.sites.expression(expr);
        walk_expr(self, expr);
    }
}
