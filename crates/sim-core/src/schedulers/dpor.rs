//! Exhaustive exploration: stateless model checking over the stepwise driver, with dynamic partial-order
//! reduction (Flanagan and Godefroid, POPL 2005) and sleep sets (Godefroid 1996), bounded CHESS-style by
//! preemptions and by a number of schedules.
//!
//! Every schedule is a fresh run of the same simulator (reset, not reallocated). After a run, each pair
//! of dependent steps of different tasks that are not ordered by happens-before is a race, and the
//! state before the earlier step gets the other task added to its backtrack set, so the reversed order
//! is explored too. Steps are dependent when they touch the same object and one of them writes, when
//! one touches a task the other belongs to (spawn, join, kill), when one task waits for the other
//! (`after`), or when both are coroutines of one event loop. Schedules that only reorder independent
//! steps are explored once.

use std::collections::BTreeSet;

use crate::access::{Access, Object};
use crate::engine::config::RunConfig;
use crate::engine::scheduler::{Scheduler, Stop};
use crate::engine::simulator::Simulator;
use crate::engine::state::TaskPhase;
use crate::engine::view::RunView;
use crate::model::{Model, TaskId};
use crate::outcome::{Outcome, Status};
use crate::policy::{Decision, Mode};

#[derive(Clone, Debug)]
pub struct ExploreConfig {
    /// Stop after this many schedules (the result is then not complete).
    pub max_schedules: u64,
    /// At most this many preemptions per schedule: switching away from a task that could go on.
    pub preemption_bound: Option<u32>,
    pub max_steps: u64,
}

#[derive(Clone, Debug)]
pub struct ExploreResult {
    /// Schedules run to their end.
    pub schedules: u64,
    /// Every schedule up to the bound was explored (or proved redundant).
    pub complete: bool,
    /// Partial schedules abandoned because every runnable task was asleep (already covered).
    pub redundant: u64,
    pub outcomes: Vec<ExploredOutcome>,
}

#[derive(Clone, Debug)]
pub struct ExploredOutcome {
    pub status: Status,
    /// Final shared values, flattened as `Simulator::shared_values` gives them.
    pub shared: Vec<i64>,
    pub count: u64,
    /// Index of the first schedule that reached it.
    pub first_schedule: u64,
    /// Its choices, for a schedule token (policy `random`, seed 0).
    pub choices: Vec<u32>,
}

/// What one step touched.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Footprint {
    task: u32,
    accesses: Vec<(Object, bool)>,
}

#[derive(Clone, Debug)]
struct Node {
    enabled: Vec<u32>,
    chosen: u32,
    backtrack: BTreeSet<u32>,
    /// Tasks already explored from this node, with the step each took here.
    done: Vec<Footprint>,
    /// Steps that need not be taken from here: covered by an earlier, equivalent schedule.
    sleep: Vec<Footprint>,
    previous: Option<u32>,
    preemptions: u32,
}

/// The explorer: a scheduler that lives across executions. It holds the exploration frontier (the stack
/// of nodes) and, during one execution, where that execution is.
#[derive(Debug)]
pub struct Dpor<'m> {
    model: &'m Model,
    config: ExploreConfig,
    stack: Vec<Node>,
    /// The stack's choices are followed up to here; new nodes are made after it.
    prefix: usize,
    /// No execution left to run.
    exhausted: bool,
    result: ExploreResult,
    /// The execution in progress: its steps' footprints, the sleep set of the next node, the task that
    /// stepped last, its preemptions, its depth, and whether it was cut short as redundant.
    events: Vec<Footprint>,
    sleep: Vec<Footprint>,
    previous: Option<u32>,
    preemptions: u32,
    depth: usize,
    redundant: bool,
}

impl Simulator<'_> {
    /// Explores every schedule up to the bounds, each a run of this simulator under the explorer.
    pub fn explore(&mut self, config: &ExploreConfig) -> ExploreResult {
        // Seed 0: explored schedules are replayed by any exploring policy as `random`, seed 0.
        let run_config = RunConfig { max_steps: config.max_steps, record_accesses: true, ..RunConfig::default() };
        let mut dpor = Dpor::new(self.model(), config.clone());
        while dpor.next_execution() {
            let outcome = self.run_with(&mut dpor, &run_config);
            dpor.execution_ended(outcome, &self.view());
        }
        dpor.into_result()
    }
}

impl<'m> Dpor<'m> {
    pub fn new(model: &'m Model, config: ExploreConfig) -> Self {
        Dpor {
            model,
            config,
            stack: Vec::new(),
            prefix: 0,
            exhausted: false,
            result: ExploreResult { schedules: 0, complete: false, redundant: 0, outcomes: Vec::new() },
            events: Vec::new(),
            sleep: Vec::new(),
            previous: None,
            preemptions: 0,
            depth: 0,
            redundant: false,
        }
    }

