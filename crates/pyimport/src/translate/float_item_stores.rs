//! Module lists and dicts of floats that the program writes by item (session 34, session33/f07 and t05):
//! `temps = [10.0, 40.0]` then `next_temps[i] = (left + temps[i] + right) / 3` in threads, `database =
//! {"apple": 1.0}` then `database[item] = price` in a pool's job.
//!
//! A list or dict display of numbers that nothing writes stays a table known at import time (its floats
//! folded where they are read, a sleep's duration). One that something writes by item is shared memory,
//! as a display of integers is: a list an array of the scenario, a dict under string keys a variable
//! per key (`database_apple`). The scenario's `shared:` declares no float (the run makes its floats, as
//! for a float global, float_globals.rs), so each item is declared None and main writes the display's
//! numbers in one `atomic` step where the module binds the name: nothing else runs before that line, as
//! in Python, and from there every read and write of an item is a step, so threads race on the items as
//! in CPython. A dict whose keys are not all strings, or a display of more than `MAX_ITEMS` numbers,
//! stays refused at the store, saying why.

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Node, Result, Step, Translator};
use crate::expr::Ex;
use crate::out::{Item, SharedInit};
use crate::value::{Shape, Value};

/// The most numbers a display written by item may hold (each a step of main's `atomic` write).
const MAX_ITEMS: usize = 64;

/// The names the program stores an item of, anywhere (`name[k] = v`, `name[k] += v`, a tuple target's
/// `name[k]`): the module displays of floats that must be shared memory.
pub(super) fn item_stored_names(body: &[Stmt]) -> BTreeSet<String> {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    struct Walk(BTreeSet<String>);
    impl Walk {
        fn target(&mut self, target: &Expr) {
            match target {
                Expr::Subscript(subscript) => {
                    if let Expr::Name(name) = &*subscript.value {
                        self.0.insert(name.id.to_string());
                    }
                }
                Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                    elts.iter().for_each(|target| self.target(target));
                }
                _ => {}
            }
        }
    }
    impl<'a> Visitor<'a> for Walk {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Assign(assign) => assign.targets.iter().for_each(|target| self.target(target)),
                Stmt::AugAssign(assign) => self.target(&assign.target),
                Stmt::AnnAssign(assign) => self.target(&assign.target),
                _ => {}
            }
            walk_stmt(self, stmt);
        }
    }
    let mut walk = Walk(BTreeSet::new());
    for stmt in body {
        walk.visit_stmt(stmt);
    }
    walk.0
}

/// Whether a display's values are numbers among which a float, at most `MAX_ITEMS` of them.
fn numbers_with_a_float<'v>(values: impl Iterator<Item = &'v Value> + Clone) -> bool {
    let count = values.clone().count();
    values.clone().all(|value| matches!(value, Value::Int(_) | Value::Float(_)))
        && values.clone().any(|value| matches!(value, Value::Float(_)))
        && (1..=MAX_ITEMS).contains(&count)
}

impl Translator<'_> {
    /// A module global's first binding to a list display of numbers with a float, or a dict display of
    /// them under string keys, that the program writes by item: shared memory whose items main writes
    /// here. `false` for any other binding (declared as before).
    pub(super) fn declare_float_item_store(
        &mut self,
        name: &str,
        value: &Value,
        at: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        if !self.float_item_stores.contains(name) {
            return Ok(false);
        }
        match value {
            Value::List(items) if numbers_with_a_float(items.iter()) => {
                let shared = self.object_name(name);
                let length = items.len();
                self.scenario.shared.push((shared.clone(), SharedInit::Array(vec![Item::None; length])));
                let places: Vec<String> = (0..length).map(|index| format!("{shared}[{index}]")).collect();
                self.write_numbers(&places, items, at, out, line)?;
                self.globals.insert(name.to_string(), Value::Shared(shared, Shape::Array(length)));
                Ok(true)
            }
            Value::Objects(pairs) if numbers_with_a_float(pairs.iter().map(|(_, value)| value)) => {
                let mut fields = Vec::with_capacity(pairs.len());
                for (key, _) in pairs {
                    let shared = self.object_name(&format!("{name}_{key}"));
                    self.scenario.shared.push((shared.clone(), SharedInit::None));
                    // Whatever the tasks write may be any value by the time it is read: no kind kept.
                    self.held_objects.insert((None, shared.clone()), None);
                    fields.push((key.clone(), shared));
                }
                let places: Vec<String> = fields.iter().map(|(_, shared)| shared.clone()).collect();
                let numbers: Vec<Value> = pairs.iter().map(|(_, value)| value.clone()).collect();
                self.write_numbers(&places, &numbers, at, out, line)?;
                self.globals.insert(name.to_string(), Value::Record(fields));
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Main's write of a display's numbers into the places declared for them, in one `atomic` step (the
    /// display is made whole before the name is bound).
    fn write_numbers(
        &mut self,
        places: &[String],
        numbers: &[Value],
        at: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let mut sets = Vec::with_capacity(places.len());
        for (place, number) in places.iter().zip(numbers) {
            let (text, ..) = self.to_code(Ex::Static(number.clone()), at)?;
            sets.push(Step::new("set", Node::Quoted(format!("{place} = {text}")), line));
        }
        out.push(Step::new("atomic", Node::Steps(sets), line));
        Ok(())
    }
}
