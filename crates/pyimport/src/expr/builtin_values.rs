//! `divmod(a, b)`, `pow(a, b, m)`, `int(s, base)`, `sorted(s)` of a string and `sep.join(...)` of
//! known strings that the format's tuple cannot hold, inside an expression
//! (session 27; session 26's checks). `divmod(a, b)` is Python's `(a // b, a % b)`, each operand
//! computed once: the scenario's tuple of the two, folded where both are known at import time
//! (the engine's `//` and `%` are CPython's, of integers and of floats, ZeroDivisionError included; a
//! float's message differs: `divmod` says "float divmod()", `//` "float floor division by zero").
//! `pow(a, b, m)` and `int(s, base)` are computed where their arguments are known at import time, as
//! CPython computes them; of values known only at run time they are refused (Python's modular power
//! never leaves the modulus's range, where weft's `pow` would pass 64 bits first; weft's `int` reads
//! base 10 only). `sorted(s)` of a string known at import time is the list of its characters in
//! code point order (`"".join(sorted(s))`); of a string known only at run time it stays refused (the
//! format has no sort of a string's characters).

use ruff_python_ast::{self as ast, Expr, Operator};

use super::{ATOM, Ex, PRODUCT, fold, wrap};
use crate::translate::{Frame, Result, Translator, fail};
use crate::value::Value;

