//! Python's mutable objects made while a program runs (`[a, b]`, `{k: v}`, `set()`, an instance of a
//! class): one arena per run, reset for the next without freeing its memory, as the run's tuples and
//! strings (`RunValues`).
//!
//! An object is a value like any other, a handle in the objects' band (`patterns::FIRST_OBJECT + k`,
//! `k` the order in which the run made it): it is stored in locals, shared variables, queue items and
//! results as one word, and two handles are one object when they are one pattern (Python's `is`). Its
//! items are shared memory: the engine reads and writes them in steps of their own, each an access of
//! the item (`access::Object::Item`) or of the object's shape (`access::Object::ItemShape`), as a map's
//! keys are. The evaluator itself never reads an item (that would be a read no access records): what
//! Python computes from a whole object inside an expression (`==` of two lists, its truth, `len`) is a
//! fault that says weft does not yet, or a step of its own (`size(x)`).
//!
//! An object's number says only when the run made it, so whatever compares runs (outcomes, reports)
//! reads its contents (`RunValues::write_canonical`), never its number. Exploration's state cache
//! writes the whole arena, handles as they are (`ObjectArena::write_made`): two states are one only
//! when they made the same objects in the same order, which is exact, never a merge of states that
//! differ.

use crate::limits::{MAX_OBJECT_SLOTS, MAX_OBJECTS};
use crate::patterns::{FIRST_OBJECT, is_float, is_integer, object_index, python_index};
use crate::set_tables::SetTable;
use std::cell::{Cell, RefCell};

/// What kind of Python object a handle names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjectKind {
    /// A list: items by their index.
    List,
    /// A dict: entries in insertion order.
    Dict,
    /// A set: members in CPython's order while they are all integers (`crate::set_tables`: its hash
    /// table's, in which CPython walks and prints it), else in insertion order (a string's hash, and so
    /// its place, changes from run to run).
    Set,
    /// An instance of a class: its attributes in the order they were first set, keyed by their names
    /// (strings). `class` is the class's name (a string value); a dataclass (`shown > 0` or made with no
    /// field) prints its first `shown` attributes as `Order(id=1, qty=2)`, a plain instance as
    /// `<Order object>`. An `order=True` dataclass's instance orders by its first `ordered` attributes
    /// (0 for any other instance, which Python cannot order).
    Instance { class: i64, dataclass: bool, shown: u32, ordered: u32 },
}

impl ObjectKind {
    /// Python's name of the type, as its TypeErrors say it.
    pub fn type_name(self) -> &'static str {
        match self {
            ObjectKind::List => "list",
            ObjectKind::Dict => "dict",
            ObjectKind::Set => "set",
            ObjectKind::Instance { .. } => "object",
        }
    }

    /// The word that opens an object of this kind in canonical words (`RunValues::write_canonical`),
    /// followed by its length (and, for an instance, its class, whether a dataclass and how many shown).
    pub fn canonical_word(self) -> i64 {
        FIRST_OBJECT
            + match self {
                ObjectKind::List => 0,
                ObjectKind::Dict => 1,
                ObjectKind::Set => 2,
                ObjectKind::Instance { .. } => 3,
            }
    }
}

/// Why an object cannot be made, read or written (the evaluator's `EvalError` says each).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjectFault {
    /// The run made [`MAX_OBJECTS`] objects already.
    TooMany,
    /// The run's objects hold [`MAX_OBJECT_SLOTS`] items already.
    TooManySlots,
    /// Python's IndexError of a list.
    Index { index: i64, length: u64 },
    /// Python's KeyError of a dict or a set.
    Key { key: i64 },
    /// Python's AttributeError of an instance (`class` and `attribute` are string values).
    Attribute { class: i64, attribute: i64 },
    /// Python's TypeError of a list indexed by something that is no integer.
    ListIndexType { index: i64 },
    /// Python's TypeError: a list, a dict or a set as a dict key or a set member.
    Unhashable { type_name: &'static str },
    /// The handle names no object of this run (a value that is no object).
    NotAnObject { value: i64 },
    /// A float looked up among keys or items, or a key or item among floats: Python compares them by
    /// value (`1.0 == 1`, `d[1.0]` is `d[1]`), which the arena's comparison of patterns does not.
    FloatCompared,
    /// A list or a tuple looked up among lists (or a list among tuples): Python compares them by value,
    /// the arena by what they are (`[2] in msg` of a list of lists).
    ComparedByValue,
}

#[derive(Debug, Clone)]
struct RunObject {
    kind: ObjectKind,
    /// A dict's, a set's or an instance's keys in insertion order (a list has none).
    keys: Vec<i64>,
    /// A list's items; a dict's or an instance's values, beside `keys` (a set's are 1).
    values: Vec<i64>,
    /// A set's hash table while every member it was given is an integer (`by_table`): `keys` are then
    /// in the table's order.
    table: SetTable,
    by_table: bool,
}

