//! Python's methods of strings and the builtins of text (`s[a:b:c]`, `s.strip()`, `sep.join(t)`,
//! `x in s`, `ord`, `chr`, `repr`, `format(x, spec)`, `fmt % args`, `s.split(sep)`), each with
//! CPython's results and its exceptions. Every call here makes or reads strings, so it runs out of the
//! hot loop (`#[cold]`) and may allocate; a model that makes no string never comes here.
//!
//! Where CPython's answer needs what weft does not model (a float, an empty tuple, Unicode's
//! categories beyond ASCII), the call is a fault that says weft does not yet (`TextFault::NotYet`),
//! never an approximation.

mod float_texts;

use crate::limits::{MAX_STRING_BYTES, MAX_TUPLE_LENGTH};
use crate::patterns::{NONE, is_integer, object_index};

/// Why a function of text gives no value (the evaluator's `TextFault` says each; this file imports
/// nothing of the evaluator, so that the two make no circle).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextFault {
    /// Python's exception of class `class` with CPython's message (values it quotes left out).
    Python { class: &'static str, message: &'static str },
    /// Python's AttributeError of a string's method on `value`, which is no string.
    NoAttribute { method: &'static str, value: i64 },
    /// What CPython computes and weft does not model.
    NotYet { operation: &'static str },
    /// A result longer than `limits::MAX_STRING_BYTES`.
    TooLong,
    /// Past the strings a run may make.
    TooManyStrings,
    /// Past the tuples a run may make.
    TooManyTuples,
}

/// The run's values as the functions of text read and make them (the evaluator's `RunValues`).
pub trait TextValues {
    /// The text of a string value, `None` for any other value.
    fn text(&self, value: i64) -> Option<String>;
    /// The items of a tuple value, `None` for any other value.
    fn tuple_items(&self, value: i64) -> Option<Vec<i64>>;
    /// The string value of `text` (at most `MAX_STRING_BYTES`, checked before).
    fn make_text(&self, text: &str) -> Result<i64, TextFault>;
    /// The tuple value of 1 to `MAX_TUPLE_LENGTH` items.
    fn make_tuple(&self, items: &[i64]) -> Result<i64, TextFault>;
    /// Python's `str` of a value.
    fn str_of(&self, value: i64) -> String;
    /// Python's `repr` of a value.
    fn repr_of(&self, value: i64) -> String;
    /// Python's `repr` of an exception value (crate::exception_values), `None` for any other value.
    fn exception_repr(&self, value: i64) -> Option<Result<i64, TextFault>>;
    /// The number of a float value (crate::floats), `None` for any other value.
    fn float(&self, value: i64) -> Option<f64>;
}

type Values<'a> = &'a dyn TextValues;

/// Python's indexing: a negative index counts from the end; `None` when out of range.
fn python_index(index: i64, length: usize) -> Option<usize> {
    let position = if index < 0 { i128::from(index) + length as i128 } else { i128::from(index) };
    (0..length as i128).contains(&position).then_some(position as usize)
}

/// A function of the format that computes with text (docs/format.md, "Strings").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextFunction {
    Slice,
    Item,
    Strip,
    Lstrip,
    Rstrip,
    Replace,
    Startswith,
    Endswith,
    Find,
    Rfind,
    Index,
    Rindex,
    Count,
    Isdigit,
    Isalpha,
    Isalnum,
    Isspace,
    Isupper,
    Islower,
    Istitle,
    Zfill,
    Ljust,
    Rjust,
    Center,
    Title,
    Capitalize,
    Swapcase,
    Join,
    Contains,
    Ord,
    Chr,
    Repr,
    Format,
    Split,
    Rsplit,
    Partition,
    Rpartition,
    /// `exception_class(x)`, `exception_str(e)`, `exception_repr(e)`, `exception_args(e)`: the parts
    /// of an exception value (crate::exception_values).
    ExceptionClass,
    ExceptionStr,
    ExceptionRepr,
    ExceptionArgs,
    /// `type_name(x)`: Python's `type(x).__name__` (crate::exception_values).
    TypeName,
    /// `exception_attributes(e)`: the attributes the class's own `__init__` set, a tuple.
    ExceptionAttributes,
}

/// Each function's name in the format and the fewest and most arguments it takes (the receiver first).
const FUNCTIONS: [(TextFunction, &str, u8, u8); 43] = {
    use TextFunction::*;
    [
        (Slice, "slice", 4, 4),
        (Item, "item", 2, 2),
        (Strip, "strip", 1, 2),
        (Lstrip, "lstrip", 1, 2),
        (Rstrip, "rstrip", 1, 2),
        (Replace, "replace", 3, 4),
        (Startswith, "startswith", 2, 4),
        (Endswith, "endswith", 2, 4),
        (Find, "find", 2, 4),
        (Rfind, "rfind", 2, 4),
        (Index, "index", 2, 4),
        (Rindex, "rindex", 2, 4),
        (Count, "count", 2, 4),
        (Isdigit, "isdigit", 1, 1),
        (Isalpha, "isalpha", 1, 1),
        (Isalnum, "isalnum", 1, 1),
        (Isspace, "isspace", 1, 1),
        (Isupper, "isupper", 1, 1),
        (Islower, "islower", 1, 1),
        (Istitle, "istitle", 1, 1),
        (Zfill, "zfill", 2, 2),
        (Ljust, "ljust", 2, 3),
        (Rjust, "rjust", 2, 3),
        (Center, "center", 2, 3),
        (Title, "title", 1, 1),
        (Capitalize, "capitalize", 1, 1),
        (Swapcase, "swapcase", 1, 1),
        (Join, "join", 2, 2),
        (Contains, "contains", 2, 2),
        (Ord, "ord", 1, 1),
        (Chr, "chr", 1, 1),
        (Repr, "repr", 1, 1),
        (Format, "format", 2, 2),
        (Split, "split", 1, 3),
        (Rsplit, "rsplit", 1, 3),
        (Partition, "partition", 2, 2),
        (Rpartition, "rpartition", 2, 2),
        (ExceptionClass, "exception_class", 1, 1),
        (ExceptionStr, "exception_str", 1, 1),
        (ExceptionRepr, "exception_repr", 1, 1),
        (ExceptionArgs, "exception_args", 1, 1),
        (TypeName, "type_name", 1, 1),
        (ExceptionAttributes, "exception_attributes", 1, 1),
    ]
};

