//! Methods that return only bools, called on a receiver the analysis cannot name (session38/repro/w06:
//! `ok = account.withdraw(amount)` and `f"{amount}:{ok}"`, refused as "given a bool in one place and
//! another value elsewhere"). bool_names.rs takes `x.m(...)` for mixed when a `def m` of the file returns
//! bools, since the receiver may be another object with a method `m`. Where every `def` of that name in
//! the file (a method or a function) returns a bool on every path, and no object of the standard library
//! the import follows has an attribute of that name (library_attributes.txt, CPython 3.11's `dir()`),
//! any object whose `m` the import can call is one of the file's, and the call gives a bool.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use ruff_python_ast::visitor::{Visitor, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

/// The names in library_attributes.txt.
static LIBRARY_ATTRIBUTES: LazyLock<BTreeSet<&'static str>> = LazyLock::new(|| {
    include_str!("library_attributes.txt").lines().filter(|line| !line.is_empty() && !line.starts_with('#')).collect()
});

/// The method names of the file every `def` of which returns a bool on every path (`returns_bool`
/// judges a returned value), and that no library object has.
pub(super) fn bool_method_names(body: &[Stmt], returns_bool: &impl Fn(&Expr) -> bool) -> BTreeSet<String> {
    let mut by_name: BTreeMap<String, Vec<(&ast::StmtFunctionDef, bool)>> = BTreeMap::new();
    for (def, is_method) in crate::syntax::function_definitions(body) {
        by_name.entry(def.name.to_string()).or_default().push((def, is_method));
    }
    by_name
        .into_iter()
        .filter(|(name, defs)| {
            defs.iter().any(|(_, is_method)| *is_method)
                && !LIBRARY_ATTRIBUTES.contains(name.as_str())
                && defs.iter().all(|(def, _)| returns_only(def, returns_bool))
        })
        .map(|(name, _)| name)
        .collect()
}

/// Whether `def` has a `return` and every one of its own returns a value `returns_bool` takes, with no
/// way to fall off its end (its last statement a `return`: falling off gives None).
fn returns_only(def: &ast::StmtFunctionDef, returns_bool: &impl Fn(&Expr) -> bool) -> bool {
    let mut returns = Vec::new();
    collect_returns(&def.body, &mut returns);
    !returns.is_empty()
        && returns.iter().all(|value| value.is_some_and(returns_bool))
        && matches!(def.body.last(), Some(Stmt::Return(_)))
        && !def.is_async
}

fn collect_returns<'a>(body: &'a [Stmt], out: &mut Vec<Option<&'a Expr>>) {
    struct Returns<'a, 'o>(&'o mut Vec<Option<&'a Expr>>);
    impl<'a> Visitor<'a> for Returns<'a, '_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Return(returned) => self.0.push(returned.value.as_deref()),
                // Their returns are their own.
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut walk = Returns(out);
    body.iter().for_each(|stmt| walk.visit_stmt(stmt));
}
