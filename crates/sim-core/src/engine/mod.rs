//! The runtime, apart from the strategies that order it (as in shuttle). The state is held in arenas
//! with typed indices and split by owner (`state.rs`); `steps.rs` gives every step its meaning, generic
//! over the [`driver::Driver`] seam that two drivers implement: `timed` (virtual time on cores, GILs,
//! event loops) and `stepwise` (the scheduler picks who steps next). Every choice goes through one
//! point, `Run::choose`, which consults the [`Scheduler`] seam. Reports read a run through
//! [`RunView`].
//!
//! This file only declares and re-exports; the files inside import each other by their own paths, so
//! nothing imports in a circle.

mod asyncio_condition;
mod awaiting_spins;
mod cancelled_handoff;
pub mod config;
mod control;
mod driver;
mod event_queue;
mod format11;
mod future_states;
mod futures;
mod futures_state;
mod job_pick_up;
mod lock_handoff_state;
mod lock_handoffs;
mod loop_turns;
mod placement;
mod priority_heap;
mod process_exits;
mod queue_order;
mod reused_idents;
mod run;
pub mod scheduler;
mod search_state;
pub mod simulator;
pub mod state;
mod step_cost;
mod step_starts;
mod steps;
mod stepwise;
pub mod symmetry;
mod sync_state;
mod thread_starts;
mod timed;
mod unwind;
pub mod view;
mod wholes;

pub use crate::access::{Access, Object};
pub use crate::schedulers::dpor::{
    DEPTH_FIRST_ALONE_RUNS, DEPTH_FIRST_ALONE_STEPS, ExploreConfig, ExploreProgress, ExploreResult, ExploredOutcome,
    ITERATED_PREEMPTION_BOUNDS, Order, Reduction, SearchOptions,
};
pub use crate::schedulers::shrink::{GuidedRun, ShrinkResult, SwitchPoint};
pub use config::{RunConfig, Timeouts};
pub use scheduler::{Scheduler, Stop};
pub use simulator::Simulator;
pub use state::{BlockReason, TaskPhase};
pub use view::RunView;
