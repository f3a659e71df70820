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
use ruff_python_ast::Expr;

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
