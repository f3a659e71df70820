//! A semaphore's `with` whose body may be left by an exception (session 38, s38probe's S1). The import
//! writes `with sem:` / `async with sem:` as `acquire`, the body, `release` (translate.rs
//! `with_items`), and a `return`, `break` or `continue` inside releases first (`frame.cleanups`). An
//! exception leaving the body skipped the `release`, where Python's `__exit__` gives the unit back on
//! every way out: a task cancelled at an `await` inside (`task.cancel()`, a TaskGroup's failed sibling,
//! `wait_for`'s time-out), a key the body reads missing, a `get` that gives up, a job's exception
//! raised again by `result()`. The unit stayed taken, and weft listed a deadlock the program does not
//! have under "complete" (bench/python-agreement/session38/repro/r01-r06).
//!
//! Such a body goes inside a `try` step whose handler of every class releases and raises the exception
//! again, as leaving the `with` does; the `release` after it stays for the body's way out at its end. A
//! body that cannot be left by an exception (steps that neither raise nor, in a coroutine, give the loop
//! a chance to cancel it) is written as before.

use super::exceptions::may_fault;
use super::{Frame, Node, Step, Translator};

/// Steps that never raise and never suspend, whatever task runs them (their expressions are
/// `may_fault`'s; the steps that hold steps are walked).
const QUIET_STEPS: [&str; 19] = [
    "cpu",
    "native",
    "io",
    "let",
    "set",
    "atomic",
    "if",
    "while",
    "repeat",
    "break",
    "continue",
    "return",
    "release",
    "unlock",
    "set_event",
    "clear_event",
    "notify",
    "notify_all",
    "spawn",
];

/// Steps that may wait but never raise in a thread: in a coroutine each is a point where a
/// cancellation arrives. A `get` or `put` that may give up without `into_ok` raises (queue.Empty,
/// queue.Full), judged apart.
const THREAD_WAITS: [&str; 10] =
    ["lock", "acquire", "with", "join", "join_queue", "wait", "wait_for", "yield", "get", "put"];

impl Translator<'_> {
    /// `body`, the steps of a semaphore `with` whose way out at its end is `release`: unchanged when no
    /// exception can leave them, else inside a `try` step whose handler of every class releases and
    /// raises again (see the module's comment).
    pub(super) fn semaphore_body_released_on_exceptions(
        &self,
        frame: &Frame,
        body: Vec<Step>,
        release: &Step,
        line: u32,
    ) -> Vec<Step> {
        if !may_fault(&self.scenario, &body) && body.iter().all(|step| is_quiet(step, frame.coroutine)) {
            return body;
        }
        let handler = vec![release.clone(), Step::word("reraise", line)];
        let every_class = vec![("classes", Node::Plain("[BaseException]".to_string())), ("do", Node::Steps(handler))];
        let entries = vec![("do", Node::Steps(body)), ("except", Node::Clauses(vec![every_class]))];
        vec![Step::new("try", Node::Map(entries), line)]
    }
}

/// Whether `step` can neither raise nor be cancelled, with the steps it holds.
fn is_quiet(step: &Step, coroutine: bool) -> bool {
    let quiet_here =
        QUIET_STEPS.contains(&step.key) || (!coroutine && THREAD_WAITS.contains(&step.key) && !gives_up_raising(step));
    quiet_here && step.value.as_ref().is_none_or(|node| node_is_quiet(node, coroutine))
}

fn node_is_quiet(node: &Node, coroutine: bool) -> bool {
    match node {
        Node::Steps(steps) => steps.iter().all(|step| is_quiet(step, coroutine)),
        Node::Map(entries) => entries.iter().all(|(_, node)| node_is_quiet(node, coroutine)),
        Node::Clauses(clauses) => clauses.iter().flatten().all(|(_, node)| node_is_quiet(node, coroutine)),
        Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => true,
    }
}

/// A `get` or `put` with a `timeout` and no `into_ok`: giving up raises queue.Empty or queue.Full.
fn gives_up_raising(step: &Step) -> bool {
    let Some(Node::Map(entries)) = &step.value else { return false };
    let has = |key: &str| entries.iter().any(|(entry, _)| *entry == key);
    matches!(step.key, "get" | "put") && has("timeout") && !has("into_ok")
}
