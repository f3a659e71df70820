//! `try` blocks in the engine: an exception raised inside one (a `raise` step, a `result` of a job that
//! raised, or a fault Python raises as an exception) goes on at the first handler of the task's
//! exception table (`FutureDefs::handlers`, innermost first) whose range holds the raising pc and whose
//! classes catch it, after the `with` blocks it leaves have released their locks, as CPython unwinds.
//! The caught class goes into the handler's local (its id + 1) for a bare `raise`, or in a model that
//! reads exception values the exception's value (crate::exception_values), which a job's future keeps
//! beside its class. Nothing here runs unless something raises.

use super::driver::Driver;
use super::run::Run;
use super::state::TaskPhase;
use crate::model::*;
use crate::outcome::{Cause, PythonFault, Status};
use crate::patterns::NONE;
use crate::trace::TraceKind;

impl<D: Driver> Run<'_, '_, D> {
    /// Ends the run with a failure, unless it is a fault Python raises as an exception inside a `try`
    /// that catches it: then the task goes on at the handler and the run with it.
    pub fn fail(&mut self, status: Status, task: Option<TaskId>, pc: Option<u32>, cause: Cause) {
        if self.ended() {
            return;
        }
        if let (Some(task), Some(pc)) = (task, pc) {
            if !self.model.futures.handlers.is_empty() && self.catch_fault(task, pc, &cause) {
                return;
            }
            if self.model.futures.in_use() && self.keep_in_future(task, pc, &cause) {
                return;
            }
            if self.end_process_on_fault(task, pc, &cause) {
                return;
            }
        }
        self.end_with_failure(status, task, pc, cause);
    }

    /// A fault Python raises as an exception in a job (an instance `submit` started) that nothing in it
    /// catches: the job ends there and its future keeps the exception, as a `raise` step's does (CPython's
    /// worker stores it in the future; `result` raises it again). Whether it was kept (the run goes on).
    /// A scenario with `try` reaches this only for a fault outside every range of the job's table.
    fn keep_in_future(&mut self, task: TaskId, pc: u32, cause: &Cause) -> bool {
        if !self.is_instance(task) {
            return false;
        }
        let Some(class) = crate::exceptions::class_of_fault(self.model, cause) else { return false };
        if class == "CancelledError" {
            return self.end_awaiter_cancelled(task, pc);
        }
        let Some(exception) = self.model.futures.exception_at_run_time(&class) else { return false };
        self.take_faulting_turn(task, pc);
        if let Some(instances) = self.model.futures.instances.iter().find(|i| i.slots.contains(&task)) {
            self.leave_with_blocks(task, pc, &instances.with_blocks, false);
        }
        let value = self.fault_value(cause);
        self.keep_exception(task, pc, exception, value);
        self.state.world.tasks[task.index()].pc = self.model.tasks[task.index()].program.len() as u32;
        true
    }

    /// The future of job `task` keeps `exception` (and its value, in a model that reads them).
    pub(super) fn keep_exception(&mut self, task: TaskId, pc: u32, exception: ExceptionId, value: i64) {
        self.state.world.futures.raised[task.index()] = Some(exception);
        if self.model.futures.exception_values {
            let value = self.exception_value(task, pc, exception, value);
            self.state.world.futures.raised_values[task.index()] = value;
        }
    }

    /// The value of `exception` raised with `value` (`NONE` when its raiser gave none: weft's own
    /// exceptions, a `raise: C` without one): `value` itself, else one whose message and arguments are
    /// unknown. Past the run's tuples or strings the run ends (a limit of weft's) and the value is `NONE`.
    fn exception_value(&mut self, task: TaskId, pc: u32, exception: ExceptionId, value: i64) -> i64 {
        if value != NONE {
            return value;
        }
        let name = self.model.futures.exception_name(exception);
        match crate::exception_values::make(&self.state.world.run_values, exception.0, name, NONE, NONE) {
            Ok(made) => made,
            Err(_) => {
                self.fail(Status::Fault, Some(task), Some(pc), Cause::Python(PythonFault::ExceptionValueLimit));
                NONE
            }
        }
    }

