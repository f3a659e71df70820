//! `LINKS.get(url, [])` of a dict made at run time whose every value is a list, dict or set display,
//! with an empty list, dict or set as the default
//! (session 33: session32/q01, a crawler's link graph `LINKS = {"/": ["/about", "/blog"], ...}` read by
//! a worker's `for link in LINKS.get(url, []):`). The dict is an object made at run time (`new_dict`),
//! read as `LINKS[url]` already is (held_objects.rs); `get` with a display as its default is the
//! conditional expression `(LINKS[url] if has(LINKS, url) else new_list())`, one step's reads as
//! CPython's one C call. The default is a new object each time it is taken, as Python evaluates the
//! display at every call (an unused one is garbage; no program can tell it was never made).
//!
//! The key is read twice by the expression, so it must read no shared memory (a task's local, a
//! literal): a global key could change between the two reads, which Python's one read cannot see.
//! Anything else (no default, a default that is no display, a key that reads shared memory) stays
//! refused as before.

use ruff_python_ast::{self as ast, Expr};

use super::collection_objects::{MADE_LIST, empty_container};
use super::held_objects::HeldObject;
use super::{Frame, Result, Translator};
use crate::expr::{ATOM, Ex};

/// A `d.get(key, default)` read: the dict's scenario name, the key's text and the default's text.
struct DictGet {
    dict: String,
    key: String,
    default: String,
}

impl Translator<'_> {
    /// `d.get(k, [])` of a dict whose values are displays, as an expression (`None` for any other call).
    pub(crate) fn held_dict_get(&self, frame: &Frame, call: &ast::ExprCall) -> Result<Option<Ex>> {
        let Some(DictGet { dict, key, default }) = self.dict_get_parts(frame, call)? else { return Ok(None) };
        Ok(Some(Ex::Code {
            text: format!("({dict}[{key}] if has({dict}, {key}) else {default})"),
            precedence: ATOM,
            boolean: false,
            reads_shared: true,
        }))
    }

    /// Whether `call` is such a `get`: its value is then a list, dict or set made at run time, held as
    /// an item of the dict is (`for link in LINKS.get(url, [])` walks it).
    pub(crate) fn is_held_dict_get(&self, frame: &Frame, call: &ast::ExprCall) -> bool {
        matches!(self.dict_get_parts(frame, call), Ok(Some(_)))
    }

    fn dict_get_parts(&self, frame: &Frame, call: &ast::ExprCall) -> Result<Option<DictGet>> {
        let Expr::Attribute(attribute) = &*call.func else { return Ok(None) };
        let ([key, default], []) = (&call.arguments.args[..], &call.arguments.keywords[..]) else { return Ok(None) };
        let Some(default) = empty_display(default) else { return Ok(None) };
        if attribute.attr.as_str() != "get" {
            return Ok(None);
        }
        let Some((dict, HeldObject::Container { of_containers: true })) = self.held_object(frame, &attribute.value)
        else {
            return Ok(None);
        };
        let (key, _, _, reads_shared) = self.to_code(self.expr(frame, key, false)?, key)?;
        if reads_shared {
            return Ok(None);
        }
        // The run makes objects: exploration keeps them in its state.
        self.made_containers.set(true);
        Ok(Some(DictGet { dict, key, default }))
    }
}

/// The scenario's maker of an empty list or dict display (`[]`, `{}`) or of `list()`, `dict()`, `set()`.
fn empty_display(default: &Expr) -> Option<String> {
    match default {
        Expr::List(list) if list.elts.is_empty() => Some(MADE_LIST.to_string()),
        Expr::Dict(dict) if dict.items.is_empty() => Some("new_dict()".to_string()),
        _ => empty_container(default),
    }
}