impl TextFunction {
    pub fn from_name(name: &str) -> Option<TextFunction> {
        FUNCTIONS.iter().find(|(_, known, ..)| *known == name).map(|(function, ..)| *function)
    }

    pub fn name(self) -> &'static str {
        FUNCTIONS.iter().find(|(function, ..)| *function == self).map_or("?", |(_, name, ..)| name)
    }

    /// The fewest and the most arguments, the receiver counted.
    pub fn arity(self) -> (usize, usize) {
        let (_, _, fewest, most) = FUNCTIONS.iter().find(|(function, ..)| *function == self).expect("every function");
        (*fewest as usize, *most as usize)
    }

    /// Whether the result is 0 or 1 (Python's bool).
    pub fn is_boolean(self) -> bool {
        use TextFunction::*;
        matches!(
            self,
            Startswith | Endswith | Isdigit | Isalpha | Isalnum | Isspace | Isupper | Islower | Istitle | Contains
        )
    }
}

/// Python's exception of class `class` (its message CPython's, values left out where they vary).
fn raise(class: &'static str, message: &'static str) -> TextFault {
    TextFault::Python { class, message }
}

/// What a value is, read once.
enum Held {
    Int(i64),
    Float(f64),
    None,
    Str(String),
    Tuple(Vec<i64>),
}

/// A fault when a list, dict, set or instance made at run time is among `args`, or in a tuple among
/// them (a message taken from a queue given to `in`, `join`, `index`, `count` or a slice): the
/// functions of text read values, not the run's objects, whose items are read in steps of their own.
/// Read as a number, such a value gave Python's TypeError where CPython has none (session33/repro/r17).
fn refuse_object_arguments(args: &[i64], values: Values) -> Result<(), TextFault> {
    args.iter().try_for_each(|&arg| refuse_run_time_objects(arg, values, OBJECT_ARGUMENT))
}

const OBJECT_ARGUMENT: &str = "`in`, `join`, `index`, `count` or a slice of a list, dict or set made at run time (taken from a queue, a pipe or a call): weft reads its items by `x[k]`, `for`, `len` and `sum`";

/// A fault when a float is among `args` or their tuples' items: the functions of text read a value
/// that is no string, tuple or None as an integer, and weft formats floats only by `str` and `repr` yet
/// (an f-string's `{x}`, `str(x)`, `repr(x)`).
fn refuse_floats(args: &[i64], values: Values) -> Result<(), TextFault> {
    for &arg in args {
        if crate::patterns::is_float(arg) {
            return Err(TextFault::NotYet {
                operation: "a float in a format or a method of text (`{x:.2f}`, `%s`, `%f`): weft gives a float's text by `str` and `repr` only",
            });
        }
        if let Some(items) = values.tuple_items(arg) {
            refuse_floats(&items, values)?;
        }
    }
    Ok(())
}

fn held(value: i64, values: Values) -> Held {
    if let Some(number) = values.float(value) {
        return Held::Float(number);
    }
    if let Some(text) = values.text(value) {
        return Held::Str(text);
    }
    if let Some(items) = values.tuple_items(value) {
        return Held::Tuple(items);
    }
    if value == NONE { Held::None } else { Held::Int(value) }
}

/// The text of a receiver, AttributeError of anything else (`n.strip()`).
fn receiver(function: TextFunction, value: i64, values: Values) -> Result<String, TextFault> {
    values.text(value).ok_or(TextFault::NoAttribute { method: function.name(), value })
}

/// The text of an argument that must be a string: TypeError of anything else.
fn text_argument(value: i64, values: Values) -> Result<String, TextFault> {
    values.text(value).ok_or(raise("TypeError", "must be str, not another type"))
}

/// An integer argument, or `default` for None where Python allows it.
fn integer_argument(value: Option<i64>, default: Option<i64>) -> Result<Option<i64>, TextFault> {
    match value {
        None => Ok(default),
        Some(NONE) if default.is_some() => Ok(default),
        Some(number) if is_integer(number) => Ok(Some(number)),
        Some(_) => Err(raise("TypeError", "slice indices must be integers or None or have an __index__ method")),
    }
}

/// The string `text` as a value of the run.
fn made(values: Values, text: &str) -> Result<i64, TextFault> {
    if text.len() > MAX_STRING_BYTES {
        return Err(TextFault::TooLong);
    }
    values.make_text(text)
}

/// The tuple of `items` (weft has no empty tuple).
fn tuple(values: Values, items: &[i64]) -> Result<i64, TextFault> {
    if items.is_empty() {
        return Err(TextFault::NotYet { operation: "an empty tuple or list" });
    }
    if items.len() > MAX_TUPLE_LENGTH {
        return Err(TextFault::NotYet { operation: "a tuple or list of more than 16 items" });
    }
    values.make_tuple(items)
}

