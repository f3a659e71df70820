//! A done callback of a pool's future that raises (session31/repro r02 with `fut.result()` in the
//! callback: bench/python-agreement/session32-s32fixes/c01). CPython's `Future._invoke_callbacks`
//! (concurrent/futures/_base.py, 3.11) calls each callback inside `try: ... except Exception:` and logs
//! what it raises ("exception calling callback for ..."), then goes on: the thread that called it (the
//! worker, the canceller, the adder) goes on as if the callback had returned. `result()` of a cancelled
//! future raises concurrent.futures' CancelledError there, an `Exception` (asyncio's is a
//! `BaseException`, and weft's CancelledError is asyncio's). The callback's thread (futures.rs,
//! `callback_task`) so runs its body inside a `try` that catches `Exception` and CancelledError, where
//! the body may raise; before, weft's run ended in a fault CPython never shows.

use super::exceptions::{fault_classes, may_fault, shared_containers};
use super::{Node, Step, Translator};

impl Translator<'_> {
    /// The callback's `body` as its thread runs it: inside a `try` that catches what CPython's
    /// `_invoke_callbacks` catches, when a step may raise. `waits_catch`: the callback's wait for its
    /// future takes a job's exception or cancel as its end (then a `result()` in the body may raise).
    pub(super) fn done_callback_body(&self, body: Vec<Step>, waits_catch: bool, line: u32) -> Vec<Step> {
        let containers = shared_containers(&self.scenario);
        let raises = !fault_classes(&body, &containers).is_empty() || (waits_catch && may_fault(&self.scenario, &body));
        if !raises {
            return body;
        }
        let logged =
            vec![("classes", Node::Plain("[Exception, CancelledError]".to_string())), ("do", Node::Steps(Vec::new()))];
        let entries = vec![("do", Node::Steps(body)), ("except", Node::Clauses(vec![logged]))];
        vec![Step::new("try", Node::Map(entries), line)]
    }
}
