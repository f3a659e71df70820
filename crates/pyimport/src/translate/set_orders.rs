//! A loop over a Python set. CPython walks a set in the order of its hash table: for small integers
//! often (not always) ascending, whatever the order they were added in (`{3, 1, 2}` walks 1, 2, 3;
//! `{8, 1}` walks 8, 1), and for strings an order that hash randomization makes different in every
//! run. weft keeps a set as a map from each member to 1, which it walks in insertion order: so a loop
//! over a set is refused, not walked in an order CPython does not have. `sorted(s)` is CPython's own
//! order-free form, and is imported.

use std::collections::BTreeSet;

use ruff_python_ast::{Expr, Stmt};

use super::whole_reads::Items;
use super::{Frame, Result, Translator, fail};
use crate::value::Value;

const SET_ORDER_REFUSAL: &str = "a loop over a set is not supported: CPython walks a set in its hash table's order (for strings, a different order in every run under hash randomization), which weft does not model; loop over `sorted(s)`";

/// `list(s)`, `tuple(s)` or another walk at import time of a set (session 31: session30's checks/o03
/// was told weft "cannot iterate over a shared dict", a set).
const SET_COPY_REFUSAL: &str = "the items of a set in its own order (`list(s)`, `tuple(s)`, a walk) are not supported: CPython takes them in its hash table's order (for strings, a different order in every run under hash randomization), which weft does not model; use `sorted(s)`";

impl Translator<'_> {
    /// The words for a set walked in its own order at import time (`list(seen)` of a set the file
    /// fills), where `iterated` names one.
    pub(super) fn set_walk_refusal(&self, iterated: &Expr) -> Option<&'static str> {
        let named_set = matches!(iterated, Expr::Name(name) if self.set_bound_names.contains(name.id.as_str()));
        named_set.then_some(SET_COPY_REFUSAL)
    }

    /// Refuses a walk over a set in its own order (`for x in s:`); a loop over `sorted(s)` does not
    /// come here.
    pub(super) fn refuse_set_order(&self, items: &Items, iterated: &Expr) -> Result<()> {
        if !self.set_names.contains(items.shared()) {
            return Ok(());
        }
        fail(iterated, SET_ORDER_REFUSAL)
    }

    /// Refuses `for x in s:` (or `list(s)`, `tuple(s)`) where `s` is a name the file binds to a set
    /// display, a set comprehension or `set(...)` (a set made at run time, which weft keeps in
    /// insertion order), or an item of a `defaultdict(set)`.
    pub(super) fn refuse_loop_over_made_set(&self, frame: &Frame, iterated: &Expr) -> Result<()> {
        let walked = match iterated {
            Expr::Call(call)
                if matches!(&*call.func, Expr::Name(name) if matches!(name.id.as_str(), "list" | "tuple"))
                    && call.arguments.args.len() == 1 =>
            {
                &call.arguments.args[0]
            }
            other => other,
        };
        // A set of futures or tasks has its own forms and refusal (futures.rs, completion.rs).
        let holds_futures = |name: &str| {
            matches!(
                frame.locals.get(name).or_else(|| self.globals.get(name)),
                Some(Value::PendingSet(..) | Value::FutureSet(..) | Value::FirstCompleted { .. })
            )
        };
        let named_set = matches!(walked, Expr::Name(name)
            if self.set_bound_names.contains(name.id.as_str()) && !holds_futures(name.id.as_str()));
        // `for x in set(seen)` of a shared list: the set made at run time (array_sets.rs), walked in
        // an order weft does not model.
        let made_from_list = matches!(walked, Expr::Call(call)
            if matches!(&*call.func, Expr::Name(name) if name.id.as_str() == "set")
                && call.arguments.args.first().is_some_and(|items| self.set_of_array(frame, items).is_some()));
        if named_set || made_from_list || self.is_made_set_item(frame, walked) {
            return fail(iterated, SET_ORDER_REFUSAL);
        }
        Ok(())
    }
}

/// The names the file binds (anywhere, in any function) to a set display, a set comprehension or a
/// call of `set`/`frozenset`.
pub(super) fn set_bound_names(body: &[Stmt]) -> BTreeSet<String> {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    struct Walk(BTreeSet<String>);
    impl<'a> Visitor<'a> for Walk {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            let (targets, value): (Vec<&Expr>, Option<&Expr>) = match stmt {
                Stmt::Assign(assign) => (assign.targets.iter().collect(), Some(&*assign.value)),
                Stmt::AnnAssign(assign) => (vec![&*assign.target], assign.value.as_deref()),
                _ => (Vec::new(), None),
            };
            if let Some(value) = value
                && makes_a_set(value)
            {
                for target in targets {
                    if let Expr::Name(name) = target {
                        self.0.insert(name.id.to_string());
                    }
                }
            }
            walk_stmt(self, stmt);
        }
    }
    let mut walk = Walk(BTreeSet::new());
    for stmt in body {
        walk.visit_stmt(stmt);
    }
    walk.0
}

fn makes_a_set(value: &Expr) -> bool {
    match value {
        Expr::Set(_) | Expr::SetComp(_) => true,
        Expr::Call(call) => matches!(&*call.func, Expr::Name(name) if matches!(name.id.as_str(), "set" | "frozenset")),
        _ => false,
    }
}
