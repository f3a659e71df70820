//! `try` in general (issue #22): `try`/`except C`/`except (A, B)`/`except C as e` (`e` in `print` only)
//! /`else`/`finally`, a bare `raise` in a handler, and the program's own exception classes, imported as
//! the scenario's `try:` step and `exceptions:` (docs/format.md, "Exceptions and `try`"). The forms of
//! `try_timed` (a time-out or a job's exception caught around a first statement) keep their own
//! translation; this is every other `try`.

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Ex, Frame, RAISABLE, Result, Translator, fail};
use crate::out::{Node, Scenario, SharedInit, Step};
use crate::value::Value;

/// The built-in classes a `raise` or an `except` may name by a bare name beyond `RAISABLE`: the rest of
/// Python's hierarchy weft models (sim_core::exceptions::BUILTIN_EXCEPTIONS).
const MORE_BUILTIN_CLASSES: [&str; 8] = [
    "ArithmeticError",
    "LookupError",
    "OverflowError",
    "AttributeError",
    "OSError",
    "TimeoutError",
    "NotImplementedError",
    "BaseException",
];

/// Whether a bare name is a built-in exception class weft models.
pub(super) fn is_builtin_class(name: &str) -> bool {
    RAISABLE.contains(&name) || MORE_BUILTIN_CLASSES.contains(&name)
}

/// Whether a bare name is one of Python's other built-in exception classes a program may declare.
pub(super) fn is_declared_builtin_class(name: &str) -> bool {
    DECLARED_BUILTIN_CLASSES.iter().any(|(class, _)| *class == name)
}

