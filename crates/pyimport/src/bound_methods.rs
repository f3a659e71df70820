//! A bound method of a module global passed as a function value (`Debouncer(0.05, saved.append)`,
//! `threading.Timer(1, done.set)`, session22/t11), where the translator refused the attribute read:
//! written as a function of the module, `def saved_append(item): saved.append(item)`, placed just
//! before the statement that holds the method, which then names the function; the program is
//! translated again (as lambda_functions.rs does for a lambda).
//!
//! `saved.append` binds the object `saved` names when it is read; the function looks `saved` up when
//! it is called. The two are the same object when the module binds `saved` once, by one assignment at
//! its top level before that statement, and nothing else anywhere binds the name (no other assignment,
//! parameter, loop variable, import, `global`, `del`): then every `saved` of the program is that one
//! object from its assignment on. Only methods of one argument (`append`, `add`, `put`, ...) or none
//! (`set`, `clear`) are written so: the function takes what the method takes, and a call with other
//! arguments is refused by the translator where Python's would raise TypeError.

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr as transform_walk_expr};
use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::cell::Cell;

use crate::hoisting::Hoist;
use crate::syntax::{fresh_name, module_names, name};

/// Methods of lists, sets, deques, queues and events that take one argument.
const ONE_ARGUMENT: [&str; 8] = ["append", "appendleft", "add", "discard", "remove", "extend", "put", "put_nowait"];
/// Methods of events, lists, sets and dicts that take none.
const NO_ARGUMENT: [&str; 2] = ["set", "clear"];

/// Writes the bound method read at `offset` (`receiver.method`, not called there) as a function of the
/// module, when that keeps its meaning.
pub fn hoist_bound_method_at(body: &mut ast::Suite, offset: usize) -> Hoist {
    let Some(index) = body.iter().position(|stmt| stmt.range().contains_inclusive((offset as u32).into())) else {
        return Hoist::NotApplicable;
    };
    let mut finder = MethodAt { offset, found: None };
    finder.visit_stmt(&body[index]);
    let Some((receiver, method)) = finder.found else { return Hoist::NotApplicable };
    let takes_one = ONE_ARGUMENT.contains(&method.as_str());
    if !takes_one && !NO_ARGUMENT.contains(&method.as_str()) {
        return Hoist::NotApplicable;
    }
    if !assigned_before(body, index, &receiver) {
        // An imported module's function (`os.remove`), a local's method: not this form.
        return Hoist::NotApplicable;
    }
    if !bound_once(body, &receiver) {
        return Hoist::Refused(format!(
            "`{receiver}.{method}` passed as a function value is followed when `{receiver}` is a module global bound once, by an assignment at the top of the module before this line; pass a function of the module that calls `{receiver}.{method}(...)`"
        ));
    }
    let mut taken = module_names(body);
    let function = fresh_name(&format!("{receiver}_{method}"), &mut taken);
    let item = fresh_name("item", &mut taken);
    let replace = ReplaceAt { offset, function: &function, done: Cell::new(false) };
    replace.visit_stmt(&mut body[index]);
    let range = body[index].range();
    body.insert(index, function_calling(&receiver, &method, takes_one.then_some(item.as_str()), &function, range));
    Hoist::Hoisted
}

/// `def function(item): receiver.method(item)` (no parameter for a method of none).
fn function_calling(
    receiver: &str,
    method: &str,
    parameter: Option<&str>,
    function: &str,
    range: ruff_text_size::TextRange,
) -> Stmt {
    let callee = Expr::Attribute(ast::ExprAttribute {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        value: Box::new(name(receiver, range, ast::ExprContext::Load)),
        attr: ast::Identifier::new(method, range),
        ctx: ast::ExprContext::Load,
    });
    let mut call = crate::syntax::call_without_arguments(callee, range);
    if let (Expr::Call(made), Some(parameter)) = (&mut call, parameter) {
        made.arguments.args = vec![name(parameter, range, ast::ExprContext::Load)].into_boxed_slice();
    }
    let statement =
        Stmt::Expr(ast::StmtExpr { node_index: ast::AtomicNodeIndex::default(), range, value: Box::new(call) });
    Stmt::FunctionDef(ast::StmtFunctionDef {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        is_async: false,
        decorator_list: Default::default(),
        name: ast::Identifier::new(function, range),
        type_params: None,
        parameters: Box::new(ast::Parameters {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            posonlyargs: Default::default(),
            args: parameter.map(|parameter| crate::syntax::parameter(parameter, None, range)).into_iter().collect(),
            vararg: None,
            kwonlyargs: Default::default(),
            kwarg: None,
        }),
        returns: None,
        body: std::iter::once(statement).collect(),
    })
}

