//! `@property` getters, before translation: a read of the property (`account.balance`) is the call of
//! its getter (`account.balance()`), which the translator inlines as any method of the file, and the
//! getter loses its decorator. Done on the syntax tree because a read anywhere (an operand, a test, an
//! argument) must become a call with its steps; it is done only where the rewrite cannot touch another
//! attribute: the property's name is no method of another class and nothing assigns an attribute of that
//! name, and no setter or deleter is declared (those stay refused by the class's checks).

use std::collections::BTreeSet;

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};

/// Attribute names that objects weft follows already have (a thread's `name`, a queue's `maxsize`):
/// a property of one of these names is left to the class's checks.
const TAKEN: [&str; 5] = ["name", "daemon", "ident", "native_id", "maxsize"];

/// Rewrites the module's property reads into getter calls; the names rewritten.
pub fn rewrite_properties(body: &mut [Stmt]) -> BTreeSet<String> {
    let candidates = property_names(body);
    if candidates.is_empty() {
        return candidates;
    }
    let blocked = names_used_otherwise(body, &candidates);
    let rewritten: BTreeSet<String> = candidates.difference(&blocked).cloned().collect();
    if rewritten.is_empty() {
        return rewritten;
    }
    for stmt in body.iter_mut() {
        if let Stmt::ClassDef(class) = stmt {
            for inner in class.body.iter_mut() {
                if let Stmt::FunctionDef(def) = inner
                    && rewritten.contains(def.name.as_str())
                    && is_plain_property(def)
                {
                    def.decorator_list.clear();
                }
            }
        }
    }
    let calls = PropertyCalls { names: &rewritten };
    for stmt in body.iter_mut() {
        calls.visit_stmt(stmt);
    }
    rewritten
}

/// `@property` with nothing else on a method of a class at module level.
fn is_plain_property(def: &ast::StmtFunctionDef) -> bool {
    matches!(&def.decorator_list[..], [decorator] if matches!(&decorator.expression, Expr::Name(name) if name.id.as_str() == "property"))
}

/// The names of the module's classes' `@property` methods.
fn property_names(body: &[Stmt]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for stmt in body {
        if let Stmt::ClassDef(class) = stmt {
            for inner in &class.body {
                if let Stmt::FunctionDef(def) = inner
                    && is_plain_property(def)
                {
                    names.insert(def.name.to_string());
                }
            }
        }
    }
    names
}

/// The candidates that something else of the module names: another method or a setter of that name, an
/// attribute assigned under it, or a name weft's own objects have.
fn names_used_otherwise(body: &[Stmt], candidates: &BTreeSet<String>) -> BTreeSet<String> {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    struct Walk<'c> {
        candidates: &'c BTreeSet<String>,
        blocked: BTreeSet<String>,
    }
    impl<'a> Visitor<'a> for Walk<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(def) if self.candidates.contains(def.name.as_str()) && !is_plain_property(def) => {
                    self.blocked.insert(def.name.to_string());
                }
                Stmt::Assign(assign) => assign.targets.iter().for_each(|target| self.target(target)),
                Stmt::AugAssign(assign) => self.target(&assign.target),
                Stmt::AnnAssign(assign) => self.target(&assign.target),
                _ => {}
            }
            walk_stmt(self, stmt);
        }
    }
    impl Walk<'_> {
        fn target(&mut self, target: &Expr) {
            match target {
                Expr::Attribute(attribute) if self.candidates.contains(attribute.attr.as_str()) => {
                    self.blocked.insert(attribute.attr.to_string());
                }
                Expr::Tuple(tuple) => tuple.elts.iter().for_each(|element| self.target(element)),
                Expr::List(list) => list.elts.iter().for_each(|element| self.target(element)),
                _ => {}
            }
        }
    }
    let mut walk = Walk { candidates, blocked: BTreeSet::new() };
    for stmt in body {
        walk.visit_stmt(stmt);
    }
    walk.blocked.extend(candidates.iter().filter(|name| TAKEN.contains(&name.as_str())).cloned());
    walk.blocked
}

/// Turns each read `x.p` of a property `p` into `x.p()`, leaving calls of it (`x.p(...)`) alone.
struct PropertyCalls<'n> {
    names: &'n BTreeSet<String>,
}

impl Transformer for PropertyCalls<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Call(call) = expr {
            // The callee itself stays as it is; its receiver and the arguments are walked.
            match &mut *call.func {
                Expr::Attribute(attribute) => self.visit_expr(&mut attribute.value),
                other => self.visit_expr(other),
            }
            for argument in call.arguments.args.iter_mut() {
                self.visit_expr(argument);
            }
            for keyword in call.arguments.keywords.iter_mut() {
                self.visit_expr(&mut keyword.value);
            }
            return;
        }
        walk_expr(self, expr);
        if let Expr::Attribute(attribute) = expr
            && attribute.ctx == ast::ExprContext::Load
            && self.names.contains(attribute.attr.as_str())
        {
            let range = attribute.range;
            let func = std::mem::replace(expr, Expr::NoneLiteral(ast::ExprNoneLiteral::default()));
            // The call spans the attribute: it starts where the attribute does, and its (empty)
            // arguments end where it ends.
            *expr = crate::syntax::call_without_arguments(func, range);
        }
    }
}
