//! The exceptions of `asyncio.wait_for(aw, t)` when its task ends before the time-out
//! (session31/repro r11, r12). CPython 3.11's `wait_for` returns `fut.result()` for a task done in
//! time: a task that another coroutine cancelled raises CancelledError there (not TimeoutError, no time
//! having passed), and a TimeoutError the task raised itself (an inner `wait_for`'s or
//! `asyncio.timeout`'s own time-out, a `raise TimeoutError()`) passes out as it is, to the caller's
//! `except TimeoutError:` like any other (tasks.py). The time-out's flag of the `await` step (`into`)
//! is 0 both for a time-out and for a task that ended cancelled; its `timed_out` local (session 32) is
//! 1 only for the time-out. (Session 31 read the task's state after the wait instead, which the
//! time-out's own cancel could have ended first: a false 'cancelled'.)

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{Expr, Stmt};

use super::Translator;
use crate::out::{Node, Step};

/// Whether the program may cancel a task that a `wait_for` then finds ended cancelled in time: a
/// call of a `cancel` method, or a `raise` of CancelledError, anywhere in `body`. (A `wait_for`'s or
/// `asyncio.timeout`'s own cancel ends in TimeoutError, not in a cancelled task.)
pub(super) fn program_cancels_explicitly(body: &[Stmt]) -> bool {
    struct Finder {
        found: bool,
    }
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::Raise(raise) = stmt
                && let Some(raised) = &raise.exc
            {
                self.found |= class_name(raised) == "CancelledError";
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && let Expr::Attribute(attribute) = &*call.func
            {
                self.found |= attribute.attr.as_str() == "cancel";
            }
            walk_expr(self, expr);
        }
    }
    let mut finder = Finder { found: false };
    finder.visit_body(body);
    finder.found
}

/// Whether a task the name `task` holds may be cancelled by other code: a `task.cancel()`, or the name
/// handed to a call (`stop_button(task)`, whose coroutine may cancel it), anywhere in `body`. Any other
/// task so named is cancelled only by a time-out.
fn name_may_be_cancelled(body: &[Stmt], task: &str) -> bool {
    struct Finder<'t> {
        task: &'t str,
        found: bool,
    }
    impl<'a> Visitor<'a> for Finder<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr {
                let is_task = |expr: &Expr| matches!(expr, Expr::Name(name) if name.id.as_str() == self.task);
                let cancelled = matches!(&*call.func, Expr::Attribute(attribute)
                    if attribute.attr.as_str() == "cancel" && is_task(&attribute.value));
                let handed = call.arguments.args.iter().any(is_task)
                    || call.arguments.keywords.iter().any(|keyword| is_task(&keyword.value));
                let waited = matches!(class_name(&call.func), "wait_for" | "shield");
                self.found |= cancelled || (handed && !waited);
            }
            walk_expr(self, expr);
        }
    }
    let mut finder = Finder { task, found: false };
    finder.visit_body(body);
    finder.found
}

/// Whether `body` raises CancelledError itself.
fn program_cancels_by_raising(body: &[Stmt]) -> bool {
    struct Finder {
        found: bool,
    }
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::Raise(raise) = stmt
                && raise.exc.as_deref().is_some_and(|raised| class_name(raised) == "CancelledError")
            {
                self.found = true;
            }
            walk_stmt(self, stmt);
        }
    }
    let mut finder = Finder { found: false };
    finder.visit_body(body);
    finder.found
}

/// Whether a TimeoutError may be raised inside a time-out's own wait: the program has more than one
/// place that raises one (a `wait_for`, an `asyncio.timeout` or `timeout_at` block, a method call with
/// a `timeout=` keyword, a `raise` of TimeoutError). With one, the time-out is all that raises it.
pub(super) fn timeout_errors_may_nest(body: &[Stmt]) -> bool {
    struct Counter {
        sources: usize,
    }
    impl<'a> Visitor<'a> for Counter {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::Raise(raise) = stmt
                && raise.exc.as_deref().is_some_and(|raised| class_name(raised) == "TimeoutError")
            {
                self.sources += 1;
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr {
                // A method with `timeout=` (`fut.result(timeout=1)`); a function of the file given a
                // `timeout=` argument raises only through what it calls.
                let timed_method =
                    matches!(&*call.func, Expr::Attribute(_)) && call.arguments.find_keyword("timeout").is_some();
                if matches!(class_name(&call.func), "wait_for" | "timeout" | "timeout_at") || timed_method {
                    self.sources += 1;
                }
            }
            walk_expr(self, expr);
        }
    }
    let mut counter = Counter { sources: 0 };
    counter.visit_body(body);
    counter.sources > 1
}

