//! `d.pop(k)` of a dict whose values are lists or sets made at run time (a `defaultdict(list)`, a
//! dict `d.setdefault(k, []).append(v)` fills): the value is that list or set, an object of the run,
//! as `x = d[k]` of the same dict is (collection_objects.rs). Before session 28 the name it was bound
//! to was of unknown kind: `len(d.pop(k))` (hoisted to `pop_result`) faulted on every run at weft's
//! own limit ("len() of an object inside an expression"), `if x:` likewise, `2 in x` faulted with a
//! TypeError CPython does not raise, and `for v in x:` was weft's own "does not load"
//! (session28/repro/r05). The name now holds the list: `len(x)` is `size(x)`, its truth `size(x) > 0`.

use ruff_python_ast::Expr;

use super::{Frame, Translator};
use crate::expr::Ex;
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// The maker of the values (`new_list()`, `new_set()`) when `value` is `d.pop(k)`, with one
    /// argument, of a shared dict whose values are lists or sets made at run time. A missing key is
    /// KeyError there as in Python (`pop` without a default does not call defaultdict's factory).
    pub(super) fn popped_made_item(&self, frame: &Frame, value: &Expr) -> Option<&'static str> {
        let Expr::Call(call) = value else { return None };
        let Expr::Attribute(attribute) = &*call.func else { return None };
        if attribute.attr.as_str() != "pop" || call.arguments.args.len() != 1 || !call.arguments.keywords.is_empty() {
            return None;
        }
        let Ok(Ex::Static(Value::Shared(shared, Shape::Map { dense: false }))) =
            self.expr(frame, &attribute.value, false)
        else {
            return None;
        };
        self.made_default_dicts.get(&shared).or_else(|| self.setdefault_dicts.get(&shared)).copied()
    }

    /// After `name = d.pop(k)` into the task's `local` (and the global `shared`, when `name` is one):
    /// the name holds the popped list or set, as a binding to `d[k]` would (a global only when this is
    /// its one binding). Any other `pop` keeps the value of unknown kind, as before.
    pub(super) fn record_popped_item(
        &mut self,
        frame: &Frame,
        (name, first): (&str, bool),
        (local, shared): (&str, Option<&str>),
        value: &Expr,
    ) {
        if self.popped_made_item(frame, value).is_none() {
            return;
        }
        match shared {
            Some(shared) => self.record_global_held(frame, (name, shared), first, value, local),
            None => self.record_held(frame, (Some(frame.task), local.to_string()), value, local),
        }
    }
}
