//! The parameters a function never rebinds: each read of one in the function's own code gives the value
//! the call passed, so a rewrite may read the parameter where Python would read a copy of it bound
//! once (context_managers.rs: `with traced(name):` in `def worker(name)`).

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_stmt};
use ruff_python_ast::{self as ast, Stmt};

/// The parameters of `def` that nothing in its body (its nested functions and classes included) binds
/// again: no assignment, loop or `with` target, `except ... as`, import, `del`, and no `global` or
/// `nonlocal` of the name.
pub(crate) fn unchanging_parameters(def: &ast::StmtFunctionDef) -> BTreeSet<String> {
    let mut rebound: BTreeSet<String> = crate::context_managers::stored_names(&def.body).into_iter().collect();
    let mut others = OtherBindings(&mut rebound);
    others.visit_body(&def.body);
    def.parameters.iter().map(|parameter| parameter.name().to_string()).filter(|name| !rebound.contains(name)).collect()
}

/// The names bound otherwise than by a name stored in an expression.
struct OtherBindings<'n>(&'n mut BTreeSet<String>);

impl<'a> Visitor<'a> for OtherBindings<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Global(declared) => self.0.extend(declared.names.iter().map(|name| name.to_string())),
            Stmt::Nonlocal(declared) => self.0.extend(declared.names.iter().map(|name| name.to_string())),
            Stmt::Import(import) => self.0.extend(import.names.iter().map(bound_by_import)),
            Stmt::ImportFrom(import) => self.0.extend(import.names.iter().map(bound_by_import)),
            Stmt::FunctionDef(inner) => {
                self.0.insert(inner.name.to_string());
            }
            Stmt::ClassDef(inner) => {
                self.0.insert(inner.name.to_string());
            }
            Stmt::Delete(deleted) => {
                for target in &deleted.targets {
                    if let ast::Expr::Name(name) = target {
                        self.0.insert(name.id.to_string());
                    }
                }
            }
            Stmt::Try(try_stmt) => {
                for handler in &try_stmt.handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    if let Some(name) = &handler.name {
                        self.0.insert(name.to_string());
                    }
                }
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }
}

fn bound_by_import(alias: &ast::Alias) -> String {
    let name = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
    name.split('.').next().unwrap_or_default().to_string()
}
