//! `multiprocessing.Value(typecode, ...)` and `Array(typecode, ...)` hold C integers of the typecode's
//! width, which ctypes stores without an overflow check: `Value("i", 2_000_000_000)` plus 200,000,000
//! reads back -2,094,967,296, and `Array("b", [120])` plus 10 reads -126 (session 24, repro r22,
//! r23). Each store to such a `shared_memory:` integer is wrapped to the width (two's complement for
//! the signed codes), and so is the initial value, as CPython does. The 64-bit signed codes (`l`, `q` on
//! Linux's x86-64) need nothing: weft's integers are 64-bit and announce an overflow. The unsigned
//! 64-bit codes (`L`, `Q`) hold values past weft's integers and are refused.

use std::collections::BTreeMap;

use ruff_python_ast::Expr;

use super::{Result, Translator, fail};
use crate::out::{Node, Step};
use crate::value::Value;

/// The width in bits and the signedness of C's integer of an integer typecode (Linux, x86-64: `l` is
/// 64 bits); None for the 64-bit signed codes, whose stores need no wrap.
fn narrow_width(typecode: &str) -> Option<(u32, bool)> {
    match typecode {
        "b" => Some((8, true)),
        "B" => Some((8, false)),
        "h" => Some((16, true)),
        "H" => Some((16, false)),
        "i" => Some((32, true)),
        "I" => Some((32, false)),
        _ => None,
    }
}

/// `value` as the C integer of `width` bits stores it.
fn wrapped(value: i64, (width, signed): (u32, bool)) -> i64 {
    let modulus = 1i64 << width;
    let offset = if signed { modulus / 2 } else { 0 };
    (value + offset).rem_euclid(modulus) - offset
}

/// The scenario's expression of `text` wrapped to the width (`%` is Python's, toward negative infinity);
/// a number is wrapped here.
fn wrapped_text(text: &str, (width, signed): (u32, bool)) -> String {
    if let Ok(number) = text.trim().parse::<i64>() {
        return wrapped(number, (width, signed)).to_string();
    }
    let modulus = 1i64 << width;
    match signed {
        true => format!("({text} + {half}) % {modulus} - {half}", half = modulus / 2),
        false => format!("({text}) % {modulus}"),
    }
}

impl Translator<'_> {
    /// The width of a Value's or Array's typecode (refused for `L`, `Q`), and its initial values wrapped.
    pub(super) fn ctypes_width(&self, frame: &super::Frame, typecode: &Expr) -> Result<Option<(u32, bool)>> {
        let Value::Str(code) = self.typecode_value(frame, typecode)? else {
            return Ok(None);
        };
        if code == "L" || code == "Q" {
            return fail(
                typecode,
                format!(
                    "an unsigned 64-bit typecode (`\"{code}\"`) holds values past weft's signed 64-bit integers \
                     (ctypes wraps a negative store to 2**64 - n); use `\"q\"`"
                ),
            );
        }
        Ok(narrow_width(&code))
    }

    /// Notes the `shared_memory:` integers `names` as C integers of `width`, their initial values wrapped.
    pub(super) fn note_ctypes_width(&mut self, names: &[String], width: Option<(u32, bool)>) {
        let Some(width) = width else { return };
        for (name, initial) in &mut self.scenario.shared_memory {
            if names.contains(name) {
                *initial = wrapped(*initial, width);
                self.ctypes_widths.insert(name.clone(), width);
            }
        }
    }

    /// Every `set` of a narrow C integer, in every task, stores its value wrapped to the width.
    pub(super) fn wrap_ctypes_stores(&mut self) {
        if self.ctypes_widths.is_empty() {
            return;
        }
        let widths = std::mem::take(&mut self.ctypes_widths);
        for task in &mut self.scenario.tasks {
            wrap_steps(&mut task.ops, &widths);
        }
        self.ctypes_widths = widths;
    }
}

fn wrap_steps(steps: &mut [Step], widths: &BTreeMap<String, (u32, bool)>) {
    for step in steps {
        match (step.key, &mut step.value) {
            ("set", Some(Node::Quoted(text))) => {
                if let Some((name, value)) = text.split_once(" = ")
                    && let Some(&width) = widths.get(name)
                {
                    *text = format!("{name} = {}", wrapped_text(value, width));
                }
            }
            (_, Some(node)) => wrap_node(node, widths),
            (_, None) => {}
        }
    }
}

fn wrap_node(node: &mut Node, widths: &BTreeMap<String, (u32, bool)>) {
    match node {
        Node::Steps(steps) => wrap_steps(steps, widths),
        Node::Map(entries) => entries.iter_mut().for_each(|(_, value)| wrap_node(value, widths)),
        Node::Clauses(clauses) => clauses.iter_mut().flatten().for_each(|(_, value)| wrap_node(value, widths)),
        Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::wrapped;

    #[test]
    fn stores_wrap_as_ctypes_does() {
        assert_eq!(wrapped(2_200_000_000, (32, true)), -2_094_967_296);
        assert_eq!(wrapped(130, (8, true)), -126);
        assert_eq!(wrapped(-1, (8, false)), 255);
        assert_eq!(wrapped(70_000, (16, false)), 4_464);
        assert_eq!(wrapped(-5, (32, true)), -5);
    }
}
