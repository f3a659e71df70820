//! Evaluation of postfix expressions. No allocation: the operand stack is a fixed array whose size the
//! loader guarantees through `limits::MAX_EXPRESSION_DEPTH`.

use crate::limits::{
    MAX_OBJECT_SLOTS, MAX_OBJECTS, MAX_RUN_STRING_BYTES, MAX_STRING_BYTES, MAX_STRINGS, MAX_TUPLE_LENGTH, MAX_TUPLES,
};
use crate::model::{ArrayId, BinaryOp, Expr, ExprOp, LocalId, MapId, ObjectShape, ProcessId, QueueId, VarId};
use crate::objects::{ObjectArena, ObjectFault, ObjectKind};
pub use crate::patterns::{
    FIRST_FLOAT, FIRST_OBJECT, FIRST_STRING, FIRST_TUPLE, NONE, SMALLEST_INTEGER, is_float, is_integer, object_index,
    python_index, string_index, string_value, tuple_index,
};
use crate::strings::{StringArena, StringFault};
use crate::text::{TextFault, TextValues};

/// Where an expression's operands come from. Task expressions only read locals (their shared reads are
/// steps of their own); `expect` lines read the final state directly, arrays, maps and events included.
pub trait Operands {
    fn local(&self, local: LocalId) -> i64;
    fn shared(&self, process: ProcessId, var: VarId) -> i64;
    fn queue_len(&self, queue: QueueId) -> i64;
    fn array(&self, _process: ProcessId, _array: ArrayId) -> &[i64] {
        &[]
    }
    fn map_value(&self, _process: ProcessId, _map: MapId, _key: i64) -> Option<i64> {
        None
    }
    fn map_len(&self, _process: ProcessId, _map: MapId) -> i64 {
        0
    }
    fn event_is_set(&self, _event: u32) -> bool {
        false
    }
    /// The run's tuples, where an expression may make or read one (`None`: it may not, and a tuple
    /// operation is a fault).
    fn run_values(&self) -> Option<&RunValues> {
        None
    }
}

/// The values one run made: its tuples, each once (interned: equal items give the one value, so `==`
/// between tuples is `==` between values), and its strings (`crate::strings`, each text once). Reset
/// for the next run without freeing their memory. Behind a `RefCell` because expressions make them
/// while reading their operands (`Operands::run_values`); nothing here is borrowed across a call.
#[derive(Debug)]
pub struct RunValues {
    table: std::cell::RefCell<TupleTable>,
    /// How many tuples the run made, outside the `RefCell`: the per-run questions of a model without
    /// tuples (`is_empty`, `reset`) cost one load.
    made: std::cell::Cell<u32>,
    /// The strings the run made.
    pub strings: StringArena,
    /// The mutable objects the run made (lists, dicts, sets, instances).
    pub objects: ObjectArena,
    /// The floats the run made (`crate::floats`).
    pub floats: crate::floats::FloatTable,
}

impl Default for RunValues {
    fn default() -> Self {
        RunValues::new(&[])
    }
}

#[derive(Debug, Default)]
struct TupleTable {
    /// Every tuple's items, one after the other.
    items: Vec<i64>,
    /// Where each tuple's items are in `items`: start and end.
    spans: Vec<(u32, u32)>,
    /// A tuple's number by its items.
    numbers: std::collections::BTreeMap<Vec<i64>, u32>,
}

impl RunValues {
    /// A run's values for a model whose string table is `strings`.
    pub fn new(strings: &[String]) -> RunValues {
        RunValues {
            table: Default::default(),
            made: Default::default(),
            strings: StringArena::new(strings),
            objects: ObjectArena::default(),
            floats: Default::default(),
        }
    }

    /// Forgets the last run's tuples and strings.
    pub fn reset(&mut self) {
        self.strings.reset();
        self.objects.reset();
        self.floats.reset();
        // Most models make no tuple: one test per run.
        if self.made.get() == 0 {
            return;
        }
        self.made.set(0);
        let table = self.table.get_mut();
        table.items.clear();
        table.spans.clear();
        table.numbers.clear();
    }

    /// Whether the run made no tuple and no string: then every value is written as itself and ordered
    /// by its pattern.
    pub fn is_empty(&self) -> bool {
        self.made.get() == 0 && self.strings.is_empty() && self.objects.is_empty() && self.floats.is_empty()
    }

    /// Writes everything the run made, as it is (exploration's state cache): the strings as their texts
    /// (`StringArena::write_made`), then the tuples' items in the order the run made them, then the
    /// objects (`ObjectArena::write_made`). With the words that hold their numbers, two states whose
    /// words are equal hold the same values under the same numbers, so they have the same futures.
    /// A run that made no tuple and no object writes its strings alone, as before (nothing, or their
    /// count and texts); one that made either writes -1 first (no count of strings is negative), then
    /// each kind with its count, so that no two runs' words read alike unless they made the same.
    /// A run that made a float writes -2 where the others write -1, and its floats last
    /// (`FloatTable::write_made`), so the words of runs without floats are as before.
    pub fn write_made(&self, out: &mut Vec<i64>) {
        let tuples = self.made.get();
        let floats = !self.floats.is_empty();
        if tuples == 0 && self.objects.is_empty() && !floats {
            self.strings.write_made(out);
            return;
        }
        out.push(if floats { -2 } else { -1 });
        if self.strings.is_empty() {
            out.push(0);
        }
        self.strings.write_made(out);
        out.push(i64::from(tuples));
        let table = self.table.borrow();
        debug_assert_eq!(table.spans.len(), tuples as usize, "every tuple made is in the table");
        for &(start, end) in &table.spans {
            out.push(i64::from(end - start));
            out.extend_from_slice(&table.items[start as usize..end as usize]);
        }
        if self.objects.is_empty() {
            out.push(0);
        }
        self.objects.write_made(out);
        if floats {
            self.floats.write_made(out);
        }
    }

    /// The value of the tuple of `items`: the one made before with these items, or a new one. `None`
    /// when the run has made [`MAX_TUPLES`] tuples already.
    pub fn intern(&self, items: &[i64]) -> Option<i64> {
        debug_assert!(!items.is_empty() && items.len() <= MAX_TUPLE_LENGTH, "the loader bounds a tuple's length");
        let mut table = self.table.borrow_mut();
        if let Some(&number) = table.numbers.get(items) {
            return Some(FIRST_TUPLE + i64::from(number));
        }
        let number = table.spans.len();
        if number >= MAX_TUPLES {
            return None;
        }
        let start = table.items.len() as u32;
        table.items.extend_from_slice(items);
        let end = table.items.len() as u32;
        table.spans.push((start, end));
        table.numbers.insert(items.to_vec(), number as u32);
        self.made.set(number as u32 + 1);
        Some(FIRST_TUPLE + number as i64)
    }

    /// Item `index` of tuple value `tuple` and the tuple's length, `None` when `tuple` is no tuple of
    /// this run.
    pub fn item(&self, tuple: i64, index: usize) -> Option<(Option<i64>, usize)> {
        let table = self.table.borrow();
        let &(start, end) = table.spans.get(tuple_index(tuple)?)?;
        let items = &table.items[start as usize..end as usize];
        Some((items.get(index).copied(), items.len()))
    }

    /// The items of tuple value `tuple`, `None` when it is no tuple of this run.
    /// The values an instance of an `order=True` dataclass is compared by, with its class's name first
    /// (Python compares two instances of one class only); `None` for any other value.
    pub fn order_key(&self, value: i64) -> Option<Vec<i64>> {
        let (kind, _) = self.objects.shape(value)?;
        let ObjectKind::Instance { class, ordered, .. } = kind else { return None };
        if ordered == 0 {
            return None;
        }
        let mut key = vec![class];
        for position in 0..i64::from(ordered) {
            let attribute = self.objects.key_at(value, position).ok()?;
            key.push(self.objects.read(value, attribute).ok()?);
        }
        Some(key)
    }

    /// The attributes an instance of an `order=True` dataclass is compared by (empty for any other
    /// value): a priority queue's `put` reads them.
    pub fn order_attributes(&self, value: i64) -> Vec<i64> {
        let Some((ObjectKind::Instance { ordered, .. }, _)) = self.objects.shape(value) else { return Vec::new() };
        (0..i64::from(ordered)).filter_map(|position| self.objects.key_at(value, position).ok()).collect()
    }

    pub fn items(&self, tuple: i64) -> Option<Vec<i64>> {
        let table = self.table.borrow();
        let &(start, end) = table.spans.get(tuple_index(tuple)?)?;
        Some(table.items[start as usize..end as usize].to_vec())
    }

    /// Writes `value` to `out` as its contents, never its number: anything but a tuple as itself, a
    /// tuple as `FIRST_TUPLE + length` followed by its items written the same way (a prefix code: no
    /// tuple's words begin another value's). Two runs that made the same tuples in other orders write
    /// the same words, so outcomes compared by these words are compared by contents.
    /// A string the run made is written as its text (`StringArena::write_canonical`).
    pub fn write_canonical(&self, value: i64, out: &mut Vec<i64>) {
        self.write_canonical_within(value, out, MAX_OBJECT_DEPTH);
    }

    /// [`RunValues::write_canonical`] at most `depth` objects deep: an object inside itself (`a.append(a)`)
    /// is written, past that depth, as the one word `FIRST_OBJECT + 4` (Python prints `[...]` there).
    fn write_canonical_within(&self, value: i64, out: &mut Vec<i64>, depth: u32) {
        if self.strings.write_canonical(value, out).is_some() {
            return;
        }
        // A float as `FIRST_FLOAT` then its bits (no other value's words begin with that word).
        if let Some(number) = self.floats.get(value) {
            out.push(FIRST_FLOAT);
            out.push(number.to_bits() as i64);
            return;
        }
        if object_index(value).is_some() {
            return self.write_object(value, out, depth);
        }
        let Some(items) = self.items(value) else {
            out.push(value);
            return;
        };
        out.push(FIRST_TUPLE + items.len() as i64);
        for item in items {
            self.write_canonical_within(item, out, depth);
        }
    }

    /// An object as its kind's word, its length, an instance's class and how it prints, then its items
    /// (a dict's, a set's or an instance's as key and value in insertion order).
    #[cold]
    fn write_object(&self, handle: i64, out: &mut Vec<i64>, depth: u32) {
        if depth == 0 {
            out.push(FIRST_OBJECT + 4);
            return;
        }
        let contents = self.objects.with_contents(handle, |kind, keys, values| (kind, keys.to_vec(), values.to_vec()));
        let Some((kind, keys, values)) = contents else {
            out.push(handle);
            return;
        };
        out.push(kind.canonical_word());
        out.push(values.len() as i64);
        if let ObjectKind::Instance { class, dataclass, shown, .. } = kind {
            self.write_canonical_within(class, out, depth);
            out.push(i64::from(dataclass));
            out.push(i64::from(shown));
        }
        for (position, &item) in values.iter().enumerate() {
            if let Some(&key) = keys.get(position) {
                self.write_canonical_within(key, out, depth - 1);
            }
            self.write_canonical_within(item, out, depth - 1);
        }
    }
}

