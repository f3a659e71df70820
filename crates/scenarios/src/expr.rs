//! The expression language: 64-bit integers, strings (`'a'`, `"a"`), names, `len(Q)`, `+ - * / // %`, comparisons, `&& || !`,
//! parentheses, and format 1.1's `a[i]`, `has(m, k)`, `is_set(E)`, `min`, `max`, `abs`, `and`, `or`,
//! `not`, `True`, `False`. Parsed once at load into an AST; `lower` resolves names and lowers it to
//! sim-core's postfix form. Positions are byte offsets into the expression text.

use sim_core::limits::{MAX_EXPRESSION_CHARS, MAX_EXPRESSION_DEPTH};
use sim_core::model::{BinaryOp, ObjectPart};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ast {
    Number(i64),
    /// A float literal (`0.5`, `1e-05`, `1.5e+16`: Python's syntax, read correctly rounded), by its
    /// IEEE bits.
    Float(u64),
    /// A string literal, `'text'` or `"text"` (Python's `str`), at byte `at` of the expression.
    Str {
        text: String,
        at: usize,
    },
    /// A name, or `P.v` (process-qualified, only in `expect`).
    Name {
        name: String,
        at: usize,
    },
    Len {
        queue: String,
        at: usize,
    },
    Negate(Box<Ast>),
    /// `!x` or `not x`.
    Not(Box<Ast>),
    Binary(BinaryOp, Box<Ast>, Box<Ast>),
    /// `&&`: format 1.0's meaning, every read of both sides happens.
    And(Box<Ast>, Box<Ast>),
    /// `||`: as `&&`.
    Or(Box<Ast>, Box<Ast>),
    /// Python's `and`: the reads of the right side happen only when it is evaluated.
    PyAnd(Box<Ast>, Box<Ast>),
    /// Python's `or`.
    PyOr(Box<Ast>, Box<Ast>),
    /// Python's `then if condition else otherwise`: only the branch taken is evaluated (and read).
    IfElse {
        condition: Box<Ast>,
        then: Box<Ast>,
        otherwise: Box<Ast>,
    },
    /// `name[index]`: an element of an array, a key of a map, or an element of an array of primitives.
    Index {
        name: String,
        at: usize,
        index: Box<Ast>,
    },
    /// `min(a, b)`, `max(a, b)`, `abs(a)`, `has(m, k)`, `is_set(E)`, `unpack(t, i, n)`.
    Call {
        function: Function,
        at: usize,
        args: Vec<Ast>,
    },
    /// `(a, b)` or `(a,)`: Python's tuple, 1 to `limits::MAX_TUPLE_LENGTH` items, opened at byte `at`.
    Tuple {
        items: Vec<Ast>,
        at: usize,
    },
    /// An f-string, `f'k{i}'`: its parts in order (the literal texts as strings), joined as Python's
    /// `str` of each; `source` is its text as written.
    Format {
        parts: Vec<Ast>,
        source: String,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Function {
    Min,
    Max,
    Abs,
    Has,
    IsSet,
    /// `locked(L)`: whether lock `L` is held as CPython's `Lock.locked()` says (free while a release
    /// has handed it to a waiter that has not run since), read in a step of its own (`Instr::ReadLocked`).
    Locked,
    /// `unpack(t, i, n)`: item `i` of tuple `t`, which must have `n` items (`i` and `n` literals).
    Unpack,
    /// `key_at(m, i)`: the key at place `i` of shared map `m`'s keys in sorted order.
    KeyAt,
    /// `value_at(m, i)`: the value of that key.
    ValueAt,
    /// `next_inserted(m, p)`: the first insertion place at least `p` that holds a key of map `m`, or -1.
    NextInserted,
    /// `key_inserted(m, p)`: the key at insertion place `p`.
    KeyInserted,
    /// `changes(m)`: how many inserts of a new key and deletes map `m` has seen.
    Changes,
    /// Python's `str(x)`.
    Str,
    /// Python's `int(x)`: an integer as itself, a string parsed in base 10.
    Int,
    /// `as_index(x)`: Python's `operator.index(x)`, which `range` applies to its arguments: an integer
    /// as itself, TypeError of anything else (a float: `range(2.5)`).
    AsIndex,
    /// `len(x)` of a value (a string, a tuple) rather than of a named queue, map or array.
    Len,
    /// `upper(s)`: Python's `s.upper()`.
    Upper,
    /// `lower(s)`: Python's `s.lower()`.
    Lower,
    /// `new_list(a, b, ...)`: a list made at run time (Python's `[a, b]`), 0 to 32 items.
    NewList,
    /// `new_dict(k1, v1, k2, v2, ...)`: a dict made at run time (Python's `{k1: v1}`), keys and values paired.
    NewDict,
    /// `new_set(a, b, ...)`: a set made at run time (Python's `{a, b}`, `set()`).
    NewSet,
    /// `new_instance('C', 'x', 1, ...)`: an instance of class `C` made at run time, attributes and values
    /// paired (Python's `C()` whose `__init__` sets `self.x = 1`); printed `<C object>`.
    NewInstance,
    /// `new_dataclass('C', 'x', 1, ...)`: the same, a dataclass's: printed `C(x=1)`, its fields those given.
    NewDataclass,
    /// `new_ordered_dataclass('Job', 1, 'priority', 3, 'name', 'a')`: an `order=True` dataclass's
    /// instance, ordered by its first attributes (as many as the integer literal after the class).
    NewOrderedDataclass,
    /// `size(x)`: Python's `len(x)` of an object made at run time, a read of shared state.
    Size,
    /// `truth(x)`: Python's truth of a value of any kind, a list's, dict's or set's read in the step.
    Truth,
    /// `truediv(a, b)`: Python's `a / b`, a float (of two integers too).
    TrueDiv,
    /// `now_ns()`: the task's present in virtual time, in integer nanoseconds, read in a step of its own
    /// (`Instr::ReadClock`): Python's `time.monotonic_ns()`, and the clock weft's other readings are
    /// built on.
    NowNs,
    /// `float(x)`: Python's `float` of a number.
    Float,
    /// `round(x)`: Python's `round` to an integer, ties to even; `round(x, n)` to `n` decimals.
    Round,
    /// `pow(a, b)`: Python's `a ** b` of two integers (exact; an exponent from 0).
    Pow,
    /// `bitand(a, b)`, `bitor`, `bitxor`, `lshift`, `rshift`: Python's `a & b`, `|`, `^`, `<<`, `>>` of
    /// two integers (sim_core's bitwise.rs).
    Bitwise(sim_core::model::BinaryOp),
    /// A function of text: `strip(s)`, `slice(s, a, b, c)`, `format(x, spec)`, ... (sim_core::text).
    Text(sim_core::text::TextFunction),
    /// A read of a whole value of any kind in a step of its own: `index_of(x, v)`, `count_of(x, v)`,
    /// `joined(x, sep)`, `sliced(x, a, b, c)`, `unpacked(x, n)` (Python's `x.index(v)`, `x.count(v)`,
    /// `sep.join(x)`, `x[a:b:c]`, `a, b = x` of a list, dict or set made at run time, or of a tuple or
    /// a string).
    Whole(ObjectPart),
}

/// The most items one `new_list`, `new_dict`, `new_set`, `new_instance` or `new_dataclass` takes.
pub const MAX_OBJECT_DISPLAY: usize = 32;

impl Function {
    /// The functions an unknown name's error lists and suggests from. `unpack` (the import's, for
    /// `a, b = t`), `key_at`, `value_at` and the insertion-order reads are left out so that the message of every file that names
    /// an unknown function stays as it was before tuples and whole-map reads.
    pub const NAMES: [&str; 6] = ["len", "min", "max", "abs", "has", "is_set"];

    fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "min" => Function::Min,
            "max" => Function::Max,
            "abs" => Function::Abs,
            "has" => Function::Has,
            "is_set" => Function::IsSet,
            "locked" => Function::Locked,
            "unpack" => Function::Unpack,
            "key_at" => Function::KeyAt,
            "value_at" => Function::ValueAt,
            "next_inserted" => Function::NextInserted,
            "key_inserted" => Function::KeyInserted,
            "changes" => Function::Changes,
            "str" => Function::Str,
            "int" => Function::Int,
            "as_index" => Function::AsIndex,
            "len" => Function::Len,
            "upper" => Function::Upper,
            "lower" => Function::Lower,
            "new_list" => Function::NewList,
            "new_dict" => Function::NewDict,
            "new_set" => Function::NewSet,
            "new_instance" => Function::NewInstance,
            "new_dataclass" => Function::NewDataclass,
            "new_ordered_dataclass" => Function::NewOrderedDataclass,
            "size" => Function::Size,
            "truth" => Function::Truth,
            "truediv" => Function::TrueDiv,
            "now_ns" => Function::NowNs,
            "float" => Function::Float,
            "round" => Function::Round,
            "pow" => Function::Pow,
            "bitand" => Function::Bitwise(BinaryOp::BitAnd),
            "bitor" => Function::Bitwise(BinaryOp::BitOr),
            "bitxor" => Function::Bitwise(BinaryOp::BitXor),
            "lshift" => Function::Bitwise(BinaryOp::LeftShift),
            "rshift" => Function::Bitwise(BinaryOp::RightShift),
            "index_of" => Function::Whole(ObjectPart::Index),
            "count_of" => Function::Whole(ObjectPart::Count),
            "joined" => Function::Whole(ObjectPart::Join),
            "sliced" => Function::Whole(ObjectPart::Slice),
            "unpacked" => Function::Whole(ObjectPart::Unpack),
            _ => return sim_core::text::TextFunction::from_name(name).map(Function::Text),
        })
    }

    fn arity(self) -> usize {
        match self {
            Function::Min
            | Function::Max
            | Function::Has
            | Function::KeyAt
            | Function::ValueAt
            | Function::NextInserted
            | Function::KeyInserted
            | Function::TrueDiv
            | Function::Pow
            | Function::Bitwise(_) => 2,
            Function::Whole(ObjectPart::Slice) => 4,
            Function::Whole(_) => 2,
            Function::Abs
            | Function::Float
            | Function::Round
            | Function::IsSet
            | Function::Locked
            | Function::Changes
            | Function::Str
            | Function::Int
            | Function::AsIndex
            | Function::Len
            | Function::Upper
            | Function::Lower
            | Function::Size
            | Function::Truth => 1,
            Function::Unpack => 3,
            Function::NowNs => 0,
            // Variadic: checked by `check_object_display`.
            Function::NewList
            | Function::NewDict
            | Function::NewSet
            | Function::NewInstance
            | Function::NewDataclass
            | Function::NewOrderedDataclass => 0,
            Function::Text(function) => function.arity().0,
        }
    }

    /// The most arguments (more than `arity` for the text functions' optional ones).
    fn most_arguments(self) -> usize {
        match self {
            Function::Text(function) => function.arity().1,
            Function::Round => 2,
            _ => self.arity(),
        }
    }

    /// The functions that read a map's entries (`key_at`, ...): a read of shared state, lowered to
    /// `Instr::ReadEntry`, in a task's steps only.
    pub fn reads_entries(self) -> bool {
        matches!(
            self,
            Function::KeyAt
                | Function::ValueAt
                | Function::NextInserted
                | Function::KeyInserted
                | Function::Changes
                | Function::Size
                | Function::Truth
                | Function::Whole(_)
        )
    }

    /// The functions that make an object (`new_list`, ...): pure, each a new object.
    pub fn makes_object(self) -> bool {
        matches!(
            self,
            Function::NewList
                | Function::NewDict
                | Function::NewSet
                | Function::NewInstance
                | Function::NewDataclass
                | Function::NewOrderedDataclass
        )
    }

    pub fn name(self) -> &'static str {
        match self {
            Function::Min => "min",
            Function::Max => "max",
            Function::Abs => "abs",
            Function::Has => "has",
            Function::IsSet => "is_set",
            Function::Locked => "locked",
            Function::Unpack => "unpack",
            Function::KeyAt => "key_at",
            Function::ValueAt => "value_at",
            Function::NextInserted => "next_inserted",
            Function::KeyInserted => "key_inserted",
            Function::Changes => "changes",
            Function::Str => "str",
            Function::Int => "int",
            Function::AsIndex => "as_index",
            Function::Len => "len",
            Function::Upper => "upper",
            Function::Lower => "lower",
            Function::NewList => "new_list",
            Function::NewDict => "new_dict",
            Function::NewSet => "new_set",
            Function::NewInstance => "new_instance",
            Function::NewDataclass => "new_dataclass",
            Function::NewOrderedDataclass => "new_ordered_dataclass",
            Function::Size => "size",
            Function::Truth => "truth",
            Function::TrueDiv => "truediv",
            Function::NowNs => "now_ns",
            Function::Float => "float",
            Function::Round => "round",
            Function::Pow => "pow",
            Function::Bitwise(BinaryOp::BitAnd) => "bitand",
            Function::Bitwise(BinaryOp::BitOr) => "bitor",
            Function::Bitwise(BinaryOp::BitXor) => "bitxor",
            Function::Bitwise(BinaryOp::LeftShift) => "lshift",
            Function::Bitwise(_) => "rshift",
            Function::Text(function) => function.name(),
            Function::Whole(part) => part.function(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub at: usize,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Token {
    /// Unsigned, so that `-9223372036854775808` can be read as a literal.
    Number(u64),
    /// A float literal's IEEE bits.
    Float(u64),
    Name(String),
    Str(String),
    /// An f-string: its literal texts and the source of each `{...}` with the byte it starts at.
    Format(Vec<FormatPiece>, String),
    Symbol(&'static str),
    End,
}

const SYMBOLS: [&str; 21] =
    ["==", "!=", "<=", ">=", "&&", "||", "//", "+", "-", "*", "/", "%", "<", ">", "!", "(", ")", "=", "[", "]", ","];

/// Where a float literal whose digits before the point end at `at` ends: past `.DIGITS` and an
/// exponent `e[+-]DIGITS`; `None` when neither follows (an integer).
fn float_literal_end(bytes: &[u8], mut at: usize) -> Option<usize> {
    let digits_from = |mut at: usize| {
        let start = at;
        while at < bytes.len() && bytes[at].is_ascii_digit() {
            at += 1;
        }
        (at > start).then_some(at)
    };
    let mut float = false;
    if bytes.get(at) == Some(&b'.')
        && let Some(end) = digits_from(at + 1)
    {
        at = end;
        float = true;
    }
    if matches!(bytes.get(at), Some(b'e' | b'E')) {
        let sign = usize::from(matches!(bytes.get(at + 1), Some(b'+' | b'-')));
        if let Some(end) = digits_from(at + 1 + sign) {
            at = end;
            float = true;
        }
    }
    float.then_some(at)
}

/// The IEEE bits of the float literal `text` (Rust's reading is correctly rounded, as Python's); a
/// literal too large for a float is an error (Python reads it as `inf`, which has no literal).
fn float_literal(text: &str, at: usize) -> Result<u64, ParseError> {
    let number: f64 = text.parse().map_err(|_| ParseError { at, message: format!("`{text}` is no float") })?;
    if !number.is_finite() {
        return Err(ParseError { at, message: format!("`{text}` is too large for a float") });
    }
    Ok(number.to_bits())
}

fn tokenize(text: &str) -> Result<Vec<(Token, usize)>, ParseError> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let c = bytes[at];
        if c.is_ascii_whitespace() {
            at += 1;
            continue;
        }
        if c.is_ascii_digit() {
            let start = at;
            while at < bytes.len() && (bytes[at].is_ascii_digit() || bytes[at] == b'_') {
                at += 1;
            }
            if let Some(end) = float_literal_end(bytes, at) {
                tokens.push((Token::Float(float_literal(&text[start..end], start)?), start));
                at = end;
                continue;
            }
            let digits: String = text[start..at].chars().filter(|&c| c != '_').collect();
            let value = digits.parse::<u64>().ok().filter(|&v| v <= i64::MAX as u64 + 1).ok_or_else(|| ParseError {
                at: start,
                message: format!("`{digits}` does not fit in a 64-bit integer"),
            })?;
            tokens.push((Token::Number(value), start));
            continue;
        }
        if c == b'f' && matches!(bytes.get(at + 1), Some(b'\'' | b'"')) {
            let (pieces, end) = format_literal(text, at + 1)?;
            tokens.push((Token::Format(pieces, text[at..end].to_string()), at));
            at = end;
            continue;
        }
        if c.is_ascii_alphabetic() || c == b'_' {
            let start = at;
            while at < bytes.len() && (bytes[at].is_ascii_alphanumeric() || bytes[at] == b'_' || bytes[at] == b'.') {
                at += 1;
            }
            let name = &text[start..at];
            tokens.push((Token::Name(name.to_string()), start));
            // Queue names may contain `-` (`len(job-queue)`), which elsewhere is subtraction: read the
            // argument of `len(` verbatim up to its `)` when it is a name (`len(str(n))` is a call).
            let rest = &text[at..];
            if name == "len" && rest.trim_start().starts_with('(') && len_of_a_name(rest) {
                let open = at + rest.find('(').unwrap_or(0);
                tokens.push((Token::Symbol("("), open));
                let Some(close) = text[open..].find(')').map(|c| open + c) else {
                    return Err(ParseError { at: open, message: "`len(` has no closing `)`".to_string() });
                };
                let inner = &text[open + 1..close];
                let inner_at = open + 1 + (inner.len() - inner.trim_start().len());
                tokens.push((Token::Name(inner.trim().to_string()), inner_at));
                tokens.push((Token::Symbol(")"), close));
                at = close + 1;
            }
            continue;
        }
        if c == b'\'' || c == b'"' {
            let (literal, end) = string_literal(text, at)?;
            tokens.push((Token::Str(literal), at));
            at = end;
            continue;
        }
        let rest = &text[at..];
        let Some(symbol) = SYMBOLS.iter().find(|s| rest.starts_with(**s)) else {
            let shown = rest.chars().next().unwrap_or('?');
            return Err(ParseError { at, message: format!("unexpected `{shown}` in an expression") });
        };
        tokens.push((Token::Symbol(symbol), at));
        at += symbol.len();
    }
    tokens.push((Token::End, text.len()));
    Ok(tokens)
}

/// A string literal starting with the quote at `start`: its text and the byte past its closing quote.
/// Python's escapes `\\`, `\'`, `\"`, `\n`, `\t`, `\r`, `\0`, `\xNN`; no other backslash is allowed (so that a
/// text cannot mean one thing here and another in Python).
fn string_literal(text: &str, start: usize) -> Result<(String, usize), ParseError> {
    let quote = text.as_bytes()[start] as char;
    let mut literal = String::new();
    let mut chars = text[start + 1..].char_indices().map(|(offset, c)| (start + 1 + offset, c));
    while let Some((at, c)) = chars.next() {
        match c {
            c if c == quote => return Ok((literal, at + 1)),
            '\\' => {
                let escaped = match chars.next() {
                    Some((_, '\\')) => '\\',
                    Some((_, '\'')) => '\'',
                    Some((_, '"')) => '"',
                    Some((_, 'n')) => '\n',
                    Some((_, 't')) => '\t',
                    Some((_, 'r')) => '\r',
                    Some((_, '0')) => '\0',
                    Some((_, 'x')) => hex_escape(&mut chars)
                        .ok_or_else(|| ParseError { at, message: "`\\x` takes two hexadecimal digits".to_string() })?,
                    _ => {
                        return Err(ParseError {
                            at,
                            message: "unknown escape in a string; the escapes are \\\\ \\' \\\" \\n \\t \\r \\0 \\xNN"
                                .to_string(),
                        });
                    }
                };
                literal.push(escaped);
            }
            c => literal.push(c),
        }
    }
    Err(ParseError { at: start, message: format!("a string opened with {quote} is not closed") })
}

/// Whether the `(...)` at the start of `rest` holds one name (letters, digits, `_`, `.`, `-`).
fn len_of_a_name(rest: &str) -> bool {
    let inner = rest.trim_start().trim_start_matches('(');
    let Some(close) = inner.find(')') else { return true };
    inner[..close].trim().bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
}

/// A piece of an f-string: a literal text, or the source of a value between `{` and `}` with the byte
/// of the expression where it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatPiece {
    Text(String),
    Value(String, usize),
}

