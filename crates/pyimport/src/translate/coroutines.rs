//! asyncio to the scenario's coroutines (format 1.1): an `async def` started with `asyncio.run`,
//! `asyncio.create_task` or `asyncio.gather` is a task of `kind: coroutine` on the loop, each start a
//! `submit`; `await coro()` runs the coroutine's body in the awaiting task, as Python does; `await task` is
//! a `result`; `await asyncio.sleep(d)` is `await: D`; `asyncio.wait_for` is `await` with a time-out;
//! `asyncio.to_thread` and `loop.run_in_executor` submit a thread task (the loop's default executor, or
//! the executor given) and take its result. A blocking call in a coroutine (`time.sleep`, a lock) blocks
//! the loop's thread, as in Python.

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::futures::{Job, Placement};
use super::gather_cancel::GatherChildren;
use super::{Frame, LoopKind, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::{Object, Value};

/// What starts a task: where it runs, and the function with its arguments.
pub struct Start<'c> {
    pub executor: Option<(String, bool)>,
    pub coroutine: bool,
    pub job: Job<'c>,
    /// The `asyncio.TaskGroup` whose `create_task` starts it: the group's end waits for it.
    pub group: Option<String>,
}

impl<'a> Translator<'a> {
    /// The qualified name of a call's callee when it is a module attribute (`asyncio.sleep`).
    pub(super) fn module_callee(&self, frame: &Frame, call: &ast::ExprCall) -> Option<String> {
        match self.expr(frame, &call.func, false) {
            Ok(Ex::Static(Value::Module(name))) => Some(name),
            _ => None,
        }
    }