/// The last name of a class or function expression (`asyncio.TimeoutError()` is `TimeoutError`).
fn class_name(expr: &Expr) -> &str {
    let named = match expr {
        Expr::Call(call) => &*call.func,
        other => other,
    };
    match named {
        Expr::Attribute(attribute) => attribute.attr.as_str(),
        Expr::Name(name) => name.id.as_str(),
        _ => "",
    }
}

impl Translator<'_> {
    /// Whether the task `wait_for` waits for may end cancelled by something other than its time-out: a
    /// task made before (anything holding it may `cancel()` it), or a coroutine call of a function
    /// that awaits a task it is given (`await t`, checks/k110) or raises CancelledError. A coroutine
    /// that awaits only calls (`asyncio.sleep(...)`) ends cancelled only by the time-out, and reading
    /// its state would race with the end the time-out's cancel gives it (a false 'cancelled').
    pub(super) fn may_end_cancelled(&self, awaitable: &Expr) -> bool {
        if let Expr::Name(task) = awaitable {
            return name_may_be_cancelled(self.module_body, task.id.as_str());
        }
        let Expr::Call(_) = awaitable else { return true };
        // A primitive's wait (`queue.get()`) or a sleep, in a task of its own, is cancelled only by the
        // time-out (session28/a04).
        let Some(function) = super::cancelled_structures::called_name(awaitable) else { return false };
        let Some(def) = self.functions.get(function) else { return false };
        struct Finder {
            found: bool,
        }
        impl<'a> Visitor<'a> for Finder {
            fn visit_expr(&mut self, expr: &'a Expr) {
                if let Expr::Await(awaited) = expr
                    && !matches!(&*awaited.value, Expr::Call(_))
                {
                    self.found = true;
                }
                walk_expr(self, expr);
            }
        }
        let mut finder = Finder { found: false };
        finder.visit_body(&def.body);
        finder.found || program_cancels_by_raising(&def.body)
    }

    /// Right after `wait_for`'s timed `await` of `future` (its flags `in_time` and `timed_out`, the
    /// `await` step's `into` and `timed_out`): when the task ended cancelled before the time-out (0 in
    /// both), the passes of a task done in time, then its `result`, which raises its CancelledError in
    /// the awaiter as CPython's `fut.result()` does. The `await` step tells the two ends apart itself:
    /// a read of the task's state after it (session 31) also found the task ended by the time-out's own
    /// cancel, where exploration let the task end before the awaiter's read (a false 'cancelled',
    /// bench/python-agreement/session32-s32fixes/w01).
    pub(super) fn raise_when_ended_cancelled(
        &mut self,
        future: &str,
        (in_time, timed_out): (&str, &str),
        passes_in_time: usize,
        out: &mut Vec<Step>,
        line: u32,
    ) {
        let mut then: Vec<Step> = (0..passes_in_time).map(|_| super::coroutines::gathering_future_pass(line)).collect();
        then.push(Step::new("result", Node::Map(vec![("future", Node::Quoted(future.to_string()))]), line));
        let cond = Node::Quoted(format!("not {in_time} and not {timed_out}"));
        out.push(Step::new("if", Node::Map(vec![("cond", cond), ("then", Node::Steps(then))]), line));
    }

    /// `wait_for`'s waits (`out[waits_from..]`) where the caller's `except TimeoutError:` is its flag
    /// (`try_timed`): a TimeoutError the task raised itself, which the `await` step raises again at once,
    /// writes 0 in the flag there, so that the handler runs as in CPython, instead of escaping it.
    pub(super) fn catch_timeout_error_raised(&mut self, flag: &str, waits_from: usize, out: &mut Vec<Step>, line: u32) {
        if !self.timeout_errors_may_nest {
            return;
        }
        let waits = out.split_off(waits_from);
        out.push(caught_as_time_out(waits, flag, line));
        self.general_tries_used = true;
    }
}

/// `try: steps` / `except TimeoutError: flag = 0`: a TimeoutError raised in `steps` is the time-out
/// the flag stands for.
pub(super) fn caught_as_time_out(steps: Vec<Step>, flag: &str, line: u32) -> Step {
    Step::new(
        "try",
        Node::Map(vec![("do", Node::Steps(steps)), ("except", Node::Clauses(vec![time_out_clause(flag, line)]))]),
        line,
    )
}

/// The `except TimeoutError: flag = 0` clause of a `try` step.
pub(super) fn time_out_clause(flag: &str, line: u32) -> Vec<(&'static str, Node)> {
    let timed_out = vec![Step::new("let", Node::Quoted(format!("{flag} = 0")), line)];
    vec![("classes", Node::Plain("[TimeoutError]".to_string())), ("do", Node::Steps(timed_out))]
}