    /// Prepares the next execution: the stack's choices up to the prefix, then new nodes that prefer
    /// the task that stepped last and never pick a sleeping one. False when there is none left.
    pub fn next_execution(&mut self) -> bool {
        if self.exhausted {
            return false;
        }
        self.stack.truncate(self.prefix);
        self.events.clear();
        self.sleep.clear();
        self.previous = None;
        self.preemptions = 0;
        self.depth = 0;
        self.redundant = false;
        true
    }

    /// Takes in how an execution ended and finds where the next one branches off.
    pub fn execution_ended(&mut self, outcome: Outcome, view: &RunView<'_>) {
        if self.redundant {
            self.result.redundant += 1;
        } else {
            self.backtrack_pending_tasks(view);
            let mut shared = Vec::new();
            view.shared_values(&mut shared);
            record_outcome(&mut self.result, outcome, shared);
            self.result.schedules += 1;
        }
        add_backtrack_points(self.model, &mut self.stack, &self.events);
        match next_backtrack(&mut self.stack, self.config.preemption_bound) {
            Some(depth) => self.prefix = depth + 1,
            None => {
                self.result.complete = true;
                self.exhausted = true;
                return;
            }
        }
        if self.result.schedules >= self.config.max_schedules {
            self.exhausted = true;
        }
    }

    /// Tasks that could still have stepped when the run ended never got to race with anything: each is
    /// a pending step that conflicts with the last step in which it was enabled.
    fn backtrack_pending_tasks(&mut self, view: &RunView<'_>) {
        let pending = (0..view.tasks().len() as u32).filter(|&t| view.tasks()[t as usize].phase == TaskPhase::Live);
        for task in pending {
            let node = self.stack.iter_mut().rev().find(|node| node.enabled.contains(&task) && node.chosen != task);
            if let Some(node) = node {
                node.backtrack.insert(task);
            }
        }
    }

    pub fn into_result(mut self) -> ExploreResult {
        self.result.outcomes.sort_by_key(|o| o.first_schedule);
        self.result
    }
}

impl Scheduler for Dpor<'_> {
    fn mode(&self) -> Mode {
        Mode::Exploring
    }

    /// A node per step, single candidates included.
    fn sees_every_step(&self) -> bool {
        true
    }

    fn choose(&mut self, decision: &Decision<'_>) -> Result<usize, Stop> {
        let enabled: Vec<u32> = decision.candidates.iter().map(|c| c.task.0).collect();
        let depth = self.depth;
        let task = if depth < self.prefix {
            assert_eq!(self.stack[depth].enabled, enabled, "a run is a deterministic function of its choices");
            self.stack[depth].chosen
        } else {
            let bound = self.config.preemption_bound;
            let Some(task) = pick_new(&enabled, &self.sleep, self.previous, self.preemptions, bound) else {
                self.redundant = true;
                return Err(Stop::Covered);
            };
            self.stack.push(Node {
                enabled: enabled.clone(),
                chosen: task,
                backtrack: BTreeSet::new(),
                done: Vec::new(),
                sleep: self.sleep.clone(),
                previous: self.previous,
                preemptions: self.preemptions,
            });
            task
        };
        if self.previous.is_some_and(|p| p != task && enabled.contains(&p)) {
            self.preemptions += 1;
        }
        Ok(enabled.iter().position(|&t| t == task).expect("the chosen task is enabled"))
    }

    fn stepped(&mut self, task: TaskId, accesses: &[Access]) {
        let task = task.0;
        let footprint = Footprint { task, accesses: accesses.iter().map(|a| (a.object, a.write)).collect() };
        let depth = self.depth;
        let node = &mut self.stack[depth];
        if !node.done.iter().any(|f| f.task == task) {
            node.done.push(footprint.clone());
        }
        // The sleep set of the next node: whatever slept here or was explored here before, as long as
        // this step does not interfere with it.
        self.sleep = if depth + 1 < self.prefix {
            self.stack[depth + 1].sleep.clone()
        } else {
            let node = &self.stack[depth];
            node.sleep
                .iter()
                .chain(node.done.iter())
                .filter(|f| f.task != task && !dependent(self.model, f, &footprint))
                .cloned()
                .collect()
        };
        self.events.push(footprint);
        self.previous = Some(task);
        self.depth += 1;
    }
}

/// A new node's choice: the task that stepped last if it may go on (no preemption), else the first
/// runnable task that is awake and within the preemption bound.
fn pick_new(
    enabled: &[u32],
    sleep: &[Footprint],
    previous: Option<u32>,
    preemptions: u32,
    bound: Option<u32>,
) -> Option<u32> {
    let awake = |t: &u32| !sleep.iter().any(|f| f.task == *t);
    if let Some(p) = previous
        && enabled.contains(&p)
        && awake(&p)
    {
        return Some(p);
    }
    let previous_enabled = previous.is_some_and(|p| enabled.contains(&p));
    let may_preempt = bound.is_none_or(|b| preemptions < b);
    enabled.iter().copied().filter(awake).find(|_| !previous_enabled || may_preempt)
}

