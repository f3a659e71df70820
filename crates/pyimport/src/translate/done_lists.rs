//! `finished = [t for t in tasks if t.done()]` and `stuck = [t for t in tasks if not t.done()]` of a list
//! of tasks (or thread-pool futures) the function made: the list of those done now, or not done, in the
//! list's order (session30/variants/a07_v1, the hand-made `wait` with a time-out: `await
//! asyncio.sleep(t)`, then the two lists).
//!
//! Each task's state is read in turn (`future_state`, as `t.done()` is: CPython's comprehension reads
//! them in one go, with no `await` between, so no task ends in the middle) and the position of each done
//! one put into a private queue, as the `done` set of a timed `wait` is built (timed_asyncio_waits.rs).
//! The name is then that set's value: `done` for the list of done ones, `not_done` (every position not
//! in the queue) for the others, so `len(...)`, `for t in stuck: t.cancel()`, a loop over either and
//! `sum(...)` over them import as they do for `wait`'s sets. A loop takes the positions in the list's
//! order for the done ones (the queue's), in any order for the others (a superset of the list's one).
//! `pop()`, which takes a list's last item, is refused.

use ruff_python_ast::{self as ast, Expr};

use super::future_states::FutureMaker;
use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::Value;

impl Translator<'_> {
    /// `name = [t for t in tasks if t.done()]` (or `if not t.done()`): see the module's header.
    /// `Ok(false)` for any other assignment.
    pub(super) fn assign_done_list(
        &mut self,
        frame: &mut Frame,
        name: &str,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Some((iterable, negated)) = done_filter(value) else { return Ok(false) };
        let Ok(Ex::Static(Value::Futures(futures, length))) = self.expr(frame, iterable, false) else {
            return Ok(false);
        };
        if frame.dynamic > 0 || !self.done_is_exact(frame, &futures) {
            return Ok(false);
        }
        let done = self.completion_queue_named("done", frame.coroutine);
        out.push(self.done_positions(frame, (&futures, length), &done, line));
        let count = self.fresh_temporary(frame.task, "done_count");
        out.push(Step::new("let", Node::Quoted(format!("{count} = len({done})")), line));
        self.note_wait_sets(&futures, &done);
        self.futures.may_be_empty_done.insert(done.clone());
        self.futures.done_lists.insert(done.clone());
        let list = Value::FirstCompleted { futures, length, done, count, pending: negated, popped: false };
        frame.locals.insert(name.to_string(), list);
        frame.known.remove(name);
        Ok(true)
    }

    /// Whether the futures of the local array `futures` are tasks this coroutine made or jobs of a
    /// thread pool, whose `done()` weft follows exactly (future_states.rs).
    fn done_is_exact(&self, frame: &Frame, futures: &str) -> bool {
        let holder = self.futures.element_locals.get(futures).map_or(futures, String::as_str);
        matches!(
            self.futures.state_makers.get(&(frame.task, holder.to_string())),
            Some(FutureMaker::Task | FutureMaker::ThreadJob)
        )
    }
}

/// `[t for t in tasks if t.done()]`: the iterable, and whether the test is `not t.done()`.
fn done_filter(value: &Expr) -> Option<(&Expr, bool)> {
    let Expr::ListComp(comprehension) = value else { return None };
    let [generator] = &comprehension.generators[..] else { return None };
    let (Expr::Name(variable), Expr::Name(element), [test]) =
        (&generator.target, &*comprehension.elt, &generator.ifs[..])
    else {
        return None;
    };
    if generator.is_async || variable.id != element.id {
        return None;
    }
    let (predicate, negated) = match test {
        Expr::UnaryOp(ast::ExprUnaryOp { op: ast::UnaryOp::Not, operand, .. }) => (&**operand, true),
        other => (other, false),
    };
    let Expr::Call(call) = predicate else { return None };
    let Expr::Attribute(attribute) = &*call.func else { return None };
    let is_done_of_variable = attribute.attr.as_str() == "done"
        && call.arguments.is_empty()
        && matches!(&*attribute.value, Expr::Name(receiver) if receiver.id == variable.id);
    is_done_of_variable.then_some((&generator.iter, negated))
}