/// Python 3.11's other built-in exception classes a program may raise or catch by name, each with its
/// base, in an order where a base comes before the classes derived from it. The engine does not list
/// them (sim_core's BUILTIN_EXCEPTIONS), so a program that names one declares it under `exceptions:`
/// with CPython's base, as it declares its own classes: `except OSError` then catches a
/// ConnectionResetError through ConnectionError. Left out: the classes whose constructor takes fixed
/// arguments (`UnicodeDecodeError`), `StopIteration` (a coroutine turns it into RuntimeError) and the
/// direct subclasses of BaseException (`SystemExit` ends a thread silently), which would raise otherwise.
const DECLARED_BUILTIN_CLASSES: [(&str, &str); 23] = [
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("RecursionError", "RuntimeError"),
    ("FloatingPointError", "ArithmeticError"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("MemoryError", "Exception"),
];

/// `IOError` and `EnvironmentError` are other names of OSError since Python 3.3.
fn alias_of(name: &str) -> &str {
    match name {
        "IOError" | "EnvironmentError" => "OSError",
        other => other,
    }
}

/// Classes of modules, by the name the import resolves them to, and the scenario's name for each.
const MODULE_CLASSES: [(&str, &str); 10] = [
    ("queue.Empty", "Empty"),
    // A cancellation raises it where the coroutine is suspended; a handler catches it there (docs/format.md).
    ("asyncio.CancelledError", "CancelledError"),
    ("concurrent.futures.CancelledError", "CancelledError"),
    ("queue.Full", "Full"),
    ("asyncio.QueueEmpty", "Empty"),
    ("asyncio.QueueFull", "Full"),
    ("threading.BrokenBarrierError", "BrokenBarrierError"),
    ("asyncio.TimeoutError", "TimeoutError"),
    ("concurrent.futures.TimeoutError", "TimeoutError"),
    ("asyncio.InvalidStateError", "InvalidStateError"),
];

impl Translator<'_> {
    /// Declares under `exceptions:` each class of `DECLARED_BUILTIN_CLASSES` the module names (and the
    /// bases it needs), unless the module binds that name itself (its own class of the name).
    pub(super) fn declare_builtin_classes(&mut self, body: &[Stmt]) {
        use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
        #[derive(Default)]
        struct Names {
            loaded: std::collections::BTreeSet<String>,
            bound: std::collections::BTreeSet<String>,
        }
        impl<'a> Visitor<'a> for Names {
            fn visit_stmt(&mut self, stmt: &'a Stmt) {
                match stmt {
                    Stmt::ClassDef(class) => _ = self.bound.insert(class.name.to_string()),
                    Stmt::FunctionDef(def) => _ = self.bound.insert(def.name.to_string()),
                    _ => {}
                }
                walk_stmt(self, stmt);
            }
            fn visit_expr(&mut self, expr: &'a Expr) {
                if let Expr::Name(name) = expr {
                    let set = if name.ctx.is_load() { &mut self.loaded } else { &mut self.bound };
                    set.insert(name.id.to_string());
                }
                walk_expr(self, expr);
            }
        }
        let mut names = Names::default();
        body.iter().for_each(|stmt| names.visit_stmt(stmt));
        let named = |class: &str| names.loaded.contains(class) && !names.bound.contains(class);
        // A base comes before its subclasses in the table: a used class pulls in the bases after it.
        let mut needed: Vec<&str> = Vec::new();
        for (class, _) in DECLARED_BUILTIN_CLASSES.iter().rev() {
            let derived_needs_it =
                DECLARED_BUILTIN_CLASSES.iter().any(|(other, base)| base == class && needed.contains(other));
            if named(class) || derived_needs_it {
                needed.push(class);
            }
        }
        for (class, base) in DECLARED_BUILTIN_CLASSES {
            if needed.contains(&class) && !names.bound.contains(class) {
                self.scenario.exceptions.push((class.to_string(), base.to_string()));
            }
        }
    }

    /// `class InsufficientFunds(Exception): pass` (or a docstring): a class of the program's own whose
    /// base is a built-in class or one of the program's declared above. `false` for any other class.
    pub(super) fn scan_exception_class(&mut self, class: &ast::StmtClassDef) -> Result<bool> {
        let Some(arguments) = &class.arguments else { return Ok(false) };
        let [Expr::Name(base)] = &arguments.args[..] else { return Ok(false) };
        let base = alias_of(base.id.as_str());
        let known = is_builtin_class(base) || self.scenario.exceptions.iter().any(|(name, _)| name == base);
        if !known || base == "BaseException" {
            return Ok(false);
        }
        if !arguments.keywords.is_empty() || !class.decorator_list.is_empty() {
            return fail(&class.name, "an exception class with keywords or decorators is not supported");
        }
        for stmt in &class.body {
            match stmt {
                Stmt::Pass(_) => {}
                Stmt::Expr(docstring) if matches!(&*docstring.value, Expr::StringLiteral(_)) => {}
                Stmt::FunctionDef(def) if def.name.as_str() == "__init__" && self.exception_values => {
                    self.scan_exception_init(class.name.as_str(), base, def)?;
                }
                other => {
                    return fail(
                        other,
                        "an exception class imports with `pass` or a docstring as its body (weft does not model the exception's attributes or methods)",
                    );
                }
            }
        }
        self.scenario.exceptions.push((class.name.to_string(), base.to_string()));
        Ok(true)
    }

    /// The scenario's name of an exception class a `raise` or an `except` names: a built-in class, one
    /// of the program's own, or a module's (`queue.Empty`).
    pub(super) fn exception_class_name(&self, frame: &Frame, class: &Expr) -> Option<String> {
        if let Expr::Name(name) = class {
            let name = alias_of(name.id.as_str());
            if is_builtin_class(name) || self.scenario.exceptions.iter().any(|(own, _)| own == name) {
                return Some(name.to_string());
            }
        }
        match self.expr(frame, class, false) {
            Ok(Ex::Static(Value::Module(module))) => {
                MODULE_CLASSES.iter().find(|(known, _)| *known == module).map(|(_, name)| name.to_string())
            }
            _ => None,
        }
    }

    /// The classes of one `except* C`: `C` itself (a naked exception is wrapped in a group and matched),
    /// and `ExceptionGroup` when every class the failing TaskGroups of the `try` raise is a `C` (the
    /// handler takes the whole group). A group some of whose classes are `C` and some not (Python
    /// splits it) is refused.
    fn star_classes(
        &self,
        handler: &ast::ExceptHandlerExceptHandler,
        classes: Vec<String>,
        group_classes: &[String],
    ) -> Result<Vec<String>> {
        if classes.is_empty() {
            return fail(handler, "`except*` names the classes it takes");
        }
        self.check_star_takes_operation_faults(handler, &classes, group_classes)?;
        let caught = |raised: &String| {
            classes.iter().any(|class| {
                self.is_exception_subclass(raised, class)
                    || (raised == super::engine_raises::OPERATION_FAULT && is_any_exception(class))
            })
        };
        let all = group_classes.iter().all(caught);
        let none = !group_classes.iter().any(caught);
        if !all && !none {
            return fail(
                handler,
                "this `except*` takes some of the exception group's classes and not others (Python splits the group), which weft does not model",
            );
        }
        let mut star = classes;
        if all && !group_classes.is_empty() {
            star.push("ExceptionGroup".to_string());
        }
        Ok(star)
    }

    /// An `except*` of a group whose tasks may raise an exception of an operation whose class is not
    /// known at import time (engine_raises.rs `OPERATION_FAULT`: an attribute of a value of another
    /// kind, a function of text of a run-time value, ...): the group's end fails as CPython's does, but
    /// which handler takes the exception depends on its class. Refused unless the `except*` takes every
    /// class (`Exception`) or names only classes of the program's own, which the engine never raises
    /// (session34/repro r08).
    fn check_star_takes_operation_faults(
        &self,
        handler: &ast::ExceptHandlerExceptHandler,
        classes: &[String],
        group_classes: &[String],
    ) -> Result<()> {
        let operation_faults = group_classes.iter().any(|class| class == super::engine_raises::OPERATION_FAULT);
        let own_classes_only = classes.iter().all(|class| !is_builtin_class(class) && builtin_base(class).is_none());
        let every_class = classes.iter().any(|class| is_any_exception(class));
        if !operation_faults || own_classes_only || every_class {
            return Ok(());
        }
        fail(
            handler,
            format!(
                "this `except*` takes {}, and a task of the group may raise an exception of an operation whose class weft does not know at import time (an attribute or a function of a value of another kind, ...); catch the error inside the task (`try`/`except` around the operation) instead, or catch `Exception`",
                classes.join(", ")
            ),
        )
    }

    /// Whether `class` is `base` or derives from it, by Python 3.11's built-in hierarchy (the part weft
    /// models, sim_core::exceptions) and the program's own classes.
    pub(super) fn is_exception_subclass(&self, class: &str, base: &str) -> bool {
        let mut current = class.to_string();
        for _ in 0..64 {
            if current == base {
                return true;
            }
            let parent = match self.scenario.exceptions.iter().find(|(own, _)| *own == current) {
                Some((_, parent)) => parent.clone(),
                None => match builtin_base(&current) {
                    Some(parent) => parent.to_string(),
                    None => return false,
                },
            };
            current = parent;
        }
        false
    }

    /// The classes of one `except`: `[]` for a bare `except:` (every class).
    pub(super) fn handler_classes(
        &self,
        frame: &Frame,
        handler: &ast::ExceptHandlerExceptHandler,
    ) -> Result<Vec<String>> {
        let Some(class) = handler.type_.as_deref() else { return Ok(Vec::new()) };
        let classes: Vec<&Expr> = match class {
            Expr::Tuple(tuple) => tuple.elts.iter().collect(),
            other => vec![other],
        };
        let mut names = Vec::new();
        for class in classes {
            match self.exception_class_name(frame, class) {
                Some(name) => names.push(name),
                None => {
                    return fail(
                        class,
                        "this `except` names a class weft does not model: a built-in class (ValueError, KeyError, LookupError, ...), `queue.Empty`, `queue.Full`, `threading.BrokenBarrierError`, or a class of the program derived from one",
                    );
                }
            }
        }
        Ok(names)
    }

    /// A `try` of none of `try_timed`'s forms: the scenario's `try:` step. The steps of each part may or
    /// may not run (an exception may cut `do` short), so what they assign is unknown after it.
    pub(super) fn try_general(
        &mut self,
        frame: &mut Frame,
        attempt: &ast::StmtTry,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<()> {
        if let Some(jumping) = super::finally_jumps::part_jumping_through_finally(attempt) {
            return fail(
                jumping,
                "`break`, `continue` or `return` inside a `try:` with `except` (or whose body may raise) and `finally:` is not supported (the scenario would skip the `finally`); without `except`, around a body that raises nothing, it is, and `with` releases a lock on every way out",
            );
        }
        if let Some(jumping) = super::finally_jumps::jump_inside_finally(attempt) {
            return fail(
                jumping,
                "`break`, `continue` or `return` inside `finally:` of a `try` with `except` (or whose body may raise) is not supported: CPython's jump there drops the exception the `try` is raising, which weft does not model; catch the exception with `except`, then jump after the `try` statement",
            );
        }
        let line = self.line(attempt);
        for part in [&attempt.body, &attempt.orelse, &attempt.finalbody] {
            self.forget_assigned(frame, part);
        }
        let counted = self.group_size_local(frame, attempt, out, line)?;
        let members = self.group_members_list(frame, attempt)?;
        frame.dynamic += 1;
        self.general_tries += 1;
        self.general_tries_used = true;
        // A `try`/`finally` inside keeps counting the groups of the one around it.
        let outer = self.counted_group.clone();
        if counted.is_some() {
            self.counted_group.clone_from(&counted);
        }
        let outer_members = std::mem::replace(&mut self.group_members, members);
        // A `try` inside this one leaves the semaphores of the `with` blocks around both to this one's
        // release (semaphore_tries.rs).
        let released_around = std::mem::replace(&mut frame.cleanups_released_by_try, frame.cleanups.len());
        let translated = self.try_parts(frame, attempt, counted.as_deref(), next_line);
        frame.cleanups_released_by_try = released_around;
        self.group_members = outer_members;
        self.counted_group = outer;
        self.general_tries -= 1;
        frame.dynamic -= 1;
        let entries = translated?;
        self.note_finally_awaits(frame, attempt);
        let steps = match <[_; 1]>::try_from(entries) {
            // A `finally:` that gave no step (an `__aexit__` that awaits and sets nothing, written out as
            // `finally: await manager.__aexit__(...)`) and no `except`: the body alone, as Python runs it.
            Ok([(_, Node::Steps(body))]) => body,
            Ok([entry]) => vec![Step::new("try", Node::Map(vec![entry]), line)],
            Err(entries) => vec![Step::new("try", Node::Map(entries), line)],
        };
        out.extend(self.releasing_semaphores_on_the_way_out(frame, steps, line));
        Ok(())
    }

    /// `len(eg.exceptions)` in an `except* C as eg:`: the local that holds it, 1 before the `try` (a naked
    /// `C` raised in the body is wrapped in a group of one); a failing TaskGroup first in the body sets
    /// it to the number of its tasks that raised before it raises its group.
    fn group_size_local(
        &mut self,
        frame: &Frame,
        attempt: &ast::StmtTry,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<String>> {
        let reads = attempt.is_star
            && attempt.handlers.iter().any(|handler| {
                let ast::ExceptHandler::ExceptHandler(handler) = handler;
                handler.name.as_ref().is_some_and(|name| reads_group_size(&handler.body, name.as_str()))
            });
        if !reads {
            return Ok(None);
        }
        if let Some(inner) = catching_try_inside(&attempt.body) {
            return fail(
                inner,
                "a `try` with `except` inside one whose `except*` reads `len(eg.exceptions)` is not supported (the count would be of another group)",
            );
        }
        let local = self.fresh_temporary(frame.task, "group_size");
        out.push(Step::new("let", Node::Quoted(format!("{local} = 1")), line));
        Ok(Some(local))
    }

    fn try_parts(
        &mut self,
        frame: &mut Frame,
        attempt: &ast::StmtTry,
        group_size: Option<&str>,
        next_line: u32,
    ) -> Result<Vec<(&'static str, Node)>> {
        let first_line = |stmts: &[Stmt], or: u32| stmts.first().map_or(or, |s| self.line(s));
        let finally_line = first_line(&attempt.finalbody, next_line);
        let else_line = first_line(&attempt.orelse, finally_line);
        let mut body = Vec::new();
        let after_body = attempt.handlers.first().map_or(next_line, |h| self.line(h));
        let groups_before = self.group_raised.len();
        // A TaskGroup's `async with` as the first statement always runs: it is made outside the `if`s
        // and loops, as the group's checks want (task_groups.rs); the rest of the body may not run.
        let group_first = matches!(attempt.body.first(), Some(Stmt::With(with))
            if with.is_async && with.items.first().is_some_and(|item| self.is_task_group(frame, item)));
        // The body may raise before any of its bindings: a handler (and the `finally`) may find its
        // names unbound (maybe_unbound.rs).
        let body_candidates = self.try_body_unbound_candidates(frame, attempt);
        self.open_try(frame, attempt);
        frame.straight_levels.push(super::straight_instances::StraightLevel::try_body(
            frame.dynamic,
            attempt,
            self.module_body,
        ));
        let translated = if group_first {
            let after_first = attempt.body.get(1).map_or(after_body, |stmt| self.line(stmt));
            frame.dynamic -= 1;
            let first = self.block(frame, &attempt.body[..1], &mut body, after_first);
            frame.dynamic += 1;
            first.and_then(|()| self.block_until_raise(frame, &attempt.body[1..], &mut body, after_body))
        } else {
            self.block_until_raise(frame, &attempt.body, &mut body, after_body)
        };
        frame.straight_levels.pop();
        self.close_try();
        let body_always_raises = translated?;
        let group_classes: Vec<String> = self.group_raised[groups_before..].to_vec();
        let mut entries = vec![("do", Node::Steps(body))];
        let mut clauses = Vec::new();
        frame.maybe_unbound.extend(body_candidates.iter().cloned());
        self.refuse_classes_kept_apart(frame, attempt)?;
        for (position, handler) in attempt.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            self.forget_assigned(frame, &handler.body);
            let mut classes = self.handler_classes(frame, handler)?;
            if attempt.is_star {
                classes = self.star_classes(handler, classes, &group_classes)?;
            }
            let counted = handler.name.as_ref().and_then(|name| group_size.map(|count| (name.to_string(), count)));
            if let Some(name) = &handler.name {
                self.check_caught_name(frame, name)?;
            }
            // `eg.exceptions` read: the list the group's end fills (group_members.rs).
            let members = self.handler_members((attempt, handler), &classes, !group_classes.is_empty())?;
            // In a program that reads its exceptions, `e` holds the exception's value (exception_values.rs).
            let caught = match &handler.name {
                Some(name) if !attempt.is_star && members.is_none() => {
                    self.bind_caught(frame, name.as_str(), &classes, &handler.body)?
                }
                _ => None,
            };
            if let Some(name) = &handler.name
                && caught.is_none()
            {
                let allowed =
                    Allowed { group_size: counted.is_some(), star: attempt.is_star, members: members.is_some() };
                refuse_uses_but_print(&handler.body, name.as_str(), allowed)?;
            }
            let limit = match attempt.handlers.get(position + 1) {
                Some(next) => self.line(next),
                None => else_line,
            };
            let mut ops = Vec::new();
            self.handling += 1;
            self.handler_classes.push(classes.clone());
            let binds = handler.name.as_ref().map(|name| self.caught_names.push(name.to_string())).is_some();
            let group = handler.name.as_ref().and_then(|name| {
                let count = counted.as_ref().map(|(_, count)| count.to_string());
                (count.is_some() || members.is_some()).then(|| {
                    let count = count.unwrap_or_default();
                    (name.to_string(), Value::ExceptionGroup { count, exceptions: false, members: members.clone() })
                })
            });
            if let Some((name, group)) = &group {
                frame.locals.insert(name.clone(), group.clone());
            }
            let handled = self.block(frame, &handler.body, &mut ops, limit);
            if let Some((name, _)) = &group {
                frame.locals.remove(name);
            }
            if let (Some(name), Some((_, before))) = (&handler.name, &caught) {
                match before {
                    Some(before) => _ = frame.locals.insert(name.to_string(), before.clone()),
                    None => _ = frame.locals.remove(name.as_str()),
                }
            }
            self.handler_classes.pop();
            if binds {
                self.caught_names.pop();
            }
            self.handling -= 1;
            handled?;
            let mut clause = Vec::new();
            if !classes.is_empty() {
                clause.push(("classes", Node::Plain(format!("[{}]", classes.join(", ")))));
            }
            if let Some((local, _)) = caught {
                clause.push(("as", Node::Plain(local)));
            }
            clause.push(("do", Node::Steps(ops)));
            clauses.push(clause);
        }
        let clauses_given = !clauses.is_empty();
        if clauses_given {
            entries.push(("except", Node::Clauses(clauses)));
        }
        // A body that always raises (`if x < 0: raise ValueError(...)` of an `x` known at import time)
        // never reaches its `else`, whose reads of the body's names would be refused as unbound
        // (session40-lead/checks/c16).
        // The `else` runs after the whole body: what the body binds is bound there.
        frame
            .maybe_unbound
            .retain(|name| !body_candidates.contains(name) || !super::maybe_unbound::surely_binds(&attempt.body, name));
        if !attempt.orelse.is_empty() && !body_always_raises {
            let mut ops = Vec::new();
            self.block(frame, &attempt.orelse, &mut ops, finally_line)?;
            entries.push(("else", Node::Steps(ops)));
        }
        frame.maybe_unbound.extend(body_candidates.iter().cloned());
        if !attempt.finalbody.is_empty() {
            let mut ops = Vec::new();
            self.block(frame, &attempt.finalbody, &mut ops, next_line)?;
            if !ops.is_empty() || clauses_given {
                entries.push(("finally", Node::Steps(ops)));
            }
        }
        self.note_try_unbound(frame, attempt, body_candidates);
        Ok(entries)
    }

    /// Whether a `try`/`finally` (no `except`) takes the scenario's `try:` step rather than its steps in
    /// line: when an exception may pass through it that something catches (a `raise` in it, or a `try`
    /// with `except` around it). Otherwise its `finally` runs after `do` as before: an exception there
    /// ends the run.
    /// A coroutine's `finally` around an `await` needs the step too: a cancellation raises
    /// CancelledError at the `await`, and the `finally` runs on its way out (before session 13 it was
    /// skipped, and a cancelled worker's clean-up never showed).
    pub(super) fn finally_needs_try_step(&self, frame: &Frame, attempt: &ast::StmtTry) -> bool {
        self.general_tries > 0
            || contains_raise(&attempt.body)
            || (frame.coroutine && contains_await(&attempt.body))
            || self.calls_raising_function(&attempt.body)
    }
}

/// `except C as e:` where `e` is used other than as an argument of `print`: refused (weft does not model
/// the exception object). With `group_size`, `len(name.exceptions)` of an `except*` is allowed too; with
/// `star` (the handler of an `except*`), the texts of the group's exceptions inside `print`
/// (group_texts.rs).
/// What `refuse_uses_but_print` allows of the exception's name besides `print`'s arguments.
#[derive(Clone, Copy, Default)]
pub(super) struct Allowed {
    /// `len(name.exceptions)`.
    pub group_size: bool,
    /// The texts of the group's members inside `print` (group_texts.rs).
    pub star: bool,
    /// `name.exceptions` as a list (group_members.rs).
    pub members: bool,
}

pub(super) fn refuse_uses_but_print(body: &[Stmt], name: &str, allowed: Allowed) -> Result<()> {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    struct Uses<'n> {
        name: &'n str,
        in_print: bool,
        allowed: Allowed,
        found: Option<ruff_text_size::TextRange>,
    }
    impl<'e> Visitor<'e> for Uses<'_> {
        fn visit_stmt(&mut self, stmt: &'e Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                // `raise Other(...) from e`: the cause is kept for the traceback only (raise_causes.rs).
                Stmt::Raise(ast::StmtRaise { exc, cause: Some(cause), .. }) if matches!(&**cause, Expr::Name(used) if used.id.as_str() == self.name) =>
                {
                    exc.iter().for_each(|exc| self.visit_expr(exc));
                }
                _ => walk_stmt(self, stmt),
            }
        }
        fn visit_expr(&mut self, expr: &'e Expr) {
            match expr {
                _ if self.allowed.group_size && is_group_size(expr, self.name) => {}
                // `print([repr(e) for e in eg.exceptions])`: texts weft does not keep (group_texts.rs).
                _ if self.allowed.star && self.in_print && super::group_texts::is_member_texts(expr, self.name) => {}
                _ if self.allowed.members && super::group_members::is_members(expr, self.name) => {}
                Expr::Call(call) if matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == "print") => {
                    let outer = std::mem::replace(&mut self.in_print, true);
                    walk_expr(self, expr);
                    self.in_print = outer;
                }
                // `e.args`, `e.with_traceback(...)`: the object's attributes, in `print` too.
                Expr::Attribute(attribute) if matches!(&*attribute.value, Expr::Name(used) if used.id.as_str() == self.name) =>
                {
                    self.found.get_or_insert(attribute.range);
                }
                Expr::Name(used) if used.id.as_str() == self.name && !self.in_print => {
                    self.found.get_or_insert(used.range);
                }
                _ => walk_expr(self, expr),
            }
        }
    }
    let mut uses = Uses { name, in_print: false, allowed, found: None };
    for stmt in body {
        uses.visit_stmt(stmt);
    }
    match uses.found {
        Some(range) => fail(
            &range,
            format!(
                "`{name}`, the exception group of `except*`, is supported only as `{name}.exceptions` (where the `try`'s body is one TaskGroup's `async with` alone, weft keeps the group's exceptions), `len({name}.exceptions)`, an argument of `print` and the cause of `raise ... from {name}` (the exception of a plain `except C as {name}:` is a value: `str({name})`, `{name}.args`, `type({name}).__name__`, ...)"
            ),
        ),
        None => Ok(()),
    }
}

