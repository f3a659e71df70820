//! `async with asyncio.TaskGroup() as tg:` (Python 3.11): `tg.create_task(c(...))` starts a task as
//! `asyncio.create_task` does, and the end of the `async with` waits for every task the group started, in
//! the order started, as an executor's `with` waits for its jobs (translate/futures.rs: the group is an
//! open pool whose futures the end awaits). What a failing task does to a group is not modelled: CPython
//! cancels the group's other tasks and raises an ExceptionGroup, so a group whose tasks `raise` is refused.

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::coroutines::Start;
use super::futures::OpenPool;
use super::{Frame, Result, Translator, contains_jump, fail, while_step};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::{Object, Value};

impl Translator<'_> {
    /// Whether a `with` item is `asyncio.TaskGroup()`.
    pub(super) fn is_task_group(&self, frame: &Frame, item: &ast::WithItem) -> bool {
        let Expr::Call(call) = &item.context_expr else { return false };
        matches!(self.expr(frame, &call.func, false), Ok(Ex::Static(Value::Module(callee))) if callee == "asyncio.TaskGroup")
    }

    /// `async with asyncio.TaskGroup() as tg:`; `Ok(false)` when the item is no task group.
    pub(super) fn task_group_with(
        &mut self,
        frame: &mut Frame,
        item: &ast::WithItem,
        rest: &[ast::WithItem],
        body: &[Stmt],
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<bool> {
        if !self.is_task_group(frame, item) {
            return Ok(false);
        }
        let Expr::Call(call) = &item.context_expr else { return Ok(false) };
        if !call.arguments.is_empty() {
            return fail(call, "`asyncio.TaskGroup()` takes no arguments");
        }
        if frame.dynamic > 0 {
            return fail(
                call,
                "a TaskGroup made inside an `if` or a loop the scenario runs cannot be followed at import time; make it before",
            );
        }
        if contains_jump(body) {
            return fail(
                item,
                "`break`, `continue` or `return` inside the `async with` of a TaskGroup would leave before it waits for its tasks; move it after the `async with`",
            );
        }
        let hint = match item.optional_vars.as_deref() {
            Some(Expr::Name(name)) => name.id.to_string(),
            None => "group".to_string(),
            Some(other) => return fail(other, "`async with ... as` a TaskGroup binds one name"),
        };
        let name = self.object_name(&hint);
        frame.locals.insert(hint, Value::Object(Object::TaskGroup(name.clone())));
        let first_task = self.scenario.tasks.len();
        let raises_before = self.raise_sites.len();
        self.futures.open.push(OpenPool::task_group(name.clone(), frame.task));
        let body_start = out.len();
        let result = self.with_items(frame, rest, body, out, next_line);
        let pool = self.close_pool(&name);
        result?;
        self.check_body_faults(item, &out[body_start..])?;
        let started_raises = self.raise_sites[raises_before..].iter().any(|(task, _)| *task >= first_task);
        // What CPython raises itself in a task (a missing key) fails the group as a `raise` does
        // (implicit_raises.rs).
        let mut fault_classes = self.started_tasks_fault_classes(first_task);
        // An exception of an operation (`None > 25`), of a class known only at run time, fails the group
        // as a foreseen one does (CPython cancels the others and raises an ExceptionGroup).
        fault_classes
            .extend(self.group_operation_faults(item, first_task, (frame.task, out)).into_iter().map(str::to_string));
        for (future, _) in pool.futures() {
            self.note_awaited(frame.task, future);
        }
        let line = self.line(item);
        if started_raises || !fault_classes.is_empty() {
            let ends_a_pass_later = self.check_first_step_failures(item, &out[body_start..]);
            let failure = GroupFailure { raises: started_raises, fault_classes, ends_a_pass_later };
            self.failing_group_end(frame, item, body, &pool, (first_task, failure), out, line)?;
            return Ok(true);
        }
        if self.group_end_by_callbacks(frame, (item, contains_await(body)), &pool, body_start, out, line) {
            return Ok(true);
        }
        let started = !pool.futures().is_empty();
        self.group_end_waits(frame, pool, out, line);
        if started {
            // The last task's done callback sets the future the group's end awaits (session29/checks/p14).
            out.push(super::coroutines::gathering_future_pass(line));
        }
        Ok(true)
    }

    /// The end of a TaskGroup whose tasks may raise. CPython's group, when a task raises, cancels the
    /// others and, once every task has ended, raises an ExceptionGroup of what they raised (a task's
    /// CancelledError is no failure). Here a watcher coroutine per task puts its position, marked when
    /// the task did not return (`Watch::MarkingGroupFailures`), and the watcher of the first task that
    /// failed cancels every task on the pass CPython's `_on_task_done` does (group_aborts.rs; a finished
    /// one is left as it is, as `cancel` does); the end takes one position per task, then `raise:
    /// ExceptionGroup` when one failed. The body may not `await` (CPython would cancel the body too).
    #[allow(clippy::too_many_arguments)]
    fn failing_group_end(
        &mut self,
        frame: &mut Frame,
        item: &ast::WithItem,
        body: &[Stmt],
        pool: &OpenPool,
        (first_task, failure): (usize, GroupFailure),
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if contains_await(body) {
            return fail(
                item,
                format!(
                    "a TaskGroup whose tasks {} and whose body awaits is not supported: CPython cancels the body too when a task fails",
                    failure.described()
                ),
            );
        }
        let mut futures = Vec::new();
        for (future, length) in pool.futures() {
            match length {
                None => futures.push(future.clone()),
                Some(length) => futures.extend((0..*length).map(|index| format!("{future}[{index}]"))),
            }
        }
        let queue = self.watch_group_aborts(&futures, out, line);
        let marked = self.fresh_temporary(frame.task, "marked");
        let taken = self.fresh_temporary(frame.task, "taken");
        let failed = self.fresh_temporary(frame.task, "failed");
        out.push(Step::new("let", Node::Quoted(format!("{taken} = 0")), line));
        out.push(Step::new("let", Node::Quoted(format!("{failed} = 0")), line));
        // The failing child's watcher has cancelled the others already (group_aborts.rs).
        let failed_now = vec![Step::new("let", Node::Quoted(format!("{failed} = 1")), line)];
        let first_failure = Step::new(
            "if",
            Node::Map(vec![
                ("cond", Node::Quoted(format!("{marked} % 2 == 1 and {failed} == 0"))),
                ("then", Node::Steps(failed_now)),
            ]),
            line,
        );
        let mut take_one = vec![
            Step::new(
                "get",
                Node::Map(vec![("queue", Node::Plain(queue)), ("into", Node::Plain(marked.clone()))]),
                line,
            ),
            Step::new("let", Node::Quoted(format!("{taken} = {taken} + 1")), line),
        ];
        // A handler reads the group's exceptions: each kept as its child's end is taken, in the order
        // `_on_task_done` appends them (group_members.rs).
        if let Some(list) = self.members_of_group(item) {
            take_one.extend(self.kept_member_steps(frame, (&marked, &futures), &list, line));
        }
        take_one.push(first_failure);
        out.push(while_step(format!("{taken} < {}", futures.len()), take_one, line));
        if failure.ends_a_pass_later {
            // Every child ended in its first step, before its watcher waited (group_aborts.rs).
            out.push(super::coroutines::gathering_future_pass(line));
        }
        if !self.scenario.exceptions.iter().any(|(name, _)| name == "ExceptionGroup") {
            self.scenario.exceptions.push(("ExceptionGroup".to_string(), "Exception".to_string()));
        }
        let mut raise = match self.counted_group.clone() {
            Some(count) => count_failures(&count, &futures, line),
            None => Vec::new(),
        };
        raise.push(Step::new("raise", Node::Plain("ExceptionGroup".to_string()), line));
        out.push(Step::new("if", Node::Map(vec![("cond", Node::Quoted(failed)), ("then", Node::Steps(raise))]), line));
        let raised: Vec<String> = self
            .raised_classes
            .iter()
            .filter(|(task, class)| *task >= first_task && class != "CancelledError")
            .map(|(_, class)| class.clone())
            .collect();
        self.group_raised.extend(raised);
        // A nested group's ExceptionGroup: its members' classes are in `group_raised` already.
        let faults = failure.fault_classes.into_iter();
        self.group_raised.extend(faults.filter(|class| !matches!(class.as_str(), "CancelledError" | "ExceptionGroup")));
        Ok(())
    }

    /// What CPython raises itself in the body of a TaskGroup's `async with` (a missing key, an index past
    /// the end) cancels the group's tasks and waits for them before the group's ExceptionGroup leaves
    /// the `async with`; weft's body went on to its handler at once, the tasks neither cancelled nor
    /// waited for (session21/repro/r14). Refused, as a `raise` there is.
    fn check_body_faults(&self, item: &ast::WithItem, body_steps: &[Step]) -> Result<()> {
        let containers = super::exceptions::shared_containers(&self.scenario);
        for step in body_steps {
            if let Some(class) = super::exceptions::fault_classes(std::slice::from_ref(step), &containers).first() {
                return fail(
                    item,
                    format!(
                        "line {}: what Python raises itself ({class}) in the body of a TaskGroup's `async with` is not supported: CPython cancels the group's tasks and waits for them before the exception leaves; move the statement out of the `async with`",
                        step.line
                    ),
                );
            }
        }
        Ok(())
    }

    /// `tg.create_task(c(...))` of an open TaskGroup: the start of the coroutine's task, which the
    /// group's end waits for. `Ok(None)` for any other call.
    pub(super) fn task_group_start<'c>(&self, frame: &Frame, call: &'c ast::ExprCall) -> Result<Option<Start<'c>>> {
        let Expr::Attribute(attribute) = &*call.func else { return Ok(None) };
        if attribute.attr.as_str() != "create_task" {
            return Ok(None);
        }
        let Ok(Ex::Static(Value::Object(Object::TaskGroup(group)))) = self.expr(frame, &attribute.value, false) else {
            return Ok(None);
        };
        if !self.futures.open.iter().any(|pool| pool.is_named(&group)) {
            return fail(
                call,
                "this TaskGroup has finished (Python raises RuntimeError): start tasks inside its `async with`",
            );
        }
        self.check_create_task_arguments(call, "create_task")?;
        let job = self.coroutine_call(frame, &call.arguments.args[0])?;
        Ok(Some(Start { executor: None, coroutine: true, job, group: Some(group) }))
    }
}

