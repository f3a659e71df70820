//! Reads that faulted in every run at a limit the format documents, refused at their line instead
//! (session30/repro/r12, r13): CPython's state was never among weft's outcomes.
//! - `e.args` of an exception raised without arguments is the empty tuple, which weft does not have.
//! - `type(x).__name__` of a number: weft's booleans are integers, so the engine cannot tell `int` from
//!   `bool`. A name that may hold a number (followed as tuple_keys.rs follows a key) is refused.

use ruff_python_ast::visitor::{Visitor, walk_except_handler, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::tuple_keys::Leaf;
use super::{Result, Translator, fail};

impl Translator<'_> {
    /// Refuses `e.args` when the file raises an exception without arguments (`raise RuntimeError()`,
    /// `raise RuntimeError`): its `args` is the empty tuple.
    /// A read under an `if` or a loop inside its handler is let through: the program may read it only
    /// for the exceptions raised with arguments (session27-s27silent/checks/k07: `if args: len(e.args)`).
    pub(crate) fn refuse_empty_arguments(&self, attribute: &ast::ExprAttribute) -> Result<()> {
        let mut guards = Guarded { at: attribute.range, handler: false, guarded: false, caught: None };
        guards.visit_body(self.module_body);
        if guards.guarded {
            return Ok(());
        }
        let mut raises = BareRaises { caught: guards.caught, found: None };
        raises.visit_body(self.module_body);
        let Some(raised) = raises.found else { return Ok(()) };
        let (line, column) = self.source.line_column(raised.start().to_usize());
        fail(
            attribute,
            format!(
                "`.args` of an exception is not supported where the program raises one without arguments (at {line}:{column}): its `args` is the empty tuple, which weft does not have; raise it with an argument (`raise RuntimeError(\"why\")`), or read `repr(e)` or `type(e).__name__`"
            ),
        )
    }

    /// Refuses `type(x).__name__` when `x` may hold a number or a bool.
    /// A read under `if isinstance(x, SomeError):` (or its conditional expression) is of an exception,
    /// never of a number, and is let through (session20/checks/c13).
    pub(crate) fn refuse_number_type_name(&self, of: &Expr) -> Result<()> {
        let Expr::Name(name) = of else { return Ok(()) };
        let mut guard = ExceptionGuard { at: of.range(), name: name.id.as_str(), guarded: false };
        guard.visit_body(self.module_body);
        if guard.guarded {
            return Ok(());
        }
        let Some(binding) = self.binding_of(of, 0, Leaf::Number) else { return Ok(()) };
        let (line, column) = self.source.line_column(binding.start().to_usize());
        fail(
            of,
            format!(
                "`type(x).__name__` of a number is not supported: weft's booleans are integers, so it cannot tell `int` from `bool`, and this value may be a number (from {line}:{column}); test `x is None` or `isinstance(x, str)` for the other kinds, or keep the kind's name beside the value"
            ),
        )
    }
}

/// Whether the range `at` lies under an `if`, a loop or a conditional expression inside the `except`
/// handler around it.
struct Guarded {
    at: TextRange,
    handler: bool,
    guarded: bool,
    /// The class names the handler names (`None`: a bare `except:` or `Exception`, which catch any).
    caught: Option<Vec<String>>,
}

impl Visitor<'_> for Guarded {
    fn visit_stmt(&mut self, stmt: &Stmt) {
        if !stmt.range().contains_range(self.at) {
            return;
        }
        if self.handler && matches!(stmt, Stmt::If(_) | Stmt::For(_) | Stmt::While(_)) {
            self.guarded = true;
        }
        walk_stmt(self, stmt);
    }

    fn visit_except_handler(&mut self, handler: &ast::ExceptHandler) {
        if handler.range().contains_range(self.at) {
            self.handler = true;
            let ast::ExceptHandler::ExceptHandler(handler_node) = handler;
            self.caught = handler_node
                .type_
                .as_deref()
                .map(class_names)
                .filter(|names| !names.iter().any(|name| matches!(name.as_str(), "Exception" | "BaseException")));
            walk_except_handler(self, handler);
        }
    }

    fn visit_expr(&mut self, expr: &Expr) {
        if self.handler && matches!(expr, Expr::If(_) | Expr::BoolOp(_)) && expr.range().contains_range(self.at) {
            self.guarded = true;
        }
        walk_expr(self, expr);
    }
}