/// Calls `function` on `args` (the receiver first), as CPython does.
#[cold]
#[inline(never)]
pub fn call(function: TextFunction, args: &[i64], values: Values) -> Result<i64, TextFault> {
    use TextFunction::*;
    debug_assert!(
        (function.arity().0..=function.arity().1).contains(&args.len()),
        "the loader checks the arguments' count"
    );
    let optional = |index: usize| args.get(index).copied();
    // `repr` and `format` write a float as CPython does; the methods of text take none.
    if !matches!(function, Repr | Format) {
        refuse_floats(args, values)?;
        refuse_object_arguments(args, values)?;
    }
    match function {
        Slice => slice(args[0], [args[1], args[2], args[3]], values),
        Item => item(args[0], args[1], values),
        Strip | Lstrip | Rstrip => {
            let text = receiver(function, args[0], values)?;
            let chars = match optional(1) {
                None | Some(NONE) => None,
                Some(value) => Some(values.text(value).ok_or(raise("TypeError", "strip arg must be None or str"))?),
            };
            let strips = |c: char| chars.as_ref().map_or_else(|| is_python_space(c), |set| set.contains(c));
            let stripped = match function {
                Strip => text.trim_matches(strips),
                Lstrip => text.trim_start_matches(strips),
                _ => text.trim_end_matches(strips),
            };
            made(values, stripped)
        }
        Replace => {
            let text = receiver(function, args[0], values)?;
            let (old, new) = (text_argument(args[1], values)?, text_argument(args[2], values)?);
            let count = integer_argument(optional(3), Some(-1))?.unwrap_or(-1);
            let found = if old.is_empty() { text.chars().count() + 1 } else { text.matches(old.as_str()).count() };
            let times = if count < 0 { found } else { found.min(count as usize) };
            if (text.len() + times * new.len()) > MAX_STRING_BYTES + times * old.len() {
                return Err(TextFault::TooLong);
            }
            made(values, &text.replacen(old.as_str(), &new, times))
        }
        Startswith | Endswith => affix(function, args, values),
        Find | Rfind | Index | Rindex | Count => search(function, args, values),
        Isdigit | Isalpha | Isalnum | Isspace | Isupper | Islower | Istitle => {
            let text = receiver(function, args[0], values)?;
            predicate(function, &text).map(i64::from)
        }
        Zfill | Ljust | Rjust | Center => pad(function, args, values),
        Title | Capitalize | Swapcase => {
            let text = receiver(function, args[0], values)?;
            if !text.is_ascii() {
                return Err(TextFault::NotYet {
                    operation: "title(), capitalize() or swapcase() of text beyond ASCII",
                });
            }
            made(values, &changed_case(function, &text))
        }
        Join => join(args[0], args[1], values),
        Contains => contains(args[0], args[1], values),
        Ord => match held(args[0], values) {
            Held::Str(text) if text.chars().count() == 1 => Ok(i64::from(text.chars().next().map_or(0, u32::from))),
            Held::Str(_) => {
                Err(raise("TypeError", "ord() expected a character, but a string of another length was found"))
            }
            _ => Err(raise("TypeError", "ord() expected string of length 1")),
        },
        Chr => match held(args[0], values) {
            Held::Int(code) if (0xD800..0xE000).contains(&code) => {
                Err(TextFault::NotYet { operation: "chr() of a surrogate (a lone half of a UTF-16 pair)" })
            }
            Held::Int(code) => match u32::try_from(code).ok().and_then(char::from_u32) {
                Some(c) => made(values, c.encode_utf8(&mut [0; 4])),
                None => Err(raise("ValueError", "chr() arg not in range(0x110000)")),
            },
            _ => Err(raise("TypeError", "an integer is required")),
        },
        Repr => {
            let mut out = String::new();
            write_repr(args[0], values, &mut out)?;
            made(values, &out)
        }
        Format => {
            let spec = values.text(args[1]).ok_or(raise("TypeError", "format() argument 2 must be str"))?;
            made(values, &format_value(args[0], &spec, values)?)
        }
        Split | Rsplit => split(function, args, values),
        Partition | Rpartition => partition(function, args, values),
        // The evaluator computes these (crate::exception_values, which reads values through this
        // file's types: this file does not import it back).
        ExceptionClass | ExceptionStr | ExceptionRepr | ExceptionArgs | TypeName | ExceptionAttributes => {
            Err(TextFault::NotYet { operation: "the parts of an exception outside an expression" })
        }
    }
}

/// Python's whitespace (`str.isspace`, `str.strip()`): Unicode's White_Space and the four separators
/// `\x1c`-`\x1f`.
fn is_python_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// `x[start:stop:step]` of a string or a tuple, bounds as `PySlice_AdjustIndices` takes them.
fn slice(container: i64, bounds: [i64; 3], values: Values) -> Result<i64, TextFault> {
    let as_bound = |value: i64| -> Result<Option<i64>, TextFault> {
        match value {
            NONE => Ok(None),
            number if is_integer(number) => Ok(Some(number)),
            _ => Err(raise("TypeError", "slice indices must be integers or None or have an __index__ method")),
        }
    };
    let [start, stop, step] = [as_bound(bounds[0])?, as_bound(bounds[1])?, as_bound(bounds[2])?];
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(raise("ValueError", "slice step cannot be zero"));
    }
    let pick = |length: usize| slice_positions(length, start, stop, step);
    match held(container, values) {
        Held::Str(text) => {
            let chars: Vec<char> = text.chars().collect();
            let picked: String = pick(chars.len()).map(|position| chars[position]).collect();
            made(values, &picked)
        }
        Held::Tuple(items) => {
            let picked: Vec<i64> = pick(items.len()).map(|position| items[position]).collect();
            tuple(values, &picked)
        }
        _ => Err(not_subscriptable(container)),
    }
}

/// The positions a slice takes of a sequence of `length` items (CPython's `PySlice_AdjustIndices`).
pub fn slice_positions(length: usize, start: Option<i64>, stop: Option<i64>, step: i64) -> impl Iterator<Item = usize> {
    let length = length as i128;
    let step = i128::from(step);
    let adjust = |bound: Option<i64>, default: i128| -> i128 {
        let Some(bound) = bound else { return default };
        let bound = i128::from(bound);
        if bound < 0 {
            let from_end = bound + length;
            if from_end < 0 { if step < 0 { -1 } else { 0 } } else { from_end }
        } else if bound >= length {
            if step < 0 { length - 1 } else { length }
        } else {
            bound
        }
    };
    let (first, end) =
        if step > 0 { (adjust(start, 0), adjust(stop, length)) } else { (adjust(start, length - 1), adjust(stop, -1)) };
    let count = if step > 0 && first < end {
        (end - first - 1) / step + 1
    } else if step < 0 && end < first {
        (first - end - 1) / -step + 1
    } else {
        0
    };
    (0..count).map(move |taken| (first + taken * step) as usize)
}

fn not_subscriptable(value: i64) -> TextFault {
    if value == NONE {
        raise("TypeError", "'NoneType' object is not subscriptable")
    } else {
        raise("TypeError", "'int' object is not subscriptable")
    }
}

