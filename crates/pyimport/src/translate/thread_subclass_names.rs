//! `self.name` of a `threading.Thread` subclass whose `__init__` names it by
//! `super().__init__(name=...)` (session 27, session27/t09, timing/tm01): the string given, an attribute
//! of the instance like the ones `__init__` sets. Before, it was refused as an attribute `__init__` does
//! not set. Without `name=` Python's default (`Thread-N`) counts every thread the program made before:
//! still refused, in words of its own.

use super::Translator;
use crate::value::Value;

impl Translator<'_> {
    /// Records the name `super().__init__(name=...)` gave a Thread subclass's instance as its `name`.
    pub(super) fn keep_thread_subclass_name(&mut self, instance: &str, name: Option<&String>) {
        if let Some(name) = name {
            self.classes.set_attribute(instance, "name", Value::Str(name.clone()));
        }
    }

    /// The refusal of `self.name` of a Thread subclass's instance that was given no name.
    pub(super) fn unnamed_thread_subclass(&self, class: &str, attribute: &str) -> Option<String> {
        (attribute == "name" && self.classes.is_thread_class(class)).then(|| {
            format!(
                "`name` of a `{class}` thread is known when its `__init__` gives one (`super().__init__(name=\"worker-1\")`); Python's default name (`Thread-N`) counts every thread the program made before, which weft does not follow"
            )
        })
    }
}
