//! `s.splitlines()` of a string known at import time, in the module's own code (session 37,
//! session36/f01: `lines = TEXT.splitlines()` of a triple-quoted text): the list of its lines, known at
//! import time as Python's list is, as `s.split()` of such a string is (known_names.rs). CPython's line
//! ends beyond ASCII are Unicode's, which weft does not carry, so a text beyond ASCII is refused, and so
//! are `keepends` and a string known only at run time (the format has no function of lines).

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::value::{Shape, Value};

/// Why `splitlines()` is refused where it is not a string known at import time in the module's code.
const LINES_HERE: &str = "`.splitlines()` is imported of a string known at import time in the module's own code (`lines = TEXT.splitlines()` at the top of the file, then hand `lines` on); weft has no form for the lines of a string known only when the program runs, nor for a split inside a function";

impl Translator<'_> {
    /// `s.splitlines()` of a string known at import time in the module's own code: the list of its
    /// lines, as CPython splits ASCII text. `None` for any other call.
    pub(crate) fn known_lines(&self, frame: &Frame, call: &ast::ExprCall) -> Result<Option<Ex>> {
        let Expr::Attribute(attribute) = &*call.func else { return Ok(None) };
        if attribute.attr.as_str() != "splitlines" {
            return Ok(None);
        }
        let receiver = self.expr(frame, &attribute.value, true);
        let text = match receiver {
            Ok(Ex::Static(Value::Str(text))) => text,
            Ok(Ex::Code { .. } | Ex::Static(Value::Local(_) | Value::Shared(_, Shape::Int))) => {
                return fail(call, LINES_HERE);
            }
            _ => return Ok(None),
        };
        if !frame.module_level {
            return fail(call, LINES_HERE);
        }
        if !call.arguments.is_empty() {
            return fail(
                call,
                "`.splitlines()` with `keepends` is not imported; call it without arguments (the lines without their ends)",
            );
        }
        if !text.is_ascii() {
            return fail(
                call,
                "`.splitlines()` of text beyond ASCII is not imported: CPython also ends lines at Unicode's separators (`\\x85`, `\\u2028`, ...), which weft does not carry",
            );
        }
        let lines = crate::generators::texts::lines(&text);
        Ok(Some(Ex::Static(Value::List(lines.into_iter().map(Value::Str).collect()))))
    }
}
