//! The record behind `locked(L)` and `locked(S)` (engine/lock_handoffs.rs says what it means and where
//! it is set): per lock, handed to a waiter that has not run since; per task, the semaphore unit it was
//! handed and has not run since. A leaf over the model, part of `sync_state::Format11State`.

use crate::model::*;

/// Per lock, whether a woken task was made its holder and has not run since.
#[derive(Clone, Debug, Default)]
pub struct LockHandoffs {
    /// Some task reads `locked(L)`: nothing is recorded otherwise.
    kept: bool,
    /// Per lock (empty unless `kept`).
    handed: Vec<bool>,
    /// Per task (empty unless `kept`): the semaphore whose unit it was handed and has not run since.
    unit_of_task: Vec<Option<u32>>,
    /// Per semaphore (empty unless `kept`): how many tasks hold such a unit.
    pub(super) units_handed: Vec<u32>,
    /// How many locks and units are handed: the check at every step of a task is one test while none is.
    pub(super) handed_count: u32,
}

impl LockHandoffs {
    pub fn new(model: &Model) -> Self {
        let kept = model.reads_locked();
        let per = |count: usize| if kept { count } else { 0 };
        LockHandoffs {
            kept,
            handed: vec![false; per(model.locks.len())],
            unit_of_task: vec![None; per(model.tasks.len())],
            units_handed: vec![0; per(model.sync.semaphores.len())],
            handed_count: 0,
        }
    }

    /// Ready for the next run: no lock handed.
    pub fn reset(&mut self) {
        if self.handed_count > 0 {
            self.handed.fill(false);
            self.unit_of_task.fill(None);
            self.units_handed.fill(0);
            self.handed_count = 0;
        }
    }

    /// Whether the model reads `locked(L)`: then every step goes through the hook
    /// ([`Run::runs_after_handoff`]), so the inline steps of `Run::execute` are off.
    pub fn kept(&self) -> bool {
        self.kept
    }

    /// Whether `lock` was handed to a waiter that has not run since.
    pub fn is_handed(&self, lock: LockId) -> bool {
        self.handed.get(lock.index()).copied().unwrap_or(false)
    }

    pub(super) fn mark(&mut self, lock: LockId) {
        if self.kept && !self.handed[lock.index()] {
            self.handed[lock.index()] = true;
            self.handed_count += 1;
        }
    }

    pub(super) fn unmark(&mut self, lock: LockId) {
        if self.is_handed(lock) {
            self.handed[lock.index()] = false;
            self.handed_count -= 1;
        }
        debug_assert!(self.handed_count as usize <= self.handed.len());
    }

    /// Per task, the semaphore whose unit it holds unrun, to take.
    pub(super) fn unit_of_task_mut(&mut self) -> &mut Vec<Option<u32>> {
        &mut self.unit_of_task
    }

    /// How many tasks were handed a unit of `semaphore` and have not run since.
    pub fn units_handed(&self, semaphore: u32) -> u32 {
        self.units_handed.get(semaphore as usize).copied().unwrap_or(0)
    }

    pub(super) fn hand_unit(&mut self, semaphore: u32, waiter: TaskId) {
        if self.kept {
            debug_assert!(self.unit_of_task[waiter.index()].is_none(), "a waiter is handed one thing at a time");
            self.unit_of_task[waiter.index()] = Some(semaphore);
            self.units_handed[semaphore as usize] += 1;
            self.handed_count += 1;
        }
    }

    /// The search state's words, only in a model that reads `locked` (no other model's state changes):
    /// one per lock (the holder is written already: a flag says the rest), and per task, in the order
    /// `task_at` writes tasks, the semaphore whose unit it holds unrun (+1, or 0).
    pub fn words(&self, task_at: impl Fn(usize) -> usize, out: &mut Vec<i64>) {
        if self.kept {
            out.extend(self.handed.iter().map(|&handed| i64::from(handed)));
            let unit = |task: usize| self.unit_of_task[task].map_or(0, |semaphore| i64::from(semaphore) + 1);
            out.extend((0..self.unit_of_task.len()).map(|position| unit(task_at(position))));
        }
    }
}
