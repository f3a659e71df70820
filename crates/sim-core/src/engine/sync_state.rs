//! The run-time state of format 1.1: arrays and maps of every process, the primitives (reentrant lock
//! depths, semaphores, events, conditions) and what each task needs for waits with a time-out and for
//! spin-wait detection. Part of the program's world (`state::World`); a leaf.

use std::collections::{BTreeMap, VecDeque};

use crate::access::Object;
use crate::model::*;

/// Reads kept per `while` iteration for spin-wait detection; an iteration with more never blocks.
pub const SPIN_READS: usize = 64;

#[derive(Clone, Debug, Default)]
pub struct Format11State {
    /// Arrays and maps of every process.
    pub memory: Vec<ProcessMemory>,
    /// How many times each lock's holder has taken it (reentrant locks).
    pub lock_depth: Vec<u32>,
    /// Per lock: waiters woken together, each free to take it if it moves first (exploring policies),
    /// that have not moved yet. While there are any, a free lock is theirs: others queue for it.
    pub lock_contenders: Vec<u32>,
    /// Per lock: handed to a waiter that has not run since (kept only where `locked(L)` is read).
    pub handoffs: super::lock_handoff_state::LockHandoffs,
    pub reentrant: Vec<bool>,
    pub semaphores: Vec<SemaphoreState>,
    pub events: Vec<EventState>,
    pub conditions: Vec<ConditionState>,
    /// What each task needs for waits with a time-out, for contending and for spin-wait detection:
    /// written only through [`Format11State::task_mut`], which marks them written, so that the reset
    /// before a run skips them when the last run wrote none (no task of a format 1.0 file waits with a
    /// time-out, contends or spins).
    tasks: Vec<TaskExtra>,
    tasks_written: bool,
    /// Tasks blocked in a spin-wait.
    pub spinners: u32,
    /// Keys in all maps of all processes together, bounded by `limits::MAX_MAP_KEYS` (kept beside the
    /// maps so a write of a new key need not add them up).
    pub map_keys: usize,
    /// Some task has a `while` loop: only then are reads and progress tracked for spin-waits (format 1.0
    /// files pay nothing).
    pub tracks_spins: bool,
    /// The model uses format 1.1: under an exploring policy the scheduler picks which of several waiters
    /// takes a freed lock or semaphore. A file of format 1.0 alone keeps first-come first-served under
    /// every policy, so that it runs exactly as it did before format 1.1.
    pub wake_order_is_choice: bool,
    /// Some process has an array or a map: only then does a reset walk the processes' memory (a fuzz
    /// run of a small format 1.0 file reset empty vectors of empty vectors).
    pub has_memory: bool,
}

#[derive(Clone, Debug, Default)]
pub struct ProcessMemory {
    pub arrays: Vec<Vec<i64>>,
    pub maps: Vec<BTreeMap<i64, i64>>,
    /// Beside `maps`, one per map when some map of the process is walked in insertion order
    /// (`EntryPart::needs_order`); empty otherwise, so that no other program pays for it.
    pub orders: Vec<MapOrder>,
}

/// The insertion order of a map a program walks as Python does (`for k in d`, `for e in dq`), and its
/// count of changes; kept only when `kept`. A map's entries stay its sorted `BTreeMap` (its state, its
/// `key_at`); this is a second view of the same keys.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MapOrder {
    pub kept: bool,
    /// The place the next new key gets: places only grow, as the entries of CPython's dict table, where
    /// a deleted key leaves a hole an iterator skips and a key inserted again goes to the end.
    pub next_place: i64,
    pub key_at_place: BTreeMap<i64, i64>,
    pub place_of_key: BTreeMap<i64, i64>,
    /// Inserts of a new key and deletes since the run began.
    pub changes: i64,
}

impl MapOrder {
    /// A new key goes to the end of the order (a write of a key the map has keeps its place).
    pub fn inserted(&mut self, key: i64) {
        debug_assert!(!self.place_of_key.contains_key(&key), "key {key} inserted twice");
        self.key_at_place.insert(self.next_place, key);
        self.place_of_key.insert(key, self.next_place);
        self.next_place += 1;
        self.changes += 1;
    }

