//! Control flow between steps (format 1.1): a branch on a condition whose reads were steps before it,
//! and the value of a short-circuit operand. A leaf of the engine: the step semantics call it.

use super::state::TaskState;
use crate::expr::{Operands, evaluate};
use crate::model::*;

struct Locals<'a>(&'a [i64], &'a crate::expr::RunValues);

impl Operands for Locals<'_> {
    fn local(&self, local: LocalId) -> i64 {
        self.0[local.index()]
    }
    fn shared(&self, _: ProcessId, _: VarId) -> i64 {
        unreachable!("shared reads are hoisted into steps at load time")
    }
    fn queue_len(&self, _: QueueId) -> i64 {
        unreachable!("queue lengths are hoisted into steps at load time")
    }
    fn run_values(&self) -> Option<&crate::expr::RunValues> {
        Some(self.1)
    }
}

/// Runs a `Branch` or `Compute` between steps. Returns false, leaving the pc on it, when its expression
/// fails: the driver then executes it as a step, which reports the fault.
pub(super) fn between_steps(
    model: &Model,
    task: TaskId,
    state: &mut TaskState,
    tuples: &crate::expr::RunValues,
    stack: &mut Vec<i64>,
) -> bool {
    let definition = &model.tasks[task.index()];
    let (expr, then) = match definition.program[state.pc as usize] {
        Instr::Branch { expr, target } => (expr, Then::Branch(target)),
        Instr::Compute { local, expr } => (expr, Then::Store(local)),
        _ => unreachable!("only branches and computations run between steps"),
    };
    let Ok(value) = evaluate(&definition.exprs[expr.index()], &Locals(&state.locals, tuples), stack) else {
        return false;
    };
    match then {
        // An object's truth may need its length, which only a step reads: the step reports the fault.
        Then::Branch(_)
            if crate::expr::object_index(value).is_some() && crate::expr::truth(value, Some(tuples)).is_err() =>
        {
            return false;
        }
        Then::Branch(target) => state.pc = if crate::expr::is_true(value) { state.pc + 1 } else { target },
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
