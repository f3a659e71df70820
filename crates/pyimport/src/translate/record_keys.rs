//! A dict display with string keys (`FLAKY = {"b": 2, "d": 5}`: each key a shared variable of its own,
//! `FLAKY_b`) read by a key known only when the program runs (a job's name from a queue), session18/q05:
//! `FLAKY.get(job, 0)` is the scenario's conditional expression over the keys,
//! `(FLAKY_b if job == 'b' else (FLAKY_d if job == 'd' else 0))`, which reads the one variable of the
//! key that matches, as Python's lookup reads one entry; `FLAKY[job]` is that read after a test that
//! raises KeyError when no key matches, as Python's. The key is compared once per key of the display,
//! so it must read nothing another task can change (a local, a parameter: it is read into a local
//! first where the read is a step of its own). A dict display's keys are fixed at import time (weft
//! adds none to it), so the keys compared are all the keys there are.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::expr::{ATOM, Ex};
use crate::out::{Node, Step, quoted};
use crate::value::Value;

/// `d[k]` of a dict display with string keys whose key is known only when the program runs: the dict's
/// keys and variables, and the key.
pub(super) struct RecordKeyRead<'e> {
    fields: Vec<(String, String)>,
    key: &'e Expr,
}

/// `key == 'a' or key == 'b'`: whether `key` is one of the dict's keys.
fn any_key(key: &str, fields: &[(String, String)]) -> String {
    let tests: Vec<String> = fields.iter().map(|(name, _)| format!("{key} == {}", quoted(name, '\''))).collect();
    tests.join(" or ")
}

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
        Ok(Ex::Code { text: lookup_chain(&key_text, fields, missing), precedence: ATOM, boolean: false, reads_shared: reads })
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

    /// `d[k]` of a dict with string keys, `k` known only when the program runs, if `value` is one.
    pub(super) fn record_key_read<'e>(&self, frame: &Frame, value: &'e Expr) -> Option<RecordKeyRead<'e>> {
        let Expr::Subscript(ast::ExprSubscript { value: container, slice, .. }) = value else { return None };
        let Ok(Ex::Static(Value::Record(fields))) = self.expr(frame, container, false) else { return None };
        match self.expr(frame, slice, true) {
            Ok(Ex::Code { .. }) if !fields.is_empty() => Some(RecordKeyRead { fields, key: slice }),
            _ => None,
        }
    }

    /// The read's steps: the key into a local where it reads shared state, KeyError raised when it is
    /// none of the dict's keys, then one read of the variable of the key into a temporary.
    pub(super) fn record_key_read_steps(
        &mut self,
        frame: &mut Frame,
        read: RecordKeyRead<'_>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let key = self.operand_local(frame, read.key, out, line)?;
        let found = self.fresh_temporary(frame.task, "found");
        out.push(Step::new("let", Node::Quoted(format!("{found} = {}", any_key(&key, &read.fields))), line));
        let missing = vec![Step::new("raise", Node::Plain("KeyError".to_string()), line)];
        let test = vec![("cond", Node::Quoted(format!("not {found}"))), ("then", Node::Steps(missing))];
        out.push(Step::new("if", Node::Map(test), line));
        let got = self.fresh_temporary(frame.task, "got");
        let (last, others) = read.fields.split_last().expect("a dict display with keys");
        let chain = lookup_chain(&key, others, last.1.clone());
        out.push(Step::new("let", Node::Quoted(format!("{got} = {chain}")), line));
        Ok(got)
    }
}
