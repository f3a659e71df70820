//! A lambda the translator refused where the program passes it as a function value (an item of a
//! thread's `args`, a stage of a pipeline; the function of `executor.map` or `executor.submit`):
//! written as a function of the module,
//! `def lambda_function(p): return BODY`, placed just before the statement that holds the lambda,
//! which then names it; the program is translated again (as hoisting.rs does for calls).
//!
//! A lambda is a function whose body is one `return`: called, it binds its parameters and evaluates
//! its body, looking every other name up when it runs. A function of the module does the same, but it
//! looks those names up among the module's globals only, where a lambda inside a function sees the
//! function's locals. So a lambda is moved only when none of the names its body reads is bound by a
//! function around it (a parameter, an assignment, a loop's variable), when its parameters are plain
//! ones without defaults (defaults are evaluated where the lambda is made), and when its body binds
//! no name itself (`:=`). Programs the translator took before are never rewritten: only a lambda at
//! the place of the translator's refusal is.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::hoisting::Hoist;
use crate::syntax::{fresh_name, module_names, name};

/// Moves the lambda that starts at `offset` into a function of the module, when that keeps its
/// meaning (`Hoisted`); `Refused` with why when it reads a local of the function around it;
/// `NotApplicable` when there is no such lambda there or it has another shape.
pub fn hoist_lambda_at(body: &mut ast::Suite, offset: usize) -> Hoist {
    hoist_lambda(body, offset, false)
}

/// Moves the innermost lambda around `offset` that a call is given as an argument (`bus.subscribe("a",
/// lambda m: record("pager", m.upper()))`: a callback, session 37) into a function of the module, as
/// `hoist_lambda_at` does, where the translator refused something inside it. `NotApplicable` where
/// there is no such lambda or it cannot move.
pub fn hoist_argument_lambda_around(body: &mut ast::Suite, offset: usize) -> Hoist {
    struct Around {
        offset: usize,
        start: Option<usize>,
    }
    impl<'a> Visitor<'a> for Around {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr {
                let arguments = call.arguments.args.iter().chain(call.arguments.keywords.iter().map(|k| &k.value));
                for argument in arguments {
                    if let Expr::Lambda(lambda) = argument
                        && lambda.range().contains_inclusive((self.offset as u32).into())
                    {
                        self.start = Some(lambda.start().to_usize());
                    }
                }
            }
            walk_expr(self, expr);
        }
    }
    let mut around = Around { offset, start: None };
    around.visit_body(body);
    match around.start {
        Some(start) => hoist_lambda(body, start, true),
        None => Hoist::NotApplicable,
    }
}

/// The lambda starting at `offset` moved into a function of the module: one a thread or an executor
/// is given, or with `any_argument` one any call is given as an argument.
fn hoist_lambda(body: &mut ast::Suite, offset: usize, any_argument: bool) -> Hoist {
    let Some(index) = body.iter().position(|stmt| stmt.range().contains_inclusive((offset as u32).into())) else {
        return Hoist::NotApplicable;
    };
    let mut finder = LambdaAt { offset, any_argument, scopes: Vec::new(), found: None };
    finder.visit_stmt(&body[index]);
    let Some((lambda, enclosing_locals)) = finder.found else { return Hoist::NotApplicable };
    if !has_plain_parameters(&lambda) {
        return Hoist::NotApplicable;
    }
    let mut names = BodyNames::default();
    names.visit_expr(&lambda.body);
    if names.binds {
        return Hoist::NotApplicable;
    }
    let own: BTreeSet<String> = lambda
        .parameters
        .iter()
        .flat_map(|parameters| parameters.iter_non_variadic_params())
        .map(|parameter| parameter.parameter.name.to_string())
        .collect();
    if let Some(local) = names.read.difference(&own).find(|read| enclosing_locals.contains(*read)) {
        return Hoist::Refused(format!(
            "this lambda reads `{local}`, a local of the function around it, when it runs; weft follows a lambda passed as a function value that reads its parameters and the module's globals: pass `{local}` as an argument, or write a function of the module"
        ));
    }
    let mut taken = module_names(body);
    let function = fresh_name("lambda_function", &mut taken);
    replace_lambda(&mut body[index], offset, &function);
    body.insert(index, function_of(&lambda, &function));
    Hoist::Hoisted
}

/// Plain positional parameters without defaults (a default is evaluated where the lambda is made).
fn has_plain_parameters(lambda: &ast::ExprLambda) -> bool {
    let Some(parameters) = lambda.parameters.as_deref() else { return true };
    let plain = parameters.vararg.is_none() && parameters.kwarg.is_none() && parameters.kwonlyargs.is_empty();
    plain && parameters.posonlyargs.iter().chain(&parameters.args).all(|parameter| parameter.default.is_none())
}

