//! The value of a `return` whose call's value is dropped (`parse(text)` as a statement, `await
//! parse(text)`, `parser.parse(text)`): Python still evaluates it, and what it raises is raised at the
//! call (session35/repro/r09: `return int(text)` of a bad text, caught by the caller's `except
//! ValueError`; weft dropped the value and with it the exception). A value computed from the callee's
//! locals only is evaluated in a `let` of its own, which reads nothing shared and so orders nothing:
//! the one thing it adds is the exception. A value that reads shared state has its reads as steps
//! already (the returned expression's own), and a value known at import time raised nothing there.

use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::out::{Node, Step};
use ruff_python_ast::visitor::{Visitor, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

impl Translator<'_> {
    /// `value`, the result of `expr` that no one takes: evaluated when it may raise.
    pub(super) fn dropped_return_value(
        &mut self,
        frame: &mut Frame,
        value: Ex,
        expr: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        // `return abs(x)` of a string known at import time: CPython's TypeError (known_raises.rs).
        if let Expr::Call(call) = expr
            && self.known_raise_call(frame, call, out, line)?
        {
            return Ok(());
        }
        if !matches!(value, Ex::Code { reads_shared: false, .. }) || !may_raise(expr) {
            return Ok(());
        }
        let (text, _, _, _) = self.to_code(value, expr)?;
        // `return cache[key]`: read into a local by its own step, which raised what it could.
        if text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Ok(());
        }
        let local = self.temporary(frame.task, "dropped");
        out.push(Step::new("let", Node::Quoted(format!("{local} = {text}")), line));
        Ok(())
    }
}

/// Whether a call of `def`, a function of the file that changes nothing (dropped_calls.rs
/// `function_may_change_state`), may raise: one of its `return` values, assigned values or tests may
/// (`def parse(text): return int(text)`). A call of it inside the arguments of a call weft only reads
/// (`print(parse(text))`, `logging.info(...)`) is then moved to a line of its own (hoisting.rs), where it
/// is inlined and raises as CPython does (session36/repro/r09: the exception was lost).
pub(super) fn function_may_raise(def: &ast::StmtFunctionDef) -> bool {
    struct Scan {
        raises: bool,
    }
    impl<'a> Visitor<'a> for Scan {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            self.raises |= match stmt {
                Stmt::Return(ret) => ret.value.as_deref().is_some_and(part_may_raise),
                Stmt::Assign(assign) => part_may_raise(&assign.value),
                Stmt::AugAssign(_) => true,
                Stmt::AnnAssign(assign) => assign.value.as_deref().is_some_and(part_may_raise),
                Stmt::If(branch) => part_may_raise(&branch.test),
                Stmt::While(looped) => part_may_raise(&looped.test),
                Stmt::For(looped) => part_may_raise(&looped.iter),
                _ => false,
            };
            if !self.raises {
                walk_stmt(self, stmt);
            }
        }
    }
    let mut scan = Scan { raises: false };
    def.body.iter().for_each(|stmt| scan.visit_stmt(stmt));
    scan.raises
}

/// `may_raise`, less coarse for a part of a function that changes nothing: an attribute of a name
/// (`self._balance`: the import refuses an attribute `__init__` does not set), `==`, `!=`, `is`, `is
/// not` (of any two values), `not` and `and`/`or` of such parts raise nothing either (a property's
/// getter, a hand-made future's `done()`: `return self._state != 0`).
fn part_may_raise(expr: &Expr) -> bool {
    match expr {
        Expr::Attribute(attribute) => !matches!(&*attribute.value, Expr::Name(_)),
        Expr::Compare(compare) => {
            compare
                .ops
                .iter()
                .any(|op| !matches!(op, ast::CmpOp::Eq | ast::CmpOp::NotEq | ast::CmpOp::Is | ast::CmpOp::IsNot))
                || part_may_raise(&compare.left)
                || compare.comparators.iter().any(part_may_raise)
        }
        Expr::UnaryOp(unary) if matches!(unary.op, ast::UnaryOp::Not) => part_may_raise(&unary.operand),
        Expr::BoolOp(boolean) => boolean.values.iter().any(part_may_raise),
        Expr::Tuple(tuple) => tuple.elts.iter().any(part_may_raise),
        other => may_raise(other),
    }
}

/// Whether evaluating `expr` may raise: anything but a name or a constant (`int(text)`, `float(text)`,
/// `"ab".index(c)`, a division, `None > 25`, `count + 1` of a None, an f-string's format of a None).
fn may_raise(expr: &Expr) -> bool {
    match expr {
        Expr::Name(_)
        | Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_) => false,
        Expr::Tuple(tuple) => tuple.elts.iter().any(may_raise),
        _ => true,
    }
}
