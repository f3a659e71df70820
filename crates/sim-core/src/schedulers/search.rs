//! The search behind `weft explore`, apart from the engine: which task to run at every choice point of
//! a schedule, and which schedule to run next. The engine tells it, per step, what the step touched
//! (a [`Footprint`]) and, when it caches states, the state before every new choice; it answers with
//! choices.
//!
//! Three ways to search (docs/exploration.md says why each is sound):
//! - **State caching** (the default, [`Reduction::CachedStates`]): at every state, every enabled task
//!   not in the sleep set is a branch (Godefroid 1996); a state met again whose exploration is finished
//!   is explored no further, except for the tasks that were asleep at every earlier visit and are awake
//!   now (Godefroid, Holzmann and Pirottin, "State-space caching revisited", 1995). A state met again on
//!   the path in progress (a cycle) is explored as if new.
//! - **Stateless DPOR** ([`Reduction::StatelessDpor`]): dynamic partial-order reduction (Flanagan and
//!   Godefroid, POPL 2005) with source sets (Abdulla, Aronis, Jonsson and Sagonas, POPL 2014) and sleep
//!   sets: after every step, every earlier step it races with (dependent, of another task, ordered
//!   before it by nothing else) gets a task that can start the reversal added to its backtrack set.
//!   Happens-before is kept with vector clocks, per resource (last write, last read of every task
//!   since), so a step costs the same at the start and at the end of a long run. It runs one schedule
//!   per class of interleavings, which is what `weft fuzz`'s coverage counts.
//! - **Bounded by preemptions**: every schedule within the bound, without reduction (sleep sets and
//!   DPOR's backtracking assume the reordered schedule is explored, and with a bound it may need more
//!   preemptions than allowed: Musuvathi and Qadeer, 2007; Coons, Musuvathi and McKinley, 2013); with
//!   state caching, a state is the program's state with the task that stepped last and the preemptions
//!   spent, which is all the future within the bound depends on.
//!
//! Dependence is over [`Resource`]s, including three that are not objects of the program:
//! - every step of a task reads the task (`kill` writes it; `spawn`, `join` and `after` order through
//!   it; only a task's finishing step writes it);
//! - an outcome is the status with the shared variables when the run stops, so a failing step, which
//!   stops the run, writes [`Resource::Outcome`], which every step that writes a shared variable reads;
//! - with daemons, the last non-daemon to finish stops them, so every non-daemon's finishing step (and
//!   every failing step) writes [`Resource::DaemonsStop`], which every daemon step that writes a
//!   shared variable reads.
//!
//! Under stateless DPOR, steps that a run never got to take (tasks still enabled when its last step
//! stopped it) race with that last step: every task enabled before it is tried there too.

use std::collections::{BTreeMap, BTreeSet};

use super::state_cache::{StateCache, Visit};
use crate::access::Object;

/// How an unbounded search avoids running equivalent schedules.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Reduction {
    /// Sleep sets, and states recognised when met again.
    #[default]
    CachedStates,
    /// Source-set DPOR with sleep sets, every schedule a fresh run with no memory of states.
    StatelessDpor,
}

/// Something a step reads or writes, for dependence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Resource {
    Object(Object),
    /// An event loop: its coroutines take turns on it.
    Loop(u32),
    /// The outcome of a run that stops now.
    Outcome,
    /// Daemons keep running until the last non-daemon finishes.
    DaemonsStop,
    /// Under `--timeouts quiescent` a time-out fires only when nothing else can move, so the first
    /// waiter to give up ends the others' turn to: every such giving up writes this.
    StuckWaiters,
}

/// The state before a choice, as the cache keys it: its words, and which of this run's tasks each task
/// of the words is (symmetry reduction writes a state with interchangeable tasks renamed; empty
/// renamings are the identity).
#[derive(Debug)]
pub struct StateKey<'a> {
    pub words: &'a mut Vec<i64>,
    /// Task `t` of this run is task `canonical_ids[t]` of the words.
    pub canonical_ids: &'a [u32],
    /// Task k of the words is task `actual_tasks[k]` of this run.
    pub actual_tasks: &'a [u32],
}

impl StateKey<'_> {
    /// `tasks` of this run as tasks of the words, ascending.
    fn to_canonical(&self, tasks: &[u32]) -> Vec<u32> {
        rename(tasks, self.canonical_ids)
    }

    /// `tasks` of the words as tasks of this run, ascending.
    fn to_actual(&self, tasks: &[u32]) -> Vec<u32> {
        rename(tasks, self.actual_tasks)
    }
}

