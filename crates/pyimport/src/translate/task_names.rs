//! `asyncio.create_task(coro, name=...)` and `group.create_task(coro, name=...)` (session 27,
//! session27/a05): a task's name is seen only through `get_name()` (and a task's text, not imported):
//! where the file never reads one, `name=` changes nothing weft models, and the task is the one of
//! `create_task(coro)`. A name that calls something (Python evaluates it) or a file that reads a task's
//! name is refused, as are `context=` and any other keyword.

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr};

use super::{Result, Translator, fail};

impl Translator<'_> {
    /// Refuses a `create_task` call of other than one coroutine and, at most, a `name=` nothing reads.
    pub(super) fn check_create_task_arguments(&self, call: &ast::ExprCall, callee: &str) -> Result<()> {
        let one_coroutine = format!("`{callee}` of one coroutine (no `name=` or `context=`) is supported");
        if call.arguments.args.len() != 1 {
            return fail(call, one_coroutine);
        }
        let accepts_name = callee != "asyncio.ensure_future";
        for keyword in &call.arguments.keywords {
            if !accepts_name || keyword.arg.as_ref().is_none_or(|name| name.as_str() != "name") {
                return fail(call, one_coroutine);
            }
            if calls_something(&keyword.value) {
                return fail(
                    &keyword.value,
                    "a task's `name=` is supported as a value without a call (a string, a name, an f-string of them): Python evaluates it, and weft would drop it",
                );
            }
            if self.file_reads_task_names() {
                return fail(
                    keyword,
                    "a task's `name=` is supported where the program never reads a task's name (`get_name()`, `set_name()`), which weft does not follow",
                );
            }
        }
        Ok(())
    }

    /// Does the file call `get_name()` or `set_name()` anywhere?
    fn file_reads_task_names(&self) -> bool {
        struct Finds(bool);
        impl<'a> Visitor<'a> for Finds {
            fn visit_expr(&mut self, expr: &'a Expr) {
                self.0 |= matches!(expr, Expr::Attribute(attribute)
                    if matches!(attribute.attr.as_str(), "get_name" | "set_name"));
                walk_expr(self, expr);
            }
        }
        let mut finds = Finds(false);
        self.module_body.iter().for_each(|stmt| finds.visit_stmt(stmt));
        finds.0
    }
}

/// Whether `expr` holds a call or an `await` (whose effects Python's evaluation of it would have).
fn calls_something(expr: &Expr) -> bool {
    struct Finds(bool);
    impl<'a> Visitor<'a> for Finds {
        fn visit_expr(&mut self, expr: &'a Expr) {
            self.0 |=
                matches!(expr, Expr::Call(_) | Expr::Await(_) | Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Named(_));
            walk_expr(self, expr);
        }
    }
    let mut finds = Finds(false);
    finds.visit_expr(expr);
    finds.0
}
