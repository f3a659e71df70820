//! `for t in pending:` over `wait(FIRST_COMPLETED)`'s `not_done` with any body (session20/a04: `try:
//! await t` / `except asyncio.CancelledError:` after cancelling them), not only `t.cancel()`.
//!
//! The sets are known to the scenario as the futures of the `wait` (a local array) and the private
//! queue of the positions in `done` (completion.rs, `wait_first`): `not_done` is every position not in
//! that queue. The loop first puts those positions into a private queue of its own (for each position,
//! a walk of `done` that takes each of its positions and puts it back), then takes them one at a time
//! into the loop variable. A set's order is any order in CPython (a task's hash is its address: 3.11
//! gave the later of two pending tasks first, session21-s21asyncio/wait_pending_results.py), so before
//! each take the queue is turned by a number of places the policy chooses, 0 to one less than it holds:
//! `weft explore` runs each order once, and no choice is made when one future is left.

use ruff_python_ast as ast;

use super::futures::restore;
use super::gather_failures::if_step;
use super::walks::let_step;
use super::{Frame, Result, Translator, fail};
use crate::out::{Node, Step};

impl Translator<'_> {
    /// `for variable in not_done: BODY` over `wait(FIRST_COMPLETED)`'s `not_done`, whose futures are the
    /// local array `futures` and whose `done` is the private queue `done` holding `count` positions
    /// (module comment).
    pub(super) fn pending_for(
        &mut self,
        frame: &mut Frame,
        variable: &str,
        looping: &ast::StmtFor,
        (futures, length, done, count): (&str, usize, &str, &str),
        (out, line, next_line): (&mut Vec<Step>, u32, u32),
    ) -> Result<()> {
        if !looping.orelse.is_empty() {
            return fail(&looping.range, "`for ... else` over `wait`'s `not_done` is not supported");
        }
        let popped = self.wait_sets.popped_done.get(done).cloned();
        let pending = self.pending_queue(
            (futures, length, done, count),
            popped.as_deref(),
            (frame.task, frame.dynamic > 0),
            out,
            line,
        );
        self.forget_assigned(frame, &looping.body);
        let (local, saved, saved_known) = self.bind_future_variable(frame, variable, futures);
        let left = self.fresh_temporary(frame.task, "pending_left");
        let position = self.fresh_temporary(frame.task, "position");
        out.push(let_step(format!("{left} = {length} - {count}"), line));
        let mut body = vec![];
        if length > 1 {
            body.extend(self.any_order_turn(&pending, &left, length, frame.task, line));
        }
        body.push(get_into(&pending, &position, line));
        body.push(let_step(format!("{left} = {left} - 1"), line));
        body.push(let_step(format!("{local} = {futures}[{position}]"), line));
        let result = self.emitted_loop_body(frame, &looping.body, &mut body, next_line);
        restore(frame, variable, saved, saved_known);
        result?;
        out.push(super::while_step(format!("{left} > 0"), body, line));
        Ok(())
    }

    /// A private queue of the positions of `futures` that are not in `done` (in order of position).
    /// `popped`: the local holding the future a `done.pop()` took out of the `done` queue (and out of
    /// Python's set), which is not pending either; the queue then holds one position less than `count`
    /// says (`count` is what the `wait` put in it).
    fn pending_queue(
        &mut self,
        (futures, length, done, count): (&str, usize, &str, &str),
        popped: Option<&str>,
        (task, dynamic): (usize, bool),
        out: &mut Vec<Step>,
        line: u32,
    ) -> String {
        let asyncio = self.scenario.asyncio.contains(done);
        let pending = self.completion_queue_named(&format!("{futures}_pending"), asyncio);
        let candidate = self.fresh_temporary(task, "candidate");
        if dynamic {
            // Run again (inside a loop the scenario runs), the loop starts from an empty queue: a
            // `break` may have left positions in it.
            out.push(super::while_step(
                format!("len({pending}) > 0"),
                vec![get_into(&pending, &candidate, line)],
                line,
            ));
        }
        let found = self.fresh_temporary(task, "found_done");
        let scanned = self.fresh_temporary(task, "scanned");
        let taken = self.fresh_temporary(task, "done_position");
        let walk_done = vec![
            let_step(format!("{scanned} = {scanned} + 1"), line),
            get_into(done, &taken, line),
            put(done, &taken, line),
            if_step(format!("{taken} == {candidate}"), vec![let_step(format!("{found} = 1"), line)], line),
        ];
        let mut each_candidate = vec![let_step(format!("{found} = 0"), line)];
        let held = match popped {
            Some(popped) => {
                let is_popped = vec![let_step(format!("{found} = 1"), line)];
                each_candidate.push(if_step(format!("{futures}[{candidate}] == {popped}"), is_popped, line));
                format!("{count} - 1")
            }
            None => count.to_string(),
        };
        each_candidate.extend([
            let_step(format!("{scanned} = 0"), line),
            super::while_step(format!("{scanned} < {held}"), walk_done, line),
            if_step(format!("{found} == 0"), vec![put(&pending, &candidate, line)], line),
            let_step(format!("{candidate} = {candidate} + 1"), line),
        ]);
        out.push(let_step(format!("{candidate} = 0"), line));
        out.push(super::while_step(format!("{candidate} < {length}"), each_candidate, line));
        pending
    }

    /// Turns the queue `pending`, which holds `left` positions, by a chosen number of places (0 to
    /// `left - 1`: each position once, so that `weft explore` runs each order of the set once), so that
    /// the next take is any of them. `choose` takes literals: one `if` per number of positions it may hold.
    pub(super) fn any_order_turn(
        &mut self,
        pending: &str,
        left: &str,
        length: usize,
        task: usize,
        line: u32,
    ) -> Vec<Step> {
        let turns = self.fresh_temporary(task, "turns");
        let moved = self.fresh_temporary(task, "moved");
        let turn = vec![
            let_step(format!("{turns} = {turns} - 1"), line),
            get_into(pending, &moved, line),
            put(pending, &moved, line),
        ];
        let mut steps = vec![let_step(format!("{turns} = 0"), line)];
        for held in 2..=length {
            let choose = let_step(format!("{turns} = choose(0, {})", held - 1), line);
            steps.push(if_step(format!("{left} == {held}"), vec![choose], line));
        }
        steps.push(super::while_step(format!("{turns} > 0"), turn, line));
        steps
    }
}

fn get_into(queue: &str, into: &str, line: u32) -> Step {
    Step::new(
        "get",
        Node::Map(vec![("queue", Node::Plain(queue.to_string())), ("into", Node::Plain(into.to_string()))]),
        line,
    )
}

fn put(queue: &str, value: &str, line: u32) -> Step {
    Step::new(
        "put",
        Node::Map(vec![("queue", Node::Plain(queue.to_string())), ("value", Node::Quoted(value.to_string()))]),
        line,
    )
}