/// Whether `expr` is `len(name.exceptions)`.
pub(super) fn is_group_size(expr: &Expr, name: &str) -> bool {
    let Expr::Call(call) = expr else { return false };
    let ([Expr::Attribute(attribute)], []) = (&call.arguments.args[..], &call.arguments.keywords[..]) else {
        return false;
    };
    matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == "len")
        && attribute.attr.as_str() == "exceptions"
        && matches!(&*attribute.value, Expr::Name(used) if used.id.as_str() == name)
}

/// A `try` with handlers among these statements, at any depth (not in nested functions or classes).
fn catching_try_inside(body: &[Stmt]) -> Option<&ast::StmtTry> {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    struct Find<'e>(Option<&'e ast::StmtTry>);
    impl<'e> Visitor<'e> for Find<'e> {
        fn visit_stmt(&mut self, stmt: &'e Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                Stmt::Try(attempt) if !attempt.handlers.is_empty() => {
                    self.0.get_or_insert(attempt);
                }
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut find = Find(None);
    find.visit_body(body);
    find.0
}

/// Whether `len(name.exceptions)` is read in these statements (not in nested functions or classes).
fn reads_group_size(body: &[Stmt], name: &str) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    struct Reads<'n>(&'n str, bool);
    impl<'e> Visitor<'e> for Reads<'_> {
        fn visit_stmt(&mut self, stmt: &'e Stmt) {
            if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                walk_stmt(self, stmt);
            }
        }
        fn visit_expr(&mut self, expr: &'e Expr) {
            self.1 |= is_group_size(expr, self.0);
            walk_expr(self, expr);
        }
    }
    let mut reads = Reads(name, false);
    reads.visit_body(body);
    reads.1
}

