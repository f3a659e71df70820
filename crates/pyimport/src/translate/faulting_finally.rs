//! A `try:`/`finally:` kept in line (no handler, no `raise`, no `await` in its body: `try_statement`'s
//! own path and finally_jumps.rs) whose body may still raise as Python raises itself: `int(text)` of a
//! string that is no number (ValueError), a missing key, a division by what may be 0, a `result()` of a
//! job that raised. CPython runs the `finally` on the way out; the steps in line skipped it, so a pool
//! job's `finally: log.append(...)` or `finally: semaphore.release()` never ran when its body faulted,
//! and the future kept the exception (session37/repro r07: CPython `['ValueError', 'end bad']`, weft
//! `['ValueError']`; r08: a Semaphore never given back, a deadlock CPython never reaches, each under
//! "complete").
//!
//! Such a body goes inside the scenario's `try` step. Without a jump out of it, its `finally` is the
//! step's `finally`. With one (a `return` inside the body, its `finally` written before each jump by
//! finally_jumps.rs), the step's `finally` would be skipped by the jump, which the format refuses: the
//! `finally`'s steps then run in a handler of every class that raises the exception again (`reraise`),
//! and after the step as before.

use super::exceptions::may_fault;
use super::{Node, Step, Translator};

impl Translator<'_> {
    /// `body`, the in-line steps of a `try:` body, with `finally` its `finally:`'s steps: unchanged when
    /// the body cannot raise or the `finally` has no step, else inside a `try` step whose `finally` they
    /// are. The steps after it are the same either way.
    pub(super) fn finally_kept_on_faults(&self, body: Vec<Step>, finally: Vec<Step>, line: u32) -> Vec<Step> {
        if finally.is_empty() || !may_fault(&self.scenario, &body) {
            return body.into_iter().chain(finally).collect();
        }
        let entries = vec![("do", Node::Steps(body)), ("finally", Node::Steps(finally))];
        vec![Step::new("try", Node::Map(entries), line)]
    }

    /// As [`Translator::finally_kept_on_faults`], for a body that jumps out (its `finally` already
    /// written before each jump): the `finally`'s steps run in a handler of every class, which raises the
    /// exception again, and then after the `try` step on the body's way out at its end.
    pub(super) fn finally_kept_on_faults_with_jumps(
        &self,
        body: Vec<Step>,
        finally: Vec<Step>,
        line: u32,
    ) -> Vec<Step> {
        if finally.is_empty() || !may_fault(&self.scenario, &body) {
            return body.into_iter().chain(finally).collect();
        }
        let mut handler = finally.clone();
        handler.push(Step::word("reraise", line));
        let every_class = vec![("do", Node::Steps(handler))];
        let entries = vec![("do", Node::Steps(body)), ("except", Node::Clauses(vec![every_class]))];
        std::iter::once(Step::new("try", Node::Map(entries), line)).chain(finally).collect()
    }
}
