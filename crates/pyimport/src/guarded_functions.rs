//! A `def` in the body of `if __name__ == "__main__":` (session37/m04 v1, repro r06: a pool's
//! callback defined just above the `apply_async` calls), moved before the `if`, where the translator
//! finds the module's functions. The guard's body is the module's scope, so the function is a module
//! function either way, reading the same globals when called; only the moment its name is bound
//! differs, which nothing can tell where nothing reads the name before the `def` in the file's text
//! (code above it, a function above it, the guard's statements above it) and nothing else binds the
//! name. Its defaults, evaluated where the `def` runs, must be literals, and it has no decorator
//! (a decorator runs where the `def` is). Any other `def` in the guard is left where it is (and
//! refused as before).

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::syntax::is_constant;

/// Takes each `def` of the main guard's body that can be a module function out of the guard; returns
/// them with the guard's index, where the caller inserts them (before the guard, in their order).
pub fn take_guarded_functions(body: &mut [Stmt]) -> Option<(usize, Vec<Stmt>)> {
    let at = body.iter().position(is_main_guard)?;
    let Stmt::If(guard) = &body[at] else { return None };
    let movable: Vec<usize> = (0..guard.body.len()).filter(|&index| can_move(&guard.body[index], body)).collect();
    // A guard of functions alone keeps them: the `if` needs a body.
    if movable.is_empty() || movable.len() == guard.body.len() {
        return None;
    }
    let Stmt::If(guard) = &mut body[at] else { return None };
    let mut moved: Vec<Stmt> = movable.into_iter().rev().map(|index| guard.body.remove(index)).collect();
    moved.reverse();
    Some((at, moved))
}

/// `if __name__ == "__main__":` without `elif` or `else`.
fn is_main_guard(stmt: &Stmt) -> bool {
    let Stmt::If(guard) = stmt else { return false };
    let Expr::Compare(compare) = &*guard.test else { return false };
    guard.elif_else_clauses.is_empty()
        && matches!(&*compare.left, Expr::Name(name) if name.id.as_str() == "__name__")
        && matches!(&compare.ops[..], [ast::CmpOp::Eq])
        && matches!(&compare.comparators[..], [Expr::StringLiteral(text)] if text.value.to_str() == "__main__")
}

/// Whether `stmt`, a statement of the guard's body, is a `def` that can be moved before the guard.
fn can_move(stmt: &Stmt, module: &[Stmt]) -> bool {
    let Stmt::FunctionDef(def) = stmt else { return false };
    let literal_defaults =
        def.parameters.iter_non_variadic_params().all(|parameter| parameter.default.as_deref().is_none_or(is_constant));
    if !def.decorator_list.is_empty() || !literal_defaults {
        return false;
    }
    let mut uses =
        NameUses { name: def.name.as_str(), before: def.start().to_usize(), read_before: false, bindings: 0 };
    for statement in module {
        uses.visit_stmt(statement);
    }
    !uses.read_before && uses.bindings == 1
}

/// The reads of a name before an offset of the file, and the count of its bindings anywhere.
struct NameUses<'n> {
    name: &'n str,
    before: usize,
    read_before: bool,
    bindings: usize,
}

impl<'a> Visitor<'a> for NameUses<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        let binds = match stmt {
            Stmt::FunctionDef(def) => def.name.as_str() == self.name,
            Stmt::ClassDef(class) => class.name.as_str() == self.name,
            Stmt::Import(import) => import.names.iter().any(|alias| bound_name(alias) == self.name),
            Stmt::ImportFrom(import) => import.names.iter().any(|alias| bound_name(alias) == self.name),
            _ => false,
        };
        self.bindings += usize::from(binds);
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(name) = expr
            && name.id.as_str() == self.name
        {
            match name.ctx {
                ast::ExprContext::Load => self.read_before |= expr.start().to_usize() < self.before,
                _ => self.bindings += 1,
            }
        }
        walk_expr(self, expr);
    }

    fn visit_parameter(&mut self, parameter: &'a ast::Parameter) {
        self.bindings += usize::from(parameter.name.as_str() == self.name);
    }

    fn visit_except_handler(&mut self, handler: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(clause) = handler;
        self.bindings += usize::from(clause.name.as_ref().is_some_and(|name| name.as_str() == self.name));
        ruff_python_ast::visitor::walk_except_handler(self, handler);
    }
}

/// The name an import binds (`import a.b` binds `a`).
fn bound_name(alias: &ast::Alias) -> &str {
    match &alias.asname {
        Some(asname) => asname.as_str(),
        None => alias.name.as_str().split('.').next().unwrap_or_default(),
    }
}
