//! Python's division and rounding of numbers (session 24): `/` of any two numbers (`truediv(a, b)`,
//! a float, of two integers too), `//` and `%` of floats, `float(x)`, `round(x)` and `round(x, n)`.
//!
//! Each is CPython 3.11's algorithm step by step (Objects/floatobject.c, Objects/longobject.c), in IEEE
//! arithmetic that is the same on every machine: `fmod` (Rust's `%` of floats) and `floor` are exact
//! wherever they are computed, and the decimal rounding of `round(x, n)` is Rust's exact formatting,
//! which rounds the float's exact binary value half to even as CPython's `_Py_dg_dtoa` mode 3 does.
//! No platform `libm` function that rounds (`pow`, `exp`) is called.

use std::cmp::Ordering;

use crate::floats::{FloatFault, FloatTable, Number, compare, made};
use crate::model::BinaryOp;
use crate::patterns::{NONE, is_float, is_integer};

/// `ZeroDivisionError` with CPython 3.11's message.
fn division_by_zero(message: &'static str) -> FloatFault {
    FloatFault::Python { class: "ZeroDivisionError", message }
}

/// Python's `left / right`: a float, correctly rounded (CPython's `long_true_divide` rounds the exact
/// quotient of two integers once; a float beside an integer converts the integer to the nearest float
/// first, as `float_div` does).
pub(crate) fn true_divide(left: Number, right: Number, floats: &FloatTable) -> Result<i64, FloatFault> {
    let quotient = match (left, right) {
        (Number::Integer(_), Number::Integer(0)) => return Err(division_by_zero("division by zero")),
        (Number::Integer(numerator), Number::Integer(denominator)) => integer_quotient(numerator, denominator),
        _ => {
            let (numerator, denominator) = (left.as_float(), right.as_float());
            if denominator == 0.0 {
                return Err(division_by_zero("float division by zero"));
            }
            numerator / denominator
        }
    };
    made(quotient, floats)
}

/// The exact quotient of two integers (`denominator` not 0) rounded once to the nearest float, ties to
/// even: by long division, the first 55 significant bits of the quotient and whether anything is left.
pub fn integer_quotient(numerator: i64, denominator: i64) -> f64 {
    let negative = (numerator < 0) != (denominator < 0);
    let (numerator, denominator) = (u128::from(numerator.unsigned_abs()), u128::from(denominator.unsigned_abs()));
    // Below 2^53 both are floats exactly, and IEEE's division rounds their quotient once.
    const EXACT: u128 = 1 << 53;
    if numerator <= EXACT && denominator <= EXACT {
        let quotient = numerator as f64 / denominator as f64;
        return if negative { -quotient } else { quotient };
    }
    // `bits` holds the quotient's bits found so far, `exponent` the power of two of its last bit.
    let mut bits = numerator / denominator;
    let mut remainder = numerator % denominator;
    let mut exponent = 0i32;
    while bits < (1 << 54) {
        remainder <<= 1;
        bits = (bits << 1) | u128::from(remainder >= denominator);
        if remainder >= denominator {
            remainder -= denominator;
        }
        exponent -= 1;
    }
    // Keep 53 significant bits; what is cut off and the remainder decide the rounding.
    let extra = 128 - bits.leading_zeros() as i32 - 53;
    let kept = bits >> extra;
    let cut = bits & ((1 << extra) - 1);
    let half = 1u128 << (extra - 1);
    let above_half = cut > half || (cut == half && remainder != 0);
    let tie = cut == half && remainder == 0;
    let rounded = if above_half || (tie && kept & 1 == 1) { kept + 1 } else { kept };
    // `rounded` has at most 54 bits (a carry makes it a power of two): exact as a float, and a power of
    // two scales it exactly (the quotient of two 64-bit integers is far from the floats' limits).
    let magnitude = rounded as f64 * power_of_two(exponent + extra);
    if negative { -magnitude } else { magnitude }
}

