//! A call weft does not model (`print(...)`, `logging.info(...)`) is translated as the reads of its
//! arguments, so an exception that Python raises while it evaluates them was lost: `print(xs.index(9))`,
//! `print(int(text))`, `print(1 // n)`, `print(b ** -2)` of `b == 0`, `print(names[i])` of a list
//! known at import time ran on in weft where CPython's thread died (before session 26 a silent error
//! under a claim of completeness; session 25 closed `index` of a list of results only). Each such
//! part of an argument, unless the import knows it cannot raise, is refused here with a message that
//! hoisting.rs recognises: it moves the part to an assignment of its own before the statement, where
//! the order of evaluation allows, and the assignment is translated as any other (the engine raises
//! Python's exception, or the import refuses the value). One check for every call weft only reads.

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Operator};
use ruff_text_size::Ranged;

use super::{Frame, Result, Step, Translator, fail};
use crate::out::Node;
use crate::value::Value;

/// Methods that raise when the item is not found (`list.index`, `str.index`, `str.rindex`).
const RAISING_METHODS: [&str; 2] = ["index", "rindex"];

/// What a format spec may raise for a value it does not suit (`f"{2.5:d}"`, `f"{'a':.2f}"`).
const FORMAT_RAISES: &str = "ValueError or TypeError of a format spec that does not suit the value";

/// Builtins that raise for some values of their arguments (`divmod(a, 0)`, `chr(-1)`, `ord("ab")`,
/// `pow(2, -1, 4)`, `format(n, "q")`).
const RAISING_BUILTINS: [&str; 5] = ["divmod", "chr", "ord", "pow", "format"];

