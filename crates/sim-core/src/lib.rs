//! sim-core: weft's engine. A deterministic discrete-event simulator of threads, coroutines and
//! processes on N virtual cores, under a GIL and event loops, in integer nanoseconds of virtual time.
//!
//! It never reads a file, a clock or the environment, and never iterates a hash map into a decision or
//! an output: the same [`model::Model`], policy and seed give the same bytes on any machine.

pub mod access;
pub mod bitwise;
pub mod digest;
pub mod engine;
pub mod exception_values;
pub mod exceptions;
pub mod expr;
pub mod float_arithmetic;
pub mod floats;
pub mod limits;
pub mod model;
pub mod objects;
pub mod outcome;
pub mod patterns;
pub mod policy;
pub mod races;
pub mod report;
pub mod schedulers;
pub mod set_tables;
pub mod snapshot;
pub mod strings;
pub mod text;
pub mod timeline;
pub mod timeouts;
pub mod token;
pub mod trace;

pub use engine::{RunConfig, Simulator, Timeouts};
pub use model::Model;
pub use outcome::{Outcome, Status};
pub use policy::Policy;
pub use report::Report;

/// A digest of the compiled scenario, carried in schedule tokens so a token is never replayed
/// against another file. Source line numbers are left out, so editing comments keeps tokens valid.
pub fn fingerprint(model: &Model) -> u32 {
    let mut without_lines = model.clone();
    for task in &mut without_lines.tasks {
        task.lines.clear();
    }
    for expectation in &mut without_lines.expectations {
        expectation.line = 0;
    }
    // A process start cannot change a run that starts no process: written as the default, so that a
    // preset's start method (2026-11-29: fork on Linux) leaves the tokens of thread-only files valid.
    let starts_processes = model.tasks.iter().any(|task| task.kind == model::TaskKind::Process)
        || model.futures.executors.iter().any(|executor| executor.kind == model::TaskKind::Process);
    if !starts_processes {
        without_lines.machine.process_spawn_ns = model::Machine::default().process_spawn_ns;
    }
    let mut hasher = digest::Fnv1a::default();
    hasher.write_bytes(format!("{without_lines:?}").as_bytes());
    let digest = hasher.finish();
    (digest ^ (digest >> 32)) as u32
}