/// 2^exponent, exactly, for an exponent of a normal float.
fn power_of_two(exponent: i32) -> f64 {
    f64::from_bits(((exponent + 1023) as u64) << 52)
}

/// Python's `x // y` of floats (`float_floor_div`, then `_float_div_mod`): `fmod`, the remainder moved
/// to the divisor's sign, then the quotient of what is left, snapped to the nearest whole number.
pub fn floor_divide(numerator: f64, denominator: f64) -> Result<f64, FloatFault> {
    if denominator == 0.0 {
        return Err(division_by_zero("float floor division by zero"));
    }
    let remainder = numerator % denominator;
    // fmod is exact, so `numerator - remainder` is mathematically a multiple of the divisor; the
    // float subtraction and division make the quotient only close to a whole number.
    let mut quotient = (numerator - remainder) / denominator;
    if remainder != 0.0 && (denominator < 0.0) != (remainder < 0.0) {
        quotient -= 1.0;
    }
    if quotient == 0.0 {
        // The true quotient's sign: `-0.5 // 1.0` is `-0.0`.
        return Ok(0.0f64.copysign(numerator / denominator));
    }
    let mut floor = quotient.floor();
    if quotient - floor > 0.5 {
        floor += 1.0;
    }
    Ok(floor)
}

/// Python's `x % y` of floats (`float_rem`): `fmod`, moved to the divisor's sign; a zero remainder
/// takes the divisor's sign (`-0.0 % 5.0` is `0.0`, `5.0 % -0.5` is `-0.0`).
pub fn remainder(numerator: f64, denominator: f64) -> Result<f64, FloatFault> {
    if denominator == 0.0 {
        return Err(division_by_zero("float modulo"));
    }
    let remainder = numerator % denominator;
    if remainder == 0.0 {
        return Ok(0.0f64.copysign(denominator));
    }
    if (denominator < 0.0) != (remainder < 0.0) {
        return Ok(remainder + denominator);
    }
    Ok(remainder)
}

/// Python's `float(x)` of a number: an integer's nearest float, ties to even (`PyLong_AsDouble`, as
/// Rust's `as`), a float itself. A string (`float("1.5")`, whose syntax is Python's own) is weft's
/// limit; anything else is Python's TypeError.
pub fn to_float(value: i64, floats: &FloatTable) -> Result<i64, FloatFault> {
    if is_integer(value) {
        return made(value as f64, floats);
    }
    if is_float(value) {
        return Ok(value);
    }
    if value == NONE {
        return Err(FloatFault::Python {
            class: "TypeError",
            message: "float() argument must be a string or a real number, not 'NoneType'",
        });
    }
    Err(FloatFault::OperatorNotYet)
}

/// Python's `round(x)`: an integer as itself, a float to the nearest integer, ties to even
/// (`float___round___impl`: C's `round`, then the tie moved to the even neighbour), OverflowError of
/// an infinity, an overflow past the format's integers.
pub fn round_to_integer(value: i64, floats: &FloatTable) -> Result<i64, FloatFault> {
    if is_integer(value) {
        return Ok(value);
    }
    let number = floats.get(value).ok_or(FloatFault::Operand { other: value })?;
    if number.is_infinite() {
        return Err(FloatFault::Infinity);
    }
    let mut rounded = number.round();
    if (number - rounded).abs() == 0.5 {
        rounded = 2.0 * (number / 2.0).round();
    }
    const TWO_TO_63: f64 = 9_223_372_036_854_775_808.0;
    if !(-TWO_TO_63..TWO_TO_63).contains(&rounded) || !is_integer(rounded as i64) {
        return Err(FloatFault::Overflow);
    }
    Ok(rounded as i64)
}

