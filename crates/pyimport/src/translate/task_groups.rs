//! `async with asyncio.TaskGroup() as tg:` (Python 3.11): `tg.create_task(c(...))` starts a task as
//! `asyncio.create_task` does, and the end of the `async with` waits for every task the group started, in
//! the order started, as an executor's `with` waits for its jobs (translate/futures.rs: the group is an
//! open pool whose futures the end awaits). What a failing task does to a group is not modelled: CPython
//! cancels the group's other tasks and raises an ExceptionGroup, so a group whose tasks `raise` is refused.

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::coroutines::Start;
use super::futures::OpenPool;
use super::{Frame, Result, Translator, contains_jump, fail};
use crate::expr::Ex;
use crate::out::Step;
use crate::value::{Object, Value};

impl Translator<'_> {
    /// Whether a `with` item is `asyncio.TaskGroup()`.
    pub(super) fn is_task_group(&self, frame: &Frame, item: &ast::WithItem) -> bool {
        let Expr::Call(call) = &item.context_expr else { return false };
        matches!(self.expr(frame, &call.func, false), Ok(Ex::Static(Value::Module(callee))) if callee == "asyncio.TaskGroup")
    }

    /// `async with asyncio.TaskGroup() as tg:`; `Ok(false)` when the item is no task group.
    pub(super) fn task_group_with(
        &mut self,
        frame: &mut Frame,
        item: &ast::WithItem,
        rest: &[ast::WithItem],
        body: &[Stmt],
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<bool> {
        if !self.is_task_group(frame, item) {
            return Ok(false);
        }
        let Expr::Call(call) = &item.context_expr else { return Ok(false) };
        if !call.arguments.is_empty() {
            return fail(call, "`asyncio.TaskGroup()` takes no arguments");
        }
        if frame.dynamic > 0 {
            return fail(
                call,
                "a TaskGroup made inside an `if` or a loop the scenario runs cannot be followed at import time; make it before",
            );
        }
        if contains_jump(body) {
            return fail(
                item,
                "`break`, `continue` or `return` inside the `async with` of a TaskGroup would leave before it waits for its tasks; move it after the `async with`",
            );
        }
        let hint = match item.optional_vars.as_deref() {
            Some(Expr::Name(name)) => name.id.to_string(),
            None => "group".to_string(),
            Some(other) => return fail(other, "`async with ... as` a TaskGroup binds one name"),
        };
        let name = self.object_name(&hint);
        frame.locals.insert(hint, Value::Object(Object::TaskGroup(name.clone())));
        let first_task = self.scenario.tasks.len();
        let raises_before = self.raise_sites.len();
        self.futures.open.push(OpenPool::new(name.clone(), frame.task));
        let result = self.with_items(frame, rest, body, out, next_line);
        let pool = self.close_pool(&name);
        result?;
        let started_raises = self.raise_sites[raises_before..].iter().any(|(task, _)| *task >= first_task);
        if started_raises {
            return fail(
                item,
                "a TaskGroup whose tasks `raise` is not supported yet: CPython cancels the group's other tasks and raises an ExceptionGroup, which weft does not model",
            );
        }
        for (future, _) in pool.futures() {
            self.note_awaited(frame.task, future);
        }
        let line = self.line(item);
        self.shutdown_waits(frame, pool, out, line);
        Ok(true)
    }

    /// `tg.create_task(c(...))` of an open TaskGroup: the start of the coroutine's task, which the
    /// group's end waits for. `Ok(None)` for any other call.
    pub(super) fn task_group_start<'c>(&self, frame: &Frame, call: &'c ast::ExprCall) -> Result<Option<Start<'c>>> {
        let Expr::Attribute(attribute) = &*call.func else { return Ok(None) };
        if attribute.attr.as_str() != "create_task" {
            return Ok(None);
        }
        let Ok(Ex::Static(Value::Object(Object::TaskGroup(group)))) = self.expr(frame, &attribute.value, false) else {
            return Ok(None);
        };
        if !self.futures.open.iter().any(|pool| pool.is_named(&group)) {
            return fail(
                call,
                "this TaskGroup has finished (Python raises RuntimeError): start tasks inside its `async with`",
            );
        }
        if call.arguments.args.len() != 1 || !call.arguments.keywords.is_empty() {
            return fail(call, "`create_task` of one coroutine (no `name=` or `context=`) is supported");
        }
        let job = self.coroutine_call(frame, &call.arguments.args[0])?;
        Ok(Some(Start { executor: None, coroutine: true, job, group: Some(group) }))
    }
}
