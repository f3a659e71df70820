//! A coroutine object handed to a helper coroutine of the file (session21/a04: `await
//! call(fast_service(), 0.1)`, where `async def call(coro, timeout)` awaits `asyncio.wait_for(coro,
//! timeout=timeout)`). The translator follows a coroutine where it is awaited, gathered or made a task,
//! never as a value held in a parameter. Before translation such a call gets a copy of the helper
//! written for it, the parameter taken out and its one use replaced by the coroutine call itself:
//!
//! ```python
//! async def call_fast_service(timeout):
//!     ... await asyncio.wait_for(fast_service(), timeout=timeout) ...
//! ```
//!
//! Exact because making a coroutine object runs none of its body and has no effect of its own: its
//! arguments, evaluated where the object is made, are literals (the same values wherever they are
//! evaluated), and the helper uses the parameter once, outside any loop, comprehension, lambda or
//! nested function, and never assigns it, so the object is made at most once where Python's is used
//! (a path that never reaches the use makes none; Python's object is then dropped unawaited, which
//! only warns). Any other form is left as it is, refused where it stands.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr as transform_walk_expr};
use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::syntax::{fresh_name, is_constant, module_names};

/// Rewrites every call of a helper coroutine of the module given a coroutine call of the module.
pub fn specialise_coroutine_arguments(body: &mut ast::Suite) {
    let taken = RefCell::new(module_names(body));
    // Each pass takes one call (a copy may itself be given a coroutine again); bounded.
    for _ in 0..64 {
        let coroutines: BTreeMap<String, ast::StmtFunctionDef> = body
            .iter()
            .filter_map(|stmt| match stmt {
                Stmt::FunctionDef(def) if def.is_async => Some((def.name.to_string(), def.clone())),
                _ => None,
            })
            .collect();
        let rewriter = Rewriter { coroutines: &coroutines, found: RefCell::new(None), taken: &taken };
        for stmt in body.iter_mut() {
            rewriter.visit_stmt(stmt);
        }
        let Some((helper, copy)) = rewriter.found.into_inner() else { return };
        let at = body.iter().position(|stmt| matches!(stmt, Stmt::FunctionDef(def) if def.name.as_str() == helper));
        body.insert(at.map_or(0, |at| at + 1), Stmt::FunctionDef(copy));
    }
}

struct Rewriter<'r> {
    coroutines: &'r BTreeMap<String, ast::StmtFunctionDef>,
    /// The helper whose call was rewritten and the copy written for it.
    found: RefCell<Option<(String, ast::StmtFunctionDef)>>,
    taken: &'r RefCell<BTreeSet<String>>,
}

impl Rewriter<'_> {
    /// `coroutine(literals...)` of an `async def` of the module.
    fn is_coroutine_object(&self, expr: &Expr) -> bool {
        let Expr::Call(call) = expr else { return false };
        matches!(&*call.func, Expr::Name(function) if self.coroutines.contains_key(function.id.as_str()))
            && call.arguments.args.iter().all(is_constant)
            && call.arguments.keywords.iter().all(|keyword| keyword.arg.is_some() && is_constant(&keyword.value))
    }

    /// `helper(..., coroutine(), ...)` rewritten to a call of a copy of `helper` written for it.
    fn rewrite(&self, call: &mut ast::ExprCall) -> bool {
        let Expr::Name(callee) = &*call.func else { return false };
        let Some(helper) = self.coroutines.get(callee.id.as_str()) else { return false };
        let parameters = &helper.parameters;
        if !parameters.posonlyargs.is_empty()
            || call.arguments.args.iter().any(|argument| matches!(argument, Expr::Starred(_)))
            || call.arguments.args.len() > parameters.args.len()
        {
            return false;
        }
        let Some(index) = call.arguments.args.iter().position(|argument| self.is_coroutine_object(argument)) else {
            return false;
        };
        let parameter = parameters.args[index].parameter.name.to_string();
        if !used_once_plainly(&helper.body, &parameter) {
            return false;
        }
        let Expr::Call(coroutine) = &call.arguments.args[index] else { return false };
        let Expr::Name(made) = &*coroutine.func else { return false };
        // The coroutine function's name must mean the same inside the helper.
        if binds(helper, made.id.as_str()) {
            return false;
        }
        let name = fresh_name(&format!("{}_{}", helper.name, made.id), &mut self.taken.borrow_mut());
        let mut copy = helper.clone();
        copy.name = ast::Identifier::new(name.as_str(), helper.name.range);
        let mut args = copy.parameters.args.to_vec();
        args.remove(index);
        copy.parameters.args = args.into();
        let substitute = Substitute { parameter: &parameter, value: call.arguments.args[index].clone() };
        for stmt in copy.body.iter_mut() {
            substitute.visit_stmt(stmt);
        }
        let mut arguments = call.arguments.args.to_vec();
        arguments.remove(index);
        call.arguments.args = arguments.into();
        *call.func = crate::syntax::name(&name, call.func.range(), ast::ExprContext::Load);
        *self.found.borrow_mut() = Some((helper.name.to_string(), copy));
        true
    }
}

