//! A process that ends alone (`Model::process_exits`, a task's `exits_alone: true`): an exception of a
//! Python class that nothing in the process catches (a `raise`, or a fault Python raises as an
//! exception) leaves its `with` blocks, sets its `exitcode` variable (if any) to 1 and ends the task
//! there, as CPython's child process prints its traceback and exits with code 1 while the parent goes
//! on. A fault that is a limit of weft's own (no Python class) still ends the run. Nothing here runs
//! unless a process faults.

use super::driver::Driver;
use super::run::Run;
use crate::access::Object;
use crate::model::*;
use crate::outcome::Cause;

impl<D: Driver> Run<'_, '_, D> {
    /// Whether the fault `cause` of `task`'s step at `pc` ended that process alone (the run goes on).
    pub(super) fn end_process_on_fault(&mut self, task: TaskId, pc: u32, cause: &Cause) -> bool {
        if self.model.process_exits.is_empty() || crate::exceptions::class_of_fault(self.model, cause).is_none() {
            return false;
        }
        self.end_process_alone(task, pc)
    }

    /// Whether `task` is a process that ends alone: then the exception raised at `pc` ended it.
    pub(super) fn end_process_alone(&mut self, task: TaskId, pc: u32) -> bool {
        let Some(exit) = self.model.process_exits.iter().find(|exit| exit.task == task) else { return false };
        self.take_faulting_turn(task, pc);
        self.leave_with_blocks(task, pc, &exit.with_blocks, false);
        if let Some(exitcode) = exit.exitcode {
            // `shared_memory:` is kept among main's variables.
            self.state.world.processes[MAIN_PROCESS.index()].shared[exitcode.index()] = 1;
            self.access(task, pc, Object::Shared(MAIN_PROCESS, exitcode), true);
        }
        self.state.world.futures.exited_alone[task.index()] = true;
        self.state.world.tasks[task.index()].pc = self.model.tasks[task.index()].program.len() as u32;
        true
    }
}
