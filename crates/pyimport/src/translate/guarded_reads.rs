//! `d.get(k, default)` of a dict is translated as an `atomic` block that reads `d[k]` only under an
//! `if` of `has(d, k)` (session 17, c04: a Pool job counting in a local dict). That read cannot raise
//! KeyError: the test and the read are one step, so nothing removes the key between them. The
//! exception analysis (exceptions.rs) reads each block's text for `d[...]`; this file gives it the
//! block with such guarded reads taken out, so a job whose only dict reads are guarded is not taken
//! for one that may raise.

use crate::out::{Node, Step};

/// The steps of an `atomic` block with each `let` that alone makes the `then` of an `if has(d, k)`
/// reading `d[k]` as `0`; None when the block has no such guarded read.
pub(super) fn without_guarded_reads(steps: &[Step]) -> Option<Vec<Step>> {
    let mut changed = false;
    let rewritten = steps
        .iter()
        .map(|step| match guarded_read(step) {
            Some(unguarded) => {
                changed = true;
                unguarded
            }
            None => step.clone(),
        })
        .collect();
    changed.then_some(rewritten)
}

/// `if: { cond: "has(d, k)", then: [ let: "x = d[k]" ] }` with the read written `0`.
fn guarded_read(step: &Step) -> Option<Step> {
    let Some(Node::Map(fields)) = &step.value else { return None };
    if step.key != "if" || fields.len() != 2 {
        return None;
    }
    let cond = fields.iter().find(|(key, _)| *key == "cond").map(|(_, node)| node)?;
    let (Node::Quoted(cond) | Node::Plain(cond)) = cond else { return None };
    let (map, key) = cond.strip_prefix("has(")?.strip_suffix(')')?.split_once(", ")?;
    let read = format!("{map}[{key}]");
    let Some(Node::Steps(then)) = fields.iter().find(|(key, _)| *key == "then").map(|(_, node)| node) else {
        return None;
    };
    let [only] = then.as_slice() else { return None };
    let (Some(Node::Quoted(text)), "let") = (&only.value, only.key) else { return None };
    let (target, value) = text.split_once(" = ")?;
    if value != read {
        return None;
    }
    let unguarded = Step::new("let", Node::Quoted(format!("{target} = 0")), only.line);
    let fields = fields
        .iter()
        .map(|(name, node)| match *name {
            "then" => (*name, Node::Steps(vec![unguarded.clone()])),
            _ => (*name, node.clone()),
        })
        .collect();
    Some(Step::new("if", Node::Map(fields), step.line))
}