/// How deep [`RunValues::write_canonical`] follows objects inside objects.
const MAX_OBJECT_DEPTH: u32 = 32;

impl RunValues {
    /// An order of values by what they hold, never by when the run made them, which is their
    /// patterns' order for every value but the strings and tuples a run made: None, then strings by
    /// code points, then tuples by their canonical words, then integers. Orders a map's keys where a
    /// run made some (`key_at`, reports).
    pub fn canonical_order(&self, left: i64, right: i64) -> std::cmp::Ordering {
        let band = |value: i64| match value {
            NONE => 0,
            _ if string_index(value).is_some() => 1,
            _ if tuple_index(value).is_some() => 2,
            _ if object_index(value).is_some() => 3,
            _ if is_float(value) => 4,
            _ => 5,
        };
        let by_band = band(left).cmp(&band(right));
        match band(left) {
            _ if by_band.is_ne() => by_band,
            1 => self.strings.compare(left, right).unwrap_or(std::cmp::Ordering::Equal),
            2..=4 => {
                let (mut left_words, mut right_words) = (Vec::new(), Vec::new());
                self.write_canonical(left, &mut left_words);
                self.write_canonical(right, &mut right_words);
                left_words.cmp(&right_words)
            }
            _ => left.cmp(&right),
        }
    }
}

/// Python's `<` between two items of a priority queue (heapq compares them so): integers by value,
/// strings by code points, tuples item by item (the first items that differ decide, else the shorter
/// is smaller), two instances of one `order=True` dataclass by their compared attributes so. `None`
/// where Python raises TypeError (None, two types, any other object).
pub fn python_order(left: i64, right: i64, tuples: &RunValues) -> Option<std::cmp::Ordering> {
    if left == right {
        return Some(std::cmp::Ordering::Equal);
    }
    if object_index(left).is_some() || object_index(right).is_some() {
        let (left_key, right_key) = (tuples.order_key(left)?, tuples.order_key(right)?);
        if left_key[0] != right_key[0] {
            // Instances of two classes: Python's dataclass `<` returns NotImplemented, a TypeError.
            return None;
        }
        let differ = left_key.iter().zip(&right_key).find(|&(&a, &b)| values_differ(a, b, tuples));
        return match differ {
            Some((&a, &b)) => python_order(a, b, tuples),
            None => Some(left_key.len().cmp(&right_key.len())),
        };
    }
    let both = |is: fn(i64) -> bool| is(left) && is(right);
    if both(is_integer) {
        return Some(left.cmp(&right));
    }
    if is_float(left) || is_float(right) {
        return crate::floats::order(left, right, &tuples.floats);
    }
    if both(|value| string_index(value).is_some()) {
        return tuples.strings.compare(left, right);
    }
    let (left_items, right_items) = (tuples.items(left)?, tuples.items(right)?);
    let differ = left_items.iter().zip(&right_items).find(|&(&a, &b)| values_differ(a, b, tuples));
    match differ {
        // Interned: two equal items are one value, so the first unequal pair decides.
        Some((&a, &b)) => python_order(a, b, tuples),
        None => Some(left_items.len().cmp(&right_items.len())),
    }
}

/// Whether two items differ by Python's `==` where heapq looks for the first pair that differs: by
/// their patterns, but for a float equal to a number of another pattern (`1.0` and `1`) and tuples
/// holding such.
fn values_differ(left: i64, right: i64, values: &RunValues) -> bool {
    if left == right {
        return false;
    }
    if is_float(left) || is_float(right) {
        return crate::floats::order(left, right, &values.floats) != Some(std::cmp::Ordering::Equal);
    }
    let both_tuples = tuple_index(left).is_some() && tuple_index(right).is_some();
    !(both_tuples && tuples_equal(left, right, values).unwrap_or(false))
}

/// Reads one value written by [`RunValues::write_canonical`] from the front of `words`, with the
/// model's string table; the words it took are removed from the front.
pub fn read_canonical(words: &mut &[i64], strings: &[String]) -> Value {
    let Some((&first, rest)) = words.split_first() else {
        return Value::None;
    };
    *words = rest;
    if first == crate::strings::first_made(strings) {
        return Value::Str(crate::strings::read_canonical_text(words));
    }
    if first == FIRST_FLOAT {
        let Some((&bits, rest)) = words.split_first() else { return Value::None };
        *words = rest;
        return Value::Float(bits as u64);
    }
    if let Some(kind) = object_index(first) {
        return read_canonical_object(kind, words, strings);
    }
    match tuple_index(first) {
        Some(length) => Value::Tuple((0..length).map(|_| read_canonical(words, strings)).collect()),
        None => Value::of(first, strings),
    }
}

/// Reads an object written by `RunValues::write_object` after its kind's word (`kind`: 0 a list, 1 a
/// dict, 2 a set, 3 an instance, 4 an object too deep inside itself).
fn read_canonical_object(kind: usize, words: &mut &[i64], strings: &[String]) -> Value {
    let take = |words: &mut &[i64]| {
        let Some((&word, rest)) = words.split_first() else { return 0 };
        *words = rest;
        word
    };
    if kind == 4 {
        return Value::Ellipsis;
    }
    let length = take(words).max(0) as usize;
    let instance = (kind == 3).then(|| {
        let class = read_canonical(words, strings);
        let dataclass = take(words) != 0;
        let shown = take(words).max(0) as u32;
        (class, dataclass, shown)
    });
    let mut pairs = Vec::with_capacity(length.min(words.len()));
    for _ in 0..length.min(words.len()) {
        let key = if kind == 0 { Value::None } else { read_canonical(words, strings) };
        pairs.push((key, read_canonical(words, strings)));
    }
    match (kind, instance) {
        (0, _) => Value::List(pairs.into_iter().map(|(_, item)| item).collect()),
        (1, _) => Value::Dict(pairs),
        (2, _) => Value::Set(pairs.into_iter().map(|(member, _)| member).collect()),
        (_, Some((class, dataclass, shown))) => {
            let class = match class {
                Value::Str(name) => name,
                other => other.to_string(),
            };
            Value::Instance { class, dataclass, shown, attributes: pairs }
        }
        _ => Value::Ellipsis,
    }
}

/// Python's truth of a value: 0, None and the empty string (`FIRST_STRING`) are false (a tuple has one
/// item at least: true).
#[inline]
pub fn is_true(value: i64) -> bool {
    // NONE and FIRST_STRING are the two patterns at the bottom of the range; +0.0 and -0.0 the first
    // two of the floats' band.
    value != 0 && (value.wrapping_sub(NONE) as u64) > 1 && (value.wrapping_sub(crate::floats::POSITIVE_ZERO) as u64) > 1
}

/// A value as Python prints it inside a container (its `repr`): the integer, `None`, or a quoted string
/// (`'a'`); `strings` is the model's string table. Every report, trace and failure prints values
/// through [`Value`]'s `Display`, which this builds.
#[derive(Clone, Copy, Debug)]
pub struct ValueText<'a>(pub i64, pub &'a [String]);

impl std::fmt::Display for ValueText<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Its items are the run's (`Value::decode`); a message built from the model alone names it.
        if tuple_index(self.0).is_some() {
            return f.write_str("a tuple");
        }
        if self.0 >= crate::strings::first_made(self.1) && string_index(self.0).is_some() {
            return f.write_str("a string made at run time");
        }
        if is_float(self.0) && self.0 > crate::floats::NEGATIVE_ZERO {
            return f.write_str("a float made at run time");
        }
        Value::of(self.0, self.1).fmt(f)
    }
}

/// A value of a report (final shared state, JSON): an integer, None or a string, decoded from its
/// 64-bit pattern with the model's string table. JSON gives a number, `null` or a string.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Value {
    Int(i64),
    None,
    Str(String),
    /// A tuple's items (JSON: an array).
    Tuple(Vec<Value>),
    /// A list made at run time (JSON: an array).
    List(Vec<Value>),
    /// A dict made at run time, in insertion order (JSON: an object whose names are the keys as weft
    /// prints them, `'a'` or `1`).
    Dict(Vec<(Value, Value)>),
    /// A set made at run time, in insertion order (JSON: an array).
    Set(Vec<Value>),
    /// An instance of a class made at run time: its attributes in the order they were first set
    /// (JSON: an object of them). A dataclass prints its first `shown` as `Order(id=1)`.
    Instance {
        class: String,
        dataclass: bool,
        shown: u32,
        attributes: Vec<(Value, Value)>,
    },
    /// An object inside itself, past the depth weft follows (Python prints `[...]`).
    Ellipsis,
    /// A float made at run time, by its IEEE bits (printed as Python's `repr`; JSON: a number, or the
    /// string `inf`, `-inf`, `nan`, which JSON has no number for).
    Float(u64),
}

impl Value {
    /// Decodes `value` with the model's string table `strings`. A tuple needs its run's arena
    /// ([`Value::decode`]): here it is only said to be one.
    pub fn of(value: i64, strings: &[String]) -> Value {
        if value == NONE {
            return Value::None;
        }
        match string_index(value) {
            Some(index) => Value::Str(strings.get(index).cloned().unwrap_or_default()),
            None if tuple_index(value).is_some() => Value::Str("<tuple>".to_string()),
            None if value == crate::floats::POSITIVE_ZERO => Value::Float(0.0f64.to_bits()),
            None if value == crate::floats::NEGATIVE_ZERO => Value::Float((-0.0f64).to_bits()),
            None if is_float(value) => Value::Str("<float>".to_string()),
            None => Value::Int(value),
        }
    }

    /// Decodes `value` with the model's string table and the run's tuples.
    pub fn decode(value: i64, strings: &[String], tuples: &RunValues) -> Value {
        if let Some(text) = tuples.strings.with_text(value, str::to_string) {
            return Value::Str(text);
        }
        if object_index(value).is_some() {
            let mut words = Vec::new();
            tuples.write_canonical(value, &mut words);
            return read_canonical(&mut words.as_slice(), strings);
        }
        if let Some(number) = tuples.floats.get(value) {
            return Value::Float(number.to_bits());
        }
        match tuples.items(value) {
            Some(items) => Value::Tuple(items.into_iter().map(|item| Value::decode(item, strings, tuples)).collect()),
            None => Value::of(value, strings),
        }
    }
}

