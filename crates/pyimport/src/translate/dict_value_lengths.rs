//! `len()` of a dict's value inside a larger expression (session31/repro r01: `sum(len(v) for v in
//! done_by.values())` of a module dict of lists filled by `done_by.setdefault(name, []).append(n)`;
//! checks/k72: `len(d["a"]) + len(d["b"])`, `n += len(got)` in a walk of `d.items()`). Such a value
//! may be a list made at run time, whose length the engine reads only as `size(x)` (a read of the
//! object, held_objects.rs): the expression's own `len(x)` was a fault in every run. In a program that
//! makes containers at run time, `len` of an item of a shared dict, or of a name that a walk over a
//! dict's `values()` or `items()` binds, is `size(x)`, which the engine answers for a value of any
//! kind (a string's or a tuple's length; Python's TypeError of a number or None) as `len` does.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{Comprehension, Expr, Stmt};

use super::{Frame, Translator};
use crate::expr::{ATOM, Ex};
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// `len(x)` of an item of a shared dict, or of a name a walk over a dict's values binds, in a
    /// program that makes containers at run time: `size(x)`.
    pub(crate) fn dict_value_length(&self, frame: &Frame, argument: &Expr) -> Option<Ex> {
        if !self.unknown_may_be_container {
            return None;
        }
        let of_a_dict_value = match argument {
            Expr::Subscript(subscript) => {
                matches!(
                    self.expr(frame, &subscript.value, false),
                    Ok(Ex::Static(Value::Shared(_, Shape::Map { dense: false })))
                ) || super::tuple_objects::is_tuple_table_part(self.module_body, argument)
            }
            Expr::Name(name) => names_bound_to_dict_values(self.module_body).contains(python_name(name.id.as_str())),
            _ => false,
        };
        if !of_a_dict_value {
            return None;
        }
        let Ok(Ex::Code { text, .. }) = self.expr(frame, argument, false) else { return None };
        Some(Ex::Code { text: format!("size({text})"), precedence: ATOM, boolean: false, reads_shared: true })
    }
}

/// The name as the program wrote it: a comprehension's variable renamed apart
/// (`$comprehension_AT_v`, filtered_lists.rs) is `v`.
fn python_name(name: &str) -> &str {
    name.strip_prefix("$comprehension_")
        .and_then(|renamed| renamed.split_once('_'))
        .map_or(name, |(_, variable)| variable)
}

/// The names a `for` statement or a comprehension binds to a dict's values: `v` of `for v in
/// d.values()`, `got` of `for name, got in d.items()`.
fn names_bound_to_dict_values(body: &[Stmt]) -> BTreeSet<String> {
    #[derive(Default)]
    struct Walk {
        names: BTreeSet<String>,
    }
    impl Walk {
        fn bound(&mut self, target: &Expr, iterated: &Expr) {
            let Expr::Call(call) = iterated else { return };
            // `sorted(d.items())`, `list(d.values())`: the same pairs or values, in another order
            // (session19/t04, session31/t10: s37callbacks).
            if let Expr::Name(wrapper) = &*call.func
                && matches!(wrapper.id.as_str(), "sorted" | "list")
                && call.arguments.keywords.is_empty()
                && let [inner] = &call.arguments.args[..]
            {
                return self.bound(target, inner);
            }
            let Expr::Attribute(attribute) = &*call.func else { return };
            if !call.arguments.is_empty() {
                return;
            }
            let value = match (attribute.attr.as_str(), target) {
                ("values", value) => value,
                ("items", Expr::Tuple(pair)) if pair.elts.len() == 2 => &pair.elts[1],
                _ => return,
            };
            if let Expr::Name(name) = value {
                self.names.insert(name.id.to_string());
            }
        }
        fn comprehended(&mut self, generators: &[Comprehension]) {
            for generator in generators {
                self.bound(&generator.target, &generator.iter);
            }
        }
    }
    impl<'a> Visitor<'a> for Walk {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::For(node) = stmt {
                self.bound(&node.target, &node.iter);
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Generator(generator) => self.comprehended(&generator.generators),
                Expr::ListComp(list) => self.comprehended(&list.generators),
                Expr::SetComp(set) => self.comprehended(&set.generators),
                Expr::DictComp(dict) => self.comprehended(&dict.generators),
                _ => {}
            }
            walk_expr(self, expr);
        }
    }
    let mut walk = Walk::default();
    walk.visit_body(body);
    walk.names
}