/// Whether a `raise` statement is in these statements (not in nested functions or classes).
pub(super) fn contains_raise(body: &[Stmt]) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    #[derive(Default)]
    struct Raises(bool);
    impl<'e> Visitor<'e> for Raises {
        fn visit_stmt(&mut self, stmt: &'e Stmt) {
            match stmt {
                Stmt::Raise(_) => self.0 = true,
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut raises = Raises::default();
    body.iter().for_each(|stmt| raises.visit_stmt(stmt));
    raises.0
}

/// Whether `body` awaits anywhere (not in the functions and classes it defines): an `await`, `async
/// with` or `async for`, where a cancellation can reach the coroutine.
fn contains_await(body: &[Stmt]) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    struct Awaits(bool);
    impl<'e> Visitor<'e> for Awaits {
        fn visit_stmt(&mut self, stmt: &'e Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                Stmt::With(with) if with.is_async => self.0 = true,
                Stmt::For(looping) if looping.is_async => self.0 = true,
                _ => walk_stmt(self, stmt),
            }
        }
        fn visit_expr(&mut self, expr: &'e Expr) {
            if let Expr::Await(_) = expr {
                self.0 = true;
            }
            walk_expr(self, expr);
        }
    }
    let mut awaits = Awaits(false);
    for stmt in body {
        awaits.visit_stmt(stmt);
    }
    awaits.0
}

