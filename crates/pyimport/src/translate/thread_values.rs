//! A `threading.Timer` or `threading.Thread` made where weft needs a value of a step (session 24:
//! session22/t11's debouncer, `self.timer = threading.Timer(self.delay, self.action, args=(value,))` in
//! a method that runs more than once). weft names each thread or timer where the program makes it, so a
//! variable that holds one of several, chosen when the program runs (an attribute assigned again, an
//! item, an argument), has no form. The refusal said "`threading.Timer` with keyword arguments is not
//! supported" (and, without keywords, that its value "cannot be computed"), which sent the reader to an
//! edit that does not help.

use ruff_text_size::Ranged;

use super::{Result, fail};

/// The refusal of a thread or timer made as a value weft cannot hold; `Ok` for another callee.
pub(crate) fn refuse_thread_value(name: &str, at: &impl Ranged) -> Result<()> {
    let kind = match name {
        "threading.Timer" => "timer",
        "threading.Thread" => "thread",
        _ => return Ok(()),
    };
    fail(
        at,
        format!(
            "a `{name}` made here would be a value weft cannot hold (an attribute a method assigns again, an item, an argument): weft follows a {kind} bound to a name where it is made (`t = {name}(...)`, then `t.start()`, `t.join()`{}), a list of them, or one an `__init__` sets",
            if kind == "timer" { ", `t.cancel()`" } else { "" }
        ),
    )
}
