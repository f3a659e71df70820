//! `done, not_done = wait(fs, timeout=t, return_when=FIRST_COMPLETED)` (concurrent.futures, in a thread):
//! `wait_first`'s watchers (a thread per future that puts the future's position into a queue once it has
//! finished) and `wait_until`'s deadline (a daemon task that puts -1 into the same queue after `t`). The
//! waiter takes the first thing put: a finished future, or the deadline's -1; then every position already
//! put, as CPython's waiter, woken by the first completion or by its time-out, takes every future finished
//! by then (`done.update(waiter.finished_futures)`). So `done` may be empty (every job still running at
//! the deadline): `done.pop()` then raises KeyError, as Python's does; `next(iter(done))` (StopIteration)
//! is refused. A loop over `done` takes the futures in the order their watchers put them, as for the wait
//! without a time-out: a future that had finished before the call has a watcher made at the call, which
//! puts it in any order with the others, and the rest come in within the time window of each other.

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator, fail};
use crate::out::{Node, Step};

impl Translator<'_> {
    /// `wait(fs, timeout=t, return_when=FIRST_COMPLETED)`: see the module's header.
    pub(super) fn wait_first_until(
        &mut self,
        frame: &mut Frame,
        targets: Option<(&Expr, &Expr)>,
        (futures, length): (&str, usize),
        timeout: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let (queue, done) = self.start_timed_wait(frame, (futures, length), timeout, out, line)?;
        self.futures.may_be_empty_done.insert(done.clone());
        let position = self.temporary(frame.task, "position");
        out.extend(take_unless_deadline(&queue, &position, &done, line));
        let already = take_unless_deadline(&queue, &position, &done, line);
        out.push(super::while_step(format!("len({queue}) > 0"), already, line));
        self.bind_done_sets(frame, targets, (futures, length), &done, out, line)
    }

    /// The steps before a `done.pop()` of a timed `wait`'s `done`, which may be empty: KeyError then, as
    /// Python's `set.pop()` raises. `next(iter(done))` of it (StopIteration) is refused.
    pub(super) fn guard_empty_done(
        &mut self,
        frame: &Frame,
        done: &str,
        call: &ruff_python_ast::ExprCall,
        removes: bool,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if !self.futures.may_be_empty_done.contains(done) {
            return Ok(());
        }
        if !removes {
            return fail(
                call,
                "`next(iter(done))` of a timed `wait`'s `done` is not supported (it is empty when nothing finished in time: StopIteration); use `done.pop()` (KeyError then), or test `if done:` first",
            );
        }
        self.refuse_raise_leaving_executor(frame, call, "KeyError")?;
        self.raised_classes.push((frame.task, "KeyError".to_string()));
        let mut empty = Vec::new();
        self.push_raise(frame, "KeyError", &mut empty, line);
        out.push(Step::new(
            "if",
            Node::Map(vec![("cond", Node::Quoted(format!("len({done}) == 0"))), ("then", Node::Steps(empty))]),
            line,
        ));
        Ok(())
    }
}

/// One thing taken from the watchers' `queue` into `position`: a finished future's position, put into
/// `done`, or the deadline's -1, dropped.
fn take_unless_deadline(queue: &str, position: &str, done: &str, line: u32) -> Vec<Step> {
    vec![
        Step::new(
            "get",
            Node::Map(vec![("queue", Node::Plain(queue.to_string())), ("into", Node::Plain(position.to_string()))]),
            line,
        ),
        Step::new(
            "if",
            Node::Map(vec![
                ("cond", Node::Quoted(format!("{position} >= 0"))),
                (
                    "then",
                    Node::Steps(vec![Step::new(
                        "put",
                        Node::Map(vec![
                            ("queue", Node::Plain(done.to_string())),
                            ("value", Node::Quoted(position.to_string())),
                        ]),
                        line,
                    )]),
                ),
            ]),
            line,
        ),
    ]
}
