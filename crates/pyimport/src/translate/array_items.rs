//! A `for` (or a comprehension) over a local array of results (`parts = list(pool.map(primes_in,
//! chunks))`, `await asyncio.gather(...)`) binds its variable to an item whose kind the import does not
//! know: a job may return a list (session33/f02's `[len(p) for p in parts]`). Its `len` and truth are then
//! read in a step, `size(p)` and `truth(p)` (unknown_kinds.rs), which the engine answers for a value of
//! any kind, Python's TypeError of `len` of a number included. Before session 34 the expression's own
//! `len(p)` faulted in every run where the item was a list ("len() of an object inside an expression"),
//! where CPython gave the length.

use std::collections::BTreeSet;

use super::{Frame, Translator};

/// The locals bound to items of a local array of results, and whether the next `counted_for` binds one.
#[derive(Default)]
pub(crate) struct ArrayItems {
    /// Set just before a `for` over a local array of results; taken by the loop's binding.
    pub(crate) binding: bool,
    locals: BTreeSet<(usize, String)>,
}

impl Translator<'_> {
    /// After a loop bound `local` to its variable: noted where the loop walks a local array of results.
    pub(super) fn note_array_item_local(&mut self, frame: &Frame, local: &str) {
        if std::mem::take(&mut self.array_items.binding) {
            self.array_items.locals.insert((frame.task, local.to_string()));
        }
    }

    /// Whether `local` of the frame's task holds an item of a local array of results.
    pub(super) fn is_array_item_local(&self, frame: &Frame, local: &str) -> bool {
        self.array_items.locals.contains(&(frame.task, local.to_string()))
    }
}
