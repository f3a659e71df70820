//! `await asyncio.wait_for(q.join(), t)`, `wait_for(lock.acquire(), t)`, `wait_for(sem.acquire(), t)` of
//! asyncio's own primitives (session30/checks p38-p40).
//!
//! CPython's `wait_for` wraps the coroutine method in a task of its own, as it does any coroutine, and
//! cancels that task at the deadline. The import does the same as for `ev.wait()` and `q.get()`
//! (`primitive_wait_task`): a coroutine task whose steps are the method's own (`join`, `lock`,
//! `acquire`: what `await q.join()` or `await lock.acquire()` is), then its value (`True` for
//! `acquire`, None for `join`). The engine's cancel of a coroutine waiting on a primitive is CPython's:
//! it leaves the wait, and one the lock or a unit was handed to, not yet resumed, hands it on. An asyncio
//! lock has no owner, so the task that awaits `wait_for` releases what the wrapping task acquired, as in
//! Python. The passes are `wait_for`'s of a coroutine task (a pass for the wrapping task's end, one for
//! the waiter).
//!
//! `wait_for(cond.wait_for(pred), t)` and `wait_for(cond.wait(), t)` are not wrapped: the condition's
//! wait must run in the task that holds its lock (`condition_wait_for`); `cond.wait_for(pred)` under
//! `wait_for` stays refused.

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::{Object, Value};

impl Translator<'_> {
    /// The value the wrapped method gives (`"1"`, Python's True, or `"None"`) when `awaitable` is
    /// `q.join()`, `lock.acquire()` or `sem.acquire()` of an asyncio primitive; None otherwise.
    pub(super) fn wrapped_primitive_method(&self, frame: &Frame, awaitable: &Expr) -> Option<&'static str> {
        let Expr::Call(call) = awaitable else { return None };
        let Expr::Attribute(attribute) = &*call.func else { return None };
        if !call.arguments.is_empty() {
            return None;
        }
        let Ok(Ex::Static(Value::Object(object))) = self.expr(frame, &attribute.value, false) else { return None };
        if !self.is_asyncio(&object) {
            return None;
        }
        match (&object, attribute.attr.as_str()) {
            (Object::Queue { .. }, "join") => Some("None"),
            (Object::Lock { .. } | Object::Semaphore(_), "acquire") => Some("1"),
            _ => None,
        }
    }

    /// The task `wait_for` wraps `awaitable` in (see the module's header): its future's name.
    pub(super) fn wrapped_primitive_task(
        &mut self,
        frame: &mut Frame,
        awaitable: &Expr,
        value: &str,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let mut ops = Vec::new();
        self.await_primitive(frame, awaitable, None, &mut ops, line)?;
        ops.push(Step::new("return", Node::Quoted(value.to_string()), line));
        let Expr::Call(call) = awaitable else { unreachable!("wrapped_primitive_method takes calls") };
        let Expr::Attribute(attribute) = &*call.func else { unreachable!("a method call") };
        self.wrapping_task(frame, awaitable, (attribute.attr.as_str(), "task"), (ops, None), out, line)
    }
}
