//! The value of an exception (Python's exception object, `except C as e:`): a tuple of the run,
//! `('<exception>', id, 'ValueError', message, args)`, made where the exception is raised and carried
//! with its class wherever the class goes (a handler's local, a job's future, a bare `raise`). The
//! message is CPython's `str(e)`, computed where the exception is made (`None` when weft does not know
//! it: an exception weft raises itself, whose message it does not model); `args` is the tuple of the
//! constructor's arguments, `0` for none (weft has no empty tuple), `None` when unknown. Reading what is
//! unknown is a fault that says weft does not yet, never a guess.
//!
//! A model carries values only when it reads them (`FutureDefs::exception_values`): every other model
//! keeps the class alone in its handlers' locals (its id + 1), and runs, prints and explores as before.

use crate::patterns::{NONE, object_index};
use crate::text::{TextFault, TextFunction, TextValues};

/// The first item of every exception value: the import refuses a program whose text holds it, so no
/// other tuple of a run starts with it.
pub const MARKER: &str = "<exception>";

/// `args` of an exception made without arguments (`ValueError()`).
pub const NO_ARGUMENTS: i64 = 0;

/// The items of an exception value; one more when its class's own `__init__` set attributes.
const LENGTH: usize = 5;

/// What an exception value holds, read once.
struct Parts {
    class: String,
    message: i64,
    arguments: i64,
}

/// The exception value of class `class` (its id in the model and its name), `message` (a string, or
/// `None` when unknown) and `arguments` (a tuple, `NO_ARGUMENTS`, or `None` when unknown).
pub fn make(values: &dyn TextValues, id: u32, class: &str, message: i64, arguments: i64) -> Result<i64, TextFault> {
    let marker = values.make_text(MARKER)?;
    let name = values.make_text(class)?;
    values.make_tuple(&[marker, i64::from(id), name, message, arguments])
}

/// The class id an exception value holds, `None` for any other value (a bare `raise` of a handler's
/// local that holds the class alone, as its id + 1).
pub fn class_id(values: &dyn TextValues, value: i64) -> Option<u32> {
    let items = exception_items(values, value)?;
    u32::try_from(items[1]).ok()
}

/// The items of `value` when it is an exception value.
fn exception_items(values: &dyn TextValues, value: i64) -> Option<Vec<i64>> {
    let items = values.tuple_items(value)?;
    let marked = matches!(items.len(), LENGTH | 6) && values.text(items[0]).as_deref() == Some(MARKER);
    marked.then_some(items)
}

/// The functions of exception values, `None` for every other function of text (crate::text).
pub fn call(function: TextFunction, args: &[i64], values: &dyn TextValues) -> Option<Result<i64, TextFault>> {
    Some(match function {
        TextFunction::ExceptionClass => class_name(values, args[0]),
        TextFunction::ExceptionStr => message(values, args[0]),
        TextFunction::ExceptionRepr => repr(values, args[0]),
        TextFunction::ExceptionArgs => arguments(values, args[0]),
        TextFunction::ExceptionAttributes => attributes(values, args[0]),
        TextFunction::TypeName => type_name(values, args[0]),
        _ => return None,
    })
}

/// Whether `value` is an exception value.
pub fn is_exception(values: &dyn TextValues, value: i64) -> bool {
    exception_items(values, value).is_some()
}

fn parts(values: &dyn TextValues, value: i64) -> Option<Parts> {
    let items = exception_items(values, value)?;
    Some(Parts { class: values.text(items[2])?, message: items[3], arguments: items[4] })
}

/// The parts of an exception value; of any other value, the fault that says weft reads only exceptions
/// so (the import calls these functions only on the names an `except ... as e:` binds).
fn parts_or_fault(values: &dyn TextValues, value: i64) -> Result<Parts, TextFault> {
    parts(values, value)
        .ok_or(TextFault::NotYet { operation: "an exception's attributes of a value that is no exception" })
}

/// `exception_class(x)`: `type(x).__name__` of an exception, `None` of any other value (so that
/// `isinstance(x, C)` is a membership of this in the names of C and its subclasses).
pub fn class_name(values: &dyn TextValues, value: i64) -> Result<i64, TextFault> {
    match parts(values, value) {
        Some(parts) => values.make_text(&parts.class),
        None => Ok(NONE),
    }
}

/// `type_name(x)`: Python's `type(x).__name__` of an exception, a string, None or a tuple; of a number
/// (weft's booleans are integers: `bool` or `int`?) and of an object made at run time, a fault that
/// says weft does not yet.
pub fn type_name(values: &dyn TextValues, value: i64) -> Result<i64, TextFault> {
    if let Some(parts) = parts(values, value) {
        return values.make_text(&parts.class);
    }
    let name = if value == NONE {
        "NoneType"
    } else if values.text(value).is_some() {
        "str"
    } else if values.tuple_items(value).is_some() {
        "tuple"
    } else if crate::patterns::is_float(value) {
        "float"
    } else if object_index(value).is_some() {
        return Err(TextFault::NotYet { operation: "type() of a list, dict, set or instance made at run time" });
    } else {
        return Err(TextFault::NotYet { operation: "type() of a number (weft's booleans are integers)" });
    };
    values.make_text(name)
}

