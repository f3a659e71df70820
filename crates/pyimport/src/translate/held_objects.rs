//! Which names of the scenario hold an object made at run time (docs/format.md, "Objects made at run
//! time"), so that Python's operations on the whole object become the steps the engine reads it in:
//! `len(x)` is `size(x)`, the truth of a list, dict or set is `size(x) > 0`, `k in x` is `has(x, k)`.
//! The engine's evaluator never reads an object's items inside an expression (a run-time fault there
//! says weft does not yet), so every other use of the whole object that the engine would fault on
//! (`==` with a value known only at run time, `str(x)`, an f-string) is refused here, at the Python
//! line, instead of importing a program whose every run faults where CPython's succeeds.
//!
//! A name is known to hold one where it is bound to a display made at run time (`new_list`,
//! `new_dict`, `new_set`), an instance made at run time (`new_instance`, `new_dataclass`), another such
//! name, or an item of a dict whose every value is a display (`LINKS[url]` of `LINKS = {"/": [...]}`,
//! itself held so: `len(LINKS[url])`).
//! A value of unknown kind (a queue's item, a parameter) is not: its uses stay as before.

use ruff_python_ast::{self as ast, Expr};

use super::dropped_calls::CONTAINER_MUTATORS as MUTATING_METHODS;
use super::{Frame, Translator};
use crate::expr::{COMPARE, Ex, is_identifier};
use crate::value::{Shape, Value};

/// What the import knows a name holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HeldObject {
    /// A list, a dict or a set; `of_containers` when every item (a dict's every value) is one too.
    Container { of_containers: bool },
    /// An instance of a class of the file; `dataclass` when `==` compares its fields.
    Instance { dataclass: bool },
    /// The parts of `s.split(...)`: the format's tuple of them, standing for Python's list where the
    /// two behave alike (its length, items, membership, a walk; sequences.rs).
    Parts,
}

/// The key of a name in `Translator::held_objects`: a shared variable (`None`) or a task's local.
pub(crate) type HeldKey = (Option<usize>, String);

/// The scenario's functions that make an object, with what each makes.
const MAKERS: [(&str, HeldObject); 7] = [
    ("new_list(", HeldObject::Container { of_containers: false }),
    ("new_dict(", HeldObject::Container { of_containers: false }),
    ("new_set(", HeldObject::Container { of_containers: false }),
    ("new_instance(", HeldObject::Instance { dataclass: false }),
    ("new_dataclass(", HeldObject::Instance { dataclass: true }),
    ("split(", HeldObject::Parts),
    ("rsplit(", HeldObject::Parts),
];

/// Whether every item of a display (a dict's every value) is a list, dict or set display.
fn items_are_displays(display: &Expr) -> bool {
    let is_display = |item: &Expr| {
        matches!(item, Expr::List(_) | Expr::Dict(_) | Expr::Set(_))
            || super::collection_objects::empty_container(item).is_some()
    };
    match display {
        Expr::List(list) => !list.elts.is_empty() && list.elts.iter().all(is_display),
        Expr::Set(set) => !set.elts.is_empty() && set.elts.iter().all(is_display),
        Expr::Dict(dict) => !dict.items.is_empty() && dict.items.iter().all(|item| is_display(&item.value)),
        _ => false,
    }
}

