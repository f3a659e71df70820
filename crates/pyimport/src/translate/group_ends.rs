//! The end of a TaskGroup whose tasks do not fail, on CPython 3.11's loop pass (session 31;
//! session30/repro r04, r06, r07, r08, checks p13, p18, p31).
//!
//! CPython's `TaskGroup.__aexit__` waits on a future of its own (`_on_completed_fut`) only while the
//! group's set of tasks (`_tasks`) is not empty, and a task leaves that set in its done callback
//! (`_on_task_done`), which runs on the loop pass after the task's end; the callback that empties the set
//! while `__aexit__` waits completes the future, whose own callback wakes the awaiter a pass later. So
//! the end of the `async with` takes no pass when every task's callback has run (a task that ended passes
//! before, r07; an outer group's task that ended during an inner group, r04, r08), two when the last task
//! ended in the pass just before the end (its callback still to run, r06), and a pass after the last
//! callback when tasks still run.
//!
//! The import gives each task of the group a callback coroutine, started right after the task (so that
//! it stands where CPython's done callback does among the ready tasks): it waits for the task (a task
//! that ended in its first step, before its callback's first step, is done already: the callback takes a
//! pass, as CPython's scheduled callback does), takes one item out of the group's queue of tasks whose
//! callback has not run (`pending`, one item put at each start), and, when it took the last while the
//! end waits (`exiting` holds an item), puts the mark (`ended`) the end waits for. The end puts into
//! `exiting`, then waits for the mark only while `pending` is not empty.
//!
//! An `await` of one of the group's tasks in the body (its waiter is woken after CPython's done callback
//! but before the import's callback coroutine, whose task comes later) runs the callback itself when it
//! has not run (a queue of its own per such task says so). The queues are the group's, not the running
//! task's: the form is used where the group's coroutine runs once at a time (the coroutine of
//! `asyncio.run`, or code it awaits inline); elsewhere the end waits for the tasks in order, as before
//! (`group_end_waits`).

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::futures::OpenPool;
use super::{Frame, Result, Translator, fail};
use crate::out::{Node, Step};

/// The group's queues: `pending` holds an item per task whose callback has not run, `exiting` one once
/// the end waits, `ended` the mark of the last callback while it waits.
pub(super) struct GroupQueues {
    pending: String,
    exiting: String,
    ended: String,
}

/// A future of the group and how its task's callback is made: a task awaited by the body has a callback
/// coroutine of its own and a queue (`called`) that says the callback ran.
struct Member {
    /// The future expression the `submit` writes (`t`, `tasks[i]`).
    future: String,
    called: Option<String>,
}

