//! Format 1.1, part two in the engine: executors, futures, cancellation, asyncio's own primitives.
//!
//! Executors run: a task on an executor (each copy of a map) is a job. It starts only when one of the
//! executor's `workers` is free, else it waits in the executor's FIFO queue; a finishing job hands its
//! worker to the oldest queued job. The first `workers` jobs each start a worker (paying `thread_spawn`,
//! `process_spawn` or `interpreter_spawn` once, in parallel); later jobs reuse one and pay no start. A
//! job of a process (or interpreter) pool pays the executor's `ipc_cost` for its argument and for its
//! result, charged with its start. A process pool has costs of its own, as CPython's
//! (docs/fidelity.md, "The process pool's own costs"): its workers are forked one after the other
//! (`machine.process_fork` each, before their own starts), every job pays `process_pool_handoff` for
//! its trip through the pool's queues, and the run ends no earlier than `process_pool_shutdown` after the
//! pool last fell idle.
//!
//! Futures run: `submit` takes the next instance slot of its task (`T#1`, `T#2`...), writes the
//! arguments into the slot's parameter locals, puts the future (the slot's task index plus one; 0 is no
//! future) in its `into` and starts the instance as `spawn` does. `result` blocks until the instance
//! has finished (as `join`), then takes its `return` value; `cancel` of an instance that has not
//! started (queued for a worker) finishes it unrun, and `result` of it is CancelledError; a started
//! thread is not stopped (Python's `Future.cancel()` returns False then).
//!
//! A coroutine that is cancelled ends with CancelledError where it is suspended (at once: a sleeping one
//! is taken off its loop's timers, one waiting on a future is woken) or, when it cancels itself, at its
//! next `await`; `await: { future, timeout }` (`asyncio.wait_for`) cancels its task when it gives up.
//!
//! A coroutine that submits a thread task without an executor of its own (`asyncio.to_thread`,
//! `run_in_executor(None, ...)`) runs it on its loop's default executor: `min(32, cores + 4)` reused
//! workers, kept after the declared executors.
//!
//! asyncio's own primitives (`asyncio: true`) run as the threading ones do, except that a coroutine
//! blocked on one suspends alone (`BlockReason::holds_the_loop`) and, when cancelled, leaves its wait
//! at once to end with CancelledError. A thread that uses one faults (the loader refuses it where it can
//! see it).

use super::driver::Driver;
use super::run::Run;
use super::state::{BlockReason, TaskPhase};
use super::steps::Effect;
use crate::access::{Access, Object};
use crate::expr::python_index;
use crate::model::*;
use crate::outcome::{Cause, PythonFault, Status};
use crate::patterns::NONE;
use crate::trace::TraceKind;

impl<D: Driver> Run<'_, '_, D> {
    /// Before every step of a model that uses part two: refuses what the engine does not run yet, and
    /// ends a cancelled coroutine where Python raises CancelledError in it. `Some(effect)` when the step
    /// must not run.
    pub(super) fn before_part_two_step(&mut self, task: TaskId, pc: u32, instruction: Instr) -> Option<Effect> {
        if let Some(effect) = self.pick_up(task, pc) {
            return Some(effect);
        }
        if self.model.tasks[task.index()].kind != TaskKind::Coroutine {
            return self.refuse_asyncio_in_thread(task, pc, instruction);
        }
        let awaits = self.model.futures.may_suspend_coroutine(&instruction);
        let futures = &mut self.state.world.futures;
        let resumed = std::mem::replace(&mut futures.suspended[task.index()], awaits);
        let suspended_at = futures.suspended_at[task.index()];
        if awaits {
            futures.suspended_at[task.index()] = Some(pc);
        }
        if !futures.cancel_pending[task.index()] {
            return None;
        }
        if !(resumed || awaits) {
            return None;
        }
        // CancelledError is raised where the coroutine is suspended (or at its next await, when it was
        // running) and ends it: nothing of the step runs. A coroutine that has not started has no
        // handler around it yet.
        // The step is where the error is raised: it is taken (a turn of its own), then the coroutine ends.
        self.record(task, pc, TraceKind::Step, 0);
        let raised_at = if resumed { suspended_at } else { Some(pc) };
        if resumed && let Some(wait_pc) = suspended_at {
            self.give_back_handed(task, pc, wait_pc);
        }
        self.raise_cancelled_at(task, pc, raised_at);
        Some(Effect::Instant)
    }

    /// A coroutine that was cancelled and reaches the end of its program before CancelledError reached
    /// it (cancelled while suspended in its last `await`, or while running its last steps) ends
    /// cancelled, not finished: Python's task raises CancelledError where it resumes, and one that
    /// returns with a cancellation pending is cancelled all the same (`Task.__step`).
    pub(super) fn end_cancelled_coroutine(&mut self, task: TaskId) {
        let futures = &mut self.state.world.futures;
        if !std::mem::take(&mut futures.cancel_pending[task.index()]) {
            return;
        }
        futures.cancelled[task.index()] = true;
        let pc = self.state.world.tasks[task.index()].pc;
        self.record(task, pc, TraceKind::Cancelled, 0);
    }

    /// The `await` where cancelled coroutine `task`, with no step left, is suspended, when a handler
    /// around it catches CancelledError: Python's task raises the error there as it resumes, and the
    /// handler (or `finally`) runs. `None` when the driver finishes the coroutine
    /// (`end_cancelled_coroutine`). Asked by the drivers only when the program has no step left.
    pub(super) fn cancel_reaches_last_await(&self, task: TaskId) -> Option<u32> {
        if !self.uses_part_two {
            return None;
        }
        let futures = &self.state.world.futures;
        if !futures.cancel_pending[task.index()] || !futures.suspended[task.index()] {
            return None;
        }
        let wait_pc = futures.suspended_at[task.index()]?;
        crate::exceptions::catches_cancelled_at(self.model, task, wait_pc).then_some(wait_pc)
    }

