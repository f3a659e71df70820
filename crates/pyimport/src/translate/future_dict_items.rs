//! `for f, item in futures.items():` over a dict of futures whose items weft keeps beside them
//! (future_dicts.rs; session32/variants/f05_v2: `for f, name in futures.items(): if winner is None and
//! f in done: winner = name`): the loop over the dict's keys, `for f in futures:`, whose body first
//! binds `item = futures[f]`. The lookup is steps of the looping thread over its own arrays, which no
//! other thread writes; the order is the dict's, the futures' order of insertion, as Python's.

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, Translator};

impl Translator<'_> {
    /// The loop rewritten over the dict's keys, or `None` when it is not `for f, item in d.items():`
    /// of such a dict.
    pub(super) fn future_dict_items_for(&self, frame: &Frame, looping: &ast::StmtFor) -> Option<ast::StmtFor> {
        let Expr::Call(call) = &*looping.iter else { return None };
        let Expr::Attribute(attribute) = &*call.func else { return None };
        if attribute.attr.as_str() != "items" || !call.arguments.is_empty() {
            return None;
        }
        if !self.is_futures_dict(frame, &attribute.value) {
            return None;
        }
        let Expr::Tuple(target) = &*looping.target else { return None };
        let [future @ Expr::Name(future_name), item @ Expr::Name(item_name)] = &target.elts[..] else {
            return None;
        };
        // `for f, f in d.items()` binds `f` to the item, as Python's unpacking: not this rewrite.
        if future_name.id == item_name.id {
            return None;
        }
        let lookup = Expr::Subscript(ast::ExprSubscript {
            node_index: ast::AtomicNodeIndex::default(),
            range: ruff_text_size::Ranged::range(call),
            value: attribute.value.clone(),
            slice: Box::new(load(future)),
            ctx: ast::ExprContext::Load,
        });
        let binding = Stmt::Assign(ast::StmtAssign {
            node_index: ast::AtomicNodeIndex::default(),
            range: target.range,
            targets: vec![item.clone()],
            value: Box::new(lookup),
        });
        let body = std::iter::once(binding).chain(looping.body.iter().cloned()).collect();
        Some(ast::StmtFor { target: Box::new(future.clone()), iter: attribute.value.clone(), body, ..looping.clone() })
    }
}

/// A name as read (the loop's target is a store).
fn load(name: &Expr) -> Expr {
    match name {
        Expr::Name(name) => Expr::Name(ast::ExprName { ctx: ast::ExprContext::Load, ..name.clone() }),
        other => other.clone(),
    }
}
