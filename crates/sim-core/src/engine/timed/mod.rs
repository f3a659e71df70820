//! The timed driver: N cores in virtual time, a GIL per process (CPython's `ceval_gil.c` rules), event
//! loops run as asyncio's `_run_once` runs them. The scheduler only breaks ties: which ready thread gets
//! a free core, which waiter gets a GIL. Its machinery is `State::timed`.
//!
//! Layered so that nothing imports in a circle: `threads` (cores, readiness, work) < `thread_starts`
//! (a starter waiting for its thread) < `gil` < `event_loop` < `dispatch` (the run loop) < `hooks` (the
//! Driver seam).

mod dispatch;
mod event_loop;
mod gil;
mod hooks;
mod thread_starts;
mod threads;

use super::run::Run;

/// The timed driver.
pub(crate) struct Timed;

pub(super) type TimedRun<'a, 'm> = Run<'a, 'm, Timed>;
