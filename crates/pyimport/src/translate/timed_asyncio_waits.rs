//! `done, pending = await asyncio.wait(tasks, timeout=t)` (ALL_COMPLETED, the default), in a coroutine.
//!
//! CPython 3.11's `_wait` makes a waiter future, releases it at the deadline (`call_later(t,
//! _release_waiter, waiter)`) or from the done callback of the last task to end (`_on_completion`, which
//! the loop runs a pass after that task's end), and awaits it; once woken it takes every task that is
//! `done()` then into `done` and the others into `pending`, which it leaves running (never cancelled).
//!
//! The import builds the waiter from steps it has: a coroutine task of its own waits for each task in
//! turn (a `result` that catches anything, as `wait` never raises) and returns; the awaiter waits for
//! that task with the time-out (a `result` with `timeout`, which gives up without cancelling it, as
//! `wait_for(shield(t), d)` is imported), so it wakes a pass after the
//! last task's done callback, or a pass after the deadline, as CPython's waiter wakes it. A task that had
//! ended before the call has its callback run on the next pass (`add_done_callback` of a done future),
//! as the waiting task's first step comes on the next pass. At the time-out the waiting task is left
//! waiting (cancelling it would cancel the task it waits for, as `Task.cancel()` passes a cancel on);
//! it has no effect but its own, as CPython's callbacks, removed then, have none. Then each task's state
//! is read (`future_state`, CPython's `f.done()`), and the position of each done one put into a private
//! queue, which is `done` (in the order of the list: a set's order is any, so a loop over it is checked
//! as a timed `wait`'s is); `pending` is every other task, and `for t in pending: t.cancel()` cancels
//! them all (cancelling a done task does nothing).
//!
//! Only over tasks the coroutine made (their `done()` is exact); `FIRST_COMPLETED` and
//! `FIRST_EXCEPTION` with a time-out are refused (the waiter may then wake with nothing done).

use ruff_python_ast::{self as ast, Expr};

use super::future_states::FutureMaker;
use super::futures::repeat;
use super::{Frame, Result, Translator, fail};
use crate::out::{Node, Step, quote};

