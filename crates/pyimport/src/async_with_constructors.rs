//! `async with Connection(name) as conn:` of a class of the file that defines `__aenter__` and
//! `__aexit__` (session28/a06), written out before translation as Python runs it:
//!
//! ```python
//! conn_manager = Connection(name)          # the object `async with` evaluates, once
//! await conn_manager.__aenter__()
//! conn = conn_manager                      # `return self`; else `conn = await ...__aenter__()`
//! try:
//!     BODY
//! finally:
//!     await conn_manager.__aexit__(None, None, None)
//! ```
//!
//! The translator follows `async with` of a name bound to an instance the same way
//! (translate/special_methods.rs, which also refuses, at their `def`, an `__aexit__` that reads the
//! exception or may return a true value: only then is the `finally:` exact). Written on the syntax tree,
//! the `try` is the program's own, so a `return` that ends the block is followed through the `finally:`
//! as anywhere else (try_returns.rs), where the translator's own `try` refused it. The manager's name is
//! new to the module. `async with A(...) as a, B(...) as b:` is `async with A(...) as a:` around `async
//! with B(...) as b:`, as Python means it; only an item that is a call of such a class is rewritten.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::syntax::{
    BlockRewrite, expression_statement, fresh_name, method_call, module_names, name, rewrite_inner_blocks,
};

/// Rewrites every `async with` of a constructor of an asynchronous context manager class, in place.
pub fn rewrite_async_with_constructors(body: &mut ast::Suite) {
    let managers = manager_classes(body);
    if managers.is_empty() {
        return;
    }
    let mut rewrite = AsyncWithConstructors { managers, taken: module_names(body) };
    rewrite.block(body);
}

/// A class of the file with both `async def __aenter__` and `async def __aexit__`.
struct ManagerClass {
    /// `__aenter__` ends with `return self` and returns nothing else.
    enter_returns_self: bool,
    /// How many `None`s `__aexit__` takes after `self` (3, or 0 for `*exc`).
    exit_arguments: usize,
}

fn manager_classes(body: &[Stmt]) -> BTreeMap<String, ManagerClass> {
    let mut classes = BTreeMap::new();
    for stmt in body {
        let Stmt::ClassDef(class) = stmt else { continue };
        let method = |wanted: &str| {
            class.body.iter().find_map(|inner| match inner {
                Stmt::FunctionDef(def) if def.name.as_str() == wanted && def.is_async => Some(def),
                _ => None,
            })
        };
        let (Some(enter), Some(exit)) = (method("__aenter__"), method("__aexit__")) else { continue };
        let positional = exit.parameters.posonlyargs.len() + exit.parameters.args.len();
        let manager =
            ManagerClass { enter_returns_self: returns_its_self(enter), exit_arguments: positional.saturating_sub(1) };
        classes.insert(class.name.to_string(), manager);
    }
    classes
}

/// `return self` is the method's one `return`, at its end.
fn returns_its_self(def: &ast::StmtFunctionDef) -> bool {
    let Some(first) = def.parameters.posonlyargs.iter().chain(&def.parameters.args).next() else { return false };
    let ends_with_self = matches!(
        def.body.last(),
        Some(Stmt::Return(ast::StmtReturn { value: Some(value), .. }))
            if matches!(&**value, Expr::Name(named) if named.id == first.parameter.name.id)
    );
    let returns = def.body.iter().filter(|stmt| contains_return(stmt)).count();
    ends_with_self && returns == 1
}

/// Whether `stmt` is or holds a `return` of the function it stands in (not of a nested `def`).
fn contains_return(stmt: &Stmt) -> bool {
    match stmt {
        Stmt::Return(_) => true,
        Stmt::FunctionDef(_) | Stmt::ClassDef(_) => false,
        other => crate::blocks::nested_blocks_of(other).into_iter().flatten().any(contains_return),
    }
}

struct AsyncWithConstructors {
    managers: BTreeMap<String, ManagerClass>,
    taken: BTreeSet<String>,
}

impl BlockRewrite for AsyncWithConstructors {
    fn statement(&mut self, mut stmt: Stmt) -> Vec<Stmt> {
        rewrite_inner_blocks(&mut stmt, self);
        let Stmt::With(with) = &stmt else { return vec![stmt] };
        let Some((first, rest)) = with.items.split_first() else { return vec![stmt] };
        let Some(class) = self.constructed_manager(&first.context_expr).filter(|_| with.is_async) else {
            return vec![stmt];
        };
        let block: Vec<Stmt> = match rest {
            [] => with.body.to_vec(),
            _ => {
                let inner = ast::StmtWith { items: rest.to_vec(), ..with.clone() };
                self.statement(Stmt::With(inner))
            }
        };
        // The `try` spans the block, as a `try` the program wrote would (try_returns.rs finds the `try`
        // around a `return` by its place).
        let whole = TextRange::new(first.start(), with.end());
        self.written_out(first, class, block, whole)
    }
}

impl AsyncWithConstructors {
    /// The class whose constructor `expr` calls, when it is an asynchronous context manager of the file.
    fn constructed_manager(&self, expr: &Expr) -> Option<String> {
        let Expr::Call(call) = expr else { return None };
        let Expr::Name(class) = &*call.func else { return None };
        self.managers.contains_key(class.id.as_str()).then(|| class.id.to_string())
    }

    /// The statements Python runs for `async with item:` around `block`.
    fn written_out(&mut self, item: &ast::WithItem, class: String, block: Vec<Stmt>, whole: TextRange) -> Vec<Stmt> {
        let range = item.range();
        let manager_class = &self.managers[&class];
        let (enter_returns_self, exit_arguments) = (manager_class.enter_returns_self, manager_class.exit_arguments);
        let base = match item.optional_vars.as_deref() {
            Some(Expr::Name(target)) => format!("{}_manager", target.id),
            _ => "context_manager".to_string(),
        };
        let manager = fresh_name(&base, &mut self.taken);
        let load = || name(&manager, range, ast::ExprContext::Load);
        let mut statements =
            vec![assignment(name(&manager, range, ast::ExprContext::Store), item.context_expr.clone())];
        let enter = awaited(method_call(load(), "__aenter__", Vec::new(), range));
        match item.optional_vars.as_deref() {
            Some(target) if enter_returns_self => {
                statements.push(expression_statement(enter));
                statements.push(assignment(target.clone(), load()));
            }
            Some(target) => statements.push(assignment(target.clone(), enter)),
            None => statements.push(expression_statement(enter)),
        }
        let none = || Expr::NoneLiteral(ast::ExprNoneLiteral { node_index: Default::default(), range });
        let exit = awaited(method_call(load(), "__aexit__", (0..exit_arguments).map(|_| none()).collect(), range));
        statements.push(Stmt::Try(ast::StmtTry {
            node_index: Default::default(),
            range: whole,
            body: block.into_iter().collect(),
            handlers: Vec::new(),
            orelse: Default::default(),
            finalbody: std::iter::once(expression_statement(exit)).collect(),
            is_star: false,
        }));
        statements
    }
}

fn awaited(value: Expr) -> Expr {
    Expr::Await(ast::ExprAwait { node_index: Default::default(), range: value.range(), value: Box::new(value) })
}

fn assignment(target: Expr, value: Expr) -> Stmt {
    Stmt::Assign(ast::StmtAssign {
        node_index: Default::default(),
        range: value.range(),
        targets: vec![target],
        value: Box::new(value),
    })
}
