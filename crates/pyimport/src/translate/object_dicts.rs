//! `accounts = {name: Account(name) for name in ("alice", "bob")}` (session18/t01): a dict comprehension
//! whose values are objects made here (instances of the file's classes, threading objects) under string
//! keys known at import time. Each object is made as the display `{"alice": Account("alice"), ...}`
//! makes it, named after the dict and its key (`accounts_alice`), and the dict is looked up by keys
//! known at import time, as a display of such objects is.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, SavedBindings, Translator, bind_comprehension, fail, is_tuple_of_names, names_in};
use crate::out::Step;
use crate::value::Value;

impl Translator<'_> {
    /// Whether `comprehension` is one of objects made here: its value is a call (the display's rule).
    pub(super) fn makes_objects(comprehension: &ast::ExprDictComp) -> bool {
        matches!(&*comprehension.value, Expr::Call(_))
    }

    /// The objects of `{key: Class(...) for x in items}`, each made in the comprehension's order under
    /// its key, a key made twice keeping its first place and the later object, as Python's dict does.
    pub(super) fn object_dict_comprehension(
        &mut self,
        frame: &mut Frame,
        hint: &str,
        comprehension: &ast::ExprDictComp,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Value> {
        let [generator] = comprehension.generators.as_slice() else {
            return fail(&comprehension.range, "a dict comprehension of objects with one `for` is supported");
        };
        if !generator.ifs.is_empty() || generator.is_async {
            return fail(
                &comprehension.range,
                "a dict comprehension of objects with `if` or `async for` is not supported",
            );
        }
        if !matches!(&generator.target, Expr::Name(_)) && !is_tuple_of_names(&generator.target) {
            return fail(&generator.target, "the comprehension's variable must be a name or a tuple of names");
        }
        let Some(key_expr) = comprehension.key.as_deref() else {
            return fail(&comprehension.range, "`**` in a dict comprehension is not supported");
        };
        let items = self.static_iteration(frame, &generator.iter)?;
        let names = names_in(&generator.target);
        let saved = SavedBindings::of(frame, names.iter());
        let mut objects: Vec<(String, Value)> = Vec::with_capacity(items.len());
        let mut result = Ok(());
        for item in items {
            result = bind_comprehension(frame, &generator.target, item)
                .and_then(|()| self.one_object_entry(frame, hint, key_expr, &comprehension.value, out, line))
                .map(|(key, object)| match objects.iter_mut().find(|(known, _)| *known == key) {
                    Some((_, stored)) => *stored = object,
                    None => objects.push((key, object)),
                });
            if result.is_err() {
                break;
            }
        }
        saved.restore(frame);
        result.map(|()| Value::Objects(objects))
    }

    /// One entry of a dict of objects: its key, a string known at import time, and the object made
    /// under the name `{hint}_{key}`.
    pub(super) fn one_object_entry(
        &mut self,
        frame: &mut Frame,
        hint: &str,
        key_expr: &Expr,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<(String, Value)> {
        let Ok(Value::Str(key)) = self.static_value(frame, key_expr) else {
            return fail(key_expr, "a dict of objects made here takes string keys known at import time");
        };
        // `{name: ex.submit(job, name) for name in NAMES}`: the future of each (future_entries.rs).
        if let Some(future) = self.started_entry(frame, &format!("{hint}_{key}"), value, out, line)? {
            return Ok((key, future));
        }
        match self.creation(frame, &format!("{hint}_{key}"), value, out, line)? {
            Some(object @ (Value::Object(_) | Value::Instance(_))) => Ok((key, object)),
            _ => fail(value, not_an_object_made_here(value)),
        }
    }
}

/// The words for a value of a dict of objects that makes none (session 34: session33/q01's
/// `{name: room.join(name) for name in names}`, a method that makes a queue, stores it in its own dict
/// and returns it; before, the words only said what such a dict holds).
fn not_an_object_made_here(value: &Expr) -> String {
    let what = match value {
        Expr::Call(call) => match &*call.func {
            Expr::Attribute(attribute) => format!("`.{}(...)`, a call of a method,", attribute.attr),
            Expr::Name(callee) => format!("`{}(...)`, a call of a function,", callee.id),
            _ => "this call".to_string(),
        },
        _ => "this value".to_string(),
    };
    format!(
        "a dict of objects whose values are made right here is supported (`{{n: queue.Queue() for n in names}}`, `{{n: Account(n) for n in names}}`, a lock, semaphore, event, condition or queue, or an instance of the file's classes, under string keys known at import time); {what} is not: weft follows an object from the place that makes it, and one a function makes and returns (or stores in a registry it fills as the program runs) is not followed here. Make each object in the display and hand it to the code that needs it; for values a call computes, store each in a `for` (`for n in names: d[n] = f(n)`)"
    )
}
