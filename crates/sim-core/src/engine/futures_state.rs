//! The run-time state of format 1.1, part two: executors' workers and queues of jobs, the instances
//! `submit` has taken and which were cancelled. Part of `World`.

use std::collections::VecDeque;

use crate::model::*;
use crate::patterns::NONE;

#[derive(Debug, Default)]
pub struct ExecutorState {
    /// Workers running a job now.
    pub busy: u32,
    /// Workers started so far (each pays its start once; the pool never shrinks).
    pub started: u32,
    /// Jobs waiting for a worker, oldest first (CPython's work queue is FIFO).
    pub queue: VecDeque<TaskId>,
    /// A `shutdown` step ran: a `submit` to it raises RuntimeError.
    pub shut_down: bool,
}

impl ExecutorState {
    /// No job runs or waits for a worker: what a shutdown that waits waits for.
    pub fn is_idle(&self) -> bool {
        self.busy == 0 && self.queue.is_empty()
    }
}

#[derive(Debug, Default)]
pub struct FuturesState {
    pub executors: Vec<ExecutorState>,
    /// By task: the job was given a worker that had to be started first (it pays the start), and that
    /// worker's place in its pool's order of starts (0 for the first).
    pub fresh_worker: Vec<Option<u32>>,
    /// By task: the job is waiting in its executor's queue.
    pub queued: Vec<bool>,
    /// By task: the job holds one of its executor's workers (until it finishes or is killed).
    pub holds_worker: Vec<bool>,
    /// By task: the job was given a worker and has not taken it yet (`job_pick_up.rs`): a `cancel`
    /// still stops it.
    pub picking_up: Vec<bool>,
    /// By task: when a finishing job handed this queued job its worker (the job starts then, in the
    /// finishing job's present; the stepwise driver keeps a clock per task).
    pub handed_over_ns: Vec<Option<Nanos>>,
    /// By `InstancesDef`: how many of its slots `submit` has taken (the next one is `slots[used]`).
    pub instances_used: Vec<u32>,
    /// By task: the instance was cancelled before it started (it never runs; `result` says
    /// CancelledError).
    pub cancelled: Vec<bool>,
    /// By task: the instance ended with this exception (`raise`), which `result` raises again.
    pub raised: Vec<Option<ExceptionId>>,
    /// By task: the value of the exception it raised (crate::exception_values), in a model that reads
    /// exception values (`FutureDefs::exception_values`); empty in every other.
    pub raised_values: Vec<i64>,
    /// By task: a coroutine was cancelled and ends with CancelledError where it is next suspended.
    pub cancel_pending: Vec<bool>,
    /// By task: a coroutine's last step gave control back to its loop (or it has not run yet), so
    /// CancelledError reaches it before its next step.
    pub suspended: Vec<bool>,
    /// By task: the `await` a coroutine last gave control back at (None before its first step), where
    /// CancelledError is raised when it is cancelled while suspended: the handlers and `with` blocks
    /// around it are the ones left, not those around the step it would take next.
    pub suspended_at: Vec<Option<u32>>,
    /// By task: the loop whose default executor runs this job (`asyncio.to_thread`), set by `submit`.
    pub default_executor_job: Vec<Option<LoopId>>,
    /// By task: a process that an exception nothing in it caught ended alone (`process_exits.rs`):
    /// CPython's child exits with code 1 after printing its traceback. Reports only: the search's
    /// state holds the `exitcode` variable where the program reads it.
    pub exited_alone: Vec<bool>,
    /// By task: a coroutine instance that a `submit` with `next_pass` started (`loop.call_later(0, f)`),
    /// which the drivers put on its loop's timers rather than its ready queue; empty in a model with no
    /// such `submit`.
    pub starts_at_next_pass: Vec<bool>,
}

impl FuturesState {
    /// The pool `task` runs on: its executor, or for a thread task a coroutine submitted
    /// (`asyncio.to_thread`) its loop's default executor, kept after the declared ones.
    pub fn pool_of(&self, model: &Model, task: TaskId) -> Option<ExecutorId> {
        if let Some(executor) = model.futures.executor_of(task) {
            return Some(executor);
        }
        let event_loop = self.default_executor_job.get(task.index()).copied().flatten()?;
        Some(ExecutorId::from_index(model.futures.executors.len() + event_loop.index()))
    }

    pub fn new(model: &Model) -> Self {
        FuturesState {
            // The declared executors, then one default executor per event loop.
            executors: (0..model.futures.executors.len() + model.loops.len())
                .map(|_| ExecutorState::default())
                .collect(),
            fresh_worker: vec![None; model.tasks.len()],
            queued: vec![false; model.tasks.len()],
            holds_worker: vec![false; model.tasks.len()],
            picking_up: vec![false; model.tasks.len()],
            handed_over_ns: vec![None; model.tasks.len()],
            instances_used: vec![0; model.futures.instances.len()],
            cancelled: vec![false; model.tasks.len()],
            raised: vec![None; model.tasks.len()],
            raised_values: if model.futures.exception_values { vec![NONE; model.tasks.len()] } else { Vec::new() },
            cancel_pending: vec![false; model.tasks.len()],
            suspended: vec![true; model.tasks.len()],
            suspended_at: vec![None; model.tasks.len()],
            default_executor_job: vec![None; model.tasks.len()],
            exited_alone: vec![false; model.tasks.len()],
            starts_at_next_pass: if model.futures.starts_at_next_pass() {
                vec![false; model.tasks.len()]
            } else {
                Vec::new()
            },
        }
    }

    pub fn reset(&mut self) {
        for executor in &mut self.executors {
            executor.busy = 0;
            executor.started = 0;
            executor.queue.clear();
            executor.shut_down = false;
        }
        self.fresh_worker.iter_mut().for_each(|f| *f = None);
        self.queued.iter_mut().for_each(|q| *q = false);
        self.holds_worker.iter_mut().for_each(|h| *h = false);
        self.picking_up.iter_mut().for_each(|p| *p = false);
        self.handed_over_ns.iter_mut().for_each(|h| *h = None);
        self.instances_used.iter_mut().for_each(|u| *u = 0);
        self.cancelled.iter_mut().for_each(|c| *c = false);
        self.raised.iter_mut().for_each(|r| *r = None);
        self.raised_values.iter_mut().for_each(|v| *v = NONE);
        self.cancel_pending.iter_mut().for_each(|c| *c = false);
        self.suspended.iter_mut().for_each(|s| *s = true);
        self.suspended_at.iter_mut().for_each(|s| *s = None);
        self.default_executor_job.iter_mut().for_each(|j| *j = None);
        self.exited_alone.iter_mut().for_each(|e| *e = false);
        self.starts_at_next_pass.iter_mut().for_each(|s| *s = false);
    }

    /// Whether coroutine `task` was started by a `submit` with `next_pass` (a timer of no delay).
    #[inline]
    pub fn started_at_next_pass(&self, task: TaskId) -> bool {
        self.starts_at_next_pass.get(task.index()).copied().unwrap_or(false)
    }
}
