//! A float's text by a format spec (`format(x, '.2f')`, `f"{x:8.3g}"`) and by printf-style conversions
//! (`'%.2f' % x`), as CPython 3.11 writes them (session 24): `PyOS_double_to_string`'s digits, then the
//! formatter's sign, grouping, padding and alignment (Python/formatter_unicode.c).
//!
//! The digits are Rust's exact formatting (`{:.N}`, `{:.Ne}`), which rounds the float's exact binary
//! value half to even, as CPython's `_Py_dg_dtoa` in modes 2 and 3: checked on thousands of floats and
//! specs against CPython (crates/sim-core/tests/data/float_formats.txt).

use super::{Spec, TextFault, aligned, group_digits, raise};

/// How a float's digits are laid out: CPython's `PyOS_double_to_string` with its type and flags.
#[derive(Clone, Copy, Debug)]
pub(super) struct Layout {
    /// `e`, `f`, `g` or `r` (repr), lowercase; `upper` writes `E`, `INF`, ...
    pub kind: char,
    pub upper: bool,
    pub precision: usize,
    /// `#`: keep the point and `g`'s trailing zeros.
    pub alternate: bool,
    /// A format spec without a type: a point and a zero after a whole number (`format(2.0, '.3')` is
    /// `'2.0'`).
    pub add_dot_0: bool,
}

/// The float's digits without its sign (`1.50`, `1.5e+16`, `inf`), as `PyOS_double_to_string` writes
/// them.
pub(super) fn unsigned_digits(number: f64, layout: Layout) -> String {
    let magnitude = number.abs();
    let text = if number.is_nan() {
        "nan".to_string()
    } else if magnitude.is_infinite() {
        "inf".to_string()
    } else {
        match layout.kind {
            'f' => fixed(magnitude, layout.precision, layout.alternate),
            'e' => scientific(magnitude, layout.precision, layout.alternate),
            'g' => general(magnitude, layout),
            _ => crate::floats::python_repr(magnitude),
        }
    };
    if layout.upper { text.to_uppercase() } else { text }
}

/// `f`: `precision` decimals, exactly rounded half to even; `#` keeps the point of `.0f`.
fn fixed(magnitude: f64, precision: usize, alternate: bool) -> String {
    let text = format!("{magnitude:.precision$}");
    if alternate && precision == 0 { text + "." } else { text }
}

/// `e`: one digit, `precision` decimals, an exponent of two digits at least (`1.50e+03`).
fn scientific(magnitude: f64, precision: usize, alternate: bool) -> String {
    let text = format!("{magnitude:.precision$e}");
    let (mantissa, exponent) = text.split_once('e').expect("`{:e}` writes an exponent");
    let exponent: i32 = exponent.parse().expect("an integer exponent");
    let point = if alternate && precision == 0 { "." } else { "" };
    format!("{mantissa}{point}e{}{:02}", if exponent < 0 { '-' } else { '+' }, exponent.abs())
}

/// `g`: `precision` significant digits (0 is 1), positional when the exponent `x` is in
/// `-4 <= x < precision` (`x < precision - 1` without a type), else as `e`; trailing zeros and a bare point dropped unless `#`.
fn general(magnitude: f64, layout: Layout) -> String {
    let precision = layout.precision.max(1);
    let text = format!("{magnitude:.*e}", precision - 1);
    let (mantissa, exponent) = text.split_once('e').expect("`{:e}` writes an exponent");
    let exponent: i32 = exponent.parse().expect("an integer exponent");
    let mut digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    if !layout.alternate {
        let kept = digits.trim_end_matches('0').len().max(1);
        digits.truncate(kept);
    }
    // CPython's `decpt`: the number is 0.DIGITS times ten to it.
    let point = exponent + 1;
    // Without a type (`add_dot_0`) a whole number of `precision` digits takes the exponent too, which
    // leaves room for its `.0` (`format(12.0, '.2')` is `'1.2e+01'`).
    let most = if layout.add_dot_0 { precision - 1 } else { precision };
    let exponential = point <= -4 || point > most as i32;
    if exponential {
        let (first, rest) = digits.split_at(1);
        let dot = if !rest.is_empty() || layout.alternate { "." } else { "" };
        return format!("{first}{dot}{rest}e{}{:02}", if exponent < 0 { '-' } else { '+' }, exponent.abs());
    }
    if point <= 0 {
        return format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize));
    }
    let point = point as usize;
    if digits.len() > point {
        return format!("{}.{}", &digits[..point], &digits[point..]);
    }
    let whole = format!("{digits}{}", "0".repeat(point - digits.len()));
    if layout.add_dot_0 {
        whole + ".0"
    } else if layout.alternate {
        whole + "."
    } else {
        whole
    }
}