impl Translator<'_> {
    /// The end of a TaskGroup whose tasks do not fail, by the tasks' callbacks; false (nothing changed)
    /// where the form does not apply and the caller waits for the tasks in order.
    pub(super) fn group_end_by_callbacks(
        &mut self,
        frame: &Frame,
        (item, body_awaits): (&ast::WithItem, bool),
        pool: &OpenPool,
        body_start: usize,
        out: &mut Vec<Step>,
        line: u32,
    ) -> bool {
        let root = self.loop_roots.contains(&frame.task);
        // Elsewhere a body that never gives the loop up leaves every task running at the end, where the
        // in-order waits are CPython's passes too.
        if !(root || body_awaits) || pool.futures().is_empty() {
            return false;
        }
        let Some(mut members) = group_members(pool, &out[body_start..]) else { return false };
        if !root {
            self.callback_group_tasks.push((frame.task, item.range()));
        }
        let queues = self.group_queues();
        for member in &mut members {
            if awaited_by(&member.future, &out[body_start..]) {
                member.called = Some(self.completion_queue_named("group_called", true));
            }
        }
        // One callback coroutine for the tasks nothing else awaits, one per task the body awaits.
        let mut shared_callback = None;
        for member in &members {
            let callback = match &member.called {
                Some(called) => self.group_callback_task(&queues, Some(called), line),
                None => *shared_callback.get_or_insert_with(|| self.group_callback_task(&queues, None, line)),
            };
            let starts = callback_start(&queues, callback, &member.future, line);
            insert_after_submit(out, body_start, &member.future, &starts);
            if let Some(called) = &member.called {
                let ran = self.fresh_temporary(frame.task, "ran");
                let callback = callback_steps(&queues, Some(called), &ran, line);
                insert_after_awaits(out, body_start, &member.future, &callback);
            }
        }
        self.wait_for_last_callback(frame.task, &queues, out, line);
        for (future, length) in pool.futures() {
            let awaited = if length.is_some() { format!("{future}[i]") } else { future.clone() };
            self.note_task_awaited(frame.task, awaited);
        }
        true
    }

    /// The queues of one group (or one `gather`'s children, gather_ends.rs).
    pub(super) fn group_queues(&mut self) -> GroupQueues {
        GroupQueues {
            pending: self.completion_queue_named("group_pending", true),
            exiting: self.completion_queue_named("group_exiting", true),
            ended: self.completion_queue_named("group_ended", true),
        }
    }

    /// The end's wait: it says it waits (an item in `exiting`), takes the last callback's mark while a
    /// callback has not run (`pending` not empty), then empties `exiting` again for the next run of this
    /// code (a second `asyncio.run` of the coroutine, a `gather` in a loop).
    pub(super) fn wait_for_last_callback(&mut self, task: usize, queues: &GroupQueues, out: &mut Vec<Step>, line: u32) {
        let taken = self.fresh_temporary(task, "group_done");
        out.push(Step::new(
            "put",
            Node::Map(vec![("queue", Node::Plain(queues.exiting.clone())), ("value", Node::Quoted("1".into()))]),
            line,
        ));
        let wait = Step::new(
            "get",
            Node::Map(vec![("queue", Node::Plain(queues.ended.clone())), ("into", Node::Plain(taken))]),
            line,
        );
        out.push(Step::new(
            "if",
            Node::Map(vec![
                ("cond", Node::Quoted(format!("len({}) > 0", queues.pending))),
                ("then", Node::Steps(vec![wait])),
            ]),
            line,
        ));
        let left = self.fresh_temporary(task, "group_left");
        out.push(Step::new(
            "get",
            Node::Map(vec![("queue", Node::Plain(queues.exiting.clone())), ("into", Node::Plain(left))]),
            line,
        ));
    }

    /// The TaskGroups ended by callbacks in a coroutine task other than `asyncio.run`'s: their queues are
    /// the group's, so the task must not run twice at once (started by one `submit` outside any loop, of
    /// a task that runs once itself). Refused at the `async with` otherwise.
    pub(super) fn check_callback_groups_run_once(&self) -> Result<()> {
        for (task, range) in &self.callback_group_tasks {
            if self.task_starts(*task, 0) > 1 {
                return fail(
                    range,
                    "a TaskGroup whose body awaits, in a coroutine that more than one task may run at once, is not supported: weft ends the group by its tasks' callbacks through queues of the group's own; move the awaits after the `async with`, or start the coroutine once",
                );
            }
        }
        Ok(())
    }

    /// How many runs of `task` may overlap, counted up to 2: its `submit`s (one inside a loop the scenario
    /// runs counts twice), each times the runs of the task that makes it; 1 for `asyncio.run`'s coroutine
    /// and the module's own code.
    fn task_starts(&self, task: usize, depth: usize) -> usize {
        if task == 0 || self.loop_roots.contains(&task) {
            return 1;
        }
        if depth > 16 {
            return 2;
        }
        let mut starts = 0;
        for starter in 0..self.scenario.tasks.len() {
            let sites = submits_of(&self.scenario.tasks[starter].ops, task, false);
            if sites > 0 {
                starts += sites * self.task_starts(starter, depth + 1);
            }
            if starts > 1 {
                return 2;
            }
        }
        starts
    }

    /// The callback coroutine of a group's tasks (`watched` its argument): it waits for the task, then
    /// does what `_on_task_done` does (`callback_steps`).
    pub(super) fn group_callback_task(&mut self, queues: &GroupQueues, called: Option<&str>, line: u32) -> usize {
        let task = self.new_task("group_callback", true, line);
        self.scenario.tasks[task].kind = Some("coroutine");
        let state = self.fresh_temporary(task, "state");
        let ended = self.fresh_temporary(task, "ended");
        let ran = self.fresh_temporary(task, "ran");
        let mut ops = vec![
            Step::new(
                "future_state",
                Node::Map(vec![("future", Node::Plain("watched".into())), ("into", Node::Plain(state.clone()))]),
                line,
            ),
            // Ended in its first step, before this step: CPython's callback was scheduled at that end.
            Step::new(
                "if",
                Node::Map(vec![
                    ("cond", Node::Quoted(format!("{state} >= 2"))),
                    ("then", Node::Steps(vec![super::coroutines::gathering_future_pass(line)])),
                ]),
                line,
            ),
            Step::new(
                "result",
                Node::Map(vec![
                    ("future", Node::Plain("watched".into())),
                    ("into_ok", Node::Plain(ended)),
                    ("catches", Node::Plain("BaseException".into())),
                ]),
                line,
            ),
        ];
        ops.extend(callback_steps(queues, called, &ran, line));
        ops.push(Step::new("return", Node::Quoted("None".into()), line));
        self.scenario.tasks[task].ops = ops;
        task
    }
}

