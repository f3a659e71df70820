//! `cls()` in a classmethod (`cls._instance = cls()`, session20/t06's lazy singleton): the class
//! called through the method's first parameter. Where no class of the file derives from the method's
//! class, `cls` is that class in every call of the method, so `cls(...)` makes the same instance as
//! `Database(...)`, and constructors.rs may split the class's `__init__` as it does for a call by name.

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

/// The class whose classmethod calls its first parameter in the call starting at `offset`, where no
/// class of the file derives from it and the method never rebinds that parameter.
pub fn class_called_through_cls(body: &[Stmt], offset: usize) -> Option<String> {
    let found = body.iter().find_map(|stmt| match stmt {
        Stmt::ClassDef(class) => class.body.iter().find_map(|member| match member {
            Stmt::FunctionDef(method) if is_classmethod(method) && calls_first_parameter_at(method, offset) => {
                Some(class.name.to_string())
            }
            _ => None,
        }),
        _ => None,
    })?;
    (!has_subclass(body, &found)).then_some(found)
}

/// Renames the callee of the call starting at `offset` to `class` (`cls()` becomes `Database()`).
pub fn name_the_class_at(body: &mut ast::Suite, offset: usize, class: &str) {
    use ruff_python_ast::visitor::transformer::{Transformer, walk_expr as transform_walk_expr};
    struct Rename<'c> {
        offset: usize,
        class: &'c str,
    }
    impl Transformer for Rename<'_> {
        fn visit_expr(&self, expr: &mut Expr) {
            if let Expr::Call(call) = expr
                && call.range().start().to_usize() == self.offset
                && let Expr::Name(callee) = &mut *call.func
            {
                callee.id = ast::name::Name::new(self.class);
            }
            transform_walk_expr(self, expr);
        }
    }
    let rename = Rename { offset, class };
    for stmt in body.iter_mut() {
        rename.visit_stmt(stmt);
    }
}

fn is_classmethod(method: &ast::StmtFunctionDef) -> bool {
    matches!(&method.decorator_list[..], [decorator] if matches!(&decorator.expression, Expr::Name(name) if name.id.as_str() == "classmethod"))
}

/// Whether the call at `offset` in `method`'s own body (not in a function, lambda or class inside it,
/// whose names could hide the parameter) calls the method's first parameter, which the body never binds.
fn calls_first_parameter_at(method: &ast::StmtFunctionDef, offset: usize) -> bool {
    struct Find<'p> {
        parameter: &'p str,
        offset: usize,
        found: bool,
        rebound: bool,
    }
    impl<'a> Visitor<'a> for Find<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                walk_stmt(self, stmt);
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Lambda(_) => return,
                Expr::Name(name) if name.ctx != ast::ExprContext::Load && name.id.as_str() == self.parameter => {
                    self.rebound = true;
                }
                Expr::Call(call)
                    if call.range().start().to_usize() == self.offset
                        && matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == self.parameter) =>
                {
                    self.found = true;
                }
                _ => {}
            }
            walk_expr(self, expr);
        }
    }
    let Some(first) = method.parameters.args.first() else { return false };
    let mut find = Find { parameter: first.parameter.name.as_str(), offset, found: false, rebound: false };
    find.visit_body(&method.body);
    find.found && !find.rebound
}

/// Whether a class anywhere in the file names `class` among its bases (its classmethods would then get
/// the subclass as `cls`).
fn has_subclass(body: &[Stmt], class: &str) -> bool {
    struct Bases<'c> {
        class: &'c str,
        found: bool,
    }
    impl<'a> Visitor<'a> for Bases<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::ClassDef(definition) = stmt
                && definition.arguments.as_ref().is_some_and(|arguments| {
                    arguments.args.iter().any(|base| crate::translate::names_in(base).contains(self.class))
                })
            {
                self.found = true;
            }
            walk_stmt(self, stmt);
        }
    }
    let mut bases = Bases { class, found: false };
    bases.visit_body(body);
    bases.found
}
