//! The meaning of every step, shared by both drivers and generic over them: it names no driver, and
//! reaches whoever orders the steps only through the [`Driver`] hooks (start, unblock, kill, the
//! task's present). A step either completes at once, starts timed work, or blocks; a blocked step is
//! completed later by the task that unblocks it (a lock is handed to the first waiter, an item to the
//! first getter), which then wakes the waiter through its driver.

use super::driver::Driver;
use super::run::Run;
use super::state::*;
use crate::access::{Access, Object};
use crate::expr::{Operands, evaluate};
use crate::limits;
use crate::model::*;
use crate::outcome::{Cause, PythonFault, Status};
use crate::trace::TraceKind;

/// What a step asks of its driver.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Done; the next step may follow at once.
    Instant,
    /// Needs a core for this long (and the GIL when the kind needs it).
    Work(WorkKind, Nanos),
    /// A blocking system call of a thread (for a coroutine: its whole loop).
    Io(Nanos),
    /// A coroutine suspends for this long.
    Await(Nanos),
    Yield,
    /// Parked in a wait list; whoever unblocks it completes the step.
    Blocked,
    /// The run ended (fault, failed assertion).
    Stop,
}

struct TaskOperands<'a> {
    locals: &'a [i64],
    tuples: &'a crate::expr::RunValues,
}

impl Operands for TaskOperands<'_> {
    fn local(&self, local: LocalId) -> i64 {
        self.locals[local.index()]
    }
    fn shared(&self, _: ProcessId, _: VarId) -> i64 {
        unreachable!("shared reads are hoisted into steps at load time")
    }
    fn queue_len(&self, _: QueueId) -> i64 {
        unreachable!("queue lengths are hoisted into steps at load time")
    }
    fn run_values(&self) -> Option<&crate::expr::RunValues> {
        Some(self.tuples)
    }
}

impl<D: Driver> Run<'_, '_, D> {
    /// `spawn` or `submit` of `target` by `task`: the target is ordered after the step that made it and
    /// starts at once unless it still waits for an `after` dependency.
    pub(super) fn launch(&mut self, target: TaskId, task: TaskId) {
        self.state.world.tasks[target.index()].phase = TaskPhase::WaitingForDependencies;
        if !self.model.tasks[target.index()].daemon {
            self.state.world.non_daemon_left += 1;
        }
        self.ordered_after(target, task);
        if self.state.world.tasks[target.index()].dependencies_left == 0 {
            self.start_task(target);
        }
    }

    /// Runs repeat bookkeeping up to the next step. `None` when the program has ended. Always inlined:
    /// both drivers call it at every step, and its common cases are a few loads.
    #[inline(always)]
    pub fn next_step(&mut self, task: TaskId) -> Option<u32> {
        let program = &self.model.tasks[task.index()].program;
        let state = &mut self.state.world.tasks[task.index()];
        let instruction = program.get(state.pc as usize)?;
        // Two steps in three of a loop body follow a step: no bookkeeping, and no call of the loop.
        if instruction.is_step() {
            return Some(state.pc);
        }
        // An iteration's end and the next iteration's test (at the loop's `top`), the bookkeeping
        // between two iterations of a repeat, inline.
        if let Instr::RepeatNext { top, .. } = *instruction {
            run_bookkeeping(instruction, state);
            if program.get(top as usize).is_some_and(|test| run_bookkeeping(test, state))
                && program.get(state.pc as usize).is_some_and(Instr::is_step)
            {
                return Some(state.pc);
            }
        }
        self.next_step_after_bookkeeping(task)
    }

    #[inline(never)]
    fn next_step_after_bookkeeping(&mut self, task: TaskId) -> Option<u32> {
        let program = &self.model.tasks[task.index()].program;
        let state = &mut self.state.world.tasks[task.index()];
        let stack = &mut self.state.scratch.operand_stack;
        loop {
            let instruction = program.get(state.pc as usize)?;
            if run_bookkeeping(instruction, state) {
                continue;
            }
            match *instruction {
                Instr::Branch { .. } | Instr::Compute { .. } => {
                    let tuples = &self.state.world.run_values;
                    if !super::control::between_steps(self.model, task, state, tuples, stack) {
                        return Some(state.pc);
                    }
                }
                _ => return Some(state.pc),
            }
        }
    }

    #[inline]
    pub(super) fn eval(&mut self, task: TaskId, pc: u32, expr: ExprId) -> Option<i64> {
        let definition = &self.model.tasks[task.index()];
        let world = &self.state.world;
        let operands = TaskOperands { locals: &world.tasks[task.index()].locals, tuples: &world.run_values };
        match evaluate(&definition.exprs[expr.index()], &operands, &mut self.state.scratch.operand_stack) {
            Ok(value) => Some(value),
            Err(error) => {
                self.eval_failed(task, pc, expr, error);
                None
            }
        }
    }

