//! A process whose puts into a multiprocessing queue are taken only in part (session 28; session 27's
//! `check_unread_puts` refuses a queue no task takes from at all).
//!
//! A process cannot exit until its queue's feeder thread has written every item to the pipe (64 KiB on
//! Linux): the items nobody takes stay there, and once they outgrow it the process's exit, and the
//! main process's join of it, hang in CPython (session28-s28processes/u01: 100 items of 1,000
//! characters, 10 taken, then `join()`), where weft's run ends. Refused where the takes and the puts
//! are counted (no `while` around them), the takes may be fewer than the puts, and the import cannot
//! bound the items under half the pipe. Takes or puts inside a `while` (a loop until a sentinel) are
//! not counted, and the form is left there (said in docs/python.md).

use super::queue_feeders::{bound_text, first_put_line, integer_names, nested, repeat_times, total_over_steps};
use super::queue_feeders::{step_uses_queue, steps_use_queue};
use super::{Error, Result, Translator};
use crate::out::Step;

impl Translator<'_> {
    pub(super) fn check_partly_read_puts(&self) -> Result<()> {
        let integers = integer_names(self);
        for queue in &self.futures.interprocess_queues {
            let read = self.scenario.tasks.iter().any(|task| steps_use_queue(&task.ops, "get", queue));
            if !read || self.is_pipe_queue(queue) {
                continue;
            }
            let Some(takes) =
                self.scenario.tasks.iter().map(|task| takes_at_least(&task.ops, queue)).sum::<Option<u64>>()
            else {
                continue;
            };
            // Puts inside a `while` (a worker that loops until a sentinel) are not counted either: the
            // program's takes may well match them.
            let puts = self.scenario.tasks.iter().map(|task| puts_at_most(&task.ops, queue)).sum::<Option<u64>>();
            if puts.is_none_or(|puts| puts <= takes) {
                continue;
            }
            if let Some((process, bound)) = self.exiting_unbounded_putter(queue, &integers) {
                return Err(self.partly_read_error(process, queue, takes, bound));
            }
        }
        Ok(())
    }

    fn partly_read_error(&self, process: usize, queue: &str, takes: u64, bound: Option<u64>) -> Error {
        let task = &self.scenario.tasks[process];
        let size = bound_text(bound);
        let line = first_put_line(&task.ops, queue).unwrap_or(task.line);
        Error::at_offset(
            self.line_offset(line),
            format!(
                "`{}` puts into `{queue}` ({size}), of which the program takes {takes} or more, fewer than it may put: a process cannot exit until its queue's feeder thread has written every item to the pipe, which holds 64 KiB on Linux, so CPython hangs at its exit (and at the `join()` of it) once the items left outgrow the pipe, which weft does not model; take every item, or put fewer",
                task.base
            ),
        )
    }
}

/// The fewest `get`s of `queue` that `steps` make (a take inside an `if` or a `try` may not run), or
/// None when one is inside a `while` (a loop the import cannot count).
fn takes_at_least(steps: &[Step], queue: &str) -> Option<u64> {
    let mut total: u64 = 0;
    for step in steps {
        if step_uses_queue(step, "get", queue) {
            total += 1;
        }
        let inner: u64 = nested(step).map(|block| takes_at_least(block, queue)).sum::<Option<u64>>()?;
        if step.key == "while" && steps_use_queue(std::slice::from_ref(step), "get", queue) {
            return None;
        }
        if inner == 0 {
            continue;
        }
        let passes = match step.key {
            "repeat" => repeat_times(step)?,
            "if" | "try" => 0,
            _ => 1,
        };
        total = total.checked_add(inner.checked_mul(passes)?)?;
    }
    Some(total)
}

/// The most `put`s into `queue` that `steps` make, or None when one is inside a `while`.
fn puts_at_most(steps: &[Step], queue: &str) -> Option<u64> {
    total_over_steps(steps, &|step| Some(u64::from(step_uses_queue(step, "put", queue))))
}
