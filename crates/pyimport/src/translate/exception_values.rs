//! The exception object as a value (session 19): in a program that reads the exceptions it catches
//! (`except C as e:` with `str(e)`, `f"{e}"`, `repr(e)`, `e.args`, `type(e).__name__`,
//! `e.__class__.__name__`, `isinstance(e, C)`, `e` kept in a list), every `raise C(args)` gives the
//! scenario's `raise: { class: C, args: "(...)" }` and every handler that names its exception
//! `as: e`, so that the engine carries the exception's value (its class, CPython's message of its
//! arguments, the arguments) with its class (docs/format.md, "The value of an exception"). A program
//! that reads no exception imports as before, byte for byte.

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, Result, Translator, fail};
use crate::expr::{ATOM, Ex};
use crate::out::{Node, Step};
use crate::value::Value;

/// What `e.attribute` of a caught exception imports as: Python's attributes of every exception.
const ATTRIBUTES: &str = "`str(e)`, `repr(e)`, an f-string's `{e}` and `{e!r}`, `e.args`, `e.args[i]`, `type(e).__name__`, `e.__class__.__name__` and `isinstance(e, C)`";

/// What an exception class's own `__init__` does, in the one form imported: `super().__init__(...)`
/// first (or not at all), then `self.name = value` for each attribute, every value a parameter or a
/// literal.
#[derive(Clone, Debug)]
pub(crate) struct ExceptionInit {
    /// The parameters after `self`.
    parameters: Vec<String>,
    /// The arguments of `super().__init__(...)` (`None` without one: `args` are the constructor's).
    base_arguments: Option<Vec<Expr>>,
    /// The attributes it sets, in order, each with its value.
    attributes: Vec<(String, Expr)>,
}

/// What `C(*e.args)`, pickle's rebuild of an exception in the process that receives it, gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum PickleRebuild {
    /// The exception as it was.
    Same,
    /// An exception whose `__init__` ran again on its own `args`: other `args` and message.
    OtherArguments,
    /// TypeError: the `__init__` takes another number of arguments than `args` holds.
    Fails,
}

/// The two parts of `raise C(...)`'s value the scenario's `raise` writes: its `args` (`None` for none)
/// and the attributes its class's `__init__` sets (`None` for a class without one).
pub(super) struct RaisedParts {
    pub args: Option<String>,
    pub attributes: Option<String>,
}