    #[cold]
    #[inline(never)]
    pub(super) fn eval_failed(&mut self, task: TaskId, pc: u32, expr: ExprId, error: crate::expr::EvalError) {
        self.fail(Status::Fault, Some(task), Some(pc), Cause::Eval { expr, error });
    }

    /// Reports what a step touches: to spin-wait detection, and to the access log and the race
    /// detector while they take accesses (`Observers::record_accesses`, false once
    /// `limits::MAX_ACCESSES` were reported: then every step's report is one test).
    #[inline]
    pub(super) fn access(&mut self, task: TaskId, pc: u32, object: Object, write: bool) {
        self.note_access(task, object, write);
        if self.state.observers.record_accesses {
            self.state.observers.push_access(Access { task, pc, object, write });
        }
    }

    /// `task` continues because of `by` (a hand-off, a finished dependency, a spawn): an order that
    /// happens-before analysis must see.
    pub(super) fn ordered_after(&mut self, task: TaskId, by: TaskId) {
        if self.state.observers.record_accesses && task != by {
            let pc = self.state.world.tasks[task.index()].pc;
            self.state.observers.push_access(Access { task, pc, object: Object::WokenBy(by), write: false });
        }
    }

    /// `task`, which could step, raises CancelledError at its next step because `by` cancelled it: an
    /// order for happens-before analysis, not a wake for exploration (`Object::CancelledBy`).
    pub(super) fn cancelled_by(&mut self, task: TaskId, by: TaskId) {
        if self.state.observers.record_accesses && task != by {
            let pc = self.state.world.tasks[task.index()].pc;
            self.state.observers.push_access(Access { task, pc, object: Object::CancelledBy(by), write: false });
        }
    }

    /// Executes the step at `pc`, which `next_step` returned for this task, advancing the pc. The steps
    /// of a hot loop (`cpu`, a shared read, a shared write) of a model with no hook around its steps
    /// (`Run::plain_steps`) are done here, inlined into the driver's loop; every other step out of line.
    #[inline]
    pub fn execute(&mut self, task: TaskId, pc: u32) -> Effect {
        if self.plain_steps {
            let definition = &self.model.tasks[task.index()];
            match definition.program[pc as usize] {
                Instr::Cpu(duration) => {
                    self.begin_step(task, pc);
                    return Effect::Work(WorkKind::Cpu, self.work_step(task, pc, duration));
                }
                Instr::ReadShared { var, into } => {
                    self.begin_step(task, pc);
                    return self.read_shared(task, pc, definition.process, var, into);
                }
                Instr::SetShared { var, expr } => {
                    self.begin_step(task, pc);
                    return self.set_shared(task, pc, definition.process, var, expr);
                }
                _ => {}
            }
        }
        self.execute_any(task, pc)
    }

    /// The step's pc moves past it and it counts for its task.
    #[inline(always)]
    fn begin_step(&mut self, task: TaskId, pc: u32) {
        let state = &mut self.state.world.tasks[task.index()];
        debug_assert_eq!(state.pc, pc);
        state.pc = pc + 1;
        state.steps += 1;
    }

    /// A step that takes time (`cpu`, `native`, `io`, `await`): recorded, and its duration with jitter.
    #[inline(always)]
    fn work_step(&mut self, task: TaskId, pc: u32, duration: Nanos) -> Nanos {
        self.record(task, pc, TraceKind::Step, 0);
        self.access(task, pc, Object::None, false);
        self.jitter(duration)
    }

    /// The duration of `io: { ms: "EXPR" }`: `length` times `unit_ns`, or a fault (as Python's
    /// `time.sleep` raises) when it is negative, None, or longer than `limits::MAX_DURATION_NS`. With
    /// `negative_is_zero` (`await:`), a negative length is no wait at all, as `asyncio.sleep` takes it.
    fn computed_duration(
        &mut self,
        task: TaskId,
        pc: u32,
        length: ExprId,
        unit_ns: Nanos,
        negative_is_zero: bool,
    ) -> Option<Nanos> {
        debug_assert!(unit_ns > 0, "a unit is one of ns, us, ms, s");
        let value = self.eval(task, pc, length)?;
        if crate::expr::is_float(value) {
            return self.float_duration(task, pc, value, unit_ns, negative_is_zero);
        }
        let value = if negative_is_zero && crate::expr::is_integer(value) { value.max(0) } else { value };
        let duration = u64::try_from(value)
            .ok()
            .and_then(|count| count.checked_mul(unit_ns))
            .filter(|&duration| duration <= limits::MAX_DURATION_NS);
        if duration.is_none() {
            let fault = PythonFault::SleepLength { value, unit_ns };
            self.fail(Status::Fault, Some(task), Some(pc), Cause::Python(fault));
        }
        duration
    }