/// Writes `items` between `open` and `close`, each as `write` writes it, `, ` between.
fn write_joined<T>(
    f: &mut std::fmt::Formatter<'_>,
    (open, close): (&str, &str),
    items: &[T],
    mut write: impl FnMut(&mut std::fmt::Formatter<'_>, &T) -> std::fmt::Result,
) -> std::fmt::Result {
    f.write_str(open)?;
    for (position, item) in items.iter().enumerate() {
        if position > 0 {
            f.write_str(", ")?;
        }
        write(f, item)?;
    }
    f.write_str(close)
}

impl PartialEq<i64> for Value {
    fn eq(&self, other: &i64) -> bool {
        matches!(self, Value::Int(value) if value == other) || (*other == NONE && *self == Value::None)
    }
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Int(value) => write!(f, "{value}"),
            Value::None => f.write_str("None"),
            Value::Str(text) => write_python_repr(f, text),
            // Python's repr: `(1, 'a')`, and a comma after the one item of `(1,)`.
            Value::Tuple(items) => {
                f.write_str("(")?;
                for (position, item) in items.iter().enumerate() {
                    if position > 0 {
                        f.write_str(", ")?;
                    }
                    item.fmt(f)?;
                }
                f.write_str(if items.len() == 1 { ",)" } else { ")" })
            }
            Value::List(items) => write_joined(f, ("[", "]"), items, |f, item| item.fmt(f)),
            Value::Dict(entries) => write_joined(f, ("{", "}"), entries, |f, (key, value)| write!(f, "{key}: {value}")),
            Value::Set(members) if members.is_empty() => f.write_str("set()"),
            Value::Set(members) => write_joined(f, ("{", "}"), members, |f, member| member.fmt(f)),
            Value::Instance { class, dataclass: true, shown, attributes } => {
                let shown = &attributes[..(*shown as usize).min(attributes.len())];
                f.write_str(class)?;
                write_joined(f, ("(", ")"), shown, |f, (name, value)| match name {
                    Value::Str(name) => write!(f, "{name}={value}"),
                    other => write!(f, "{other}={value}"),
                })
            }
            Value::Instance { class, .. } => write!(f, "<{class} object>"),
            Value::Ellipsis => f.write_str("..."),
            Value::Float(bits) => f.write_str(&crate::floats::python_repr(f64::from_bits(*bits))),
        }
    }
}

/// Python's `repr` of a string: single quotes unless the text holds one and no double quote; the
/// backslash, the quote and control characters escaped.
fn write_python_repr(f: &mut std::fmt::Formatter<'_>, text: &str) -> std::fmt::Result {
    let quote = if text.contains('\'') && !text.contains('"') { '"' } else { '\'' };
    f.write_fmt(format_args!("{quote}"))?;
    for c in text.chars() {
        match c {
            '\\' => f.write_str("\\\\")?,
            '\n' => f.write_str("\\n")?,
            '\r' => f.write_str("\\r")?,
            '\t' => f.write_str("\\t")?,
            c if c == quote => write!(f, "\\{c}")?,
            c if (c as u32) < 0x20 || c as u32 == 0x7f => write!(f, "\\x{:02x}", c as u32)?,
            c => write!(f, "{c}")?,
        }
    }
    f.write_fmt(format_args!("{quote}"))
}

impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Int(value) => serializer.serialize_i64(*value),
            Value::None => serializer.serialize_none(),
            Value::Str(text) => serializer.serialize_str(text),
            Value::Tuple(items) | Value::List(items) | Value::Set(items) => serializer.collect_seq(items),
            Value::Dict(entries) | Value::Instance { attributes: entries, .. } => {
                serializer.collect_map(entries.iter().map(|(key, value)| (key_text(key), value)))
            }
            Value::Ellipsis => serializer.serialize_str("..."),
            Value::Float(bits) => match f64::from_bits(*bits) {
                number if number.is_finite() => serializer.serialize_f64(number),
                number => serializer.serialize_str(&crate::floats::python_repr(number)),
            },
        }
    }
}

/// A key as weft prints it in `name[key]` (and Python's harness names it): a string as its repr, an
/// instance's attribute name bare.
fn key_text(key: &Value) -> String {
    key.to_string()
}

