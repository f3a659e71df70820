//! `return _config` of a module's shared dict or list (session20/a09's cache): Python gives the caller
//! the object itself, not a copy. Where the import knows which object that is, it is exact:
//!
//! - A function inlined into its caller whose one `return` is its last statement gives the caller the
//!   shared variable itself (`cfg = await get_config()` then `cfg["region"] = "us"` writes `_config`),
//!   as the global's own name would. A `return` that may be taken early (inside an `if`) would need
//!   the object in a local, which a shared dict is not: refused as before, unless nobody uses the
//!   result (`await get_config()` as a statement), when it reads nothing.
//! - A task's function (a coroutine handed to `gather`, a thread's target) whose result no caller can
//!   read: every mention of the function in the file is a call whose value is dropped (`await f()` or
//!   `f()` as a statement, or an argument of `await asyncio.gather(...)` as a statement). Its task then
//!   returns None, which nothing reads.

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::Translator;
use crate::expr::Ex;
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// Whether the task's function being translated is one whose result no caller can read.
    pub(super) fn task_result_dropped(&self) -> bool {
        self.call_stack
            .last()
            .is_some_and(|function| !function.contains('.') && results_dropped(self.module_body, function))
    }
}

/// Whether `ex` is a module's shared dict or list whole.
pub(super) fn is_shared_container(ex: &Ex) -> bool {
    matches!(ex, Ex::Static(Value::Shared(_, Shape::Map { .. } | Shape::Array(_))))
}

/// Whether every mention of `function` in `module` is a call whose value nobody can read.
pub(super) fn results_dropped(module: &[Stmt], function: &str) -> bool {
    struct Mentions<'f> {
        function: &'f str,
        /// The calls of `function` whose value is dropped, by where they start.
        dropped: Vec<ruff_text_size::TextSize>,
        other: bool,
    }
    impl<'a> Visitor<'a> for Mentions<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::Expr(statement) = stmt {
                let value = match &*statement.value {
                    Expr::Await(awaited) => &*awaited.value,
                    value => value,
                };
                if let Expr::Call(call) = value {
                    self.note_dropped(call);
                    if is_gather(call) {
                        for argument in call.arguments.args.iter() {
                            if let Expr::Call(inner) = argument {
                                self.note_dropped(inner);
                            }
                        }
                    }
                }
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Call(call)
                    if matches!(&*call.func, Expr::Name(name) if name.id.as_str() == self.function)
                        && self.dropped.contains(&ruff_text_size::Ranged::range(call).start()) =>
                {
                    for argument in call.arguments.args.iter() {
                        self.visit_expr(argument);
                    }
                    for keyword in call.arguments.keywords.iter() {
                        self.visit_expr(&keyword.value);
                    }
                    return;
                }
                Expr::Name(name) if name.id.as_str() == self.function => self.other = true,
                _ => {}
            }
            walk_expr(self, expr);
        }
    }
    impl Mentions<'_> {
        fn note_dropped(&mut self, call: &ast::ExprCall) {
            if matches!(&*call.func, Expr::Name(name) if name.id.as_str() == self.function) {
                self.dropped.push(ruff_text_size::Ranged::range(call).start());
            }
        }
    }
    let mut mentions = Mentions { function, dropped: Vec::new(), other: false };
    mentions.visit_body(module);
    !mentions.other
}

/// `asyncio.gather(...)` (or `gather(...)` imported by name).
fn is_gather(call: &ast::ExprCall) -> bool {
    match &*call.func {
        Expr::Attribute(attribute) => {
            attribute.attr.as_str() == "gather"
                && matches!(&*attribute.value, Expr::Name(module) if module.id.as_str() == "asyncio")
        }
        Expr::Name(name) => name.id.as_str() == "gather",
        _ => false,
    }
}
