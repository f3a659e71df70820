//! `for item, n in order.items():` over a dict with string keys that the program may write (session 24:
//! session23/t11, a dict handed to a thread and walked there; `self._stock.items()`). Each key of such a
//! dict is a shared variable of its own, and the dict never gains or loses a key (a new key and `del`
//! are refused for it), so its keys and their order are known at import time, the display's. Python's
//! dict iterator reads an entry when the loop asks for the next one: the walk is written out pass by
//! pass, each pass binding the key (known) and reading the value's variable in a step of its own
//! (`let: "n = order_apple"`) before the body, as CPython reads it then. A dict nothing writes keeps its
//! walk at import time (record_views.rs); `break`, `continue`, `return` and `else:` in such a loop are refused.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, LoopKind, Node, Result, Step, Translator, fail};
use crate::expr::Ex;
use crate::value::Value;

impl Translator<'_> {
    /// Writes out `for k, v in d.items()` (or `d.keys()`, `d.values()`) over a dict with string keys
    /// whose values are read as the loop runs; false when `looping` is no such loop, or when the
    /// dict's items are known at import time (record_views.rs walks those).
    pub(super) fn record_items_for(
        &mut self,
        frame: &mut Frame,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<bool> {
        let Some((receiver, view)) = record_view_call(&looping.iter) else { return Ok(false) };
        let Ok(Ex::Static(Value::Record(fields))) = self.expr(frame, receiver, false) else { return Ok(false) };
        if matches!(self.constant_record_view(frame, &looping.iter), Ok(Some(_))) {
            return Ok(false);
        }
        if !looping.orelse.is_empty() || super::contains_jump(&looping.body) {
            return fail(
                looping.iter.as_ref(),
                "`break`, `continue`, `return` or `else:` in a loop over a dict with string keys that the program may write is not supported",
            );
        }
        let (key_target, value_target) = match (view, &*looping.target) {
            ("keys", target) => (Some(target), None),
            ("values", target @ Expr::Name(_)) => (None, Some(target)),
            ("items", Expr::Tuple(pair)) if pair.elts.len() == 2 && matches!(pair.elts[1], Expr::Name(_)) => {
                (Some(&pair.elts[0]), Some(&pair.elts[1]))
            }
            _ => {
                return fail(
                    looping.target.as_ref(),
                    "a loop over a dict's `items()` binds two names (`for key, value in d.items()`), over its `values()` one",
                );
            }
        };
        self.bind_module_loop_names(frame, &looping.target);
        let line = self.line(looping);
        frame.loops.push(LoopKind::Unrolled);
        let mut result = Ok(());
        for (key, shared) in fields {
            result = self
                .record_pass(frame, (key_target, value_target), (key, shared), out, line)
                .and_then(|()| self.block(frame, &looping.body, out, next_line));
            if result.is_err() {
                break;
            }
        }
        frame.loops.pop();
        result.map(|()| true)
    }

    /// One pass's bindings: the key, known; the value, read from its shared variable in a step.
    fn record_pass(
        &mut self,
        frame: &mut Frame,
        (key_target, value_target): (Option<&Expr>, Option<&Expr>),
        (key, shared): (String, String),
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if let Some(target) = key_target {
            self.bind_unrolled(frame, target, Value::Str(key), out)?;
        }
        if let Some(Expr::Name(name)) = value_target {
            let local = self.bind_local(frame, name.id.as_str());
            frame.known.remove(name.id.as_str());
            out.push(Step::new("let", Node::Quoted(format!("{local} = {shared}")), line));
        }
        Ok(())
    }
}

/// The receiver and the view of `x.items()`, `x.keys()` or `x.values()` (no arguments).
fn record_view_call(iterable: &Expr) -> Option<(&Expr, &str)> {
    let Expr::Call(call) = iterable else { return None };
    let Expr::Attribute(attribute) = &*call.func else { return None };
    let view = attribute.attr.as_str();
    (matches!(view, "items" | "keys" | "values") && call.arguments.is_empty()).then_some((&*attribute.value, view))
}