/// An f-string whose quote is at `start`: its pieces and the byte past its closing quote. `{{` and `}}`
/// are braces; inside `{...}` a value of the expression language, with no format spec or conversion
/// (`{x:>5}`, `{x!r}`: refused, plainly); outside, the escapes of a string literal.
fn format_literal(text: &str, start: usize) -> Result<(Vec<FormatPiece>, usize), ParseError> {
    let (literal, end) = string_literal(text, start)?;
    let mut pieces = Vec::new();
    let mut pending = String::new();
    let mut chars = literal.char_indices().peekable();
    // The offsets of `literal` are the source's after the quote, for a literal without escapes; with
    // escapes they are approximate, which only moves where an error points.
    let source_at = |offset: usize| start + 1 + offset;
    while let Some((offset, c)) = chars.next() {
        match c {
            '{' if chars.peek().map(|&(_, next)| next) == Some('{') => {
                chars.next();
                pending.push('{');
            }
            '}' if chars.peek().map(|&(_, next)| next) == Some('}') => {
                chars.next();
                pending.push('}');
            }
            '{' => {
                let inner_start = offset + 1;
                let Some(length) = literal[inner_start..].find('}') else {
                    return Err(ParseError {
                        at: source_at(offset),
                        message: "`{` of an f-string is not closed".into(),
                    });
                };
                let inner = &literal[inner_start..inner_start + length];
                if inner.contains([':', '!', '{']) && !inner.contains("!=") {
                    let message = "an f-string's value is `{x}` alone: format specs (`{x:>5}`) and conversions (`{x!r}`) are not weft's";
                    return Err(ParseError { at: source_at(offset), message: message.into() });
                }
                if !pending.is_empty() {
                    pieces.push(FormatPiece::Text(std::mem::take(&mut pending)));
                }
                pieces.push(FormatPiece::Value(inner.to_string(), source_at(inner_start)));
                while chars.peek().is_some_and(|&(at, _)| at < inner_start + length + 1) {
                    chars.next();
                }
            }
            '}' => return Err(ParseError { at: source_at(offset), message: "a single `}` in an f-string".into() }),
            c => pending.push(c),
        }
    }
    if !pending.is_empty() {
        pieces.push(FormatPiece::Text(pending));
    }
    Ok((pieces, end))
}