impl Translator<'_> {
    /// `def __init__(self, status, message): super().__init__(message); self.status = status` of an
    /// exception class in a program that reads exception values; any other `__init__` is refused, as is
    /// one of a class whose base has its own (the attributes' places would differ).
    pub(super) fn scan_exception_init(&mut self, class: &str, base: &str, def: &ast::StmtFunctionDef) -> Result<()> {
        const FORM: &str = "an exception class's `__init__` imports as `super().__init__(...)` (first, or none) then `self.name = value` lines, each argument and value a parameter, a literal or an f-string of parameters";
        if self.init_of(base).is_some() {
            return fail(
                &def.name,
                "an exception class with an `__init__` derived from another with one is not supported",
            );
        }
        let parameters = &def.parameters;
        let plain = parameters.posonlyargs.is_empty()
            && parameters.vararg.is_none()
            && parameters.kwarg.is_none()
            && parameters.kwonlyargs.is_empty()
            && parameters.args.iter().all(|parameter| parameter.default.is_none())
            && !def.is_async
            && def.decorator_list.is_empty();
        let names: Vec<String> = parameters.args.iter().map(|parameter| parameter.parameter.name.to_string()).collect();
        if !plain || names.first().map(String::as_str) != Some("self") {
            return fail(
                &*def.parameters,
                "an exception's `__init__` imports with `self` and plain parameters (no defaults, `*args` or keywords)",
            );
        }
        let parameters = names[1..].to_vec();
        let is_parameter = |name: &str| parameters.iter().any(|parameter| parameter == name);
        let simple = |value: &Expr| match value {
            Expr::Name(name) => is_parameter(name.id.as_str()),
            Expr::StringLiteral(_) | Expr::NumberLiteral(_) | Expr::NoneLiteral(_) => true,
            Expr::FString(fstring) => fstring_pieces(fstring).is_some_and(|pieces| {
                pieces.iter().all(|piece| match piece {
                    Piece::Text(_) => true,
                    Piece::Name(name) => is_parameter(name),
                })
            }),
            _ => false,
        };
        let mut body = def.body.iter().peekable();
        if let Some(Stmt::Expr(docstring)) = body.peek()
            && matches!(&*docstring.value, Expr::StringLiteral(_))
        {
            body.next();
        }
        let mut base_arguments = None;
        if let Some(Stmt::Expr(call)) = body.peek()
            && let Expr::Call(call) = &*call.value
            && is_super_init(call)
        {
            if !call.arguments.keywords.is_empty() || !call.arguments.args.iter().all(simple) {
                return fail(call, FORM);
            }
            base_arguments = Some(call.arguments.args.to_vec());
            body.next();
        }
        let mut attributes = Vec::new();
        for stmt in body {
            let Stmt::Assign(assign) = stmt else { return fail(stmt, FORM) };
            let [Expr::Attribute(target)] = &assign.targets[..] else { return fail(stmt, FORM) };
            if !matches!(&*target.value, Expr::Name(name) if name.id.as_str() == "self") || !simple(&assign.value) {
                return fail(stmt, FORM);
            }
            attributes.push((target.attr.to_string(), (*assign.value).clone()));
        }
        self.exception_inits.insert(class.to_string(), ExceptionInit { parameters, base_arguments, attributes });
        Ok(())
    }

    /// The `__init__` class `class` runs: its own or its nearest base's among the program's classes.
    /// Whether `class` (or a base of it) has an `__init__` of its own.
    pub(super) fn has_own_init(&self, class: &str) -> bool {
        self.init_of(class).is_some()
    }

    /// The place of `attribute` among those `class`'s `__init__` (its own or its base's) sets, in the
    /// order of its assignments: its place in `exception_attributes(e)`.
    pub(super) fn init_attribute_position(&self, class: &str, attribute: &str) -> Option<usize> {
        self.init_of(class)?.attributes.iter().position(|(name, _)| name == attribute)
    }

    /// How pickle rebuilds an exception of `class`: Python pickles one as its class, `self.args` and its
    /// attributes, and calls `class(*self.args)` on the other side, which gives the same value only where
    /// `args` are the `__init__`'s parameters (no `__init__` of its own, one that calls no
    /// `super().__init__`, or one that hands it its parameters in order).
    pub(super) fn pickle_rebuild(&self, class: &str) -> PickleRebuild {
        let Some(init) = self.init_of(class) else { return PickleRebuild::Same };
        let Some(arguments) = &init.base_arguments else { return PickleRebuild::Same };
        if arguments.len() != init.parameters.len() {
            return PickleRebuild::Fails;
        }
        let passed_on = arguments
            .iter()
            .zip(&init.parameters)
            .all(|(argument, parameter)| matches!(argument, Expr::Name(name) if name.id.as_str() == parameter));
        if passed_on { PickleRebuild::Same } else { PickleRebuild::OtherArguments }
    }

    fn init_of(&self, class: &str) -> Option<&ExceptionInit> {
        let mut current = class.to_string();
        for _ in 0..64 {
            if let Some(init) = self.exception_inits.get(&current) {
                return Some(init);
            }
            current = self.scenario.exceptions.iter().find(|(own, _)| *own == current)?.1.clone();
        }
        None
    }

    /// Whether the program reads an exception it catches beyond `print(e)` and `raise ... from e`, or
    /// the class of a value by `type(x).__name__` (an exception of `gather(..., return_exceptions=True)`):
    /// the exceptions then carry their values.
    pub(super) fn scan_exception_reads(&mut self, body: &[Stmt]) {
        use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
        #[derive(Default)]
        struct Reads {
            found: bool,
            exception_variables: std::collections::BTreeSet<String>,
            /// A `gather(..., return_exceptions=True)`, and a text made of a name or an item
            /// (gathered_exception_texts.rs).
            gathers_exceptions: bool,
            formats_a_name: bool,
        }
        impl<'a> Visitor<'a> for Reads {
            fn visit_stmt(&mut self, stmt: &'a Stmt) {
                // `error = fut.exception()` keeps the exception's value (future_exceptions.rs).
                if let Some(name) = super::future_exceptions::exception_variable(stmt) {
                    self.found = true;
                    self.exception_variables.insert(name.to_string());
                }
                // `errors = [f.exception() for f in fs]` keeps them too (exception_lists.rs).
                if super::exception_lists::assigns_exception_list(stmt) {
                    self.found = true;
                }
                if let Stmt::Try(attempt) = stmt {
                    for handler in &attempt.handlers {
                        let ast::ExceptHandler::ExceptHandler(handler) = handler;
                        if let Some(name) = &handler.name
                            && !attempt.is_star
                            && reads_caught(&handler.body, name.as_str())
                        {
                            self.found = true;
                        }
                        // `eg.exceptions` of `except*` holds the values of the group's exceptions
                        // (group_members.rs).
                        if let Some(name) = &handler.name
                            && super::group_members::members_read(&handler.body, name.as_str()).is_some()
                        {
                            self.found = true;
                        }
                    }
                }
                walk_stmt(self, stmt);
            }
            fn visit_expr(&mut self, expr: &'a Expr) {
                if type_name_of(expr).is_some()
                    || tests_another_class(expr)
                    || reads_arguments(expr)
                    || super::future_exception_waits::formats_an_exception(expr)
                {
                    self.found = true;
                }
                self.gathers_exceptions |= super::gathered_exception_texts::gathers_exceptions(expr);
                self.formats_a_name |= super::gathered_exception_texts::formats_a_name(expr);
                walk_expr(self, expr);
            }
        }
        let mut reads = Reads::default();
        body.iter().for_each(|stmt| reads.visit_stmt(stmt));
        self.exception_values = reads.found || (reads.gathers_exceptions && reads.formats_a_name);
        self.exception_variables = reads.exception_variables;
    }

    /// The parts of `raise C(a, b)`'s value, in a program that reads exception values (`None` in every
    /// other program): its `args` as the scenario's tuple (`"(a, b)"`; none for `raise C` and `raise
    /// C()`), and the attributes C's own `__init__` sets, run with those arguments.
    pub(super) fn raise_arguments(
        &self,
        frame: &Frame,
        raise: &ast::StmtRaise,
        class: &str,
    ) -> Result<Option<RaisedParts>> {
        if !self.exception_values {
            return Ok(None);
        }
        let texts = self.constructor_arguments(frame, raise)?;
        let Some(init) = self.init_of(class) else {
            let args = (!texts.is_empty()).then(|| crate::expr::tuple_text(&texts));
            return Ok(Some(RaisedParts { args, attributes: None }));
        };
        if texts.len() != init.parameters.len() {
            return fail(raise, format!("`{class}(...)` takes {} arguments (its `__init__`'s)", init.parameters.len()));
        }
        let argument = |name: &str| {
            let position = init.parameters.iter().position(|parameter| parameter == name);
            texts[position.expect("scan_exception_init takes parameters, literals and f-strings of them")].clone()
        };
        let value = |expr: &Expr| -> Result<String> {
            match expr {
                Expr::Name(name) => Ok(argument(name.id.as_str())),
                // `f"{url} failed"`: the text of each piece joined, `str` of each argument.
                Expr::FString(fstring) => {
                    let pieces = fstring_pieces(fstring).expect("scan_exception_init checked the f-string");
                    let texts: Vec<String> = pieces
                        .iter()
                        .map(|piece| match piece {
                            Piece::Text(text) => crate::out::quoted(text, '\''),
                            Piece::Name(name) => format!("str({})", argument(name)),
                        })
                        .collect();
                    Ok(if texts.is_empty() { "''".to_string() } else { format!("({})", texts.join(" + ")) })
                }
                literal => {
                    let value = self.expr(frame, literal, true)?;
                    Ok(self.to_code(value, literal)?.0)
                }
            }
        };
        let args = match &init.base_arguments {
            None => texts.clone(),
            Some(arguments) => arguments.iter().map(value).collect::<Result<_>>()?,
        };
        let attributes: Vec<String> = init.attributes.iter().map(|(_, expr)| value(expr)).collect::<Result<_>>()?;
        Ok(Some(RaisedParts {
            args: (!args.is_empty()).then(|| crate::expr::tuple_text(&args)),
            attributes: (!attributes.is_empty()).then(|| crate::expr::tuple_text(&attributes)),
        }))
    }

    /// The constructor's arguments of `raise C(a, b)` as the scenario's code (none for `raise C`).
    fn constructor_arguments(&self, frame: &Frame, raise: &ast::StmtRaise) -> Result<Vec<String>> {
        let call = match raise.exc.as_deref() {
            Some(Expr::Call(call)) if !call.arguments.args.is_empty() => call,
            _ => return Ok(Vec::new()),
        };
        if !call.arguments.keywords.is_empty() {
            return fail(call, "keyword arguments of an exception are not supported: pass them in order");
        }
        let mut texts = Vec::with_capacity(call.arguments.args.len());
        for argument in &call.arguments.args {
            if matches!(argument, Expr::Starred(_)) {
                return fail(argument, "`*args` in a `raise` is not supported: name each argument");
            }
            let value = self.expr(frame, argument, true)?;
            texts.push(self.to_code(value, argument)?.0);
        }
        if texts.len() > 16 {
            return fail(call, "an exception of more than 16 arguments is not supported (weft's tuples hold 16)");
        }
        Ok(texts)
    }

    /// `e` of `except C as e:` bound in the handler's frame to the scenario local `local`, in a program
    /// that reads exception values (`None` in every other: `e` is then refused but in `print`).
    /// An attribute of `e` other than `args` (and `__class__.__name__`) is refused anywhere in the
    /// handler, `print` too (where the import reads no argument: Python's AttributeError would go).
    pub(super) fn bind_caught(
        &mut self,
        frame: &mut Frame,
        name: &str,
        classes: &[String],
        body: &[Stmt],
    ) -> Result<Option<(String, Option<Value>)>> {
        if !self.exception_values {
            return Ok(None);
        }
        let attributes = self.common_attributes(classes);
        refuse_other_attributes(body, name, &attributes)?;
        let before = frame.locals.get(name).cloned();
        let local = self.bind_local(frame, name);
        self.caught_attributes.insert(local.clone(), attributes);
        self.caught_classes.insert(local.clone(), classes.to_vec());
        frame.locals.insert(name.to_string(), Value::Exception(local.clone()));
        frame.known.remove(name);
        Ok(Some((local, before)))
    }

    /// `type(x).__name__` and `x.__class__.__name__`: the class's name of an exception, `type_name(x)`
    /// of any other value (the engine's `type(x).__name__`, a fault of what weft does not model).
    pub(crate) fn type_name_expr(&self, frame: &Frame, expr: &Expr, use_known: bool) -> Result<Option<Ex>> {
        let Some(of) = type_name_of(expr) else { return Ok(None) };
        if !self.exception_values {
            return Ok(None);
        }
        let value = self.expr(frame, of, use_known)?;
        if !matches!(value, Ex::Static(Value::Exception(_))) {
            self.refuse_number_type_name(of)?;
        }
        let (text, _, _, reads) = self.exception_code(value, of)?;
        Ok(Some(Ex::code(format!("type_name({text})"), ATOM, false, reads)))
    }

    /// The attributes every class of a handler's `classes` sets in its `__init__`, in the same place of
    /// its value (none for a bare `except:` or a class without one).
    fn common_attributes(&self, classes: &[String]) -> Vec<String> {
        let mut layouts = classes.iter().map(|class| self.init_of(class).map(|init| &init.attributes));
        let Some(Some(first)) = layouts.next() else { return Vec::new() };
        let names: Vec<String> = first.iter().map(|(name, _)| name.clone()).collect();
        let same =
            layouts.all(|layout| layout.is_some_and(|layout| layout.iter().map(|(name, _)| name).eq(names.iter())));
        if same { names } else { Vec::new() }
    }

    /// `e.args` of a caught exception, or an attribute its handler's classes set in their `__init__`;
    /// any other attribute is refused, naming what imports.
    pub(crate) fn exception_attribute(&self, local: &str, attribute: &ast::ExprAttribute) -> Result<Ex> {
        let known = self
            .caught_attributes
            .get(local)
            .and_then(|names| names.iter().position(|name| name == attribute.attr.as_str()));
        if let Some(position) = known {
            return Ok(Ex::code(format!("item(exception_attributes({local}), {position})"), ATOM, false, false));
        }
        match attribute.attr.as_str() {
            "args" => {
                self.refuse_empty_arguments(attribute)?;
                Ok(Ex::code(format!("exception_args({local})"), ATOM, false, false))
            }
            other => fail(
                attribute,
                format!(
                    "`.{other}` of an exception is not supported: {ATTRIBUTES} import (weft keeps an exception's class, message and arguments)"
                ),
            ),
        }
    }

    /// `isinstance(x, C)` in a program that reads exception values: whether the class of `x` is C or
    /// derives from it, among the classes weft knows (the built-in ones and the program's); `None` when
    /// the program reads none (the marker of `gather`'s list stands for an exception there).
    pub(crate) fn isinstance_exception(&self, frame: &Frame, args: &[Expr], use_known: bool) -> Result<Option<Ex>> {
        if !self.exception_values {
            return Ok(None);
        }
        let classes: Vec<&Expr> = match &args[1] {
            Expr::Tuple(tuple) => tuple.elts.iter().collect(),
            other => vec![other],
        };
        let mut names = Vec::new();
        for class in classes {
            let Some(base) = self.exception_class_name(frame, class) else {
                return fail(
                    class,
                    "`isinstance` of a value is supported with exception classes (a built-in class, one of the program's own): weft's values of other kinds have no class to test",
                );
            };
            names.extend(self.known_subclasses(&base));
        }
        names.sort();
        names.dedup();
        let value = self.expr(frame, &args[0], use_known)?;
        let (text, _, _, reads) = self.exception_code(value, &args[0])?;
        Ok(Some(Ex::code(class_membership(&text, &names), ATOM, true, reads)))
    }

    /// Every class weft knows that is `base` or derives from it: Python 3.11's built-in ones it models,
    /// those the program declares, and ExceptionGroup.
    fn known_subclasses(&self, base: &str) -> Vec<String> {
        let builtin = sim_core::model::BUILTIN_EXCEPTIONS.iter().map(|(class, _)| class.to_string());
        let declared = self.scenario.exceptions.iter().map(|(class, _)| class.clone());
        let every =
            ["BaseException".to_string(), "ExceptionGroup".to_string()].into_iter().chain(builtin).chain(declared);
        every.filter(|class| self.is_exception_subclass(class, base)).collect()
    }

    /// `str(e)` (and an f-string's `{e}`), `repr(e)` (`{e!r}`) of a caught exception.
    pub(crate) fn exception_text(&self, local: &str, repr: bool) -> Ex {
        let function = if repr { "exception_repr" } else { "exception_str" };
        Ex::code(format!("{function}({local})"), ATOM, false, false)
    }

    /// The wait for one awaitable of `gather(..., return_exceptions=True)` in a program that reads
    /// exception values: its exception's value, caught, in its place of the list (`try:` around the
    /// `result`, whose `except Exception as e:` stores `e`), where other programs keep a marker.
    pub(super) fn gathered_exception(&mut self, frame: &Frame, wait: Step, into: &str, line: u32) -> Step {
        let caught = self.temporary(frame.task, "gathered_exception");
        let keep = Step::new("let", Node::Quoted(format!("{into} = {caught}")), line);
        let clause = vec![
            ("classes", Node::Plain(self.gathered_classes().to_string())),
            ("as", Node::Plain(caught)),
            ("do", Node::Steps(vec![keep])),
        ];
        let entries = vec![("do", Node::Steps(vec![wait])), ("except", Node::Clauses(vec![clause]))];
        Step::new("try", Node::Map(entries), line)
    }

    /// `e == x`, `e is x`, `e in xs` of a caught exception: refused (Python compares exceptions by
    /// identity, which weft's values, equal when their class and arguments are, do not keep).
    pub(crate) fn refuse_exception_comparison(&self, frame: &Frame, compare: &ast::ExprCompare) -> Result<()> {
        let operands = std::iter::once(&*compare.left).chain(compare.comparators.iter());
        for operand in operands {
            if let Expr::Name(name) = operand
                && let Some(Value::Exception(_)) = self.resolve(frame, name.id.as_str())
            {
                return fail(
                    operand,
                    format!(
                        "comparing an exception is not supported (Python compares exceptions by identity): {ATTRIBUTES} import"
                    ),
                );
            }
        }
        Ok(())
    }

    /// The code of a value whose class is asked: a caught exception's local, or any value's code.
    fn exception_code(&self, value: Ex, at: &Expr) -> Result<(String, u8, bool, bool)> {
        match value {
            Ex::Static(Value::Exception(local)) => Ok((local, ATOM, false, false)),
            other => self.to_code(other, at),
        }
    }
}

