//! The timed driver's side of `runtime: { thread_start: waits }` (engine/thread_starts.rs): the new
//! thread keeps the task blocked in its `spawn` and wakes it when it first runs Python code.

use super::super::state::{ThreadIndex, ThreadRole};
use super::TimedRun;
use crate::model::TaskId;

/// Notes `spawner` on `child`'s thread, to be woken when the thread first takes the GIL. A thread of a
/// process without a GIL is sent once through the GIL's slow path, where it wakes its starter.
pub(super) fn note_starter(run: &mut TimedRun<'_, '_>, spawner: TaskId, child: TaskId) -> bool {
    let Some(thread) = run.state.timed.task_threads[child.index()] else { return false };
    let state = &mut run.state.timed.threads[thread as usize];
    state.starter = Some(spawner);
    state.without_gil = false;
    true
}

/// The thread runs Python code for the first time: the task blocked in the `spawn` that started it goes
/// on (woken after the OS's wake-up latency, as from any Event, then waiting for the GIL). Cold: once per
/// thread at most, on the GIL's slow path.
#[cold]
#[inline(never)]
pub(super) fn wake_starter(run: &mut TimedRun<'_, '_>, thread: ThreadIndex) {
    let state = &mut run.state.timed.threads[thread as usize];
    let Some(starter) = state.starter.take() else { return };
    let ThreadRole::Task(child) = state.role else { return };
    run.unblock(starter, child);
}