/// The character of `\xNN` (Python's: a code point below 256), from the two digits after the `x`.
fn hex_escape(chars: &mut impl Iterator<Item = (usize, char)>) -> Option<char> {
    let digits: String = chars.take(2).map(|(_, c)| c).collect();
    (digits.len() == 2).then_some(())?;
    u8::from_str_radix(&digits, 16).ok().map(char::from)
}

struct Parser {
    tokens: Vec<(Token, usize)>,
    position: usize,
    depth: usize,
}

pub fn parse_expression(text: &str) -> Result<Ast, ParseError> {
    if text.len() > MAX_EXPRESSION_CHARS {
        return Err(ParseError {
            at: 0,
            message: format!("an expression is at most {MAX_EXPRESSION_CHARS} characters"),
        });
    }
    let mut parser = Parser { tokens: tokenize(text)?, position: 0, depth: 0 };
    if parser.peek() == &Token::End {
        return Err(ParseError { at: 0, message: "expected an expression, found nothing".to_string() });
    }
    let ast = parser.python_conditional()?;
    match parser.peek() {
        Token::End => Ok(ast),
        Token::Symbol("=") => Err(parser.error("`=` assigns; compare with `==`")),
        other => {
            let shown = describe(other);
            Err(parser.error(&format!("expected an operator or the end, found {shown}")))
        }
    }
}

