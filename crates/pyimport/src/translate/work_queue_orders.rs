//! The order of results that worker processes taking from one work queue put into one results queue
//! (session 28; the form session 27's feeder_orders.rs left, docs/python.md "Session 28: multiprocessing
//! forms refused, and two silent errors").
//!
//! Two processes that take jobs from one `multiprocessing.Queue` take them in turns: weft's queue keeps
//! that order, and so a result one worker puts before its next take comes, in weft, before every result
//! the other worker puts after a later take. CPython's `put` hands the item to the worker's feeder
//! thread, which writes it to the results queue's pipe later, so the later job's result can arrive first
//! (w01 of session28-s28processes: `[1, 3, 0, 2]` in 1 of 150 CPython runs, an order weft's 30
//! schedules never list). The import refuses the form at the second worker's first put, unless the
//! results are taken where their order is not seen (order_free_takes.rs, session 29).

use std::collections::BTreeSet;

use super::feeder_orders::one_literal_item;
use super::queue_feeders::{first_put_line, nested, step_uses_queue, steps_use_queue};
use super::{Error, Result, Translator};
use crate::out::Step;

impl Translator<'_> {
    /// Refuses a results queue that two processes put into after taking from one work queue, where a
    /// process takes again after a put (a loop of take, work, put).
    pub(super) fn check_work_queue_orders(&mut self) -> Result<()> {
        for results in self.futures.interprocess_queues.clone() {
            let results = &results;
            if self.is_pipe_queue(results) {
                continue;
            }
            let putters: Vec<usize> = (0..self.scenario.tasks.len())
                .filter(|&task| self.scenario.tasks[task].executor.is_none())
                .filter(|&task| steps_use_queue(&self.scenario.tasks[task].ops, "put", results))
                .collect();
            let units: BTreeSet<usize> = putters.iter().map(|&task| self.process_of(task)).collect();
            if units.len() < 2
                || one_literal_item(&putters, &self.scenario.tasks, results)
                || self.results_taken_order_free(results)
            {
                continue;
            }
            let queues = self.futures.interprocess_queues.clone();
            for work in queues.iter().filter(|work| *work != results) {
                let workers: Vec<usize> = units
                    .iter()
                    .copied()
                    .filter(|&unit| self.unit_ops(unit).iter().any(|ops| takes_after_put(ops, results, work)))
                    .collect();
                if let [first, second, ..] = workers[..] {
                    let putters: Vec<usize> = units.iter().copied().collect();
                    if self.model_result_feeders(results, &putters)? {
                        break;
                    }
                    return Err(self.work_queue_order_error(results, work, (first, second)));
                }
            }
        }
        Ok(())
    }

    fn work_queue_order_error(&self, results: &str, work: &str, (first, second): (usize, usize)) -> Error {
        let line = self.unit_ops(second).iter().find_map(|ops| first_put_line(ops, results)).unwrap_or_default();
        let (first_name, second_name) = (self.process_name(first), self.process_name(second));
        let workers = match first_name == second_name {
            true => format!("two {first_name} processes"),
            false => format!("{first_name} and {second_name}"),
        };
        Error::at_offset(
            self.statement_offset(line),
            format!(
                "`{results}`, a `multiprocessing.Queue` that {workers} put results into between their takes from the work queue `{work}`, is not supported: CPython's `put` hands each result to a feeder thread of its process that writes it to the pipe later, so a result put before a worker's next take can arrive after the other worker's result of a later job, an order weft's queue, taking each item at its `put`, never shows; give each worker a results queue of its own, use `Pool.map`, or take the results in one loop that only sums, counts or collects them in a set, with its own locals (docs/python.md, \"Session 29: multiprocessing forms\")"
            ),
        )
    }
}

/// Whether a take from `work` can follow a put into `results` in `steps`: written after it, or both
/// inside one loop (the next pass takes again).
fn takes_after_put(steps: &[Step], results: &str, work: &str) -> bool {
    let mut put = false;
    takes_after(steps, results, work, &mut put)
}

fn takes_after(steps: &[Step], results: &str, work: &str, put: &mut bool) -> bool {
    for step in steps {
        if *put && step_uses_queue(step, "get", work) {
            return true;
        }
        *put |= step_uses_queue(step, "put", results);
        let looped = matches!(step.key, "while" | "repeat")
            && steps_use_queue(std::slice::from_ref(step), "put", results)
            && steps_use_queue(std::slice::from_ref(step), "get", work);
        if looped {
            return true;
        }
        for inner in nested(step) {
            if takes_after(inner, results, work, put) {
                return true;
            }
        }
    }
    false
}
