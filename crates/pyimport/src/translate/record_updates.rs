//! `settings.update(new)` of a dict split into one variable per string key (a record: `settings =
//! {"theme": "dark", "font": 12}`), by a dict whose string keys are known at import time: a display
//! (`settings.update({"font": 14})`) or another record (a thread's argument `{"font": 14}`, session38/
//! t03). CPython's `dict.update` of a dict is one C call under the GIL, so its writes are one `atomic`
//! step: each key of the argument, in the argument's order, written as `settings[key] = value` would
//! write it. A key the record does not have would add one, which a record cannot: refused. A display's
//! value with steps of its own or a read of shared memory (evaluated before the call in CPython, not
//! inside it) keeps the refusal of a dropped mutation.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::syntax;
use crate::value::Value;

impl Translator<'_> {
    /// `record.update(other)` as one `atomic` of item writes; false for any other call.
    pub(super) fn record_update(
        &mut self,
        frame: &mut Frame,
        (receiver, method): (&Value, &str),
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let (Value::Record(fields), "update", Expr::Attribute(attribute)) = (receiver, method, &*call.func) else {
            return Ok(false);
        };
        let ([other], []) = (&*call.arguments.args, &*call.arguments.keywords) else { return Ok(false) };
        let Some(writes) = self.update_writes(frame, other)? else { return Ok(false) };
        let mut steps = Vec::new();
        for (key, value) in writes {
            if !fields.iter().any(|(field, _)| *field == key) {
                return fail(
                    other,
                    format!(
                        "`update` here adds the key {key:?}, which the dict does not have: weft keeps a dict with string keys known at import time as one variable per key, and cannot add one"
                    ),
                );
            }
            let range = other.range();
            let target = Expr::Subscript(ast::ExprSubscript {
                node_index: ast::AtomicNodeIndex::default(),
                range,
                value: attribute.value.clone(),
                slice: Box::new(syntax::string(&key, range)),
                ctx: ast::ExprContext::Store,
            });
            let write = Stmt::Assign(ast::StmtAssign {
                node_index: ast::AtomicNodeIndex::default(),
                range,
                targets: vec![target],
                value: Box::new(value),
            });
            self.statement(frame, &write, &mut steps, line)?;
        }
        out.push(Step::new("atomic", Node::Steps(steps), line));
        Ok(true)
    }

    /// The keys `other` gives and the value each is written from, in its order: a display of string
    /// keys whose values are local (no steps, no shared read), or a record; `None` for anything else.
    fn update_writes(&self, frame: &Frame, other: &Expr) -> Result<Option<Vec<(String, Expr)>>> {
        if let Expr::Dict(display) = other {
            let mut writes = Vec::new();
            for item in &display.items {
                let Some(Expr::StringLiteral(key)) = &item.key else { return Ok(None) };
                let local =
                    !self.has_steps(frame, &item.value) && matches!(self.code(frame, &item.value), Ok((_, _, false)));
                if !local {
                    return Ok(None);
                }
                writes.push((key.value.to_str().to_string(), item.value.clone()));
            }
            return Ok(Some(writes));
        }
        let Ok(Ex::Static(Value::Record(fields))) = self.expr(frame, other, false) else { return Ok(None) };
        let range = other.range();
        let read = |key: &str| {
            Expr::Subscript(ast::ExprSubscript {
                node_index: ast::AtomicNodeIndex::default(),
                range,
                value: Box::new(other.clone()),
                slice: Box::new(syntax::string(key, range)),
                ctx: ast::ExprContext::Load,
            })
        };
        Ok(Some(fields.iter().map(|(key, _)| (key.clone(), read(key))).collect()))
    }
}
