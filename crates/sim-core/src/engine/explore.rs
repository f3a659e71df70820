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

use super::{Object, Run, RunConfig, Simulator, stepwise};
use crate::model::{Model, TaskId};
use crate::policy::{RandomWalk, TimedRules};
use crate::report::{Outcome, Status};

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

enum Ending {
    Finished(Outcome),
    /// Every runnable task was asleep.
    Redundant,
}

impl Simulator<'_> {
    pub fn explore(&mut self, config: &ExploreConfig) -> ExploreResult {
        let mut stack: Vec<Node> = Vec::new();
        let mut prefix = 0usize;
        let mut result = ExploreResult { schedules: 0, complete: false, redundant: 0, outcomes: Vec::new() };
        loop {
            let (ending, events) = self.explore_once(&mut stack, prefix, config);
            match ending {
                Ending::Finished(outcome) => {
                    let mut shared = Vec::new();
                    self.shared_values(&mut shared);
                    record_outcome(&mut result, outcome, shared);
                    result.schedules += 1;
                }
                Ending::Redundant => result.redundant += 1,
            }
            add_backtrack_points(self.model, &mut stack, &events);
            match next_backtrack(&mut stack, config.preemption_bound) {
                Some(depth) => prefix = depth + 1,
                None => {
                    result.complete = true;
                    break;
                }
            }
            if result.schedules >= config.max_schedules {
                break;
            }
        }
        result.outcomes.sort_by_key(|o| o.first_schedule);
        result
    }

    /// Runs one schedule: the stack's choices up to `prefix`, then new nodes that prefer the task that
    /// stepped last and never pick a sleeping one.
    fn explore_once(
        &mut self,
        stack: &mut Vec<Node>,
        prefix: usize,
        config: &ExploreConfig,
    ) -> (Ending, Vec<Footprint>) {
        stack.truncate(prefix);
        let run_config = RunConfig {
            seed: 0,
            max_steps: config.max_steps,
            forced_choices: None,
            record_accesses: true,
            record_timeline: false,
            record_choices: true,
        };
        self.state.reset(self.model, &run_config);
        let mut policy = RandomWalk::default();
        let mut run = Run {
            model: self.model,
            state: &mut self.state,
            policy: &mut policy,
            config: &run_config,
            rules: TimedRules::default(),
            exploring: true,
        };
        stepwise::begin(&mut run);
        let mut events: Vec<Footprint> = Vec::new();
        let mut sleep: Vec<Footprint> = Vec::new();
        let mut previous: Option<u32> = None;
        let mut preemptions = 0u32;
        let mut depth = 0usize;
        loop {
            let count = stepwise::candidates(&mut run);
            if count == 0 {
                break;
            }
            let enabled: Vec<u32> = run.state.candidate_ids.clone();
            let task = if depth < prefix {
                assert_eq!(stack[depth].enabled, enabled, "a run is a deterministic function of its choices");
                stack[depth].chosen
            } else {
                let Some(task) = pick_new(&enabled, &sleep, previous, preemptions, config.preemption_bound) else {
                    return (Ending::Redundant, events);
                };
                stack.push(Node {
                    enabled: enabled.clone(),
                    chosen: task,
                    backtrack: BTreeSet::new(),
                    done: Vec::new(),
                    sleep: sleep.clone(),
                    previous,
                    preemptions,
                });
                task
            };
            if previous.is_some_and(|p| p != task && enabled.contains(&p)) {
                preemptions += 1;
            }
            let index = enabled.iter().position(|&t| t == task).expect("the chosen task is enabled");
            // As `Run::choose` does, only real choices go into the token.
            if enabled.len() > 1 {
                run.state.choices.push(index as u32);
            }
            let first_access = run.state.accesses.len();
            stepwise::take_step(&mut run, TaskId(task));
            let footprint = Footprint {
                task,
                accesses: run.state.accesses[first_access..].iter().map(|a| (a.object, a.write)).collect(),
            };
            let node = &mut stack[depth];
            if !node.done.iter().any(|f| f.task == task) {
                node.done.push(footprint.clone());
            }
            // The sleep set of the next node: whatever slept here or was explored here before, as long as
            // this step does not interfere with it.
            sleep = if depth + 1 < prefix {
                stack[depth + 1].sleep.clone()
            } else {
                node.sleep
                    .iter()
                    .chain(node.done.iter())
                    .filter(|f| f.task != task && !dependent(self_model(&run), f, &footprint))
                    .cloned()
                    .collect()
            };
            events.push(footprint);
            previous = Some(task);
            depth += 1;
        }
        // Tasks that could still have stepped when the run ended never got to race with anything: each
        // is a pending step that conflicts with the last step in which it was enabled.
        let pending: Vec<u32> = (0..run.model.tasks.len() as u32)
            .filter(|&t| run.state.tasks[t as usize].phase == super::state::TaskPhase::Live)
            .collect();
        for task in pending {
            if let Some(node) = stack.iter_mut().rev().find(|node| node.enabled.contains(&task) && node.chosen != task)
            {
                node.backtrack.insert(task);
            }
        }
        let outcome = run.finish();
        (Ending::Finished(outcome), events)
    }
}

fn self_model<'m>(run: &Run<'_, 'm>) -> &'m Model {
    run.model
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
