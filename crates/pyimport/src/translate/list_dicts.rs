//! `jobs = {"small": [1, 2, 3], "large": list(range(20))}` in a function (session21/t09): a dict under
//! string keys whose values are lists of numbers, None and strings known at import time, which nothing
//! writes. Each list is a shared list of its own (`jobs_small`), as a list display bound to a name is,
//! so a thread given it reads (or writes) that one object, as CPython hands the object on; the dict is
//! looked up, and its `items()`, `keys()` and `values()` walked, at import time (the display's order,
//! as Python's dict keeps it). A dict that something may write (`jobs["x"] = [...]`, `del`, `update`,
//! handed to a call) is refused where it is made: its items would change while the program runs.

use ruff_python_ast::{self as ast, Expr};

use super::record_views::{dict_view, only_read};
use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::Item;
use crate::value::{Items, Shape, Value};

impl Translator<'_> {
    /// Whether `dict` is a display under string keys whose every value is a list display (or
    /// `list(...)`) known at import time, of numbers, None and strings.
    pub(super) fn is_list_dict(&self, frame: &Frame, dict: &ast::ExprDict) -> bool {
        self.has_string_keys(frame, dict)
            && dict.items.iter().all(|item| {
                is_list_expression(&item.value)
                    && matches!(self.static_value(frame, &item.value),
                        Ok(Value::List(items)) if !items.is_empty() && items.iter().all(|item| Item::of(item).is_some()))
            })
    }

    /// The dict of `is_list_dict`, bound to `name`: each list declared as a shared list named after the
    /// dict and its key, a key given twice keeping its first place and its later list, as Python's.
    pub(super) fn list_dict(&mut self, frame: &Frame, name: &str, dict: &ast::ExprDict) -> Result<Value> {
        if !only_read(self.module_body, name) {
            return fail(
                &dict.range,
                format!(
                    "a dict of lists is imported when nothing writes it (`{name}` only indexed, `get`, `items`/`keys`/`values`, `in`, `len` and walked); this program may change it, or hands it on"
                ),
            );
        }
        self.list_dict_entries(frame, name, dict)
    }

    /// `self.children = {"eng": ["backend", "frontend"]}` in `__init__` (session 32: session31/t11):
    /// a dict of lists kept as an attribute, as `list_dict` makes one bound to a name, when every use
    /// of an attribute of that name in the file only reads the dict; `None` otherwise (refused as
    /// before, where its list is met).
    pub(super) fn attribute_list_dict(
        &mut self,
        frame: &Frame,
        hint: &str,
        attribute: &str,
        value: &Expr,
    ) -> Result<Option<Value>> {
        let Expr::Dict(dict) = value else { return Ok(None) };
        if !self.is_list_dict(frame, dict) || !super::record_views::attribute_only_read(self.module_body, attribute) {
            return Ok(None);
        }
        self.list_dict_entries(frame, hint, dict).map(Some)
    }

    /// Each list of a dict of lists declared as a shared list named after `name` and its key.
    fn list_dict_entries(&mut self, frame: &Frame, name: &str, dict: &ast::ExprDict) -> Result<Value> {
        let mut entries: Vec<(String, Value)> = Vec::with_capacity(dict.items.len());
        for item in &dict.items {
            let Some(Value::Str(key)) = item.key.as_ref().and_then(|key| self.static_value(frame, key).ok()) else {
                return fail(&item.value, "a dict of lists is supported under string keys");
            };
            let items = self.static_value(frame, &item.value)?;
            let list = self.list_value(frame, &format!("{name}_{key}"), items, &item.value)?;
            match entries.iter_mut().find(|(known, _)| *known == key) {
                Some((_, stored)) => *stored = list,
                None => entries.push((key, list)),
            }
        }
        Ok(Value::Objects(entries))
    }

    /// `d.items()`, `d.keys()`, `d.values()` of a dict of lists: its entries at import time, in order.
    pub(super) fn list_dict_view(&self, frame: &Frame, iterable: &Expr) -> Option<Vec<Value>> {
        let (dict, view) = dict_view(iterable)?;
        let Ok(Ex::Static(Value::Objects(entries))) = self.expr(frame, &Expr::Name(dict.clone()), false) else {
            return None;
        };
        if !is_dict_of_lists(&entries) {
            return None;
        }
        let items = entries.into_iter().map(|(key, list)| match view {
            "keys" => Value::Str(key),
            "values" => list,
            _ => Value::List(Items::tuple(vec![Value::Str(key), list])),
        });
        Some(items.collect())
    }
}

/// Whether the entries of a `Value::Objects` are the shared lists of a dict of lists.
pub(crate) fn is_dict_of_lists(entries: &[(String, Value)]) -> bool {
    !entries.is_empty()
        && entries.iter().all(|(_, value)| matches!(value, Value::Shared(_, Shape::Array(_) | Shape::Map { .. })))
}

/// A list display, or a call of the built-in `list`: a value Python makes a new list of.
fn is_list_expression(expr: &Expr) -> bool {
    match expr {
        Expr::List(_) => true,
        Expr::Call(call) => matches!(&*call.func, Expr::Name(name) if name.id.as_str() == "list"),
        _ => false,
    }
}

impl Translator<'_> {
    /// The object an assignment `name = value` makes where it stands: a dict of lists in a function
    /// (this file), a helper's list of lists (list_results.rs), else the objects `creation` makes.
    pub(super) fn assigned_creation(
        &mut self,
        frame: &mut Frame,
        name: &str,
        value: &Expr,
        out: &mut Vec<crate::out::Step>,
        line: u32,
    ) -> Result<Option<Value>> {
        if !frame.module_level
            && let Expr::Dict(dict) = value
            && self.is_list_dict(frame, dict)
        {
            return self.list_dict(frame, name, dict).map(Some);
        }
        // `plan = {0: [0, 2], 1: [2, 3]}` only walked (local_display_views.rs).
        if let Some(display) = self.walked_local_display(frame, name, value) {
            return Ok(Some(display));
        }
        if let Expr::Call(call) = value
            && let Some(lists) = self.computed_list_of_lists(frame, call)
        {
            return Ok(Some(lists));
        }
        self.creation(frame, name, value, out, line)
    }
}
