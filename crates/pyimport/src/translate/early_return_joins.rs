//! `t.join(timeout)` of a thread whose function returns early (session32/t07: `with src.lock:` then
//! `if src.balance < amount: return False`), then `t.is_alive()`.
//!
//! A timed join waits on an event the thread sets as its last step (`timed_join`); CPython's `join`
//! returns once the thread has ended, after every `with` it was in released its lock. So each `return`
//! sets the event too, after those locks are released: every `with` of a lock that holds a `return` is
//! written as its `lock`, its ops and its `unlock`, and the `return` inside it releases the locks it is in
//! (innermost first), sets the event, then returns. Done only where nothing but that `return` leaves such a
//! `with`: no `break` or `continue` inside it (they would leave it without its `unlock`) and no `try` in
//! the thread (an exception would leave it without its `unlock`, where a `with` releases). Anything else
//! is refused at the `join`, as before.

use super::{Error, Translator, contains_return_step};
use crate::out::{Node, Step};

/// Why a thread's early `return`s cannot set its event.
const NOT_ENDED_EXACTLY: &str = "`join(timeout)` of a thread whose function returns before its end is supported when each `return` is outside any `with` or inside `with` blocks of locks only, with no `break` or `continue` inside them and no `try` in the thread: here the thread would end past the step that tells `join` it has";

impl Translator<'_> {
    /// The ops of a thread joined with a time-out whose function returns before its end: the event set
    /// at each way out, after the locks released (see the module's header). `offset` is the `join`'s, where
    /// a refusal points; `line` the thread's, which the event set at the end of its function carries.
    pub(super) fn early_return_ends(
        ops: Vec<Step>,
        (event, line): (&str, u32),
        offset: usize,
    ) -> Result<Vec<Step>, Error> {
        let refuse = || Error::at_offset(offset, NOT_ENDED_EXACTLY);
        let converts_a_with = ops.iter().any(holds_a_returning_with);
        if converts_a_with && ops.iter().any(|step| contains_key(step, "try")) {
            return Err(refuse());
        }
        let mut ended = ending_at_each_return(ops, event, &[]).ok_or_else(refuse)?;
        if ended.last().is_none_or(|step| step.key != "return") {
            ended.push(Step::new("set_event", Node::Plain(event.to_string()), line));
        }
        Ok(ended)
    }
}

/// `steps` with each `return` setting `event` after releasing `held` (the locks of the `with` blocks
/// around it, outermost first), and each `with` of a lock that holds a `return` written out. `None`
/// when a `with` that holds a `return` is not of a lock, or holds a `break` or `continue`.
fn ending_at_each_return(steps: Vec<Step>, event: &str, held: &[String]) -> Option<Vec<Step>> {
    let mut out = Vec::with_capacity(steps.len());
    for step in steps {
        let line = step.line;
        match step.key {
            "return" => {
                for lock in held.iter().rev() {
                    out.push(Step::new("unlock", Node::Plain(lock.clone()), line));
                }
                out.push(Step::new("set_event", Node::Plain(event.to_string()), line));
                out.push(step);
            }
            "with" if contains_return_step(&step) => {
                let (lock, ops) = lock_and_ops(step)?;
                if ops.iter().any(|inner| contains_key(inner, "break") || contains_key(inner, "continue")) {
                    return None;
                }
                let mut inner_held = held.to_vec();
                inner_held.push(lock.clone());
                out.push(Step::new("lock", Node::Plain(lock.clone()), line));
                out.extend(ending_at_each_return(ops, event, &inner_held)?);
                out.push(Step::new("unlock", Node::Plain(lock), line));
            }
            _ if contains_return_step(&step) => {
                let value = match step.value {
                    Some(node) => Some(ending_in_node(node, event, held)?),
                    None => None,
                };
                out.push(Step { key: step.key, value, line });
            }
            _ => out.push(step),
        }
    }
    Some(out)
}

/// A step's value with its nested steps (an `if`'s branches, a loop's ops) rewritten likewise.
fn ending_in_node(node: Node, event: &str, held: &[String]) -> Option<Node> {
    Some(match node {
        Node::Steps(steps) => Node::Steps(ending_at_each_return(steps, event, held)?),
        Node::Map(entries) => Node::Map(
            entries
                .into_iter()
                .map(|(key, value)| ending_in_node(value, event, held).map(|value| (key, value)))
                .collect::<Option<Vec<_>>>()?,
        ),
        Node::Clauses(clauses) => Node::Clauses(
            clauses
                .into_iter()
                .map(|clause| match ending_in_node(Node::Map(clause), event, held)? {
                    Node::Map(entries) => Some(entries),
                    _ => None,
                })
                .collect::<Option<Vec<_>>>()?,
        ),
        other => other,
    })
}

/// The lock and the ops of `with: { lock: L, ops: [...] }`; `None` for any other `with`.
fn lock_and_ops(step: Step) -> Option<(String, Vec<Step>)> {
    let Some(Node::Map(entries)) = step.value else { return None };
    let mut lock = None;
    let mut ops = None;
    for (key, value) in entries {
        match (key, value) {
            ("lock", Node::Plain(name)) => lock = Some(name),
            ("ops", Node::Steps(steps)) => ops = Some(steps),
            _ => return None,
        }
    }
    Some((lock?, ops?))
}

/// Whether `step` is, or holds, a `with` that holds a `return`.
fn holds_a_returning_with(step: &Step) -> bool {
    (step.key == "with" && contains_return_step(step)) || nested_steps(step).any(holds_a_returning_with)
}

/// Whether `step` is, or holds, a step of `key`.
fn contains_key(step: &Step, key: &str) -> bool {
    step.key == key || nested_steps(step).any(|inner| contains_key(inner, key))
}

/// The steps directly nested in a step's value (an `if`'s branches, a loop's or a `with`'s ops, a `try`'s
/// blocks and clauses).
fn nested_steps(step: &Step) -> impl Iterator<Item = &Step> {
    fn collect<'s>(node: &'s Node, into: &mut Vec<&'s Step>) {
        match node {
            Node::Steps(steps) => into.extend(steps.iter()),
            Node::Map(entries) => entries.iter().for_each(|(_, value)| collect(value, into)),
            Node::Clauses(clauses) => clauses.iter().flatten().for_each(|(_, value)| collect(value, into)),
            _ => {}
        }
    }
    let mut steps = Vec::new();
    if let Some(node) = &step.value {
        collect(node, &mut steps);
    }
    steps.into_iter()
}
