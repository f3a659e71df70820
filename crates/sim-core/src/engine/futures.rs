//! Format 1.1, part two in the engine: executors, futures, cancellation, asyncio's own primitives.
//!
//! Executors run: a task on an executor (each copy of a map) is a job. It starts only when one of the
//! executor's `workers` is free, else it waits in the executor's FIFO queue; a finishing job hands its
//! worker to the oldest queued job. The first `workers` jobs each start a worker (paying `thread_spawn`,
//! `process_spawn` or `interpreter_spawn` once, in parallel); later jobs reuse one and pay no start. A
//! job of a process (or interpreter) pool pays the executor's `ipc_cost` for its argument and for its
//! result, charged with its start.
//!
//! Not run yet (docs/architecture.md, "Futures, executors and asyncio"): `submit`, `result`, `cancel`,
//! `await` of a future, and every step on an `asyncio: true` primitive. A step that needs one of them ends
//! the run with a fault that says so, at that step; never an approximation (an asyncio lock is not run
//! as a threading one).

use super::driver::Driver;
use super::run::Run;
use super::state::TaskPhase;
use crate::access::{Access, Object};
use crate::model::*;
use crate::outcome::{Cause, Status};

impl<D: Driver> Run<'_, '_, D> {
    /// Ends the run with a "not yet supported" fault when the step needs part two; `true` if it did.
    pub(super) fn refuse_part_two(&mut self, task: TaskId, pc: u32, instruction: Instr) -> bool {
        let refused =
            matches!(instruction, Instr::Submit(_) | Instr::Result(_) | Instr::AwaitFuture(_) | Instr::Cancel { .. })
                || self.model.futures.asyncio.touched_by(&instruction);
        if refused {
            self.fail(Status::Fault, Some(task), Some(pc), Cause::NotYetSupported);
        }
        refused
    }

    /// A job about to start takes a free worker of its executor; `false` when none is free (it is
    /// queued, and starts when a worker frees). A task on no executor always starts.
    pub(super) fn take_worker(&mut self, task: TaskId) -> bool {
        let Some(executor) = self.model.futures.executor_of(task) else { return true };
        let workers = self.model.futures.executors[executor.index()].workers;
        let futures = &mut self.state.world.futures;
        let state = &mut futures.executors[executor.index()];
        if state.busy == workers {
            state.queue.push_back(task);
            futures.queued[task.index()] = true;
            return false;
        }
        state.busy += 1;
        let fresh = state.started < workers;
        state.started += u32::from(fresh);
        futures.fresh_worker[task.index()] = fresh;
        futures.queued[task.index()] = false;
        futures.holds_worker[task.index()] = true;
        true
    }

    /// A finished (or killed) job's worker goes to the oldest queued job of its executor, which starts
    /// now: the worker runs it after the one before, so it is ordered after it. A job killed while
    /// queued just leaves the queue.
    pub(super) fn free_worker(&mut self, task: TaskId) {
        let Some(executor) = self.model.futures.executor_of(task) else { return };
        let futures = &mut self.state.world.futures;
        let state = &mut futures.executors[executor.index()];
        if std::mem::take(&mut futures.queued[task.index()]) {
            state.queue.retain(|&t| t != task);
            return;
        }
        if !std::mem::take(&mut futures.holds_worker[task.index()]) {
            return;
        }
        state.busy -= 1;
        if self.state.observers.record_accesses {
            let pc = self.state.world.tasks[task.index()].pc;
            self.state.observers.push_access(Access { task, pc, object: Object::Executor(executor), write: true });
        }
        let state = &mut self.state.world.futures.executors[executor.index()];
        let Some(next) = state.queue.pop_front() else { return };
        self.state.world.futures.queued[next.index()] = false;
        if self.state.world.tasks[next.index()].phase != TaskPhase::WaitingForDependencies {
            return;
        }
        self.ordered_after(next, task);
        self.state.world.futures.handed_over_ns[next.index()] = Some(D::task_now(self, task));
        self.start_task(next);
    }

    /// What starting a job costs: a new worker's start, and a process worker's pickling of the argument
    /// and the result. `None` for a task on no executor.
    pub(super) fn job_start_cost(&self, task: TaskId) -> Option<Nanos> {
        let executor = self.model.futures.executor_of(task)?;
        let definition = &self.model.futures.executors[executor.index()];
        let machine = &self.model.machine;
        let (worker_start, pickles) = match definition.kind {
            TaskKind::Process => (machine.process_spawn_ns, true),
            TaskKind::Interpreter => (machine.interpreter_spawn_ns, true),
            TaskKind::Thread | TaskKind::Coroutine => (machine.thread_spawn_ns, false),
        };
        let start = if self.state.world.futures.fresh_worker[task.index()] { worker_start } else { 0 };
        let arguments_and_result = if pickles { 2 * definition.ipc_cost_ns } else { 0 };
        Some(start + arguments_and_result)
    }
}
