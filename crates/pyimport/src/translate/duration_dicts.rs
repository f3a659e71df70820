//! `delays = {1: 0.05, 2: 0.03, 3: 0.001}`, then `await asyncio.sleep(delays[attempt])` (session 36:
//! session35/a04): a dict display of durations in a function, read only as a sleep's duration by a key
//! known only at run time. A float is no value of the scenario, but every value of such a dict is a
//! duration: each becomes its integer nanoseconds at import time (as duration_tables.rs rounds a
//! list's), the dict is made at run time as any display (`new_dict(1, 50000000, 2, 30000000, 3,
//! 1000000)`), and the sleep is `{ ns: "delays[attempt]" }`: the value read when the program runs, a
//! missing key Python's KeyError as a read of the dict gives it. Nothing else computes with the floats.
//!
//! Only where the name is bound in the file to such displays alone (keys integer or string constants,
//! values non-negative numbers of at most 1e9 seconds, one a float at least) and every other mention of
//! it anywhere in the file is `name[key]` as the one argument of `time.sleep` or `asyncio.sleep`; the
//! dict a function's local (a global is declared otherwise). Anything else keeps the float's refusal.

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::out::{Node, Step};

impl Translator<'_> {
    /// `name = {k: seconds, ...}` of a duration dict: the display of nanoseconds bound to the local.
    /// False for any other assignment.
    pub(super) fn assign_duration_dict(
        &mut self,
        frame: &mut Frame,
        (name, target): (&str, &Expr),
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Some(nanoseconds) = nanosecond_display(value) else { return Ok(false) };
        if self.is_global_target(frame, name) || frame.module_level || !is_duration_dict(self.module_body, name) {
            return Ok(false);
        }
        self.assign_name(frame, name, target, &nanoseconds, out, line)?;
        Ok(true)
    }

    /// `d[key]` as a sleep's length in nanoseconds, where `d` is a duration dict; None for any other
    /// duration.
    pub(super) fn duration_dict_lookup(&self, frame: &Frame, duration: &Expr) -> Option<Node> {
        let Expr::Subscript(subscript) = duration else { return None };
        let Expr::Name(dict) = &*subscript.value else { return None };
        if !is_duration_dict(self.module_body, dict.id.as_str()) {
            return None;
        }
        let Ok(Ex::Code { text, .. }) = self.expr(frame, duration, true) else { return None };
        Some(Node::Map(vec![("ns", Node::Quoted(text))]))
    }
}

/// The display with each value replaced by its whole nanoseconds, where `value` is a dict display of
/// integer or string keys and durations, one a float at least.
fn nanosecond_display(value: &Expr) -> Option<Expr> {
    let Expr::Dict(display) = value else { return None };
    if display.items.is_empty() {
        return None;
    }
    let mut any_float = false;
    let mut items = Vec::with_capacity(display.items.len());
    for item in &display.items {
        let key = item.key.as_ref()?;
        let key_is_constant = matches!(key, Expr::StringLiteral(_))
            || matches!(key, Expr::NumberLiteral(number) if matches!(number.value, ast::Number::Int(_)));
        let Expr::NumberLiteral(number) = &item.value else { return None };
        let seconds = match &number.value {
            ast::Number::Int(int) => int.as_u64()? as f64,
            ast::Number::Float(float) => {
                any_float = true;
                *float
            }
            ast::Number::Complex { .. } => return None,
        };
        if !(key_is_constant && seconds.is_finite() && (0.0..=1.0e9).contains(&seconds)) {
            return None;
        }
        let nanoseconds = (seconds * 1e9).round() as u64;
        let value = Expr::NumberLiteral(ast::ExprNumberLiteral {
            node_index: Default::default(),
            range: number.range,
            value: ast::Number::Int(ast::Int::from(nanoseconds)),
        });
        items.push(ast::DictItem { key: Some(key.clone()), value });
    }
    any_float.then(|| Expr::Dict(ast::ExprDict { node_index: Default::default(), range: display.range, items }))
}

/// Whether every binding of `name` in the file is a duration display and every other mention is
/// `name[key]` as the one argument of `time.sleep` or `asyncio.sleep`.
fn is_duration_dict(body: &[Stmt], name: &str) -> bool {
    struct Uses<'n> {
        name: &'n str,
        bindings: usize,
        other: bool,
    }
    impl Uses<'_> {
        fn is_name(&self, expr: &Expr) -> bool {
            matches!(expr, Expr::Name(named) if named.id.as_str() == self.name)
        }
    }
    impl<'a> Visitor<'a> for Uses<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::Assign(assign) = stmt
                && let [target] = &assign.targets[..]
                && self.is_name(target)
            {
                if nanosecond_display(&assign.value).is_some() {
                    self.bindings += 1;
                } else {
                    self.other = true;
                }
                self.visit_expr(&assign.value);
                return;
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && is_sleep(&call.func)
                && let [Expr::Subscript(subscript)] = &call.arguments.args[..]
                && call.arguments.keywords.is_empty()
                && self.is_name(&subscript.value)
            {
                self.visit_expr(&subscript.slice);
                return;
            }
            if self.is_name(expr) {
                self.other = true;
            }
            walk_expr(self, expr);
        }
        fn visit_parameter(&mut self, parameter: &'a ast::Parameter) {
            if parameter.name.as_str() == self.name {
                self.other = true;
            }
        }
    }
    let mut uses = Uses { name, bindings: 0, other: false };
    uses.visit_body(body);
    uses.bindings > 0 && !uses.other
}

/// `time.sleep` or `asyncio.sleep`.
fn is_sleep(function: &Expr) -> bool {
    matches!(function, Expr::Attribute(attribute)
        if attribute.attr.as_str() == "sleep"
            && matches!(&*attribute.value, Expr::Name(module) if matches!(module.id.as_str(), "time" | "asyncio")))
}
