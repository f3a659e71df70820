//! A search's scheduler for one run, watched from inside the run: the caller's `keep_going` is asked
//! every [`WATCH_CHOICES`] choices, not only between schedules. One schedule may be long (a loop of a
//! million steps over a list of 300,000 items, whose every state the search encodes), and `--time-limit`
//! and Ctrl-C must still be honoured inside it. A run stopped so is no schedule: the search is left
//! where it was and the exploration ends incomplete.

use super::dpor::{Dpor, ExploreProgress};
use crate::access::Access;
use crate::engine::scheduler::{Scheduler, Stop};
use crate::engine::view::RunView;
use crate::model::TaskId;
use crate::policy::{Decision, Mode};

/// Choices between two questions: rare enough to cost nothing beside a choice's own work, often
/// enough that a run whose every choice encodes a large state stops within a second or so.
const WATCH_CHOICES: u32 = 256;

pub(super) struct Watched<'run, 'model> {
    pub dpor: &'run mut Dpor<'model>,
    pub keep_going: &'run mut dyn FnMut(&ExploreProgress) -> bool,
    choices_since_asked: u32,
    /// `keep_going` said stop: the run was ended at a choice and must not be taken as a schedule.
    pub stopped_inside: bool,
}

impl<'run, 'model> Watched<'run, 'model> {
    pub fn new(dpor: &'run mut Dpor<'model>, keep_going: &'run mut dyn FnMut(&ExploreProgress) -> bool) -> Self {
        Watched { dpor, keep_going, choices_since_asked: 0, stopped_inside: false }
    }
}

impl Scheduler for Watched<'_, '_> {
    fn mode(&self) -> Mode {
        self.dpor.mode()
    }

    fn start_run(&mut self, start: &crate::policy::RunStart) {
        self.dpor.start_run(start);
    }

    fn sees_every_step(&self) -> bool {
        self.dpor.sees_every_step()
    }

    fn observe(&mut self, run: &RunView<'_>) {
        self.dpor.observe(run);
    }

    fn takes_longest_waiting_core(&self) -> bool {
        self.dpor.takes_longest_waiting_core()
    }

    fn choose(&mut self, decision: &Decision<'_>) -> Result<usize, Stop> {
        self.choices_since_asked += 1;
        if self.choices_since_asked >= WATCH_CHOICES {
            self.choices_since_asked = 0;
            if !(self.keep_going)(&self.dpor.progress()) {
                self.stopped_inside = true;
                return Err(Stop::Covered);
            }
        }
        self.dpor.choose(decision)
    }

    fn stepped(&mut self, task: TaskId, accesses: &[Access]) {
        self.dpor.stepped(task, accesses);
    }
}