    /// The duration of a sleep whose length is a float (`crate::floats::seconds_to_nanos`, CPython's
    /// rounding), in seconds only; a negative float is no wait for `await:` as for an integer.
    #[cold]
    fn float_duration(
        &mut self,
        task: TaskId,
        pc: u32,
        value: i64,
        unit_ns: Nanos,
        negative_is_zero: bool,
    ) -> Option<Nanos> {
        let seconds = self.state.world.run_values.floats.get(value).unwrap_or(f64::NAN);
        let seconds = if negative_is_zero && seconds < 0.0 { 0.0 } else { seconds };
        let duration = (unit_ns == crate::floats::NANOS_PER_SECOND)
            .then(|| crate::floats::seconds_to_nanos(seconds, limits::MAX_DURATION_NS))
            .flatten();
        if duration.is_none() {
            let fault = PythonFault::FloatSleepLength { bits: seconds.to_bits(), unit_ns };
            self.fail(Status::Fault, Some(task), Some(pc), Cause::Python(fault));
        }
        duration
    }

    #[inline(always)]
    fn read_shared(&mut self, task: TaskId, pc: u32, process: ProcessId, var: VarId, into: LocalId) -> Effect {
        let value = self.state.world.processes[process.index()].shared[var.index()];
        self.state.world.tasks[task.index()].locals[into.index()] = value;
        self.record(task, pc, TraceKind::Step, value);
        self.access(task, pc, Object::Shared(process, var), false);
        Effect::Instant
    }

    #[inline(always)]
    pub(super) fn set_shared(&mut self, task: TaskId, pc: u32, process: ProcessId, var: VarId, expr: ExprId) -> Effect {
        let Some(value) = self.eval(task, pc, expr) else {
            return Effect::Stop;
        };
        self.state.world.processes[process.index()].shared[var.index()] = value;
        self.record(task, pc, TraceKind::Step, value);
        self.access(task, pc, Object::Shared(process, var), true);
        Effect::Instant
    }

    /// Any step, with the hooks of format 1.1 around it. A step that faulted inside a `try` whose handler
    /// caught the fault (the run did not end) is an instant step: the task goes on at the handler.
    #[inline(never)]
    fn execute_any(&mut self, task: TaskId, pc: u32) -> Effect {
        match self.execute_step(task, pc) {
            Effect::Stop if !self.ended() => Effect::Instant,
            effect => effect,
        }
    }