    /// A call that starts a task and gives its future: `ex.submit(f, ...)`, `asyncio.create_task(c(...))`,
    /// `asyncio.ensure_future(c(...))`, `asyncio.run_coroutine_threadsafe(c(...), loop)`. `Ok(None)` for
    /// any other call.
    pub(super) fn task_start<'c>(&self, frame: &Frame, call: &'c ast::ExprCall) -> Result<Option<Start<'c>>> {
        if let Expr::Attribute(attribute) = &*call.func
            && attribute.attr.as_str() == "submit"
            && let Ok(Ex::Static(Value::Object(Object::Executor { name, process }))) =
                self.expr(frame, &attribute.value, false)
        {
            self.check_open(&name, call)?;
            self.check_not_multiprocessing(&name, call)?;
            let Some((function, args)) = call.arguments.args.split_first() else {
                return fail(call, "`submit` needs the function to run");
            };
            let job = Job { function, args, keywords: &call.arguments.keywords, at: call };
            return Ok(Some(Start { executor: Some((name, process)), coroutine: false, job, group: None }));
        }
        if let Some(start) = self.task_group_start(frame, call)? {
            return Ok(Some(start));
        }
        // `loop.run_in_executor(None, f, x)`: submitted when it is called; its future is awaited later.
        if let Expr::Attribute(attribute) = &*call.func
            && attribute.attr.as_str() == "run_in_executor"
            && let Ok(Ex::Static(Value::Object(Object::Loop))) = self.expr(frame, &attribute.value, false)
        {
            return self.run_in_executor_start(frame, call).map(Some);
        }
        let Some(callee) = self.module_callee(frame, call) else {
            return Ok(None);
        };
        let coroutine_argument = match callee.as_str() {
            "asyncio.create_task" | "asyncio.ensure_future" => {
                if !frame.coroutine {
                    return fail(
                        call,
                        format!(
                            "`{callee}` outside a coroutine: there is no running loop (Python raises RuntimeError)"
                        ),
                    );
                }
                // `name=` nothing reads (session 27, task_names.rs).
                self.check_create_task_arguments(call, &callee)?;
                &call.arguments.args[0]
            }
            "asyncio.run_coroutine_threadsafe" => {
                if frame.coroutine {
                    return fail(
                        call,
                        "`run_coroutine_threadsafe` from a coroutine of the loop would wait on itself; use `asyncio.create_task`",
                    );
                }
                let [coroutine, event_loop] = &call.arguments.args[..] else {
                    return fail(call, "`run_coroutine_threadsafe(coro, loop)` takes a coroutine and the loop");
                };
                match self.expr(frame, event_loop, false)? {
                    Ex::Static(Value::Object(Object::Loop)) => {}
                    _ => return fail(event_loop, "the loop of `run_coroutine_threadsafe` must be the program's loop"),
                }
                coroutine
            }
            _ => return Ok(None),
        };
        let job = self.coroutine_call(frame, coroutine_argument)?;
        Ok(Some(Start { executor: None, coroutine: true, job, group: None }))
    }

    /// `c(args...)` where `c` is an `async def` of this file: the coroutine a task will run.
    pub(super) fn coroutine_call<'c>(&self, frame: &Frame, expr: &'c Expr) -> Result<Job<'c>> {
        let Expr::Call(call) = expr else {
            return fail(
                expr,
                "this is not a call of an `async def` of this file: a task runs one (such as `fetch(1)` after `async def fetch(i):`)",
            );
        };
        match self.expr(frame, &call.func, false)? {
            Ex::Static(Value::Function(name)) if self.functions[&name].is_async => {}
            Ex::Static(Value::Function(name)) => {
                return fail(call, format!("`{name}` is not `async def`: only a coroutine runs as an asyncio task"));
            }
            // `asyncio.shield(task)`, `loop.create_future()`: named, so the message says what is refused.
            Ex::Static(Value::Module(name)) => {
                return fail(
                    call,
                    format!(
                        "`{name}(...)` is not imported here: a task runs a coroutine of this file (such as `fetch(1)` after `async def fetch(i):`)"
                    ),
                );
            }
            _ => {
                return fail(
                    call,
                    "this call is not of an `async def` of this file: a task runs one (such as `fetch(1)` after `async def fetch(i):`)",
                );
            }
        }
        Ok(Job { function: &call.func, args: &call.arguments.args, keywords: &call.arguments.keywords, at: call })
    }

    /// Submits a started task, its future into `into`; an executor's job is waited for at its shutdown.
    pub(super) fn submit_start(
        &mut self,
        frame: &mut Frame,
        start: Start<'_>,
        into: Node,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let executor = start.executor.clone();
        if executor.is_none() && !start.coroutine {
            self.note_default_executor(line);
        }
        let tracked = match &into {
            Node::Plain(local) => Some(local.clone()),
            _ => None,
        };
        let placement = match &executor {
            Some((name, process)) => Placement::Executor(name, *process),
            None if start.coroutine => Placement::Coroutine,
            None => Placement::Thread,
        };
        self.submit_job(frame, placement, start.job, into, out, line)?;
        if let (Some(name), Some(local)) = (executor.map(|(name, _)| name).or(start.group), tracked) {
            self.track(&name, local, None);
        }
        Ok(())
    }

    // ---- await -------------------------------------------------------------------------------------

    /// `await X` with its value into the local `into` (none: the value is dropped). Gives a local array
    /// and its length when the value is a list (`await asyncio.gather(...)`), which `into` then names.
    pub(super) fn await_into(
        &mut self,
        frame: &mut Frame,
        awaited: &ast::ExprAwait,
        into: Option<&str>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<usize>> {
        if !frame.coroutine {
            return fail(awaited, "`await` outside an `async def` (Python refuses it too)");
        }
        let value = &*awaited.value;
        // Whether the name being bound may take an object the coroutine returns: for this `await`
        // only, not for those its translation meets (object_returns.rs).
        let takes_object = self.take_awaited_object_request();
        match self.expr(frame, value, false) {
            Ok(Ex::Static(Value::Future(future))) => {
                out.push(self.awaited_result(frame, &future, into, line));
                return Ok(None);
            }
            Ok(Ex::Static(other)) if !matches!(other, Value::Module(_)) => {
                return fail(value, format!("weft cannot await {}", other.describe()));
            }
            _ => {}
        }
        let Expr::Call(call) = value else {
            return fail(value, "`await` of a coroutine call, a task or an asyncio call is supported");
        };
        if let Some(start) = self.task_start(frame, call)? {
            let future = self.temporary(frame.task, "task");
            self.submit_start(frame, start, Node::Plain(future.clone()), out, line)?;
            out.push(self.awaited_result(frame, &future, into, line));
            return Ok(None);
        }
        if let Ok(Ex::Static(Value::Function(function))) = self.expr(frame, &call.func, false) {
            return self.await_coroutine(frame, &function, call, (into, takes_object), out, line).map(|()| None);
        }
        if self.await_primitive(frame, value, into, out, line)? {
            return Ok(None);
        }
        if let Expr::Attribute(attribute) = &*call.func
            && attribute.attr.as_str() == "run_in_executor"
            && let Ok(Ex::Static(Value::Object(Object::Loop))) = self.expr(frame, &attribute.value, false)
        {
            return self.run_in_executor(frame, call, into, out, line).map(|()| None);
        }
        let Some(callee) = self.module_callee(frame, call) else {
            return fail(call, self.unfollowed_await_words(frame, call));
        };
        match callee.as_str() {
            "asyncio.sleep" => self.sleep(frame, call, into, out, line).map(|()| None),
            "asyncio.shield" => self.await_shield(frame, call, into, out, line).map(|()| None),
            "asyncio.gather" => self.gather(frame, call, into, out, line),
            "asyncio.wait_for" => {
                if let Some(inline) = self.wait_for_without_timeout(frame, call)? {
                    return self.await_into(frame, &inline, into, out, line);
                }
                self.wait_for(frame, call, into, WAIT_FOR_PASSES, out, line)
            }
            // `timeout_block`'s rewriting: `asyncio.timeout`'s call with the awaitable first. CPython runs
            // the block in the awaiting task; here it is a task of its own (docs/python.md "asyncio.timeout
            // as wait_for"), with no pass added for a waiter.
            "asyncio.timeout" if std::mem::take(&mut self.timeout_block) => {
                self.wait_for(frame, call, into, 0, out, line)
            }
            "asyncio.to_thread" => {
                let start = to_thread_start(call)?;
                self.submit_and_wait(frame, start, into, out, line).map(|()| None)
            }
            other => match super::futures::refusal(other) {
                Some(message) => fail(call, message),
                None => fail(call, format!("weft cannot await `{other}`")),
            },
        }
    }

    fn submit_and_wait(
        &mut self,
        frame: &mut Frame,
        start: Start<'_>,
        into: Option<&str>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let future = self.temporary(frame.task, "job");
        self.submit_start(frame, start, Node::Plain(future.clone()), out, line)?;
        out.push(self.awaited_result(frame, &future, into, line));
        Ok(())
    }

    /// `await helper(...)` of an `async def` of this file: its body, in the awaiting task.
    fn await_coroutine(
        &mut self,
        frame: &mut Frame,
        function: &str,
        call: &ast::ExprCall,
        (into, takes_object): (Option<&str>, bool),
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if !self.functions[function].is_async {
            return fail(call, format!("`{function}` is not `async def`; call it without `await`"));
        }
        self.awaiting_call = true;
        let result = self.inline_call(frame, function, call, out, line, into.is_some());
        self.awaiting_call = false;
        match (result?, into) {
            // `x = await f()` of a coroutine that returns an object made at import time (object_returns.rs).
            (Some(ex), Some(_)) if takes_object && self.awaited_object_into(&ex) => {}
            (Some(ex), Some(into)) => {
                let (text, _, _, _) = self.to_code(ex, &call.func)?;
                out.push(Step::new("let", Node::Quoted(format!("{into} = {text}")), line));
            }
            (None, Some(_)) => return fail(call, format!("`{function}` returns nothing weft can compute")),
            _ => {}
        }
        Ok(())
    }

    fn sleep(
        &mut self,
        frame: &Frame,
        call: &ast::ExprCall,
        into: Option<&str>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        // `x = await asyncio.sleep(d, result=v)`: v, evaluated before the sleep as Python evaluates the
        // call's arguments (sleep_tasks.rs).
        if let Some((delay, result)) = crate::sleep_tasks::sleep_with_result(call) {
            let Some(into) = into else {
                return fail(call, "`asyncio.sleep(d, result=x)` whose value is dropped: write `asyncio.sleep(d)`");
            };
            let (text, _, _, _) = self.to_code(self.expr(frame, result, false)?, result)?;
            let length = self.sleep_length(frame, delay)?;
            out.push(Step::new("let", Node::Quoted(format!("{into} = {text}")), line));
            out.push(Step::new("await", length, line));
            return Ok(());
        }
        let ([delay], []) = (&call.arguments.args[..], &call.arguments.keywords[..]) else {
            return fail(call, "`asyncio.sleep(d)` with one argument is supported");
        };
        if into.is_some() {
            return fail(call, "the value of `asyncio.sleep` is None; await it on a line of its own");
        }
        out.push(Step::new("await", self.sleep_length(frame, delay)?, line));
        Ok(())
    }

    /// `await asyncio.gather(a(), b(), task, *[c(i) for i in range(n)])`: a task per coroutine call, then
    /// each result in order (into a local array `into` of them all).
    fn gather(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        into: Option<&str>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<usize>> {
        let mut return_exceptions = false;
        for keyword in &call.arguments.keywords {
            let flag = match (keyword.arg.as_ref().map(|arg| arg.as_str()), self.static_value(frame, &keyword.value)) {
                (Some("return_exceptions"), Ok(Value::Int(flag))) => flag != 0,
                _ => return fail(keyword, "`gather` takes `return_exceptions=True` or `False` only"),
            };
            return_exceptions |= flag;
        }
        // Each awaitable as a future expression: a single one, or a local array and its length.
        let mut parts: Vec<(String, Option<usize>)> = Vec::new();
        // Which parts are `asyncio.to_thread` jobs (a cancel does not stop their threads).
        let mut thread_jobs: Vec<bool> = Vec::new();
        let mut made_before = false;
        // Every awaitable a task made before the call (each one future): all may be done already.
        let mut all_made_before = true;
        let (first_task, raises_before) = (self.scenario.tasks.len(), self.raise_sites.len());
        let first_started = self.pending_tasks.started.len();
        let children_start = out.len();
        for arg in call.arguments.args.iter() {
            // `*tasks` of a list of tasks known at import time (`tasks.append(task)` in an unrolled loop):
            // each of them, in order.
            if let Expr::Starred(starred) = arg
                && let Ok(Ex::Static(Value::List(items))) = self.expr(frame, &starred.value, false)
                && !items.is_empty()
                && items.iter().all(|item| matches!(item, Value::Future(_)))
            {
                parts.extend(items.into_iter().filter_map(|item| match item {
                    Value::Future(future) => Some((future, None)),
                    _ => None,
                }));
                thread_jobs.resize(parts.len(), false);
                made_before = true;
                continue;
            }
            let steps_before = out.len();
            let part = self.gathered(frame, arg, &parts, out, line)?;
            made_before |= out.len() == steps_before;
            all_made_before &= out.len() == steps_before && part.1.is_none();
            thread_jobs.push(matches!(arg, Expr::Call(call) if self.is_to_thread(frame, call) || self.is_default_executor_job(frame, call)));
            parts.push(part);
        }
        let length: usize = parts.iter().map(|(_, length)| length.unwrap_or(1)).sum();
        // A list of exception values that holds a cancelled child's CancelledError (sibling_cancels.rs).
        let kept_exactly = return_exceptions && self.keeps_cancelled_values(frame, into.is_some());
        if return_exceptions && self.all_cancelled(&parts) && !kept_exactly {
            self.gather_cancelled(frame, call, into, &parts, out, line)?;
            return Ok(None);
        }
        // `await asyncio.gather()` of nothing is `[]` in CPython (session33/repro/r11), where weft's list
        // of results has one item at least.
        if parts.is_empty() && into.is_some() {
            return fail(
                call,
                "the value of `asyncio.gather()` with no awaitables is not supported: it is an empty list, and weft's lists of results hold one item at least; leave the call out, or write `results = []`",
            );
        }
        if let Some(into) = into {
            out.push(Step::new("let", Node::Quoted(format!("{into} = array({})", length.max(1))), line));
        }
        if return_exceptions && !kept_exactly {
            self.check_exceptions_kept(call, &parts)?;
        }
        let mut offset = 0;
        let mut waits = Vec::new();
        for (future, count) in &parts {
            match *count {
                None => {
                    let target = into.map(|into| format!("{into}[{offset}]"));
                    let result = self.gathered_result(frame, future, target.as_deref(), return_exceptions, line);
                    waits.extend(result);
                    offset += 1;
                }
                Some(count) => {
                    let element = format!("{future}[i]");
                    let target = into
                        .map(|into| if offset == 0 { format!("{into}[i]") } else { format!("{into}[{offset} + i]") });
                    let result = self.gathered_result(frame, &element, target.as_deref(), return_exceptions, line);
                    waits.push(super::futures::repeat(count, result, line));
                    offset += count;
                }
            }
        }
        let children = GatherChildren { parts: &parts, thread_jobs: &thread_jobs, made_before, return_exceptions };
        let child_may_fail =
            !return_exceptions && self.gather_child_may_fail(frame, children, first_task, raises_before);
        // The watchers' marks give the awaiter CPython's two passes (gather_passes.rs).
        let watched = child_may_fail && length >= 2;
        let mut started = Vec::new();
        super::group_aborts::started_coroutines(&self.scenario, &out[children_start..], &mut started);
        let exact = watched && self.watched_gather_is_exact(children, &started);
        if child_may_fail {
            waits = self.first_failure_first(frame, children, waits, exact, out, line);
        } else {
            // The tasks this `gather` starts end before it does (or are cancelled and waited for with its
            // awaiter), inside an `if` or a loop as well: none is left pending (session29/repro/r12).
            self.note_gathered_children_awaited(frame.task, first_started);
        }
        // Tasks made before, each ended by a callback started at its `create_task` (gather_ends.rs).
        let by_creation_callbacks = !child_may_fail
            && made_before
            && self.gather_end_by_creation_callbacks(frame, children, children_start, out, line);
        let done_before = match !child_may_fail && all_made_before && length > 0 && !by_creation_callbacks {
            true => Some(self.gathered_states_before(frame, &parts, out, line)),
            false => None,
        };
        let gathered = self.gather_waits(frame, call, children, waits, line)?;
        // By the children's done callbacks, the awaiter resumes on CPython's pass (gather_ends.rs).
        let by_callbacks = by_creation_callbacks
            || (!child_may_fail
                && done_before.is_none()
                && self.gather_end_by_callbacks(frame, children, children_start, out, line));
        match child_may_fail && !watched {
            true => out.extend(super::gather_passes::raise_after_gathering_pass(gathered, line)),
            false => out.extend(gathered),
        }
        if length > 0 && !exact && !by_callbacks {
            // `gather()` of nothing returns a future done already: awaiting it takes no pass.
            out.push(gathering_future_pass(line));
        }
        out.extend(done_before.map(|states| super::wait_for_passes::pass_if_all_done(&states, line)));
        if return_exceptions {
            // After `gather_waits`' refusals, whose words programs refused before keep.
            self.check_gathered_cancels(frame, call, into.is_some())?;
        }
        Ok(into.map(|_| length.max(1)))
    }

    /// Whether the program cancels every one of these futures (the end of a pool of consumers).
    fn all_cancelled(&self, parts: &[(String, Option<usize>)]) -> bool {
        parts.iter().all(|(future, _)| self.may_be_cancelled(future))
    }

    /// `gather(..., return_exceptions=True)` over tasks that may raise: each exception becomes the value
    /// `EXCEPTION_VALUE` in the list. A task the program may cancel would put a CancelledError there, which
    /// is no `Exception` (a BaseException), and the program's own strings must not be the marker.
    fn check_exceptions_kept(&self, call: &ast::ExprCall, parts: &[(String, Option<usize>)]) -> Result<()> {
        if parts.iter().any(|(future, _)| self.may_be_cancelled(future)) {
            return fail(
                call,
                "`gather(..., return_exceptions=True)` over some tasks the program cancels and some it does not is not supported",
            );
        }
        if self.source.text.contains(super::EXCEPTION_VALUE) {
            return fail(
                call,
                format!(
                    "this program's text holds `{}`, weft's marker of an exception in `gather`'s list",
                    super::EXCEPTION_VALUE
                ),
            );
        }
        Ok(())
    }

    /// The wait for one awaitable of `gather`: its result into `into`; with `return_exceptions`, an
    /// exception of the task caught (`catches: Exception`) and its place in the list the marker.
    fn gathered_result(
        &mut self,
        frame: &Frame,
        future: &str,
        into: Option<&str>,
        return_exceptions: bool,
        line: u32,
    ) -> Vec<Step> {
        let mut wait = self.awaited_result(frame, future, into, line);
        if !return_exceptions {
            return vec![wait];
        }
        if let Some(into) = into
            && self.exception_values
        {
            return vec![self.gathered_exception(frame, wait, into, line)];
        }
        let ok = self.temporary(frame.task, "returned");
        if let Some(Node::Map(entries)) = &mut wait.value {
            entries.push(("into_ok", Node::Plain(ok.clone())));
            entries.push(("catches", Node::Plain("Exception".to_string())));
        }
        let Some(into) = into else { return vec![wait] };
        let marker = crate::out::quoted(super::EXCEPTION_VALUE, '\'');
        let keep = Step::new("let", Node::Quoted(format!("{into} = {marker}")), line);
        let entries = vec![("cond", Node::Quoted(format!("{ok} == 0"))), ("then", Node::Steps(vec![keep]))];
        vec![wait, Step::new("if", Node::Map(entries), line)]
    }

    /// `await asyncio.gather(*workers, return_exceptions=True)` after `for w in workers: w.cancel()`, the
    /// end of a pool of consumers: each task waited for until it has ended, its CancelledError kept
    /// (`await` with a time-out it never reaches, into a flag: a cancelled coroutine ends at its next
    /// suspension). Only over tasks the program cancels, and as a statement: a task that ends by an
    /// exception of its own, or the list of results, has no scenario form.
    fn gather_cancelled(
        &mut self,
        frame: &Frame,
        call: &ast::ExprCall,
        into: Option<&str>,
        parts: &[(String, Option<usize>)],
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if into.is_some() {
            return fail(
                call,
                "`gather(..., return_exceptions=True)` is imported as a statement (its list of results and exceptions has no scenario form)",
            );
        }
        // The pass CPython's done callbacks take after the tasks' ends (cancelled_gather_passes.rs).
        let all_ended = self.all_ended_at_call(frame, parts, out, line);
        for (future, count) in parts {
            let holder = future.split('[').next().unwrap_or(future).to_string();
            let holder = self.futures.element_locals.get(&holder).cloned().unwrap_or(holder);
            if !self.is_cancelled(&holder) {
                return fail(
                    call,
                    "`gather(..., return_exceptions=True)` is imported over tasks the program cancels before it (the end of a pool of consumers)",
                );
            }
            if frame.dynamic == 0 {
                self.pending_tasks.awaited.insert((frame.task, future.clone()));
            }
            let flag = self.temporary(frame.task, "ended");
            let element = if count.is_some() { format!("{future}[i]") } else { future.clone() };
            let wait = Step::new(
                "await",
                Node::Map(vec![
                    ("future", Node::Quoted(element)),
                    ("timeout", Node::Plain("1000000s".to_string())),
                    ("into", Node::Plain(flag)),
                ]),
                line,
            );
            // A task that had ended with an exception before it was cancelled (its `cancel()` was False)
            // gives that exception here, which `return_exceptions=True` puts in the list instead of
            // raising (session33/repro/r19). A CancelledError of the awaiter's own goes on.
            let kept = vec![("classes", Node::Plain("[Exception]".to_string())), ("do", Node::Steps(Vec::new()))];
            let wait = Step::new(
                "try",
                Node::Map(vec![("do", Node::Steps(vec![wait])), ("except", Node::Clauses(vec![kept]))]),
                line,
            );
            out.push(match count {
                Some(count) => super::futures::repeat(*count, vec![wait], line),
                None => wait,
            });
        }
        out.extend(super::cancelled_gather_passes::cancelled_gather_passes(&all_ended, line));
        Ok(())
    }

    /// One argument of `gather`: a coroutine call (started as a task here), a task, or `*tasks`. The
    /// futures of the arguments before it (`earlier`) keep their names: each argument is awaited.
    fn gathered(
        &mut self,
        frame: &mut Frame,
        arg: &Expr,
        earlier: &[(String, Option<usize>)],
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<(String, Option<usize>)> {
        if let Expr::Starred(starred) = arg {
            return match &*starred.value {
                Expr::ListComp(comprehension) => {
                    self.gathered_comprehension(frame, arg, comprehension, earlier, out, line)
                }
                // `*(c(x) for x in range(n))`: the generator gives gather the same calls, in the same order.
                Expr::Generator(generator) => {
                    let comprehension = crate::syntax::listed(generator.range, &generator.elt, &generator.generators);
                    self.gathered_comprehension(frame, arg, &comprehension, earlier, out, line)
                }
                other => match self.expr(frame, other, false)? {
                    Ex::Static(Value::Futures(futures, length)) => Ok((futures, Some(length))),
                    // Session 28 (session27/a05, session26/a03): the list would be in the set's order.
                    // Since session 29 the `not_done` form with `return_exceptions=True` is set_gathers.rs'.
                    Ex::Static(Value::FirstCompleted { .. } | Value::FutureSet(..) | Value::PendingSet(..)) => fail(
                        arg,
                        "`gather(*s)` of a set of tasks (`done` or `pending` of `asyncio.wait`, a set display) is not supported: its list of results is in the order of CPython's hash table (for tasks, their addresses), and without `return_exceptions=True` it raises the first exception in the order the tasks end; weft takes `await asyncio.gather(*not_done, return_exceptions=True)` over `wait(FIRST_COMPLETED)`'s `not_done`, in every order of the set; elsewhere wait for the set with `await asyncio.wait(s)`, or gather a list of tasks",
                    ),
                    _ => fail(arg, "`*` in `gather` takes a list of tasks or a comprehension of coroutine calls"),
                },
            };
        }
        if let Ok(Ex::Static(Value::Future(future))) = self.expr(frame, arg, false) {
            return Ok((future, None));
        }
        if let Expr::Call(call) = arg
            && self.is_to_thread(frame, call)
        {
            let future = self.temporary_apart(frame.task, ("job", None), earlier);
            self.submit_start(frame, to_thread_start(call)?, Node::Plain(future.clone()), out, line)?;
            return Ok((future, None));
        }
        if let Expr::Call(call) = arg
            && let Some(start) = self.default_executor_job(frame, call)?
        {
            let future = self.temporary_apart(frame.task, ("job", None), earlier);
            self.submit_start(frame, start, Node::Plain(future.clone()), out, line)?;
            return Ok((future, None));
        }
        let job = self.coroutine_call(frame, arg)?;
        let future = self.temporary_apart(frame.task, ("task", None), earlier);
        self.submit_job(frame, Placement::Coroutine, job, Node::Plain(future.clone()), out, line)?;
        Ok((future, None))
    }

    /// `*[c(x) for x in range(n)]` in `gather`: a task per call, into a local array of futures.
    fn gathered_comprehension(
        &mut self,
        frame: &mut Frame,
        arg: &Expr,
        comprehension: &ast::ExprListComp,
        earlier: &[(String, Option<usize>)],
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<(String, Option<usize>)> {
        let predicted = self.comprehension_length(frame, comprehension);
        let name = self.temporary_apart(frame.task, ("tasks", predicted), earlier);
        match self.coroutine_comprehension(frame, &name, comprehension, out, line)? {
            Some(length) => {
                self.note_array_length(frame.task, &name, length);
                Ok((name, Some(length)))
            }
            None => fail(arg, "`*[c(x) for x in range(n)]` of a coroutine `c` is supported in `gather`"),
        }
    }

    /// A temporary named apart from the futures of `earlier` arguments of the same `gather`: a future,
    /// or an array of the length `wanted` gives (array_temporaries.rs).
    fn temporary_apart(
        &mut self,
        task: usize,
        (wanted, length): (&str, Option<usize>),
        earlier: &[(String, Option<usize>)],
    ) -> String {
        let mut name = self.array_temporary(task, wanted, length);
        let mut suffix = 2;
        while earlier.iter().any(|(future, _)| *future == name) {
            name = self.array_temporary(task, &format!("{wanted}{suffix}"), length);
            suffix += 1;
        }
        name
    }

    /// `[c(x) for x in range(n)]` of a coroutine `c`, each started as a task into the local array `name`.
    /// `Ok(None)` when the comprehension is not of that form.
    pub(super) fn coroutine_comprehension(
        &mut self,
        frame: &mut Frame,
        name: &str,
        comprehension: &ast::ExprListComp,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<usize>> {
        let Expr::Call(call) = &*comprehension.elt else {
            return Ok(None);
        };
        // `*(asyncio.to_thread(g, x) for x in ...)`: a job of the loop's default executor per item.
        if self.is_to_thread(frame, call) {
            let start = to_thread_start(call)?;
            return self.start_comprehension(frame, name, comprehension, start, out, line).map(Some);
        }
        let is_coroutine = matches!(
            self.expr(frame, &call.func, false),
            Ok(Ex::Static(Value::Function(function))) if self.functions[&function].is_async
        );
        if !is_coroutine {
            return Ok(None);
        }
        let job =
            Job { function: &call.func, args: &call.arguments.args, keywords: &call.arguments.keywords, at: call };
        let start = Start { executor: None, coroutine: true, job, group: None };
        self.start_comprehension(frame, name, comprehension, start, out, line).map(Some)
    }

    pub(super) fn is_to_thread(&self, frame: &Frame, call: &ast::ExprCall) -> bool {
        self.module_callee(frame, call).is_some_and(|callee| callee == "asyncio.to_thread")
    }

    /// The `asyncio.timeout(t)` call of `async with asyncio.timeout(t):`, its one item (no `as`).
    pub(super) fn asyncio_timeout<'w>(&self, frame: &Frame, with: &'w ast::StmtWith) -> Option<&'w ast::ExprCall> {
        let [item] = &with.items[..] else { return None };
        let Expr::Call(call) = &item.context_expr else { return None };
        let timeout = self.module_callee(frame, call).is_some_and(|callee| callee == "asyncio.timeout");
        (with.is_async && item.optional_vars.is_none() && timeout).then_some(call)
    }

    /// `async with asyncio.timeout(t):` around one `[x =] await aw`: translated as `[x =] await
    /// asyncio.wait_for(aw, t)`. Python runs a coroutine `aw` in the current task and, at the deadline,
    /// cancels that task where it is suspended (inside `aw`), which the `async with` turns into
    /// TimeoutError; `wait_for` runs `aw` in a task of its own that the deadline cancels the same way.
    /// What they write and when they time out is the same; the task of `wait_for` starts a step later,
    /// which only adds orders to explore (docs/python.md). `Ok(false)` for any other `with`.
    pub(super) fn timeout_block(
        &mut self,
        frame: &mut Frame,
        with: &ast::StmtWith,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<bool> {
        let Some(call) = self.asyncio_timeout(frame, with) else {
            return Ok(false);
        };
        if !frame.coroutine {
            return fail(call, "`asyncio.timeout` outside a coroutine: there is no running loop");
        }
        let delay = match (&call.arguments.args[..], &call.arguments.keywords[..]) {
            ([delay], []) => delay,
            ([], [keyword]) if keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == "delay") => &keyword.value,
            _ => return fail(call, "`asyncio.timeout(delay)` takes the one delay"),
        };
        let refusal = "`async with asyncio.timeout(t):` is supported around one `await` (`x = await fetch(1)`), \
                       which is `asyncio.wait_for`'s time-out";
        let one_await = |statement: &ast::Stmt| match statement {
            ast::Stmt::Expr(expression) => expression.value.is_await_expr(),
            ast::Stmt::Assign(assign) => assign.value.is_await_expr(),
            _ => false,
        };
        let (statement, returned) = match &with.body[..] {
            [statement] if one_await(statement) => (statement, None),
            // Any other block whose awaits all run inline (timeout_blocks.rs).
            statements if self.timeout_inline_body(frame, statements) => {
                self.inline_timeout_block(frame, with, delay, statements, None, out, next_line)?;
                return Ok(true);
            }
            [statement] => (statement, None),
            // `return await aw` (split before translation, return_await.rs) or `x = await aw; return x`:
            // the `return` runs in the same step as the end of the `await`, where the deadline cannot come.
            [statement, returned] if super::timeout_returns::returns_assigned(statement, returned) => {
                (statement, Some(returned))
            }
            _ => return fail(&with.range, refusal),
        };
        let awaited = match statement {
            ast::Stmt::Expr(expression) => &*expression.value,
            ast::Stmt::Assign(assign) if matches!(&assign.targets[..], [Expr::Name(_)]) => &*assign.value,
            _ => return fail(statement, refusal),
        };
        let Expr::Await(awaited) = awaited else { return fail(statement, refusal) };
        if self.timeout_inline_awaitable(frame, &awaited.value) {
            let statements = std::slice::from_ref(statement);
            self.inline_timeout_block(frame, with, delay, statements, returned, out, next_line)?;
            return Ok(true);
        }
        let mut arguments = call.arguments.clone();
        arguments.args = vec![(*awaited.value).clone(), delay.clone()].into_boxed_slice();
        arguments.keywords.clear();
        let waiting = Expr::Call(ast::ExprCall { arguments, ..call.clone() });
        let waiting = Box::new(Expr::Await(ast::ExprAwait { value: Box::new(waiting), ..awaited.clone() }));
        let rewritten = match statement.clone() {
            ast::Stmt::Expr(expression) => ast::Stmt::Expr(ast::StmtExpr { value: waiting, ..expression }),
            ast::Stmt::Assign(assign) => ast::Stmt::Assign(ast::StmtAssign { value: waiting, ..assign }),
            _ => unreachable!("checked above"),
        };
        self.timeout_block = true;
        let translated = self.block(frame, std::slice::from_ref(&rewritten), out, next_line);
        let consumed = !std::mem::take(&mut self.timeout_block);
        translated?;
        if !consumed {
            return fail(statement, refusal);
        }
        if let Some(returned) = returned {
            self.block(frame, std::slice::from_ref(returned), out, next_line)?;
        }
        Ok(true)
    }

    /// `asyncio.wait_for(aw, timeout)`: a task for a coroutine call, `await` with the time-out (a time-out
    /// cancels the task and is TimeoutError, as in Python), then its value.
    fn wait_for(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        into: Option<&str>,
        passes_in_time: usize,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<usize>> {
        let awaitable = call.arguments.args.first();
        let timeout = call.arguments.args.get(1).or(call.arguments.find_keyword("timeout").map(|k| &k.value));
        let (Some(awaitable), Some(timeout)) = (awaitable, timeout) else {
            return fail(call, "`wait_for(aw, timeout)` takes an awaitable and a time-out");
        };
        if let Some(inner) = self.shielded(frame, awaitable)? {
            return self.wait_for_shielded(frame, inner, timeout, into, out, line).map(|()| None);
        }
        if let Some(condition) = self.asyncio_condition_wait(frame, awaitable) {
            return self.condition_wait_for(frame, &condition, timeout, into, call, out, line).map(|()| None);
        }
        let mut gathered = Vec::new();
        // The flag of an `except TimeoutError:` around the wait (try_wait_for), when there is one.
        let mut caught_flag: Option<String> = None;
        let timed = self.static_value(frame, timeout)? != Value::None;
        let (first_task, raises_before) = (self.scenario.tasks.len(), self.raised_classes.len());
        let made_before = matches!(self.expr(frame, awaitable, false), Ok(Ex::Static(Value::Future(_))));
        let future = match self.expr(frame, awaitable, false) {
            Ok(Ex::Static(Value::Future(future))) => {
                if timed {
                    self.check_cancelled_structure(&future, call)?;
                }
                future
            }
            _ if self.is_asyncio_sleep(frame, awaitable) => self.sleep_task(frame, awaitable, out, line)?,
            _ if self.is_gather(frame, awaitable) => {
                if into.is_some() && !timed {
                    return fail(
                        call,
                        "the list of results of `wait_for(gather(...), None)` has no scenario form; await the gather itself",
                    );
                }
                let steps_before = out.len();
                gathered = self.gathered_futures(frame, awaitable, out, line)?;
                let mut started = Vec::new();
                super::group_aborts::started_coroutines(&self.scenario, &out[steps_before..], &mut started);
                let children_made_before = started.len() < gathered.len();
                if self.wait_for_task_may_raise(frame, children_made_before, (first_task, raises_before)) {
                    return fail(
                        awaitable,
                        "`asyncio.wait_for(asyncio.gather(...), t)` over tasks that may raise is not supported: weft's gathering task takes its tasks in order, where CPython's gather fails at the first exception; await the gather in an `async def` of this file and give that coroutine to `wait_for`",
                    );
                }
                self.gathering_task(frame, awaitable, &gathered, out, line)?
            }
            _ if self.primitive_wait(frame, awaitable).is_some() => {
                self.primitive_wait_task(frame, awaitable, out, line)?
            }
            _ if let Some(value) = self.wrapped_primitive_method(frame, awaitable) => {
                self.wrapped_primitive_task(frame, awaitable, value, out, line)?
            }
            _ => {
                let job = self
                    .coroutine_call(frame, awaitable)
                    .map_err(|refusal| self.primitive_wait_for_refusal(frame, awaitable).unwrap_or(refusal))?;
                if let Some(function) = super::cancelled_structures::called_name(awaitable)
                    && timed
                {
                    self.check_interruptible(function, call, "a time-out of")?;
                }
                let future = self.temporary(frame.task, "task");
                self.submit_job(frame, Placement::Coroutine, job, Node::Plain(future.clone()), out, line)?;
                future
            }
        };
        if self.static_value(frame, timeout)? != Value::None {
            let duration = self.duration(frame, timeout)?;
            let mut entries =
                vec![("future", Node::Quoted(future.clone())), ("timeout", Node::Plain(duration.clone()))];
            // Caught by `except TimeoutError:` (try_wait_for): the time-out sets a flag instead of raising.
            let catch = self.timeout_catch.as_ref().filter(|(_, split)| split.is_none()).map(|(flag, _)| flag.clone());
            caught_flag.clone_from(&catch);
            // Whether the task ended in time, or ended other than cancelled after the time-out cancelled it.
            let in_time = match &catch {
                Some(flag) => Some(flag.clone()),
                None if gathered.is_empty() => Some(self.fresh_temporary(frame.task, "in_time")),
                None => None,
            };
            if let Some(flag) = &in_time {
                entries.push(("into", Node::Plain(flag.clone())));
            }
            // Where other code may cancel the task, the flag's 0 is a time-out or the task's cancelled end.
            let timed_out = in_time
                .as_ref()
                .filter(|_| gathered.is_empty() && self.tasks_cancelled_explicitly && self.may_end_cancelled(awaitable))
                .map(|_| self.fresh_temporary(frame.task, "timed_out"));
            if let Some(timed_out) = &timed_out {
                entries.push(("timed_out", Node::Plain(timed_out.clone())));
            }
            let counted = passes_in_time > 0;
            // A time-out of 0 is in time only for a future done at the call, which 3.11's `wait_for`
            // returns at once, with no waiter and no pass (session34-s34passes/z03).
            let passes_in_time = if duration == "0ns" { 0 } else { passes_in_time };
            let counted_in_time = passes_in_time > 0;
            let done_before = self.wait_for_state_before(frame, &future, made_before && counted_in_time, out, line);
            let waits_from = out.len();
            let wait = Step::new("await", Node::Map(entries), line);
            if counted_in_time && self.wait_for_task_may_raise(frame, made_before, (first_task, raises_before)) {
                out.push(done_before.raising_after_passes(wait, line));
            } else {
                out.push(wait);
            }
            if let (Some(flag), Some(timed_out)) = (&in_time, &timed_out) {
                self.raise_when_ended_cancelled(&future, (flag, timed_out), passes_in_time, out, line);
            }
            if let Some(flag) = in_time.as_ref().filter(|_| gathered.is_empty() && counted_in_time) {
                // In time, the task's done callback releases wait_for's waiter, whose callback wakes the
                // awaiter: a pass more than `await task`.
                out.push(gathering_passes_in_time(flag, passes_in_time, line));
                out.extend(done_before.pass_if_done(flag, line));
            }
            if !gathered.is_empty() && counted {
                out.push(super::wait_for_passes::gathering_callback_pass(catch.as_deref(), line));
            }
            // The time-out cancels the task, so it is never left pending, in a loop as well.
            self.pending_tasks.awaited.insert((frame.task, future.clone()));
            if let Some(flag) = &catch
                && !gathered.is_empty()
            {
                out.push(self.cancel_gathered(frame.task, flag, &gathered, line));
            }
            if let Some(flag) = in_time.as_ref().filter(|_| gathered.is_empty()) {
                out.push(wait_for_the_cancelled(&future, flag, counted, line));
                if catch.is_none() {
                    out.push(raise_if_not(flag, "TimeoutError", self.exception_values, line));
                }
            }
            for child in &gathered {
                // Finished when the gathering task is, or cancelled and waited for above.
                self.pending_tasks.awaited.insert((frame.task, child.clone()));
            }
            if let Some(flag) = catch.as_ref().filter(|_| gathered.is_empty()) {
                self.catch_timeout_error_raised(flag, waits_from, out, line);
            }
            if catch.is_some() {
                self.timeout_catch.as_mut().expect("set above").1 = Some(out.len());
            }
        }
        if let Some(list) = into.filter(|_| !gathered.is_empty()) {
            // The gathering task returns nothing: the list is its children's results, each ended now.
            out.push(self.awaited_result(frame, &future, None, line));
            out.extend(super::wait_for_passes::gathered_list(list, &gathered, caught_flag.as_deref(), line));
            return Ok(Some(gathered.len()));
        }
        out.push(self.awaited_result(frame, &future, into, line));
        Ok(None)
    }

    /// `asyncio.wait_for(aw, None)` (or `timeout=None`): CPython 3.11 returns `await aw` at once, the
    /// coroutine run in the awaiting task with no task or waiter of its own (session29/repro/r16).
    fn wait_for_without_timeout(&self, frame: &Frame, call: &ast::ExprCall) -> Result<Option<ast::ExprAwait>> {
        let awaitable = call.arguments.args.first();
        let timeout = call.arguments.args.get(1).or(call.arguments.find_keyword("timeout").map(|k| &k.value));
        let (Some(awaitable), Some(timeout)) = (awaitable, timeout) else { return Ok(None) };
        if self.static_value(frame, timeout)? != Value::None || self.shielded(frame, awaitable)?.is_some() {
            return Ok(None);
        }
        Ok(Some(ast::ExprAwait {
            value: Box::new(awaitable.clone()),
            range: call.range(),
            node_index: ast::AtomicNodeIndex::default(),
        }))
    }

    /// `asyncio.shield(aw)`: the awaitable it shields, a task or a coroutine call of this file.
    fn shielded<'e>(&self, frame: &Frame, awaitable: &'e Expr) -> Result<Option<&'e Expr>> {
        let Expr::Call(call) = awaitable else { return Ok(None) };
        if self.module_callee(frame, call).is_none_or(|callee| callee != "asyncio.shield") {
            return Ok(None);
        }
        match (&call.arguments.args[..], &call.arguments.keywords[..]) {
            ([inner], []) => Ok(Some(inner)),
            _ => fail(call, "`asyncio.shield(aw)` takes the one awaitable"),
        }
    }

    /// `asyncio.wait_for(asyncio.shield(aw), t)`: the time-out gives up on the shield, never on the task
    /// it shields, which runs on: a `result` with `timeout` (no cancel), then the value. A task given up
    /// on is not counted as awaited, so `asyncio.run` still cancels it at its end when nothing awaits it
    /// later, as Python does.
    fn wait_for_shielded(
        &mut self,
        frame: &mut Frame,
        inner: &Expr,
        timeout: &Expr,
        into: Option<&str>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let future = match self.expr(frame, inner, false) {
            Ok(Ex::Static(Value::Future(future))) => future,
            _ => {
                let job = self.coroutine_call(frame, inner)?;
                let future = self.temporary(frame.task, "task");
                self.submit_job(frame, Placement::Coroutine, job, Node::Plain(future.clone()), out, line)?;
                future
            }
        };
        if self.static_value(frame, timeout)? == Value::None {
            out.push(self.awaited_result(frame, &future, into, line));
            return Ok(());
        }
        let duration = self.duration(frame, timeout)?;
        let mut entries = vec![("future", Node::Quoted(future.clone())), ("timeout", Node::Plain(duration))];
        let catch = self.timeout_catch.as_ref().filter(|(_, split)| split.is_none()).map(|(flag, _)| flag.clone());
        if let Some(flag) = &catch {
            entries.push(("into_ok", Node::Plain(flag.clone())));
        }
        out.push(Step::new("result", Node::Map(entries), line));
        // In time, the task's done callback finishes the shield's outer future, whose callback releases
        // wait_for's waiter, whose callback wakes the awaiter: two passes more than `await task`.
        const SHIELD_PASSES: usize = 2;
        let Some(flag) = catch else {
            // An uncaught time-out ends the program (the `result` raised): the task counts as awaited.
            out.extend((0..SHIELD_PASSES).map(|_| gathering_future_pass(line)));
            out.push(self.awaited_result(frame, &future, into, line));
            return Ok(());
        };
        out.push(gathering_passes_in_time(&flag, SHIELD_PASSES, line));
        self.timeout_catch.as_mut().expect("caught above").1 = Some(out.len());
        let mut entries = vec![("future", Node::Quoted(future))];
        if let Some(into) = into {
            entries.push(("into", Node::Quoted(into.to_string())));
        }
        out.push(Step::new("result", Node::Map(entries), line));
        Ok(())
    }

    /// `cond.wait()` of an asyncio Condition: the condition's name.
    fn asyncio_condition_wait(&self, frame: &Frame, awaitable: &Expr) -> Option<String> {
        let Expr::Call(call) = awaitable else { return None };
        let Expr::Attribute(attribute) = &*call.func else { return None };
        if attribute.attr.as_str() != "wait" || !call.arguments.is_empty() {
            return None;
        }
        match self.expr(frame, &attribute.value, false) {
            Ok(Ex::Static(Value::Object(Object::Condition { name, .. }))) if self.scenario.asyncio.contains(&name) => {
                Some(name)
            }
            _ => None,
        }
    }

    /// `await asyncio.wait_for(cond.wait(), t)` of an asyncio Condition, in the coroutine that holds its
    /// lock: the condition's wait with a time-out, which takes the lock back when it gives up, as the
    /// cancelled `Condition.wait` does before TimeoutError reaches the caller. The TimeoutError is the
    /// `except TimeoutError:` around it (its flag), or raised.
    #[allow(clippy::too_many_arguments)]
    fn condition_wait_for(
        &mut self,
        frame: &mut Frame,
        condition: &str,
        timeout: &Expr,
        into: Option<&str>,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if into.is_some() {
            return fail(call, "`wait_for(cond.wait(), t)` gives True; await it on a line of its own");
        }
        if self.static_value(frame, timeout)? == Value::None {
            out.push(Step::new("wait", Node::Map(vec![("condition", Node::Plain(condition.to_string()))]), line));
            return Ok(());
        }
        let duration = self.duration(frame, timeout)?;
        let catch = self.timeout_catch.as_ref().filter(|(_, split)| split.is_none()).map(|(flag, _)| flag.clone());
        let flag = catch.clone().unwrap_or_else(|| self.fresh_temporary(frame.task, "notified"));
        let entries = vec![
            ("condition", Node::Plain(condition.to_string())),
            ("timeout", Node::Plain(duration)),
            ("into", Node::Plain(flag.clone())),
        ];
        out.push(Step::new("wait", Node::Map(entries), line));
        match catch {
            Some(_) => self.timeout_catch.as_mut().expect("set above").1 = Some(out.len()),
            None => out.push(raise_if_not(&flag, "TimeoutError", self.exception_values, line)),
        }
        Ok(())
    }

    pub(super) fn is_gather(&self, frame: &Frame, awaitable: &Expr) -> bool {
        let Expr::Call(call) = awaitable else { return false };
        self.module_callee(frame, call).is_some_and(|callee| callee == "asyncio.gather")
    }

    /// The children of `wait_for(gather(c1, c2, ...), t)`, each started as a task now, as `gather` does
    /// when it is called: their futures.
    fn gathered_futures(
        &mut self,
        frame: &mut Frame,
        awaitable: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Vec<String>> {
        let Expr::Call(call) = awaitable else { return fail(awaitable, "not a call") };
        if let Some(keyword) = call.arguments.keywords.first() {
            return fail(keyword, "`gather` under `wait_for` takes the awaitables only (no `return_exceptions`)");
        }
        let mut parts: Vec<(String, Option<usize>)> = Vec::new();
        for arg in call.arguments.args.iter() {
            let part = self.gathered(frame, arg, &parts, out, line)?;
            if part.1.is_some() {
                return fail(arg, "`*` in a `gather` under `wait_for` is not supported; name each awaitable");
            }
            parts.push(part);
        }
        Ok(parts.into_iter().map(|(future, _)| future).collect())
    }

    /// The future `gather` gives back: a coroutine task that waits for each child in turn, handed their
    /// futures as arguments (`child_0`, `child_1`, ...); it finishes when the last one has.
    fn gathering_task(
        &mut self,
        frame: &mut Frame,
        awaitable: &Expr,
        children: &[String],
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let parameters: Vec<String> = (0..children.len()).map(|k| format!("child_{k}")).collect();
        let mut ops: Vec<Step> = parameters
            .iter()
            .map(|parameter| Step::new("result", Node::Map(vec![("future", Node::Quoted(parameter.clone()))]), line))
            .collect();
        ops.push(Step::new("return", Node::Quoted("None".into()), line));
        let args = parameters
            .iter()
            .zip(children)
            .map(|(parameter, child)| format!("{parameter}: {}", crate::out::quote(child)))
            .collect::<Vec<_>>()
            .join(", ");
        self.wrapping_task(frame, awaitable, ("gather", "gathered"), (ops, Some(format!("{{ {args} }}"))), out, line)
    }

    /// After `wait_for(gather(...), t)` gave up (`flag` 0): Python cancels the gathering future, which
    /// cancels every child, and waits for them to end before it raises TimeoutError. Each wait has a
    /// time-out it never reaches (a cancelled coroutine ends at once where it is suspended) and a flag,
    /// so that a cancelled child is no CancelledError here.
    fn cancel_gathered(&mut self, task: usize, flag: &str, children: &[String], line: u32) -> Step {
        let mut ops: Vec<Step> =
            children.iter().map(|child| Step::new("cancel", Node::Quoted(child.clone()), line)).collect();
        for child in children {
            let ended = self.temporary(task, "ended");
            ops.push(Step::new(
                "await",
                Node::Map(vec![
                    ("future", Node::Quoted(child.clone())),
                    ("timeout", Node::Plain(super::completion::CANCELLED_WAIT.to_string())),
                    ("into", Node::Plain(ended)),
                ]),
                line,
            ));
        }
        Step::new(
            "if",
            Node::Map(vec![("cond", Node::Quoted(format!("not {flag}"))), ("then", Node::Steps(ops))]),
            line,
        )
    }

    pub(super) fn is_asyncio_sleep(&self, frame: &Frame, awaitable: &Expr) -> bool {
        let Expr::Call(call) = awaitable else { return false };
        self.module_callee(frame, call).is_some_and(|callee| callee == "asyncio.sleep")
    }

    /// `asyncio.wait_for(asyncio.sleep(d), t)`: Python wraps the sleep in a task of its own, as it does
    /// any coroutine; here a coroutine task that awaits `d` and returns None, submitted into a future.
    fn sleep_task(&mut self, frame: &mut Frame, awaitable: &Expr, out: &mut Vec<Step>, line: u32) -> Result<String> {
        let Expr::Call(call) = awaitable else { return fail(awaitable, "not a call") };
        let ([delay], []) = (&call.arguments.args[..], &call.arguments.keywords[..]) else {
            return fail(call, "`asyncio.sleep(d)` takes the one delay");
        };
        let duration = self.duration(frame, delay)?;
        let ops = vec![
            Step::new("await", Node::Plain(duration), line),
            Step::new("return", Node::Quoted("None".into()), line),
        ];
        self.wrapping_task(frame, awaitable, ("sleep", "task"), (ops, None), out, line)
    }

    /// The task Python wraps an awaitable in (`wait_for` of a sleep or of a primitive's wait, or the
    /// future of a `gather`): a coroutine task named `base` with `ops` and `args`, submitted into a
    /// temporary future named after `future`, which is given back.
    pub(super) fn wrapping_task(
        &mut self,
        frame: &mut Frame,
        at: &Expr,
        (base, future): (&str, &str),
        (ops, args): (Vec<Step>, Option<String>),
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let task = self.coroutine_task(at, base, line)?;
        self.scenario.tasks[task].ops = ops;
        let future = self.temporary(frame.task, future);
        self.submit_coroutine_task(frame, task, &future, args, out, line);
        Ok(future)
    }

    /// A new coroutine task of the import's own making (`start: spawned`), its ops still to come.
    pub(super) fn coroutine_task(&mut self, at: &impl Ranged, base: &str, line: u32) -> Result<usize> {
        if self.scenario.tasks.len() >= super::MAX_TASKS {
            return fail(at, format!("more than {} tasks", super::MAX_TASKS));
        }
        let task = self.new_task(base, true, line);
        self.scenario.tasks[task].kind = Some("coroutine");
        Ok(task)
    }

    /// The `submit` of a coroutine task the import made, its future into the local `future`, noted as
    /// started so that `asyncio.run` cancels it at its end when nothing awaits it.
    pub(super) fn submit_coroutine_task(
        &mut self,
        frame: &Frame,
        task: usize,
        future: &str,
        args: Option<String>,
        out: &mut Vec<Step>,
        line: u32,
    ) {
        let into = Node::Plain(future.to_string());
        self.note_started_coroutine(frame, &into, line);
        let mut entries = vec![("task", Node::Task(task))];
        entries.extend(args.map(|args| ("args", Node::Plain(args))));
        entries.push(("into", into));
        out.push(Step::new("submit", Node::Map(entries), line));
    }

    /// `ev.wait()` or `q.get()` of one of asyncio's own events and queues: the awaitable `wait_for` wraps
    /// in a task of its own.
    pub(super) fn primitive_wait(&self, frame: &Frame, awaitable: &Expr) -> Option<(Object, &'static str)> {
        let Expr::Call(call) = awaitable else { return None };
        let Expr::Attribute(attribute) = &*call.func else { return None };
        let Ok(Ex::Static(Value::Object(object))) = self.expr(frame, &attribute.value, false) else { return None };
        let method = match (&object, attribute.attr.as_str()) {
            (Object::Event(name), "wait") if self.scenario.asyncio.contains(name) => "wait",
            (Object::Queue { name, .. }, "get") if self.scenario.asyncio.contains(name) => "get",
            _ => return None,
        };
        (call.arguments.args.is_empty() && call.arguments.keywords.is_empty()).then_some((object, method))
    }

    /// `asyncio.wait_for(ev.wait(), t)` / `asyncio.wait_for(q.get(), t)`: as Python does, the wait runs in
    /// a task of its own (a coroutine that waits and returns True, or the item), which the time-out
    /// cancels: a cancelled waiter leaves the event's or the queue's waiters, so an item put later is not
    /// lost to it.
    fn primitive_wait_task(
        &mut self,
        frame: &mut Frame,
        awaitable: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let Some((object, method)) = self.primitive_wait(frame, awaitable) else {
            return fail(awaitable, "not a wait of an asyncio event or queue");
        };
        let ops = match object {
            Object::Event(event) => {
                vec![Step::new("wait", Node::Plain(event), line), Step::new("return", Node::Quoted("1".into()), line)]
            }
            Object::Queue { name, .. } => vec![
                Step::new(
                    "get",
                    Node::Map(vec![("queue", Node::Plain(name)), ("into", Node::Plain("item".into()))]),
                    line,
                ),
                Step::new("return", Node::Quoted("item".into()), line),
            ],
            _ => unreachable!("primitive_wait gives events and queues"),
        };
        self.wrapping_task(frame, awaitable, (method, "task"), (ops, None), out, line)
    }

    /// `await loop.run_in_executor(None, f, args...)` (the loop's default executor) or
    /// `run_in_executor(ex, f, ...)` with an executor of an open `with`.
    fn run_in_executor(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        into: Option<&str>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let start = self.run_in_executor_start(frame, call)?;
        self.submit_and_wait(frame, start, into, out, line)
    }

    /// The job of `loop.run_in_executor(executor, f, args...)`: on the loop's default executor for
    /// None, or on an executor of an open `with`.
    pub(super) fn run_in_executor_start<'c>(&self, frame: &Frame, call: &'c ast::ExprCall) -> Result<Start<'c>> {
        let [executor, function, args @ ..] = &call.arguments.args[..] else {
            return fail(call, "`run_in_executor(executor, f, *args)` needs an executor (or None) and a function");
        };
        if let Some(keyword) = call.arguments.keywords.first() {
            return fail(keyword, "`run_in_executor` takes no keyword arguments (Python's neither)");
        }
        let executor = match self.expr(frame, executor, false)? {
            Ex::Static(Value::None) => None,
            Ex::Static(Value::Object(Object::Executor { name, process })) => {
                self.check_open(&name, call)?;
                Some((name, process))
            }
            _ => return fail(executor, "the executor of `run_in_executor` is None or an executor of a `with`"),
        };
        let job = Job { function, args, keywords: &[], at: call };
        Ok(Start { executor, coroutine: false, job, group: None })
    }

    // ---- statements and assignments -----------------------------------------------------------------

    /// `asyncio.run(main())`: the coroutine as a task on the loop, which the calling thread waits for.
    pub(super) fn asyncio_run(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        into: Option<&str>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<usize>> {
        if frame.coroutine {
            return fail(call, "`asyncio.run` inside a coroutine (Python raises RuntimeError: the loop is running)");
        }
        let ([coroutine], []) = (&call.arguments.args[..], &call.arguments.keywords[..]) else {
            return fail(call, "`asyncio.run(coro)` with one coroutine (no `debug=`) is supported");
        };
        let job = self.coroutine_call(frame, coroutine)?;
        let first_new = out.len();
        // Its task is the next one made, and its body is translated with it (gather_cancel.rs asks).
        let expected_root = self.scenario.tasks.len();
        self.loop_roots.insert(expected_root);
        self.submit_and_wait(frame, Start { executor: None, coroutine: true, job, group: None }, into, out, line)?;
        self.shut_down_default_executor_after(out);
        let main = out[first_new..].iter().find_map(|step| match (&step.value, step.key) {
            (Some(Node::Map(entries)), "submit") => entries.iter().find_map(|(key, node)| match (key, node) {
                (&"task", Node::Task(task)) => Some(*task),
                _ => None,
            }),
            _ => None,
        });
        if main != Some(expected_root) {
            // The coroutine's task was made before (a second `asyncio.run` of it): no new task.
            self.loop_roots.remove(&expected_root);
        }
        self.loop_roots.extend(main);
        if let Some(main) = main {
            self.count_default_executor_shutdown_thread(frame, main);
            self.cancel_pending_at_the_end(main, call)?;
            self.await_callbacks_at_the_end(main, call)?;
        }
        Ok(main)
    }

    /// The length of the list of results the coroutine task `task` returns (as a tuple), if it does.
    pub(super) fn returned_list(&self, task: usize) -> Option<usize> {
        self.returned_lists.get(&task).copied()
    }
}

/// Python's `asyncio.run` cancels the tasks still pending when its coroutine returns. The import follows
/// every task a coroutine starts and every `result` a coroutine takes outside the `if`s and loops the
/// scenario runs; a task its maker does not await that way may be pending at the end.
#[derive(Debug, Default)]
pub struct PendingTasks {
    /// The task that started it, its future (`t`, `tasks[i]`), where it was started, and the Python line.
    started: Vec<(usize, String, StartedWhere, u32)>,
    /// The task and the future of each `result` taken outside `if`s and loops.
    awaited: BTreeSet<(usize, String)>,
    /// Futures a task knows have finished without having awaited them (taken from a `done` set).
    pub(super) finished: BTreeSet<(usize, String)>,
    /// The done callbacks of asyncio tasks (task_callbacks.rs): the coroutine that added each, the
    /// future of its callback task (`callback`, `callbacks[i]`), where, and the Python line.
    callbacks: Vec<(usize, String, StartedWhere, u32)>,
    /// The tasks started on the straight path of a `try:` body (straight_tasks.rs): left to
    /// `asyncio.run`'s end whatever awaits them, since an exception may skip the await.
    straight: BTreeSet<(usize, String)>,
}

/// Where a coroutine task was started, for its cancellation at `asyncio.run`'s end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StartedWhere {
    /// Outside `if`s, `try`s and loops the scenario runs: started whenever its maker ends.
    Always,
    /// Inside an `if` or a `try` (no loop): started at most once, or not at all; its future is still 0
    /// (a task's locals start at 0, and no future is 0) when it was not.
    Maybe,
    /// Inside a loop the scenario runs: each pass may start another into the same future.
    InALoop,
}