    pub fn deleted(&mut self, key: i64) {
        let place = self.place_of_key.remove(&key).expect("a deleted key had a place");
        self.key_at_place.remove(&place);
        self.changes += 1;
    }

    /// The first place at least `place` that holds a key, or -1.
    pub fn next_place_from(&self, place: i64) -> i64 {
        self.key_at_place.range(place.max(0)..).next().map_or(-1, |(&found, _)| found)
    }

    /// Back to the map's initial entries, in their declared order.
    fn reset(&mut self, initial: &[(i64, i64)]) {
        self.next_place = 0;
        self.key_at_place.clear();
        self.place_of_key.clear();
        for &(key, _) in initial {
            if !self.place_of_key.contains_key(&key) {
                self.inserted(key);
            }
        }
        self.changes = 0;
    }
}

#[derive(Clone, Debug, Default)]
pub struct SemaphoreState {
    pub value: i64,
    pub waiters: VecDeque<TaskId>,
    /// Waiters woken together (exploring policies) that have not moved yet.
    pub contenders: u32,
    /// Units released while tasks waited, kept for the contenders (never more than there are): the
    /// first ones to move take them, the others wait again.
    pub offered: u32,
}

#[derive(Clone, Debug, Default)]
pub struct EventState {
    pub set: bool,
    pub waiters: Vec<TaskId>,
}

#[derive(Clone, Debug, Default)]
pub struct ConditionState {
    pub waiters: VecDeque<TaskId>,
}

#[derive(Clone, Debug, Default)]
pub struct TaskExtra {
    pub return_value: i64,
    /// Where a blocked wait reports whether it got what it waited for.
    pub wait_into: Option<LocalId>,
    /// A wait with a time-out: when it gives up (timed), or that it may (exploring).
    pub timeout_ns: Option<Nanos>,
    /// A condition's waiter: the depth of the reentrant lock it gave up, restored when it takes it again.
    pub saved_depth: u32,
    /// Counts the task's waits, so that a stale time-out event is ignored.
    pub wait_generation: u64,
    /// A waiter woken with others (exploring policies): its next step tries to take this.
    pub claim: Option<Claim>,
    /// The timed driver's time-out came while the task was woken to contend for a queue and had not
    /// moved: if its step finds nothing to take, it gives up there.
    pub deadline_passed: bool,
    pub spin: Spin,
}

impl TaskExtra {
    /// Whether this is the state a reset leaves (a spin's reads may keep their memory).
    fn is_reset(&self) -> bool {
        let spin = &self.spin;
        self.return_value == 0
            && self.wait_into.is_none()
            && self.timeout_ns.is_none()
            && self.saved_depth == 0
            && self.wait_generation == 0
            && self.claim.is_none()
            && !self.deadline_passed
            && spin.loop_pc == u32::MAX
            && spin.locals_digest == 0
            && !spin.progressed
            && !spin.disturbed
            && spin.reads.is_empty()
            && !spin.reads_overflowed
            && !spin.awaited
            && spin.awaited_loop_back_ns.is_none()
    }
}

/// What a woken contender tries to take at its next step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Claim {
    Lock(LockId),
    Semaphore(u32),
    /// A getter of a LIFO or priority queue: the item it takes goes into the local.
    Get(QueueId, LocalId),
    /// A putter of a full LIFO or priority queue, with its item.
    Put(QueueId, i64),
    /// A notified waiter of an asyncio.Condition, which takes the lock back when it runs
    /// (`asyncio_condition.rs`); it contends with nobody and nothing is kept for it.
    Relock(LockId),
}

