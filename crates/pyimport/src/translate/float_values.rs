//! Floats as values while the program runs (session 23): a float known at import time is the scenario's
//! float literal (`to_code`), carried exactly through arguments, queues, lists and results, and
//! computed with by the engine (`sim_core::floats`). What this module adds: where a float may reach a
//! value that Python takes as an integer only, the check Python makes there.
//!
//! `range(n)` applies `operator.index` to its arguments: `range(2.5)` is TypeError, where weft's loop
//! `while i < n` would count to 3. So in a program where floats may flow (it writes a float literal, a
//! true division or `float(...)`), a `range` bound known only at run time is `as_index(n)`, the
//! format's `operator.index`. A program without floats keeps its bounds as they were.

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Number, Operator, Stmt};

/// Whether a float can be made anywhere in `body`: a float literal, `/` (true division) or a call of
/// `float`.
pub(super) fn floats_may_flow(body: &[Stmt]) -> bool {
    struct Finder {
        found: bool,
    }
    impl<'a> Visitor<'a> for Finder {
        fn visit_expr(&mut self, expr: &'a Expr) {
            // `n ** 0.5` (the integer root forms, or refused): its exponent makes no float that flows.
            if let Expr::BinOp(binary) = expr
                && binary.op == Operator::Pow
            {
                return self.visit_expr(&binary.left);
            }
            self.found |= match expr {
                Expr::NumberLiteral(ast::ExprNumberLiteral { value: Number::Float(_), .. }) => true,
                Expr::BinOp(binary) => binary.op == Operator::Div,
                Expr::Call(call) => matches!(&*call.func, Expr::Name(name) if name.id.as_str() == "float"),
                _ => false,
            };
            walk_expr(self, expr);
        }
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::AugAssign(assign) = stmt {
                self.found |= assign.op == Operator::Div;
            }
            ruff_python_ast::visitor::walk_stmt(self, stmt);
        }
    }
    let mut finder = Finder { found: false };
    finder.visit_body(body);
    finder.found
}

impl super::Translator<'_> {
    /// A `range` bound's text as the loop compares with it: `as_index(text)` where a float may flow
    /// and the bound is no integer literal, else `text` as it is.
    pub(super) fn index_checked(&self, text: String) -> String {
        if !self.floats_may_flow || text.parse::<i64>().is_ok() {
            return text;
        }
        format!("as_index({text})")
    }
}
