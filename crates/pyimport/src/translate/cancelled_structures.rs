//! Cancelling a coroutine task that runs a TaskGroup or waits in `asyncio.wait` (session23/repro r09,
//! r07; checks c233, c239, c203). CPython's `TaskGroup.__aexit__`, when the task running it is
//! cancelled, cancels every child, waits for them (their handlers run), then lets CancelledError go on;
//! weft ran the task's handler at once and left the children running (r09: CPython log=[-2, -1, 0],
//! weft [0, 1, 2] or [0, 2, 1], "complete"). A cancel of a task blocked in `asyncio.wait([t])` leaves
//! `t` running in CPython, where weft cancelled `t` (r07). The same for `asyncio.wait_for(coro, t)`,
//! whose time-out cancels the coroutine's task. Until these are modelled, the cancel (or the
//! `wait_for`) of such a task is refused at its line.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::{Result, Translator, fail};
use crate::out::Node;

impl Translator<'_> {
    /// Notes that the local (or local array) `into` holds a coroutine task running `function`.
    pub(super) fn note_coroutine_function(&mut self, into: &Node, function: &str) {
        let (Node::Plain(text) | Node::Quoted(text)) = into else {
            return;
        };
        let holder = text.split('[').next().unwrap_or(text).to_string();
        self.futures.coroutine_functions.entry(holder).or_default().insert(function.to_string());
    }

    /// Refuses a `cancel` of `future` when a task it may hold runs a TaskGroup or `asyncio.wait`.
    pub(super) fn check_cancelled_structure(&self, future: &str, at: &impl Ranged) -> Result<()> {
        let holder = future.split('[').next().unwrap_or(future);
        let holder = self.futures.element_locals.get(holder).map_or(holder, String::as_str);
        let Some(functions) = self.futures.coroutine_functions.get(holder) else {
            return Ok(());
        };
        for function in functions {
            self.check_interruptible(function, at, "cancelling")?;
        }
        Ok(())
    }

    /// Refuses the cancel that `asyncio.run`'s end (at `at`) makes of a task `future` may hold, still
    /// pending, when that task runs a TaskGroup or `asyncio.wait` (session23/repro r09's cause: weft's
    /// cancel neither cancelled the group's children nor waited for their handlers).
    pub(super) fn check_pending_structure(&self, future: &str, at: &impl Ranged) -> Result<()> {
        let holder = future.split('[').next().unwrap_or(future);
        let Some(functions) = self.futures.coroutine_functions.get(holder) else {
            return Ok(());
        };
        for function in functions {
            self.check_interruptible(
                function,
                at,
                "`asyncio.run`'s end, which cancels the tasks still pending, cancelling",
            )?;
        }
        Ok(())
    }

    /// Refuses `what` (a cancel, a time-out) of a task running `function` when `function` (or a function
    /// of the file it calls) runs a TaskGroup or awaits `asyncio.wait`.
    pub(super) fn check_interruptible(&self, function: &str, at: &impl Ranged, what: &str) -> Result<()> {
        let Some(found) = self.cancel_sensitive_form(function) else {
            return Ok(());
        };
        let (form, cpython) = match found {
            Sensitive::TaskGroup => (
                "runs an `async with asyncio.TaskGroup()`",
                "CPython's TaskGroup then cancels every child and waits for their handlers before CancelledError goes on",
            ),
            Sensitive::Wait => {
                ("awaits `asyncio.wait(...)`", "CPython's `asyncio.wait` then leaves the tasks it waits for running")
            }
            Sensitive::Shield => (
                "keeps an `asyncio.shield(...)` in a name",
                "CPython cancels the shield's outer future at once, so its `await` raises CancelledError a pass before weft's task for it would (shield_values.rs)",
            ),
        };
        fail(
            at,
            format!(
                "{what} a task whose coroutine (`{function}`) {form} is not supported yet: {cpython}, which weft does not model; cancel the children themselves, or let the task end"
            ),
        )
    }

    /// The first form of `function` (and the file's functions it calls) a cancel interrupts in a way
    /// weft does not model.
    fn cancel_sensitive_form(&self, function: &str) -> Option<Sensitive> {
        let mut seen = BTreeSet::new();
        let mut todo = vec![function.to_string()];
        while let Some(name) = todo.pop() {
            if !seen.insert(name.clone()) {
                continue;
            }
            let Some(def) = self.functions.get(&name) else { continue };
            let mut finder = Finder { found: None, called: Vec::new() };
            finder.visit_body(&def.body);
            if finder.found.is_some() {
                return finder.found;
            }
            todo.extend(finder.called.into_iter().filter(|called| self.functions.contains_key(called)));
        }
        None
    }
}

#[derive(Clone, Copy)]
enum Sensitive {
    TaskGroup,
    Wait,
    /// `outer = asyncio.shield(t)`, awaited later (shield_values.rs).
    Shield,
}

/// Finds a TaskGroup's `async with` or an `asyncio.wait(...)` call, and the plain names called.
struct Finder {
    found: Option<Sensitive>,
    called: Vec<String>,
}

impl<'a> Visitor<'a> for Finder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::With(with) = stmt
            && with.is_async
            && with.items.iter().any(|item| is_call_of(&item.context_expr, "TaskGroup"))
        {
            self.found.get_or_insert(Sensitive::TaskGroup);
        }
        if super::shield_values::keeps_shield(stmt) {
            self.found.get_or_insert(Sensitive::Shield);
        }
        // A nested `def` is not run by this body.
        if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            walk_stmt(self, stmt);
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Call(call) = expr {
            match &*call.func {
                Expr::Attribute(attribute)
                    if attribute.attr.as_str() == "wait"
                        && matches!(&*attribute.value, Expr::Name(module) if module.id.as_str() == "asyncio") =>
                {
                    self.found.get_or_insert(Sensitive::Wait);
                }
                Expr::Name(name) => self.called.push(name.id.to_string()),
                _ => {}
            }
        }
        walk_expr(self, expr);
    }
}

/// `X()`, `m.X()` for the name `X`.
fn is_call_of(expr: &Expr, name: &str) -> bool {
    let Expr::Call(call) = expr else { return false };
    match &*call.func {
        Expr::Name(callee) => callee.id.as_str() == name,
        Expr::Attribute(attribute) => attribute.attr.as_str() == name,
        _ => false,
    }
}

/// `asyncio.wait_for(coro(...), t)`'s coroutine function, for `check_interruptible`.
pub(super) fn called_name(expr: &Expr) -> Option<&str> {
    let Expr::Call(ast::ExprCall { func, .. }) = expr else { return None };
    match &**func {
        Expr::Name(name) => Some(name.id.as_str()),
        _ => None,
    }
}