/// `tasks` renamed through `ids` (none renamed when it is empty), ascending.
fn rename(tasks: &[u32], ids: &[u32]) -> Vec<u32> {
    if ids.is_empty() {
        return tasks.to_vec();
    }
    let mut renamed: Vec<u32> = tasks.iter().map(|&t| ids[t as usize]).collect();
    renamed.sort_unstable();
    renamed
}

/// What one step of a task touched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Footprint {
    pub task: u32,
    /// Sorted, without duplicates; `true` for a write (a write also reads).
    pub accesses: Vec<(Resource, bool)>,
    /// Tasks this step handed something to (a lock, an item, a start): they go on after it.
    pub wakes: Vec<u32>,
}

impl Footprint {
    /// A footprint from a step's accesses, sorted and merged (a write wins over a read).
    pub fn new(task: u32, mut accesses: Vec<(Resource, bool)>, wakes: Vec<u32>) -> Self {
        accesses.sort();
        accesses.dedup_by(|later, earlier| {
            let same = later.0 == earlier.0;
            if same {
                earlier.1 |= later.1;
            }
            same
        });
        Footprint { task, accesses, wakes }
    }

    /// Whether the two steps may not be swapped.
    pub fn dependent(&self, other: &Footprint) -> bool {
        if self.task == other.task {
            return true;
        }
        // Both sorted: one merge pass.
        let (mut i, mut j) = (0, 0);
        while i < self.accesses.len() && j < other.accesses.len() {
            let (a, wa) = self.accesses[i];
            let (b, wb) = other.accesses[j];
            match a.cmp(&b) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    if wa || wb {
                        return true;
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        false
    }
}

#[derive(Clone, Debug)]
struct Node {
    enabled: Vec<u32>,
    chosen: u32,
    backtrack: BTreeSet<u32>,
    /// Tasks explored from this node, with the step each took here.
    done: Vec<Footprint>,
    /// Steps not to take from here: an earlier schedule covered them.
    sleep: Vec<Footprint>,
    previous: Option<u32>,
    preemptions: u32,
    /// The cached state this node explores, to leave when the node leaves the stack.
    cached: Option<u32>,
}

/// Last accesses of one resource in the current run: the last write, and every task's last read since.
#[derive(Clone, Debug, Default)]
struct ResourceHistory {
    last_write: Option<usize>,
    reads_since: Vec<(u32, usize)>,
}

/// The exploration, across schedules.
#[derive(Debug)]
pub struct Search {
    tasks: usize,
    bound: Option<u32>,
    reduction: Reduction,
    cache: StateCache,
    stack: Vec<Node>,
    /// Nodes of the stack replayed in the current run.
    prefix: usize,
    // The current run.
    depth: usize,
    sleep: Vec<Footprint>,
    previous: Option<u32>,
    preemptions: u32,
    /// Per step: its task and vector clock (1 + index of the latest step of each task before it).
    steps: Vec<(u32, Vec<u32>)>,
    /// Per task: its clock now (its last step's, joined with what woke it since).
    task_clocks: Vec<Vec<u32>>,
    resources: BTreeMap<Resource, ResourceHistory>,
}

impl Search {
    pub fn new(tasks: usize, bound: Option<u32>, reduction: Reduction) -> Self {
        Search {
            tasks,
            bound,
            reduction,
            cache: StateCache::default(),
            stack: Vec::new(),
            prefix: 0,
            depth: 0,
            sleep: Vec::new(),
            previous: None,
            preemptions: 0,
            steps: Vec::new(),
            task_clocks: vec![vec![0; tasks]; tasks],
            resources: BTreeMap::new(),
        }
    }

    /// Starts a schedule: the stack's choices up to the node chosen by [`Search::next_schedule`].
    pub fn begin_run(&mut self) {
        for node in &self.stack[self.prefix..] {
            if let Some(id) = node.cached {
                self.cache.leave(id);
            }
        }
        self.stack.truncate(self.prefix);
        self.depth = 0;
        self.sleep.clear();
        self.previous = None;
        self.preemptions = 0;
        self.steps.clear();
        for clock in &mut self.task_clocks {
            clock.iter_mut().for_each(|c| *c = 0);
        }
        self.resources.clear();
    }

    /// Whether the search wants the state before the choice after `pending` more steps: it caches
    /// states and that choice is a new one (not a replayed prefix).
    pub fn wants_state(&self, pending: usize) -> bool {
        self.reduction == Reduction::CachedStates && self.depth + pending >= self.prefix
    }

    /// The task to run next among `enabled` (ascending task ids), or `None` when every one of them
    /// is asleep or the state was explored before: the rest of this schedule is covered. `state` is the
    /// run's state when [`Search::wants_state`] said so (a bounded search appends to it, and takes
    /// states renaming no task). `giving_up`
    /// are the enabled tasks whose step would give up a wait with a time-out: stateless DPOR tries each
    /// of them here, since a step that ends such a wait (a release, a `notify`, another waiter's giving
    /// up when nothing else can move) races with a giving up that the run then never shows.
    pub fn choose(&mut self, enabled: &[u32], giving_up: &[u32], state: Option<StateKey<'_>>) -> Option<u32> {
        let task = if self.depth < self.prefix {
            let node = &self.stack[self.depth];
            assert_eq!(node.enabled, enabled, "a run is a deterministic function of its choices");
            node.chosen
        } else {
            self.choose_new(enabled, giving_up, state)?
        };
        if self.previous.is_some_and(|p| p != task && enabled.contains(&p)) {
            self.preemptions += 1;
        }
        Some(task)
    }

    /// A new node: its branches (with state caching, fewer or none for a state explored before), and
    /// the first of them.
    fn choose_new(&mut self, enabled: &[u32], giving_up: &[u32], state: Option<StateKey<'_>>) -> Option<u32> {
        let mut branches: Vec<u32> = enabled
            .iter()
            .copied()
            .filter(|&t| !self.sleep.iter().any(|f| f.task == t) && self.allowed(enabled, t, self.preemptions))
            .collect();
        let mut cached = None;
        if let Some(key) = state {
            if self.bound.is_some() {
                assert!(key.canonical_ids.is_empty(), "a bounded search names the task that stepped last");
                let previous = self.previous.filter(|p| enabled.contains(p));
                key.words.extend([previous.map_or(-1, i64::from), i64::from(self.preemptions)]);
            }
            // The cache keeps tasks as the words name them: what is asleep goes in renamed, and what
            // no earlier visit explored comes back as this run's tasks.
            let asleep: Vec<u32> = enabled.iter().copied().filter(|t| !branches.contains(t)).collect();
            match self.cache.visit(key.words, &key.to_canonical(&asleep)) {
                Visit::New(id) => cached = Some(id),
                Visit::Finished { id, unexplored } => {
                    // Only what every earlier visit left asleep is new here; what stays asleep now is
                    // asleep for reasons both visits share.
                    let unexplored = key.to_actual(&unexplored);
                    branches.retain(|t| unexplored.contains(t));
                    self.sleep.retain(|f| unexplored.contains(&f.task));
                    cached = Some(id);
                }
                Visit::Untracked => {}
            }
        }
        let task = match self.previous.filter(|p| branches.contains(p)) {
            Some(previous) => previous,
            None => match branches.first() {
                Some(&first) => first,
                None => {
                    // Nothing to explore from here: its exploration is finished at once.
                    if let Some(id) = cached {
                        self.cache.leave(id);
                    }
                    return None;
                }
            },
        };
        let backtrack = if self.reduction == Reduction::CachedStates || self.bound.is_some() {
            branches.into_iter().collect()
        } else {
            branches.into_iter().filter(|t| giving_up.contains(t)).collect()
        };
        self.stack.push(Node {
            enabled: enabled.to_vec(),
            chosen: task,
            backtrack,
            done: Vec::new(),
            sleep: self.sleep.clone(),
            previous: self.previous,
            preemptions: self.preemptions,
            cached,
        });
        Some(task)
    }

    /// Whether choosing `task` keeps the schedule within the bound.
    fn allowed(&self, enabled: &[u32], task: u32, preemptions: u32) -> bool {
        let preempts = self.previous.is_some_and(|p| p != task && enabled.contains(&p));
        self.bound.is_none_or(|b| preemptions + u32::from(preempts) <= b)
    }

    /// Whether the step just chosen needs its footprint: for the race analysis of stateless DPOR, or
    /// for the sleep sets of the nodes from the last replayed one on. Replaying a prefix needs none.
    pub fn wants_footprint(&self) -> bool {
        (self.reduction == Reduction::StatelessDpor && self.bound.is_none()) || self.depth + 1 >= self.prefix
    }

    /// The step chosen last has been taken; `footprint` is what it touched.
    pub fn stepped(&mut self, footprint: Footprint) {
        let depth = self.depth;
        let task = footprint.task;
        if self.bound.is_none() && self.reduction == Reduction::StatelessDpor {
            self.add_backtrack_for_race(&footprint);
        }
        // The sleep set after the step: what the node had asleep or explored, minus what the step
        // depends on. The step itself is not in it, so it can go into `done` after, moved.
        self.sleep.clear();
        let node = &mut self.stack[depth];
        if self.bound.is_none() && depth + 1 >= self.prefix {
            // (Within the prefix the next choice is replayed: no sleep set is read there.)
            let stays_asleep = |f: &&Footprint| f.task != task && !f.dependent(&footprint);
            self.sleep.extend(node.sleep.iter().chain(node.done.iter()).filter(stays_asleep).cloned());
        }
        if !node.done.iter().any(|f| f.task == task) {
            node.done.push(footprint);
        }
        self.previous = Some(task);
        self.depth += 1;
    }

    /// Happens-before of the new step, and the earlier steps it races with: conflicting, of another
    /// task, and ordered before it by nothing but that conflict.
    fn add_backtrack_for_race(&mut self, footprint: &Footprint) {
        let task = footprint.task as usize;
        let index = self.steps.len();
        // What this task is ordered after before this step: its own past and what woke it.
        let before = self.task_clocks[task].clone();
        let mut clock = before.clone();
        let mut conflicting: Vec<usize> = Vec::new();
        for &(resource, write) in &footprint.accesses {
            let history = self.resources.entry(resource).or_default();
            conflicting.extend(history.last_write);
            if write {
                conflicting.extend(history.reads_since.iter().map(|&(_, at)| at));
            }
        }
        conflicting.sort_unstable();
        conflicting.dedup();
        for &at in &conflicting {
            for (mine, theirs) in clock.iter_mut().zip(&self.steps[at].1) {
                *mine = (*mine).max(*theirs);
            }
        }
        // A conflicting step is a race unless something else between them orders it before this one.
        let races: Vec<usize> = conflicting
            .iter()
            .copied()
            .filter(|&at| {
                let other = self.steps[at].0 as usize;
                other != task
                    && before[other] <= at as u32
                    && conflicting.iter().all(|&later| later == at || self.steps[later].1[other] <= at as u32)
            })
            .collect();
        clock[task] = index as u32 + 1;
        for &(resource, write) in &footprint.accesses {
            let history = self.resources.get_mut(&resource).expect("entered above");
            if write {
                history.last_write = Some(index);
                history.reads_since.clear();
            } else if let Some(read) = history.reads_since.iter_mut().find(|(t, _)| *t as usize == task) {
                read.1 = index;
            } else {
                history.reads_since.push((footprint.task, index));
            }
        }
        for &woken in &footprint.wakes {
            let theirs = &mut self.task_clocks[woken as usize];
            for (t, c) in theirs.iter_mut().zip(&clock) {
                *t = (*t).max(*c);
            }
        }
        self.task_clocks[task].clone_from(&clock);
        for at in races {
            // The new step is an initial of the reversal only if no step between the race and it comes
            // first by a conflict of its own: its clock joined with what it conflicts with says so.
            let initials = self.initials_after(at, footprint.task, &clock);
            self.backtrack_at(at, &initials);
        }
        self.steps.push((footprint.task, clock));
    }

    /// The tasks that can start the reversal of the race between step `at` and the new step of
    /// `task` (whose clock, joined with the steps it conflicts with, is `before`): the steps after `at`
    /// not ordered after it, then
    /// the new step, and of those the first ones nothing else among them is ordered before (source
    /// sets, Abdulla, Aronis, Jonsson and Sagonas, POPL 2014).
    fn initials_after(&self, at: usize, task: u32, before: &[u32]) -> Vec<u32> {
        let racing_task = self.steps[at].0 as usize;
        let limit = at as u32 + 1;
        let mut seen = vec![false; self.tasks];
        let mut initials = Vec::new();
        let mut consider = |step_task: u32, clock: &[u32], seen: &mut Vec<bool>| {
            if seen[step_task as usize] {
                return;
            }
            seen[step_task as usize] = true;
            let first = clock.iter().enumerate().all(|(t, &c)| t == step_task as usize || c <= limit);
            if first {
                initials.push(step_task);
            }
        };
        for (step_task, clock) in &self.steps[at + 1..] {
            if clock[racing_task] > at as u32 {
                continue;
            }
            consider(*step_task, clock, &mut seen);
        }
        consider(task, before, &mut seen);
        initials
    }

    /// Make sure one of `initials` is tried at step `at`.
    fn backtrack_at(&mut self, at: usize, initials: &[u32]) {
        let node = &mut self.stack[at];
        let covered =
            |t: &u32| node.backtrack.contains(t) || node.chosen == *t || node.done.iter().any(|f| f.task == *t);
        if initials.iter().any(covered) {
            return;
        }
        let asleep = |t: &u32| node.sleep.iter().any(|f| f.task == *t);
        if initials.iter().any(asleep) {
            return;
        }
        match initials.iter().find(|t| node.enabled.contains(t)) {
            Some(&task) => {
                node.backtrack.insert(task);
            }
            // Not expected (what a step needs to be enabled orders it), but never unsound.
            None => node.backtrack.extend(node.enabled.iter().copied()),
        }
    }

    /// The run ended after its last step (not cut short as covered): tasks that were enabled before
    /// that step and never took theirs race with it.
    pub fn ended(&mut self) {
        if self.bound.is_some() || self.reduction == Reduction::CachedStates || self.depth == 0 {
            return;
        }
        let node = &mut self.stack[self.depth - 1];
        let enabled = node.enabled.clone();
        node.backtrack.extend(enabled);
    }

    /// Moves to the next schedule to run. False when there is none: the search is complete.
    pub fn next_schedule(&mut self) -> bool {
        for depth in (0..self.stack.len()).rev() {
            let node = &self.stack[depth];
            let preempts = |task: u32| node.previous.is_some_and(|p| p != task && node.enabled.contains(&p));
            let candidate = node.backtrack.iter().copied().find(|&task| {
                let explored = node.done.iter().any(|f| f.task == task);
                let asleep = node.sleep.iter().any(|f| f.task == task);
                let allowed = self.bound.is_none_or(|b| node.preemptions + u32::from(preempts(task)) <= b);
                !explored && !asleep && allowed
            });
            if let Some(task) = candidate {
                self.stack[depth].chosen = task;
                self.prefix = depth + 1;
                return true;
            }
        }
        false
    }

    /// The number of tasks this search was made for.
    pub fn tasks(&self) -> usize {
        self.tasks
    }

    /// States cached so far.
    pub fn cached_states(&self) -> usize {
        self.cache.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProcessId, VarId};

    fn var(index: u32) -> Resource {
        Resource::Object(Object::Shared(ProcessId(0), VarId(index)))
    }

    fn step(task: u32, accesses: &[(Resource, bool)]) -> Footprint {
        Footprint::new(task, accesses.to_vec(), Vec::new())
    }

    /// Runs the search over a toy program: each task a list of footprints, every task always enabled
    /// until its list is done. Returns the orders explored.
    fn explore(programs: &[Vec<Vec<(Resource, bool)>>], bound: Option<u32>) -> Vec<Vec<u32>> {
        let mut search = Search::new(programs.len(), bound, Reduction::StatelessDpor);
        let mut orders = Vec::new();
        loop {
            search.begin_run();
            let mut next = vec![0usize; programs.len()];
            let mut order = Vec::new();
            let mut covered = false;
            loop {
                let enabled: Vec<u32> =
                    (0..programs.len() as u32).filter(|&t| next[t as usize] < programs[t as usize].len()).collect();
                if enabled.is_empty() {
                    break;
                }
                let Some(task) = search.choose(&enabled, &[], None) else {
                    covered = true;
                    break;
                };
                let accesses = &programs[task as usize][next[task as usize]];
                next[task as usize] += 1;
                order.push(task);
                search.stepped(step(task, accesses));
            }
            if !covered {
                search.ended();
                orders.push(order);
            }
            if !search.next_schedule() {
                return orders;
            }
        }
    }

    #[test]
    fn footprints_merge_reads_into_writes_and_commute_on_reads() {
        let a = Footprint::new(0, vec![(var(0), false), (var(0), true), (var(1), false)], Vec::new());
        assert_eq!(a.accesses, vec![(var(0), true), (var(1), false)]);
        let reader = step(1, &[(var(1), false)]);
        let writer = step(2, &[(var(1), true)]);
        assert!(!a.dependent(&reader));
        assert!(a.dependent(&writer) && writer.dependent(&a));
        assert!(!a.dependent(&step(3, &[(var(2), true)])));
    }

    #[test]
    fn independent_tasks_take_one_schedule_and_a_write_race_two() {
        let write = |v| vec![(var(v), true)];
        assert_eq!(explore(&[vec![write(0)], vec![write(1)]], None).len(), 1);
        assert_eq!(explore(&[vec![write(0)], vec![write(0)]], None).len(), 2);
    }

    #[test]
    fn a_bound_runs_every_schedule_within_it() {
        let write = |v| vec![(var(v), true)];
        // Two tasks of two steps: six orders, two without a preemption, four with at most one.
        let programs = [vec![write(0), write(1)], vec![write(2), write(3)]];
        assert_eq!(explore(&programs, Some(0)).len(), 2);
        assert_eq!(explore(&programs, Some(1)).len(), 4);
        assert_eq!(explore(&programs, Some(2)).len(), 6);
    }
}