/// Does a top-level assignment `receiver = ...` before `index` bind `receiver`?
fn assigned_before(body: &[Stmt], index: usize, receiver: &str) -> bool {
    body[..index].iter().any(|stmt| {
        matches!(stmt, Stmt::Assign(assign)
            if matches!(&assign.targets[..], [Expr::Name(target)] if target.id.as_str() == receiver))
    })
}

/// Does one place only in the whole module bind `receiver`?
fn bound_once(body: &[Stmt], receiver: &str) -> bool {
    let mut bindings = Bindings { name: receiver, count: 0 };
    bindings.visit_body(body);
    bindings.count == 1
}

/// Counts the places that bind a name (stores, deletions, parameters, definitions, imports; a
/// `global` or `nonlocal` of it counts twice, so that it always disqualifies).
struct Bindings<'n> {
    name: &'n str,
    count: usize,
}

impl<'a> Visitor<'a> for Bindings<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(def) if def.name.as_str() == self.name => self.count += 1,
            Stmt::ClassDef(class) if class.name.as_str() == self.name => self.count += 1,
            Stmt::Global(ast::StmtGlobal { names, .. }) | Stmt::Nonlocal(ast::StmtNonlocal { names, .. })
                if names.iter().any(|named| named.as_str() == self.name) =>
            {
                self.count += 2
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(named) = expr
            && named.id.as_str() == self.name
            && named.ctx != ast::ExprContext::Load
        {
            self.count += 1;
        }
        walk_expr(self, expr);
    }

    fn visit_parameter(&mut self, parameter: &'a ast::Parameter) {
        if parameter.name.as_str() == self.name {
            self.count += 1;
        }
    }

    fn visit_alias(&mut self, alias: &'a ast::Alias) {
        let bound = alias.asname.as_ref().unwrap_or(&alias.name);
        if bound.as_str().split('.').next() == Some(self.name) {
            self.count += 1;
        }
    }

    fn visit_except_handler(&mut self, handler: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(inner) = handler;
        if inner.name.as_ref().is_some_and(|bound| bound.as_str() == self.name) {
            self.count += 1;
        }
        ruff_python_ast::visitor::walk_except_handler(self, handler);
    }
}

/// The `receiver.method` read starting at an offset, where it is not the callee of a call.
struct MethodAt {
    offset: usize,
    found: Option<(String, String)>,
}

impl<'a> Visitor<'a> for MethodAt {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.found.is_some() {
            return;
        }
        match expr {
            // `receiver.method(...)` is a call, not a value: only its arguments are looked at.
            Expr::Call(call) => {
                if call.func.start().to_usize() != self.offset {
                    self.visit_expr(&call.func);
                }
                self.visit_arguments(&call.arguments);
            }
            Expr::Attribute(attribute)
                if attribute.start().to_usize() == self.offset && attribute.ctx == ast::ExprContext::Load =>
            {
                if let Expr::Name(receiver) = &*attribute.value {
                    self.found = Some((receiver.id.to_string(), attribute.attr.to_string()));
                }
            }
            _ => walk_expr(self, expr),
        }
    }
}

/// Replaces the attribute read starting at `offset` by the name `function`.
struct ReplaceAt<'f> {
    offset: usize,
    function: &'f str,
    done: Cell<bool>,
}

impl Transformer for ReplaceAt<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if self.done.get() {
            return;
        }
        if let Expr::Call(call) = expr {
            if call.func.start().to_usize() != self.offset {
                self.visit_expr(&mut call.func);
            }
            for arg in call.arguments.args.iter_mut() {
                self.visit_expr(arg);
            }
            for keyword in call.arguments.keywords.iter_mut() {
                self.visit_expr(&mut keyword.value);
            }
            return;
        }
        if let Expr::Attribute(attribute) = expr
            && attribute.start().to_usize() == self.offset
            && attribute.ctx == ast::ExprContext::Load
        {
            *expr = name(self.function, attribute.range(), ast::ExprContext::Load);
            self.done.set(true);
            return;
        }
        transform_walk_expr(self, expr);
    }
}
