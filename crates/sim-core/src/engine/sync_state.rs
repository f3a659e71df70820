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
    pub reentrant: Vec<bool>,
    pub semaphores: Vec<SemaphoreState>,
    pub events: Vec<EventState>,
    pub conditions: Vec<ConditionState>,
    pub tasks: Vec<TaskExtra>,
    /// Tasks blocked in a spin-wait.
    pub spinners: u32,
    /// Some task has a `while` loop: only then are reads and progress tracked for spin-waits (format 1.0
    /// files pay nothing).
    pub tracks_spins: bool,
}

#[derive(Clone, Debug, Default)]
pub struct ProcessMemory {
    pub arrays: Vec<Vec<i64>>,
    pub maps: Vec<BTreeMap<i64, i64>>,
}

#[derive(Clone, Debug, Default)]
pub struct SemaphoreState {
    pub value: i64,
    pub waiters: VecDeque<TaskId>,
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
    pub spin: Spin,
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
}

impl Spin {
    /// A new iteration begins (or none is being watched).
    pub fn forget(&mut self) {
        self.progressed = false;
        self.disturbed = false;
        self.reads.clear();
        self.reads_overflowed = false;
    }
}

impl Format11State {
    pub fn new(model: &Model) -> Self {
        let mut state = Format11State::default();
        state.reset(model);
        state
    }

    pub fn reset(&mut self, model: &Model) {
        self.memory.resize_with(model.processes.len(), ProcessMemory::default);
        for (memory, process) in self.memory.iter_mut().zip(&model.processes) {
            memory.arrays.resize_with(process.arrays.len(), Vec::new);
            for (values, array) in memory.arrays.iter_mut().zip(&process.arrays) {
                values.clone_from(&array.initial);
            }
            memory.maps.resize_with(process.maps.len(), BTreeMap::new);
            for (values, map) in memory.maps.iter_mut().zip(&process.maps) {
                values.clear();
                values.extend(map.initial.iter().copied());
            }
        }
        self.lock_depth.clear();
        self.lock_depth.resize(model.locks.len(), 0);
        self.reentrant.clear();
        self.reentrant.resize(model.locks.len(), false);
        for lock in &model.sync.reentrant_locks {
            self.reentrant[lock.index()] = true;
        }
        self.semaphores.resize_with(model.sync.semaphores.len(), SemaphoreState::default);
        for (state, definition) in self.semaphores.iter_mut().zip(&model.sync.semaphores) {
            state.value = definition.initial;
            state.waiters.clear();
        }
        self.events.resize_with(model.sync.events.len(), EventState::default);
        for event in &mut self.events {
            event.set = false;
            event.waiters.clear();
        }
        self.conditions.resize_with(model.sync.conditions.len(), ConditionState::default);
        for condition in &mut self.conditions {
            condition.waiters.clear();
        }
        self.tasks.resize_with(model.tasks.len(), TaskExtra::default);
        for task in &mut self.tasks {
            task.return_value = 0;
            task.wait_into = None;
            task.timeout_ns = None;
            task.saved_depth = 0;
            task.wait_generation = 0;
            task.spin.loop_pc = u32::MAX;
            task.spin.locals_digest = 0;
            task.spin.forget();
        }
        self.spinners = 0;
        self.tracks_spins = model.tasks.iter().any(|t| t.program.iter().any(|i| matches!(i, Instr::LoopBack { .. })));
    }
}
