//! Python's text forms on values known only at run time, to the format's functions of text
//! (docs/format.md, "Functions of text"): a string's methods (`s.strip()`, `s.find(x)`, ...), slices
//! and items of strings and tuples (`key[::-1]`, `t[1:]`, `s[0]`), `x in s`, `repr`, `ord`, `chr`,
//! `format`, format specs and conversions of f-strings, `str.format`, and `s.split(sep)` where a list
//! and a tuple behave alike (unpacked, indexed, measured). The engine computes each with CPython's
//! results and exceptions; nothing here computes text itself.

use ruff_python_ast::{self as ast, Expr};

use crate::expr::{ATOM, Ex};
use crate::translate::{Frame, Result, Translator, fail};
use crate::value::{Shape, Value};
use sim_core::text::TextFunction;

/// The methods of `str` the import writes as the format's function of the same name (`s.strip(c)` is
/// `strip(s, c)`); `split` and `rsplit` only where a list and a tuple behave alike.
const METHODS: [&str; 33] = [
    "strip",
    "lstrip",
    "rstrip",
    "replace",
    "startswith",
    "endswith",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "istitle",
    "zfill",
    "ljust",
    "rjust",
    "center",
    "title",
    "capitalize",
    "swapcase",
    "join",
    "split",
    "rsplit",
    "partition",
    "rpartition",
    "isdecimal",
    "isnumeric",
    "format",
];

/// Whether `method` is a method of `str` the import writes as the format's function of its name.
pub(crate) fn is_text_method(method: &str) -> bool {
    METHODS.contains(&method)
}

/// Why a list `s.split()` makes is refused where it is kept.
const SPLIT_KEPT: &str = "`s.split(...)` makes a list, which weft imports only unpacked into names (`a, b = s.split(\":\")`), indexed (`s.split(\":\")[0]`), measured (`len(s.split())`), walked (`for w in s.split():`, `enumerate(s.split())`) or kept in a function's local (`words = s.split()`); anywhere else it is not yet";

/// Whether `ex` may be a string known only at run time (a local, a shared scalar, any computed value).
fn is_run_time(ex: &Ex) -> bool {
    matches!(ex, Ex::Code { .. } | Ex::Static(Value::Shared(_, Shape::Int)))
}

/// Whether `ex` is a string literal or a value known only at run time: what the format's text
/// functions take.
pub fn is_text_or_run_time(ex: &Ex) -> bool {
    is_run_time(ex) || matches!(ex, Ex::Static(Value::Str(_)))
}

/// Whether Python's value of `expr` is a bool (`True`/`False`), which weft holds as 1 or 0: a
/// comparison, `not`, a bool literal, a string's `is...()`/`startswith`/`endswith`, `isinstance`,
/// `all`, `any`, `bool`. Its text would be Python's `True`, so the text forms refuse it.
pub fn is_boolean_expression(expr: &Expr) -> bool {
    match expr {
        Expr::Compare(_) | Expr::BooleanLiteral(_) => true,
        Expr::UnaryOp(unary) => unary.op == ast::UnaryOp::Not,
        Expr::Call(call) => match &*call.func {
            Expr::Attribute(attribute) => {
                TextFunction::from_name(attribute.attr.as_str()).is_some_and(TextFunction::is_boolean)
                    || matches!(
                        attribute.attr.as_str(),
                        "is_set"
                            | "locked"
                            | "empty"
                            | "full"
                            | "done"
                            | "cancelled"
                            | "running"
                            | "acquire"
                            | "is_alive"
                    )
            }
            Expr::Name(name) => {
                matches!(name.id.as_str(), "isinstance" | "all" | "any" | "bool" | "callable" | "hasattr")
            }
            _ => false,
        },
        _ => false,
    }
}