/// A local array's name in a future expression: `tasks` of `tasks[i]`.
fn holder(future: &str) -> &str {
    future.split('[').next().unwrap_or(future)
}

impl<'a> Translator<'a> {
    /// Whether `future` (or the list of futures it is an element of) was waited for by this task before,
    /// outside `if`s and loops: then its `result()` gives at once, as in Python.
    pub(super) fn known_finished(&self, frame: &Frame, future: &str) -> bool {
        // A loop's variable over a list of futures (`for task in tasks:`) holds one of the list's.
        let list = self.futures.element_locals.get(holder(future)).map(String::as_str);
        let finished = |name: &str| self.pending_tasks.finished.contains(&(frame.task, name.to_string()));
        // A list whose every task has finished (`asyncio.wait(tasks)`) is noted as `tasks[i]`.
        finished(future)
            || finished(&format!("{}[i]", holder(future)))
            || list.is_some_and(|list| finished(&format!("{list}[i]")))
            || self.pending_tasks.awaited.iter().any(|(task, awaited)| {
                *task == frame.task
                    && (awaited == future || holder(awaited) == holder(future) || list == Some(holder(awaited)))
            })
    }

    /// A coroutine task started from a coroutine (`create_task`, `gather`, `wait_for`), its future in `into`.
    pub(super) fn note_started_coroutine(&mut self, frame: &Frame, into: &Node, line: u32) {
        let future = match into {
            Node::Plain(text) | Node::Quoted(text) => text.clone(),
            _ => return,
        };
        if frame.coroutine {
            // A comprehension's submits are in a `repeat` of its own, into an array that is cancelled whole.
            let place = if frame.dynamic == 0 || future.contains('[') {
                StartedWhere::Always
            } else if frame.loops.contains(&LoopKind::Emitted) {
                StartedWhere::InALoop
            } else {
                StartedWhere::Maybe
            };
            self.pending_tasks.started.push((frame.task, future, place, line));
        }
    }

