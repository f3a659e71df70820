//! Copies of shared containers (session 26): `snapshot = dict(d)` and `d.copy()` of a shared dict,
//! `xs.copy()` of a shared list or a list made at run time (as `list(xs)`), `list(d)`, `list(d.keys())`
//! and `list(d.items())` of a shared dict, and `sorted(c)` / `list(c)` of a name that holds such a copy.
//!
//! CPython makes each of these copies in one C call under the GIL (`dict_merge` or `PyDict_Copy` for
//! a dict, `list_slice` for `list.copy`, `list_extend` over a dict's iterator for `list(d)`): no Python
//! code runs between two items (the keys are the program's strings, numbers and tuples, whose hash and
//! `==` are C code), so no other thread writes the container in the middle of the copy. weft makes the
//! copy in one `atomic` step that reads every entry in the dict's insertion order (`next_inserted`,
//! `key_inserted`: docs/format.md) into a new object, as list_values.rs makes `sorted(d)`.
//!
//! Not copied here (refused as before): a set's copy (its order is CPython's hash table's), `.copy()`
//! of a `defaultdict` or a `Counter` (the copy keeps their missing-key rule), a deque's copy, and
//! `dict(d)` or `.copy()` used inside a larger expression (a step of its own is needed for the copy).

use ruff_python_ast::{self as ast, Expr};

