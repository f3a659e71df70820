//! Python expressions to the scenario's expression text, or to values known at import time. Integer
//! arithmetic keeps Python's meaning (`//` and `%` floor), every read of a shared variable stays a read
//! (the scenario makes each its own step, in order, as CPython's bytecode does).

use ruff_python_ast::{self as ast, BoolOp, CmpOp, Expr, Number, Operator, UnaryOp};

use crate::translate::{Draw, Error, Frame, HeldObject, Result, Translator, fail};
use crate::value::{CLOCK, Items, Object, Shape, Value};

mod bitwise;
mod builtin_values;
mod call_forms;
mod fstring_fields;
mod future_identity;
mod list_texts;
pub(crate) use bitwise::bitwise_function;
mod powers;
mod python_values;
mod unbound_methods;

/// Precedence of the scenario's (and Python's) operators, loosest first.
pub const CONDITIONAL: u8 = 0;
pub const OR: u8 = 1;
pub const AND: u8 = 2;
pub const NOT: u8 = 3;
pub const COMPARE: u8 = 4;
pub const SUM: u8 = 6;
pub const PRODUCT: u8 = 7;
pub const UNARY: u8 = 8;
pub const ATOM: u8 = 10;

/// An expression: known at import time, or scenario text that computes it at run time.
#[derive(Clone, Debug)]
pub enum Ex {
    Static(Value),
    Code {
        text: String,
        precedence: u8,
        /// 0 or 1 (a comparison, `not`, `has`, `is_set`): safe where Python would give a bool.
        boolean: bool,
        /// It reads shared state (each read is a step of its own).
        reads_shared: bool,
    },
}

impl Ex {
    pub(crate) fn code(text: String, precedence: u8, boolean: bool, reads_shared: bool) -> Ex {
        Ex::Code { text, precedence, boolean, reads_shared }
    }
}

/// Items of one tuple: the scenario format's `limits::MAX_TUPLE_LENGTH` (this crate does not depend on
/// the engine; the loader checks it again), refused here at the Python line.
pub const MAX_TUPLE_LENGTH: usize = 16;

/// Arguments of one `new_list`, `new_dict` or `new_set` (the scenario format's `MAX_OBJECT_DISPLAY`).
pub const MAX_OBJECT_DISPLAY: usize = 32;

/// The scenario's tuple of the items' texts: `(a, b)`, and `(a,)` for one.
pub(crate) fn tuple_text(items: &[String]) -> String {
    if items.len() == 1 { format!("({},)", items[0]) } else { format!("({})", items.join(", ")) }
}

/// The items of a tuple display (none for any other expression).
fn tuple_elements(expr: &Expr) -> &[Expr] {
    match expr {
        Expr::Tuple(ast::ExprTuple { elts, .. }) => elts,
        _ => &[],
    }
}

/// Whether `at` is a tuple display of 1 to `MAX_TUPLE_LENGTH` integers, Nones and strings known at
/// import time (its value `items`), or of such tuple displays (`(1, (2, 3))`, session 37).
fn is_tuple_display(at: &Expr, items: &[Value]) -> bool {
    let item_of_a_tuple = |(item, element): (&Value, &Expr)| match item {
        Value::Int(_) | Value::None | Value::Str(_) => true,
        Value::Float(number) => number.is_finite(),
        Value::List(inner) => is_tuple_display(element, inner),
        _ => false,
    };
    matches!(at, Expr::Tuple(_))
        && (1..=MAX_TUPLE_LENGTH).contains(&items.len())
        && items.len() == tuple_elements(at).len()
        && items.iter().zip(tuple_elements(at)).all(item_of_a_tuple)
}

/// Why `str` of a comparison is refused: Python's is `'True'`, and weft's booleans are 1 and 0.
pub const STR_OF_A_BOOL: &str = "`str` of a comparison or a boolean: Python gives `True` or `False`, and weft's booleans are the integers 1 and 0; convert it yourself (`\"yes\" if ok else \"no\"` on a line of its own)";

/// A piece of a run-time f-string: a literal text or a value's scenario text.
pub enum FormatPiece {
    Text(String),
    Value(String),
}

/// The scenario's text of an f-string of `pieces`: `f'k{i}'`, quoted by a quote no value's text holds;
/// where every quote is taken (or a value holds a backslash), `str` of each value joined with `+`.
pub fn format_text(pieces: &[FormatPiece]) -> String {
    let values = || {
        pieces.iter().filter_map(|piece| match piece {
            FormatPiece::Value(text) => Some(text.as_str()),
            FormatPiece::Text(_) => None,
        })
    };
    let free = ['\'', '"'].into_iter().find(|&quote| values().all(|text| !text.contains([quote, '\\'])));
    let Some(quote) = free else {
        return format!("({})", fstring_fields::spec_join(pieces));
    };
    let mut out = format!("f{quote}");
    for piece in pieces {
        match piece {
            FormatPiece::Text(text) => {
                let quoted = crate::out::quoted(text, quote);
                out.push_str(&quoted[1..quoted.len() - 1].replace('{', "{{").replace('}', "}}"));
            }
            FormatPiece::Value(text) => {
                out.push('{');
                out.push_str(text);
                out.push('}');
            }
        }
    }
    out.push(quote);
    out
}

/// Whether `text` is one name (a local or a shared variable of the scenario), not an expression.
pub fn is_identifier(text: &str) -> bool {
    text.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !matches!(text, "None" | "True" | "False")
}

/// Wraps `text` in parentheses when its precedence is below `needed`.
pub fn wrap(text: &str, precedence: u8, needed: u8) -> String {
    if precedence < needed { format!("({text})") } else { text.to_string() }
}