    /// The turn of cancelled coroutine `task` that resumes it in the `await` at `wait_pc`, its last step
    /// (`cancel_reaches_last_await`): a step of its own, as where a later step would have raised it
    /// (`before_part_two_step`), traced at the `await` with the value 1 (`TraceEvent::value`: the
    /// sleep itself is traced with 0); the coroutine goes on at the handler.
    pub(super) fn raise_at_last_await(&mut self, task: TaskId, wait_pc: u32) -> Effect {
        self.state.world.futures.suspended[task.index()] = false;
        self.runs_after_handoff(task, wait_pc);
        self.record(task, wait_pc, TraceKind::Step, crate::trace::CANCELLED_AT_LAST_AWAIT);
        self.give_back_handed(task, wait_pc, wait_pc);
        self.raise_cancelled_at(task, wait_pc, Some(wait_pc));
        Effect::Instant
    }

    /// CancelledError at `pc`: a `finally` (or `except BaseException`) around it runs first, as in
    /// CPython, whose bare re-raise ends the coroutine cancelled (`raise`); else it ends the coroutine
    /// now, leaving its `with` blocks and its program.
    pub(super) fn raise_cancelled(&mut self, task: TaskId, pc: u32) {
        self.raise_cancelled_at(task, pc, Some(pc));
    }

    /// CancelledError recorded at `pc`, raised inside the handlers and `with` blocks around `raised_at`
    /// (where the coroutine is suspended; none before its first step).
    fn raise_cancelled_at(&mut self, task: TaskId, pc: u32, raised_at: Option<u32>) {
        self.state.world.futures.cancel_pending[task.index()] = false;
        if let Some(raised_at) = raised_at
            && !self.model.futures.handlers.is_empty()
            && let Some(cancelled) = self.model.futures.exception_named("CancelledError")
            && self.catch(task, raised_at, cancelled, NONE)
        {
            return;
        }
        self.end_cancelled(task, pc, raised_at);
    }

    /// The coroutine ends cancelled at `pc`: it leaves the `with` blocks around `raised_at` and its
    /// program.
    pub(super) fn end_cancelled(&mut self, task: TaskId, pc: u32, raised_at: Option<u32>) {
        let futures = &mut self.state.world.futures;
        futures.cancelled[task.index()] = true;
        self.record(task, pc, TraceKind::Cancelled, 0);
        if let Some(raised_at) = raised_at {
            self.exit_withs(task, raised_at);
        }
        self.state.world.tasks[task.index()].pc = self.model.tasks[task.index()].program.len() as u32;
    }

    /// CancelledError (or a submit's RuntimeError) leaves every `with` block around `pc`, innermost
    /// first, releasing its lock as Python's `with` does (a lock taken without `with` stays held, as in
    /// Python).
    fn exit_withs(&mut self, task: TaskId, pc: u32) {
        let Some(instances) = self.model.futures.instances.iter().find(|i| i.slots.contains(&task)) else { return };
        self.leave_with_blocks(task, pc, &instances.with_blocks, true);
    }

    /// A thread that uses one of asyncio's own primitives where the loader could not see it: a run-time
    /// fault (RuntimeError in Python: the primitive belongs to a loop).
    fn refuse_asyncio_in_thread(&mut self, task: TaskId, pc: u32, instruction: Instr) -> Option<Effect> {
        if !self.model.futures.asyncio.touched_by(&instruction) {
            return None;
        }
        self.fail(Status::Fault, Some(task), Some(pc), Cause::Python(PythonFault::AsyncioInThread { task }));
        Some(Effect::Stop)
    }

    pub(super) fn is_instance(&self, task: TaskId) -> bool {
        self.model.futures.instances.iter().any(|instances| instances.slots.contains(&task))
    }

    /// `asyncio.to_thread`: a coroutine submitting a thread task that has no executor of its own (the
    /// job runs on the loop's default executor).
    fn submits_to_default_executor(&self, task: TaskId, template: TaskId) -> Option<LoopId> {
        let submitter = &self.model.tasks[task.index()];
        let runs_on_a_thread = self.model.tasks[template.index()].kind == TaskKind::Thread;
        if submitter.kind != TaskKind::Coroutine
            || !runs_on_a_thread
            || self.model.futures.executor_of(template).is_some()
        {
            return None;
        }
        submitter.event_loop
    }

    /// The steps of futures: `submit`, `result`, `cancel`, `raise`.
    pub(super) fn execute_futures(&mut self, task: TaskId, pc: u32, instruction: Instr) -> Effect {
        match instruction {
            Instr::Submit(submit) => self.submit(task, pc, submit),
            Instr::Result(wait) | Instr::AwaitFuture(wait) => self.result(task, pc, wait),
            Instr::Cancel { future, into } => self.cancel(task, pc, future, into),
            Instr::FutureState { future, into, only_done } => self.future_state(task, pc, future, into, only_done),
            Instr::Shutdown { executor, wait, cancel_futures } => {
                self.shutdown(task, pc, executor, wait, cancel_futures)
            }
            Instr::Raise { exception } => self.raise(task, pc, exception, NONE),
            Instr::RaiseValue { exception, args, attributes } => {
                let mut values = [None, None];
                for (value, expr) in values.iter_mut().zip([args, attributes]) {
                    if let Some(expr) = expr {
                        let Some(computed) = self.eval(task, pc, expr) else { return Effect::Stop };
                        *value = Some(computed);
                    }
                }
                let [arguments, attributes] = values;
                let Some(value) = self.raised_value(task, pc, exception, arguments, attributes) else {
                    return Effect::Stop;
                };
                self.raise(task, pc, exception, value)
            }
            Instr::Reraise { local } => {
                let held = self.state.world.tasks[task.index()].locals[local.index()];
                let (exception, value) = self.held_exception(held);
                self.raise(task, pc, exception, value)
            }
            _ => unreachable!("only the steps of futures come here: {instruction:?}"),
        }
    }

