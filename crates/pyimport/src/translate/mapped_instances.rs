//! `pool.map(score, SALES)` over a list of instances of the file's classes known at import time
//! (session37/f04: `SALES = [Sale("eu", 2, 30), ...]` of a `@dataclass`): each job is given its
//! instance, bound when the job's task is made, as a call of the function with that instance inlines it.
//!
//! A thread pool's job gets the object itself in Python, which the instance is. A process pool's job
//! gets a pickled copy: the instance stands for its copy where the copy cannot be told from it, that is
//! where every attribute is a number, None or a string (a shared variable of its own) that no code
//! outside an `__init__` assigns (a `@dataclass(frozen=True)`'s fields are never assigned: the copy and
//! the original hold the same values from the map's call on). An attribute holding a list, a dict, an
//! instance or a threading object is refused there: the copy's would be an object of its own.

use super::{Argument, Translator};
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// The argument a `map`'s job is given for an instance item, or `None` where the item is no
    /// instance or a process pool's copy of it could differ from it (`in_process`).
    pub(super) fn mapped_instance_argument(&self, value: &Value, in_process: bool) -> Option<Argument> {
        let Value::Instance(instance) = value else { return None };
        if in_process && !self.copy_is_the_instance(instance) {
            return None;
        }
        Some(Argument::Static(value.clone()))
    }

    /// Whether a pickled copy of `instance` holds what it holds for as long as the program runs: every
    /// attribute a number, None or a string no code outside an `__init__` assigns.
    fn copy_is_the_instance(&self, instance: &str) -> bool {
        let Some(attributes) = self.classes.attributes_of(instance) else { return false };
        attributes.iter().all(|(name, value)| {
            matches!(value, Value::Shared(_, Shape::Int)) && !self.classes.written_after_init(name)
        })
    }

    /// The attributes' shared variables of each instance a process pool's job is given whose copy is
    /// the instance: the job's process holds a copy of each (its memory starts as the parent's, as the
    /// unpickled instance holds the same values).
    pub(super) fn job_instance_fields(&self, args: &[Argument], keywords: &[(String, Argument)]) -> Vec<String> {
        let given = args.iter().chain(keywords.iter().map(|(_, argument)| argument));
        let instances = given.filter_map(|argument| match argument {
            Argument::Static(Value::Instance(instance)) if self.copy_is_the_instance(instance) => Some(instance),
            _ => None,
        });
        let mut fields = Vec::new();
        for instance in instances {
            for value in self.classes.attributes_of(instance).into_iter().flat_map(|attributes| attributes.values()) {
                if let Value::Shared(shared, _) = value
                    && !fields.contains(shared)
                {
                    fields.push(shared.clone());
                }
            }
        }
        fields
    }
}
