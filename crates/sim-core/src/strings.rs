//! Python's strings made while a program runs (`a + b`, `s * 3`, `str(n)`, f-strings): one arena per
//! run, reset for the next without freeing its memory, as the run's tuples (`RunValues`).
//!
//! A string is a value like any other, a 64-bit pattern in the strings' band (`patterns::FIRST_STRING`):
//! the model's sorted table takes the first patterns, the strings a run makes the patterns after it, in
//! the order the run first made them. Equal text is one pattern (a made string whose text is in the
//! table IS that table string's value), so `==` stays a comparison of patterns; `<` reads the texts
//! when either side was made at run time. A made string's number says only when the run made it, so
//! whatever compares runs (outcomes, the state cache) reads its text (`write_canonical`, `write_made`).

use crate::limits::{MAX_RUN_STRING_BYTES, MAX_STRING_BYTES, MAX_STRINGS};
use crate::patterns::{FIRST_STRING, is_integer, string_index};
use std::cell::{Cell, RefCell};

/// Why a string cannot be made or read (the evaluator's `EvalError` says each).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StringFault {
    /// Longer than `limits::MAX_STRING_BYTES`.
    TooLong,
    /// Past the patterns or the bytes a run may make.
    TooMany,
    /// A number outside the format's integers.
    Overflow,
    /// What Python computes and weft does not yet.
    NotYet { operation: &'static str },
}

/// The strings one run made, each once.
#[derive(Debug)]
pub struct StringArena {
    /// The model's string table (sorted by bytes, the empty string first).
    table: Vec<String>,
    /// The value of the first string a run makes: just past the table's.
    first_made: i64,
    /// How many strings a run may make: the patterns of the band the table leaves.
    capacity: usize,
    /// How many strings the run made, outside the `RefCell`: a model that makes none pays one load.
    made: Cell<u32>,
    inner: RefCell<Made>,
}

#[derive(Debug, Default)]
struct Made {
    /// Every made string's text, one after the other.
    text: String,
    /// Where each made string is in `text`: start and end.
    spans: Vec<(u32, u32)>,
    /// An open-addressing index from a text's hash to its number plus one (0: empty); its length is a
    /// power of two, at least twice the strings held.
    slots: Vec<u32>,
    /// Where a string is built before it is interned (kept, so that building allocates once).
    scratch: String,
}

impl StringArena {
    pub fn new(table: &[String]) -> StringArena {
        let table_patterns = table.len().max(1);
        debug_assert!(table_patterns <= MAX_STRINGS, "the loader bounds the string table");
        StringArena {
            table: table.to_vec(),
            first_made: FIRST_STRING + table_patterns as i64,
            capacity: MAX_STRINGS - table_patterns,
            made: Cell::new(0),
            inner: RefCell::new(Made::default()),
        }
    }

    /// Forgets the last run's strings, keeping their memory.
    pub fn reset(&mut self) {
        if self.made.get() == 0 {
            return;
        }
        self.made.set(0);
        let inner = self.inner.get_mut();
        inner.text.clear();
        inner.spans.clear();
        inner.slots.fill(0);
    }

    /// Whether the run made no string.
    pub fn is_empty(&self) -> bool {
        self.made.get() == 0
    }

    /// Whether `value` is a string the run made (not one of the table's).
    pub fn is_made(&self, value: i64) -> bool {
        value >= self.first_made && value < FIRST_STRING + MAX_STRINGS as i64
    }

    /// Calls `read` with the text of string `value` (the table's or the run's); `None` when `value` is
    /// no string.
    pub fn with_text<R>(&self, value: i64, read: impl FnOnce(&str) -> R) -> Option<R> {
        let index = string_index(value)?;
        if !self.is_made(value) {
            return Some(read(self.table.get(index).map_or("", String::as_str)));
        }
        let inner = self.inner.borrow();
        let &(start, end) = inner.spans.get((value - self.first_made) as usize)?;
        Some(read(&inner.text[start as usize..end as usize]))
    }

