//! `with lock_for(shard):` inside a `while` the scenario runs (session 35): the call is hoisted into
//! `lock_for_result = lock_for(shard)` on the line before, and that name bound to a lock made at
//! import time inside a loop or an `if` the scenario runs was refused ("bound to a Lock here, on one
//! path only"): weft keeps such a binding as part of the import, which a read on a path that did not
//! run the binding (after the `if`, or before it on a loop's next pass) would not see as Python does.
//!
//! Where the binding is the name's one binding in its function and every other mention of it is a
//! read in the statements after it in its block (not in a nested function, lambda or comprehension),
//! each read runs only after the binding on its own path, and the value is the one object the import
//! computed for that place: so the name holds that object at every read, as in Python. The rewrite of
//! object_keys.rs makes such bindings too, one per branch of its `if` per key (a lookup of a key known
//! only when the program runs: `lk = lock_for(key)`).

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::Translator;
use super::object_returns::is_object;
use crate::value::Value;

impl Translator<'_> {
    /// Whether binding `name` to `held` (an object made at import time) at `value`, inside an `if` or
    /// a loop the scenario runs, is exact: its one binding, read only after it in its block.
    pub(super) fn bound_where_every_read_follows(&self, name: &str, held: &Value, value: &Expr) -> bool {
        (is_object(held) || matches!(held, Value::Str(_)))
            && self
                .call_stack
                .last()
                .and_then(|function| self.functions.get(function))
                .is_some_and(|def| crate::object_keys::bound_once_and_read_after(def, name, value.range()))
    }
}
