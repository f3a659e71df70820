//! `HANDLERS = {"a": on_a, "b": on_b}`: a dict of functions of the file (or `functools.partial`s of
//! them) under string keys, a dispatch table looked up by keys known at import time (`HANDLERS[kind]()`
//! in a thread whose `kind` its `args=` gave). Like a dict of locks (`Value::Objects`), nothing writes
//! it, so the lookup picks the function when the program is imported and the call is the function's, as
//! Python's call of the item is.

use ruff_python_ast as ast;

use super::{Frame, Result, Translator, fail};
use crate::value::Value;

impl Translator<'_> {
    /// Whether every value of `dict` names a function of the file, a `partial` of one or a function a
    /// closure factory made.
    pub(super) fn holds_functions(&self, frame: &Frame, dict: &ast::ExprDict) -> bool {
        !dict.items.is_empty()
            && dict.items.iter().all(|item| {
                matches!(
                    self.static_value(frame, &item.value),
                    Ok(Value::Function(_) | Value::Partial(..) | Value::Closure(..))
                )
            })
    }

    /// The dict of functions, each under its key (a key given twice keeps its last value, as Python's
    /// display does).
    pub(super) fn function_dict(&self, frame: &Frame, dict: &ast::ExprDict) -> Result<Value> {
        let mut entries: Vec<(String, Value)> = Vec::with_capacity(dict.items.len());
        for item in &dict.items {
            let Some(Value::Str(key)) = item.key.as_ref().and_then(|key| self.static_value(frame, key).ok()) else {
                return fail(&item.value, "a dict of functions is supported with string keys known at import time");
            };
            let function = self.static_value(frame, &item.value)?;
            match entries.iter_mut().find(|(known, _)| *known == key) {
                Some((_, stored)) => *stored = function,
                None => entries.push((key, function)),
            }
        }
        Ok(Value::Objects(entries))
    }
}

impl Translator<'_> {
    /// `HANDLERS[kind]()`, `callbacks[i](event)`, where the item is not known at import time: the call
    /// would reach "a call weft does not model" and be only its reads, the function's steps lost
    /// (a silent error). Refused, saying which lookups are followed.
    pub(super) fn refuse_unresolved_item_call(&self, frame: &Frame, call: &ast::ExprCall) -> Result<()> {
        let ast::Expr::Subscript(subscript) = &*call.func else { return Ok(()) };
        match self.static_value(frame, &call.func) {
            Ok(Value::Function(_) | Value::Partial(..) | Value::Closure(..)) => Ok(()),
            _ => fail(
                subscript,
                "a call of an item (`handlers[kind]()`) is followed where the item is a function of this file found at import time: a dict of functions under string keys or a list of them, indexed by a key known at import time (a thread's `args=`, an unrolled loop's variable)",
            ),
        }
    }
}

impl Translator<'_> {
    /// `subscribers.append(on_event)`: a list of callbacks that grows at run time holds values the
    /// scenario cannot (a function is no value of it), so the calls of its items could not be followed.
    pub(super) fn refuse_appended_function(&self, frame: &Frame, item: &ast::Expr) -> Result<()> {
        match self.static_value(frame, item) {
            Ok(function @ (Value::Function(_) | Value::Partial(..) | Value::Closure(..) | Value::Lambda(_))) => fail(
                item,
                format!(
                    "{} appended to a list: a list of callbacks that grows is not supported; write the list as a display of the file's functions (`HANDLERS = [on_a, on_b]`) or a dict of them under string keys, which a loop or a lookup by a key known at import time calls",
                    function.describe()
                ),
            ),
            _ => Ok(()),
        }
    }
}
