//! The `try` around a statement belongs to the task that runs it. A task made inside one (a thread, a
//! job, a coroutine task: `wait_for(service())` in the first statement of `try: ... except
//! TimeoutError:`) is translated at that statement, but its body runs in a frame of its own, where no
//! handler or `finally` of the statement that made it runs: an exception there ends the task (a job's
//! future keeps it). So the translation state of the `try`s being translated is set aside while a
//! task's own function is translated, and put back after (before session 18 a `raise` in such a
//! coroutine was refused as if it were inside the caller's `try`, session17/a08, and a `wait_for` in it
//! could take the caller's caught flag).

use std::collections::BTreeSet;

use ruff_python_ast::{Expr, Stmt};

use super::{CaughtException, Translator};
use crate::out::{Node, Step};

/// What the translation of the enclosing `try`s keeps, set aside for a task's own function.
pub(super) struct TryContext {
    timeout_catch: Option<(String, Option<usize>)>,
    caught_tries: Vec<CaughtException>,
    job_exception_catch: Option<&'static str>,
    finally_depth: usize,
    handling: usize,
    handler_classes: Vec<Vec<String>>,
    caught_names: Vec<String>,
}

impl Translator<'_> {
    /// Sets aside the state of the `try`s around the statement that makes a task: its function starts
    /// outside every `try`.
    pub(super) fn enter_task_body(&mut self) -> TryContext {
        TryContext {
            timeout_catch: self.timeout_catch.take(),
            caught_tries: std::mem::take(&mut self.caught_tries),
            job_exception_catch: self.job_exception_catch.take(),
            finally_depth: std::mem::take(&mut self.finally_depth),
            handling: std::mem::take(&mut self.handling),
            handler_classes: std::mem::take(&mut self.handler_classes),
            caught_names: std::mem::take(&mut self.caught_names),
        }
    }

    /// Puts back what `enter_task_body` set aside, once the task's function is translated (`translated`:
    /// without a refusal, when every `try` it opened is closed).
    pub(super) fn leave_task_body(&mut self, saved: TryContext, translated: bool) {
        debug_assert!(
            !translated || (self.caught_tries.is_empty() && self.handler_classes.is_empty() && self.finally_depth == 0),
            "a task's `try`s are closed at its end"
        );
        self.timeout_catch = saved.timeout_catch;
        self.caught_tries = saved.caught_tries;
        self.job_exception_catch = saved.job_exception_catch;
        self.finally_depth = saved.finally_depth;
        self.handling = saved.handling;
        self.handler_classes = saved.handler_classes;
        self.caught_names = saved.caught_names;
    }
}

/// Whether a `try_timed` form's handler takes the exceptions of the rest of its `try:` body too (a job's
/// exception, a bounded release's ValueError: classes weft and `raise` may raise there), through the
/// scenario `try:` of `push_timed_branches`, which a `raise` step in the rest always brings.
fn catches_in_rest(kind: CaughtException) -> bool {
    matches!(kind, CaughtException::JobException(_) | CaughtException::BoundedRelease)
}

/// The scenario's class of the exception a `try_timed` form's handler catches.
pub(super) fn caught_class(kind: CaughtException) -> &'static str {
    match kind {
        CaughtException::WaitFor => "TimeoutError",
        CaughtException::QueueGet => "Empty",
        CaughtException::QueuePut => "Full",
        CaughtException::BoundedRelease => "ValueError",
        CaughtException::BarrierWait => "BrokenBarrierError",
        CaughtException::JobException(class) => class,
    }
}

impl Translator<'_> {
    /// Why a `raise` of `class` here cannot be imported, if it cannot: inside the first statement of a
    /// `try` form that catches a time-out or a job's exception (that statement is one wait), inside a
    /// `try`/`finally` translated in line (its `finally` would be skipped), or in the rest of such a
    /// form's `try:` whose handler catches `class` and does not take the rest's exceptions
    /// (`catches_in_rest`: a time-out, queue.Empty, queue.Full, BrokenBarrierError). A `raise` there of a
    /// class the handler does not catch leaves the form as Python's does: the handler is not run, and
    /// the exception goes on to the `try`s around it (scenario `try:` steps) or ends the task.
    pub(super) fn raise_refusal(&self, class: &str) -> Option<String> {
        if self.timeout_catch.is_some() {
            return Some(
                "`raise` inside the first statement of a `try:` that catches its time-out or its job's exception is not supported; raise after it".to_string(),
            );
        }
        if self.finally_depth > 0 {
            return Some(
                "`raise` in a function called inside `try:`/`finally:` is not supported (the `finally` would be skipped); write the `raise` inside the `try:` itself, or use `with`".to_string(),
            );
        }
        let catching = self
            .caught_tries
            .iter()
            .filter(|kind| !catches_in_rest(**kind))
            .map(|kind| caught_class(*kind))
            .find(|caught| self.is_exception_subclass(class, caught))?;
        Some(format!(
            "`raise {class}` inside this `try:`, whose `except` catches {catching} for its first statement, is not supported (the handler would run); a `raise` of a class that handler does not catch is"
        ))
    }

    /// Why a bare `raise` in a handler that caught one of `classes` cannot be imported, if it cannot: as
    /// `raise_refusal` for each class, and also when a `try` form's handler around it (of any kind: a
    /// `reraise` step does not bring `push_timed_branches`'s scenario `try:`) catches one of them, a
    /// base of one or a class derived from one (the exception caught may be of that class).
    pub(super) fn reraise_refusal(&self, classes: &[String]) -> Option<String> {
        if let Some(refusal) = classes.iter().find_map(|class| self.raise_refusal(class)) {
            return Some(refusal);
        }
        let catching = self.caught_tries.iter().map(|kind| caught_class(*kind)).find(|caught| {
            classes
                .iter()
                .any(|class| self.is_exception_subclass(caught, class) || self.is_exception_subclass(class, caught))
        })?;
        Some(format!(
            "a bare `raise` inside this `try:`, whose `except` catches {catching} for its first statement, is not supported (the exception raised again may be one that handler catches)"
        ))
    }
}