/// The exception value `value` with the attributes its class's own `__init__` set (a tuple, in the
/// order of the `__init__`'s assignments), which `exception_attributes` reads.
pub fn with_attributes(values: &dyn TextValues, value: i64, attributes: i64) -> Result<i64, TextFault> {
    let mut items = values.tuple_items(value).unwrap_or_default();
    debug_assert_eq!(items.len(), LENGTH, "an exception value is made without attributes first");
    items.push(attributes);
    values.make_tuple(&items)
}

/// `exception_attributes(e)`: the tuple of the attributes `e`'s class's own `__init__` set.
pub fn attributes(values: &dyn TextValues, value: i64) -> Result<i64, TextFault> {
    match exception_items(values, value) {
        Some(items) if items.len() > LENGTH => Ok(items[LENGTH]),
        _ => Err(TextFault::NotYet { operation: "an attribute of an exception whose class's `__init__` sets none" }),
    }
}

/// `exception_str(e)`: Python's `str(e)`.
pub fn message(values: &dyn TextValues, value: i64) -> Result<i64, TextFault> {
    let parts = parts_or_fault(values, value)?;
    if parts.message == NONE {
        return Err(TextFault::NotYet {
            operation: "the message of this exception (one weft raises itself, or an OSError's of several arguments)",
        });
    }
    Ok(parts.message)
}

/// `exception_args(e)`: Python's `e.args`.
pub fn arguments(values: &dyn TextValues, value: i64) -> Result<i64, TextFault> {
    let parts = parts_or_fault(values, value)?;
    match parts.arguments {
        NONE => Err(TextFault::NotYet { operation: "the arguments of an exception weft raises itself" }),
        NO_ARGUMENTS => Err(TextFault::NotYet { operation: "an empty tuple or list" }),
        arguments => Ok(arguments),
    }
}

/// `exception_repr(e)`: Python's `repr(e)`, `ValueError('x')`, `KeyError(1, 2)`, `TimeoutError()`.
pub fn repr(values: &dyn TextValues, value: i64) -> Result<i64, TextFault> {
    let parts = parts_or_fault(values, value)?;
    let inside = match parts.arguments {
        NONE => return Err(TextFault::NotYet { operation: "the arguments of an exception weft raises itself" }),
        NO_ARGUMENTS => String::new(),
        arguments => match values.tuple_items(arguments) {
            Some(_) if crate::text::holds_run_time_object(arguments, values) => {
                return Err(TextFault::NotYet {
                    operation: "repr() of an exception holding an object made at run time",
                });
            }
            Some(items) => items.iter().map(|&item| values.repr_of(item)).collect::<Vec<_>>().join(", "),
            None => return Err(TextFault::NotYet { operation: "an exception whose arguments are no tuple" }),
        },
    };
    let text = format!("{}({inside})", parts.class);
    if text.len() > crate::limits::MAX_STRING_BYTES {
        return Err(TextFault::TooLong);
    }
    values.make_text(&text)
}

/// How CPython's `str` of an exception reads its arguments, by class (`BaseException_str`,
/// `KeyError_str`, `OSError_str`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageRule {
    /// `''` of none, `str(a)` of one, the tuple's repr of more.
    Plain,
    /// KeyError and its subclasses: `repr(a)` of one argument.
    Key,
    /// OSError and its subclasses: `[Errno n] text` of two or more, which weft does not model.
    OsError,
}

/// The value of class `class` (id `id`) made as `class(*arguments)`: `arguments` a tuple, or any other
/// value as the one argument; its message by `rule`, or unknown where weft does not model it (an
/// OSError's of two arguments or more, the `str` of an object made at run time).
pub fn of_arguments(
    values: &dyn TextValues,
    id: u32,
    class: &str,
    rule: MessageRule,
    arguments: i64,
) -> Result<i64, TextFault> {
    let (arguments, items) = match values.tuple_items(arguments) {
        Some(items) => (arguments, items),
        None => (values.make_tuple(&[arguments])?, vec![arguments]),
    };
    // An object's `str` weft does not compute, nor an exception's whose message it does not know.
    let unknown = |item: i64| {
        crate::text::holds_run_time_object(item, values)
            || (is_exception(values, item) && message(values, item).is_err())
    };
    let message = match (&items[..], rule) {
        (_, _) if items.iter().any(|&item| unknown(item)) => NONE,
        ([_, _, ..], MessageRule::OsError) => NONE,
        ([one], MessageRule::Key) => made_text(values, &values.repr_of(*one))?,
        ([one], _) => made_text(values, &values.str_of(*one))?,
        _ => made_text(values, &values.repr_of(arguments))?,
    };
    make(values, id, class, message, arguments)
}

/// The value of class `class` raised without arguments (`raise C`, `raise C()`): its message `''`.
pub fn without_arguments(values: &dyn TextValues, id: u32, class: &str) -> Result<i64, TextFault> {
    let empty = values.make_text("")?;
    make(values, id, class, empty, NO_ARGUMENTS)
}

fn made_text(values: &dyn TextValues, text: &str) -> Result<i64, TextFault> {
    if text.len() > crate::limits::MAX_STRING_BYTES {
        return Err(TextFault::TooLong);
    }
    values.make_text(text)
}
