//! Symmetry reduction for exploration's state cache (Emerson and Sistla, "Symmetry and model
//! checking", 1996; Ip and Dill, "Better verification through symmetry", 1996): tasks with the same
//! definition are interchangeable, so a state and its image under a permutation of them have the same
//! futures up to that permutation, and the same outcomes (an outcome names no task). The cache keeps
//! one state per orbit: before a lookup the state is written as its image under a permutation that
//! sorts each group's tasks by their own words ([`Symmetry::encode`]). docs/exploration.md says why
//! this is sound together with sleep sets.
//!
//! Interchangeable means: the same program and expressions, kind, process, event loop, `after` list,
//! start, daemon flag, priority and number of locals (their initial values may differ: they are part
//! of the task's own words, which the permutation moves with the task), and no task range a program
//! names (`spawn`, `join`, `kill`, `after`) holds some of the group but not all, since a reference to
//! part of a group would tell its tasks apart. Models with executors or futures get no symmetry: a
//! future is a value naming a task (a local may hold one), which no renaming of the words can reach.
//!
//! The canonical form is cheap rather than perfect: a group's tasks are sorted by their own words
//! (tasks they name written as their group), then by where the state first names them (a lock's
//! holder, a place in a waiters' queue), then by id. Two states of one orbit can still get two forms
//! when tasks tie on both and are told apart only by what they name themselves; that costs a repeated
//! state, never soundness, because every form written is the image of the state under a permutation of
//! interchangeable tasks, and the search is told which.

use std::collections::{BTreeMap, BTreeSet};

use super::search_state::{self, TaskNaming};
use super::state::State;
use crate::access::Object;
use crate::model::{FormatPart, Instr, Model, TaskDef, TaskId};

/// The groups of interchangeable tasks of a model, and the buffers that write a state canonically
/// (kept across states: a lookup allocates nothing once they have grown).
#[derive(Debug, Default)]
pub struct Symmetry {
    /// Groups of two or more interchangeable tasks, each ascending.
    groups: Vec<Vec<u32>>,
    /// Per task: the id under which a comparison key names it (its group's first task, so that every
    /// task of a group reads the same in a key; its own id outside groups).
    class_ids: Vec<u32>,
    /// The own words of every grouped task in the state being written, and where each task's are.
    keys: Vec<i64>,
    key_ranges: Vec<(usize, usize)>,
    /// Per task: where its own words (the start of its key) are in `keys`, when they read the same
    /// under any naming (they name no task), so that the state's words copy them instead of writing
    /// them again.
    own_ranges: Vec<Option<(usize, usize)>>,
    /// Per task: where the state first names it outside the tasks' own words (`u32::MAX`: nowhere).
    first_reference: Vec<u32>,
    sorted: Vec<u32>,
    /// Task `order[k]` of the run is written as task k.
    order: Vec<u32>,
    /// Task `t` of the run is written as task `ids[t]`.
    ids: Vec<u32>,
    /// Per task of the run: the task of the words that heads its class of tasks interchangeable in the
    /// state being written (swapping two of a class leaves the state as it is); its own id in the words
    /// when it is alone.
    classes: Vec<u32>,
}

impl Symmetry {
    /// No symmetry: every state is written as it is.
    pub fn none() -> Self {
        Symmetry::default()
    }

    /// The interchangeable tasks of `model`.
    pub fn of(model: &Model) -> Self {
        let groups = interchangeable_groups(model);
        let tasks = model.tasks.len();
        let mut class_ids: Vec<u32> = (0..tasks as u32).collect();
        for group in &groups {
            for &task in group {
                class_ids[task as usize] = group[0];
            }
        }
        Symmetry {
            groups,
            class_ids,
            keys: Vec::new(),
            key_ranges: vec![(0, 0); tasks],
            own_ranges: vec![None; tasks],
            first_reference: vec![u32::MAX; tasks],
            sorted: Vec::new(),
            order: (0..tasks as u32).collect(),
            ids: (0..tasks as u32).collect(),
            classes: (0..tasks as u32).collect(),
        }
    }

    /// Whether no two tasks are interchangeable (states are written as they are).
    pub fn is_trivial(&self) -> bool {
        self.groups.is_empty()
    }

    /// The groups of interchangeable tasks, each ascending.
    pub fn groups(&self) -> &[Vec<u32>] {
        &self.groups
    }

    /// After [`Symmetry::encode`]: task `t` of the run is task `canonical_ids()[t]` of the words.
    pub fn canonical_ids(&self) -> &[u32] {
        &self.ids
    }

    /// After [`Symmetry::encode`]: task k of the words is task `actual_tasks()[k]` of the run.
    pub fn actual_tasks(&self) -> &[u32] {
        &self.order
    }

