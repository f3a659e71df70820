//! The steps of format 1.1 (control flow, arrays and maps, synchronization primitives).

use super::driver::Driver;
use super::run::Run;
use super::steps::Effect;
use crate::model::*;
use crate::outcome::{Cause, Status};
use crate::trace::TraceKind;

impl<D: Driver> Run<'_, '_, D> {
    pub(super) fn execute_format11(&mut self, task: TaskId, pc: u32, instruction: Instr) -> Effect {
        match instruction {
            // Reached only when the expression fails between steps: report it.
            Instr::Branch { expr, .. } | Instr::Compute { expr, .. } => {
                let _ = self.eval(task, pc, expr);
                Effect::Stop
            }
            Instr::LoopBack { top } => {
                self.record(task, pc, TraceKind::Step, 0);
                self.state.world.tasks[task.index()].pc = top;
                Effect::Instant
            }
            _ => {
                self.fail(Status::Fault, Some(task), Some(pc), Cause::NotYetSupported);
                Effect::Stop
            }
        }
    }
}