    /// The Python lines where coroutine `task` started the tasks `future` (or its local array) holds.
    pub(super) fn start_lines(&self, task: usize, future: &str) -> Vec<u32> {
        let wanted = holder(future);
        self.pending_tasks
            .started
            .iter()
            .filter(|(maker, started, ..)| *maker == task && holder(started) == wanted)
            .map(|(.., line)| *line)
            .collect()
    }

    /// Whether `holder` (a future, or a local array of them) holds asyncio tasks that coroutine `task`
    /// started.
    pub(super) fn started_task(&self, task: usize, holder_name: &str) -> bool {
        self.pending_tasks.started.iter().any(|(maker, future, ..)| *maker == task && holder(future) == holder_name)
    }

    /// The callback task `future` of a done callback added in `frame`'s coroutine, for `asyncio.run`'s
    /// end to wait for (an element of a local array is added in a loop over the array's tasks).
    pub(super) fn note_task_callback(&mut self, frame: &Frame, future: String, line: u32) {
        let place = if frame.dynamic == 0 || future.contains('[') { StartedWhere::Always } else { StartedWhere::Maybe };
        self.pending_tasks.callbacks.push((frame.task, future, place, line));
    }

    /// Whether the local `name` of `task` holds the future of a coroutine task it started and has not
    /// awaited: a temporary must not overwrite it, or `asyncio.run`'s end could not cancel that task
    /// (`asyncio.create_task(f())` as a statement, then `gather(g(), h())`).
    pub(super) fn holds_an_unawaited_task(&self, task: usize, name: &str) -> bool {
        self.pending_tasks.started.iter().any(|(maker, future, ..)| *maker == task && future == name)
            && !self.pending_tasks.awaited.contains(&(task, name.to_string()))
    }