/// Python's `round(x, ndigits)`: `ndigits` None is `round(x)`; an integer `ndigits` rounds an integer
/// to a multiple of `10**-ndigits` (ties to even) and a float to `ndigits` decimals, a float again.
pub fn round_digits(value: i64, ndigits: i64, floats: &FloatTable) -> Result<i64, FloatFault> {
    if ndigits == NONE {
        return round_to_integer(value, floats);
    }
    if !is_integer(ndigits) {
        return Err(FloatFault::Python {
            class: "TypeError",
            message: if is_float(ndigits) {
                "'float' object cannot be interpreted as an integer"
            } else {
                "round()'s ndigits must be an integer or None"
            },
        });
    }
    if is_integer(value) {
        return round_integer(value, ndigits);
    }
    let number = floats.get(value).ok_or(FloatFault::Operand { other: value })?;
    made(round_float(number, ndigits)?, floats)
}

/// `round(n, ndigits)` of an integer (`long_round`): itself for `ndigits >= 0`, else the nearest
/// multiple of `10**-ndigits`, ties to even.
fn round_integer(value: i64, ndigits: i64) -> Result<i64, FloatFault> {
    if ndigits >= 0 {
        return Ok(value);
    }
    // Every integer of the format is below 10^19 / 2: past 19 digits each rounds to 0.
    let Some(scale) = 10i128.checked_pow(ndigits.unsigned_abs().min(20) as u32) else { return Ok(0) };
    let rounded = round_multiple(i128::from(value), false, scale);
    i64::try_from(rounded).ok().filter(|&rounded| is_integer(rounded)).ok_or(FloatFault::Overflow)
}

/// The multiple of `scale` nearest to `whole` plus a fraction of its sign (`fraction` says there is
/// one: the value lies strictly past `whole`, away from zero), ties to the even multiple.
fn round_multiple(whole: i128, fraction: bool, scale: i128) -> i128 {
    let (quotient, remainder) = (whole / scale, whole % scale);
    let half = scale / 2;
    let away = match remainder.abs().cmp(&half) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => fraction || quotient % 2 != 0,
    };
    let step = if whole < 0 { -1 } else { 1 };
    (if away { quotient + step } else { quotient }) * scale
}

