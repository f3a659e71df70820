//! Values the program computes from what is known at import time, that the module's own code walks or
//! hands on (session 20, docs/python.md "Control flow and names at module level"):
//!
//! - `f.__name__` of a function of the file: its `def`'s name, a string known at import time
//!   (`threading.Thread(target=f, name=f.__name__) for f in (parse, enrich, store)`);
//! - `s.split()` / `s.split(sep)` / `s.rsplit(...)` of a string known at import time, in the module's
//!   own code: the list of its parts, known at import time as Python's list is (`for w in
//!   TEXT.split():` at module level unrolls over the words; `len(TEXT.split())` is a number known then).
//!   Elsewhere, and of a string known only at run time, a split stays the format's tuple (sequences.rs).

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::value::Value;

impl Translator<'_> {
    /// `f.__name__` of `function`, a function of the file (a closure's nested function too): the name
    /// its `def` gives it, as Python's `__name__` is. `None` for anything else (a lambda's is
    /// `<lambda>`, a `partial` has none: both stay refused).
    pub(crate) fn function_name(&self, function: &Value) -> Option<Value> {
        let function = match function {
            Value::Function(function) | Value::Closure(function, _) => function,
            _ => return None,
        };
        self.functions.get(function).map(|def| Value::Str(def.name.to_string()))
    }

    /// `s.split(...)` or `s.rsplit(...)` of a string known at import time in the module's own code, with
    /// a separator and a count known then too: the list of its parts, as CPython splits (`sim_core::text::split_parts`, the
    /// engine's own split). `None` for any other call, or one whose arguments are known only at run
    /// time (or an empty separator, Python's ValueError): those keep the run-time forms.
    pub(crate) fn known_split(&self, frame: &Frame, call: &ast::ExprCall) -> Result<Option<Ex>> {
        // In a function the split of a string known at import time (a thread's argument) stays the
        // run-time tuple it was before session 20 (sequences.rs), whose uses are checked there.
        if !frame.module_level {
            return Ok(None);
        }
        let Expr::Attribute(attribute) = &*call.func else { return Ok(None) };
        let method = attribute.attr.as_str();
        if !matches!(method, "split" | "rsplit") || !call.arguments.keywords.is_empty() || call.arguments.len() > 2 {
            return Ok(None);
        }
        let Ok(Ex::Static(Value::Str(text))) = self.expr(frame, &attribute.value, true) else { return Ok(None) };
        let separator = match call.arguments.args.first() {
            None => None,
            Some(Expr::NoneLiteral(_)) => None,
            Some(argument) => match self.expr(frame, argument, true) {
                Ok(Ex::Static(Value::Str(separator))) if !separator.is_empty() => Some(separator),
                Ok(Ex::Static(Value::None)) => None,
                _ => return Ok(None),
            },
        };
        let most = match call.arguments.args.get(1) {
            None => usize::MAX,
            Some(argument) => match self.expr(frame, argument, true) {
                Ok(Ex::Static(Value::Int(count))) => usize::try_from(count).unwrap_or(usize::MAX),
                _ => return Ok(None),
            },
        };
        let parts = sim_core::text::split_parts(&text, separator.as_deref(), most, method == "rsplit");
        Ok(Some(Ex::Static(Value::List(parts.into_iter().map(Value::Str).collect()))))
    }
}