/// The base of a built-in exception class weft models (`None` for `BaseException` and unknown names).
fn builtin_base(class: &str) -> Option<&'static str> {
    match class {
        "BaseException" => None,
        "Exception" | "CancelledError" => Some("BaseException"),
        "IndexError" | "KeyError" => Some("LookupError"),
        "ZeroDivisionError" | "OverflowError" => Some("ArithmeticError"),
        "TimeoutError" => Some("OSError"),
        "NotImplementedError" | "BrokenBarrierError" => Some("RuntimeError"),
        _ if is_builtin_class(class) || matches!(class, "Empty" | "Full" | "InvalidStateError") => Some("Exception"),
        _ => None,
    }
}

/// Whether a job (a task of an executor, or a coroutine task) has a step that may fault as Python raises
/// and as weft raises itself: a read of a shared list or dict by index or key (IndexError, KeyError),
/// a `del` of one, a division by what may be 0 (ZeroDivisionError), or a `raise` (`min()` of an empty
/// list: ValueError). Its future keeps the exception (docs/format.md, "Exceptions of jobs"); an operation
/// the engine may raise on (`None > 25`) is judged apart (engine_raises.rs). A write `items[k] = v` does not fault (it appends or sets).
pub(super) fn jobs_may_fault(scenario: &Scenario) -> bool {
    let maps = shared_maps(scenario);
    let job = |task: &&crate::out::Task| task.executor.is_some() || (task.spawned && task.kind == Some("coroutine"));
    scenario.tasks.iter().filter(job).any(|task| !fault_classes(&task.ops, &maps).is_empty())
}