/// The objects one run made.
#[derive(Debug, Default)]
pub struct ObjectArena {
    /// How many objects the run made, outside the `RefCell`: a model that makes none pays one load.
    made: Cell<u32>,
    inner: RefCell<Made>,
}

#[derive(Debug, Default)]
struct Made {
    /// Every object ever made in this arena: the first `made` are this run's, the rest kept for their
    /// memory (an execution reset, not a reallocation).
    objects: Vec<RunObject>,
    /// Items held by the run's objects together, bounded by [`MAX_OBJECT_SLOTS`].
    slots: usize,
}

/// Where a key is in an object: its place, or where it would go.
enum Place {
    At(usize),
    Missing,
}

impl ObjectArena {
    /// Forgets the last run's objects, keeping their memory.
    pub fn reset(&mut self) {
        if self.made.get() == 0 {
            return;
        }
        self.made.set(0);
        self.inner.get_mut().slots = 0;
    }

    /// Whether the run made no object.
    pub fn is_empty(&self) -> bool {
        self.made.get() == 0
    }

    /// A new object of `kind`: a list of `items`, a set of the members `items`, a dict or an instance
    /// of the key-value pairs `items` (in order; a key given twice keeps its first place and its last
    /// value, as Python's display `{1: 'a', 1: 'b'}`).
    pub fn make(&self, kind: ObjectKind, items: &[i64]) -> Result<i64, ObjectFault> {
        let number = self.made.get() as usize;
        if number >= MAX_OBJECTS {
            return Err(ObjectFault::TooMany);
        }
        {
            let mut inner = self.inner.borrow_mut();
            if number == inner.objects.len() {
                let table = SetTable::default();
                inner.objects.push(RunObject { kind, keys: Vec::new(), values: Vec::new(), table, by_table: false });
            }
            let object = &mut inner.objects[number];
            object.kind = kind;
            object.keys.clear();
            object.values.clear();
            object.by_table = kind == ObjectKind::Set;
            if object.by_table {
                object.table.clear();
            }
        }
        self.made.set(number as u32 + 1);
        let handle = FIRST_OBJECT + number as i64;
        match kind {
            ObjectKind::List => {
                let mut inner = self.inner.borrow_mut();
                if inner.slots + items.len() > MAX_OBJECT_SLOTS {
                    return Err(ObjectFault::TooManySlots);
                }
                inner.slots += items.len();
                inner.objects[number].values.extend_from_slice(items);
            }
            ObjectKind::Set => {
                for &member in items {
                    self.write(handle, member, 1)?;
                }
            }
            ObjectKind::Dict | ObjectKind::Instance { .. } => {
                debug_assert!(items.len().is_multiple_of(2), "the loader pairs a dict's keys and values");
                for pair in items.chunks_exact(2) {
                    self.write(handle, pair[0], pair[1])?;
                }
            }
        }
        Ok(handle)
    }

    /// The kind and length of the object `handle` names, `None` when it names none of this run's.
    pub fn shape(&self, handle: i64) -> Option<(ObjectKind, usize)> {
        let number = self.number(handle)?;
        let inner = self.inner.borrow();
        let object = &inner.objects[number];
        Some((object.kind, object.values.len()))
    }

    fn number(&self, handle: i64) -> Option<usize> {
        object_index(handle).filter(|&number| number < self.made.get() as usize)
    }

    /// The number of the object `handle` names, checked for a key `key`: a list, a dict or a set is no
    /// key of a dict or a set (Python's TypeError: unhashable type); an instance is, by identity.
    fn number_for_key(&self, handle: i64, key: i64) -> Result<usize, ObjectFault> {
        let number = self.number(handle).ok_or(ObjectFault::NotAnObject { value: handle })?;
        let keyed = matches!(self.inner.borrow().objects[number].kind, ObjectKind::Dict | ObjectKind::Set);
        match self.shape(key) {
            Some((kind @ (ObjectKind::List | ObjectKind::Dict | ObjectKind::Set), _)) if keyed => {
                Err(ObjectFault::Unhashable { type_name: kind.type_name() })
            }
            _ => Ok(number),
        }
    }

    /// Where `key` is in the object: a list's position (Python's indexing: a negative index counts from
    /// the end), the place of a dict's, a set's or an instance's key.
    fn place(object: &RunObject, key: i64) -> Result<Place, ObjectFault> {
        match object.kind {
            ObjectKind::List => {
                if !is_integer(key) {
                    return Err(ObjectFault::ListIndexType { index: key });
                }
                Ok(python_index(key, object.values.len()).map_or(Place::Missing, Place::At))
            }
            ObjectKind::Dict | ObjectKind::Set | ObjectKind::Instance { .. } => {
                // No float is ever a key (this refuses its insertion), so the key alone can be one.
                Self::comparable_by_pattern(&[], key)?;
                Ok(object.keys.iter().position(|&held| held == key).map_or(Place::Missing, Place::At))
            }
        }
    }