/// The right side of `let: "x = choose(1, 6)"`, `let: "x = choose_of(V, ...)"` or `let: "x = sample(LO,
/// HI)"`: which, where it starts, and each argument with where it starts (byte offsets into the
/// expression).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChoiceCall {
    pub kind: ChoiceKind,
    pub at: usize,
    pub args: Vec<(Ast, usize)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChoiceKind {
    /// `choose(LO, HI)`: every integer from LO to HI.
    Range,
    /// `choose_of(V, ...)`: the values listed.
    Of,
    /// `sample(LO, HI)`: a range too wide to enumerate (a random duration), sampled at LO, its middle and
    /// HI.
    Sample,
}

impl ChoiceKind {
    pub fn name(self) -> &'static str {
        match self {
            ChoiceKind::Range => "choose",
            ChoiceKind::Of => "choose_of",
            ChoiceKind::Sample => "sample",
        }
    }
}

/// The names of the choice functions, which are steps of their own rather than functions of an
/// expression.
pub const CHOICE_FUNCTIONS: [&str; 3] = ["choose", "choose_of", "sample"];

/// `text` as a choice, when it is a call of `choose` or `choose_of` (`None` for any other expression).
pub fn parse_choice(text: &str) -> Option<Result<ChoiceCall, ParseError>> {
    if text.len() > MAX_EXPRESSION_CHARS {
        return None;
    }
    let tokens = tokenize(text).ok()?;
    let (Token::Name(name), at) = &tokens[0] else { return None };
    if !CHOICE_FUNCTIONS.contains(&name.as_str()) || tokens.get(1).map(|t| &t.0) != Some(&Token::Symbol("(")) {
        return None;
    }
    let kind = match name.as_str() {
        "choose" => ChoiceKind::Range,
        "choose_of" => ChoiceKind::Of,
        _ => ChoiceKind::Sample,
    };
    let at = *at;
    let mut parser = Parser { tokens, position: 2, depth: 1 };
    Some(parser.choice_arguments().map(|args| ChoiceCall { kind, at, args }))
}