    fn execute_step(&mut self, task: TaskId, pc: u32) -> Effect {
        let definition = &self.model.tasks[task.index()];
        let process = definition.process;
        let instruction = definition.program[pc as usize];
        self.begin_step(task, pc);
        self.runs_after_handoff(task, pc);
        if self.uses_part_two
            && let Some(effect) = self.before_part_two_step(task, pc, instruction)
        {
            return effect;
        }
        self.note_step(task, pc, &instruction);
        match instruction {
            Instr::Cpu(d) | Instr::Native(d) | Instr::Io(d) | Instr::Await(d) => {
                let d = self.work_step(task, pc, d);
                match instruction {
                    Instr::Cpu(_) => Effect::Work(WorkKind::Cpu, d),
                    Instr::Native(_) => Effect::Work(WorkKind::Native, d),
                    Instr::Io(_) => Effect::Io(d),
                    _ => Effect::Await(d),
                }
            }
            Instr::IoFor { length, unit_ns } | Instr::AwaitFor { length, unit_ns } => {
                let awaits = matches!(instruction, Instr::AwaitFor { .. });
                let Some(d) = self.computed_duration(task, pc, length, unit_ns, awaits) else {
                    return Effect::Stop;
                };
                let d = self.work_step(task, pc, d);
                if awaits { Effect::Await(d) } else { Effect::Io(d) }
            }
            Instr::Yield => {
                self.record(task, pc, TraceKind::Step, 0);
                self.access(task, pc, Object::None, false);
                Effect::Yield
            }
            Instr::ReadShared { var, into } => self.read_shared(task, pc, process, var, into),
            Instr::ReadSharedMemory { var, into } => self.read_shared(task, pc, MAIN_PROCESS, var, into),
            Instr::ReadQueueLen { queue, into } => {
                let value = self.state.world.queues[queue.index()].items.len() as i64;
                self.state.world.tasks[task.index()].locals[into.index()] = value;
                self.record(task, pc, TraceKind::Step, value);
                self.access(task, pc, Object::Queue(queue), false);
                Effect::Instant
            }
            Instr::Let { local, expr } => {
                let Some(value) = self.eval(task, pc, expr) else {
                    return Effect::Stop;
                };
                self.state.world.tasks[task.index()].locals[local.index()] = value;
                self.record(task, pc, TraceKind::Step, value);
                self.access(task, pc, Object::None, false);
                Effect::Instant
            }
            Instr::Choose { local, first, count } => {
                let Some(index) = self.choose_value(task, count as usize) else {
                    // The scheduler ended the run (a token that does not fit), as at any other choice.
                    self.end(Status::Fault);
                    return Effect::Stop;
                };
                let value = self.model.choice_values[first as usize + index];
                self.state.world.tasks[task.index()].locals[local.index()] = value;
                self.record(task, pc, TraceKind::Step, value);
                self.access(task, pc, Object::None, false);
                Effect::Instant
            }
            Instr::LetElement { place, expr } => {
                let Some(value) = self.eval(task, pc, expr) else {
                    return Effect::Stop;
                };
                if !self.write_place(task, pc, place, value) {
                    return Effect::Stop;
                }
                self.record(task, pc, TraceKind::Step, value);
                self.access(task, pc, Object::None, false);
                Effect::Instant
            }
            Instr::SetShared { var, expr } => self.set_shared_noting_change(task, pc, process, var, expr),
            Instr::SetSharedMemory { var, expr } => self.set_shared_noting_change(task, pc, MAIN_PROCESS, var, expr),
            Instr::Assert { expr } => {
                let Some(value) = self.eval(task, pc, expr) else {
                    return Effect::Stop;
                };
                self.record(task, pc, TraceKind::Step, value);
                self.access(task, pc, Object::None, false);
                let truth = crate::expr::truth(value, Some(&self.state.world.run_values));
                let Ok(truth) = truth.map_err(|error| self.eval_failed(task, pc, expr, error)) else {
                    return Effect::Stop;
                };
                if !truth {
                    self.fail(Status::AssertionFailed, Some(task), Some(pc), Cause::Assertion { expr });
                    return Effect::Stop;
                }
                Effect::Instant
            }
            Instr::Lock(lock) if self.is_reentrant(lock) => self.take_lock(task, pc, lock, Patience::default()),
            Instr::Lock(lock) => {
                self.access(task, pc, Object::Lock(lock), true);
                let free = self.lock_is_free(lock);
                let state = &mut self.state.world.locks[lock.index()];
                if free {
                    state.holder = Some(task);
                    self.record(task, pc, TraceKind::Step, 0);
                    Effect::Instant
                } else {
                    state.waiters.push_back(task);
                    self.record(task, pc, TraceKind::Blocks, 0);
                    self.block(task, BlockReason::Lock(lock));
                    Effect::Blocked
                }
            }
            Instr::Unlock(lock) => self.release_lock(task, pc, lock),
            Instr::Put { queue, expr } => {
                let patience = self.model.sync.put_patience(task, pc);
                let Some(value) = self.eval(task, pc, expr) else {
                    return Effect::Stop;
                };
                self.access(task, pc, Object::Queue(queue), true);
                let definition = &self.model.queues[queue.index()];
                let full = definition.capacity > 0
                    && self.state.world.queues[queue.index()].items.len() >= definition.capacity as usize;
                if full {
                    return self.put_waits(task, pc, queue, value, patience);
                }
                if let Some(ok) = patience.into {
                    self.state.world.tasks[task.index()].locals[ok.index()] = 1;
                }
                if patience.timeout_ns.is_some() {
                    self.attempted(task, Object::Queue(queue), true);
                }
                self.record(task, pc, TraceKind::Step, value);
                if !self.put_item(task, pc, queue, value) {
                    return Effect::Stop;
                }
                self.pickle_cost(queue)
            }
            Instr::Get { queue, into } => self.get(task, pc, queue, into, Patience::default()),
            Instr::TaskDone(queue) => {
                self.access(task, pc, Object::Queue(queue), true);
                let state = &mut self.state.world.queues[queue.index()];
                if state.unfinished == 0 {
                    self.fail(Status::Fault, Some(task), Some(pc), Cause::TaskDoneTooOften { queue });
                    return Effect::Stop;
                }
                state.unfinished -= 1;
                let all_done = state.unfinished == 0;
                self.record(task, pc, TraceKind::Step, 0);
                if all_done {
                    self.wake_all(task, |reason| reason == BlockReason::JoinQueue(queue));
                }
                Effect::Instant
            }
            Instr::JoinQueue(queue) => {
                self.access(task, pc, Object::Queue(queue), false);
                if self.state.world.queues[queue.index()].unfinished == 0 {
                    self.record(task, pc, TraceKind::Step, 0);
                    return Effect::Instant;
                }
                self.record(task, pc, TraceKind::Blocks, 0);
                self.block(task, BlockReason::JoinQueue(queue));
                Effect::Blocked
            }
            Instr::Spawn(range) => {
                for target in range.iter() {
                    self.access(task, pc, Object::Task(target), true);
                }
                self.record(task, pc, TraceKind::Step, 0);
                for target in range.iter() {
                    if self.state.world.tasks[target.index()].phase != TaskPhase::NotSpawned {
                        self.fail(Status::Fault, Some(task), Some(pc), Cause::SpawnedTwice { target });
                        return Effect::Stop;
                    }
                    self.launch(target, task);
                }
                if self.waits_for_thread_start(task, range) {
                    return Effect::Blocked;
                }
                Effect::Instant
            }
            Instr::Join(range) => {
                for target in range.iter() {
                    self.access(task, pc, Object::Task(target), false);
                }
                if self.range_done(range) {
                    self.record(task, pc, TraceKind::Step, 0);
                    return Effect::Instant;
                }
                self.record(task, pc, TraceKind::Blocks, 0);
                self.block(task, BlockReason::Join(range));
                Effect::Blocked
            }
            Instr::Barrier(barrier) => self.barrier_wait(task, pc, barrier, None),
            Instr::Kill(range) => {
                for target in range.iter() {
                    self.access(task, pc, Object::Task(target), true);
                }
                self.record(task, pc, TraceKind::Step, 0);
                assert!(range.iter().all(|t| t != task), "the loader rejects a task that kills itself");
                for target in range.iter() {
                    self.kill(target);
                }
                Effect::Instant
            }
            Instr::RepeatEnter { .. }
            | Instr::RepeatTest { .. }
            | Instr::RepeatNext { .. }
            | Instr::RepeatRestore { .. }
            | Instr::Jump { .. } => {
                unreachable!("next_step skips repeat bookkeeping and jumps")
            }
            Instr::Submit(_)
            | Instr::Result(_)
            | Instr::AwaitFuture(_)
            | Instr::Cancel { .. }
            | Instr::FutureState { .. }
            | Instr::Shutdown { .. }
            | Instr::Raise { .. }
            | Instr::RaiseValue { .. }
            | Instr::Reraise { .. } => self.execute_futures(task, pc, instruction),
            _ => self.execute_format11(task, pc, instruction),
        }
    }

