//! `async with asyncio.timeout(t):` run in the coroutine itself, as CPython 3.11 runs it.
//!
//! CPython's `asyncio.timeout` makes no task and no future: the block runs in the current task, and a
//! timer handle set for the deadline cancels that task (`_on_timeout`); the `async with` turns the
//! CancelledError into TimeoutError when the timer fired, and cancels the handle when the block ends
//! first. Imported as `asyncio.wait_for`, the block ran in a task of its own that started a pass later
//! and woke the awaiter a pass after its end: two loop passes CPython does not take
//! (session29/repro/r07, checks/p15, p61).
//!
//! Here the block's steps stay in the coroutine. The deadline is a timer coroutine of its own
//! (`timeout`: a sleep of the delay, then `cancel` of the coroutine), as `loop.call_later` is
//! imported; its first step only starts the sleep, and nothing of the program's runs in it. The block
//! runs inside a `try` whose `except CancelledError` asks whether the timer fired: `cancel` of the timer
//! gives 0 when it has ended (it fired: TimeoutError, or the flag of an `except TimeoutError:` around,
//! as `wait_for`'s), 1 when it was still waiting (the cancel came from elsewhere: raised again). The
//! block's normal end cancels the timer.
//!
//! The timer must name the coroutine it cancels, and a coroutine has no name for its own task: each
//! start of a coroutine task whose code holds such a block puts the new task's future into a queue of
//! that task's own, and the task takes it in its first step (`own_futures`). The tasks one task starts
//! run their first steps in the order they were started (asyncio's FIFO ready queue), so each takes its
//! own; one cancelled before its first step never takes its future, so a future already ended is
//! skipped. Tasks started from more than one task are refused (their first steps may come in any order).

use std::collections::BTreeMap;

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::{Node, Step, quote};
use crate::value::Value;

/// The coroutine tasks whose code cancels their own task (a timeout block), each with the queue its
/// starts put its future into, the local the task takes it into, and the block that needs it.
#[derive(Default)]
pub(super) struct OwnFutures {
    tasks: BTreeMap<usize, (String, String, TextRange)>,
}

