//! The `done` set of `asyncio.wait(fs, return_when=FIRST_COMPLETED)` (or FIRST_EXCEPTION): every task
//! done when the waiter resumes, as CPython builds it (session 33; session32/repro/r07, checks/x09).
//!
//! CPython's `_wait` adds `_on_completion` to each task; the one that decides wakes the waiter (its
//! future's `set_result`, the awaiter's `__wakeup` a pass later), and the awaiter then takes `done` as
//! `{f for f in fs if f.done()}`. The import's watchers put each task's position once its end's callback
//! ran, and the awaiter took the positions put by then: a task that ended in the pass the decisive
//! callback ran in, after it (a Lock's waiter woken by the release of a task that goes on, then ending),
//! has its callback queued behind the awaiter's wake-up, so CPython's `done` holds it and weft's did
//! not (r07: CPython done 2, pending 0; weft 1 and 1 only). After taking what the watchers put, the
//! awaiter now reads each task's state (`future_state`) and adds to `done`, in position order, each one
//! done and not taken yet; what its watcher puts later nobody takes, as before.
//!
//! Only where the function reads `done` by `len(done)` alone (or not at all): CPython iterates a set of
//! tasks in the order of their hashes (their addresses), which weft does not model; it iterates `done`
//! in the order the positions were put. The smaller `done` the watchers alone give let a later task
//! come last in some outcomes; the tasks added in position order would fix one order, and lose states
//! CPython reaches (programs/asyncio_wait_first_cancel_rest.py: `for t in done: best = t.result()`,
//! CPython's best=10 with racers 1 and 0 done). There the watchers' positions alone stay ("Not yet").

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::Translator;
use crate::out::{Node, Step};

impl Translator<'_> {
    /// Whether the function around `done_target` (the name `wait` binds its done set to) reads it by
    /// `len(done)` only: then its size is all that shows, and the tasks done at the wake-up can be added.
    pub(super) fn done_set_read_by_length_only(&self, done_target: &Expr) -> bool {
        let Expr::Name(done) = done_target else { return false };
        let around = self
            .functions
            .values()
            .filter(|def| def.range().contains_range(done_target.range()))
            .min_by_key(|def| def.range().len());
        let Some(def) = around else { return false };
        let mut reads = DoneReads { name: done.id.as_str(), other_reads: 0 };
        reads.visit_body(&def.body);
        reads.other_reads == 0
    }

    /// The same for `wait`'s targets: a `wait` whose sets are not bound has no `done` to read.
    pub(super) fn done_set_sized_only(&self, targets: Option<(&Expr, &Expr)>) -> bool {
        targets.is_some_and(|(done, _)| self.done_set_read_by_length_only(done))
    }

    /// A fresh local array of `length` zeros that marks the positions taken into `done` (`taken_mark`).
    pub(super) fn taken_positions(&mut self, task: usize, length: usize, out: &mut Vec<Step>, line: u32) -> String {
        let taken = self.fresh_temporary(task, "taken_positions");
        out.push(Step::new("let", Node::Quoted(format!("{taken} = array({})", length.max(1))), line));
        taken
    }

    /// After the positions the watchers put are taken: each task of `futures` done now and not taken,
    /// in position order, into `done`.
    pub(super) fn done_by_states(
        &mut self,
        task: usize,
        (futures, length): (&str, usize),
        (done, taken): (&str, &str),
        line: u32,
    ) -> Step {
        self.futures.state_reading_tasks.insert(task);
        let state = self.fresh_temporary(task, "state");
        let add = Step::new(
            "put",
            Node::Map(vec![("queue", Node::Plain(done.to_string())), ("value", Node::Quoted("i".to_string()))]),
            line,
        );
        let body = vec![
            Step::new(
                "future_state",
                Node::Map(vec![
                    ("future", Node::Quoted(format!("{futures}[i]"))),
                    ("into", Node::Plain(state.clone())),
                ]),
                line,
            ),
            Step::new(
                "if",
                Node::Map(vec![
                    ("cond", Node::Quoted(format!("{state} >= 2 and {taken}[i] == 0"))),
                    ("then", Node::Steps(vec![add])),
                ]),
                line,
            ),
        ];
        super::futures::repeat(length, body, line)
    }
}

/// The mark of a position taken into `done`.
pub(super) fn taken_mark(taken: &str, position: &str, line: u32) -> Step {
    Step::new("let", Node::Quoted(format!("{taken}[{position}] = 1")), line)
}

/// Counts the reads of the name `name` other than as `len(name)`'s one argument.
struct DoneReads<'n> {
    name: &'n str,
    other_reads: usize,
}

impl<'a> Visitor<'a> for DoneReads<'_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Call(call) = expr
            && matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == "len")
            && matches!(&call.arguments.args[..], [Expr::Name(argument)] if argument.id.as_str() == self.name)
        {
            return;
        }
        if let Expr::Name(name) = expr
            && name.id.as_str() == self.name
            && name.ctx == ast::ExprContext::Load
        {
            self.other_reads += 1;
        }
        walk_expr(self, expr);
    }
}
