//! `sum(...)` of a comprehension that weft computes neither at import time nor by the loop of
//! `run_time_sum` (one `for` with a name as its variable, in a function): a tuple target (`sum(a for
//! a, ok in zip(AMOUNTS, outcomes) if ok)`, `sum(v for k, v in d.items())`, `sum(i * x for i, x in
//! enumerate(xs))`), several `for`s, an iterable the `for` statement walks at run time (`zip` or
//! `enumerate` of results, a dict's view), and the module's own code (session 25's a08).
//!
//! Python's `sum` takes the generator's items one by one and adds each to its total; the generator runs
//! the comprehension's loop. So it is imported as that loop, written before the statement that uses
//! the sum: `$sum = 0`, then the comprehension's `for`s and tests (the `for` statement's own
//! translation, each item read by its own step) around `$sum = $sum + element`. The comprehension's
//! variables are renamed apart, as its own scope keeps them; in the module's code the loop is
//! translated as a function's, so that they and the total are the main thread's locals, not globals
//! (as `all`/`any`'s loop is: run_time_comprehensions.rs). Where the `for` statement refuses the
//! iterable, the sum is refused with its message.

use ruff_python_ast::{self as ast, Expr};

use super::filtered_lists::{comprehension_loop, renamed_apart};
use super::sequences::{added, assignment, number};
use super::{Frame, Result, Translator};
use crate::out::Step;
use crate::syntax::name;

impl Translator<'_> {
    /// The loop of `sum(argument)` (`value`, the whole call), where weft has no other form for it: the
    /// expression that reads the total, or None where a form exists (or the argument is no
    /// comprehension).
    pub(super) fn looped_sum(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        argument: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Expr>> {
        let Some(comprehension) = crate::syntax::as_list_comprehension(argument) else { return Ok(None) };
        let [first, ..] = comprehension.generators.as_slice() else { return Ok(None) };
        // Forms weft computes already (items known at import time: one term per item) keep their way.
        if comprehension.generators.iter().any(|generator| generator.is_async)
            || self.static_iteration(frame, &first.iter).is_ok()
            || self.expr(frame, value, false).is_ok()
        {
            return Ok(None);
        }
        let range = comprehension.range;
        let at = u32::from(range.start());
        let (renamed, _) = renamed_apart(&comprehension, at);
        let total = format!("$sum_{at}");
        let summed = added(name(&total, range, ast::ExprContext::Load), (*renamed.elt).clone());
        let mut statements = vec![assignment(name(&total, range, ast::ExprContext::Store), number(0, range))];
        statements.extend(comprehension_loop(
            &renamed,
            assignment(name(&total, range, ast::ExprContext::Store), summed),
            true,
        ));
        // The loop's variables and the total are the sum's own: bound on a copy of the frame, as a
        // function's locals even in the module's code.
        let mut inner = frame.clone();
        inner.module_level = false;
        self.block(&mut inner, &statements, out, line)?;
        let Some(held) = inner.locals.get(&total).cloned() else { return Ok(None) };
        frame.locals.insert(total.clone(), held);
        Ok(Some(name(&total, range, ast::ExprContext::Load)))
    }
}

impl Translator<'_> {
    /// Whether `iterable` is a shared list that grows (`log`, appended to by threads), which `enumerate`
    /// walks as `for x in log:` walks it: by its iterator, each item read when the loop reaches it.
    pub(super) fn enumerates_shared_list(&self, frame: &Frame, iterable: &Expr) -> bool {
        matches!(
            self.expr(frame, iterable, false),
            Ok(crate::expr::Ex::Static(crate::value::Value::Shared(_, crate::value::Shape::Map { dense: true })))
        )
    }
}