impl Parser {
    /// The arguments of a choice, up to its `)` and the end of the expression.
    fn choice_arguments(&mut self) -> Result<Vec<(Ast, usize)>, ParseError> {
        let mut args = Vec::new();
        if !self.eat(")") {
            loop {
                let at = self.at();
                args.push((self.python_conditional()?, at));
                if self.eat(")") {
                    break;
                }
                if !self.eat(",") {
                    return Err(self.error("expected `,` or `)`"));
                }
            }
        }
        match self.peek() {
            Token::End => Ok(args),
            other => {
                let shown = describe(other);
                Err(self.error(&format!("a choice is the whole right side of a `let`; found {shown} after it")))
            }
        }
    }
}

/// Splits `target = expression` at the assignment's `=`.
pub fn split_assignment(text: &str) -> Option<(&str, &str, usize)> {
    let bytes = text.as_bytes();
    for index in 0..bytes.len() {
        if bytes[index] != b'=' {
            continue;
        }
        let before = if index > 0 { bytes[index - 1] } else { b' ' };
        let after = bytes.get(index + 1).copied().unwrap_or(b' ');
        if matches!(before, b'=' | b'!' | b'<' | b'>') || after == b'=' {
            continue;
        }
        return Some((text[..index].trim(), &text[index + 1..], index + 1));
    }
    None
}

fn describe(token: &Token) -> String {
    match token {
        Token::Number(n) => format!("`{n}`"),
        Token::Float(bits) => format!("`{}`", sim_core::floats::python_repr(f64::from_bits(*bits))),
        Token::Name(name) => format!("`{name}`"),
        Token::Str(text) => format!("the string {}", sim_core::expr::Value::Str(text.clone())),
        Token::Format(_, source) => format!("the f-string {source}"),
        Token::Symbol(symbol) => format!("`{symbol}`"),
        Token::End => "the end".to_string(),
    }
}

impl Parser {
    fn peek(&self) -> &Token {
        &self.tokens[self.position].0
    }

    /// Whether the tokens after `len` are `( name )`.
    fn len_of_a_name(&self) -> bool {
        let after = |offset: usize| self.tokens.get(self.position + offset).map(|(token, _)| token);
        matches!(after(1), Some(Token::Name(_))) && after(2) == Some(&Token::Symbol(")"))
    }

    fn at(&self) -> usize {
        self.tokens[self.position].1
    }

    fn error(&self, message: &str) -> ParseError {
        ParseError { at: self.at(), message: message.to_string() }
    }

    fn advance(&mut self) -> Token {
        let token = self.tokens[self.position].0.clone();
        if self.position + 1 < self.tokens.len() {
            self.position += 1;
        }
        token
    }

    fn eat(&mut self, symbol: &str) -> bool {
        if self.peek() == &Token::Symbol(SYMBOLS.iter().find(|s| **s == symbol).copied().unwrap_or("")) {
            self.advance();
            return true;
        }
        false
    }

    fn nest(&mut self) -> Result<(), ParseError> {
        self.depth += 1;
        if self.depth > MAX_EXPRESSION_DEPTH / 2 {
            return Err(self.error(&format!("expression nested deeper than {}", MAX_EXPRESSION_DEPTH / 2)));
        }
        Ok(())
    }

    fn keyword(&mut self, word: &str) -> bool {
        if matches!(self.peek(), Token::Name(name) if name == word) {
            self.advance();
            return true;
        }
        false
    }

    /// Python's conditional expression, the loosest of all: `a if c else b` (`b` may be another).
    fn python_conditional(&mut self) -> Result<Ast, ParseError> {
        let then = self.python_or()?;
        if !self.keyword("if") {
            return Ok(then);
        }
        self.nest()?;
        let condition = self.python_or()?;
        if !self.keyword("else") {
            return Err(self.error("expected `else` (a conditional expression is `a if condition else b`)"));
        }
        let otherwise = self.python_conditional()?;
        Ok(Ast::IfElse { condition: Box::new(condition), then: Box::new(then), otherwise: Box::new(otherwise) })
    }