    /// What weft knows of the value of the exception a fault raises, in a model that reads exception
    /// values: the key of a KeyError (CPython's `KeyError(key)`, whose `str` is the key's repr),
    /// `int(text)`'s ValueError (`invalid literal for int() with base 10: 'x9'`), and
    /// the exceptions CPython raises without arguments (`queue.Empty`, `queue.Full`, a `result`'s
    /// `TimeoutError()`, `BrokenBarrierError`); `NONE` for every other fault, whose message weft does
    /// not model (a division by zero's depends on the operator, an IndexError's on the call).
    fn fault_value(&mut self, cause: &Cause) -> i64 {
        use crate::exception_values::{MessageRule, of_arguments, without_arguments};
        if !self.model.futures.exception_values {
            return NONE;
        }
        let values = &self.state.world.run_values;
        let key = match cause {
            Cause::Eval { error: crate::expr::EvalError::MissingKey { key }, .. } => Some(*key),
            Cause::Python(PythonFault::KeyError { key, .. }) => Some(*key),
            Cause::Eval {
                error:
                    error @ (crate::expr::EvalError::IntLiteral { value } | crate::expr::EvalError::FloatLiteral { value }),
                ..
            } => {
                use crate::text::TextValues;
                let text = if matches!(error, crate::expr::EvalError::IntLiteral { .. }) {
                    format!("invalid literal for int() with base 10: {}", values.repr_of(*value))
                } else {
                    format!("could not convert string to float: {}", values.repr_of(*value))
                };
                let Ok(message) = values.make_text(&text) else { return NONE };
                let Some(class) = self.model.futures.exception_at_run_time("ValueError") else { return NONE };
                return of_arguments(values, class.0, "ValueError", MessageRule::Plain, message).unwrap_or(NONE);
            }
            Cause::Python(
                PythonFault::QueueEmpty { .. }
                | PythonFault::QueueFull { .. }
                | PythonFault::Timeout { .. }
                | PythonFault::BrokenBarrier { .. },
            ) => None,
            _ => return NONE,
        };
        let Some(name) = crate::exceptions::class_of_fault(self.model, cause) else { return NONE };
        let Some(class) = self.model.futures.exception_at_run_time(&name) else { return NONE };
        let made = match key {
            // A map's key is an integer or a string, never a tuple: the one argument.
            Some(key) => of_arguments(values, class.0, &name, MessageRule::Key, key),
            None => without_arguments(values, class.0, &name),
        };
        made.unwrap_or(NONE)
    }

    /// CancelledError that nothing in `task` catches, raised by its `await` of a cancelled task: a
    /// coroutine ends cancelled there, as CPython's task does when CancelledError leaves its coroutine
    /// (before session 17 the run ended with a fault). A thread's job is not cancelled so: the run ends.
    fn end_awaiter_cancelled(&mut self, task: TaskId, pc: u32) -> bool {
        if self.model.tasks[task.index()].kind != TaskKind::Coroutine {
            return false;
        }
        self.take_faulting_turn(task, pc);
        self.end_cancelled(task, pc, Some(pc));
        true
    }

    /// An exception of class `exception` raised by the step at `pc` of `task`: whether a handler caught
    /// it (the task goes on at the handler), or it goes on as without `try` (`false`).
    /// `value` is the exception's value (`NONE` when its raiser gave none).
    pub(super) fn catch(&mut self, task: TaskId, pc: u32, exception: ExceptionId, value: i64) -> bool {
        let Some(handler) = handler_of(self.model, task, pc, exception) else { return false };
        self.leave_with_blocks(task, pc, &handler.with_blocks, false);
        let held = match self.model.futures.exception_values {
            true => self.exception_value(task, pc, exception, value),
            false => i64::from(exception.0) + 1,
        };
        let state = &mut self.state.world.tasks[task.index()];
        state.locals[handler.into.index()] = held;
        state.pc = handler.target;
        true
    }