/// Whether the class of the value `text` is one of `names`: a membership in tuples of at most 16 names
/// (weft's tuples), joined by `or`; `0` for no name.
pub(super) fn class_membership(text: &str, names: &[String]) -> String {
    let tests: Vec<String> = names
        .chunks(16)
        .map(|chunk| {
            let quoted: Vec<String> = chunk.iter().map(|name| crate::out::quoted(name, '\'')).collect();
            format!("contains({}, exception_class({text}))", crate::expr::tuple_text(&quoted))
        })
        .collect();
    if tests.is_empty() { "0".to_string() } else { format!("({})", tests.join(" or ")) }
}

/// `raise: C` of a class raised without arguments (`TimeoutError()` of a time-out): in a program that
/// reads exception values (`values`), `raise: { class: C }`, whose message is `''` as CPython's.
pub(super) fn raised_without_arguments(class: &str, values: bool) -> Node {
    match values {
        true => Node::Map(vec![("class", Node::Plain(class.to_string()))]),
        false => Node::Plain(class.to_string()),
    }
}

/// Whether `expr` is `isinstance(x, C)` with a class other than `Exception` and `BaseException` (which
/// the marker of `gather`'s list answers without values).
fn tests_another_class(expr: &Expr) -> bool {
    let Expr::Call(call) = expr else { return false };
    let [_, class] = &call.arguments.args[..] else { return false };
    matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == "isinstance")
        && !matches!(class, Expr::Name(name) if matches!(name.id.as_str(), "Exception" | "BaseException"))
}

