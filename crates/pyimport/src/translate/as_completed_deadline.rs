//! `for f in as_completed(fs, timeout=t):` (concurrent.futures, in a thread): one deadline over the
//! whole loop, as CPython 3.11's generator has it:
//!
//! ```python
//! end_time = timeout + time.monotonic()          # when the loop begins
//! ...                                            # the futures done already: the first batch
//! while pending:
//!     wait_timeout = end_time - time.monotonic()
//!     if wait_timeout < 0:
//!         raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total_futures))
//!     waiter.event.wait(wait_timeout)
//!     finished = waiter.finished_futures         # every future finished by now: the next batch
//!     yield from finished                        # the loop's body runs once per future
//! ```
//!
//! The deadline is checked only between batches: a batch is yielded whole, even past the deadline, and
//! a future that finished while the body ran a batch is not yielded once the deadline has passed.
//! The import keeps that: the watchers of `as_completed` (completion.rs) put each finished future's
//! position into the loop's queue; a daemon deadline thread started as the loop begins (as for
//! `wait(fs, timeout=t)`) marks the deadline passed in a queue of its own, then puts -1 into the loop's
//! queue to wake a wait. Each pass takes its position from the current batch; when the batch is spent
//! it raises TimeoutError if the deadline has passed, else waits for the next position (or the -1)
//! and counts the positions put by then as the new batch; a -1 in a batch is skipped.

use ruff_python_ast::{self as ast, Expr};

use super::gather_failures::if_step;
use super::{Frame, LoopKind, Result, Translator, fail, while_step};
use crate::out::{Node, Step};

/// The locals and queues of one timed `as_completed` loop.
pub(super) struct Deadline {
    /// The loop's queue: the watchers' positions, and -1 once the deadline has passed.
    queue: String,
    /// A queue that holds an item once the deadline has passed.
    passed: String,
    /// The positions left in the batch being yielded.
    batch: String,
    /// The futures yielded so far.
    taken: String,
    /// The futures not yet yielded, for TimeoutError's message.
    unfinished: String,
    length: usize,
}

impl Translator<'_> {
    /// The time-out of `as_completed(fs, timeout=t)` (or `as_completed(fs, t)`), `None` without one
    /// (`timeout=None` is none).
    pub(super) fn as_completed_timeout<'e>(&self, call: &'e ast::ExprCall) -> Option<&'e Expr> {
        let timeout = call.arguments.find_argument_value("timeout", 1)?;
        (!timeout.is_none_literal_expr()).then_some(timeout)
    }

    /// Starts the deadline of a timed `as_completed` loop over `length` futures whose watchers put into
    /// `queue`: a daemon thread started here, as the loop begins (before the watchers), that waits `t`.
    pub(super) fn start_as_completed_deadline(
        &mut self,
        frame: &Frame,
        timeout: &Expr,
        (queue, length): (&str, usize),
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Deadline> {
        // Its deadline is a thread started once: not in a loop the scenario runs (an `if` or `try` may
        // start it), as `ex.map(..., timeout=t)`'s.
        if frame.loops.contains(&LoopKind::Emitted) {
            return fail(
                timeout,
                "`as_completed(fs, timeout=t)` inside a loop the scenario runs is not supported (its deadline is a thread started once)",
            );
        }
        let duration = self.duration(frame, timeout)?;
        let passed = self.completion_queue_named("deadline_passed", false);
        let sleep = self.deadline_sleep(frame.task, duration, line);
        let mark = Step::new(
            "put",
            Node::Map(vec![("queue", Node::Plain(passed.clone())), ("value", Node::Quoted("1".to_string()))]),
            line,
        );
        self.spawn_deadline("as_completed_deadline", queue, vec![sleep, mark], out, line);
        let batch = self.fresh_temporary(frame.task, "batch");
        let taken = self.fresh_temporary(frame.task, "taken");
        let unfinished = self.fresh_temporary(frame.task, "unfinished");
        out.push(Step::new("let", Node::Quoted(format!("{batch} = 0")), line));
        out.push(Step::new("let", Node::Quoted(format!("{taken} = 0")), line));
        Ok(Deadline { queue: queue.to_string(), passed, batch, taken, unfinished, length })
    }

    /// The steps at the top of each pass of a timed `as_completed` loop that take the next future's
    /// position into `position`, or raise TimeoutError between batches once the deadline has passed.
    pub(super) fn take_by_deadline(&self, deadline: &Deadline, position: &str, line: u32) -> Vec<Step> {
        let Deadline { queue, passed, batch, taken, unfinished, length } = deadline;
        let get = || {
            Step::new(
                "get",
                Node::Map(vec![("queue", Node::Plain(queue.clone())), ("into", Node::Plain(position.to_string()))]),
                line,
            )
        };
        let mut raise = vec![Step::new("raise", self.timeout_error(unfinished, *length), line)];
        if self.exception_values {
            let count = Step::new("let", Node::Quoted(format!("{unfinished} = {length} - {taken}")), line);
            raise.insert(0, count);
        }
        let new_batch = vec![
            if_step(format!("len({passed}) > 0"), raise, line),
            get(),
            Step::new("let", Node::Quoted(format!("{batch} = len({queue}) + 1")), line),
        ];
        let take = Step::new(
            "if",
            Node::Map(vec![
                ("cond", Node::Quoted(format!("{batch} == 0"))),
                ("then", Node::Steps(new_batch)),
                ("else", Node::Steps(vec![get()])),
            ]),
            line,
        );
        let next = vec![take, Step::new("let", Node::Quoted(format!("{batch} = {batch} - 1")), line)];
        vec![
            Step::new("let", Node::Quoted(format!("{position} = -1")), line),
            while_step(format!("{position} < 0"), next, line),
            Step::new("let", Node::Quoted(format!("{taken} = {taken} + 1")), line),
        ]
    }

    /// CPython's `TimeoutError('%d (of %d) futures unfinished')`, its message written only in a program
    /// that reads exception values.
    fn timeout_error(&self, unfinished: &str, length: usize) -> Node {
        if !self.exception_values {
            return Node::Plain("TimeoutError".to_string());
        }
        let args = format!("(f'{{{unfinished}}} (of {length}) futures unfinished',)");
        Node::Map(vec![("class", Node::Plain("TimeoutError".to_string())), ("args", Node::Quoted(args))])
    }
}