    /// `task` waits for `future` outside `if`s and loops (a TaskGroup's end): not pending at its end.
    pub(super) fn note_awaited(&mut self, task: usize, future: &str) {
        self.pending_tasks.awaited.insert((task, future.to_string()));
    }

    /// `task`'s waits on the futures held in `future`'s holder may be skipped (a `gather` that raises
    /// at its first failing child): still pending when `asyncio.run`'s coroutine returns, they are
    /// cancelled there.
    pub(super) fn forget_awaited(&mut self, task: usize, future: &str) {
        self.pending_tasks.awaited.retain(|(by, awaited)| *by != task || holder(awaited) != holder(future));
    }

    /// `result` of a future (`await task`), its value into `into`.
    pub(super) fn awaited_result(&mut self, frame: &Frame, future: &str, into: Option<&str>, line: u32) -> Step {
        if frame.dynamic == 0 {
            self.pending_tasks.awaited.insert((frame.task, future.to_string()));
        }
        let mut entries = vec![("future", Node::Quoted(future.to_string()))];
        if let Some(into) = into {
            entries.push(("into", Node::Quoted(into.to_string())));
        }
        Step::new("result", Node::Map(entries), line)
    }

    /// A task started on the straight path of a `try:` body into `future` (straight_tasks.rs).
    pub(super) fn note_straight_task(&mut self, task: usize, future: &str) {
        self.pending_tasks.straight.insert((task, future.to_string()));
    }