impl Translator<'_> {
    /// An expression as scenario text (an integer known at import time becomes its literal).
    pub fn code(&self, frame: &Frame, expr: &Expr) -> Result<(String, u8, bool)> {
        let ex = self.expr(frame, expr, false)?;
        self.to_code(ex, expr).map(|(text, precedence, _, reads)| (text, precedence, reads))
    }

    pub fn to_code(&self, ex: Ex, at: &Expr) -> Result<(String, u8, bool, bool)> {
        match ex {
            Ex::Code { text, precedence, boolean, reads_shared } => Ok((text, precedence, boolean, reads_shared)),
            Ex::Static(Value::Int(value)) => {
                let precedence = if value < 0 { UNARY } else { ATOM };
                Ok((value.to_string(), precedence, value == 0 || value == 1, false))
            }
            // A float is a value of the scenario too since session 23 (docs/format.md): its literal is
            // Python's repr, which reads back as the same bits.
            Ex::Static(Value::Float(number)) if number.is_finite() => {
                let precedence = if number.is_sign_negative() { UNARY } else { ATOM };
                Ok((sim_core::floats::python_repr(number), precedence, false, false))
            }
            Ex::Static(Value::Float(_)) => fail(
                at,
                "this float is infinite or NaN, which weft's scenarios have no literal for (weft's floats are finite numbers)",
            ),
            Ex::Static(Value::Shared(name, Shape::Int)) => Ok((name, ATOM, false, true)),
            // The scenario's own None (docs/format.md): distinct from every integer, as in Python.
            Ex::Static(Value::None) => Ok(("None".to_string(), ATOM, false, false)),
            // An `object()` sentinel is the scenario's None too: the import refuses a program that
            // uses both (Translator::check_sentinels), so the one value stands for the sentinel alone.
            Ex::Static(Value::Sentinel(_)) => Ok(("None".to_string(), ATOM, false, false)),
            // A caught exception's value (translate/exception_values.rs): stored, passed, kept in a list.
            Ex::Static(Value::Exception(local)) => Ok((local, ATOM, false, false)),
            // A string is a value of the scenario too (docs/format.md): compared, stored, printed.
            Ex::Static(Value::Str(text)) => {
                self.note_text_handed_to_run(at, &text);
                Ok((crate::out::quoted(&text, '\''), ATOM, false, false))
            }
            // A tuple display of values known at import time (`q.put((1, "a"))`) where a value is
            // needed: the scenario's tuple.
            Ex::Static(Value::List(items)) if is_tuple_display(at, &items) => {
                let mut texts = Vec::with_capacity(items.len());
                for (item, element) in items.into_iter().zip(tuple_elements(at)) {
                    texts.push(self.to_code(Ex::Static(item), element)?.0);
                }
                Ok((tuple_text(&texts), ATOM, false, false))
            }
            // A tuple the program made, reached through a name, an item or a call (translate/known_tuples.rs).
            Ex::Static(Value::List(items)) if let Some(text) = self.known_tuple_text(&items, at)? => {
                Ok((text, ATOM, false, false))
            }
            Ex::Static(Value::List(items)) if matches!(at, Expr::Tuple(_)) && items.iter().any(Value::is_callable) => {
                fail(at, FUNCTION_IN_A_TUPLE)
            }
            Ex::Static(other) => fail(
                at,
                format!(
                    "this is {}, where weft needs a value of a step (a number, None, a string, a bool or a tuple); a list or dict weft follows is a variable of its own, and its text (`f\"{{items}}\"`, `str(items)`) is not imported",
                    self.returned_sequence_words(at, &other)
                        .or_else(|| unknown_sequence_words(at, &other))
                        .map_or_else(|| other.describe(), str::to_string)
                ),
            ),
        }
    }

    /// An integer or float known at import time (sizes, counts, durations, thread arguments).
    pub fn static_value(&self, frame: &Frame, expr: &Expr) -> Result<Value> {
        match self.expr(frame, expr, true)? {
            Ex::Static(value) => Ok(value),
            Ex::Code { .. } => fail(
                expr,
                "weft needs this value at import time (a literal, a module constant or a range loop's counter), but it is only known when the program runs",
            ),
        }
    }

    pub fn static_int(&self, frame: &Frame, expr: &Expr) -> Result<i64> {
        match self.static_value(frame, expr)? {
            Value::Int(value) => Ok(value),
            other => fail(expr, format!("this is {}, where weft needs an integer", other.describe())),
        }
    }

    /// Reads `expr`. With `use_known`, locals whose value is known at import time are taken as that value.
    pub fn expr(&self, frame: &Frame, expr: &Expr, use_known: bool) -> Result<Ex> {
        if frame.in_condition && python_values::uses_a_bool_op_value(expr) {
            let mut values = frame.clone();
            values.in_condition = false;
            return self.expr(&values, expr, use_known);
        }
        match expr {
            Expr::NumberLiteral(number) => match &number.value {
                Number::Int(int) => match int.as_i64() {
                    Some(value) => Ok(Ex::Static(Value::Int(value))),
                    None => fail(expr, "this integer does not fit in 64 bits, the scenario's integers"),
                },
                Number::Float(value) => Ok(Ex::Static(Value::Float(*value))),
                Number::Complex { .. } => fail(expr, "complex numbers are not supported"),
            },
            Expr::BooleanLiteral(boolean) => Ok(Ex::Static(Value::Int(i64::from(boolean.value)))),
            Expr::NoneLiteral(_) => Ok(Ex::Static(Value::None)),
            Expr::StringLiteral(string) => Ok(Ex::Static(Value::Str(string.value.to_str().to_string()))),
            Expr::Name(name) => self.name_expr(frame, name.id.as_str(), expr, use_known),
            Expr::Attribute(_) if let Some(name) = self.type_name_expr(frame, expr, use_known)? => Ok(name),
            // `Thread(target=Incrementer().bump)`: a method of an instance made inline goes to a line of its
            // own first where the scenario runs no `if` or loop around it (translate/inline_instances.rs).
            Expr::Attribute(attribute) if let Some(class) = self.inline_instance_method(frame, attribute) => {
                fail(&*attribute.value, crate::hoisting::call_inside_expression(&class))
            }
            Expr::Attribute(attribute) => match self.expr(frame, &attribute.value, use_known)? {
                _ if let Err(refusal) = self.refuse_exception_variable_attribute(attribute) => Err(refusal),
                Ex::Static(Value::Exception(local)) => self.exception_attribute(&local, attribute),
                Ex::Static(Value::Module(module)) => {
                    Ok(Ex::Static(Value::Module(format!("{module}.{}", attribute.attr.as_str()))))
                }
                Ex::Static(Value::Instance(instance)) => {
                    self.check_timer_attribute_use(frame, &instance, attribute.attr.as_str(), attribute)?;
                    self.instance_attribute(&instance, attribute.attr.as_str(), expr, use_known)
                }
                Ex::Static(function)
                    if attribute.attr.as_str() == "__name__"
                        && let Some(name) = self.function_name(&function) =>
                {
                    Ok(Ex::Static(name))
                }
                // The group's exceptions kept in a shared list: read as the list is.
                Ex::Static(Value::ExceptionGroup { members: Some(members), exceptions: false, .. })
                    if attribute.attr.as_str() == "exceptions" =>
                {
                    Ok(Ex::Static(Value::Shared(members, Shape::Map { dense: true })))
                }
                Ex::Static(Value::ExceptionGroup { count, exceptions: false, members: None })
                    if attribute.attr.as_str() == "exceptions" =>
                {
                    Ok(Ex::Static(Value::ExceptionGroup { count, exceptions: true, members: None }))
                }
                Ex::Static(Value::Class(class)) => self.class_attribute_read(&class, attribute.attr.as_str(), expr),
                Ex::Static(Value::Object(barrier @ Object::Barrier { .. })) => {
                    self.barrier_attribute(&barrier, attribute)
                }
                // `q.unfinished_tasks` after the same code's `q.join()`: 0 (translate/unfinished_counts.rs).
                Ex::Static(Value::Object(Object::Queue { name, .. }))
                    if attribute.attr.as_str() == "unfinished_tasks" =>
                {
                    self.unfinished_tasks(frame, &name, attribute.range).map(|count| Ex::Static(Value::Int(count)))
                }
                // `v.value` of a `multiprocessing.Value`: a read of its `shared_memory:` variable.
                Ex::Static(Value::Object(Object::SharedValue { name, items: None, .. }))
                    if attribute.attr.as_str() == "value" =>
                {
                    Ok(Ex::code(name, ATOM, false, true))
                }
                Ex::Static(Value::ThreadLocal(data)) => {
                    self.refuse_shared_thread_local(frame, expr)?;
                    let key = (frame.task, data, attribute.attr.to_string());
                    if let Some(list) = self.thread_local_lists.get(&key) {
                        return Ok(Ex::Static(list.clone()));
                    }
                    match self.thread_local_slots.get(&key) {
                        Some(slot) => Ok(Ex::code(slot.clone(), ATOM, false, false)),
                        None => fail(expr, crate::translate::thread_local_unset(attribute.attr.as_str())),
                    }
                }
                Ex::Static(Value::Thread(task)) if attribute.attr.as_str() == "exitcode" => {
                    self.exit_code(frame, task, expr).map(|variable| Ex::code(variable, ATOM, false, true))
                }
                // `t.name` of a Thread: the `name=` it was made with, or the name CPython gives it where
                // the import knows it (translate/thread_names.rs).
                Ex::Static(Value::Thread(task)) if attribute.attr.as_str() == "name" => {
                    Ok(Ex::Static(self.thread_name_value(task)))
                }
                // `threading.current_thread().name` of a thread named where it is made: that name
                // (translate/thread_names.rs).
                Ex::Static(Value::Opaque(what))
                    if what.starts_with("the current thread")
                        && attribute.attr.as_str() == "name"
                        && let Some(name) = self.running_thread_name(frame) =>
                {
                    Ok(Ex::Static(Value::Str(name)))
                }
                // `threading.current_thread().name`, `.ident`: as opaque as the thread.
                Ex::Static(Value::Opaque(what))
                    if what.starts_with("the current thread")
                        && matches!(attribute.attr.as_str(), "name" | "ident" | "native_id") =>
                {
                    Ok(Ex::Static(Value::Opaque("the name or identifier of the running thread")))
                }
                // A name that holds an instance made at run time: its attribute, read in a step; or, in a
                // program that carries exception values, of an exception the value may be
                // (translate/run_time_exception_reads.rs).
                Ex::Code { text, .. } if is_identifier(&text) => Ok(self.run_time_attribute(&text, attribute)),
                // `Thread(target=Adder(1).add)`: a method of an instance made inline, whose class the
                // translator would make at run time; where the scenario runs no `if` or loop around it,
                // the instance goes to a line of its own first (hoisting.rs) and is made at import time.
                _ => fail(expr, format!("reading the attribute `.{}` is not supported", attribute.attr.as_str())),
            },
            Expr::BinOp(binary) => self.binary(frame, binary, use_known),
            Expr::UnaryOp(unary) => self.unary(frame, unary, use_known),
            Expr::BoolOp(boolean) => self.bool_op(frame, boolean, use_known),
            Expr::Compare(compare) => self.compare(frame, compare, use_known),
            Expr::Subscript(subscript) => self.subscript(frame, subscript, use_known),
            Expr::Call(call) => self.call_expr(frame, call, use_known),
            // A tuple of values known only at run time (`(n, n * n)`): the scenario's tuple. One of
            // values known at import time stays a value of the import (thread arguments, `for` items).
            Expr::Tuple(ast::ExprTuple { elts, .. })
                if !elts.is_empty()
                    && elts.iter().any(|e| matches!(self.expr(frame, e, use_known), Ok(Ex::Code { .. }))) =>
            {
                self.run_time_tuple(frame, elts, expr, use_known)
            }
            Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
                let mut items = Vec::with_capacity(elts.len());
                for element in elts {
                    match self.static_value(frame, element) {
                        Ok(item) => items.push(item),
                        // A list display with an item known only at run time, or a dict inside: a list
                        // made at run time (docs/format.md, "Objects made at run time").
                        Err(_) if matches!(expr, Expr::List(_)) => {
                            return self.run_time_display(frame, expr, use_known);
                        }
                        Err(error) => return Err(error),
                    }
                }
                Ok(Ex::Static(Value::List(display_items(expr, items))))
            }
            // `if not await f():`, `x = 1 + await t`: hoisting.rs moves the `await` to a line of its own
            // before the statement where Python evaluates it first, exactly once.
            Expr::Await(_) => fail(expr, crate::hoisting::await_inside_expression()),
            Expr::Yield(_) => fail(
                expr,
                "`yield` is supported in a generator function at the top of the module, used as a `for` loop's iterable or consumed whole; not in a method, a nested function or a coroutine",
            ),
            Expr::YieldFrom(_) => {
                fail(expr, "`yield from` is not supported; weft translates functions that run to their end")
            }
            Expr::Lambda(lambda) => self.lambda_call(frame, lambda, use_known),
            Expr::If(conditional) => self.conditional(frame, conditional, use_known),
            // `f"{d}"` of a dict with string keys: `{'key': {d['key']!r}}` in its place (record_texts.rs).
            Expr::FString(fstring) if let Some(texts) = self.fstring_with_record_texts(frame, fstring)? => {
                self.expr(frame, &Expr::FString(texts), use_known)
            }
            // `f"{a}"` of an instance: its `__str__`'s (or `__repr__`'s) text in its place.
            Expr::FString(fstring) if let Some(texts) = self.fstring_with_instance_texts(frame, fstring)? => {
                self.expr(frame, &Expr::FString(texts), use_known)
            }
            Expr::FString(fstring) => match self.static_fstring(frame, fstring) {
                Some(text) => Ok(text),
                None => self.run_time_fstring(frame, fstring, use_known),
            },
            Expr::Named(_) => fail(expr, "the walrus operator `:=` is not supported; assign on a line of its own"),
            Expr::ListComp(comprehension) => match self.static_comprehension(frame, comprehension) {
                Ok(items) => Ok(Ex::Static(Value::List(items.into()))),
                // A test known only at run time: hoisted to an assignment of its own (hoisting.rs).
                Err(_) if self.filter_known_only_at_run_time(frame, comprehension) => {
                    fail(expr, crate::hoisting::comprehension_inside_expression())
                }
                // Over items known only at run time: hoisted the same way (run_time_comprehensions.rs).
                Err(_) if self.over_run_time_items(frame, comprehension) => {
                    fail(expr, crate::hoisting::run_time_comprehension_inside_expression())
                }
                Err(_) => fail(
                    expr,
                    "a list comprehension is understood as the value of an assignment, or elsewhere when its items are known at import time",
                ),
            },
            Expr::Dict(_) | Expr::Set(_) => self.run_time_display(frame, expr, use_known),
            Expr::DictComp(_) => fail(
                expr,
                "a dict as a value here (in a tuple, put on a queue, appended, returned) is not supported: weft's values are numbers, None, strings and tuples; a dict weft follows is a variable of its own",
            ),
            // Session 25 (session25/f02): both said "weft's scenarios compute with integers", which
            // pointed away from the cause.
            Expr::SetComp(_) => fail(
                expr,
                "a set comprehension as a value is not supported here: weft's values are numbers, None, strings and tuples, and a set of objects (futures, tasks) is walked in the order of their hashes (addresses), which the program does not fix; make a list (`[... for ...]`)",
            ),
            Expr::Generator(_) => fail(
                expr,
                "a generator expression as a value is not supported here (weft's values are numbers, None, strings and tuples): pass it straight to the call that consumes it (`sum(...)`, `any(...)`, `\"\".join(...)`), or make a list (`[... for ...]`)",
            ),
            _ => fail(expr, "this expression is not supported; weft's scenarios compute with integers"),
        }
    }

    /// A list, dict or set display as a value (`jobs.put((prio, {"name": name}))`, `return [a, b]`): an
    /// object made at run time, `new_list(...)`, `new_dict(...)`, `new_set(...)`, each item a value of
    /// the scenario or a display again.
    pub fn run_time_display(&self, frame: &Frame, expr: &Expr, use_known: bool) -> Result<Ex> {
        let (function, items): (&str, Vec<&Expr>) = match expr {
            Expr::List(list) => ("new_list", list.elts.iter().collect()),
            Expr::Set(set) => {
                crate::translate::constant_set_displays::refuse_constant_integer_set(set)?;
                ("new_set", set.elts.iter().collect())
            }
            Expr::Dict(dict) => {
                let mut items = Vec::with_capacity(2 * dict.items.len());
                for item in &dict.items {
                    let Some(key) = &item.key else {
                        return fail(&item.value, "`**` in a dict display is not supported");
                    };
                    items.extend([key, &item.value]);
                }
                ("new_dict", items)
            }
            _ => return fail(expr, "a list, dict or set display is made at run time"),
        };
        // A local of unknown kind may hold it from now on (translate/unknown_kinds.rs).
        self.made_containers.set(true);
        if items.len() > MAX_OBJECT_DISPLAY {
            return fail(
                expr,
                format!(
                    "a list, dict or set display made at run time has at most {MAX_OBJECT_DISPLAY} items (a dict's keys and values counted) in weft"
                ),
            );
        }
        let mut texts = Vec::with_capacity(items.len());
        let mut reads_shared = false;
        for item in items {
            // `[*sizes, total]` of a list of results: its items, in order (translate/result_list_objects.rs).
            if let Expr::Starred(starred) = item {
                match self.result_list_items(frame, &starred.value) {
                    Some(results) if function == "new_list" => texts.extend(results),
                    _ => {
                        return fail(
                            expr,
                            "`*` in a display made at run time is supported on a list of results only (`[*sizes, total]` of `sizes = await asyncio.gather(...)`); write the items out (`[a, b, total]`)",
                        );
                    }
                }
                continue;
            }
            let ex = self.run_time_display_item(frame, item, use_known)?;
            let (text, _, _, reads) = self.to_code(ex, item)?;
            reads_shared |= reads;
            texts.push(text);
        }
        Ok(Ex::code(format!("{function}({})", texts.join(", ")), ATOM, false, reads_shared))
    }

    /// An item of a display made at run time: a display again (a tuple holding one a tuple of the
    /// scenario holding the object it makes: session 32's `{"/": (0.002, ["/a"])}`), or a value.
    pub(crate) fn run_time_display_item(&self, frame: &Frame, item: &Expr, use_known: bool) -> Result<Ex> {
        match item {
            Expr::List(_) | Expr::Dict(_) | Expr::Set(_) => self.run_time_display(frame, item, use_known),
            _ if let Some(made) = crate::translate::collection_objects::empty_container(item) => {
                Ok(Ex::code(made, ATOM, false, false))
            }
            Expr::Tuple(tuple) if crate::translate::tuple_objects::holds_an_object(item) => {
                if tuple.elts.len() > MAX_TUPLE_LENGTH {
                    return fail(item, format!("a tuple has at most {MAX_TUPLE_LENGTH} items in weft"));
                }
                let mut texts = Vec::with_capacity(tuple.elts.len());
                let mut reads_shared = false;
                for element in &tuple.elts {
                    let ex = self.run_time_display_item(frame, element, use_known)?;
                    let (text, _, _, reads) = self.to_code(ex, element)?;
                    reads_shared |= reads;
                    texts.push(text);
                }
                Ok(Ex::code(tuple_text(&texts), ATOM, false, reads_shared))
            }
            _ => self.expr(frame, item, use_known),
        }
    }

    /// `(a, b)` with an item known only at run time: the scenario's tuple `(a, b)` (`(a,)` for one item),
    /// every item a value of the scenario (an integer, None, a string or a tuple).
    pub(crate) fn run_time_tuple(&self, frame: &Frame, elts: &[Expr], at: &Expr, use_known: bool) -> Result<Ex> {
        let most = MAX_TUPLE_LENGTH;
        if elts.len() > most {
            return fail(at, format!("a tuple has at most {most} items in weft; this one has {}", elts.len()));
        }
        let mut items = Vec::with_capacity(elts.len());
        let mut reads_shared = false;
        for element in elts {
            let ex = self.expr(frame, element, use_known)?;
            let (text, _, _, reads) = self.to_code(ex, element)?;
            reads_shared |= reads;
            items.push(text);
        }
        Ok(Ex::code(tuple_text(&items), ATOM, false, reads_shared))
    }

    /// An f-string whose every value is a number or string known at import time (`f"worker-{i}"` where
    /// `i` is an unrolled loop's counter), without conversions or format specs: its text.
    fn static_fstring(&self, frame: &Frame, fstring: &ast::ExprFString) -> Option<Ex> {
        let mut text = String::new();
        for part in fstring.value.iter() {
            let elements = match part {
                ast::FStringPart::Literal(literal) => {
                    text.push_str(&literal.value);
                    continue;
                }
                ast::FStringPart::FString(inner) => &inner.elements,
            };
            for element in elements.iter() {
                match element {
                    ast::InterpolatedStringElement::Literal(literal) => text.push_str(&literal.value),
                    ast::InterpolatedStringElement::Interpolation(value) => {
                        // A bool's text is `True`: the run-time form writes it (`self.holds_bool`).
                        let plain = value.format_spec.is_none()
                            && value.debug_text.is_none()
                            && value.conversion == ast::ConversionFlag::None
                            && !self.holds_bool(&value.expression).unwrap_or(true);
                        match self.expr(frame, &value.expression, true).ok()? {
                            Ex::Static(Value::Int(number)) if plain => text.push_str(&number.to_string()),
                            Ex::Static(Value::Str(string)) if plain => text.push_str(&string),
                            _ => return None,
                        }
                    }
                }
            }
        }
        Some(Ex::Static(Value::Str(text)))
    }

    /// An f-string with a value known only at run time (`f"{name} got {item}"`): the scenario's f-string,
    /// Python's `str` of each value joined when the program runs; a value with a format spec or a
    /// conversion is the format's `format(x, spec)` or `repr(x)`, `{x=}` and a spec with fields of its
    /// own as fstring_fields.rs writes them.
    fn run_time_fstring(&self, frame: &Frame, fstring: &ast::ExprFString, use_known: bool) -> Result<Ex> {
        let mut pieces = Vec::new();
        let mut reads_shared = false;
        for part in fstring.value.iter() {
            let elements = match part {
                ast::FStringPart::Literal(literal) => {
                    pieces.push(FormatPiece::Text(literal.value.to_string()));
                    continue;
                }
                ast::FStringPart::FString(inner) => &inner.elements,
            };
            for element in elements.iter() {
                let value = match element {
                    ast::InterpolatedStringElement::Literal(literal) => {
                        pieces.push(FormatPiece::Text(literal.value.to_string()));
                        continue;
                    }
                    ast::InterpolatedStringElement::Interpolation(value) => value,
                };
                // `{x=}`: its own text first, then the value (fstring_fields.rs).
                pieces.extend(fstring_fields::debug_prefix(value));
                let conversion = fstring_fields::field_conversion(value);
                self.check_object_text(frame, &value.expression)?;
                self.refuse_text_of_bool_inside(&value.expression)?;
                let ex = self.expr(frame, &value.expression, use_known)?;
                // `{x:>{width}}`: a spec with fields of its own, computed when the program runs.
                if let Some(spec) = value.format_spec.as_deref()
                    && !matches!(ex, Ex::Static(Value::Exception(_)))
                    && let Some((spec_text, spec_reads)) = self.run_time_spec(frame, spec, use_known)?
                {
                    if self.holds_bool(&value.expression)? || matches!(ex, Ex::Code { boolean: true, .. }) {
                        return fail(&value.range, STR_OF_A_BOOL);
                    }
                    let (text, _, _, reads) = self.to_code(ex, &value.expression)?;
                    reads_shared |= reads || spec_reads;
                    let inner = self.field_text(&text, conversion, None, &value.range)?.unwrap_or(text);
                    pieces.push(FormatPiece::Value(format!("format({inner}, {spec_text})")));
                    continue;
                }
                let spec = value.format_spec.as_deref().map(|spec| self.literal_spec(spec)).transpose()?;
                if let Ex::Static(Value::Exception(local)) = &ex {
                    let repr = match (conversion, &spec) {
                        (ast::ConversionFlag::None | ast::ConversionFlag::Str, None) => false,
                        (ast::ConversionFlag::Repr, None) => true,
                        _ => {
                            return fail(
                                &value.range,
                                "an exception in an f-string is supported as `{e}`, `{e!s}` and `{e!r}`",
                            );
                        }
                    };
                    let (text, _, _, _) = self.to_code(self.exception_text(local, repr), &value.expression)?;
                    pieces.push(FormatPiece::Value(text));
                    continue;
                }
                let is_bool = self.holds_bool(&value.expression)? || matches!(ex, Ex::Code { boolean: true, .. });
                // `{flag}`, `{flag!s}`, `{flag!r}` of a bool: Python's `True`/`False` (weft's 1/0).
                if is_bool && spec.is_none() && !matches!(ex, Ex::Static(_)) {
                    let (text, precedence, _, reads) = self.to_code(ex, &value.expression)?;
                    reads_shared |= reads;
                    pieces.push(FormatPiece::Value(self.bool_text(&text, precedence)));
                    continue;
                }
                // `{flag:>6}`: a bool with a format spec formats as its integer in Python too; with a
                // conversion as well (`{flag!r:>6}`) it would be the text's, which is not imported.
                if is_bool && spec.is_some() && conversion != ast::ConversionFlag::None {
                    return fail(&value.range, STR_OF_A_BOOL);
                }
                // `{n:03d}`, `{name!r}`: the format's `format(n, '03d')`, `repr(name)` (the engine
                // formats with CPython's mini-language and raises its exceptions).
                if spec.is_some() || conversion != ast::ConversionFlag::None {
                    let (text, _, _, reads) = self.to_code(ex, &value.expression)?;
                    reads_shared |= reads;
                    let field = self.field_text(&text, conversion, spec.as_deref(), &value.range)?;
                    pieces.push(FormatPiece::Value(field.unwrap_or(text)));
                    continue;
                }
                // A value known at import time is text of the f-string (`{name}` of a thread argument).
                let known = match &ex {
                    Ex::Static(Value::Str(text)) => Some(text.clone()),
                    // A comparison known at import time prints as Python's bool.
                    Ex::Static(Value::Int(number)) if is_bool => {
                        Some(if *number != 0 { "True" } else { "False" }.to_string())
                    }
                    Ex::Static(Value::Int(number)) => Some(number.to_string()),
                    Ex::Static(Value::None) => Some("None".to_string()),
                    // `{sorted(record)}` of a dict display's keys: the list's text (list_texts.rs).
                    Ex::Static(Value::List(items)) => self.known_list_text(frame, &value.expression, items),
                    _ => None,
                };
                if let Some(text) = known {
                    pieces.push(FormatPiece::Text(text));
                    continue;
                }
                let (text, _, _, reads) = self.to_code(ex, &value.expression)?;
                reads_shared |= reads;
                pieces.push(FormatPiece::Value(text));
            }
        }
        Ok(Ex::code(format_text(&pieces), ATOM, false, reads_shared))
    }

    fn name_expr(&self, frame: &Frame, name: &str, at: &Expr, use_known: bool) -> Result<Ex> {
        let value = self.resolve(frame, name).ok_or_else(|| self.undefined_name(frame, name, at))?;
        match value {
            Value::Local(local) => {
                if use_known && let Some(known) = frame.known.get(name) {
                    return Ok(Ex::Static(known.clone()));
                }
                Ok(Ex::code(local, ATOM, false, false))
            }
            Value::Shared(shared, Shape::Int) => Ok(Ex::code(shared, ATOM, false, true)),
            other => {
                self.refuse_foreign_future_list(frame, name, &other, at)?;
                Ok(Ex::Static(other))
            }
        }
    }

    fn binary(&self, frame: &Frame, binary: &ast::ExprBinOp, use_known: bool) -> Result<Ex> {
        let at: &Expr = &binary.left;
        self.check_object_arithmetic(frame, binary)?;
        // `template % (a, b)`: Python's printf-style formatting, computed when the program runs.
        let formats = binary.op == Operator::Mod && !matches!(&*binary.left, Expr::Tuple(_));
        if let Some(tuple) = [&*binary.left, &*binary.right]
            .into_iter()
            .find(|side| matches!(side, Expr::Tuple(_)) && !(formats && std::ptr::eq(*side, &*binary.right)))
        {
            return fail(
                tuple,
                "arithmetic with a tuple (`+` joins, `*` repeats) is not supported; weft's tuples are made, compared with `==`, unpacked, stored and printed",
            );
        }
        // `order + [n]` of a list known only at run time: Python makes a new list; weft's lists made at
        // run time are read and written item by item, not joined.
        if let Some(list) = [&*binary.left, &*binary.right]
            .into_iter()
            .find(|side| matches!(side, Expr::List(_)) && self.static_value(frame, side).is_err())
        {
            let what = match binary.op {
                Operator::Add => "joining lists with `+` (a new list)",
                Operator::Mult => "repeating a list with `*` (`[x] * n`, a new list) of items known only at run time",
                _ => "arithmetic with a list",
            };
            return fail(
                list,
                format!(
                    "{what} is not supported; weft's lists made at run time are read and written item by item (`append`, `xs[i]`)"
                ),
            );
        }
        let (symbol, precedence) = match binary.op {
            Operator::Add => ("+", SUM),
            Operator::Sub => ("-", SUM),
            Operator::Mult => ("*", PRODUCT),
            Operator::FloorDiv => ("//", PRODUCT),
            Operator::Mod => ("%", PRODUCT),
            Operator::Div => return self.true_division(frame, binary, use_known),
            Operator::Pow => {
                let left = self.static_value(frame, &binary.left);
                let right = self.static_value(frame, &binary.right);
                if let (Ok(Value::Int(base)), Ok(Value::Int(exponent))) = (left, right)
                    && let Ok(exponent) = u32::try_from(exponent)
                    && let Some(value) = base.checked_pow(exponent)
                {
                    return Ok(Ex::Static(Value::Int(value)));
                }
                return self.run_time_power(frame, binary, use_known);
            }
            _ => return self.bitwise(frame, binary, use_known),
        };
        if formats {
            for value in std::iter::once(&*binary.right).chain(tuple_elements(&binary.right)) {
                if self.holds_bool(value)? {
                    return fail(&*binary.right, STR_OF_A_BOOL);
                }
            }
            // `"%s" % (pair,)`, `"%s %s" % pair` of a tuple holding a bool (bool_flows.rs).
            match tuple_elements(&binary.right) {
                [] => self.refuse_text_of_bool_inside(&binary.right)?,
                elements => elements.iter().try_for_each(|value| self.refuse_text_of_bool_inside(value))?,
            }
        }
        let left = self.expr(frame, &binary.left, use_known)?;
        let right = self.expr(frame, &binary.right, use_known)?;
        self.record_repetition_work(binary, &left, &right);
        self.record_doubling(binary);
        // A division by zero known at import time is left to the run, whose ZeroDivisionError a `try`
        // may catch, as Python's (`10 // divisor` under `except ArithmeticError:`).
        let by_zero = matches!(binary.op, Operator::FloorDiv | Operator::Mod)
            && matches!((&left, &right), (Ex::Static(Value::Int(_)), Ex::Static(Value::Int(0))));
        if let (Ex::Static(l), Ex::Static(r)) = (&left, &right)
            && !by_zero
            && !(formats && matches!(l, Value::Str(_)))
        {
            return fold(binary.op, l, r)
                .map(Ex::Static)
                .ok_or_else(|| Error::at(&binary.range, crate::translate::folded_arithmetic_refusal(l, r)));
        }
        // A float known at import time beside a value known only at run time: refused as before session
        // 23 (the import folds such arithmetic where the run-time side is known: the refusal is what
        // sends it there), so that only floats that flow as values are computed with at run time.
        // `"%.3f" % price` is no arithmetic: the template formats the float when the program runs.
        let template = formats && matches!(left, Ex::Static(Value::Str(_)));
        if !template
            && [&left, &right].iter().any(|side| matches!(side, Ex::Static(Value::Float(_))))
            && self.float_beside_known_value(frame, binary, &left)
        {
            // Where no caller folds it first (an f-string's `{n * 1.5:.2f}`, `round(n * 1.5)` of a
            // thread's argument), the value known at import time is the local's at run time: folded
            // here by the same arithmetic (session 27).
            if !use_known && let Some(folded) = self.folded_float_beside_known(frame, binary) {
                return Ok(folded);
            }
            let float = if matches!(left, Ex::Static(Value::Float(_))) { at } else { &*binary.right };
            return fail(
                float,
                "this is a float in arithmetic with a value known only at run time; weft computes with floats that flow as values (a queue's item, an argument) but not with a float literal beside one yet",
            );
        }
        let joins = matches!(binary.op, Operator::Add | Operator::Mult);
        if !joins && !formats && [&left, &right].iter().any(|side| matches!(side, Ex::Static(Value::Str(_)))) {
            return fail(
                &binary.range,
                format!("`{symbol}` of a string: Python raises TypeError; strings join (`+`) and repeat (`*`)"),
            );
        }
        let (left_text, left_precedence, _, left_reads) = self.to_code(left, at)?;
        let (right_text, right_precedence, _, right_reads) = self.to_code(right, &binary.right)?;
        let text = format!(
            "{} {symbol} {}",
            wrap(&left_text, left_precedence, precedence),
            wrap(&right_text, right_precedence, precedence + 1)
        );
        Ok(Ex::code(text, precedence, false, left_reads || right_reads))
    }

    fn unary(&self, frame: &Frame, unary: &ast::ExprUnaryOp, use_known: bool) -> Result<Ex> {
        if unary.op == UnaryOp::Not
            && let Some(truth) = self.held_truth(frame, &unary.operand)
        {
            return self.expr_not(truth, &unary.operand);
        }
        let mut operand = self.expr(frame, &unary.operand, use_known)?;
        if unary.op == UnaryOp::Not {
            operand = truth_of_sentinel(operand);
        }
        match (unary.op, operand) {
            (UnaryOp::USub, Ex::Static(Value::Int(value))) => value
                .checked_neg()
                .map(|v| Ex::Static(Value::Int(v)))
                .ok_or_else(|| Error::at(&unary.range, "this negation overflows")),
            (UnaryOp::USub, Ex::Static(Value::Float(value))) => Ok(Ex::Static(Value::Float(-value))),
            (UnaryOp::USub, Ex::Static(Value::Str(_))) => fail(
                &unary.range,
                "`-` of a string: Python raises TypeError, and weft's strings are never computed with",
            ),
            (UnaryOp::UAdd, operand) => Ok(operand),
            (UnaryOp::Not, Ex::Static(Value::Int(value))) => Ok(Ex::Static(Value::Int(i64::from(value == 0)))),
            (UnaryOp::Not, operand) if container_truth(&operand).is_some() => {
                let truth = container_truth(&operand).expect("checked by the guard");
                self.expr_not(truth, &unary.operand)
            }
            (UnaryOp::USub, operand) => {
                let (text, precedence, _, reads) = self.to_code(operand, &unary.operand)?;
                Ok(Ex::code(format!("-{}", wrap(&text, precedence, UNARY)), UNARY, false, reads))
            }
            (UnaryOp::Not, operand) => self.expr_not(operand, &unary.operand),
            (UnaryOp::Invert, _) => fail(&unary.range, "`~` is not part of weft's expressions"),
        }
    }

    pub(crate) fn expr_not(&self, operand: Ex, at: &Expr) -> Result<Ex> {
        if let Ex::Static(Value::Int(value)) = operand {
            return Ok(Ex::Static(Value::Int(i64::from(value == 0))));
        }
        let (text, precedence, _, reads) = self.to_code(operand, at)?;
        Ok(Ex::code(format!("not {}", wrap(&text, precedence, NOT + 1)), NOT, true, reads))
    }

    /// `and`/`or`: short-circuit as in Python, the scenario's own between bools and in conditions;
    /// elsewhere Python's value, the operand it gives back (expr/python_values.rs).
    fn bool_op(&self, frame: &Frame, boolean: &ast::ExprBoolOp, use_known: bool) -> Result<Ex> {
        match self.bool_op_of_bools(frame, boolean, use_known) {
            Err(_) if !frame.in_condition && !boolean.values.is_empty() => {
                self.python_value_bool_op(frame, boolean, use_known)
            }
            result => result,
        }
    }

    /// `and`/`or` as the scenario's, which gives a bool: in a condition, or between bools.
    pub(crate) fn bool_op_of_bools(&self, frame: &Frame, boolean: &ast::ExprBoolOp, use_known: bool) -> Result<Ex> {
        let (word, precedence) = match boolean.op {
            BoolOp::And => ("and", AND),
            BoolOp::Or => ("or", OR),
        };
        let mut parts = Vec::new();
        let mut reads = false;
        for value in &boolean.values {
            // Outside a condition Python gives back the object itself, not its truth: not made a bool.
            let ex = match self.held_truth(frame, value).filter(|_| frame.in_condition) {
                Some(truth) => truth,
                None => truth_of_sentinel(self.expr(frame, value, use_known)?),
            };
            // In a condition an operand is tested for its truth alone: a shared list's or dict's is
            // whether it has an item (`while not items or done:`, `wait_for(lambda: buffer or done)`).
            let ex = if frame.in_condition { container_truth(&ex).unwrap_or(ex) } else { ex };
            let (text, inner, is_bool, value_reads) = self.to_code(ex, value)?;
            if !is_bool && !frame.in_condition {
                return fail(
                    value,
                    format!(
                        "Python's `{word}` gives back one of its operands, not a bool; weft follows it only in conditions (`if`, `while`, `assert`) or between comparisons"
                    ),
                );
            }
            reads |= value_reads;
            parts.push(wrap(&text, inner, precedence + 1));
        }
        Ok(Ex::code(parts.join(&format!(" {word} ")), precedence, true, reads))
    }

    /// `a if c else b`: the branch Python takes when `c` is known at import time, else the scenario's
    /// own conditional expression, which evaluates (and reads) only the branch it takes, as Python does.
    fn conditional(&self, frame: &Frame, conditional: &ast::ExprIf, use_known: bool) -> Result<Ex> {
        let test = match self.held_truth(frame, &conditional.test) {
            Some(truth) => truth,
            None => truth_of_sentinel(self.expr(frame, &conditional.test, use_known)?),
        };
        let test = container_truth(&test).unwrap_or(test);
        if let Ex::Static(value) = &test
            && let Some(truth) = static_truth(value)
        {
            let taken = if truth { &conditional.body } else { &conditional.orelse };
            return self.expr(frame, taken, use_known);
        }
        let (test, test_precedence, _, test_reads) = self.to_code(test, &conditional.test)?;
        let then = self.expr(frame, &conditional.body, use_known)?;
        let (then, then_precedence, then_boolean, then_reads) = self.operand_code(then, &conditional.body)?;
        let otherwise = self.expr(frame, &conditional.orelse, use_known)?;
        let (otherwise, otherwise_precedence, otherwise_boolean, otherwise_reads) =
            self.operand_code(otherwise, &conditional.orelse)?;
        let text = format!(
            "{} if {} else {}",
            wrap(&then, then_precedence, OR),
            wrap(&test, test_precedence, OR),
            wrap(&otherwise, otherwise_precedence, CONDITIONAL)
        );
        let reads = test_reads || then_reads || otherwise_reads;
        Ok(Ex::code(text, CONDITIONAL, then_boolean && otherwise_boolean, reads))
    }

    fn compare(&self, frame: &Frame, compare: &ast::ExprCompare, use_known: bool) -> Result<Ex> {
        self.refuse_exception_comparison(frame, compare)?;
        if compare.ops.len() > 1 {
            for middle in &compare.comparators[..compare.comparators.len() - 1] {
                if !matches!(self.expr(frame, middle, use_known)?, Ex::Static(_)) && !matches!(middle, Expr::Name(_)) {
                    return fail(
                        middle,
                        "in a chained comparison this operand is read once by Python; write it as two comparisons with a local",
                    );
                }
            }
        }
        let mut parts = Vec::new();
        let mut reads = false;
        let mut left = &*compare.left;
        for (op, right) in compare.ops.iter().zip(compare.comparators.iter()) {
            let (text, part_reads) = self.one_comparison(frame, left, *op, right, use_known, &compare.range)?;
            reads |= part_reads;
            parts.push(text);
            left = right;
        }
        if parts.len() == 1 {
            let text = parts.remove(0);
            return Ok(if let Some(value) = static_bool(&text) {
                Ex::Static(Value::Int(value))
            } else {
                Ex::code(text, COMPARE, true, reads)
            });
        }
        let parts: Vec<String> = parts.iter().map(|p| wrap(p, COMPARE, AND + 1)).collect();
        Ok(Ex::code(parts.join(" and "), AND, true, reads))
    }

    fn one_comparison(
        &self,
        frame: &Frame,
        left: &Expr,
        op: CmpOp,
        right: &Expr,
        use_known: bool,
        range: &ruff_text_size::TextRange,
    ) -> Result<(String, bool)> {
        let ordering = matches!(op, CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE);
        self.check_object_equality(frame, (left, right), &op)?;
        if let Some(tuple) = [left, right].into_iter().find(|side| ordering && matches!(side, Expr::Tuple(_))) {
            return fail(
                tuple,
                "ordering tuples (`<`) is not supported yet; weft compares tuples with `==` and `!=` (a PriorityQueue orders them as heapq does)",
            );
        }
        if let Some(text) = self.future_identity(frame, (left, right), op, use_known)? {
            return Ok((text, false));
        }
        if matches!(op, CmpOp::Is | CmpOp::IsNot)
            && let Some(identical) = self.object_against_none(frame, left, right, use_known)?
        {
            let same = identical == (op == CmpOp::Is);
            return Ok((if same { "True" } else { "False" }.to_string(), false));
        }
        let symbol = match op {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            // `x is None` is `x == None` for the values weft models (integers and None); identity of
            // anything else is not modelled.
            CmpOp::Is | CmpOp::IsNot if self.is_none_literal(frame, left, right, use_known)? => {
                if op == CmpOp::Is {
                    "=="
                } else {
                    "!="
                }
            }
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::In | CmpOp::NotIn => return self.membership(frame, left, op == CmpOp::NotIn, right, use_known),
            CmpOp::Is | CmpOp::IsNot => {
                if let Some(identical) = self.static_identity(frame, left, right, use_known)? {
                    let same = identical == (op == CmpOp::Is);
                    return Ok((if same { "True" } else { "False" }.to_string(), false));
                }
                return fail(
                    range,
                    "`is` compares object identity; weft models integers and None: `is` only with None (`x is None`), an `object()` sentinel, or between objects known at import time (`first is lock_a`), else use `==`",
                );
            }
        };
        if matches!(op, CmpOp::Eq | CmpOp::NotEq)
            && let Some(equal) = self.list_equality(frame, left, right, use_known)?
        {
            let text = if op == CmpOp::Eq { equal } else { format!("not {equal}") };
            return Ok((text, true));
        }
        let left_ex = self.expr(frame, left, use_known)?;
        let right_ex = self.expr(frame, right, use_known)?;
        if let (Ex::Static(l), Ex::Static(r)) = (&left_ex, &right_ex)
            && let Some(result) = compare_static(op, l, r)
        {
            return Ok((if result { "True" } else { "False" }.to_string(), false));
        }
        let (left_text, left_precedence, _, left_reads) = self.to_code(left_ex, left)?;
        let (right_text, right_precedence, _, right_reads) = self.to_code(right_ex, right)?;
        Ok((
            format!("{} {symbol} {}", wrap(&left_text, left_precedence, SUM), wrap(&right_text, right_precedence, SUM)),
            left_reads || right_reads,
        ))
    }

    /// `results == [30, 10, 20]`: a list of the program (a shared list, one that grows, or a list of
    /// results) against a list known at import time, item by item after the lengths, in parentheses
    /// (`(len(x) == 3 and x[0] == 30 and ...)`; `and` stops at the first difference, so no item past
    /// the end is read). Python compares the two in one C call; here each item is a read, which can
    /// only add interleavings, never lose one. `None` when neither side is such a pair.
    fn list_equality(&self, frame: &Frame, left: &Expr, right: &Expr, use_known: bool) -> Result<Option<String>> {
        // `log[:3] == [1, 1, 1]`: the first `prefix` items of a list of the program.
        let (left, left_prefix) = self.list_prefix(frame, left)?;
        let (right, right_prefix) = self.list_prefix(frame, right)?;
        let left_ex = self.expr(frame, left, use_known)?;
        let right_ex = self.expr(frame, right, use_known)?;
        let prefix = left_prefix.or(right_prefix);
        if prefix.is_some()
            && !matches!((&left_ex, &right_ex), (Ex::Static(l), Ex::Static(r)) if is_program_list(l) || is_program_list(r))
        {
            return Ok(None);
        }
        let (list, (items, display)) = match (left_ex, right_ex) {
            (Ex::Static(list), Ex::Static(Value::List(items))) if is_program_list(&list) => (list, (items, right)),
            (Ex::Static(Value::List(items)), Ex::Static(list)) if is_program_list(&list) => (list, (items, left)),
            _ => return Ok(None),
        };
        if is_tuple_display(display, &items) || self.names_a_tuple(frame, display) {
            // A list never equals a tuple in Python.
            return Ok(Some("False".to_string()));
        }
        let (name, known_length) = match list {
            Value::Shared(name, Shape::Array(length)) | Value::LocalArray(name, length) => (name, Some(length)),
            Value::Shared(name, _) => (name, None),
            _ => unreachable!("is_program_list"),
        };
        let mut parts = Vec::with_capacity(items.len() + 1);
        // `x[:k]` holds min(len(x), k) items.
        match (known_length, prefix) {
            (_, Some(k)) if items.len() > k => return Ok(Some("False".to_string())),
            (Some(length), Some(k)) if length.min(k) != items.len() => return Ok(Some("False".to_string())),
            (Some(length), None) if length != items.len() => return Ok(Some("False".to_string())),
            (Some(_), _) => {}
            (None, Some(k)) if items.len() == k => parts.push(format!("len({name}) >= {k}")),
            (None, _) => parts.push(format!("len({name}) == {}", items.len())),
        }
        for (index, item) in items.into_iter().enumerate() {
            let (text, precedence, _, _) = self.to_code(Ex::Static(item), display)?;
            parts.push(format!("{name}[{index}] == {}", wrap(&text, precedence, SUM)));
        }
        if parts.is_empty() {
            return Ok(Some("True".to_string()));
        }
        Ok(Some(format!("({})", parts.join(" and "))))
    }

    /// `x[:k]` (or `x[0:k]`) with `k` a whole number known at import time: `x` and `k`; any other
    /// expression as it is.
    fn list_prefix<'e>(&self, frame: &Frame, expr: &'e Expr) -> Result<(&'e Expr, Option<usize>)> {
        let Expr::Subscript(subscript) = expr else { return Ok((expr, None)) };
        let Expr::Slice(slice) = &*subscript.slice else { return Ok((expr, None)) };
        if slice.step.is_some() {
            return Ok((expr, None));
        }
        // A bound known only at run time leaves the slice to the translator's own refusal.
        let bound = |bound: &Option<Box<Expr>>| bound.as_ref().map(|bound| self.static_value(frame, bound).ok());
        match (bound(&slice.lower), bound(&slice.upper)) {
            (None | Some(Some(Value::Int(0))), Some(Some(Value::Int(k)))) if k >= 0 => {
                Ok((&subscript.value, Some(k as usize)))
            }
            _ => Ok((expr, None)),
        }
    }

    /// `a is b` between two objects known at import time (locks, queues, threads, instances, functions:
    /// each the one object it is made as): whether they are the same. `None` where either side is a
    /// number or a string (whose identity Python leaves to the implementation) or known only at run time.
    fn static_identity(&self, frame: &Frame, left: &Expr, right: &Expr, use_known: bool) -> Result<Option<bool>> {
        let is_object = |value: &Value| {
            matches!(
                value,
                Value::Object(_) | Value::Thread(_) | Value::Instance(_) | Value::Function(_) | Value::Class(_)
            )
        };
        match (self.expr(frame, left, use_known)?, self.expr(frame, right, use_known)?) {
            (Ex::Static(l), Ex::Static(r)) if is_object(&l) && is_object(&r) => Ok(Some(l == r)),
            _ => Ok(None),
        }
    }

    /// Is one side of an `is` comparison the literal None or an `object()` sentinel (or a name bound
    /// to one)? Identity with either is equality in the scenario, where each is one value of its own.
    fn is_none_literal(&self, frame: &Frame, left: &Expr, right: &Expr, use_known: bool) -> Result<bool> {
        for side in [left, right] {
            if matches!(self.expr(frame, side, use_known)?, Ex::Static(Value::None | Value::Sentinel(_))) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn membership(
        &self,
        frame: &Frame,
        key: &Expr,
        negated: bool,
        container: &Expr,
        use_known: bool,
    ) -> Result<(String, bool)> {
        self.refuse_dataclass_membership(frame, key, container)?;
        if let Some(found) = self.callback_table_membership(frame, key, container)? {
            return Ok(((if found != negated { "True" } else { "False" }).to_string(), false));
        }
        if let Some((text, reads)) = self.display_membership(frame, key, container, use_known)? {
            return Ok((if negated { format!("not {text}") } else { text }, reads));
        }
        if let Some((text, reads)) = self.tuple_display_membership(frame, key, container, use_known)? {
            return Ok((if negated { format!("not {text}") } else { text }, reads));
        }
        if let Some((name, HeldObject::Container { .. })) = self.held_object(frame, container) {
            if !is_identifier(&name) {
                return fail(container, crate::hoisting::membership_of_item());
            }
            let (key_text, _, _) = self.code(frame, key)?;
            let text = format!("has({name}, {key_text})");
            return Ok((if negated { format!("not {text}") } else { text }, true));
        }
        if let Some((text, reads)) = self.received_membership(frame, key, container, use_known)? {
            return Ok((if negated { format!("not {text}") } else { text }, reads));
        }
        if let Some((text, reads)) = self.run_time_membership(frame, key, container, use_known)? {
            return Ok((if negated { format!("not {text}") } else { text }, reads));
        }
        let container_value = self.expr(frame, container, use_known)?;
        let text = match container_value {
            // A shared list: `x in items` compares with its values, a scan of its own step that only the
            // tests and assignments which take steps first can make (translate/map_reads.rs).
            Ex::Static(Value::Shared(_, Shape::Map { dense: true } | Shape::Array(_))) => {
                return fail(
                    container,
                    "`x in items` of a shared list is supported as an `if`, `while` or `assert` test or an assignment's value (one step that scans the list); copy the result to a local first",
                );
            }
            Ex::Static(Value::Shared(name, Shape::Map { .. })) => {
                self.refuse_float_key(frame, &name, key)?;
                let key_text = match self.static_tuple_key(frame, &name, key)? {
                    Some(text) => text,
                    None => self.map_key(&name, self.code(frame, key)?.0),
                };
                format!("has({name}, {key_text})")
            }
            Ex::Static(Value::Record(fields)) if matches!(self.expr(frame, key, true), Ok(Ex::Code { .. })) => {
                self.record_has_run_time_key(frame, &fields, key, use_known)?
            }
            Ex::Static(Value::Record(fields)) => {
                let key_text = self.record_key(frame, key)?;
                let found = fields.iter().any(|(name, _)| *name == key_text);
                return Ok(((if found != negated { "True" } else { "False" }).to_string(), false));
            }
            Ex::Static(Value::LocalArray(results, length)) => {
                return self.local_array_membership(frame, key, negated, (&results, length));
            }
            Ex::Static(Value::List(items)) => {
                if let Ex::Static(key_value) = self.expr(frame, key, use_known)? {
                    let found = items.contains(&key_value);
                    return Ok(((if found != negated { "True" } else { "False" }).to_string(), false));
                }
                return self.membership_of_constants(frame, key, negated, &items);
            }
            _ => {
                return fail(
                    container,
                    "`in` is supported on dicts (`k in d`) and on lists known at import time (not on a shared list)",
                );
            }
        };
        Ok((if negated { format!("not {text}") } else { text }, true))
    }

    /// `k in (1, 5)` with `k` known only at run time: `k == 1 or k == 5`. The key is read once in
    /// Python, so a key that reads shared state (and would be read once per item here) is refused.
    fn membership_of_constants(
        &self,
        frame: &Frame,
        key: &Expr,
        negated: bool,
        items: &[Value],
    ) -> Result<(String, bool)> {
        let (key_text, key_precedence, reads_shared) = self.code(frame, key)?;
        if reads_shared {
            return fail(
                key,
                "`in` on a list of constants needs a key that reads no shared state; copy it to a local first",
            );
        }
        let mut tests = Vec::with_capacity(items.len());
        for item in items {
            let Value::Int(value) = item else {
                return fail(key, format!("`in` compares with integers here, and this list holds {}", item.describe()));
            };
            tests.push(format!("{} == {value}", wrap(&key_text, key_precedence, SUM)));
        }
        let any = if tests.is_empty() { "False".to_string() } else { tests.join(" or ") };
        Ok((
            if negated {
                format!("not ({any})")
            } else if tests.len() > 1 {
                format!("({any})")
            } else {
                any
            },
            false,
        ))
    }

    fn subscript(&self, frame: &Frame, subscript: &ast::ExprSubscript, use_known: bool) -> Result<Ex> {
        if let Expr::Dict(display) = &*subscript.value {
            return self.display_lookup(frame, display, &subscript.slice).map(Ex::Static);
        }
        // `s.split(":")[0]`: an item of the parts (a list, which weft takes only so).
        if let Some(split) = self.split_value(frame, &subscript.value, use_known)? {
            return self.run_time_subscript(frame, split, subscript, use_known);
        }
        // `x.values["k"]` of an instance made at run time: its attribute goes to a local first (hoisting.rs).
        if let Expr::Attribute(attribute) = &*subscript.value
            && let Ok(Ex::Code { text, .. }) = self.expr(frame, &attribute.value, use_known)
            && is_identifier(&text)
        {
            return fail(&*subscript.value, crate::hoisting::item_of_attribute(attribute.attr.as_str()));
        }
        let container = match self.read_display(frame, &subscript.value, use_known)? {
            Some(tuple) => tuple,
            None => self.expr(frame, &subscript.value, use_known)?,
        };
        // `x[k]` of a name known only at run time: its item read in a step, which the engine takes of
        // an object made at run time (an access of the item), a tuple or a string (no access: neither
        // changes) alike.
        let named = match &container {
            Ex::Code { text, .. } if is_identifier(text) => Some(text.clone()),
            Ex::Static(Value::Shared(name, Shape::Int)) => Some(name.clone()),
            _ => None,
        };
        if let Some(name) = named
            && !matches!(*subscript.slice, Expr::Slice(_))
        {
            let (index, _, _) = self.code(frame, &subscript.slice)?;
            return Ok(Ex::code(format!("{name}[{index}]"), ATOM, false, true));
        }
        // A string or tuple known only at run time (or a string literal): `item(x, i)`, `slice(x, ...)`.
        if crate::text_calls::is_text_or_run_time(&container) {
            if let Some(sliced) = self.received_slice(frame, subscript, use_known)? {
                return Ok(sliced);
            }
            return self.run_time_subscript(frame, container, subscript, use_known);
        }
        if matches!(*subscript.slice, Expr::Slice(_)) {
            return self.slice(frame, container, subscript);
        }
        match container {
            Ex::Static(Value::Shared(name, shape @ (Shape::Array(_) | Shape::Map { .. }))) => {
                if self.is_made_default_dict(&name) {
                    return fail(&subscript.range, crate::hoisting::item_of_made_default());
                }
                let index = self.item_index(frame, &name, &shape, &subscript.slice)?;
                Ok(Ex::code(format!("{name}[{index}]"), ATOM, false, true))
            }
            Ex::Static(Value::Record(fields)) => {
                let field = self.record_field(frame, &fields, &subscript.slice)?;
                Ok(Ex::code(field, ATOM, false, true))
            }
            Ex::Static(Value::Object(Object::SharedValue { items: Some(items), .. })) => {
                let item = self.shared_array_item(frame, &items, &subscript.slice)?;
                Ok(Ex::code(item, ATOM, false, true))
            }
            Ex::Static(Value::LockPerKey(dict)) => self.lock_of_key(frame, &dict, &subscript.slice),
            Ex::Static(Value::Objects(_)) if let Some(list) = self.callback_table_item(frame, subscript)? => Ok(list),
            Ex::Static(Value::Objects(objects)) => match self.expr(frame, &subscript.slice, true)? {
                Ex::Static(Value::Str(key)) => match objects.into_iter().find(|(name, _)| *name == key) {
                    Some((_, object)) => Ok(Ex::Static(object)),
                    None => fail(&*subscript.slice, format!("this dict of objects has no key '{key}' (KeyError)")),
                },
                // `account = accounts[name]` of a key known only at run time: dispatched on the key
                // where that is exact (object_keys.rs), refused in these words where it is not.
                _ => Err(crate::translate::Error {
                    object_keys: Some(objects.iter().map(|(key, _)| key.clone()).collect()),
                    ..crate::translate::Error::at(&*subscript.slice, crate::object_keys::REFUSAL)
                }),
            },
            Ex::Static(Value::Futures(futures, _)) => {
                if let Ok(Ex::Static(Value::Future(_))) = self.expr(frame, &subscript.slice, use_known) {
                    return fail(
                        &subscript.range,
                        "a lookup by a future (`d[f]` of a dict from futures to items) is imported as an assignment of its own (`item = d[f]`), for a dict made as `{ex.submit(f, x): x for x in items}` over `range(...)`, numbers or strings known at import time",
                    );
                }
                let (index, _, reads) = self.code(frame, &subscript.slice)?;
                if reads {
                    return fail(subscript.slice.as_ref(), "index a list of futures with a local or a constant");
                }
                Ok(Ex::Static(Value::Future(format!("{futures}[{index}]"))))
            }
            Ex::Static(Value::LocalArray(results, _)) => {
                let (index, _, reads) = self.code(frame, &subscript.slice)?;
                Ok(Ex::code(format!("{results}[{index}]"), ATOM, false, reads))
            }
            // `grid[r]` of a list of rows, instances or locks and a position known only at run time:
            // dispatched on the position where that is exact (list_rows.rs).
            Ex::Static(Value::List(items)) if let Some(refusal) = self.run_time_list_item(frame, &items, subscript) => {
                Err(refusal)
            }
            Ex::Static(Value::List(items)) => {
                let index = self.static_int(frame, &subscript.slice)?;
                let position = if index < 0 { items.len() as i64 + index } else { index };
                usize::try_from(position).ok().and_then(|p| items.get(p).cloned()).map(Ex::Static).ok_or_else(|| {
                    Error::at(&subscript.range, format!("index {index} is out of range (length {})", items.len()))
                })
            }
            _ => fail(
                &subscript.range,
                "indexing is supported on shared lists and dicts and on lists known at import time",
            ),
        }
    }

    /// The index of an item of a shared list or dict, as code. A list that grows by `append` is a map
    /// from positions, so a negative position known at import time (`log[-1]`) counts from its end as
    /// Python's does: `log[len(log) - 1]`, read in the same step. (A fixed-length array counts from the
    /// end by itself; a dict's key is a key.)
    pub fn item_index(&self, frame: &Frame, shared: &str, shape: &Shape, index: &Expr) -> Result<String> {
        if *shape == (Shape::Map { dense: true })
            && let Ok(Value::Int(position)) = self.static_value(frame, index)
            && position < 0
        {
            return Ok(format!("len({shared}) - {}", position.unsigned_abs()));
        }
        self.refuse_float_key(frame, shared, index)?;
        if let Some(key) = self.static_tuple_key(frame, shared, index)? {
            return Ok(key);
        }
        Ok(self.map_key(shared, self.code(frame, index)?.0))
    }

    /// A key that may hold a tuple (tuple_keys.rs), and `d[1.0]`, `d.get(1.0)`, `1.0 in d` of a key known at import time to be a float: Python finds the
    /// key `1` (equal numbers hash alike) and a list's index must be an integer; the scenario's keys are
    /// integers and strings, and a float one faulted on every run (session28/checks/c56).
    pub fn refuse_float_key(&self, frame: &Frame, shared: &str, key: &Expr) -> Result<()> {
        self.refuse_tuple_key(Some(shared), key)?;
        if let Ok(Value::Float(_)) = self.static_value(frame, key) {
            return fail(
                key,
                "a float as a key or an index is not supported: Python compares dict keys by value (`d[1.0]` is `d[1]`) and a list's index must be an integer, while weft's keys are integers and strings; convert it with `int(...)` where the program means an integer",
            );
        }
        Ok(())
    }

    /// The key of a dict display with string keys (`stats = {"hits": 0}`), which must be a string known
    /// at import time: each key is a variable of the scenario of its own (`stats_hits`).
    fn record_key(&self, frame: &Frame, key: &Expr) -> Result<String> {
        const WHY: &str = "each key of a dict display with string keys is a variable of the scenario of its own (`stats[\"hits\"]` is `stats_hits`), so its key must be a string known at import time";
        match self.expr(frame, key, true)? {
            Ex::Static(Value::Str(text)) => Ok(text),
            Ex::Static(other) => fail(key, format!("this is {}; {WHY}", other.describe())),
            Ex::Code { .. } => fail(
                key,
                format!(
                    "this key is known only when the program runs; {WHY} (a dict that starts empty, `{{}}`, takes string keys at run time). Such a key reads the dict as an assignment's value or a test (`x = d[k]`), in `d.get(k, default)` and `k in d`, comparing it with each key"
                ),
            ),
        }
    }

    /// The shared variable of `key` in a dict with string keys; a key it does not have is refused
    /// (KeyError in Python, and weft adds no keys to such a dict).
    pub fn record_field(&self, frame: &Frame, fields: &[(String, String)], key: &Expr) -> Result<String> {
        let key_text = self.record_key(frame, key).map_err(|refusal| self.grown_record(fields, refusal))?;
        match fields.iter().find(|(name, _)| *name == key_text) {
            Some((_, shared)) => Ok(shared.clone()),
            None => Err(self.grown_record(
                fields,
                crate::translate::Error::at(
                    key,
                    format!(
                        "the dict has no key {key_text:?}: weft gives a dict with string keys the keys its display lists"
                    ),
                ),
            )),
        }
    }

    fn slice(&self, frame: &Frame, container: Ex, subscript: &ast::ExprSubscript) -> Result<Ex> {
        let Expr::Slice(slice) = &*subscript.slice else {
            return fail(&subscript.range, "not a slice");
        };
        // A slice of a tuple is a tuple (an `append` to it is Python's AttributeError: tuple_appends.rs).
        let (items, of_a_tuple) = match container {
            Ex::Static(Value::List(items)) => {
                let of_a_tuple = items.is_tuple();
                (items.into_vec(), of_a_tuple)
            }
            Ex::Static(Value::Shared(name, Shape::Array(_))) if !self.is_written(&name) => {
                (self.array_values(&name), false)
            }
            _ => {
                return fail(
                    &subscript.range,
                    "slices are supported on lists nobody writes to, known at import time, and, without a step, on a shared list or a `multiprocessing.Array` as an assignment's value (`first = sorted(log[:3])`), the argument of `len`, `sum`, `min`, `max`, `sorted` or `list` there, or a side of `==` with a list display, each made in one step",
                );
            }
        };
        // Python's slice of a list known at import time, bounds as CPython adjusts them.
        let bound = |part: &Option<Box<Expr>>| -> Result<Option<i64>> {
            part.as_deref().map(|expr| self.static_int(frame, expr)).transpose()
        };
        let step = bound(&slice.step)?.unwrap_or(1);
        if step == 0 {
            return fail(&subscript.range, "a slice step of zero: Python raises ValueError");
        }
        let positions = sim_core::text::slice_positions(items.len(), bound(&slice.lower)?, bound(&slice.upper)?, step);
        let items: Vec<Value> = positions.map(|position| items[position].clone()).collect();
        Ok(Ex::Static(Value::List(if of_a_tuple { Items::tuple(items) } else { items.into() })))
    }

    /// `s.upper()` / `s.lower()`: of a string known at import time, the string it gives; of a value known
    /// only when the program runs, the scenario's `upper(s)` / `lower(s)` (AttributeError when it is no
    /// string). `None` for any other call.
    fn changed_case(&self, frame: &Frame, call: &ast::ExprCall, use_known: bool) -> Result<Option<Ex>> {
        let Expr::Attribute(attribute) = &*call.func else { return Ok(None) };
        let method = attribute.attr.as_str();
        if !matches!(method, "upper" | "lower") || !call.arguments.is_empty() {
            return Ok(None);
        }
        let receiver = self.expr(frame, &attribute.value, use_known)?;
        match receiver {
            Ex::Static(Value::Str(text)) => {
                self.record_text_walk(call, text.chars().count());
                let changed = if method == "upper" { text.to_uppercase() } else { text.to_lowercase() };
                Ok(Some(Ex::Static(Value::Str(changed))))
            }
            code @ (Ex::Code { .. } | Ex::Static(Value::Shared(_, Shape::Int))) => {
                let (text, _, _, reads) = self.to_code(code, &attribute.value)?;
                Ok(Some(Ex::code(format!("{method}({text})"), ATOM, false, reads)))
            }
            _ => Ok(None),
        }
    }

    fn call_expr(&self, frame: &Frame, call: &ast::ExprCall, use_known: bool) -> Result<Ex> {
        self.refuse_zipped_results_value(frame, call)?;
        if let Some(value) = self.call_by_form(call_forms::CALL_FORMS, frame, call, use_known)? {
            return Ok(value);
        }
        let callee = self.expr(frame, &call.func, false);
        let args = &call.arguments.args;
        if let Ok(Ex::Static(Value::Module(name))) = &callee {
            if let Some(message) = crate::translate::refusal(name) {
                return fail(call, message);
            }
            if let Some(text) = self.unbound_text_method(frame, name, call, use_known)? {
                return Ok(text);
            }
            return self.builtin_call(frame, name, call, use_known);
        }
        if let Some(value) = self.call_by_form(call_forms::METHOD_FORMS, frame, call, use_known)? {
            return Ok(value);
        }
        // `queues[own].pop()`, `accounts[name].withdraw(5)`: an item at a run-time key, written out.
        if let Expr::Attribute(attribute) = &*call.func
            && let Some(refusal) = self.dispatched_receiver_refusal(frame, &attribute.value)
        {
            return Err(refusal);
        }
        if let Expr::Attribute(attribute) = &*call.func
            && let Ok(Ex::Static(receiver)) = self.expr(frame, &attribute.value, false)
        {
            let method = attribute.attr.as_str();
            // A Thread subclass's instance is its thread for Thread's own `is_alive` (which a subclass
            // may not override: classes.rs), as for `start` and `join` (session22/t08).
            let receiver = match &receiver {
                Value::Instance(instance) if method == "is_alive" => {
                    self.classes.thread_task(instance).map_or(receiver, Value::Thread)
                }
                _ => receiver,
            };
            // `Config.get().settings`: a static method or classmethod, whose call is inlined with steps
            // of its own, inside an expression.
            if let Value::Class(class) = &receiver
                && self.is_static_or_class_method(class, method)
            {
                return fail(call, crate::hoisting::call_inside_expression(&format!("{class}.{method}")));
            }
            if let Value::Objects(_) = &receiver
                && let Some(found) = self.callback_table_get(frame, call)?
            {
                return Ok(found);
            }
            if let Value::Objects(entries) = &receiver
                && call.arguments.is_empty()
                && let Some(view) = crate::translate::object_table_views::object_table_view(entries, method)
            {
                return Ok(Ex::Static(view));
            }
            if let Value::Record(fields) = &receiver
                && method == "get"
            {
                return self.record_get(frame, fields, call, use_known);
            }
            if let Value::Object(object @ Object::SharedValue { lock, items, .. }) = &receiver {
                let (kind, raw) = if items.is_some() { ("Array", "RawArray") } else { ("Value", "RawValue") };
                return match (lock, method) {
                    (Some((name, reentrant)), "get_lock") => {
                        Ok(Ex::Static(Value::Object(Object::Lock { name: name.clone(), reentrant: *reentrant })))
                    }
                    (None, "get_lock") => fail(
                        call,
                        format!("this {kind} has no lock (`lock=False` or a `{raw}`): Python raises AttributeError"),
                    ),
                    _ => fail(call, format!("`{method}` of {} is not supported", object.describe())),
                };
            }
            let text = match (&receiver, method) {
                (Value::Object(Object::Event(name)), "is_set") => format!("is_set({name})"),
                // After a plain `join()` of the same code the thread has ended.
                (Value::Thread(task), "is_alive") if self.joined.contains(&(frame.task, *task)) => {
                    return Ok(Ex::Static(Value::Int(0)));
                }
                (Value::Thread(task), "is_alive") => match self.finished_events.get(task) {
                    Some((event, _)) => format!("not is_set({event})"),
                    None => {
                        return fail(
                            call,
                            "`is_alive()` imports after a `join(timeout)` of the thread (before it, whether the thread has started is not followed)",
                        );
                    }
                },
                (Value::Object(Object::Queue { name, .. }), "qsize") => format!("len({name})"),
                (Value::Object(Object::Queue { name, .. }), "empty") => {
                    self.note_queue_poll(frame, name, "empty()", ruff_text_size::Ranged::range(call));
                    format!("len({name}) == 0")
                }
                (Value::Object(Object::Queue { name, capacity, .. }), "full") => {
                    if *capacity == 0 {
                        return Ok(Ex::Static(Value::Int(0)));
                    }
                    format!("len({name}) >= {capacity}")
                }
                (Value::Object(Object::Lock { name, reentrant }), "locked") => {
                    self.locked_read(call, name, *reentrant)?
                }
                (Value::Object(Object::Semaphore(name)), "locked") => self.semaphore_locked_read(call, name)?,
                (Value::Object(Object::Condition { name, with_lock }), "locked") => {
                    self.condition_locked_read(call, name, with_lock)?
                }
                // A barrier whose waits are written out (translate/barrier_actions.rs) gives its index
                // where a blocking call's value goes (an assignment, a test); one found under another
                // name than the one it was made under was not written out.
                (Value::Object(Object::Barrier { name, .. }), "wait") if !self.written_barriers.contains_key(name) => {
                    return fail(
                        call,
                        format!(
                            "the index `wait()` returns is imported when the program calls `wait()` under the name the barrier was made with (`if {name}.wait() == 0:`); here it is reached under another name"
                        ),
                    );
                }
                (Value::Object(Object::Barrier { .. }), "wait") => {
                    return fail(
                        call,
                        "the index `wait()` returns is imported in an assignment (`index = barrier.wait()`) or the test of an `if` or `while`; assign it on a line of its own",
                    );
                }
                // `not f.done()`, `print(f.cancelled())`: the state read goes to a line of its own
                // before the statement (hoisting.rs), where translate/future_states.rs takes it.
                (Value::Future(_), "done" | "cancelled" | "running") => {
                    return fail(call, crate::hoisting::method_call_inside_expression(method, &receiver.describe()));
                }
                // `type(f.exception()).__name__`, `f"{f.exception()}"`: the exception a finished future
                // holds does not change once read, so the wait goes to a line of its own before the
                // statement (hoisting.rs), where `error = f.exception()` takes it (future_exceptions.rs).
                (Value::Future(_), "exception") if call.arguments.is_empty() => {
                    return fail(call, crate::hoisting::call_inside_expression(method));
                }
                (Value::Future(_), "exception") => {
                    return fail(call, "`exception(timeout)` is not supported; `exception()` waits for the job");
                }
                // `f"r{fut.result()}"`: a future's result does not change once read, so
                // the call may go to a line of its own before the statement (hoisting.rs).
                (Value::Future(_), "result") if call.arguments.is_empty() => {
                    return fail(call, crate::hoisting::call_inside_expression(method));
                }
                // `left = sessions.pop(user, -1)` of a dict display with string keys, held as one
                // variable per key, which cannot lose a key: translated again with the display a shared
                // map (grown_dicts.rs), whose `pop` takes the value and removes the key as Python's does
                // (session40-lead/checks/c35).
                (Value::Record(fields), "pop") => {
                    let refusal = crate::translate::Error::at(
                        call,
                        "the value of `.pop()` on a dict display with string keys that weft cannot hold as a dict made at run time is not imported; start the dict empty and add its keys (`d = {}`, then `d[\"a\"] = 1`)",
                    );
                    return Err(self.grown_record(fields, refusal));
                }
                // `self._free.pop()` of a list of the file's instances (session25/t09): which instance a
                // pop at run time takes depends on the order threads ran, and weft follows instances by
                // their names at import time.
                (Value::List(items), "pop" | "popleft")
                    if items.iter().any(|item| matches!(item, Value::Instance(_))) =>
                {
                    return fail(
                        call,
                        format!(
                            "the value of `.{method}()` on a list of instances of the file's classes is not imported: weft follows each instance by its name at import time, and which one a `{method}()` takes when the program runs depends on the order its threads ran; keep numbers in the list and each slot's state in lists they index (`slot = free.pop()`, then `used[slot] += 1`)"
                        ),
                    );
                }
                // `[log.count(p) for p in pages]`: translate/list_searches.rs takes the search where a
                // statement's value or test is it, or an operand of one.
                (Value::Shared(_, Shape::Map { dense: true } | Shape::Array(_)), "count" | "index") => {
                    return fail(
                        call,
                        format!(
                            "`items.{method}(x)` of a shared list is imported as an assignment's value, an operand of one, or an `if`, `while` or `assert` test (one step that scans the list); assign it to a local first"
                        ),
                    );
                }
                // `print(q.get())`: the call goes to a line of its own before the statement where
                // CPython evaluates nothing before it that it could change (hoisting.rs), and keeps
                // this refusal where it cannot.
                _ if has_a_step_of_its_own(&receiver, method) => {
                    return fail(call, crate::hoisting::method_call_inside_expression(method, &receiver.describe()));
                }
                // `[stock.take(n) for n in sizes]`: a method of the file's class, inlined with steps of
                // its own where it is a statement's whole value (hoisting.rs puts it there).
                (Value::Instance(_), _) if matches!(callee, Ok(Ex::Static(Value::Function(_)))) => {
                    return fail(call, crate::hoisting::call_inside_expression(method));
                }
                _ => {
                    // Assigning it would not help (the probe of session 16 followed the old advice and
                    // met the same message): say what is missing.
                    return fail(
                        call,
                        format!(
                            "the value of `.{method}()` on {} is not imported (weft has no form for it)",
                            receiver.describe()
                        ),
                    );
                }
            };
            let precedence = if text.contains(' ') { COMPARE } else { ATOM };
            return Ok(Ex::code(text, precedence, method != "qsize", true));
        }
        let _ = args;
        match callee {
            Ok(Ex::Static(Value::Function(name)))
                if let Some(closure) = self.factory_closure(frame, &name, call)? =>
            {
                Ok(Ex::Static(closure))
            }
            Ok(Ex::Static(Value::Function(name))) => fail(call, crate::hoisting::call_inside_expression(&name)),
            // An instance as a value that moves (`q.put(Order(i, 100))`): weft's values are numbers,
            // None, strings and tuples, and an object's attributes could be changed through any of its
            // references, which a tuple of its fields would not follow.
            Ok(Ex::Static(Value::Class(name))) if self.run_time_instance(frame, &name, call, use_known).is_ok() => {
                self.run_time_instance(frame, &name, call, use_known)
            }
            // `jobs.put(Job(priority, next(counter), name))`: an argument whose call goes to a line of
            // its own (hoisting.rs) says so, and the instance is made from the hoisted local after.
            Ok(Ex::Static(Value::Class(name)))
                if let Err(error) = self.run_time_instance(frame, &name, call, use_known)
                    && crate::hoisting::is_hoisting_refusal(&error.message) =>
            {
                Err(error)
            }
            Ok(Ex::Static(Value::Class(name))) => fail(
                call,
                format!(
                    "an instance of `{name}` as a value (put on a queue, appended, returned) is not supported: weft makes instances at import time, where the program names them (`x = {name}(...)` outside an `if` or a loop the scenario runs)"
                ),
            ),
            // `q.put((priority, next(counter), name))`: `next` of an `itertools.count()` is one step of its
            // own (CPython's C iterator under the GIL), which goes to a line of its own before the
            // statement (hoisting.rs), where the translator takes it (translate/counters.rs).
            _ if self.counter_of_next(frame, call).is_some() => {
                fail(call, crate::hoisting::call_inside_expression("next"))
            }
            // `return pool.submit(f, x).result(timeout=1)`: the `submit` goes to a line of its own
            // before the statement (translate/chained_submits.rs, hoisting.rs).
            _ if let Some(submit) = self.chained_submit(frame, call) => {
                fail(submit, crate::hoisting::method_call_inside_expression("submit", "an executor"))
            }
            _ if let Some(words) = self.run_time_callee_words(frame, call) => fail(call, words),
            // `seen[i] = id(pool)` (session32/t04): an address is a number CPython picks, which
            // arithmetic, ordering and printing read; weft's objects have none to give.
            _ if matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == "id")
                && self.resolve(frame, "id").is_none() =>
            {
                fail(
                    call,
                    "the value of `id(x)` is not supported: weft's objects have no address to give as a number; compare the objects themselves (`a is b`) or keep them (`seen[i] = pool`, then `len(set(seen))`)",
                )
            }
            // Assigning it or costing its line would not help: name the call and what is supported.
            _ => {
                let callee = match &*call.func {
                    Expr::Name(name) => format!("`{}(...)`", name.id),
                    Expr::Attribute(attribute) => format!("`.{}(...)`", attribute.attr),
                    _ => "this call".to_string(),
                };
                fail(
                    call,
                    format!(
                        "weft cannot compute the value of {callee} here (a call it does not model, or these arguments): such a call is supported as a statement of its own, and for its value only in the forms docs/python.md lists"
                    ),
                )
            }
        }
    }

    /// `Order(i, i * 100)` as a value (put on a queue, appended): an instance made at run time,
    /// `new_dataclass('Order', 'order_id', i, ...)` (`new_instance` of a class that is no dataclass),
    /// for a class without bases whose `__init__` only sets attributes, each to a parameter or to a value
    /// that names no parameter (a dataclass's generated `__init__` is such). Its methods are not followed.
    pub(crate) fn run_time_instance(
        &self,
        frame: &Frame,
        class: &str,
        call: &ast::ExprCall,
        use_known: bool,
    ) -> Result<Ex> {
        let refuse = |why: &str| fail(call, format!("an instance of `{class}` made at run time: {why}"));
        let Some(definition) = self.classes.definition(class) else { return refuse("no class of the file") };
        if definition.arguments.as_ref().is_some_and(|arguments| !arguments.is_empty()) {
            return refuse("a class with bases is not followed");
        }
        let init = definition.body.iter().find_map(|stmt| match stmt {
            ast::Stmt::FunctionDef(function) if function.name.as_str() == "__init__" => Some(function),
            _ => None,
        });
        let no_parameters = ast::Parameters::default();
        let parameters = init.map_or(&no_parameters, |init| &*init.parameters);
        let simple = parameters.posonlyargs.is_empty()
            && parameters.kwonlyargs.is_empty()
            && parameters.vararg.is_none()
            && parameters.kwarg.is_none();
        if !simple || call.arguments.args.iter().any(|arg| matches!(arg, Expr::Starred(_))) {
            return refuse("only plain parameters and arguments are followed");
        }
        let named: Vec<&ast::ParameterWithDefault> = parameters.args.iter().skip(1).collect();
        if call.arguments.args.len() > named.len() {
            return refuse("more arguments than `__init__` takes");
        }
        // Each parameter's value: the argument given by position or keyword, else its default.
        let mut values: Vec<(&str, &Expr)> = Vec::with_capacity(named.len());
        for (position, parameter) in named.iter().enumerate() {
            let name = parameter.parameter.name.as_str();
            let keyword =
                call.arguments.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|arg| arg.as_str() == name));
            let value = match (call.arguments.args.get(position), keyword, parameter.default.as_deref()) {
                (Some(arg), None, _) => arg,
                (None, Some(keyword), _) => &keyword.value,
                (None, None, Some(default)) => default,
                _ => return refuse("an argument is missing or given twice"),
            };
            values.push((name, value));
        }
        if call
            .arguments
            .keywords
            .iter()
            .any(|k| k.arg.as_ref().is_none_or(|arg| !named.iter().any(|p| p.parameter.name.as_str() == arg.as_str())))
        {
            return refuse("a keyword `__init__` does not take");
        }
        let mut texts = vec![crate::out::quoted(class, '\'')];
        let mut reads_shared = false;
        for stmt in init.map_or(&[][..], |init| &init.body[..]) {
            let ast::Stmt::Assign(assign) = stmt else { return refuse("its `__init__` does more than set attributes") };
            let [Expr::Attribute(target)] = &assign.targets[..] else {
                return refuse("its `__init__` does more than set attributes");
            };
            if !matches!(&*target.value, Expr::Name(receiver) if receiver.id.as_str() == "self") {
                return refuse("its `__init__` does more than set attributes");
            }
            let value = match &*assign.value {
                Expr::Name(name) => {
                    values.iter().find(|(parameter, _)| *parameter == name.id.as_str()).map(|(_, value)| *value)
                }
                _ => None,
            };
            let mentions_parameters = crate::translate::names_in(&assign.value)
                .iter()
                .any(|name| name == "self" || values.iter().any(|(parameter, _)| parameter == name));
            let value = match value {
                Some(value) => value,
                None if !mentions_parameters => &*assign.value,
                None => return refuse("an attribute computed from the parameters is not followed"),
            };
            let ex = match value {
                Expr::List(_) | Expr::Dict(_) | Expr::Set(_) => self.run_time_display(frame, value, use_known)?,
                // `self.items = dict()`: a new empty container, as `{}` makes.
                empty if let Some(made) = crate::translate::collection_objects::empty_container(empty) => {
                    Ex::code(made, ATOM, false, false)
                }
                // `self.connections = ["conn-%d" % i for i in range(2)]` (translate/known_comprehensions.rs).
                comprehension if let Some(made) = self.known_comprehension_object(frame, comprehension) => made,
                _ => self.expr(frame, value, use_known)?,
            };
            let (text, _, _, reads) = self.to_code(ex, value)?;
            reads_shared |= reads;
            texts.push(crate::out::quoted(target.attr.as_str(), '\''));
            texts.push(text);
        }
        if texts.len() > MAX_OBJECT_DISPLAY + 1 {
            return refuse("more attributes than weft's objects take at once");
        }
        let made = crate::dataclasses::made_with(&self.dataclasses, class, texts);
        Ok(Ex::code(made, ATOM, false, reads_shared))
    }

    /// `{"AAPL": 190, "MSFT": 410}[symbol]`: a dict display indexed by a key known at import time (a
    /// job's or a thread's argument), every key and value known then too: the value the key has last in
    /// the display, as Python's dict keeps the last. A key the display lacks is Python's KeyError, refused.
    fn display_lookup(&self, frame: &Frame, display: &ast::ExprDict, key: &Expr) -> Result<Value> {
        let wanted = match self.expr(frame, key, true)? {
            Ex::Static(wanted @ (Value::Int(_) | Value::Str(_) | Value::None)) => wanted,
            _ => {
                return fail(
                    key,
                    "a dict display is indexed by a key known at import time (a literal, a constant, a thread's or a job's argument)",
                );
            }
        };
        let mut found = None;
        for item in &display.items {
            let Some(item_key) = &item.key else {
                return fail(&item.value, "`**` in a dict display is not supported");
            };
            let item_key = self.static_value(frame, item_key)?;
            if !matches!(item_key, Value::Int(_) | Value::Str(_) | Value::None) {
                return fail(
                    &item.value,
                    format!("a dict display's keys are numbers, strings or None here; this is {}", item_key.describe()),
                );
            }
            let value = self.static_value(frame, &item.value)?;
            if item_key == wanted {
                found = Some(value);
            }
        }
        found.ok_or_else(|| Error::at(key, "this key is not in the dict display (Python raises KeyError)"))
    }

    /// `stats.get("hits", default)` on a dict with string keys: the key's shared variable, or the default
    /// (None without one) for a key the dict does not have.
    fn record_get(
        &self,
        frame: &Frame,
        fields: &[(String, String)],
        call: &ast::ExprCall,
        use_known: bool,
    ) -> Result<Ex> {
        let (key, default) = match &call.arguments.args[..] {
            [key] => (key, None),
            [key, default] => (key, Some(default)),
            _ => return fail(call, "`get` takes a key and a default"),
        };
        if let Some(keyword) = call.arguments.keywords.first() {
            return fail(keyword, "`get` takes no keyword arguments");
        }
        if let Ok(Ex::Code { .. }) = self.expr(frame, key, true) {
            return self.record_get_by_run_time_key(frame, fields, key, default, use_known);
        }
        let key_text = self.record_key(frame, key)?;
        match (fields.iter().find(|(name, _)| *name == key_text), default) {
            (Some((_, shared)), _) => Ok(Ex::code(shared.clone(), ATOM, false, true)),
            (None, Some(default)) => self.expr(frame, default, use_known),
            (None, None) => Ok(Ex::Static(Value::None)),
        }
    }

    /// Calls of builtins inside expressions: `len`, `min`, `max`, `abs`, `sum`, `int`, `bool`.
    fn builtin_call(&self, frame: &Frame, name: &str, call: &ast::ExprCall, use_known: bool) -> Result<Ex> {
        let args = &call.arguments.args;
        if name == "sorted" && !call.arguments.keywords.is_empty() {
            return self.sorted_known(frame, call);
        }
        crate::translate::thread_values::refuse_thread_value(name, call)?;
        // `partial(f, a, k=v)` keeps its keywords for the call it makes (its own arm below).
        // `contextvars.ContextVar("x", default=0)` is refused by name below, as without keywords.
        if !call.arguments.keywords.is_empty() && name != "functools.partial" && !name.starts_with("contextvars.") {
            // `max(xs, key=...)` inside an expression: the loop of translate/keyed_extremes.rs, on a
            // line of its own first (hoisting.rs).
            if matches!(name, "max" | "min") && self.is_keyed_extreme(frame, &Expr::Call(call.clone())) {
                return fail(call, crate::hoisting::call_inside_expression(name));
            }
            return fail(call, format!("`{name}` with keyword arguments is not supported"));
        }
        if matches!(name, "str" | "repr")
            && let [arg] = &args[..]
            && let Some(text) = self.instance_text(frame, arg, name == "repr")?
        {
            return self.expr(frame, &text, use_known);
        }
        if name == "str" && args.len() == 1 {
            self.check_object_text(frame, &args[0])?;
        }
        // `repr(x)`, `format(x, spec)` of a display made at run time (session 26: `repr` of one was
        // `{'': None}` in every run).
        if matches!(name, "repr" | "format")
            && let Some(arg) = args.first()
        {
            self.refuse_use_of_made_display(frame, arg, "the text")?;
        }
        if name == "repr"
            && let [arg] = &args[..]
            && let Ex::Static(Value::Exception(local)) = self.expr(frame, arg, use_known)?
        {
            return Ok(self.exception_text(&local, true));
        }
        if matches!(name, "repr" | "ord" | "chr" | "format") {
            return self.text_builtin(frame, name, call, use_known);
        }
        if let Some(result) = self.float_builtin(frame, name, args, use_known) {
            return result;
        }
        if let Some(reduced) = self.display_builtin(frame, name, args, use_known)? {
            return Ok(reduced);
        }
        if let Some(counted) = self.set_order_bools_builtin(frame, name, args) {
            return Ok(counted);
        }
        // `len(x.entries)` of a dict attribute of an instance made at run time: the attribute goes to a
        // local first (hoisting.rs), whose length is then `size(entries)`.
        if name == "len"
            && let [Expr::Attribute(attribute)] = &args[..]
            && self.is_run_time_dict_attribute(frame, &args[0])
        {
            return fail(&args[0], crate::hoisting::length_of_attribute(attribute.attr.as_str()));
        }
        if name == "len"
            && let [arg] = &args[..]
            && let Some(split) = self.split_value(frame, arg, use_known)?
        {
            let (text, _, _, reads) = self.to_code(split, arg)?;
            return Ok(Ex::code(format!("len({text})"), ATOM, false, reads));
        }
        // `set(seen)`, `len(set(seen))` of a fixed-length shared list (translate/array_sets.rs).
        if let Some(made) = self.array_set(frame, name, args)? {
            return Ok(made);
        }
        match name {
            // `sum(range(n))`, `len(range(a, b))` of bounds known only at run time (translate/range_values.rs).
            "sum" | "len"
                if args.len() == 1
                    && let Some(folded) = self.run_time_range_fold(frame, name, &args[0], use_known)? =>
            {
                Ok(folded)
            }
            "len"
                if args.len() == 1
                    && let Some(size) = self.held_length(frame, &args[0]) =>
            {
                Ok(size)
            }
            "len" if args.len() == 1 => match self.expr(frame, &args[0], use_known)? {
                Ex::Static(Value::List(items)) => Ok(Ex::Static(Value::Int(items.len() as i64))),
                Ex::Static(Value::Str(text)) => Ok(Ex::Static(Value::Int(text.chars().count() as i64))),
                Ex::Static(Value::Shared(_, Shape::Array(length))) => Ok(Ex::Static(Value::Int(length as i64))),
                Ex::Static(Value::Record(fields)) => Ok(Ex::Static(Value::Int(fields.len() as i64))),
                // A dict of threading objects or of numbers among which a float, made at import time and
                // never written: its keys are known.
                Ex::Static(Value::Objects(entries)) => Ok(Ex::Static(Value::Int(entries.len() as i64))),
                Ex::Static(Value::Object(Object::SharedValue { items: Some(items), .. })) => {
                    Ok(Ex::Static(Value::Int(items.len() as i64)))
                }
                Ex::Static(
                    Value::Futures(_, length)
                    | Value::FutureSet(_, length)
                    | Value::PendingSet(_, length)
                    | Value::LocalArray(_, length),
                ) => Ok(Ex::Static(Value::Int(length as i64))),
                Ex::Static(Value::Shared(shared, Shape::Map { .. })) => {
                    Ok(Ex::code(format!("len({shared})"), ATOM, false, true))
                }
                // The sets of `wait(FIRST_COMPLETED)`: how many had finished when it returned, and the rest.
                Ex::Static(Value::FirstCompleted { count, pending: false, .. }) => {
                    Ok(Ex::code(count, ATOM, false, false))
                }
                Ex::Static(Value::FirstCompleted { count, length, pending: true, .. }) => {
                    Ok(Ex::code(format!("{length} - {count}"), SUM, false, false))
                }
                Ex::Static(Value::Object(Object::Queue { name, .. })) => {
                    Ok(Ex::code(format!("len({name})"), ATOM, false, true))
                }
                Ex::Static(Value::ExceptionGroup { count, exceptions: true, .. }) => {
                    Ok(Ex::code(count, ATOM, false, false))
                }
                // A value known only at run time: a string's length (TypeError of an integer, as in
                // Python).
                value @ Ex::Code { .. } => {
                    self.refuse_use_of_made_display(frame, &args[0], "the length")?;
                    let (text, _, _, reads) = self.to_code(value, &args[0])?;
                    Ok(Ex::code(format!("len({text})"), ATOM, false, reads))
                }
                _ => fail(&args[0], "`len` is supported on lists, dicts, queues and strings"),
            },
            "min" | "max"
                if args.len() == 1
                    && let Some(reduced) = self.run_time_reduction(frame, name, &args[0], use_known)? =>
            {
                Ok(reduced)
            }
            "min" | "max" if args.len() >= 2 => {
                let mut values = Vec::new();
                for arg in args.iter() {
                    values.push(self.expr(frame, arg, use_known)?);
                }
                if values.iter().all(|v| matches!(v, Ex::Static(Value::Int(_)))) {
                    let numbers = values.iter().filter_map(|v| match v {
                        Ex::Static(Value::Int(n)) => Some(*n),
                        _ => None,
                    });
                    let result = if name == "min" { numbers.min() } else { numbers.max() };
                    return Ok(Ex::Static(Value::Int(result.unwrap_or(0))));
                }
                let mut text = String::new();
                let mut reads = false;
                for (index, (value, arg)) in values.into_iter().zip(args.iter()).enumerate() {
                    let (code, _, _, value_reads) = self.to_code(value, arg)?;
                    reads |= value_reads;
                    text = if index == 0 { code } else { format!("{name}({text}, {code})") };
                }
                Ok(Ex::code(text, ATOM, false, reads))
            }
            "sum" if args.len() == 1 && matches!(&args[0], Expr::Generator(_) | Expr::ListComp(_)) => {
                self.summed_comprehension(frame, call, &args[0], use_known)
            }
            "sum"
                if args.len() == 1
                    && let Ex::Static(Value::LocalArray(results, length)) =
                        self.expr(frame, &args[0], use_known)? =>
            {
                // The results of futures, known only at run time: their sum, item by item.
                let terms: Vec<String> = (0..length).map(|k| format!("{results}[{k}]")).collect();
                Ok(Ex::code(terms.join(" + "), if length > 1 { SUM } else { ATOM }, false, false))
            }
            // A shared list of fixed length (an array): one expression over its items, read in one step,
            // as CPython's `sum`/`min`/`max` walk a list in C without letting another thread in.
            "min" | "max" | "sum"
                if args.len() == 1
                    && let Ex::Static(Value::Shared(shared, Shape::Array(length))) =
                        self.expr(frame, &args[0], use_known)? =>
            {
                let items = (0..length).map(|k| format!("{shared}[{k}]"));
                let text = match name {
                    "sum" => items.collect::<Vec<_>>().join(" + "),
                    _ => items.reduce(|folded, item| format!("{name}({folded}, {item})")).unwrap_or_default(),
                };
                self.record_folded_items(call, length);
                // Each item is a term of the one expression, whose length weft's scenarios bound: past
                // it the scenario would not load (weft's own error before session 22).
                if text.len() > sim_core::limits::MAX_EXPRESSION_CHARS {
                    // The list as the program writes it (`d` of `for d in drives`), not the import's
                    // variable, which may be an item of another list (session38/repro/w10).
                    let shown = self.written(&args[0]).unwrap_or(shared.as_str());
                    return fail(
                        call,
                        format!(
                            "`{name}` of `{shown}`, a shared list of {length} items, is one expression of {length} terms in weft's scenario, longer than its {} characters; weft cannot read so long a list in one step as CPython's `{name}` does",
                            sim_core::limits::MAX_EXPRESSION_CHARS
                        ),
                    );
                }
                let precedence = if name == "sum" && length > 1 { SUM } else { ATOM };
                Ok(Ex::code(text, precedence, false, true))
            }
            "min" | "max" | "sum" if args.len() == 1 => {
                let items = match self.expr(frame, &args[0], use_known)? {
                    Ex::Static(Value::List(items)) => items,
                    // A list made at run time: the loop Python's `sum` runs, as an assignment's whole
                    // value (translate/sequences.rs `run_time_list_sum`), on a line of its own first.
                    _ if name == "sum" && self.is_run_time_list(frame, &args[0]) => {
                        return fail(call, crate::hoisting::call_inside_expression("sum"));
                    }
                    _ => {
                        return fail(
                            &args[0],
                            format!("`{name}` of one argument is supported on lists known at import time"),
                        );
                    }
                };
                self.record_folded_items(call, items.len());
                let mut numbers = Vec::new();
                for item in items {
                    match item {
                        Value::Int(n) => numbers.push(n),
                        other => return fail(&args[0], format!("this list holds {}, not integers", other.describe())),
                    }
                }
                let result = match name {
                    "min" => numbers.iter().min().copied(),
                    "max" => numbers.iter().max().copied(),
                    _ => numbers.iter().try_fold(0i64, |a, b| a.checked_add(*b)),
                };
                result
                    .map(|n| Ex::Static(Value::Int(n)))
                    .ok_or_else(|| Error::at(call, format!("`{name}` of this list has no integer value")))
            }
            // `sorted((a, b))` of values known at import time (`first, second = sorted((seat, seat + 1))`):
            // the sorted list, as Python computes it; items of two kinds that do not order (an integer
            // and a string, None) are Python's TypeError.
            "sorted" if args.len() == 1 => match self.expr(frame, &args[0], use_known)? {
                Ex::Static(Value::List(items)) => {
                    self.record_folded_items(call, items.len());
                    sorted_static(items.into_vec())
                        .map(|items| Ex::Static(Value::List(items.into())))
                        .map_err(|why| Error::at(&args[0], why))
                }
                // `sorted(PRICES)` of a dict whose string keys are known at import time (the items a
                // loop unrolled over it takes): its keys, sorted.
                _ => match self.static_iteration(frame, &args[0]) {
                    Ok(items) => {
                        self.record_folded_items(call, items.len());
                        sorted_static(items)
                            .map(|items| Ex::Static(Value::List(items.into())))
                            .map_err(|why| Error::at(&args[0], why))
                    }
                    Err(_) => fail(
                        call,
                        "the value of `sorted(...)` is computed where it is compared with a list display (`sorted(items) == [1, 2]`) or of items known at import time",
                    ),
                },
            },
            "abs" if args.len() == 1 => match self.expr(frame, &args[0], use_known)? {
                Ex::Static(Value::Int(n)) => n
                    .checked_abs()
                    .map(|n| Ex::Static(Value::Int(n)))
                    .ok_or_else(|| Error::at(call, "this `abs` overflows")),
                other => {
                    let (text, _, _, reads) = self.to_code(other, &args[0])?;
                    Ok(Ex::code(format!("abs({text})"), ATOM, false, reads))
                }
            },
            // The clock (the machine's, which weft's virtual time stands for): a reading to keep and print.
            "time.perf_counter"
            | "time.perf_counter_ns"
            | "time.time"
            | "time.time_ns"
            | "time.monotonic"
            | "time.monotonic_ns"
            | "time.process_time"
                if args.is_empty() =>
            {
                Ok(self.clock_reading(name))
            }
            "round" if matches!(args.len(), 1 | 2) && is_clock(&self.expr(frame, &args[0], use_known)?) => {
                Ok(Ex::Static(CLOCK))
            }
            "threading.current_thread" | "threading.currentThread" if args.is_empty() => {
                Ok(Ex::Static(Value::Opaque("the current thread (`threading.current_thread()`)")))
            }
            // An exception is a value only in the list of `gather(..., return_exceptions=True)`, where it
            // is the marker `EXCEPTION_VALUE` (translate/coroutines.rs): every other value is no exception.
            "isinstance" if args.len() == 2 => {
                if let Some(test) = self.isinstance_exception(frame, args, use_known)? {
                    return Ok(test);
                }
                let class = match &args[1] {
                    Expr::Name(class) => class.id.as_str(),
                    _ => "",
                };
                if !matches!(class, "Exception" | "BaseException") {
                    return fail(
                        &args[1],
                        "`isinstance` is supported with `Exception` (or `BaseException`) as the class: an exception in the list `gather(..., return_exceptions=True)` gives",
                    );
                }
                let value = self.expr(frame, &args[0], use_known)?;
                let (text, precedence, _, reads) = self.to_code(value, &args[0])?;
                let marker = crate::out::quoted(crate::translate::EXCEPTION_VALUE, '\'');
                Ok(Ex::code(format!("{} == {marker}", wrap(&text, precedence, SUM)), COMPARE, true, reads))
            }
            "functools.partial" if !args.is_empty() => {
                let Ex::Static(Value::Function(function)) = self.expr(frame, &args[0], use_known)? else {
                    return fail(&args[0], "`functools.partial` of a function of this file is supported");
                };
                let mut given = Vec::with_capacity(args.len() - 1);
                for arg in &args[1..] {
                    given.push(self.static_value(frame, arg)?);
                }
                let mut keywords = Vec::with_capacity(call.arguments.keywords.len());
                for keyword in &call.arguments.keywords {
                    let Some(key) = &keyword.arg else {
                        return fail(keyword, "`**kwargs` in `functools.partial` is not supported");
                    };
                    keywords.push((key.to_string(), self.static_value(frame, &keyword.value)?));
                }
                Ok(Ex::Static(Value::Partial(function, given, keywords)))
            }
            // A logger writes where `logging`'s own functions do: its methods are calls weft does not
            // model (`log.info(...)` is `logging.info(...)`, costed as any unknown call).
            // Its handlers and formatters are set up, not read.
            "logging.getLogger" | "logging.StreamHandler" | "logging.NullHandler" | "logging.Formatter" => {
                Ok(Ex::Static(Value::Module("logging".to_string())))
            }
            // The scenario machine's cores, as the import is told them (1 by default): a value known at
            // import time, so that it may count threads.
            "os.cpu_count" | "multiprocessing.cpu_count" if args.is_empty() => {
                self.note_machine_sized_at(call, &format!("`{name}()` is {}", self.machine_cores()));
                Ok(Ex::Static(Value::Int(i64::from(self.machine_cores()))))
            }
            "threading.get_ident" | "threading.get_native_id" | "os.getpid" if args.is_empty() => {
                Ok(Ex::Static(Value::Opaque("an identifier of the running thread or process")))
            }
            "str" if args.len() == 1 => {
                match self.refuse_text_of_bool_inside(&args[0]).and_then(|()| self.expr(frame, &args[0], use_known))? {
                    // A comparison known at import time: Python's `'True'` or `'False'`.
                    Ex::Static(Value::Int(number)) if self.holds_bool(&args[0])? => {
                        Ok(Ex::Static(Value::Str(if number != 0 { "True" } else { "False" }.to_string())))
                    }
                    // A bool known only at run time: `'True' if ok else 'False'`.
                    value @ Ex::Code { .. }
                        if self.holds_bool(&args[0])? || matches!(value, Ex::Code { boolean: true, .. }) =>
                    {
                        let (text, precedence, _, reads) = self.to_code(value, &args[0])?;
                        Ok(Ex::code(self.bool_text(&text, precedence), CONDITIONAL, false, reads))
                    }
                    Ex::Static(Value::Int(number)) => Ok(Ex::Static(Value::Str(number.to_string()))),
                    Ex::Static(Value::None) => Ok(Ex::Static(Value::Str("None".to_string()))),
                    Ex::Static(Value::Exception(local)) => Ok(self.exception_text(&local, false)),
                    text @ Ex::Static(Value::Str(_)) => Ok(text),
                    value => {
                        let (text, _, _, reads) = self.to_code(value, &args[0])?;
                        Ok(Ex::code(format!("str({text})"), ATOM, false, reads))
                    }
                }
            }
            "bool"
                if args.len() == 1
                    && let Some(truth) = self.held_truth(frame, &args[0]) =>
            {
                Ok(truth)
            }
            "int" | "bool" if args.len() == 1 => {
                let value = self.expr(frame, &args[0], use_known)?;
                match (name, value) {
                    ("int", Ex::Static(Value::Float(f))) if f.is_finite() => {
                        // 2^63 is exact as a float: a truncation below it (and not below -2^63) fits.
                        let truncated = f.trunc();
                        if (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&truncated) {
                            Ok(Ex::Static(Value::Int(truncated as i64)))
                        } else {
                            fail(
                                call,
                                "`int(...)` of this float is beyond 64-bit integers, which weft's scenarios compute with",
                            )
                        }
                    }
                    ("int", value @ Ex::Static(Value::Int(_))) => Ok(value),
                    // A string known at import time that Python reads as a number is that number; one
                    // it does not (`int("oops")`) raises ValueError when the program runs, as in Python.
                    ("int", Ex::Static(Value::Str(text))) => match sim_core::strings::parse_int(&text) {
                        Ok(Some(number)) => Ok(Ex::Static(Value::Int(number))),
                        // A fault of every run that reaches it (`int("٣")`, which Python reads as 3):
                        // refused at its line instead (session26/checks/c95).
                        Err(sim_core::strings::StringFault::NotYet { operation }) => fail(
                            call,
                            format!(
                                "{operation} is Python's, not weft's: Python reads the decimal digits of every script (`int(\"٣\")` is 3), weft reads 0-9"
                            ),
                        ),
                        _ => Ok(Ex::code(format!("int({})", crate::out::quoted(&text, '\'')), ATOM, false, false)),
                    },
                    ("int", value @ Ex::Code { .. }) => {
                        let (text, _, _, reads) = self.to_code(value, &args[0])?;
                        Ok(Ex::code(format!("int({text})"), ATOM, false, reads))
                    }
                    ("bool", Ex::Static(Value::Int(n))) => Ok(Ex::Static(Value::Int(i64::from(n != 0)))),
                    // `bool(items)` of a shared list or dict: whether it has an item, as `if items:`.
                    ("bool", other) if let Some(truth) = container_truth(&other) => Ok(truth),
                    ("bool", other) => self.bool_of_value(other, &args[0]),
                    _ => fail(call, format!("`{name}` of this value is not supported")),
                }
            }
            // `range(...)` of integers known at import time as a value (`assert done == list(range(N))`,
            // `sum(range(100))`): the list of its items, as Python's `list(range(...))` makes.
            "range" if (1..=3).contains(&args.len()) && call.arguments.keywords.is_empty() => {
                self.range_value(frame, call)
            }
            "list" if args.len() == 1 && call.arguments.keywords.is_empty() => {
                match self.expr(frame, &args[0], use_known)? {
                    list @ Ex::Static(Value::List(_)) => Ok(list),
                    // `list(PAGES)` of a dict with string keys known at import time: its keys, in order,
                    // as `for key in PAGES:` takes them (static_iteration).
                    Ex::Static(Value::Record(fields)) => {
                        Ok(Ex::Static(Value::List(fields.into_iter().map(|(key, _)| Value::Str(key)).collect())))
                    }
                    // `list(sizes)` of a list of results: a list made at run time of its items
                    // (translate/result_list_objects.rs).
                    Ex::Static(Value::LocalArray(results, length)) => {
                        let items: Vec<String> = (0..length).map(|index| format!("{results}[{index}]")).collect();
                        self.made_containers.set(true);
                        Ok(Ex::code(format!("new_list({})", items.join(", ")), ATOM, false, false))
                    }
                    _ => fail(
                        call,
                        "the value of `list(...)` is computed here of items known at import time (`list(range(5))`); call it on a line of its own otherwise",
                    ),
                }
            }
            // `dict(d)` of a dict with string keys: a copy made at run time (translate/record_copies.rs).
            "dict" if args.len() == 1 && call.arguments.keywords.is_empty() => {
                match self.expr(frame, &args[0], use_known)? {
                    Ex::Static(Value::Record(fields)) => self.record_copy(&fields, call),
                    // `dict(replies)` of a list of pairs computed at run time (translate/copied_records.rs).
                    Ex::Static(Value::LocalArray(pairs, length)) => self.dict_of_pairs(&pairs, length, call),
                    _ => fail(
                        call,
                        "the value of `dict(...)` cannot be computed by weft; call it on a line of its own or use a value known at import time",
                    ),
                }
            }
            random if random.starts_with("random.") => match self.random_draw(call) {
                Some(Draw::Value(local)) => Ok(Ex::code(local.clone(), ATOM, false, false)),
                Some(Draw::Element { list, index }) => Ok(Ex::code(format!("{list}[{index}]"), ATOM, false, true)),
                _ => fail(call, random_refusal(random)),
            },
            // The thread's CPU time: read by busy loops that stand for CPU work (clock_burns.rs).
            "time.thread_time" | "time.thread_time_ns" => fail(
                call,
                format!(
                    "`{name}()` is the thread's CPU time, which weft keeps no value of; a function that only spins on it (`while time.thread_time() < end: pass`) is CPU work: give its call's line the cost (`spin(0.005)  # weft: cpu 5ms`, its value unused) or its `def` line"
                ),
            ),
            // Said of `x = contextvars.ContextVar("x")` too, which is on a line of its own (session28/a07).
            context if context.starts_with("contextvars.") => fail(
                call,
                format!(
                    "`{context}` is not supported here: weft follows a module-level `ContextVar(name, default=...)` (`get()`, `get(d)`, `set`, `reset`) and `contextvars.copy_context().run(f, ...)` as a statement, not a `Context` kept or read as a value; pass the value to each coroutine as an argument"
                ),
            ),
            // No form of weft takes these, on a line of their own either (session32 checks/k134, k214).
            // `return all(n % d for d in range(2, n))` in a job (session 36: session22/m01): the loop
            // Python's `all` runs is an assignment's value (run_time_comprehensions.rs), so the call goes
            // to a line of its own first (hoisting.rs), where CPython evaluates nothing before it.
            "all" | "any"
                if matches!(&args[..], [Expr::Generator(_) | Expr::ListComp(_)])
                    && call.arguments.keywords.is_empty() =>
            {
                fail(call, crate::hoisting::call_inside_expression(name))
            }
            "collections.OrderedDict" | "itertools.cycle" => fail(
                call,
                format!(
                    "the value of `{name}(...)` cannot be computed by weft: weft does not model `{name}`, on a line of its own either; write the value with what weft models (a dict display keeps its insertion order, a list indexed by a counter cycles) instead"
                ),
            ),
            _ => fail(
                call,
                format!(
                    "the value of `{name}(...)` cannot be computed by weft; call it on a line of its own or use a value known at import time"
                ),
            ),
        }
    }
}