    /// The value of the string `write` builds: the table's, one made before with this text, or a new one.
    /// A string longer than [`MAX_STRING_BYTES`], or one past what a run may make, is a fault.
    pub fn build<E: From<StringFault>>(&self, write: impl FnOnce(&mut String) -> Result<(), E>) -> Result<i64, E> {
        let mut scratch = std::mem::take(&mut self.inner.borrow_mut().scratch);
        scratch.clear();
        let value = write(&mut scratch).and_then(|()| self.intern(&scratch).map_err(E::from));
        self.inner.borrow_mut().scratch = scratch;
        value
    }

    fn intern(&self, text: &str) -> Result<i64, StringFault> {
        if text.len() > MAX_STRING_BYTES {
            return Err(StringFault::TooLong);
        }
        if let Ok(index) = self.table.binary_search_by(|held| held.as_str().cmp(text)) {
            return Ok(FIRST_STRING + index as i64);
        }
        let mut inner = self.inner.borrow_mut();
        let made = inner.spans.len();
        if 2 * (made + 1) > inner.slots.len() {
            inner.grow();
        }
        let mask = inner.slots.len() - 1;
        let mut slot = hash(text) as usize & mask;
        // Bounded: the index is at most half full, so an empty slot is met within its length.
        for _ in 0..inner.slots.len() {
            let held = inner.slots[slot];
            if held == 0 {
                break;
            }
            let (start, end) = inner.spans[held as usize - 1];
            if &inner.text[start as usize..end as usize] == text {
                return Ok(self.first_made + i64::from(held) - 1);
            }
            slot = (slot + 1) & mask;
        }
        if made >= self.capacity || inner.text.len() + text.len() > MAX_RUN_STRING_BYTES {
            return Err(StringFault::TooMany);
        }
        let start = inner.text.len() as u32;
        inner.text.push_str(text);
        let end = inner.text.len() as u32;
        inner.spans.push((start, end));
        inner.slots[slot] = made as u32 + 1;
        self.made.set(made as u32 + 1);
        Ok(self.first_made + made as i64)
    }

    /// Writes string `value` to `out` as its text (`None` when it was not made by the run): the first
    /// made pattern (which no canonical word otherwise holds: every made string is written so), the
    /// length in bytes, and the bytes eight to a word. Read back by [`read_canonical_text`].
    pub fn write_canonical(&self, value: i64, out: &mut Vec<i64>) -> Option<()> {
        if !self.is_made(value) {
            return None;
        }
        out.push(self.first_made);
        self.with_text(value, |text| write_text(text, out))
    }

    /// Writes every string the run made, in the order it made them, as their texts: with the words that
    /// hold their numbers, two states whose words are equal hold the same strings (exploration's state
    /// cache). Writes nothing when the run made none, so other models' states are written as before.
    pub fn write_made(&self, out: &mut Vec<i64>) {
        if self.is_empty() {
            return;
        }
        let inner = self.inner.borrow();
        out.push(inner.spans.len() as i64);
        for &(start, end) in &inner.spans {
            write_text(&inner.text[start as usize..end as usize], out);
        }
    }

    /// `value` as accesses name it: a string the run made as a hash of its text (texts that differ may
    /// share one, which only makes two accesses seem to touch the same key: never an access missed),
    /// every other value as itself.
    #[inline]
    pub fn footprint(&self, value: i64) -> i64 {
        if !self.is_made(value) {
            return value;
        }
        self.text_hash(value)
    }

    #[cold]
    fn text_hash(&self, value: i64) -> i64 {
        self.with_text(value, |text| hash(text) as i64).unwrap_or(value)
    }

    /// The order of two strings' texts (Python's `<` between strings: by code points, which is the
    /// order of their UTF-8 bytes); `None` when either is no string.
    pub fn compare(&self, left: i64, right: i64) -> Option<std::cmp::Ordering> {
        if !self.is_made(left) && !self.is_made(right) {
            return Some(left.cmp(&right));
        }
        let left_text = self.with_text(left, str::to_string)?;
        self.with_text(right, |right_text| left_text.as_str().cmp(right_text))
    }
}

