//! A read-only view of the last run: what reports, the race analysis and the strategies may read, and
//! nothing they could change. Reports go through it instead of reaching into the engine's state, so the
//! state can be rearranged without touching them.

use super::state::{BarrierState, Counters, LockState, LoopState, QueueState, State, TaskState, ThreadState};
use crate::access::Access;
use crate::model::*;
use crate::outcome::{FailureRecord, SharedState};
use crate::races::RaceDetector;

#[derive(Clone, Copy, Debug)]
pub struct RunView<'s> {
    model: &'s Model,
    state: &'s State,
}

impl<'s> RunView<'s> {
    pub(super) fn new(model: &'s Model, state: &'s State) -> Self {
        RunView { model, state }
    }

    pub fn model(&self) -> &'s Model {
        self.model
    }

    /// Every task's state, indexed by `TaskId`.
    pub fn tasks(&self) -> &'s [TaskState] {
        &self.state.world.tasks
    }

    /// The kernel thread a thread, process or interpreter task ran on (timed policies).
    pub fn thread_of(&self, task: TaskId) -> Option<&'s ThreadState> {
        let thread = self.state.timed.task_threads[task.index()]?;
        Some(&self.state.timed.threads[thread as usize])
    }

    /// Whether `task` is an instance that was cancelled before it started (format 1.1, part two).
    pub fn cancelled(&self, task: TaskId) -> bool {
        self.state.world.futures.cancelled.get(task.index()).copied().unwrap_or(false)
    }

    /// Whether `task` is a process that an exception nothing in it caught ended (`exits_alone`).
    pub fn exited_alone(&self, task: TaskId) -> bool {
        self.state.world.futures.exited_alone.get(task.index()).copied().unwrap_or(false)
    }

    /// The jobs of a declared executor not finished yet: those running on its workers, in task order,
    /// then those queued for one, oldest first (what its shutdown waits for).
    pub fn executor_jobs(&self, executor: crate::model::ExecutorId) -> Vec<TaskId> {
        let futures = &self.state.world.futures;
        let running = (0..futures.holds_worker.len())
            .map(TaskId::from_index)
            .filter(|&task| futures.holds_worker[task.index()] && futures.pool_of(self.model, task) == Some(executor));
        running.chain(futures.executors[executor.index()].queue.iter().copied()).collect()
    }

    /// Whether `task` is an instance slot that no `submit` took (reports leave it out).
    pub fn unsubmitted_instance(&self, task: TaskId) -> bool {
        self.state.world.tasks[task.index()].phase == super::state::TaskPhase::NotSpawned
            && self.model.futures.instances.iter().any(|instances| instances.slots.contains(&task))
    }

    /// Whether `task`'s next step takes what it was woken to contend for (a lock or a semaphore's unit,
    /// format 1.1) rather than the instruction at its pc.
    pub fn claim_pending(&self, task: TaskId) -> bool {
        self.state.world.format11.tasks().get(task.index()).is_some_and(|extra| extra.claim.is_some())
    }

    /// What a task's current `while` iteration read (format 1.1): what a spin-wait waits for a write to.
    pub fn spin_reads(&self, task: TaskId) -> &'s [crate::access::Object] {
        &self.state.world.format11.tasks()[task.index()].spin.reads
    }

    /// Whether a `lock` of `lock` would take it now: nobody holds it and no woken waiter contends for it.
    pub fn lock_is_free(&self, lock: crate::model::LockId) -> bool {
        self.state.world.locks[lock.index()].holder.is_none()
            && self.state.world.format11.lock_contenders.get(lock.index()).is_none_or(|&contenders| contenders == 0)
    }

    pub fn locks(&self) -> &'s [LockState] {
        &self.state.world.locks
    }

    pub fn queues(&self) -> &'s [QueueState] {
        &self.state.world.queues
    }

    pub fn barriers(&self) -> &'s [BarrierState] {
        &self.state.world.barriers
    }

    pub fn loops(&self) -> &'s [LoopState] {
        &self.state.timed.loops
    }

    /// Busy time of every core.
    pub fn core_busy_ns(&self) -> &'s [Nanos] {
        &self.state.observers.core_busy_ns
    }

    pub fn counters(&self) -> &'s Counters {
        &self.state.observers.metrics
    }

    pub fn now_ns(&self) -> Nanos {
        self.state.progress.now_ns
    }

    /// Under an exploring policy: when each process's GIL and each core is next free (the stepwise
    /// driver's list scheduling), GILs first.
    pub fn stepwise_free_times(&self) -> impl Iterator<Item = Nanos> + 's {
        let stepwise = &self.state.stepwise;
        stepwise.gil_free_at_ns.iter().chain(&stepwise.core_free_at_ns).copied()
    }

    /// Under an exploring policy: when each task's next event happens (`Nanos::MAX` for one that has
    /// none), by `step_starts::next_event_ns`: its next step, or with `deadlines` its wait giving up at
    /// its deadline. The times a time window is measured from.
    pub fn stepwise_next_events(&self, deadlines: bool) -> impl Iterator<Item = Nanos> + 's {
        let (model, state) = (self.model, self.state);
        (0..model.tasks.len()).map(move |index| {
            let task = TaskId::from_index(index);
            super::step_starts::next_event_ns(model, state, task, deadlines).unwrap_or(Nanos::MAX)
        })
    }

    pub fn steps(&self) -> u64 {
        self.state.progress.steps
    }

    /// Under an exploring policy: which coroutine holds each event loop (runs between two of its
    /// awaits), by loop.
    pub fn stepwise_loop_owners(&self) -> &'s [Option<TaskId>] {
        &self.state.stepwise.loop_owner
    }

    /// The machine `process` ran on (the head machine if it never started).
    pub fn machine_of(&self, process: ProcessId) -> u32 {
        self.state.world.process_machine[process.index()].unwrap_or(0)
    }

    pub fn failure_records(&self) -> &'s [FailureRecord] {
        &self.state.progress.failures
    }

    /// Per-step footprints, when the run recorded them, and whether the log reached its limit.
    pub fn accesses(&self) -> (&'s [Access], bool) {
        (&self.state.observers.accesses, self.state.observers.accesses_truncated)
    }

    /// The data races the run found, when it looked for them (`RunConfig::find_races`).
    pub fn race_detector(&self) -> Option<&'s RaceDetector> {
        self.state.observers.race_detector.as_ref()
    }

    /// Everything that decides a stepwise run's future, as words (exploration's state cache; what is in
    /// it and what is left out: `search_state.rs`).
    /// `live(task, pc, local)` says whether a local may still be read (a dead one is written as 0).
    pub fn encode_search_state(&self, live: &dyn Fn(usize, u32, usize) -> bool, out: &mut Vec<i64>) {
        super::search_state::encode(self.model, self.state, live, super::search_state::TaskNaming::Identity, out);
    }

    /// As [`RunView::encode_search_state`], with interchangeable tasks renamed so that states equal up
    /// to a permutation of them are written alike (`symmetry.rs`); `symmetry` then says how this run's
    /// tasks were renamed.
    pub fn encode_symmetric_search_state(
        &self,
        symmetry: &mut super::symmetry::Symmetry,
        live: &dyn Fn(usize, u32, usize) -> bool,
        out: &mut Vec<i64>,
    ) {
        symmetry.encode(self.model, self.state, live, out);
    }

    /// Final shared variables of every process, flattened in model order (cheap to compare). A tuple is
    /// written as its items (`RunValues::write_canonical`), so runs that made the same tuples in other
    /// orders flatten alike.
    /// So is a string the run made, and a map's keys are then in the order of what they hold
    /// (`RunValues::canonical_order`).
    pub fn shared_values(&self, out: &mut Vec<i64>) {
        let tuples = &self.state.world.run_values;
        if tuples.is_empty() {
            self.shared_values_by_number(out, None);
            // `+0.0` and `-0.0` have fixed patterns and are never interned, so a run that made nothing
            // else may hold them: they are written as every float is (`FIRST_FLOAT`, then the bits),
            // since a bare `FIRST_FLOAT` is read back as that marker (session34/repro r04).
            if !out.iter().any(|&value| crate::floats::is_zero(value)) {
                return;
            }
        } else {
            self.shared_values_by_number(out, Some(tuples));
        }
        let numbered = std::mem::take(out);
        for &value in &numbered {
            tuples.write_canonical(value, out);
        }
    }

    /// [`RunView::shared_values`] with each tuple and made string as its number in this run; a map's
    /// keys in the order of `order` when given, else of their numbers.
    fn shared_values_by_number(&self, out: &mut Vec<i64>, order: Option<&crate::expr::RunValues>) {
        out.clear();
        let has_memory = self.state.world.format11.has_memory;
        for (index, process) in self.state.world.processes.iter().enumerate() {
            // Pushed one by one: a process has a few variables, and a copy was a call of `memcpy`
            // after every fuzz run.
            for &value in &process.shared {
                out.push(value);
            }
            if !has_memory {
                continue;
            }
            // Format 1.1: every array's elements, then every map as its length and its sorted entries.
            let memory = &self.state.world.format11.memory[index];
            for array in &memory.arrays {
                out.extend_from_slice(array);
            }
            for map in &memory.maps {
                out.push(map.len() as i64);
                let Some(order) = order else {
                    for (&key, &value) in map {
                        out.push(key);
                        out.push(value);
                    }
                    continue;
                };
                let mut entries: Vec<(i64, i64)> = map.iter().map(|(&key, &value)| (key, value)).collect();
                entries.sort_by(|a, b| order.canonical_order(a.0, b.0));
                out.extend(entries.into_iter().flat_map(|(key, value)| [key, value]));
            }
        }
    }

    /// Final shared variables, by process.
    pub fn shared_state(&self) -> SharedState {
        let mut values = Vec::new();
        self.shared_values(&mut values);
        crate::outcome::shared_state_from_values(self.model, &values)
    }
}

/// Whether exploration's state encoding sees all of `model`'s state (`search_state.rs`): where it does
/// not, a state cache could merge states that differ, so the search must stay stateless.
pub fn search_state_covers(model: &crate::model::Model) -> bool {
    super::search_state::covers(model)
}