impl Translator<'_> {
    /// `range(...)` of integers known at import time as a value: the list of its items (at most as many
    /// as weft unrolls).
    fn range_value(&self, frame: &Frame, call: &ast::ExprCall) -> Result<Ex> {
        let range = Expr::Call(call.clone());
        if self.static_range(frame, &range)?.is_none() {
            return fail(call, "`range(...)` as a value is computed of integers known at import time");
        }
        Ok(Ex::Static(Value::List(self.static_iteration(frame, &range)?.into())))
    }

    /// `sum(1 for d in diners if d.is_alive())`, `sum([x * 2 for x in items])`: over items known at import
    /// time, one term per item, each the element times its conditions (a test is 0 or 1).
    fn summed_comprehension(
        &self,
        frame: &Frame,
        call: &ast::ExprCall,
        comprehension: &Expr,
        use_known: bool,
    ) -> Result<Ex> {
        let (element, generators) = match comprehension {
            Expr::Generator(generator) => (&generator.elt, &generator.generators),
            Expr::ListComp(list) => (&list.elt, &list.generators),
            _ => unreachable!("a comprehension"),
        };
        let [generator] = &generators[..] else {
            return fail(comprehension, "`sum` of a comprehension with one `for` is supported");
        };
        if !matches!(&generator.target, Expr::Name(_)) && !crate::translate::is_tuple_of_names(&generator.target) {
            return fail(&generator.target, "the comprehension's variable must be a name or a tuple of names");
        }
        // The items of a `for` known at import time (a range, a list display, a module list nobody
        // writes: session 18's t10 summed `s * s for s in SIZES`, refused by a message that said it was
        // supported).
        // Or a list of results (`bodies = await asyncio.gather(...)`), its length known at import time:
        // one term per item, each read from the task's local array (session 18's a01 and a05).
        let results = || match self.expr(frame, &generator.iter, use_known) {
            Ok(Ex::Static(Value::LocalArray(results, length))) => {
                Some((0..length).map(|k| Value::Local(format!("{results}[{k}]"))).collect::<Vec<_>>())
            }
            _ => None,
        };
        let known = self.static_iteration(frame, &generator.iter).ok();
        // A result may be None or a string, whose truth `x != 0` would not say: Python's truth then.
        let of_results = known.is_none();
        let Some(items) = known.or_else(results) else {
            // `sum(1 for f in futures if f.done())`: the predicate is what has no form.
            crate::translate::refuse_future_predicate(comprehension)?;
            // Over items known only at run time, the sum is the loop Python's `sum` runs, as an
            // assignment's whole value (translate/looped_sums.rs): it goes to a line of its own first
            // (hoisting.rs).
            return fail(call, crate::hoisting::call_inside_expression("sum"));
        };
        self.record_folded_items(comprehension, items.len());
        // Each term is its element times its conditions, every part computed: an element of a result
        // the condition leaves out (`len(r) for r in results if r`, r None) would fault where Python
        // skips it.
        if of_results && !generator.ifs.is_empty() && !matches!(**element, Expr::NumberLiteral(_)) {
            return fail(
                &**element,
                "`sum` over a list of results with a condition takes a number as its term (`sum(1 for r in results if r)`); compute the term in a loop",
            );
        }
        if generator.is_async || items.len() > crate::translate::MAX_UNROLL {
            return fail(
                &generator.iter,
                "`sum` of a comprehension runs over at most 1,000 items known at import time",
            );
        }
        let mut terms = Vec::with_capacity(items.len());
        let mut reads = false;
        let mut total = 0i64;
        for item in items {
            let mut inner = frame.clone();
            crate::translate::bind_comprehension(&mut inner, &generator.target, item)?;
            let mut factors = Vec::new();
            let mut skipped = false;
            for test in &generator.ifs {
                match self.expr(&inner, test, use_known)? {
                    Ex::Static(Value::Int(truth)) => skipped |= truth == 0,
                    Ex::Static(value) if let Some(truth) = static_truth(&value) => skipped |= !truth,
                    other => {
                        let (text, precedence, boolean, read) = self.to_code(other, test)?;
                        reads |= read;
                        // A test is 1 or 0 as a factor: any other value tested for truth becomes
                        // `not not x`, Python's truth (a string or None too: `x != 0` was true for
                        // every string before session 26).
                        factors.push(match boolean {
                            true => wrap(&text, precedence, PRODUCT + 1),
                            false => format!("(not not {})", wrap(&text, precedence, PRODUCT + 1)),
                        });
                    }
                }
            }
            let mut coefficient = 1;
            match self.expr(&inner, element, use_known)? {
                Ex::Static(Value::Int(value)) => coefficient = value,
                other => {
                    let (text, precedence, _, read) = self.to_code(other, element)?;
                    reads |= read;
                    factors.push(wrap(&text, precedence, PRODUCT + 1));
                }
            }
            if skipped || coefficient == 0 {
                continue;
            }
            match factors.is_empty() {
                true => total += coefficient,
                false if coefficient == 1 => terms.push(factors.join(" * ")),
                false => terms.push(format!("{coefficient} * {}", factors.join(" * "))),
            }
        }
        if total != 0 || terms.is_empty() {
            terms.push(total.to_string());
        }
        let precedence = if terms.len() > 1 {
            SUM
        } else if terms[0].contains(' ') {
            PRODUCT
        } else {
            ATOM
        };
        Ok(Ex::code(terms.join(" + "), precedence, false, reads))
    }
}