impl Translator<'_> {
    /// The value of `divmod(...)`, `pow(a, b, m)` or `int(s, base)` of the builtins (not a function of
    /// the file by that name); `None` for any other call.
    pub(super) fn arithmetic_builtin(
        &self,
        frame: &Frame,
        call: &ast::ExprCall,
        use_known: bool,
    ) -> Result<Option<Ex>> {
        if let Some(joined) = self.join_of_known_texts(frame, call) {
            return Ok(Some(joined));
        }
        let Expr::Name(callee) = &*call.func else { return Ok(None) };
        let name = callee.id.as_str();
        let arity = call.arguments.args.len();
        let wanted = matches!((name, arity), ("divmod", 2) | ("pow", 3) | ("int", 2) | ("sorted", 1));
        if !wanted || !call.arguments.keywords.is_empty() || !self.is_the_builtin(frame, name) {
            return Ok(None);
        }
        let args = &call.arguments.args;
        if let Some(starred) = args.iter().find(|arg| matches!(arg, Expr::Starred(_))) {
            return fail(starred, format!("`{name}(*args)` is not supported; pass each argument"));
        }
        match name {
            "divmod" => self.divmod_value(frame, &args[0], &args[1], use_known).map(Some),
            "pow" => self.modular_power(frame, call).map(Some),
            "int" => self.int_of_base(frame, call).map(Some),
            _ => self.sorted_text(frame, &args[0], use_known),
        }
    }

    /// `n * 1.5` where `n` is a local known at import time (a thread's argument) and the caller reads
    /// it without known values (an f-string's field, a builtin's argument): the value folded with the
    /// known one, which is the local's at run time too; `None` where it does not fold.
    pub(super) fn folded_float_beside_known(&self, frame: &Frame, binary: &ast::ExprBinOp) -> Option<Ex> {
        match self.binary(frame, binary, true) {
            Ok(folded @ Ex::Static(_)) => Some(folded),
            _ => None,
        }
    }

    /// Whether `name` is Python's builtin here: no local, global or function of the file binds it.
    fn is_the_builtin(&self, frame: &Frame, name: &str) -> bool {
        match self.resolve(frame, name) {
            None => true,
            Some(Value::Module(module)) => module == name,
            Some(_) => false,
        }
    }

    fn divmod_value(&self, frame: &Frame, left: &Expr, right: &Expr, use_known: bool) -> Result<Ex> {
        let dividend = self.expr(frame, left, use_known)?;
        let divisor = self.expr(frame, right, use_known)?;
        if let (Ex::Static(Value::Int(a)), Ex::Static(Value::Int(b))) = (&dividend, &divisor)
            && let (Some(quotient), Some(remainder)) = (
                fold(Operator::FloorDiv, &Value::Int(*a), &Value::Int(*b)),
                fold(Operator::Mod, &Value::Int(*a), &Value::Int(*b)),
            )
        {
            return Ok(Ex::code(format!("({}, {})", int_text(&quotient), int_text(&remainder)), ATOM, false, false));
        }
        let mut texts = Vec::with_capacity(2);
        for (value, at) in [(dividend, left), (divisor, right)] {
            let (text, precedence, _, reads) = self.to_code(value, at)?;
            if reads {
                return fail(
                    at,
                    "`divmod` of a value that reads shared state: copy it to a local first (weft computes `divmod(a, b)` as `(a // b, a % b)`, which would read it twice)",
                );
            }
            texts.push((text, precedence));
        }
        let (a, b) = (wrap(&texts[0].0, texts[0].1, PRODUCT), wrap(&texts[1].0, texts[1].1, PRODUCT + 1));
        Ok(Ex::code(format!("({a} // {b}, {a} % {b})"), ATOM, false, false))
    }

    /// `sorted(s)` of a string known at import time: its characters in order; `None` for any other
    /// argument (a string known only at run time is refused where `sorted` is, expr.rs).
    fn sorted_text(&self, frame: &Frame, arg: &Expr, use_known: bool) -> Result<Option<Ex>> {
        match self.expr(frame, arg, use_known) {
            Ok(Ex::Static(Value::Str(text))) => {
                let mut characters: Vec<char> = text.chars().collect();
                characters.sort_unstable();
                Ok(Some(Ex::Static(Value::List(characters.into_iter().map(|c| Value::Str(c.to_string())).collect()))))
            }
            _ => Ok(None),
        }
    }

    /// `sep.join(items)` of a separator and a list of strings known at import time that the format's
    /// tuple cannot hold (no item: `"".join(sorted(""))` is `""`; more than 16): the joined string.
    /// A list of 1 to 16 items stays the format's `join(sep, (...))`, as before.
    fn join_of_known_texts(&self, frame: &Frame, call: &ast::ExprCall) -> Option<Ex> {
        let Expr::Attribute(method) = &*call.func else { return None };
        let [items] = &call.arguments.args[..] else { return None };
        if method.attr.as_str() != "join" || !call.arguments.keywords.is_empty() {
            return None;
        }
        let Ok(Ex::Static(Value::Str(separator))) = self.expr(frame, &method.value, true) else { return None };
        let Ok(Ex::Static(Value::List(values))) = self.expr(frame, items, true) else { return None };
        if (1..=crate::expr::MAX_TUPLE_LENGTH).contains(&values.len()) {
            return None;
        }
        let texts: Vec<String> = values
            .into_iter()
            .map(|value| match value {
                Value::Str(text) => Some(text),
                _ => None,
            })
            .collect::<Option<_>>()?;
        Some(Ex::Static(Value::Str(texts.join(&separator))))
    }

    /// `pow(base, exponent, modulus)` of integers known at import time: CPython's value (the sign of
    /// the modulus; a negative exponent is the inverse's power), or the ValueError it raises, refused.
    fn modular_power(&self, frame: &Frame, call: &ast::ExprCall) -> Result<Ex> {
        let mut numbers = [0i64; 3];
        for (number, arg) in numbers.iter_mut().zip(&call.arguments.args) {
            match self.static_value(frame, arg) {
                Ok(Value::Int(value)) => *number = value,
                Ok(other) => {
                    return fail(arg, format!("`pow` with a modulus takes integers; this is {}", other.describe()));
                }
                Err(_) => {
                    return fail(
                        arg,
                        "`pow(base, exponent, modulus)` of a value known only at run time is not supported: Python's modular power stays below the modulus, where weft's `pow` would pass 64 bits first; compute it of values known at import time, or write `base ** exponent % modulus` where the power fits 64 bits",
                    );
                }
            }
        }
        let [base, exponent, modulus] = numbers;
        python_modular_power(base, exponent, modulus).map(|value| Ex::Static(Value::Int(value))).map_err(|why| {
            crate::translate::Error::at(call, format!("Python raises {why} here; weft refuses it at import time"))
        })
    }

    /// `int(text, base)` of a string and a base known at import time: CPython's number, or refused
    /// where CPython raises (ValueError, TypeError) or the number passes 64 bits.
    fn int_of_base(&self, frame: &Frame, call: &ast::ExprCall) -> Result<Ex> {
        let [text, base] = &call.arguments.args[..] else { unreachable!("two arguments, checked by the caller") };
        let base = match self.static_value(frame, base) {
            Ok(Value::Int(base)) => base,
            _ => return fail(base, "`int(text, base)` is supported with a base known at import time"),
        };
        let text = match self.static_value(frame, text) {
            Ok(Value::Str(text)) => text,
            Ok(other) => {
                return fail(
                    text,
                    format!(
                        "Python raises TypeError here: `int()` with a base takes a string, and this is {}",
                        other.describe()
                    ),
                );
            }
            Err(_) => {
                return fail(
                    text,
                    "`int(text, base)` of a string known only at run time is not supported: weft's `int` reads base 10 only; convert it at import time or with `int(text)`",
                );
            }
        };
        match parse_int_of_base(&text, base) {
            Ok(number) => Ok(Ex::Static(Value::Int(number))),
            Err(why) => fail(call, why),
        }
    }
}