    /// Counts `future` as awaited by `task` (no task left pending at `asyncio.run`'s end).
    pub(super) fn note_task_awaited(&mut self, task: usize, future: String) {
        self.pending_tasks.awaited.insert((task, future));
    }

    /// Counts the tasks `task` started since `first_started` (a `gather`'s own children) as awaited.
    fn note_gathered_children_awaited(&mut self, task: usize, first_started: usize) {
        let children: Vec<String> = self.pending_tasks.started[first_started..]
            .iter()
            .filter(|(maker, ..)| *maker == task)
            .map(|(_, future, ..)| future.clone())
            .collect();
        self.pending_tasks.awaited.extend(children.into_iter().map(|future| (task, future)));
    }

    /// The tasks `task` started and may leave pending: not awaited by it outside `if`s and loops.
    fn unawaited_tasks(&self, task: usize) -> Vec<(String, StartedWhere, u32)> {
        let mut pending: Vec<(String, StartedWhere, u32)> = Vec::new();
        for (maker, future, place, line) in &self.pending_tasks.started {
            let straight = self.pending_tasks.straight.contains(&(*maker, future.clone()));
            let awaited = !straight
                && self.pending_tasks.awaited.iter().any(|(by, awaited)| {
                    *by == task && (awaited == future || (future.contains('[') && holder(awaited) == holder(future)))
                });
            if *maker == task && !awaited && !pending.iter().any(|(f, _, _)| holder(f) == holder(future)) {
                pending.push((future.clone(), *place, *line));
            }
        }
        pending
    }

