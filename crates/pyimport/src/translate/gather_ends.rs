//! The end of `await asyncio.gather(a(), b(), ...)` over coroutines it starts, on CPython 3.11's loop
//! pass (session 32; session31/repro r03, r04, r07, r09, r10, checks k29*, x06b, x16).
//!
//! CPython's `gather` adds `_done_callback` to each child; a child's end schedules it (`call_soon`), it
//! runs on the next pass, and the one that counts the last child completes the gathering future, whose
//! own callback wakes the awaiter a pass later. So the awaiter resumes two passes after the last child's
//! end, in the queue order of that child's callback. The import waited for the children in order and
//! added one pass: right while the awaiter blocks on each child, but a child that ended after the one
//! the awaiter was woken by, before the awaiter ran in that pass, was found done without a wait, and
//! the awaiter resumed at the earlier child's callback slot. That is the common case after a wake-up by
//! an asyncio primitive: a holder's `release()`, a producer's `put()`, a loader's `set()` schedules the
//! waiter's wake-up, then the holder returns in the same step; the waiter (listed after it) resumes and
//! ends before the awaiter, woken by the holder's end, runs (r03: CPython at_end=6, weft 5 before).
//!
//! The import now ends such a gather as a TaskGroup's end (group_ends.rs): each child gets a callback
//! coroutine started right after it (so it stands where CPython's done callback does among the ready
//! tasks; one that finds its child ended in its first step takes the pass CPython's callback takes),
//! which leaves the gather's `pending` queue and, the last to leave, puts the mark the awaiter waits
//! for. The awaiter's waits in order then find every child done, and no pass is added.
//!
//! Used where the gather's queues cannot be shared by two runs at once: in `asyncio.run`'s coroutine
//! (and code it awaits inline), whose gather nothing cancels, over tasks the gather starts itself (a
//! task made before may have ended before the call, and its callback is scheduled at the call), none an
//! `asyncio.to_thread` job (its thread's end reaches the loop by a callback of its own). Elsewhere the
//! waits in order and the added pass stay ("Not yet").

use ruff_python_ast as ast;

use super::gather_cancel::GatherChildren;
use super::group_ends::{callback_start, count_submits, insert_after_submit};
use super::{Frame, Translator};
use crate::out::{Node, Step};

impl Translator<'_> {
    /// The children's callbacks after their starts in `out[children_start..]` and the awaiter's wait for
    /// the last one's mark at `out`'s end; false (nothing changed) where the form does not apply and the
    /// caller waits in order and adds the gathering future's pass.
    pub(super) fn gather_end_by_callbacks(
        &mut self,
        frame: &Frame,
        children: GatherChildren<'_>,
        children_start: usize,
        out: &mut Vec<Step>,
        line: u32,
    ) -> bool {
        if !self.loop_roots.contains(&frame.task) || children.made_before || children.thread_jobs.iter().any(|&job| job)
        {
            return false;
        }
        let length: usize = children.parts.iter().map(|(_, count)| count.unwrap_or(1)).sum();
        // One child: the awaiter blocks on it, so its wake-up is the child's callback slot already.
        if length < 2 {
            return false;
        }
        let futures: Vec<String> = children
            .parts
            .iter()
            .map(|(future, count)| match count {
                Some(_) => format!("{future}[i]"),
                None => future.clone(),
            })
            .collect();
        if futures.iter().any(|future| count_submits(&out[children_start..], future) != 1) {
            return false;
        }
        if self.children_end_on_timers(&out[children_start..], &futures) {
            return false;
        }
        let queues = self.group_queues();
        let callback = self.group_callback_task(&queues, None, line);
        for future in &futures {
            insert_after_submit(out, children_start, future, &callback_start(&queues, callback, future, line));
        }
        self.wait_for_last_callback(frame.task, &queues, out, line);
        true
    }
}

