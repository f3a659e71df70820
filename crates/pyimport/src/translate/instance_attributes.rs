//! `db.queries += 1` of a name that holds an instance made at run time (`db = Database.get()` of a
//! lazily made singleton, session20/t06): the attribute is the object's item, read and written as
//! `db['queries'] = db['queries'] + 1`, the read-then-write that `counter += 1` of a shared variable
//! is, and the item `order.taxed = ...` writes (translate.rs's assignment to an attribute).
//!
//! The receiver is a name whose value is known only at run time and the attribute one that an
//! `__init__` of the file's classes sets (`self.queries = ...`): a name known to hold a list, a dict or
//! a set made at run time is refused, since the engine would read its key where Python raises
//! AttributeError.

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, HeldObject, Translator};
use crate::expr::{Ex, is_identifier};

impl Translator<'_> {
    /// The object's item that `instance.attribute` is, when the receiver may hold an instance made at
    /// run time.
    pub(super) fn run_time_attribute_place(&self, frame: &Frame, target: &ast::ExprAttribute) -> Option<String> {
        if !matches!(&*target.value, Expr::Name(_)) || !self.set_by_an_init(target.attr.as_str()) {
            return None;
        }
        if matches!(self.held_object(frame, &target.value), Some((_, HeldObject::Container { .. } | HeldObject::Parts)))
        {
            return None;
        }
        let Ok(Ex::Code { text, .. }) = self.expr(frame, &target.value, false) else { return None };
        is_identifier(&text).then(|| format!("{text}[{}]", crate::out::quoted(target.attr.as_str(), '\'')))
    }

    /// Whether an `__init__` of a class of the file sets `self.attribute`.
    fn set_by_an_init(&self, attribute: &str) -> bool {
        let sets = |init: &ast::StmtFunctionDef| {
            let receiver = init.parameters.args.first().map(|first| first.parameter.name.as_str());
            init.body.iter().any(|stmt| {
                let Stmt::Assign(assign) = stmt else { return false };
                assign.targets.iter().any(|target| {
                    matches!(target, Expr::Attribute(set) if set.attr.as_str() == attribute
                        && matches!(&*set.value, Expr::Name(name) if Some(name.id.as_str()) == receiver))
                })
            })
        };
        self.module_body.iter().any(|stmt| match stmt {
            Stmt::ClassDef(class) => class.body.iter().any(
                |member| matches!(member, Stmt::FunctionDef(init) if init.name.as_str() == "__init__" && sets(init)),
            ),
            _ => false,
        })
    }
}