impl Translator<'_> {
    /// A value's scenario text and whether it reads shared state; a bool is refused (Python's text of
    /// it is `True`, weft's value 1).
    fn text_of(&self, frame: &Frame, expr: &Expr, use_known: bool) -> Result<(String, bool)> {
        if self.holds_bool(expr)? {
            return fail(expr, crate::expr::STR_OF_A_BOOL);
        }
        let ex = self.expr(frame, expr, use_known)?;
        self.text_of_ex(ex, expr)
    }

    /// An argument of `str.format`: its text as [`Self::text_of`]'s, a bool's too (its field decides).
    fn format_argument_text(&self, frame: &Frame, expr: &Expr, use_known: bool) -> Result<(String, bool)> {
        let ex = self.expr(frame, expr, use_known)?;
        self.text_of_ex(ex, expr)
    }

    fn text_of_ex(&self, ex: Ex, at: &Expr) -> Result<(String, bool)> {
        if let Ex::Static(Value::List(items)) = &ex
            && !matches!(at, Expr::Tuple(_))
        {
            return self.list_as_tuple(items, at);
        }
        let (text, _, _, reads) = self.to_code(ex, at)?;
        Ok((text, reads))
    }

    /// A list known at import time (`", ".join(names)` of a list the program never writes) as the
    /// scenario's tuple of its items.
    fn list_as_tuple(&self, items: &[Value], at: &Expr) -> Result<(String, bool)> {
        if items.is_empty() || items.len() > crate::expr::MAX_TUPLE_LENGTH {
            return fail(
                at,
                format!(
                    "this list has {} items; weft takes a list known at import time as a tuple of 1 to {} items here",
                    items.len(),
                    crate::expr::MAX_TUPLE_LENGTH
                ),
            );
        }
        let mut texts = Vec::with_capacity(items.len());
        let mut reads = false;
        for item in items {
            let (text, _, _, item_reads) = self.to_code(Ex::Static(item.clone()), at)?;
            reads |= item_reads;
            texts.push(text);
        }
        let text = if texts.len() == 1 { format!("({},)", texts[0]) } else { format!("({})", texts.join(", ")) };
        Ok((text, reads))
    }

    /// `s.method(args)` of a string's method on a value known only at run time (or a string literal's,
    /// `", ".join(...)`): the format's `method(s, args)`. `None` for any other call. `split` is refused
    /// here: it is taken where its list is unpacked, indexed or measured ([`Self::split_value`]).
    pub fn text_method(&self, frame: &Frame, call: &ast::ExprCall, use_known: bool) -> Result<Option<Ex>> {
        let Expr::Attribute(attribute) = &*call.func else { return Ok(None) };
        let method = attribute.attr.as_str();
        if !METHODS.contains(&method) {
            return Ok(None);
        }
        let receiver = self.expr(frame, &attribute.value, use_known)?;
        if !is_run_time(&receiver) && !matches!(receiver, Ex::Static(Value::Str(_))) {
            return Ok(None);
        }
        if method == "format" {
            return self.str_format(frame, call, receiver, &attribute.value, use_known).map(Some);
        }
        if matches!(method, "split" | "rsplit") {
            return fail(call, SPLIT_KEPT);
        }
        if let Some(read) = self.received_method(frame, call, method, &attribute.value, use_known)? {
            return Ok(Some(read));
        }
        self.text_call(frame, call, method, receiver, &attribute.value, use_known).map(Some)
    }

    /// The format's `method(receiver, args...)`.
    fn text_call(
        &self,
        frame: &Frame,
        call: &ast::ExprCall,
        method: &str,
        receiver: Ex,
        receiver_at: &Expr,
        use_known: bool,
    ) -> Result<Ex> {
        let Some(function) = TextFunction::from_name(method) else {
            return fail(
                call,
                format!(
                    "`.{method}()` of a string is Python's, not weft's yet (its answer depends on Unicode's categories of numbers)"
                ),
            );
        };
        if !call.arguments.keywords.is_empty() {
            return fail(call, format!("`.{method}()` with keyword arguments is not imported; pass them by position"));
        }
        let args = &call.arguments.args;
        let (fewest, most) = function.arity();
        if !(fewest..=most).contains(&(args.len() + 1)) {
            return fail(
                call,
                format!("`.{method}()` takes {} to {} arguments: Python raises TypeError here", fewest - 1, most - 1),
            );
        }
        refuse_known_text_beyond_ascii(call, method, &receiver)?;
        self.record_text_method_work(frame, call, method, &receiver);
        let (receiver_text, mut reads) = self.text_of_ex(receiver, receiver_at)?;
        let mut texts = vec![receiver_text];
        for arg in args.iter() {
            // `"-".join(s.split())`: the parts' tuple joins as Python's list does.
            let split = if method == "join" { self.split_value(frame, arg, use_known)? } else { None };
            // The format's `join` takes a tuple or a string: a list made at run time is joined by the
            // steps of translate/shared_lists.rs, where a statement may take them.
            let shared_list = matches!(
                self.expr(frame, arg, false),
                Ok(Ex::Static(Value::Shared(_, Shape::Map { dense: true } | Shape::Array(_))))
            );
            let held_list =
                matches!(self.held_object(frame, arg), Some((_, crate::translate::HeldObject::Container { .. })));
            if method == "join" && (shared_list || held_list) {
                return fail(call, JOINED_LIST_HERE);
            }
            let joined = if method == "join" { self.joined_items(frame, arg, use_known)? } else { None };
            let (text, arg_reads) = match (split, joined) {
                (Some(parts), _) => self.text_of_ex(parts, arg)?,
                (None, Some(joined)) => joined,
                (None, None) => self.text_of(frame, arg, use_known).or_else(|refusal| {
                    // `",".join(str(x) for x in data)` over items known only at run time: the join's
                    // loop is a statement's (translate/shared_lists.rs), so the call goes to a line of
                    // its own where its order allows (hoisting.rs).
                    let walked = method == "join" && matches!(arg, Expr::Generator(_));
                    if walked { fail(call, crate::hoisting::join_inside_expression()) } else { Err(refusal) }
                })?,
            };
            reads |= arg_reads;
            texts.push(text);
        }
        Ok(Ex::Code {
            text: format!("{}({})", function.name(), texts.join(", ")),
            precedence: ATOM,
            boolean: function.is_boolean(),
            reads_shared: reads,
        })
    }

    /// `s.split(...)` (or `rsplit`) as the format's tuple of its parts, for the forms where Python's
    /// list and the tuple behave alike: `None` when `expr` is no such call.
    pub fn split_value(&self, frame: &Frame, expr: &Expr, use_known: bool) -> Result<Option<Ex>> {
        let Expr::Call(call) = expr else { return Ok(None) };
        let Expr::Attribute(attribute) = &*call.func else { return Ok(None) };
        let method = attribute.attr.as_str();
        if !matches!(method, "split" | "rsplit") {
            return Ok(None);
        }
        let receiver = self.expr(frame, &attribute.value, use_known)?;
        if !is_run_time(&receiver) && !matches!(receiver, Ex::Static(Value::Str(_))) {
            return Ok(None);
        }
        // Of a string known at import time: a list known then (translate/known_names.rs).
        if self.known_split(frame, call)?.is_some() {
            return Ok(None);
        }
        self.text_call(frame, call, method, receiver, &attribute.value, use_known).map(Some)
    }

    /// `x[i]` or `x[a:b:c]` of a string or tuple known only at run time: `item(x, i)`, `slice(x, a, b, c)`
    /// (a missing bound is None, as Python's slice takes it).
    pub fn run_time_subscript(
        &self,
        frame: &Frame,
        container: Ex,
        subscript: &ast::ExprSubscript,
        use_known: bool,
    ) -> Result<Ex> {
        let (container_text, mut reads) = self.text_of_ex(container, &subscript.value)?;
        let mut texts = vec![container_text];
        let function = match &*subscript.slice {
            Expr::Slice(slice) => {
                for bound in [&slice.lower, &slice.upper, &slice.step] {
                    let (text, bound_reads) = match bound {
                        Some(bound) => self.text_of(frame, bound, use_known)?,
                        None => ("None".to_string(), false),
                    };
                    reads |= bound_reads;
                    texts.push(text);
                }
                TextFunction::Slice
            }
            index => {
                let (text, index_reads) = self.text_of(frame, index, use_known)?;
                reads |= index_reads;
                texts.push(text);
                TextFunction::Item
            }
        };
        Ok(Ex::Code {
            text: format!("{}({})", function.name(), texts.join(", ")),
            precedence: ATOM,
            boolean: false,
            reads_shared: reads,
        })
    }

    /// `key in container` where the container is a string or tuple known only at run time (or a string
    /// literal): `contains(container, key)`. `None` for any other container.
    pub fn run_time_membership(
        &self,
        frame: &Frame,
        key: &Expr,
        container: &Expr,
        use_known: bool,
    ) -> Result<Option<(String, bool)>> {
        let value = self.expr(frame, container, use_known)?;
        if !is_run_time(&value) && !matches!(value, Ex::Static(Value::Str(_))) {
            return Ok(None);
        }
        self.refuse_membership_of_rebound_set(frame, container)?;
        // Python evaluates the key first, then the container.
        let (key_text, key_reads) = self.text_of(frame, key, use_known)?;
        let (container_text, container_reads) = self.text_of_ex(value, container)?;
        Ok(Some((format!("contains({container_text}, {key_text})"), key_reads || container_reads)))
    }

    /// `repr(x)`, `ord(x)`, `chr(x)`, `format(x[, spec])` of a value: the format's function (the
    /// engine computes it when the program runs, with CPython's exceptions).
    pub fn text_builtin(&self, frame: &Frame, name: &str, call: &ast::ExprCall, use_known: bool) -> Result<Ex> {
        let args = &call.arguments.args;
        let wanted = if name == "format" { 1..=2 } else { 1..=1 };
        if !call.arguments.keywords.is_empty() || !wanted.contains(&args.len()) {
            return fail(call, format!("`{name}` takes {} argument(s) by position here", wanted.end()));
        }
        args.iter().try_for_each(|arg| self.refuse_text_of_bool_inside(arg))?;
        // `repr(flag)`, `format(flag)` of a bool: Python's `True`/`False`.
        if let Some(text) = self.bool_argument_text(frame, name, args, use_known)? {
            return Ok(text);
        }
        let mut texts = Vec::with_capacity(2);
        let mut reads = false;
        for arg in args.iter() {
            let (text, arg_reads) = self.text_of(frame, arg, use_known)?;
            reads |= arg_reads;
            texts.push(text);
        }
        if name == "format" && texts.len() == 1 {
            texts.push("''".to_string());
        }
        Ok(Ex::Code {
            text: format!("{name}({})", texts.join(", ")),
            precedence: ATOM,
            boolean: false,
            reads_shared: reads,
        })
    }

    /// The text of one replacement field of an f-string or `str.format`: `value` (scenario text) with
    /// its conversion (`!r`, `!s`) and format spec applied; `None` for a plain `{x}` (its `str`).
    pub fn field_text(
        &self,
        value: &str,
        conversion: ast::ConversionFlag,
        spec: Option<&str>,
        at: &impl ruff_text_size::Ranged,
    ) -> Result<Option<String>> {
        let converted = match conversion {
            ast::ConversionFlag::None => None,
            ast::ConversionFlag::Str => Some(format!("str({value})")),
            ast::ConversionFlag::Repr => Some(format!("repr({value})")),
            ast::ConversionFlag::Ascii => {
                return fail(at, "the conversion `!a` (ascii) is Python's, not weft's yet; `!r` and `!s` are");
            }
        };
        Ok(match spec {
            Some(spec) => {
                let inner = converted.unwrap_or_else(|| value.to_string());
                Some(format!("format({inner}, {})", crate::out::quoted(spec, '\'')))
            }
            None => converted,
        })
    }

    /// The format spec of an f-string's value, when it is literal text (`{n:03d}`); a spec with a
    /// replacement field of its own (`{x:>{width}}`) is refused.
    pub fn literal_spec(&self, spec: &ast::InterpolatedStringFormatSpec) -> Result<String> {
        let mut text = String::new();
        for element in spec.elements.iter() {
            match element {
                ast::InterpolatedStringElement::Literal(literal) => text.push_str(&literal.value),
                ast::InterpolatedStringElement::Interpolation(inner) => {
                    return fail(
                        &inner.range,
                        "a format spec with a value of its own (`{x:>{width}}`) is not imported; write the spec out",
                    );
                }
            }
        }
        Ok(text)
    }
}

