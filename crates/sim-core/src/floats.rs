//! Python's floats made while a program runs (since session 23): one table per run, reset for the next
//! without freeing its memory, as the run's tuples and strings (`RunValues`).
//!
//! A float is a value like any other, a 64-bit pattern in the floats' band (`patterns::FIRST_FLOAT`):
//! `+0.0` and `-0.0` have fixed patterns (their truth is false), every other float is interned by its
//! IEEE bits, so the bits are carried exactly and never rounded. A float's number says only when the
//! run made it: whatever compares runs (outcomes, the state cache) reads its bits.
//!
//! Everything here is IEEE arithmetic that is the same on every machine: the four operations, exact
//! comparisons and Rust's shortest round-trip digits. No platform `libm`.

use crate::limits::MAX_FLOATS;
use crate::patterns::{FIRST_FLOAT, is_float, is_integer};
use std::cell::{Cell, RefCell};
use std::cmp::Ordering;

/// The pattern of `+0.0`.
pub const POSITIVE_ZERO: i64 = FIRST_FLOAT;
/// The pattern of `-0.0`.
pub const NEGATIVE_ZERO: i64 = FIRST_FLOAT + 1;
/// Whether `value` is `+0.0` or `-0.0`, the two floats with fixed patterns (no entry in a run's table).
pub fn is_zero(value: i64) -> bool {
    value == POSITIVE_ZERO || value == NEGATIVE_ZERO
}

/// The pattern of the first float a run interns.
const FIRST_INTERNED: i64 = FIRST_FLOAT + 2;

/// The floats one run made, each bit pattern once.
#[derive(Debug, Default)]
pub struct FloatTable {
    /// How many floats the run made, outside the `RefCell`: a model that makes none pays one load.
    made: Cell<u32>,
    inner: RefCell<Made>,
}

#[derive(Debug, Default)]
struct Made {
    /// Every interned float's bits, in the order the run made them.
    bits: Vec<u64>,
    /// A float's number by its bits.
    numbers: std::collections::BTreeMap<u64, u32>,
}

impl FloatTable {
    /// Forgets the last run's floats, keeping their memory.
    pub fn reset(&mut self) {
        if self.made.get() == 0 {
            return;
        }
        self.made.set(0);
        let inner = self.inner.get_mut();
        inner.bits.clear();
        inner.numbers.clear();
    }

    /// Whether the run made no float (other than the two zeros, which are no entry).
    pub fn is_empty(&self) -> bool {
        self.made.get() == 0
    }

    /// The value of float `number`: the zeros' fixed patterns, one made before with these bits, or a new
    /// one. `None` when the run has made as many floats as it may.
    pub fn intern(&self, number: f64) -> Option<i64> {
        let bits = number.to_bits();
        if bits == 0 {
            return Some(POSITIVE_ZERO);
        }
        if bits == (-0.0f64).to_bits() {
            return Some(NEGATIVE_ZERO);
        }
        let mut inner = self.inner.borrow_mut();
        if let Some(&index) = inner.numbers.get(&bits) {
            return Some(FIRST_INTERNED + i64::from(index));
        }
        let index = inner.bits.len();
        if index + 2 >= MAX_FLOATS {
            return None;
        }
        inner.bits.push(bits);
        inner.numbers.insert(bits, index as u32);
        self.made.set(index as u32 + 1);
        Some(FIRST_INTERNED + index as i64)
    }

    /// The float value `value` holds, `None` when it is no float of this run.
    pub fn get(&self, value: i64) -> Option<f64> {
        match value {
            POSITIVE_ZERO => Some(0.0),
            NEGATIVE_ZERO => Some(-0.0),
            _ if is_float(value) => {
                let inner = self.inner.borrow();
                inner.bits.get((value - FIRST_INTERNED) as usize).map(|&bits| f64::from_bits(bits))
            }
            _ => None,
        }
    }

    /// Writes every float the run made, as its bits in the order made (exploration's state cache):
    /// the count, then the bits.
    pub fn write_made(&self, out: &mut Vec<i64>) {
        let inner = self.inner.borrow();
        out.push(inner.bits.len() as i64);
        out.extend(inner.bits.iter().map(|&bits| bits as i64));
    }
}

