//! `multiprocessing.Value("d", 0.0)` and `Array("d", n)` (session 25; session22/m04): C doubles in
//! memory every process maps, read and written as the integer typecodes' are (`v.value += x` a read
//! then a write, each a step under its own process's GIL, so two processes lose updates as in CPython).
//!
//! The scenario's `shared_memory:` declares integers; a float is made by the run, so each double is
//! declared 0 and main writes its initial float where the program makes the Value or the Array (one
//! `atomic` step for an Array: CPython fills it in one C call before any other process can see it).
//! ctypes' `c_double` setter converts what it is given with `PyFloat_AsDouble`: a store of an integer
//! reads back as its nearest float (`v.value = 3` reads `3.0`), so every `set` of a double stores
//! `float(...)` of its value, the format's nearest float, ties to even, as CPython's. A C float (`"f"`,
//! 32 bits) rounds each store to single precision, which weft does not model: refused.

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::out::{Node, Step};
use crate::value::{Object, Value};

/// The most elements a `multiprocessing.Array` of doubles may have, as for integers.
const MAX_DOUBLES: usize = 1_024;

impl Translator<'_> {
    /// `multiprocessing.Value("d", x)` or `Array("d", n | [...])` (and their `Raw` forms); `None` for
    /// another typecode, made as before.
    pub(super) fn make_shared_doubles(
        &mut self,
        frame: &Frame,
        hint: &str,
        callee: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Value>> {
        let arguments = &call.arguments.args;
        let Some(typecode) = arguments.first() else { return Ok(None) };
        match self.typecode_value(frame, typecode) {
            Ok(Value::Str(code)) if code == "d" => {}
            Ok(Value::Str(code)) if code == "f" => {
                return fail(
                    typecode,
                    "a C float (`\"f\"`, 32 bits) rounds every store to single precision, which weft does not model; use `\"d\"` (a C double: Python's float)",
                );
            }
            _ => return Ok(None),
        }
        let array = callee.ends_with("Array");
        let initial = self.initial_doubles(frame, callee, call, array)?;
        let second = if array { "size_or_initializer" } else { "init" };
        self.refuse_other_arguments(callee, call, second)?;
        let name = self.object_name(hint);
        let lock = self.own_lock(frame, &name, callee, call)?;
        let names: Vec<String> = match array {
            true => (0..initial.len()).map(|index| self.object_name(&format!("{name}_{index}"))).collect(),
            false => vec![name.clone()],
        };
        let mut stores = Vec::with_capacity(names.len());
        for (item, value) in names.iter().zip(&initial) {
            self.scenario.shared_memory.push((item.clone(), 0));
            self.c_doubles.insert(item.clone());
            let literal = sim_core::floats::python_repr(*value);
            stores.push(Step::new("set", Node::Quoted(format!("{item} = {literal}")), line));
        }
        out.push(match array {
            true => Step::new("atomic", Node::Steps(stores), line),
            false => stores.pop().expect("a Value has one double"),
        });
        let items = array.then_some(names);
        Ok(Some(Value::Object(Object::SharedValue { name, lock, items })))
    }

    /// The initial doubles: a Value's number (0.0 when none is given), an Array's zeros or list of
    /// numbers, each known at import time and converted as ctypes does (an integer to its nearest float).
    fn initial_doubles(&self, frame: &Frame, callee: &str, call: &ast::ExprCall, array: bool) -> Result<Vec<f64>> {
        let as_double = |value: &Value, at: &Expr| match value {
            Value::Int(number) => Ok(*number as f64),
            Value::Float(number) if number.is_finite() => Ok(*number),
            other => fail(at, format!("`{callee}` of doubles is given numbers, not {}", other.describe())),
        };
        let Some(given) = call.arguments.args.get(1) else {
            if array {
                return fail(call, format!("`{callee}` takes a typecode (`\"d\"`) and a length or a list of numbers"));
            }
            return Ok(vec![0.0]);
        };
        let value = self.static_value(frame, given)?;
        if !array {
            return Ok(vec![as_double(&value, given)?]);
        }
        match value {
            Value::Int(length) if (1..=MAX_DOUBLES as i64).contains(&length) => Ok(vec![0.0; length as usize]),
            Value::List(values) if (1..=MAX_DOUBLES).contains(&values.len()) => {
                values.iter().map(|value| as_double(value, given)).collect()
            }
            _ => fail(
                given,
                format!(
                    "`{callee}` is supported with a length (1 to {MAX_DOUBLES}) or a list of numbers known at import time"
                ),
            ),
        }
    }

    /// Every `set` of a double, in every task, stores `float(...)` of its value (ctypes' conversion); a
    /// float literal (an initial value) is stored as it is.
    pub(super) fn convert_double_stores(&mut self) {
        if self.c_doubles.is_empty() {
            return;
        }
        let doubles = std::mem::take(&mut self.c_doubles);
        for task in &mut self.scenario.tasks {
            convert_steps(&mut task.ops, &doubles);
        }
        self.c_doubles = doubles;
    }
}

