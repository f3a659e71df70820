//! A read of a shared dict's item in the step right after the same task stored it (`stock[sku] = v`
//! then `return stock[sku]`) cannot raise KeyError when no step of the program removes a key of that
//! dict (`del`, which `pop`, `clear` and `del d[k]` are written as) or binds the name to another dict:
//! the key is there once stored, whoever runs between the two steps. The scan of what CPython raises
//! itself (exceptions::fault_classes) reads each step's text for `d[...]` and foresaw a KeyError there,
//! so a TaskGroup whose tasks `raise` one class had a second one, and an `except*` of the first was
//! refused as one that takes some of the group's classes and not others (session32/a07_taskgroup).

use crate::out::{Node, Scenario, Step};

/// `steps` with each read of an item the step before stored written `0`, for the scan of what they may
/// raise; the dicts read so are shared dicts (`maps`) nothing removes a key of.
pub(super) fn without_reads_after_writes(scenario: &Scenario, steps: &[Step], maps: &[&str]) -> Vec<Step> {
    let kept: Vec<&str> = maps.iter().copied().filter(|map| !loses_keys(scenario, map)).collect();
    rewrite_block(steps, &kept)
}

fn rewrite_block(steps: &[Step], maps: &[&str]) -> Vec<Step> {
    let mut rewritten: Vec<Step> = Vec::with_capacity(steps.len());
    for step in steps {
        let stored = rewritten.last().and_then(|before| stored_item(before, maps));
        let mut step = step.clone();
        match (&stored, step.key, &mut step.value) {
            (Some(item), "return" | "let" | "set" | "assert", Some(Node::Quoted(text) | Node::Plain(text))) => {
                *text = replaced_reads(text, item);
            }
            (_, _, Some(Node::Steps(inner))) => *inner = rewrite_block(inner, maps),
            (_, _, Some(Node::Map(entries))) => {
                for (_, node) in entries.iter_mut() {
                    match node {
                        Node::Steps(inner) => *inner = rewrite_block(inner, maps),
                        Node::Clauses(clauses) => {
                            for (_, node) in clauses.iter_mut().flatten() {
                                if let Node::Steps(inner) = node {
                                    *inner = rewrite_block(inner, maps);
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
        rewritten.push(step);
    }
    rewritten
}

/// The item `m[k]` a `set: "m[k] = v"` stores, of one of `maps`, with a key that is a name or a literal.
fn stored_item(step: &Step, maps: &[&str]) -> Option<String> {
    let (Some(Node::Quoted(text) | Node::Plain(text)), "set") = (&step.value, step.key) else { return None };
    let (target, _) = text.split_once(" = ")?;
    let (map, key) = target.strip_suffix(']')?.split_once('[')?;
    let plain_key = key.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '\'' | ' ' | '-'));
    (maps.contains(&map) && plain_key && !key.is_empty()).then(|| target.to_string())
}

/// `text` with each read of `item` written `0` (the text of the read's own assignment target stays).
fn replaced_reads(text: &str, item: &str) -> String {
    match text.split_once(" = ") {
        Some((target, value)) if !target.contains('(') => format!("{target} = {}", value.replace(item, "0")),
        _ => text.replace(item, "0"),
    }
}

/// Whether a step of the scenario removes a key of `map` or binds the name anew.
fn loses_keys(scenario: &Scenario, map: &str) -> bool {
    scenario.tasks.iter().any(|task| block_loses_keys(&task.ops, map))
}

fn block_loses_keys(steps: &[Step], map: &str) -> bool {
    steps.iter().any(|step| {
        let removes = match (&step.value, step.key) {
            (Some(Node::Quoted(text) | Node::Plain(text)), "del") => text.starts_with(&format!("{map}[")),
            (Some(Node::Quoted(text) | Node::Plain(text)), "set" | "let") => {
                text.split_once(" = ").is_some_and(|(target, _)| target.trim() == map)
            }
            _ => false,
        };
        removes || node_loses_keys(step.value.as_ref(), map)
    })
}

fn node_loses_keys(node: Option<&Node>, map: &str) -> bool {
    match node {
        Some(Node::Steps(inner)) => block_loses_keys(inner, map),
        Some(Node::Map(entries)) => entries.iter().any(|(_, node)| node_loses_keys(Some(node), map)),
        Some(Node::Clauses(clauses)) => clauses.iter().flatten().any(|(_, node)| node_loses_keys(Some(node), map)),
        _ => false,
    }
}
