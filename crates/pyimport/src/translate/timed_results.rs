//! `[f.result(timeout=t) for f in futures]` (and `[r.get(timeout=t) for r in pending]` of a
//! `multiprocessing.Pool`, pool_calls.rs): each `result` waits up to `t` from when it is called, as the
//! comprehension calls them one after the other; one that runs out raises TimeoutError, a fault where
//! nothing catches it (the thread's end, a job's future, a process's exit). Inside the `try` forms the
//! import writes without a scenario `try` (a time-out's or a job's exception caught, a `finally`) the
//! exception would not reach their handlers: refused there.

use ruff_python_ast as ast;

use super::{Frame, Result, Translator, fail};
use crate::out::{Node, Step};
use crate::value::Value;

impl Translator<'_> {
    /// Gives each `result` step of `steps` (`collect_results`'s) the time-out of `call`.
    pub(super) fn time_comprehension_results(
        &self,
        frame: &Frame,
        call: &ast::ExprCall,
        steps: &mut [Step],
    ) -> Result<()> {
        let timeout = match (&call.arguments.args[..], &call.arguments.keywords[..]) {
            ([timeout], []) => timeout,
            ([], [keyword]) if keyword.arg.as_ref().is_some_and(|name| name.as_str() == "timeout") => &keyword.value,
            _ => return fail(call, "`result` takes one argument, `timeout`"),
        };
        if self.timeout_catch.is_some() || !self.caught_tries.is_empty() || self.finally_depth > 0 {
            return fail(
                call,
                "`result(timeout)` in a comprehension inside this `try` (or `finally`) is not supported: its TimeoutError would not reach the handler; loop over the futures",
            );
        }
        if self.static_value(frame, timeout)? == Value::None {
            return Ok(());
        }
        let duration = self.duration(frame, timeout)?;
        for step in steps.iter_mut() {
            add_timeout(step, &duration);
        }
        Ok(())
    }
}

/// The `timeout:` of every `result` step in `step` (inside its `repeat`), before its `into`.
fn add_timeout(step: &mut Step, duration: &str) {
    match (&step.key, &mut step.value) {
        (&"result", Some(Node::Map(entries))) => {
            let at = entries.iter().position(|(key, _)| *key == "into").unwrap_or(entries.len());
            entries.insert(at, ("timeout", Node::Plain(duration.to_string())));
        }
        (_, Some(Node::Steps(steps))) => steps.iter_mut().for_each(|inner| add_timeout(inner, duration)),
        (_, Some(Node::Map(entries))) => {
            for (_, node) in entries.iter_mut() {
                if let Node::Steps(steps) = node {
                    steps.iter_mut().for_each(|inner| add_timeout(inner, duration));
                }
            }
        }
        _ => {}
    }
}
