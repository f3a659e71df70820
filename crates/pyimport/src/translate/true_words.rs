//! Refusals whose words named the wrong thing (session30/README.md, "Refusals whose words are wrong"):
//! each form stays refused at its line, and the words now say what it is and what imports instead.

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{Expr, ExprCall};
use ruff_text_size::{Ranged, TextRange};

use super::{Error, Frame, Translator};
use crate::expr::Ex;
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// When `name` at `at` is a parameter of a lambda around it (`lambda m: bank.transfer(m[0], ...)`):
    /// the words of its refusal, in place of "not defined".
    pub(crate) fn lambda_parameter_words(&self, name: &str, at: &Expr) -> Option<String> {
        let mut lambdas = Around { at: at.range(), found: false, test: |expr: &Expr| lambda_binds(expr, name) };
        lambdas.visit_body(self.module_body);
        lambdas.found.then(|| {
            format!(
                "`{name}` is a parameter of the lambda around it: weft imports a lambda whose body is one call of a function of this file with its parameters or literals as the arguments (`lambda m: transfer(m)`), not an expression of a parameter (`m[0]`) or a method's call; write a function of the file (`def`) and pass it instead"
            )
        })
    }

    /// What a value is, for a refusal: a tuple display (kept as a list at import time) is a tuple; a
    /// sequence reached through an item, a call or a name bound to something else may be either, since
    /// the import keeps tuples and lists alike (session31/README.md, "Wrong but not silent").
    pub(crate) fn described(&self, frame: &Frame, expr: &Expr, value: &Value) -> String {
        if matches!(value, Value::List(_)) {
            if matches!(expr, Expr::Tuple(_)) || self.names_a_tuple(frame, expr) {
                return "a tuple".to_string();
            }
            if let Some(words) = crate::expr::unknown_sequence_words(expr, value) {
                return words.to_string();
            }
        }
        if let Value::Shared(name, Shape::Map { dense: false }) = value
            && self.set_names.contains(name)
        {
            return "a shared set".to_string();
        }
        value.describe()
    }

    /// The words added to the refusal of an `async def` called without `await` inside a list (a
    /// comprehension or a display): such a list imports when the next statement hands it on.
    pub(crate) fn coroutine_list_words(&self, call_range: TextRange) -> &'static str {
        let mut lists = Around { at: call_range, found: false, test: is_list_made };
        lists.visit_body(self.module_body);
        if lists.found {
            "; a list of such calls (`coros = [job(x) for x in items]`) imports when a later statement of the same block hands it to `asyncio.as_completed(coros)` or `gather(*coros)`, and the statements between bind no name the list reads (its items are calls with constant or name arguments, over a constant display or a `range`, with no `if`)"
        } else {
            ""
        }
    }

    /// `asyncio.wait_for(cond.wait_for(pred), t)`: the words of the refusal of a method of an asyncio
    /// primitive other than the waits `wait_for` takes directly (primitive_wait_fors.rs), in place of
    /// "reading the attribute"; `None` for any other awaitable.
    pub(crate) fn primitive_wait_for_refusal(&self, frame: &Frame, awaitable: &Expr) -> Option<Error> {
        let Expr::Call(ExprCall { func, .. }) = awaitable else { return None };
        let Expr::Attribute(attribute) = func.as_ref() else { return None };
        let Ok(Ex::Static(Value::Object(_))) = self.expr(frame, &attribute.value, false) else { return None };
        let method = attribute.attr.as_str();
        let written = &self.source.text[awaitable.range().start().to_usize()..awaitable.range().end().to_usize()];
        Some(Error::at(
            awaitable,
            format!(
                "`asyncio.wait_for` of `{written}` is not supported: here `wait_for` takes a coroutine of a function of this file, a task, `asyncio.sleep`, `gather`, an asyncio Event's `wait()`, a Queue's `get()` or `join()`, a Lock's or Semaphore's `acquire()`, or a Condition's `wait()` in the task that holds its lock; put the wait in an `async def` of the file (`async def {method}_done(): await {written}`) and pass `wait_for({method}_done(), t)`"
            ),
        ))
    }
}

/// Whether `expr` makes a list: a display, a comprehension, or the `append` of the loop a comprehension
/// is rewritten to before the translation (its name has no place in the source: an empty range).
fn is_list_made(expr: &Expr) -> bool {
    match expr {
        Expr::ListComp(_) | Expr::List(_) => true,
        Expr::Call(ExprCall { func, .. }) => {
            matches!(func.as_ref(), Expr::Attribute(attribute) if attribute.attr.as_str() == "append" && attribute.range.is_empty())
        }
        _ => false,
    }
}

/// Whether `expr` is a lambda with a parameter `name`.
fn lambda_binds(expr: &Expr, name: &str) -> bool {
    let Expr::Lambda(lambda) = expr else { return false };
    lambda.parameters.as_ref().is_some_and(|parameters| parameters.iter().any(|p| p.name().as_str() == name))
}

/// Whether an expression that passes `test` holds the range `at`.
struct Around<F: Fn(&Expr) -> bool> {
    at: TextRange,
    found: bool,
    test: F,
}

impl<F: Fn(&Expr) -> bool> Visitor<'_> for Around<F> {
    fn visit_expr(&mut self, expr: &Expr) {
        if !self.found && expr.range().contains_range(self.at) && (self.test)(expr) {
            self.found = true;
        }
        walk_expr(self, expr);
    }
}