    /// `get`, and `get` with a time-out (`patience`): the oldest item into `into` (and 1 into
    /// `patience.into`), else the task waits among the queue's getters until a `put` hands it one or
    /// its time-out gives up (`timeout: 0ns`: at once, as `get_nowait()` raising queue.Empty).
    pub(super) fn get(&mut self, task: TaskId, pc: u32, queue: QueueId, into: LocalId, patience: Patience) -> Effect {
        let empty = self.state.world.queues[queue.index()].items.is_empty();
        if empty && patience.timeout_ns == Some(0) {
            // A failed try takes nothing: a read of the queue, as a failed `acquire(blocking=False)`.
            self.access(task, pc, Object::Queue(queue), false);
            let Some(ok) = patience.into else {
                self.fail(Status::Fault, Some(task), Some(pc), Cause::Python(PythonFault::QueueEmpty { queue }));
                return Effect::Stop;
            };
            self.state.world.tasks[task.index()].locals[ok.index()] = 0;
            // A step of its own (a time-out that waited is not: the waiter's give-up counts no step).
            self.record(task, pc, TraceKind::Step, 0);
            return Effect::Instant;
        }
        self.access(task, pc, Object::Queue(queue), true);
        match self.take_item(task, pc, queue) {
            Err(fault) => {
                self.fail(Status::Fault, Some(task), Some(pc), Cause::Python(fault));
                Effect::Stop
            }
            Ok(Some(item)) => {
                self.state.world.tasks[task.index()].locals[into.index()] = item.value;
                if let Some(ok) = patience.into {
                    self.state.world.tasks[task.index()].locals[ok.index()] = 1;
                }
                if patience.timeout_ns.is_some() {
                    self.attempted(task, Object::Queue(queue), true);
                }
                self.record(task, pc, TraceKind::Step, item.value);
                self.admit_putter(queue, task);
                self.item_arrives(item, task)
            }
            Ok(None) => {
                self.state.world.queues[queue.index()].getters.push_back(task);
                if patience.timeout_ns.is_some() {
                    return self.wait(task, pc, patience, BlockReason::Get(queue, into));
                }
                self.record(task, pc, TraceKind::Blocks, 0);
                self.block(task, BlockReason::Get(queue, into));
                Effect::Blocked
            }
        }
    }

