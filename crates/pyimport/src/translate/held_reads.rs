//! What the two scans for rebound containers share: list_edits.rs (attributes and globals bound
//! again to a display) and rebound_locals.rs (a function's local list made again in a loop) each
//! record every read of a name and the reads whose use takes the object at once; a read that is not
//! taken at once may hold the old object past its statement, and the rebinding is refused there.
//! The forms each scan accepts differ (its own `Uses` visitor); the ledger and the truth tests, which
//! read a list's length where they are tested, are the same.

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::TextRange;

/// Every read of a name, in the order read, and the reads taken at once.
pub(super) struct Reads<Key> {
    references: Vec<(Key, TextRange)>,
    taken_at_once: BTreeSet<(u32, u32)>,
}

impl<Key> Reads<Key> {
    pub(super) fn new() -> Self {
        Reads { references: Vec::new(), taken_at_once: BTreeSet::new() }
    }

    pub(super) fn read(&mut self, key: Key, range: TextRange) {
        self.references.push((key, range));
    }

    /// The read at `range` takes the object in the step that reads it.
    pub(super) fn take_at_once(&mut self, range: TextRange) {
        self.taken_at_once.insert(range_key(range));
    }

    /// The reads that may hold the object past their statement, in the order read.
    pub(super) fn holding(self) -> impl Iterator<Item = (Key, TextRange)> {
        let Reads { references, taken_at_once } = self;
        references.into_iter().filter(move |(_, range)| !taken_at_once.contains(&range_key(*range)))
    }
}

fn range_key(range: TextRange) -> (u32, u32) {
    (range.start().to_u32(), range.end().to_u32())
}

/// The operands whose truth `test` reads where it is tested: `x` of `x`, `not x`, `x and y`, `x or y`.
pub(super) fn tested_operands<'e>(test: &'e Expr, each: &mut impl FnMut(&'e Expr)) {
    match test {
        Expr::BoolOp(bool_op) => bool_op.values.iter().for_each(|value| tested_operands(value, each)),
        Expr::UnaryOp(unary) if unary.op == ast::UnaryOp::Not => tested_operands(&unary.operand, each),
        other => each(other),
    }
}

/// The tests of an `if` statement (its `elif`s too), a `while` or an `assert`.
pub(super) fn statement_tests(stmt: &Stmt) -> Vec<&Expr> {
    match stmt {
        Stmt::If(if_stmt) => std::iter::once(&*if_stmt.test)
            .chain(if_stmt.elif_else_clauses.iter().filter_map(|clause| clause.test.as_ref()))
            .collect(),
        Stmt::While(while_stmt) => vec![&*while_stmt.test],
        Stmt::Assert(assert) => vec![&*assert.test],
        _ => Vec::new(),
    }
}

/// The test of a conditional expression or the operand of `not`.
pub(super) fn expression_test(expr: &Expr) -> Option<&Expr> {
    match expr {
        Expr::If(if_expr) => Some(&if_expr.test),
        Expr::UnaryOp(unary) if unary.op == ast::UnaryOp::Not => Some(&unary.operand),
        _ => None,
    }
}