/// CPython's largest and smallest `ndigits` that `round` computes (`NDIGITS_MAX`, `NDIGITS_MIN`):
/// beyond them a float is itself, or a zero of its sign.
const NDIGITS_MAX: i64 = 323;
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)` of a float (`double_round`): the exact value rounded half to even to `ndigits`
/// decimals, read back as the nearest float; an infinity is itself, a result past the floats
/// OverflowError.
fn round_float(number: f64, ndigits: i64) -> Result<f64, FloatFault> {
    if !number.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(number);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * number);
    }
    let rounded = if ndigits >= 0 {
        // Rust's fixed-point formatting is exact and rounds ties to even, as dtoa's mode 3.
        let text = format!("{:.*}", ndigits as usize, number);
        text.parse::<f64>().expect("Rust reads the digits it wrote")
    } else {
        round_float_to_tens(number, ndigits.unsigned_abs() as u32)?
    };
    if rounded.is_infinite() {
        return Err(FloatFault::Python { class: "OverflowError", message: "rounded value too large to represent" });
    }
    // A result of 0 keeps the sign of the number (CPython reads back "-0e...").
    Ok(if rounded == 0.0 { 0.0f64.copysign(number) } else { rounded })
}

/// `round(x, -tens)`: the multiple of `10**tens` nearest to the float's exact value, ties to even, as
/// the nearest float. The whole part's exact decimal digits (Rust's `{:.0}`) are rounded as text: the
/// fraction only breaks a tie, and Rust's reading of the digits is correctly rounded, as CPython's
/// `strtod` of them.
fn round_float_to_tens(number: f64, tens: u32) -> Result<f64, FloatFault> {
    let whole = number.trunc();
    let digits = format!("{:.0}", whole.abs());
    let tens = tens as usize;
    let (kept, cut) = if digits.len() > tens { digits.split_at(digits.len() - tens) } else { ("", digits.as_str()) };
    // What is cut, against half of 10^tens: `cut` padded on the left to `tens` digits.
    let padded = format!("{cut:0>tens$}");
    let (first, rest) = padded.split_at(1);
    let past_half = rest.bytes().any(|digit| digit != b'0') || number != whole;
    let odd = kept.bytes().last().is_some_and(|digit| (digit - b'0') % 2 == 1);
    let up = match first.as_bytes()[0] {
        b'6'..=b'9' => true,
        b'5' => past_half || odd,
        _ => false,
    };
    let kept = if up { incremented(kept) } else { kept.to_string() };
    let magnitude: f64 = format!("{}e{tens}", if kept.is_empty() { "0" } else { &kept })
        .parse()
        .expect("Rust reads the digits it wrote");
    Ok(if number.is_sign_negative() { -magnitude } else { magnitude })
}

/// The decimal digits `digits` plus one (`""` is 0: `"1"`).
fn incremented(digits: &str) -> String {
    let mut bytes = digits.as_bytes().to_vec();
    for digit in bytes.iter_mut().rev() {
        if *digit == b'9' {
            *digit = b'0';
        } else {
            *digit += 1;
            return String::from_utf8(bytes).expect("ASCII digits");
        }
    }
    format!("1{}", String::from_utf8(bytes).expect("ASCII digits"))
}

/// A binary operation where one operand at least is a float: comparisons as Python's (exact between an
/// integer and a float; `==` of a float and anything that is no number is False), `min`/`max` keeping
/// the first of equal operands as Python's, `+ - *` as IEEE's (an integer operand converted first,
/// as CPython does), `/`, `//` and `%` as CPython's (below); a float beside None, a string,
/// a tuple or an object is Python's TypeError where Python orders or computes.
pub fn binary(op: BinaryOp, left: i64, right: i64, floats: Option<&FloatTable>) -> Result<i64, FloatFault> {
    use BinaryOp::*;
    let floats = floats.ok_or(FloatFault::TooMany)?;
    // `round(x, None)` is `round(x)`: its `ndigits` need be no number.
    if op == RoundDigits {
        return round_digits(left, right, floats);
    }
    let (Some(left_number), Some(right_number)) = (Number::of(left, floats), Number::of(right, floats)) else {
        let other = if is_float(left) { right } else { left };
        return match op {
            Eq => Ok(0),
            Ne => Ok(1),
            _ => Err(FloatFault::Operand { other }),
        };
    };
    let order = compare(left_number, right_number);
    let (a, b) = (left_number.as_float(), right_number.as_float());
    Ok(match op {
        Eq => i64::from(order == Some(Ordering::Equal)),
        Ne => i64::from(order != Some(Ordering::Equal)),
        Lt => i64::from(order == Some(Ordering::Less)),
        Le => i64::from(matches!(order, Some(Ordering::Less | Ordering::Equal))),
        Gt => i64::from(order == Some(Ordering::Greater)),
        Ge => i64::from(matches!(order, Some(Ordering::Greater | Ordering::Equal))),
        // Python's `min` replaces the first only on `item < current`, `max` only on `item > current`.
        Min => {
            if order == Some(Ordering::Greater) {
                right
            } else {
                left
            }
        }
        Max => {
            if order == Some(Ordering::Less) {
                right
            } else {
                left
            }
        }
        Add => made(a + b, floats)?,
        Sub => made(a - b, floats)?,
        Mul => made(a * b, floats)?,
        Div => made(floor_divide(a, b)?, floats)?,
        Rem => made(remainder(a, b)?, floats)?,
        TrueDiv => true_divide(left_number, right_number, floats)?,
        RoundDigits => round_digits(left, right, floats)?,
        Pow => float_power(b, floats)?,
        // Python's TypeError (`1.5 ^ 1`), whose message names both operands' types: weft's limit.
        BitAnd | BitOr | BitXor | LeftShift | RightShift => return Err(FloatFault::OperatorNotYet),
    })
}

