//! Lists and dicts handed to `__init__` and kept as attributes (session 24): `Bank({"alice": 100})`
//! of a class (or `@dataclass`) whose `__init__` stores the argument (`self.balances = balances`),
//! `Bank([100, 50, 0])`, `Bank(START)` of a module dict with string keys.
//!
//! Python hands `__init__` the object itself, so the attribute and every other name of that object are
//! one object. A display written in the call is a new object nothing else names: it is made where the
//! call is, as an assignment of it would be (a dict with string keys a shared variable per key, named
//! after the instance and the parameter), and the parameter is bound to it. A module object (`START`)
//! is already its shared variables: the attribute names them. A list of numbers or strings known at
//! import time that reaches an attribute through a parameter becomes the shared list the attribute
//! holds once; the parameter is then bound to it, so a second attribute of the same parameter holds
//! the same list, as in Python.

use ruff_python_ast::Expr;

use super::{Frame, Item, Result, Translator};
use crate::out::Step;
use crate::value::Value;

impl<'a> Translator<'a> {
    /// The value `__init__`'s parameter is bound to for the call's `argument`: a dict display made
    /// here (named after the instance and the parameter), else the argument's value known at import
    /// time.
    pub(super) fn init_argument(
        &mut self,
        frame: &mut Frame,
        instance: &str,
        parameter: &str,
        argument: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Value> {
        if matches!(argument, Expr::Dict(_)) {
            let hint = format!("{instance}_{parameter}");
            if let Some(made) = self.creation(frame, &hint, argument, out, line)? {
                return Ok(made);
            }
        }
        self.static_value(frame, argument)
    }

    /// An attribute set from a parameter that holds a dict with string keys (the same shared
    /// variables, as Python's attribute is the same dict) or a list of numbers and strings known at
    /// import time (made a shared list here, and the parameter bound to it). `None` for other values.
    pub(super) fn passed_object_attribute(
        &mut self,
        init_frame: &mut Frame,
        instance: &str,
        attribute: &str,
        value: &Expr,
        held: &Value,
    ) -> Result<Option<Value>> {
        match held {
            Value::Record(_) => Ok(Some(held.clone())),
            Value::List(items) if items.iter().all(|item| Item::of(item).is_some()) => {
                // Anything else (a class's `__slots__` tuple) keeps the refusal of such an attribute.
                let Expr::Name(parameter) = value else { return Ok(None) };
                let hint = format!("{instance}_{attribute}");
                if self.appended.contains(&format!("self.{attribute}")) {
                    self.appended.insert(hint.clone());
                }
                let made = self.list_value(init_frame, &hint, held.clone(), value)?;
                let name = parameter.id.to_string();
                init_frame.known.insert(name.clone(), made.clone());
                init_frame.locals.insert(name, made.clone());
                Ok(Some(made))
            }
            _ => Ok(None),
        }
    }
}
