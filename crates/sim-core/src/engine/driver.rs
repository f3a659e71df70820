//! The Driver seam: what the shared step semantics (`steps.rs`) need from whoever orders the steps.
//! Two drivers implement it: `timed` (virtual time on cores, GILs, event loops) and `stepwise` (the
//! scheduler picks who takes every step). `steps.rs` is generic over it and names neither.

use super::run::Run;
use crate::model::{Nanos, TaskId};

pub(crate) trait Driver: Sized {
    /// Runs the whole scenario: starts the tasks that need nothing and orders steps until the end.
    fn drive(run: &mut Run<'_, '_, Self>);
    /// A task's dependencies are met (or it was spawned): it starts, paying its spawn cost.
    fn on_start(run: &mut Run<'_, '_, Self>, task: TaskId);
    /// A blocked task's step was completed by `waker`: the task may go on.
    fn on_unblock(run: &mut Run<'_, '_, Self>, task: TaskId, waker: TaskId);
    /// A task was killed: it leaves the driver's machinery (run queues, GIL waiters, its loop).
    fn on_kill(run: &mut Run<'_, '_, Self>, task: TaskId);
    /// The task's present: virtual time (timed) or the task's own clock (stepwise).
    fn task_now(run: &Run<'_, '_, Self>, task: TaskId) -> Nanos;
    /// Whether a step that takes time is progress for spin-wait detection: under the timed driver a
    /// loop that sleeps or computes between polls (`while not done: time.sleep(0.01)`) keeps polling, in
    /// time; under the stepwise one, where time orders nothing, it blocks like any spin-wait.
    const TIME_IS_PROGRESS: bool = false;
    /// Whether the scheduler, rather than first-come first-served, picks which of several waiters of a
    /// lock or semaphore takes it when it frees (format 1.1: the policy's choice under exploring
    /// policies, CPython's FIFO under timed ones).
    const WAKE_ORDER_IS_CHOICE: bool = false;
    /// A task blocked in a wait that gives up after `timeout_ns` (format 1.1); `generation` tells this
    /// wait from the task's later ones. The timed driver sets a timer; the stepwise driver keeps the
    /// deadline, and offers the waiter's giving up to the scheduler as a step (`RunConfig::timeouts`).
    fn on_timed_wait(_run: &mut Run<'_, '_, Self>, _task: TaskId, _timeout_ns: Nanos, _generation: u64) {}
    /// A coroutine that may be sleeping in an `await` was cancelled by `by`: it is ready again at once
    /// (Python raises CancelledError in it there). The timed driver takes it off its loop's timers; the
    /// stepwise driver moves its clock back to its canceller's present (`Task.cancel()`, and
    /// `asyncio.wait_for` giving up).
    fn on_cancel_sleep(_run: &mut Run<'_, '_, Self>, _task: TaskId, _by: TaskId) {}
    /// A `spawn` of thread `child` under `runtime: { thread_start: waits }` (thread_starts.rs): whether
    /// `spawner` waits until the thread runs. The timed driver notes the spawner on the thread and says
    /// yes; the stepwise driver says no, and its scheduler orders the two tasks' next steps either way.
    fn spawner_waits_for(_run: &mut Run<'_, '_, Self>, _spawner: TaskId, _child: TaskId) -> bool {
        false
    }
}