/// Why a call of `random` has no scenario form here (translate/choices.rs says which ones have).
fn random_refusal(name: &str) -> String {
    match name {
        "random.random" | "random.uniform" => format!(
            "`{name}(...)` draws a float, which weft takes only as a sleep's duration (`time.sleep(random.uniform(a, b))`, `random.random() * k`: explored at the range's ends and middle); a float used as a number has no scenario form"
        ),
        "random.randint" | "random.randrange" | "random.choice" => format!(
            "`{name}(...)` is a value chosen by weft's policy only in a statement of its own kind (an assignment, a call, a `return`, an `if`'s test), not in a lambda, a comprehension or a loop's header, with arguments known at import time"
        ),
        _ => format!(
            "`{name}(...)` has no scenario form; weft takes `random.randint`, `random.randrange` and `random.choice` (each value a branch of `weft explore`) and a random sleep's `random.uniform` or `random.random()`"
        ),
    }
}

/// `sorted(items)` of values known at import time: all integers, or all strings (Python orders strings
/// by code point, as Rust's `str` order does); `None` where Python's sort would raise TypeError (a
/// list of one item is returned as it is, as Python compares nothing then).
fn sorted_static(mut items: Vec<Value>) -> std::result::Result<Vec<Value>, &'static str> {
    if items.len() < 2 {
        return Ok(items);
    }
    let integers = items.iter().filter(|item| matches!(item, Value::Int(_))).count();
    let strings = items.iter().filter(|item| matches!(item, Value::Str(_))).count();
    let nones = items.iter().filter(|item| matches!(item, Value::None)).count();
    if integers == items.len() {
        items.sort_by_key(|item| if let Value::Int(n) = item { *n } else { 0 });
        return Ok(items);
    }
    if strings == items.len() {
        items.sort_by(|a, b| match (a, b) {
            (Value::Str(a), Value::Str(b)) => a.cmp(b),
            _ => std::cmp::Ordering::Equal,
        });
        return Ok(items);
    }
    if integers + strings + nones == items.len() {
        return Err(
            "`sorted` of these items raises TypeError in Python: an integer, a string and None do not order against each other",
        );
    }
    Err("`sorted` of values known at import time is supported on integers, or on strings")
}

