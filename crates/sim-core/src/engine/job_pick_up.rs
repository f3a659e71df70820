//! A pool's worker takes its job in a step of its own.
//!
//! CPython's thread pool worker loops on `work_queue.get(block=True)`, then `work_item.run()`, whose
//! first act is `future.set_running_or_notify_cancel()`: only from there on does `cancel()` fail. A
//! worker freed by a job's end (which has already woken the `wait`, `result` or `as_completed` of the
//! main thread) and an idle worker woken by a `submit` both take their next job a moment later, so a
//! `cancel` in between stops that job and returns True (session17/f05; a `submit` to an idle worker
//! followed at once by `cancel()` succeeded 2000 times in 2000 under CPython 3.11.7). weft starts a job
//! when a worker is given to it (`take_worker`); in a model that may cancel a job still waiting for
//! one (`FutureDefs::job_pick_ups`) the first step of a job given a worker that ran before (not a
//! thread started for it: `begin_pick_up`) is then its pick-up: until that step runs it
//! is cancelled as a queued job is (it never runs), after it a `cancel` finds it running. Elsewhere no
//! step could tell the pick-up from the start, so it is left out and every other model's runs, counts
//! and tokens stay as they were.

use super::driver::Driver;
use super::run::Run;
use super::state::TaskPhase;
use super::steps::Effect;
use crate::access::Object;
use crate::model::*;
use crate::trace::TraceKind;

impl<D: Driver> Run<'_, '_, D> {
    /// `job` was given a worker (`new_thread`: no worker was idle, so CPython starts a thread for it):
    /// in a model that may cancel it before it runs, a worker that was running already (idle, or freed
    /// by the job before) takes the job in a step of its own before its first. A new thread does not:
    /// CPython's `submit` waits in `Thread.start()` until the new thread runs, and that thread keeps the
    /// GIL from there through `work_queue.get` and `set_running_or_notify_cancel` (no blocking call
    /// between), so no other thread runs in between (a `cancel` right after such a `submit` failed 2000
    /// times in 2000 under CPython 3.11.7; after a `submit` that found one of two workers idle it
    /// succeeded 500 times in 500: CPython reuses an idle worker before it starts another).
    pub(super) fn begin_pick_up(&mut self, job: TaskId, new_thread: bool) {
        self.state.world.futures.picking_up[job.index()] = self.model.futures.job_pick_ups && !new_thread;
    }

    /// The step at `pc` of `task` is its pick-up, when it has one pending: it runs instead of the step,
    /// which stays next (`Some`). The pick-up reads the job, which `cancel` writes: exploration orders the
    /// two, and not the pick-up with the `result`s that wait for the job (reads too, which the pick-up
    /// does not change). In a model that reads futures' states it writes the job: a `future_state`
    /// read (engine/future_states.rs) sees it pending before the pick-up and running after.
    pub(super) fn pick_up(&mut self, task: TaskId, pc: u32) -> Option<Effect> {
        if !std::mem::take(&mut self.state.world.futures.picking_up[task.index()]) {
            return None;
        }
        debug_assert_eq!(self.state.world.tasks[task.index()].pc, pc + 1, "the step's pc moved past it");
        self.state.world.tasks[task.index()].pc = pc;
        self.record(task, pc, TraceKind::PicksUp, 0);
        self.access(task, pc, Object::Task(task), self.model.futures.future_state_reads);
        Some(Effect::Instant)
    }

    /// `cancel` of `target` by `by` before `target` took its job: it never runs, as a queued job, and its
    /// worker goes to the next queued job. `false` when `target` is not waiting for its pick-up.
    pub(super) fn cancel_before_pick_up(&mut self, by: TaskId, target: TaskId) -> bool {
        if self.state.world.tasks[target.index()].phase != TaskPhase::Live
            || !std::mem::take(&mut self.state.world.futures.picking_up[target.index()])
        {
            return false;
        }
        self.state.world.futures.cancelled[target.index()] = true;
        self.ordered_after(target, by);
        self.record(target, self.state.world.tasks[target.index()].pc, TraceKind::Cancelled, 0);
        D::on_kill(self, target);
        self.finish_task(target, TaskPhase::Killed);
        true
    }

    /// `shutdown(cancel_futures=True)` of `executor`: its jobs given a worker that have not taken it yet
    /// are still in CPython's work queue, which the shutdown empties, so they are cancelled too (in task
    /// order; the queue is empty by now, so the workers they give back take nothing). The shutdown
    /// writes every job holding a worker, picked up or not: exploration then orders it with each
    /// pick-up, whichever came first.
    pub(super) fn cancel_jobs_picking_up(&mut self, by: TaskId, pc: u32, executor: ExecutorId) {
        for index in 0..self.state.world.tasks.len() {
            let job = TaskId::from_index(index);
            if !self.state.world.futures.holds_worker[index] || self.model.futures.executor_of(job) != Some(executor) {
                continue;
            }
            self.access(by, pc, Object::Task(job), true);
            if self.state.world.futures.picking_up[index] {
                let cancelled = self.cancel_before_pick_up(by, job);
                debug_assert!(cancelled, "a job picking up has not run a step: cancelling it stops it");
            }
        }
    }

    /// A job that ended (or was killed) takes no pick-up any more.
    pub(super) fn end_pick_up(&mut self, job: TaskId) {
        self.state.world.futures.picking_up[job.index()] = false;
    }
}