/// `def name(parameters): return body`, spanning the lambda.
fn function_of(lambda: &ast::ExprLambda, function: &str) -> Stmt {
    let range = lambda.range();
    let parameters = lambda.parameters.as_deref().cloned().unwrap_or_else(|| ast::Parameters {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        posonlyargs: Default::default(),
        args: Default::default(),
        vararg: None,
        kwonlyargs: Default::default(),
        kwarg: None,
    });
    let returned = Stmt::Return(ast::StmtReturn {
        node_index: ast::AtomicNodeIndex::default(),
        range: lambda.body.range(),
        value: Some(lambda.body.clone()),
    });
    Stmt::FunctionDef(ast::StmtFunctionDef {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        is_async: false,
        decorator_list: Default::default(),
        name: ast::Identifier::new(function, range),
        type_params: None,
        parameters: Box::new(parameters),
        returns: None,
        body: std::iter::once(returned).collect(),
    })
}

/// The lambda starting at an offset, with the names bound by the functions around it.
struct LambdaAt {
    offset: usize,
    /// Any argument of a call, not only a thread's or an executor's function.
    any_argument: bool,
    /// The locals of each function around the place being walked, innermost last.
    scopes: Vec<BTreeSet<String>>,
    found: Option<(ast::ExprLambda, BTreeSet<String>)>,
}

impl<'a> Visitor<'a> for LambdaAt {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::FunctionDef(def) = stmt {
            self.scopes.push(function_locals(def));
            walk_stmt(self, stmt);
            self.scopes.pop();
            return;
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.found.is_some() {
            return;
        }
        if let Expr::Call(call) = expr
            && let Some(lambda) =
                passed_lambdas(call, self.any_argument).find(|lambda| lambda.start().to_usize() == self.offset)
        {
            let locals = self.scopes.iter().flatten().cloned().collect();
            self.found = Some((lambda.clone(), locals));
            return;
        }
        walk_expr(self, expr);
    }
}

/// The lambdas `call` passes as function values: the items of its `args=` (a thread's target's
/// arguments) and the function of `.map(...)` and `.submit(...)` (an executor's).
fn passed_lambdas(call: &ast::ExprCall, any_argument: bool) -> impl Iterator<Item = &ast::ExprLambda> {
    let any_arguments = call
        .arguments
        .args
        .iter()
        .chain(call.arguments.keywords.iter().map(|keyword| &keyword.value))
        .filter(move |_| any_argument);
    let thread_arguments = call
        .arguments
        .keywords
        .iter()
        .filter(|keyword| keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == "args"))
        .flat_map(|keyword| match &keyword.value {
            Expr::Tuple(tuple) => tuple.elts.iter().collect::<Vec<_>>(),
            Expr::List(list) => list.elts.iter().collect(),
            _ => Vec::new(),
        });
    let executor_function = match &*call.func {
        Expr::Attribute(attribute) if matches!(attribute.attr.as_str(), "map" | "submit") => {
            call.arguments.args.first()
        }
        _ => None,
    };
    thread_arguments.chain(executor_function).chain(any_arguments).filter_map(|argument| match argument {
        Expr::Lambda(lambda) => Some(lambda),
        _ => None,
    })
}

/// A function's parameters and every name its body stores (nested functions' names included), the
/// names a lambda inside it would see as its locals.
fn function_locals(def: &ast::StmtFunctionDef) -> BTreeSet<String> {
    let parameters = &def.parameters;
    let mut names = BodyNames::default();
    for parameter in parameters.posonlyargs.iter().chain(&parameters.args).chain(&parameters.kwonlyargs) {
        names.stored.insert(parameter.parameter.name.to_string());
    }
    for parameter in parameters.vararg.iter().chain(&parameters.kwarg) {
        names.stored.insert(parameter.name.to_string());
    }
    names.visit_body(&def.body);
    names.stored
}

/// The names an expression or a body reads and stores, and whether it binds a name with `:=`.
#[derive(Default)]
struct BodyNames {
    read: BTreeSet<String>,
    stored: BTreeSet<String>,
    binds: bool,
}

impl<'a> Visitor<'a> for BodyNames {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(def) => {
                self.stored.insert(def.name.to_string());
            }
            Stmt::ClassDef(class) => {
                self.stored.insert(class.name.to_string());
            }
            Stmt::Import(import) => {
                for alias in &import.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.stored.insert(bound.split('.').next().unwrap_or_default().to_string());
                }
            }
            Stmt::ImportFrom(import) => {
                for alias in &import.names {
                    self.stored.insert(alias.asname.as_ref().unwrap_or(&alias.name).to_string());
                }
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(named) if named.ctx == ast::ExprContext::Load => {
                self.read.insert(named.id.to_string());
            }
            Expr::Name(named) => {
                self.stored.insert(named.id.to_string());
            }
            Expr::Named(_) => self.binds = true,
            _ => {}
        }
        walk_expr(self, expr);
    }
}

/// Replaces the lambda starting at `offset` inside `stmt` by the name `function`.
fn replace_lambda(stmt: &mut Stmt, offset: usize, function: &str) {
    use ruff_python_ast::visitor::transformer::{Transformer, walk_expr as transform_expr};
    struct Replace<'f> {
        offset: usize,
        function: &'f str,
    }
    impl Transformer for Replace<'_> {
        fn visit_expr(&self, expr: &mut Expr) {
            if let Expr::Lambda(lambda) = expr
                && lambda.start().to_usize() == self.offset
            {
                *expr = name(self.function, lambda.range(), ast::ExprContext::Load);
                return;
            }
            transform_expr(self, expr);
        }
    }
    Replace { offset, function }.visit_stmt(stmt);
}