    fn python_or(&mut self) -> Result<Ast, ParseError> {
        let mut left = self.python_and()?;
        while self.keyword("or") {
            self.nest()?;
            let right = self.python_and()?;
            left = Ast::PyOr(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn python_and(&mut self) -> Result<Ast, ParseError> {
        let mut left = self.python_not()?;
        while self.keyword("and") {
            self.nest()?;
            let right = self.python_not()?;
            left = Ast::PyAnd(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    /// Python's `not` binds more loosely than the comparisons: `not a == b` is `not (a == b)`.
    fn python_not(&mut self) -> Result<Ast, ParseError> {
        if self.keyword("not") {
            self.nest()?;
            return Ok(Ast::Not(Box::new(self.python_not()?)));
        }
        self.or()
    }

    fn or(&mut self) -> Result<Ast, ParseError> {
        let mut left = self.and()?;
        while self.eat("||") {
            self.nest()?;
            let right = self.and()?;
            left = Ast::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Ast, ParseError> {
        let mut left = self.comparison()?;
        while self.eat("&&") {
            self.nest()?;
            let right = self.comparison()?;
            left = Ast::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn comparison(&mut self) -> Result<Ast, ParseError> {
        let left = self.sum()?;
        let op = match self.peek() {
            Token::Symbol("==") => BinaryOp::Eq,
            Token::Symbol("!=") => BinaryOp::Ne,
            Token::Symbol("<") => BinaryOp::Lt,
            Token::Symbol("<=") => BinaryOp::Le,
            Token::Symbol(">") => BinaryOp::Gt,
            Token::Symbol(">=") => BinaryOp::Ge,
            _ => return Ok(left),
        };
        self.advance();
        let right = self.sum()?;
        if matches!(self.peek(), Token::Symbol("==" | "!=" | "<" | "<=" | ">" | ">=")) {
            return Err(self.error("comparisons do not chain; join them with `&&`"));
        }
        Ok(Ast::Binary(op, Box::new(left), Box::new(right)))
    }

    fn sum(&mut self) -> Result<Ast, ParseError> {
        let mut left = self.product()?;
        loop {
            let op = match self.peek() {
                Token::Symbol("+") => BinaryOp::Add,
                Token::Symbol("-") => BinaryOp::Sub,
                _ => return Ok(left),
            };
            self.advance();
            self.nest()?;
            let right = self.product()?;
            left = Ast::Binary(op, Box::new(left), Box::new(right));
        }
    }

    fn product(&mut self) -> Result<Ast, ParseError> {
        let mut left = self.unary()?;
        loop {
            let op = match self.peek() {
                Token::Symbol("*") => BinaryOp::Mul,
                // Both are Python's floor division on integers.
                Token::Symbol("/" | "//") => BinaryOp::Div,
                Token::Symbol("%") => BinaryOp::Rem,
                _ => return Ok(left),
            };
            self.advance();
            self.nest()?;
            let right = self.unary()?;
            left = Ast::Binary(op, Box::new(left), Box::new(right));
        }
    }

    fn unary(&mut self) -> Result<Ast, ParseError> {
        if self.eat("-") {
            self.nest()?;
            // `-9223372036854775807` is a literal; the pattern one below is Python's None, no integer.
            if let Token::Number(n) = self.peek() {
                let n = *n;
                let at = self.at();
                // The patterns below the smallest integer stand for None and the strings.
                if n > sim_core::expr::SMALLEST_INTEGER.unsigned_abs() {
                    return Err(ParseError {
                        at,
                        message: format!(
                            "`-{n}` is not an integer of the format (its integers are {} to {})",
                            sim_core::expr::SMALLEST_INTEGER,
                            i64::MAX
                        ),
                    });
                }
                self.advance();
                return Ok(Ast::Number(-(n as i64)));
            }
            return Ok(Ast::Negate(Box::new(self.unary()?)));
        }
        if self.eat("!") {
            self.nest()?;
            return Ok(Ast::Not(Box::new(self.unary()?)));
        }
        self.primary()
    }

    fn primary(&mut self) -> Result<Ast, ParseError> {
        let at = self.at();
        match self.advance() {
            Token::Number(n) => i64::try_from(n)
                .map(Ast::Number)
                .map_err(|_| ParseError { at, message: format!("`{n}` does not fit in a 64-bit integer") }),
            Token::Float(bits) => Ok(Ast::Float(bits)),
            // `len(name)` names a queue, a map, an array or a variable; `len(expr)` is a call.
            Token::Name(name) if name == "len" && self.peek() == &Token::Symbol("(") && self.len_of_a_name() => {
                self.advance();
                let queue_at = self.at();
                let Token::Name(queue) = self.advance() else {
                    return Err(ParseError { at: queue_at, message: "`len(...)` takes a queue name".to_string() });
                };
                if !self.eat(")") {
                    return Err(self.error("expected `)` after the queue name"));
                }
                Ok(Ast::Len { queue, at: queue_at })
            }
            Token::Str(text) => Ok(Ast::Str { text, at }),
            Token::Format(pieces, source) => self.format(pieces, source, at),
            Token::Name(name) if name == "True" => Ok(Ast::Number(1)),
            Token::Name(name) if name == "False" => Ok(Ast::Number(0)),
            Token::Name(name) if name == "None" => Ok(Ast::Number(sim_core::expr::NONE)),
            Token::Name(name) if ["and", "or", "not"].contains(&name.as_str()) => {
                Err(ParseError { at, message: format!("expected a number, a name or `(`, found `{name}`") })
            }
            Token::Name(name) if self.peek() == &Token::Symbol("(") => self.call(name, at),
            Token::Name(name) if self.peek() == &Token::Symbol("[") => {
                self.advance();
                self.nest()?;
                let index = self.python_conditional()?;
                if !self.eat("]") {
                    return Err(self.error("expected `]`"));
                }
                Ok(Ast::Index { name, at, index: Box::new(index) })
            }
            Token::Name(name) => Ok(Ast::Name { name, at }),
            Token::Symbol("(") => {
                self.nest().map_err(|error| ParseError { at, ..error })?;
                let inner = self.python_conditional()?;
                if self.eat(",") {
                    let tuple = self.tuple(inner, at)?;
                    self.depth -= 1;
                    return Ok(tuple);
                }
                if !self.eat(")") {
                    return Err(self.error("expected `)`"));
                }
                self.depth -= 1;
                Ok(inner)
            }
            other => {
                Err(ParseError { at, message: format!("expected a number, a name or `(`, found {}", describe(&other)) })
            }
        }
    }
}

impl Parser {
    /// An f-string's pieces as the parts of `Ast::Format`: each value parsed as an expression of its
    /// own; one literal piece alone is a plain string.
    fn format(&mut self, pieces: Vec<FormatPiece>, source: String, at: usize) -> Result<Ast, ParseError> {
        self.nest()?;
        let mut parts = Vec::with_capacity(pieces.len());
        for piece in pieces {
            parts.push(match piece {
                FormatPiece::Text(text) => Ast::Str { text, at },
                FormatPiece::Value(inner, inner_at) => parse_expression(&inner)
                    .map_err(|error| ParseError { at: inner_at + error.at, message: error.message })?,
            });
        }
        self.depth -= 1;
        match &parts[..] {
            [] => Ok(Ast::Str { text: String::new(), at }),
            [Ast::Str { .. }] => Ok(parts.pop().expect("one part")),
            _ => Ok(Ast::Format { parts, source }),
        }
    }

    /// The rest of a tuple display after its first item and comma (opened at `at`): `b, c)` or `)`.
    fn tuple(&mut self, first: Ast, at: usize) -> Result<Ast, ParseError> {
        let mut items = vec![first];
        // Bounded: every pass takes a token or ends, and an expression has at most
        // `limits::MAX_EXPRESSION_CHARS` characters.
        while !self.eat(")") {
            items.push(self.python_conditional()?);
            if self.eat(")") {
                break;
            }
            if !self.eat(",") {
                return Err(self.error("expected `,` or `)` in a tuple"));
            }
        }
        let most = sim_core::limits::MAX_TUPLE_LENGTH;
        if items.len() > most {
            return Err(ParseError {
                at,
                message: format!("a tuple has at most {most} items, this one {}", items.len()),
            });
        }
        Ok(Ast::Tuple { items, at })
    }

    /// `unpack(t, i, n)`: `i` and `n` integer literals, `0 <= i < n <= limits::MAX_TUPLE_LENGTH`.
    fn check_unpack(args: &[Ast], at: usize) -> Result<(), ParseError> {
        let most = sim_core::limits::MAX_TUPLE_LENGTH as i64;
        match args {
            [_, Ast::Number(index), Ast::Number(length)] if (0..*length).contains(index) && *length <= most => Ok(()),
            _ => Err(ParseError {
                at,
                message: format!(
                    "`unpack(t, i, n)` takes item `i` of a tuple of `n` items: two integer literals, 0 <= i < n <= {most}"
                ),
            }),
        }
    }

    /// `name(args)`: one of the functions, or an error that names the unknown one.
    fn call(&mut self, name: String, at: usize) -> Result<Ast, ParseError> {
        if CHOICE_FUNCTIONS.contains(&name.as_str()) {
            let message = format!(
                "`{name}(...)` is a step of its own: the whole right side of a `let`, as in `let: \"x = {name}(1, 6)\"`"
            );
            return Err(ParseError { at, message });
        }
        let Some(function) = Function::from_name(&name) else {
            let mut message = format!("unknown function `{name}`");
            match crate::diagnostic::closest(&name, Function::NAMES.iter().copied()) {
                Some(best) => message.push_str(&format!("; did you mean `{best}`?")),
                None => message.push_str(&format!("; the functions are {}", Function::NAMES.join(", "))),
            }
            return Err(ParseError { at, message });
        };
        self.advance();
        self.nest()?;
        let mut args = Vec::new();
        if !self.eat(")") {
            loop {
                args.push(self.python_conditional()?);
                if self.eat(")") {
                    break;
                }
                if !self.eat(",") {
                    return Err(self.error("expected `,` or `)`"));
                }
            }
        }
        if function.makes_object() {
            Self::check_object_display(function, &args, at)?;
            return Ok(Ast::Call { function, at, args });
        }
        let variadic = matches!(function, Function::Min | Function::Max);
        if variadic && args.len() >= 2 {
            // Python's `max(a, b, c)`: evaluated left to right, then folded pairwise.
            let mut args = args.into_iter();
            let first = args.next().expect("two or more");
            return Ok(args.fold(first, |folded, next| Ast::Call { function, at, args: vec![folded, next] }));
        }
        if !(function.arity()..=function.most_arguments()).contains(&args.len()) {
            let count = if variadic {
                "at least 2 arguments".to_string()
            } else if function.most_arguments() > function.arity() {
                format!("{} to {} arguments", function.arity(), function.most_arguments())
            } else {
                format!("{} argument(s)", function.arity())
            };
            return Err(ParseError { at, message: format!("`{name}` takes {count}, not {}", args.len()) });
        }
        if function == Function::Unpack {
            Self::check_unpack(&args, at)?;
        }
        Ok(Ast::Call { function, at, args })
    }
}

impl Parser {
    /// `new_list(...)` and its kin: at most [`MAX_OBJECT_DISPLAY`] arguments; a dict's paired; an
    /// instance's class a string literal first, then its attributes' names (string literals) and values.
    fn check_object_display(function: Function, args: &[Ast], at: usize) -> Result<(), ParseError> {
        let name = function.name();
        let error = |message: String| Err(ParseError { at, message });
        if args.len() > MAX_OBJECT_DISPLAY {
            return error(format!("`{name}` takes at most {MAX_OBJECT_DISPLAY} arguments, not {}", args.len()));
        }
        let pairs = match function {
            Function::NewDict => args,
            Function::NewInstance | Function::NewDataclass => {
                if !matches!(args.first(), Some(Ast::Str { .. })) {
                    return error(format!(
                        "`{name}` takes the class's name first, a string literal: `{name}('C', 'x', 1)`"
                    ));
                }
                &args[1..]
            }
            Function::NewOrderedDataclass => {
                let Some((Ast::Str { .. }, [Ast::Number(ordered), rest @ ..])) = args.split_first() else {
                    return error(format!(
                        "`{name}` takes the class's name first, a string literal, then how many attributes it is ordered by: `{name}('C', 1, 'x', 1)`"
                    ));
                };
                if !(1..=(rest.len() / 2) as i64).contains(ordered) {
                    return error(format!(
                        "`{name}` is ordered by 1 to {} of its attributes, not {ordered}",
                        rest.len() / 2
                    ));
                }
                rest
            }
            _ => return Ok(()),
        };
        if !pairs.len().is_multiple_of(2) {
            return error(format!("`{name}` takes keys and values in pairs, not {} arguments", pairs.len()));
        }
        let named = pairs.chunks(2).all(|pair| matches!(pair[0], Ast::Str { .. }));
        if function != Function::NewDict && !named {
            return error(format!("`{name}` names each attribute with a string literal before its value"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: &str) {
        let got = match parse_expression(text) {
            Ok(ast) => format!("{ast:?}"),
            Err(error) => format!("error at {}: {}", error.at, error.message),
        };
        assert_eq!(got, expect, "{text}");
    }

    #[test]
    fn precedence_and_errors() {
        check("1 + 2 * 3", "Binary(Add, Number(1), Binary(Mul, Number(2), Number(3)))");
        check(
            "a == 1 && !b || c",
            "Or(And(Binary(Eq, Name { name: \"a\", at: 0 }, Number(1)), Not(Name { name: \"b\", at: 11 })), Name { name: \"c\", at: 16 })",
        );
        check("len(jobs) > 0", "Binary(Gt, Len { queue: \"jobs\", at: 4 }, Number(0))");
        check("-9223372036854710271", "Number(-9223372036854710271)");
        check(
            "-9223372036854710272",
            "error at 1: `-9223372036854710272` is not an integer of the format (its integers are -9223372036854710271 to 9223372036854775807)",
        );
        check("None == x", "Binary(Eq, Number(-9223372036854775808), Name { name: \"x\", at: 8 })");
        assert!(parse_expression("-9223372036854775808").is_err(), "the pattern of None is no integer");
        check("worker.total", "Name { name: \"worker.total\", at: 0 }");
        check("1 +", "error at 3: expected a number, a name or `(`, found the end");
        check("a = 1", "error at 2: `=` assigns; compare with `==`");
        check("1 < 2 < 3", "error at 6: comparisons do not chain; join them with `&&`");
        check("99999999999999999999", "error at 0: `99999999999999999999` does not fit in a 64-bit integer");
        check("a $ b", "error at 2: unexpected `$` in an expression");
        check("", "error at 0: expected an expression, found nothing");
        check(&"(".repeat(100), "error at 32: expression nested deeper than 32");
    }

    #[test]
    fn format_one_one() {
        check("a // 2", "Binary(Div, Name { name: \"a\", at: 0 }, Number(2))");
        check("not a == b", "Not(Binary(Eq, Name { name: \"a\", at: 4 }, Name { name: \"b\", at: 9 }))");
        check(
            "a or b and not c",
            "PyOr(Name { name: \"a\", at: 0 }, PyAnd(Name { name: \"b\", at: 5 }, Not(Name { name: \"c\", at: 15 })))",
        );
        check("True + False", "Binary(Add, Number(1), Number(0))");
        check(
            "buf[i - 1]",
            "Index { name: \"buf\", at: 0, index: Binary(Sub, Name { name: \"i\", at: 4 }, Number(1)) }",
        );
        check(
            "min(a, -b)",
            "Call { function: Min, at: 0, args: [Name { name: \"a\", at: 4 }, Negate(Name { name: \"b\", at: 8 })] }",
        );
        check("has(m, 3)", "Call { function: Has, at: 0, args: [Name { name: \"m\", at: 4 }, Number(3)] }");
        check("mni(a, b)", "error at 0: unknown function `mni`; did you mean `min`?");
        check(
            "frobnicate(1)",
            "error at 0: unknown function `frobnicate`; the functions are len, min, max, abs, has, is_set",
        );
        check("abs(1, 2)", "error at 0: `abs` takes 1 argument(s), not 2");
        check(
            "max(a, 2, b)",
            "Call { function: Max, at: 0, args: [Call { function: Max, at: 0, args: [Name { name: \"a\", at: 4 }, Number(2)] }, Name { name: \"b\", at: 10 }] }",
        );
        check("min(a)", "error at 0: `min` takes at least 2 arguments, not 1");
        check("a[1", "error at 3: expected `]`");
        check("a and", "error at 5: expected a number, a name or `(`, found the end");
    }

    #[test]
    fn string_literals() {
        check("item == 'stop'", "Binary(Eq, Name { name: \"item\", at: 0 }, Str { text: \"stop\", at: 8 })");
        check("\"it's\"", "Str { text: \"it's\", at: 0 }");
        check("'a\\'b\\n'", "Str { text: \"a'b\\n\", at: 0 }");
        check("''", "Str { text: \"\", at: 0 }");
        check("m['k' ]", "Index { name: \"m\", at: 0, index: Str { text: \"k\", at: 2 } }");
        check("x == 'open", "error at 5: a string opened with ' is not closed");
        check("'a\\qb'", "error at 2: unknown escape in a string; the escapes are \\\\ \\' \\\" \\n \\t \\r \\0 \\xNN");
        check("'\\x41\\x0a'", "Str { text: \"A\\n\", at: 0 }");
        check("'\\x4'", "error at 1: `\\x` takes two hexadecimal digits");
        check("'a' 'b'", "error at 4: expected an operator or the end, found the string 'b'");
    }

    #[test]
    fn assignment_splits_at_the_single_equals() {
        assert_eq!(split_assignment("n = n + 1"), Some(("n", " n + 1", 3)));
        assert_eq!(split_assignment("ok = a == b"), Some(("ok", " a == b", 4)));
        assert_eq!(split_assignment("a == b"), None);
    }
}
