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
//! are made at import time as at the function's top, when the constructor's arguments are known at
//! import time (an instance with one known only at run time stays an object of the run there, as
//! before, where its class allows one) and:
//!
//! - the name is bound once in the function (`frame.rebound`) and is a local, so its only reads are
//!   Python's reads after the binding (a read before it is UnboundLocalError: scoping.rs);
//! - no handler or `finally:` of an enclosing `try` whose uncertainty is set aside reads it, nor, where
//!   that `try` has an `except` (a handler may go on after it), the rest of the function after it:
//!   those run after an exception that may have come before the binding, where Python's name is
//!   unbound (an exception that leaves a `try` without `except` skips the rest up to the handler that
//!   catches it, whose own `try` is checked the same way when it is one of these levels).
//!
//! This is what `async with A() as a, B() as b:` and an `async with B():` nested in another's block
//! need: async_with_constructors.rs writes the inner one out as `b_manager = B(...)`, `await
//! b_manager.__aenter__()`, `b = b_manager` inside the outer one's `try`. An inlined coroutine's
//! `async with C(...) as c: return await c.go()` is the same inside a one-pass body.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::value::Value;

/// A `try:` body or a one-pass body being translated, at `frame.dynamic` = `dynamic`.
#[derive(Clone, Debug)]
pub(crate) struct StraightLevel {
    dynamic: u32,
    /// The names the `try`'s handlers and `finally:` read (none for a one-pass body).
    read_after_exceptions: BTreeSet<String>,
}

impl StraightLevel {
    /// `module` is the program's whole body, where the function around `attempt` is found: with
    /// `except` clauses, a handler that does not raise again goes on after the `try`, so the names read
    /// after it in that function are read after an exception too.
    pub(crate) fn try_body(dynamic: u32, attempt: &ast::StmtTry, module: &[Stmt]) -> Self {
        let mut read_after_exceptions = crate::syntax::names_read(&attempt.finalbody);
        for handler in &attempt.handlers {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            read_after_exceptions.extend(crate::syntax::names_read(&handler.body));
        }
        if !attempt.handlers.is_empty() {
            let around = enclosing_body(module, attempt.range());
            read_after_exceptions.extend(names_read_from(around, attempt.range().end()));
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
            || !(self.makes_or_names_an_instance(frame, value) || self.makes_a_straight_object(frame, value))
            || frame.rebound.contains(name)
            || (self.is_global_target(frame, name) && !self.is_straight_global(frame, name))
        {
            return Ok(0);
        }
        let (levels, read_after_an_exception) = self.straight_levels_around(frame, name);
        if read_after_an_exception && levels == frame.dynamic {
            return fail(
                value,
                format!(
                    "an instance made inside a `try:` body and read in its `except` or `finally:`, or after a `try` whose handler goes on, is not supported: an exception raised before this line leaves `{name}` unbound there in Python (UnboundLocalError), where weft would read the instance; make it before the `try`"
                ),
            );
        }
        Ok(if read_after_an_exception { 0 } else { levels })
    }

    /// How many of `frame.dynamic`'s innermost levels are `try:` bodies or one-pass bodies (none of them
    /// an `if` or a loop the scenario runs), and whether a handler, a `finally:` or the code after a
    /// `try` whose handler goes on reads `name` (where an exception before its binding leaves it unbound).
    pub(super) fn straight_levels_around(&self, frame: &Frame, name: &str) -> (u32, bool) {
        let mut levels = 0;
        let mut read_after_an_exception = false;
        for level in frame.straight_levels.iter().rev() {
            if level.dynamic != frame.dynamic - levels {
                break;
            }
            read_after_an_exception |= level.read_after_exceptions.contains(name);
            levels += 1;
        }
        (levels, read_after_an_exception)
    }

    /// `Class(...)` of a class of the file, or a name bound to an instance of one.
    /// Its arguments are known at import time: with one known only at run time, the instance stays
    /// what it was inside a `try` before (an object of the run, whose attributes are read at run time,
    /// where the class allows one), rather than refused for needing that value at import time.
    fn makes_or_names_an_instance(&self, frame: &Frame, value: &Expr) -> bool {
        match value {
            Expr::Call(call) => {
                let Expr::Name(class) = &*call.func else { return false };
                let Some(definition) = self.classes.definition(class.id.as_str()) else { return false };
                self.arguments_known_or_unread(frame, class.id.as_str(), definition, call)
            }
            Expr::Name(named) => matches!(frame.locals.get(named.id.as_str()), Some(Value::Instance(_))),
            _ => false,
        }
    }

    /// Each argument of `call` (a constructor of `class`) is known at import time, or is one
    /// unread_init_arguments.rs lets `__init__` store unknown.
    fn arguments_known_or_unread(
        &self,
        frame: &Frame,
        class: &str,
        definition: &ast::StmtClassDef,
        call: &ast::ExprCall,
    ) -> bool {
        let init = definition.body.iter().find_map(|stmt| match stmt {
            Stmt::FunctionDef(def) if def.name.as_str() == "__init__" => Some(def),
            _ => None,
        });
        let known = |argument: &Expr| matches!(self.expr(frame, argument, false), Ok(Ex::Static(_)));
        let unread = |parameter: Option<&str>, argument: &Expr| match (init, parameter) {
            (Some(init), Some(parameter)) => self.is_unread_init_argument(class, init, parameter, argument),
            _ => false,
        };
        let parameters: Vec<&str> = init
            .map(|init| {
                init.parameters.args.iter().skip(1).map(|parameter| parameter.parameter.name.as_str()).collect()
            })
            .unwrap_or_default();
        let positional = call
            .arguments
            .args
            .iter()
            .enumerate()
            .all(|(position, argument)| known(argument) || unread(parameters.get(position).copied(), argument));
        let by_keyword = call.arguments.keywords.iter().all(|keyword| {
            known(&keyword.value) || unread(keyword.arg.as_ref().map(|name| name.as_str()), &keyword.value)
        });
        positional && by_keyword
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

/// The body of the innermost function (or method) of `module` whose range holds `range`; `module`
/// itself when none does (module-level code).
fn enclosing_body(module: &[Stmt], range: TextRange) -> &[Stmt] {
    innermost_function(module, range).unwrap_or(module)
}

fn innermost_function(body: &[Stmt], range: TextRange) -> Option<&[Stmt]> {
    let stmt = body.iter().find(|stmt| stmt.range().contains_range(range))?;
    match stmt {
        Stmt::FunctionDef(def) => Some(innermost_function(&def.body, range).unwrap_or(&def.body)),
        Stmt::ClassDef(class) => innermost_function(&class.body, range),
        other => crate::blocks::nested_blocks_of(other).into_iter().find_map(|block| innermost_function(block, range)),
    }
}

/// The names `body` reads at or after `start`.
fn names_read_from(body: &[Stmt], start: TextSize) -> BTreeSet<String> {
    struct Reads {
        start: TextSize,
        found: BTreeSet<String>,
    }
    impl<'a> Visitor<'a> for Reads {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr
                && name.ctx == ast::ExprContext::Load
                && name.range.start() >= self.start
            {
                self.found.insert(name.id.to_string());
            }
            walk_expr(self, expr);
        }
    }
    let mut reads = Reads { start, found: BTreeSet::new() };
    reads.visit_body(body);
    reads.found
}
