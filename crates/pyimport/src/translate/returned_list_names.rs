//! A name bound to the list an inlined function returns (session 31, session30/repro/r14: `arrived =
//! collect(out, 2)` where `collect` ends `return list(got)`). returned_lists.rs makes that list into a
//! temporary at the `return`; the caller's name then holds it, and is known to hold a list as
//! `arrived = list(got)` written inline is (list_values.rs): `x in arrived` is `has(arrived, x)`,
//! `len(arrived)` is `size(arrived)`. Before, the name's kind was unknown, so the scenario read it with
//! the functions of a tuple or a string (`contains(arrived, x)`), which faulted on the list in every run
//! where CPython's test succeeds.

use super::held_objects::{HeldKey, HeldObject};
use super::{Frame, Translator};
use crate::expr::is_identifier;

impl Translator<'_> {
    /// Records that the task's temporary `made` holds a list an inlined function's `return` made.
    pub(super) fn note_returned_made_list(&mut self, frame: &Frame, made: &str) {
        let key = (Some(frame.task), made.to_string());
        self.held_objects.insert(key.clone(), Some(HeldObject::Container { of_containers: false }));
        self.list_values.insert(key);
    }

    /// Whether `text`, the scenario value a name is bound to, is the temporary of a list an inlined
    /// function returned (`note_returned_made_list`).
    pub(super) fn is_returned_made_list(&self, frame: &Frame, text: &str) -> bool {
        is_identifier(text) && self.list_values.contains(&(Some(frame.task), text.to_string()))
    }

    /// After `key` was bound to `text`: a name bound to a returned list is a list from here on, where its
    /// binding kept it as an object (`record_held`, `record_global_held`).
    pub(super) fn keep_returned_list_kind(&mut self, frame: &Frame, key: HeldKey, text: &str) {
        let held = self.held_objects.get(&key).copied().flatten();
        if self.is_returned_made_list(frame, text) && held.is_some() {
            self.list_values.insert(key);
        }
    }
}