    /// `executor.submit(T, args)`: the next instance of T, started now, its future in `into`.
    fn submit(&mut self, task: TaskId, pc: u32, submit: SubmitId) -> Effect {
        let definition = &self.model.futures.submits[submit.index()];
        let instances_id = definition.instances;
        let instances = &self.model.futures.instances[instances_id.index()];
        if let Some(executor) = self.model.futures.executor_of(instances.slots[0])
            && self.state.world.futures.executors[executor.index()].shut_down
        {
            return self.submit_after_shutdown(task, pc, executor);
        }
        let used = self.state.world.futures.instances_used[instances_id.index()] as usize;
        let Some(&target) = instances.slots.get(used) else {
            self.fail(Status::Fault, Some(task), Some(pc), Cause::InstanceLimit { instances: instances_id });
            return Effect::Stop;
        };
        // Which slot a submit takes depends on the submits before it: they are ordered among themselves.
        self.access(task, pc, Object::Task(instances.slots[0]), true);
        self.access(task, pc, Object::Task(target), true);
        for position in 0..definition.args.len() {
            let (parameter, expr) = self.model.futures.submits[submit.index()].args[position];
            let Some(value) = self.eval(task, pc, expr) else { return Effect::Stop };
            self.state.world.tasks[target.index()].locals[parameter as usize] = value;
        }
        let future = i64::from(target.0) + 1;
        if let Some(place) = self.model.futures.submits[submit.index()].into
            && !self.write_place(task, pc, place, future)
        {
            return Effect::Stop;
        }
        self.state.world.futures.instances_used[instances_id.index()] += 1;
        let default_executor =
            self.submits_to_default_executor(task, self.model.futures.instances[instances_id.index()].slots[0]);
        self.state.world.futures.default_executor_job[target.index()] = default_executor;
        if self.model.futures.submits[submit.index()].next_pass {
            self.state.world.futures.starts_at_next_pass[target.index()] = true;
        }
        self.record(task, pc, TraceKind::Step, future);
        self.launch(target, task);
        Effect::Instant
    }

    /// `submit` to an executor that is shut down: Python's RuntimeError ("cannot schedule new futures
    /// after shutdown"), raised in the submitting task as a `raise` would (a job's future keeps it). The
    /// step read the executor's state, which the shutdown wrote: exploration orders the two.
    fn submit_after_shutdown(&mut self, task: TaskId, pc: u32, executor: ExecutorId) -> Effect {
        self.record(task, pc, TraceKind::Step, 0);
        self.access(task, pc, Object::Executor(executor), false);
        let runtime_error = self
            .model
            .futures
            .exception_named("RuntimeError")
            .expect("the loader declares RuntimeError with every `shutdown`, the one step that shuts one down");
        // Unlike a `raise` step, nothing released the `with` locks around it before.
        let leaves_withs = true;
        self.raise_exception(task, pc, runtime_error, NONE, leaves_withs)
    }

    /// `executor.shutdown(wait, cancel_futures)`: the executor takes no more jobs; with
    /// `cancel_futures` its queued jobs are cancelled (they never run); with `wait` the task blocks until
    /// every job submitted to it, by any task, has finished. Its workers then idle: a job that finishes
    /// leaving none running or queued wakes it (`free_worker`).
    fn shutdown(&mut self, task: TaskId, pc: u32, executor: ExecutorId, wait: bool, cancel_futures: bool) -> Effect {
        // A write of the executor: every submit to it and every end of one of its jobs is ordered with it.
        self.access(task, pc, Object::Executor(executor), true);
        self.state.world.futures.executors[executor.index()].shut_down = true;
        if cancel_futures {
            self.cancel_queued_jobs(task, pc, executor);
        }
        if !wait || self.state.world.futures.executors[executor.index()].is_idle() {
            self.record(task, pc, TraceKind::Step, 0);
            return Effect::Instant;
        }
        self.record(task, pc, TraceKind::Blocks, 0);
        self.block(task, BlockReason::Shutdown(executor));
        Effect::Blocked
    }

    /// `shutdown(cancel_futures=True)`: every job still queued for a worker is cancelled, oldest first,
    /// as `cancel` of each (a job that never runs leaves the queue when it is cancelled).
    fn cancel_queued_jobs(&mut self, task: TaskId, pc: u32, executor: ExecutorId) {
        let queued = self.state.world.futures.executors[executor.index()].queue.len();
        for _ in 0..queued {
            let Some(&job) = self.state.world.futures.executors[executor.index()].queue.front() else { return };
            self.access(task, pc, Object::Task(job), true);
            let cancelled = self.cancel_instance(task, pc, job);
            debug_assert!(cancelled, "a queued job has not started: cancelling it takes it off the queue");
        }
        self.cancel_jobs_picking_up(task, pc, executor);
    }

    /// `raise C`: an instance ends here with the exception, which its future keeps (the loader has
    /// released its `with` locks before this step, as Python's `with` does on the way out); anywhere
    /// else nothing catches it, a fault (CPython prints the traceback and ends the thread).
    fn raise(&mut self, task: TaskId, pc: u32, exception: ExceptionId, value: i64) -> Effect {
        self.record(task, pc, TraceKind::Step, 0);
        self.access(task, pc, Object::None, false);
        self.raise_exception(task, pc, exception, value, false)
    }

