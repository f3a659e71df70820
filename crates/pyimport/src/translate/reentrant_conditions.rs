//! `threading.Condition()` (and `Condition(None)`) makes its own lock an `RLock`: its owner may take it
//! again (`with cond:` inside `with cond:`, a locked method calling another), and `wait()` releases every
//! level and takes them back. The scenario's condition owns a plain lock unless it is declared
//! `reentrant: true` (docs/format.md), so a condition whose lock a task may take while it holds it is
//! declared so; one that is never taken twice keeps the plain declaration, which behaves the same and
//! keeps the import of every program that does not re-enter as it was.
//!
//! "May take while it holds it" is read from the translated steps (the file's functions are inlined
//! there): a `with`/`lock` of the condition inside a `with` of it, or after a bare `lock` of it (its
//! `acquire()`) with no `unlock` between. Where branches or loops leave it unclear whether the lock is
//! held, it counts as held: a re-entrant lock where none was needed changes nothing in a run.

use super::Translator;
use crate::out::{Node, Step};

/// What a step does with one lock.
enum LockUse<'s> {
    /// `with: { lock: L, ops }`: takes it around its body.
    With(&'s [Step]),
    /// `lock: L` (or with a time-out): takes it and keeps it.
    Take,
    /// `unlock: L`.
    Release,
    /// Any other step: only what its nested steps do.
    Other,
}

/// The lock a `lock:`, `unlock:` or `with:` step names, when it is `lock`.
fn lock_use<'s>(step: &'s Step, lock: &str) -> LockUse<'s> {
    let names = |node: &Node| matches!(node, Node::Plain(name) if name == lock);
    let field = |fields: &'s [(&'static str, Node)], key: &str| {
        fields.iter().find(|(field, _)| *field == key).map(|(_, node)| node)
    };
    match (step.key, &step.value) {
        ("lock", Some(node)) if names(node) => LockUse::Take,
        ("lock", Some(Node::Map(fields))) if field(fields, "name").is_some_and(names) => LockUse::Take,
        ("unlock", Some(node)) if names(node) => LockUse::Release,
        ("with", Some(Node::Map(fields))) if field(fields, "lock").is_some_and(names) => match field(fields, "ops") {
            Some(Node::Steps(body)) => LockUse::With(body),
            _ => LockUse::With(&[]),
        },
        _ => LockUse::Other,
    }
}

/// The lists of steps nested in `step` (an `if`'s branches, a loop's body, a `try`'s clauses).
fn nested_lists(step: &Step) -> Vec<&[Step]> {
    fn collect<'n>(node: &'n Node, lists: &mut Vec<&'n [Step]>) {
        match node {
            Node::Steps(steps) => lists.push(steps),
            Node::Map(fields) => fields.iter().for_each(|(_, node)| collect(node, lists)),
            Node::Clauses(clauses) => clauses.iter().flatten().for_each(|(_, node)| collect(node, lists)),
            Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => {}
        }
    }
    let mut lists = Vec::new();
    if let Some(node) = &step.value {
        collect(node, &mut lists);
    }
    lists
}

/// Walks `steps` with `lock` held or not on entry: `Err(())` where a step may take it while it is held,
/// else whether it may be held after them.
fn walk(steps: &[Step], lock: &str, mut held: bool) -> Result<bool, ()> {
    for step in steps {
        match lock_use(step, lock) {
            LockUse::Take if held => return Err(()),
            LockUse::Take => held = true,
            LockUse::Release => held = false,
            LockUse::With(_) if held => return Err(()),
            LockUse::With(body) => {
                walk(body, lock, true)?;
            }
            LockUse::Other => {
                for list in nested_lists(step) {
                    // Twice: a loop's body runs again with what its first pass left held.
                    let after_once = walk(list, lock, held)?;
                    let after_twice = walk(list, lock, held || after_once)?;
                    held = held || after_once || after_twice;
                }
            }
        }
    }
    Ok(held)
}

impl Translator<'_> {
    /// Declares `reentrant: true` each threading condition with a lock of its own that a task may take
    /// while it holds it.
    pub(super) fn mark_reentrant_conditions(&mut self) {
        let scenario = &self.scenario;
        let reentered: Vec<String> = scenario
            .conditions
            .iter()
            .filter(|(name, lock)| lock.is_none() && !scenario.asyncio.contains(name))
            .filter(|(name, _)| scenario.tasks.iter().any(|task| walk(&task.ops, name, false).is_err()))
            .map(|(name, _)| name.clone())
            .collect();
        self.scenario.reentrant_conditions.extend(reentered);
    }
}