/// An integer's literal (a value `fold` made is one).
fn int_text(value: &Value) -> String {
    match value {
        Value::Int(number) => number.to_string(),
        _ => unreachable!("`//` and `%` of two integers fold to integers"),
    }
}

/// Python's `pow(base, exponent, modulus)` of integers, or the exception it raises.
fn python_modular_power(base: i64, exponent: i64, modulus: i64) -> std::result::Result<i64, &'static str> {
    if modulus == 0 {
        return Err("ValueError (`pow() 3rd argument cannot be 0`)");
    }
    let size = i128::from(modulus).abs();
    let mut factor = i128::from(base).rem_euclid(size);
    if exponent < 0 {
        factor = modular_inverse(factor, size).ok_or("ValueError (`base is not invertible for the given modulus`)")?;
    }
    let mut remaining = i128::from(exponent).unsigned_abs();
    let mut result = 1 % size;
    while remaining > 0 {
        if remaining & 1 == 1 {
            result = result * factor % size;
        }
        factor = factor * factor % size;
        remaining >>= 1;
    }
    // Python's result takes the modulus's sign, as its `%` does.
    if modulus < 0 && result != 0 {
        result -= size;
    }
    Ok(i64::try_from(result).expect("below the modulus in size"))
}

/// The inverse of `value` modulo `size` (both from 0), when they share no factor.
fn modular_inverse(value: i128, size: i128) -> Option<i128> {
    let (mut old_remainder, mut remainder) = (value, size);
    let (mut old_coefficient, mut coefficient) = (1i128, 0i128);
    while remainder != 0 {
        let quotient = old_remainder / remainder;
        (old_remainder, remainder) = (remainder, old_remainder - quotient * remainder);
        (old_coefficient, coefficient) = (coefficient, old_coefficient - quotient * coefficient);
    }
    (old_remainder == 1).then(|| old_coefficient.rem_euclid(size))
}

/// The whitespace CPython's `int()` strips around its text (ASCII's; other text is refused before).
const PYTHON_ASCII_SPACE: [char; 10] = [' ', '\t', '\n', '\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x1f'];

