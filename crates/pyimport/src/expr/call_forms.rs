//! The forms of a call's value inside an expression that take the call whole when it fits, before
//! `call_expr`'s general ones: two ordered tables, tried from the first (`CALL_FORMS` before the callee
//! is evaluated, `METHOD_FORMS` after it, for a callee that is no function of a module). The order
//! decides which form wins where more than one would take a call: keep it. A new form is one function
//! (in a module of its own) and one row here.

use ruff_python_ast as ast;

use super::Ex;
use crate::translate::{Frame, Result, Translator};

/// A form: the call's value when it takes the call (`use_known`: as `expr`'s), `None` when it does not.
pub(super) type CallForm = fn(&Translator<'_>, &Frame, &ast::ExprCall, bool) -> Result<Option<Ex>>;

/// Tried first, before the callee is evaluated.
pub(super) const CALL_FORMS: &[CallForm] = &[
    // `var.get()` of a context variable (translate/context_vars.rs).
    |translator, frame, call, _| translator.context_variable_read(frame, call),
    // `divmod(...)`, `pow(a, b, m)`, `int(s, base)` (builtin_values.rs).
    |translator, frame, call, use_known| translator.arithmetic_builtin(frame, call, use_known),
    // `hasattr(data, "name")` of a `threading.local()` (translate/thread_local_presence.rs).
    |translator, frame, call, _| translator.thread_local_presence(frame, call),
    // `d.get(k, [])` of a dict whose values are displays (translate/held_dict_gets.rs).
    |translator, frame, call, _| translator.held_dict_get(frame, call),
    // `tuple(sorted(...))` of two locals or of items known at import time (translate/sorted_pairs.rs).
    |translator, frame, call, use_known| translator.tuple_of_sorted(frame, call, use_known),
    // `tuple(positions)` of a fixed-length shared list (translate/array_tuples.rs).
    |translator, frame, call, _| translator.array_tuple(frame, call),
    // `s.encode()`, `hashlib.sha256(b).hexdigest()`: refused in words (translate/bytes_values.rs).
    |translator, frame, call, _| translator.refused_bytes_call(frame, call),
];

/// Tried after the callee is evaluated, when it is no function of a module.
pub(super) const METHOD_FORMS: &[CallForm] = &[
    // `s.upper()`, `s.lower()` (expr.rs).
    |translator, frame, call, use_known| translator.changed_case(frame, call, use_known),
    // `s.split(...)` of a string known at import time (translate/known_names.rs).
    |translator, frame, call, _| translator.known_split(frame, call),
    // `s.splitlines()` of a string known at import time (translate/known_lines.rs).
    |translator, frame, call, _| translator.known_lines(frame, call),
    // `s.method(args)` of a string known only at run time, `", ".join(...)` (text_calls.rs).
    |translator, frame, call, use_known| translator.text_method(frame, call, use_known),
    // `x.count(True)` of a list of `cancel()`'s values (translate/cancel_lists.rs).
    |translator, frame, call, _| translator.set_order_bools_method(frame, call),
    // `results.count(key)` of a local array of results (translate/result_list_methods.rs).
    |translator, frame, call, _| translator.result_list_method(frame, call),
];

impl Translator<'_> {
    /// The value of the first of `forms` that takes `call`; `None` when none does.
    pub(super) fn call_by_form(
        &self,
        forms: &[CallForm],
        frame: &Frame,
        call: &ast::ExprCall,
        use_known: bool,
    ) -> Result<Option<Ex>> {
        for form in forms {
            if let Some(value) = form(self, frame, call, use_known)? {
                return Ok(Some(value));
            }
        }
        Ok(None)
    }
}