fn is_clock(ex: &Ex) -> bool {
    matches!(ex, Ex::Static(value) if *value == CLOCK)
}

fn as_float(value: &Value) -> Option<f64> {
    match value {
        Value::Int(n) => Some(*n as f64),
        Value::Float(f) => Some(*f),
        _ => None,
    }
}

/// Python's integer arithmetic on values known at import time (floats for sleep durations).
fn fold(op: Operator, left: &Value, right: &Value) -> Option<Value> {
    match (left, right) {
        // Arithmetic on a clock's reading (`perf_counter() - start`, `elapsed * 1000`) is a reading too.
        (clock, Value::Int(_) | Value::Float(_)) | (Value::Int(_) | Value::Float(_), clock) if *clock == CLOCK => {
            Some(CLOCK)
        }
        (left, right) if *left == CLOCK && *right == CLOCK => Some(CLOCK),
        (Value::Int(l), Value::Int(r)) => {
            let (l, r) = (*l, *r);
            let value = match op {
                Operator::Add => l.checked_add(r)?,
                Operator::Sub => l.checked_sub(r)?,
                Operator::Mult => l.checked_mul(r)?,
                Operator::FloorDiv => {
                    if r == 0 {
                        return None;
                    }
                    let quotient = l.checked_div(r)?;
                    if (l % r != 0) && ((l < 0) != (r < 0)) { quotient - 1 } else { quotient }
                }
                Operator::Mod => {
                    if r == 0 {
                        return None;
                    }
                    let remainder = l.checked_rem(r)?;
                    if remainder != 0 && ((remainder < 0) != (r < 0)) { remainder + r } else { remainder }
                }
                _ => return None,
            };
            Some(Value::Int(value))
        }
        (Value::List(items), Value::Int(times)) | (Value::Int(times), Value::List(items)) if op == Operator::Mult => {
            let times = usize::try_from(*times).unwrap_or(0);
            if items.len().saturating_mul(times) > sim_limits::MAX_LIST {
                return None;
            }
            Some(Value::List(items.iter().cloned().cycle().take(items.len() * times).collect()))
        }
        (Value::List(a), Value::List(b)) if op == Operator::Add => {
            Some(Value::List(a.iter().chain(b.iter()).cloned().collect()))
        }
        // Strings known at import time are joined and repeated at import time, as Python would.
        (Value::Str(a), Value::Str(b)) if op == Operator::Add => Some(Value::Str(format!("{a}{b}"))),
        (Value::Str(text), Value::Int(times)) | (Value::Int(times), Value::Str(text)) if op == Operator::Mult => {
            let times = usize::try_from(*times).unwrap_or(0);
            (text.len().saturating_mul(times) <= sim_limits::MAX_STRING_BYTES).then(|| Value::Str(text.repeat(times)))
        }
        (Value::Str(_), _) | (_, Value::Str(_)) => None,
        _ => {
            let (l, r) = (as_float(left)?, as_float(right)?);
            let value = match op {
                Operator::Add => l + r,
                Operator::Sub => l - r,
                Operator::Mult => l * r,
                _ => return None,
            };
            Some(Value::Float(value))
        }
    }
}

