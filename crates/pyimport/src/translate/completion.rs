//! `as_completed` of concurrent.futures and asyncio: futures in the order they finish.
//!
//! `for f in as_completed(fs): body` hands the body each future as it finishes, and which one comes
//! first is a scheduling outcome. The scenario has no step that waits for "whichever of these finishes
//! next", so the import builds one from steps it has: one watcher per future (a thread, or a coroutine
//! on the loop for asyncio) waits for its future with `result` and then puts the future's position into
//! a queue of its own; the loop takes positions from that queue. The order of the puts is the order in
//! which the watchers run after their futures finish, which every exploring policy varies, so `weft
//! explore` covers every order in which the futures can finish. It also covers the orders CPython gives
//! futures that had already finished when `as_completed` was called (it yields those in the order of a
//! set: any order), and a few more (two futures finishing while the loop waits come in CPython in the
//! order they finished; here their watchers may put in either order): a superset, never a miss.

use ruff_python_ast::{self as ast, Expr};

use super::futures::{Placement, repeat, restore};
use super::{Frame, LoopKind, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::{Node, Step, quote};
use crate::value::{Items, Value};

/// What a watcher of one future (`watcher_task`) must allow for and tell.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Watch {
    /// The future finishes: its position is put.
    Finishing,
    /// The program may cancel the future after the loop: a cancelled one is given up on.
    Cancellable,
    /// `wait(FIRST_EXCEPTION)`: the position is put as `2 * position + 1` when the job raised, else
    /// `2 * position` (no future of it is cancelled before the wait).
    MarkingExceptions,
    /// `gather`'s first failure: as `MarkingExceptions`, and a cancelled task (CancelledError, a
    /// `BaseException`) is caught too, marked as one that did not return.
    MarkingFailures,
    /// A TaskGroup's end: as `MarkingFailures`, but in a program that may cancel a child, a cancelled
    /// child is no failure (sibling_cancels.rs).
    MarkingGroupFailures,
}

/// `wait`'s `return_when`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ReturnWhen {
    AllCompleted,
    FirstCompleted,
    FirstException,
}

/// How long a thread's watcher waits for its future: a cancelled job that never started gives back at
/// once, a running one is waited for (`result` of a cancelled future without a time-out is a fault).
pub(super) const CANCELLED_WAIT: &str = crate::out::NEVER_REACHED_TIMEOUT;

impl<'a> Translator<'a> {
    /// `for f in as_completed(fs):` (concurrent.futures, in a thread) or `for c in
    /// asyncio.as_completed(tasks):` (in a coroutine, `await c` in the body). `Ok(false)` for any other loop.
    pub(super) fn as_completed_for(
        &mut self,
        frame: &mut Frame,
        variable: &str,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        line: u32,
        next_line: u32,
    ) -> Result<bool> {
        let Some((futures, length, asyncio, start_order)) = self.completion_order(frame, looping, out, line)? else {
            return Ok(false);
        };
        let timeout = match &*looping.iter {
            Expr::Call(call) if !asyncio => self.as_completed_timeout(call),
            _ => None,
        };
        // A thread's futures may be cancelled after the loop; asyncio's are refused above when they are.
        let watch = if asyncio { Watch::Finishing } else { Watch::Cancellable };
        let queue = self.completion_queue(asyncio);
        // CPython's deadline is taken as the loop begins (as_completed_deadline.rs).
        let deadline = match timeout {
            Some(timeout) => Some(self.start_as_completed_deadline(frame, timeout, (&queue, length), out, line)?),
            None => None,
        };
        match &start_order {
            // Tasks started in a chosen order are watched in that order (start_orders.rs).
            Some(order) => self.watch_in_start_order(&queue, (&futures, length), order, watch, out, line),
            None => self.watch_futures_into(&queue, (&futures, length), asyncio, watch, out, line),
        }
        let position = self.temporary(frame.task, "finished");
        self.forget_assigned(frame, &looping.body);
        let (local, saved, saved_known) = self.bind_future_variable(frame, variable, &futures);
        let mut body = match &deadline {
            Some(deadline) => self.take_by_deadline(deadline, &position, line),
            None => vec![Step::new(
                "get",
                Node::Map(vec![("queue", Node::Plain(queue)), ("into", Node::Plain(position.clone()))]),
                line,
            )],
        };
        body.push(Step::new("let", Node::Quoted(format!("{local} = {futures}[{position}]")), line));
        let result = self.emitted_loop_body(frame, &looping.body, &mut body, next_line);
        restore(frame, variable, saved, saved_known);
        result?;
        out.push(repeat(length, body, line));
        Ok(true)
    }

    /// A loop's `variable` bound to a local that holds one future of the local array `futures` at a
    /// time (each pass sets it); gives the local and what `variable` was bound to before, for `restore`.
    pub(super) fn bind_future_variable(
        &mut self,
        frame: &mut Frame,
        variable: &str,
        futures: &str,
    ) -> (String, Option<Value>, Option<Value>) {
        let saved = frame.locals.get(variable).cloned();
        let saved_known = frame.known.remove(variable);
        let local = self.bind_local(frame, variable);
        frame.locals.insert(variable.to_string(), Value::Future(local.clone()));
        self.note_element_local(&local, futures);
        (local, saved, saved_known)
    }

