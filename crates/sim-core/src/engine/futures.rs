//! Format 1.1, part two in the engine: executors, futures, cancellation, asyncio's own primitives.
//!
//! Not run yet. Until the engine half lands (docs/architecture.md, "Futures, executors and asyncio"), a
//! step that needs any of it ends the run with a fault that says so, at that step: a task on an
//! executor at its first step (running it as a plain task would ignore the pool's workers), `submit`,
//! `result`, `cancel`, `await` of a future, and every step on an `asyncio: true` primitive (running it
//! as a threading one would block the loop where asyncio does not). Never an approximation.

use super::driver::Driver;
use super::run::Run;
use crate::model::*;
use crate::outcome::{Cause, Status};

impl<D: Driver> Run<'_, '_, D> {
    /// Ends the run with a "not yet supported" fault when the step needs part two; `true` if it did.
    pub(super) fn refuse_part_two(&mut self, task: TaskId, pc: u32, instruction: Instr) -> bool {
        let futures = &self.model.futures;
        let refused = futures.executor_of(task).is_some()
            || matches!(
                instruction,
                Instr::Submit(_) | Instr::Result(_) | Instr::AwaitFuture(_) | Instr::Cancel { .. }
            )
            || futures.asyncio.touched_by(&instruction);
        if refused {
            self.fail(Status::Fault, Some(task), Some(pc), Cause::NotYetSupported);
        }
        refused
    }
}
