//! List comprehensions over items known at import time whose element is known only at run time
//! (session 23): `values = [arr[i] for i in range(4)]` of a `multiprocessing.Array` read back in main
//! after the joins, `[slots[i] for i in range(len(slots))]` of a shared list threads wrote. The items
//! are known, but each element is a read of shared memory, so the import cannot compute the list: it is
//! the loop Python runs (a new list, each element read by its own step and appended, the name bound at
//! the end), by the seam of comprehensions over items known only at run time
//! (run_time_comprehensions.rs), which also hoists one inside an expression (`print([a[i] for i in
//! range(4)])`). Only an element that calls nothing takes this form: a call may make threads, futures
//! or other objects whose comprehensions have forms of their own.

use ruff_python_ast as ast;

use super::run_time_comprehensions::has_call;
use super::{Frame, Translator};

impl Translator<'_> {
    /// Whether the comprehension walks items known at import time, its element calls nothing, and the
    /// import cannot compute it (an element reads what is known only at run time).
    pub(super) fn run_time_elements(&self, frame: &Frame, comprehension: &ast::ExprListComp) -> bool {
        let [first, ..] = comprehension.generators.as_slice() else { return false };
        !has_call(&comprehension.elt)
            && self.static_iteration(frame, &first.iter).is_ok()
            && self.static_comprehension(frame, comprehension).is_err()
    }
}