/// What follows the start of a task whose callback is `callback`: its item in `pending`, then its
/// callback coroutine, which stands right after the task among the ready ones.
pub(super) fn callback_start(queues: &GroupQueues, callback: usize, future: &str, line: u32) -> Vec<Step> {
    vec![
        Step::new(
            "put",
            Node::Map(vec![("queue", Node::Plain(queues.pending.clone())), ("value", Node::Quoted("1".into()))]),
            line,
        ),
        Step::new(
            "submit",
            Node::Map(vec![
                ("task", Node::Task(callback)),
                ("args", Node::Plain(format!("{{ watched: {} }}", crate::out::quote(future)))),
            ]),
            line,
        ),
    ]
}

/// `_on_task_done` of one task: it leaves `pending`, and the last to leave while the end waits puts the
/// mark. With `called`, only when it has not run yet (an item in `called` says it has).
fn callback_steps(queues: &GroupQueues, called: Option<&str>, ran: &str, line: u32) -> Vec<Step> {
    let mark = Step::new(
        "put",
        Node::Map(vec![("queue", Node::Plain(queues.ended.clone())), ("value", Node::Quoted("1".into()))]),
        line,
    );
    let mut steps = vec![
        Step::new(
            "get",
            Node::Map(vec![("queue", Node::Plain(queues.pending.clone())), ("into", Node::Plain(ran.to_string()))]),
            line,
        ),
        Step::new(
            "if",
            Node::Map(vec![
                ("cond", Node::Quoted(format!("len({}) == 0 and len({}) > 0", queues.pending, queues.exiting))),
                ("then", Node::Steps(vec![mark])),
            ]),
            line,
        ),
    ];
    let Some(called) = called else { return steps };
    steps.insert(
        0,
        Step::new(
            "put",
            Node::Map(vec![("queue", Node::Plain(called.to_string())), ("value", Node::Quoted("1".into()))]),
            line,
        ),
    );
    vec![Step::new(
        "if",
        Node::Map(vec![("cond", Node::Quoted(format!("len({called}) == 0"))), ("then", Node::Steps(steps))]),
        line,
    )]
}

/// The group's futures as the body's `submit`s write them (`t`; `tasks[i]` for an array), each started
/// by exactly one `submit` of the body; None where one is not (the caller keeps the in-order form), or
/// where the body waits for an element of an array of them (its callback is not followed).
fn group_members(pool: &OpenPool, body: &[Step]) -> Option<Vec<Member>> {
    let mut members = Vec::new();
    for (future, length) in pool.futures() {
        let written = match length {
            Some(_) => format!("{future}[i]"),
            None => future.clone(),
        };
        if count_submits(body, &written) != 1 {
            return None;
        }
        if length.is_some() && waits_on_holder(body, future) {
            return None;
        }
        members.push(Member { future: written, called: None });
    }
    Some(members)
}

