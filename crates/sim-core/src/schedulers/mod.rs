//! The strategies that order a run, one file each, all behind the engine's one seam
//! ([`crate::engine::Scheduler`]): a policy followed (`policy`), a schedule token replayed (`replay`),
//! exhaustive exploration with DPOR (`dpor`), and shrinking a failing schedule (`shrink`). A new strategy
//! (state caching, a new bound) is a new file here.

pub mod dpor;
pub mod policy;
pub mod replay;
pub mod search;
pub mod shrink;
