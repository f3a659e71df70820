//! Instances of the file's classes made on the straight path through a `try:` body or through the body
//! of an inlined function that returns early (session 30; a first form of it was session 29's
//! "leading instances" of a `try`). weft makes an instance at import time, so one made where the
//! scenario may not run was refused (`frame.dynamic > 0`), and its methods were then not followed
//! ("`await` of a coroutine call ... is supported"). A `try:` body and the one-pass loop an inlined
//! function with an early `return` runs as (`one_pass_body`) count as such places only because an
//! exception or a `return` may leave them before a statement: a statement on their straight path (in
//! their block itself, or in the block of a `with` or of another such body inside it, never inside an
//! `if` or a loop the scenario runs) runs at most once per entry, and when it does not run, nothing
//! after it in the block runs either. So `name = Class(...)` there, and `alias = name` of an instance,
//! are made at import time as at the function's top, when:
//!
//! - the name is bound once in the function (`frame.rebound`) and is a local, so its only reads are
//!   Python's reads after the binding (a read before it is UnboundLocalError: scoping.rs);
//! - no handler or `finally:` of an enclosing `try` whose uncertainty is set aside reads it: those run
//!   after an exception that may have come before the binding, where Python's name is unbound.
//!
//! This is what `async with A() as a, B() as b:` and an `async with B():` nested in another's block
//! need: async_with_constructors.rs writes the inner one out as `b_manager = B(...)`, `await
//! b_manager.__aenter__()`, `b = b_manager` inside the outer one's `try`. An inlined coroutine's
//! `async with C(...) as c: return await c.go()` is the same inside a one-pass body.

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::value::Value;

/// A `try:` body or a one-pass body being translated, at `frame.dynamic` = `dynamic`.
#[derive(Clone, Debug)]
pub(crate) struct StraightLevel {
    dynamic: u32,
    /// The names the `try`'s handlers and `finally:` read (none for a one-pass body).
    read_after_exceptions: BTreeSet<String>,
}

impl StraightLevel {
    pub(crate) fn try_body(dynamic: u32, attempt: &ast::StmtTry) -> Self {
        let mut read_after_exceptions = crate::syntax::names_read(&attempt.finalbody);
        for handler in &attempt.handlers {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            read_after_exceptions.extend(crate::syntax::names_read(&handler.body));
        }
        StraightLevel { dynamic, read_after_exceptions }
    }

    pub(crate) fn one_pass_body(dynamic: u32) -> Self {
        StraightLevel { dynamic, read_after_exceptions: BTreeSet::new() }
    }
}

impl Translator<'_> {
    /// How many of `frame.dynamic`'s levels only an exception or an early `return` account for, at
    /// `name = value`: 0 unless `value` makes an instance of the file's class (or names one) and the
    /// conditions above hold. Refused where only a handler's or `finally:`'s read of the name keeps the
    /// instance from being made at import time.
    pub(super) fn straight_instance_levels(&self, frame: &Frame, target: &Expr, value: &Expr) -> Result<u32> {
        let Expr::Name(target) = target else { return Ok(0) };
        let name = target.id.as_str();
        if frame.dynamic == 0
            || !self.makes_or_names_an_instance(frame, value)
            || frame.rebound.contains(name)
            || self.is_global_target(frame, name)
        {
            return Ok(0);
        }
        let mut levels = 0;
        let mut read_after_an_exception = false;
        for level in frame.straight_levels.iter().rev() {
            if level.dynamic != frame.dynamic - levels {
                break;
            }
            read_after_an_exception |= level.read_after_exceptions.contains(name);
            levels += 1;
        }
        if read_after_an_exception && levels == frame.dynamic {
            return fail(
                value,
                format!(
                    "an instance made inside a `try:` body and read in its `except` or `finally:` is not supported: an exception raised before this line leaves `{name}` unbound there in Python, where weft would read the instance; make it before the `try`"
                ),
            );
        }
        Ok(if read_after_an_exception { 0 } else { levels })
    }

    /// `Class(...)` of a class of the file, or a name bound to an instance of one.
    fn makes_or_names_an_instance(&self, frame: &Frame, value: &Expr) -> bool {
        match value {
            Expr::Call(call) => {
                matches!(&*call.func, Expr::Name(class) if self.classes.definition(class.id.as_str()).is_some())
            }
            Expr::Name(named) => matches!(frame.locals.get(named.id.as_str()), Some(Value::Instance(_))),
            _ => false,
        }
    }

    /// The words for `await receiver.method(...)` that nothing above follows, where `method` is an
    /// `async def` of a class of the file and `receiver` no instance weft made at import time: most
    /// often one made inside an `if` or a loop the scenario runs (an object of the run, whose methods
    /// are not followed), or one a handler reads (refused at its line).
    pub(super) fn unfollowed_await_words(&self, frame: &Frame, call: &ast::ExprCall) -> String {
        let general = "`await` of a coroutine call, a task or an asyncio call is supported".to_string();
        let Expr::Attribute(attribute) = &*call.func else { return general };
        let Expr::Name(receiver) = &*attribute.value else { return general };
        if matches!(frame.locals.get(receiver.id.as_str()), Some(Value::Instance(_))) {
            return general;
        }
        let method = attribute.attr.as_str();
        let is_async_method = self.module_body.iter().any(|stmt| {
            matches!(stmt, ast::Stmt::ClassDef(class) if class.body.iter().any(|inner| {
                matches!(inner, ast::Stmt::FunctionDef(def) if def.is_async && def.name.as_str() == method)
            }))
        });
        if !is_async_method {
            return general;
        }
        if method == "__aenter__" {
            // async_with_constructors.rs's `X_manager = C(...)`: the words name Python's statement.
            return "`async with` of an instance of the file's class made inside an `if` or a loop the scenario runs is not supported: weft makes such an instance at import time, once per place in the program, and follows its `__aenter__` and `__aexit__` outside the `if`s and loops the scenario runs (a `try:` body, another `async with` and an early `return` are fine)".to_string();
        }
        format!(
            "`{receiver}.{method}()` is not followed: weft follows the methods of an instance made at import time, where every run makes it once (outside the `if`s and loops the scenario runs; a `try:` body and an early `return` are fine); if `{receiver}` is made inside an `if` or a loop, make it before, or make the loop's work a function of its own that a task runs",
            receiver = receiver.id
        )
    }
}
