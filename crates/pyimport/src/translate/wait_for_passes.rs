//! The loop passes of `asyncio.wait_for(aw, t)` that session 29's one pass after an in-time end left out
//! (session 31; session30/repro r02, r03, r05, r09).
//!
//! CPython 3.11's `wait_for` adds a done callback to the awaited future that releases a waiter future of
//! its own; the waiter's callback wakes the awaiter. So:
//! - an exception of the awaited task reaches the awaiter two passes after the task's end, as a return
//!   does (r05): the `await` step raises it one pass after, so a `try` around it takes the waiter's pass
//!   before an exception other than CancelledError goes on;
//! - a task that had ended before the call has its callback scheduled by `add_done_callback` at once: it
//!   runs on the next pass, and the awaiter on the one after (r03): one pass more than the `await` step,
//!   which returns at once, gives (a `future_state` before the wait tells);
//! - `wait_for(gather(...), t)` waits on the gathering future, whose own done callback is one pass after
//!   the gathering task's end (r02, r09): the gathering task (which ends a pass after the last child, as
//!   the gathering future is completed) is followed by that pass.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Translator};
use crate::out::{Node, Step};

/// Whether a wait_for's awaited future existed before the call (it may be done already), and the local
/// holding its state at the call.
pub(super) struct DoneBefore(pub(super) Option<String>);

impl Translator<'_> {
    /// For a future made before the `wait_for` call: a `future_state` of it into a fresh local, so the
    /// awaiter can take the pass of a callback scheduled at once on a done future.
    pub(super) fn wait_for_state_before(
        &mut self,
        frame: &Frame,
        future: &str,
        made_before: bool,
        out: &mut Vec<Step>,
        line: u32,
    ) -> DoneBefore {
        if !made_before {
            return DoneBefore(None);
        }
        let state = self.fresh_temporary(frame.task, "state_before");
        out.push(Step::new(
            "future_state",
            Node::Map(vec![("future", Node::Quoted(future.to_string())), ("into", Node::Plain(state.clone()))]),
            line,
        ));
        DoneBefore(Some(state))
    }

    /// Whether the task a `wait_for` awaits may end with an exception: a task it starts itself that may
    /// raise (a `raise` of the program other than CancelledError's again, or what CPython raises itself),
    /// or, for a task made before, any task of the program that may. `first_task` and `classes_before`
    /// are the counts of tasks and of raised classes before the call.
    pub(super) fn wait_for_task_may_raise(
        &self,
        frame: &Frame,
        made_before: bool,
        (first_task, classes_before): (usize, usize),
    ) -> bool {
        let raises = |class: &String| class != "CancelledError";
        let started_raise =
            self.raised_classes[classes_before..].iter().any(|(task, class)| *task >= first_task && raises(class))
                || !self.started_tasks_fault_classes(first_task).is_empty();
        let any_raise = self.raised_classes.iter().any(|(task, class)| *task != frame.task && raises(class))
            || self.other_task_may_fault(frame.task);
        started_raise || (made_before && any_raise)
    }
}

impl Translator<'_> {
    /// Whether `await X` gives a list `gather` made: `asyncio.gather(...)` itself, or
    /// `asyncio.wait_for(asyncio.gather(...), t)`.
    pub(super) fn awaits_a_gathered_list(&self, frame: &Frame, awaited: &ast::ExprAwait) -> bool {
        let Expr::Call(call) = &*awaited.value else { return false };
        match self.module_callee(frame, call).as_deref() {
            Some("asyncio.gather") => true,
            Some("asyncio.wait_for") => call.arguments.args.first().is_some_and(|first| self.is_gather(frame, first)),
            _ => false,
        }
    }
}

impl Translator<'_> {
    /// `gather` over tasks made before the call: each one's state at the call (`future_state`), into
    /// fresh locals.
    pub(super) fn gathered_states_before(
        &mut self,
        frame: &Frame,
        parts: &[(String, Option<usize>)],
        out: &mut Vec<Step>,
        line: u32,
    ) -> Vec<String> {
        let mut states = Vec::new();
        for (future, _) in parts {
            let state = self.fresh_temporary(frame.task, "state_before");
            out.push(Step::new(
                "future_state",
                Node::Map(vec![("future", Node::Quoted(future.clone())), ("into", Node::Plain(state.clone()))]),
                line,
            ));
            states.push(state);
        }
        states
    }
}

