//! The strategies that order a run, one file each, all behind the engine's one seam
//! ([`crate::engine::Scheduler`]): a policy followed (`policy`), a schedule token replayed (`replay`),
//! exhaustive exploration (`dpor` feeds `search`, which caches states in `state_cache`; `invisible` finds the steps whose order against other tasks cannot matter), and shrinking a failing schedule (`shrink`). A new strategy
//! (state caching, a new bound) is a new file here.

pub mod dpor;
pub mod invisible;
pub mod liveness;
pub mod lock_order;
pub mod loop_takes;
pub mod policy;
pub mod replay;
pub mod search;
pub mod shrink;
pub mod state_cache;
mod watched;