    /// Whether `key` compares with `held` as their patterns do: not when a float is among them (a fault
    /// that says weft does not yet, never an answer that differs from Python's).
    fn comparable_by_pattern(held: &[i64], key: i64) -> Result<(), ObjectFault> {
        if is_float(key) || held.iter().any(|&value| is_float(value)) {
            return Err(ObjectFault::FloatCompared);
        }
        Ok(())
    }

    /// The fault of a missing key: IndexError, KeyError or AttributeError.
    fn missing(object: &RunObject, key: i64) -> ObjectFault {
        match object.kind {
            ObjectKind::List => ObjectFault::Index { index: key, length: object.values.len() as u64 },
            ObjectKind::Dict | ObjectKind::Set => ObjectFault::Key { key },
            ObjectKind::Instance { class, .. } => ObjectFault::Attribute { class, attribute: key },
        }
    }

    /// `x[key]` (a list's item, a dict's value, an instance's attribute, 1 for a set's member).
    pub fn read(&self, handle: i64, key: i64) -> Result<i64, ObjectFault> {
        let number = self.number_for_key(handle, key)?;
        let inner = self.inner.borrow();
        let object = &inner.objects[number];
        match Self::place(object, key)? {
            Place::At(position) => Ok(object.values[position]),
            Place::Missing => Err(Self::missing(object, key)),
        }
    }

    /// `key in x` (a list: whether `key` is one of its items, compared as `==` compares values).
    pub fn contains(&self, handle: i64, key: i64) -> Result<bool, ObjectFault> {
        let number = self.number_for_key(handle, key)?;
        let inner = self.inner.borrow();
        let object = &inner.objects[number];
        if object.kind == ObjectKind::List {
            Self::comparable_by_pattern(&object.values, key)?;
            return Ok(object.values.contains(&key));
        }
        Ok(matches!(Self::place(object, key)?, Place::At(_)))
    }

    /// `x[key] = value`: a list's item (`key` equal to its length appends, as `append`; further is an
    /// IndexError), a dict's or an instance's entry (a new key goes last), a set's member (`value`
    /// ignored). Returns whether the object's shape changed (an item or a key added).
    pub fn write(&self, handle: i64, key: i64, value: i64) -> Result<bool, ObjectFault> {
        let number = self.number_for_key(handle, key)?;
        let mut inner = self.inner.borrow_mut();
        let slots = inner.slots;
        let object = &mut inner.objects[number];
        let appends = object.kind == ObjectKind::List && key == object.values.len() as i64;
        match Self::place(object, key)? {
            Place::At(position) => {
                object.values[position] = if object.kind == ObjectKind::Set { 1 } else { value };
                Ok(false)
            }
            Place::Missing if object.kind == ObjectKind::List && !appends => Err(Self::missing(object, key)),
            Place::Missing => {
                if slots >= MAX_OBJECT_SLOTS {
                    return Err(ObjectFault::TooManySlots);
                }
                if object.kind == ObjectKind::Set {
                    Self::add_member(object, key);
                } else if object.kind != ObjectKind::List {
                    object.keys.push(key);
                }
                object.values.push(if object.kind == ObjectKind::Set { 1 } else { value });
                inner.slots += 1;
                Ok(true)
            }
        }
    }

    /// `del x[key]` (a list's item: the items after it move down one, as Python's; a set's `remove`).
    pub fn delete(&self, handle: i64, key: i64) -> Result<(), ObjectFault> {
        let number = self.number_for_key(handle, key)?;
        let mut inner = self.inner.borrow_mut();
        let object = &mut inner.objects[number];
        let Place::At(position) = Self::place(object, key)? else {
            return Err(Self::missing(object, key));
        };
        object.values.remove(position);
        if object.kind != ObjectKind::List {
            object.keys.remove(position);
        }
        if object.by_table {
            // The member's slot becomes a dummy: the others keep their places, and so their order.
            object.table.discard(key);
        }
        inner.slots -= 1;
        Ok(())
    }

    /// A new member of a set: in its table's order while every member is an integer, else last.
    fn add_member(object: &mut RunObject, member: i64) {
        object.by_table &= is_integer(member);
        if !object.by_table {
            object.keys.push(member);
            return;
        }
        object.table.add(member);
        object.keys.clear();
        object.keys.extend(object.table.members());
    }