    /// The value of `raise C(*arguments)` (`raise C` without them), with CPython's message; `None` when
    /// the run ended at weft's limit of strings or tuples.
    fn raised_value(
        &mut self,
        task: TaskId,
        pc: u32,
        exception: ExceptionId,
        arguments: Option<i64>,
        attributes: Option<i64>,
    ) -> Option<i64> {
        use crate::exception_values::{self as values, MessageRule};
        let futures = &self.model.futures;
        let class = futures.exception_name(exception);
        let rule = if crate::exceptions::is_subclass(futures, class, "KeyError") {
            MessageRule::Key
        } else if crate::exceptions::is_subclass(futures, class, "OSError") {
            MessageRule::OsError
        } else {
            MessageRule::Plain
        };
        let run_values = &self.state.world.run_values;
        let made = match arguments {
            Some(arguments) => values::of_arguments(run_values, exception.0, class, rule, arguments),
            None => values::without_arguments(run_values, exception.0, class),
        };
        let made = match attributes {
            Some(attributes) => made.and_then(|value| values::with_attributes(run_values, value, attributes)),
            None => made,
        };
        match made {
            Ok(value) => Some(value),
            Err(_) => {
                self.fail(Status::Fault, Some(task), Some(pc), Cause::Python(PythonFault::ExceptionValueLimit));
                None
            }
        }
    }

    /// The exception a handler's local holds (a bare `raise`): its value in a model that reads them,
    /// else its class's id + 1.
    fn held_exception(&self, held: i64) -> (ExceptionId, i64) {
        if let Some(id) = crate::exception_values::class_id(&self.state.world.run_values, held) {
            return (ExceptionId(id), held);
        }
        debug_assert!(held > 0, "a bare `raise` runs only in a handler, which set its local");
        (ExceptionId::from_index((held - 1).max(0) as usize), NONE)
    }

    /// `exception` raised at `pc` of `task`: a handler around it catches it, else an instance ends with
    /// it (its future keeps it; with `leaves_withs` its `with` blocks around `pc` release their locks
    /// first), else it is uncaught: a fault.
    fn raise_exception(
        &mut self,
        task: TaskId,
        pc: u32,
        exception: ExceptionId,
        value: i64,
        leaves_withs: bool,
    ) -> Effect {
        if self.catch(task, pc, exception, value) {
            return Effect::Instant;
        }
        if self.end_process_alone(task, pc) {
            return Effect::Instant;
        }
        if !self.is_instance(task) {
            let status = self.uncaught_status(exception);
            self.fail(status, Some(task), Some(pc), Cause::Python(PythonFault::Uncaught { exception }));
            return Effect::Stop;
        }
        // CancelledError raised again at the end of a `finally` that ran on the way out of a cancelled
        // coroutine: it ends cancelled, as when no `finally` was around.
        if self.model.futures.exception_name(exception) == "CancelledError" {
            self.end_cancelled(task, pc, Some(pc));
            return Effect::Instant;
        }
        if leaves_withs {
            self.exit_withs(task, pc);
        }
        self.keep_exception(task, pc, exception, value);
        self.state.world.tasks[task.index()].pc = self.model.tasks[task.index()].program.len() as u32;
        Effect::Instant
    }

    /// `future.result()` / `await task`: the instance's `return` value at once if it has finished, else
    /// the task blocks until it does (or its time-out runs out).
    fn result(&mut self, task: TaskId, pc: u32, wait: FutureWaitId) -> Effect {
        let definition = &self.model.futures.waits[wait.index()];
        let patience = definition.patience;
        let Some(value) = self.eval(task, pc, definition.future) else { return Effect::Stop };
        let Some(target) = self.future_target(task, pc, value) else { return Effect::Stop };
        self.access(task, pc, Object::Task(target), false);
        if matches!(self.state.world.tasks[target.index()].phase, TaskPhase::Finished | TaskPhase::Killed) {
            return match self.complete_result(task, pc, target) {
                Some(value) => {
                    self.record(task, pc, TraceKind::Step, value);
                    Effect::Instant
                }
                None => Effect::Stop,
            };
        }
        if patience.timeout_ns == Some(0) {
            return self.result_timed_out(task, pc, target);
        }
        self.wait(task, pc, patience, BlockReason::Future(target))
    }

    /// The task whose future `value` is; AttributeError when no `submit` made it.
    pub(super) fn future_target(&mut self, task: TaskId, pc: u32, value: i64) -> Option<TaskId> {
        let target =
            usize::try_from(value - 1).ok().filter(|&index| index < self.model.tasks.len()).map(TaskId::from_index);
        match target {
            Some(target)
                if self.is_instance(target)
                    && self.state.world.tasks[target.index()].phase != TaskPhase::NotSpawned =>
            {
                Some(target)
            }
            _ => {
                self.fail(Status::Fault, Some(task), Some(pc), Cause::Python(PythonFault::NotAFuture { value }));
                None
            }
        }
    }

    /// The wait at `pc` of `task` on finished `target` completes: its value into `into`, 1 into
    /// `into_ok`; a cancelled target gives 0 in `into_ok`, or CancelledError without one. The value, or
    /// `None` when the run ended.
    fn complete_result(&mut self, task: TaskId, pc: u32, target: TaskId) -> Option<i64> {
        let wait = self.future_wait_at(task, pc);
        let definition = &self.model.futures.waits[wait.index()];
        let (value_into, ok_into) = (definition.value_into, definition.patience.into);
        // The task ended before any time-out (whatever it ended with).
        self.write_timed_out(task, wait, 0);
        let extra = self.state.world.format11.task_mut(task);
        extra.timeout_ns = None;
        extra.wait_into = None;
        if self.state.world.futures.cancelled[target.index()] {
            let Some(ok_into) = ok_into else {
                self.fail(Status::Fault, Some(task), Some(pc), Cause::Python(PythonFault::Cancelled { target }));
                return None;
            };
            self.state.world.tasks[task.index()].locals[ok_into.index()] = 0;
            return Some(0);
        }
        if let Some(raised) = self.state.world.futures.raised[target.index()] {
            let value = self.state.world.futures.raised_values.get(target.index()).copied().unwrap_or(NONE);
            return self.reraise(task, pc, target, raised, value);
        }
        let value = self.state.world.format11.tasks()[target.index()].return_value;
        if let Some(place) = value_into
            && !self.write_place(task, pc, place, value)
        {
            return None;
        }
        if let Some(ok_into) = ok_into {
            self.state.world.tasks[task.index()].locals[ok_into.index()] = 1;
        }
        Some(value)
    }

