//! A callback of `apply_async` (pool_callbacks.rs, pool_error_callbacks.rs) that may raise.
//!
//! CPython (Lib/multiprocessing/pool.py, 3.11): `ApplyResult._set` calls the callback in the pool's
//! result-handler thread with nothing around it, so a callback's exception ends that thread
//! (`_handle_results` has no handler for it): the result is never set (`get()` waits for ever, a
//! `get(timeout)` times out), no later result of the pool is ever set, and `close()` then `join()` waits
//! for ever (the worker handler loops while the pool's cache holds the unset result). weft's wrapper
//! would instead raise the callback's exception from `get()` and let every other result be set, so the
//! import refuses a callback whose steps may raise (a `raise`, a read of a missing key or index, a
//! division by what may be 0, `int()` of text, a wait for a future), at the `apply_async`.

use ruff_python_ast as ast;

use super::exceptions::{fault_classes, may_fault, shared_containers};
use super::{Node, Result, Step, Translator, fail};

/// The lock the import makes for a pool's callbacks (pool_callbacks.rs): `weft_result_handler_{pool}`.
const HANDLER_LOCK_PREFIX: &str = "weft_result_handler_";

impl Translator<'_> {
    /// Refuses the job `ops` of an `apply_async` callback's wrapper (made by `call`) when a step the
    /// callback runs under the pool's handler lock may raise.
    pub(super) fn check_pool_callback_raises(&self, ops: &[Step], call: &ast::ExprCall) -> Result<()> {
        let containers = shared_containers(&self.scenario);
        for callback in handler_blocks(ops) {
            let classes = fault_classes(callback, &containers);
            if classes.is_empty() && !may_fault(&self.scenario, callback) {
                continue;
            }
            let named = if classes.is_empty() {
                String::new()
            } else {
                format!(" ({})", classes.into_iter().collect::<Vec<_>>().join(", "))
            };
            return fail(
                call,
                format!(
                    "a `callback` or `error_callback` of `apply_async` that may raise{named} is not supported: in CPython its exception ends the pool's result-handler thread, after which no result of the pool is ever ready (`get()` and `join()` wait for ever), which weft does not model; catch the exception inside the callback"
                ),
            );
        }
        Ok(())
    }
}

/// The steps run under a pool's handler lock in `ops` (at any depth): the callbacks' bodies.
fn handler_blocks(ops: &[Step]) -> Vec<&[Step]> {
    let mut blocks = Vec::new();
    for step in ops {
        let Some(Node::Map(entries)) = &step.value else {
            if let Some(node) = &step.value {
                nested_handler_blocks(node, &mut blocks);
            }
            continue;
        };
        let handler_lock = step.key == "with"
            && entries.iter().any(|(key, node)| {
                *key == "lock"
                    && matches!(node, Node::Plain(lock) | Node::Quoted(lock) if lock.starts_with(HANDLER_LOCK_PREFIX))
            });
        if handler_lock {
            blocks.extend(entries.iter().filter_map(|(key, node)| match (key, node) {
                (&"ops", Node::Steps(steps)) => Some(&steps[..]),
                _ => None,
            }));
        } else {
            entries.iter().for_each(|(_, node)| nested_handler_blocks(node, &mut blocks));
        }
    }
    blocks
}

fn nested_handler_blocks<'n>(node: &'n Node, blocks: &mut Vec<&'n [Step]>) {
    match node {
        Node::Steps(steps) => blocks.extend(handler_blocks(steps)),
        Node::Map(entries) => entries.iter().for_each(|(_, node)| nested_handler_blocks(node, blocks)),
        Node::Clauses(clauses) => clauses.iter().flatten().for_each(|(_, node)| nested_handler_blocks(node, blocks)),
        Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => {}
    }
}
