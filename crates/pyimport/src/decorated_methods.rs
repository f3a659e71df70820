//! A decorator of the file on a method (session 28, session27/t06): `@synchronized` over `def hit(self,
//! route, n=1)`, where `def synchronized(method): @functools.wraps(method) def wrapper(self, *args,
//! **kwargs): with self._lock: return method(self, *args, **kwargs); return wrapper`. Written out as
//! decorators.rs writes out a module function's decorator: the class keeps the method's body under
//! another name (`hit_undecorated`), and `hit` holds the wrapper's body, its leading parameters (`self`)
//! renamed to the method's first ones and `method(self, *args, **kwargs)` the call
//! `self.hit_undecorated(route, n)` with the method's own parameters. Python's `counter.hit("/a")` calls
//! the wrapper with the instance first and the wrapper calls the function with it, which is the bound
//! call of the method kept under the new name; its defaults are the method's, as the wrapper passes on
//! only what it is given. Only where every piece is plain (decorators.rs), for a method of a class at the
//! module's top level with one decorator, and a new name no method (of any class), attribute or global of
//! the file uses; anything else stays refused as a decorated method, by the translator.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::TextRange;

use crate::decorators::{Decorator, written_out};

/// Writes out the methods of the module's classes decorated by a simple decorator of the file, noting
/// each decorator so used in `rewritten`.
pub(crate) fn rewrite_methods(
    body: &mut [Stmt],
    decorators: &BTreeMap<String, Decorator>,
    taken: &BTreeSet<String>,
    rewritten: &mut BTreeSet<String>,
) {
    let mut taken = taken.clone();
    taken.extend(attribute_names(body));
    for stmt in body.iter_mut() {
        let Stmt::ClassDef(class) = stmt else { continue };
        let mut class_taken = taken.clone();
        class_taken.extend(crate::syntax::module_names(&class.body));
        let mut position = 0;
        while position < class.body.len() {
            let Stmt::FunctionDef(def) = &class.body[position] else {
                position += 1;
                continue;
            };
            let Some((name, written)) = written_out(def, decorators, &class_taken, true) else {
                position += 1;
                continue;
            };
            rewritten.insert(name);
            class.body.splice(position..=position, written);
            position += 2;
        }
        // A subclass's method kept under the same new name would override its base's, which the base's
        // wrapper calls on `self`: each new name is taken once in the module.
        taken.extend(crate::syntax::module_names(&class.body));
    }
}

/// `receiver.method`, the callee of a method's call.
pub(crate) fn method_of(receiver: Expr, method: &str, range: TextRange) -> Expr {
    Expr::Attribute(ast::ExprAttribute {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        value: Box::new(receiver),
        attr: ast::Identifier::new(method, range),
        ctx: ast::ExprContext::Load,
    })
}

/// Every attribute name the module reads or assigns (`x.name`), so that a method's new name is new.
fn attribute_names(body: &[Stmt]) -> BTreeSet<String> {
    struct Attributes(BTreeSet<String>);
    impl<'a> Visitor<'a> for Attributes {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Attribute(attribute) = expr {
                self.0.insert(attribute.attr.to_string());
            }
            walk_expr(self, expr);
        }
    }
    let mut attributes = Attributes(BTreeSet::new());
    for stmt in body {
        attributes.visit_stmt(stmt);
    }
    attributes.0
}
