//! `d.__setitem__(k, v)` as a statement of its own, the form a lambda needs to store an item
//! (`callback=lambda r: grades.__setitem__(r[0], r[1])`, session37/m04): the item assignment
//! `d[k] = v` it is, for a dict, a list or a manager's proxy (whose `__setitem__` is the exposed
//! method `d[k] = v` calls).
//!
//! Python evaluates the call's receiver, then `k`, then `v`, and the assignment `v` first: the two
//! agree where neither `k` nor `v` can do anything but give a value, so only names, literals and a
//! name subscripted by a literal (`r[0]`) are taken. Two such subscripts could raise, but one of the
//! same sequence fails whichever is read first, with the same IndexError.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::syntax::{expression_statement, is_constant};

/// The statement an expression statement `value` is: `d[k] = v` for `d.__setitem__(k, v)` of plain
/// operands, else the expression statement itself.
pub(crate) fn as_statement(value: Expr) -> Stmt {
    match item_assignment(&value) {
        Some(assignment) => assignment,
        None => expression_statement(value),
    }
}

fn item_assignment(value: &Expr) -> Option<Stmt> {
    let Expr::Call(call) = value else { return None };
    let Expr::Attribute(method) = &*call.func else { return None };
    let [key, item] = &call.arguments.args[..] else { return None };
    let plain = method.attr.as_str() == "__setitem__"
        && call.arguments.keywords.is_empty()
        && matches!(&*method.value, Expr::Name(_))
        && is_plain_operand(key)
        && is_plain_operand(item);
    if !plain {
        return None;
    }
    let target = Expr::Subscript(ast::ExprSubscript {
        node_index: ast::AtomicNodeIndex::default(),
        range: method.range(),
        value: method.value.clone(),
        slice: Box::new(key.clone()),
        ctx: ast::ExprContext::Store,
    });
    Some(Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range: call.range(),
        targets: vec![target],
        value: Box::new(item.clone()),
    }))
}

/// A name, a literal, or a name subscripted by a literal: nothing whose reading does anything else.
fn is_plain_operand(expr: &Expr) -> bool {
    match expr {
        Expr::Name(_) => true,
        Expr::Subscript(subscript) => matches!(&*subscript.value, Expr::Name(_)) && is_constant(&subscript.slice),
        other => is_constant(other),
    }
}