use super::list_values::{MadeKind, Source};
use super::whole_reads::Part;
use super::{Frame, HeldObject, Result, Translator, while_step};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// The source of `xs.copy()` (no arguments) of a shared list that is no deque, or of a name that
    /// holds a list made at run time: the same copy as `list(xs)`.
    pub(super) fn copied_list_source(&self, frame: &Frame, call: &ast::ExprCall) -> Option<Source> {
        let receiver = copy_receiver(call)?;
        if let Some(held) = self.held_list(frame, receiver) {
            return Some(Source::Object(held));
        }
        match self.expr(frame, receiver, false).ok()? {
            Ex::Static(Value::Shared(shared, Shape::Map { dense: true })) if !self.deques.contains_key(&shared) => {
                Some(Source::Indexed { length: format!("len({shared})"), shared })
            }
            _ => None,
        }
    }

    /// The source of `list(d)`, `list(d.keys())` or `list(d.items())` of a shared dict that stands for
    /// no set (a set's order is CPython's hash table's, not its insertion order).
    pub(super) fn unsorted_dict_source(&self, frame: &Frame, argument: &Expr) -> Option<Source> {
        if let Some(Source::DictKeys(shared)) = self.dict_keys_source(frame, argument) {
            return (!self.set_names.contains(&shared)).then_some(Source::DictKeys(shared));
        }
        let Expr::Call(call) = argument else { return None };
        let Expr::Attribute(attribute) = &*call.func else { return None };
        if !call.arguments.is_empty() || attribute.attr.as_str() != "items" {
            return None;
        }
        match self.dict_keys_source(frame, &attribute.value)? {
            Source::DictKeys(shared) if !self.set_names.contains(&shared) => Some(Source::DictPairs(shared)),
            _ => None,
        }
    }

    /// The scenario name of a name this module bound to a copy of a shared dict.
    pub(super) fn held_dict_copy(&self, frame: &Frame, expr: &Expr) -> Option<String> {
        let (name, HeldObject::Container { .. }) = self.held_object(frame, expr)? else { return None };
        let keys = [(Some(frame.task), name.clone()), (None, name.clone())];
        keys.iter().any(|key| self.dict_copies.contains(key)).then_some(name)
    }

    /// The scenario name of a name this module bound to a copy of a shared dict whose values are no
    /// containers (numbers, strings, None, tuples), which `==` compares as values.
    pub(super) fn held_plain_dict_copy(&self, frame: &Frame, expr: &Expr) -> Option<String> {
        let name = self.held_dict_copy(frame, expr)?;
        let plain = matches!(self.held_object(frame, expr), Some((_, HeldObject::Container { of_containers: false })));
        plain.then_some(name)
    }

    /// `c.keys()`, `c.values()` or `c.items()` of a name holding a copy of a shared dict whose values are
    /// no containers: the holder and the part a whole read walks (in the copy's insertion order).
    pub(super) fn dict_copy_view(&self, frame: &Frame, expr: &Expr) -> Option<(String, Part)> {
        let Expr::Call(call) = expr else { return None };
        let Expr::Attribute(attribute) = &*call.func else { return None };
        let part = match attribute.attr.as_str() {
            "keys" => Part::Keys,
            "values" => Part::Values,
            "items" => Part::Pairs,
            _ => return None,
        };
        if !call.arguments.is_empty() {
            return None;
        }
        Some((self.held_plain_dict_copy(frame, &attribute.value)?, part))
    }

    /// `name = dict(d)` or `name = d.copy()` of a shared dict: the copy made in one `atomic` step, every
    /// key in insertion order with its value, then bound to the name. False for any other value.
    pub(super) fn assign_dict_copy(
        &mut self,
        frame: &mut Frame,
        name: &str,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Some(shared) = self.copied_dict(frame, value) else { return Ok(false) };
        if self.is_manager_collection(&shared)
            && self.assign_proxy_dict_copy(frame, (name, value), &shared, out, line)?
        {
            return Ok(true);
        }
        let made = self.fresh_temporary(frame.task, "made");
        let found = self.fresh_temporary(frame.task, "found");
        let key = self.fresh_temporary(frame.task, "key");
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let find = |place: String| let_step(format!("{found} = next_inserted({shared}, {place})"));
        let copy_one = vec![
            let_step(format!("{key} = key_inserted({shared}, {found})")),
            Step::new("set", Node::Quoted(format!("{made}[{key}] = {shared}[{key}]")), line),
            find(format!("{found} + 1")),
        ];
        let steps = vec![
            let_step(format!("{made} = new_dict()")),
            find("0".to_string()),
            while_step(format!("{found} >= 0"), copy_one, line),
        ];
        out.push(Step::new("atomic", Node::Steps(steps), line));
        self.made_containers.set(true);
        // The values of a `defaultdict(list)` or of `setdefault(k, [])` are lists or sets made at run time,
        // which the copy shares (a shallow copy): `len(copy[k])` is their `size`.
        let of_containers =
            self.made_default_dicts.contains_key(&shared) || self.setdefault_dicts.contains_key(&shared);
        let kind = MadeKind::DictCopy { of_containers };
        self.bind_made_container(frame, (name, value), (&made, kind), out, line)?;
        Ok(true)
    }

    /// The shared dict `value` copies: `dict(d)` of one that stands for no set or deque, or `d.copy()`
    /// of one that also has no missing-key rule of its own (a `defaultdict`'s or a `Counter`'s copy
    /// keeps it, a plain dict's `dict(d)` does not).
    fn copied_dict(&self, frame: &Frame, value: &Expr) -> Option<String> {
        let (dict, keeps_kind) = match value {
            Expr::Call(call) => match copy_receiver(call) {
                Some(receiver) => (receiver, true),
                None => {
                    let (_, [argument]) = self.builtin_of_one(frame, value, &["dict"])? else { return None };
                    (argument, false)
                }
            },
            _ => return None,
        };
        let Ok(Ex::Static(Value::Shared(shared, Shape::Map { dense: false }))) = self.expr(frame, dict, false) else {
            return None;
        };
        let plain = !self.deques.contains_key(&shared) && !self.set_names.contains(&shared);
        let own_rule = self.defaulting_dicts.contains_key(&shared) || self.made_default_dicts.contains_key(&shared);
        (plain && !(keeps_kind && own_rule)).then_some(shared)
    }
}

/// The receiver of `x.copy()` called with no arguments.
fn copy_receiver(call: &ast::ExprCall) -> Option<&Expr> {
    let Expr::Attribute(attribute) = &*call.func else { return None };
    (attribute.attr.as_str() == "copy" && call.arguments.is_empty()).then_some(&*attribute.value)
}
