//! List comprehensions over items known only at run time (session 22): `names = [u["name"] for u in
//! users]` over the results of `gather` or `pool.map`, a shared list, a list made at run time, or a
//! list of futures (`errors = [f.exception() for f in futures]`).
//!
//! Python runs such a comprehension as the loop it means: a new list, then for each item the element
//! computed and appended, the name bound to the list when the loop ends. So it is imported as that
//! loop, by the seam of comprehensions with a test (filtered_lists.rs): the `for` is the `for`
//! statement's own translation (a list of results walked by index, a shared list by its iterator, the
//! futures one by one), each element its own steps, and the comprehension's variable renamed apart (its
//! own scope in Python 3: it does not leak, and shadows a global of the same name). Where the `for`
//! statement refuses the iterable (its length not known, a walk weft has no form for), the comprehension
//! is refused with its message. Inside an expression the comprehension is hoisted to an assignment of
//! its own (hoisting.rs), as Python computes it before the operation that uses it.
//!
//! A list made from a set of futures (`done`, `not_done` of `wait`, a set display of tasks) takes
//! CPython's hash order, which weft does not model: refused (the order-free uses of such a set, `len`,
//! `sum` of a generator, a `for` whose effect does not depend on the order, have their own forms).

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::Step;
use crate::value::Value;

impl Translator<'_> {
    /// Whether the list comprehension has no test and its first `for` walks items known only at run time
    /// (so it is computed by the loop of `assign_run_time_comprehension`, not at import time).
    pub(crate) fn over_run_time_items(&self, frame: &Frame, comprehension: &ast::ExprListComp) -> bool {
        let [first, ..] = comprehension.generators.as_slice() else { return false };
        comprehension.generators.iter().all(|generator| generator.ifs.is_empty() && !generator.is_async)
            && self.static_iteration(frame, &first.iter).is_err()
    }

    /// `name = [element for x in xs]` over items known only at run time: the loop Python runs into a new
    /// list, then `name` bound to it. False for any other value.
    pub(super) fn assign_run_time_comprehension(
        &mut self,
        frame: &mut Frame,
        (name, target): (&str, &Expr),
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::ListComp(comprehension) = value else { return Ok(false) };
        if !self.over_run_time_items(frame, comprehension) {
            return Ok(false);
        }
        self.refuse_list_of_set(frame, &comprehension.generators[0].iter)?;
        self.assign_comprehension_loop(frame, (name, target), value, out, line)?;
        Ok(true)
    }

    /// A list made from a set of futures or tasks would be in CPython's hash order: refused.
    fn refuse_list_of_set(&self, frame: &Frame, iterable: &Expr) -> Result<()> {
        match self.expr(frame, iterable, false) {
            Ok(Ex::Static(Value::FutureSet(..) | Value::PendingSet(..) | Value::FirstCompleted { .. })) => fail(
                iterable,
                "a list made from a set of futures or tasks is in the order of CPython's hash table, which weft does not model; loop over the list of futures instead, or count with `sum(1 for f in s if ...)`",
            ),
            _ => Ok(()),
        }
    }
}