    /// `result` of an instance that raised `exception`: 0 in `into_ok` when the wait `catches` it (its
    /// handler runs), else the exception goes on in the waiting task, uncaught: a fault.
    fn reraise(&mut self, task: TaskId, pc: u32, target: TaskId, exception: ExceptionId, value: i64) -> Option<i64> {
        let wait = &self.model.futures.waits[self.future_wait_at(task, pc).index()];
        let caught =
            wait.catches.is_some_and(|handler| crate::exceptions::catches(&self.model.futures, handler, exception));
        match wait.patience.into {
            Some(ok_into) if caught => {
                self.state.world.tasks[task.index()].locals[ok_into.index()] = 0;
                Some(0)
            }
            // A `try` around the `result` (it may be blocked in it, woken by the job's end).
            _ if self.catch(task, pc, exception, value) => Some(0),
            _ => {
                let fault = PythonFault::Reraised { exception, target };
                let status = self.uncaught_status(exception);
                self.fail(status, Some(task), Some(pc), Cause::Python(fault));
                None
            }
        }
    }

    /// How a run ends with `exception` uncaught: a failed assertion for AssertionError (an `assert` in a
    /// job, raised again by `result` in the thread that waits for it, ends the program as an `assert` of
    /// its own would), a fault for any other.
    fn uncaught_status(&self, exception: ExceptionId) -> Status {
        match self.model.futures.exception_name(exception) {
            "AssertionError" => Status::AssertionFailed,
            _ => Status::Fault,
        }
    }

    /// The wait on a future at `pc` of `task`.
    fn future_wait_at(&self, task: TaskId, pc: u32) -> FutureWaitId {
        match self.model.tasks[task.index()].program[pc as usize] {
            Instr::Result(wait) | Instr::AwaitFuture(wait) => wait,
            other => unreachable!("only `result` and `await` wait on a future, not {other:?}"),
        }
    }

    /// `result(timeout=D)` or `asyncio.wait_for(task, D)` gave up at once (`timeout: 0ns`): 0 in
    /// `into_ok`, or TimeoutError without one; `wait_for` cancels its task.
    fn result_timed_out(&mut self, task: TaskId, pc: u32, target: TaskId) -> Effect {
        if !self.future_wait_gives_up_at(task, pc, target) {
            return Effect::Stop;
        }
        let wait = self.future_wait_at(task, pc);
        if let Some(ok_into) = self.model.futures.waits[wait.index()].patience.into {
            self.state.world.tasks[task.index()].locals[ok_into.index()] = 0;
        }
        self.record(task, pc, TraceKind::Step, 0);
        Effect::Instant
    }

    /// A blocked `result` or `await` with a time-out gives up (format11's `time_out` has written 0 into
    /// `into_ok`): `false` when it had no `into_ok`, and the run ended with TimeoutError.
    pub(super) fn future_wait_gives_up(&mut self, task: TaskId, target: TaskId) -> bool {
        let pc = self.state.world.tasks[task.index()].pc.saturating_sub(1);
        self.future_wait_gives_up_at(task, pc, target)
    }

    fn future_wait_gives_up_at(&mut self, task: TaskId, pc: u32, target: TaskId) -> bool {
        let instruction = self.model.tasks[task.index()].program[pc as usize];
        if matches!(instruction, Instr::AwaitFuture(_)) {
            // `asyncio.wait_for` cancels the task it gave up on: a write of it, as `cancel`'s. A task
            // asleep wakes at the deadline, as for `Task.cancel()` (CPython's `_cancel_and_wait`);
            // before session 27 it woke when its sleep would have ended (docs/python.md, "Session 27:
            // asyncio forms left").
            self.access(task, pc, Object::Task(target), true);
            self.cancel_instance(task, pc, target);
        }
        let wait = self.future_wait_at(task, pc);
        self.write_timed_out(task, wait, 1);
        if self.model.futures.waits[wait.index()].patience.into.is_some() {
            return true;
        }
        self.fail(Status::Fault, Some(task), Some(pc), Cause::Python(PythonFault::Timeout { target }));
        false
    }

    /// `await`'s `timed_out` local, when it has one: 1 when the wait gave up at its time-out, 0 when the
    /// task ended first.
    fn write_timed_out(&mut self, task: TaskId, wait: FutureWaitId, value: i64) {
        if let Some(local) = self.model.futures.waits[wait.index()].timed_out_into {
            self.state.world.tasks[task.index()].locals[local.index()] = value;
        }
    }

    /// `target` has finished (or was cancelled or killed): every `result` waiting on it completes.
    pub(super) fn wake_future_waiters(&mut self, target: TaskId) {
        for index in 0..self.state.world.tasks.len() {
            if self.state.world.tasks[index].phase != TaskPhase::Blocked(BlockReason::Future(target)) {
                continue;
            }
            let waiter = TaskId::from_index(index);
            if self.state.world.futures.cancel_pending[index] {
                // A cancelled `wait_for` whose inner task has now ended: CancelledError where it resumes.
                self.unblock(waiter, target);
                continue;
            }
            let pc = self.state.world.tasks[index].pc.saturating_sub(1);
            if self.complete_result(waiter, pc, target).is_none() {
                if self.ended() {
                    return;
                }
                // Caught by a handler, or the waiter ended cancelled: it was woken there.
                continue;
            }
            self.unblock(waiter, target);
        }
    }

    /// `future.cancel()` / `task.cancel()`.
    fn cancel(&mut self, task: TaskId, pc: u32, future: ExprId, into: Option<Place>) -> Effect {
        let Some(value) = self.eval(task, pc, future) else { return Effect::Stop };
        let Some(target) = self.future_target(task, pc, value) else { return Effect::Stop };
        self.access(task, pc, Object::Task(target), true);
        let cancelled = self.cancel_instance(task, pc, target);
        self.record(task, pc, TraceKind::Step, i64::from(cancelled));
        if let Some(place) = into
            && !self.write_place(task, pc, place, i64::from(cancelled))
        {
            return Effect::Stop;
        }
        Effect::Instant
    }

