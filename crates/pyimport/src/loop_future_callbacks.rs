//! A hand-made asyncio future handed to a plain function of the file (session36/repro/r03, held-out
//! a06 17:9: `loop.call_soon(finish, done)` with `def finish(future): future.set_result(7)`).
//! loop_futures.rs follows such a future through coroutines only, where `fut.set_result(v)` becomes an
//! `await` of its class's coroutine method; a plain function's `future.set_result(...)` then met that
//! coroutine method and was refused as "`done.set_result` is `async def`", though nothing there is a
//! coroutine. Refused here, before the rewrite, at the plain function's use of the future, in words that
//! say what is followed and what to write instead.

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::pool_calls::Refusal;

/// Refuses a use of a parameter of a plain `def` of `body` that a coroutine gives one of its future
/// names (`futures`: each coroutine's, by name) through a call (`finish(fut)`) or as an argument of
/// `call_soon`/`call_later` (`loop.call_soon(finish, fut)`).
pub fn check_plain_function_futures(
    body: &[Stmt],
    futures: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
) -> Result<(), Refusal> {
    let plain: std::collections::BTreeMap<&str, &ast::StmtFunctionDef> = body
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::FunctionDef(def) if !def.is_async => Some((def.name.as_str(), def)),
            _ => None,
        })
        .collect();
    for stmt in body {
        let Stmt::FunctionDef(coroutine) = stmt else { continue };
        let Some(names) = futures.get(coroutine.name.as_str()) else { continue };
        let mut given = Given { names, plain: &plain, found: Vec::new() };
        given.visit_body(&coroutine.body);
        for (function, position) in given.found {
            let def = plain[function.as_str()];
            let Some(parameter) = def.parameters.args.get(position) else { continue };
            if let Some(used) = first_use(&def.body, parameter.parameter.name.as_str()) {
                return Err(Refusal {
                    offset: used,
                    message: format!(
                        "an asyncio future made by hand (`loop.create_future()`) used in `{function}`, a plain function it is given, is not imported: weft follows such a future in coroutines only (`fut.set_result(v)` as a statement of an `async def`, `await fut`, `done()`, `result()`); set it from a coroutine instead (a task that sleeps, then calls `fut.set_result(v)`)"
                    ),
                });
            }
        }
    }
    Ok(())
}

/// The plain functions a coroutine's statements give a future name, each with the argument's position.
struct Given<'n> {
    names: &'n std::collections::BTreeSet<String>,
    plain: &'n std::collections::BTreeMap<&'n str, &'n ast::StmtFunctionDef>,
    found: Vec<(String, usize)>,
}

impl<'a> Visitor<'a> for Given<'_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Call(call) = expr {
            let is_future =
                |argument: &Expr| matches!(argument, Expr::Name(read) if self.names.contains(read.id.as_str()));
            let arguments = &call.arguments.args[..];
            // `finish(fut)`.
            if let Expr::Name(callee) = &*call.func
                && self.plain.contains_key(callee.id.as_str())
            {
                for (position, argument) in arguments.iter().enumerate() {
                    if is_future(argument) {
                        self.found.push((callee.id.to_string(), position));
                    }
                }
            }
            // `loop.call_soon(finish, fut)`, `loop.call_later(d, finish, fut)`.
            if let Expr::Attribute(method) = &*call.func {
                let skip = match method.attr.as_str() {
                    "call_soon" => Some(0),
                    "call_later" => Some(1),
                    _ => None,
                };
                if let Some(skip) = skip
                    && let Some(Expr::Name(callback)) = arguments.get(skip)
                    && self.plain.contains_key(callback.id.as_str())
                {
                    for (position, argument) in arguments.iter().skip(skip + 1).enumerate() {
                        if is_future(argument) {
                            self.found.push((callback.id.to_string(), position));
                        }
                    }
                }
            }
        }
        walk_expr(self, expr);
    }
}

/// Where `body` first reads an attribute of `name` (`future.set_result`), or `name` itself.
fn first_use(body: &[Stmt], name: &str) -> Option<usize> {
    struct First<'n>(&'n str, Option<usize>);
    impl<'a> Visitor<'a> for First<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if self.1.is_none()
                && let Expr::Name(read) = expr
                && read.id.as_str() == self.0
                && read.ctx.is_load()
            {
                self.1 = Some(expr.start().to_usize());
            }
            walk_expr(self, expr);
        }
    }
    let mut first = First(name, None);
    first.visit_body(body);
    first.1
}