impl Translator<'_> {
    /// `lambda: f(1, "a")`: a call of a function of this file with literal arguments, as
    /// `functools.partial(f, 1, "a")` (a thread's target, a callback). Only literals: a name in the body
    /// is looked up when the lambda runs (the late binding of `[Thread(target=lambda: f(i)) for i in
    /// ...]`), which weft does not follow.
    fn lambda_call(&self, frame: &Frame, lambda: &ast::ExprLambda, use_known: bool) -> Result<Ex> {
        let refused = || {
            fail(
                lambda,
                "a `lambda` is understood as the predicate of `Condition.wait_for`, or as one call of a function of this file whose arguments are the lambda's parameters or literals (`lambda: f(1)`, `lambda i=i: f(i)`, `lambda fut, tag=5: record(tag, fut)`)",
            )
        };
        if let Some(value) = self.lambda_value(frame, lambda)? {
            return Ok(Ex::Static(value));
        }
        let Expr::Call(call) = &*lambda.body else { return refused() };
        if lambda.parameters.is_some()
            || call.arguments.args.iter().chain(call.arguments.keywords.iter().map(|k| &k.value)).any(|argument| {
                // A name bound once around the lambda to a constant reads that value whenever it
                // runs (lambdas.rs' `final_constant`).
                let final_constant =
                    matches!(argument, Expr::Name(name) if self.final_constant(frame, name.id.as_str()).is_some());
                !is_literal(argument) && !final_constant
            })
        {
            return refused();
        }
        let Ok(Ex::Static(Value::Function(function))) = self.expr(frame, &call.func, use_known) else {
            return refused();
        };
        let mut given = Vec::with_capacity(call.arguments.args.len());
        for argument in &call.arguments.args {
            given.push(self.static_value(frame, argument)?);
        }
        let mut keywords = Vec::with_capacity(call.arguments.keywords.len());
        for keyword in &call.arguments.keywords {
            let Some(key) = &keyword.arg else { return refused() };
            keywords.push((key.to_string(), self.static_value(frame, &keyword.value)?));
        }
        Ok(Ex::Static(Value::Partial(function, given, keywords)))
    }
}

