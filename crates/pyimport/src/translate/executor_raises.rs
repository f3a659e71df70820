//! `raise` inside an executor's `with` (a retry helper's `raise RuntimeError("gave up")` after its loop,
//! inlined into the `with`). The `with`'s end is where the shutdown waits for the jobs; a `raise` that
//! leaves the `with` skips the scenario's steps of that shutdown, where Python's `__exit__` still waits for
//! every job before the exception goes on. So a `raise` is taken where nothing leaves the `with`:
//!
//! - a `try:` inside the innermost open `with` of the task catches it (the handler runs, the `with` goes
//!   on to its shutdown as in Python), or
//! - nothing catches it anywhere in the main task: the run ends there with a fault, as CPython's
//!   traceback ends it (after the shutdown's wait, which a failed run's status does not show; weft's run
//!   of an uncaught exception, or a failed `assert`, stops there alike).
//!
//! A `try:` outside the `with` that catches it (the code after it would run before the jobs end in weft),
//! an `except*` around it (Python wraps it in a group), or one in another task's code stays refused.

use ruff_python_ast::{self as ast};
use ruff_text_size::Ranged;

use super::task_try_context::caught_class;
use super::{Frame, Result, Translator, fail};

/// The code of the main thread: an exception nothing catches ends CPython's program there.
const MAIN_TASK: usize = 0;

/// A `try:` whose body is being translated: what its handlers catch, and how many executors of its task
/// were open when it began.
#[derive(Debug)]
pub struct OpenTry {
    task: usize,
    open_executors: usize,
    /// The classes its handlers name (empty: a bare `except:`, every class); `None` for `except*`.
    classes: Option<Vec<String>>,
}

impl OpenTry {
    /// The task whose code the `try:` is in.
    pub(super) fn task(&self) -> usize {
        self.task
    }
}

impl Translator<'_> {
    /// Notes that the body of `attempt`, a scenario `try:`, is being translated. A handler's class not
    /// known yet (`except ExceptionGroup`, declared once a TaskGroup is met in the body) leaves what the
    /// `try` catches unknown, as for `except*`: a `raise` inside an executor's `with` under it is refused.
    pub(super) fn open_try(&mut self, frame: &Frame, attempt: &ast::StmtTry) {
        let classes = if attempt.is_star { None } else { self.caught_classes(frame, attempt) };
        let open_executors = self.open_executors_of(frame.task);
        self.futures.open_tries.push(OpenTry { task: frame.task, open_executors, classes });
    }

    /// The classes the handlers of `attempt` name (empty for a bare `except:`, which catches every class;
    /// a name no class has for `try`/`finally`, which catches none), `None` when one is not known.
    fn caught_classes(&self, frame: &Frame, attempt: &ast::StmtTry) -> Option<Vec<String>> {
        if attempt.handlers.is_empty() {
            return Some(vec![String::new()]);
        }
        let mut classes = Vec::new();
        for handler in &attempt.handlers {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            let named = self.handler_classes(frame, handler).ok()?;
            if named.is_empty() {
                return Some(Vec::new());
            }
            classes.extend(named);
        }
        Some(classes)
    }

    /// The body of the innermost `try:` noted by `open_try` is translated.
    pub(super) fn close_try(&mut self) {
        self.futures.open_tries.pop();
    }

    /// Refuses a `raise` of `class` that would leave an executor's `with` of this task before its
    /// shutdown (the module's header).
    pub(super) fn refuse_raise_leaving_executor(&self, frame: &Frame, raise: &impl Ranged, class: &str) -> Result<()> {
        let open_executors = self.open_executors_of(frame.task);
        if open_executors == 0 {
            return Ok(());
        }
        // A `try_timed` form around it that takes the rest's exceptions: where it stands is not kept.
        let timed_catch = self.caught_tries.iter().any(|kind| self.is_exception_subclass(class, caught_class(*kind)));
        let catching =
            self.futures.open_tries.iter().rev().filter(|attempt| attempt.task == frame.task).find(|attempt| {
                attempt.classes.as_ref().is_none_or(|classes| {
                    classes.is_empty() || classes.iter().any(|caught| self.is_exception_subclass(class, caught))
                })
            });
        self.refuse_raise_leaving_map_loop(frame, raise, class)?;
        match catching {
            _ if timed_catch => self.refuse_leaving(frame, raise),
            Some(attempt) if attempt.classes.is_some() && attempt.open_executors == open_executors => Ok(()),
            None if frame.task == MAIN_TASK && !frame.coroutine => Ok(()),
            _ => self.refuse_leaving(frame, raise),
        }
    }

    fn refuse_leaving(&self, frame: &Frame, raise: &impl Ranged) -> Result<()> {
        let innermost = self.futures.open.iter().rev().find(|pool| pool.task == frame.task);
        if innermost.is_some_and(|pool| pool.is_task_group()) {
            return fail(
                raise,
                "`raise` inside a TaskGroup's `async with` is supported where a `try:` inside the `async with` catches it, or where nothing catches it (the program ends); here it would leave the `async with`, which cancels the group's tasks and waits for them before the exception goes on in an ExceptionGroup, which weft does not model: catch it inside the `async with`",
            );
        }
        fail(
            raise,
            "`raise` inside an executor's `with` is supported where a `try:` inside the `with` catches it, or where nothing catches it (the program ends); here it would leave the `with`, whose shutdown waits for every job before the exception goes on, which weft does not model: catch it inside the `with`",
        )
    }

    /// Notes that the body of a loop over `ex.map(...)` in `task` is being translated.
    pub(super) fn open_map_loop(&mut self, task: usize) {
        let tries = self.futures.open_tries.len();
        self.futures.map_loops.push((task, tries));
    }

    /// A `raise` that leaves a loop over `ex.map(...)` closes the map's iterator, whose `finally` cancels
    /// the jobs not started yet (map_raises.rs has them for a job's own exception): refused unless a `try`
    /// inside the loop's body catches it.
    fn refuse_raise_leaving_map_loop(&self, frame: &Frame, raise: &impl Ranged, class: &str) -> Result<()> {
        let Some(&(_, tries_before)) = self.futures.map_loops.iter().rev().find(|(task, _)| *task == frame.task) else {
            return Ok(());
        };
        let caught_inside = self.futures.open_tries.iter().skip(tries_before).any(|attempt| {
            attempt.task == frame.task
                && attempt.classes.as_ref().is_some_and(|classes| {
                    classes.is_empty() || classes.iter().any(|caught| self.is_exception_subclass(class, caught))
                })
        });
        if caught_inside {
            return Ok(());
        }
        fail(
            raise,
            "a `raise` out of a loop over `ex.map(...)` is not supported: CPython closes the map's iterator, which cancels the jobs not started yet, before the exception goes on; catch it inside the loop, or `break` and raise after it",
        )
    }

    /// How many executors `task` has open (their `with` or `shutdown` not reached yet).
    fn open_executors_of(&self, task: usize) -> usize {
        self.futures.open.iter().filter(|pool| pool.task == task).count()
    }
}