    /// Cancels `target` as Python does; whether it will not run to its end. An instance that has not
    /// started (queued for a worker) never runs; a coroutine ends with CancelledError where it is
    /// suspended, at once (or at its next `await` when it cancels itself); a started thread goes on
    /// (`Future.cancel()` returns False); a finished one is left as it is (a job cancelled before says
    /// true again, as `Future.cancel()` does).
    fn cancel_instance(&mut self, by: TaskId, pc: u32, target: TaskId) -> bool {
        let coroutine = self.model.tasks[target.index()].kind == TaskKind::Coroutine;
        if let Some(awaited) = self.cancel_forwarded_to(target) {
            return self.forward_cancel(by, pc, target, awaited);
        }
        if !coroutine && self.cancel_before_pick_up(by, target) {
            return true;
        }
        match self.state.world.tasks[target.index()].phase {
            TaskPhase::WaitingForDependencies => {
                self.state.world.futures.cancelled[target.index()] = true;
                self.ordered_after(target, by);
                self.record(target, self.state.world.tasks[target.index()].pc, TraceKind::Cancelled, 0);
                D::on_kill(self, target);
                self.finish_task(target, TaskPhase::Killed);
                true
            }
            TaskPhase::Live | TaskPhase::Blocked(_) if coroutine => {
                self.state.world.futures.cancel_pending[target.index()] = true;
                // A blocked coroutine is woken by the cancel; one that could step races with it.
                if matches!(self.state.world.tasks[target.index()].phase, TaskPhase::Live) {
                    self.cancelled_by(target, by);
                } else {
                    self.ordered_after(target, by);
                }
                match self.state.world.tasks[target.index()].phase {
                    TaskPhase::Blocked(BlockReason::Future(_)) => {
                        let extra = self.state.world.format11.task_mut(target);
                        extra.timeout_ns = None;
                        extra.wait_into = None;
                        self.unblock(target, by);
                    }
                    // Its poll's `await` is where CancelledError reaches it: the spinner goes round to it.
                    TaskPhase::Blocked(BlockReason::AwaitingSpinWait) => self.wake_spinner(target, by),
                    TaskPhase::Blocked(reason) if !reason.holds_the_loop(&self.model.futures.asyncio) => {
                        self.withdraw_from_asyncio_wait(target, by, pc, reason)
                    }
                    TaskPhase::Live if target != by => D::on_cancel_sleep(self, target, by),
                    // A coroutine blocked on a threading primitive blocks its thread: Python cannot
                    // interrupt it either; it ends at its next `await`.
                    _ => {}
                }
                true
            }
            // `Future.cancel()` of a job cancelled before is True again; `Task.cancel()` of a done
            // coroutine is False.
            _ => !coroutine && self.state.world.futures.cancelled[target.index()],
        }
    }

    /// The coroutine task `waiter` awaits, when a cancel of `waiter` goes to it: CPython's `Task.cancel()`
    /// cancels the future the task waits on (`_fut_waiter`), and that is the awaited task itself for
    /// `await task` (a `result` without time-out) and the inner task for `asyncio.wait_for` (`await` with
    /// a time-out: 3.11's `wait_for`, cancelled, cancels its inner task and waits for it). A `result`
    /// with a time-out (`wait_for(shield(task), t)`) and a wait on a thread's job are cancelled alone.
    fn cancel_forwarded_to(&self, waiter: TaskId) -> Option<TaskId> {
        let TaskPhase::Blocked(BlockReason::Future(awaited)) = self.state.world.tasks[waiter.index()].phase else {
            return None;
        };
        if self.model.tasks[waiter.index()].kind != TaskKind::Coroutine
            || self.model.tasks[awaited.index()].kind != TaskKind::Coroutine
        {
            return None;
        }
        let pc = self.state.world.tasks[waiter.index()].pc.saturating_sub(1);
        let forwarded = match self.model.tasks[waiter.index()].program[pc as usize] {
            Instr::Result(wait) => self.model.futures.waits[wait.index()].patience.timeout_ns.is_none(),
            Instr::AwaitFuture(_) => true,
            _ => false,
        };
        // Tasks awaiting each other (a deadlock once the others end) take the cancel alone: CPython's
        // forwarding would recurse without end (RecursionError).
        (forwarded && !self.awaits_back(awaited, waiter)).then_some(awaited)
    }

    /// Whether the chain of tasks blocked awaiting one another from `from` reaches `waiter`.
    fn awaits_back(&self, from: TaskId, waiter: TaskId) -> bool {
        let mut current = from;
        for _ in 0..self.state.world.tasks.len() {
            if current == waiter {
                return true;
            }
            let TaskPhase::Blocked(BlockReason::Future(next)) = self.state.world.tasks[current.index()].phase else {
                return false;
            };
            current = next;
        }
        true
    }

    /// The cancel of `waiter`, blocked on coroutine `awaited`, goes to `awaited` (a write of it, as
    /// `cancel`'s). `await task` keeps waiting and takes what the task ends with: CancelledError when
    /// it ends cancelled, its value when it caught the CancelledError and returned (CPython leaves the
    /// waiter uncancelled then). `asyncio.wait_for` (`await` with a time-out) keeps waiting without its
    /// time-out, and raises CancelledError once the inner task has ended, however it ended (3.11's
    /// `_cancel_and_wait`, then `raise`). Whether `awaited` will not run to its end, as `cancel_instance`.
    fn forward_cancel(&mut self, by: TaskId, pc: u32, waiter: TaskId, awaited: TaskId) -> bool {
        debug_assert_eq!(
            self.state.world.tasks[waiter.index()].phase,
            TaskPhase::Blocked(BlockReason::Future(awaited)),
            "only a coroutine blocked on the task passes its cancel on"
        );
        self.ordered_after(waiter, by);
        self.access(by, pc, Object::Task(awaited), true);
        let waiter_pc = self.state.world.tasks[waiter.index()].pc.saturating_sub(1);
        let through_wait_for =
            matches!(self.model.tasks[waiter.index()].program[waiter_pc as usize], Instr::AwaitFuture(_));
        if through_wait_for {
            self.state.world.futures.cancel_pending[waiter.index()] = true;
            let extra = self.state.world.format11.task_mut(waiter);
            extra.timeout_ns = None;
            extra.wait_into = None;
        }
        // CPython's `wait_for`, cancelled, is woken first and cancels its task a pass later: a sleeper
        // reached this way is not queued at this cancel's turn (engine/loop_turns.rs).
        self.state.stepwise.cancel_passed_through_wait_for = through_wait_for;
        let cancelled = self.cancel_instance(by, pc, awaited);
        self.state.stepwise.cancel_passed_through_wait_for = false;
        cancelled
    }

