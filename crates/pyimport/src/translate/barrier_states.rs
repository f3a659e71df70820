//! What a `threading.Barrier` says of itself: `parties` (the count it was made with) and `broken`.
//! weft's barrier breaks only when a wait times out (its own `timeout=` or a `wait(t)`): an action
//! that may raise is refused (barrier_actions.rs), and `abort()` and `reset()` are not imported. So
//! where the barrier has no time-out and the file has no `wait(...)` with arguments (on anything: the
//! import cannot tell every receiver), no `abort()` and no `reset()`, `broken` is False in every run,
//! as CPython's is. `n_waiting` (how many parties wait at this moment) is the engine's state, which no
//! step reads yet: refused.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Result, Translator, fail};
use crate::expr::Ex;
use crate::value::{Object, Value};

impl Translator<'_> {
    /// `barrier.parties`, `barrier.broken`, `barrier.n_waiting` of the Barrier `barrier` (`object`).
    pub(crate) fn barrier_attribute(&self, object: &Object, attribute: &ast::ExprAttribute) -> Result<Ex> {
        let Object::Barrier { parties, timeout, .. } = object else {
            return fail(attribute, format!("reading the attribute `.{}` is not supported", attribute.attr));
        };
        match attribute.attr.as_str() {
            "parties" => Ok(Ex::Static(Value::Int(*parties as i64))),
            "broken" => {
                let named =
                    matches!(&*attribute.value, Expr::Name(name) if self.bool_names.is_barrier_name(name.id.as_str()));
                let may_break = timeout.is_some() || may_break_a_barrier(self.module_body);
                if !named || may_break {
                    return fail(
                        attribute,
                        "`.broken` of a Barrier is imported where it is always False: read through the module-level name the `threading.Barrier(...)` is bound to, in a file with no time-out on the barrier, no `wait(...)` with arguments on anything, no `abort()` and no `reset()` (weft does not read a broken barrier's state in a step yet)",
                    );
                }
                Ok(Ex::Static(Value::Int(0)))
            }
            "n_waiting" => fail(
                attribute,
                "`.n_waiting` of a Barrier is not imported: how many parties wait at this moment is the engine's state, which no step reads yet",
            ),
            other => fail(
                attribute,
                format!(
                    "reading the attribute `.{other}` of a Barrier is not supported (weft follows `parties` and `broken`)"
                ),
            ),
        }
    }
}

/// Does the file call `wait(...)` with arguments, `abort()` or `reset()` on anything?
fn may_break_a_barrier(body: &[Stmt]) -> bool {
    struct Breaks(bool);
    impl<'a> Visitor<'a> for Breaks {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && let Expr::Attribute(method) = &*call.func
            {
                let timed_wait = method.attr.as_str() == "wait" && !call.arguments.is_empty();
                self.0 |= timed_wait || matches!(method.attr.as_str(), "abort" | "reset");
            }
            walk_expr(self, expr);
        }
    }
    let mut breaks = Breaks(false);
    breaks.visit_body(body);
    breaks.0
}

/// The names the module binds, at its top and nowhere else, only to `threading.Barrier(...)` (or
/// `Barrier(...)`): their `.broken` is a bool (bool_names.rs).
pub(super) fn module_barrier_names(body: &[Stmt]) -> BTreeSet<String> {
    let is_barrier_call = |value: &Expr| {
        matches!(value, Expr::Call(call) if matches!(&*call.func,
            Expr::Attribute(attribute) if attribute.attr.as_str() == "Barrier" && matches!(&*attribute.value, Expr::Name(module) if module.id.as_str() == "threading"))
            || matches!(&*call.func, Expr::Name(name) if name.id.as_str() == "Barrier"))
    };
    let (_, bound) = crate::syntax::name_counts(body);
    body.iter()
        .filter_map(|stmt| match stmt {
            Stmt::Assign(assign) if let [Expr::Name(name)] = &assign.targets[..] => {
                is_barrier_call(&assign.value).then(|| name.id.to_string())
            }
            _ => None,
        })
        .filter(|name| bound.get(name) == Some(&1))
        .collect()
}