impl Made {
    /// Doubles the index (at least 64 slots) and re-inserts every string.
    #[cold]
    fn grow(&mut self) {
        let length = (self.slots.len() * 2).max(64);
        self.slots.clear();
        self.slots.resize(length, 0);
        let mask = length - 1;
        for (number, &(start, end)) in self.spans.iter().enumerate() {
            let mut slot = hash(&self.text[start as usize..end as usize]) as usize & mask;
            while self.slots[slot] != 0 {
                slot = (slot + 1) & mask;
            }
            self.slots[slot] = number as u32 + 1;
        }
    }
}

/// FNV-1a: fixed, so that the index (never its iteration) is the same on every machine.
fn hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// A text as its length in bytes and its bytes eight to a word.
fn write_text(text: &str, out: &mut Vec<i64>) {
    out.push(text.len() as i64);
    for chunk in text.as_bytes().chunks(8) {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        out.push(i64::from_le_bytes(word));
    }
}

/// Reads a text written by [`StringArena::write_canonical`] after its first word, from the front of
/// `words`, which loses the words read.
pub fn read_canonical_text(words: &mut &[i64]) -> String {
    let Some((&length, rest)) = words.split_first() else {
        return String::new();
    };
    let length = length.max(0) as usize;
    let word_count = length.div_ceil(8).min(rest.len());
    let mut bytes: Vec<u8> = rest[..word_count].iter().flat_map(|word| word.to_le_bytes()).collect();
    bytes.truncate(length);
    *words = &rest[word_count..];
    String::from_utf8(bytes).unwrap_or_default()
}

/// The first made pattern of a model whose table is `table`: the word that opens a made string's text
/// in canonical words.
pub fn first_made(table: &[String]) -> i64 {
    FIRST_STRING + table.len().max(1) as i64
}

/// Python's `int(text)` in base 10: optional whitespace around, an optional sign, digits with single
/// underscores between them. `Ok(None)` where Python raises ValueError; `Err` where Python's answer is
/// not weft's to give (a digit of another script, or a number outside the format's integers).
pub fn parse_int(text: &str) -> Result<Option<i64>, StringFault> {
    let is_space = |c: char| c.is_whitespace() || ('\x1c'..='\x1f').contains(&c);
    let trimmed = text.trim_matches(is_space);
    // Python reads every script's decimal digits (`int("٣")` is 3); weft reads ASCII's.
    if trimmed.chars().any(|c| !c.is_ascii() && c.is_numeric()) {
        return Err(StringFault::NotYet { operation: "int() of digits other than 0-9" });
    }
    let digits = trimmed.strip_prefix(['+', '-']).unwrap_or(trimmed);
    let well_formed = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'_')
        && !digits.starts_with('_')
        && !digits.ends_with('_')
        && !digits.contains("__");
    if !well_formed {
        return Ok(None);
    }
    let plain: String = trimmed.chars().filter(|&c| c != '_').collect();
    let value = plain.parse::<i64>().ok().filter(|&value| is_integer(value));
    value.map(Some).ok_or(StringFault::Overflow)
}

/// Python's `float(text)`: optional whitespace around, then a decimal number (`2.5`, `.5`, `1e-3`,
/// single underscores between digits), `inf`/`infinity`/`nan` in any case, each with an optional sign.
/// `Ok(None)` where Python raises ValueError; `Err` for a digit of another script, which Python reads
/// and weft does not. Rust's parser rounds as CPython's (both correctly rounded).
pub fn parse_float(text: &str) -> Result<Option<f64>, StringFault> {
    let is_space = |c: char| c.is_whitespace() || ('\x1c'..='\x1f').contains(&c);
    let trimmed = text.trim_matches(is_space);
    if trimmed.chars().any(|c| !c.is_ascii() && c.is_numeric()) {
        return Err(StringFault::NotYet { operation: "float() of digits other than 0-9" });
    }
    let Some(plain) = without_float_underscores(trimmed) else { return Ok(None) };
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.');
    if plain.is_empty() || !plain.chars().all(allowed) {
        return Ok(None);
    }
    Ok(plain.parse::<f64>().ok())
}

