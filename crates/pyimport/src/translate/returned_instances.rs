//! `counter = run()` of a function of the file that ends `return counter`, an instance of a class of
//! the file it made (session30/t02: a counter class made in `run()`, its threads joined, the counter
//! handed back to the module). Python gives the caller the object itself, not a copy. The import
//! follows an instance by its name at import time (its attributes are shared variables named after
//! it), so the caller's name is bound to that same instance, as `alias = counter` would bind it: the
//! caller reads and writes the attributes the callee's threads wrote.
//!
//! Exact because an inlined function hands back a value known at import time only from its last
//! statement, the one `return` of its body: a function that may return early (a `return` inside an
//! `if` or a loop) computes its result in a local of the scenario, which an instance is not, and stays
//! refused there ("this is the instance ..."). A name bound to the result inside an `if` or a loop the
//! scenario runs is refused where it is bound, as any instance bound on one path is, and a global
//! bound a second time is refused at the second binding (a shared variable cannot hold an instance).

use crate::expr::Ex;
use crate::value::Value;

/// Whether `ex` is an instance of a class of the file, followed by its name at import time.
pub(super) fn is_instance(ex: &Ex) -> bool {
    matches!(ex, Ex::Static(Value::Instance(_)))
}
