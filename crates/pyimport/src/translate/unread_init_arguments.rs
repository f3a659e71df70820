//! A constructor's argument known only at run time, kept in an attribute nothing reads (session28/a06:
//! `Connection(f"conn{n}")` in a coroutine, whose `__init__` only does `self.name = name`, and no code
//! reads `.name`). weft makes an instance at import time, so such an argument was refused ("weft needs
//! this value at import time"); its value cannot change what the program does when no code reads the
//! attribute, so the parameter is bound to a value weft keeps no number of, and the attribute is not
//! made. Only where exact:
//!
//! - the argument computes nothing that could act or fail: names, literals, f-strings and arithmetic
//!   of them (a call or an `await` in it would run in Python);
//! - `__init__` uses the parameter only as the whole value of `self.attribute = parameter` (one or more);
//! - the program reads no attribute of that name anywhere (any object's `.attribute`, in any function),
//!   and nothing reads attributes by their names or whole (`getattr`, `vars`, `__dict__`), and the
//!   class is no `@dataclass` (whose `repr` and `==` read each field).

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::Translator;
use crate::value::Value;

/// What the parameter is bound to: a value that decides nothing, refused wherever it would.
pub(super) const UNREAD_ARGUMENT: Value = Value::Opaque("a constructor's argument known only at run time");

impl Translator<'_> {
    /// Whether `argument`, given to `__init__`'s `parameter` of `class`, may be left unknown: it
    /// computes nothing, and the parameter only sets attributes nothing reads.
    pub(super) fn is_unread_init_argument(
        &self,
        class: &str,
        init: &ast::StmtFunctionDef,
        parameter: &str,
        argument: &Expr,
    ) -> bool {
        if !computes_nothing(argument) || self.dataclasses.contains(class) {
            return false;
        }
        let Some(attributes) = attributes_set_from(init, parameter) else { return false };
        let mut reads = AttributeReads { attributes: &attributes, found: false };
        reads.visit_body(self.module_body);
        !attributes.is_empty() && !reads.found
    }
}

/// Whether `stmt` is `self.attribute = parameter` of such a parameter, which sets nothing weft keeps.
pub(super) fn sets_unread_attribute(stmt: &Stmt, unread_parameters: &[String]) -> bool {
    let Stmt::Assign(assign) = stmt else { return false };
    matches!(&*assign.value, Expr::Name(value) if unread_parameters.iter().any(|parameter| parameter == value.id.as_str()))
        && matches!(assign.targets.as_slice(), [Expr::Attribute(_)])
}

/// Names, literals, f-strings, and arithmetic and comparisons of them: nothing that calls, awaits or
/// indexes (which could run code or fail).
fn computes_nothing(expr: &Expr) -> bool {
    match expr {
        Expr::Name(_)
        | Expr::StringLiteral(_)
        | Expr::NumberLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_) => true,
        Expr::FString(text) => text.value.elements().all(|element| match element {
            ast::InterpolatedStringElement::Literal(_) => true,
            ast::InterpolatedStringElement::Interpolation(hole) => {
                hole.format_spec.is_none()
                    && hole.conversion == ast::ConversionFlag::None
                    && computes_nothing(&hole.expression)
            }
        }),
        Expr::BinOp(operation) => computes_nothing(&operation.left) && computes_nothing(&operation.right),
        Expr::UnaryOp(operation) => computes_nothing(&operation.operand),
        _ => false,
    }
}

/// The attributes `__init__` sets to the whole parameter (`self.name = name`), or `None` when it uses
/// the parameter any other way (or `self` is not its first parameter).
fn attributes_set_from(init: &ast::StmtFunctionDef, parameter: &str) -> Option<Vec<String>> {
    let self_name = init.parameters.posonlyargs.iter().chain(&init.parameters.args).next()?.parameter.name.as_str();
    let mut attributes = Vec::new();
    for stmt in &init.body {
        if let Stmt::Assign(assign) = stmt
            && let [Expr::Attribute(target)] = assign.targets.as_slice()
            && matches!(&*target.value, Expr::Name(owner) if owner.id.as_str() == self_name)
            && matches!(&*assign.value, Expr::Name(value) if value.id.as_str() == parameter)
        {
            attributes.push(target.attr.to_string());
            continue;
        }
        let mut uses = NameUses { name: parameter, found: false };
        uses.visit_stmt(stmt);
        if uses.found {
            return None;
        }
    }
    Some(attributes)
}

struct NameUses<'n> {
    name: &'n str,
    found: bool,
}

impl<'a> Visitor<'a> for NameUses<'_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if matches!(expr, Expr::Name(named) if named.id.as_str() == self.name) {
            self.found = true;
        }
        walk_expr(self, expr);
    }
}

/// A read of one of the attributes anywhere (stores are not reads), or a read of attributes by name or
/// whole: `getattr`, `vars`, `__dict__`.
struct AttributeReads<'a> {
    attributes: &'a [String],
    found: bool,
}

impl<'a> Visitor<'a> for AttributeReads<'_> {
    /// `x.name += 1` reads the attribute through a store target.
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::AugAssign(assign) = stmt
            && let Expr::Attribute(attribute) = &*assign.target
            && self.attributes.iter().any(|name| name == attribute.attr.as_str())
        {
            self.found = true;
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Attribute(attribute)
                if attribute.ctx != ast::ExprContext::Store
                    && (self.attributes.iter().any(|name| name == attribute.attr.as_str())
                        || attribute.attr.as_str() == "__dict__") =>
            {
                self.found = true;
            }
            Expr::Name(named) if matches!(named.id.as_str(), "getattr" | "vars" | "hasattr") => self.found = true,
            _ => {}
        }
        walk_expr(self, expr);
    }
}