impl Translator<'_> {
    /// Whether `body` calls a function of this file (or a method of one of its classes, by name) that
    /// may `raise`, itself or through the functions it calls: such a call inside `try:`/`finally:` is
    /// translated in line, where the `finally` must run on the exception's way out, so the `try` takes
    /// the scenario's `try:` step. An `async def` called other than under `await` only makes a coroutine
    /// (`create_task(f())` runs it in a task of its own, outside this `try`).
    pub(super) fn calls_raising_function(&self, body: &[Stmt]) -> bool {
        let mut seen = BTreeSet::new();
        self.called_functions(body).iter().any(|function| self.may_raise(function, &mut seen))
    }

    /// Whether function `name` (a key of `functions`) has a `raise`, or calls one that may.
    fn may_raise(&self, name: &str, seen: &mut BTreeSet<String>) -> bool {
        if !seen.insert(name.to_string()) {
            return false;
        }
        let Some(def) = self.functions.get(name) else { return false };
        super::exceptions::contains_raise(&def.body)
            || self.called_functions(&def.body).iter().any(|callee| self.may_raise(callee, seen))
    }

    /// The keys of `functions` that `body` calls, not in the functions and classes it defines.
    fn called_functions(&self, body: &[Stmt]) -> Vec<String> {
        use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
        struct Calls<'t, 'a> {
            translator: &'t Translator<'a>,
            awaited: bool,
            found: Vec<String>,
        }
        impl<'e> Visitor<'e> for Calls<'_, '_> {
            fn visit_stmt(&mut self, stmt: &'e Stmt) {
                if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                    walk_stmt(self, stmt);
                }
            }
            fn visit_expr(&mut self, expr: &'e Expr) {
                let awaited = std::mem::replace(&mut self.awaited, matches!(expr, Expr::Await(_)));
                if let Expr::Call(call) = expr {
                    let called = match &*call.func {
                        Expr::Name(name) => Some(name.id.as_str()),
                        Expr::Attribute(attribute) => Some(attribute.attr.as_str()),
                        _ => None,
                    };
                    let functions = &self.translator.functions;
                    for (key, def) in functions {
                        let named = called.is_some_and(|called| {
                            key == called || key.rsplit_once('.').is_some_and(|(_, method)| method == called)
                        });
                        if named && (!def.is_async || awaited) {
                            self.found.push(key.clone());
                        }
                    }
                }
                walk_expr(self, expr);
                self.awaited = awaited;
            }
        }
        let mut calls = Calls { translator: self, awaited: false, found: Vec::new() };
        calls.visit_body(body);
        calls.found
    }
}

impl Translator<'_> {
    /// The branches of a `try` form that catches its first statement's exception (`try_timed`): `if`
    /// the flag, the rest of the `try:` body, else the handler. When the handler catches what weft may
    /// raise itself in the rest (a job's exception, a missing key, a division by zero, `int()` of a bad
    /// string: `exceptions::may_fault`), the rest runs in a scenario `try:` whose `except` of the
    /// handler's class clears the flag, and the handler runs after it `if not` the flag, as CPython's
    /// handler takes the exceptions of the whole body (before session 18 such a fault ended the run:
    /// bench/python-agreement/session18-s18exc/fault_in_rest_of_result_try.py).
    pub(super) fn push_timed_branches(
        &self,
        kind: CaughtException,
        flag: String,
        then_ops: Vec<Step>,
        else_ops: Vec<Step>,
        out: &mut Vec<Step>,
        line: u32,
    ) {
        if !catches_in_rest(kind) || !super::exceptions::may_fault(&self.scenario, &then_ops) {
            let mut entries = vec![("cond", Node::Quoted(flag)), ("then", Node::Steps(then_ops))];
            if !else_ops.is_empty() {
                entries.push(("else", Node::Steps(else_ops)));
            }
            out.push(Step::new("if", Node::Map(entries), line));
            return;
        }
        let cleared = Step::new("let", Node::Quoted(format!("{flag} = 0")), line);
        let clause =
            vec![("classes", Node::Plain(format!("[{}]", caught_class(kind)))), ("do", Node::Steps(vec![cleared]))];
        let guarded = Step::new(
            "try",
            Node::Map(vec![("do", Node::Steps(then_ops)), ("except", Node::Clauses(vec![clause]))]),
            line,
        );
        let entries = vec![("cond", Node::Quoted(flag.clone())), ("then", Node::Steps(vec![guarded]))];
        out.push(Step::new("if", Node::Map(entries), line));
        if !else_ops.is_empty() {
            let entries = vec![("cond", Node::Quoted(format!("not {flag}"))), ("then", Node::Steps(else_ops))];
            out.push(Step::new("if", Node::Map(entries), line));
        }
    }
}
