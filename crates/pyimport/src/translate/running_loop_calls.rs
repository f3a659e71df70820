//! `asyncio.get_running_loop().call_soon(f)` as a statement (session 33: session32 checks/k210): the
//! loop's method called on the value of `get_running_loop()` where the program does not name it first.
//! `loop = asyncio.get_running_loop()` then `loop.call_soon(f)` imports (futures.rs binds the name to
//! the loop); the same call on the call's value is the same method of the same loop, so the statement
//! is taken as that method of a name bound to the loop. Before, the words were "`asyncio.get_running_loop`
//! (asyncio) is not imported yet".

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{Frame, Translator};
use crate::value::{Object, Value};

/// The name the loop is bound to: no Python program can write it.
const RUNNING_LOOP: &str = "$running_loop";

impl Translator<'_> {
    /// `asyncio.get_running_loop().method(...)` (or `get_event_loop()`) in a coroutine: the same call of
    /// `method` on a name bound to the loop in `frame`; `None` for any other call (outside a coroutine
    /// `get_running_loop` raises RuntimeError, refused where it stands).
    pub(super) fn on_running_loop(&self, frame: &mut Frame, call: &ast::ExprCall) -> Option<ast::ExprCall> {
        let Expr::Attribute(attribute) = &*call.func else { return None };
        let Expr::Call(inner) = &*attribute.value else { return None };
        let callee = self.module_callee(frame, inner)?;
        if !inner.arguments.is_empty()
            || !frame.coroutine
            || !matches!(callee.as_str(), "asyncio.get_running_loop" | "asyncio.get_event_loop")
        {
            return None;
        }
        frame.locals.insert(RUNNING_LOOP.to_string(), Value::Object(Object::Loop));
        let mut method_call = call.clone();
        method_call.func = Box::new(crate::syntax::attribute(
            &crate::syntax::name(RUNNING_LOOP, inner.range(), ast::ExprContext::Load),
            attribute.attr.as_str(),
            attribute.range(),
            ast::ExprContext::Load,
        ));
        Some(method_call)
    }
}
