//! An attribute of a value made at run time that may be an exception (session 38): `e.args[0]` and
//! `e.shard` of a member of `eg.exceptions` under `except*`, an item of `gather(...,
//! return_exceptions=True)`'s list, an exception kept in a list, a dict or a queue, or saved in a local.
//! The import cannot tell such a value from an instance of the program's own made at run time (both are
//! names of the scenario's locals), so in a program that carries exception values the read asks the
//! value: of an exception, Python's `e.args` (`exception_args`) or the attribute its class's `__init__`
//! set (`item(exception_attributes(e), i)`, `i` its place there); of any other value, the instance's
//! item as before. An attribute no exception class sets stays the instance's item, which the engine
//! refuses to read of an exception value ("not yet", never Python's TypeError of a tuple).

use std::collections::BTreeMap;

use ruff_python_ast as ast;

use super::Translator;
use super::exception_values::class_membership;
use crate::expr::{ATOM, Ex};

impl Translator<'_> {
    /// `value.attribute` of the name `value` (a local or a global) that holds a value made at run time.
    pub(crate) fn run_time_attribute(&self, value: &str, attribute: &ast::ExprAttribute) -> Ex {
        let name = attribute.attr.as_str();
        let item = format!("{value}[{}]", crate::out::quoted(name, '\''));
        if !self.exception_values {
            return Ex::code(item, ATOM, false, true);
        }
        let code = match name {
            "args" => format!("(exception_args({value}) if exception_class({value}) != None else {item})"),
            _ => {
                let places = self.places_of_attribute(name);
                if places.is_empty() {
                    return Ex::code(item, ATOM, false, true);
                }
                // `a if c else b if d else e`: one branch for each place, the instance's item last.
                let branches: Vec<String> = places
                    .iter()
                    .map(|(place, classes)| {
                        format!(
                            "item(exception_attributes({value}), {place}) if {} else ",
                            class_membership(value, classes)
                        )
                    })
                    .collect();
                format!("({}{item})", branches.concat())
            }
        };
        Ex::code(code, ATOM, false, true)
    }

    /// The program's exception classes whose `__init__` sets `attribute`, by its place among the
    /// attributes that `__init__` sets.
    fn places_of_attribute(&self, attribute: &str) -> BTreeMap<usize, Vec<String>> {
        let mut places: BTreeMap<usize, Vec<String>> = BTreeMap::new();
        for (class, _) in &self.scenario.exceptions {
            if let Some(place) = self.init_attribute_position(class, attribute) {
                places.entry(place).or_default().push(class.clone());
            }
        }
        places
    }
}
