//! An instance of the file's class made in a call's argument and handed to a function of the file
//! (session27/a04: `await call_with_retry(Flaky(slow_attempts=2))`, whose body awaits
//! `service.get()`). The translator took `Flaky(...)` there as an instance made at run time (an object
//! of the run whose attributes it reads, `run_time_instance`), whose methods it does not follow, so the
//! callee's `service.get()` was refused as "not of an `async def` of this file". Where the scenario
//! runs no `if` or loop around the call, the instance is one per run of the statement, as one named on
//! a line of its own is: the argument is refused as a call inside an expression, and hoisting.rs moves
//! it to a line of its own before the statement (`Flaky_result = Flaky(slow_attempts=2)`, under
//! hoisting's checks that nothing evaluated before it could see the difference), where it is made at
//! import time and its methods are followed in the callee. Only for a class with methods besides
//! `__init__` (one with none is a record whose run-time form says everything).

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, Result, Translator, fail};

impl Translator<'_> {
    /// Refuses, for hoisting, an argument of `call` (a call of the file's function) that makes an
    /// instance of a class of the file with methods, outside every `if` and loop the scenario runs.
    pub(super) fn hoist_instance_arguments(&self, frame: &Frame, call: &ast::ExprCall) -> Result<()> {
        if frame.dynamic > 0 {
            return Ok(());
        }
        let arguments = call.arguments.args.iter().chain(call.arguments.keywords.iter().map(|keyword| &keyword.value));
        for argument in arguments {
            let Expr::Call(made) = argument else { continue };
            let Expr::Name(class) = &*made.func else { continue };
            let Some(definition) = self.classes.definition(class.id.as_str()) else { continue };
            let has_methods = definition
                .body
                .iter()
                .any(|stmt| matches!(stmt, Stmt::FunctionDef(method) if method.name.as_str() != "__init__"));
            if has_methods {
                return fail(made, crate::hoisting::call_inside_expression(class.id.as_str()));
            }
        }
        Ok(())
    }
}