impl Translator<'_> {
    /// The scenario name of the variable `expr` is and what it holds, when it is known to hold an object.
    /// An item of a dict whose every value is a display (`LINKS[url]`) is one too, by its text.
    pub(crate) fn held_object(&self, frame: &Frame, expr: &Expr) -> Option<(String, HeldObject)> {
        if self.held_objects.values().all(Option::is_none) {
            return None;
        }
        if let Expr::Subscript(subscript) = expr {
            let (_, HeldObject::Container { of_containers: true }) = self.held_object(frame, &subscript.value)? else {
                return None;
            };
            let Ok(Ex::Code { text, .. }) = self.expr(frame, expr, false) else { return None };
            return Some((text, HeldObject::Container { of_containers: false }));
        }
        // `LINKS.get(url, [])`: an item of such a dict too, or the new display (held_dict_gets.rs).
        if let Expr::Call(call) = expr
            && self.is_held_dict_get(frame, call)
        {
            let Ok(Ex::Code { text, .. }) = self.expr(frame, expr, false) else { return None };
            return Some((text, HeldObject::Container { of_containers: false }));
        }
        if !matches!(expr, Expr::Name(_)) {
            return None;
        }
        let (name, keys) = match self.expr(frame, expr, false).ok()? {
            Ex::Code { text, .. } if is_identifier(&text) => {
                let keys = [(Some(frame.task), text.clone()), (None, text.clone())];
                (text, keys)
            }
            Ex::Static(Value::Shared(name, Shape::Int)) => (name.clone(), [(None, name.clone()), (None, name)]),
            _ => return None,
        };
        let held = keys.iter().find_map(|key| self.held_objects.get(key).copied().flatten())?;
        Some((name, held))
    }

    /// What the value `value`, translated to `text`, makes or names, when it is an object.
    pub(crate) fn object_made_by(&self, frame: &Frame, value: &Expr, text: &str) -> Option<HeldObject> {
        if let Some((_, held)) = MAKERS.iter().find(|(maker, _)| text.starts_with(maker)) {
            // The maker's call must be the whole text, not the start of a larger expression.
            let whole =
                text.ends_with(')') && matches!(value, Expr::List(_) | Expr::Dict(_) | Expr::Set(_) | Expr::Call(_));
            return whole.then(|| match held {
                HeldObject::Container { .. } => HeldObject::Container { of_containers: items_are_displays(value) },
                instance => *instance,
            });
        }
        // `dict(Counter(words))`: a dict made at run time, in a local of its own (counts.rs); an item
        // of a `defaultdict(list)` (collection_objects.rs).
        // `entries = registry.entries` of a dict attribute of an instance made at run time
        // (attribute_dict_stores.rs).
        if self.counting(frame, value).is_some()
            || self.is_made_default_item(frame, value)
            || self.is_run_time_dict_attribute(frame, value)
            || self.popped_made_item(frame, value).is_some()
        {
            return Some(HeldObject::Container { of_containers: false });
        }
        // `arrived = collect(out, 2)` of a function that returns a list it made (returned_list_names.rs).
        if self.is_returned_made_list(frame, text) {
            return Some(HeldObject::Container { of_containers: false });
        }
        self.held_object(frame, value).map(|(_, held)| held)
    }

    /// Records what the scenario variable `key` holds after an assignment of `value` (translated to
    /// `text`). A variable bound to an object and elsewhere to anything else (`x = None`, then `x =
    /// [a]` in an `if`) may hold either when a use runs: it is known to hold none.
    pub(crate) fn record_held(&mut self, frame: &Frame, key: HeldKey, value: &Expr, text: &str) {
        let made = self.object_made_by(frame, value, text);
        // An item of a `defaultdict(list)` is a list: what `sorted(x)` and the other reads of a list
        // made at run time take (list_values.rs).
        if self.is_made_default_list_item(frame, value)
            || self.popped_made_item(frame, value) == Some(super::collection_objects::MADE_LIST)
        {
            self.list_values.insert(key.clone());
        }
        let kept = match self.held_objects.get(&key) {
            None => made,
            Some(earlier) if *earlier == made => made,
            Some(_) => None,
        };
        // Bound again to anything: no longer known to hold a dict's copy (container_copies.rs).
        self.dict_copies.remove(&key);
        self.held_objects.insert(key.clone(), kept);
        self.keep_returned_list_kind(frame, key, text);
    }

    /// `len(x)` of a name that holds a list, a dict or a set: `size(x)`, read by the step it sits in.
    pub(crate) fn held_length(&self, frame: &Frame, argument: &Expr) -> Option<Ex> {
        let Some(held) = self.held_object(frame, argument) else { return self.unknown_length(frame, argument) };
        match held {
            (name, HeldObject::Container { .. }) => Some(Ex::Code {
                text: format!("size({name})"),
                precedence: crate::expr::ATOM,
                boolean: false,
                reads_shared: true,
            }),
            (_, HeldObject::Instance { .. } | HeldObject::Parts) => None,
        }
    }

    /// The truth of a name that holds a list, a dict or a set (`if xs:`, `while xs:`, `not xs`):
    /// `size(x) > 0`, read by the step it sits in. An instance is true, as the engine answers.
    pub(crate) fn held_truth(&self, frame: &Frame, test: &Expr) -> Option<Ex> {
        let Some(held) = self.held_object(frame, test) else { return self.unknown_truth(frame, test) };
        match held {
            (name, HeldObject::Container { .. }) => Some(Ex::Code {
                text: format!("size({name}) > 0"),
                precedence: COMPARE,
                boolean: true,
                reads_shared: true,
            }),
            (_, HeldObject::Instance { .. } | HeldObject::Parts) => None,
        }
    }

    /// `==` or `!=` where a side holds a list, a dict, a set or a dataclass and the other is known only
    /// at run time: Python compares their items, which the engine reads only in steps; refused.
    pub(crate) fn check_object_equality(
        &self,
        frame: &Frame,
        (left, right): (&Expr, &Expr),
        at: &ast::CmpOp,
    ) -> super::Result<()> {
        if !matches!(at, ast::CmpOp::Eq | ast::CmpOp::NotEq) {
            return Ok(());
        }
        for (side, other) in [(left, right), (right, left)] {
            let compares_items = matches!(
                self.held_object(frame, side),
                Some((_, HeldObject::Container { .. } | HeldObject::Instance { dataclass: true } | HeldObject::Parts))
            );
            let other_is_known = matches!(
                self.expr(frame, other, true),
                Ok(Ex::Static(Value::None | Value::Int(_) | Value::Str(_) | Value::Float(_)))
            );
            if compares_items && !other_is_known {
                return super::fail(
                    side,
                    "`==` of a list, dict, set or dataclass made at run time with another value compares their items, which weft does not yet (it reads an object's items in steps of their own: `len`, `in`, `x[k]`)",
                );
            }
        }
        Ok(())
    }

    /// `str(x)` or `f"{x}"` of a name that holds an object made at run time: Python's repr of its items,
    /// which the engine does not write inside an expression; refused.
    pub(crate) fn check_object_text(&self, frame: &Frame, value: &Expr) -> super::Result<()> {
        self.refuse_use_of_made_display(frame, value, "the text")?;
        if self.held_object(frame, value).is_some() {
            return super::fail(
                value,
                "the text of a list, dict, set or instance made at run time (`str(x)`, an f-string) is not weft's yet: it reads the object's items, which weft reads in steps of their own; print the object itself",
            );
        }
        Ok(())
    }

    /// Arithmetic with a list, dict or set made at run time (`xs * 2` repeats a list, `xs + ys` joins,
    /// `a | b` of sets): Python makes a new object from the items, which weft does not yet; refused.
    pub(crate) fn check_object_arithmetic(&self, frame: &Frame, binary: &ast::ExprBinOp) -> super::Result<()> {
        // `a + b` of two lists: an assignment's value of its own (list_concatenations.rs).
        if self.is_object_concatenation(frame, binary) {
            return super::fail(binary, crate::hoisting::concatenation_inside_expression());
        }
        for side in [&*binary.left, &*binary.right] {
            if let Some((_, HeldObject::Container { .. } | HeldObject::Parts)) = self.held_object(frame, side) {
                return super::fail(
                    side,
                    "arithmetic with a list, dict or set made at run time (`xs * 2`, `xs + ys`, `a | b`) makes a new object from its items, which weft does not yet",
                );
            }
        }
        Ok(())
    }

    /// A method call of a list, dict or set made at run time as a statement (`links.append(x)`,
    /// `d.update(e)`, `s.discard(k)`): weft does not model the methods of these objects, and a call it
    /// does not model would otherwise be a step that changes nothing; refused.
    /// The same of a mutating method of a value known only at run time (`job.update(e)` of a queue's
    /// item, `job["tags"].append(x)`): no string or number has one, so it is an object's.
    pub(crate) fn check_object_method(&self, frame: &Frame, call: &ast::ExprCall) -> super::Result<()> {
        let Expr::Attribute(attribute) = &*call.func else { return Ok(()) };
        let held = matches!(
            self.held_object(frame, &attribute.value),
            Some((_, HeldObject::Container { .. } | HeldObject::Parts))
        );
        let mutating = MUTATING_METHODS.contains(&attribute.attr.as_str())
            && matches!(self.run_time_receiver(frame, &attribute.value), Some(true));
        if held || mutating {
            return super::fail(
                call,
                format!(
                    "`.{}(...)` of a list, dict or set made at run time is not weft's yet: weft reads and writes such an object's items (`x[k]`, `x[k] = v`), not its methods",
                    attribute.attr
                ),
            );
        }
        Ok(())
    }

    /// Whether `receiver` is a value known only at run time held by a task's local (`job`), or an item
    /// of one (`job["tags"]`): `Some(true)`; `None` for anything else (a shared list, a queue, ...).
    fn run_time_receiver(&self, frame: &Frame, receiver: &Expr) -> Option<bool> {
        let name = match receiver {
            Expr::Name(_) => receiver,
            Expr::Subscript(subscript) => return self.run_time_receiver(frame, &subscript.value),
            _ => return None,
        };
        let Expr::Name(python) = name else { return None };
        matches!(frame.locals.get(python.id.as_str()), Some(Value::Local(_))).then_some(true)
    }
}