/// CPython's `int(text, base)`: surrounding whitespace, a sign, the base's prefix (`0x`, `0o`, `0b`;
/// any of them for base 0, which also refuses leading zeros), `_` between digits; or the refusal's
/// words for what CPython raises or weft cannot hold.
fn parse_int_of_base(text: &str, base: i64) -> std::result::Result<i64, String> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(
            "Python raises ValueError here (`int() base must be >= 2 and <= 36, or 0`); weft refuses it at import time"
                .to_string(),
        );
    }
    if !text.is_ascii() {
        return Err("`int(text, base)` of text beyond ASCII is Python's (its digits and spaces of every script), not weft's yet".to_string());
    }
    let invalid = || {
        format!(
            "Python raises ValueError here (`invalid literal for int() with base {base}: '{text}'`); weft refuses it at import time"
        )
    };
    let trimmed = text.trim_matches(|c| PYTHON_ASCII_SPACE.contains(&c));
    let (negative, unsigned) = match trimmed.as_bytes().first() {
        Some(b'-') => (true, &trimmed[1..]),
        Some(b'+') => (false, &trimmed[1..]),
        _ => (false, trimmed),
    };
    let lower = unsigned.to_ascii_lowercase();
    let prefixed = |prefix: &str, radix: i64| lower.starts_with(prefix) && (base == radix || base == 0);
    let (radix, digits, had_prefix) = if prefixed("0x", 16) {
        (16, &lower[2..], true)
    } else if prefixed("0o", 8) {
        (8, &lower[2..], true)
    } else if prefixed("0b", 2) {
        (2, &lower[2..], true)
    } else {
        (if base == 0 { 10 } else { base }, &lower[..], false)
    };
    // An underscore may follow the prefix, and else stands only between two digits.
    let digits = if had_prefix { digits.strip_prefix('_').unwrap_or(digits) } else { digits };
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return Err(invalid());
    }
    let plain: String = digits.chars().filter(|&c| c != '_').collect();
    let radix_u32 = u32::try_from(radix).expect("2 to 36");
    if !plain.chars().all(|c| c.is_digit(radix_u32)) {
        return Err(invalid());
    }
    // Base 0 reads a decimal number without leading zeros (`int("010", 0)` is Python's ValueError).
    if base == 0 && !had_prefix && plain.len() > 1 && plain.starts_with('0') && plain.chars().any(|c| c != '0') {
        return Err(invalid());
    }
    let magnitude = i128::from_str_radix(&plain, radix_u32).map_err(|_| too_large())?;
    let value = if negative { -magnitude } else { magnitude };
    i64::try_from(value).map_err(|_| too_large())
}

fn too_large() -> String {
    "this number does not fit 64 bits, weft's integers (Python's grow)".to_string()
}

#[cfg(test)]
mod tests {
    use super::{parse_int_of_base, python_modular_power};

    #[test]
    fn int_of_base_reads_as_cpython() {
        let cases = [
            ("ff", 16, Some(255)),
            ("-1a", 16, Some(-26)),
            (" 0xFF ", 16, Some(255)),
            ("0x_ff", 0, Some(255)),
            ("0b101", 0, Some(5)),
            ("1_000", 10, Some(1000)),
            ("z", 36, Some(35)),
            ("010", 0, None),
            ("000", 0, Some(0)),
            ("1__0", 10, None),
            ("_1", 10, None),
            ("0x", 16, None),
            ("12", 2, None),
            ("", 10, None),
            ("7", 1, None),
        ];
        for (text, base, expected) in cases {
            assert_eq!(parse_int_of_base(text, base).ok(), expected, "int({text:?}, {base})");
        }
    }

    #[test]
    fn modular_power_takes_the_modulus_sign() {
        assert_eq!(python_modular_power(3, 2, -7), Ok(-5));
        assert_eq!(python_modular_power(-3, 3, 7), Ok(1));
        assert_eq!(python_modular_power(3, -1, 7), Ok(5));
        assert_eq!(python_modular_power(5, 0, 1), Ok(0));
        assert_eq!(python_modular_power(i64::MAX, i64::MAX, 1_000_000_007), Ok(856_225_998));
        assert_eq!(python_modular_power(i64::MIN, 3, -1_000_000_007), Ok(-476_806_373));
        assert!(python_modular_power(2, -1, 4).is_err());
        assert!(python_modular_power(2, 3, 0).is_err());
    }
}
