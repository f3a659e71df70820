//! Reads of a whole value of any kind in one step: `index_of(x, v)`, `count_of(x, v)`, `joined(x,
//! sep)`, `sliced(x, (a, b, c))` and `unpacked(x, n)`, and `has(x, k)` of a value that is no object.
//!
//! The import writes them where the value's kind is known only when the program runs (a message taken
//! from a queue, a Pipe or a future's result: session33/repro r16, r17). A list, dict or set made at run
//! time is shared memory, so the step reads its shape and every item it looks at (accesses exploration
//! orders against the writes of other tasks), as CPython reads it under one hold of the GIL; a tuple, a
//! string, a number or None reads nothing shared and is answered as the functions of text answer it
//! (`crate::text`), with CPython's exceptions. These steps are rare and out of the hot loop: they may
//! allocate (the functions of text do).

use super::driver::Driver;
use super::run::Run;
use super::steps::Effect;
use crate::access::Object;
use crate::expr::EvalError;
use crate::model::{ExprId, LocalId, ObjectPart, TaskId};
use crate::objects::ObjectKind;
use crate::text::{TextFunction, TextValues};
use crate::trace::TraceKind;

/// What Python compares by value and weft's items compare by pattern only where no object or float is
/// on either side: `[2] in msg` of a list of lists, `1.0 in msg`.
const COMPARED_BY_VALUE: &str = "`in`, `index` or `count` of a value among lists, dicts or floats (Python compares them by value, weft by what they are)";

impl<D: Driver> Run<'_, '_, D> {
    /// A whole read (`part.reads_whole()`) or `has` of the value `handle`, `key` its argument.
    #[cold]
    #[inline(never)]
    pub(super) fn whole_read(
        &mut self,
        (task, pc): (TaskId, u32),
        exprs: (ExprId, ExprId),
        (handle, key): (i64, i64),
        part: ObjectPart,
        into: LocalId,
    ) -> Effect {
        let computed = match crate::expr::object_index(handle) {
            Some(number) => {
                self.read_every_item(task, pc, handle, number as u32);
                self.whole_of_object(handle, key, part)
            }
            None => self.whole_of_value(handle, key, part),
        };
        match computed {
            Ok(value) => {
                self.state.world.tasks[task.index()].locals[into.index()] = value;
                self.record(task, pc, TraceKind::Step, value);
                Effect::Instant
            }
            Err(error) => {
                self.eval_failed(task, pc, exprs.0, error);
                Effect::Stop
            }
        }
    }

    /// The accesses of a read of the whole object: its shape and every item (a dict's or a set's keys
    /// are its shape).
    fn read_every_item(&mut self, task: TaskId, pc: u32, handle: i64, number: u32) {
        let Some((kind, length)) = self.state.world.run_values.objects.shape(handle) else { return };
        self.access(task, pc, Object::ItemShape(number), false);
        if kind == ObjectKind::List {
            for position in 0..length {
                self.access(task, pc, Object::Item(number, position as i64), false);
            }
        }
    }

    /// The read of a tuple, a string, a number or None: the function of text's answer (`unpacked` of a
    /// value that is no object is the value itself, which `unpack(t, i, n)` then takes apart).
    fn whole_of_value(&self, value: i64, key: i64, part: ObjectPart) -> Result<i64, EvalError> {
        let values: &dyn TextValues = &self.state.world.run_values;
        let call =
            |function: TextFunction, args: &[i64]| crate::text::call(function, args, values).map_err(EvalError::from);
        match part {
            ObjectPart::Has => call(TextFunction::Contains, &[value, key]),
            ObjectPart::Index => call(TextFunction::Index, &[value, key]),
            ObjectPart::Count => call(TextFunction::Count, &[value, key]),
            ObjectPart::Join => call(TextFunction::Join, &[key, value]),
            ObjectPart::Slice => {
                let bounds = slice_bounds(key, values)?;
                call(TextFunction::Slice, &[value, bounds[0], bounds[1], bounds[2]])
            }
            _ => Ok(value),
        }
    }

    /// The read of a list, dict, set or instance the run made.
    fn whole_of_object(&self, handle: i64, key: i64, part: ObjectPart) -> Result<i64, EvalError> {
        let run_values = &self.state.world.run_values;
        let values: &dyn TextValues = run_values;
        let objects = &run_values.objects;
        if part == ObjectPart::Slice {
            return slice_of_object(run_values, handle, key);
        }
        let read = objects.with_contents(handle, |kind, keys, items| -> Result<i64, EvalError> {
            // What Python's iteration gives: a list's items, a dict's or a set's keys.
            let walked = if kind == ObjectKind::List { items } else { keys };
            match (part, kind) {
                (_, ObjectKind::Instance { .. }) => Err(EvalError::NotYet {
                    operation: "`in`, `index`, `count`, `join`, a slice or an unpacking of an instance",
                }),
                (ObjectPart::Index | ObjectPart::Count, ObjectKind::Dict | ObjectKind::Set) => {
                    Err(no_such_method(kind, part))
                }
                (ObjectPart::Index | ObjectPart::Count, _) => {
                    if !compared_exactly(key, walked, values) {
                        return Err(EvalError::NotYet { operation: COMPARED_BY_VALUE });
                    }
                    let mut equal = walked.iter().enumerate().filter(|&(_, &held)| held == key);
                    if part == ObjectPart::Count {
                        return Ok(equal.count() as i64);
                    }
                    equal
                        .next()
                        .map(|(position, _)| position as i64)
                        .ok_or(EvalError::Python { class: "ValueError", message: "list.index(x): x not in list" })
                }
                (ObjectPart::Join, _) => join_texts(walked, key, values),
                (ObjectPart::Unpack, _) => unpack_items(walked, key, values),
                _ => unreachable!("a whole read"),
            }
        });
        read.unwrap_or(Err(EvalError::NotSubscriptable { value: handle }))
    }
}

