//! `loop.call_soon(f, *args)` and `loop.call_later(d, f, *args)`: CPython's loop keeps a handle and
//! calls `f(*args)` on the loop's thread once it is due, between two steps of its coroutines. Here the
//! handle is a coroutine task of its own on the loop: its one `await` is the delay (none for
//! `call_soon`: a new task's first step already waits for the loop's next pass, as a `call_soon`
//! callback does), then the call. `handle.cancel()` is the task's `cancel`: before the delay is up the
//! call never happens, after it the call has run whole (it has no `await` to stop at), as CPython's
//! `TimerHandle.cancel` does. A handle still pending when `asyncio.run` ends is cancelled with the tasks
//! left pending, so its callback never runs, as CPython closes the loop without running it.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{Argument, Frame, Result, Translator, fail};
use crate::out::{Node, Step};
use crate::value::{Object, Value};

/// A delay of no time, as `Translator::duration` writes it.
pub(super) const NO_DELAY: &str = "0ns";

/// `call_later(0, f)`: the `submit` just written starts its task on a timer of no delay, which joins
/// the loop's ready queue when the loop's next pass begins, behind every callback queued during this
/// one (`_run_once` moves the due timers there), where an `await: 0ns` as the task's first step would
/// run it a pass later (session33/repro/r12).
pub(super) fn start_at_next_pass(out: &mut [Step]) {
    let Some(Step { key: "submit", value: Some(Node::Map(entries)), .. }) = out.last_mut() else {
        unreachable!("`submit_coroutine_task` writes a `submit` last")
    };
    entries.push(("next_pass", Node::Plain("true".into())));
}

impl Translator<'_> {
    /// `call_soon` or `call_later` when `call` is that method of the program's loop.
    pub(super) fn loop_callback_method(&self, frame: &Frame, call: &ast::ExprCall) -> Option<&'static str> {
        let Expr::Attribute(attribute) = &*call.func else { return None };
        let method = match attribute.attr.as_str() {
            "call_soon" => "call_soon",
            "call_later" => "call_later",
            _ => return None,
        };
        let Ok(Value::Object(Object::Loop)) = self.static_value(frame, &attribute.value) else { return None };
        Some(method)
    }

    /// The handle's task, submitted into `future` (a temporary when the handle is dropped).
    pub(super) fn loop_callback(
        &mut self,
        frame: &mut Frame,
        method: &str,
        call: &ast::ExprCall,
        future: Option<String>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        if !frame.coroutine {
            return fail(
                call,
                format!(
                    "`loop.{method}` is imported from a coroutine of the loop (from a thread it is not thread-safe)"
                ),
            );
        }
        if let Some(keyword) = call.arguments.keywords.first() {
            return fail(keyword, format!("`{method}` with keywords (`context=`) is not supported"));
        }
        let arguments = &call.arguments.args[..];
        let (delay, rest) = match (method, arguments) {
            ("call_later", [delay, rest @ ..]) => (Some(self.duration(frame, delay)?), rest),
            ("call_later", []) => return fail(call, "`call_later(delay, callback, *args)` needs its delay"),
            _ => (None, arguments),
        };
        let [callback, arguments @ ..] = rest else {
            return fail(call, format!("`{method}` needs the function to call"));
        };
        if let Some(starred) = arguments.iter().find(|argument| matches!(argument, Expr::Starred(_))) {
            return fail(starred, format!("`*args` in `{method}` is not supported; pass each argument"));
        }
        let task = self.coroutine_task(call, &self.callback_base(frame, callback), line)?;
        let mut body = Vec::new();
        let next_pass = delay.as_deref() == Some(NO_DELAY);
        if let Some(delay) = delay.filter(|_| !next_pass) {
            body.push(Step::new("await", Node::Plain(delay), line));
        }
        self.callback_body(frame, task, callback, arguments, call, &mut body, line)?;
        self.scenario.tasks[task].ops = body;
        let future = future.unwrap_or_else(|| self.fresh_temporary(frame.task, "handle"));
        self.submit_coroutine_task(frame, task, &future, None, out, line);
        if next_pass {
            start_at_next_pass(out);
        }
        Ok(future)
    }

    /// The task's name: the function's, or the primitive's method (`event_set`).
    fn callback_base(&self, frame: &Frame, callback: &Expr) -> String {
        match (self.static_value(frame, callback), callback) {
            (Ok(Value::Function(function) | Value::Partial(function, ..)), _) => function,
            (_, Expr::Attribute(attribute)) => match self.static_value(frame, &attribute.value) {
                Ok(Value::Object(object)) => format!("{}_{}", object.name(), attribute.attr),
                _ => "callback".to_string(),
            },
            _ => "callback".to_string(),
        }
    }

    /// The call `callback(*arguments)` in the handle's task: a function of this file inlined with its
    /// arguments bound (values known at import time, as a Timer's are), or a method of a primitive
    /// (`event.set`, `queue.put_nowait`).
    #[allow(clippy::too_many_arguments)]
    fn callback_body(
        &mut self,
        frame: &Frame,
        task: usize,
        callback: &Expr,
        arguments: &[Expr],
        call: &ast::ExprCall,
        body: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let mut values = Vec::new();
        for argument in arguments {
            values.push(self.static_value(frame, argument)?);
        }
        let mut callee = Frame::new(task, false, true);
        let (function, mut given, keywords) = match self.static_value(frame, callback) {
            Ok(Value::Function(function)) => (function, Vec::new(), Vec::new()),
            Ok(Value::Partial(function, given, keywords)) => (function, given, keywords),
            _ => return self.method_callback(frame, callee, callback, arguments, call, body, line),
        };
        if self.functions.get(&function).is_some_and(|def| def.is_async) {
            return fail(
                callback,
                format!(
                    "`{function}` is `async def`: the loop would call it and drop the coroutine, which never runs; pass a plain function that calls `asyncio.create_task({function}(...))`"
                ),
            );
        }
        given.extend(values);
        let bound = given.into_iter().map(Argument::Static).collect();
        let bound_keywords = keywords.into_iter().map(|(key, value)| (key, Argument::Static(value))).collect();
        self.run_function(&mut callee, &function, bound, bound_keywords, body, call.range(), false)?;
        Ok(())
    }

    /// `event.set` and the other methods of primitives as callbacks: the method's step in the handle's
    /// task, its arguments read where the callback was scheduled (they are known at import time).
    #[allow(clippy::too_many_arguments)]
    fn method_callback(
        &mut self,
        frame: &Frame,
        mut callee: Frame,
        callback: &Expr,
        arguments: &[Expr],
        call: &ast::ExprCall,
        body: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let Expr::Attribute(attribute) = callback else {
            return fail(callback, "the callback must be a function of this file or a method of a primitive");
        };
        callee.coroutine = true;
        self.method_call_body(frame, callee, attribute, arguments, call, body, line)
    }
}