/// Python's `repr` (and `str`) of a float: the shortest digits that read back as the same float (Rust's
/// shortest round-trip digits, as CPython's), laid out as CPython lays them: positional with `.0`
/// after a whole number when the decimal point falls in `-4 < point <= 16`, else `1e-05`, `1.5e+16`;
/// `inf`, `-inf`, `nan`.
pub fn python_repr(number: f64) -> String {
    if number.is_nan() {
        return "nan".to_string();
    }
    if number.is_infinite() {
        return if number > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    // Rust's shortest digits say how many digits are needed; of the numbers with that many digits, the
    // nearest (ties to even, as CPython's dtoa: 2**-25 is `2.9802322387695312e-08`) is Rust's exact
    // formatting to that precision, which rounds the exact value half to even.
    let shortest = format!("{:e}", number.abs());
    let needed =
        shortest.split_once('e').map_or(1, |(mantissa, _)| mantissa.chars().filter(char::is_ascii_digit).count());
    let nearest = format!("{:.*e}", needed - 1, number.abs());
    // Below a power of two the floats are twice as dense: there the nearest may read back as the float
    // below, and the shortest digits (which do read back) are CPython's too.
    let scientific = if nearest.parse::<f64>() == Ok(number.abs()) { nearest } else { shortest };
    let (mantissa, exponent) = scientific.split_once('e').expect("`{:e}` writes an exponent");
    let exponent: i32 = exponent.parse().expect("`{:e}` writes an integer exponent");
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let sign = if number.is_sign_negative() { "-" } else { "" };
    // Where the decimal point falls after the first digit counted from the digits' start (CPython's
    // `decpt`: the number is 0.DIGITS times ten to it).
    let point = exponent + 1;
    if number == 0.0 {
        return format!("{sign}0.0");
    }
    if point <= -4 || point > 16 {
        let (first, rest) = digits.split_at(1);
        let fraction = if rest.is_empty() { String::new() } else { format!(".{rest}") };
        let exponent_sign = if exponent < 0 { '-' } else { '+' };
        return format!("{sign}{first}{fraction}e{exponent_sign}{:02}", exponent.abs());
    }
    if point <= 0 {
        return format!("{sign}0.{}{digits}", "0".repeat(point.unsigned_abs() as usize));
    }
    let point = point as usize;
    if point >= digits.len() {
        return format!("{sign}{digits}{}.0", "0".repeat(point - digits.len()));
    }
    format!("{sign}{}.{}", &digits[..point], &digits[point..])
}

/// Python's exact comparison of an integer with a float (CPython's `float_richcompare` never rounds
/// the integer: `2**53 + 1 == 2.0**53` is False). `None` for NaN, which is unordered.
pub fn compare_integer_float(integer: i64, number: f64) -> Option<Ordering> {
    if number.is_nan() {
        return None;
    }
    // 2^63: every i64 is below it, every i64 is at or above -2^63.
    const TWO_TO_63: f64 = 9_223_372_036_854_775_808.0;
    if number >= TWO_TO_63 {
        return Some(Ordering::Less);
    }
    if number < -TWO_TO_63 {
        return Some(Ordering::Greater);
    }
    let whole = number.trunc();
    // Exact: `whole` is an integer in [-2^63, 2^63).
    let whole_integer = whole as i64;
    match integer.cmp(&whole_integer) {
        Ordering::Equal => 0.0f64.partial_cmp(&(number - whole)),
        other => Some(other),
    }
}

/// A number of Python's: an integer of the format or a float.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Number {
    Integer(i64),
    Float(f64),
}

impl Number {
    pub(crate) fn of(value: i64, floats: &FloatTable) -> Option<Number> {
        if is_integer(value) {
            return Some(Number::Integer(value));
        }
        floats.get(value).map(Number::Float)
    }

    /// The float Python computes with when an integer meets a float (`PyLong_AsDouble`: the nearest
    /// float, ties to even, as Rust's `as`; every i64 is in a float's range).
    pub(crate) fn as_float(self) -> f64 {
        match self {
            Number::Integer(integer) => integer as f64,
            Number::Float(number) => number,
        }
    }
}

/// Python's order of two numbers, exact (`None` for NaN).
pub(crate) fn compare(left: Number, right: Number) -> Option<Ordering> {
    match (left, right) {
        (Number::Integer(left), Number::Integer(right)) => Some(left.cmp(&right)),
        (Number::Integer(left), Number::Float(right)) => compare_integer_float(left, right),
        (Number::Float(left), Number::Integer(right)) => compare_integer_float(right, left).map(Ordering::reverse),
        (Number::Float(left), Number::Float(right)) => left.partial_cmp(&right),
    }
}

/// What a float operation cannot do; expr.rs says it as its `EvalError` (this file imports nothing of
/// the evaluator, which calls it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatFault {
    /// Past the floats a run may make (or no run to make one in).
    TooMany,
    /// A NaN, which weft does not model (`nan != nan` would break comparing values by their patterns).
    NotANumber,
    /// `//` or `%` of floats, which weft does not do yet.
    OperatorNotYet,
    /// A float beside `other`, a value that is no number, where Python orders or computes: TypeError.
    Operand { other: i64 },
    /// `int` of an infinity: Python's OverflowError.
    Infinity,
    /// `int` of a float past the format's 64-bit integers.
    Overflow,
    /// An exception Python raises here (`ZeroDivisionError: float division by zero`).
    Python { class: &'static str, message: &'static str },
}

