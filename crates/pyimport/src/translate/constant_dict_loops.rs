//! `for name in pages:` (or `pages.keys()`) over a module dict nothing in the program writes, whose
//! body starts a job, a thread or a task on each pass (session35/f02: `f = pool.submit(download,
//! name)` then `f.add_done_callback(...)`). Such a body is unrolled at import time, each pass its own
//! future, as over a list known at import time; the dict's keys are known then (it never changes, so
//! CPython's walk takes them in insertion order and never raises RuntimeError). The loop becomes the
//! same loop over a list display of the keys, strings and integers only.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{Frame, Result, Step, Translator};
use crate::out::{Item, SharedInit};
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// Takes the loop when its iterable is such a dict and its body needs unrolling.
    pub(super) fn constant_dict_keys_for(
        &mut self,
        frame: &mut Frame,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        (line, next_line): (u32, u32),
    ) -> Result<bool> {
        if !self.needs_unroll(frame, &looping.body) && !self.starts_a_task_per_pass(frame, looping) {
            return Ok(false);
        }
        let Some(keys) = self.constant_dict_keys(frame, &looping.iter) else { return Ok(false) };
        let range = looping.iter.range();
        let elts: Option<Vec<Expr>> = keys.iter().map(|key| key_literal(key, range)).collect();
        let Some(elts) = elts else { return Ok(false) };
        let mut listed = looping.clone();
        *listed.iter =
            Expr::List(ast::ExprList { node_index: Default::default(), range, elts, ctx: ast::ExprContext::Load });
        self.for_statement(frame, &listed, out, line, next_line)?;
        Ok(true)
    }

    /// The keys, in insertion order, of `iterable` (`d` or `d.keys()`) when it is a module dict nothing
    /// writes (walks.rs's `unchanging_module_dict`).
    fn constant_dict_keys(&self, frame: &Frame, iterable: &Expr) -> Option<Vec<Item>> {
        let dict = match iterable {
            Expr::Call(call) if call.arguments.is_empty() => match &*call.func {
                Expr::Attribute(method) if method.attr.as_str() == "keys" => &*method.value,
                _ => return None,
            },
            other => other,
        };
        if !self.unchanging_module_dict(frame, dict) {
            return None;
        }
        let Ok(Value::Shared(shared, Shape::Map { .. })) = self.static_value(frame, dict) else { return None };
        self.scenario.shared.iter().find(|(name, _)| *name == shared).and_then(|(_, init)| match init {
            SharedInit::Map(pairs) => Some(pairs.iter().map(|(key, _)| key.clone()).collect()),
            _ => None,
        })
    }
}

fn key_literal(key: &Item, range: ruff_text_size::TextRange) -> Option<Expr> {
    match key {
        Item::Str(text) => Some(crate::syntax::string(text, range)),
        Item::Int(number) if *number >= 0 => Some(Expr::NumberLiteral(ast::ExprNumberLiteral {
            node_index: Default::default(),
            range,
            value: ast::Number::Int(ast::Int::from(u64::try_from(*number).ok()?)),
        })),
        _ => None,
    }
}