impl Translator<'_> {
    /// `gather(t1, t2)` or `gather(*tasks)` over tasks made before the call by `create_task` steps of this
    /// block (`out[..children_start]`, outside any loop but a list's own `repeat`): CPython adds each
    /// `_done_callback` at the call, scheduled at once for a task done then, else at its end. A callback
    /// coroutine started at the call would stand before a task that ends between the call and its first
    /// step, so each task's callback starts right after its `create_task`, where it stands for the task's
    /// end whenever that comes; the awaiter takes the last callback's mark, or, when every task had ended
    /// at the call, the two passes of callbacks scheduled at the call. False (nothing changed) where the
    /// form does not apply.
    pub(super) fn gather_end_by_creation_callbacks(
        &mut self,
        frame: &Frame,
        children: GatherChildren<'_>,
        children_start: usize,
        out: &mut Vec<Step>,
        line: u32,
    ) -> bool {
        !children.thread_jobs.iter().any(|&job| job)
            && out.len() == children_start
            && self.end_by_creation_callbacks(frame, children.parts, out, line)
    }

    /// The same for any wait on every one of `parts` (`gather`, `asyncio.wait(...)` with ALL_COMPLETED):
    /// their callbacks after their `create_task`s in `out`, then the awaiter's wait at `out`'s end.
    pub(super) fn end_by_creation_callbacks(
        &mut self,
        frame: &Frame,
        parts: &[(String, Option<usize>)],
        out: &mut Vec<Step>,
        line: u32,
    ) -> bool {
        let length: usize = parts.iter().map(|(_, count)| count.unwrap_or(1)).sum();
        if !self.loop_roots.contains(&frame.task) || frame.dynamic > 0 || !frame.loops.is_empty() || length < 2 {
            return false;
        }
        let futures: Vec<String> = parts
            .iter()
            .map(|(future, count)| match count {
                Some(_) => format!("{future}[i]"),
                None => future.clone(),
            })
            .collect();
        let mut distinct = futures.clone();
        distinct.sort();
        distinct.dedup();
        let coroutine = |task: usize| self.scenario.tasks[task].kind == Some("coroutine");
        if distinct.len() != futures.len() || !futures.iter().all(|future| started_once_here(out, future, &coroutine)) {
            return false;
        }
        if self.children_end_on_timers(out, &futures) {
            return false;
        }
        let all_ended = self.all_ended_at_call(frame, parts, out, line);
        let queues = self.group_queues();
        let callback = self.group_callback_task(&queues, None, line);
        for future in &futures {
            insert_after_submit(out, 0, future, &callback_start(&queues, callback, future, line));
        }
        let mut waits = Vec::new();
        self.wait_for_last_callback(frame.task, &queues, &mut waits, line);
        let two_passes =
            vec![super::coroutines::gathering_future_pass(line), super::coroutines::gathering_future_pass(line)];
        out.push(Step::new(
            "if",
            Node::Map(vec![
                ("cond", Node::Quoted(all_ended)),
                ("then", Node::Steps(two_passes)),
                ("else", Node::Steps(waits)),
            ]),
            line,
        ));
        true
    }
}

impl Translator<'_> {
    /// Whether the children started into `futures` by `block` are resumed only by their own positive
    /// sleeps, so the direct end (the waits in order, one pass added) is CPython's pass and the callbacks'
    /// cost is not needed (timer_woken_children.rs).
    fn children_end_on_timers(&self, block: &[Step], futures: &[String]) -> bool {
        let mut tasks = Vec::new();
        super::timer_woken_children::tasks_started_into(block, futures, &mut tasks);
        self.children_woken_only_by_timers(&tasks, futures)
    }
}

/// Whether `future` is written by exactly one `submit` of `block`: a step of its own (a single task), or
/// one inside a `repeat` of the block's own (an element of a list of tasks, `tasks[i]`), and by no
/// callback's start yet (a second gather of the same tasks keeps the waits in order).
fn started_once_here(block: &[Step], future: &str, coroutine: &dyn Fn(usize) -> bool) -> bool {
    let element = future.ends_with("[i]");
    let mut sites = 0;
    for step in block {
        let inner = match (&step.value, step.key) {
            (Some(Node::Map(entries)), "repeat") => match entries.iter().find(|(key, _)| *key == "ops") {
                Some((_, Node::Steps(inner))) => inner.as_slice(),
                _ => &[],
            },
            _ => &[],
        };
        // A coroutine's task: a thread's job (`create_task(asyncio.to_thread(f))`) reaches the loop by
        // callbacks of its own.
        let starts = |step: &Step| {
            step.key == "submit" && submit_into(step) == Some(future) && submitted_task(step).is_some_and(coroutine)
        };
        if !element {
            sites += usize::from(starts(step));
        }
        if element {
            sites += inner.iter().filter(|inner| starts(inner)).count();
        }
        let watched =
            std::iter::once(step).chain(inner).any(|step| step.key == "submit" && watched_by(step) == Some(future));
        if watched {
            return false;
        }
    }
    sites == 1 && count_submits(block, future) == 1
}

/// The task a `submit` starts.
fn submitted_task(step: &Step) -> Option<usize> {
    let Some(Node::Map(entries)) = &step.value else { return None };
    entries.iter().find_map(|(key, node)| match node {
        Node::Task(task) if *key == "task" => Some(*task),
        _ => None,
    })
}

/// The future a `submit` writes (`into`).
fn submit_into(step: &Step) -> Option<&str> {
    let Some(Node::Map(entries)) = &step.value else { return None };
    entries.iter().find_map(|(key, node)| match node {
        Node::Plain(text) | Node::Quoted(text) if *key == "into" => Some(text.as_str()),
        _ => None,
    })
}

/// The future a callback's or watcher's `submit` hands over (`args: { watched: ... }`).
fn watched_by(step: &Step) -> Option<&str> {
    let Some(Node::Map(entries)) = &step.value else { return None };
    entries.iter().find_map(|(key, node)| match node {
        Node::Plain(text) if *key == "args" => {
            text.strip_prefix("{ watched: \"").and_then(|rest| rest.split('"').next())
        }
        _ => None,
    })
}

impl Translator<'_> {
    /// The names of a list or set display of tasks (`asyncio.wait([t1, t2])`), each a future known here.
    pub(super) fn waited_task_names(&mut self, frame: &Frame, argument: &ast::Expr) -> Option<Vec<String>> {
        let elements = match argument {
            ast::Expr::List(list) => &list.elts,
            ast::Expr::Set(set) => &set.elts,
            _ => return None,
        };
        let mut names = Vec::new();
        for element in elements {
            match self.expr(frame, element, false) {
                Ok(crate::expr::Ex::Static(crate::value::Value::Future(future))) => names.push(future),
                _ => return None,
            }
        }
        Some(names)
    }
}
