//! `return round(amount * RATES[currency], 2)` in a job given `"JPY"`, where `RATES = {"USD": 1.0, ...}`
//! is a table known at import time that has no such key (session 34, session33/f03: the program
//! expects the KeyError and catches it through `future.result()`). The import looks such a key up at
//! import time; a key the table lacks was refused there, as if the program were wrong. It is now the
//! `raise KeyError(key)` CPython makes, where the statement stands, so a `try` around it, or the
//! future's result, takes it as it takes the program's own raise.
//!
//! Only where nothing the statement evaluates before the lookup can be seen: no call other than a
//! builtin that computes a value, no `await`, no `and`/`or`, conditional expression or comprehension
//! (which might not reach the lookup). Anything else stays refused at the key, as before. A dict of
//! integers under string keys needs none of this: a key its display lacks makes it a shared map, whose
//! missing key is the run's KeyError (grown_dicts.rs).

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::{Frame, Result, Step, Translator};
use crate::expr::Ex;
use crate::value::Value;

/// Builtins whose call computes a value from its arguments and changes nothing.
const PURE_BUILTINS: [&str; 8] = ["round", "abs", "int", "float", "str", "min", "max", "len"];

impl Translator<'_> {
    /// A statement whose evaluation always raises KeyError at such a lookup: the raise, in `out`.
    pub(super) fn missing_table_key_statement(
        &mut self,
        frame: &mut Frame,
        stmt: &Stmt,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Some((key, at)) = self.missing_table_key(frame, stmt) else { return Ok(false) };
        let raise = ast::StmtRaise {
            node_index: Default::default(),
            range: at,
            exc: Some(Box::new(super::known_raises::exception("KeyError", &key, at))),
            cause: None,
        };
        self.raise_statement(frame, &raise, out, line)?;
        Ok(true)
    }

    /// The missing key, and where the lookup is, of a `return`, an expression statement or an
    /// assignment to one name whose value always reaches a lookup of a table known at import time by a
    /// string key the table does not have.
    pub(super) fn missing_table_key(&self, frame: &Frame, stmt: &Stmt) -> Option<(String, ruff_text_size::TextRange)> {
        let value = match stmt {
            Stmt::Return(ast::StmtReturn { value: Some(value), .. }) => &**value,
            Stmt::Expr(statement) => &*statement.value,
            Stmt::Assign(assign) if matches!(&assign.targets[..], [Expr::Name(_)]) => &*assign.value,
            _ => return None,
        };
        if !evaluates_plainly(value) {
            return None;
        }
        let mut lookups = Vec::new();
        collect_subscripts(value, &mut lookups);
        lookups.into_iter().find_map(|subscript| {
            let Ok(Ex::Static(Value::Objects(entries))) = self.expr(frame, &subscript.value, false) else {
                return None;
            };
            let keys: Vec<String> = entries.into_iter().map(|(key, _)| key).collect();
            let Ok(Ex::Static(Value::Str(key))) = self.expr(frame, &subscript.slice, true) else { return None };
            (!keys.contains(&key)).then(|| (key, subscript.range()))
        })
    }
}

/// Whether every part of `value` is evaluated, with nothing seen beside its value: no call but a pure
/// builtin's, no `await`, no short circuit, conditional or comprehension.
fn evaluates_plainly(value: &Expr) -> bool {
    struct Check(bool);
    impl<'a> Visitor<'a> for Check {
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Call(call) => {
                    let pure = matches!(&*call.func, Expr::Name(name) if PURE_BUILTINS.contains(&name.id.as_str()));
                    self.0 &= pure;
                }
                Expr::Await(_)
                | Expr::BoolOp(_)
                | Expr::If(_)
                | Expr::ListComp(_)
                | Expr::SetComp(_)
                | Expr::DictComp(_)
                | Expr::Generator(_)
                | Expr::Lambda(_)
                | Expr::Named(_)
                | Expr::Yield(_)
                | Expr::YieldFrom(_) => self.0 = false,
                _ => {}
            }
            walk_expr(self, expr);
        }
    }
    let mut check = Check(true);
    check.visit_expr(value);
    check.0
}

/// Every subscript of `value`, in the order Python evaluates them (a container's before its index's).
fn collect_subscripts<'e>(value: &'e Expr, found: &mut Vec<&'e ast::ExprSubscript>) {
    struct Collect<'e, 'f>(&'f mut Vec<&'e ast::ExprSubscript>);
    impl<'e> Visitor<'e> for Collect<'e, '_> {
        fn visit_expr(&mut self, expr: &'e Expr) {
            walk_expr(self, expr);
            if let Expr::Subscript(subscript) = expr {
                self.0.push(subscript);
            }
        }
    }
    Collect(found).visit_expr(value);
}
