//! `for f in futures[2:]:` over a slice of a list of futures (session34/f07: `for f in futures[2:]:
//! cancel_results.append(f.cancel())`; s35pools). The list's length is known at import time (a local
//! array of futures) and so are the slice's bounds, so the slice is the futures at the positions
//! Python's slice takes, in its order: the loop runs over the display `[futures[2], futures[3]]`,
//! which the loop over futures takes (each pass's variable that element's future). A slice of a list
//! of futures anywhere else keeps its refusal (expr.rs's words).

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::value::Value;

impl Translator<'_> {
    /// The loop over the display of the sliced futures, or `None` for a loop over anything else.
    pub(super) fn sliced_futures_for(&self, frame: &Frame, looping: &ast::StmtFor) -> Result<Option<ast::StmtFor>> {
        let Expr::Subscript(subscript) = &*looping.iter else { return Ok(None) };
        let Expr::Slice(slice) = &*subscript.slice else { return Ok(None) };
        let Ok(Ex::Static(Value::Futures(_, length))) = self.expr(frame, &subscript.value, false) else {
            return Ok(None);
        };
        let bound = |part: &Option<Box<Expr>>| -> Result<Option<i64>> {
            part.as_deref().map(|expr| self.static_int(frame, expr)).transpose()
        };
        let step = bound(&slice.step)?.unwrap_or(1);
        if step == 0 {
            return super::fail(&subscript.range, "a slice step of zero: Python raises ValueError");
        }
        let positions = sim_core::text::slice_positions(length, bound(&slice.lower)?, bound(&slice.upper)?, step);
        let elements = positions
            .map(|position| {
                Expr::Subscript(ast::ExprSubscript {
                    node_index: ast::AtomicNodeIndex::default(),
                    range: subscript.range,
                    value: subscript.value.clone(),
                    slice: Box::new(position_literal(position, subscript.range)),
                    ctx: ast::ExprContext::Load,
                })
            })
            .collect();
        let mut listed = looping.clone();
        *listed.iter = Expr::List(ast::ExprList {
            node_index: ast::AtomicNodeIndex::default(),
            range: subscript.range,
            elts: elements,
            ctx: ast::ExprContext::Load,
        });
        Ok(Some(listed))
    }
}

/// The integer literal of a position, at `range`.
fn position_literal(position: usize, range: ruff_text_size::TextRange) -> Expr {
    Expr::NumberLiteral(ast::ExprNumberLiteral {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        value: ast::Number::Int(ast::Int::from(position as u64)),
    })
}
