//! `global` in a `@contextmanager` generator (session26/t10): the generator's body written in place of
//! its `with` (context_managers.rs) binds the module's names it declares `global`, so those names are
//! not renamed apart as its locals are, and the function around the `with` declares them `global` in
//! turn (at module level they are the module's already). That is the generator's meaning exactly where
//! the function around the `with` binds none of those names as a local of its own (a parameter, an
//! assignment without its own `global`, a `nonlocal`, an import, a `def`, an `except ... as`): such a function, and a `with` in a class body,
//! are refused.

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::pool_calls::Refusal;

/// The names the generator declares `global` in statements directly in its body.
pub(crate) fn declared_globals(body: &[Stmt]) -> BTreeSet<String> {
    body.iter()
        .filter_map(|stmt| match stmt {
            Stmt::Global(global) => Some(global.names.iter().map(|name| name.to_string())),
            _ => None,
        })
        .flatten()
        .collect()
}

/// Whether a `global` statement stands only directly in the body (where `declared_globals` sees it).
pub(crate) fn globals_only_at_the_top(body: &[Stmt]) -> bool {
    struct Nested(bool);
    impl<'a> ruff_python_ast::visitor::Visitor<'a> for Nested {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            self.0 |= matches!(stmt, Stmt::Global(_));
            ruff_python_ast::visitor::walk_stmt(self, stmt);
        }
    }
    let mut nested = Nested(false);
    for stmt in body.iter().filter(|stmt| !matches!(stmt, Stmt::Global(_))) {
        ruff_python_ast::visitor::Visitor::visit_stmt(&mut nested, stmt);
    }
    !nested.0
}

/// The body without its `global` statements (the function around the `with` declares them).
pub(crate) fn without_globals(body: &mut Vec<Stmt>) {
    body.retain(|stmt| !matches!(stmt, Stmt::Global(_)));
}

/// A function (or class body) a `with` of a generator is written into: the names it binds as its own,
/// and the generator's globals it must declare.
pub(crate) struct Scope {
    /// A class body: a `with` of a generator with globals is refused there.
    class: bool,
    own: BTreeSet<String>,
    pub(crate) needed: BTreeSet<String>,
}

impl Scope {
    pub(crate) fn of_function(def: &ast::StmtFunctionDef) -> Scope {
        let declared = declared_globals(&def.body);
        let mut own: BTreeSet<String> = def.parameters.iter().map(|p| p.name().to_string()).collect();
        own.extend(crate::context_managers::stored_names(&def.body).into_iter().filter(|n| !declared.contains(n)));
        own.extend(other_bindings(&def.body));
        Scope { class: false, own, needed: BTreeSet::new() }
    }

    pub(crate) fn of_class() -> Scope {
        Scope { class: true, own: BTreeSet::new(), needed: BTreeSet::new() }
    }

    /// Records the generator's `globals` as needed here; refused where the scope binds one as its own.
    pub(crate) fn need(&mut self, globals: &BTreeSet<String>, with: TextRange) -> Result<(), Refusal> {
        let refusal = |message: String| Err(Refusal { offset: with.start().to_usize(), message });
        if self.class {
            return refusal("a `with` of a `@contextmanager` generator that declares `global` names, in a class body, is not supported; use it in a function".to_string());
        }
        if let Some(clash) = globals.iter().find(|name| self.own.contains(*name)) {
            return refusal(format!(
                "the `@contextmanager` generator binds the global `{clash}`, which the function around this `with` binds as a local of its own; weft writes the generator's body in place of the `with`, where the two would be one name: rename one of them"
            ));
        }
        self.needed.extend(globals.iter().cloned());
        Ok(())
    }
}

/// The names the body binds other than by assignment: `nonlocal`, `import`, `def`, `class` and
/// `except ... as` (anywhere in it, nested functions too, which only makes the test stricter).
fn other_bindings(body: &[Stmt]) -> Vec<String> {
    struct Bindings(Vec<String>);
    impl<'a> ruff_python_ast::visitor::Visitor<'a> for Bindings {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Nonlocal(nonlocal) => self.0.extend(nonlocal.names.iter().map(|name| name.to_string())),
                Stmt::Import(ast::StmtImport { names, .. }) | Stmt::ImportFrom(ast::StmtImportFrom { names, .. }) => {
                    let bound = names.iter().map(|alias| alias.asname.as_ref().unwrap_or(&alias.name).to_string());
                    self.0.extend(bound);
                }
                Stmt::FunctionDef(def) => self.0.push(def.name.to_string()),
                Stmt::ClassDef(class) => self.0.push(class.name.to_string()),
                _ => {}
            }
            ruff_python_ast::visitor::walk_stmt(self, stmt);
        }
        fn visit_except_handler(&mut self, handler: &'a ast::ExceptHandler) {
            let ast::ExceptHandler::ExceptHandler(handler_node) = handler;
            if let Some(name) = &handler_node.name {
                self.0.push(name.to_string());
            }
            ruff_python_ast::visitor::walk_except_handler(self, handler);
        }
    }
    let mut found = Bindings(Vec::new());
    ruff_python_ast::visitor::Visitor::visit_body(&mut found, body);
    found.0
}

/// `global a, b` as the function's first statement, for the generator's globals written into it.
pub(crate) fn declare_globals(def: &mut ast::StmtFunctionDef, needed: &BTreeSet<String>) {
    if needed.is_empty() {
        return;
    }
    let range = TextRange::empty(def.body[0].start());
    let names = needed.iter().map(|name| ast::Identifier::new(name.as_str(), range)).collect();
    def.body.insert(0, Stmt::Global(ast::StmtGlobal { node_index: ast::AtomicNodeIndex::default(), range, names }));
}