fn record_outcome(result: &mut ExploreResult, outcome: Outcome, shared: Vec<i64>) {
    let index = result.schedules;
    if let Some(existing) = result.outcomes.iter_mut().find(|o| o.status == outcome.status && o.shared == shared) {
        existing.count += 1;
        return;
    }
    result.outcomes.push(ExploredOutcome {
        status: outcome.status,
        shared,
        count: 1,
        first_schedule: index,
        choices: outcome.choices,
    });
}

/// Whether two steps of different tasks may not be swapped.
fn dependent(model: &Model, a: &Footprint, b: &Footprint) -> bool {
    if a.task == b.task {
        return true;
    }
    let touches_task = |f: &Footprint, task: u32| f.accesses.iter().any(|&(o, _)| o == Object::Task(TaskId(task)));
    if touches_task(a, b.task) || touches_task(b, a.task) {
        return true;
    }
    let task_a = &model.tasks[a.task as usize];
    let task_b = &model.tasks[b.task as usize];
    // The last non-daemon to finish ends the run, which stops every daemon.
    let finishes = |f: &Footprint| f.accesses.contains(&(Object::Task(TaskId(f.task)), true));
    if (finishes(a) && !task_a.daemon && task_b.daemon) || (finishes(b) && !task_b.daemon && task_a.daemon) {
        return true;
    }
    if task_a.after.contains(&TaskId(b.task)) || task_b.after.contains(&TaskId(a.task)) {
        return true;
    }
    if task_a.event_loop.is_some() && task_a.event_loop == task_b.event_loop {
        return true;
    }
    let is_state = |object: Object| !matches!(object, Object::None | Object::WokenBy(_));
    a.accesses.iter().any(|&(object_a, write_a)| {
        is_state(object_a) && b.accesses.iter().any(|&(object_b, write_b)| object_a == object_b && (write_a || write_b))
    })
}

/// For every race in the schedule (two dependent steps of different tasks, the earlier not ordered
/// before the later task's previous step), the later task is to be tried first at the earlier step.
fn add_backtrack_points(model: &Model, stack: &mut [Node], events: &[Footprint]) {
    let tasks = model.tasks.len();
    // clocks[i][t]: 1 + the index of the latest step of task t that happens before step i (0: none).
    let mut clocks: Vec<Vec<usize>> = Vec::with_capacity(events.len());
    let mut last_of_task: Vec<Option<usize>> = vec![None; tasks];
    for (i, event) in events.iter().enumerate() {
        let task = event.task as usize;
        let mut clock = match last_of_task[task] {
            Some(previous) => clocks[previous].clone(),
            None => vec![0; tasks],
        };
        // The latest racing step, and the latest racing step before which this task could already
        // have gone (co-enabled); the second is where reversing the race is possible.
        let mut race: Option<usize> = None;
        let mut co_enabled_race: Option<usize> = None;
        for j in (0..i).rev() {
            if !dependent(model, &events[j], event) {
                continue;
            }
            if events[j].task as usize != task {
                let ordered = last_of_task[task].is_some_and(|previous| clocks[previous][events[j].task as usize] > j);
                if !ordered {
                    race = race.or(Some(j));
                    if co_enabled_race.is_none() && stack.get(j).is_some_and(|node| node.enabled.contains(&event.task))
                    {
                        co_enabled_race = Some(j);
                    }
                }
            }
            for (mine, theirs) in clock.iter_mut().zip(&clocks[j]) {
                *mine = (*mine).max(*theirs);
            }
        }
        clock[task] = i + 1;
        clocks.push(clock);
        last_of_task[task] = Some(i);
        if let Some(j) = co_enabled_race {
            stack[j].backtrack.insert(event.task);
        } else if let Some(j) = race
            && j < stack.len()
        {
            let node = &mut stack[j];
            node.backtrack.extend(node.enabled.iter().copied());
        }
    }
}

/// The deepest node with a task still to try; sets it as that node's choice.
fn next_backtrack(stack: &mut [Node], bound: Option<u32>) -> Option<usize> {
    for depth in (0..stack.len()).rev() {
        let node = &mut stack[depth];
        let previous_enabled = node.previous.filter(|p| node.enabled.contains(p));
        let candidate = node.backtrack.iter().copied().find(|&task| {
            let explored = node.done.iter().any(|f| f.task == task);
            let asleep = node.sleep.iter().any(|f| f.task == task);
            let preempts = previous_enabled.is_some_and(|p| p != task);
            let allowed = bound.is_none_or(|b| node.preemptions + u32::from(preempts) <= b);
            !explored && !asleep && allowed
        });
        if let Some(task) = candidate {
            node.chosen = task;
            return Some(depth);
        }
    }
    None
}