impl Translator<'_> {
    /// Whether the one `await` of a timeout block runs inline here exactly: a coroutine of the file
    /// (called and awaited in this task), `asyncio.sleep`, a task, or a wait on an asyncio primitive.
    /// Anything else (`gather`, `shield`, `wait`, ...) keeps `wait_for`'s task.
    pub(super) fn timeout_inline_awaitable(&self, frame: &Frame, awaitable: &Expr) -> bool {
        match awaitable {
            Expr::Name(_) => matches!(self.expr(frame, awaitable, false), Ok(Ex::Static(Value::Future(_)))),
            Expr::Call(call) => {
                matches!(self.expr(frame, &call.func, false), Ok(Ex::Static(Value::Function(function))) if self.functions[&function].is_async)
                    || self.is_asyncio_sleep(frame, awaitable)
                    || self.primitive_wait(frame, awaitable).is_some()
            }
            _ => false,
        }
    }

    /// Whether a block of several statements runs inline under `asyncio.timeout`: no `break`,
    /// `continue` or `return` leaves it, no `async with` or `async for` is inside, and each `await` is
    /// one `timeout_inline_awaitable` takes (a deadline then cancels the coroutine where CPython's does).
    pub(super) fn timeout_inline_body(&self, frame: &Frame, statements: &[ast::Stmt]) -> bool {
        !super::contains_jump(statements)
            && !has_async_blocks(statements)
            && awaited_values(statements).into_iter().all(|awaitable| self.timeout_inline_awaitable(frame, awaitable))
    }

    /// `async with asyncio.timeout(delay):` around `statements` (one `[x =] await aw`, or any block
    /// whose awaits `timeout_inline_body` takes), then `returned` (its `return x`), run in the coroutine
    /// (the module's comment says how).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn inline_timeout_block(
        &mut self,
        frame: &mut Frame,
        with: &ast::StmtWith,
        delay: &Expr,
        statements: &[ast::Stmt],
        returned: Option<&ast::Stmt>,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<()> {
        let line = self.line(with);
        for awaitable in awaited_values(statements) {
            if let Expr::Call(call) = awaitable
                && let Some(function) = super::cancelled_structures::called_name(awaitable)
                && matches!(self.expr(frame, &call.func, false), Ok(Ex::Static(Value::Function(_))))
            {
                self.check_interruptible(function, call, "a time-out of")?;
            }
        }
        let own = self.own_future(frame.task, with.range());
        let timer = self.timeout_timer(frame, delay, line)?;
        let (timer_task, delay_argument) = timer;
        let timer_future = self.fresh_temporary(frame.task, "timer");
        let mut args = format!("{{ target: {}", quote(&own));
        if let Some(delay) = delay_argument {
            args.push_str(&format!(", delay: {}", quote(&delay)));
        }
        args.push_str(" }");
        out.push(Step::new(
            "submit",
            Node::Map(vec![
                ("task", Node::Task(timer_task)),
                ("args", Node::Plain(args)),
                ("into", Node::Plain(timer_future.clone())),
            ]),
            line,
        ));
        // Caught by `except TimeoutError:` around (try_timed): the time-out sets its flag.
        let catch = self.timeout_catch.as_ref().filter(|(_, split)| split.is_none()).map(|(flag, _)| flag.clone());
        let flag = catch.clone().unwrap_or_else(|| self.fresh_temporary(frame.task, "in_time"));
        out.push(Step::new("let", Node::Quoted(format!("{flag} = 1")), line));
        let mut body = Vec::new();
        let saved_catch = self.timeout_catch.take();
        let translated = self.block(frame, statements, &mut body, next_line);
        self.timeout_catch = saved_catch;
        translated?;
        let pending = self.fresh_temporary(frame.task, "timer_pending");
        let reraise = Step::new(
            "if",
            Node::Map(vec![
                ("cond", Node::Quoted(pending.clone())),
                ("then", Node::Steps(vec![Step::word("reraise", line)])),
            ]),
            line,
        );
        let expired = vec![
            Step::new(
                "cancel",
                Node::Map(vec![("future", Node::Quoted(timer_future.clone())), ("into", Node::Plain(pending))]),
                line,
            ),
            reraise,
            Step::new("let", Node::Quoted(format!("{flag} = 0")), line),
        ];
        let cancelled = vec![("classes", Node::Plain("[CancelledError]".to_string())), ("do", Node::Steps(expired))];
        let mut clauses = vec![cancelled];
        if catch.is_some() && self.timeout_errors_may_nest {
            // A TimeoutError the body raises itself (an inner `wait_for`'s, a `raise TimeoutError()`)
            // passes out of the block unchanged to the `except TimeoutError:` the flag stands for.
            clauses.push(super::wait_for_exceptions::time_out_clause(&flag, line));
        }
        out.push(Step::new(
            "try",
            Node::Map(vec![("do", Node::Steps(body)), ("except", Node::Clauses(clauses))]),
            line,
        ));
        self.general_tries_used = true;
        out.push(Step::new("cancel", Node::Quoted(timer_future), line));
        match catch {
            Some(_) => self.timeout_catch.as_mut().expect("taken above").1 = Some(out.len()),
            None => out.push(super::coroutines::raise_if_not(&flag, "TimeoutError", self.exception_values, line)),
        }
        if let Some(returned) = returned {
            self.block(frame, std::slice::from_ref(returned), out, next_line)?;
        }
        Ok(())
    }

    /// The timer coroutine of one block: a sleep of the delay (none for a delay of 0, whose handle
    /// CPython runs on the next pass, as a new task's first step), then `cancel` of `target`. Gives the
    /// task, and the expression of a delay known only at run time (the `delay` argument it sleeps).
    fn timeout_timer(&mut self, frame: &Frame, delay: &Expr, line: u32) -> Result<(usize, Option<String>)> {
        let length = self.sleep_length(frame, delay)?;
        let (sleep, argument) = match length {
            Node::Plain(duration) if is_zero_duration(&duration) => (None, None),
            Node::Plain(duration) => (Some(Node::Plain(duration)), None),
            Node::Map(entries) => match &entries[..] {
                [(unit, Node::Quoted(expression))] => {
                    (Some(Node::Map(vec![(unit, Node::Quoted("delay".to_string()))])), Some(expression.clone()))
                }
                _ => {
                    return fail(
                        delay,
                        "this `asyncio.timeout` delay has no scenario form; give it a number of seconds",
                    );
                }
            },
            _ => return fail(delay, "this `asyncio.timeout` delay has no scenario form; give it a number of seconds"),
        };
        let task = self.new_task("timeout", true, line);
        self.scenario.tasks[task].kind = Some("coroutine");
        let mut ops = Vec::new();
        if let Some(sleep) = sleep {
            ops.push(Step::new("await", sleep, line));
        }
        ops.push(Step::new("cancel", Node::Quoted("target".to_string()), line));
        self.scenario.tasks[task].ops = ops;
        Ok((task, argument))
    }

    /// The local of coroutine task `task` that holds its own future (taken in its first step:
    /// `finish_own_futures`).
    fn own_future(&mut self, task: usize, block: TextRange) -> String {
        if let Some((_, local, _)) = self.own_futures.tasks.get(&task) {
            return local.clone();
        }
        let queue = self.object_name("own_futures");
        self.scenario.queues.push((queue.clone(), 0));
        let local = self.fresh_temporary(task, "own_task");
        self.own_futures.tasks.insert(task, (queue, local.clone(), block));
        local
    }

    /// Each start of a task that needs its own future puts it into the task's queue, and the task takes
    /// it first (skipping the futures of tasks that ended before their first step).
    pub(super) fn finish_own_futures(&mut self) -> Result<()> {
        let tasks = std::mem::take(&mut self.own_futures.tasks);
        for (task, (queue, local, block)) in tasks {
            let mut starters = Vec::new();
            for starter in 0..self.scenario.tasks.len() {
                let mut ops = std::mem::take(&mut self.scenario.tasks[starter].ops);
                let found = put_after_starts(&mut ops, task, &queue);
                self.scenario.tasks[starter].ops = ops;
                match found {
                    Err(()) => {
                        return fail(
                            &block,
                            "`async with asyncio.timeout(t):` in a coroutine started without a name for its task is not supported; keep the task (`t = asyncio.create_task(...)`)",
                        );
                    }
                    Ok(0) => {}
                    Ok(_) => starters.push(starter),
                }
            }
            if starters.len() != 1 {
                return fail(
                    &block,
                    "`async with asyncio.timeout(t):` in a coroutine that more than one task starts is not supported: weft cannot tell the started tasks apart for the time-out to cancel the right one",
                );
            }
            let line = self.scenario.tasks[task].line;
            let state = self.fresh_temporary(task, "own_state");
            let take = || {
                vec![
                    Step::new(
                        "get",
                        Node::Map(vec![("queue", Node::Plain(queue.clone())), ("into", Node::Plain(local.clone()))]),
                        line,
                    ),
                    Step::new(
                        "future_state",
                        Node::Map(vec![("future", Node::Quoted(local.clone())), ("into", Node::Plain(state.clone()))]),
                        line,
                    ),
                ]
            };
            let mut first = take();
            first.push(super::while_step(format!("{state} >= 2"), take(), line));
            let ops = &mut self.scenario.tasks[task].ops;
            ops.splice(0..0, first);
        }
        Ok(())
    }
}

