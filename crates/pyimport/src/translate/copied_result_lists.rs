//! A list of results handed to a job of a process pool (session34/m03: `pool.apply_async(checksum,
//! (powers,)).get()` where `powers = pool.starmap(power, pairs)`; session22/m01: `pool.apply_async(sum,
//! (counts,))`; s35pools). CPython pickles each argument for the worker's process, so the job is given
//! a copy of the list, made when the job is submitted (`apply_async` and `submit` pickle at once, in
//! the caller; a `Pool`'s task handler a moment later, with nothing in between that could change a
//! list of results, which is a local of its caller). The copy is a list made at run time
//! (`new_list(results[0], ...)`, docs/format.md) in a temporary of the submitting task, given to the
//! job as its argument: no other task holds it, so the job's reads and writes of it are its own, as in
//! CPython.
//!
//! Only where each result is a value no one can change (a number, a string, None, a bool or a tuple of
//! them, by the shape of the function the results came from: immutable_results.rs), whose copy is the
//! value; a list of lists or instances would share its items where CPython copies them (refused, as
//! before: passed_collections.rs's words), and only up to `MOST_ITEMS` results. A thread pool's job is
//! given the list itself in CPython, which weft's tasks cannot share (refused as before).
//!
//! A module list given to a process pool's job (`pool.apply_async(checksum, (PRICES,))`) was a list of
//! the parent's process, which the job's process does not have: weft's own "does not load" before.
//! Now a module list nobody writes, of numbers, strings and tuples of them known at import time, is
//! given as those items (the copy CPython pickles is of the same items); a module list that is written
//! is refused at the argument: CPython pickles it in the pool's feeder thread a moment after the call,
//! reading it then, which weft does not model.

use super::futures::Placement;
use super::{Argument, Frame, Result, Translator, fail};
use crate::out::{Node, Step};
use crate::value::{Shape, Value};

/// The most results a copy is made of.
const MOST_ITEMS: usize = 32;

impl Translator<'_> {
    /// The copy of a list of results given to a process pool's job, made by a step into `out` before
    /// the submit; `None` for any other argument (which keeps its own path).
    pub(super) fn copied_results_argument(
        &mut self,
        frame: &Frame,
        placement: Placement<'_>,
        argument: &Argument,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Option<Argument> {
        let Placement::Executor(_, true) = placement else { return None };
        let Argument::Static(Value::LocalArray(results, length)) = argument else { return None };
        if *length == 0 || *length > MOST_ITEMS || !self.holds_immutable_results(frame.task, results) {
            return None;
        }
        let items: Vec<String> = (0..*length).map(|position| format!("{results}[{position}]")).collect();
        let copy = self.fresh_temporary(frame.task, "copied_results");
        out.push(Step::new("let", Node::Quoted(format!("{copy} = new_list({})", items.join(", "))), line));
        Some(Argument::Code(copy))
    }
}

impl Translator<'_> {
    /// A module list given to a process pool's job at `at`: its items known at import time, or refused
    /// (module docs); `None` for any other argument.
    pub(super) fn module_list_argument(
        &self,
        placement: Placement<'_>,
        argument: &Argument,
        at: &ruff_python_ast::Expr,
    ) -> Result<Option<Argument>> {
        let Placement::Executor(_, true) = placement else { return Ok(None) };
        let Argument::Static(Value::Shared(list, shape @ (Shape::Array(_) | Shape::Map { dense: true }))) = argument
        else {
            return Ok(None);
        };
        // A variable of the parent's process only (a `multiprocessing.Array` is shared memory).
        if !self.scenario.shared.iter().any(|(name, _)| name == list) {
            return Ok(None);
        }
        if matches!(shape, Shape::Array(_)) && !self.is_written(list) {
            let items = self.array_values(list);
            if items.iter().all(super::immutable_results::known_immutable) {
                return Ok(Some(Argument::Static(Value::List(items.into()))));
            }
        }
        fail(
            at,
            "a module list given to a process pool's job is imported where nothing writes it and its items are numbers, strings or tuples of them known at import time: CPython gives the job a copy pickled by the pool's feeder thread a moment after the call, reading the list then, which weft does not model; give the job the items it needs, or a list of results",
        )
    }
}
