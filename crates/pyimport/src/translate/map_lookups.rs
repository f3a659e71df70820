//! `d.get(k)` and `d.get(k, default)` of a shared dict as the element of a generator over a list
//! filled at run time (session 32: session31/t11's `sum(self.spent.get(t, 0) for t in
//! self.children[group])`). A lookup in a shared dict is a step of its own (CPython's `dict.get` is one
//! C call); the generator computes its element once per item, so the lookup's step goes inside the
//! walk, after the item's tests and before its fold (shared_lists.rs' `generated_steps`).

use ruff_python_ast::Expr;

use super::{Frame, Translator};
use crate::expr::Ex;
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// Whether `element` is `d.get(k)` or `d.get(k, default)` of a shared dict.
    pub(super) fn is_map_lookup(&self, frame: &Frame, element: &Expr) -> bool {
        let Expr::Call(call) = element else { return false };
        let Expr::Attribute(method) = &*call.func else { return false };
        let is_get = method.attr.as_str() == "get"
            && (1..=2).contains(&call.arguments.args.len())
            && call.arguments.keywords.is_empty();
        is_get
            && matches!(
                self.expr(frame, &method.value, false),
                Ok(Ex::Static(Value::Shared(_, Shape::Map { dense: false }) | Value::Record(_)))
            )
    }
}