/// `x[i]` of a string or a tuple.
fn item(container: i64, index: i64, values: Values) -> Result<i64, TextFault> {
    let held = held(container, values);
    if !matches!(held, Held::Str(_) | Held::Tuple(_)) {
        return Err(not_subscriptable(container));
    }
    if !is_integer(index) {
        return Err(raise("TypeError", "string and tuple indices must be integers"));
    }
    match held {
        Held::Str(text) => {
            let length = text.chars().count();
            let position = python_index(index, length).ok_or(raise("IndexError", "string index out of range"))?;
            let c = text.chars().nth(position).expect("in range");
            made(values, c.encode_utf8(&mut [0; 4]))
        }
        Held::Tuple(items) => {
            let position = python_index(index, items.len()).ok_or(raise("IndexError", "tuple index out of range"))?;
            Ok(items[position])
        }
        _ => unreachable!("checked above"),
    }
}

/// CPython's `ADJUST_INDICES` of `start` and `end` (None: the whole string) over `length` code points:
/// `end` clamped to the length, negative bounds counted from the end; `start` may stay past the end.
fn search_window(args: &[i64], length: usize) -> Result<(i64, i64), TextFault> {
    let length = length as i64;
    let start = integer_argument(args.get(2).copied(), Some(0))?.unwrap_or(0);
    let end = integer_argument(args.get(3).copied(), Some(length))?.unwrap_or(length);
    let from_end = |bound: i64| if bound < 0 { (bound + length).max(0) } else { bound };
    Ok((from_end(start), from_end(end).min(length)))
}

/// `s.startswith(prefix[, start[, end]])` and `endswith`: `prefix` a string or a tuple of strings.
fn affix(function: TextFunction, args: &[i64], values: Values) -> Result<i64, TextFault> {
    let text = receiver(function, args[0], values)?;
    let chars: Vec<char> = text.chars().collect();
    let (start, end) = search_window(args, chars.len())?;
    let candidates = match held(args[1], values) {
        Held::Str(affix) => vec![affix],
        Held::Tuple(items) => items
            .iter()
            .map(|&item| {
                values.text(item).ok_or(raise("TypeError", "a tuple for startswith or endswith must only contain str"))
            })
            .collect::<Result<_, _>>()?,
        _ => return Err(raise("TypeError", "startswith or endswith first arg must be str or a tuple of str")),
    };
    let matches = |affix: &String| {
        let wanted: Vec<char> = affix.chars().collect();
        let room = end - start;
        if room < wanted.len() as i64 {
            return false;
        }
        let at = if function == TextFunction::Startswith { start } else { end - wanted.len() as i64 } as usize;
        chars[at..at + wanted.len()] == wanted[..]
    };
    Ok(i64::from(candidates.iter().any(matches)))
}

/// `find`, `rfind`, `index`, `rindex` and `count` of a string (positions in code points), and
/// `index`/`count` of a tuple (by `==`).
fn search(function: TextFunction, args: &[i64], values: Values) -> Result<i64, TextFault> {
    use TextFunction::*;
    if let Held::Tuple(items) = held(args[0], values)
        && matches!(function, Index | Count)
        && args.len() == 2
    {
        if function == Count {
            return Ok(items.iter().filter(|&&item| item == args[1]).count() as i64);
        }
        let found = items.iter().position(|&item| item == args[1]);
        return found.map(|at| at as i64).ok_or(raise("ValueError", "tuple.index(x): x not in tuple"));
    }
    let text = receiver(function, args[0], values)?;
    let wanted: Vec<char> = text_argument(args[1], values)?.chars().collect();
    let chars: Vec<char> = text.chars().collect();
    let (start, end) = search_window(args, chars.len())?;
    let width = wanted.len() as i64;
    if end - start < width {
        return match function {
            Count => Ok(0),
            Index | Rindex => Err(raise("ValueError", "substring not found")),
            _ => Ok(-1),
        };
    }
    let at = |position: i64| chars[position as usize..(position + width) as usize] == wanted[..];
    let last = end - width;
    let found = match function {
        Count if width == 0 => return Ok(end - start + 1),
        Count => {
            let (mut count, mut position) = (0, start);
            while position <= last {
                if at(position) {
                    count += 1;
                    position += width;
                } else {
                    position += 1;
                }
            }
            return Ok(count);
        }
        Find | Index => (start..=last).find(|&position| at(position)),
        _ => (start..=last).rev().find(|&position| at(position)),
    };
    match (found, function) {
        (Some(position), _) => Ok(position),
        (None, Index | Rindex) => Err(raise("ValueError", "substring not found")),
        (None, _) => Ok(-1),
    }
}

/// `isdigit`, `isalpha`, ... of `text`: exact for ASCII; beyond it weft does not yet (Unicode's
/// categories), except `isspace`.
fn predicate(function: TextFunction, text: &str) -> Result<bool, TextFault> {
    use TextFunction::*;
    if function == Isspace {
        return Ok(!text.is_empty() && text.chars().all(is_python_space));
    }
    if !text.is_ascii() {
        return Err(TextFault::NotYet {
            operation: "isdigit(), isalpha(), isupper() and the like of text beyond ASCII",
        });
    }
    let bytes = text.as_bytes();
    let has_cased = bytes.iter().any(u8::is_ascii_alphabetic);
    Ok(match function {
        Isdigit => !bytes.is_empty() && bytes.iter().all(u8::is_ascii_digit),
        Isalpha => !bytes.is_empty() && bytes.iter().all(u8::is_ascii_alphabetic),
        Isalnum => !bytes.is_empty() && bytes.iter().all(u8::is_ascii_alphanumeric),
        Isupper => has_cased && !bytes.iter().any(u8::is_ascii_lowercase),
        Islower => has_cased && !bytes.iter().any(u8::is_ascii_uppercase),
        _ => {
            // Python's istitle: an upper case letter only after an uncased character, a lower case one
            // only after a cased one, and one cased letter at least.
            let mut previous_cased = false;
            for byte in bytes {
                if byte.is_ascii_uppercase() == previous_cased && byte.is_ascii_alphabetic() {
                    return Ok(false);
                }
                previous_cased = byte.is_ascii_alphabetic();
            }
            has_cased
        }
    })
}