    /// After [`Symmetry::encode`]: two tasks of the run with the same `state_classes()` entry can be
    /// swapped without changing the state (the swap is an automorphism of it), so their steps lead to
    /// states of one orbit. Tasks alone in their class have entries of their own.
    pub fn state_classes(&self) -> &[u32] {
        &self.classes
    }

    /// Writes the state as its image under a permutation of interchangeable tasks that sorts each
    /// group by its tasks' own words, and keeps that permutation and the state's classes of tasks
    /// that a swap leaves alone.
    pub(super) fn encode(
        &mut self,
        model: &Model,
        state: &State,
        live: &dyn Fn(usize, u32, usize) -> bool,
        out: &mut Vec<i64>,
    ) {
        if self.groups.is_empty() {
            search_state::encode(model, state, live, TaskNaming::Identity, out);
            return;
        }
        self.write_keys(state, live);
        self.find_first_references(state);
        let spin_reads_name_tasks = spin_reads_name_tasks(state);
        for group in 0..self.groups.len() {
            self.sort_group(group);
            self.find_classes(group, spin_reads_name_tasks);
        }
        let naming = TaskNaming::Renamed {
            order: &self.order,
            ids: &self.ids,
            own_words: &self.keys,
            own_ranges: &self.own_ranges,
        };
        search_state::encode(model, state, live, naming, out);
    }

    /// Every grouped task's own words, with the tasks they name written as their group.
    fn write_keys(&mut self, state: &State, live: &dyn Fn(usize, u32, usize) -> bool) {
        self.keys.clear();
        let naming = TaskNaming::Renamed { order: &[], ids: &self.class_ids, own_words: &[], own_ranges: &[] };
        for group in &self.groups {
            for &task in group {
                let start = self.keys.len();
                let own = search_state::task_key(state, task as usize, live, naming, &mut self.keys);
                self.key_ranges[task as usize] = (start, self.keys.len());
                self.own_ranges[task as usize] = (!own.names_task).then_some((start, own.end));
            }
        }
    }

    /// Where the state first names each task outside the tasks' own words, counted in the order the
    /// encoding writes those places. Only a tie-break: a place missed here costs a repeated state.
    fn find_first_references(&mut self, state: &State) {
        for group in &self.groups {
            for &task in group {
                self.first_reference[task as usize] = u32::MAX;
            }
        }
        let world = &state.world;
        let format11 = &world.format11;
        // In the order the encoding writes the places.
        let first_reference = &mut self.first_reference;
        let mut place = 0u32;
        let mut note = |task: Option<TaskId>| {
            if let Some(TaskId(task)) = task {
                let first = &mut first_reference[task as usize];
                *first = (*first).min(place);
            }
            place += 1;
        };
        world.locks.iter().for_each(|lock| note(lock.holder));
        for lock in &world.locks {
            lock.waiters.iter().for_each(|&task| note(Some(task)));
        }
        for queue in &world.queues {
            queue.getters.iter().chain(&queue.putters).for_each(|&task| note(Some(task)));
        }
        for barrier in &world.barriers {
            barrier.arrived.iter().for_each(|&task| note(Some(task)));
        }
        state.stepwise.loop_owner.iter().for_each(|&owner| note(owner));
        for semaphore in &format11.semaphores {
            semaphore.waiters.iter().for_each(|&task| note(Some(task)));
        }
        for event in &format11.events {
            event.waiters.iter().for_each(|&task| note(Some(task)));
        }
        for condition in &format11.conditions {
            condition.waiters.iter().for_each(|&task| note(Some(task)));
        }
    }

    /// Sorts group `group` by key, and writes its tasks into the group's ids in that order.
    fn sort_group(&mut self, group: usize) {
        let members = &self.groups[group];
        self.sorted.clear();
        self.sorted.extend_from_slice(members);
        let (keys, ranges, first) = (&self.keys, &self.key_ranges, &self.first_reference);
        let key = |task: u32| {
            let (start, end) = ranges[task as usize];
            &keys[start..end]
        };
        self.sorted.sort_unstable_by(|&a, &b| {
            key(a).cmp(key(b)).then(first[a as usize].cmp(&first[b as usize])).then(a.cmp(&b))
        });
        for (&slot, &task) in members.iter().zip(&self.sorted) {
            self.order[slot as usize] = task;
            self.ids[task as usize] = slot;
        }
    }

