//! The cancel of a failing TaskGroup's other tasks, made where CPython 3.11 makes it.
//!
//! `TaskGroup._on_task_done` is a done callback of each child: it runs on the loop's pass after the
//! child's end, and at the first child that raised it cancels every other child still running
//! (`_abort`), before those children take their next step (session29/repro/r14, checks/p50). The
//! group's end waits for its children through a watcher coroutine per child (completion.rs,
//! `Watch::MarkingGroupFailures`), which wakes on that same pass; the end itself takes the watchers'
//! marks a pass later. So the watcher of a child that failed cancels the others itself: the first one to
//! see a failure puts a mark into a queue of the group's own (`aborted`, read with `len`) that tells the
//! later ones the group was aborted already, as `_aborting` tells `_on_task_done`. A cancel of a child
//! that has ended does nothing, as `Task.cancel` of a done task.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::completion::Watch;
use super::{Result, Translator, fail};
use crate::out::{Node, Step, quote};

impl Translator<'_> {
    /// A watcher coroutine per child future of a failing TaskGroup (each a local or an element of a
    /// local array), each putting its mark into the queue it gives back, and cancelling every child at
    /// the group's first failure.
    pub(super) fn watch_group_aborts(&mut self, futures: &[String], out: &mut Vec<Step>, line: u32) -> String {
        let queue = self.completion_queue_named("completed", true);
        let aborted = self.completion_queue_named("aborted", true);
        let watcher = self.watcher_task(&queue, true, Watch::MarkingGroupFailures, line);
        let members: Vec<String> = futures.iter().map(|_| self.fresh_temporary(watcher, "member")).collect();
        let returned = self.temporary(watcher, "returned");
        let mut abort = vec![Step::new(
            "put",
            Node::Map(vec![("queue", Node::Plain(aborted.clone())), ("value", Node::Quoted("1".to_string()))]),
            line,
        )];
        abort.extend(members.iter().map(|member| Step::new("cancel", Node::Quoted(member.clone()), line)));
        let first_failure = Step::new(
            "if",
            Node::Map(vec![
                ("cond", Node::Quoted(format!("{returned} == 0 and len({aborted}) == 0"))),
                ("then", Node::Steps(abort)),
            ]),
            line,
        );
        // The watcher's last step puts its mark: the cancel comes before it, in the same turn.
        let ops = &mut self.scenario.tasks[watcher].ops;
        let put_at = ops.len() - 1;
        ops.insert(put_at, first_failure);
        for (slot, future) in futures.iter().enumerate() {
            let mut args = format!("{{ watched: {}, slot: {slot}", quote(future));
            for (member, sibling) in members.iter().zip(futures) {
                args.push_str(&format!(", {member}: {}", quote(sibling)));
            }
            args.push_str(" }");
            out.push(Step::new(
                "submit",
                Node::Map(vec![("task", Node::Task(watcher)), ("args", Node::Plain(args))]),
                line,
            ));
        }
        queue
    }
}

/// What a coroutine's steps do before it first gives the loop up.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FirstTurn {
    /// Every path suspends (a sleep) before anything could end it.
    Suspends,
    /// A path goes on past these steps without suspending or ending.
    GoesOn,
    /// A path may end the coroutine (an exception, or its end) before it suspends.
    MayEnd,
}

/// Whether a child of a failing group may end in its first step, by an exception (`raises`) or at all:
/// the child's end then comes before its watcher, started at the group's end, waits for it, and the
/// watcher runs at the end of that pass rather than where CPython's done callback does.
pub(super) struct FirstStepEnds {
    pub(super) raises: bool,
    pub(super) ends: bool,
}

impl Translator<'_> {
    /// How the coroutine task `task` may end in its first step (`FirstStepEnds`).
    pub(super) fn first_step_ends(&self, task: usize) -> FirstStepEnds {
        let containers = super::exceptions::shared_containers(&self.scenario);
        let ops = &self.scenario.tasks[task].ops;
        let raises = first_turn(ops, &containers, false) == FirstTurn::MayEnd;
        let ends = raises || first_turn(ops, &containers, true) != FirstTurn::Suspends;
        FirstStepEnds { raises, ends }
    }
}