impl Transformer for Rewriter<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if self.found.borrow().is_some() {
            return;
        }
        if let Expr::Call(call) = expr
            && self.rewrite(call)
        {
            return;
        }
        transform_walk_expr(self, expr);
    }
}

/// The parameter's one use replaced by the coroutine call.
struct Substitute<'s> {
    parameter: &'s str,
    value: Expr,
}

impl Transformer for Substitute<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if matches!(expr, Expr::Name(name) if name.id.as_str() == self.parameter) {
            *expr = self.value.clone();
            return;
        }
        transform_walk_expr(self, expr);
    }
}

/// Whether `function` has `name` as a parameter or names it anywhere in its body (an assignment, a
/// `def`, a `for` target there would make it mean something else inside; a read alone is refused too,
/// which is only cautious).
fn binds(function: &ast::StmtFunctionDef, name: &str) -> bool {
    let parameters = &function.parameters;
    let parameter_names = parameters
        .posonlyargs
        .iter()
        .chain(&parameters.args)
        .chain(&parameters.kwonlyargs)
        .map(|parameter| parameter.parameter.name.as_str())
        .chain(parameters.vararg.iter().chain(&parameters.kwarg).map(|parameter| parameter.name.as_str()));
    parameter_names.into_iter().any(|parameter| parameter == name)
        || crate::syntax::module_names(&function.body).contains(name)
}

/// Whether `parameter` is read exactly once in `body`, outside any loop, comprehension, lambda or
/// nested function or class, and never bound, deleted or declared `global`/`nonlocal` there.
fn used_once_plainly(body: &[Stmt], parameter: &str) -> bool {
    struct Uses<'p> {
        parameter: &'p str,
        plain_reads: usize,
        other: bool,
        depth: usize,
    }
    impl<'a> Visitor<'a> for Uses<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::For(_) | Stmt::While(_) | Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {
                    self.depth += 1;
                    walk_stmt(self, stmt);
                    self.depth -= 1;
                }
                Stmt::Global(ast::StmtGlobal { names, .. }) | Stmt::Nonlocal(ast::StmtNonlocal { names, .. }) => {
                    self.other |= names.iter().any(|name| name.as_str() == self.parameter);
                }
                _ => walk_stmt(self, stmt),
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Name(name) if name.id.as_str() == self.parameter => {
                    if matches!(name.ctx, ast::ExprContext::Load) && self.depth == 0 {
                        self.plain_reads += 1;
                    } else {
                        self.other = true;
                    }
                }
                Expr::Lambda(_) | Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
                    self.depth += 1;
                    walk_expr(self, expr);
                    self.depth -= 1;
                }
                _ => walk_expr(self, expr),
            }
        }
    }
    let mut uses = Uses { parameter, plain_reads: 0, other: false, depth: 0 };
    for stmt in body {
        uses.visit_stmt(stmt);
    }
    uses.plain_reads == 1 && !uses.other
}