    /// The classes of group `group` (sorted already) in the state being written: neighbours in the
    /// sorted order with equal keys that the state names nowhere else (no lock held or waited for, no
    /// place in a queue of waiters, no loop owned, no spin-wait's read) and whose own words name no
    /// task are one class. Swapping two of them then writes every word alike: their own words are
    /// equal, and nothing else names either.
    fn find_classes(&mut self, group: usize, spin_reads_name_tasks: bool) {
        let members = &self.groups[group];
        let (keys, ranges) = (&self.keys, &self.key_ranges);
        let key = |task: u32| {
            let (start, end) = ranges[task as usize];
            &keys[start..end]
        };
        let unnamed = |task: u32| {
            !spin_reads_name_tasks
                && self.first_reference[task as usize] == u32::MAX
                && self.own_ranges[task as usize].is_some()
        };
        let mut head: Option<(u32, u32)> = None;
        for &slot in members {
            let task = self.order[slot as usize];
            let class = match head {
                Some((head_task, head_slot)) if unnamed(task) && key(task) == key(head_task) => head_slot,
                _ => slot,
            };
            if class == slot {
                head = unnamed(task).then_some((task, slot));
            }
            self.classes[task as usize] = class;
        }
    }
}

/// Whether some task's spin-wait remembers reading a task: such a read names the task outside the
/// places [`Symmetry::find_first_references`] looks at, so no swap is taken for an automorphism then.
fn spin_reads_name_tasks(state: &State) -> bool {
    let format11 = &state.world.format11;
    format11.tracks_spins
        && format11
            .tasks()
            .iter()
            .flat_map(|task| &task.spin.reads)
            .any(|object| matches!(object, Object::Task(_) | Object::WokenBy(_) | Object::CancelledBy(_)))
}

/// The groups of two or more interchangeable tasks of `model` (none with executors or futures: a
/// future is a value naming a task, which no renaming of the state's words reaches).
fn interchangeable_groups(model: &Model) -> Vec<Vec<u32>> {
    if uses_futures(model) {
        return Vec::new();
    }
    let mut classes = same_definitions(model);
    for named in named_task_sets(model) {
        classes = classes.into_iter().flat_map(|class| split_by(class, &named)).collect();
    }
    classes.retain(|class| class.len() >= 2);
    classes
}

fn uses_futures(model: &Model) -> bool {
    let futures = &model.futures;
    !(futures.executors.is_empty()
        && futures.task_executors.is_empty()
        && futures.instances.is_empty()
        && futures.submits.is_empty()
        && futures.waits.is_empty())
        || model.tasks.iter().any(|task| task.program.iter().any(|step| step.part() == FormatPart::Futures))
}

/// Tasks with the same definition (up to name, source lines and the initial values of locals), in
/// classes ascending by their first task.
fn same_definitions(model: &Model) -> Vec<Vec<u32>> {
    let mut classes: Vec<Vec<u32>> = Vec::new();
    // Only tasks alike in these can be alike at all: comparing within a bucket keeps this near linear.
    let mut buckets: BTreeMap<(usize, usize, u32), Vec<usize>> = BTreeMap::new();
    for (index, task) in model.tasks.iter().enumerate() {
        let bucket = buckets.entry((task.program.len(), task.locals.len(), task.process.0)).or_default();
        let alike =
            bucket.iter().copied().find(|&class| same_definition(&model.tasks[classes[class][0] as usize], task));
        match alike {
            Some(class) => classes[class].push(index as u32),
            None => {
                bucket.push(classes.len());
                classes.push(vec![index as u32]);
            }
        }
    }
    classes
}

/// Whether two tasks do the same thing from the same kind of start: everything but the name, the
/// source lines and the initial values of locals.
fn same_definition(a: &TaskDef, b: &TaskDef) -> bool {
    a.kind == b.kind
        && a.process == b.process
        && a.event_loop == b.event_loop
        && a.after == b.after
        && a.spawned == b.spawned
        && a.daemon == b.daemon
        && a.priority == b.priority
        && a.locals.len() == b.locals.len()
        && a.program == b.program
        && a.exprs == b.exprs
}

/// Every set of tasks some part of the model names: the ranges of `spawn`, `join` and `kill`, and
/// every task's `after` list (as a set: it is waited for as a whole).
fn named_task_sets(model: &Model) -> BTreeSet<Vec<u32>> {
    let mut sets = BTreeSet::new();
    for task in &model.tasks {
        if !task.after.is_empty() {
            let mut after: Vec<u32> = task.after.iter().map(|t| t.0).collect();
            after.sort_unstable();
            after.dedup();
            sets.insert(after);
        }
        for step in &task.program {
            if let Instr::Spawn(range) | Instr::Join(range) | Instr::Kill(range) = *step {
                sets.insert(range.iter().map(|t| t.0).collect());
            }
        }
    }
    sets
}

/// `class` split into the tasks in `named` (ascending) and the others.
fn split_by(class: Vec<u32>, named: &[u32]) -> Vec<Vec<u32>> {
    let (inside, outside): (Vec<u32>, Vec<u32>) = class.into_iter().partition(|t| named.binary_search(t).is_ok());
    [inside, outside].into_iter().filter(|part| !part.is_empty()).collect()
}