    /// A `put` that finds its bounded queue full waits among its putters, at most `patience.timeout_ns`
    /// (`0ns`: gives up at once, `put_nowait()` raising queue.Full: 0 into `patience.into`, or without it
    /// a fault).
    fn put_waits(&mut self, task: TaskId, pc: u32, queue: QueueId, value: i64, patience: Patience) -> Effect {
        if patience.timeout_ns == Some(0) {
            let Some(ok) = patience.into else {
                self.fail(Status::Fault, Some(task), Some(pc), Cause::Python(PythonFault::QueueFull { queue }));
                return Effect::Stop;
            };
            self.state.world.tasks[task.index()].locals[ok.index()] = 0;
            self.attempted(task, Object::Queue(queue), false);
            self.record(task, pc, TraceKind::Step, 0);
            return Effect::Instant;
        }
        self.state.world.queues[queue.index()].putters.push_back(task);
        if patience.timeout_ns.is_some() {
            return self.wait(task, pc, patience, BlockReason::Put(queue, value));
        }
        self.record(task, pc, TraceKind::Blocks, value);
        self.block(task, BlockReason::Put(queue, value));
        Effect::Blocked
    }

    /// The effect of taking `item`: an item from another machine arrives after the network latency.
    pub(super) fn item_arrives(&mut self, item: QueuedItem, getter: TaskId) -> Effect {
        match self.network_delay(item, getter) {
            0 => Effect::Instant,
            delay if self.model.tasks[getter.index()].kind == TaskKind::Coroutine => Effect::Await(delay),
            delay => Effect::Io(delay),
        }
    }

    pub(super) fn pickle_cost(&mut self, queue: QueueId) -> Effect {
        let definition = &self.model.queues[queue.index()];
        if definition.crosses_processes && definition.ipc_cost_ns > 0 {
            let cost = self.jitter(definition.ipc_cost_ns);
            Effect::Work(WorkKind::Pickle, cost)
        } else {
            Effect::Instant
        }
    }

    /// Appends an item, or hands it straight to the first waiting getter (a threading FIFO queue; the
    /// others wake their getter to contend, `queue_order.rs`).
    fn put_item(&mut self, task: TaskId, pc: u32, queue: QueueId, value: i64) -> bool {
        if !self.hands_over(queue) {
            return self.put_ordered(task, pc, queue, value);
        }
        self.state.world.queues[queue.index()].unfinished += 1;
        let item = QueuedItem { value, machine: self.machine_of_task(task), at_ns: self.task_now(task) };
        let state = &mut self.state.world.queues[queue.index()];
        if let Some(getter) = state.getters.pop_front() {
            self.hand_to_getter(queue, getter, item, task);
            return true;
        }
        if self.state.world.queued_items >= limits::MAX_QUEUE_ITEMS {
            self.fail(Status::Fault, Some(task), Some(pc), Cause::QueueOverflow { queue });
            return false;
        }
        self.state.world.queues[queue.index()].items.push_back(item);
        self.state.world.queued_items += 1;
        true
    }

    /// A threading FIFO queue's item goes straight to `getter`, the oldest waiting one, which wakes.
    fn hand_to_getter(&mut self, queue: QueueId, getter: TaskId, item: QueuedItem, waker: TaskId) {
        debug_assert!(self.hands_over(queue), "asyncio's queues wake their getters to contend");
        if let TaskPhase::Blocked(BlockReason::Get(_, into)) = self.state.world.tasks[getter.index()].phase {
            self.state.world.tasks[getter.index()].locals[into.index()] = item.value;
        }
        self.got_while_waiting(getter);
        let delay = self.network_delay(item, getter);
        self.state.world.tasks[getter.index()].network_delay_ns = delay;
        self.unblock(getter, waker);
    }

    /// The machine a task runs on (its process's; the head machine until an `auto` process is placed).
    pub fn machine_of_task(&self, task: TaskId) -> u32 {
        self.state.world.process_machine[self.model.tasks[task.index()].process.index()].unwrap_or(0)
    }

    /// The task's present, as its driver keeps it.
    pub(super) fn task_now(&self, task: TaskId) -> Nanos {
        D::task_now(self, task)
    }

    /// How long `getter` waits for `item` to cross the network: until the item has travelled the latency,
    /// plus the per-item cost; nothing on the same machine.
    fn network_delay(&mut self, item: QueuedItem, getter: TaskId) -> Nanos {
        if item.machine == self.machine_of_task(getter) {
            return 0;
        }
        let network = self.model.network;
        let arrives = item.at_ns + network.latency_ns;
        let delay = arrives.saturating_sub(self.task_now(getter)) + network.ipc_cost_ns;
        self.state.observers.metrics.network_ns += delay;
        delay
    }

