//! Lists of futures the program builds one by one (session22/f06): `futures = []`, then
//! `futures.append(ex.submit(job, n))` (or `f = ex.submit(job, n)`, `futures.append(f)`) in a loop the
//! import unrolls, so the list is known at import time, each item a future of its own. `wait(futures)`
//! and `as_completed(futures)` take it as they take a list display of futures made before
//! (`wait([fast, slow])`): a local array holding each future, in the list's order.

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::Value;

/// A list given to `wait` or `as_completed` that holds a future twice.
pub(super) const FUTURE_TWICE: &str = "this list holds a future twice; `wait` and `as_completed` take each future once (they make a set of the list), which weft does not follow: list each future once";

impl Translator<'_> {
    /// The futures of a list known at import time (`futures`, appended one by one in an unrolled loop),
    /// each put into an element of a new local array: the array and its length. `None` when `argument`
    /// is no such list.
    pub(super) fn known_futures_array(
        &mut self,
        frame: &Frame,
        argument: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<(String, usize)>> {
        self.refuse_foreign_future_list_argument(frame, argument)?;
        let Ok(Ex::Static(Value::List(items))) = self.expr(frame, argument, false) else {
            return Ok(None);
        };
        let futures: Option<Vec<String>> = items
            .into_iter()
            .map(|item| match item {
                Value::Future(future) => Some(future),
                _ => None,
            })
            .collect();
        let Some(futures) = futures.filter(|futures| !futures.is_empty()) else {
            return Ok(None);
        };
        // `wait` and `as_completed` make a set of what they are given: a future listed twice is one.
        let distinct: std::collections::BTreeSet<&String> = futures.iter().collect();
        if distinct.len() != futures.len() {
            return fail(argument, FUTURE_TWICE);
        }
        let length = self.futures_length(futures.len() as i64, argument)?;
        let array = self.fresh_temporary(frame.task, "futures");
        out.push(Step::new("let", Node::Quoted(format!("{array} = array({length})")), line));
        for (position, future) in futures.iter().enumerate() {
            out.push(Step::new("let", Node::Quoted(format!("{array}[{position}] = {future}")), line));
        }
        Ok(Some((array, length)))
    }
}
