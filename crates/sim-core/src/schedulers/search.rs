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

use std::collections::BTreeMap;

use super::loop_takes::LoopTakes;
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
    /// Under `--timeouts quiescent`, in a model with timed waits, the clocks that decide whether a
    /// time-out may fire beside the tasks that can step: every step reads them, a give-up writes them
    /// (a step may make one possible or take it away), and under stateless DPOR every step writes them
    /// (docs/exploration.md, "Time-outs").
    Time,
    /// Likewise, when a process's GIL is next free: every step of one of its tasks waits for it, a
    /// step of work moves it, so the two steps' times depend on their order.
    Gil(u32),
    /// Likewise, when the cores are next free: a step of work takes the one that frees first.
    Cores,
    /// Under stateless DPOR with locks taken only when free (`schedulers/lock_order.rs`): written by
    /// every step that takes this lock or queues for it, so that such a step races with the previous
    /// one, not with the release between them.
    Acquire(u32),
    /// Under stateless DPOR: written by a coroutine's step that takes its event loop (the first after an
    /// await), so that it races with the loop's previous taking (`schedulers/loop_takes.rs`).
    LoopTake(u32),
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
    /// Per task of this run, its class of tasks interchangeable in this state: two tasks of one class
    /// can be swapped without changing the state, so their steps lead to states of one orbit (empty:
    /// every task alone).
    pub classes: &'a [u32],
    /// Tasks of this run whose next step is invisible (`schedulers/invisible.rs`), ascending: no step
    /// another task can take before it depends on it, so that task alone is a persistent set.
    pub invisible: &'a [u32],
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
    pub fn new(task: u32, accesses: Vec<(Resource, bool)>, wakes: Vec<u32>) -> Self {
        let mut footprint = Footprint { task, accesses, wakes };
        footprint.merge_accesses();
        footprint
    }

    /// Sorts the accesses and merges those of one resource (a write wins over a read).
    pub fn merge_accesses(&mut self) {
        self.accesses.sort();
        self.accesses.dedup_by(|later, earlier| {
            let same = later.0 == earlier.0;
            if same {
                earlier.1 |= later.1;
            }
            same
        });
    }

    /// Whether the two steps may not be swapped.
    pub fn dependent(&self, other: &Footprint) -> bool {
        dependent(self.task, &self.accesses, other.task, &other.accesses)
    }
}

