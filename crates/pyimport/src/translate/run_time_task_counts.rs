//! `await asyncio.gather(*(self.crawl(link) for link in links))` with `links` a list the program makes
//! when it runs (the recursive crawlers: session30/a01, session31/a05, session35/a01): a task per item
//! of a list whose length is known only at run time. weft names every task of a scenario at import time
//! (a task is a program of the scenario, started by a `submit` step), so how many a comprehension starts
//! must be known then. A bound alone (a list never longer than a module constant) would not do either:
//! which of the bounded tasks run, and which item each takes, would be a value of the run, and a crawler
//! that gathers itself ends only on a value of the run (its `seen` set). Refused, in words that say so.

use ruff_python_ast::Expr;

use super::{Frame, Translator};
use crate::expr::Ex;
use crate::value::Value;

impl Translator<'_> {
    /// Why a comprehension of tasks over `iterable` is refused when `iterable` is a value known only
    /// when the program runs; `None` when it is not such a value.
    pub(super) fn run_time_task_count_words(&self, frame: &Frame, iterable: &Expr, callee: &Expr) -> Option<String> {
        // A module list nobody rebinds has the length its display gives, even where its items are
        // objects made at run time (a list of dicts): not this refusal's case.
        if let Expr::Name(name) = iterable
            && self.globals.contains_key(name.id.as_str())
        {
            return None;
        }
        let run_time = matches!(self.expr(frame, iterable, false), Ok(Ex::Code { .. } | Ex::Static(Value::Local(_))));
        if !run_time {
            return None;
        }
        let named = match iterable {
            Expr::Name(name) => format!("`{}`, a value", name.id),
            _ => "a value".to_string(),
        };
        let recursive = match callee {
            Expr::Attribute(attribute) => Some(attribute.attr.as_str()),
            Expr::Name(name) => Some(name.id.as_str()),
            _ => None,
        }
        .filter(|callee| self.translating_function(frame, callee))
        .map(|callee| {
            format!(
                "; and `{callee}` starts tasks of itself, so how deep they go is a value of the run too (recursion that values known at import time do not end is not supported)"
            )
        })
        .unwrap_or_default();
        Some(format!(
            "this starts a task per item of {named} known only when the program runs, and weft names each task of a scenario at import time, so how many a comprehension of tasks starts must be known then{recursive}; make the tasks over `range(...)` of a constant or a list known at import time, or walk the run-time list in one task (`for link in links: await fetch(link)`)"
        ))
    }

    /// Whether `name` is the function (or method) whose body is being translated in `frame`'s task.
    fn translating_function(&self, frame: &Frame, name: &str) -> bool {
        let last_part = |function: &str| function.rsplit(['.', '-']).next() == Some(name);
        self.scenario.tasks.get(frame.task).is_some_and(|task| last_part(&task.base))
            || self.call_stack.iter().any(|function| last_part(function))
    }
}