    /// The futures a `for` takes in the order they finish, their number, whether they are asyncio's and,
    /// for coroutines `as_completed` starts in a set's order, the local array of the order they were
    /// started in (start_orders.rs): `as_completed(...)`, or the `done` set of `wait(fs)` (all finished:
    /// any order, as a set's). `None` for a loop over anything else.
    #[allow(clippy::type_complexity)]
    fn completion_order(
        &mut self,
        frame: &mut Frame,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<(String, usize, bool, Option<String>)>> {
        if let Ok(Ex::Static(Value::FutureSet(futures, length))) = self.expr(frame, &looping.iter, false) {
            let asyncio = frame.coroutine;
            self.check_leaving(looping, asyncio)?;
            // A thread's loop takes the watchers' puts in any order (they are made after every future
            // finished); asyncio's watchers run in the loop's order, one order of the set's many.
            if asyncio && let Expr::Name(variable) = &*looping.target {
                self.check_done_loop_order(frame, looping, variable.id.as_str())?;
            }
            return Ok(Some((futures, length, asyncio, None)));
        }
        let Expr::Call(call) = &*looping.iter else {
            return Ok(None);
        };
        let asyncio = match self.module_callee(frame, call).as_deref() {
            Some("concurrent.futures.as_completed") => false,
            Some("asyncio.as_completed") => true,
            _ => return Ok(None),
        };
        self.check_as_completed_call(frame, call, asyncio)?;
        self.check_leaving(looping, asyncio)?;
        let mut any_start_order = false;
        if asyncio {
            any_start_order = self.check_no_coroutines(frame, &call.arguments.args[0], false)?;
            self.check_done_tasks_order(frame, looping, call)?;
        }
        let ((futures, length), start_order) = if any_start_order {
            let (futures, order) =
                self.completing_coroutines_in_any_order(frame, &call.arguments.args[0], out, line)?;
            (futures, Some(order))
        } else {
            (self.completing_futures(frame, &call.arguments.args[0], asyncio, out, line)?, None)
        };
        if asyncio && self.is_cancelled(&futures) {
            return fail(call, "`asyncio.as_completed` over tasks that something cancels is not supported");
        }
        Ok(Some((futures, length, asyncio, start_order)))
    }

    /// Leaving a loop over asyncio's futures early would leave watchers on tasks that `asyncio.run`
    /// then cancels.
    fn check_leaving(&self, looping: &ast::StmtFor, asyncio: bool) -> Result<()> {
        if asyncio && super::contains_jump(&looping.body) {
            return fail(
                &looping.range,
                "`break`, `continue` or `return` in a loop over `asyncio.as_completed` is not supported: \
                 the tasks it leaves would be cancelled under their watchers",
            );
        }
        Ok(())
    }

    /// `done, not_done = wait(fs)` (concurrent.futures, in a thread), `done, pending = await
    /// asyncio.wait(tasks)` (in a coroutine), or either as a statement, with `ALL_COMPLETED` (the
    /// default): a `result` of each future, then `done` is the set of all of them and `not_done` empty.
    /// `Ok(false)` when `value` is no such call.
    pub(super) fn wait_all(
        &mut self,
        frame: &mut Frame,
        targets: Option<(&Expr, &Expr)>,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let (call, awaited) = match value {
            Expr::Await(awaited) => match &*awaited.value {
                Expr::Call(call) => (call, true),
                _ => return Ok(false),
            },
            Expr::Call(call) => (call, false),
            _ => return Ok(false),
        };
        let asyncio = match self.module_callee(frame, call).as_deref() {
            Some("concurrent.futures.wait") => false,
            Some("asyncio.wait") => true,
            _ => return Ok(false),
        };
        if asyncio != awaited {
            let message = if asyncio {
                "`asyncio.wait` is awaited: `await asyncio.wait(tasks)`"
            } else {
                "`concurrent.futures.wait` is not awaited"
            };
            return fail(call, message);
        }
        let (return_when, timeout) = self.check_wait_call(frame, call, asyncio)?;
        if asyncio {
            self.check_no_coroutines(frame, &call.arguments.args[0], true)?;
        }
        let steps_before = out.len();
        let (futures, length) = self.completing_futures(frame, &call.arguments.args[0], asyncio, out, line)?;
        // The tasks' own names where a display of them was copied into `futures` (gather_ends.rs).
        let waited_parts = match self.waited_task_names(frame, &call.arguments.args[0]) {
            Some(names) => names.into_iter().map(|name| (name, None)).collect(),
            None if out.len() == steps_before => vec![(futures.clone(), Some(length))],
            None => Vec::new(),
        };
        match return_when {
            ReturnWhen::FirstCompleted if let Some(timeout) = timeout => {
                self.wait_first_until(frame, targets, (&futures, length), timeout, out, line)?;
                return Ok(true);
            }
            ReturnWhen::FirstCompleted => {
                self.wait_first(frame, targets, (&futures, length), asyncio, out, line)?;
                return Ok(true);
            }
            ReturnWhen::FirstException => {
                if self.is_cancelled(&futures) {
                    return fail(
                        call,
                        "`wait(return_when=FIRST_EXCEPTION)` over futures something cancels is not supported",
                    );
                }
                self.wait_first_exception(frame, targets, (&futures, length), asyncio, out, line)?;
                return Ok(true);
            }
            ReturnWhen::AllCompleted => {}
        }
        if let Some(timeout) = timeout {
            if asyncio {
                self.asyncio_wait_until(frame, targets, (&futures, length), timeout, call, out, line)?;
            } else {
                self.wait_until(frame, targets, (&futures, length), timeout, out, line)?;
            }
            return Ok(true);
        }
        let future = Node::Quoted(format!("{futures}[i]"));
        let wait = if asyncio {
            // `asyncio.wait` never raises: a task's exception, or its cancellation, stays in the task
            // (a task the program cancelled, `t.cancel()` under another name than the list's, made the
            // `result` raise CancelledError: session 18's probe, repro r05).
            let finished = Node::Plain(self.temporary(frame.task, "finished"));
            let catches = Node::Plain("BaseException".to_string());
            Step::new("result", Node::Map(vec![("future", future), ("into_ok", finished), ("catches", catches)]), line)
        } else {
            // `wait` never raises: a cancelled future is in `done` like the others.
            self.wait_without_raising(frame.task, future, line)
        };
        // `asyncio.wait`'s `_on_completion` callbacks, as `gather`'s (gather_ends.rs).
        let by_callbacks = asyncio
            && timeout.is_none()
            && !waited_parts.is_empty()
            && self.end_by_creation_callbacks(frame, &waited_parts, out, line);
        // Tasks that had all ended before the call take a pass more (session33/repro/r13).
        let all_ended = (asyncio && length > 0 && !by_callbacks)
            .then(|| self.all_ended_at_call(frame, &[(futures.clone(), Some(length))], out, line));
        out.push(repeat(length, vec![wait], line));
        // Every task has ended once `asyncio.wait` (ALL_COMPLETED) returns: `t.result()` of one of them
        // after it (over `done`, or over the list) gives at once, as after an `await`. Not where the
        // list's name is bound again (its later tasks may not have ended).
        let rebound = matches!(&call.arguments.args[0], Expr::Name(name) if frame.rebound.contains(name.id.as_str()));
        if asyncio && frame.dynamic == 0 && !rebound {
            self.pending_tasks.finished.insert((frame.task, format!("{futures}[i]")));
        }
        if let Some(all_ended) = &all_ended {
            // `asyncio.wait`'s waiter is released by the last task's done callback (session29/checks/p12).
            out.extend(super::cancelled_gather_passes::cancelled_gather_passes(all_ended, line));
        }
        if let Some((done, not_done)) = targets {
            self.bind_set(frame, done, Value::FutureSet(futures, length))?;
            self.bind_set(frame, not_done, Value::List(Items::default()))?;
        }
        Ok(true)
    }

    /// A name bound to one of `wait`'s sets, known at import time.
    fn bind_set(&self, frame: &mut Frame, target: &Expr, value: Value) -> Result<()> {
        let Expr::Name(name) = target else {
            return fail(target, "`wait`'s sets are bound to names: `done, not_done = wait(futures)`");
        };
        if frame.dynamic > 0 {
            return fail(target, "`wait` inside an `if` or a loop the scenario runs is not supported");
        }
        frame.locals.insert(name.id.to_string(), value);
        Ok(())
    }

    /// `done, not_done = wait(fs, return_when=FIRST_COMPLETED)` (concurrent.futures, in a thread) or
    /// `done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)` (in a coroutine):
    /// a watcher per future (a thread, or a coroutine on the loop as the done callback `asyncio.wait`
    /// adds to each task runs on the loop) puts its position into a queue of its own once the future has
    /// finished (as for `as_completed`); `wait` takes the first position, then every position already
    /// put, into a private queue that is the `done` set, and counts them. Which futures `done` holds is
    /// the order the watchers run in, which `weft explore` varies: CPython's `done`, every future
    /// finished when the waiter wakes, is the case where each watcher ran at once; a `done` smaller than
    /// that is weft's alone. The program then usually cancels the rest: their watchers give up (a
    /// `result` with `into_ok`), and what they put later nobody takes, as Python removes its callbacks.
    fn wait_first(
        &mut self,
        frame: &mut Frame,
        targets: Option<(&Expr, &Expr)>,
        (futures, length): (&str, usize),
        asyncio: bool,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        // The program may cancel the futures `wait` leaves (`for f in not_done: f.cancel()`).
        let queue = self.watch_futures((futures, length), asyncio, Watch::Cancellable, out, line);
        let done = self.completion_queue_named("done", asyncio);
        let position = self.temporary(frame.task, "finished");
        // asyncio's `done` is every task done at the wake-up (wait_done_states.rs).
        let exact_done = asyncio && self.done_set_sized_only(targets);
        let taken = exact_done.then(|| self.taken_positions(frame.task, length, out, line));
        let mark = |mut steps: Vec<Step>| {
            steps.extend(taken.as_deref().map(|taken| super::wait_done_states::taken_mark(taken, &position, line)));
            steps
        };
        out.extend(mark(move_into_done(&queue, &position, &done, &position, line)));
        let already = mark(move_into_done(&queue, &position, &done, &position, line));
        out.push(super::while_step(format!("len({queue}) > 0"), already, line));
        if let Some(taken) = &taken {
            out.push(self.done_by_states(frame.task, (futures, length), (&done, taken), line));
        }
        self.bind_done_sets(frame, targets, (futures, length), &done, out, line)
    }

    /// The loop of asyncio's documentation and of most code that handles tasks as they finish:
    ///
    /// ```python
    /// while pending:
    ///     done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    ///     for t in done:
    ///         ...
    /// ```
    ///
    /// (or `concurrent.futures.wait` in a thread). The watchers of `wait_first` are set on every future
    /// once, before the loop; each pass of the loop is one `wait`: the first position, then every
    /// position already put, into the private queue `done`, counted; then the body of the `for` once per
    /// position taken from `done`, with its variable bound to that future (finished: `t.result()` does
    /// not wait). The loop ends when every future has been taken, as `pending` is then empty. After it
    /// `pending` is empty and `done` is not followed. `Ok(false)` when the loop is not of this form; the
    /// `for`'s body may not leave it (`break`, `continue`, `return`) nor name `pending` or `done`.
    pub(super) fn first_completed_loop(
        &mut self,
        frame: &mut Frame,
        looping: &ast::StmtWhile,
        out: &mut Vec<Step>,
        line: u32,
        next_line: u32,
    ) -> Result<bool> {
        let Some(shape) = first_completed_loop_shape(looping) else { return Ok(false) };
        let (call, asyncio) = shape.wait;
        let pending_value = self.expr(frame, shape.initial, false);
        let futures_known = match &pending_value {
            Ok(Ex::Static(Value::Futures(..) | Value::PendingSet(..))) => true,
            // `pending = [pool.submit(f, 1), pool.submit(f, 2)]`: a list of futures made one by one.
            Ok(Ex::Static(Value::List(items))) => {
                !items.is_empty() && items.iter().all(|item| matches!(item, Value::Future(_)))
            }
            _ => false,
        };
        if !futures_known {
            return Ok(false);
        }
        let (return_when, timeout) = self.check_wait_call(frame, call, asyncio)?;
        if return_when != ReturnWhen::FirstCompleted {
            return Ok(false);
        }
        let timeout_ns = self.pending_loop_timeout(frame, timeout)?;
        if super::contains_jump(&shape.inner.body) || mentions(&shape.inner.body, &[shape.pending, shape.done]) {
            return fail(
                &shape.inner.range,
                "in a `while pending:` loop over `wait(..., FIRST_COMPLETED)`, the `for` over `done` may not leave the loop nor use `pending` or `done`",
            );
        }
        self.check_pass_statements(&shape, looping)?;
        let (futures, length) = self.completing_futures(frame, shape.initial, asyncio, out, line)?;
        self.check_pass_done_order(frame, shape.inner, length)?;
        if self.is_cancelled(&futures) {
            return fail(
                call,
                "a `while pending:` loop over `wait(...)` of futures something cancels is not supported",
            );
        }
        self.forget_assigned(frame, shape.before);
        self.forget_assigned(frame, shape.after);
        let queue = self.watch_futures((&futures, length), asyncio, Watch::Finishing, out, line);
        let done = self.completion_queue_named("done", asyncio);
        let position = self.temporary(frame.task, "finished");
        let taken = self.temporary(frame.task, "taken");
        out.push(Step::new("let", Node::Quoted(format!("{taken} = 0")), line));
        let count = Step::new("let", Node::Quoted(format!("{taken} = {taken} + 1")), line);
        let mut pass = Vec::new();
        let wait_line = self.line(call);
        self.emitted_loop_body(frame, shape.before, &mut pass, wait_line)?;
        match timeout_ns {
            None => {
                pass.extend(move_into_done(&queue, &position, &done, &position, line));
                pass.push(count.clone());
            }
            Some(duration) => pass.extend(self.timed_first_take((&queue, &done, &taken), duration, frame.task, line)),
        }
        let mut already = move_into_done(&queue, &position, &done, &position, line);
        already.push(count);
        pass.push(super::while_step(format!("len({queue}) > 0"), already, line));
        let inner_next = if shape.after.is_empty() { next_line } else { self.line(&shape.after[0]) };
        pass.extend(self.first_completed_loop_body(frame, shape.inner, (&futures, &done), inner_next)?);
        self.emitted_loop_body(frame, shape.after, &mut pass, next_line)?;
        out.push(super::while_step(format!("{taken} < {length}"), pass, line));
        self.after_loop(frame, &looping.body, out, line);
        self.bind_pending_after_loop(frame, &shape);
        frame.locals.remove(shape.done);
        Ok(true)
    }

    /// One pass's `for t in done:` of `first_completed_loop`: each position taken from `done` in turn,
    /// its future bound to the loop's variable, then the body.
    fn first_completed_loop_body(
        &mut self,
        frame: &mut Frame,
        inner: &ast::StmtFor,
        (futures, done): (&str, &str),
        next_line: u32,
    ) -> Result<Vec<Step>> {
        let Expr::Name(variable) = &*inner.target else {
            return fail(inner.target.as_ref(), "the loop variable must be a name");
        };
        let variable = variable.id.as_str();
        let line = self.line(inner);
        self.forget_assigned(frame, &inner.body);
        let (local, saved, saved_known) = self.bind_future_variable(frame, variable, futures);
        self.pending_tasks.finished.insert((frame.task, local.clone()));
        let position = self.temporary(frame.task, "position");
        let mut body = vec![
            Step::new(
                "get",
                Node::Map(vec![("queue", Node::Plain(done.to_string())), ("into", Node::Plain(position.clone()))]),
                line,
            ),
            Step::new("let", Node::Quoted(format!("{local} = {futures}[{position}]")), line),
        ];
        frame.dynamic += 1;
        let result = self.emitted_loop_body(frame, &inner.body, &mut body, next_line);
        frame.dynamic -= 1;
        restore(frame, variable, saved, saved_known);
        result?;
        Ok(vec![super::while_step(format!("len({done}) > 0"), body, line)])
    }

    /// `done, not_done = wait(fs, return_when=FIRST_EXCEPTION)`: as `wait_first`, but `wait` moves
    /// positions into `done` until one job raised or every future finished (CPython's waiter is woken by
    /// the first exception, or by the last completion), then every position already put. The watchers
    /// mark a raised job in what they put (`Watch::MarkingExceptions`).
    fn wait_first_exception(
        &mut self,
        frame: &mut Frame,
        targets: Option<(&Expr, &Expr)>,
        (futures, length): (&str, usize),
        asyncio: bool,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let queue = self.watch_futures((futures, length), asyncio, Watch::MarkingExceptions, out, line);
        let done = self.completion_queue_named("done", asyncio);
        let marked = self.temporary(frame.task, "marked");
        let taken = self.temporary(frame.task, "taken");
        let raised = self.temporary(frame.task, "raised");
        let position = format!("{marked} // 2");
        out.push(Step::new("let", Node::Quoted(format!("{taken} = 0")), line));
        out.push(Step::new("let", Node::Quoted(format!("{raised} = 0")), line));
        // asyncio's `done` is every task done at the wake-up (wait_done_states.rs).
        let exact_done = asyncio && self.done_set_sized_only(targets);
        let positions = exact_done.then(|| self.taken_positions(frame.task, length, out, line));
        let mark = |mut steps: Vec<Step>| {
            let marks = positions.as_deref().map(|taken| super::wait_done_states::taken_mark(taken, &position, line));
            steps.extend(marks);
            steps
        };
        let mut until_raised = mark(move_into_done(&queue, &marked, &done, &position, line));
        until_raised.push(Step::new("let", Node::Quoted(format!("{taken} = {taken} + 1")), line));
        until_raised.push(Step::new("let", Node::Quoted(format!("{raised} = {marked} % 2")), line));
        out.push(super::while_step(format!("{taken} < {length} and {raised} == 0"), until_raised, line));
        let already = mark(move_into_done(&queue, &marked, &done, &position, line));
        out.push(super::while_step(format!("len({queue}) > 0"), already, line));
        if let Some(positions) = &positions {
            out.push(self.done_by_states(frame.task, (futures, length), (&done, positions), line));
        }
        self.bind_done_sets(frame, targets, (futures, length), &done, out, line)
    }

    /// A watcher coroutine per future of `futures` (each a local or an element of a local array), each
    /// putting its position marked as `Watch::MarkingFailures` says once its task has ended: the queue.
    pub(super) fn watch_failures(&mut self, futures: &[String], out: &mut Vec<Step>, line: u32) -> String {
        self.watch_marking(futures, Watch::MarkingFailures, out, line)
    }

    fn watch_marking(&mut self, futures: &[String], watch: Watch, out: &mut Vec<Step>, line: u32) -> String {
        let queue = self.completion_queue(true);
        let watcher = self.watcher_task(&queue, true, watch, line);
        for (slot, future) in futures.iter().enumerate() {
            out.push(Step::new(
                "submit",
                Node::Map(vec![
                    ("task", Node::Task(watcher)),
                    ("args", Node::Plain(format!("{{ watched: {}, slot: {slot} }}", quote(future)))),
                ]),
                line,
            ));
        }
        queue
    }

    /// A watcher per future (`watcher_task`), each putting the future's position into a new queue
    /// once it has finished: the queue.
    pub(super) fn watch_futures(
        &mut self,
        (futures, length): (&str, usize),
        asyncio: bool,
        watch: Watch,
        out: &mut Vec<Step>,
        line: u32,
    ) -> String {
        let queue = self.completion_queue(asyncio);
        self.watch_futures_into(&queue, (futures, length), asyncio, watch, out, line);
        queue
    }

    /// A watcher per future, each putting the future's position into `queue` once it has finished.
    pub(super) fn watch_futures_into(
        &mut self,
        queue: &str,
        (futures, length): (&str, usize),
        asyncio: bool,
        watch: Watch,
        out: &mut Vec<Step>,
        line: u32,
    ) {
        let watcher = self.watcher_task(queue, asyncio, watch, line);
        let submit = Step::new(
            "submit",
            Node::Map(vec![
                ("task", Node::Task(watcher)),
                ("args", Node::Plain(format!("{{ watched: {}, slot: \"i\" }}", quote(&format!("{futures}[i]"))))),
            ]),
            line,
        );
        out.push(repeat(length, vec![submit], line));
    }

    /// A daemon thread (`base`) started here that puts -1 into `queue` once its steps `wait` (the
    /// deadline's sleep, and what marks it passed) are done: the one deadline of a `wait(fs,
    /// timeout=t)`, an `ex.map(f, items, timeout=t)` or an `as_completed(fs, timeout=t)`, measured from
    /// the call.
    pub(super) fn spawn_deadline(
        &mut self,
        base: &str,
        queue: &str,
        mut wait: Vec<Step>,
        out: &mut Vec<Step>,
        line: u32,
    ) {
        let deadline = self.new_task(base, true, line);
        self.scenario.tasks[deadline].daemon = true;
        wait.push(Step::new(
            "put",
            Node::Map(vec![("queue", Node::Plain(queue.to_string())), ("value", Node::Quoted("-1".to_string()))]),
            line,
        ));
        self.scenario.tasks[deadline].ops = wait;
        out.push(Step::new("spawn", Node::Task(deadline), line));
    }

    /// The deadline task's wait of `duration`: a `get` that gives up after it on a queue nobody puts to,
    /// a time-out, which under `weft explore` gives up only once no task that can step would step before
    /// it (format.md), where a sleep's end would be a step like any other and could come before jobs
    /// that end in time.
    pub(super) fn deadline_sleep(&mut self, task: usize, duration: String, line: u32) -> Step {
        let never = self.completion_queue_named("never", false);
        let (item, passed) = (self.temporary(task, "item"), self.temporary(task, "passed"));
        Step::new(
            "get",
            Node::Map(vec![
                ("queue", Node::Plain(never)),
                ("timeout", Node::Plain(duration)),
                ("into", Node::Plain(item)),
                ("into_ok", Node::Plain(passed)),
            ]),
            line,
        )
    }

    /// `for x in ex.map(f, items, timeout=t):` (concurrent.futures, in a thread): the deadline started
    /// before the jobs are submitted (CPython's `end_time` is taken first), a watcher per job putting its
    /// position into the deadline's queue; the call without `timeout` for `map`, and the queue.
    pub(super) fn map_deadline(
        &mut self,
        frame: &Frame,
        call: &ast::ExprCall,
        timeout: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<(ast::ExprCall, String)> {
        // Its deadline is a thread started once: not in a loop the scenario runs (an `if` or `try` may start it).
        if frame.loops.contains(&LoopKind::Emitted) || frame.coroutine {
            return fail(
                timeout,
                "`ex.map(..., timeout=t)` is supported in a thread, outside the loops the scenario runs",
            );
        }
        let duration = self.duration(frame, timeout)?;
        let queue = self.completion_queue(false);
        let sleep = self.deadline_sleep(frame.task, duration, line);
        self.spawn_deadline("map_deadline", &queue, vec![sleep], out, line);
        let mut untimed = call.clone();
        untimed.arguments.keywords = untimed
            .arguments
            .keywords
            .iter()
            .filter(|keyword| keyword.arg.as_ref().is_none_or(|arg| arg.as_str() != "timeout"))
            .cloned()
            .collect();
        Ok((untimed, queue))
    }

    /// The watchers of `ex.map(..., timeout=t)`'s jobs, into the deadline's `queue`.
    pub(super) fn watch_map_jobs(&mut self, queue: &str, futures: (&str, usize), out: &mut Vec<Step>, line: u32) {
        self.watch_futures_into(queue, futures, false, Watch::Cancellable, out, line);
    }

    /// `done` and `not_done` of a `wait` whose finished positions are in the private queue `done`: their
    /// number counted now, the sets known at import time.
    pub(super) fn bind_done_sets(
        &mut self,
        frame: &mut Frame,
        targets: Option<(&Expr, &Expr)>,
        (futures, length): (&str, usize),
        done: &str,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        // Fresh: `len(done)` of a first `wait` is read after a second one (a reused temporary was
        // overwritten by the second's count, session 31).
        let count = self.fresh_temporary(frame.task, "done_count");
        out.push(Step::new("let", Node::Quoted(format!("{count} = len({done})")), line));
        self.note_wait_sets(futures, done);
        if let Some((done_target, pending_target)) = targets {
            let set = |pending| Value::FirstCompleted {
                futures: futures.to_string(),
                length,
                done: done.to_string(),
                count: count.clone(),
                pending,
                popped: false,
            };
            self.bind_set(frame, done_target, set(false))?;
            self.bind_set(frame, pending_target, set(true))?;
        }
        Ok(())
    }

    /// The start of a timed `wait`: each future's watcher puts its position into a queue and a daemon
    /// deadline task puts -1 there after the time-out; the private queue `done` is made for the taken
    /// positions. Gives the two queues' names.
    pub(super) fn start_timed_wait(
        &mut self,
        frame: &Frame,
        (futures, length): (&str, usize),
        timeout: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<(String, String)> {
        if frame.dynamic > 0 {
            return fail(timeout, "`wait(fs, timeout=t)` inside an `if` or a loop the scenario runs is not supported");
        }
        let duration = self.duration(frame, timeout)?;
        // The program may cancel the futures `wait` leaves (`for f in not_done: f.cancel()`).
        let queue = self.watch_futures((futures, length), false, Watch::Cancellable, out, line);
        let sleep = self.deadline_sleep(frame.task, duration, line);
        self.spawn_deadline("wait_deadline", &queue, vec![sleep], out, line);
        let done = self.completion_queue_named("done", false);
        Ok((queue, done))
    }

    /// `done, not_done = wait(fs, timeout=t)` (concurrent.futures, in a thread): a watcher per future
    /// puts its position into a queue once the future has finished (`watch_futures`), and a daemon
    /// deadline task started here puts -1 into the same queue after `t`; `wait` moves positions into
    /// the private queue `done` until it has every future or takes the -1. One deadline for the whole
    /// wait, as Python's: a `result` per future, each with its own time-out, would restart it at each.
    /// The deadline is a time-out (`deadline_sleep`), so under `weft explore` the -1 comes only once no
    /// future could finish before it (until session 17 a sleep, which could come first: a superset).
    fn wait_until(
        &mut self,
        frame: &mut Frame,
        targets: Option<(&Expr, &Expr)>,
        (futures, length): (&str, usize),
        timeout: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let (queue, done) = self.start_timed_wait(frame, (futures, length), timeout, out, line)?;
        self.timed_done_queues.insert(done.clone());
        let position = self.temporary(frame.task, "position");
        let taken = self.temporary(frame.task, "taken");
        out.push(Step::new("let", Node::Quoted(format!("{position} = 0")), line));
        out.push(Step::new("let", Node::Quoted(format!("{taken} = 0")), line));
        let move_one = vec![
            Step::new(
                "get",
                Node::Map(vec![("queue", Node::Plain(queue)), ("into", Node::Plain(position.clone()))]),
                line,
            ),
            Step::new(
                "if",
                Node::Map(vec![
                    ("cond", Node::Quoted(format!("{position} >= 0"))),
                    (
                        "then",
                        Node::Steps(vec![
                            Step::new(
                                "put",
                                Node::Map(vec![
                                    ("queue", Node::Plain(done.clone())),
                                    ("value", Node::Quoted(position.clone())),
                                ]),
                                line,
                            ),
                            Step::new("let", Node::Quoted(format!("{taken} = {taken} + 1")), line),
                        ]),
                    ),
                ]),
                line,
            ),
        ];
        out.push(super::while_step(format!("{taken} < {length} && {position} >= 0"), move_one, line));
        self.bind_done_sets(frame, targets, (futures, length), &done, out, line)
    }

    /// A thread's wait for `future` that never raises: a cancelled job gives up (`CANCELLED_WAIT`) and,
    /// when the program raises anywhere, a job's exception is caught (`catches: Exception`).
    fn wait_without_raising(&mut self, task: usize, future: Node, line: u32) -> Step {
        let mut wait = vec![
            ("future", future),
            ("timeout", Node::Plain(CANCELLED_WAIT.to_string())),
            // Not a name of the program's (a global `finished` would be shared, not this task's own).
            ("into_ok", Node::Plain(self.temporary(task, "finished"))),
        ];
        if self.job_exceptions_kept() {
            wait.push(("catches", Node::Plain("Exception".to_string())));
        }
        Step::new("result", Node::Map(wait), line)
    }

    /// `for f in done:` over `wait(FIRST_COMPLETED)`'s `done`: each position in its private queue, taken
    /// and put back (so a later loop finds them all), in the order the watchers put them (a set's order
    /// is any order). `for f in not_done:` is supported with `f.cancel()` alone in its body: cancelling a
    /// future that has finished does nothing, so it is a `cancel` of every future.
    pub(super) fn first_completed_for(
        &mut self,
        frame: &mut Frame,
        variable: &str,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        line: u32,
        next_line: u32,
    ) -> Result<bool> {
        let Ok(Ex::Static(Value::FirstCompleted { futures, length, done, count, pending, .. })) =
            self.expr(frame, &looping.iter, false)
        else {
            return Ok(false);
        };
        if pending && self.counted_cancels(frame, variable, looping, (&futures, length, &done), out, next_line)? {
            return Ok(true);
        }
        if pending {
            let only_cancels = looping.body.iter().all(|stmt| {
                matches!(stmt, ast::Stmt::Expr(e) if matches!(&*e.value, Expr::Call(call)
                    if call.arguments.is_empty()
                    && matches!(&*call.func, Expr::Attribute(a) if a.attr.as_str() == "cancel"
                        && matches!(&*a.value, Expr::Name(n) if n.id.as_str() == variable))))
            });
            if !only_cancels {
                self.pending_for(frame, variable, looping, (&futures, length, &done, &count), (out, line, next_line))?;
                return Ok(true);
            }
            out.push(repeat(length, vec![Step::new("cancel", Node::Quoted(format!("{futures}[i]")), line)], line));
            self.note_cancels(&futures, &looping.range)?;
            return Ok(true);
        }
        if self.timed_done_queues.contains(&done) {
            self.check_done_loop_order(frame, looping, variable)?;
        }
        self.forget_assigned(frame, &looping.body);
        let (local, saved, saved_known) = self.bind_future_variable(frame, variable, &futures);
        self.pending_tasks.finished.insert((frame.task, local.clone()));
        self.note_done_future(frame.task, &done, &local);
        let taken = self.temporary(frame.task, "taken");
        let position = self.temporary(frame.task, "position");
        out.push(Step::new("let", Node::Quoted(format!("{taken} = 0")), line));
        let mut body = vec![
            Step::new("let", Node::Quoted(format!("{taken} = {taken} + 1")), line),
            Step::new(
                "get",
                Node::Map(vec![("queue", Node::Plain(done.clone())), ("into", Node::Plain(position.clone()))]),
                line,
            ),
            Step::new(
                "put",
                Node::Map(vec![("queue", Node::Plain(done)), ("value", Node::Quoted(position.clone()))]),
                line,
            ),
            Step::new("let", Node::Quoted(format!("{local} = {futures}[{position}]")), line),
        ];
        let result = self.emitted_loop_body(frame, &looping.body, &mut body, next_line);
        restore(frame, variable, saved, saved_known);
        result?;
        out.push(super::while_step(format!("{taken} < {count}"), body, line));
        Ok(true)
    }

    /// `done.pop()` of `wait(FIRST_COMPLETED)`'s `done` (a future that has finished), alone, under
    /// `.result()` (which does not wait then) or under `await`: the value rewritten over a local that
    /// holds the popped future, after the steps that take it from the `done` queue. `done` then counts
    /// one less. One `pop`, outside the `if`s and loops the scenario runs: `done` holds at least one
    /// future, so it never raises KeyError. `Ok(None)` when `value` has no such `pop`.
    pub(super) fn without_done_pop(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Expr>> {
        match value {
            Expr::Await(awaited) => {
                let Some(inner) = self.without_done_pop(frame, &awaited.value, out, line)? else {
                    return Ok(None);
                };
                Ok(Some(Expr::Await(ast::ExprAwait { value: Box::new(inner), ..awaited.clone() })))
            }
            // `futures[next(iter(done))]`: the winner's item in a dict of futures (session32/f05), the
            // future taken first, then looked up as `futures[f]` is.
            Expr::Subscript(subscript) if self.is_futures_dict(frame, &subscript.value) => {
                let Some(key) = self.without_done_pop(frame, &subscript.slice, out, line)? else {
                    return Ok(None);
                };
                Ok(Some(Expr::Subscript(ast::ExprSubscript { slice: Box::new(key), ..subscript.clone() })))
            }
            Expr::Call(call) => match &*call.func {
                Expr::Attribute(attribute) if attribute.attr.as_str() == "pop" => {
                    self.done_pop(frame, call, &attribute.value, out, line, true)
                }
                // `next(iter(done))`: one finished future, `done` left whole.
                Expr::Name(next) if next.id.as_str() == "next" && call.arguments.keywords.is_empty() => {
                    let [Expr::Call(iter)] = &call.arguments.args[..] else { return Ok(None) };
                    match (&*iter.func, &iter.arguments.args[..]) {
                        (Expr::Name(name), [receiver])
                            if name.id.as_str() == "iter" && iter.arguments.keywords.is_empty() =>
                        {
                            self.done_pop(frame, iter, receiver, out, line, false)
                        }
                        _ => Ok(None),
                    }
                }
                Expr::Attribute(attribute) if attribute.attr.as_str() == "result" => {
                    let receiver = match self.submitted_receiver(frame, &attribute.value, out, line)? {
                        Some(receiver) => Some(receiver),
                        None => self.without_done_pop(frame, &attribute.value, out, line)?,
                    };
                    let Some(receiver) = receiver else {
                        return Ok(None);
                    };
                    let func = Expr::Attribute(ast::ExprAttribute { value: Box::new(receiver), ..attribute.clone() });
                    Ok(Some(Expr::Call(ast::ExprCall { func: Box::new(func), ..call.clone() })))
                }
                _ => Ok(None),
            },
            _ => Ok(None),
        }
    }

    /// `done.pop()`: see `without_done_pop`. `Ok(None)` when the receiver is not `wait`'s `done`.
    /// `removes`: `done.pop()`; else `next(iter(done))`, which takes the position and puts it back (a
    /// second one would give the same future in Python, another here: one of either is supported).
    fn done_pop(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        receiver: &Expr,
        out: &mut Vec<Step>,
        line: u32,
        removes: bool,
    ) -> Result<Option<Expr>> {
        let Ok(Ex::Static(Value::FirstCompleted { futures, length, done, count, pending, popped })) =
            self.expr(frame, receiver, false)
        else {
            return Ok(None);
        };
        let Expr::Name(set) = receiver else {
            return fail(receiver, "`pop` of `wait`'s `done` is supported on the name it is bound to");
        };
        if self.futures.done_lists.contains(&done) {
            return fail(
                call,
                "`pop` or `next(iter(...))` of a list of tasks filtered by `done()` is not supported (weft keeps which are done, not their order for `pop`); loop over the list",
            );
        }
        if pending {
            return fail(
                call,
                "`pop` of `wait(FIRST_COMPLETED)`'s `not_done` is not supported (loop over it to cancel)",
            );
        }
        if popped || frame.dynamic > 0 || (removes && !call.arguments.is_empty()) {
            return fail(
                call,
                "one `done.pop()` (or `next(iter(done))`) of `wait(FIRST_COMPLETED)`'s `done`, outside an `if` or a \
                 loop the scenario runs, is supported (`done` holds at least one future then); loop over `done` for more",
            );
        }
        self.guard_empty_done(frame, &done, call, removes, out, line)?;
        // CPython's `pop` takes the set's first in its hash table's order (the futures' addresses: any
        // of those done), not the first to finish: the queue turned by a chosen number of places first.
        if length > 1 {
            out.extend(self.any_order_turn(&done, &count, length, frame.task, line));
        }
        let position = self.temporary(frame.task, "position");
        let future = self.fresh_temporary(frame.task, "popped");
        out.push(Step::new(
            "get",
            Node::Map(vec![("queue", Node::Plain(done.clone())), ("into", Node::Plain(position.clone()))]),
            line,
        ));
        let left = if removes {
            self.wait_sets.popped_done.insert(done.clone(), future.clone());
            let left = self.fresh_temporary(frame.task, "done_left");
            out.push(Step::new("let", Node::Quoted(format!("{left} = {count} - 1")), line));
            left
        } else {
            out.push(Step::new(
                "put",
                Node::Map(vec![("queue", Node::Plain(done.clone())), ("value", Node::Quoted(position.clone()))]),
                line,
            ));
            count
        };
        out.push(Step::new("let", Node::Quoted(format!("{future} = {futures}[{position}]")), line));
        self.note_element_local(&future, &futures);
        self.pending_tasks.finished.insert((frame.task, future.clone()));
        let rest = Value::FirstCompleted { futures, length, done, count: left, pending: false, popped: true };
        frame.locals.insert(set.id.to_string(), rest);
        frame.locals.insert(future.clone(), Value::Future(future.clone()));
        frame.known.remove(&future);
        Ok(Some(Expr::Name(ast::ExprName {
            node_index: ast::AtomicNodeIndex::default(),
            range: ruff_text_size::Ranged::range(call),
            id: ast::name::Name::new(&future),
            ctx: ast::ExprContext::Load,
        })))
    }

    /// `ex.submit(f, x).result()`: the submit's step first, into a future of its own, and the receiver
    /// rewritten over a local that holds it (the shutdown waits for it too). `Ok(None)` for any other
    /// receiver.
    fn submitted_receiver(
        &mut self,
        frame: &mut Frame,
        receiver: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Expr>> {
        let Expr::Call(call) = receiver else { return Ok(None) };
        let Some(start) = self.task_start(frame, call)? else { return Ok(None) };
        if start.coroutine {
            return Ok(None);
        }
        if frame.dynamic > 0 {
            return fail(
                call,
                "a future made inside an `if` or a loop the scenario runs cannot be followed at import time; make it before",
            );
        }
        let future = self.fresh_temporary(frame.task, "submitted");
        self.submit_start(frame, start, Node::Plain(future.clone()), out, line)?;
        frame.locals.insert(future.clone(), Value::Future(future.clone()));
        frame.known.remove(&future);
        Ok(Some(Expr::Name(ast::ExprName {
            node_index: ast::AtomicNodeIndex::default(),
            range: ruff_text_size::Ranged::range(call),
            id: ast::name::Name::new(&future),
            ctx: ast::ExprContext::Load,
        })))
    }

    /// `wait`'s keywords, where its kind of futures live: whether it returns at the first completion
    /// (`FIRST_COMPLETED`; `ALL_COMPLETED` is the default), and its time-out (concurrent.futures only).
    fn check_wait_call<'c>(
        &self,
        frame: &Frame,
        call: &'c ast::ExprCall,
        asyncio: bool,
    ) -> Result<(ReturnWhen, Option<&'c Expr>)> {
        if call.arguments.args.len() != 1 {
            return fail(call, "`wait` takes one list of futures (`return_when=` by name)");
        }
        let mut return_when = ReturnWhen::AllCompleted;
        let mut timeout = None;
        for keyword in &call.arguments.keywords {
            match keyword.arg.as_ref().map(|arg| arg.as_str()) {
                Some("return_when") => {
                    let module = if asyncio { "asyncio" } else { "concurrent.futures" };
                    return_when = match self.expr(frame, &keyword.value, false) {
                        Ok(Ex::Static(Value::Module(name))) => match name.strip_prefix(module) {
                            Some(".ALL_COMPLETED") => ReturnWhen::AllCompleted,
                            Some(".FIRST_COMPLETED") => ReturnWhen::FirstCompleted,
                            Some(".FIRST_EXCEPTION") => ReturnWhen::FirstException,
                            _ => {
                                return fail(
                                    &keyword.value,
                                    format!(
                                        "`return_when` is one of `{module}`'s ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION"
                                    ),
                                );
                            }
                        },
                        _ => return fail(&keyword.value, "`return_when` is named as its module's constant"),
                    };
                }
                Some("timeout") => {
                    if self.static_value(frame, &keyword.value)? != Value::None {
                        timeout = Some(&keyword.value);
                    }
                }
                _ => return fail(keyword, "this keyword of `wait` is not supported (`return_when` and `timeout` are)"),
            }
        }
        // asyncio's waiter woken by the first completion or the deadline, whichever comes first, takes
        // the tasks done then (timed_asyncio_waits.rs does ALL_COMPLETED's, which has no first).
        if asyncio
            && return_when != ReturnWhen::AllCompleted
            && let Some(timeout) = timeout
        {
            return fail(
                timeout,
                "`asyncio.wait(..., timeout=t)` is supported with ALL_COMPLETED (the default); with FIRST_COMPLETED or FIRST_EXCEPTION drop the time-out, or wait for the first with it in `asyncio.timeout(t)`",
            );
        }
        if return_when == ReturnWhen::FirstException
            && let Some(timeout) = timeout
        {
            return fail(
                timeout,
                "`wait(return_when=...)` with a time-out is not supported for FIRST_EXCEPTION (`ALL_COMPLETED`'s and `FIRST_COMPLETED`'s are)",
            );
        }
        match (asyncio, frame.coroutine) {
            (true, false) => fail(call, "`asyncio.wait` outside a coroutine: there is no running loop"),
            (false, true) => fail(
                call,
                "`concurrent.futures.wait` in a coroutine blocks its loop's thread; use `asyncio.wait` over tasks",
            ),
            _ => Ok((return_when, timeout)),
        }
    }

    /// `as_completed(fs)` with one list, where its kind of futures live; a time-out only for
    /// concurrent.futures' (as_completed_deadline.rs).
    fn check_as_completed_call(&self, frame: &Frame, call: &ast::ExprCall, asyncio: bool) -> Result<()> {
        let takes_timeout =
            |keyword: &&ast::Keyword| !asyncio && keyword.arg.as_ref().is_some_and(|arg| arg == "timeout");
        if let Some(keyword) = call.arguments.keywords.iter().find(|keyword| !takes_timeout(keyword)) {
            let message = if asyncio {
                "`asyncio.as_completed` with a time-out is not supported (each awaitable it yields raises TimeoutError at the deadline); wrap the loop in `asyncio.timeout(t)` or await each task with `asyncio.wait_for`"
            } else {
                "this keyword of `as_completed` is not supported (`timeout` is)"
            };
            return fail(keyword, message);
        }
        let positional_timeout = !asyncio && call.arguments.keywords.is_empty();
        if !(call.arguments.args.len() == 1 || positional_timeout && call.arguments.args.len() == 2) {
            return fail(call, "`as_completed` takes one list of futures (and a time-out)");
        }
        match (asyncio, frame.coroutine) {
            (true, false) => fail(call, "`asyncio.as_completed` outside a coroutine: there is no running loop"),
            (false, true) => fail(
                call,
                "`concurrent.futures.as_completed` in a coroutine blocks its loop's thread; \
                 use `asyncio.as_completed` over tasks",
            ),
            _ => Ok(()),
        }
    }

    /// The local array of futures `as_completed` watches: a list of futures or tasks made before, or a
    /// comprehension that starts them here (`[ex.submit(f, i) for i in range(n)]`, `[c(i) for i in
    /// range(n)]` of a coroutine `c`, which asyncio wraps in tasks).
    pub(super) fn completing_futures(
        &mut self,
        frame: &mut Frame,
        argument: &Expr,
        asyncio: bool,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<(String, usize)> {
        if let Ok(Ex::Static(Value::Futures(futures, length) | Value::PendingSet(futures, length))) =
            self.expr(frame, argument, false)
        {
            return Ok((futures, length));
        }
        if let Expr::List(list) = argument {
            return self.completing_display(frame, argument, &list.elts, asyncio, out, line);
        }
        if let Some(known) = self.known_futures_array(frame, argument, out, line)? {
            return Ok(known);
        }
        // `wait({fast, slow})`: `wait` and `as_completed` make a set of what they are given first, so
        // a set display of distinct names is its list display.
        if let Expr::Set(set) = argument
            && distinct_names(&set.elts)
        {
            return self.completing_display(frame, argument, &set.elts, asyncio, out, line);
        }
        let Expr::ListComp(comprehension) = argument else {
            return fail(
                argument,
                "`wait` and `as_completed` are imported over a list or set display of futures or tasks (`[fast, slow]`), a list comprehension of `submit`/`create_task` calls, or a list of futures made in this function (by a comprehension, or by `append` in a loop over a `range` or items known at import time); this argument is none of them",
            );
        };
        let predicted = self.comprehension_length(frame, comprehension);
        let futures = self.array_temporary(frame.task, "futures", predicted);
        let started = match &*comprehension.elt {
            Expr::Call(call) => self.task_start(frame, call)?,
            _ => None,
        };
        let length = match started {
            Some(start) => Some(self.start_comprehension(frame, &futures, comprehension, start, out, line)?),
            None if asyncio => self.coroutine_comprehension(frame, &futures, comprehension, out, line)?,
            None => None,
        };
        match length {
            Some(length) => {
                self.note_array_length(frame.task, &futures, length);
                Ok((futures, length))
            }
            None => {
                fail(argument, "`as_completed` over a comprehension that starts a job or a task per item is supported")
            }
        }
    }

    /// `as_completed([ex.submit(f, 1), ex.submit(f, 2)])` or `asyncio.as_completed([c(1), c(2)])`: each
    /// job or task started into an element of a local array, in the order of the list.
    fn completing_display(
        &mut self,
        frame: &mut Frame,
        display: &Expr,
        elements: &[Expr],
        asyncio: bool,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<(String, usize)> {
        let length = self.futures_length(elements.len() as i64, display)?;
        let futures = self.array_temporary(frame.task, "futures", Some(length));
        out.push(Step::new("let", Node::Quoted(format!("{futures} = array({length})")), line));
        let mut listed_before = std::collections::BTreeSet::new();
        for (position, element) in elements.iter().enumerate() {
            if let Some(offsets) = &mut self.item_start_offsets {
                offsets.push(out.len());
            }
            let into = format!("{futures}[{position}]");
            let started = match element {
                Expr::Call(call) => self.task_start(frame, call)?,
                _ => None,
            };
            match started {
                Some(start) => {
                    let executor = start.executor.clone();
                    self.submit_start(frame, start, Node::Quoted(into.clone()), out, line)?;
                    if let Some((name, _)) = executor {
                        self.track(&name, into, None);
                    }
                }
                // `wait([fast, slow])`: futures made before, by name; the array holds them. A future
                // listed twice is one of the set `wait` and `as_completed` make (refused).
                None if let Ok(Ex::Static(Value::Future(made))) = self.expr(frame, element, false) => {
                    if !listed_before.insert(made.clone()) {
                        return fail(element, super::future_lists::FUTURE_TWICE);
                    }
                    out.push(Step::new("let", Node::Quoted(format!("{into} = {made}")), line));
                }
                None if asyncio
                    && let Expr::Call(call) = element
                    && self.is_to_thread(frame, call) =>
                {
                    // `asyncio.to_thread(g, x)`, which `as_completed` wraps in a task: a job of the loop's
                    // default executor.
                    self.submit_start(frame, super::coroutines::to_thread_start(call)?, Node::Quoted(into), out, line)?;
                }
                None if asyncio => {
                    let job = self.coroutine_call(frame, element)?;
                    self.submit_job(frame, Placement::Coroutine, job, Node::Quoted(into), out, line)?;
                }
                None => {
                    return fail(
                        element,
                        "a list display of futures (for `as_completed` or `wait`) takes `ex.submit(...)` calls or \
                         futures made before",
                    );
                }
            }
        }
        Ok((futures, length))
    }

    /// A queue of its own for one `as_completed` (asyncio's when its watchers are coroutines).
    fn completion_queue(&mut self, asyncio: bool) -> String {
        self.completion_queue_named("completed", asyncio)
    }

    pub(super) fn completion_queue_named(&mut self, wanted: &str, asyncio: bool) -> String {
        let name = self.object_name(wanted);
        self.scenario.queues.push((name.clone(), 0));
        if asyncio {
            self.scenario.asyncio.insert(name.clone());
        }
        name
    }

    /// The watcher of one future: waits for it to finish (`result`), then puts its position into the
    /// queue. A thread for concurrent.futures, a coroutine on the loop for asyncio (as the done callback
    /// `asyncio.as_completed` adds to each task runs on the loop). When the program may cancel the
    /// future (`Watch::Cancellable`), the watcher's `result` gives up on a cancelled one instead of
    /// raising; `Watch::MarkingExceptions` catches the job's exception and says it in what it puts.
    pub(super) fn watcher_task(&mut self, queue: &str, asyncio: bool, watch: Watch, line: u32) -> usize {
        let task = self.new_task("as_completed", true, line);
        if asyncio {
            self.scenario.tasks[task].kind = Some("coroutine");
        }
        if watch == Watch::MarkingGroupFailures
            && let Some(ops) = self.cancel_tolerant_failure_watch(task, queue, line)
        {
            self.scenario.tasks[task].ops = ops;
            return task;
        }
        let mut wait = vec![("future", Node::Plain("watched".to_string()))];
        let mut key = "result";
        let mut slot = "slot".to_string();
        match watch {
            Watch::Finishing => {}
            Watch::Cancellable => {
                // The program may cancel a future after the loop (`break`, then `f.cancel()` of the
                // rest): a watcher of a cancelled future gives up instead of raising CancelledError. A
                // coroutine waits with `await`, whose time-out would cancel the task: never reached, as
                // `asyncio.run` cancels the tasks still pending at its end.
                wait.push(("timeout", Node::Plain(CANCELLED_WAIT.to_string())));
                // Not a name of the program's (a global `finished` would be shared, not this task's own).
                let flag = self.temporary(task, "finished");
                if asyncio {
                    key = "await";
                    wait.push(("into", Node::Plain(flag)));
                } else {
                    wait.push(("into_ok", Node::Plain(flag)));
                }
            }
            Watch::MarkingExceptions | Watch::MarkingFailures | Watch::MarkingGroupFailures => {
                let flag = self.temporary(task, "returned");
                slot = format!("2 * slot + 1 - {flag}");
                wait.push(("into_ok", Node::Plain(flag)));
                let caught = if watch == Watch::MarkingExceptions { "Exception" } else { "BaseException" };
                wait.push(("catches", Node::Plain(caught.to_string())));
            }
        }
        // A coroutine's watcher of a task that raised must put its position too (`await c` in the loop
        // raises it there): before session 18 it ended with the exception and the loop waited for ever.
        let kept = match watch {
            Watch::Finishing => true,
            Watch::Cancellable => !asyncio,
            Watch::MarkingExceptions | Watch::MarkingFailures | Watch::MarkingGroupFailures => false,
        };
        if kept && self.job_exceptions_kept() {
            // A job's exception is for the program's own `result` to raise, not the watcher's.
            if watch == Watch::Finishing {
                wait.push(("into_ok", Node::Plain(self.temporary(task, "finished"))));
            }
            wait.push(("catches", Node::Plain("Exception".to_string())));
        }
        self.scenario.tasks[task].ops = vec![
            Step::new(key, Node::Map(wait), line),
            Step::new(
                "put",
                Node::Map(vec![("queue", Node::Plain(queue.to_string())), ("value", Node::Quoted(slot))]),
                line,
            ),
        ];
        task
    }
}

/// One finished future moved into `wait`'s `done`: its mark taken from the watchers' `queue` into the
/// local `into`, then its position (`position`, an expression over `into`) put into `done`.
fn move_into_done(queue: &str, into: &str, done: &str, position: &str, line: u32) -> Vec<Step> {
    vec![
        Step::new(
            "get",
            Node::Map(vec![("queue", Node::Plain(queue.to_string())), ("into", Node::Plain(into.to_string()))]),
            line,
        ),
        Step::new(
            "put",
            Node::Map(vec![("queue", Node::Plain(done.to_string())), ("value", Node::Quoted(position.to_string()))]),
            line,
        ),
    ]
}

/// The parts of a `while pending:` loop over `wait(FIRST_COMPLETED)` (`first_completed_loop`).
pub(super) struct FirstCompletedLoop<'l> {
    pub(super) pending: &'l str,
    pub(super) done: &'l str,
    /// The `wait` call, and whether it is asyncio's (awaited).
    wait: (&'l ast::ExprCall, bool),
    /// `wait`'s argument: the name `pending`, whose value before the loop is the futures.
    initial: &'l Expr,
    inner: &'l ast::StmtFor,
    /// The statements of a pass before the `wait` (`rounds += 1`) and after the `for` over `done`
    /// (`if rounds > 10: break`), since session 32 (timed_pending_loops.rs).
    pub(super) before: &'l [ast::Stmt],
    pub(super) after: &'l [ast::Stmt],
}

fn first_completed_loop_shape(looping: &ast::StmtWhile) -> Option<FirstCompletedLoop<'_>> {
    let pending = super::timed_pending_loops::tested_set(&looping.test)?;
    let start = looping.body.windows(2).position(|pair| matches!(pair, [ast::Stmt::Assign(_), ast::Stmt::For(_)]))?;
    let [ast::Stmt::Assign(assign), ast::Stmt::For(inner)] = &looping.body[start..start + 2] else { return None };
    if !looping.orelse.is_empty() || !inner.orelse.is_empty() || inner.is_async {
        return None;
    }
    let [Expr::Tuple(targets)] = &assign.targets[..] else { return None };
    let [Expr::Name(done), Expr::Name(rest)] = &targets.elts[..] else { return None };
    let (call, asyncio) = match &*assign.value {
        Expr::Await(awaited) => match &*awaited.value {
            Expr::Call(call) => (call, true),
            _ => return None,
        },
        Expr::Call(call) => (call, false),
        _ => return None,
    };
    let [initial @ Expr::Name(argument)] = &call.arguments.args[..] else { return None };
    let over_done = matches!(&*inner.iter, Expr::Name(name) if name.id == done.id);
    (rest.id == pending.id && argument.id == pending.id && over_done).then_some(FirstCompletedLoop {
        pending: pending.id.as_str(),
        done: done.id.as_str(),
        wait: (call, asyncio),
        initial,
        inner,
        before: &looping.body[..start],
        after: &looping.body[start + 2..],
    })
}

/// Whether any of `names` is read or written in `body`.
pub(super) fn mentions(body: &[ast::Stmt], names: &[&str]) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    struct Names<'n>(&'n [&'n str], bool);
    impl<'a> Visitor<'a> for Names<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr
                && self.0.contains(&name.id.as_str())
            {
                self.1 = true;
            }
            walk_expr(self, expr);
        }
    }
    let mut visitor = Names(names, false);
    visitor.visit_body(body);
    visitor.1
}

/// Whether every item is a name and no name comes twice (a set display of them has them all, once).
fn distinct_names(items: &[Expr]) -> bool {
    let names: Vec<&str> = items.iter().filter_map(|item| item.as_name_expr().map(|name| name.id.as_str())).collect();
    names.len() == items.len() && names.iter().collect::<std::collections::BTreeSet<_>>().len() == names.len()
}