/// Whether `steps` may raise what weft raises itself or a job's exception: as `jobs_may_fault` judges a
/// job's steps, and a `result` or `await` of a future (its job may have raised).
pub(super) fn may_fault(scenario: &Scenario, steps: &[Step]) -> bool {
    !fault_classes(steps, &shared_maps(scenario)).is_empty() || waits_for_a_future(steps)
}

/// The shared dicts of the scenario, whose reads by key may raise KeyError (IndexError for the lists of
/// `lists:`), each with that class.
fn shared_maps(scenario: &Scenario) -> Vec<(&str, &'static str)> {
    scenario
        .shared
        .iter()
        .filter(|(_, init)| matches!(init, SharedInit::Map(_)))
        .map(|(name, _)| (name.as_str(), missing_item_class(scenario, name)))
        .collect()
}

/// The shared dicts and lists of the scenario (a fixed list too, `items = [1]`, whose index past its
/// end is IndexError), each with the class of a missing item: what a coroutine task's read may raise.
pub(super) fn shared_containers(scenario: &Scenario) -> Vec<(&str, &'static str)> {
    scenario
        .shared
        .iter()
        .filter_map(|(name, init)| match init {
            SharedInit::Map(_) => Some((name.as_str(), missing_item_class(scenario, name))),
            SharedInit::Array(_) => Some((name.as_str(), "IndexError")),
            _ => None,
        })
        .collect()
}