/// A literal: a number, a string, `True`, `False`, `None`, or a tuple or negation of those.
fn is_literal(expr: &Expr) -> bool {
    match expr {
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) => true,
        Expr::UnaryOp(unary) => is_literal(&unary.operand),
        Expr::Tuple(tuple) => tuple.elts.iter().all(is_literal),
        _ => false,
    }
}

/// A list of the program whose items are read when it runs: a shared list (fixed or growing) or a
/// local array of results.
fn is_program_list(value: &Value) -> bool {
    matches!(value, Value::Shared(_, Shape::Array(_) | Shape::Map { dense: true }) | Value::LocalArray(..))
}

fn compare_static(op: CmpOp, left: &Value, right: &Value) -> Option<bool> {
    let equal_to_none = match (left, right) {
        // An `object()` is equal (and identical) to itself alone.
        (Value::Sentinel(a), Value::Sentinel(b)) => Some(a == b),
        (Value::Sentinel(_), Value::None | Value::Int(_) | Value::Float(_) | Value::Str(_))
        | (Value::None | Value::Int(_) | Value::Float(_) | Value::Str(_), Value::Sentinel(_)) => Some(false),
        (Value::None, Value::None) => Some(true),
        (Value::None, Value::Int(_) | Value::Float(_) | Value::Str(_))
        | (Value::Int(_) | Value::Float(_) | Value::Str(_), Value::None) => Some(false),
        _ => None,
    };
    if let Some(equal) = equal_to_none {
        return match op {
            CmpOp::Eq | CmpOp::Is => Some(equal),
            CmpOp::NotEq | CmpOp::IsNot => Some(!equal),
            // `None < 1` is Python's TypeError: left to the scenario, which faults the same way.
            _ => None,
        };
    }
    let ordering = match (left, right) {
        (Value::Str(l), Value::Str(r)) => l.partial_cmp(r)?,
        (l, r) => as_float(l)?.partial_cmp(&as_float(r)?)?,
    };
    Some(match op {
        CmpOp::Eq => ordering.is_eq(),
        CmpOp::NotEq => !ordering.is_eq(),
        CmpOp::Lt => ordering.is_lt(),
        CmpOp::LtE => ordering.is_le(),
        CmpOp::Gt => ordering.is_gt(),
        CmpOp::GtE => ordering.is_ge(),
        _ => return None,
    })
}