/// A replacement field of a `str.format` template: which argument, its conversion and spec.
struct Field {
    argument: FieldName,
    conversion: ast::ConversionFlag,
    spec: Option<String>,
}

enum FieldName {
    Auto,
    Position(usize),
    Keyword(String),
}

enum TemplatePiece {
    Text(String),
    Field(Field),
}

/// A `str.format` template's pieces, or the exception CPython raises when it formats with it.
fn parse_template(template: &str) -> std::result::Result<Vec<TemplatePiece>, String> {
    let chars: Vec<char> = template.chars().collect();
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut at = 0;
    while at < chars.len() {
        match chars[at] {
            '{' if chars.get(at + 1) == Some(&'{') => {
                text.push('{');
                at += 2;
            }
            '}' if chars.get(at + 1) == Some(&'}') => {
                text.push('}');
                at += 2;
            }
            '}' => return Err("ValueError: Single '}' encountered in format string".into()),
            '{' => {
                let end = (at + 1..chars.len())
                    .find(|&position| chars[position] == '}')
                    .ok_or("ValueError: expected '}' before end of string")?;
                let inside: String = chars[at + 1..end].iter().collect();
                if inside.contains('{') {
                    return Err("a format spec with a field of its own (`{:>{width}}`) is not imported".into());
                }
                pieces.push(TemplatePiece::Text(std::mem::take(&mut text)));
                pieces.push(TemplatePiece::Field(parse_field(&inside)?));
                at = end + 1;
            }
            c => {
                text.push(c);
                at += 1;
            }
        }
    }
    pieces.push(TemplatePiece::Text(text));
    Ok(pieces)
}

