//! Since session 32, the `while pending:` loop over `wait(..., return_when=FIRST_COMPLETED)`
//! (completion.rs `first_completed_loop`) in the shape real code gives it (session31/f07):
//!
//! ```python
//! while pending:
//!     rounds += 1
//!     done, pending = wait(pending, timeout=1.0, return_when=FIRST_COMPLETED)
//!     for fut in done:
//!         answers.append(fut.result())
//!     if rounds > 10:
//!         break
//! ```
//!
//! Statements before the `wait` and after the `for` over `done` run in each pass, as any loop body the
//! scenario runs (a `break` there ends the loop); they may not name `pending` or `done`, which the
//! scenario holds as the watchers' queue and a count. A `break` (or `return`) among them leaves futures
//! unfinished, so `pending` is not followed after such a loop: a later use is refused.
//!
//! The time-out (concurrent.futures, in a thread): each pass's first take from the watchers' queue is a
//! `get` with the time-out, as CPython's waiter waits on its event for at most `timeout`; when it gives up,
//! `done` holds only what the watchers put by then (the same drain of every position already put as
//! without a time-out: CPython's `done.update(waiter.finished_futures)` after the wait), often nothing,
//! and `pending` keeps every future not taken. Each pass has its own time-out, measured from its own
//! `wait` call, as each call of Python's `wait` has. asyncio's `wait` with a time-out and FIRST_COMPLETED
//! stays refused (`check_wait_call`).

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::completion::{FirstCompletedLoop, mentions};
use super::{Frame, Result, Translator, fail};
use crate::out::{Node, Step};
use crate::value::{Items, Value};

impl Translator<'_> {
    /// The nanoseconds of the loop's `wait` time-out, if it has one (asyncio's `wait` with a time-out
    /// and FIRST_COMPLETED is refused before, by `check_wait_call`).
    pub(super) fn pending_loop_timeout(&mut self, frame: &Frame, timeout: Option<&Expr>) -> Result<Option<String>> {
        timeout.map(|timeout| self.duration(frame, timeout)).transpose()
    }

    /// Refuses a statement of a pass, before the `wait` or after the `for`, that names `pending` or `done`.
    pub(super) fn check_pass_statements(&self, shape: &FirstCompletedLoop, looping: &ast::StmtWhile) -> Result<()> {
        let names = [shape.pending, shape.done];
        match shape.before.iter().chain(shape.after).find(|stmt| mentions(std::slice::from_ref(*stmt), &names)) {
            Some(stmt) => fail(
                stmt,
                format!(
                    "in a `while {}:` loop over `wait(..., FIRST_COMPLETED)`, a statement besides the `wait` and the `for` over `{}` may not use either set (weft holds them as a queue of finished positions, not as sets)",
                    shape.pending, shape.done
                ),
            ),
            None if !looping.orelse.is_empty() => fail(looping, "`while ... else` over `wait` is not supported"),
            None => Ok(()),
        }
    }

    /// A pass's first take with the time-out: the first position the watchers put in time into `done`,
    /// counted; nothing when the time-out passed first.
    pub(super) fn timed_first_take(
        &mut self,
        (queue, done, taken): (&str, &str, &str),
        duration: String,
        task: usize,
        line: u32,
    ) -> Vec<Step> {
        let position = self.temporary(task, "finished");
        let in_time = self.temporary(task, "in_time");
        let take = Step::new(
            "get",
            Node::Map(vec![
                ("queue", Node::Plain(queue.to_string())),
                ("timeout", Node::Plain(duration)),
                ("into", Node::Plain(position.clone())),
                ("into_ok", Node::Plain(in_time.clone())),
            ]),
            line,
        );
        let moved = vec![
            Step::new(
                "put",
                Node::Map(vec![("queue", Node::Plain(done.to_string())), ("value", Node::Quoted(position))]),
                line,
            ),
            Step::new("let", Node::Quoted(format!("{taken} = {taken} + 1")), line),
        ];
        let when_in_time =
            Step::new("if", Node::Map(vec![("cond", Node::Quoted(in_time)), ("then", Node::Steps(moved))]), line);
        vec![take, when_in_time]
    }

    /// `pending` after the loop: empty when the loop ran until every future was taken; not followed
    /// (removed, so a use is refused) when a `break` or `return` of a pass may have left it early.
    pub(super) fn bind_pending_after_loop(&mut self, frame: &mut Frame, shape: &FirstCompletedLoop) {
        let leaves = |stmt: &Stmt| matches!(stmt, Stmt::Break(_) | Stmt::Return(_));
        if super::leaves_the_block(shape.before, &leaves) || super::leaves_the_block(shape.after, &leaves) {
            frame.locals.remove(shape.pending);
            self.left_pending_sets.insert((frame.task, shape.pending.to_string()));
        } else {
            frame.locals.insert(shape.pending.to_string(), Value::List(Items::default()));
        }
    }
}

/// The set a `while` loop's test asks to be non-empty: `while pending:`, `while len(pending):`,
/// `while len(pending) > 0:` and `while len(pending) != 0:` (session31/variants/f07_v2).
pub(super) fn tested_set(test: &Expr) -> Option<&ast::ExprName> {
    match test {
        Expr::Name(set) => Some(set),
        Expr::Call(_) => length_of(test),
        Expr::Compare(compare) => {
            let ([operator], [Expr::NumberLiteral(zero)]) = (&compare.ops[..], &compare.comparators[..]) else {
                return None;
            };
            let nonzero = matches!(operator, ast::CmpOp::Gt | ast::CmpOp::NotEq);
            let is_zero = matches!(&zero.value, ast::Number::Int(int) if int.as_u8() == Some(0));
            if nonzero && is_zero { length_of(&compare.left) } else { None }
        }
        _ => None,
    }
}

/// `set` of `len(set)`.
fn length_of(expr: &Expr) -> Option<&ast::ExprName> {
    let Expr::Call(call) = expr else { return None };
    let (Expr::Name(function), [Expr::Name(set)]) = (&*call.func, &call.arguments.args[..]) else { return None };
    (function.id == "len" && call.arguments.keywords.is_empty()).then_some(set)
}