impl Translator<'_> {
    /// Refuses the first part of `call`'s arguments that may raise, in the order Python evaluates them,
    /// so that hoisting.rs moves it to a line of its own (or says why it cannot).
    pub(super) fn refuse_raising_in_arguments(&self, frame: &Frame, call: &ast::ExprCall) -> Result<()> {
        let parts = argument_parts(call);
        for part in &parts {
            match part.comprehension {
                None => {
                    self.refuse_raising_part(frame, part.expr)?;
                    let earlier = parts.iter().filter(|other| other.expr.range().end() <= part.expr.range().start());
                    self.refuse_typed_part(frame, part.expr, earlier.map(|other| other.expr))?;
                }
                // A comprehension the import computes whole raised nothing.
                Some(comprehension) if self.is_known(frame, comprehension) => {}
                // `s[0]` of a walk over a list of tuples (tuple_item_lists.rs).
                Some(_) if self.reads_a_walked_tuple(frame, part.expr, &part.walks) => {}
                Some(_) => self.refuse_raising_part(&comprehension_frame(frame, &part.own_variables), part.expr)?,
            }
        }
        Ok(())
    }

    /// Refuses `part` when it may raise and the import does not compute it.
    fn refuse_raising_part(&self, frame: &Frame, part: &Expr) -> Result<()> {
        match part {
            Expr::Call(inner) if self.call_may_raise(frame, part, inner) => {
                fail(part, crate::hoisting::raising_call_in_arguments(&call_text(inner)))
            }
            Expr::Subscript(item) if self.item_may_raise(frame, part, item) => {
                fail(part, crate::hoisting::raising_item_in_arguments())
            }
            Expr::BinOp(operation) if self.operation_may_raise(frame, operation) => {
                fail(part, crate::hoisting::raising_operation_in_arguments(operation.op))
            }
            _ => Ok(()),
        }
    }

    /// `print(f"mean {avg:d}")`: an f-string of the arguments with a format spec of a value known only
    /// at run time, which Python's `format` may refuse for the value's type (`d` of a float, `.2f` of a
    /// string, any spec of None: ValueError, TypeError), or a printf-style `"%d" % n` of such a value,
    /// is computed into a temporary before the call,
    /// so that the run raises as CPython does (before session 27 only its names were read). Only where
    /// it reads nothing shared (so the check adds no step) and the import computes it; one inside a
    /// comprehension or lambda stays only read.
    pub(super) fn formatted_arguments(
        &mut self,
        frame: &Frame,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        for part in argument_parts(call) {
            let formats = match (part.expr, part.comprehension) {
                (Expr::FString(fstring), None) => self.format_may_raise(frame, fstring),
                // Inside a list comprehension the f-string goes with it, written out as its loop, and is
                // computed for each item there (session 28: it was only read).
                (Expr::FString(fstring), Some(Expr::ListComp(_))) => {
                    let inner = comprehension_frame(frame, &part.own_variables);
                    if self.format_may_raise(&inner, fstring) {
                        return fail(part.expr, crate::hoisting::typed_part_in_arguments(FORMAT_RAISES));
                    }
                    false
                }
                // `"%d items" % n`: printf-style formatting, TypeError where `n` is no number.
                (Expr::BinOp(operation), None) => {
                    operation.op == Operator::Mod
                        && formats_text(&operation.left)
                        && !self.is_known(frame, &operation.right)
                }
                _ => false,
            };
            if !formats {
                continue;
            }
            let Ok((code, _, reads_shared)) = self.code(frame, part.expr) else { continue };
            if reads_shared {
                // `f"{total:d}"` of a shared global: the f-string goes to an assignment of its own before
                // the call, whose steps read the shared values once, in Python's order, and format them
                // (session 28: only its reads were taken).
                return fail(part.expr, crate::hoisting::typed_part_in_arguments(FORMAT_RAISES));
            }
            let formatted = self.temporary(frame.task, "seen");
            out.push(Step::new("let", Node::Quoted(format!("{formatted} = {code}")), line));
        }
        Ok(())
    }

    /// `f"{avg:d}"`: a format spec of a value known only at run time.
    fn format_may_raise(&self, frame: &Frame, fstring: &ast::ExprFString) -> bool {
        crate::hoisted_reads::interpolations(fstring).any(|interpolation| {
            interpolation.format_spec.as_ref().is_some_and(|spec| !spec.elements.is_empty())
                && !self.is_known(frame, &interpolation.expression)
        })
    }

    /// `int(text)`, `max(values)`, `xs.index(x)` (`part`) whose value the import does not know.
    fn call_may_raise(&self, frame: &Frame, part: &Expr, call: &ast::ExprCall) -> bool {
        let arguments = &call.arguments;
        let raising = match &*call.func {
            Expr::Name(name) if self.functions.contains_key(name.id.as_str()) => {
                self.file_function_may_raise(frame, call)
            }
            Expr::Name(name) if matches!(name.id.as_str(), "int" | "float") => !arguments.args.is_empty(),
            // `max(values)` of an empty sequence; `max(a, b)` and `max(values, default=0)` do not raise.
            // Of a shared list (which may be empty when the call runs); a list of results has its length.
            Expr::Name(name) if matches!(name.id.as_str(), "min" | "max") => {
                arguments.args.len() == 1
                    && arguments.find_keyword("default").is_none()
                    && matches!(&arguments.args[0], Expr::Name(list) if matches!(self.resolve(frame, list.id.as_str()), Some(Value::Shared(..))))
            }
            // `divmod(a, 0)`, `chr(-1)`, `ord("ab")`, `pow(2, -1, 4)`, `format(n, "q")`.
            Expr::Name(name) if RAISING_BUILTINS.contains(&name.id.as_str()) => true,
            // `round(x)` of an infinity (OverflowError) or a NaN (ValueError); with digits it gives them back.
            Expr::Name(name) if name.id.as_str() == "round" => {
                arguments.args.len() == 1
                    && arguments.keywords.is_empty()
                    && self.may_be_infinite(frame, &arguments.args[0])
            }
            Expr::Attribute(attribute) if self.is_math_module(frame, &attribute.value) => true,
            Expr::Attribute(attribute) => {
                RAISING_METHODS.contains(&attribute.attr.as_str()) || self.file_function_may_raise(frame, call)
            }
            _ => false,
        };
        raising && !self.is_known(frame, part)
    }

    /// `parse(text)`, `parser.parse(text)`: a function or method of the file whose body may raise
    /// (dropped_returns.rs `function_may_raise`).
    fn file_function_may_raise(&self, frame: &Frame, call: &ast::ExprCall) -> bool {
        let Ok(crate::expr::Ex::Static(Value::Function(function))) = self.expr(frame, &call.func, false) else {
            return false;
        };
        self.functions.get(function.as_str()).is_some_and(|def| super::dropped_returns::function_may_raise(def))
    }

    /// Whether `value` may be a float that is infinite or NaN: one known at import time that is, or one
    /// known only at run time in a program that makes floats.
    fn may_be_infinite(&self, frame: &Frame, value: &Expr) -> bool {
        match self.static_value(frame, value) {
            Ok(Value::Float(number)) => !number.is_finite(),
            Ok(_) => false,
            Err(_) => self.floats_may_flow,
        }
    }

    /// `math` (the module), whose functions raise ValueError or OverflowError outside their domain
    /// (`math.sqrt(-1)`, `math.floor(inf)`).
    fn is_math_module(&self, frame: &Frame, receiver: &Expr) -> bool {
        matches!(receiver, Expr::Name(name) if matches!(self.resolve(frame, name.id.as_str()), Some(Value::Module(module)) if module == "math"))
    }

    /// `word[i]` (`part`) of a local (by any index: its length is known only at run time), or of a string
    /// or list known at import time whose item the import could not take (past its end). A shared list's or dict's item
    /// is read by a step that raises as Python's does.
    fn item_may_raise(&self, frame: &Frame, part: &Expr, item: &ast::ExprSubscript) -> bool {
        // A slice never raises IndexError (`s[5:9]` of a shorter string is empty).
        if matches!(&*item.slice, Expr::Slice(_)) || self.is_known(frame, part) {
            return false;
        }
        let container = match &*item.value {
            Expr::Name(container) => container,
            // An attribute's item is read by the object's own forms (an instance's shared list).
            Expr::Attribute(_) => return false,
            // An item's item (`rows[0][5]`) as its container's: hoisted first where that may raise, this
            // one next. An item of a shared list's or dict's item (`names["a"][0]`, `rows[0][3]`) may be
            // past its end or missing too: the shared item is read into a name of its own, then this one
            // (session 28; it was only read).
            Expr::Subscript(inner) => {
                return self.item_may_raise(frame, &item.value, inner) || self.is_shared_item(frame, inner);
            }
            // An item of a value made in the expression (`tuple(s)[9]`, `(a, b)[2]`, `{"a": 1}[k]`,
            // `s.upper()[7]`) may be past its end or missing, whatever the index.
            _ => return true,
        };
        // An object the import models (a multiprocessing Array, a list of results) reads its items
        // its own way.
        match self.resolve(frame, container.id.as_str()) {
            // A local's length is known only at run time, so even an index known at import time may be
            // past its end (`pair[5]` of a 2-tuple taken from a queue).
            Some(Value::Str(_) | Value::List(_) | Value::Local(_)) => true,
            None => !self.is_known(frame, &item.slice),
            _ => false,
        }
    }

    /// `d[k]` of a shared list or dict, or of a dict display with string keys (a shared variable per key):
    /// a value known only at run time, whatever it holds.
    fn is_shared_item(&self, frame: &Frame, item: &ast::ExprSubscript) -> bool {
        matches!(&*item.value, Expr::Name(container) if matches!(self.resolve(frame, container.id.as_str()), Some(Value::Shared(..) | Value::Record(_))))
    }

    /// `a // b`, `a % b`, `a / b` by a divisor not known to be a number other than zero; `a ** e` by an
    /// exponent not known to be a whole number from 0 up (`0 ** -1` raises ZeroDivisionError). `%` of a
    /// string formats it (not a division).
    fn operation_may_raise(&self, frame: &Frame, operation: &ast::ExprBinOp) -> bool {
        match operation.op {
            Operator::Div | Operator::FloorDiv | Operator::Mod => {
                if operation.op == Operator::Mod && formats_text(&operation.left) {
                    return false;
                }
                let divisor = self.static_value(frame, &operation.right);
                !matches!(divisor, Ok(Value::Int(value)) if value != 0)
                    && !matches!(divisor, Ok(Value::Float(value)) if value != 0.0)
            }
            // A float's power may overflow (`10.0 ** 400`: OverflowError), whatever the exponent.
            Operator::Pow => {
                !matches!(self.static_value(frame, &operation.right), Ok(Value::Int(value)) if value >= 0)
                    || match self.static_value(frame, &operation.left) {
                        Ok(base) => matches!(base, Value::Float(_)),
                        Err(_) => self.floats_may_flow,
                    }
            }
            _ => false,
        }
    }

    /// A value the import computes itself (so it raised no exception there).
    fn is_known(&self, frame: &Frame, expr: &Expr) -> bool {
        self.static_value(frame, expr).is_ok()
    }
}