/// The first turn of `steps` (`FirstTurn`); `returns` counts a `return` (and the end of the steps) as an
/// end, else only what raises does.
fn first_turn(steps: &[Step], containers: &[(&str, &'static str)], returns: bool) -> FirstTurn {
    for step in steps {
        match step_first_turn(step, containers, returns) {
            FirstTurn::GoesOn => {}
            decided => return decided,
        }
    }
    FirstTurn::GoesOn
}

fn step_first_turn(step: &Step, containers: &[(&str, &'static str)], returns: bool) -> FirstTurn {
    let block = |key: &str| match &step.value {
        Some(Node::Map(entries)) => entries.iter().find_map(|(entry, node)| match node {
            Node::Steps(steps) if *entry == key => Some(first_turn(steps, containers, returns)),
            _ => None,
        }),
        _ => None,
    };
    match (step.key, &step.value) {
        // `await asyncio.sleep(d)`: a sleep always gives the loop up.
        ("await", Some(Node::Plain(_))) => FirstTurn::Suspends,
        ("let" | "set", _) if super::exceptions::fault_classes(std::slice::from_ref(step), containers).is_empty() => {
            FirstTurn::GoesOn
        }
        ("submit", _) => FirstTurn::GoesOn,
        ("return", _) if !returns => FirstTurn::GoesOn,
        // A `try` whose body suspends first (or goes on) does so; its handlers run only where a step of
        // the body may raise, taken as an end.
        ("try", _) => block("do").unwrap_or(FirstTurn::MayEnd),
        // `with` a lock: taking it may or may not wait; then its block.
        ("with", _) => block("ops").unwrap_or(FirstTurn::MayEnd),
        ("atomic", Some(Node::Steps(steps))) => first_turn(steps, containers, returns),
        // Waits that may or may not give the loop up, and raise nothing of their own.
        (
            "lock" | "unlock" | "acquire" | "release" | "get" | "put" | "wait",
            Some(Node::Plain(_) | Node::Quoted(_)),
        ) => FirstTurn::GoesOn,
        ("if", _) => {
            let then = block("then").unwrap_or(FirstTurn::GoesOn);
            let otherwise = block("else").unwrap_or(FirstTurn::GoesOn);
            match (then, otherwise) {
                (FirstTurn::MayEnd, _) | (_, FirstTurn::MayEnd) => FirstTurn::MayEnd,
                (FirstTurn::Suspends, FirstTurn::Suspends) => FirstTurn::Suspends,
                _ => FirstTurn::GoesOn,
            }
        }
        ("repeat" | "while", _) => match (block("ops"), runs_once_at_least(step)) {
            (Some(FirstTurn::Suspends), true) => FirstTurn::Suspends,
            (Some(FirstTurn::MayEnd) | None, _) => FirstTurn::MayEnd,
            _ => FirstTurn::GoesOn,
        },
        _ => FirstTurn::MayEnd,
    }
}

/// Whether a `repeat` or `while` runs its body at least once: a count of at least one, or `while True`.
fn runs_once_at_least(step: &Step) -> bool {
    let Some(Node::Map(entries)) = &step.value else { return false };
    entries.iter().any(|(entry, node)| match (*entry, node) {
        ("times", Node::Plain(times) | Node::Quoted(times)) => times.parse::<u64>().is_ok_and(|times| times >= 1),
        ("cond", Node::Plain(cond) | Node::Quoted(cond)) => matches!(cond.as_str(), "1" | "True" | "true"),
        _ => false,
    })
}

impl Translator<'_> {
    /// A failing TaskGroup's children that may end in their first step, before their watchers (started
    /// after every child) wait: a watcher then runs at the end of that pass, where CPython's done callback
    /// runs on the next one. A child that may raise there cancels the tasks started before it a step
    /// early unless none of them can outlive its own first step; refused at the `async with`
    /// (session30-s30passes/g03), once the whole program is read (`finish_group_first_steps`), so that
    /// the refusals of what the program does around the group (an `except*` that splits the group) come
    /// first. Children that all end in their first step end the group a pass early: gives whether the
    /// group's end takes that pass (every child surely ends there), and refuses where some may not.
    pub(super) fn check_first_step_failures(&mut self, item: &ast::WithItem, body_steps: &[Step]) -> bool {
        let mut children = Vec::new();
        started_coroutines(&self.scenario, body_steps, &mut children);
        let ends: Vec<FirstStepEnds> = children.iter().map(|&task| self.first_step_ends(task)).collect();
        let never_suspend: Vec<bool> =
            children.iter().map(|&task| never_suspends(&self.scenario.tasks[task].ops)).collect();
        // The tasks started before a child that raises in its first step, itself included (a child
        // started in a loop is several).
        let raising = (0..children.len())
            .find(|&index| ends[index].raises && !never_suspend[..=index].iter().all(|&never| never));
        let refusal = if let Some(index) = raising {
            format!(
                "a TaskGroup task that may raise before its first `await asyncio.sleep(...)` (the task of line {}) while a task started before it runs on is not supported: CPython cancels the other tasks from a callback whose place among them weft does not model; let the task `await asyncio.sleep(0)` first",
                self.scenario.tasks[children[index]].line
            )
        } else if !ends.is_empty() && ends.iter().all(|ends| ends.ends) {
            if never_suspend.iter().all(|&never| never) {
                return true;
            }
            "a TaskGroup that may fail and whose tasks may all end before their first `await asyncio.sleep(...)` is not supported: CPython's group ends a pass later than weft's would; let one task `await asyncio.sleep(0)` first".to_string()
        } else {
            return false;
        };
        self.group_first_step_refusals.push((item.range(), refusal));
        false
    }

    /// The first of the refusals `check_first_step_failures` kept.
    pub(super) fn finish_group_first_steps(&self) -> Result<()> {
        match self.group_first_step_refusals.first() {
            Some((range, refusal)) => fail(range, refusal.clone()),
            None => Ok(()),
        }
    }
}

/// The coroutine tasks `steps` start (`submit`), at any depth.
pub(super) fn started_coroutines(scenario: &crate::out::Scenario, steps: &[Step], into: &mut Vec<usize>) {
    for step in steps {
        let Some(Node::Map(entries)) = &step.value else { continue };
        for (entry, node) in entries {
            match node {
                Node::Task(task)
                    if step.key == "submit"
                        && *entry == "task"
                        && scenario.tasks[*task].kind == Some("coroutine")
                        && !into.contains(task) =>
                {
                    into.push(*task);
                }
                Node::Steps(inner) => started_coroutines(scenario, inner, into),
                Node::Clauses(clauses) => {
                    for clause in clauses {
                        for (_, node) in clause {
                            if let Node::Steps(inner) = node {
                                started_coroutines(scenario, inner, into);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// Whether `steps` never give the loop up: nothing in them waits (a coroutine of them ends in its first
/// step, or spins).
fn never_suspends(steps: &[Step]) -> bool {
    steps.iter().all(|step| {
        let plain = matches!(
            step.key,
            "let"
                | "set"
                | "raise"
                | "reraise"
                | "return"
                | "if"
                | "while"
                | "repeat"
                | "try"
                | "atomic"
                | "assert"
                | "submit"
                | "cancel"
        );
        let inner_ok = match &step.value {
            Some(Node::Map(entries)) => entries.iter().all(|(_, node)| match node {
                Node::Steps(inner) => never_suspends(inner),
                Node::Clauses(clauses) => clauses.iter().flatten().all(|(_, node)| match node {
                    Node::Steps(inner) => never_suspends(inner),
                    _ => true,
                }),
                _ => true,
            }),
            Some(Node::Steps(inner)) => never_suspends(inner),
            _ => true,
        };
        plain && inner_ok
    })
}
