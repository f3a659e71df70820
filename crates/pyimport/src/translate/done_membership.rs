//! `f in done` and `f in not_done` over the sets of `wait(fs, return_when=FIRST_COMPLETED)`, `f` one of
//! the futures (session32/variants/f05_v3: `for f in futures: if f in done and not winner: winner =
//! futures[f]`).
//!
//! weft holds `done` as a private queue of the finished futures' positions (completion.rs), so the test
//! walks it: each position taken and put back, its future compared with `f`, into a flag. `not_done` is
//! every future of the `wait` that `done` does not hold, so `f in not_done` is the flag's negation; after
//! `done.pop()` the popped future is in neither set, and that test is refused. Python's test is one C
//! call; the walk is more steps of the testing thread, on a queue nobody else touches, so what the
//! other threads can do between them is what they could do before or after the test.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail, while_step};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::Value;

/// `f in s` of a set of `wait(FIRST_COMPLETED)`: what the walk needs.
pub(super) struct DoneMembership<'e> {
    compare: &'e ast::ExprCompare,
    futures: String,
    done: String,
    count: String,
    /// `not in`, or `in` of `not_done`: the flag negated (both: not negated).
    negated: bool,
    /// The set is `not_done` after `done.pop()`: the popped future is in neither.
    after_pop: bool,
}

impl Translator<'_> {
    /// `f in done` / `f not in done` / `f in not_done` of `wait(FIRST_COMPLETED)`'s sets; `None` for any
    /// other expression.
    pub(super) fn done_membership<'e>(&self, frame: &Frame, value: &'e Expr) -> Option<DoneMembership<'e>> {
        let Expr::Compare(compare) = value else { return None };
        let ([op], [container]) = (&compare.ops[..], &compare.comparators[..]) else { return None };
        let not_in = match op {
            ast::CmpOp::In => false,
            ast::CmpOp::NotIn => true,
            _ => return None,
        };
        let Ok(Ex::Static(Value::FirstCompleted { futures, done, count, pending, popped, .. })) =
            self.expr(frame, container, false)
        else {
            return None;
        };
        // `done.pop()` marks the `done` set it rebinds; `not_done`'s value is the one `wait` bound.
        let after_pop = pending && (popped || self.wait_sets.popped_done.contains_key(&done));
        Some(DoneMembership { compare, futures, done, count, negated: not_in != pending, after_pop })
    }

    /// The walk of `done` into a flag, then the test's text over it.
    pub(super) fn done_membership_steps(
        &mut self,
        frame: &mut Frame,
        membership: DoneMembership<'_>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<(String, u8)> {
        let DoneMembership { compare, futures, done, count, negated, after_pop } = membership;
        if after_pop {
            return fail(
                compare,
                "`in` of `wait(FIRST_COMPLETED)`'s `not_done` after `done.pop()` is not supported (the popped future is in neither set); test `f in done` before the `pop`",
            );
        }
        let future = match self.expr(frame, &compare.left, false) {
            Ok(Ex::Static(Value::Future(future))) => future,
            _ => {
                return fail(
                    &*compare.left,
                    "`in` of a set of `wait(FIRST_COMPLETED)` is supported for one of the futures given to `wait` (a loop's variable over them, or a name bound to one)",
                );
            }
        };
        let found = self.fresh_temporary(frame.task, "found");
        let walked = self.fresh_temporary(frame.task, "walked");
        let position = self.fresh_temporary(frame.task, "position");
        let compare_step = vec![
            ("cond", Node::Quoted(format!("{futures}[{position}] == {future}"))),
            ("then", Node::Steps(vec![Step::new("let", Node::Quoted(format!("{found} = 1")), line)])),
        ];
        out.push(Step::new("let", Node::Quoted(format!("{found} = 0")), line));
        out.push(Step::new("let", Node::Quoted(format!("{walked} = 0")), line));
        out.push(while_step(
            format!("{walked} < {count}"),
            vec![
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
                Step::new(
                    "atomic",
                    Node::Steps(vec![
                        Step::new("if", Node::Map(compare_step), line),
                        Step::new("let", Node::Quoted(format!("{walked} = {walked} + 1")), line),
                    ]),
                    line,
                ),
            ],
            line,
        ));
        Ok(match negated {
            true => (format!("{found} == 0"), crate::expr::COMPARE),
            false => (found, crate::expr::ATOM),
        })
    }
}