/// `gather` over tasks that had all ended before the call: CPython's `add_done_callback` on each done
/// task schedules its callback at once; the last completes the gathering future on the next pass, whose
/// callback wakes the awaiter on the pass after: one pass more than the waits and the gathering pass.
pub(super) fn pass_if_all_done(states: &[String], line: u32) -> Step {
    let all_done = states.iter().map(|state| format!("{state} >= 2")).collect::<Vec<_>>().join(" and ");
    Step::new(
        "if",
        Node::Map(vec![
            ("cond", Node::Quoted(all_done)),
            ("then", Node::Steps(vec![super::coroutines::gathering_future_pass(line)])),
        ]),
        line,
    )
}

impl DoneBefore {
    /// The pass a done future's callback takes (`in_time` and the future done at the call).
    pub(super) fn pass_if_done(&self, in_time: &str, line: u32) -> Option<Step> {
        let state = self.0.as_ref()?;
        Some(Step::new(
            "if",
            Node::Map(vec![
                ("cond", Node::Quoted(format!("{in_time} and {state} >= 2"))),
                ("then", Node::Steps(vec![super::coroutines::gathering_future_pass(line)])),
            ]),
            line,
        ))
    }

    /// The `await` of a task that may raise, inside a `try` whose handler takes the waiter's pass (and the
    /// done future's callback pass) before an exception other than CancelledError goes on.
    pub(super) fn raising_after_passes(&self, wait: Step, line: u32) -> Step {
        let cancelled = vec![
            ("classes", Node::Plain("[CancelledError]".to_string())),
            ("do", Node::Steps(vec![Step::word("reraise", line)])),
        ];
        let mut passes = vec![super::coroutines::gathering_future_pass(line)];
        if let Some(state) = &self.0 {
            passes.push(Step::new(
                "if",
                Node::Map(vec![
                    ("cond", Node::Quoted(format!("{state} >= 2"))),
                    ("then", Node::Steps(vec![super::coroutines::gathering_future_pass(line)])),
                ]),
                line,
            ));
        }
        passes.push(Step::word("reraise", line));
        let raised = vec![("do", Node::Steps(passes))];
        Step::new(
            "try",
            Node::Map(vec![("do", Node::Steps(vec![wait])), ("except", Node::Clauses(vec![cancelled, raised]))]),
            line,
        )
    }
}

/// The pass of the gathering future's own done callback after `wait_for(gather(...), t)`'s wait: when
/// the wait's time-out is caught (`in_time` the flag), only when the gather ended in time.
pub(super) fn gathering_callback_pass(in_time: Option<&str>, line: u32) -> Step {
    let pass = super::coroutines::gathering_future_pass(line);
    match in_time {
        None => pass,
        Some(flag) => Step::new(
            "if",
            Node::Map(vec![("cond", Node::Quoted(flag.to_string())), ("then", Node::Steps(vec![pass]))]),
            line,
        ),
    }
}

/// `results = await asyncio.wait_for(asyncio.gather(...), t)`: the local array `list` of the children's
/// results, in the order given (each child has ended: its `result` takes no step of waiting). Under a
/// caught time-out (`in_time` the flag) only when the gather ended in time: Python binds no list then.
pub(super) fn gathered_list(list: &str, children: &[String], in_time: Option<&str>, line: u32) -> Vec<Step> {
    let mut steps = vec![Step::new("let", Node::Quoted(format!("{list} = array({})", children.len().max(1))), line)];
    for (index, child) in children.iter().enumerate() {
        steps.push(Step::new(
            "result",
            Node::Map(vec![
                ("future", Node::Quoted(child.clone())),
                ("into", Node::Quoted(format!("{list}[{index}]"))),
            ]),
            line,
        ));
    }
    match in_time {
        None => steps,
        Some(flag) => vec![Step::new(
            "if",
            Node::Map(vec![("cond", Node::Quoted(flag.to_string())), ("then", Node::Steps(steps))]),
            line,
        )],
    }
}
