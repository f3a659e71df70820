//! `getattr(obj, name, default)(args)` as a statement (the dispatch idiom `getattr(m, command, lambda:
//! None)()`, session32 checks/k147), with `name` a text known at import time and `obj` an instance of
//! a class of the file that has no base class: CPython calls the method `obj.<name>` where the class
//! defines it, and the default otherwise. Exact only where the import can tell which: the class body
//! defines `def <name>` and nothing in the module assigns an attribute of that name (which would shadow
//! it), or the module names no attribute `<name>` at all and makes none by name (`setattr`,
//! `__dict__`, `vars`, `__getattr__`). Anything else stays refused (unmodelled_call_statements.rs).

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, Translator};
use crate::value::Value;

/// What `getattr(obj, name, default)(args)` calls.
pub(super) enum Dispatched {
    /// `obj.<name>(args)` or `default(args)`.
    Call(ast::ExprCall),
    /// A default that does nothing when called (`lambda: None`).
    Nothing,
}

impl Translator<'_> {
    /// The call `getattr(obj, name, default)(args)` (`call`) makes, or None where the import cannot tell.
    pub(super) fn getattr_default_call(&self, frame: &Frame, call: &ast::ExprCall) -> Option<Dispatched> {
        let Expr::Call(getattr) = &*call.func else { return None };
        let is_getattr = matches!(&*getattr.func, Expr::Name(callee) if callee.id.as_str() == "getattr")
            && !self.functions.contains_key("getattr");
        let ([object, name, default], []) = (&getattr.arguments.args[..], &getattr.arguments.keywords[..]) else {
            return None;
        };
        let Ok(Value::Str(name)) = self.static_value(frame, name) else { return None };
        let Ok(Value::Instance(instance)) = self.static_value(frame, object) else { return None };
        if !is_getattr || !crate::syntax::is_identifier(&name) {
            return None;
        }
        let class = self.classes.definition(self.classes.class_of(&instance)?)?;
        let has_bases = class.arguments.as_ref().is_some_and(|arguments| !arguments.is_empty());
        if has_bases || !class.decorator_list.is_empty() {
            return None;
        }
        let uses = AttributeUses::of(self.module_body, &name);
        if uses.dynamic || uses.assigned {
            return None;
        }
        let defines_method =
            class.body.iter().any(|stmt| matches!(stmt, Stmt::FunctionDef(def) if def.name.as_str() == name));
        let defines_other = class.body.iter().any(|stmt| binds_in_class(stmt, &name));
        if defines_method && !defines_other {
            let mut method_call = call.clone();
            method_call.func = Box::new(crate::syntax::attribute(
                object,
                &name,
                ruff_text_size::Ranged::range(getattr),
                ast::ExprContext::Load,
            ));
            return Some(Dispatched::Call(method_call));
        }
        if defines_method || defines_other || uses.read {
            return None;
        }
        default_call(default, call)
    }
}

/// The call of `default` with `call`'s arguments: a name (a function), or a lambda without parameters
/// called without arguments, whose body is a call or a constant.
fn default_call(default: &Expr, call: &ast::ExprCall) -> Option<Dispatched> {
    match default {
        Expr::Name(_) | Expr::Attribute(_) => {
            let mut default_call = call.clone();
            default_call.func = Box::new(default.clone());
            Some(Dispatched::Call(default_call))
        }
        Expr::Lambda(lambda) if lambda.parameters.is_none() && call.arguments.is_empty() => match &*lambda.body {
            Expr::Call(body) => Some(Dispatched::Call(body.clone())),
            Expr::NoneLiteral(_) | Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BooleanLiteral(_) => {
                Some(Dispatched::Nothing)
            }
            _ => None,
        },
        _ => None,
    }
}

/// Whether `stmt`, in a class body, binds `name` other than by `def` (a class attribute).
fn binds_in_class(stmt: &Stmt, name: &str) -> bool {
    let is_name = |target: &Expr| matches!(target, Expr::Name(target) if target.id.as_str() == name);
    match stmt {
        Stmt::Assign(assign) => assign.targets.iter().any(is_name),
        Stmt::AnnAssign(assign) => is_name(&assign.target),
        Stmt::AugAssign(assign) => is_name(&assign.target),
        Stmt::ClassDef(def) => def.name.as_str() == name,
        _ => false,
    }
}

/// How the module uses attributes named `name`.
#[derive(Default)]
struct AttributeUses<'n> {
    name: &'n str,
    /// `x.<name> = ...` (or `+=`, `del`) anywhere.
    assigned: bool,
    /// `x.<name>` read anywhere.
    read: bool,
    /// Attributes made or found by a name known at run time: `setattr`, `__dict__`, `vars`, `__getattr__`.
    dynamic: bool,
}

impl<'n> AttributeUses<'n> {
    fn of(body: &[Stmt], name: &'n str) -> Self {
        let mut uses = AttributeUses { name, ..Default::default() };
        for stmt in body {
            uses.visit_stmt(stmt);
        }
        uses
    }
}

impl<'a> Visitor<'a> for AttributeUses<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::FunctionDef(def) = stmt
            && matches!(def.name.as_str(), "__getattr__" | "__getattribute__" | "__setattr__")
        {
            self.dynamic = true;
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Attribute(attribute) if attribute.attr.as_str() == self.name => match attribute.ctx {
                ast::ExprContext::Load => self.read = true,
                _ => self.assigned = true,
            },
            Expr::Attribute(attribute) if matches!(attribute.attr.as_str(), "__dict__" | "__setattr__") => {
                self.dynamic = true
            }
            Expr::Name(name) if matches!(name.id.as_str(), "setattr" | "vars" | "__dict__") => self.dynamic = true,
            _ => {}
        }
        walk_expr(self, expr);
    }
}