    /// The key at place `index` of a dict's, a set's or an instance's insertion order (a list's item
    /// there), Python's indexing: the walk `for k in d` is built on it.
    pub fn key_at(&self, handle: i64, index: i64) -> Result<i64, ObjectFault> {
        let number = self.number(handle).ok_or(ObjectFault::NotAnObject { value: handle })?;
        let inner = self.inner.borrow();
        let object = &inner.objects[number];
        let held = if object.kind == ObjectKind::List { &object.values } else { &object.keys };
        let position =
            python_index(index, held.len()).ok_or(ObjectFault::Index { index, length: held.len() as u64 })?;
        Ok(held[position])
    }

    /// Writes every object the run made, in the order it made them, as they are: its kind (an
    /// instance's class and how it prints too), its keys and its values, the handles among them as
    /// themselves. With the words that hold the handles, two states whose words are equal hold the
    /// same objects under the same handles (exploration's state cache,
    /// `engine::search_state::encode`). Writes nothing when the run made none, so the states of
    /// models without objects are written as before.
    pub fn write_made(&self, out: &mut Vec<i64>) {
        let made = self.made.get() as usize;
        if made == 0 {
            return;
        }
        let inner = self.inner.borrow();
        out.push(made as i64);
        for object in &inner.objects[..made] {
            out.push(object.kind.canonical_word());
            if let ObjectKind::Instance { class, dataclass, shown, ordered } = object.kind {
                out.extend([class, i64::from(dataclass), i64::from(shown), i64::from(ordered)]);
            }
            // A list has no keys: its length alone says where its values end.
            out.push(object.keys.len() as i64);
            out.extend_from_slice(&object.keys);
            out.push(object.values.len() as i64);
            out.extend_from_slice(&object.values);
            // Where a set's later members go depends on its table, dummies included.
            if object.kind == ObjectKind::Set {
                out.push(i64::from(object.by_table));
                if object.by_table {
                    object.table.write(out);
                }
            }
        }
    }

    /// A new list of the items of list `source` at `positions` (a slice's, `crate::text::slice_positions`).
    pub fn make_list_from(&self, source: i64, positions: impl Iterator<Item = usize>) -> Result<i64, ObjectFault> {
        let source = self.number(source).ok_or(ObjectFault::NotAnObject { value: source })?;
        let made = self.make(ObjectKind::List, &[])?;
        let number = self.number(made).expect("just made");
        let mut inner = self.inner.borrow_mut();
        for position in positions {
            if inner.slots >= MAX_OBJECT_SLOTS {
                return Err(ObjectFault::TooManySlots);
            }
            inner.slots += 1;
            let item = inner.objects[source].values[position];
            inner.objects[number].values.push(item);
        }
        Ok(made)
    }

    /// Calls `read` with the object's kind, keys (empty for a list) and values; `None` when `handle`
    /// names no object of this run.
    pub fn with_contents<R>(&self, handle: i64, read: impl FnOnce(ObjectKind, &[i64], &[i64]) -> R) -> Option<R> {
        let number = self.number(handle)?;
        let inner = self.inner.borrow();
        let object = &inner.objects[number];
        Some(read(object.kind, &object.keys, &object.values))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_appends_reads_and_deletes_as_python() {
        let mut arena = ObjectArena::default();
        let list = arena.make(ObjectKind::List, &[10, 20]).expect("room");
        assert_eq!(arena.read(list, -1), Ok(20));
        assert_eq!(arena.write(list, 2, 30), Ok(true));
        assert_eq!(arena.write(list, 0, 11), Ok(false));
        assert_eq!(arena.write(list, 5, 0), Err(ObjectFault::Index { index: 5, length: 3 }));
        assert_eq!(arena.delete(list, 0), Ok(()));
        assert_eq!(arena.read(list, 0), Ok(20));
        assert_eq!(arena.shape(list), Some((ObjectKind::List, 2)));
        assert_eq!(arena.contains(list, 30), Ok(true));
        arena.reset();
        assert!(arena.is_empty());
        assert_eq!(arena.shape(list), None);
        assert_eq!(arena.make(ObjectKind::Dict, &[]), Ok(list), "the first object of the next run");
    }

    #[test]
    fn a_dict_keeps_insertion_order_and_raises_key_error() {
        let arena = ObjectArena::default();
        let dict = arena.make(ObjectKind::Dict, &[3, 30, 1, 10, 3, 31]).expect("room");
        assert_eq!(arena.shape(dict), Some((ObjectKind::Dict, 2)));
        assert_eq!(arena.read(dict, 3), Ok(31));
        assert_eq!(arena.key_at(dict, 1), Ok(1));
        assert_eq!(arena.read(dict, 2), Err(ObjectFault::Key { key: 2 }));
        assert_eq!(arena.write(dict, dict, 0), Err(ObjectFault::Unhashable { type_name: "dict" }));
        assert_eq!(arena.delete(dict, 3), Ok(()));
        assert_eq!(arena.key_at(dict, 0), Ok(1));
    }
}