/// The steps inside a step: its blocks and its clauses' blocks.
fn inner_blocks(step: &mut Step) -> Vec<&mut Vec<Step>> {
    let mut blocks = Vec::new();
    match &mut step.value {
        Some(Node::Map(entries)) => {
            for (_, node) in entries.iter_mut() {
                match node {
                    Node::Steps(inner) => blocks.push(inner),
                    Node::Clauses(clauses) => {
                        for clause in clauses.iter_mut() {
                            for (_, node) in clause.iter_mut() {
                                if let Node::Steps(inner) = node {
                                    blocks.push(inner);
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        Some(Node::Steps(inner)) => blocks.push(inner),
        _ => {}
    }
    blocks
}

/// The value of a step's entry `key` as text.
fn entry<'s>(step: &'s Step, key: &str) -> Option<&'s str> {
    let Some(Node::Map(entries)) = &step.value else { return None };
    entries.iter().find_map(|(entry, node)| match node {
        Node::Plain(text) | Node::Quoted(text) if *entry == key => Some(text.as_str()),
        _ => None,
    })
}

pub(super) fn count_submits(steps: &[Step], future: &str) -> usize {
    let mut count = 0;
    for step in steps {
        if step.key == "submit" && entry(step, "into") == Some(future) {
            count += 1;
        }
        let mut copy = step.clone();
        count += inner_blocks(&mut copy).into_iter().map(|block| count_submits(block, future)).sum::<usize>();
    }
    count
}

/// Whether a step of `steps` waits on an element of the array `holder` (`result` or `await` of it).
fn waits_on_holder(steps: &[Step], holder: &str) -> bool {
    steps.iter().any(|step| {
        let waits = matches!(step.key, "result" | "await")
            && entry(step, "future").is_some_and(|future| future.split('[').next() == Some(holder));
        let mut copy = step.clone();
        waits || inner_blocks(&mut copy).into_iter().any(|block| waits_on_holder(block, holder))
    })
}

/// Whether a step of `steps` waits on `future` itself.
fn awaited_by(future: &str, steps: &[Step]) -> bool {
    steps.iter().any(|step| {
        let waits = matches!(step.key, "result" | "await") && entry(step, "future") == Some(future);
        let mut copy = step.clone();
        waits || inner_blocks(&mut copy).into_iter().any(|block| awaited_by(future, block))
    })
}

/// `inserted` after the `submit` of `out[from..]` that writes `future`, at any depth.
pub(super) fn insert_after_submit(out: &mut Vec<Step>, from: usize, future: &str, inserted: &[Step]) {
    let matches = |step: &Step| step.key == "submit" && entry(step, "into") == Some(future);
    insert_after(out, from, &matches, inserted);
}

/// `inserted` after each wait of `out[from..]` on `future`, at any depth.
fn insert_after_awaits(out: &mut Vec<Step>, from: usize, future: &str, inserted: &[Step]) {
    let matches = |step: &Step| matches!(step.key, "result" | "await") && entry(step, "future") == Some(future);
    insert_after(out, from, &matches, inserted);
}

/// `inserted` after each step of `block[from..]` that `matches`, and inside the blocks of each.
fn insert_after(block: &mut Vec<Step>, from: usize, matches: &dyn Fn(&Step) -> bool, inserted: &[Step]) {
    let mut index = from;
    while index < block.len() {
        for inner in inner_blocks(&mut block[index]) {
            insert_after(inner, 0, matches, inserted);
        }
        if matches(&block[index]) {
            for (offset, step) in inserted.iter().enumerate() {
                block.insert(index + 1 + offset, step.clone());
            }
            index += inserted.len();
        }
        index += 1;
    }
}

/// The `submit`s of `task` in `steps`, at any depth; one inside a `repeat` or `while` counts twice.
fn submits_of(steps: &[Step], task: usize, looped: bool) -> usize {
    let mut count = 0;
    for step in steps {
        let starts = step.key == "submit"
            && matches!(&step.value, Some(Node::Map(entries))
                if entries.iter().any(|(key, node)| *key == "task" && matches!(node, Node::Task(t) if *t == task)));
        if starts {
            count += if looped { 2 } else { 1 };
        }
        let inner_looped = looped || matches!(step.key, "repeat" | "while");
        let mut copy = step.clone();
        count += inner_blocks(&mut copy).into_iter().map(|block| submits_of(block, task, inner_looped)).sum::<usize>();
    }
    count
}
