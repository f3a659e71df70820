//! `ex.submit(f, x).result(timeout=t)` inside an expression (`return pool.submit(flaky,
//! name).result(timeout=1)` in a retry loop, session19/f07): the `submit` goes to a line of its own
//! before the statement (hoisting.rs: `submit_result = pool.submit(flaky, name)`, then `return
//! submit_result.result(timeout=1)`), where the translator takes a future bound to a name (session 24's
//! futures made in a loop). Python evaluates the `submit` first in the chain, and hoisting checks that
//! nothing evaluated before it in the statement could see the difference (or refuses, saying why).

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Translator};

impl Translator<'_> {
    /// The `ex.submit(...)` call of `call` when `call` is a method of its future (`ex.submit(...).m(...)`)
    /// and `ex` an executor of an open `with` or one made by hand.
    pub(crate) fn chained_submit<'c>(&self, frame: &Frame, call: &'c ast::ExprCall) -> Option<&'c ast::ExprCall> {
        let Expr::Attribute(method) = &*call.func else { return None };
        let Expr::Call(submit) = &*method.value else { return None };
        matches!(self.executor_call(frame, submit), Some((_, "submit"))).then_some(submit)
    }
}