impl Translator<'_> {
    /// `done, pending = await asyncio.wait(tasks, timeout=t)`: see the module's header.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn asyncio_wait_until(
        &mut self,
        frame: &mut Frame,
        targets: Option<(&Expr, &Expr)>,
        (futures, length): (&str, usize),
        timeout: &Expr,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if frame.dynamic > 0 {
            return fail(
                timeout,
                "`asyncio.wait(tasks, timeout=t)` inside an `if` or a loop the scenario runs is not supported",
            );
        }
        self.check_tasks_made_here(frame, futures, call)?;
        let duration = self.duration(frame, timeout)?;
        if duration == super::loop_callbacks::NO_DELAY {
            let wake = self.completion_queue_named("waiter_released", true);
            let waiter = self.waiting_task(frame, call, (futures, length), Some(&wake), out, line)?;
            self.note_awaited(frame.task, &waiter);
            self.zero_timeout_release(frame, call, &wake, out, line)?;
            return self.bind_wait_sets(frame, targets, (futures, length), out, line);
        }
        let waiter = self.waiting_task(frame, call, (futures, length), None, out, line)?;
        let in_time = self.fresh_temporary(frame.task, "in_time");
        // A `result` with a time-out gives up without cancelling (an `await` with one cancels, as
        // `wait_for` does).
        out.push(Step::new(
            "result",
            Node::Map(vec![
                ("future", Node::Quoted(waiter.clone())),
                ("timeout", Node::Plain(duration)),
                ("into_ok", Node::Plain(in_time)),
            ]),
            line,
        ));
        // Never cancelled: a cancel would pass on to the task it waits for, as `Task.cancel()` does. Given
        // up on at the deadline, it ends once its tasks have (the program, or `asyncio.run`'s end, cancels
        // them), with no effect but its own.
        self.note_awaited(frame.task, &waiter);
        self.bind_wait_sets(frame, targets, (futures, length), out, line)
    }

    /// Once the waiter woke the awaiter: the tasks done then into `done`, the others into `pending`.
    fn bind_wait_sets(
        &mut self,
        frame: &mut Frame,
        targets: Option<(&Expr, &Expr)>,
        (futures, length): (&str, usize),
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let done = self.completion_queue_named("done", true);
        out.push(self.done_positions(frame, (futures, length), &done, line));
        self.timed_done_queues.insert(done.clone());
        self.futures.may_be_empty_done.insert(done.clone());
        self.bind_done_sets(frame, targets, (futures, length), &done, out, line)
    }

    /// `done()` is exact for the tasks a coroutine made (`create_task`); others are refused, as their
    /// `done()` is. The tasks are a list made before (`tasks`) or a display of names (`[t1, t2]`).
    fn check_tasks_made_here(&self, frame: &Frame, futures: &str, call: &ast::ExprCall) -> Result<()> {
        let holders: Vec<String> = match call.arguments.args.first() {
            Some(Expr::List(ast::ExprList { elts, .. }) | Expr::Set(ast::ExprSet { elts, .. })) => elts
                .iter()
                .map(|element| match element {
                    Expr::Name(name) => name.id.to_string(),
                    _ => String::new(),
                })
                .collect(),
            _ => vec![self.futures.element_locals.get(futures).map_or(futures, String::as_str).to_string()],
        };
        for holder in holders {
            match self.futures.state_makers.get(&(frame.task, holder)) {
                Some(FutureMaker::Task) => {}
                Some(FutureMaker::Other(why)) => {
                    return fail(
                        call,
                        format!("`asyncio.wait(..., timeout=t)` of these futures is not supported: {why}"),
                    );
                }
                _ => {
                    return fail(
                        call,
                        "`asyncio.wait(..., timeout=t)` is imported over tasks this coroutine made (`tasks = [asyncio.create_task(...) ...]` or `t = asyncio.create_task(...)`, then `wait(tasks, timeout=t)` or `wait([t1, t2], timeout=t)`); here weft does not know what made them",
                    );
                }
            }
        }
        Ok(())
    }

    /// The task that stands for `_wait`'s waiter: it waits for each task in turn, catching what the task
    /// raised, puts into `wake` when given one (a time-out of 0: zero_timeout_waits.rs), and returns.
    /// Its future's name.
    fn waiting_task(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        (futures, length): (&str, usize),
        wake: Option<&str>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let parameters: Vec<String> = (0..length).map(|k| format!("child_{k}")).collect();
        let mut ops: Vec<Step> = parameters
            .iter()
            .map(|parameter| {
                Step::new(
                    "result",
                    Node::Map(vec![
                        ("future", Node::Quoted(parameter.clone())),
                        ("into_ok", Node::Plain("finished".into())),
                        ("catches", Node::Plain("BaseException".into())),
                    ]),
                    line,
                )
            })
            .collect();
        ops.extend(wake.map(|wake| super::zero_timeout_waits::wake_put(wake, "1", line)));
        ops.push(Step::new("return", Node::Quoted("None".into()), line));
        let args = parameters
            .iter()
            .enumerate()
            .map(|(position, parameter)| format!("{parameter}: {}", quote(&format!("{futures}[{position}]"))))
            .collect::<Vec<_>>()
            .join(", ");
        let at = Expr::Call(call.clone());
        self.wrapping_task(frame, &at, ("wait", "waiter"), (ops, Some(format!("{{ {args} }}"))), out, line)
    }

    /// The position of each task done when the waiter wakes, put into `done` in the list's order.
    pub(super) fn done_positions(
        &mut self,
        frame: &Frame,
        (futures, length): (&str, usize),
        done: &str,
        line: u32,
    ) -> Step {
        let state = self.temporary(frame.task, "state");
        let read = Step::new(
            "future_state",
            Node::Map(vec![("future", Node::Quoted(format!("{futures}[i]"))), ("into", Node::Plain(state.clone()))]),
            line,
        );
        let put = Step::new(
            "put",
            Node::Map(vec![("queue", Node::Plain(done.to_string())), ("value", Node::Quoted("i".into()))]),
            line,
        );
        let take = Step::new(
            "if",
            Node::Map(vec![("cond", Node::Quoted(format!("{state} >= 2"))), ("then", Node::Steps(vec![put]))]),
            line,
        );
        repeat(length, vec![read, take], line)
    }
}
