//! Steps of a list's or a deque's edit that cannot raise, for the exception analysis (exceptions.rs):
//! `items.clear()` (list_edits.rs: `while len(items) > 0: del items[len(items) - 1]`) and the drop of
//! the first item when a bounded deque is full (deques.rs: `if len(d) == maxlen:` then every item moved
//! down one key and the last deleted). Both read and delete only keys their own test keeps inside the
//! container, in one `atomic` step, yet the analysis reads their `del` and their `d[k + 1]` as an item
//! that may be missing, so a Barrier's action of `readings.clear()` was refused as one that may raise
//! (session36/repro/r05, held-out t12_sensor_barrier). The value a bounded append stores is judged
//! as before: only the drop is left out.

use crate::out::{Node, Step};

/// Whether `step` is one of the edits above, which raise nothing.
pub(super) fn cannot_raise(step: &Step) -> bool {
    is_clear(step) || is_bounded_drop(step)
}

/// `while: { cond: "len(X) > 0", ops: [ del: "X[len(X) - 1]" ] }` (or `X[key_at(X, 0)]` of a dict).
fn is_clear(step: &Step) -> bool {
    let Some((cond, ops)) = while_parts(step) else { return false };
    let Some(container) = cond.strip_prefix("len(").and_then(|rest| rest.strip_suffix(") > 0")) else {
        return false;
    };
    let [only] = ops else { return false };
    only.key == "del"
        && text_of(only).is_some_and(|doomed| {
            *doomed == format!("{container}[len({container}) - 1]")
                || *doomed == format!("{container}[key_at({container}, 0)]")
        })
}

/// `if: { cond: "len(X) == N", then: [ let: "K = 0", while: { cond: "K < len(X) - 1", ops: [ set:
/// "X[K] = X[K + 1]", let: "K = K + 1" ] }, del: "X[len(X) - 1]" ] }`.
fn is_bounded_drop(step: &Step) -> bool {
    let Some(Node::Map(fields)) = &step.value else { return false };
    if step.key != "if" || fields.len() != 2 {
        return false;
    }
    let cond = fields.iter().find(|(key, _)| *key == "cond").and_then(|(_, node)| node_text(node));
    let Some((container, maxlen)) = cond.and_then(|cond| cond.strip_prefix("len(")?.split_once(") == ")) else {
        return false;
    };
    if maxlen.parse::<u64>().is_err() {
        return false;
    }
    let Some(Node::Steps(then)) = fields.iter().find(|(key, _)| *key == "then").map(|(_, node)| node) else {
        return false;
    };
    let [start, shift, last] = then.as_slice() else { return false };
    let Some(counter) = (start.key == "let").then(|| text_of(start)).flatten().and_then(|t| t.strip_suffix(" = 0"))
    else {
        return false;
    };
    let Some((shift_cond, shift_ops)) = while_parts(shift) else { return false };
    let [moved, counted] = shift_ops else { return false };
    shift_cond == format!("{counter} < len({container}) - 1")
        && moved.key == "set"
        && text_of(moved) == Some(&format!("{container}[{counter}] = {container}[{counter} + 1]"))
        && counted.key == "let"
        && text_of(counted) == Some(&format!("{counter} = {counter} + 1"))
        && last.key == "del"
        && text_of(last) == Some(&format!("{container}[len({container}) - 1]"))
}

/// The condition and the steps of a `while` step.
fn while_parts(step: &Step) -> Option<(&str, &[Step])> {
    let Some(Node::Map(fields)) = &step.value else { return None };
    if step.key != "while" {
        return None;
    }
    let cond = fields.iter().find(|(key, _)| *key == "cond").and_then(|(_, node)| node_text(node))?;
    let Some(Node::Steps(ops)) = fields.iter().find(|(key, _)| *key == "ops").map(|(_, node)| node) else {
        return None;
    };
    Some((cond, ops))
}

fn text_of(step: &Step) -> Option<&String> {
    match &step.value {
        Some(Node::Quoted(text) | Node::Plain(text)) => Some(text),
        _ => None,
    }
}

fn node_text(node: &Node) -> Option<&str> {
    match node {
        Node::Quoted(text) | Node::Plain(text) => Some(text),
        _ => None,
    }
}