/// Whether `expr` is `x.args` of a name other than `self`: Python's arguments of an exception, which a
/// value made at run time (an item of `gather`'s list, a member of a group) may be.
fn reads_arguments(expr: &Expr) -> bool {
    matches!(expr, Expr::Attribute(attribute)
        if attribute.attr.as_str() == "args"
            && matches!(&*attribute.value, Expr::Name(name) if name.id.as_str() != "self"))
}

/// A piece of an f-string of names: its text, or a `{name}` without a format spec or conversion.
enum Piece {
    Text(String),
    Name(String),
}

/// The pieces of an f-string whose every value is a bare name; `None` for any other.
fn fstring_pieces(fstring: &ast::ExprFString) -> Option<Vec<Piece>> {
    let mut pieces = Vec::new();
    for part in fstring.value.iter() {
        let elements = match part {
            ast::FStringPart::Literal(literal) => {
                pieces.push(Piece::Text(literal.value.to_string()));
                continue;
            }
            ast::FStringPart::FString(inner) => &inner.elements,
        };
        for element in elements.iter() {
            match element {
                ast::InterpolatedStringElement::Literal(literal) => pieces.push(Piece::Text(literal.value.to_string())),
                ast::InterpolatedStringElement::Interpolation(value) => {
                    let Expr::Name(name) = &*value.expression else { return None };
                    let plain = value.format_spec.is_none()
                        && value.debug_text.is_none()
                        && value.conversion == ast::ConversionFlag::None;
                    if !plain {
                        return None;
                    }
                    pieces.push(Piece::Name(name.id.to_string()));
                }
            }
        }
    }
    Some(pieces)
}