/// `title`, `capitalize` or `swapcase` of ASCII text.
fn changed_case(function: TextFunction, text: &str) -> String {
    let mut previous_cased = false;
    text.chars()
        .enumerate()
        .map(|(position, c)| {
            let changed = match function {
                TextFunction::Title if previous_cased => c.to_ascii_lowercase(),
                TextFunction::Title => c.to_ascii_uppercase(),
                TextFunction::Capitalize if position == 0 => c.to_ascii_uppercase(),
                TextFunction::Capitalize => c.to_ascii_lowercase(),
                _ if c.is_ascii_uppercase() => c.to_ascii_lowercase(),
                _ => c.to_ascii_uppercase(),
            };
            previous_cased = c.is_ascii_alphabetic();
            changed
        })
        .collect()
}

/// `zfill`, `ljust`, `rjust` and `center` (widths in code points).
fn pad(function: TextFunction, args: &[i64], values: Values) -> Result<i64, TextFault> {
    let text = receiver(function, args[0], values)?;
    let width = integer_argument(Some(args[1]), None)?.unwrap_or(0);
    let fill = match args.get(2) {
        None => ' ',
        Some(&value) => {
            let fill = values.text(value).unwrap_or_default();
            let mut chars = fill.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => return Err(raise("TypeError", "The fill character must be exactly one character long")),
            }
        }
    };
    let length = text.chars().count() as i64;
    let margin = (width - length).max(0);
    if margin as u64 * 4 + text.len() as u64 > MAX_STRING_BYTES as u64 {
        return Err(TextFault::TooLong);
    }
    let (left, fill) = match function {
        TextFunction::Zfill => (margin, '0'),
        TextFunction::Ljust => (0, fill),
        TextFunction::Rjust => (margin, fill),
        // CPython's centring: the odd character goes left when the width is odd.
        _ => (margin / 2 + (margin & width & 1), fill),
    };
    let mut out = String::new();
    let mut rest = text.as_str();
    if function == TextFunction::Zfill && margin > 0 && rest.starts_with(['+', '-']) {
        out.push_str(&rest[..1]);
        rest = &rest[1..];
    }
    out.extend(std::iter::repeat_n(fill, left as usize));
    out.push_str(rest);
    out.extend(std::iter::repeat_n(fill, (margin - left) as usize));
    made(values, &out)
}

/// `separator.join(items)`: a tuple of strings, or a string's characters.
fn join(separator: i64, items: i64, values: Values) -> Result<i64, TextFault> {
    let separator = receiver(TextFunction::Join, separator, values)?;
    let parts: Vec<String> = match held(items, values) {
        Held::Tuple(items) => items
            .iter()
            .map(|&item| values.text(item).ok_or(raise("TypeError", "sequence item: expected str instance")))
            .collect::<Result<_, _>>()?,
        Held::Str(text) => text.chars().map(String::from).collect(),
        _ => return Err(raise("TypeError", "can only join an iterable")),
    };
    let length: usize = parts.iter().map(String::len).sum::<usize>() + separator.len() * parts.len();
    if length > MAX_STRING_BYTES + separator.len() {
        return Err(TextFault::TooLong);
    }
    made(values, &parts.join(&separator))
}

/// `item in container`: a substring of a string, an item of a tuple.
fn contains(container: i64, item: i64, values: Values) -> Result<i64, TextFault> {
    match held(container, values) {
        Held::Str(text) => {
            let wanted =
                values.text(item).ok_or(raise("TypeError", "'in <string>' requires string as left operand"))?;
            Ok(i64::from(text.contains(wanted.as_str())))
        }
        Held::Tuple(items) => Ok(i64::from(items.contains(&item))),
        Held::None => Err(raise("TypeError", "argument of type 'NoneType' is not iterable")),
        Held::Int(_) => Err(raise("TypeError", "argument of type 'int' is not iterable")),
        Held::Float(_) => Err(raise("TypeError", "argument of type 'float' is not iterable")),
    }
}

/// Appends Python's `repr` of `value`. A string with a character beyond ASCII that is no letter or
/// digit is weft's limit (Python escapes the ones Unicode does not print).
/// Whether `value` is, or is a tuple that holds (at any depth), an object made at run time (a list, dict
/// or set of the run): their items are read in steps, so their text is refused rather than written from
/// the handle (which printed `{'': None}` for a dict taken from a queue, session 26).
pub(crate) fn holds_run_time_object(value: i64, values: Values) -> bool {
    let mut pending = vec![value];
    while let Some(value) = pending.pop() {
        if object_index(value).is_some() {
            return true;
        }
        if let Some(items) = values.tuple_items(value) {
            pending.extend(items);
        }
    }
    false
}

/// Refuses the text (`operation`) of a value that holds an object made at run time.
fn refuse_run_time_objects(value: i64, values: Values, operation: &'static str) -> Result<(), TextFault> {
    if holds_run_time_object(value, values) { Err(TextFault::NotYet { operation }) } else { Ok(()) }
}

const REPR_OF_OBJECT: &str = "repr() of an object made at run time (its items are read in steps)";
const STR_OF_OBJECT: &str = "str() of an object made at run time (its items are read in steps)";

fn write_repr(value: i64, values: Values, out: &mut String) -> Result<(), TextFault> {
    refuse_run_time_objects(value, values, REPR_OF_OBJECT)?;
    // An exception's repr is `ValueError('x')`, not the tuple that holds it.
    let decoded = match values.exception_repr(value) {
        Some(repr) => values.text(repr?).unwrap_or_default(),
        None => values.repr_of(value),
    };
    if !decoded.chars().all(|c| c.is_ascii() || c.is_alphanumeric()) {
        return Err(TextFault::NotYet { operation: "repr() of text with characters beyond ASCII that are no letters" });
    }
    out.push_str(&decoded);
    if out.len() > MAX_STRING_BYTES { Err(TextFault::TooLong) } else { Ok(()) }
}

/// `s.split(sep[, maxsplit])` and `rsplit`, as a tuple (the import takes it only where a tuple and
/// Python's list behave alike: unpacked, indexed, measured).
fn split(function: TextFunction, args: &[i64], values: Values) -> Result<i64, TextFault> {
    let text = receiver(function, args[0], values)?;
    let separator = match args.get(1) {
        None | Some(&NONE) => None,
        Some(&value) => Some(text_argument(value, values)?),
    };
    let most = integer_argument(args.get(2).copied(), Some(-1))?.unwrap_or(-1);
    let most = if most < 0 { usize::MAX } else { most as usize };
    if separator.as_ref().is_some_and(String::is_empty) {
        return Err(raise("ValueError", "empty separator"));
    }
    let parts = split_parts(&text, separator.as_deref(), most, function == TextFunction::Rsplit);
    let mut items = Vec::with_capacity(parts.len());
    for part in &parts {
        items.push(made(values, part)?);
    }
    tuple(values, &items)
}