/// An `object()` sentinel where Python takes its truth (`not`, `and`, `or`): true, as every object
/// without `__bool__` is (the scenario's None it is said as would be false).
/// Python's truth of a value known at import time (`None` where only the run knows it, or the value
/// is one whose truth this function does not name).
pub(crate) fn static_truth(value: &Value) -> Option<bool> {
    match value {
        Value::Int(number) => Some(*number != 0),
        Value::Str(text) => Some(!text.is_empty()),
        Value::None => Some(false),
        Value::Sentinel(_) => Some(true),
        Value::List(items) => Some(!items.is_empty()),
        _ => None,
    }
}

fn truth_of_sentinel(ex: Ex) -> Ex {
    match ex {
        Ex::Static(Value::Sentinel(_)) => Ex::Static(Value::Int(1)),
        other => other,
    }
}

fn static_bool(text: &str) -> Option<i64> {
    match text {
        "True" => Some(1),
        "False" => Some(0),
        _ => None,
    }
}

/// Bounds on what a Python file can make large at import time.
pub mod sim_limits {
    /// Items in a list known at import time (`[0] * N`).
    pub const MAX_LIST: usize = 100_000;
    /// Bytes of a string built at import time (`"-" * N`): the scenario's own bound on one string
    /// (sim-core's `limits::MAX_STRING_BYTES`).
    pub const MAX_STRING_BYTES: usize = 4_096;
}

/// The truth value of a list or dict, as Python takes it in `if items:` and `not items`: whether it
/// has an item (`len(items) != 0`). `None` for every other value (a queue object is always true in
/// Python, so it is not one of these).
pub fn container_truth(value: &Ex) -> Option<Ex> {
    match value {
        Ex::Static(Value::Shared(name, Shape::Map { .. })) => {
            Some(Ex::code(format!("len({name}) != 0"), COMPARE, true, true))
        }
        Ex::Static(Value::Shared(_, Shape::Array(length))) => Some(Ex::Static(Value::Int(i64::from(*length != 0)))),
        Ex::Static(Value::List(items)) => Some(Ex::Static(Value::Int(i64::from(!items.is_empty())))),
        // `not_done` of `wait(FIRST_COMPLETED)` is empty when every future had finished, and so is the
        // list of `cancel()`'s values over it.
        Ex::Static(Value::FirstCompleted { count, length, pending: true, .. }) => {
            Some(Ex::code(format!("{count} != {length}"), COMPARE, true, false))
        }
        // `done` is empty when a timed `wait` ran out first (timed_first_completed.rs), and after its pop.
        Ex::Static(Value::FirstCompleted { count, pending: false, .. }) => {
            Some(Ex::code(format!("{count} != 0"), COMPARE, true, false))
        }
        Ex::Static(Value::SetOrderBools { length, .. }) => {
            Some(Ex::code(format!("{length} != 0"), COMPARE, true, false))
        }
        _ => None,
    }
}

/// Whether `receiver.method()` is a call the import translates as a step of its own, whose value an
/// assignment or a statement of its own can take (`x = q.get()`, `ok = lock.acquire(timeout=1)`):
/// where it is met inside a larger expression, the way out is to give it a line of its own.
pub(crate) fn has_a_step_of_its_own(receiver: &Value, method: &str) -> bool {
    match receiver {
        Value::Object(Object::Queue { .. }) => matches!(method, "get" | "get_nowait" | "put" | "put_nowait"),
        Value::Object(Object::Lock { .. } | Object::Semaphore(_)) => method == "acquire",
        Value::Object(Object::Event(_)) => method == "wait",
        Value::Object(Object::Condition { .. }) => matches!(method, "wait" | "wait_for"),
        Value::Object(Object::Executor { .. }) => matches!(method, "submit" | "map"),
        Value::Future(_) => matches!(method, "result" | "cancel" | "exception"),
        Value::Shared(..) => matches!(method, "pop" | "popleft" | "get" | "setdefault"),
        _ => false,
    }
}

/// A tuple display holding a function, where a value of a step is needed (session32 checks/k105,
/// k110: `tasks.append((greet, "ann"))`, `q.put((record, (1,)))`), whose words were "this is a list".
const FUNCTION_IN_A_TUPLE: &str = "a tuple holding a function (`(greet, \"ann\")`) as a value the program keeps or passes at run time (an item of a list or a queue, an argument) is not supported: weft's values are numbers, None, strings and tuples of them, and weft calls a function where it knows at import time which one it is (its name, a dict of functions looked up by a key known at import time); call the function where the tuple is made, or keep a string that names it and choose the call with `if`";

/// "a list or a tuple" for a sequence reached through an item, a call, an attribute or a name: the
/// import keeps tuples and lists alike, so there it cannot say which one the program made.
pub(crate) fn unknown_sequence_words(expr: &Expr, value: &Value) -> Option<&'static str> {
    let reached = matches!(expr, Expr::Subscript(_) | Expr::Call(_) | Expr::Attribute(_) | Expr::Name(_));
    (reached && matches!(value, Value::List(_))).then_some("a list or a tuple")
}

/// The items of a list or tuple display known at import time, marked a tuple where the display is one.
fn display_items(display: &Expr, items: Vec<Value>) -> Items {
    match display {
        Expr::Tuple(_) => Items::tuple(items),
        _ => items.into(),
    }
}
