//! `fut.exception()`, `fut.result()`, `fut.done()` and `fut.cancelled()` of a done callback's own future
//! inside an expression (session33/f05: `summary["failed"].append(str(future.exception()))`), for
//! hoisting.rs.
//!
//! Python evaluates `summary["failed"].append` before the call, and hoisting a call past an item read
//! is refused where the call could change the item or wait while another thread does. A done
//! callback's own future is done when the callback runs (CPython calls it after `set_result` or at
//! once for a done future; weft's callback thread waits for the future first, and the adder runs it at
//! once only when it is done: translate/done_callbacks_at_once.rs), so these reads neither wait nor
//! change anything: taking one first, on a line of its own, lists the same states. Only a function
//! the file names nowhere but as `add_done_callback`'s argument is such a callback (a direct call
//! could give it a pending future, whose `result()` waits).

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

/// The methods of a done future that neither wait nor change anything.
const DONE_FUTURE_READS: [&str; 4] = ["exception", "result", "done", "cancelled"];

/// The names of functions and methods the file names only as `add_done_callback`'s argument
/// (`fut.add_done_callback(on_done)`, `fut.add_done_callback(self.on_done)`).
pub(crate) fn done_callback_only_names(body: &[Stmt]) -> BTreeSet<String> {
    #[derive(Default)]
    struct Uses {
        as_callback: BTreeSet<String>,
        /// Every load of a name or an attribute, counted, and those that are a callback argument.
        loads: BTreeMap<String, (usize, usize)>,
    }
    fn named(expr: &Expr) -> Option<String> {
        match expr {
            Expr::Name(name) => Some(name.id.to_string()),
            Expr::Attribute(attribute) => Some(attribute.attr.to_string()),
            _ => None,
        }
    }
    impl<'a> Visitor<'a> for Uses {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && let Expr::Attribute(method) = &*call.func
                && method.attr.as_str() == "add_done_callback"
                && let [callback] = &call.arguments.args[..]
                && let Some(name) = named(callback)
            {
                self.as_callback.insert(name.clone());
                self.loads.entry(name).or_default().1 += 1;
            }
            if let Some(name) = named(expr) {
                self.loads.entry(name).or_default().0 += 1;
            }
            walk_expr(self, expr);
        }
    }
    let mut uses = Uses::default();
    uses.visit_body(body);
    let Uses { as_callback, loads } = uses;
    as_callback.into_iter().filter(|name| loads.get(name).is_some_and(|(all, callbacks)| all == callbacks)).collect()
}

/// The parameter of `def` that a done callback is given its future in (after `self` for a method of a
/// class), when `def` is one of `callbacks`.
pub(crate) fn done_future_parameter(
    def: &ast::StmtFunctionDef,
    callbacks: &BTreeSet<String>,
    method: bool,
) -> Option<String> {
    if !callbacks.contains(def.name.as_str()) {
        return None;
    }
    let position = usize::from(method);
    let parameters: Vec<&ast::ParameterWithDefault> =
        def.parameters.posonlyargs.iter().chain(def.parameters.args.iter()).collect();
    parameters.get(position).map(|parameter| parameter.parameter.name.to_string())
}

/// Whether the call starting at `offset` in `expr` is `future.exception()` (or another of the done
/// future's reads), with no arguments.
pub(crate) fn is_done_future_read(expr: &Expr, offset: usize, future: &str) -> bool {
    struct Find<'f> {
        offset: usize,
        future: &'f str,
        found: bool,
    }
    impl<'a> Visitor<'a> for Find<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && call.range().start().to_usize() == self.offset
                && call.arguments.is_empty()
                && let Expr::Attribute(method) = &*call.func
                && let Expr::Name(receiver) = &*method.value
                && receiver.id.as_str() == self.future
                && DONE_FUTURE_READS.contains(&method.attr.as_str())
            {
                self.found = true;
            }
            walk_expr(self, expr);
        }
    }
    let mut find = Find { offset, future, found: false };
    find.visit_expr(expr);
    find.found
}
