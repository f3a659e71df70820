//! A dict display with string keys (`FLAKY = {"b": 2, "d": 5}`: each key a shared variable of its own,
//! `FLAKY_b`) read by a key known only when the program runs (a job's name from a queue), session18/q05:
//! `FLAKY.get(job, 0)` is the scenario's conditional expression over the keys,
//! `(FLAKY_b if job == 'b' else (FLAKY_d if job == 'd' else 0))`, which reads the one variable of the
//! key that matches, as Python's lookup reads one entry (`FLAKY[job]` is list_values.rs's keyed read, an
//! `atomic` step that raises KeyError after it when no key matches). The key is compared once per key
//! of the display, so it must read nothing another task can change (a local, a parameter). A dict
//! display's keys are fixed at import time (weft adds none to it), so the keys compared are all the
//! keys there are, and `job in FLAKY` is whether the key is one of them.

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator, fail};
use crate::expr::{ATOM, Ex};
use crate::out::quoted;

/// The value of the key `key` holds: `(d_a if key == 'a' else (d_b if key == 'b' else missing))`.
fn lookup_chain(key: &str, fields: &[(String, String)], missing: String) -> String {
    fields.iter().rev().fold(missing, |otherwise, (name, shared)| {
        format!("({shared} if {key} == {} else {otherwise})", quoted(name, '\''))
    })
}

impl Translator<'_> {
    /// `d.get(k)` / `d.get(k, default)` of a dict with string keys, `k` known only when the program
    /// runs: the conditional expression over the keys, the default (None without one) where none
    /// matches. Python computes the default first whatever the key; weft only where it is given back,
    /// which no program can tell apart when the default reads nothing (a literal, a local) and, when it
    /// reads shared state, differs only by a read whose value nothing uses.
    pub(crate) fn record_get_by_run_time_key(
        &self,
        frame: &Frame,
        fields: &[(String, String)],
        key: &Expr,
        default: Option<&Expr>,
        use_known: bool,
    ) -> Result<Ex> {
        let key_text = self.compared_key(frame, key, use_known)?;
        let (missing, missing_reads) = match default {
            Some(default) => {
                let (text, precedence, _, reads) = self.to_code(self.expr(frame, default, use_known)?, default)?;
                (crate::expr::wrap(&text, precedence, ATOM), reads)
            }
            None => ("None".to_string(), false),
        };
        let reads = missing_reads || !fields.is_empty();
        Ok(Ex::Code {
            text: lookup_chain(&key_text, fields, missing),
            precedence: ATOM,
            boolean: false,
            reads_shared: reads,
        })
    }

    /// `k in d` of a dict with string keys, `k` known only when the program runs: whether it is one of
    /// the display's keys (which are all the keys the dict has), `(k == 'a' or k == 'b')`.
    pub(crate) fn record_has_run_time_key(
        &self,
        frame: &Frame,
        fields: &[(String, String)],
        key: &Expr,
        use_known: bool,
    ) -> Result<String> {
        let key_text = self.compared_key(frame, key, use_known)?;
        let tests: Vec<String> =
            fields.iter().map(|(name, _)| format!("{key_text} == {}", quoted(name, '\''))).collect();
        Ok(if tests.is_empty() { "False".to_string() } else { format!("({})", tests.join(" or ")) })
    }

    /// The text of a key compared with each key of a dict: it must read nothing shared.
    fn compared_key(&self, frame: &Frame, key: &Expr, use_known: bool) -> Result<String> {
        let (text, precedence, _, reads) = self.to_code(self.expr(frame, key, use_known)?, key)?;
        if reads {
            return fail(
                key,
                "a dict with string keys is read by a key known only at run time through a comparison with each of its keys, so the key must read nothing shared: read it into a local first (`k = ...`)",
            );
        }
        Ok(crate::expr::wrap(&text, precedence, ATOM))
    }
}