    /// After a `get` made room in a bounded queue, the first blocked putter's item goes in (a threading
    /// FIFO queue; the others wake their putter to contend, `queue_order.rs`).
    fn admit_putter(&mut self, queue: QueueId, getter: TaskId) {
        if !self.hands_over(queue) {
            self.wake_putter(queue, getter);
            return;
        }
        let Some(putter) = self.state.world.queues[queue.index()].putters.pop_front() else {
            return;
        };
        if let TaskPhase::Blocked(BlockReason::Put(_, value)) = self.state.world.tasks[putter.index()].phase {
            let item = QueuedItem { value, machine: self.machine_of_task(putter), at_ns: self.task_now(putter) };
            self.state.world.queues[queue.index()].items.push_back(item);
            self.state.world.queued_items += 1;
            self.state.world.queues[queue.index()].unfinished += 1;
        }
        // A `put` with a time-out that was waiting got in: 1 into its `into_ok`, and it no longer gives up.
        self.got_while_waiting(putter);
        self.unblock(putter, getter);
    }

    fn range_done(&self, range: TaskRange) -> bool {
        range.iter().all(|t| matches!(self.state.world.tasks[t.index()].phase, TaskPhase::Finished | TaskPhase::Killed))
    }

    pub(super) fn block(&mut self, task: TaskId, reason: BlockReason) {
        let state = &mut self.state.world.tasks[task.index()];
        state.phase = TaskPhase::Blocked(reason);
        state.blocked_since_ns = self.state.progress.now_ns;
    }

    /// Completes a blocked task's step and hands it back to its driver.
    pub fn unblock(&mut self, task: TaskId, waker: TaskId) {
        let state = &mut self.state.world.tasks[task.index()];
        if !matches!(state.phase, TaskPhase::Blocked(_)) {
            return;
        }
        // An exploring run orders steps, not times: the waker's step may come earlier in time than the
        // block. A task never wakes before it blocked.
        let woken_at = self.state.progress.now_ns.max(state.blocked_since_ns);
        // The OS's wake-up of a thread sleeping on the primitive is time the task still sits blocked.
        let latency = self.wakeup_latency_ns(task);
        let state = &mut self.state.world.tasks[task.index()];
        state.blocked_ns += woken_at - state.blocked_since_ns + latency;
        state.phase = TaskPhase::Live;
        let pc = state.pc.saturating_sub(1);
        self.record_at(woken_at, task, pc, TraceKind::Wakes, i64::from(waker.0));
        self.ordered_after(task, waker);
        D::on_unblock(self, task, waker);
    }

    /// How long after its wake a task woken through a threading primitive runs: its process's
    /// `wakeup_latency_ns` for a thread or a process; a coroutine is resumed by its loop, not the OS.
    pub fn wakeup_latency_ns(&self, task: TaskId) -> Nanos {
        let definition = &self.model.tasks[task.index()];
        if definition.kind == TaskKind::Coroutine {
            return 0;
        }
        self.model.processes[definition.process.index()].gil.wakeup_latency_ns
    }

    pub(super) fn wake_all(&mut self, waker: TaskId, matches: impl Fn(BlockReason) -> bool) {
        for index in 0..self.state.world.tasks.len() {
            if let TaskPhase::Blocked(reason) = self.state.world.tasks[index].phase
                && matches(reason)
            {
                self.unblock(TaskId::from_index(index), waker);
            }
        }
    }

    /// A task's dependencies are met (or it was spawned): it starts, paying its spawn cost.
    pub fn start_task(&mut self, task: TaskId) {
        let state = &mut self.state.world.tasks[task.index()];
        assert_eq!(state.phase, TaskPhase::WaitingForDependencies);
        assert_eq!(state.dependencies_left, 0);
        if self.uses_part_two && !self.take_worker(task) {
            return;
        }
        let state = &mut self.state.world.tasks[task.index()];
        state.phase = TaskPhase::Live;
        D::on_start(self, task);
    }

    #[inline]
    pub fn spawn_cost(&self, task: TaskId) -> Nanos {
        // Only part two of format 1.1 has jobs of executors (and writes the futures state they read).
        if self.uses_part_two
            && let Some(cost) = self.job_start_cost(task)
        {
            return cost;
        }
        let machine = &self.model.machine;
        match self.model.tasks[task.index()].kind {
            TaskKind::Thread => machine.thread_spawn_ns,
            TaskKind::Process => machine.process_spawn_ns,
            TaskKind::Interpreter => machine.interpreter_spawn_ns,
            TaskKind::Coroutine => 0,
        }
    }