fn parse_field(inside: &str) -> std::result::Result<Field, String> {
    let (head, spec) = match inside.split_once(':') {
        Some((head, spec)) => (head, Some(spec.to_string())),
        None => (inside, None),
    };
    let (name, conversion) = match head.split_once('!') {
        Some((name, "r")) => (name, ast::ConversionFlag::Repr),
        Some((name, "s")) => (name, ast::ConversionFlag::Str),
        Some((name, "a")) => (name, ast::ConversionFlag::Ascii),
        Some(_) => return Err("ValueError: an unknown conversion specifier".into()),
        None => (head, ast::ConversionFlag::None),
    };
    let argument = if name.is_empty() {
        FieldName::Auto
    } else if let Ok(position) = name.parse::<usize>() {
        FieldName::Position(position)
    } else if name.chars().all(|c| c.is_alphanumeric() || c == '_') {
        FieldName::Keyword(name.to_string())
    } else {
        return Err(format!("a field reading an attribute or an item (`{{{name}}}`) is not imported"));
    };
    Ok(Field { argument, conversion, spec })
}

impl Translator<'_> {
    /// `"template".format(args)` with a template known at import time: the scenario's f-string of its
    /// pieces, each field its argument's `str`, or `format`/`repr` with its spec or conversion. What
    /// CPython raises for the template itself (a missing argument, automatic and manual numbering
    /// mixed) is refused where it is written.
    fn str_format(
        &self,
        frame: &Frame,
        call: &ast::ExprCall,
        receiver: Ex,
        receiver_at: &Expr,
        use_known: bool,
    ) -> Result<Ex> {
        let Ex::Static(Value::Str(template)) = receiver else {
            return fail(receiver_at, "`str.format` of a template known only at run time is not imported");
        };
        let pieces =
            parse_template(&template).or_else(|why| fail(receiver_at, format!("{why} (CPython raises it here)")))?;
        let mut positional = Vec::new();
        // Which arguments are bools (positional, then keywords): their text is `True`/`False`.
        let mut bools = Vec::new();
        for arg in call.arguments.args.iter() {
            if matches!(arg, Expr::Starred(_)) {
                return fail(arg, "`str.format(*args)` is not imported; pass each argument");
            }
            self.refuse_text_of_bool_inside(arg)?;
            bools.push(self.holds_bool(arg)?);
            positional.push(self.format_argument_text(frame, arg, use_known)?);
        }
        let mut keywords = Vec::new();
        for keyword in call.arguments.keywords.iter() {
            let Some(name) = &keyword.arg else {
                return fail(keyword, "`str.format(**kwargs)` is not imported; pass each argument");
            };
            self.refuse_text_of_bool_inside(&keyword.value)?;
            bools.push(self.holds_bool(&keyword.value)?);
            keywords.push((name.to_string(), self.format_argument_text(frame, &keyword.value, use_known)?));
        }
        let mut out = Vec::new();
        let mut used = Vec::new();
        let (mut automatic, mut manual) = (0usize, false);
        for piece in pieces {
            let field = match piece {
                TemplatePiece::Text(text) => {
                    out.push(crate::expr::FormatPiece::Text(text));
                    continue;
                }
                TemplatePiece::Field(field) => field,
            };
            let chosen = match &field.argument {
                FieldName::Auto if manual => {
                    return fail(
                        receiver_at,
                        "ValueError: cannot switch from manual field specification to automatic field numbering (CPython raises it here)",
                    );
                }
                FieldName::Auto => {
                    automatic += 1;
                    Some(automatic - 1)
                }
                FieldName::Position(_) if automatic > 0 => {
                    return fail(
                        receiver_at,
                        "ValueError: cannot switch from automatic field numbering to manual field specification (CPython raises it here)",
                    );
                }
                FieldName::Position(position) => {
                    manual = true;
                    Some(*position)
                }
                FieldName::Keyword(_) => None,
            };
            let (text, index) = match (&field.argument, chosen) {
                (_, Some(position)) => match positional.get(position) {
                    Some((text, _)) => (text.clone(), position),
                    None => {
                        return fail(
                            receiver_at,
                            format!(
                                "IndexError: Replacement index {position} out of range for positional args tuple (CPython raises it here)"
                            ),
                        );
                    }
                },
                (FieldName::Keyword(name), None) => match keywords.iter().position(|(keyword, _)| keyword == name) {
                    Some(found) => (keywords[found].1.0.clone(), positional.len() + found),
                    None => return fail(receiver_at, format!("KeyError: '{name}' (CPython raises it here)")),
                },
                _ => unreachable!("a field is automatic, numbered or named"),
            };
            used.push(index);
            if bools[index] {
                let field_text = self.bool_field(&text, field.conversion, field.spec.as_deref(), call)?;
                out.push(crate::expr::FormatPiece::Value(field_text));
                continue;
            }
            let field_text = self.field_text(&text, field.conversion, field.spec.as_deref(), call)?;
            out.push(crate::expr::FormatPiece::Value(field_text.unwrap_or(text)));
        }
        // CPython reads every argument once, in order, before it formats: a field reads its argument
        // where it stands, so an argument that reads shared state must be used once, in that order.
        let reads: Vec<bool> =
            positional.iter().chain(keywords.iter().map(|(_, argument)| argument)).map(|(_, reads)| *reads).collect();
        let reading: Vec<usize> = used.iter().copied().filter(|&index| reads[index]).collect();
        let each_once = reads
            .iter()
            .enumerate()
            .filter(|(_, reads)| **reads)
            .all(|(index, _)| reading.iter().filter(|&&used| used == index).count() == 1);
        if !each_once || !reading.windows(2).all(|pair| pair[0] < pair[1]) {
            return fail(
                call,
                "an argument of `str.format` that reads shared state is read once by Python, before the text is made; here the template uses it other than once, in order: copy it to a local first",
            );
        }
        let any_reads = reads.iter().any(|reads| *reads);
        Ok(Ex::Code { text: crate::expr::format_text(&out), precedence: ATOM, boolean: false, reads_shared: any_reads })
    }
}