impl Claim {
    /// Exploration's state encoding: one word, -1 for none, below it an asyncio waiter's lock taken back,
    /// then locks, then semaphores; a queue's
    /// claim is two words, after both (which queue and which way, then the putter's item: the getter's
    /// local is its step's, which the task's position already says).
    pub fn encode(claim: Option<Claim>, locks: usize, semaphores: usize, out: &mut Vec<i64>) {
        let queues = (locks + semaphores) as i64;
        match claim {
            None => out.push(-1),
            Some(Claim::Lock(lock)) => out.push(i64::from(lock.0)),
            Some(Claim::Semaphore(semaphore)) => out.push(locks as i64 + i64::from(semaphore)),
            Some(Claim::Get(queue, _)) => out.extend([queues + 2 * i64::from(queue.0), 0]),
            Some(Claim::Put(queue, value)) => out.extend([queues + 2 * i64::from(queue.0) + 1, value]),
            Some(Claim::Relock(lock)) => out.push(-2 - i64::from(lock.0)),
        }
    }
}

/// What one iteration of a `while` did, to recognise a spin-wait.
#[derive(Clone, Debug, Default)]
pub struct Spin {
    /// The `LoopBack` of the last iteration that ended (`u32::MAX`: none).
    pub loop_pc: u32,
    pub locals_digest: u64,
    /// The task wrote something (shared state, a queue, a primitive) since the last iteration ended.
    pub progressed: bool,
    /// Another task wrote something the iteration read, after it read it: the next read may differ.
    pub disturbed: bool,
    /// What the iteration read.
    pub reads: Vec<Object>,
    pub reads_overflowed: bool,
    /// The coroutine awaited a sleep in this iteration (gave its loop away: engine/awaiting_spins.rs).
    pub awaited: bool,
    /// The task's present at the end of the last iteration that awaited, to know how long one pass of
    /// the poll takes.
    pub awaited_loop_back_ns: Option<Nanos>,
}

impl Spin {
    /// A new iteration begins (or none is being watched).
    pub fn forget(&mut self) {
        self.progressed = false;
        self.disturbed = false;
        self.reads.clear();
        self.reads_overflowed = false;
        self.awaited = false;
    }
}

impl Format11State {
    /// Sized for `model`, with what the model fixes (which locks are reentrant, whether spins are
    /// tracked, whether the wake order is a choice) worked out once here rather than before every run.
    pub fn new(model: &Model) -> Self {
        let mut state = Format11State::default();
        state.memory.resize_with(model.processes.len(), ProcessMemory::default);
        for (memory, process) in state.memory.iter_mut().zip(&model.processes) {
            memory.arrays.resize_with(process.arrays.len(), Vec::new);
            memory.maps.resize_with(process.maps.len(), BTreeMap::new);
        }
        for task in &model.tasks {
            for step in &task.program {
                if let Instr::ReadEntry { map, part, .. } = *step
                    && part.needs_order()
                {
                    let memory = &mut state.memory[task.process.index()];
                    memory.orders.resize_with(memory.maps.len(), MapOrder::default);
                    memory.orders[map.index()].kept = true;
                }
            }
        }
        state.lock_depth.resize(model.locks.len(), 0);
        state.lock_contenders.resize(model.locks.len(), 0);
        state.handoffs = super::lock_handoff_state::LockHandoffs::new(model);
        state.reentrant.resize(model.locks.len(), false);
        for lock in &model.sync.reentrant_locks {
            state.reentrant[lock.index()] = true;
        }
        state.semaphores.resize_with(model.sync.semaphores.len(), SemaphoreState::default);
        state.events.resize_with(model.sync.events.len(), EventState::default);
        state.conditions.resize_with(model.sync.conditions.len(), ConditionState::default);
        state.tasks.resize_with(model.tasks.len(), TaskExtra::default);
        state.tasks_written = true;
        state.tracks_spins = model.tasks.iter().any(|t| t.program.iter().any(|i| matches!(i, Instr::LoopBack { .. })));
        state.wake_order_is_choice = uses_format_11(model);
        state.has_memory = model.processes.iter().any(|p| !p.arrays.is_empty() || !p.maps.is_empty());
        state.reset(model);
        state
    }