/// After each `submit` of `task` in `steps` (at any depth), a `put` of its future into `queue`: how
/// many, or `Err` for a start that keeps no future.
fn put_after_starts(steps: &mut Vec<Step>, task: usize, queue: &str) -> std::result::Result<usize, ()> {
    let mut found = 0;
    let mut index = 0;
    while index < steps.len() {
        let step = &mut steps[index];
        if let Some(Node::Map(entries)) = &mut step.value {
            for (_, node) in entries.iter_mut() {
                match node {
                    Node::Steps(inner) => found += put_after_starts(inner, task, queue)?,
                    Node::Clauses(clauses) => {
                        for clause in clauses.iter_mut() {
                            for (_, node) in clause.iter_mut() {
                                if let Node::Steps(inner) = node {
                                    found += put_after_starts(inner, task, queue)?;
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        let started = match (&step.key, &step.value) {
            (&"submit", Some(Node::Map(entries)))
                if entries.iter().any(|(key, node)| *key == "task" && matches!(node, Node::Task(t) if *t == task)) =>
            {
                let into = entries.iter().find_map(|(key, node)| match (key, node) {
                    (&"into", Node::Plain(into) | Node::Quoted(into)) => Some(into.clone()),
                    _ => None,
                });
                Some(into.ok_or(())?)
            }
            _ => None,
        };
        if let Some(future) = started {
            let line = steps[index].line;
            steps.insert(
                index + 1,
                Step::new(
                    "put",
                    Node::Map(vec![("queue", Node::Plain(queue.to_string())), ("value", Node::Quoted(future))]),
                    line,
                ),
            );
            found += 1;
            index += 1;
        }
        index += 1;
    }
    Ok(found)
}

/// Whether a scenario duration (`0ns`, `0ms`, `00s`) is zero.
fn is_zero_duration(duration: &str) -> bool {
    let rest = duration.trim_start_matches('0');
    rest.len() < duration.len() && rest.starts_with(|c: char| c.is_ascii_alphabetic())
}

/// The value of every `await` in `statements` (function and class bodies left out).
fn awaited_values(statements: &[ast::Stmt]) -> Vec<&Expr> {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    struct Awaits<'a>(Vec<&'a Expr>);
    impl<'a> Visitor<'a> for Awaits<'a> {
        fn visit_stmt(&mut self, statement: &'a ast::Stmt) {
            if !matches!(statement, ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_)) {
                walk_stmt(self, statement);
            }
        }
        fn visit_expr(&mut self, expression: &'a Expr) {
            if let Expr::Await(awaited) = expression {
                self.0.push(&awaited.value);
            }
            walk_expr(self, expression);
        }
    }
    let mut awaits = Awaits(Vec::new());
    awaits.visit_body(statements);
    awaits.0
}

/// Whether `statements` hold an `async with` or an `async for` (function and class bodies left out).
fn has_async_blocks(statements: &[ast::Stmt]) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    struct Blocks(bool);
    impl<'a> Visitor<'a> for Blocks {
        fn visit_stmt(&mut self, statement: &'a ast::Stmt) {
            match statement {
                ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) => {}
                ast::Stmt::With(with) if with.is_async => self.0 = true,
                ast::Stmt::For(looping) if looping.is_async => self.0 = true,
                _ => walk_stmt(self, statement),
            }
        }
    }
    let mut blocks = Blocks(false);
    blocks.visit_body(statements);
    blocks.0
}