/// Python's `format(x, spec)` of a float (`float.__format__`).
pub(super) fn format_float(number: f64, spec: &Spec) -> Result<String, TextFault> {
    let kind = spec.kind;
    if !matches!(kind, None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
        return Err(match kind {
            Some('n') => TextFault::NotYet { operation: "a float's format 'n' (the locale's)" },
            _ => raise("ValueError", "Unknown format code for object of type 'float'"),
        });
    }
    let (layout, scaled, suffix) = match kind {
        None => (
            Layout {
                kind: if spec.precision.is_some() { 'g' } else { 'r' },
                upper: false,
                precision: spec.precision.unwrap_or(0),
                alternate: spec.alternate,
                add_dot_0: true,
            },
            number,
            "",
        ),
        Some('%') => (Layout { kind: 'f', upper: false, ..layout_of(spec, 'f') }, number * 100.0, "%"),
        Some(kind) => (layout_of(spec, kind), number, ""),
    };
    let body = unsigned_digits(scaled, layout) + suffix;
    Ok(signed_and_aligned(scaled, &body, spec))
}

fn layout_of(spec: &Spec, kind: char) -> Layout {
    Layout {
        kind: kind.to_ascii_lowercase(),
        upper: kind.is_ascii_uppercase(),
        precision: spec.precision.unwrap_or(6),
        alternate: spec.alternate,
        add_dot_0: false,
    }
}

/// The sign (`-`, or `+`/` ` as the spec asks; none for a zero under `z`), the integer part grouped
/// (`,` or `_` by threes), then padded to the width as the spec aligns (`>` by default, `=` with `0`).
fn signed_and_aligned(number: f64, body: &str, spec: &Spec) -> String {
    let mantissa = body.split(['e', 'E']).next().unwrap_or(body);
    let is_zero = mantissa.chars().all(|c| matches!(c, '0' | '.' | '%')) && !number.is_nan();
    let negative = number.is_sign_negative() && !number.is_nan() && !(spec.negative_zero && is_zero);
    let sign = match (negative, spec.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    };
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { '>' });
    // An infinity has no digits to group (`format(inf, '010,f')` is zeros, then `inf`).
    let Some(separator) = spec.grouping.filter(|_| number.is_finite()) else {
        return aligned(sign, body, spec.width, fill, align);
    };
    // The digits before the point or the exponent are grouped; zeros that pad are grouped too.
    let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
    let (whole, rest) = body.split_at(split);
    let mut whole = whole.to_string();
    let mut grouped = group_digits(&whole, separator, 3);
    if fill == '0' && align == '=' {
        let wanted = spec.width.saturating_sub(sign.len() + rest.chars().count());
        while grouped.len() < wanted {
            whole.insert(0, '0');
            grouped = group_digits(&whole, separator, 3);
        }
    }
    aligned(sign, &(grouped + rest), spec.width, fill, align)
}

/// A printf-style conversion of a float (`'%8.2f' % x`: `formatfloat`): 6 decimals by default, the
/// flags `-` (left), `+`/` ` (sign), `0` (zeros after the sign), `#` (alternate).
pub(super) fn percent_float(
    number: f64,
    conversion: char,
    flags: &str,
    width: usize,
    precision: Option<usize>,
) -> String {
    let layout = Layout {
        kind: conversion.to_ascii_lowercase(),
        upper: conversion.is_ascii_uppercase(),
        precision: precision.unwrap_or(6),
        alternate: flags.contains('#'),
        add_dot_0: false,
    };
    let body = unsigned_digits(number, layout);
    let sign = if number.is_sign_negative() && !number.is_nan() {
        "-"
    } else if flags.contains('+') {
        "+"
    } else if flags.contains(' ') {
        " "
    } else {
        ""
    };
    let (fill, align) = match (flags.contains('-'), flags.contains('0')) {
        (true, _) => (' ', '<'),
        (false, true) => ('0', '='),
        _ => (' ', '>'),
    };
    aligned(sign, &body, width, fill, align)
}

/// The whole part of a float for `%d` (`int(x)`, toward zero); OverflowError of an infinity.
pub(super) fn whole_part(number: f64) -> Result<f64, TextFault> {
    if number.is_infinite() {
        return Err(raise("OverflowError", "cannot convert float infinity to integer"));
    }
    Ok(number.trunc())
}
