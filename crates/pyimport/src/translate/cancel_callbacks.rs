//! The done callbacks of a thread pool's future cancelled while queued (session31/repro r02, checks
//! k104). CPython's `Future.cancel()` of a pending future calls its done callbacks at once, in the
//! cancelling thread, before `cancel()` returns (`_invoke_callbacks`, concurrent/futures/_base.py).
//! The import runs each done callback as a thread that waits for its future (futures.rs,
//! `callback_task`); where the same task added the callback and cancels the future, the `cancel` step
//! is followed, when it cancelled, by a wait for that callback's thread, so that the callback has run
//! when the canceller goes on, as in CPython (before, it could run later, beside the canceller: a race
//! on what it writes that CPython cannot have).

use std::collections::BTreeMap;

use super::Translator;
use crate::out::{Node, Step};

/// CPython's `Future._state` from which a future is done (cancelled, or finished), as `future_state`
/// reads it.
pub(super) const DONE_STATE: u8 = 2;

/// The callbacks' futures of each (task, future) that task added a done callback to.
#[derive(Default)]
pub(crate) struct CancelCallbacks {
    of_future: BTreeMap<(usize, String), Vec<String>>,
}

impl Translator<'_> {
    /// `future.add_done_callback(fn)` in `task`, whose callback thread's future is `callback`.
    pub(super) fn note_cancel_callback(&mut self, task: usize, future: &str, callback: &str) {
        let key = (task, future.to_string());
        self.cancel_callbacks.of_future.entry(key).or_default().push(callback.to_string());
    }

    /// The `cancel` step (`cancel`, its body), then, when it cancelled a future the same task gave done
    /// callbacks, a wait for each callback's thread.
    pub(super) fn cancel_then_callbacks(
        &mut self,
        task: usize,
        future: &str,
        cancel: Node,
        out: &mut Vec<Step>,
        line: u32,
    ) {
        let callbacks = self.cancel_callbacks.of_future.get(&(task, future.to_string())).cloned().unwrap_or_default();
        if callbacks.is_empty() {
            out.push(Step::new("cancel", cancel, line));
            return;
        }
        let (cancel, cancelled) = match cancel {
            Node::Map(entries) => {
                let into = entries.iter().find(|(key, _)| *key == "into").map(|(_, node)| match node {
                    Node::Plain(text) | Node::Quoted(text) => text.clone(),
                    _ => unreachable!("a cancel's `into` is a name"),
                });
                match into {
                    Some(into) => (Node::Map(entries), into),
                    None => self.cancel_into(task, future),
                }
            }
            _ => self.cancel_into(task, future),
        };
        out.push(Step::new("cancel", cancel, line));
        let waits = callbacks
            .iter()
            .map(|callback| Step::new("result", Node::Map(vec![("future", Node::Quoted(callback.clone()))]), line))
            .collect();
        out.push(Step::new(
            "if",
            Node::Map(vec![("cond", Node::Quoted(cancelled)), ("then", Node::Steps(waits))]),
            line,
        ));
    }

    /// A `cancel` of `future` with its value into a temporary of `task`.
    fn cancel_into(&mut self, task: usize, future: &str) -> (Node, String) {
        let cancelled = self.temporary(task, "cancelled");
        let entries = vec![("future", Node::Quoted(future.to_string())), ("into", Node::Plain(cancelled.clone()))];
        (Node::Map(entries), cancelled)
    }
}
