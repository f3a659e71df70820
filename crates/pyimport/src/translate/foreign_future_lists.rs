//! A module list of futures that one thread or task appends to and another reads (session35/repro/r01:
//! a done callback runs `later.append(pool.submit(job, 2))`, main then calls `wait(later)` or walks
//! `for f in later:`). weft fills a list of futures at import time, each item the future the appending
//! task keeps in a local of its own; another task cannot name that local (weft's own "does not load"
//! before), and which items the list holds when the other task reads it depends on when the appending
//! one ran, which an import-time list cannot say (CPython's r01 prints 0 or 1). So the list is noted at
//! each `append` of a future with the task that appended, and a read of it by any other task (or an
//! append by a second task) is refused at its line in words that say what to write instead. The
//! appending task's own reads are unchanged: the list is its own, filled in its order.

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator, fail};
use crate::value::Value;

impl Translator<'_> {
    /// Notes `list` (a module list known at import time) as holding `item` appended by this frame's task,
    /// when `item` is a future; refuses an append of a future by a second task.
    pub(super) fn note_future_list_append(&mut self, frame: &Frame, list: &str, item: &Value, at: &Expr) -> Result<()> {
        if !matches!(item, Value::Future(_)) {
            return Ok(());
        }
        match self.future_list_owners.get(list) {
            Some(&owner) if owner != frame.task => fail(at, self.foreign_future_list_message(list, owner)),
            Some(_) => Ok(()),
            None => {
                self.future_list_owners.insert(list.to_string(), frame.task);
                Ok(())
            }
        }
    }

    /// Refuses a read of the module list `name` (bound to `value`) by a task other than the one that
    /// appended futures to it.
    pub(crate) fn refuse_foreign_future_list(&self, frame: &Frame, name: &str, value: &Value, at: &Expr) -> Result<()> {
        if !matches!(value, Value::List(_)) || frame.locals.contains_key(name) {
            return Ok(());
        }
        match self.future_list_owners.get(name) {
            Some(&owner) if owner != frame.task => fail(at, self.foreign_future_list_message(name, owner)),
            _ => Ok(()),
        }
    }

    /// The same for an argument that is such a list by name (`wait(later)`), where the caller would
    /// otherwise take a refused read for "not a list of futures" and say less.
    pub(super) fn refuse_foreign_future_list_argument(&self, frame: &Frame, argument: &Expr) -> Result<()> {
        let Expr::Name(name) = argument else { return Ok(()) };
        match self.resolve(frame, name.id.as_str()) {
            Some(value) => self.refuse_foreign_future_list(frame, name.id.as_str(), &value, argument),
            None => Ok(()),
        }
    }

    fn foreign_future_list_message(&self, list: &str, owner: usize) -> String {
        let appender = &self.scenario.tasks[owner].base;
        format!(
            "`{list}` holds futures that another thread or task appends to it (`{appender}`, which runs apart from this code): \
             which of them the list holds when this code reads it depends on when `{appender}` runs, and weft fills a list of \
             futures at import time, so it does not follow that; wait for the futures in the code that appends them (or \
             submit there and keep the list in one thread), or hand each result over through a `queue.Queue`"
        )
    }
}