/// `text` without its underscores, each of which must stand between two digits (CPython's
/// `_Py_string_to_number_with_underscores`); `None` where one does not.
fn without_float_underscores(text: &str) -> Option<String> {
    let mut plain = String::with_capacity(text.len());
    let mut previous = '\0';
    for c in text.chars() {
        if c == '_' {
            if !previous.is_ascii_digit() {
                return None;
            }
        } else {
            if previous == '_' && !c.is_ascii_digit() {
                return None;
            }
            plain.push(c);
        }
        previous = c;
    }
    (previous != '_').then_some(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: Result<Option<i64>, StringFault>) {
        assert_eq!(parse_int(text), expect, "int({text:?})");
    }

    #[test]
    fn int_parses_as_python_does() {
        check("42", Ok(Some(42)));
        check("  -7\n", Ok(Some(-7)));
        check("+1_000", Ok(Some(1000)));
        check("007", Ok(Some(7)));
        check("oops", Ok(None));
        check("", Ok(None));
        check("1__0", Ok(None));
        check("_1", Ok(None));
        check("1_", Ok(None));
        check("- 1", Ok(None));
        check("1.5", Ok(None));
        check("٣", Err(StringFault::NotYet { operation: "int() of digits other than 0-9" }));
        check("99999999999999999999", Err(StringFault::Overflow));
    }

    #[test]
    fn float_parses_as_python_does() {
        let check = |text: &str, expect: Option<f64>| assert_eq!(parse_float(text), Ok(expect), "float({text:?})");
        check("2.5", Some(2.5));
        check(" -7.25\n", Some(-7.25));
        check("+1_000.5", Some(1000.5));
        check(".5", Some(0.5));
        check("5.", Some(5.0));
        check("1E-3", Some(0.001));
        check("1_0e1_0", Some(1e11));
        check("-Infinity", Some(f64::NEG_INFINITY));
        check("iNF", Some(f64::INFINITY));
        check("1e999", Some(f64::INFINITY));
        for rejected in [
            "infinit", "1e", "e5", ".", "1__0", "_1", "1_", "1._5", "1_.5", "0x10", "1.5f", "abc", "", " ", "1.5.2",
            "--1", "+-1", "1d5",
        ] {
            check(rejected, None);
        }
        assert!(parse_float("nan").is_ok_and(|value| value.is_some_and(f64::is_nan)));
        assert_eq!(parse_float("٣.5"), Err(StringFault::NotYet { operation: "float() of digits other than 0-9" }));
    }

    #[test]
    fn equal_text_is_one_value_and_a_table_text_is_the_table_value() {
        let mut arena = StringArena::new(&["".to_string(), "b".to_string()]);
        let built = |arena: &StringArena, text: &str| {
            arena.build(|out| {
                out.push_str(text);
                Ok::<(), StringFault>(())
            })
        };
        let made = |arena: &StringArena, text: &str| built(arena, text).expect("room for it");
        assert_eq!(made(&arena, "b"), FIRST_STRING + 1);
        assert_eq!(made(&arena, ""), FIRST_STRING);
        let a = made(&arena, "a");
        assert_eq!(a, FIRST_STRING + 2);
        assert_eq!(made(&arena, "c"), FIRST_STRING + 3);
        assert_eq!(made(&arena, "a"), a);
        // Made strings order by text, with the table's too.
        assert_eq!(arena.compare(a, FIRST_STRING + 1), Some(std::cmp::Ordering::Less));
        let many: Vec<i64> = (0..100).map(|n| made(&arena, &n.to_string())).collect();
        assert_eq!(made(&arena, "57"), many[57]);
        arena.reset();
        assert!(arena.is_empty());
        assert_eq!(made(&arena, "c"), FIRST_STRING + 2);
        assert_eq!(built(&arena, &"x".repeat(MAX_STRING_BYTES + 1)), Err(StringFault::TooLong));
    }
}