/// Python's `x ** y` where one is a float: 1.0 for a zero exponent (CPython's `float_pow` answers it
/// before calling `pow`); any other power is the platform's `pow`, which is not correctly rounded
/// (glibc's `pow(x, 2.0)` differs from `x * x` in the last bit for about one float in a thousand, and
/// rounds exact halves up): weft's limit, never an approximation.
fn float_power(exponent: f64, floats: &FloatTable) -> Result<i64, FloatFault> {
    if exponent == 0.0 {
        return made(1.0, floats);
    }
    Err(FloatFault::OperatorNotYet)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_quotients_are_correctly_rounded() {
        assert_eq!(integer_quotient(1, 3), 1.0 / 3.0);
        assert_eq!(integer_quotient(-7, 2), -3.5);
        // Python: (2**63 - 1) / 7 == 1.3176245766935393e+18; 10**18 / 3 == 3.333333333333333e+17.
        assert_eq!(integer_quotient(i64::MAX, 7), 1.3176245766935393e18);
        assert_eq!(integer_quotient(1_000_000_000_000_000_000, 3), 3.333333333333333e17);
        // (2**53 + 1) / 1 is a tie between 2**53 and 2**53 + 2: to even.
        assert_eq!(integer_quotient((1 << 53) + 1, 1), 9_007_199_254_740_992.0);
        assert_eq!(integer_quotient((1 << 53) + 3, 1), 9_007_199_254_740_996.0);
        assert_eq!(integer_quotient(1, -(1 << 62) - 1), -1.0 / 4_611_686_018_427_387_905.0);
    }

    #[test]
    fn floor_division_and_remainder_follow_the_divisor() {
        assert_eq!(remainder(-7.5, 2.0), Ok(0.5));
        assert_eq!(floor_divide(7.5, -2.0), Ok(-4.0));
        assert_eq!(remainder(5.0, -0.5).map(f64::to_bits), Ok((-0.0f64).to_bits()));
        assert_eq!(floor_divide(-0.0, 1.0).map(f64::to_bits), Ok((-0.0f64).to_bits()));
        assert_eq!(floor_divide(-1e-300, 1e300), Ok(-1.0));
        assert_eq!(floor_divide(1e300, 1e-300), Ok(f64::INFINITY));
        assert_eq!(floor_divide(1.0, 0.0), Err(division_by_zero("float floor division by zero")));
    }

    #[test]
    fn powers_of_floats_are_only_the_zeroth() {
        // The powers of two integers are expr.rs's (`integer_power`, session 25's `pow`).
        let floats = FloatTable::default();
        let one = floats.intern(1.0).expect("room");
        let half = floats.intern(0.5).expect("room");
        assert_eq!(binary(BinaryOp::Pow, half, 0, Some(&floats)), Ok(one));
        assert_eq!(binary(BinaryOp::Pow, 3, crate::floats::POSITIVE_ZERO, Some(&floats)), Ok(one));
        // CPython: 94906297.0 ** 2 == 9007205210252210.0 (glibc's `pow` rounds this half up), where
        // IEEE's product 94906297.0 * 94906297.0 is 9007205210252208.0: weft does not guess.
        let base = floats.intern(94906297.0).expect("room");
        assert_eq!(binary(BinaryOp::Pow, base, 2, Some(&floats)), Err(FloatFault::OperatorNotYet));
        assert_eq!(binary(BinaryOp::Pow, 2, half, Some(&floats)), Err(FloatFault::OperatorNotYet));
    }

    #[test]
    fn round_ties_to_even() {
        assert_eq!(round_float(2.675, 2), Ok(2.67));
        assert_eq!(round_float(0.125, 2), Ok(0.12));
        assert_eq!(round_float(-0.4, 0).map(f64::to_bits), Ok((-0.0f64).to_bits()));
        assert_eq!(round_float(1234.5, -1), Ok(1230.0));
        assert_eq!(round_float(1250.0, -2), Ok(1200.0));
        assert_eq!(round_float(1250.5, -2), Ok(1300.0));
        assert_eq!(round_float(-3.0, -5).map(f64::to_bits), Ok((-0.0f64).to_bits()));
        assert_eq!(round_integer(25, -1), Ok(20));
        assert_eq!(round_integer(-35, -1), Ok(-40));
        assert_eq!(round_integer(7, -30), Ok(0));
    }
}