/// Python's `<` between two values one of which at least is a float: their order when both are
/// numbers, `None` where Python raises TypeError.
pub fn order(left: i64, right: i64, floats: &FloatTable) -> Option<Ordering> {
    compare(Number::of(left, floats)?, Number::of(right, floats)?)
}

/// The value of the float `number` a run made: a fault for NaN (weft does not model it: `nan != nan`
/// would break the comparison of values by their patterns) and past the floats a run may make.
pub(crate) fn made(number: f64, floats: &FloatTable) -> Result<i64, FloatFault> {
    if number.is_nan() {
        return Err(FloatFault::NotANumber);
    }
    floats.intern(number).ok_or(FloatFault::TooMany)
}

/// `-x` or `abs(x)` of the float `value`.
pub fn unary(value: i64, floats: Option<&FloatTable>, operation: impl Fn(f64) -> f64) -> Result<i64, FloatFault> {
    let floats = floats.ok_or(FloatFault::TooMany)?;
    let number = floats.get(value).ok_or(FloatFault::TooMany)?;
    made(operation(number), floats)
}

/// Python's `int(x)` of the float `value`: toward zero, exactly; OverflowError of an infinity (the
/// format's overflow past its integers).
pub fn truncated(value: i64, floats: &FloatTable) -> Result<i64, FloatFault> {
    let number = floats.get(value).ok_or(FloatFault::TooMany)?;
    if number.is_infinite() {
        return Err(FloatFault::Infinity);
    }
    let whole = number.trunc();
    const TWO_TO_63: f64 = 9_223_372_036_854_775_808.0;
    if !(-TWO_TO_63..TWO_TO_63).contains(&whole) || !is_integer(whole as i64) {
        return Err(FloatFault::Overflow);
    }
    Ok(whole as i64)
}

/// Nanoseconds of a second.
pub const NANOS_PER_SECOND: u64 = 1_000_000_000;

/// The nanoseconds of a sleep or a time-out of `seconds`, as CPython 3.11 converts a float of seconds
/// (`_PyTime_FromSecondsObject` with `_PyTime_ROUND_TIMEOUT`, which is `_PyTime_ROUND_UP`): the seconds
/// times 1e9 in one float multiplication, rounded away from zero (`_PyTime_Round`), then checked to be
/// a 64-bit integer. `None` when it is negative (`-1e-10` rounds to -1 ns: CPython's ValueError),
/// infinite or longer than `limit_ns`; `-0.0` is 0.
pub fn seconds_to_nanos(seconds: f64, limit_ns: u64) -> Option<u64> {
    let scaled = seconds * NANOS_PER_SECOND as f64;
    let rounded = if scaled >= 0.0 { scaled.ceil() } else { scaled.floor() };
    // Exact: a float below 2^64 that is a whole number converts to that integer.
    (rounded == 0.0 || (rounded > 0.0 && rounded <= limit_ns as f64)).then_some(rounded as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_lays_out_digits_as_cpython() {
        let cases = [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e-5, "1e-05"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (123.456, "123.456"),
            (1.5e300, "1.5e+300"),
            (5e-324, "5e-324"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (0.1 + 0.2, "0.30000000000000004"),
            (-2.5, "-2.5"),
            (1234567890123456.7, "1234567890123456.8"),
            (12345678901234567.0, "1.2345678901234568e+16"),
        ];
        for (number, text) in cases {
            assert_eq!(python_repr(number), text, "repr of {number:?}");
        }
    }

    #[test]
    fn integers_compare_with_floats_exactly() {
        let big = 1i64 << 53;
        assert_eq!(compare_integer_float(big + 1, big as f64), Some(Ordering::Greater));
        assert_eq!(compare_integer_float(big, big as f64), Some(Ordering::Equal));
        assert_eq!(compare_integer_float(1, 1.5), Some(Ordering::Less));
        assert_eq!(compare_integer_float(-2, -1.5), Some(Ordering::Less));
        assert_eq!(compare_integer_float(-1, -1.5), Some(Ordering::Greater));
        assert_eq!(compare_integer_float(i64::MAX, 9.3e18), Some(Ordering::Less));
        assert_eq!(compare_integer_float(i64::MIN, -9.3e18), Some(Ordering::Greater));
        assert_eq!(compare_integer_float(0, f64::NAN), None);
    }

    #[test]
    fn zeros_have_fixed_patterns_and_equal_bits_one_value() {
        let table = FloatTable::default();
        assert_eq!(table.intern(0.0), Some(POSITIVE_ZERO));
        assert_eq!(table.intern(-0.0), Some(NEGATIVE_ZERO));
        assert!(table.is_empty());
        let half = table.intern(0.5).expect("room for a float");
        assert_eq!(table.intern(0.5), Some(half));
        assert_eq!(table.get(half), Some(0.5));
        assert_ne!(table.intern(0.25), Some(half));
    }
}