/// Whether comparing `key` with each of `held` by pattern is Python's `==`: no float on either side,
/// and no object on either side where the other is a tuple or an object (Python compares those by
/// value; a list display the import wrote as a tuple compares equal to a list in CPython).
pub(crate) fn compared_exactly(key: i64, held: &[i64], values: &dyn TextValues) -> bool {
    let container =
        |value: i64| crate::patterns::tuple_index(value).is_some() || crate::expr::object_index(value).is_some();
    let holds_float = |value: i64| {
        crate::patterns::is_float(value)
            || values.tuple_items(value).is_some_and(|items| items.iter().any(|&item| crate::patterns::is_float(item)))
    };
    if holds_float(key) || held.iter().any(|&item| holds_float(item)) {
        return false;
    }
    if !container(key) {
        return true;
    }
    let holds_object = |value: i64| crate::text::holds_run_time_object(value, values);
    !holds_object(key) && !held.iter().any(|&item| container(item) && holds_object(item))
}

/// Python's AttributeError of `d.index(v)` or `s.count(v)` of a dict or a set.
fn no_such_method(kind: ObjectKind, part: ObjectPart) -> EvalError {
    let message = match (kind, part) {
        (ObjectKind::Dict, ObjectPart::Index) => "'dict' object has no attribute 'index'",
        (ObjectKind::Dict, _) => "'dict' object has no attribute 'count'",
        (_, ObjectPart::Index) => "'set' object has no attribute 'index'",
        _ => "'set' object has no attribute 'count'",
    };
    EvalError::Python { class: "AttributeError", message }
}

/// `separator.join(items)`: each item a string (TypeError otherwise, as CPython's).
fn join_texts(items: &[i64], separator: i64, values: &dyn TextValues) -> Result<i64, EvalError> {
    let separator = values.text(separator).ok_or(EvalError::NoAttribute { method: "join", value: separator })?;
    let mut parts = Vec::with_capacity(items.len());
    for &item in items {
        let text = values
            .text(item)
            .ok_or(EvalError::Python { class: "TypeError", message: "sequence item: expected str instance" })?;
        parts.push(text);
    }
    let joined = parts.join(&separator);
    if joined.len() > crate::limits::MAX_STRING_BYTES {
        return Err(EvalError::StringTooLong);
    }
    values.make_text(&joined).map_err(EvalError::from)
}

/// The tuple of `items` for `a, b = x` of `count` names: CPython's ValueError of another count.
fn unpack_items(items: &[i64], count: i64, values: &dyn TextValues) -> Result<i64, EvalError> {
    if items.len() as i64 != count {
        return Err(EvalError::Unpack { expected: count as u32, got: Some(items.len() as u32) });
    }
    values.make_tuple(items).map_err(EvalError::from)
}

/// The three bounds of a slice, held as the tuple `(a, b, c)` (None where Python's slice has none).
fn slice_bounds(bounds: i64, values: &dyn TextValues) -> Result<[i64; 3], EvalError> {
    match values.tuple_items(bounds).as_deref() {
        Some(&[start, stop, step]) => Ok([start, stop, step]),
        _ => Err(EvalError::NotYet { operation: "a slice whose bounds are no tuple of three" }),
    }
}

/// `x[a:b:c]` of an object: a new list of a list's items (CPython's TypeError of a dict or a set).
fn slice_of_object(values: &crate::expr::RunValues, handle: i64, bounds: i64) -> Result<i64, EvalError> {
    let [start, stop, step] = slice_bounds(bounds, values)?;
    let as_bound = |value: i64| -> Result<Option<i64>, EvalError> {
        match value {
            crate::patterns::NONE => Ok(None),
            number if crate::patterns::is_integer(number) => Ok(Some(number)),
            _ => Err(EvalError::Python {
                class: "TypeError",
                message: "slice indices must be integers or None or have an __index__ method",
            }),
        }
    };
    let (start, stop, step) = (as_bound(start)?, as_bound(stop)?, as_bound(step)?.unwrap_or(1));
    match values.objects.shape(handle) {
        Some((ObjectKind::List, length)) => {
            if step == 0 {
                return Err(EvalError::Python { class: "ValueError", message: "slice step cannot be zero" });
            }
            let positions = crate::text::slice_positions(length, start, stop, step);
            values.objects.make_list_from(handle, positions).map_err(EvalError::from)
        }
        Some((ObjectKind::Dict, _)) => {
            Err(EvalError::Python { class: "TypeError", message: "unhashable type: 'slice'" })
        }
        Some((ObjectKind::Set, _)) => {
            Err(EvalError::Python { class: "TypeError", message: "'set' object is not subscriptable" })
        }
        Some((ObjectKind::Instance { .. }, _)) => Err(EvalError::NotYet { operation: "a slice of an instance" }),
        None => Err(EvalError::NotSubscriptable { value: handle }),
    }
}