/// Why `sep.join(x)` of a shared list or a list made at run time is refused inside a larger expression.
const JOINED_LIST_HERE: &str = "`sep.join(x)` of a shared list or a list made at run time is supported as an assignment's value, a test or an operand (one step that joins its items); inside an f-string's field or another call, assign the join to a name first";

/// `"²".isdigit()` of a text known at import time beyond ASCII: the engine answers these methods for
/// ASCII only (Unicode's categories decide the rest) and would fault in every run at its limit, so the
/// call is refused where it is written (session32/checks/v09b).
fn refuse_known_text_beyond_ascii(call: &ast::ExprCall, method: &str, receiver: &Ex) -> Result<()> {
    const ASCII_ONLY: [&str; 9] =
        ["isdigit", "isalpha", "isalnum", "isupper", "islower", "istitle", "title", "capitalize", "swapcase"];
    match receiver {
        Ex::Static(Value::Str(text)) if !text.is_ascii() && ASCII_ONLY.contains(&method) => fail(
            call,
            format!(
                "`.{method}()` of {text:?}, a text beyond ASCII, is not supported: Python answers it by Unicode's categories, which weft does not model (it reads ASCII's); test ASCII text, or compare the characters themselves"
            ),
        ),
        _ => Ok(()),
    }
}