    /// Ready for the next run of the model it was made for (`new`): every value back to its start.
    pub fn reset(&mut self, model: &Model) {
        self.map_keys = 0;
        if self.has_memory {
            self.reset_memory(model);
        }
        // Guarded: a fill is a call to `memset` even for a model without locks.
        if !self.lock_depth.is_empty() {
            self.lock_depth.fill(0);
            self.lock_contenders.fill(0);
        }
        self.handoffs.reset();
        for (state, definition) in self.semaphores.iter_mut().zip(&model.sync.semaphores) {
            state.value = definition.initial;
            state.waiters.clear();
            state.contenders = 0;
            state.offered = 0;
        }
        for event in &mut self.events {
            event.set = false;
            event.waiters.clear();
        }
        for condition in &mut self.conditions {
            condition.waiters.clear();
        }
        if self.tasks_written {
            for task in &mut self.tasks {
                task.return_value = 0;
                task.wait_into = None;
                task.timeout_ns = None;
                task.saved_depth = 0;
                task.wait_generation = 0;
                task.claim = None;
                task.deadline_passed = false;
                task.spin.loop_pc = u32::MAX;
                task.spin.locals_digest = 0;
                task.spin.awaited_loop_back_ns = None;
                task.spin.forget();
            }
            self.tasks_written = false;
        }
        debug_assert!(self.tasks.iter().all(TaskExtra::is_reset), "a task's extra state was written unmarked");
        self.spinners = 0;
    }

    /// Every task's extra state, to read.
    pub fn tasks(&self) -> &[TaskExtra] {
        &self.tasks
    }

    /// What `task` was woken to contend for, if anything. Asked at every step of an exploring run: no
    /// task has a claim while no extra state was written (one test instead of a look-up).
    #[inline]
    pub fn claim_of(&self, task: TaskId) -> Option<Claim> {
        if !self.tasks_written {
            return None;
        }
        self.tasks[task.index()].claim
    }

    /// The extra state of `task`, to write: marked written, so that the next reset restores it.
    pub fn task_mut(&mut self, task: TaskId) -> &mut TaskExtra {
        self.tasks_written = true;
        &mut self.tasks[task.index()]
    }

    fn reset_memory(&mut self, model: &Model) {
        for (memory, process) in self.memory.iter_mut().zip(&model.processes) {
            for (values, array) in memory.arrays.iter_mut().zip(&process.arrays) {
                values.clone_from(&array.initial);
            }
            for (values, map) in memory.maps.iter_mut().zip(&process.maps) {
                values.clear();
                values.extend(map.initial.iter().copied());
                self.map_keys += values.len();
            }
            for (order, map) in memory.orders.iter_mut().zip(&process.maps) {
                if order.kept {
                    order.reset(&map.initial);
                }
            }
        }
    }
}

/// Whether the model declares or steps anything of format 1.1.
pub fn uses_format_11(model: &Model) -> bool {
    let sync = &model.sync;
    let declares = !sync.reentrant_locks.is_empty()
        || !sync.semaphores.is_empty()
        || !sync.events.is_empty()
        || !sync.conditions.is_empty()
        || model.processes.iter().any(|p| !p.arrays.is_empty() || !p.maps.is_empty());
    declares || model.tasks.iter().any(|task| task.program.iter().any(|&step| !is_format_10_step(step)))
}

fn is_format_10_step(step: Instr) -> bool {
    matches!(
        step,
        Instr::Cpu(_)
            | Instr::Native(_)
            | Instr::Io(_)
            | Instr::Await(_)
            | Instr::Yield
            | Instr::Lock(_)
            | Instr::Unlock(_)
            | Instr::TaskDone(_)
            | Instr::JoinQueue(_)
            | Instr::Spawn(_)
            | Instr::Join(_)
            | Instr::Barrier(_)
            | Instr::Kill(_)
            | Instr::ReadShared { .. }
            | Instr::ReadQueueLen { .. }
            | Instr::Get { .. }
            | Instr::Let { .. }
            | Instr::SetShared { .. }
            | Instr::Put { .. }
            | Instr::Assert { .. }
            | Instr::RepeatEnter { .. }
            | Instr::RepeatTest { .. }
            | Instr::RepeatNext { .. }
            | Instr::RepeatRestore { .. }
    )
}