    /// The task ran off the end of its program (or was killed): wake joiners and dependents. Inlined
    /// into its callers (a finish of each driver, a kill): a small program's run has a finish per task,
    /// and the call was a second prologue and epilogue on top of the driver's own.
    #[inline]
    pub fn finish_task(&mut self, task: TaskId, phase: TaskPhase) {
        let now = self.state.progress.now_ns;
        let finished_ns = self.task_now(task);
        let end_pc = self.state.world.tasks[task.index()].pc;
        self.runs_after_handoff(task, end_pc);
        if self.uses_part_two && matches!(phase, TaskPhase::Finished) {
            self.end_cancelled_coroutine(task);
        }
        let state = &mut self.state.world.tasks[task.index()];
        assert!(!matches!(state.phase, TaskPhase::Finished | TaskPhase::Killed));
        // A task killed before anyone spawned it was never counted among the tasks left to finish.
        // `matches!` rather than the derived `!=`, which is a call on every finish.
        let counted = !matches!(state.phase, TaskPhase::NotSpawned);
        state.phase = phase;
        state.finished_ns = Some(finished_ns);
        if matches!(phase, TaskPhase::Finished) {
            let pc = state.pc;
            self.record(task, pc, TraceKind::Finishes, 0);
            // Finishing releases joiners and dependents, and the last non-daemon to finish ends the
            // run for every daemon: exploration and happens-before both need to see it.
            if self.state.observers.record_accesses {
                self.state.observers.push_access(Access { task, pc, object: Object::Task(task), write: true });
            }
        }
        if counted && !self.model.tasks[task.index()].daemon {
            self.state.world.non_daemon_left -= 1;
        }
        let finished = self.state.world.tasks[task.index()].finished_ns.unwrap_or(now);
        self.state.observers.metrics.makespan_ns = self.state.observers.metrics.makespan_ns.max(finished);
        if self.state.world.model_has_joins {
            self.wake_joiners(task);
        }
        if self.uses_part_two {
            self.wake_future_waiters(task);
            self.free_worker(task);
        }
        for position in 0..self.state.world.dependents[task.index()].len() {
            let dependent = self.state.world.dependents[task.index()][position];
            self.ordered_after(dependent, task);
            let state = &mut self.state.world.tasks[dependent.index()];
            state.dependencies_left -= 1;
            if state.dependencies_left == 0 && matches!(state.phase, TaskPhase::WaitingForDependencies) {
                self.start_task(dependent);
            }
        }
        if self.state.world.non_daemon_left == 0 {
            self.end(Status::Ok);
        }
    }

    /// Wakes every task blocked in a `join` whose tasks are now all done, `task` having just finished.
    fn wake_joiners(&mut self, task: TaskId) {
        for index in 0..self.state.world.tasks.len() {
            if let TaskPhase::Blocked(BlockReason::Join(range)) = self.state.world.tasks[index].phase
                && self.range_done(range)
            {
                self.unblock(TaskId::from_index(index), task);
            }
        }
    }

    fn kill(&mut self, target: TaskId) {
        match self.state.world.tasks[target.index()].phase {
            TaskPhase::Finished | TaskPhase::Killed => return,
            TaskPhase::NotSpawned | TaskPhase::WaitingForDependencies => {}
            TaskPhase::Live | TaskPhase::Blocked(_) => {
                for lock in &mut self.state.world.locks {
                    lock.waiters.retain(|&t| t != target);
                }
                for queue in &mut self.state.world.queues {
                    queue.getters.retain(|&t| t != target);
                    queue.putters.retain(|&t| t != target);
                }
                for barrier in &mut self.state.world.barriers {
                    barrier.arrived.retain(|&t| t != target);
                }
            }
        }
        self.forget_waiter(target);
        let pc = self.state.world.tasks[target.index()].pc;
        self.record(target, pc, TraceKind::Killed, 0);
        D::on_kill(self, target);
        self.finish_task(target, TaskPhase::Killed);
    }
}

/// Runs `instruction` on the task's state when it is repeat bookkeeping or a jump, and says whether it
/// was (any other instruction changes nothing).
#[inline(always)]
fn run_bookkeeping(instruction: &Instr, state: &mut TaskState) -> bool {
    match *instruction {
        Instr::RepeatEnter { counter } => {
            state.locals[counter.index()] = 0;
            state.pc += 1;
        }
        Instr::RepeatTest { counter, index, times, exit } => {
            let count = state.locals[counter.index()];
            if count as u64 >= times {
                state.pc = exit;
            } else {
                state.locals[index.index()] = count;
                state.pc += 1;
            }
        }
        Instr::RepeatNext { counter, top } => {
            state.locals[counter.index()] += 1;
            state.pc = top;
        }
        Instr::RepeatRestore { counter, index } => {
            state.locals[index.index()] = state.locals[counter.index()];
            state.pc += 1;
        }
        Instr::Jump { target } => state.pc = target,
        _ => return false,
    }
    true
}