fn convert_steps(steps: &mut [Step], doubles: &BTreeSet<String>) {
    for step in steps {
        match (step.key, &mut step.value) {
            ("set", Some(Node::Quoted(text))) => {
                if let Some((name, value)) = text.split_once(" = ")
                    && doubles.contains(name)
                    && !is_float_literal(value)
                {
                    *text = format!("{name} = float({value})");
                }
            }
            (_, Some(node)) => convert_node(node, doubles),
            (_, None) => {}
        }
    }
}

fn convert_node(node: &mut Node, doubles: &BTreeSet<String>) {
    match node {
        Node::Steps(steps) => convert_steps(steps, doubles),
        Node::Map(entries) => entries.iter_mut().for_each(|(_, value)| convert_node(value, doubles)),
        Node::Clauses(clauses) => clauses.iter_mut().flatten().for_each(|(_, value)| convert_node(value, doubles)),
        Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => {}
    }
}

/// `0.0`, `-1.5`, `1e-05`: a float literal as the import writes one (Python's repr).
fn is_float_literal(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    digits.starts_with(|c: char| c.is_ascii_digit()) && digits.contains(['.', 'e']) && digits.parse::<f64>().is_ok()
}

/// The typecode of a ctypes type given as a Value's or Array's type (`Value(ctypes.c_double, 0.0)`):
/// `multiprocessing.sharedctypes` takes either, and maps the typecodes to these types (Linux, x86-64:
/// `c_long` is 64 bits, `c_int64` is `c_long`).
fn ctypes_typecode(module: &str) -> Option<&'static str> {
    Some(match module.strip_prefix("ctypes.")? {
        "c_double" => "d",
        "c_float" => "f",
        "c_byte" | "c_int8" => "b",
        "c_ubyte" | "c_uint8" => "B",
        "c_short" | "c_int16" => "h",
        "c_ushort" | "c_uint16" => "H",
        "c_int" | "c_int32" => "i",
        "c_uint" | "c_uint32" => "I",
        "c_long" | "c_int64" => "l",
        "c_ulong" | "c_uint64" => "L",
        "c_longlong" => "q",
        "c_ulonglong" => "Q",
        _ => return None,
    })
}

impl Translator<'_> {
    /// A Value's or Array's typecode known at import time: a string (`"d"`), or a ctypes type
    /// (`ctypes.c_double`) as its typecode.
    pub(super) fn typecode_value(&self, frame: &Frame, typecode: &Expr) -> Result<Value> {
        Ok(match self.static_value(frame, typecode)? {
            Value::Module(module) => match ctypes_typecode(&module) {
                Some(code) => Value::Str(code.to_string()),
                None => Value::Module(module),
            },
            other => other,
        })
    }
}
