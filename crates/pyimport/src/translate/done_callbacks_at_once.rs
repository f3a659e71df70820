//! A done callback added to a future that is done already runs at once, in the adding thread
//! (session33/repro r03, r04; checks h02, c27).
//!
//! CPython's `Future.add_done_callback` (concurrent/futures/_base.py, 3.11) looks at the future's state
//! under its condition: a pending or running future keeps the callback, which the thread that finishes
//! the future calls after `set_result`; a done one (finished or cancelled) has it called at once, in the
//! caller, before `add_done_callback` returns. The import runs a kept callback as a thread of its own
//! that waits for the future (futures.rs, `callback_task`); before session 34 it did so for a done
//! future too, so a callback that takes a lock the adder holds waited for the adder to let go, where
//! CPython re-enters an RLock (r04: `['callback', 'main']`) or hangs on a Lock (r03, h02's job tracker).
//!
//! Here the adder reads the future's state (`future_state`, a step the exploration orders against the
//! job's end) and, when it is done, runs the callback's body itself, as a call of the function with the
//! future, inside a `try` that takes `Exception` (CPython logs a callback's exception and goes on); the
//! callback's slot for the shutdown to wait on then holds the future itself, done already. Otherwise it
//! starts the callback's thread as before. The check and the keeping are one step in CPython (under the
//! future's condition); here the job can end between the read and the thread's start, and the thread
//! then runs the callback at once, as the finishing worker would.

use super::closure_jobs::JobCallable;
use std::collections::BTreeSet;

use super::cancel_callbacks::DONE_STATE;
use super::*;
use crate::out::{Node, Step};

impl Translator<'_> {
    /// The steps of `future.add_done_callback(callable)` in `frame`'s task: the callback run here when
    /// the future is done, else `later` (the callback's thread started); `slot` is the local (or array
    /// element) the shutdown waits on for the callback. Where the callback's body cannot be translated
    /// in the adder, `waited` (its thread started and waited for) when the future is done: the same
    /// but where the adder holds a lock the callback takes (see docs/python.md, "Not yet").
    #[allow(clippy::too_many_arguments)]
    pub(super) fn done_callback_now_or_later(
        &mut self,
        frame: &Frame,
        callable: &JobCallable,
        future: &str,
        slot: &str,
        (later, waited): (Vec<Step>, Vec<Step>),
        call: &ast::ExprCall,
        line: u32,
    ) -> Result<Vec<Step>> {
        let now = match self.done_callback_here(frame, callable, future, call, line) {
            Ok(mut now) => {
                now.push(Step::new("let", Node::Quoted(format!("{slot} = {future}")), line));
                now
            }
            // A body the adder cannot run inline (one that makes a list, which an `if` cannot follow):
            // its thread, started and waited for at once, as the adder would run it.
            Err(_) => waited,
        };
        let state = self.fresh_temporary(frame.task, "future_done_state");
        self.futures.at_once_states.insert(state.clone());
        // Only whether it is done: the read leaves a job's pick-up out of the search (and a pool program
        // its time window: out.rs).
        let read = vec![
            ("future", Node::Quoted(future.to_string())),
            ("into", Node::Plain(state.clone())),
            ("only_done", Node::Plain("true".to_string())),
        ];
        let choose = Node::Map(vec![
            ("cond", Node::Quoted(done_test(&state))),
            ("then", Node::Steps(now)),
            ("else", Node::Steps(later)),
        ]);
        Ok(vec![Step::new("future_state", Node::Map(read), line), Step::new("if", choose, line)])
    }

    /// The callback's body as a call in `frame`'s task, given `future`, inside the `try` that logs its
    /// exception.
    fn done_callback_here(
        &mut self,
        frame: &Frame,
        callable: &JobCallable,
        future: &str,
        call: &ast::ExprCall,
        line: u32,
    ) -> Result<Vec<Step>> {
        let mut callee = Frame::new(frame.task, false, false);
        // Inside the `if` of the state read.
        callee.dynamic = frame.dynamic + 1;
        callee.binding_depth = callee.dynamic;
        let given = Value::Future(future.to_string());
        let mut ops = Vec::new();
        match callable.lambda.as_deref() {
            Some(lambda) if lambda.statement.is_some() => {
                self.statement_callback(callee, lambda, given, &mut ops, call)?;
            }
            _ => {
                let (arguments, keywords) =
                    self.callable_arguments(callable, vec![Argument::Static(given)], Vec::new(), call)?;
                let function = callable.function.clone();
                self.run_function(&mut callee, &function, arguments, keywords, &mut ops, call.range(), false)?;
            }
        }
        // The future may hold the job's exception (or be cancelled): its `result()` raises it here.
        let may_raise = self.job_exceptions_kept() || self.tasks_cancelled_explicitly;
        Ok(self.done_callback_body(ops, may_raise, line))
    }
}

/// The test of the `if` that runs a callback at once, on the state read into `state`.
fn done_test(state: &str) -> String {
    format!("{state} >= {DONE_STATE}")
}

/// The body a done callback's `if` runs when `step` is one (the callback's own steps, which
/// blocking_done_callbacks.rs checks as its thread's): the `if`'s other steps, `None` for any other step.
pub(super) fn other_than_callback<'a>(step: &'a Step, at_once_states: &BTreeSet<String>) -> Option<Vec<&'a Node>> {
    let ("if", Some(Node::Map(entries))) = (step.key, &step.value) else { return None };
    let cond = entries.iter().find_map(|(key, value)| match (key, value) {
        (&"cond", Node::Quoted(text)) => Some(text.as_str()),
        _ => None,
    })?;
    at_once_states.iter().any(|state| done_test(state) == cond).then_some(())?;
    Some(entries.iter().filter(|(key, _)| !matches!(*key, "cond" | "then")).map(|(_, value)| value).collect())
}
