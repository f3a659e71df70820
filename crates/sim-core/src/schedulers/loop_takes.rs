//! Stateless DPOR over the coroutines of an event loop: the loop is a lock that a coroutine takes at
//! the first step after an await (the loop was free) and holds until its next await, block or end
//! (docs/exploration.md, "Coroutines under stateless DPOR").
//!
//! Every step of a coroutine writes its loop (`Resource::Loop`), so two coroutines' steps on one loop
//! always conflict. But while one coroutine holds the loop no other coroutine of that loop can step:
//! a step taken while holding the loop is never co-enabled with another coroutine's step on it, and a
//! race with it cannot be reversed where it happened (the only task enabled there is the holder). The
//! order that can be reversed is that of the two takings, as for a lock (Abdulla, Aronis, Jonsson and
//! Sagonas, "Source sets", JACM 2017): a step that takes the loop also writes `Resource::LoopTake`,
//! and between two coroutines of one loop only two takings race; every other conflict between them
//! still orders them (happens-before), so a race with the holder's later steps no longer hides the
//! race with its taking (before session 37 it did, and stateless DPOR explored one order of three
//! coroutines where brute force finds six outcomes).
//!
//! Used by unbounded stateless DPOR only (the searches that analyse races); it changes no dependence,
//! so sleep sets are as before: a step that writes `Resource::LoopTake` writes `Resource::Loop`
//! too.

/// Which coroutine's steps take their loop, for the race analysis of one search.
#[derive(Clone, Debug, Default)]
pub struct LoopTakes {
    /// Per task, the loop it is a coroutine of; empty when the search does not track takings.
    task_loops: Vec<Option<u32>>,
    /// Per step of the current run, whether it took its task's loop.
    took: Vec<bool>,
}

impl LoopTakes {
    /// Tracks the takings of `task_loops` (per task, its loop): none when no task is a coroutine.
    pub fn new(task_loops: Vec<Option<u32>>) -> Self {
        let any_coroutine = task_loops.iter().any(Option::is_some);
        LoopTakes { task_loops: if any_coroutine { task_loops } else { Vec::new() }, took: Vec::new() }
    }

    pub fn is_tracking(&self) -> bool {
        !self.task_loops.is_empty()
    }

    /// A new run: no step yet.
    pub fn begin_run(&mut self) {
        self.took.clear();
    }

    /// Records the run's next step, of a task that took its loop or not.
    pub fn push_step(&mut self, took: bool) {
        if self.is_tracking() {
            self.took.push(took);
        }
    }

    /// Whether step `at` (of `other`) may race with a step of `task` that `takes` its loop or not: always,
    /// unless both are coroutines of one loop and one of the two steps was taken while holding it.
    pub fn may_race(&self, at: usize, other: u32, task: u32, takes: bool) -> bool {
        if !self.is_tracking() || other == task {
            return true;
        }
        let same_loop = match (self.task_loops[other as usize], self.task_loops[task as usize]) {
            (Some(theirs), Some(mine)) => theirs == mine,
            _ => false,
        };
        debug_assert!(at < self.took.len(), "every earlier step was recorded");
        !same_loop || (takes && self.took[at])
    }

    /// The loop `task` is a coroutine of, when takings are tracked.
    pub fn loop_of(&self, task: u32) -> Option<u32> {
        self.task_loops.get(task as usize).copied().flatten()
    }
}