/// The parts of Python's `text.split(separator, most)` (`rsplit` when `reverse`), in order; `usize::MAX`
/// splits as many times as there are separators. The import computes the split of a string known at
/// import time with it, so both split as CPython does. A `separator` must not be empty (Python's
/// ValueError, which the caller raises).
pub fn split_parts(text: &str, separator: Option<&str>, most: usize, reverse: bool) -> Vec<String> {
    debug_assert!(separator.is_none_or(|separator| !separator.is_empty()), "an empty separator is a ValueError");
    let mut parts: Vec<String> = match separator {
        Some(separator) if reverse => text.rsplitn(most.saturating_add(1), separator).map(String::from).collect(),
        Some(separator) => text.splitn(most.saturating_add(1), separator).map(String::from).collect(),
        None => split_whitespace(text, most, reverse),
    };
    if reverse {
        parts.reverse();
    }
    parts
}

/// `s.partition(sep)` (or `rpartition`): the tuple of what comes before the first (last) `sep`, `sep`
/// and what comes after; without `sep`, `(s, '', '')` (`('', '', s)` for `rpartition`).
fn partition(function: TextFunction, args: &[i64], values: Values) -> Result<i64, TextFault> {
    let text = receiver(function, args[0], values)?;
    let separator = text_argument(args[1], values)?;
    if separator.is_empty() {
        return Err(raise("ValueError", "empty separator"));
    }
    let found = match function {
        TextFunction::Rpartition => text.rfind(separator.as_str()),
        _ => text.find(separator.as_str()),
    };
    let parts: [&str; 3] = match found {
        Some(at) => [&text[..at], &separator, &text[at + separator.len()..]],
        None if function == TextFunction::Rpartition => ["", "", &text],
        None => [&text, "", ""],
    };
    let mut items = [0; 3];
    for (item, part) in items.iter_mut().zip(parts) {
        *item = made(values, part)?;
    }
    tuple(values, &items)
}

/// `s.split()` without a separator: runs of whitespace separate, none at the ends; after `most`
/// splits the rest is one part (its leading whitespace, or trailing for `rsplit`, dropped).
fn split_whitespace(text: &str, most: usize, reverse: bool) -> Vec<String> {
    let chars: Vec<char> = if reverse { text.chars().rev().collect() } else { text.chars().collect() };
    let mut parts = Vec::new();
    let mut position = 0;
    while position < chars.len() {
        while position < chars.len() && is_python_space(chars[position]) {
            position += 1;
        }
        if position == chars.len() {
            break;
        }
        if parts.len() == most {
            let mut rest: Vec<char> = chars[position..].to_vec();
            while rest.last().is_some_and(|&c| is_python_space(c)) {
                rest.pop();
            }
            parts.push(rest);
            break;
        }
        let start = position;
        while position < chars.len() && !is_python_space(chars[position]) {
            position += 1;
        }
        parts.push(chars[start..position].to_vec());
    }
    parts
        .into_iter()
        .map(|part| if reverse { part.into_iter().rev().collect() } else { part.into_iter().collect() })
        .collect()
}

/// A format spec of Python's mini-language: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Default)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    negative_zero: bool,
    alternate: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

fn parse_spec(spec: &str) -> Result<Spec, TextFault> {
    let invalid = raise("ValueError", "Invalid format specifier");
    let chars: Vec<char> = spec.chars().collect();
    let mut parsed = Spec::default();
    let mut at = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        (parsed.fill, parsed.align, at) = (Some(chars[0]), Some(chars[1]), 2);
    } else if chars.first().is_some_and(|&c| is_align(c)) {
        (parsed.align, at) = (Some(chars[0]), 1);
    }
    let mut take = |wanted: &[char]| -> Option<char> {
        let c = chars.get(at).copied().filter(|c| wanted.contains(c))?;
        at += 1;
        Some(c)
    };
    parsed.sign = take(&['+', '-', ' ']);
    parsed.negative_zero = take(&['z']).is_some();
    parsed.alternate = take(&['#']).is_some();
    parsed.zero = take(&['0']).is_some();
    let digits = |at: &mut usize| -> Result<Option<usize>, TextFault> {
        let start = *at;
        while chars.get(*at).is_some_and(char::is_ascii_digit) {
            *at += 1;
        }
        if start == *at {
            return Ok(None);
        }
        let text: String = chars[start..*at].iter().collect();
        text.parse().map(Some).map_err(|_| raise("ValueError", "Too many decimal digits in format string"))
    };
    parsed.width = digits(&mut at)?.unwrap_or(0);
    if chars.get(at).is_some_and(|&c| c == ',' || c == '_') {
        parsed.grouping = Some(chars[at]);
        at += 1;
    }
    if chars.get(at) == Some(&'.') {
        at += 1;
        parsed.precision = Some(digits(&mut at)?.ok_or(raise("ValueError", "Format specifier missing precision"))?);
    }
    if at + 1 < chars.len() {
        return Err(invalid);
    }
    parsed.kind = chars.get(at).copied();
    if parsed.width > MAX_STRING_BYTES {
        return Err(TextFault::TooLong);
    }
    Ok(parsed)
}

/// Python's `format(value, spec)` of an integer, a string, None or a tuple.
fn format_value(value: i64, spec: &str, values: Values) -> Result<String, TextFault> {
    let held = held(value, values);
    if spec.is_empty() {
        refuse_run_time_objects(value, values, STR_OF_OBJECT)?;
        let mut out = String::new();
        out.push_str(&values.str_of(value));
        return Ok(out);
    }
    match held {
        Held::Str(text) => format_text(&text, &parse_spec(spec)?),
        Held::Int(number) => format_integer(number, &parse_spec(spec)?),
        Held::Float(number) => float_texts::format_float(number, &parse_spec(spec)?),
        Held::None => Err(raise("TypeError", "unsupported format string passed to NoneType.__format__")),
        Held::Tuple(_) => Err(raise("TypeError", "unsupported format string passed to tuple.__format__")),
    }
}