    /// A fault Python raises as an exception: whether a handler caught it (the run goes on). A fault of
    /// a running task's step, or of a wait of its giving up (queue.Empty, TimeoutError, ...), which
    /// wakes it into the handler.
    pub(super) fn catch_fault(&mut self, task: TaskId, pc: u32, cause: &Cause) -> bool {
        if !self.model.futures.handlers.iter().any(|h| h.task == task) {
            return false;
        }
        let Some(class) = crate::exceptions::class_of_fault(self.model, cause) else { return false };
        // Every built-in class is named when the scenario has a `try` (the loader names them).
        let Some(exception) = self.model.futures.exception_named(&class) else { return false };
        if handler_of(self.model, task, pc, exception).is_none() {
            return false;
        }
        self.take_faulting_turn(task, pc);
        let value = self.fault_value(cause);
        self.catch(task, pc, exception, value)
    }

    /// The faulting step at `pc` of `task` is a turn of the task that goes on (at a handler, or at its
    /// end for a job's future): a blocked task's give-up was the turn (`TimesOut`) and wakes it; a running
    /// task's step is traced once (a fault that ends the run may leave none: it is the last), before the
    /// `with` blocks it leaves.
    pub(super) fn take_faulting_turn(&mut self, task: TaskId, pc: u32) {
        match self.state.world.tasks[task.index()].phase {
            TaskPhase::Blocked(_) => self.unblock(task, task),
            _ => {
                let recorded = self.state.observers.trace.last().is_some_and(|event| {
                    event.task == task && event.pc == pc && matches!(event.kind, TraceKind::Step | TraceKind::Blocks)
                });
                if !recorded {
                    self.record(task, pc, TraceKind::Step, 0);
                }
            }
        }
    }

    /// Leaves every `with` block of `blocks` around `pc`, innermost first, releasing its lock as Python's
    /// `with` does on the way out (a lock taken without `with` stays held, as in Python); each release a
    /// step of the trace with `traced` (CancelledError's way out), else within the raising step.
    pub(super) fn leave_with_blocks(&mut self, task: TaskId, pc: u32, blocks: &[(u32, u32)], traced: bool) {
        let mut enclosing: Vec<(u32, u32)> =
            blocks.iter().copied().filter(|&(lock_pc, unlock_pc)| lock_pc < pc && pc <= unlock_pc).collect();
        enclosing.sort_by_key(|&(lock_pc, _)| std::cmp::Reverse(lock_pc));
        for (_, unlock_pc) in enclosing {
            let lock = match self.model.tasks[task.index()].program[unlock_pc as usize] {
                Instr::Unlock(lock) => lock,
                Instr::UnlockPicked(pick) => match self.resolve(task, unlock_pc, pick, super::format11::Kind::Lock) {
                    Some(lock) => LockId(lock),
                    None => return,
                },
                other => unreachable!("a `with` block ends with an unlock, not {other:?}"),
            };
            if self.state.world.locks[lock.index()].holder != Some(task) {
                continue;
            }
            if traced {
                self.release_lock(task, unlock_pc, lock);
            } else {
                self.access(task, unlock_pc, crate::access::Object::Lock(lock), true);
                self.unlock_once(task, lock);
            }
        }
    }
}

/// The handler that catches `exception` raised at `pc` of `task`, if any.
fn handler_of(model: &Model, task: TaskId, pc: u32, exception: ExceptionId) -> Option<&TryHandler> {
    let futures = &model.futures;
    let raised = futures.exception_name(exception);
    futures.handlers.iter().find(|h| h.task == task && crate::exceptions::handler_catches(futures, h, pc, raised))
}
