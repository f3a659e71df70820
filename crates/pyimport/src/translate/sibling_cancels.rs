//! Tasks that another task cancels while a TaskGroup or a `gather(..., return_exceptions=True)` waits
//! for them (session23/repro r06, r10). CPython 3.11's `TaskGroup._on_task_done` returns at once for a
//! cancelled child: the child's CancelledError is no failure of the group, whose end goes on when the
//! other children end (taskgroups.py). `gather`'s `_done_callback` with `return_exceptions=True` puts a
//! CancelledError in a cancelled child's place of the list (tasks.py). The import's waits raised the
//! child's CancelledError in the waiting task instead (a fault), or counted it as a group's failure.
//!
//! Which task a `cancel()` reaches is not followed at import time (a task handed to another coroutine
//! as an argument, `canceller(victim)`): in a program that calls `cancel`, or `wait_for` of a task made
//! before (the only ways a task of the program's own is cancelled from outside), each wait of a group's end, and
//! each watcher of a failing group, takes a child's CancelledError as that child's end.

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, Result, Translator, fail};
use crate::out::{Node, Step};

/// Whether the program may cancel a task from outside it: a call of a `cancel` method, or of
/// `wait_for` of a task made before (which cancels that task at the time-out), anywhere in `body`.
pub(super) fn program_cancels_tasks(body: &[Stmt]) -> bool {
    struct Finder {
        found: bool,
    }
    impl<'a> Visitor<'a> for Finder {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr {
                let called = match &*call.func {
                    Expr::Attribute(attribute) => attribute.attr.as_str(),
                    Expr::Name(name) => name.id.as_str(),
                    _ => "",
                };
                // `wait_for(coro(...), t)` cancels only the task it makes of its coroutine.
                let awaits_a_made_task = !matches!(call.arguments.args.first(), Some(Expr::Call(_)));
                // `asyncio.timeout`'s deadline cancels the task that awaits in its block (timeout_blocks.rs),
                // and through it a task awaited there.
                self.found |= called == "cancel" || called == "timeout" || (called == "wait_for" && awaits_a_made_task);
            }
            walk_expr(self, expr);
        }
    }
    let mut finder = Finder { found: false };
    finder.visit_body(body);
    finder.found
}

