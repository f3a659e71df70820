//! Where the bindings of a name that decide whether it always holds a tuple are (records.rs
//! `always_a_tuple`): a function's local is the function's own, so `item = inbox.get()` in a worker
//! does not count against `for item in files.items(): inbox.put(item)` in `main` (session 34,
//! session33/m04). A function with a nested function or class (which could bind the name through
//! `nonlocal`), a name it does not bind (a global it reads), a parameter, or one it declares `global` is
//! scanned with the whole file as before.

use ruff_python_ast::Stmt;
use ruff_python_ast::visitor::{Visitor, walk_stmt};

use super::{Frame, Translator};

impl<'a> Translator<'a> {
    /// The statements whose bindings of `name` count, and whether they are the module's (whose
    /// functions' own bindings are other names).
    pub(super) fn tuple_scope(&self, frame: &Frame, name: &str) -> (&'a [Stmt], bool) {
        let whole = (self.module_body, frame.module_level);
        if frame.module_level {
            return whole;
        }
        let Some(def) = self.call_stack.last().and_then(|function| self.functions.get(function.as_str())) else {
            return whole;
        };
        // A name the function does not bind is a global (or a closure's) it reads: the whole file's
        // bindings, as before.
        let mut assigned = std::collections::BTreeSet::new();
        let mut declared = std::collections::BTreeSet::new();
        super::collect_assigned(&def.body, &mut assigned, &mut declared);
        let parameter = def.parameters.iter().any(|parameter| parameter.name().as_str() == name);
        if !assigned.contains(name) || declared.contains(name) || parameter || holds_nested_scope(&def.body) {
            return whole;
        }
        (&def.body[..], true)
    }
}

/// Whether `body` defines a function or a class anywhere inside it.
fn holds_nested_scope(body: &[Stmt]) -> bool {
    struct Nested(bool);
    impl<'a> Visitor<'a> for Nested {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            self.0 |= matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_));
            walk_stmt(self, stmt);
        }
    }
    let mut nested = Nested(false);
    nested.visit_body(body);
    nested.0
}
