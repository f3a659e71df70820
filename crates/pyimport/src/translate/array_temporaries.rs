//! Local arrays the translation makes under names of its own (the futures of a fan-out, the results
//! a `sum(f.result() for f in fs)` collects, the list a `gather` gives). `temporary` gives every use in
//! a task one name, right for a scalar; a scenario's local array has the length it was made with, so a
//! second fan-out of another size in the same task (two `as_completed` loops over 3 then 4 jobs, a
//! helper called as `run(3) + run(4)`) made `array(4)` under the name of an `array(3)`, and the scenario
//! did not load (session28/repro r02-r13). Each length now has a name of its own: the same name as
//! before for a second array of the same length, the next free one for another length.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Translator};
use crate::expr::Ex;
use crate::value::Value;

impl Translator<'_> {
    /// A name for a local array of `length` the translation makes in `task`: `temporary`'s name
    /// unless that name holds an array of another length in this task. `None` (a length not known
    /// before the array is made) keeps `temporary`'s name.
    pub(super) fn array_temporary(&mut self, task: usize, wanted: &str, length: Option<usize>) -> String {
        let Some(length) = length else {
            return self.temporary(task, wanted);
        };
        let mut name = wanted.to_string();
        let mut suffix = 2;
        while self.temporary_taken(task, &name) || !self.array_name_fits(task, &name, length) {
            name = format!("{wanted}{suffix}");
            suffix += 1;
        }
        self.task_locals[task].insert(name.clone());
        self.note_array_length(task, &name, length);
        name
    }

    /// The length an array of the translation's own was made with, once known (a `gather` whose
    /// length only its translation finds): a later array of another length takes another name.
    pub(super) fn note_array_length(&mut self, task: usize, name: &str, length: usize) {
        self.temporary_arrays.insert((task, name.to_string()), length);
    }

    /// Whether `name` may be made an array of `length` in `task`: an array of that length before (the
    /// same name again), or no local of the task yet.
    fn array_name_fits(&self, task: usize, name: &str, length: usize) -> bool {
        match self.temporary_arrays.get(&(task, name.to_string())) {
            Some(&made) => made == length,
            None => !self.task_locals[task].contains(name),
        }
    }

    /// How many jobs or tasks a comprehension `[start(x) for x in items]` starts, as
    /// `start_comprehension` finds it (a `range` known at import time, else items known at import
    /// time); `None` when it is neither, and the comprehension is then refused.
    pub(super) fn comprehension_length(&self, frame: &Frame, comprehension: &ast::ExprListComp) -> Option<usize> {
        let [generator] = comprehension.generators.as_slice() else { return None };
        let count = match self.static_range(frame, &generator.iter) {
            Ok(Some((first, stop, step))) => super::range_count(first, stop, step),
            Ok(None) => self.static_iteration(frame, &generator.iter).ok()?.len() as i64,
            Err(_) => return None,
        };
        usize::try_from(count).ok()
    }

    /// How many results `await asyncio.gather(...)` gives, as `gather` counts them: one per awaitable,
    /// the length of each `*[...]` comprehension or `*futures` list. `None` when one is not known here.
    pub(super) fn gather_length(&self, frame: &Frame, awaited: &ast::ExprAwait) -> Option<usize> {
        let Expr::Call(call) = &*awaited.value else { return None };
        if self.module_callee(frame, call).is_none_or(|callee| callee != "asyncio.gather") {
            return None;
        }
        let mut length = 0;
        for argument in &call.arguments.args {
            length += match argument {
                Expr::Starred(starred) => match &*starred.value {
                    Expr::ListComp(comprehension) => self.comprehension_length(frame, comprehension)?,
                    Expr::Generator(generator) => {
                        let listed = crate::syntax::listed(generator.range, &generator.elt, &generator.generators);
                        self.comprehension_length(frame, &listed)?
                    }
                    other => match self.expr(frame, other, false) {
                        Ok(Ex::Static(Value::Futures(_, count))) => count,
                        Ok(Ex::Static(Value::List(items))) => items.len(),
                        _ => return None,
                    },
                },
                _ => 1,
            };
        }
        Some(length.max(1))
    }
}