/// The last names of the classes an `except` names (`ValueError`, `(KeyError, errors.Bad)`).
fn class_names(caught: &Expr) -> Vec<String> {
    let classes = match caught {
        Expr::Tuple(tuple) => tuple.elts.iter().collect(),
        other => vec![other],
    };
    classes.into_iter().filter_map(last_name).map(str::to_string).collect()
}

fn last_name(class: &Expr) -> Option<&str> {
    match class {
        Expr::Name(name) => Some(name.id.as_str()),
        Expr::Attribute(attribute) => Some(attribute.attr.as_str()),
        _ => None,
    }
}

/// The first `raise C()` or `raise C` (a capitalised name: a class) in the file, of a class the
/// handler names when it names some (a subclass of them is not followed).
struct BareRaises {
    caught: Option<Vec<String>>,
    found: Option<TextRange>,
}

impl Visitor<'_> for BareRaises {
    fn visit_stmt(&mut self, stmt: &Stmt) {
        if self.found.is_none()
            && let Stmt::Raise(raise) = stmt
            && let Some(raised) = &raise.exc
            && let Some(class) = raised_without_arguments(raised)
            && self.caught.as_ref().is_none_or(|caught| caught.iter().any(|name| name == class))
        {
            self.found = Some(raised.range());
        }
        walk_stmt(self, stmt);
    }
}

/// The class's name of `raise C()` or `raise C` (a capitalised name: a class, not a bound exception).
fn raised_without_arguments(raised: &Expr) -> Option<&str> {
    let class = match raised {
        Expr::Call(call) if call.arguments.is_empty() => call.func.as_ref(),
        Expr::Call(_) => return None,
        other => other,
    };
    last_name(class).filter(|name| name.starts_with(|first: char| first.is_ascii_uppercase()))
}

/// Whether the range `at` lies in the true branch of an `if` or a conditional expression whose test is
/// `isinstance(name, C)` of a class other than a number's (`Exception`, `ValueError`, a tuple of them).
struct ExceptionGuard<'n> {
    at: TextRange,
    name: &'n str,
    guarded: bool,
}

impl ExceptionGuard<'_> {
    fn tests_exception(&self, test: &Expr) -> bool {
        let Expr::Call(call) = test else { return false };
        let Expr::Name(callee) = call.func.as_ref() else { return false };
        let [Expr::Name(tested), class] = &call.arguments.args[..] else { return false };
        callee.id.as_str() == "isinstance"
            && tested.id.as_str() == self.name
            && !class_names(class).iter().any(|name| {
                matches!(
                    name.as_str(),
                    "int" | "bool" | "float" | "complex" | "object" | "Number" | "Integral" | "Real"
                )
            })
            && !class_names(class).is_empty()
    }
}

impl Visitor<'_> for ExceptionGuard<'_> {
    fn visit_stmt(&mut self, stmt: &Stmt) {
        if !stmt.range().contains_range(self.at) {
            return;
        }
        if let Stmt::If(branch) = stmt
            && self.tests_exception(&branch.test)
            && branch.body.iter().any(|inner| inner.range().contains_range(self.at))
        {
            self.guarded = true;
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &Expr) {
        if !expr.range().contains_range(self.at) {
            return;
        }
        if let Expr::If(conditional) = expr
            && self.tests_exception(&conditional.test)
            && conditional.body.range().contains_range(self.at)
        {
            self.guarded = true;
        }
        walk_expr(self, expr);
    }
}
