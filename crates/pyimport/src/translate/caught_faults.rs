//! What a Barrier's action may raise, with its own `try`s taken into account (session36/variants/t12
//! v1 and v2: the action's divisions inside `try: ... except Exception:`, refused as an action that may
//! raise though nothing leaves it). The exception analysis (exceptions.rs, `may_fault`) reads every step
//! of a scenario `try` alike, its `do` too; here a `try` whose `except` takes every exception its `do`
//! may raise (`except Exception:` of a body that raises no BaseException of its own, `except
//! BaseException:`, a bare `except:`) stands for what may still leave it: its handlers, its `else` and
//! its `finally`. A `try` whose `do` waits for a future or a task is left whole (`may_fault` judges
//! such a wait as one that may raise, and so does this).

use crate::out::{Node, Step};

/// The exceptions `except Exception:` does not take.
const BASE_EXCEPTIONS_ONLY: [&str; 5] =
    ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "CancelledError"];

/// `steps` with each `try` that catches everything its `do` may raise written as its handlers, `else`
/// and `finally`, at any depth.
pub(super) fn without_caught_bodies(steps: &[Step]) -> Vec<Step> {
    let mut kept = Vec::new();
    for step in steps {
        match caught_try_rest(step) {
            Some(rest) => kept.extend(without_caught_bodies(&rest)),
            None => kept.push(Step { value: step.value.as_ref().map(without_caught_in_node), ..step.clone() }),
        }
    }
    kept
}

fn without_caught_in_node(node: &Node) -> Node {
    match node {
        Node::Steps(steps) => Node::Steps(without_caught_bodies(steps)),
        Node::Map(entries) => {
            Node::Map(entries.iter().map(|(key, node)| (*key, without_caught_in_node(node))).collect())
        }
        Node::Clauses(clauses) => Node::Clauses(
            clauses
                .iter()
                .map(|clause| clause.iter().map(|(key, node)| (*key, without_caught_in_node(node))).collect())
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The handlers', `else`'s and `finally`'s steps of a `try` step whose `except` takes every exception
/// its `do` may raise; None for any other step.
fn caught_try_rest(step: &Step) -> Option<Vec<Step>> {
    let Some(Node::Map(entries)) = &step.value else { return None };
    if step.key != "try" {
        return None;
    }
    let field = |name: &str| entries.iter().find(|(key, _)| *key == name).map(|(_, node)| node);
    let Some(Node::Steps(body)) = field("do") else { return None };
    let Some(Node::Clauses(clauses)) = field("except") else { return None };
    if super::exceptions::waits_for_a_future(body) {
        return None;
    }
    let raised = super::exceptions::fault_classes(body, &[]);
    let caught_all = clauses.iter().any(|clause| {
        let classes = clause.iter().find(|(key, _)| *key == "classes").map(|(_, node)| node);
        match classes {
            // A bare `except:`.
            None => true,
            Some(Node::Plain(classes) | Node::Quoted(classes)) => {
                let named: Vec<&str> = classes.trim_matches(['[', ']']).split(", ").collect();
                named.contains(&"BaseException")
                    || (named.contains(&"Exception")
                        && raised
                            .iter()
                            .all(|class| !BASE_EXCEPTIONS_ONLY.contains(&class.rsplit('.').next().unwrap_or(class))))
            }
            Some(_) => false,
        }
    });
    if !caught_all {
        return None;
    }
    let mut rest = Vec::new();
    for clause in clauses {
        if let Some((_, Node::Steps(handler))) = clause.iter().find(|(key, _)| *key == "do") {
            rest.extend(handler.iter().cloned());
        }
    }
    for name in ["else", "finally"] {
        if let Some(Node::Steps(steps)) = field(name) {
            rest.extend(steps.iter().cloned());
        }
    }
    Some(rest)
}