    /// A coroutine cancelled while it awaits one of asyncio's own primitives leaves its waiters and ends
    /// there with CancelledError. A condition's waiter first takes the lock back (as
    /// `asyncio.Condition.wait` does before it raises): it waits for it if it is held, and ends when it
    /// has it.
    fn withdraw_from_asyncio_wait(&mut self, target: TaskId, by: TaskId, pc: u32, reason: BlockReason) {
        // Taking a waiter out of a primitive's queue changes who the primitive's next release or put
        // hands to: the cancel touches the primitive, and the search must order it against that hand-off.
        if let Some(object) = waited_object(reason) {
            self.access(by, pc, object, true);
        }
        if self.relocks_despite_cancel(target) || !self.leave_asyncio_wait(target, reason) {
            return;
        }
        self.unblock(target, by);
        // CancelledError is raised in the wait itself, at once.
        let wait_pc = self.state.world.tasks[target.index()].pc.saturating_sub(1);
        self.raise_cancelled(target, wait_pc);
    }

    /// A cancelled coroutine leaves the waiters of the asyncio primitive it waits on, with its time-out.
    /// False when it is a condition's waiter that must now wait for the condition's lock (blocked on it).
    pub(super) fn leave_asyncio_wait(&mut self, target: TaskId, reason: BlockReason) -> bool {
        let extra = self.state.world.format11.task_mut(target);
        extra.timeout_ns = None;
        extra.wait_into = None;
        let world = &mut self.state.world;
        match reason {
            BlockReason::Lock(lock) => world.locks[lock.index()].waiters.retain(|&t| t != target),
            BlockReason::Semaphore(semaphore) => {
                world.format11.semaphores[semaphore as usize].waiters.retain(|&t| t != target)
            }
            BlockReason::Event(event) => world.format11.events[event as usize].waiters.retain(|&t| t != target),
            BlockReason::Get(queue, _) => world.queues[queue.index()].getters.retain(|&t| t != target),
            BlockReason::Put(queue, _) => world.queues[queue.index()].putters.retain(|&t| t != target),
            BlockReason::Condition(condition) => {
                world.format11.conditions[condition as usize].waiters.retain(|&t| t != target);
                let lock = self.model.sync.conditions[condition as usize].lock;
                if !self.lock_is_free(lock) {
                    self.state.world.locks[lock.index()].waiters.push_back(target);
                    self.state.world.tasks[target.index()].phase = TaskPhase::Blocked(BlockReason::Lock(lock));
                    return false;
                }
                self.state.world.locks[lock.index()].holder = Some(target);
                self.lock_handed_to_waiter(lock);
                let saved = std::mem::take(&mut self.state.world.format11.task_mut(target).saved_depth);
                self.state.world.format11.lock_depth[lock.index()] = saved.max(1);
            }
            _ => {}
        }
        true
    }

    /// Writes `value` to a local or an element of a local array (IndexError when out of range).
    pub(super) fn write_place(&mut self, task: TaskId, pc: u32, place: Place, value: i64) -> bool {
        let local = match place.index {
            None => place.first,
            Some(index) => {
                let Some(index) = self.eval(task, pc, index) else { return false };
                let Some(position) = python_index(index, place.count as usize) else {
                    let fault = PythonFault::LocalIndex { task, first: place.first, count: place.count, index };
                    self.fail(Status::Fault, Some(task), Some(pc), Cause::Python(fault));
                    return false;
                };
                LocalId(place.first.0 + position as u32)
            }
        };
        self.state.world.tasks[task.index()].locals[local.index()] = value;
        true
    }

    /// The pool `task` runs on (`FuturesState::pool_of`).
    fn pool_of(&self, task: TaskId) -> Option<ExecutorId> {
        self.state.world.futures.pool_of(self.model, task)
    }

    /// How many workers a pool has: a loop's default executor has as many as the preset's
    /// `ThreadPoolExecutor()` (`min(32, cores + 4)` from 3.8), as asyncio's.
    fn pool_workers(&self, pool: ExecutorId) -> u32 {
        match self.model.futures.executors.get(pool.index()) {
            Some(definition) => definition.workers,
            None => self.model.futures.default_thread_pool.loop_executor_workers(self.model.machine.cores),
        }
    }

    /// A job about to start takes a free worker of its executor; `false` when none is free (it is
    /// queued, and starts when a worker frees). A task on no executor always starts.
    pub(super) fn take_worker(&mut self, task: TaskId) -> bool {
        let Some(executor) = self.pool_of(task) else { return true };
        // Which job gets the last free worker, and which one queues, depends on the order of the
        // steps that start them (two submits, a submit and a finishing job): they conflict.
        self.push_pool_access(task, executor, false);
        let workers = self.pool_workers(executor);
        let futures = &mut self.state.world.futures;
        let state = &mut futures.executors[executor.index()];
        if state.busy == workers {
            state.queue.push_back(task);
            futures.queued[task.index()] = true;
            return false;
        }
        // CPython's thread pool starts a new thread only when no worker is idle (`_idle_semaphore`);
        // weft's costs start one while the pool has fewer than `workers` (each pays its start once).
        let idle_worker = state.started > state.busy;
        state.busy += 1;
        let fresh = state.started < workers;
        futures.fresh_worker[task.index()] = fresh.then_some(state.started);
        state.started += u32::from(fresh);
        futures.queued[task.index()] = false;
        futures.holds_worker[task.index()] = true;
        self.begin_pick_up(task, !idle_worker);
        true
    }

