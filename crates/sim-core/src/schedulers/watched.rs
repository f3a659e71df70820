//! A search's scheduler for one run, watched from inside the run: the caller's `keep_going` is asked
//! every [`WATCH_CHOICES`] choices, not only between schedules. One schedule may be long (a loop of a
//! million steps over a list of 300,000 items, whose every state the search encodes), and `--time-limit`
//! and Ctrl-C must still be honoured inside it. A run stopped so is no schedule: the search is left
//! where it was and the exploration ends incomplete.

use crate::access::Access;
use crate::engine::scheduler::{Scheduler, Stop};
use crate::engine::view::RunView;
use crate::model::TaskId;
use crate::policy::{Decision, Mode};

/// Where a search is, for a caller that watches it (progress, a time limit, an interrupt).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExploreProgress {
    pub schedules: u64,
    pub redundant: u64,
    pub outcomes: usize,
    /// Schedules that ended in a failure so far.
    pub failing_schedules: u64,
    /// States the search recognises (0 without state caching).
    pub cached_states: u64,
}

/// Choices between two questions: rare enough to cost nothing beside a choice's own work, often
/// enough that a run whose every choice encodes a large state stops within a second or so.
const WATCH_CHOICES: u32 = 256;

pub(super) struct Watched<'run> {
    /// The search's own scheduler, which this one asks for every answer.
    search: &'run mut dyn Scheduler,
    /// Where the search was when the run started (its counts move only between runs).
    at_start: ExploreProgress,
    keep_going: &'run mut dyn FnMut(&ExploreProgress) -> bool,
    choices_since_asked: u32,
    /// `keep_going` said stop: the run was ended at a choice and must not be taken as a schedule.
    pub stopped_inside: bool,
}

impl<'run> Watched<'run> {
    pub fn new(
        search: &'run mut dyn Scheduler,
        at_start: ExploreProgress,
        keep_going: &'run mut dyn FnMut(&ExploreProgress) -> bool,
    ) -> Self {
        Watched { search, at_start, keep_going, choices_since_asked: 0, stopped_inside: false }
    }
}

impl Scheduler for Watched<'_> {
    fn mode(&self) -> Mode {
        self.search.mode()
    }

    fn start_run(&mut self, start: &crate::policy::RunStart) {
        self.search.start_run(start);
    }

    fn sees_every_step(&self) -> bool {
        self.search.sees_every_step()
    }

    fn observe(&mut self, run: &RunView<'_>) {
        self.search.observe(run);
    }

    fn takes_longest_waiting_core(&self) -> bool {
        self.search.takes_longest_waiting_core()
    }

    fn choose(&mut self, decision: &Decision<'_>) -> Result<usize, Stop> {
        self.choices_since_asked += 1;
        if self.choices_since_asked >= WATCH_CHOICES {
            self.choices_since_asked = 0;
            if !(self.keep_going)(&self.at_start) {
                self.stopped_inside = true;
                return Err(Stop::Covered);
            }
        }
        self.search.choose(decision)
    }

    fn stepped(&mut self, task: TaskId, accesses: &[Access]) {
        self.search.stepped(task, accesses);
    }
}
