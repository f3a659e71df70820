//! `job in [a, b]` and `job in (a, b)` where the key and an item are instances of a `@dataclass`:
//! Python's list and tuple compare each item with `is`, then with `==`, and a dataclass's generated
//! `__eq__` compares the fields. The import compared instances by identity alone, so two equal jobs
//! made apart were "not in" (session26/repro/r13, checks/c102). `==` of instances is refused already
//! (held_objects.rs, and an instance is no value of a step); membership is refused alike, unless an
//! item is the key itself (then Python finds it, whatever the fields).

use ruff_python_ast::Expr;

use super::held_objects::HeldObject;
use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::value::Value;

/// How an expression names an instance of a dataclass: one made at import time (its scenario name)
/// or one a local holds at run time (the local's name).
#[derive(PartialEq)]
enum DataclassInstance {
    Made(String),
    Held(String),
}

impl Translator<'_> {
    /// Refuses `key in display` where the key is an instance of a dataclass and some item is another
    /// instance of one, whose fields Python compares.
    pub(crate) fn refuse_dataclass_membership(&self, frame: &Frame, key: &Expr, container: &Expr) -> Result<()> {
        let items = match container {
            Expr::List(list) => &list.elts,
            Expr::Tuple(tuple) => &tuple.elts,
            _ => return Ok(()),
        };
        let Some(wanted) = self.dataclass_instance(frame, key) else { return Ok(()) };
        let instances: Vec<DataclassInstance> =
            items.iter().filter_map(|item| self.dataclass_instance(frame, item)).collect();
        if instances.is_empty() || instances.contains(&wanted) {
            return Ok(());
        }
        fail(
            key,
            "`in` compares this dataclass instance with the display's instances by their fields (the `__eq__` `@dataclass` writes), which weft does not model, as it does not model `==` of instances; compare a field (`job.name in (a.name, b.name)`) or the instances themselves with `is`",
        )
    }

    fn dataclass_instance(&self, frame: &Frame, expr: &Expr) -> Option<DataclassInstance> {
        if let Ok(Ex::Static(Value::Instance(instance))) = self.expr(frame, expr, false) {
            let class = self.classes.class_of(&instance)?;
            return self.dataclasses.contains(class).then_some(DataclassInstance::Made(instance));
        }
        match self.held_object(frame, expr)? {
            (name, HeldObject::Instance { dataclass: true }) => Some(DataclassInstance::Held(name)),
            _ => None,
        }
    }
}
