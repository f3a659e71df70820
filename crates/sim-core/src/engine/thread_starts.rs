//! `runtime: { thread_start: waits }`: a `spawn` of one thread is CPython's `Thread.start()`, which
//! returns only once the new thread runs. `start()` waits on the thread's `_started` Event, which the
//! thread sets as it begins, holding the GIL; so under the GIL the new thread runs first, up to its first
//! blocking call or until the starter, woken and waiting for the GIL, asks for it after a switch interval.
//! The spawner blocks at the `spawn` (`BlockReason::ThreadStart`) and the timed driver wakes it when the
//! thread first takes the GIL (or, in a process without one, first gets past the GIL's check).
//!
//! The exploring driver does not block: its scheduler offers the spawner's next step and the new
//! thread's first in either order, as it did before, which keeps every order CPython can take (the
//! thread may be made to drop the GIL before its first line, and a free-threaded build runs both at
//! once) and adds the orders a GIL rarely gives.

use super::driver::Driver;
use super::run::Run;
use super::state::{BlockReason, TaskPhase};
use crate::model::{TaskId, TaskKind, TaskRange};

impl<D: Driver> Run<'_, '_, D> {
    /// After a `spawn` of `range` by `spawner`: whether the spawner waits for the new thread to run (then
    /// it is blocked). Only a single thread that has started (not one waiting for an `after:`) of a
    /// process whose runtime says so, and only under a driver that keeps time.
    pub(super) fn waits_for_thread_start(&mut self, spawner: TaskId, range: TaskRange) -> bool {
        let child = range.first;
        let definition = &self.model.tasks[child.index()];
        let waits = range.count == 1
            && definition.kind == TaskKind::Thread
            && self.model.processes[definition.process.index()].gil.thread_start_waits
            && matches!(self.state.world.tasks[child.index()].phase, TaskPhase::Live)
            && D::spawner_waits_for(self, spawner, child);
        if waits {
            self.block(spawner, BlockReason::ThreadStart(child));
        }
        waits
    }
}
