//! `tuple(positions)` of a shared list of fixed length (session 36: session35/t11, a Barrier's action
//! that records `history.append(tuple(positions))`): the scenario's tuple of every item,
//! `(positions[0], positions[1], positions[2])`, read inside one `atomic` step. CPython copies a list
//! into a tuple in one C call under the GIL (`PyList_AsTuple`), so no other thread writes an item
//! between two reads. weft's engine lets another task run between two reads of shared memory in one
//! expression (each read is a step, as each BINARY_SUBSCR is in Python), so the copy is an assignment of
//! its own, `tuple_result = tuple(positions)`, whose reads one `atomic` holds together: inside an
//! expression (`q.put(tuple(board))`) the call goes to a line of its own first (hoisting.rs), where
//! CPython evaluates nothing before it that the copy could change. The same list read item by item in
//! Python (`(xs[0], xs[1], xs[2])`, three subscripts a thread switch may fall between) is not this form.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator, fail};
use crate::out::{Node, Step};
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// `tuple(xs)` inside an expression, of a fixed-length shared list: refused so that hoisting.rs puts
    /// it on a line of its own (`assign_array_tuple`'s); `None` for any other call.
    pub(crate) fn array_tuple(&self, frame: &Frame, call: &ast::ExprCall) -> Result<Option<crate::expr::Ex>> {
        if self.tuple_of_array(frame, call).is_none() {
            return Ok(None);
        }
        fail(call, crate::hoisting::call_inside_expression("tuple"))
    }

    /// `name = tuple(xs)` of a fixed-length shared list: the tuple of its items, read inside one
    /// `atomic`. False for any other value.
    pub(super) fn assign_array_tuple(
        &mut self,
        frame: &mut Frame,
        (name, target): (&str, &Expr),
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Call(call) = value else { return Ok(false) };
        let Some(display) = self.tuple_of_array(frame, call) else { return Ok(false) };
        let mut copied = Vec::new();
        self.assign_name(frame, name, target, &display, &mut copied, line)?;
        out.push(Step::new("atomic", Node::Steps(copied), line));
        Ok(true)
    }

    /// `(xs[0], xs[1], ...)`, the display `tuple(xs)` copies, where `call` is `tuple(xs)` (the builtin)
    /// of a fixed-length shared list `xs` of one to `MAX_OBJECT_DISPLAY` items.
    fn tuple_of_array(&self, frame: &Frame, call: &ast::ExprCall) -> Option<Expr> {
        let (Expr::Name(called), [list @ Expr::Name(list_name)], []) =
            (&*call.func, &call.arguments.args[..], &call.arguments.keywords[..])
        else {
            return None;
        };
        if !self.is_builtin(frame, called, "tuple") {
            return None;
        }
        let Some(Value::Shared(_, Shape::Array(length))) = self.resolve(frame, list_name.id.as_str()) else {
            return None;
        };
        if length == 0 || length > crate::expr::MAX_OBJECT_DISPLAY {
            return None;
        }
        Some(Expr::Tuple(ast::ExprTuple {
            node_index: Default::default(),
            range: call.range(),
            elts: (0..length).map(|index| item_of(list, index)).collect(),
            ctx: ast::ExprContext::Load,
            parenthesized: true,
        }))
    }
}

/// `list[index]`, a read of one item, at the list's place in the source.
fn item_of(list: &Expr, index: usize) -> Expr {
    Expr::Subscript(ast::ExprSubscript {
        node_index: Default::default(),
        range: list.range(),
        value: Box::new(list.clone()),
        slice: Box::new(Expr::NumberLiteral(ast::ExprNumberLiteral {
            node_index: Default::default(),
            range: list.range(),
            value: ast::Number::Int(ast::Int::from(index as u32)),
        })),
        ctx: ast::ExprContext::Load,
    })
}