/// The class of a missing item of shared map `name`: IndexError for a list (`lists:`), else KeyError.
fn missing_item_class(scenario: &Scenario, name: &str) -> &'static str {
    if scenario.lists.iter().any(|list| list == name) { "IndexError" } else { "KeyError" }
}

/// Whether `steps` (at any depth) take a future's `result` or `await` one.
pub(super) fn waits_for_a_future(steps: &[Step]) -> bool {
    fn node_waits(node: &Node) -> bool {
        match node {
            Node::Steps(steps) => waits_for_a_future(steps),
            Node::Map(entries) => entries.iter().any(|(_, node)| node_waits(node)),
            Node::Clauses(clauses) => clauses.iter().flatten().any(|(_, node)| node_waits(node)),
            Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => false,
        }
    }
    steps.iter().any(|step| matches!(step.key, "result" | "await") || step.value.as_ref().is_some_and(node_waits))
}

/// The classes `steps` (at any depth) may raise as Python raises itself or by a `raise` step: a read of
/// one of `containers` by index or key (the container's class), a `del` of one (KeyError when its
/// target names none of them), a division by what may be 0 (ZeroDivisionError), `int()` of text
/// (ValueError), and each `raise` step's class. Empty when they may raise nothing.
pub(super) fn fault_classes(steps: &[Step], containers: &[(&str, &'static str)]) -> std::collections::BTreeSet<String> {
    let mut classes = std::collections::BTreeSet::new();
    steps_fault_classes(steps, containers, &mut classes);
    classes
}

fn steps_fault_classes(
    steps: &[Step],
    containers: &[(&str, &'static str)],
    classes: &mut std::collections::BTreeSet<String>,
) {
    for step in steps {
        match (step.key, &step.value) {
            // `items.clear()`, a full bounded deque's drop: keys their own test keeps (safe_edits.rs).
            _ if super::safe_edits::cannot_raise(step) => {}
            ("raise", Some(Node::Plain(class))) => {
                classes.insert(class.clone());
            }
            ("raise", Some(Node::Map(entries))) => {
                let class = entries.iter().find_map(|(key, node)| match (key, node) {
                    (&"class", Node::Plain(class)) => Some(class.clone()),
                    _ => None,
                });
                classes.insert(class.unwrap_or_else(|| "Exception".to_string()));
            }
            ("raise", _) => {
                classes.insert("Exception".to_string());
            }
            ("del", value) => {
                let before = classes.len();
                if let Some(node) = value {
                    node_fault_classes(node, containers, classes);
                }
                if classes.len() == before {
                    classes.insert("KeyError".to_string());
                }
            }
            // `d.get(k, default)`: its read under `has(d, k)` cannot raise (guarded_reads.rs).
            ("atomic", Some(Node::Steps(inner)))
                if let Some(unguarded) = super::guarded_reads::without_guarded_reads(inner) =>
            {
                steps_fault_classes(&unguarded, containers, classes);
            }
            // The target of `set: "m[k] = v"` is written, not read.
            ("set", Some(Node::Quoted(text) | Node::Plain(text))) => {
                if let Some((_, value)) = text.split_once(" = ") {
                    text_fault_classes(value, containers, classes);
                }
            }
            (_, Some(node)) => node_fault_classes(node, containers, classes),
            (_, None) => {}
        }
    }
}

fn node_fault_classes(
    node: &Node,
    containers: &[(&str, &'static str)],
    classes: &mut std::collections::BTreeSet<String>,
) {
    match node {
        Node::Plain(text) | Node::Quoted(text) => text_fault_classes(text, containers, classes),
        Node::Task(_) => {}
        Node::Steps(steps) => steps_fault_classes(steps, containers, classes),
        Node::Map(entries) => entries.iter().for_each(|(_, node)| node_fault_classes(node, containers, classes)),
        Node::Clauses(clauses) => {
            clauses.iter().flatten().for_each(|(_, node)| node_fault_classes(node, containers, classes))
        }
    }
}

/// The classes expression `text` may raise: a read of an item of one of `containers`, a division by
/// what may be 0, `int()` of text.
fn text_fault_classes(
    text: &str,
    containers: &[(&str, &'static str)],
    classes: &mut std::collections::BTreeSet<String>,
) {
    for (container, class) in containers {
        if reads_an_item(text, container) {
            classes.insert(class.to_string());
        }
    }
    if may_divide_by_zero(text) {
        classes.insert("ZeroDivisionError".to_string());
    }
    if may_parse_badly(text) {
        classes.insert("ValueError".to_string());
    }
}

/// Whether expression `text` divides (`/`, `%`) by anything but a number other than 0 written there
/// (ZeroDivisionError). Quoted strings are skipped.
fn may_divide_by_zero(text: &str) -> bool {
    let mut quoted = false;
    for (at, c) in text.char_indices() {
        match c {
            '\'' => quoted = !quoted,
            // `//` is judged at its second `/`.
            '/' if !quoted && text[at + 1..].starts_with('/') => {}
            '/' | '%' if !quoted => {
                let divisor = text[at + 1..].trim_start();
                let digits: String = divisor.chars().take_while(char::is_ascii_digit).collect();
                let literal = digits.parse::<u64>().is_ok_and(|n| n != 0)
                    && !divisor[digits.len()..]
                        .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '.' || c == '_');
                if !literal {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// Whether expression `text` reads a string as a number (`int(s)`: ValueError), outside its quoted
/// strings.
fn may_parse_badly(text: &str) -> bool {
    text.match_indices("int(").any(|(at, _)| {
        let before = &text[..at];
        let quoted = before.matches('\'').count() % 2 == 1;
        !quoted && !before.chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
    })
}

/// Whether expression `text` reads an item of shared `container` (`items[...]`, not `myitems[...]`).
fn reads_an_item(text: &str, container: &str) -> bool {
    let needle = format!("{container}[");
    text.match_indices(&needle).any(|(at, _)| {
        !text[..at].chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
    })
}

/// Whether an `except` of `class` takes every exception a task's operation may raise.
fn is_any_exception(class: &str) -> bool {
    matches!(class, "Exception" | "BaseException")
}
