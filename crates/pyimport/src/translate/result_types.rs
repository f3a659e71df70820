//! Whether the results of the program's coroutines may be of mixed types, for the order-free loops over
//! asyncio's `done` set (done_orders.rs). `total += t.result()` commutes over integers, but where one
//! task gives None or a string CPython raises TypeError at the first such task in the set's order, so
//! the sum it reached first, and whether the others were added at all, depend on that order: weft's
//! finish order gave `total=1` only under "complete" where CPython gave `total=0`
//! (bench/python-agreement/session23-s23silent/done_sum_of_mixed_results.py). So arithmetic on a
//! result is order-free only when every coroutine of the file but the loop's own gives an integer
//! by its shape: each path ends in `return` or `raise`, and each `return` gives an integer literal, a
//! name, or `+ - * // %` of them (a name given a string by its caller is not followed: docs/python.md,
//! "Session 23: silent errors").

use ruff_python_ast::{self as ast, Expr, Operator, Stmt, UnaryOp};

use super::Translator;

impl Translator<'_> {
    /// Whether a coroutine of the file other than `own` (the loop's function and those that called it)
    /// may give something other than an integer.
    pub(super) fn coroutines_may_give_mixed_results(&self) -> bool {
        self.functions.iter().any(|(name, def)| {
            def.is_async && !self.call_stack.iter().any(|caller| caller == name) && !gives_integers(&def.body)
        })
    }
}

/// Whether every path of `body` ends in a `return` of an integer's shape or a `raise`.
fn gives_integers(body: &[Stmt]) -> bool {
    ends_in_return_or_raise(body) && every_return_integer_shaped(body)
}

fn ends_in_return_or_raise(body: &[Stmt]) -> bool {
    match body.last() {
        Some(Stmt::Return(_) | Stmt::Raise(_)) => true,
        Some(Stmt::If(branch)) => {
            ends_in_return_or_raise(&branch.body)
                && branch.elif_else_clauses.last().is_some_and(|last| last.test.is_none())
                && branch.elif_else_clauses.iter().all(|clause| ends_in_return_or_raise(&clause.body))
        }
        Some(Stmt::With(with)) => ends_in_return_or_raise(&with.body),
        _ => false,
    }
}

fn every_return_integer_shaped(body: &[Stmt]) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    struct Returns(bool);
    impl<'a> Visitor<'a> for Returns {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                Stmt::Return(returned) => {
                    self.0 &= returned.value.as_deref().is_some_and(integer_shaped);
                }
                other => walk_stmt(self, other),
            }
        }
    }
    let mut returns = Returns(true);
    returns.visit_body(body);
    returns.0
}

/// An integer literal, a name, or integer arithmetic of them.
fn integer_shaped(expr: &Expr) -> bool {
    match expr {
        Expr::NumberLiteral(number) => matches!(number.value, ast::Number::Int(_)),
        Expr::Name(_) => true,
        Expr::UnaryOp(unary) => unary.op == UnaryOp::USub && integer_shaped(&unary.operand),
        Expr::BinOp(operation) => {
            matches!(operation.op, Operator::Add | Operator::Sub | Operator::Mult | Operator::FloorDiv | Operator::Mod)
                && integer_shaped(&operation.left)
                && integer_shaped(&operation.right)
        }
        _ => false,
    }
}