impl<'de> serde::Deserialize<'de> for Value {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Shown {
            Int(i64),
            Str(String),
            Tuple(Vec<Value>),
        }
        Ok(match Option::<Shown>::deserialize(deserializer)? {
            None => Value::None,
            Some(Shown::Int(value)) => Value::Int(value),
            Some(Shown::Str(text)) => Value::Str(text),
            Some(Shown::Tuple(items)) => Value::Tuple(items),
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvalError {
    Overflow,
    DivisionByZero,
    /// Python's IndexError.
    IndexOutOfRange {
        index: i64,
        length: u64,
    },
    /// Python's KeyError.
    MissingKey {
        key: i64,
    },
    /// Python's TypeError: None where a number is needed (`None + 1`, `None < 2`, `-None`, `a[None]`).
    NoneOperand {
        operation: &'static str,
    },
    /// Python's TypeError: a string where a number is needed (`'a' + 1`, `'a' < 2`, `-'a'`, `a['x']` of
    /// a list).
    StringOperand {
        operation: &'static str,
    },
    /// Python's TypeError: a tuple where a number is needed (`t + 1`, `-t`), or between a tuple and
    /// something else where Python orders (`t < 1`).
    TupleOperand {
        operation: &'static str,
    },
    /// What Python computes with tuples and weft does not yet: two tuples ordered (`<`, `min`) item by
    /// item, concatenated (`+`), a tuple repeated (`*` by an integer). Not a Python exception: weft's
    /// own limit, said as such.
    TupleNotYet {
        operation: &'static str,
    },
    /// Python's ValueError of an unpacking assignment (`a, b = t`) whose tuple has another length, or
    /// TypeError when the value is no tuple at all (`got` is then `None`).
    Unpack {
        expected: u32,
        got: Option<u32>,
    },
    /// An unpacking assignment of a string: Python binds its characters, weft does not yet.
    UnpackString {
        expected: u32,
    },
    /// The run made more than `limits::MAX_TUPLES` tuples.
    TooManyTuples,
    /// The run made more than `limits::MAX_FLOATS` floats (or an expression made one where no run's
    /// values are at hand).
    TooManyFloats,
    /// What Python computes with floats and weft does not: weft's own limit, said as such.
    FloatNotYet {
        operation: &'static str,
    },
    /// Python's ValueError of `int(s)` whose string `value` is no integer (`int('oops')`).
    IntLiteral {
        value: i64,
    },
    /// Python's ValueError of `float(s)` whose string `value` is no number (`float('abc')`).
    FloatLiteral {
        value: i64,
    },
    /// Python's TypeError of `str`, `int` or `len` of a value it takes no such thing of (`len(5)`,
    /// `int(None)`).
    Argument {
        function: &'static str,
        value: i64,
    },
    /// Python's AttributeError of a string's method on a value that is no string (`n.upper()`).
    NoAttribute {
        method: &'static str,
        value: i64,
    },
    /// The run would make a string longer than `limits::MAX_STRING_BYTES`.
    StringTooLong,
    /// The run would make more strings than the band's patterns the table leaves, or more than
    /// `limits::MAX_RUN_STRING_BYTES` of them.
    TooManyStrings,
    /// What Python computes with strings and weft does not: weft's own limit, said as such.
    NotYet {
        operation: &'static str,
    },
    /// The run made more than `limits::MAX_OBJECTS` objects.
    TooManyObjects,
    /// The run's objects would hold more than `limits::MAX_OBJECT_SLOTS` items.
    TooManyObjectSlots,
    /// Python's AttributeError of an instance (`class` and `attribute` are string values).
    MissingAttribute {
        class: i64,
        attribute: i64,
    },
    /// Python's TypeError of a list indexed by a value that is no integer.
    ListIndexType {
        index: i64,
    },
    /// Python's TypeError of a list, a dict or a set as a dict key or a set member.
    Unhashable {
        type_name: &'static str,
    },
    /// Python's TypeError of an item read or written of a value that is no object (`5[0]`).
    NotSubscriptable {
        value: i64,
    },
    /// Python's TypeError: an object made at run time where a number is needed (`xs + 1`, `xs < 2`).
    ObjectOperand {
        operation: &'static str,
    },
    /// Python's exception of class `class` with CPython's message (the text functions, crate::text).
    Python {
        class: &'static str,
        message: &'static str,
    },
}

impl From<ObjectFault> for EvalError {
    fn from(fault: ObjectFault) -> Self {
        match fault {
            ObjectFault::TooMany => EvalError::TooManyObjects,
            ObjectFault::TooManySlots => EvalError::TooManyObjectSlots,
            ObjectFault::Index { index, length } => EvalError::IndexOutOfRange { index, length },
            ObjectFault::Key { key } => EvalError::MissingKey { key },
            ObjectFault::Attribute { class, attribute } => EvalError::MissingAttribute { class, attribute },
            ObjectFault::ListIndexType { index } => EvalError::ListIndexType { index },
            ObjectFault::Unhashable { type_name } => EvalError::Unhashable { type_name },
            ObjectFault::NotAnObject { value } => EvalError::NotSubscriptable { value },
            ObjectFault::ComparedByValue => EvalError::NotYet {
                operation: "`in` a list that holds lists or tuples of a list or a tuple (Python compares them by value, weft by what they are)",
            },
            ObjectFault::FloatCompared => EvalError::NotYet {
                operation: "a float as a dict key or a set member, or `in` a list of floats (Python compares them by value: `d[1.0]` is `d[1]`)",
            },
        }
    }
}

impl From<TextFault> for EvalError {
    fn from(fault: TextFault) -> Self {
        match fault {
            TextFault::Python { class, message } => EvalError::Python { class, message },
            TextFault::NoAttribute { method, value } => EvalError::NoAttribute { method, value },
            TextFault::NotYet { operation } => EvalError::NotYet { operation },
            TextFault::TooLong => EvalError::StringTooLong,
            TextFault::TooManyStrings => EvalError::TooManyStrings,
            TextFault::TooManyTuples => EvalError::TooManyTuples,
        }
    }
}

/// The run's values as the functions of text (crate::text) read and make them.
impl TextValues for RunValues {
    fn text(&self, value: i64) -> Option<String> {
        self.strings.with_text(value, str::to_string)
    }

    fn tuple_items(&self, value: i64) -> Option<Vec<i64>> {
        self.items(value)
    }

    fn make_text(&self, text: &str) -> Result<i64, TextFault> {
        let made = self.strings.build(|out| {
            out.push_str(text);
            Ok::<(), StringFault>(())
        });
        made.map_err(|fault| match fault {
            StringFault::TooLong => TextFault::TooLong,
            _ => TextFault::TooManyStrings,
        })
    }

    fn make_tuple(&self, items: &[i64]) -> Result<i64, TextFault> {
        self.intern(items).ok_or(TextFault::TooManyTuples)
    }

    fn str_of(&self, value: i64) -> String {
        let mut out = String::new();
        // Longer than a string may be, the result is refused where it is made.
        let _ = write_str_of(self, value, &mut out);
        out
    }

    fn repr_of(&self, value: i64) -> String {
        Value::decode(value, &[], self).to_string()
    }

    fn exception_repr(&self, value: i64) -> Option<Result<i64, TextFault>> {
        crate::exception_values::is_exception(self, value).then(|| crate::exception_values::repr(self, value))
    }

    fn float(&self, value: i64) -> Option<f64> {
        self.floats.get(value)
    }
}

impl From<StringFault> for EvalError {
    fn from(fault: StringFault) -> Self {
        match fault {
            StringFault::TooLong => EvalError::StringTooLong,
            StringFault::TooMany => EvalError::TooManyStrings,
            StringFault::Overflow => EvalError::Overflow,
            StringFault::NotYet { operation } => EvalError::NotYet { operation },
        }
    }
}

impl EvalError {
    /// Whether the fault is weft's own limit, not an exception Python raises: what Python computes and
    /// weft does not yet, or a bound of weft's (tuples, strings, objects). A run ended by one is no
    /// outcome of the program (integer overflow, which Python's growing integers never meet, is told
    /// apart by the claim of its own, `within 64-bit integers`).
    pub fn is_weft_limit(self) -> bool {
        matches!(
            self,
            EvalError::TupleNotYet { .. }
                | EvalError::UnpackString { .. }
                | EvalError::TooManyTuples
                | EvalError::StringTooLong
                | EvalError::TooManyStrings
                | EvalError::NotYet { .. }
                | EvalError::TooManyObjects
                | EvalError::TooManyObjectSlots
                | EvalError::TooManyFloats
                | EvalError::FloatNotYet { .. }
        )
    }

    /// The message, values printed with the model's string table `strings`.
    pub fn message(self, strings: &[String]) -> String {
        match self {
            EvalError::Overflow => "integer overflow".to_string(),
            EvalError::DivisionByZero => "division by zero".to_string(),
            EvalError::IndexOutOfRange { index, length } => {
                format!("IndexError: index {index} is out of range for length {length}")
            }
            EvalError::MissingKey { key } => format!("KeyError: {}", ValueText(key, strings)),
            EvalError::NoneOperand { operation } => format!("TypeError: unsupported operand None for `{operation}`"),
            EvalError::StringOperand { operation } => {
                format!("TypeError: unsupported operand str for `{operation}`")
            }
            EvalError::TupleOperand { operation } => {
                format!("TypeError: unsupported operand tuple for `{operation}`")
            }
            EvalError::TupleNotYet { operation } => {
                format!(
                    "`{operation}` of tuples is Python's, not weft's yet: weft's tuples are made, compared with `==`, unpacked, stored and printed"
                )
            }
            EvalError::Unpack { expected, got: None } => {
                format!("TypeError: cannot unpack a value that is no tuple into {expected} names")
            }
            EvalError::Unpack { expected, got: Some(got) } if got > expected => {
                format!("ValueError: too many values to unpack (expected {expected})")
            }
            EvalError::Unpack { expected, got: Some(got) } => {
                format!("ValueError: not enough values to unpack (expected {expected}, got {got})")
            }
            EvalError::UnpackString { expected } => format!(
                "unpacking a string into {expected} names (its characters) is Python's, not weft's yet: weft unpacks tuples"
            ),
            EvalError::TooManyTuples => {
                format!("the run made more than {MAX_TUPLES} distinct tuples, the most one run may make")
            }
            EvalError::TooManyFloats => {
                format!(
                    "the run made more than {} distinct floats, the most one run may make",
                    crate::limits::MAX_FLOATS
                )
            }
            EvalError::FloatNotYet { operation } => format!(
                "`{operation}` of a float is Python's, not weft's yet: weft's floats are made, compared, added, subtracted, multiplied, stored and printed"
            ),
            EvalError::IntLiteral { value } => {
                format!("ValueError: invalid literal for int() with base 10: {}", ValueText(value, strings))
            }
            EvalError::FloatLiteral { value } => {
                format!("ValueError: could not convert string to float: {}", ValueText(value, strings))
            }
            EvalError::Argument { function, value } => {
                let type_name = type_name(value);
                match function {
                    "len" => format!("TypeError: object of type '{type_name}' has no len()"),
                    _ => format!(
                        "TypeError: {function}() argument must be a string, a bytes-like object or a real number, not '{type_name}'"
                    ),
                }
            }
            EvalError::NoAttribute { method, value } => {
                format!("AttributeError: '{}' object has no attribute '{method}'", type_name(value))
            }
            EvalError::StringTooLong => {
                format!("the run made a string longer than {MAX_STRING_BYTES} bytes, the most one string may hold")
            }
            EvalError::TooManyStrings => format!(
                "the run made more distinct strings than it may ({} patterns beside the file's, {MAX_RUN_STRING_BYTES} bytes)",
                MAX_STRINGS - strings.len().max(1)
            ),
            EvalError::NotYet { operation } => format!("{operation} is Python's, not weft's yet"),
            EvalError::TooManyObjects => {
                format!(
                    "the run made more than {MAX_OBJECTS} objects (lists, dicts, sets, instances), the most one run may make"
                )
            }
            EvalError::TooManyObjectSlots => {
                format!(
                    "the run's objects would hold more than {MAX_OBJECT_SLOTS} items together, the most one run may hold"
                )
            }
            EvalError::MissingAttribute { class, attribute } => format!(
                "AttributeError: '{}' object has no attribute '{}'",
                ValueText(class, strings).to_string().trim_matches('\''),
                ValueText(attribute, strings).to_string().trim_matches('\'')
            ),
            EvalError::ListIndexType { index } => {
                format!("TypeError: list indices must be integers or slices, not {}", type_name(index))
            }
            EvalError::Unhashable { type_name } => format!("TypeError: unhashable type: '{type_name}'"),
            EvalError::NotSubscriptable { value } => {
                format!("TypeError: '{}' object is not subscriptable", type_name(value))
            }
            EvalError::ObjectOperand { operation } => {
                format!("TypeError: unsupported operand list, dict, set or instance for `{operation}`")
            }
            EvalError::Python { class, message } => format!("{class}: {message}"),
        }
    }
}

/// Python's name of a value's type, as its TypeErrors say it.
fn type_name(value: i64) -> &'static str {
    if is_integer(value) {
        "int"
    } else if is_float(value) {
        "float"
    } else if value == NONE {
        "NoneType"
    } else if tuple_index(value).is_some() {
        "tuple"
    } else if object_index(value).is_some() {
        "object"
    } else {
        "str"
    }
}

/// The fault of an index out of range: IndexError, or TypeError when the index is None or a string.
pub fn index_error(index: i64, length: u64) -> EvalError {
    if is_float(index) {
        return EvalError::ListIndexType { index };
    }
    if is_integer(index) { EvalError::IndexOutOfRange { index, length } } else { not_a_number(index, "[]") }
}

/// Python's TypeError for None, a string or a tuple where a number is needed.
#[cold]
fn not_a_number(value: i64, operation: &'static str) -> EvalError {
    debug_assert!(!is_integer(value), "only None, strings and tuples are no numbers");
    if value == NONE {
        EvalError::NoneOperand { operation }
    } else if is_float(value) {
        EvalError::FloatNotYet { operation }
    } else if tuple_index(value).is_some() {
        EvalError::TupleOperand { operation }
    } else if object_index(value).is_some() {
        EvalError::ObjectOperand { operation }
    } else {
        EvalError::StringOperand { operation }
    }
}

/// Python's TypeError of `operator.index(value)` (`range(2.5)`) for a value that is no integer.
#[cold]
fn not_an_index(value: i64, values: Option<&RunValues>) -> EvalError {
    let exception = values.is_some_and(|values| crate::exception_values::is_exception(values, value));
    let message = match type_name(value) {
        _ if exception => "an exception object cannot be interpreted as an integer",
        "float" => "'float' object cannot be interpreted as an integer",
        "NoneType" => "'NoneType' object cannot be interpreted as an integer",
        "tuple" => "'tuple' object cannot be interpreted as an integer",
        "str" => "'str' object cannot be interpreted as an integer",
        _ => "a list, dict, set or instance cannot be interpreted as an integer",
    };
    EvalError::Python { class: "TypeError", message }
}

/// Python's truth of a value, where an object may be one: an instance is true (it defines no
/// `__bool__` or `__len__` in what weft imports); a list's, a dict's or a set's truth is its length,
/// which only a step may read (`size(x) > 0`), so it is a fault that says so.
pub fn truth(value: i64, values: Option<&RunValues>) -> Result<bool, EvalError> {
    if object_index(value).is_some() {
        let kind = values.and_then(|values| values.objects.shape(value)).map(|(kind, _)| kind);
        if matches!(kind, Some(ObjectKind::Instance { .. })) {
            return Ok(true);
        }
        return Err(EvalError::NotYet {
            operation: "the truth of an object inside an expression (a list's is `size(x) > 0`, read in a step)",
        });
    }
    Ok(is_true(value))
}

/// Evaluates `expr`, using `stack` as the operand stack (reused across calls so the hot loop neither
/// allocates nor clears memory; the loader bounds its depth by `MAX_EXPRESSION_DEPTH`).
#[inline]
pub fn evaluate(expr: &Expr, operands: &impl Operands, stack: &mut Vec<i64>) -> Result<i64, EvalError> {
    // The most common shape of all (`n + 1` once a shared read is hoisted into a local) without the
    // operand stack: a fifth of the instructions of a `set: "n = n + 1"` step went to the stack machine.
    // Two more without the stack: a local alone (a `let` of a value read before it) and a shared
    // variable against a constant (an `expect` such as `balance == 900`, evaluated once a run).
    // One call of `binary` here, so that it stays inlined into the hot loop.
    let (op, left, right) = match expr.ops[..] {
        [ExprOp::Local(local), ExprOp::Const(value), ExprOp::Binary(op)] => (op, operands.local(local), value),
        [ExprOp::Local(local)] => return Ok(operands.local(local)),
        [ExprOp::Shared(process, var), ExprOp::Const(value), ExprOp::Binary(op)] => {
            (op, operands.shared(process, var), value)
        }
        _ => return evaluate_on_the_stack(expr, operands, stack),
    };
    binary(op, left, right, operands.run_values())
}

/// Every other shape, on the operand stack (out of line, so the fast path above inlines small).
#[inline(never)]
fn evaluate_on_the_stack(expr: &Expr, operands: &impl Operands, stack: &mut Vec<i64>) -> Result<i64, EvalError> {
    stack.clear();
    let mut pc = 0usize;
    let ops = &expr.ops;
    while pc < ops.len() {
        match ops[pc] {
            ExprOp::Const(v) => stack.push(v),
            ExprOp::Float(bits) => {
                let values = operands.run_values().ok_or(EvalError::TooManyFloats)?;
                stack.push(values.floats.intern(f64::from_bits(bits)).ok_or(EvalError::TooManyFloats)?);
            }
            ExprOp::Local(l) => stack.push(operands.local(l)),
            ExprOp::Shared(p, v) => stack.push(operands.shared(p, v)),
            ExprOp::QueueLen(q) => stack.push(operands.queue_len(q)),
            ExprOp::Neg => {
                let top = stack.last_mut().expect("an operand");
                if is_float(*top) {
                    *top = crate::floats::unary(*top, operands.run_values().map(|values| &values.floats), |number| {
                        -number
                    })
                    .map_err(|fault| float_error(fault, "-"))?;
                    pc += 1;
                    continue;
                }
                // Every integer of the format has a negation; None and strings have none.
                if !is_integer(*top) {
                    return Err(not_a_number(*top, "-"));
                }
                *top = -*top;
            }
            ExprOp::Not => {
                let top = stack.last_mut().expect("an operand");
                *top = i64::from(!truth(*top, operands.run_values())?);
            }
            ExprOp::ToBool => {
                let top = stack.last_mut().expect("an operand");
                *top = i64::from(truth(*top, operands.run_values())?);
            }
            ExprOp::Abs => {
                let top = stack.last_mut().expect("an operand");
                if is_float(*top) {
                    *top = crate::floats::unary(*top, operands.run_values().map(|values| &values.floats), f64::abs)
                        .map_err(|fault| float_error(fault, "abs"))?;
                    pc += 1;
                    continue;
                }
                // As for `Neg`: None and strings have no absolute value.
                if !is_integer(*top) {
                    return Err(not_a_number(*top, "abs"));
                }
                *top = top.abs();
            }
            ExprOp::Binary(op) => {
                let right = stack.pop().expect("two operands");
                let left = stack.last_mut().expect("two operands");
                *left = binary(op, *left, right, operands.run_values())?;
            }
            ExprOp::Element(process, array) => {
                let top = stack.last_mut().expect("an index");
                let values = operands.array(process, array);
                let length = values.len() as u64;
                let position = python_index(*top, values.len()).ok_or_else(|| index_error(*top, length))?;
                *top = values[position];
            }
            ExprOp::MapValue(process, map) => {
                let top = stack.last_mut().expect("a key");
                *top = operands.map_value(process, map, *top).ok_or(EvalError::MissingKey { key: *top })?;
            }
            ExprOp::ListItem(process, map) => {
                let top = stack.last_mut().expect("an index");
                let missing = || index_error(*top, operands.map_len(process, map) as u64);
                *top = operands.map_value(process, map, *top).ok_or_else(missing)?;
            }
            ExprOp::MapHas(process, map) => {
                let top = stack.last_mut().expect("a key");
                *top = i64::from(operands.map_value(process, map, *top).is_some());
            }
            ExprOp::MapLen(process, map) => stack.push(operands.map_len(process, map)),
            ExprOp::EventIsSet { first, count } => {
                let top = stack.last_mut().expect("an index");
                let position = python_index(*top, count as usize).ok_or_else(|| index_error(*top, u64::from(count)))?;
                *top = i64::from(operands.event_is_set(first + position as u32));
            }
            ExprOp::LocalElement { first, count } => {
                let top = stack.last_mut().expect("an index");
                let position = python_index(*top, count as usize).ok_or_else(|| index_error(*top, u64::from(count)))?;
                *top = operands.local(LocalId(first.0 + position as u32));
            }
            ExprOp::Tuple(length) => {
                let start = stack.len() - length as usize;
                let arena = operands.run_values().ok_or(EvalError::TooManyTuples)?;
                let tuple = arena.intern(&stack[start..]).ok_or(EvalError::TooManyTuples)?;
                stack.truncate(start);
                stack.push(tuple);
            }
            ExprOp::Unpack { index, length } => {
                let top = stack.last_mut().expect("a tuple");
                *top = unpack(operands.run_values(), *top, index, length)?;
            }
            ExprOp::AsIndex => {
                let top = *stack.last().expect("an operand");
                if !is_integer(top) {
                    return Err(not_an_index(top, operands.run_values()));
                }
            }
            ExprOp::Str | ExprOp::Int | ExprOp::Len | ExprOp::Upper | ExprOp::Lower => {
                let top = stack.last_mut().expect("an operand");
                *top = string_function(ops[pc], *top, operands.run_values())?;
            }
            ExprOp::ToFloat | ExprOp::Round => {
                let top = stack.last_mut().expect("an operand");
                *top = number_function(ops[pc], *top, operands.run_values())?;
            }
            ExprOp::MakeObject { kind, count } => {
                let start = stack.len() - count as usize;
                let arena = operands.run_values().ok_or(EvalError::TooManyObjects)?;
                let kind = match kind {
                    ObjectShape::List => ObjectKind::List,
                    ObjectShape::Dict => ObjectKind::Dict,
                    ObjectShape::Set => ObjectKind::Set,
                    ObjectShape::Instance { dataclass, shown } => {
                        ObjectKind::Instance { class: stack[start], dataclass, shown: u32::from(shown), ordered: 0 }
                    }
                    ObjectShape::OrderedInstance { shown, ordered } => ObjectKind::Instance {
                        class: stack[start],
                        dataclass: true,
                        shown: u32::from(shown),
                        ordered: u32::from(ordered),
                    },
                };
                let skipped = usize::from(matches!(kind, ObjectKind::Instance { .. }));
                let handle = arena.objects.make(kind, &stack[start + skipped..])?;
                stack.truncate(start);
                stack.push(handle);
            }
            ExprOp::Text { function, arguments } => {
                let start = stack.len() - arguments as usize;
                let values = operands.run_values().ok_or(EvalError::TooManyStrings)?;
                let result = match crate::exception_values::call(function, &stack[start..], values) {
                    Some(result) => result?,
                    None => crate::text::call(function, &stack[start..], values)?,
                };
                stack.truncate(start);
                stack.push(result);
            }
            ExprOp::Format(count) => {
                let start = stack.len() - count as usize;
                let values = operands.run_values().ok_or(EvalError::TooManyStrings)?;
                let joined = values
                    .strings
                    .build(|out| stack[start..].iter().try_for_each(|&part| write_str_of(values, part, out)))?;
                stack.truncate(start);
                stack.push(joined);
            }
            ExprOp::JumpIfFalseOrPop(target) => {
                if !truth(*stack.last().expect("an operand"), operands.run_values())? {
                    pc = target as usize;
                    continue;
                }
                stack.pop();
            }
            ExprOp::PopJumpIfFalse(target) => {
                let condition = stack.pop().expect("an operand");
                if !truth(condition, operands.run_values())? {
                    pc = target as usize;
                    continue;
                }
            }
            ExprOp::Jump(target) => {
                pc = target as usize;
                continue;
            }
            ExprOp::JumpIfTrueOrPop(target) => {
                let top = stack.last_mut().expect("an operand");
                if truth(*top, operands.run_values())? {
                    *top = 1;
                    pc = target as usize;
                    continue;
                }
                stack.pop();
            }
        }
        pc += 1;
    }
    assert_eq!(stack.len(), 1, "a well-formed expression leaves exactly one value");
    Ok(stack[0])
}

/// What an unpacking of a list, dict or set made at run time is, in a fault's words.
const RUN_TIME_OBJECT_UNPACKED: &str =
    "unpacking a list, dict or set made at run time (taken from a queue, a pipe or a call) into names";

/// Item `index` of the tuple `value` that an unpacking assignment into `length` names takes: Python's
/// ValueError when the tuple has another length, TypeError when `value` is no tuple.
#[cold]
fn unpack(tuples: Option<&RunValues>, value: i64, index: u32, length: u32) -> Result<i64, EvalError> {
    let found = tuples.and_then(|arena| arena.item(value, index as usize));
    match found {
        Some((Some(item), got)) if got == length as usize => Ok(item),
        Some((_, got)) => Err(EvalError::Unpack { expected: length, got: Some(got as u32) }),
        None if string_index(value).is_some() => Err(EvalError::UnpackString { expected: length }),
        // A list made at run time (taken from a queue): Python unpacks it as a tuple; weft does not yet.
        None if object_index(value).is_some() => Err(EvalError::NotYet { operation: RUN_TIME_OBJECT_UNPACKED }),
        None => Err(EvalError::Unpack { expected: length, got: None }),
    }
}

/// Python's `len` of a value that is no object (a string's or a tuple's length; TypeError of a number or
/// None), as the expression's `len(x)` computes it.
pub fn length_of(value: i64, values: &RunValues) -> Result<i64, EvalError> {
    debug_assert!(object_index(value).is_none(), "an object's length is read in its step");
    string_function(ExprOp::Len, value, Some(values))
}

/// `str(x)`, `int(x)`, `len(x)`, `x.upper()` or `x.lower()` of `value`, as Python computes them.
#[cold]
fn string_function(op: ExprOp, value: i64, values: Option<&RunValues>) -> Result<i64, EvalError> {
    let values = values.ok_or(EvalError::TooManyStrings)?;
    let function = match op {
        ExprOp::Str => return values.strings.build(|out| write_str_of(values, value, out)),
        ExprOp::Upper | ExprOp::Lower => return changed_case(op == ExprOp::Upper, value, values),
        ExprOp::Int => "int",
        _ => "len",
    };
    if function == "int" && is_integer(value) {
        return Ok(value);
    }
    if function == "int" && is_float(value) {
        return crate::floats::truncated(value, &values.floats).map_err(|fault| float_error(fault, "int"));
    }
    if function == "len" && object_index(value).is_some() {
        return Err(EvalError::NotYet {
            operation: "len() of an object inside an expression (`size(x)` reads it in a step)",
        });
    }
    if function == "len" && crate::exception_values::is_exception(values, value) {
        return Err(EvalError::Python { class: "TypeError", message: "object of type exception has no len()" });
    }
    if function == "len"
        && let Some((_, length)) = values.item(value, 0)
    {
        return Ok(length as i64);
    }
    let parsed = values.strings.with_text(value, |text| match function {
        "int" => crate::strings::parse_int(text).map(|number| number.ok_or(EvalError::IntLiteral { value })),
        _ => Ok(Ok(text.chars().count() as i64)),
    });
    parsed.ok_or(EvalError::Argument { function, value })??
}

/// `float(x)` or `round(x)` of `value`, as Python computes them (crate::float_arithmetic).
#[cold]
fn number_function(op: ExprOp, value: i64, values: Option<&RunValues>) -> Result<i64, EvalError> {
    if op == ExprOp::ToFloat && string_index(value).is_some() {
        return float_of_string(value, values.ok_or(EvalError::TooManyStrings)?);
    }
    let floats = &values.ok_or(EvalError::TooManyFloats)?.floats;
    let (result, operation) = match op {
        ExprOp::ToFloat => (crate::float_arithmetic::to_float(value, floats), "float"),
        _ => (crate::float_arithmetic::round_to_integer(value, floats), "round"),
    };
    result.map_err(|fault| match fault {
        // `float(s)` of a string reads Python's own syntax of numbers, which weft does not.
        crate::floats::FloatFault::OperatorNotYet => EvalError::NotYet { operation: "`float(s)` of a string" },
        fault => float_error(fault, operation),
    })
}

/// `float(s)` of the string `value`, read as Python reads it (crate::strings::parse_float).
fn float_of_string(value: i64, values: &RunValues) -> Result<i64, EvalError> {
    let parsed = values.strings.with_text(value, crate::strings::parse_float).ok_or(EvalError::TooManyStrings)?;
    match parsed {
        Ok(Some(number)) => crate::floats::made(number, &values.floats).map_err(|fault| float_error(fault, "float")),
        Ok(None) => Err(EvalError::FloatLiteral { value }),
        Err(crate::strings::StringFault::NotYet { operation }) => Err(EvalError::NotYet { operation }),
        Err(_) => Err(EvalError::TooManyStrings),
    }
}

/// `s.upper()` or `s.lower()` of the string `value` (Rust's and Python's case mappings are both
/// Unicode's full ones: `'ß'.upper()` is `'SS'`); AttributeError of anything else.
fn changed_case(upper: bool, value: i64, values: &RunValues) -> Result<i64, EvalError> {
    let method = if upper { "upper" } else { "lower" };
    let changed = values
        .strings
        .with_text(value, |text| if upper { text.to_uppercase() } else { text.to_lowercase() })
        .ok_or(EvalError::NoAttribute { method, value })?;
    if changed.len() > MAX_STRING_BYTES {
        return Err(EvalError::StringTooLong);
    }
    values.strings.build(|out| {
        out.push_str(&changed);
        Ok(())
    })
}

/// Appends Python's `str` of `value` to `out`: an integer's digits, `None`, a string's text, a tuple's
/// repr.
pub fn write_str_of(values: &RunValues, value: i64, out: &mut String) -> Result<(), EvalError> {
    use std::fmt::Write;
    if crate::text::holds_run_time_object(value, values) {
        return Err(EvalError::NotYet {
            operation: "str() of an object made at run time (its items are read in steps)",
        });
    }
    // An exception's `str` is its message (crate::exception_values), not the tuple that holds it.
    if crate::exception_values::is_exception(values, value) {
        let message = crate::exception_values::message(values, value)?;
        values.strings.with_text(message, |text| out.push_str(text));
        return if out.len() > MAX_STRING_BYTES { Err(EvalError::StringTooLong) } else { Ok(()) };
    }
    if values.strings.with_text(value, |text| out.push_str(text)).is_none() {
        // `Value::decode` reads a tuple's items; `write!` to a `String` cannot fail.
        let _ = write!(out, "{}", Value::decode(value, &[], values));
    }
    if out.len() > MAX_STRING_BYTES { Err(EvalError::StringTooLong) } else { Ok(()) }
}

#[inline(never)]
fn binary(op: BinaryOp, left: i64, right: i64, values: Option<&RunValues>) -> Result<i64, EvalError> {
    use BinaryOp::*;
    // One comparison tells None and strings from integers; they take the path of their own.
    if left < SMALLEST_INTEGER || right < SMALLEST_INTEGER {
        return not_two_integers(op, left, right, values);
    }
    Ok(match op {
        // A result below the format's smallest integer would read as a string or None: an overflow.
        Add => left.checked_add(right).filter(|&sum| is_integer(sum)).ok_or(EvalError::Overflow)?,
        Sub => left.checked_sub(right).filter(|&difference| is_integer(difference)).ok_or(EvalError::Overflow)?,
        Mul => left.checked_mul(right).filter(|&product| is_integer(product)).ok_or(EvalError::Overflow)?,
        // Python's `//` and `%` round toward negative infinity.
        Div => {
            if right == 0 {
                return Err(EvalError::DivisionByZero);
            }
            floor_div(left, right).ok_or(EvalError::Overflow)?
        }
        Rem => {
            if right == 0 {
                return Err(EvalError::DivisionByZero);
            }
            // The remainder always fits, even where the quotient does not (`i64::MIN % -1` is 0).
            if right == -1 {
                return Ok(0);
            }
            // Rust's remainder has the dividend's sign; Python's the divisor's. They differ by `right`
            // when the signs differ, and adding it cannot overflow (the two have opposite signs).
            let remainder = left % right;
            if remainder != 0 && ((remainder < 0) != (right < 0)) { remainder + right } else { remainder }
        }
        Eq => i64::from(left == right),
        Ne => i64::from(left != right),
        Lt => i64::from(left < right),
        Le => i64::from(left <= right),
        Gt => i64::from(left > right),
        Ge => i64::from(left >= right),
        Min => left.min(right),
        Max => left.max(right),
        TrueDiv | RoundDigits => return float_of_integers(op, left, right, values),
        Pow => integer_power(left, right)?,
        BitAnd | BitOr | BitXor | LeftShift | RightShift => {
            crate::bitwise::integer_bitwise(op, left, right).map_err(bitwise_error)?
        }
    })
}

/// Python's `base ** exponent` of two integers: exact, an overflow past the format's integers (as `*`'s).
/// A negative exponent makes a float in Python (`2 ** -1` is 0.5), which weft does not compute yet;
/// `0 ** -1` is Python's ZeroDivisionError.
fn integer_power(base: i64, exponent: i64) -> Result<i64, EvalError> {
    if exponent < 0 {
        return Err(match base {
            0 => EvalError::Python { class: "ZeroDivisionError", message: "0.0 cannot be raised to a negative power" },
            _ => EvalError::FloatNotYet { operation: "`**` with a negative exponent (a float)" },
        });
    }
    Ok(match base {
        // The only bases whose power fits however large the exponent.
        0 => i64::from(exponent == 0),
        1 => 1,
        -1 if exponent % 2 == 0 => 1,
        -1 => -1,
        _ => u32::try_from(exponent)
            .ok()
            .and_then(|exponent| base.checked_pow(exponent))
            .filter(|&power| is_integer(power))
            .ok_or(EvalError::Overflow)?,
    })
}

/// `truediv(a, b)` or `round(a, n)` of two integers: Python's float quotient, or the integer rounded.
#[cold]
#[inline(never)]
fn float_of_integers(op: BinaryOp, left: i64, right: i64, values: Option<&RunValues>) -> Result<i64, EvalError> {
    let floats = &values.ok_or(EvalError::TooManyFloats)?.floats;
    let result = match op {
        BinaryOp::TrueDiv => crate::float_arithmetic::true_divide(
            crate::floats::Number::Integer(left),
            crate::floats::Number::Integer(right),
            floats,
        ),
        _ => crate::float_arithmetic::round_digits(left, right, floats),
    };
    result.map_err(|fault| float_error(fault, symbol(op)))
}

/// `==` of two objects that are not one: plain instances are equal only to themselves (Python's default
/// `__eq__`); lists, dicts, sets and dataclasses compare their items, which only a step may read.
fn objects_equal(left: i64, right: i64, values: Option<&RunValues>) -> Result<bool, EvalError> {
    let kind = |handle| values.and_then(|values| values.objects.shape(handle)).map(|(kind, _)| kind);
    let plain = |handle| matches!(kind(handle), Some(ObjectKind::Instance { dataclass: false, .. }));
    if plain(left) || plain(right) {
        return Ok(false);
    }
    Err(EvalError::NotYet { operation: "`==` of two objects made at run time (it compares their items)" })
}

/// A binary operation where one operand at least is None, a string, a tuple or an object: `==`/`!=`
/// compare as Python does (a string equals only itself, never an integer or None: equal text is one
/// value); two strings order (`<`, `min`, ...) by code points, join (`+`), and a string repeats by an
/// integer (`*`), making a string of the run (`values`); two tuples order item by item; everything else
/// is Python's TypeError.
/// A float operation's fault, said as the evaluator's error of `operation`.
fn float_error(fault: crate::floats::FloatFault, operation: &'static str) -> EvalError {
    use crate::floats::FloatFault;
    match fault {
        FloatFault::TooMany => EvalError::TooManyFloats,
        FloatFault::NotANumber => EvalError::FloatNotYet { operation: "a NaN (`inf - inf`, `0 * inf`)" },
        FloatFault::OperatorNotYet => EvalError::FloatNotYet { operation },
        FloatFault::Operand { other } if other == NONE => EvalError::NoneOperand { operation },
        FloatFault::Operand { other } if object_index(other).is_some() => EvalError::ObjectOperand { operation },
        FloatFault::Operand { other } if tuple_index(other).is_some() => EvalError::TupleOperand { operation },
        FloatFault::Operand { .. } => EvalError::StringOperand { operation },
        FloatFault::Infinity => {
            EvalError::Python { class: "OverflowError", message: "cannot convert float infinity to integer" }
        }
        FloatFault::Overflow => EvalError::Overflow,
        FloatFault::Python { class, message } => EvalError::Python { class, message },
    }
}

/// A bitwise operator's fault (crate::bitwise) in the evaluator's words.
fn bitwise_error(fault: crate::bitwise::BitwiseFault) -> EvalError {
    use crate::bitwise::BitwiseFault;
    match fault {
        BitwiseFault::Overflow => EvalError::Overflow,
        BitwiseFault::NegativeCount => EvalError::Python { class: "ValueError", message: "negative shift count" },
        BitwiseFault::OfObject => EvalError::NotYet {
            operation: "a bitwise operator of an object made at run time (`|` of two sets is their union)",
        },
    }
}

#[cold]
#[inline(never)]
fn not_two_integers(op: BinaryOp, left: i64, right: i64, values: Option<&RunValues>) -> Result<i64, EvalError> {
    use BinaryOp::*;
    // `template % x` of a float is printf-style formatting (crate::text), below.
    let formats = op == Rem && string_index(left).is_some();
    if let Some(limit) = crate::bitwise::bitwise_of_objects(op, left, right) {
        return Err(bitwise_error(limit));
    }
    if (is_float(left) || is_float(right)) && !formats {
        return crate::float_arithmetic::binary(op, left, right, values.map(|values| &values.floats))
            .map_err(|fault| float_error(fault, symbol(op)));
    }
    let both_strings = string_index(left).is_some() && string_index(right).is_some();
    let both_tuples = tuple_index(left).is_some() && tuple_index(right).is_some();
    let order = || match values {
        Some(values) => values.strings.compare(left, right).unwrap_or(std::cmp::Ordering::Equal),
        None => left.cmp(&right),
    };
    let repeated = || match (string_index(left), string_index(right)) {
        (Some(_), None) if is_integer(right) => Some((left, right)),
        (None, Some(_)) if is_integer(left) => Some((right, left)),
        _ => None,
    };
    if (Eq == op || Ne == op) && left != right && object_index(left).is_some() && object_index(right).is_some() {
        return objects_equal(left, right, values).map(|equal| i64::from(equal == (op == Eq)));
    }
    if (Eq == op || Ne == op)
        && left != right
        && both_tuples
        && let Some(values) = values
    {
        return Ok(i64::from(tuples_equal(left, right, values)? == (op == Eq)));
    }
    Ok(match op {
        Eq => i64::from(left == right),
        Ne => i64::from(left != right),
        Lt if both_strings => i64::from(order().is_lt()),
        Le if both_strings => i64::from(order().is_le()),
        Gt if both_strings => i64::from(order().is_gt()),
        Ge if both_strings => i64::from(order().is_ge()),
        Min if both_strings => {
            if order().is_gt() {
                right
            } else {
                left
            }
        }
        Max if both_strings => {
            if order().is_lt() {
                right
            } else {
                left
            }
        }
        Add if both_strings && values.is_some() => {
            let strings = &values.expect("checked by the guard").strings;
            return strings.build(|out| {
                strings.with_text(left, |text| out.push_str(text));
                strings.with_text(right, |text| out.push_str(text));
                Ok(())
            });
        }
        // Python's printf-style formatting, `template % arguments`.
        Rem if string_index(left).is_some() && values.is_some() => {
            return Ok(crate::text::percent(left, right, values.expect("checked by the guard"))?);
        }
        Mul if repeated().is_some() && values.is_some() => {
            let (text, times) = repeated().expect("checked by the guard");
            return repeat(&values.expect("checked by the guard").strings, text, times);
        }
        Lt | Le | Gt | Ge if both_tuples && values.is_some() => {
            return tuples_ordered(op, left, right, values.expect("checked by the guard"));
        }
        // Python's `min` keeps the first of equal items (it replaces only on `item < current`), `max`
        // likewise on `item > current`.
        Min if both_tuples && values.is_some() => {
            return Ok(if binary(Lt, right, left, values)? != 0 { right } else { left });
        }
        Max if both_tuples && values.is_some() => {
            return Ok(if binary(Gt, right, left, values)? != 0 { right } else { left });
        }
        Lt | Le | Gt | Ge | Min | Max | Add if both_tuples => {
            return Err(EvalError::TupleNotYet { operation: symbol(op) });
        }
        // Python repeats a tuple by an integer (`t * 2`, `2 * t`).
        Mul if (tuple_index(left).is_some() && is_integer(right))
            || (is_integer(left) && tuple_index(right).is_some()) =>
        {
            return Err(EvalError::TupleNotYet { operation: "*" });
        }
        Lt | Le | Gt | Ge | Min | Max if two_lists(left, right, values) => {
            return Err(EvalError::NotYet {
                operation: "ordering two lists made at run time (`<`, `min`: Python compares their items, which an expression reads in no step of its own)",
            });
        }
        // An `order=True` dataclass's instances are ordered by the tuples of their compared fields, which
        // only a priority queue's `put` reads as accesses of their own (engine/priority_heap.rs).
        Lt | Le | Gt | Ge | Min | Max if ordered_instance(left, values) || ordered_instance(right, values) => {
            return Err(EvalError::NotYet {
                operation: "ordering instances of an `order=True` dataclass outside a priority queue (`<`, `min`: Python compares their fields, which an expression reads in no step of its own)",
            });
        }
        // A tuple beside anything else names the tuple (Python: `'<' not supported between ...`).
        _ if tuple_index(left).is_some() || tuple_index(right).is_some() => {
            let tuple = if tuple_index(left).is_some() { left } else { right };
            return Err(not_a_number(tuple, symbol(op)));
        }
        _ => return Err(not_a_number(if is_integer(left) { right } else { left }, symbol(op))),
    })
}

/// `<`, `<=`, `>`, `>=` of two tuples as CPython's tuple comparison: the first place where the items
/// differ (by `==`) decides, by the same operator on those two items (which may be Python's TypeError,
/// `(1, 'a') < (1, 2)`); with no such place, the lengths do.
fn tuples_ordered(op: BinaryOp, left: i64, right: i64, values: &RunValues) -> Result<i64, EvalError> {
    let (Some(left_items), Some(right_items)) = (values.items(left), values.items(right)) else {
        return Err(EvalError::TupleNotYet { operation: symbol(op) });
    };
    for (&left_item, &right_item) in left_items.iter().zip(right_items.iter()) {
        if binary(BinaryOp::Eq, left_item, right_item, Some(values))? == 0 {
            return binary(op, left_item, right_item, Some(values));
        }
    }
    binary(op, left_items.len() as i64, right_items.len() as i64, Some(values))
}

/// Whether both values are lists made at run time (session 24: `sorted(d.items(), key=lambda kv:
/// kv[1])` of a dict whose values are lists). Python orders them item by item (`list_richcompare`), but
/// the evaluator reads an object's items in no step of its own, so no access would record those reads
/// (partial-order reduction and the race report would miss a writer of the lists): weft says it does not
/// yet, an outcome that makes the search incomplete, where it gave Python's TypeError before, a fault
/// CPython never raises, under a claim of completeness.
fn two_lists(left: i64, right: i64, values: Option<&RunValues>) -> bool {
    let Some(values) = values else { return false };
    let is_list = |handle: i64| {
        object_index(handle).is_some() && matches!(values.objects.shape(handle), Some((ObjectKind::List, _)))
    };
    is_list(left) && is_list(right)
}

/// Whether `value` is an instance of an `order=True` dataclass made at run time.
fn ordered_instance(value: i64, values: Option<&RunValues>) -> bool {
    values.is_some_and(|values| object_index(value).is_some() && values.order_key(value).is_some())
}

/// `==` of two tuples that are not one value: unequal as their patterns are (equal items are one
/// tuple), unless a float in them equals a number of another pattern (`(1.0,) == (1,)`), which only
/// comparing the items item by item tells.
fn tuples_equal(left: i64, right: i64, values: &RunValues) -> Result<bool, EvalError> {
    let (Some(left_items), Some(right_items)) = (values.items(left), values.items(right)) else {
        return Ok(false);
    };
    if left_items.len() != right_items.len() {
        return Ok(false);
    }
    for (&left_item, &right_item) in left_items.iter().zip(right_items.iter()) {
        let floats = is_float(left_item) || is_float(right_item);
        let tuples = tuple_index(left_item).is_some() && tuple_index(right_item).is_some();
        let equal = match () {
            _ if left_item == right_item => true,
            _ if floats => {
                crate::float_arithmetic::binary(BinaryOp::Eq, left_item, right_item, Some(&values.floats))
                    .map_err(|fault| float_error(fault, "=="))?
                    != 0
            }
            _ if tuples => tuples_equal(left_item, right_item, values)?,
            _ => false,
        };
        if !equal {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Python's `s * n`: the text `n` times, empty when `n` is not positive; longer than a string may be, a
/// fault before anything is built.
fn repeat(strings: &StringArena, text: i64, times: i64) -> Result<i64, EvalError> {
    let length = strings.with_text(text, str::len).unwrap_or(0);
    // The empty string however often, or any string no times, is the empty string (never a loop of `n`).
    let times = if length == 0 { 0 } else { times.max(0) as u64 };
    if (length as u64).saturating_mul(times) > MAX_STRING_BYTES as u64 {
        return Err(EvalError::StringTooLong);
    }
    strings.build(|out| {
        for _ in 0..times {
            strings.with_text(text, |piece| out.push_str(piece));
        }
        Ok(())
    })
}

pub(crate) fn symbol(op: BinaryOp) -> &'static str {
    use BinaryOp::*;
    match op {
        Add => "+",
        Sub => "-",
        Mul => "*",
        Div => "//",
        Rem => "%",
        Eq => "==",
        Ne => "!=",
        Lt => "<",
        Le => "<=",
        Gt => ">",
        Ge => ">=",
        Min => "min",
        Max => "max",
        TrueDiv => "/",
        RoundDigits => "round",
        Pow => "**",
        BitAnd => "&",
        BitOr => "|",
        BitXor => "^",
        LeftShift => "<<",
        RightShift => ">>",
    }
}

fn floor_div(left: i64, right: i64) -> Option<i64> {
    let quotient = left.checked_div(right)?;
    if (left % right != 0) && ((left < 0) != (right < 0)) { Some(quotient - 1) } else { Some(quotient) }
}

/// Operand stack depth an expression needs; the loader checks it against the limit.
pub fn stack_depth(ops: &[ExprOp]) -> usize {
    let mut depth = 0usize;
    let mut max = 0usize;
    for op in ops {
        match op {
            ExprOp::Const(_)
            | ExprOp::Float(_)
            | ExprOp::Local(_)
            | ExprOp::Shared(..)
            | ExprOp::QueueLen(_)
            | ExprOp::MapLen(..) => depth += 1,
            // A conditional's two branches are counted one after the other: a bound, not the depth.
            ExprOp::Binary(_)
            | ExprOp::JumpIfFalseOrPop(_)
            | ExprOp::JumpIfTrueOrPop(_)
            | ExprOp::PopJumpIfFalse(_) => depth = depth.saturating_sub(1),
            ExprOp::Jump(_) => {}
            ExprOp::Neg
            | ExprOp::Not
            | ExprOp::ToBool
            | ExprOp::Abs
            | ExprOp::Element(..)
            | ExprOp::MapValue(..)
            | ExprOp::ListItem(..)
            | ExprOp::MapHas(..)
            | ExprOp::EventIsSet { .. }
            | ExprOp::LocalElement { .. }
            | ExprOp::Unpack { .. }
            | ExprOp::Str
            | ExprOp::Int
            | ExprOp::AsIndex
            | ExprOp::Len
            | ExprOp::Upper
            | ExprOp::Lower
            | ExprOp::ToFloat
            | ExprOp::Round => {}
            ExprOp::Tuple(length) | ExprOp::Format(length) | ExprOp::MakeObject { count: length, .. } => {
                depth = depth.saturating_sub(*length as usize) + 1
            }
            ExprOp::Text { arguments, .. } => depth = depth.saturating_sub(*arguments as usize) + 1,
        }
        max = max.max(depth);
    }
    max
}

#[cfg(test)]
mod tests {
    use super::*;

    struct NoOperands;
    impl Operands for NoOperands {
        fn local(&self, _: LocalId) -> i64 {
            0
        }
        fn shared(&self, _: ProcessId, _: VarId) -> i64 {
            0
        }
        fn queue_len(&self, _: QueueId) -> i64 {
            0
        }
    }

    fn check(ops: Vec<ExprOp>, expect: Result<i64, EvalError>) {
        let expr = Expr { ops, text: String::new() };
        assert_eq!(evaluate(&expr, &NoOperands, &mut Vec::new()), expect);
    }

    #[test]
    fn python_floor_division_and_modulo() {
        use BinaryOp::*;
        use ExprOp::*;
        check(vec![Const(-7), Const(2), Binary(Div)], Ok(-4));
        check(vec![Const(-7), Const(2), Binary(Rem)], Ok(1));
        check(vec![Const(7), Const(-2), Binary(Rem)], Ok(-1));
        check(vec![Const(7), Const(0), Binary(Div)], Err(EvalError::DivisionByZero));
        check(vec![Const(SMALLEST_INTEGER), Const(-1), Binary(Div)], Ok(-SMALLEST_INTEGER));
        check(vec![Const(i64::MAX), Const(1), Binary(Add)], Err(EvalError::Overflow));
        check(vec![Const(-7), Const(-2), Binary(Rem)], Ok(-1));
        check(vec![Const(7), Const(2), Binary(Rem)], Ok(1));
        check(vec![Const(SMALLEST_INTEGER), Const(-1), Binary(Rem)], Ok(0));
        // Python: (-2**63 + 1 + 65536) % 900 == 729, (2**63 - 1) % -900 == -893.
        check(vec![Const(SMALLEST_INTEGER), Const(900), Binary(Rem)], Ok(729));
        check(vec![Const(i64::MAX), Const(-900), Binary(Rem)], Ok(-893));
    }

    /// Python's `**` of integers: exact, `0 ** 0` is 1, the bases 0, 1 and -1 to any exponent, an
    /// overflow past the format's integers, `0 ** -1` ZeroDivisionError, another negative exponent a float.
    #[test]
    fn integer_powers() {
        use BinaryOp::*;
        use ExprOp::*;
        check(vec![Const(-3), Const(3), Binary(Pow)], Ok(-27));
        check(vec![Const(0), Const(0), Binary(Pow)], Ok(1));
        check(vec![Const(7), Const(0), Binary(Pow)], Ok(1));
        check(vec![Const(-2), Const(61), Binary(Pow)], Ok(-2_305_843_009_213_693_952));
        check(vec![Const(-1), Const(1 << 40), Binary(Pow)], Ok(1));
        check(vec![Const(-1), Const((1 << 40) + 1), Binary(Pow)], Ok(-1));
        check(vec![Const(1), Const(i64::MAX), Binary(Pow)], Ok(1));
        check(vec![Const(0), Const(i64::MAX), Binary(Pow)], Ok(0));
        check(vec![Const(2), Const(63), Binary(Pow)], Err(EvalError::Overflow));
        check(vec![Const(2), Const(1 << 40), Binary(Pow)], Err(EvalError::Overflow));
        // -2 ** 63 is the format's smallest i64, which is no integer of the format.
        check(vec![Const(-2), Const(63), Binary(Pow)], Err(EvalError::Overflow));
        check(
            vec![Const(0), Const(-1), Binary(Pow)],
            Err(EvalError::Python { class: "ZeroDivisionError", message: "0.0 cannot be raised to a negative power" }),
        );
        assert!(
            evaluate(
                &Expr { ops: vec![Const(2), Const(-1), Binary(Pow)], text: String::new() },
                &NoOperands,
                &mut Vec::new()
            )
            .is_err_and(|fault| fault.is_weft_limit())
        );
    }

    #[test]
    fn min_max_abs() {
        use BinaryOp::*;
        use ExprOp::*;
        check(vec![Const(3), Const(-4), Binary(Min)], Ok(-4));
        check(vec![Const(3), Const(-4), Binary(Max)], Ok(3));
        check(vec![Const(-5), Abs], Ok(5));
        check(vec![Const(SMALLEST_INTEGER), Abs], Ok(-SMALLEST_INTEGER));
    }

    #[test]
    fn none_compares_and_is_false_but_has_no_arithmetic() {
        use BinaryOp::*;
        use ExprOp::*;
        check(vec![Const(NONE), Const(NONE), Binary(Eq)], Ok(1));
        check(vec![Const(NONE), Const(0), Binary(Eq)], Ok(0));
        check(vec![Const(0), Const(NONE), Binary(Ne)], Ok(1));
        check(vec![Const(NONE), Not], Ok(1));
        check(vec![Const(NONE), ToBool], Ok(0));
        check(vec![Const(NONE), Const(1), Binary(Add)], Err(EvalError::NoneOperand { operation: "+" }));
        check(vec![Const(2), Const(NONE), Binary(Lt)], Err(EvalError::NoneOperand { operation: "<" }));
        check(vec![Const(NONE), Const(2), Binary(Max)], Err(EvalError::NoneOperand { operation: "max" }));
        check(vec![Const(NONE), Neg], Err(EvalError::NoneOperand { operation: "-" }));
        check(vec![Const(NONE), Abs], Err(EvalError::NoneOperand { operation: "abs" }));
        // bool(None and (1 / 0)): false, the right side never evaluated.
        check(vec![Const(NONE), JumpIfFalseOrPop(5), Const(1), Const(0), Binary(Div), ToBool], Ok(0));
        check(vec![Const(NONE), JumpIfTrueOrPop(5), Const(7), Const(1), Binary(Add), ToBool], Ok(1));
        // `5 if None else 7` and `5 if 3 else 1 // 0`: only the branch taken is evaluated.
        check(vec![Const(NONE), PopJumpIfFalse(4), Const(5), Jump(5), Const(7)], Ok(7));
        check(vec![Const(3), PopJumpIfFalse(4), Const(5), Jump(7), Const(1), Const(0), Binary(Div)], Ok(5));
        // The format's smallest integer minus one would be a string: an overflow, never a string or None.
        check(vec![Const(SMALLEST_INTEGER), Const(1), Binary(Sub)], Err(EvalError::Overflow));
        check(vec![Const(SMALLEST_INTEGER), Const(-1), Binary(Add)], Err(EvalError::Overflow));
        check(vec![Const(SMALLEST_INTEGER), Const(2), Binary(Mul)], Err(EvalError::Overflow));
        assert_eq!(format!("{} {}", ValueText(NONE, &[]), ValueText(-3, &[])), "None -3");
    }

    #[test]
    fn strings_compare_in_table_order_are_true_unless_empty_and_have_no_arithmetic() {
        use BinaryOp::*;
        use ExprOp::*;
        // The table ["", "a", "b"]: "" is FIRST_STRING, "a" the next, "b" the one after.
        let (empty, a, b) = (string_value(0), string_value(1), string_value(2));
        check(vec![Const(a), Const(a), Binary(Eq)], Ok(1));
        check(vec![Const(a), Const(b), Binary(Lt)], Ok(1));
        check(vec![Const(b), Const(a), Binary(Ge)], Ok(1));
        check(vec![Const(a), Const(b), Binary(Max)], Ok(b));
        check(vec![Const(a), Const(1), Binary(Eq)], Ok(0));
        check(vec![Const(a), Const(NONE), Binary(Ne)], Ok(1));
        check(vec![Const(empty), ToBool], Ok(0));
        check(vec![Const(a), ToBool], Ok(1));
        check(vec![Const(empty), Not], Ok(1));
        check(vec![Const(a), Const(1), Binary(Add)], Err(EvalError::StringOperand { operation: "+" }));
        check(vec![Const(1), Const(a), Binary(Mul)], Err(EvalError::StringOperand { operation: "*" }));
        check(vec![Const(a), Const(b), Binary(Add)], Err(EvalError::StringOperand { operation: "+" }));
        check(vec![Const(a), Const(2), Binary(Lt)], Err(EvalError::StringOperand { operation: "<" }));
        check(vec![Const(a), Neg], Err(EvalError::StringOperand { operation: "-" }));
        check(vec![Const(a), Abs], Err(EvalError::StringOperand { operation: "abs" }));
        let table = ["".to_string(), "a".to_string(), "it's".to_string()];
        let shown: Vec<String> =
            [empty, a, string_value(2), NONE, 7].iter().map(|&v| ValueText(v, &table).to_string()).collect();
        assert_eq!(shown, ["''", "'a'", "\"it's\"", "None", "7"]);
    }

    #[test]
    fn python_indexing() {
        let shown: Vec<Option<usize>> = [0, 3, 4, -1, -4, -5, i64::MIN].iter().map(|&i| python_index(i, 4)).collect();
        assert_eq!(shown, [Some(0), Some(3), None, Some(3), Some(0), None, None]);
    }

    /// A local and a shared variable of the given values.
    struct TwoValues(i64, i64);
    impl Operands for TwoValues {
        fn local(&self, _: LocalId) -> i64 {
            self.0
        }
        fn shared(&self, _: ProcessId, _: VarId) -> i64 {
            self.1
        }
        fn queue_len(&self, _: QueueId) -> i64 {
            0
        }
    }

    #[test]
    fn the_shapes_evaluated_without_the_stack_agree_with_the_stack_machine() {
        use BinaryOp::*;
        use ExprOp::*;
        let (local, shared) = (Local(LocalId(0)), Shared(ProcessId(0), VarId(0)));
        let values = [0, 1, -1, 900, i64::MAX, SMALLEST_INTEGER, NONE, FIRST_STRING, FIRST_STRING + 1];
        for op in [Add, Sub, Mul, Div, Rem, Eq, Ne, Lt, Le, Gt, Ge, Min, Max] {
            for (&value, &constant) in values.iter().flat_map(|value| values.iter().map(move |c| (value, c))) {
                for ops in
                    [vec![local], vec![local, Const(constant), Binary(op)], vec![shared, Const(constant), Binary(op)]]
                {
                    let expr = Expr { ops, text: String::new() };
                    let operands = TwoValues(value, value);
                    let fast = evaluate(&expr, &operands, &mut Vec::new());
                    assert_eq!(fast, evaluate_on_the_stack(&expr, &operands, &mut Vec::new()), "{:?}", expr.ops);
                }
            }
        }
    }

    #[test]
    fn short_circuit_skips_the_right_side() {
        use BinaryOp::*;
        use ExprOp::*;
        // 0 && (1 / 0)
        check(vec![Const(0), JumpIfFalseOrPop(5), Const(1), Const(0), Binary(Div), ToBool], Ok(0));
        // 3 || (1 / 0)
        check(vec![Const(3), JumpIfTrueOrPop(5), Const(1), Const(0), Binary(Div), ToBool], Ok(1));
    }
}