    /// Where `asyncio.run`'s coroutine `main` returns, Python cancels the tasks still pending: a `cancel`
    /// of each task `main` started and did not await, before its final `return`. A task that another
    /// coroutine started and did not await cannot be named there: refused, as is a pending task with a
    /// `return` before `main`'s end (the cancels would be skipped).
    fn cancel_pending_at_the_end(&mut self, main: usize, call: &ast::ExprCall) -> Result<()> {
        let coroutines: Vec<usize> = self.pending_tasks.started.iter().map(|(maker, ..)| *maker).collect();
        for maker in coroutines {
            if maker == main {
                continue;
            }
            if let Some((_, _, line)) = self.unawaited_tasks(maker).first() {
                return fail(
                    call,
                    format!(
                        "the task started at line {line} is not awaited by the coroutine that started it: when `asyncio.run`'s \
                         coroutine returns Python cancels the tasks still pending, which weft can do only for the tasks of that coroutine; \
                         await it (or `gather` it) where it is started"
                    ),
                );
            }
        }
        let pending = self.unawaited_tasks(main);
        if pending.is_empty() {
            return Ok(());
        }
        for (future, ..) in &pending {
            self.check_pending_structure(future, call)?;
        }
        if let Some((_, _, line)) = pending.iter().find(|(_, place, _)| *place == StartedWhere::InALoop) {
            return fail(
                call,
                format!(
                    "the task started at line {line}, inside a loop, may be pending when `asyncio.run`'s coroutine returns, \
                     and Python cancels it then; start it outside, or await it"
                ),
            );
        }
        let (mut ops, last_return) = self.steps_before_the_return(
            main,
            call,
            "`asyncio.run`'s coroutine returns before its end while a task it started may be pending: \
             Python cancels that task then, which weft does only at the end; return at the end, or await the task",
        )?;
        // The loop runs once more before asyncio.run cancels: every task step queued before main's
        // coroutine finished (a task created and not yet started takes its first step) comes before
        // the stop, as a `sleep(0)` lets them.
        let run_line = self.line(call);
        ops.push(Step::new("await", Node::Plain("0ns".to_string()), run_line));
        for (future, place, line) in &pending {
            let cancel = self.cancel_pending(&ops, future, *line);
            ops.push(if_started(future, *place, cancel, *line));
        }
        // Then asyncio.run runs the loop until every cancelled task has ended (`_cancel_all_tasks`): its
        // `finally` and `except CancelledError` run.
        for (future, place, line) in &pending {
            let flag = self.temporary(main, "ended");
            let wait = self.end_of_cancelled(flag, &ops, future, *line);
            ops.push(if_started(future, *place, wait, *line));
        }
        ops.extend(last_return);
        self.scenario.tasks[main].ops = ops;
        Ok(())
    }

