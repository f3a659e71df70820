//! Python's bitwise operators of integers: `a & b`, `a | b`, `a ^ b`, `a << b`, `a >> b` (the format's
//! `bitand`, `bitor`, `bitxor`, `lshift`, `rshift`). Python's integers act as two's complement of
//! unbounded width, so `&`, `|` and `^` of two 64-bit integers are Rust's on `i64` exactly; a result
//! outside the format's integers (below `SMALLEST_INTEGER`) is weft's overflow, as `*`'s is. `a << b`
//! past 64 bits is an overflow too; `a >> b` rounds toward negative infinity (Rust's arithmetic shift),
//! and a count past 63 leaves 0 or -1. A negative count is Python's ValueError.

use crate::model::BinaryOp;
use crate::patterns::{is_integer, object_index};

/// Why a bitwise operator has no integer result (the evaluator says each in its own words: this file
/// does not import it back).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BitwiseFault {
    /// A result past the format's integers: weft's overflow.
    Overflow,
    /// Python's ValueError "negative shift count".
    NegativeCount,
    /// An operand is an object made at run time (`|` of two sets is their union): weft's own limit.
    OfObject,
}

/// `op` of two integers.
pub fn integer_bitwise(op: BinaryOp, left: i64, right: i64) -> Result<i64, BitwiseFault> {
    let result = match op {
        BinaryOp::BitAnd => left & right,
        BinaryOp::BitOr => left | right,
        BinaryOp::BitXor => left ^ right,
        BinaryOp::LeftShift => shifted_left(left, right)?,
        BinaryOp::RightShift => shifted_right(left, right)?,
        other => unreachable!("{other:?} is not a bitwise operator"),
    };
    if is_integer(result) { Ok(result) } else { Err(BitwiseFault::Overflow) }
}

fn shifted_left(value: i64, count: i64) -> Result<i64, BitwiseFault> {
    if count < 0 {
        return Err(BitwiseFault::NegativeCount);
    }
    if value == 0 {
        return Ok(0);
    }
    // Shifted back, the value must come out unchanged, or bits were lost past the 64.
    let count = u32::try_from(count).ok().filter(|&count| count < 64).ok_or(BitwiseFault::Overflow)?;
    let shifted = value << count;
    if shifted >> count == value { Ok(shifted) } else { Err(BitwiseFault::Overflow) }
}

fn shifted_right(value: i64, count: i64) -> Result<i64, BitwiseFault> {
    if count < 0 {
        return Err(BitwiseFault::NegativeCount);
    }
    Ok(value >> count.min(63))
}

/// A bitwise operator beside an object made at run time: Python's `|` of two sets is their union
/// (`&` the intersection, `^` the symmetric difference, `|` of dicts a merge), which weft does not
/// compute: its own limit, never Python's TypeError.
pub(crate) fn bitwise_of_objects(op: BinaryOp, left: i64, right: i64) -> Option<BitwiseFault> {
    let bitwise = matches!(
        op,
        BinaryOp::BitAnd | BinaryOp::BitOr | BinaryOp::BitXor | BinaryOp::LeftShift | BinaryOp::RightShift
    );
    (bitwise && (object_index(left).is_some() || object_index(right).is_some())).then_some(BitwiseFault::OfObject)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn and_or_xor_are_python_s_on_negative_integers_too() {
        assert_eq!(integer_bitwise(BinaryOp::BitAnd, -6, 13), Ok(8));
        assert_eq!(integer_bitwise(BinaryOp::BitOr, -6, 13), Ok(-1));
        assert_eq!(integer_bitwise(BinaryOp::BitXor, -6, 13), Ok(-9));
        assert_eq!(integer_bitwise(BinaryOp::BitXor, 2470, 31), Ok(2489));
    }

    #[test]
    fn shifts_floor_and_refuse_negative_counts() {
        assert_eq!(integer_bitwise(BinaryOp::RightShift, -7, 1), Ok(-4));
        assert_eq!(integer_bitwise(BinaryOp::RightShift, -7, 200), Ok(-1));
        assert_eq!(integer_bitwise(BinaryOp::RightShift, 7, 200), Ok(0));
        assert_eq!(integer_bitwise(BinaryOp::LeftShift, -3, 4), Ok(-48));
        assert_eq!(integer_bitwise(BinaryOp::LeftShift, 0, 1000), Ok(0));
        assert_eq!(integer_bitwise(BinaryOp::LeftShift, 1, 63), Err(BitwiseFault::Overflow));
        assert_eq!(integer_bitwise(BinaryOp::LeftShift, 1, -1), Err(BitwiseFault::NegativeCount));
        assert_eq!(integer_bitwise(BinaryOp::RightShift, 1, -1), Err(BitwiseFault::NegativeCount));
    }
}