/// `"%d items" % n`: printf-style formatting of a string, not a remainder.
pub(super) fn formats_text(left: &Expr) -> bool {
    matches!(left, Expr::StringLiteral(_) | Expr::FString(_))
}

/// The call's text as the refusal names it: `int(...)`, `xs.index(...)`.
fn call_text(call: &ast::ExprCall) -> String {
    match &*call.func {
        Expr::Name(name) => format!("{}(...)", name.id),
        Expr::Attribute(attribute) => match &*attribute.value {
            Expr::Name(receiver) => format!("{}.{}(...)", receiver.id, attribute.attr),
            _ => format!(".{}(...)", attribute.attr),
        },
        _ => "this call".to_string(),
    }
}

/// A part of a call's arguments: inside a comprehension (the outermost one), with the variables of
/// the comprehensions around it, which stand for each item in turn.
struct Part<'e> {
    expr: &'e Expr,
    comprehension: Option<&'e Expr>,
    own_variables: Vec<String>,
    /// The comprehensions' variables that walk a list by name (`for s in served`), with that name.
    walks: Vec<(String, String)>,
}

/// The frame in which a comprehension's element and tests are read: its variables hold values known
/// only at run time (its items), whatever the code around binds under the same names.
fn comprehension_frame(frame: &Frame, own_variables: &[String]) -> Frame {
    let mut inner = frame.clone();
    for variable in own_variables {
        inner.locals.insert(variable.clone(), Value::Local(variable.clone()));
        inner.known.remove(variable);
        inner.globals_declared.remove(variable);
    }
    inner
}