impl Translator<'_> {
    /// The waits of a TaskGroup's end whose tasks do not raise (`shutdown_waits`' steps): in a program
    /// that may cancel a child, each takes the child's CancelledError as its end (`catches` with
    /// `into_ok`: a cancelled task gives 0 there, whatever class `catches` names).
    pub(super) fn group_end_waits(
        &mut self,
        frame: &Frame,
        pool: super::futures::OpenPool,
        out: &mut Vec<Step>,
        line: u32,
    ) {
        let first = out.len();
        // CPython's group raises a child's exception at its end (an ExceptionGroup).
        self.operation_faults_raise_at_group_end.1 = true;
        self.shutdown_waits(frame, pool, out, line);
        self.operation_faults_raise_at_group_end.1 = false;
        if !self.tasks_may_be_cancelled {
            return;
        }
        for step in &mut out[first..] {
            self.tolerate_cancelled(frame.task, step);
        }
    }

    /// A `result` step (or a `repeat` of them) that takes a cancelled task as ended.
    fn tolerate_cancelled(&mut self, task: usize, step: &mut Step) {
        let key = step.key;
        let Some(Node::Map(entries)) = &mut step.value else { return };
        if key == "repeat" {
            for (entry, node) in entries.iter_mut() {
                if let ("ops", Node::Steps(steps)) = (*entry, node) {
                    for inner in steps.iter_mut() {
                        self.tolerate_cancelled(task, inner);
                    }
                }
            }
            return;
        }
        if key != "result" || entries.iter().any(|(entry, _)| *entry == "catches") {
            return;
        }
        if !entries.iter().any(|(entry, _)| *entry == "into_ok") {
            entries.push(("into_ok", Node::Plain(self.temporary(task, "finished"))));
        }
        entries.push(("catches", Node::Plain("CancelledError".to_string())));
    }

    /// The steps of a failing TaskGroup's watcher of one child, in a program that may cancel a child:
    /// the child's end is marked a failure (`2 * slot + 1`) only when it raised, not when it ended
    /// cancelled (`2 * slot`), as `_on_task_done` ignores a cancelled task. `None` in other programs.
    pub(super) fn cancel_tolerant_failure_watch(
        &mut self,
        watcher: usize,
        queue: &str,
        line: u32,
    ) -> Option<Vec<Step>> {
        if !self.tasks_may_be_cancelled {
            return None;
        }
        let returned = self.temporary(watcher, "returned");
        let wait = Step::new("result", Node::Map(vec![("future", Node::Plain("watched".to_string()))]), line);
        let cancelled = vec![("classes", Node::Plain("[CancelledError]".to_string())), ("do", Node::Steps(Vec::new()))];
        let failed = vec![("do", Node::Steps(vec![Step::new("let", Node::Quoted(format!("{returned} = 0")), line)]))];
        let attempt =
            Node::Map(vec![("do", Node::Steps(vec![wait])), ("except", Node::Clauses(vec![cancelled, failed]))]);
        let put = Node::Map(vec![
            ("queue", Node::Plain(queue.to_string())),
            ("value", Node::Quoted(format!("2 * slot + 1 - {returned}"))),
        ]);
        Some(vec![
            Step::new("let", Node::Quoted(format!("{returned} = 1")), line),
            Step::new("try", attempt, line),
            Step::new("put", put, line),
        ])
    }

    /// `gather(..., return_exceptions=True)` (its list kept when `kept`) in a program that may cancel a
    /// child: a cancelled child's place holds its CancelledError. Refused where the gathering coroutine
    /// may itself be cancelled (its own CancelledError would be kept as a child's), and where the list
    /// is kept as markers (`isinstance(r, Exception)` is then true of a CancelledError, which is none).
    pub(super) fn check_gathered_cancels(&self, frame: &Frame, call: &ast::ExprCall, kept: bool) -> Result<()> {
        if !self.tasks_may_be_cancelled || !kept {
            return Ok(());
        }
        if !self.exception_values {
            return fail(
                call,
                "the list of `gather(..., return_exceptions=True)` in a program that cancels tasks is supported where the program reads \
                 the exceptions' classes (`type(r).__name__`, `isinstance(r, asyncio.CancelledError)`): a cancelled child's place holds \
                 a CancelledError, which is no `Exception`",
            );
        }
        if self.gather_may_be_cancelled(frame) {
            return fail(
                call,
                "the list of `gather(..., return_exceptions=True)` in a coroutine that may be cancelled, in a program that cancels tasks, \
                 is not supported: a cancelled child's CancelledError is kept in the list, the gathering task's own goes on; gather in \
                 the coroutine `asyncio.run` runs",
            );
        }
        Ok(())
    }

    /// Whether the list of `gather(..., return_exceptions=True)` (kept when `kept`) holds each child's
    /// exception as a value, a cancelled child's CancelledError too: in a program that reads exception
    /// values and may cancel a child, gathered by a coroutine nothing cancels. Then the children the
    /// program cancels itself (the end of a pool of consumers, `for t in tasks: t.cancel()`) are
    /// gathered as any other (session22/a02's `outcome = await asyncio.gather(*tasks, ...)`).
    pub(super) fn keeps_cancelled_values(&self, frame: &Frame, kept: bool) -> bool {
        kept && self.tasks_may_be_cancelled && self.exception_values && !self.gather_may_be_cancelled(frame)
    }

    /// The classes a kept `gather(..., return_exceptions=True)` list holds in a child's place: a
    /// cancelled child's CancelledError too, in a program that may cancel one.
    pub(super) fn gathered_classes(&self) -> &'static str {
        if self.tasks_may_be_cancelled { "[Exception, CancelledError]" } else { "[Exception]" }
    }
}