/// How a TaskGroup's tasks may fail: by the program's `raise` statements, and the classes of what they
/// may raise as CPython raises itself (implicit_raises.rs).
struct GroupFailure {
    raises: bool,
    fault_classes: std::collections::BTreeSet<String>,
    /// Every child ends in its first step: the group's end takes the pass its watchers did not.
    ends_a_pass_later: bool,
}

impl GroupFailure {
    /// The refusals' words for it: the old ones where a `raise` statement is there.
    fn described(&self) -> String {
        match (self.raises, self.fault_classes.iter().find(|class| !matches!(class.as_str(), "ExceptionGroup"))) {
            (false, Some(class)) => format!("may raise what Python raises itself (here {class})"),
            _ => "`raise`".to_string(),
        }
    }
}

/// `len(eg.exceptions)` of the group about to be raised: how many of its tasks (each ended now) raised
/// an exception other than CancelledError, as CPython's TaskGroup collects them. Each `result` raises at
/// once what its task ended with; a cancelled task's CancelledError is caught apart.
fn count_failures(count: &str, futures: &[String], line: u32) -> Vec<Step> {
    let mut steps = vec![Step::new("let", Node::Quoted(format!("{count} = 0")), line)];
    for future in futures {
        let wait = Step::new("result", Node::Map(vec![("future", Node::Quoted(future.clone()))]), line);
        let cancelled = vec![("classes", Node::Plain("[CancelledError]".to_string())), ("do", Node::Steps(Vec::new()))];
        let failed =
            vec![("do", Node::Steps(vec![Step::new("let", Node::Quoted(format!("{count} = {count} + 1")), line)]))];
        steps.push(Step::new(
            "try",
            Node::Map(vec![("do", Node::Steps(vec![wait])), ("except", Node::Clauses(vec![cancelled, failed]))]),
            line,
        ));
    }
    steps
}

/// Whether a block awaits anywhere (an `await`, `async for` or `async with`).
fn contains_await(body: &[Stmt]) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    struct Walk(bool);
    impl<'a> Visitor<'a> for Walk {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::For(node) if node.is_async => self.0 = true,
                Stmt::With(node) if node.is_async => self.0 = true,
                _ => walk_stmt(self, stmt),
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if matches!(expr, Expr::Await(_)) {
                self.0 = true;
            }
            walk_expr(self, expr);
        }
    }
    let mut walk = Walk(false);
    walk.visit_body(body);
    walk.0
}