/// The parts of `call`'s arguments, each before the parts inside it, in source order; none inside a
/// lambda (its body runs when called) or an `await` (awaited before the call: argument_waits.rs). A
/// comprehension's parts run once per item: a raising one is hoisted with the comprehension written
/// out as its loop (looped_comprehensions.rs), or refused there.
fn argument_parts(call: &ast::ExprCall) -> Vec<Part<'_>> {
    struct Parts<'e> {
        found: Vec<Part<'e>>,
        comprehension: Option<&'e Expr>,
        own_variables: Vec<String>,
        walks: Vec<(String, String)>,
    }
    impl<'e> Visitor<'e> for Parts<'e> {
        fn visit_expr(&mut self, expr: &'e Expr) {
            if let Some((generators, parts)) = super::comprehension_parts(expr) {
                return self.comprehension(expr, generators, parts);
            }
            match expr {
                Expr::Lambda(_) | Expr::Await(_) => {}
                _ => {
                    let part = Part {
                        expr,
                        comprehension: self.comprehension,
                        own_variables: self.own_variables.clone(),
                        walks: self.walks.clone(),
                    };
                    self.found.push(part);
                    walk_expr(self, expr);
                }
            }
        }
    }
    impl<'e> Parts<'e> {
        /// The first iterable in the scope around; the tests, later iterables and element with the
        /// comprehension's variables bound, in the order Python evaluates them.
        fn comprehension(&mut self, expr: &'e Expr, generators: &'e [ast::Comprehension], parts: Vec<&'e Expr>) {
            let saved = (self.comprehension, self.own_variables.len(), self.walks.len());
            for generator in generators {
                self.visit_expr(&generator.iter);
                if let (Expr::Name(variable), Expr::Name(list)) = (&generator.target, &generator.iter) {
                    self.walks.push((variable.id.to_string(), list.id.to_string()));
                }
                // The first iterable was read in the scope around; what follows runs per item.
                self.comprehension = self.comprehension.or(Some(expr));
                self.own_variables.extend(super::names_in(&generator.target));
                for test in &generator.ifs {
                    self.visit_expr(test);
                }
            }
            for part in parts {
                self.visit_expr(part);
            }
            self.comprehension = saved.0;
            self.own_variables.truncate(saved.1);
            self.walks.truncate(saved.2);
        }
    }
    let mut parts = Parts { found: Vec::new(), comprehension: None, own_variables: Vec::new(), walks: Vec::new() };
    for argument in call.arguments.args.iter().chain(call.arguments.keywords.iter().map(|k| &k.value)) {
        parts.visit_expr(argument);
    }
    parts.found
}
