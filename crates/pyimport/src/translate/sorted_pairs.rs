//! `first, second = sorted([source, target])` of two values known only at run time (session30/variants/
//! f08_v3: locks taken in name order so that opposite transfers cannot deadlock), and
//! `tuple(sorted((first, second)))` in an expression (session38/t09: a match of two players recorded in
//! name order), the same tuple.
//!
//! Python's `sorted` of two items compares them once, `target < source`, and gives `[target, source]`
//! when it holds, else `[source, target]`; `min(source, target)` and `max(source, target)` give the same
//! two values (each keeps the first of equal ones, and equal integers, strings, None or tuples are one
//! value), raising the TypeError `sorted` raises where the two do not order. So the unpacking is
//! `first, second = min(source, target), max(source, target)`, taken when both items are locals or
//! parameters (read twice, they cannot change between) and no float may flow but a duration's
//! (`sorted([1, 1.0])` is `[1, 1.0]`, where `max` gives `1`; tuple_keyed_maps.rs's test). A `key=` or `reverse=`, more items, or a shared item keep the
//! refusal of `sorted` whose value is not computed.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator};
use crate::syntax;
use crate::value::{Items, Value};

impl Translator<'_> {
    /// `tuple(sorted(...))` (`tuple` the builtin): of two locals, the tuple `sorted_pair` makes, a value
    /// of a step; of items known at import time, the sorted items as a tuple; `None` for any other call.
    pub(crate) fn tuple_of_sorted(
        &self,
        frame: &Frame,
        call: &ast::ExprCall,
        use_known: bool,
    ) -> Result<Option<crate::expr::Ex>> {
        let (Expr::Name(called), [sorted], []) = (&*call.func, &*call.arguments.args, &*call.arguments.keywords) else {
            return Ok(None);
        };
        if !self.is_builtin(frame, called, "tuple") {
            return Ok(None);
        }
        if let Some(pair) = self.sorted_pair(frame, sorted) {
            return self.expr(frame, &pair, use_known).map(Some);
        }
        let Expr::Call(sorted_call) = sorted else { return Ok(None) };
        if !matches!(&*sorted_call.func, Expr::Name(function) if self.is_builtin(frame, function, "sorted")) {
            return Ok(None);
        }
        match self.expr(frame, sorted, use_known) {
            Ok(crate::expr::Ex::Static(Value::List(items))) => {
                Ok(Some(crate::expr::Ex::Static(Value::List(Items::tuple(items.into_vec())))))
            }
            _ => Ok(None),
        }
    }

    /// `(min(a, b), max(a, b))` for `sorted([a, b])` (or `sorted((a, b))`) whose two items are locals
    /// the unpacking may read twice; `None` for any other value.
    pub(crate) fn sorted_pair(&self, frame: &Frame, value: &Expr) -> Option<Expr> {
        let Expr::Call(call) = value else { return None };
        if !matches!(&*call.func, Expr::Name(function) if function.id.as_str() == "sorted")
            || !call.arguments.keywords.is_empty()
            || self.floats_may_reach_values()
        {
            return None;
        }
        let [items] = &*call.arguments.args else { return None };
        let (Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. })) = items else {
            return None;
        };
        let [first, second] = &elts[..] else { return None };
        // Known at import time, `sorted` computes the list itself (expr.rs).
        if self.static_value(frame, value).is_ok() {
            return None;
        }
        let is_local = |item: &Expr| {
            matches!(item, Expr::Name(_) | Expr::NumberLiteral(_) | Expr::StringLiteral(_))
                && !self.has_steps(frame, item)
                && matches!(self.code(frame, item), Ok((_, _, false)))
        };
        if !is_local(first) || !is_local(second) {
            return None;
        }
        let range = call.range();
        let extreme = |function: &str| {
            let mut made = syntax::call_without_arguments(syntax::name(function, range, ast::ExprContext::Load), range);
            if let Expr::Call(made) = &mut made {
                made.arguments.args = Box::new([first.clone(), second.clone()]);
            }
            made
        };
        Some(Expr::Tuple(ast::ExprTuple {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            elts: vec![extreme("min"), extreme("max")],
            ctx: ast::ExprContext::Load,
            parenthesized: true,
        }))
    }
}