    /// Where `asyncio.run`'s coroutine `main` ends (after the cancellation of the tasks still pending,
    /// whose callbacks run then), the loop runs every done callback scheduled: a wait for each callback
    /// task `main` added, its exception caught (the loop logs it and goes on). A callback that another
    /// coroutine added cannot be named there: refused, as is a `return` before `main`'s end.
    fn await_callbacks_at_the_end(&mut self, main: usize, call: &ast::ExprCall) -> Result<()> {
        let callbacks = std::mem::take(&mut self.pending_tasks.callbacks);
        if let Some((_, _, _, line)) = callbacks.iter().find(|(maker, ..)| *maker != main) {
            return fail(
                call,
                format!(
                    "the done callback added at line {line} is added by a coroutine other than `asyncio.run`'s: Python runs it when \
                     its task ends, which weft waits for at the end of `asyncio.run`'s coroutine only; add it there"
                ),
            );
        }
        if callbacks.is_empty() {
            return Ok(());
        }
        let (mut ops, last_return) = self.steps_before_the_return(
            main,
            call,
            "`asyncio.run`'s coroutine returns before its end after adding a done callback: Python runs the callback when \
             its task ends, which weft waits for only at the end; return at the end",
        )?;
        let mut waited: Vec<String> = Vec::new();
        for (_, future, place, line) in &callbacks {
            // The callbacks of one loop share their array: one wait for each of its elements.
            if waited.iter().any(|done| holder(done) == holder(future)) {
                continue;
            }
            waited.push(future.clone());
            let flag = self.temporary(main, "ended");
            let wait = self.end_of_cancelled(flag, &ops, future, *line);
            ops.push(if_started(future, *place, wait, *line));
        }
        ops.extend(last_return);
        self.scenario.tasks[main].ops = ops;
        Ok(())
    }

    /// The steps of `asyncio.run`'s coroutine `main` taken out of it, with its final `return` apart, so
    /// that what `asyncio.run` does at its end goes between them; refused with `refusal` when `main`
    /// returns before its end too (what goes at the end would be skipped).
    fn steps_before_the_return(
        &mut self,
        main: usize,
        call: &ast::ExprCall,
        refusal: &str,
    ) -> Result<(Vec<Step>, Option<Step>)> {
        let ops = std::mem::take(&mut self.scenario.tasks[main].ops);
        let (body, last_return) = match ops.split_last() {
            Some((last, body)) if last.key == "return" => (body.to_vec(), Some(last.clone())),
            _ => (ops, None),
        };
        if contains_step(&body, "return") {
            return fail(call, refusal);
        }
        Ok((body, last_return))
    }

    /// `cancel` of one pending task (each of a local array's, by its length in `ops`).
    fn cancel_pending(&self, ops: &[Step], future: &str, line: u32) -> Step {
        let name = holder(future);
        if !future.contains('[') {
            return Step::new("cancel", Node::Quoted(name.to_string()), line);
        }
        let length = declared_length(ops, name);
        super::futures::repeat(length, vec![Step::new("cancel", Node::Quoted(format!("{name}[i]")), line)], line)
    }

    /// The wait of `asyncio.run` for a task it cancelled to end (each of a local array's): its
    /// CancelledError, or whatever it raised on the way out, caught into a flag (`_cancel_all_tasks`
    /// gathers them with `return_exceptions=True`).
    fn end_of_cancelled(&self, flag: String, ops: &[Step], future: &str, line: u32) -> Step {
        let name = holder(future);
        let element = if future.contains('[') { format!("{name}[i]") } else { name.to_string() };
        let wait = Step::new(
            "result",
            Node::Map(vec![
                ("future", Node::Quoted(element)),
                ("into_ok", Node::Plain(flag)),
                ("catches", Node::Plain("BaseException".to_string())),
            ]),
            line,
        );
        if !future.contains('[') {
            return wait;
        }
        super::futures::repeat(declared_length(ops, name), vec![wait], line)
    }
}

/// `step` on the future of a task started inside an `if` or a `try` only when it was started (its future
/// is not 0), as Python's `asyncio.run` cancels the tasks that exist.
fn if_started(future: &str, place: StartedWhere, step: Step, line: u32) -> Step {
    if place == StartedWhere::Always {
        return step;
    }
    debug_assert!(!future.contains('['), "a comprehension's array of futures is started always");
    let entries = vec![("cond", Node::Quoted(format!("{future} != 0"))), ("then", Node::Steps(vec![step]))];
    Step::new("if", Node::Map(entries), line)
}

/// The length of the local array `name` as its `let: "name = array(N)"` in `ops` declares it (1 if none).
fn declared_length(ops: &[Step], name: &str) -> usize {
    let declaration = format!("{name} = array(");
    ops.iter()
        .find_map(|step| match (&step.value, step.key) {
            (Some(Node::Quoted(text)), "let") if text.starts_with(&declaration) => {
                text[declaration.len()..].trim_end_matches(')').parse::<usize>().ok()
            }
            _ => None,
        })
        .unwrap_or(1)
}

/// Whether a step with `key` is among `steps`, at any depth.
fn contains_step(steps: &[Step], key: &str) -> bool {
    steps.iter().any(|step| {
        step.key == key
            || match &step.value {
                Some(Node::Steps(inner)) => contains_step(inner, key),
                Some(Node::Map(entries)) => {
                    entries.iter().any(|(_, node)| matches!(node, Node::Steps(inner) if contains_step(inner, key)))
                }
                _ => false,
            }
    })
}

/// `asyncio.to_thread(g, x, ...)`: a thread job of the loop's default executor.
pub(super) fn to_thread_start(call: &ast::ExprCall) -> Result<Start<'_>> {
    let Some((function, args)) = call.arguments.args.split_first() else {
        return fail(call, "`to_thread` needs the function to run");
    };
    let job = Job { function, args, keywords: &call.arguments.keywords, at: call };
    Ok(Start { executor: None, coroutine: false, job, group: None })
}

/// CPython 3.11's `wait_for` at its time-out: it has cancelled the task and now waits for it to end
/// (`_cancel_and_wait`), so the task's `except CancelledError:` and `finally` run before the caller
/// goes on; then TimeoutError only when the task ended cancelled: a task that caught its
/// CancelledError and returned gives its value, one that raised raises again. The wait's time-out is
/// never reached (a cancelled coroutine ends where it is suspended) and its `into` is the same flag: 1
/// when the task ended with a value (the `result` that follows takes it), 0 when it ended cancelled.
/// With `waiter_pass` (a `wait_for` of the awaiting task's own, not a time-out block's task), the pass of
/// `_cancel_and_wait`'s waiter follows: the task's done callback releases the waiter a pass after the
/// end, and the waiter's callback wakes the awaiter (session33/repro/r05: CPython 3 passes, 2 before).
fn wait_for_the_cancelled(future: &str, in_time: &str, waiter_pass: bool, line: u32) -> Step {
    let wait = Step::new(
        "await",
        Node::Map(vec![
            ("future", Node::Quoted(future.to_string())),
            ("timeout", Node::Plain(super::completion::CANCELLED_WAIT.to_string())),
            ("into", Node::Plain(in_time.to_string())),
        ]),
        line,
    );
    let mut then = vec![wait];
    if waiter_pass {
        then.push(gathering_future_pass(line));
    }
    Step::new(
        "if",
        Node::Map(vec![("cond", Node::Quoted(format!("not {in_time}"))), ("then", Node::Steps(then))]),
        line,
    )
}

/// `raise: class` when `flag` is 0 (a time-out nothing around the wait catches by its flag).
/// With `values` (a program that reads exception values), the class raised without arguments, as
/// asyncio's `wait_for` raises `TimeoutError()` (its message `''`).
pub(super) fn raise_if_not(flag: &str, class: &str, values: bool, line: u32) -> Step {
    let raise = Step::new("raise", super::exception_values::raised_without_arguments(class, values), line);
    Step::new(
        "if",
        Node::Map(vec![("cond", Node::Quoted(format!("{flag} == 0"))), ("then", Node::Steps(vec![raise]))]),
        line,
    )
}

/// The passes `asyncio.wait_for` adds in CPython 3.11 over `await task` when the task ends in time (its
/// waiter future, released by the task's done callback). 3.12's `wait_for` is `asyncio.timeout` around
/// the await and adds none; the import follows 3.11 (docs/python.md).
const WAIT_FOR_PASSES: usize = 1;

/// The loop pass CPython's gathering future (`gather`, `wait`, a TaskGroup's end, `wait_for`) adds
/// between the last child's end and the awaiter's resumption: the child's done callback runs on the
/// next pass and sets the outer future, whose own done callback wakes the awaiter a pass later (`await
/// task` wakes a pass after the task ends; this is a second). An `await` of no time is that pass.
pub(super) fn gathering_future_pass(line: u32) -> Step {
    Step::new("await", Node::Plain("0ns".to_string()), line)
}

/// `count` such passes when `in_time` (a wait's flag: 1 when the future finished before its time-out).
fn gathering_passes_in_time(in_time: &str, count: usize, line: u32) -> Step {
    let passes = (0..count).map(|_| gathering_future_pass(line)).collect();
    Step::new("if", Node::Map(vec![("cond", Node::Quoted(in_time.to_string())), ("then", Node::Steps(passes))]), line)
}
