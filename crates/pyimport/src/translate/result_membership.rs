//! `x in results` / `x not in results` of a list of values computed at run time (the results of
//! futures, `answers = [p.result() for p in parents]`): a local array of the task whose length is known
//! at import time. Python compares the key with each item in order (`is`, then `==`) and stops at the
//! first equal one; the items are the task's own locals, so the test is one expression,
//! `(key == results[0] or key == results[1] ...)`, the key read once per item. A key that reads shared
//! state (which Python reads once) is refused.

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator, fail};
use crate::expr::{SUM, wrap};

impl Translator<'_> {
    /// The test `key in results` (or `not in`) of the local array `results` of `length` items, and
    /// whether it reads shared state (never: the key may not).
    pub(crate) fn local_array_membership(
        &self,
        frame: &Frame,
        key: &Expr,
        negated: bool,
        (results, length): (&str, usize),
    ) -> Result<(String, bool)> {
        let (key_text, key_precedence, reads_shared) = self.code(frame, key)?;
        if reads_shared {
            return fail(
                key,
                "`in` on a list of results needs a key that reads no shared state (Python reads it once, weft once per item); copy it to a local first",
            );
        }
        let key_text = wrap(&key_text, key_precedence, SUM);
        let tests: Vec<String> = (0..length).map(|index| format!("{key_text} == {results}[{index}]")).collect();
        let any = match tests.len() {
            0 => "False".to_string(),
            1 => tests.join(""),
            _ => format!("({})", tests.join(" or ")),
        };
        Ok((if negated { format!("not {any}") } else { any }, false))
    }
}