/// Whether a step of `task` with `accesses` and one of `other_task` with `other_accesses` (both sorted)
/// may not be swapped.
fn dependent(task: u32, accesses: &[(Resource, bool)], other_task: u32, other_accesses: &[(Resource, bool)]) -> bool {
    if task == other_task {
        return true;
    }
    // Both sorted: one merge pass.
    let (mut i, mut j) = (0, 0);
    while i < accesses.len() && j < other_accesses.len() {
        let (a, wa) = accesses[i];
        let (b, wb) = other_accesses[j];
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

/// A stretch of one of the search's flat vectors.
#[derive(Clone, Copy, Debug, Default)]
struct Span {
    start: usize,
    len: usize,
}

impl Span {
    fn range(self) -> std::ops::Range<usize> {
        self.start..self.start + self.len
    }
}

/// A step kept by the search (one a node explored): its task and its accesses in
/// [`Search::kept_accesses`]. Its wakes are not kept: only the race analysis of the step's own run
/// reads them.
#[derive(Clone, Copy, Debug)]
struct KeptStep {
    task: u32,
    accesses: Span,
}

/// A kept step's index in [`Search::kept`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct StepId(u32);

/// A task enabled at a node.
#[derive(Clone, Copy, Debug)]
struct Choice {
    task: u32,
    /// The search is to try it here.
    backtrack: bool,
    /// The step it took here, once explored.
    done: Option<StepId>,
}

/// A value chosen within a node's step (`DecisionKind::Value`): which of `count` values.
#[derive(Clone, Copy, Debug)]
struct ValueChoice {
    chosen: u32,
    count: u32,
}

/// A choice point of the schedule in progress. Its lists live in the search's flat vectors, in the
/// order of the stack (a node's after its parent's), so that leaving nodes truncates them and a choice
/// point allocates nothing once they have grown.
#[derive(Clone, Copy, Debug)]
struct Node {
    /// Its enabled tasks, ascending, in [`Search::choices`].
    choices: Span,
    chosen: u32,
    /// Steps not to take from here (an earlier schedule covered them), in [`Search::node_sleep`].
    sleep: Span,
    /// The task that costs the bound nothing here (none: every task is free), see [`Search::free_task`].
    free: Option<u32>,
    preemptions: u32,
    /// The cached state this node explores, to leave when the node leaves the stack.
    cached: Option<u32>,
    /// How many steps the search kept before this node: the steps it explores come after.
    kept_before: usize,
    /// The values the chosen task's step chose, in [`Search::values`], in order (docs/exploration.md,
    /// "Values chosen at random"): each a branch of that step, every one tried before the node tries
    /// another task, so a task explored here has had every value it could choose.
    values: Span,
}

/// Last accesses of one resource in the current run: the last write, and every task's last read since.
#[derive(Clone, Debug, Default)]
struct ResourceHistory {
    last_write: Option<usize>,
    reads_since: Vec<(u32, usize)>,
}

/// The buffers of one step's race analysis, kept across steps.
#[derive(Debug, Default)]
struct RaceBuffers {
    before: Vec<u32>,
    clock: Vec<u32>,
    conflicting: Vec<usize>,
    /// The conflicting steps a race may be with (all of them, but a lock's releases when acquisitions
    /// race by acquisition), and the step's clock joined with those alone.
    race_sources: Vec<usize>,
    race_clock: Vec<u32>,
    races: Vec<usize>,
    initials: Vec<u32>,
    seen: Vec<bool>,
}

/// The exploration, across schedules.
#[derive(Debug)]
pub struct Search {
    tasks: usize,
    bound: Option<u32>,
    reduction: Reduction,
    cache: StateCache,
    stack: Vec<Node>,
    /// Every node's enabled tasks, one node after the other.
    choices: Vec<Choice>,
    /// Every node's sleep set, one node after the other.
    node_sleep: Vec<StepId>,
    /// Every node's values, one node after the other.
    values: Vec<ValueChoice>,
    /// The current run: how many values the step in progress has chosen.
    values_chosen: usize,
    /// The steps the nodes of the stack explored, and their accesses.
    kept: Vec<KeptStep>,
    kept_accesses: Vec<(Resource, bool)>,
    /// Nodes of the stack replayed in the current run.
    prefix: usize,
    // The current run.
    depth: usize,
    sleep: Vec<StepId>,
    previous: Option<u32>,
    /// What the run spent of the bound: preemptions, or delays when [`Search::counting_delays`].
    preemptions: u32,
    /// Per step: its task, and its vector clock (`tasks` entries per step: 1 + index of the latest
    /// step of each task before it).
    step_tasks: Vec<u32>,
    step_clocks: Vec<u32>,
    /// Per task, `tasks` entries each: its clock now (its last step's, joined with what woke it since).
    task_clocks: Vec<u32>,
    resources: BTreeMap<Resource, ResourceHistory>,
    race: RaceBuffers,
    /// A new choice point's branches, and those asleep: kept across choices.
    branches: Vec<u32>,
    asleep: Vec<u32>,
    /// Per class of interchangeable tasks, whether a new choice point keeps a branch of it already.
    class_taken: Vec<bool>,
    /// The bound left out some schedule: a task was enabled, awake, and not allowed.
    cut_by_bound: bool,
    /// At every choice, try the tasks that preempt the one that stepped last before letting it go on
    /// (see [`Search::set_preempting_first`]).
    preempting_first: bool,
    /// The bound counts delays rather than preemptions (see [`Search::set_counting_delays`]).
    counting_delays: bool,
    /// A lock's acquisitions race with each other rather than with its releases (see
    /// [`Search::set_acquisitions_race`]).
    acquisitions_race: bool,
    /// Where stateless DPOR tries every enabled task (see [`Search::set_every_order`]).
    every_order: EveryOrder,
    /// Which steps take their event loop, so that coroutines of one loop race by their takings (see
    /// [`Search::set_task_loops`]).
    loop_takes: LoopTakes,
}

/// Where stateless DPOR tries every enabled task rather than the races' reversals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EveryOrder {
    Never,
    /// At a choice that offers a waiter's giving up: the one step that, under a time window, can move
    /// the window back and take other steps away.
    WhereAWaitMayGiveUp,
    /// At every choice (a model with event loops, whose handovers can move the window back too).
    Always,
}

impl Search {
    pub fn new(tasks: usize, bound: Option<u32>, reduction: Reduction) -> Self {
        Search {
            tasks,
            bound,
            reduction,
            cache: StateCache::default(),
            stack: Vec::new(),
            choices: Vec::new(),
            node_sleep: Vec::new(),
            values: Vec::new(),
            values_chosen: 0,
            kept: Vec::new(),
            kept_accesses: Vec::new(),
            prefix: 0,
            depth: 0,
            sleep: Vec::new(),
            previous: None,
            preemptions: 0,
            step_tasks: Vec::new(),
            step_clocks: Vec::new(),
            task_clocks: vec![0; tasks * tasks],
            resources: BTreeMap::new(),
            race: RaceBuffers::default(),
            branches: Vec::new(),
            asleep: Vec::new(),
            class_taken: Vec::new(),
            cut_by_bound: false,
            preempting_first: false,
            counting_delays: false,
            acquisitions_race: false,
            every_order: EveryOrder::Never,
            loop_takes: LoopTakes::default(),
        }
    }

    /// Makes stateless DPOR's race analysis take the coroutines of each event loop (`task_loops`: per
    /// task, its loop) as racing by their takings of the loop, which their steps mark with
    /// [`Resource::LoopTake`] (`schedulers/loop_takes.rs`). Only for unbounded stateless DPOR, the one
    /// search that analyses races.
    pub fn set_task_loops(&mut self, task_loops: Vec<Option<u32>>) {
        let analyses_races = self.reduction == Reduction::StatelessDpor && self.bound.is_none();
        self.loop_takes = if analyses_races { LoopTakes::new(task_loops) } else { LoopTakes::default() };
    }

    /// Whether this search wants the steps that take their event loop marked (see
    /// [`Search::set_task_loops`]).
    pub fn tracks_loop_takes(&self) -> bool {
        self.loop_takes.is_tracking()
    }

    /// Makes stateless DPOR try every enabled task where `every_order` says, as the state cache does
    /// at a new state: under a time window a step may take another task's step away (a waiter that
    /// gives up at its deadline, before the earliest step, moves the window back; so may a coroutine
    /// handed its loop with an earlier clock), and the race analysis, which reverses a race only where
    /// its later task was enabled, would miss that order.
    pub fn set_every_order(&mut self, every_order: EveryOrder) {
        self.every_order = every_order;
    }

    /// Makes stateless DPOR's race analysis take a step that takes a lock (or queues for it), which
    /// writes [`Resource::Acquire`], as racing with the lock's previous such step, while its release
    /// still orders the two (Abdulla, Aronis, Jonsson and Sagonas, "Source sets", JACM 2017, on
    /// locks): reversing the race tries the later task's acquisition before the earlier one's, rather
    /// than before the release, where it would block. Only sound when the explorer never lets a task
    /// queue for a held lock while another can step (`schedulers/lock_order.rs` says when it may).
    pub fn set_acquisitions_race(&mut self, acquisitions_race: bool) {
        self.acquisitions_race =
            acquisitions_race && self.reduction == Reduction::StatelessDpor && self.bound.is_none();
    }

    /// Makes a bounded search count delays (Emmi, Qadeer and Rakamaric, "Delay-bounded scheduling",
    /// POPL 2011) rather than preemptions: every choice of another task than a default one costs one,
    /// the default being the task that stepped last while it can go on, else the enabled task that
    /// comes first in the state's words (its lowest id up to the renaming of interchangeable tasks,
    /// so that the default is a function of the state the cache keys). Where the task that stepped
    /// last cannot go on, a preemption bound lets any task go free; a delay bound lets one, so a
    /// schedule that deviates once and then lets the default run on is within one delay however many
    /// tasks block on the way.
    pub fn set_counting_delays(&mut self, counting_delays: bool) {
        self.counting_delays = counting_delays && self.bound.is_some();
    }

    /// Makes a bounded search try, at every choice, the tasks that preempt the one that stepped last
    /// before letting that one go on. The set of schedules is the same; the order puts schedules whose
    /// preemptions come early in the run before those whose preemptions come late: below a preemption
    /// the bound leaves fewer choices, so those subtrees are small, while letting the task go on first
    /// explores everything after it (every later preemption) before the early one. For a search that
    /// looks for a failure (`--stop-on-failure`): a bug that needs a preemption near the start of the
    /// run comes after a few small subtrees instead of after the whole search.
    pub fn set_preempting_first(&mut self, preempting_first: bool) {
        self.preempting_first = preempting_first && self.bound.is_some();
    }

    /// Starts a schedule: the stack's choices up to the node chosen by [`Search::next_schedule`].
    pub fn begin_run(&mut self) {
        for node in &self.stack[self.prefix..] {
            if let Some(id) = node.cached {
                self.cache.leave(id);
            }
        }
        if let Some(&first_gone) = self.stack.get(self.prefix) {
            self.choices.truncate(first_gone.choices.start);
            self.node_sleep.truncate(first_gone.sleep.start);
            if let Some(step) = self.kept.get(first_gone.kept_before) {
                self.kept_accesses.truncate(step.accesses.start);
            }
            self.kept.truncate(first_gone.kept_before);
        }
        self.stack.truncate(self.prefix);
        // The last node kept may have fewer values than before (`next_schedule` branched at one).
        self.values.truncate(self.stack.last().map_or(0, |node| node.values.range().end));
        self.depth = 0;
        self.sleep.clear();
        self.previous = None;
        self.preemptions = 0;
        self.step_tasks.clear();
        self.step_clocks.clear();
        self.loop_takes.begin_run();
        self.task_clocks.iter_mut().for_each(|c| *c = 0);
        // Emptied rather than dropped: the histories keep their buffers for the next run.
        for history in self.resources.values_mut() {
            history.last_write = None;
            history.reads_since.clear();
        }
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
    /// `starts_ns`, empty or one per enabled task, is when each one's step (or giving up) would happen
    /// in virtual time: under a time window an unbounded search tries the earliest first at a new
    /// node (`Search::earliest_branch`).
    pub fn choose(
        &mut self,
        enabled: &[u32],
        giving_up: &[u32],
        starts_ns: &[u64],
        state: Option<StateKey<'_>>,
    ) -> Option<u32> {
        debug_assert!(starts_ns.is_empty() || starts_ns.len() == enabled.len(), "one start per enabled task");
        let task = if self.depth < self.prefix {
            let node = self.stack[self.depth];
            let replayed = self.choices[node.choices.range()].iter().map(|c| c.task);
            assert!(replayed.eq(enabled.iter().copied()), "a run is a deterministic function of its choices");
            node.chosen
        } else {
            self.choose_new(enabled, giving_up, starts_ns, state)?
        };
        self.values_chosen = 0;
        if self.stack[self.depth].free.is_some_and(|free| free != task) {
            self.preemptions += 1;
        }
        Some(task)
    }

    /// The task that costs the bound nothing at a choice among `enabled`: the task that stepped last
    /// if it can go on; else, counting delays, the enabled task first in the state's words
    /// (`canonical_ids`, empty for the identity), and counting preemptions none (every task is free).
    fn free_task(&self, enabled: &[u32], canonical_ids: &[u32]) -> Option<u32> {
        let previous = self.previous.filter(|p| enabled.contains(p));
        if previous.is_some() || !self.counting_delays {
            return previous;
        }
        let canonical = |t: u32| canonical_ids.get(t as usize).copied().unwrap_or(t);
        enabled.iter().copied().min_by_key(|&t| canonical(t))
    }

    /// Whether `task` is in the current run's sleep set.
    fn is_asleep(&self, task: u32) -> bool {
        self.sleep.iter().any(|id| self.kept[id.0 as usize].task == task)
    }

    /// A new node: its branches (with state caching, fewer or none for a state explored before), and
    /// the first of them.
    fn choose_new(
        &mut self,
        enabled: &[u32],
        giving_up: &[u32],
        starts_ns: &[u64],
        state: Option<StateKey<'_>>,
    ) -> Option<u32> {
        let mut branches = std::mem::take(&mut self.branches);
        branches.clear();
        let free = self.free_task(enabled, state.as_ref().map_or(&[], |key| key.canonical_ids));
        let awake = enabled.iter().copied().filter(|&t| !self.is_asleep(t));
        branches.extend(awake.clone().filter(|&t| self.allowed(free, t, self.preemptions)));
        self.cut_by_bound |= awake.count() > branches.len();
        let mut cached = None;
        if let Some(key) = state {
            let classes = key.classes;
            let persistent = self.persistent_task(&key, enabled, giving_up);
            let (id, explored_before) = self.visit_state(key, enabled, &mut branches);
            cached = id;
            // A state met for the first time explores its persistent set minus the sleep set (nothing
            // when that task is asleep); one met again explores what earlier visits left asleep and is
            // awake now, as it always did (docs/exploration.md, "Invisible steps").
            if let Some(task) = persistent
                && !explored_before
            {
                branches.retain(|&t| t == task);
            }
            self.keep_one_per_class(classes, free, &mut branches);
        }
        let free_branch = free.filter(|f| branches.contains(f));
        let preempting =
            self.preempting_first.then(|| branches.iter().copied().find(|&t| Some(t) != free_branch)).flatten();
        let earliest = self.earliest_branch(enabled, starts_ns, &branches, free_branch);
        let task = match preempting.or(earliest).or(free_branch) {
            Some(task) => task,
            None => match branches.first() {
                Some(&first) => first,
                None => {
                    // Nothing to explore from here: its exploration is finished at once.
                    if let Some(id) = cached {
                        self.cache.leave(id);
                    }
                    self.branches = branches;
                    return None;
                }
            },
        };
        let every_order = match self.every_order {
            EveryOrder::Never => false,
            EveryOrder::WhereAWaitMayGiveUp => !giving_up.is_empty(),
            EveryOrder::Always => true,
        };
        let every_branch = self.reduction == Reduction::CachedStates || self.bound.is_some() || every_order;
        let choices = Span { start: self.choices.len(), len: enabled.len() };
        // `branches` is a subsequence of `enabled`, both ascending: one pass marks them.
        let mut next_branch = branches.iter().copied().peekable();
        for &t in enabled {
            let branch = next_branch.next_if_eq(&t).is_some();
            let backtrack = branch && (every_branch || giving_up.contains(&t));
            self.choices.push(Choice { task: t, backtrack, done: None });
        }
        let sleep = Span { start: self.node_sleep.len(), len: self.sleep.len() };
        self.node_sleep.extend_from_slice(&self.sleep);
        self.stack.push(Node {
            choices,
            chosen: task,
            sleep,
            free,
            preemptions: self.preemptions,
            cached,
            kept_before: self.kept.len(),
            values: Span { start: self.values.len(), len: 0 },
        });
        self.branches = branches;
        Some(task)
    }

    /// The branch whose step would happen first in virtual time (`starts_ns`, one per task of
    /// `enabled`), the `free` one among equals, else the lowest: the branch an unbounded search tries
    /// first at a new node, so that its first schedule is the run in the order of the program's clocks,
    /// the likeliest in real time, and a search stopped early has it (docs/exploration.md, "Time
    /// windows"). Which branch comes first changes the order of the schedules, never their set: every
    /// branch is tried, and sleep sets, the cache and DPOR's backtracking hold for any first one. `None`
    /// without start times or under a bound, whose searches keep their own order.
    fn earliest_branch(&self, enabled: &[u32], starts_ns: &[u64], branches: &[u32], free: Option<u32>) -> Option<u32> {
        if starts_ns.is_empty() || self.bound.is_some() {
            return None;
        }
        // `branches` is a subsequence of `enabled`, both ascending: one pass pairs each with its start.
        let mut starts = enabled.iter().copied().zip(starts_ns.iter().copied());
        let mut earliest: Option<(u64, bool, u32)> = None;
        for &task in branches {
            let start_ns = starts.find(|&(t, _)| t == task).map(|(_, start_ns)| start_ns);
            debug_assert!(start_ns.is_some(), "every branch is an enabled task");
            let Some(start_ns) = start_ns else { continue };
            let key = (start_ns, Some(task) != free, task);
            if earliest.is_none_or(|best| key < best) {
                earliest = Some(key);
            }
        }
        earliest.map(|(_, _, task)| task)
    }

    /// The task whose step alone a new state explores, when one is invisible there: {task} is then a
    /// persistent set (Godefroid, LNCS 1032, chapter 4). It must be a function of the state (the cache
    /// keeps per state what no visit explored, and symmetry merges states that differ by a renaming of
    /// tasks): of the invisible tasks, the one the state's words put first. A bounded search takes the
    /// task that stepped last only (going on with it costs nothing, and a preemption at its invisible
    /// step can be moved after it at the same cost); a delay bound none, since its default task after a
    /// block depends on the order of the state's words, which the invisible step may change.
    fn persistent_task(&self, key: &StateKey<'_>, enabled: &[u32], giving_up: &[u32]) -> Option<u32> {
        let takes_a_step = |t: &u32| enabled.contains(t) && !giving_up.contains(t);
        match self.bound {
            None => {
                let canonical = |t: u32| key.canonical_ids.get(t as usize).copied().unwrap_or(t);
                key.invisible.iter().copied().filter(takes_a_step).min_by_key(|&t| canonical(t))
            }
            Some(_) if !self.counting_delays => self.previous.filter(|p| takes_a_step(p) && key.invisible.contains(p)),
            Some(_) => None,
        }
    }

    /// Looks the state up in the cache: a state explored before keeps as `branches` (and in the sleep
    /// set) only what no earlier visit explored. The cached state's id, if it is tracked, and whether an
    /// earlier visit explored it.
    fn visit_state(&mut self, key: StateKey<'_>, enabled: &[u32], branches: &mut Vec<u32>) -> (Option<u32>, bool) {
        if self.bound.is_some() {
            // The task that stepped last, named as the words name it: under a renaming of
            // interchangeable tasks the future within the bound is the renamed one.
            let previous = self.previous.filter(|p| enabled.contains(p)).map(|p| key.to_canonical(&[p])[0]);
            key.words.extend([previous.map_or(-1, i64::from), i64::from(self.preemptions)]);
        }
        // The cache keeps tasks as the words name them: what is asleep goes in renamed, and what
        // no earlier visit explored comes back as this run's tasks.
        self.asleep.clear();
        self.asleep.extend(enabled.iter().copied().filter(|t| !branches.contains(t)));
        match self.cache.visit(key.words, &key.to_canonical(&self.asleep)) {
            Visit::New(id) => (Some(id), false),
            Visit::Finished { id, unexplored } => {
                // Only what every earlier visit left asleep is new here; what stays asleep now is
                // asleep for reasons both visits share.
                let unexplored = key.to_actual(&unexplored);
                branches.retain(|t| unexplored.contains(t));
                let kept = &self.kept;
                self.sleep.retain(|id| unexplored.contains(&kept[id.0 as usize].task));
                (Some(id), true)
            }
            Visit::Untracked => (None, false),
        }
    }

    /// Keeps one branch of every class of interchangeable tasks (the `free` task, which costs the
    /// bound nothing, when it is one of them, else the first): swapping two tasks of a class leaves the
    /// state as it is, so the step of one leads to the image of the state the step of the other leads
    /// to, with the same outcomes (docs/exploration.md, "Orbits of tasks"). A bounded search's state
    /// names the task that stepped last, so that task is interchangeable with no other there; the
    /// default of a delay bound is the first of its class in the state's words, and keeps one other of
    /// its class beside it (choosing that one costs a delay).
    fn keep_one_per_class(&mut self, classes: &[u32], free: Option<u32>, branches: &mut Vec<u32>) {
        if classes.is_empty() || branches.len() < 2 {
            return;
        }
        let previous = free.filter(|p| branches.contains(p));
        let mut taken = std::mem::take(&mut self.class_taken);
        taken.clear();
        taken.resize(self.tasks, false);
        if let Some(p) = previous
            && self.bound.is_none()
        {
            taken[classes[p as usize] as usize] = true;
        }
        branches.retain(|&task| {
            Some(task) == previous || !std::mem::replace(&mut taken[classes[task as usize] as usize], true)
        });
        self.class_taken = taken;
    }

    /// Whether choosing `task` where `free` costs nothing keeps the schedule within the bound.
    fn allowed(&self, free: Option<u32>, task: u32, preemptions: u32) -> bool {
        let costs = free.is_some_and(|f| f != task);
        self.bound.is_none_or(|b| preemptions + u32::from(costs) <= b)
    }

    /// The value the step in progress chooses among `count` (two or more): a replayed node's recorded
    /// one, else the first, recorded as a branch of the deepest node. Never pruned: a value is data
    /// local to the task that chooses it, not an order of steps, so no independence covers it.
    pub fn choose_value(&mut self, count: u32) -> u32 {
        debug_assert!(count >= 2, "a single value is taken without asking");
        let rank = self.values_chosen;
        self.values_chosen += 1;
        let deepest = self.depth + 1 == self.stack.len();
        let node = &mut self.stack[self.depth];
        if rank < node.values.len {
            let value = self.values[node.values.start + rank];
            assert_eq!(value.count, count, "a run is a deterministic function of its choices");
            return value.chosen;
        }
        assert!(deepest && node.values.range().end == self.values.len(), "only the deepest node chooses new values");
        node.values.len += 1;
        self.values.push(ValueChoice { chosen: 0, count });
        0
    }

    /// Moves `depth`'s node to the next value its step has left, the last chosen first: true when it
    /// had one (the values after it are dropped, to be chosen anew).
    fn next_value(&mut self, depth: usize) -> bool {
        let span = self.stack[depth].values;
        let values = &mut self.values[span.range()];
        let Some(rank) = values.iter().rposition(|value| value.chosen + 1 < value.count) else {
            return false;
        };
        values[rank].chosen += 1;
        self.stack[depth].values.len = rank + 1;
        true
    }

    /// Whether the step just chosen needs its footprint: for the race analysis of stateless DPOR, or
    /// for the sleep sets of the nodes from the last replayed one on. Replaying a prefix needs none.
    pub fn wants_footprint(&self) -> bool {
        (self.reduction == Reduction::StatelessDpor && self.bound.is_none()) || self.depth + 1 >= self.prefix
    }

    /// The step chosen last has been taken; `footprint` is what it touched.
    pub fn stepped(&mut self, footprint: &Footprint) {
        let depth = self.depth;
        let task = footprint.task;
        if self.bound.is_none() && self.reduction == Reduction::StatelessDpor {
            self.add_backtrack_for_race(footprint);
        }
        let node = self.stack[depth];
        // The sleep set after the step: what the node had asleep or explored, minus what the step
        // depends on. (Within the prefix the next choice is replayed: no sleep set is read there.)
        self.sleep.clear();
        if self.bound.is_none() && depth + 1 >= self.prefix {
            let explored = self.choices[node.choices.range()].iter().filter_map(|c| c.done);
            for id in self.node_sleep[node.sleep.range()].iter().copied().chain(explored) {
                let step = self.kept[id.0 as usize];
                let accesses = &self.kept_accesses[step.accesses.range()];
                if step.task != task && !dependent(step.task, accesses, task, &footprint.accesses) {
                    self.sleep.push(id);
                }
            }
        }
        let choice = self.choices[node.choices.range()].iter().position(|c| c.task == task);
        if let Some(position) = choice
            && self.choices[node.choices.start + position].done.is_none()
        {
            // Only the deepest node explores a new step: its steps come last among the kept ones.
            assert_eq!(depth + 1, self.stack.len(), "a replayed choice explores nothing new");
            let id = StepId(self.kept.len() as u32);
            let accesses = Span { start: self.kept_accesses.len(), len: footprint.accesses.len() };
            self.kept_accesses.extend_from_slice(&footprint.accesses);
            self.kept.push(KeptStep { task, accesses });
            self.choices[node.choices.start + position].done = Some(id);
        }
        self.previous = Some(task);
        self.depth += 1;
    }

    /// The vector clock of step `at`.
    fn step_clock(&self, at: usize) -> &[u32] {
        &self.step_clocks[at * self.tasks..][..self.tasks]
    }

    /// Happens-before of the new step, and the earlier steps it races with: conflicting, of another
    /// task, and ordered before it by nothing but that conflict.
    fn add_backtrack_for_race(&mut self, footprint: &Footprint) {
        let tasks = self.tasks;
        let task = footprint.task as usize;
        let index = self.step_tasks.len();
        // A step that took its loop writes the loop's `LoopTake` (dpor.rs marks it).
        let takes_loop = self.loop_takes.loop_of(footprint.task).is_some_and(|event_loop| {
            footprint.accesses.binary_search(&(Resource::LoopTake(event_loop), true)).is_ok()
        });
        let mut race = std::mem::take(&mut self.race);
        // What this task is ordered after before this step: its own past and what woke it.
        race.before.clear();
        race.before.extend_from_slice(&self.task_clocks[task * tasks..][..tasks]);
        race.clock.clone_from(&race.before);
        race.conflicting.clear();
        race.race_sources.clear();
        for &(resource, write) in &footprint.accesses {
            let history = self.resources.entry(resource).or_default();
            let start = race.conflicting.len();
            race.conflicting.extend(history.last_write);
            if write {
                race.conflicting.extend(history.reads_since.iter().map(|&(_, at)| at));
            }
            // A step that takes the lock races with the lock's last taking, not with the release since
            // (which still orders it); any other step on the lock (a release, or an `unlock` of a lock
            // another task holds, which faults) races as usual.
            let release_ordered = self.acquisitions_race
                && matches!(resource, Resource::Object(Object::Lock(lock))
                    if footprint.accesses.contains(&(Resource::Acquire(lock.0), true)));
            if !release_ordered {
                // Of two coroutines of one loop, a step taken while holding it is never co-enabled with
                // the other's: only their takings race (`schedulers/loop_takes.rs`).
                let (loop_takes, step_tasks) = (&self.loop_takes, &self.step_tasks);
                let may_race = |&&at: &&usize| loop_takes.may_race(at, step_tasks[at], footprint.task, takes_loop);
                race.race_sources.extend(race.conflicting[start..].iter().filter(may_race));
            }
        }
        race.conflicting.sort_unstable();
        race.conflicting.dedup();
        race.race_sources.sort_unstable();
        race.race_sources.dedup();
        race.race_clock.clone_from(&race.before);
        for &at in &race.conflicting {
            for (mine, theirs) in race.clock.iter_mut().zip(self.step_clock(at)) {
                *mine = (*mine).max(*theirs);
            }
        }
        for &at in &race.race_sources {
            for (mine, theirs) in race.race_clock.iter_mut().zip(self.step_clock(at)) {
                *mine = (*mine).max(*theirs);
            }
        }
        // A conflicting step is a race unless something else between them orders it before this one.
        race.races.clear();
        for &at in &race.race_sources {
            let other = self.step_tasks[at] as usize;
            let ordered_by_another =
                race.race_sources.iter().any(|&later| later != at && self.step_clock(later)[other] > at as u32);
            if other != task && race.before[other] <= at as u32 && !ordered_by_another {
                race.races.push(at);
            }
        }
        race.clock[task] = index as u32 + 1;
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
            let theirs = &mut self.task_clocks[woken as usize * tasks..][..tasks];
            for (t, c) in theirs.iter_mut().zip(&race.clock) {
                *t = (*t).max(*c);
            }
        }
        self.task_clocks[task * tasks..][..tasks].copy_from_slice(&race.clock);
        for position in 0..race.races.len() {
            // The new step is an initial of the reversal only if no step between the race and it comes
            // first by a conflict of its own: its clock joined with what it conflicts with says so.
            let at = race.races[position];
            self.initials_after(at, footprint.task, &race.race_clock, &mut race.initials, &mut race.seen);
            self.backtrack_at(at, &race.initials);
        }
        self.step_tasks.push(footprint.task);
        self.loop_takes.push_step(takes_loop);
        self.step_clocks.extend_from_slice(&race.clock);
        self.race = race;
    }

    /// `task`, whose next step would take `lock` but which the run ended without taking (its lock was
    /// held, `schedulers/lock_order.rs`): that step races with the lock's last taking, as if taken now.
    pub fn pending_acquisition(&mut self, task: u32, lock: u32) {
        if self.acquisitions_race {
            self.pending_taking(task, Resource::Acquire(lock));
        }
    }

    /// `task`, a coroutine that could take its loop but which the run ended without taking it (another
    /// coroutine held it): that taking races with the loop's last taking, as if taken now.
    pub fn pending_loop_take(&mut self, task: u32) {
        if let Some(event_loop) = self.loop_takes.loop_of(task) {
            self.pending_taking(task, Resource::LoopTake(event_loop));
        }
    }

    /// `task`'s step that would write `taking` (a lock's or a loop's), never taken in this run, races
    /// with the last step that wrote it.
    fn pending_taking(&mut self, task: u32, taking: Resource) {
        let Some(at) = self.resources.get(&taking).and_then(|history| history.last_write) else {
            return;
        };
        let tasks = self.tasks;
        let before = self.task_clocks[task as usize * tasks..][..tasks].to_vec();
        let other = self.step_tasks[at] as usize;
        if other == task as usize || before[other] > at as u32 {
            return;
        }
        let mut race = std::mem::take(&mut self.race);
        self.initials_after(at, task, &before, &mut race.initials, &mut race.seen);
        self.backtrack_at(at, &race.initials);
        self.race = race;
    }

    /// The tasks that can start the reversal of the race between step `at` and the new step of
    /// `task` (whose clock, joined with the steps it conflicts with, is `before`), into `initials`: the
    /// steps after `at` not ordered after it, then
    /// the new step, and of those the first ones nothing else among them is ordered before (source
    /// sets, Abdulla, Aronis, Jonsson and Sagonas, POPL 2014).
    fn initials_after(&self, at: usize, task: u32, before: &[u32], initials: &mut Vec<u32>, seen: &mut Vec<bool>) {
        let racing_task = self.step_tasks[at] as usize;
        let limit = at as u32 + 1;
        seen.clear();
        seen.resize(self.tasks, false);
        initials.clear();
        let mut consider = |step_task: u32, clock: &[u32]| {
            if seen[step_task as usize] {
                return;
            }
            seen[step_task as usize] = true;
            let first = clock.iter().enumerate().all(|(t, &c)| t == step_task as usize || c <= limit);
            if first {
                initials.push(step_task);
            }
        };
        for later in at + 1..self.step_tasks.len() {
            let clock = self.step_clock(later);
            if clock[racing_task] > at as u32 {
                continue;
            }
            consider(self.step_tasks[later], clock);
        }
        consider(task, before);
    }

    /// Make sure one of `initials` is tried at step `at`.
    fn backtrack_at(&mut self, at: usize, initials: &[u32]) {
        let node = self.stack[at];
        let asleep = |t: &u32| self.node_sleep[node.sleep.range()].iter().any(|id| self.kept[id.0 as usize].task == *t);
        let any_asleep = initials.iter().any(asleep);
        let choices = &mut self.choices[node.choices.range()];
        let covered =
            |t: &u32| node.chosen == *t || choices.iter().any(|c| c.task == *t && (c.backtrack || c.done.is_some()));
        if initials.iter().any(covered) || any_asleep {
            return;
        }
        match initials.iter().find_map(|t| choices.iter().position(|c| c.task == *t)) {
            Some(position) => choices[position].backtrack = true,
            // Not expected (what a step needs to be enabled orders it), but never unsound.
            None => choices.iter_mut().for_each(|c| c.backtrack = true),
        }
    }

    /// The run ended after its last step (not cut short as covered): tasks that were enabled before
    /// that step and never took theirs race with it.
    pub fn ended(&mut self) {
        if self.bound.is_some() || self.reduction == Reduction::CachedStates || self.depth == 0 {
            return;
        }
        let node = self.stack[self.depth - 1];
        self.choices[node.choices.range()].iter_mut().for_each(|c| c.backtrack = true);
    }

    /// Moves to the next schedule to run. False when there is none: the search is complete.
    pub fn next_schedule(&mut self) -> bool {
        for depth in (0..self.stack.len()).rev() {
            if self.stack[depth].values.len > 0 && self.next_value(depth) {
                self.prefix = depth + 1;
                return true;
            }
            let node = self.stack[depth];
            let choices = &self.choices[node.choices.range()];
            let preempts = |task: u32| node.free.is_some_and(|f| f != task);
            let asleep =
                |task: u32| self.node_sleep[node.sleep.range()].iter().any(|id| self.kept[id.0 as usize].task == task);
            let wanted = |c: &&Choice| {
                let allowed = self.bound.is_none_or(|b| node.preemptions + u32::from(preempts(c.task)) <= b);
                c.backtrack && c.done.is_none() && !asleep(c.task) && allowed
            };
            let mut candidate = None;
            if self.preempting_first {
                candidate = choices.iter().filter(|c| Some(c.task) != node.free).find(wanted);
            }
            let candidate = candidate.or_else(|| choices.iter().find(wanted));
            if let Some(&Choice { task, .. }) = candidate {
                self.stack[depth].chosen = task;
                self.stack[depth].values.len = 0;
                self.prefix = depth + 1;
                return true;
            }
        }
        false
    }

    /// Whether the bound left out a schedule so far (false: every schedule run was within it anyway).
    pub fn cut_by_bound(&self) -> bool {
        self.cut_by_bound
    }

    /// How this search avoids running equivalent schedules.
    pub fn reduction(&self) -> Reduction {
        self.reduction
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
        explore_timed(programs, &[], bound)
    }

    /// `explore` with the virtual time of every step (`starts_ns[task][step]`, empty for none), as a
    /// time window's candidates carry it.
    fn explore_timed(
        programs: &[Vec<Vec<(Resource, bool)>>],
        starts_ns: &[Vec<u64>],
        bound: Option<u32>,
    ) -> Vec<Vec<u32>> {
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
                let starts: Vec<u64> = if starts_ns.is_empty() {
                    Vec::new()
                } else {
                    enabled.iter().map(|&t| starts_ns[t as usize][next[t as usize]]).collect()
                };
                let Some(task) = search.choose(&enabled, &[], &starts, None) else {
                    covered = true;
                    break;
                };
                let accesses = &programs[task as usize][next[task as usize]];
                next[task as usize] += 1;
                order.push(task);
                search.stepped(&step(task, accesses));
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

    #[test]
    fn under_a_time_window_the_first_schedule_follows_the_clocks_and_the_set_stays_the_same() {
        let write = |v| vec![(var(v), true)];
        // Task 1 sleeps less than task 0 before each of its writes: in the clocks' order it writes
        // first, then task 0, then task 1 again. Every order is still explored, the first one first.
        let programs = [vec![write(0), write(1)], vec![write(0), write(1)]];
        let starts_ns = [vec![5, 30], vec![1, 20]];
        let timed = explore_timed(&programs, &starts_ns, None);
        assert_eq!(timed[0], vec![1, 0, 1, 0]);
        // One schedule per class either way, not always the same one: compare the classes (which task
        // wrote each variable first; task t's step k writes variable k).
        let classes = |orders: Vec<Vec<u32>>| {
            let mut classes: Vec<Vec<u32>> = orders
                .iter()
                .map(|order| {
                    let mut steps_taken = [0usize; 2];
                    let mut first_writer = vec![None; 2];
                    for &task in order {
                        let variable = steps_taken[task as usize];
                        steps_taken[task as usize] += 1;
                        first_writer[variable].get_or_insert(task);
                    }
                    first_writer.into_iter().flatten().collect()
                })
                .collect();
            classes.sort();
            classes
        };
        assert_eq!(timed.len(), 4);
        assert_eq!(classes(timed), classes(explore(&programs, None)));
        // A bounded search keeps its own order (the task that stepped last goes on first).
        assert_eq!(explore_timed(&programs, &starts_ns, Some(0))[0], vec![0, 0, 1, 1]);
    }
}
