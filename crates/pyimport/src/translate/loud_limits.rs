//! Reads that faulted in every run at a limit the format documents, refused at their line instead
//! (session30/repro/r12, r13): CPython's state was never among weft's outcomes.
//! - `e.args` of an exception raised without arguments is the empty tuple, which weft does not have.
//! - `type(x).__name__` of a number: weft's booleans are integers, so the engine cannot tell `int` from
//!   `bool`. A name that may hold a number (followed as tuple_keys.rs follows a key) is refused.

use ruff_python_ast::visitor::{Visitor, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::tuple_keys::Leaf;
use super::{Result, Translator, fail};

impl Translator<'_> {
    /// Refuses `e.args` when the file raises an exception without arguments (`raise RuntimeError()`,
    /// `raise RuntimeError`): its `args` is the empty tuple.
    pub(crate) fn refuse_empty_arguments(&self, attribute: &ast::ExprAttribute) -> Result<()> {
        let mut raises = BareRaises { found: None };
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
    pub(crate) fn refuse_number_type_name(&self, of: &Expr) -> Result<()> {
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

/// The first `raise C()` or `raise C` (a capitalised name: a class) in the file.
struct BareRaises {
    found: Option<TextRange>,
}

impl Visitor<'_> for BareRaises {
    fn visit_stmt(&mut self, stmt: &Stmt) {
        if self.found.is_none()
            && let Stmt::Raise(raise) = stmt
            && let Some(raised) = &raise.exc
            && raised_without_arguments(raised)
        {
            self.found = Some(raised.range());
        }
        walk_stmt(self, stmt);
    }
}

fn raised_without_arguments(raised: &Expr) -> bool {
    let class = match raised {
        Expr::Call(call) if call.arguments.is_empty() => call.func.as_ref(),
        other => other,
    };
    let last = match class {
        Expr::Name(name) => name.id.as_str(),
        Expr::Attribute(attribute) => attribute.attr.as_str(),
        _ => return false,
    };
    last.starts_with(|first: char| first.is_ascii_uppercase())
}