    /// A finished (or killed) job's worker goes to the oldest queued job of its executor, which starts
    /// now: the worker runs it after the one before, so it is ordered after it. A job killed while
    /// queued just leaves the queue.
    pub(super) fn free_worker(&mut self, task: TaskId) {
        let Some(executor) = self.pool_of(task) else { return };
        self.end_pick_up(task);
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
        let idle = state.is_idle();
        let shutdown_ends = idle && state.shut_down;
        if idle {
            self.shut_down_after(executor, task);
        }
        if shutdown_ends {
            self.wake_all(task, |reason| reason == BlockReason::Shutdown(executor));
        }
        self.push_pool_access(task, executor, true);
        let state = &mut self.state.world.futures.executors[executor.index()];
        let Some(next) = state.queue.pop_front() else { return };
        self.state.world.futures.queued[next.index()] = false;
        if self.state.world.tasks[next.index()].phase != TaskPhase::WaitingForDependencies {
            return;
        }
        // The queued job starts in this step: a `cancel` of it before this step stops it, after it
        // does not (a running thread goes on), so the step writes the job as `cancel` does.
        if self.state.observers.record_accesses {
            let pc = self.state.world.tasks[next.index()].pc;
            self.state.observers.push_access(Access { task: next, pc, object: Object::Task(next), write: true });
        }
        self.ordered_after(next, task);
        self.state.world.futures.handed_over_ns[next.index()] = Some(D::task_now(self, task));
        self.start_task(next);
    }

    /// `task` gives back one of `executor`'s workers (`hands_over`) or takes a free one. Exploration
    /// counts both as writes of the pool (each changes who gets the next worker). The race analysis
    /// orders nothing by a job taking a free worker (as by a look at a lock): with more than one
    /// worker, a job that started after another finished could as well have run beside it.
    fn push_pool_access(&mut self, task: TaskId, executor: ExecutorId, hands_over: bool) {
        if self.state.observers.record_accesses {
            let pc = self.state.world.tasks[task.index()].pc;
            let access = Access { task, pc, object: Object::Executor(executor), write: hands_over };
            self.state.observers.push_access(access);
        }
    }

    /// A process pool that `finished` left idle shuts down after it (the end of the `with` that a map
    /// stands for: sentinels to the workers, the workers joined): the run ends no earlier than that.
    /// A later job of the same pool moves the shutdown after its own end.
    fn shut_down_after(&mut self, executor: ExecutorId, finished: TaskId) {
        if self.pool_kind(executor) != TaskKind::Process {
            return;
        }
        let shutdown_ns = self.model.machine.process_pool.shutdown_ns;
        if shutdown_ns == 0 {
            return;
        }
        let shut_down_ns = D::task_now(self, finished).saturating_add(shutdown_ns);
        let metrics = &mut self.state.observers.metrics;
        metrics.makespan_ns = metrics.makespan_ns.max(shut_down_ns);
        // Reports say why the run ends after its last task: no step of any task stands for the shutdown.
        metrics.pool_shutdown_end_ns = metrics.pool_shutdown_end_ns.max(shut_down_ns);
    }

    /// What a pool's workers are: a loop's default executor has threads.
    fn pool_kind(&self, pool: ExecutorId) -> TaskKind {
        self.model.futures.executors.get(pool.index()).map_or(TaskKind::Thread, |definition| definition.kind)
    }

    /// What starting a job costs: a new worker's start, and a process worker's pickling of the argument
    /// and the result. A process pool's job also pays its trip through the pool's queues, and a new
    /// process worker waits for the forks before its own (the submitting thread forks the workers one
    /// after the other, CPython's `_launch_processes`). `None` for a task on no executor.
    pub(super) fn job_start_cost(&self, task: TaskId) -> Option<Nanos> {
        let executor = self.pool_of(task)?;
        let machine = &self.model.machine;
        let kind = self.pool_kind(executor);
        let ipc_cost_ns =
            self.model.futures.executors.get(executor.index()).map_or(0, |definition| definition.ipc_cost_ns);
        let (worker_start, forks_per_worker, pickles, handoff) = match kind {
            TaskKind::Process => {
                (machine.process_spawn_ns, machine.process_pool.fork_ns, true, machine.process_pool.handoff_ns)
            }
            TaskKind::Interpreter => (machine.interpreter_spawn_ns, 0, true, 0),
            TaskKind::Thread | TaskKind::Coroutine => (machine.thread_spawn_ns, 0, false, 0),
        };
        let start = match self.state.world.futures.fresh_worker[task.index()] {
            Some(order) => forks_per_worker.saturating_mul(Nanos::from(order) + 1).saturating_add(worker_start),
            None => 0,
        };
        let arguments_and_result = if pickles { 2 * ipc_cost_ns } else { 0 };
        Some(start.saturating_add(handoff).saturating_add(arguments_and_result))
    }
}

/// The primitive whose queue of waiters a task blocked for `reason` stands in, as the search's
/// dependence names it.
fn waited_object(reason: BlockReason) -> Option<Object> {
    match reason {
        BlockReason::Lock(lock) => Some(Object::Lock(lock)),
        BlockReason::Semaphore(semaphore) => Some(Object::Semaphore(semaphore)),
        BlockReason::Event(event) => Some(Object::Event(event)),
        BlockReason::Get(queue, _) | BlockReason::Put(queue, _) => Some(Object::Queue(queue)),
        BlockReason::Condition(condition) => Some(Object::Condition(condition)),
        _ => None,
    }
}
