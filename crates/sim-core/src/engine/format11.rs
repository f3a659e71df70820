//! The steps of format 1.1 (control flow, arrays and maps, synchronization primitives).

use super::driver::Driver;
use super::run::Run;
use super::state::TaskState;
use super::steps::{Effect, TaskOperands};
use crate::expr::evaluate;
use crate::model::*;
use crate::outcome::{Cause, Status};
use crate::trace::TraceKind;

/// Runs a `Branch` or `Compute` between steps. Returns false, leaving the pc on it, when its expression
/// fails: the driver then executes it as a step, which reports the fault.
pub(super) fn control_between_steps(model: &Model, task: TaskId, state: &mut TaskState, stack: &mut Vec<i64>) -> bool {
    let definition = &model.tasks[task.index()];
    let (expr, then) = match definition.program[state.pc as usize] {
        Instr::Branch { expr, target } => (expr, Then::Branch(target)),
        Instr::Compute { local, expr } => (expr, Then::Store(local)),
        _ => unreachable!("only branches and computations run between steps"),
    };
    let Ok(value) = evaluate(&definition.exprs[expr.index()], &TaskOperands { locals: &state.locals }, stack) else {
        return false;
    };
    match then {
        Then::Branch(target) => state.pc = if value == 0 { target } else { state.pc + 1 },
        Then::Store(local) => {
            state.locals[local.index()] = value;
            state.pc += 1;
        }
    }
    true
}

enum Then {
    Branch(u32),
    Store(LocalId),
}

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
