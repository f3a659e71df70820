//! An exception caught, kept in a name and raised again later (session 31, session30/f02):
//!
//! ```python
//! last_error = None
//! for attempt in range(attempts):
//!     try:
//!         return query(service)
//!     except ServiceDown as error:
//!         last_error = error
//! raise last_error
//! ```
//!
//! In a program that reads exception values (exception_values.rs) the handler's `error` is a local
//! holding the exception's value; `last_error = error` copies that value into a local of its own, and
//! `raise last_error` raises the class caught with the same arguments (`raise: { class: ServiceDown,
//! args: "exception_args(last_error)" }`): the same class, message and arguments, which is all weft's
//! exception values hold (identity is not kept: comparing exceptions is refused). Where the name may
//! still be None (`last_error = None`, no attempt made), Python's `raise None` is a TypeError, and so is
//! the scenario's.
//!
//! Imported only where the class is known from the handler: one class of the file from which no
//! other class of the file derives (a subclass caught would be raised again as its base), every
//! binding of the name in its code is None or a name an `except ... as` binds, and the handler's class
//! has no `__init__` of its own (whose attributes the copy does not carry). Anything else is refused.

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, Result, Translator, exception_values::RaisedParts, fail};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::Value;

/// The words of a refused `raise name` of a kept exception.
const FORM: &str = "`raise name` of an exception kept from a handler (`except C as error: last_error = error`) imports where `C` is one class of this file that no other class derives from and has no `__init__` of its own, and every binding of the name is None or such a caught exception; raise a new exception instead (`raise C(...)`)";

impl Translator<'_> {
    /// `name = error` of a caught exception on one path (in a handler inside a loop or an `if` the
    /// scenario runs; outside module globals): the value copied into the name's own local, which
    /// remembers the handler's classes for a later `raise name`. `false` for any other binding (one
    /// every run makes stays the alias it was).
    pub(super) fn keep_caught_exception(
        &mut self,
        frame: &mut Frame,
        name: &str,
        ex: &Ex,
        out: &mut Vec<Step>,
        line: u32,
    ) -> bool {
        let Ex::Static(Value::Exception(caught)) = ex else { return false };
        // Bound where every run of the code around binds it, the name stays the caught exception's alias,
        // as before (its `str`, `.args` and class read as the handler's name's).
        if self.is_global_target(frame, name) || frame.dynamic <= frame.binding_depth {
            return false;
        }
        let classes = self.caught_classes.get(caught).cloned().unwrap_or_default();
        let local = self.bind_local(frame, name);
        frame.known.remove(name);
        out.push(Step::new("let", Node::Quoted(format!("{local} = {caught}")), line));
        self.kept_exceptions.insert((frame.task, local), classes);
        true
    }

    /// `raise name` of a name that holds a kept exception: the raise of its class with its arguments
    /// (after `raise TypeError` where it may be None). `Ok(false)` for any other `raise`.
    pub(super) fn raise_kept_exception(
        &mut self,
        frame: &mut Frame,
        raise: &ast::StmtRaise,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let (Some(Expr::Name(name)), None) = (raise.exc.as_deref(), raise.cause.as_deref()) else { return Ok(false) };
        let Some(Value::Local(local)) = frame.locals.get(name.id.as_str()).cloned() else { return Ok(false) };
        let Some(classes) = self.kept_exceptions.get(&(frame.task, local.clone())).cloned() else { return Ok(false) };
        let class = match classes.as_slice() {
            [class] if self.is_leaf_class_of_the_file(class) && !self.has_own_init(class) => class.clone(),
            _ => return fail(raise, FORM),
        };
        let may_be_none = match self.kept_bindings(frame, name.id.as_str()) {
            Some(may_be_none) => may_be_none,
            None => return fail(raise, FORM),
        };
        if let Some(refusal) = self.raise_refusal(&class) {
            return fail(raise, refusal);
        }
        self.refuse_raise_leaving_executor(frame, raise, &class)?;
        self.raise_sites.push((frame.task, raise.range.start().to_usize()));
        self.raised_classes.push((frame.task, class.clone()));
        let mut raised = Vec::new();
        let parts = RaisedParts { args: Some(format!("exception_args({local})")), attributes: None };
        self.push_raise_with(frame, &class, Some(parts), &mut raised, line);
        if may_be_none {
            // `raise None`: CPython's TypeError, with its message.
            self.raised_classes.push((frame.task, "TypeError".to_string()));
            let parts = RaisedParts {
                args: Some("('exceptions must derive from BaseException',)".to_string()),
                attributes: None,
            };
            let mut type_error = Vec::new();
            self.push_raise_with(frame, "TypeError", Some(parts), &mut type_error, line);
            let entries = vec![
                ("cond", Node::Quoted(format!("{local} == None"))),
                ("then", Node::Steps(type_error)),
                ("else", Node::Steps(raised)),
            ];
            out.push(Step::new("if", Node::Map(entries), line));
        } else {
            out.extend(raised);
        }
        Ok(true)
    }

    /// Whether `class` is one of the file's exception classes that no other class of the file derives from.
    fn is_leaf_class_of_the_file(&self, class: &str) -> bool {
        let exceptions = &self.scenario.exceptions;
        exceptions.iter().any(|(own, _)| own == class) && !exceptions.iter().any(|(_, base)| base == class)
    }

    /// Whether every binding of `name` in the code around is None or a name an `except ... as` binds
    /// there: `Some(true)` when one is None, `None` when a binding is anything else.
    fn kept_bindings(&self, frame: &Frame, name: &str) -> Option<bool> {
        let body = self.enclosing_body(frame)?;
        let mut bindings = Vec::new();
        super::done_orders::collect_bindings(body, name, &mut bindings);
        let mut caught = Vec::new();
        handler_names(body, &mut caught);
        let mut may_be_none = false;
        for binding in bindings {
            match binding? {
                Expr::NoneLiteral(_) => may_be_none = true,
                Expr::Name(bound) if caught.contains(&bound.id.to_string()) => {}
                _ => return None,
            }
        }
        Some(may_be_none)
    }
}

/// The names `except ... as name` binds in `body`, at any depth of its blocks (not in nested functions).
pub(super) fn handler_names(body: &[Stmt], names: &mut Vec<String>) {
    for stmt in body {
        match stmt {
            Stmt::Try(attempt) => {
                for handler in &attempt.handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    names.extend(handler.name.as_ref().map(|name| name.to_string()));
                    handler_names(&handler.body, names);
                }
                handler_names(&attempt.body, names);
                handler_names(&attempt.orelse, names);
                handler_names(&attempt.finalbody, names);
            }
            Stmt::For(looping) => {
                handler_names(&looping.body, names);
                handler_names(&looping.orelse, names);
            }
            Stmt::While(looping) => {
                handler_names(&looping.body, names);
                handler_names(&looping.orelse, names);
            }
            Stmt::If(branch) => {
                handler_names(&branch.body, names);
                for clause in &branch.elif_else_clauses {
                    handler_names(&clause.body, names);
                }
            }
            Stmt::With(with) => handler_names(&with.body, names),
            _ => {}
        }
    }
}