/// Whether `call` is `super().__init__(...)`.
fn is_super_init(call: &ast::ExprCall) -> bool {
    let Expr::Attribute(method) = &*call.func else { return false };
    method.attr.as_str() == "__init__"
        && matches!(&*method.value, Expr::Call(inner) if matches!(&*inner.func, Expr::Name(name) if name.id.as_str() == "super") && inner.arguments.is_empty())
}

/// `x` of `type(x).__name__` or `x.__class__.__name__`.
fn type_name_of(expr: &Expr) -> Option<&Expr> {
    let Expr::Attribute(name) = expr else { return None };
    if name.attr.as_str() != "__name__" {
        return None;
    }
    match &*name.value {
        Expr::Call(call)
            if matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == "type")
                && call.arguments.args.len() == 1
                && call.arguments.keywords.is_empty() =>
        {
            Some(&call.arguments.args[0])
        }
        Expr::Attribute(class) if class.attr.as_str() == "__class__" => Some(&class.value),
        _ => None,
    }
}

/// `name.attribute` in these statements for an attribute weft does not keep: refused at it.
fn refuse_other_attributes(body: &[Stmt], name: &str, set_by_init: &[String]) -> Result<()> {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    struct Attributes<'n> {
        name: &'n str,
        set_by_init: &'n [String],
        found: Option<ast::ExprAttribute>,
    }
    impl<'a> Visitor<'a> for Attributes<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                walk_stmt(self, stmt);
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Attribute(attribute) = expr
                && matches!(&*attribute.value, Expr::Name(used) if used.id.as_str() == self.name)
                && !matches!(attribute.attr.as_str(), "args" | "__class__")
                && !self.set_by_init.iter().any(|known| known == attribute.attr.as_str())
            {
                self.found.get_or_insert_with(|| attribute.clone());
            }
            walk_expr(self, expr);
        }
    }
    let mut attributes = Attributes { name, set_by_init, found: None };
    body.iter().for_each(|stmt| attributes.visit_stmt(stmt));
    match attributes.found {
        Some(attribute) => fail(
            &attribute,
            format!(
                "`.{}` of an exception is not supported: {ATTRIBUTES} import (weft keeps an exception's class, message and arguments)",
                attribute.attr
            ),
        ),
        None => Ok(()),
    }
}

/// Whether `name`, an exception caught, is read in these statements other than as an argument of
/// `print` or the cause of `raise ... from name`.
fn reads_caught(body: &[Stmt], name: &str) -> bool {
    super::exceptions::refuse_uses_but_print(body, name, super::exceptions::Allowed::default()).is_err()
}