fn format_text(text: &str, spec: &Spec) -> Result<String, TextFault> {
    if !matches!(spec.kind, None | Some('s')) {
        return Err(raise("ValueError", "Unknown format code for object of type 'str'"));
    }
    if spec.sign.is_some() {
        return Err(raise("ValueError", "Sign not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(raise("ValueError", "Alternate form (#) not allowed in string format specifier"));
    }
    if spec.negative_zero {
        return Err(raise("ValueError", "Negative zero coercion (z) not allowed in format specifier"));
    }
    if spec.align == Some('=') {
        return Err(raise("ValueError", "'=' alignment not allowed in string format specifier"));
    }
    if spec.grouping.is_some() {
        return Err(raise("ValueError", "Cannot specify a grouping with 's'."));
    }
    let kept: String = match spec.precision {
        Some(most) => text.chars().take(most).collect(),
        None => text.to_string(),
    };
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    Ok(aligned("", &kept, spec.width, fill, spec.align.unwrap_or('<')))
}

/// `body` padded to `width` code points with `fill`: `<` after, `>` before, `^` around (the odd one
/// after), `=` between `sign` and `body`.
fn aligned(sign: &str, body: &str, width: usize, fill: char, align: char) -> String {
    let length = sign.chars().count() + body.chars().count();
    let margin = width.saturating_sub(length);
    let (before, after) = match align {
        '<' => (0, margin),
        '^' => (margin / 2, margin - margin / 2),
        _ => (margin, 0),
    };
    let padding = |count: usize| std::iter::repeat_n(fill, count).collect::<String>();
    if align == '=' {
        return format!("{sign}{}{body}", padding(margin));
    }
    format!("{}{sign}{body}{}", padding(before), padding(after))
}

fn format_integer(number: i64, spec: &Spec) -> Result<String, TextFault> {
    let kind = spec.kind.unwrap_or('d');
    if matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        // `int.__format__` converts to the nearest float first (`PyLong_AsDouble`, as Rust's `as`).
        return float_texts::format_float(number as f64, spec);
    }
    if !matches!(kind, 'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c') {
        return Err(raise("ValueError", "Unknown format code for object of type 'int'"));
    }
    if spec.precision.is_some() {
        return Err(raise("ValueError", "Precision not allowed in integer format specifier"));
    }
    if spec.negative_zero {
        return Err(raise("ValueError", "Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if kind == 'c' && spec.sign.is_some() {
        return Err(raise("ValueError", "Sign not allowed with integer format specifier 'c'"));
    }
    if kind == 'c' && spec.alternate {
        return Err(raise("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'"));
    }
    if (spec.grouping == Some(',') && matches!(kind, 'b' | 'o' | 'x' | 'X' | 'c'))
        || (spec.grouping.is_some() && matches!(kind, 'n' | 'c'))
    {
        return Err(raise("ValueError", "Cannot specify this grouping with this format code."));
    }
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { '>' });
    if kind == 'c' {
        let c = u32::try_from(number)
            .ok()
            .and_then(char::from_u32)
            .ok_or(raise("OverflowError", "%c arg not in range(0x110000)"))?;
        return Ok(aligned("", &c.to_string(), spec.width, fill, align));
    }
    let magnitude = number.unsigned_abs();
    let (digits, prefix, group) = match kind {
        'b' => (format!("{magnitude:b}"), "0b", 4),
        'o' => (format!("{magnitude:o}"), "0o", 4),
        'x' => (format!("{magnitude:x}"), "0x", 4),
        'X' => (format!("{magnitude:X}"), "0X", 4),
        _ => (magnitude.to_string(), "", 3),
    };
    let mut sign = match (number < 0, spec.sign) {
        (true, _) => "-".to_string(),
        (false, Some('+')) => "+".to_string(),
        (false, Some(' ')) => " ".to_string(),
        _ => String::new(),
    };
    if spec.alternate {
        sign.push_str(prefix);
    }
    let Some(separator) = spec.grouping else {
        return Ok(aligned(&sign, &digits, spec.width, fill, align));
    };
    // Zeros that pad a grouped number are grouped too (`format(1234, '08,')` is '0,001,234').
    let mut digits = digits;
    let mut grouped = group_digits(&digits, separator, group);
    if fill == '0' && align == '=' {
        let wanted = spec.width.saturating_sub(sign.len());
        while grouped.len() < wanted {
            digits.insert(0, '0');
            grouped = group_digits(&digits, separator, group);
        }
    }
    Ok(aligned(&sign, &grouped, spec.width, fill, align))
}

/// `digits` with `separator` between groups of `size` from the right.
fn group_digits(digits: &str, separator: char, size: usize) -> String {
    let mut out = String::with_capacity(digits.len() * 2);
    for (position, c) in digits.chars().enumerate() {
        if position > 0 && (digits.len() - position).is_multiple_of(size) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// Python's `template % arguments` (printf-style formatting): a tuple gives one value per conversion,
/// anything else is the one value.
#[cold]
#[inline(never)]
pub fn percent(template: i64, arguments: i64, values: Values) -> Result<i64, TextFault> {
    let template = values.text(template).unwrap_or_default();
    let items = values.tuple_items(arguments).unwrap_or_else(|| vec![arguments]);
    debug_assert!(!items.is_empty(), "weft has no empty tuple");
    let mut next = items.iter().copied();
    let mut take = || next.next().ok_or(raise("TypeError", "not enough arguments for format string"));
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut at = 0;
    while at < chars.len() {
        if chars[at] != '%' {
            out.push(chars[at]);
            at += 1;
            continue;
        }
        at += 1;
        let incomplete = raise("ValueError", "incomplete format");
        if chars.get(at) == Some(&'(') {
            return Err(TextFault::NotYet { operation: "`%(name)s` formatting (it takes a dict)" });
        }
        let mut flags = String::new();
        while let Some(&flag @ ('-' | '+' | ' ' | '#' | '0')) = chars.get(at) {
            flags.push(flag);
            at += 1;
        }
        let number =
            |at: &mut usize, take: &mut dyn FnMut() -> Result<i64, TextFault>| -> Result<Option<i64>, TextFault> {
                if chars.get(*at) == Some(&'*') {
                    *at += 1;
                    let value = take()?;
                    return if is_integer(value) { Ok(Some(value)) } else { Err(raise("TypeError", "* wants int")) };
                }
                let start = *at;
                while chars.get(*at).is_some_and(char::is_ascii_digit) {
                    *at += 1;
                }
                let text: String = chars[start..*at].iter().collect();
                Ok(text.parse::<i64>().ok())
            };
        let mut width = number(&mut at, &mut take)?.unwrap_or(0);
        if width < 0 {
            flags.push('-');
            width = -width;
        }
        let precision = if chars.get(at) == Some(&'.') {
            at += 1;
            Some(number(&mut at, &mut take)?.unwrap_or(0).max(0) as usize)
        } else {
            None
        };
        while chars.get(at).is_some_and(|c| matches!(c, 'h' | 'l' | 'L')) {
            at += 1;
        }
        let conversion = *chars.get(at).ok_or(incomplete)?;
        at += 1;
        if conversion == '%' {
            out.push('%');
            continue;
        }
        if width as u64 > MAX_STRING_BYTES as u64 {
            return Err(TextFault::TooLong);
        }
        let value = take()?;
        out.push_str(&percent_conversion(conversion, &flags, width as usize, precision, value, values)?);
        if out.len() > MAX_STRING_BYTES {
            return Err(TextFault::TooLong);
        }
    }
    if next.next().is_some() {
        return Err(raise("TypeError", "not all arguments converted during string formatting"));
    }
    made(values, &out)
}

/// One `%` conversion of `value`.
fn percent_conversion(
    conversion: char,
    flags: &str,
    width: usize,
    precision: Option<usize>,
    value: i64,
    values: Values,
) -> Result<String, TextFault> {
    let left = flags.contains('-');
    let held = held(value, values);
    let body = match conversion {
        's' | 'r' | 'a' => {
            let mut text = String::new();
            if conversion == 's' {
                refuse_run_time_objects(value, values, STR_OF_OBJECT)?;
                text.push_str(&values.str_of(value));
            } else {
                write_repr(value, values, &mut text)?;
            }
            let text: String = match precision {
                Some(most) => text.chars().take(most).collect(),
                None => text,
            };
            return Ok(aligned("", &text, width, ' ', if left { '<' } else { '>' }));
        }
        'c' => match held {
            Held::Int(code) => u32::try_from(code)
                .ok()
                .and_then(char::from_u32)
                .ok_or(raise("OverflowError", "%c arg not in range(0x110000)"))?
                .to_string(),
            Held::Str(text) if text.chars().count() == 1 => text,
            _ => return Err(raise("TypeError", "%c requires int or char")),
        },
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            // `%d` of a float is `int(x)`, toward zero (`'%d' % 3.7` is `'3'`): its whole part's exact
            // digits.
            let (negative, (mut digits, prefix)) = match held {
                Held::Float(number) if matches!(conversion, 'd' | 'i' | 'u') => {
                    let whole = float_texts::whole_part(number)?;
                    (whole < 0.0, (format!("{:.0}", whole.abs()), ""))
                }
                Held::Int(number) => {
                    let magnitude = number.unsigned_abs();
                    let digits = match conversion {
                        'x' => (format!("{magnitude:x}"), "0x"),
                        'X' => (format!("{magnitude:X}"), "0X"),
                        'o' => (format!("{magnitude:o}"), "0o"),
                        _ => (magnitude.to_string(), ""),
                    };
                    (number < 0, digits)
                }
                _ => {
                    return Err(if matches!(conversion, 'd' | 'i' | 'u') {
                        raise("TypeError", "%d format: a real number is required")
                    } else {
                        raise("TypeError", "%x format: an integer is required")
                    });
                }
            };
            if let Some(most) = precision
                && digits.len() < most
            {
                digits.insert_str(0, &"0".repeat(most - digits.len()));
            }
            let mut sign = if negative {
                "-".to_string()
            } else if flags.contains('+') {
                "+".to_string()
            } else if flags.contains(' ') {
                " ".to_string()
            } else {
                String::new()
            };
            if flags.contains('#') {
                sign.push_str(prefix);
            }
            let (fill, align) = match (left, flags.contains('0')) {
                (true, _) => (' ', '<'),
                (false, true) => ('0', '='),
                _ => (' ', '>'),
            };
            return Ok(aligned(&sign, &digits, width, fill, align));
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let number = match held {
                Held::Float(number) => number,
                Held::Int(number) => number as f64,
                _ => return Err(raise("TypeError", "must be real number")),
            };
            return Ok(float_texts::percent_float(number, conversion, flags, width, precision));
        }
        _ => return Err(raise("ValueError", "unsupported format character")),
    };
    Ok(aligned("", &body, width, ' ', if left { '<' } else { '>' }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_function_has_a_name_and_arity() {
        for (function, name, fewest, most) in FUNCTIONS {
            assert_eq!(TextFunction::from_name(name), Some(function));
            assert_eq!(function.arity(), (fewest as usize, most as usize));
            assert!(fewest <= most && most <= 4, "{name}");
        }
    }

    #[test]
    fn slices_take_cpythons_positions() {
        let check = |length: usize, start: Option<i64>, stop: Option<i64>, step: i64, expect: &[usize]| {
            let got: Vec<usize> = slice_positions(length, start, stop, step).collect();
            assert_eq!(got, expect, "[{start:?}:{stop:?}:{step}] of {length}");
        };
        check(5, None, None, -1, &[4, 3, 2, 1, 0]);
        check(5, Some(1), Some(4), 1, &[1, 2, 3]);
        check(5, Some(-3), None, 1, &[2, 3, 4]);
        check(5, None, None, 2, &[0, 2, 4]);
        check(5, Some(4), Some(1), -2, &[4, 2]);
        check(5, Some(10), Some(-10), -1, &[4, 3, 2, 1, 0]);
        check(5, Some(3), Some(1), 1, &[]);
        check(0, None, None, -1, &[]);
        check(5, Some(i64::MIN + 1), Some(i64::MAX), 1, &[0, 1, 2, 3, 4]);
    }
}
