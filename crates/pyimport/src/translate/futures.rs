//! `concurrent.futures` to the scenario's executors and futures (format 1.1): `with ThreadPoolExecutor(...)
//! as ex:` (or `ProcessPoolExecutor`) declares an executor, `ex.submit(f, ...)` is a `submit` of a task
//! made from `f` whose future goes into a local, `ex.map(f, items)` a `submit` per item, `fut.result()` a
//! `result`, `fut.cancel()` a `cancel`. The end of the `with` (the executor's shutdown) waits for every job
//! submitted in it. Lists of futures and of their results are local arrays.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::closure_jobs::JobCallable;
use super::{Argument, Error, Frame, NameScan, Result, Translator, collect_assigned, contains_jump, fail};
use crate::expr::Ex;
use crate::out::{Executor, Node, Step, quote};
use crate::value::{Object, Shape, Value};

/// Most futures one list comprehension or `map` may make (the scenario's local array limit).
const MAX_FUTURES: usize = 4096;
/// How long a shutdown waits on a future that was cancelled: it gives back at once when the job never
/// started, and waits for a running job (`result` of a cancelled future without a time-out is a fault).
pub(super) const SHUTDOWN_WAIT: &str = "1000000s";

/// An executor whose `with` block is being translated: the futures its shutdown waits for.
#[derive(Debug, Default)]
pub struct OpenPool {
    name: String,
    /// The task whose `with` it is.
    pub(super) task: usize,
    /// A local holding one future, or a local array of `length` of them.
    futures: Vec<(String, Option<usize>)>,
    /// Made by `ex = ThreadPoolExecutor(n)` outside a `with`: open until its `ex.shutdown()`.
    by_hand: bool,
    /// A job or thread of another task submits to it (a job submitting to its own pool): its shutdown
    /// is the scenario's `shutdown` step, which waits for every job, whoever submitted it.
    foreign_submits: bool,
    /// The futures of `futures` that are done callbacks' threads (not jobs of the executor): a
    /// `shutdown` step does not wait for them, so a shutdown waits for them after it.
    callbacks: BTreeSet<String>,
    /// `shutdown(cancel_futures=True)`: the queued jobs are cancelled, which the `shutdown` step does.
    cancel_futures: bool,
    /// A job is submitted inside an `if` or a loop the scenario runs (run_time_futures.rs): the
    /// shutdown is the `shutdown` step, which waits for every job, however many passes submitted.
    pub(super) run_time_submits: bool,
    /// Shut down by a `shutdown(wait=False)` already: a second `shutdown()` is the `shutdown` step,
    /// which waits for every job still running (repeated_shutdowns.rs).
    shut_down_before: bool,
    /// Its `with` is directly in the body of a function with an early `return` (one_pass_executors.rs).
    pub(super) in_one_pass_body: bool,
    /// An asyncio TaskGroup's `async with` (task_groups.rs), open as an executor's `with` is.
    task_group: bool,
}

/// State of the futures translation, kept on the translator.
/// Why an executor made where the scenario decides at run time is refused (`frame.dynamic`: an `if`, a
/// loop or a `try:`, whose body may run any number of times or stop part way).
const EXECUTOR_MADE_IN_A_BRANCH: &str = "an executor made inside an `if`, a loop or a `try:` the scenario runs cannot be followed at import time (whether it is made, or how often, is known only at run time); make it before";

#[derive(Debug, Default)]
pub struct FuturesState {
    pub(super) open: Vec<OpenPool>,
    /// `ex.map(f, items, chunksize=n)` of a process pool, each checked once the program is translated
    /// (map_chunks.rs): the executor and the keyword.
    pub(super) chunked_maps: Vec<(String, ruff_text_size::TextRange)>,
    /// Futures (by the local or array that holds them) that something cancels.
    pub(super) cancelled: BTreeSet<String>,
    /// A loop's local bound to each element of an array of futures in turn (`for f in fs:`), and the
    /// array: `f.cancel()` cancels futures of the array, which the shutdown must know.
    pub(super) element_locals: BTreeMap<String, String>,
    /// A task per function, executor and arguments fixed at import time.
    pub(super) job_tasks: BTreeMap<String, usize>,
    /// Per job task: its parameters given by `submit`, with the task's local for each.
    pub(super) job_parameters: BTreeMap<usize, Vec<(String, String)>>,
    /// A `for` loop's variable over an array of futures whose body adds a done callback: the local
    /// array (and its length) that keeps each pass's callback thread (`futures_loop`).
    pub(super) loop_callbacks: BTreeMap<String, (String, usize)>,
    /// Queues of `multiprocessing.Queue()`: other processes may use them.
    pub interprocess_queues: BTreeSet<String>,
    /// Executors that are `multiprocessing.Pool`s: their `map` waits for every result.
    pub(super) multiprocessing_pools: BTreeSet<String>,
    /// The functions of the coroutine tasks each local (or local array) was given by a start, in any
    /// task: what a `cancel` of it may interrupt (cancelled_structures.rs).
    pub(super) coroutine_functions: BTreeMap<String, BTreeSet<String>>,
    /// A dict from each future to its item (`{ex.submit(f, x): x for x in items}`): the array of futures
    /// and the local array of items beside it (translate/future_dicts.rs).
    pub(super) item_arrays: BTreeMap<String, String>,
    /// A job submits to an executor another task made: it raises RuntimeError when that executor is
    /// shut down first, so the program's jobs may raise (`translate` then makes its second pass).
    pub(super) jobs_submit_elsewhere: bool,
    /// The scenario `try:`s whose bodies are being translated (executor_raises.rs).
    pub(super) open_tries: Vec<super::executor_raises::OpenTry>,
    /// The `done` queues of timed `wait(FIRST_COMPLETED)`s, empty when nothing finished in time
    /// (timed_first_completed.rs).
    pub(super) may_be_empty_done: BTreeSet<String>,
    /// The queues of lists of futures filtered by `done()` (`[t for t in tasks if t.done()]`), whose
    /// `pop()` takes the last item, not any (done_lists.rs).
    pub(super) done_lists: BTreeSet<String>,
    /// The loops over `ex.map(...)` whose bodies are being translated: the task, and how many scenario
    /// `try:`s were open when each began (executor_raises.rs).
    pub(super) map_loops: Vec<(usize, usize)>,
    /// The locals that hold a future made inside an `if` or a loop the scenario runs (run_time_futures.rs).
    pub(super) run_time_futures: BTreeSet<String>,
    /// Every done callback's task, checked for waits at the end (blocking_done_callbacks.rs).
    pub(super) done_callbacks: Vec<super::blocking_done_callbacks::DoneCallback>,
    /// What made the futures each local or local array holds, for `f.done()` and its kin
    /// (future_states.rs).
    pub(super) state_makers: super::future_states::FutureMakers,
    /// Executors made by hand and shut down, for a second `shutdown` (repeated_shutdowns.rs).
    pub(super) shut_down: super::repeated_shutdowns::ShutDownPools,
    /// The tasks that read a future's state (`f.cancelled()`), for a done callback given futures of
    /// another maker later (callback_states.rs).
    pub(super) state_reading_tasks: BTreeSet<usize>,
    /// The locals into which an adder reads a future's state before running a done callback at once
    /// (done_callbacks_at_once.rs): the `if` on one holds the callback's own body.
    pub(super) at_once_states: BTreeSet<String>,
    /// The lists of a gather's outcomes of a `not_done` set, by task and name (gathered_outcome_zips.rs).
    pub(super) gathered_outcomes: BTreeMap<(usize, String), super::gathered_outcome_zips::GatheredOutcomes>,
    /// The arrays of futures of dicts whose items beside them are distinct (future_keyed_stores.rs).
    pub(super) distinct_items: BTreeSet<String>,
    /// The lists filtered from a `done` set, by task and name, each walked as the set with its test
    /// (filtered_future_sets.rs).
    pub(super) filtered_sets: BTreeMap<(usize, String), super::filtered_future_sets::FilteredSet>,
}

/// The refusal for a name of concurrent.futures, asyncio or multiprocessing that weft import does not
/// translate where it is used. `None` for any other name.
pub fn refusal(qualified: &str) -> Option<String> {
    let family = ["concurrent.futures", "asyncio", "multiprocessing"]
        .into_iter()
        .find(|family| qualified == *family || qualified.starts_with(&format!("{family}.")))?;
    let short = qualified.rsplit('.').next().unwrap_or(qualified);
    let message = match qualified {
        "concurrent.futures.ThreadPoolExecutor" | "concurrent.futures.ProcessPoolExecutor" => format!(
            "`{qualified}` is translated where it is made: `with {short}(max_workers=N) as ex:` (its shutdown at the end of the `with` waits for the jobs), or `ex = {short}(N)` and later `ex.shutdown()`"
        ),
        "concurrent.futures.as_completed" | "asyncio.as_completed" => format!(
            "`{qualified}` is imported as the list a `for` runs over (`for f in {short}(futures):`); \
             use it there"
        ),
        "concurrent.futures.wait" | "asyncio.wait" => {
            format!("`{qualified}` is imported as a statement or as `done, not_done = {short}(futures)`; use it there")
        }
        "multiprocessing.Pool" => {
            "`multiprocessing.Pool` is translated where it is made: `with multiprocessing.Pool(N) as pool:`, or `pool = multiprocessing.Pool(N)` and later `pool.close()` and `pool.join()`".to_string()
        }
        // Taken as a statement, an assignment's value, an operand or an argument that has steps of its
        // own; elsewhere on a line of its own before the statement (hoisting.rs), where that keeps
        // Python's order.
        "asyncio.run" => crate::hoisting::call_inside_expression("asyncio.run"),
        "asyncio.sleep" | "asyncio.gather" | "asyncio.wait_for" | "asyncio.to_thread" => format!(
            "`{qualified}` is translated where it is awaited: `await {qualified}(...)` on a line of its own, or assigned to a name"
        ),
        // Made inside another expression (an argument: session29/checks/x05), where it would be a new
        // object each time the expression runs; imported where it is bound to a name.
        "asyncio.Lock" | "asyncio.Event" | "asyncio.Condition" | "asyncio.Semaphore" | "asyncio.BoundedSemaphore"
        | "asyncio.Queue" => format!(
            "`{qualified}(...)` is translated where it is bound to a name: make it on a line of its own (`{lower} = {qualified}(...)`) and use the name here",
            lower = short.to_lowercase()
        ),
        _ => format!(
            "`{qualified}` ({family}) is not imported yet: weft import translates threading, queue, time, \
             concurrent.futures executors, asyncio tasks and multiprocessing's Process, Queue, JoinableQueue, Pipe, Pool, Value, Array, Event and Lock so far"
        ),
    };
    Some(message)
}

fn is_executor(qualified: &str) -> bool {
    matches!(
        qualified,
        "concurrent.futures.ThreadPoolExecutor" | "concurrent.futures.ProcessPoolExecutor" | "multiprocessing.Pool"
    )
}

impl OpenPool {
    /// The executor's scenario name.
    pub(super) fn name(&self) -> &str {
        &self.name
    }

    /// Whether `holder` (a local or a local array) holds futures of this executor's jobs.
    pub(super) fn holds(&self, holder: &str) -> bool {
        self.futures.iter().any(|(future, _)| future == holder)
    }

    /// An executor or task group whose `with` opens in `task`: nothing submitted yet.
    pub(super) fn new(name: String, task: usize) -> OpenPool {
        OpenPool { name, task, ..OpenPool::default() }
    }

    /// A TaskGroup's `async with`, open as an executor's `with` is (task_groups.rs).
    pub(super) fn task_group(name: String, task: usize) -> OpenPool {
        OpenPool { task_group: true, ..OpenPool::new(name, task) }
    }

    pub(super) fn is_task_group(&self) -> bool {
        self.task_group
    }

    /// The futures submitted to it (a local, or a local array with its length).
    pub(super) fn futures(&self) -> &[(String, Option<usize>)] {
        &self.futures
    }

    pub(super) fn is_named(&self, name: &str) -> bool {
        self.name == name
    }

    /// Whether its shutdown is the scenario's `shutdown` step rather than a wait for each future.
    fn shuts_down_by_step(&self) -> bool {
        self.foreign_submits || self.cancel_futures || self.run_time_submits || self.shut_down_before
    }

    /// Shut down by a `shutdown(wait=False)` already, whose jobs a second `shutdown()` waits for.
    pub(super) fn mark_shut_down_before(&mut self) {
        self.shut_down_before = true;
        // The first call cancelled what was queued; the second cancels nothing.
        self.cancel_futures = false;
    }

    /// The `shutdown` step: the executor's name alone for Python's default (`wait=True`), else the map.
    fn shutdown_step(&self, wait: bool, line: u32) -> Step {
        if wait && !self.cancel_futures {
            return Step::new("shutdown", Node::Plain(self.name.clone()), line);
        }
        let mut entries = vec![("executor", Node::Plain(self.name.clone()))];
        if !wait {
            entries.push(("wait", Node::Plain("false".to_string())));
        }
        if self.cancel_futures {
            entries.push(("cancel_futures", Node::Plain("true".to_string())));
        }
        Step::new("shutdown", Node::Map(entries), line)
    }
}

impl<'a> Translator<'a> {
    /// `with ThreadPoolExecutor(max_workers=n) as ex:`; `Ok(false)` when the item is no executor.
    pub(super) fn executor_with(
        &mut self,
        frame: &mut Frame,
        item: &ast::WithItem,
        rest: &[ast::WithItem],
        body: &[Stmt],
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<bool> {
        let Expr::Call(call) = &item.context_expr else {
            return Ok(false);
        };
        let Ok(Ex::Static(Value::Module(callee))) = self.expr(frame, &call.func, false) else {
            return Ok(false);
        };
        if !is_executor(&callee) {
            return Ok(false);
        }
        // Directly in the body of a function with an early `return` (one_pass_executors.rs).
        if frame.dynamic > 0 && !self.directly_in_a_one_pass_body(frame) {
            return fail(call, EXECUTOR_MADE_IN_A_BRANCH);
        }
        if contains_jump(body) {
            return fail(
                item,
                "`break`, `continue` or `return` inside the `with` of an executor would leave before its shutdown; \
                 move it after the `with`",
            );
        }
        let multiprocessing = callee == "multiprocessing.Pool";
        self.check_thread_name_prefix(call, &callee)?;
        let workers = self.max_workers(frame, call, if multiprocessing { "processes" } else { "max_workers" })?;
        self.note_default_pool(call, &callee, workers);
        let hint = match item.optional_vars.as_deref() {
            Some(Expr::Name(name)) => name.id.to_string(),
            None => "pool".to_string(),
            Some(other) => return fail(other, "`with ... as` an executor binds one name"),
        };
        let name = self.object_name(&hint);
        let process = callee.ends_with("ProcessPoolExecutor") || multiprocessing;
        self.scenario.executors.push(Executor { name: name.clone(), workers, process });
        if multiprocessing {
            self.futures.multiprocessing_pools.insert(name.clone());
        }
        if item.optional_vars.is_some() {
            let executor = Value::Object(Object::Executor { name: name.clone(), process });
            if self.is_global_target(frame, &hint) {
                self.globals.insert(hint, executor);
            } else {
                frame.locals.insert(hint, executor);
            }
        }
        let in_one_pass_body = frame.dynamic > 0;
        self.futures.open.push(OpenPool { in_one_pass_body, ..OpenPool::new(name.clone(), frame.task) });
        let result = self.with_items(frame, rest, body, out, next_line);
        let pool = self.close_pool(&name);
        result?;
        let line = self.line(item);
        self.shutdown_waits(frame, pool, out, line);
        Ok(true)
    }

    /// Takes the open executor `name` off the list of open ones (a `with`'s end or a `shutdown`).
    pub(super) fn close_pool(&mut self, name: &str) -> OpenPool {
        match self.futures.open.iter().rposition(|pool| pool.name == name) {
            Some(position) => self.futures.open.remove(position),
            None => OpenPool::default(),
        }
    }

    /// The shutdown's waits: one for each future submitted to the executor, in the order submitted.
    /// When a job or thread of another task submits to it too, whose futures the waits could not name,
    /// the scenario's `shutdown` step waits for every job of the executor instead (and makes a later
    /// `submit` raise RuntimeError, as Python's does), then the waits for its done callbacks' threads.
    pub(super) fn shutdown_waits(&mut self, frame: &Frame, pool: OpenPool, out: &mut Vec<Step>, line: u32) {
        let by_step = pool.shuts_down_by_step();
        if by_step {
            out.push(pool.shutdown_step(true, line));
        }
        for (future, length) in pool.futures {
            if by_step && !pool.callbacks.contains(&future) {
                continue;
            }
            match length {
                None => out.push(self.shutdown_wait(frame, &future, line)),
                Some(length) => {
                    let wait = self.shutdown_wait(frame, &format!("{future}[i]"), line);
                    out.push(repeat(length, vec![wait], line));
                }
            }
        }
    }

    /// `ex = ThreadPoolExecutor(n)` outside a `with`: an executor open until the same task's
    /// `ex.shutdown()`, which waits for the jobs submitted before it, as a `with`'s end does. One made
    /// inside an `if` or a loop the scenario runs could not be followed.
    pub(super) fn executor_by_hand(
        &mut self,
        frame: &Frame,
        hint: &str,
        callee: &str,
        call: &ast::ExprCall,
    ) -> Result<Value> {
        if frame.dynamic > 0 {
            return fail(call, EXECUTOR_MADE_IN_A_BRANCH);
        }
        let multiprocessing = callee == "multiprocessing.Pool";
        self.check_thread_name_prefix(call, callee)?;
        let workers = self.max_workers(frame, call, if multiprocessing { "processes" } else { "max_workers" })?;
        self.note_default_pool(call, callee, workers);
        let name = self.object_name(hint);
        let process = callee.ends_with("ProcessPoolExecutor") || multiprocessing;
        self.scenario.executors.push(Executor { name: name.clone(), workers, process });
        if multiprocessing {
            self.futures.multiprocessing_pools.insert(name.clone());
        }
        self.futures.open.push(OpenPool { name: name.clone(), task: frame.task, by_hand: true, ..OpenPool::default() });
        Ok(Value::Object(Object::Executor { name, process }))
    }

    /// `ex.shutdown()`, `ex.shutdown(wait=True)` (its waits for the jobs submitted before it) or
    /// `ex.shutdown(wait=False)` (no wait: the jobs run on, and the program's end waits for them, as
    /// CPython's exit joins the workers) of an executor made outside a `with`, in the task that made
    /// it, outside any `if` or loop the scenario runs (it shuts down once). A submit after it is
    /// refused (Python's RuntimeError).
    fn shutdown_by_hand(
        &mut self,
        frame: &Frame,
        executor: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let Some(pool) = self.futures.open.iter().rev().find(|pool| pool.name == executor) else {
            return self.shutdown_again(frame, executor, call, out, line);
        };
        if !pool.by_hand {
            return fail(call, "the `with` of the executor shuts it down at its end; drop this `shutdown`");
        }
        if pool.task != frame.task || frame.dynamic > 0 {
            return fail(
                call,
                "`shutdown` of an executor is supported in the code that made it, outside any `if` or loop the scenario runs",
            );
        }
        let (wait, cancel_futures) = self.shutdown_arguments(frame, call)?;
        if cancel_futures {
            self.check_cancel_futures(executor, call)?;
        }
        let mut pool = self.close_pool(executor);
        if cancel_futures {
            // Any job of it may be cancelled (one still queued), which a later `result` must allow.
            let jobs = pool.futures.iter().filter(|(future, _)| !pool.callbacks.contains(future));
            self.futures.cancelled.extend(jobs.map(|(future, _)| future.clone()));
            pool.cancel_futures = true;
        }
        if wait {
            self.shutdown_waits(frame, pool, out, line);
            self.note_shut_down(executor, frame.task, None);
        } else {
            if pool.shuts_down_by_step() {
                // The jobs run on, but one that submits after this raises RuntimeError.
                out.push(pool.shutdown_step(false, line));
            }
            self.note_shut_down(executor, frame.task, Some(pool));
        }
        Ok(())
    }

    /// `shutdown(wait=True, *, cancel_futures=False)`'s arguments, known at import time.
    pub(super) fn shutdown_arguments(&self, frame: &Frame, call: &ast::ExprCall) -> Result<(bool, bool)> {
        let mut wait = match &call.arguments.args[..] {
            [] => None,
            [wait] => Some(self.static_int(frame, wait)? != 0),
            _ => return fail(call, "`shutdown(wait, cancel_futures=...)` takes one positional argument"),
        };
        let mut cancel_futures = false;
        for keyword in &call.arguments.keywords {
            match keyword.arg.as_ref().map(|arg| arg.as_str()) {
                Some("wait") if wait.is_none() => wait = Some(self.static_int(frame, &keyword.value)? != 0),
                Some("cancel_futures") => cancel_futures = self.static_int(frame, &keyword.value)? != 0,
                _ => return fail(keyword, "`shutdown` takes `wait` and `cancel_futures`"),
            }
        }
        Ok((wait.unwrap_or(true), cancel_futures))
    }

    /// The executor's `max_workers` (`processes` of a multiprocessing Pool); `None` when the call leaves
    /// it out, for CPython's default, which the scenario computes from the machine's cores when it loads.
    fn max_workers(&self, frame: &Frame, call: &ast::ExprCall, keyword: &str) -> Result<Option<u64>> {
        let given = call.arguments.args.first().or(call.arguments.find_keyword(keyword).map(|k| &k.value));
        if let Some(initializer) = call.arguments.find_keyword("initializer") {
            return fail(
                initializer,
                "a pool's `initializer` is not imported yet: it runs once in each worker, whose state it sets then lasts from one job to the next, which weft does not model; give each job what it needs as an argument",
            );
        }
        if call.arguments.args.len() > 1
            || call.arguments.keywords.iter().any(|k| {
                k.arg.as_ref().is_none_or(|a| {
                    a.as_str() != keyword && a.as_str() != super::thread_name_prefixes::THREAD_NAME_PREFIX
                })
            })
        {
            return fail(call, format!("an executor takes `{keyword}` only in weft's subset"));
        }
        let Some(given) = given else { return Ok(None) };
        let workers = self.static_int(frame, given)?;
        if !(1..=1024).contains(&workers) {
            return fail(given, format!("`{keyword}` must be 1 to 1024 (Python raises ValueError for 0 or less)"));
        }
        Ok(Some(workers as u64))
    }

    /// The shutdown's wait for one job: its `result` (a cancelled one's with a time-out and `into_ok`, so a
    /// job that never ran is no CancelledError).
    fn shutdown_wait(&mut self, frame: &Frame, future: &str, line: u32) -> Step {
        let holder = future.split('[').next().unwrap_or(future);
        let mut entries = vec![("future", Node::Quoted(future.to_string()))];
        let cancelled = self.futures.cancelled.contains(holder);
        if cancelled || self.job_exceptions_kept() {
            let ok = self.temporary(frame.task, "finished");
            if cancelled {
                entries.push(("timeout", Node::Plain(SHUTDOWN_WAIT.to_string())));
            }
            entries.push(("into_ok", Node::Plain(ok)));
        }
        if self.job_exceptions_kept() {
            // The shutdown waits for a job that raised without raising its exception.
            entries.push(("catches", Node::Plain("Exception".to_string())));
        }
        Step::new("result", Node::Map(entries), line)
    }

    /// The executor a receiver expression names, if it is one of an open `with`.
    fn open_executor(&self, frame: &Frame, receiver: &Expr) -> Option<(String, bool)> {
        match self.expr(frame, receiver, false) {
            Ok(Ex::Static(Value::Object(Object::Executor { name, process }))) => Some((name, process)),
            _ => None,
        }
    }

    /// `local` holds one element of the array of futures `futures` at a time (a loop's variable).
    pub(super) fn note_element_local(&mut self, local: &str, futures: &str) {
        self.futures.element_locals.insert(local.to_string(), futures.to_string());
    }

    /// Whether something cancels the future `future` (a local, an element of a local array, or a loop's
    /// local over one).
    pub(super) fn may_be_cancelled(&self, future: &str) -> bool {
        let holder = future.split('[').next().unwrap_or(future);
        self.is_cancelled(self.futures.element_locals.get(holder).map_or(holder, String::as_str))
    }

    /// Whether something cancels the futures held in `holder` (a local or a local array).
    pub(super) fn is_cancelled(&self, holder: &str) -> bool {
        self.futures.cancelled.contains(holder)
    }

    pub(super) fn track(&mut self, executor: &str, future: String, length: Option<usize>) {
        if let Some(pool) = self.futures.open.iter_mut().rev().find(|pool| pool.name == executor) {
            pool.futures.push((future, length));
        }
    }

    /// A `submit` on a multiprocessing Pool is refused (it has none) unless it is the rewrite of an
    /// `apply_async` or `apply` the program wrote (pool_calls.rs keeps the written name's range).
    pub(super) fn check_not_multiprocessing(&self, executor: &str, call: &ast::ExprCall) -> Result<()> {
        let written = match &*call.func {
            Expr::Attribute(attribute) => self.source.text.get(attribute.attr.range.to_std_range()).unwrap_or(""),
            _ => "",
        };
        if self.futures.multiprocessing_pools.contains(executor)
            && !matches!(written, "apply_async" | "apply" | "imap_unordered")
        {
            return fail(
                call,
                "a multiprocessing Pool has no `submit`: use `apply_async` or `map` (or a ProcessPoolExecutor)",
            );
        }
        Ok(())
    }

    /// Whether code of `task` being translated is inside its executor's `with` (whose end waits for
    /// the jobs).
    pub(super) fn inside_executor_with(&self, task: usize) -> bool {
        self.futures.open.iter().any(|pool| pool.task == task)
    }

    /// `ex.submit(job, ...).add_done_callback(cb)`: the submit into a future of its own, as a `submit`
    /// statement makes, then the callback on it. `Ok(false)` when `call` is not of that form.
    pub(super) fn submitted_callback(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Attribute(attribute) = &*call.func else { return Ok(false) };
        let Expr::Call(submit) = &*attribute.value else { return Ok(false) };
        let Expr::Attribute(method) = &*submit.func else { return Ok(false) };
        if attribute.attr.as_str() != "add_done_callback" || method.attr.as_str() != "submit" {
            return Ok(false);
        }
        let Some((name, process)) = self.open_executor(frame, &method.value) else { return Ok(false) };
        let future = self.fresh_temporary(frame.task, "future");
        self.note_run_time_submit(&name, frame);
        if frame.dynamic > 0 {
            // Each pass's callback thread in one local: refused (run_time_futures.rs).
            self.futures.run_time_futures.insert(future.clone());
        }
        self.submit(frame, (&name, process), submit, Node::Plain(future.clone()), out, line)?;
        self.track(&name, future.clone(), None);
        self.add_done_callback(frame, &future, call, out, line)?;
        Ok(true)
    }

    /// `fut.add_done_callback(cb)` of a job's future: CPython runs `cb(fut)` in the thread that finishes
    /// the job, once its result is set, or at once in the caller when the job is done already. Here a
    /// thread of its own that waits for the future, then runs `cb`'s body with `fut` (its `result()`
    /// gives at once): it may run at each of those moments and later ones too (a superset of CPython's
    /// orders, never fewer). The executor's shutdown waits for it, as CPython's waits for the worker
    /// that runs it; a future whose executor is shut down already (its job done) has its callback
    /// waited for at once, as the caller runs it.
    fn add_done_callback(
        &mut self,
        frame: &mut Frame,
        future: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let ([callback], []) = (&call.arguments.args[..], &call.arguments.keywords[..]) else {
            return fail(call, "`add_done_callback(fn)` takes the one function");
        };
        self.refuse_run_time_callback(future, call)?;
        let holder = future.split('[').next().unwrap_or(future);
        // A loop's variable over an array of futures stands for the array's elements.
        let holder = self.futures.element_locals.get(holder).map_or(holder, String::as_str).to_string();
        let callable = self.job_callable(frame, callback, "a done callback")?;
        if frame.coroutine && self.started_task(frame.task, &holder) {
            let in_loop = self.futures.loop_callbacks.get(future).cloned();
            return self.task_done_callback(frame, (&callable, future), in_loop, call, out, line);
        }
        let maker = self.futures.state_makers.get(&(frame.task, holder.clone())).copied();
        let (task, watched) = self.callback_task(&callable, maker, call, line)?;
        let executor = self
            .futures
            .open
            .iter()
            .rev()
            .find(|pool| pool.task == frame.task && pool.futures.iter().any(|(held, _)| *held == holder))
            .map(|pool| pool.name.clone());
        // In a `for` over futures (`futures_loop`), each pass's callback into its own element.
        let in_loop = self.futures.loop_callbacks.get(future).cloned();
        let (callback_future, kept) = match &in_loop {
            Some((array, length)) => (format!("{array}[i]"), (array.clone(), Some(*length))),
            None => {
                let local = self.fresh_temporary(frame.task, "callback");
                (local.clone(), (local, None))
            }
        };
        let submit = Step::new(
            "submit",
            Node::Map(vec![
                ("task", Node::Task(task)),
                ("args", Node::Plain(format!("{{ {watched}: {} }}", quote(future)))),
                (
                    "into",
                    if in_loop.is_some() {
                        Node::Quoted(callback_future.clone())
                    } else {
                        Node::Plain(callback_future.clone())
                    },
                ),
            ]),
            line,
        );
        let mut later = vec![submit];
        match executor {
            Some(executor) => {
                let (held, length) = kept;
                if length.is_none() {
                    self.note_cancel_callback(frame.task, future, &held);
                }
                self.track(&executor, held.clone(), length);
                if let Some(pool) = self.futures.open.iter_mut().rev().find(|pool| pool.name == executor) {
                    pool.callbacks.insert(held);
                }
            }
            // The caller runs the callback at once; CPython logs an exception it raises and goes on.
            None => later.push(self.shutdown_wait(frame, &callback_future, line)),
        }
        // A future done already has its callback run here, at once (done_callbacks_at_once.rs); where its
        // body cannot be translated here, the callback's thread is started and waited for.
        let mut waited = later[..1].to_vec();
        waited.push(self.shutdown_wait(frame, &callback_future, line));
        let branches = (later, waited);
        out.extend(self.done_callback_now_or_later(
            frame,
            &callable,
            future,
            &callback_future,
            branches,
            call,
            line,
        )?);
        Ok(())
    }

    /// The thread that runs a done callback: it waits for its future (`watched`), then runs the
    /// callback's body with the future as its argument. One task per callback function; gives it and
    /// the task's local for the future.
    /// `maker` made the future the callback is added to (callback_states.rs).
    fn callback_task(
        &mut self,
        callable: &JobCallable,
        maker: Option<super::future_states::FutureMaker>,
        call: &ast::ExprCall,
        line: u32,
    ) -> Result<(usize, String)> {
        let function = callable.function.as_str();
        let key = self.callback_key(callable, "done callback");
        if let Some(&task) = self.futures.job_tasks.get(&key) {
            let watched = self.futures.job_parameters[&task][0].1.clone();
            self.note_callback_future_maker((task, &watched), maker, false, call)?;
            return Ok((task, watched));
        }
        // `lambda fut: results.append(fut.result())`: a statement, no function of the file.
        let statement = callable.lambda.as_ref().is_some_and(|lambda| lambda.statement.is_some());
        if !statement {
            let Some(def) = self.functions.get(function).copied() else {
                return fail(call, format!("`{function}` is not a function of this file"));
            };
            if def.is_async {
                return fail(call, format!("`{function}` is `async def`; a done callback is a plain function"));
            }
        }
        if self.scenario.tasks.len() >= super::MAX_TASKS {
            return fail(call, format!("more than {} tasks", super::MAX_TASKS));
        }
        let base = if statement { "lambda" } else { function };
        let task = self.new_task(&format!("{base}_callback"), true, line);
        let mut frame = Frame::new(task, false, true);
        let watched = self.bind_local(&mut frame, "watched");
        self.note_callback_future_maker((task, &watched), maker, true, call)?;
        let mut wait = vec![("future", Node::Quoted(watched.clone()))];
        // A future cancelled before it ran calls its callbacks too (at `cancel()`, session31/repro r02):
        // the wait takes its cancel as its end rather than raising CancelledError in the callback.
        let waits_catch = self.job_exceptions_kept() || self.tasks_cancelled_explicitly;
        if waits_catch {
            // The callback runs however the job ended; its `exception()` or `result()` tells.
            wait.push(("into_ok", Node::Plain(self.fresh_temporary(task, "ended"))));
            wait.push(("catches", Node::Plain("BaseException".to_string())));
        }
        let wait = Step::new("result", Node::Map(wait), line);
        let mut ops = Vec::new();
        let shared_before = self.scenario.shared.len();
        match callable.lambda.as_deref() {
            Some(lambda) if lambda.statement.is_some() => {
                let callee = Frame::new(task, false, true);
                self.statement_callback(callee, lambda, Value::Future(watched.clone()), &mut ops, call)?;
            }
            _ => {
                let future = vec![Argument::Static(Value::Future(watched.clone()))];
                let (arguments, keywords) = self.callable_arguments(callable, future, Vec::new(), call)?;
                self.run_function(&mut frame, function, arguments, keywords, &mut ops, call.range(), false)?;
            }
        }
        let mut body = vec![wait];
        body.extend(self.done_callback_body(ops, waits_catch, line));
        self.scenario.tasks[task].ops = body;
        self.claim_run_memory(task, shared_before);
        self.futures.job_tasks.insert(key, task);
        self.futures.job_parameters.insert(task, vec![("watched".to_string(), watched.clone())]);
        let done_callback =
            super::blocking_done_callbacks::DoneCallback { task, watched: watched.clone(), at: call.range() };
        self.futures.done_callbacks.push(done_callback);
        Ok((task, watched))
    }

    /// A job goes to an open executor: one whose `with` or `shutdown` the import has not passed yet.
    pub(super) fn check_open(&self, executor: &str, at: &impl Ranged) -> Result<()> {
        if self.futures.open.iter().any(|pool| pool.name == executor) {
            return Ok(());
        }
        fail(at, "this executor is shut down (its `with` has ended, or `shutdown` was called); submit before")
    }

    /// `task` submits to `executor`: when it is not the task that made it (a job submitting to its own
    /// pool, as session 11's b3 and session 14's f08 do), the job's future is a local the shutdown's
    /// waits cannot name, so the shutdown waits for every job of the executor (`shutdown_waits`).
    fn note_submitter(&mut self, executor: &str, task: usize) {
        if let Some(pool) = self.futures.open.iter_mut().rev().find(|pool| pool.name == executor)
            && pool.task != task
        {
            pool.foreign_submits = true;
            self.futures.jobs_submit_elsewhere |= self.scenario.tasks[task].executor.is_some();
        }
    }

    // ---- statements ------------------------------------------------------------------------------

    /// `ex.submit(...)`, `ex.map(...)`, `fut.result(...)`, `fut.cancel()` as statements. `Ok(false)` when
    /// the receiver is neither an executor nor a future.
    pub(super) fn futures_method_statement(
        &mut self,
        frame: &mut Frame,
        receiver: &Value,
        method: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        match (receiver, method) {
            (Value::Object(Object::Executor { name, process }), "submit") => {
                self.note_run_time_submit(name, frame);
                // Each its own: the shutdown waits for every future (one name for two lost the first).
                let future = self.fresh_temporary(frame.task, "future");
                self.submit(frame, (name, *process), call, Node::Plain(future.clone()), out, line)?;
                self.track(name, future, None);
            }
            (Value::Object(Object::Executor { name, process }), "map") => {
                self.note_run_time_submit(name, frame);
                let (futures, length) = self.map(frame, (name, *process), call, out, line)?;
                if self.futures.multiprocessing_pools.contains(name) {
                    // Pool.map gives a list: it waits for every result before it returns.
                    out.push(wait_for_each(&futures, length, line));
                }
            }
            (Value::Object(Object::Executor { name, .. }), "shutdown") => {
                self.shutdown_by_hand(frame, name, call, out, line)?;
            }
            (Value::Object(Object::Executor { .. }), other) => {
                return fail(call, format!("`{other}` of an executor is not supported (`submit` and `map` are)"));
            }
            (Value::Future(future), "result") => {
                self.result_step(frame, future, call, None, out, line)?;
            }
            (Value::Future(future), "add_done_callback") => {
                self.add_done_callback(frame, future, call, out, line)?;
            }
            (Value::Future(future), "cancel") => {
                self.cancel_step(frame.task, future, call, Node::Quoted(future.clone()), out, line)?;
            }
            // `print(type(f.exception()).__name__)`'s wait (argument_waits.rs), its value not kept.
            (Value::Future(future), "exception") => {
                // A coroutine's `task.exception()` does not wait: a task not yet done raises.
                if frame.coroutine && !self.known_finished(frame, future) {
                    return fail(
                        call,
                        "`exception()` in a coroutine does not wait (a task not yet done raises InvalidStateError); `await` the task first",
                    );
                }
                self.exception_wait(frame, future, call, out, line)?;
            }
            (Value::Future(_), other) => {
                return fail(
                    call,
                    format!(
                        "`{other}` of a future is not supported here (`result` and `cancel` are; `exception()` in an `if` test)"
                    ),
                );
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `list(ex.map(f, items))` as a statement, its list dropped: every job submitted, then each result
    /// waited for in order, as the list's iterator does (a job's exception raised again at its turn).
    /// `Ok(false)` for any other call.
    pub(super) fn list_of_map_statement(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Some((executor, map_call)) = self.list_of_map(frame, call) else {
            return Ok(false);
        };
        let (futures, length) = self.map(frame, (&executor.0, executor.1), map_call, out, line)?;
        out.push(wait_for_each(&futures, length, line));
        Ok(true)
    }

    /// `fut.result()` / `fut.result(timeout=t)` into `into` (none: the value is dropped).
    pub(super) fn result_step(
        &mut self,
        frame: &Frame,
        future: &str,
        call: &ast::ExprCall,
        into: Option<Node>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if frame.coroutine && !self.known_finished(frame, future) {
            // A coroutine's `task.result()` does not wait: a task not yet done raises InvalidStateError.
            return fail(
                call,
                "`result()` in a coroutine does not wait (a task not yet done raises InvalidStateError); `await` the task, or take the result after `await asyncio.gather(...)` or `asyncio.wait(...)`",
            );
        }
        let timeout = match (call.arguments.args.first(), call.arguments.find_keyword("timeout")) {
            (Some(arg), None) if call.arguments.args.len() == 1 => Some(arg),
            (None, Some(keyword)) if call.arguments.keywords.len() == 1 => Some(&keyword.value),
            (None, None) => None,
            _ => return fail(call, "`result` takes one argument, `timeout`"),
        };
        let mut entries = vec![("future", Node::Quoted(future.to_string()))];
        if let Some(timeout) = timeout
            && self.static_value(frame, timeout)? != Value::None
        {
            // Without `into_ok` a time-out is TimeoutError, as in Python.
            entries.push(("timeout", Node::Plain(self.duration(frame, timeout)?)));
        }
        if let Some(into) = into {
            entries.push(("into", into));
        }
        let caught = self.catch_job_exception(future, call, timeout.is_some(), &mut entries)?;
        out.push(Step::new("result", Node::Map(entries), line));
        if caught {
            // The rest of the `try` runs only when the job raised nothing (`try_timed` splits here).
            self.timeout_catch.as_mut().expect("caught").1 = Some(out.len());
        }
        Ok(())
    }

    /// `if f.exception() is not None:` (also `is None`, and the call's own truth): Python waits for the
    /// job and gives its exception, or None when it returned. A `result` with `catches: Exception` puts 0
    /// in a flag when the job raised; the test becomes the flag's truth, negated or not. `None` when the
    /// test is not of that form.
    pub(super) fn exception_test(
        &mut self,
        frame: &mut Frame,
        test: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Expr>> {
        let (call, raised_is_true) = match test {
            Expr::Compare(compare)
                if matches!(&compare.comparators[..], [Expr::NoneLiteral(_)])
                    && matches!(compare.ops[..], [ast::CmpOp::Is | ast::CmpOp::IsNot]) =>
            {
                (&*compare.left, compare.ops[0] == ast::CmpOp::IsNot)
            }
            call => (call, true),
        };
        let Expr::Call(call) = call else { return Ok(None) };
        let Expr::Attribute(attribute) = &*call.func else { return Ok(None) };
        if attribute.attr.as_str() != "exception" {
            return Ok(None);
        }
        let Ok(Ex::Static(Value::Future(future))) = self.expr(frame, &attribute.value, false) else {
            return Ok(None);
        };
        let returned = self.exception_wait(frame, &future, call, out, line)?;
        let flag = super::local_reference(frame, &returned, test);
        if !raised_is_true {
            return Ok(Some(flag));
        }
        let negated = ast::ExprUnaryOp {
            node_index: ast::AtomicNodeIndex::default(),
            range: test.range(),
            op: ast::UnaryOp::Not,
            operand: Box::new(flag),
        };
        Ok(Some(Expr::UnaryOp(negated)))
    }

    /// `f.result()` as the first statement of a `try:` whose handler catches the job's exception
    /// (`try_timed`): `into_ok` (0 when the job raised a class the handler catches) and `catches`.
    /// Whether it is one. A time-out (TimeoutError) or a cancelled future (CancelledError) is caught too
    /// by `into_ok`, so only `except Exception:` may meet them.
    fn catch_job_exception(
        &mut self,
        future: &str,
        call: &ast::ExprCall,
        has_timeout: bool,
        entries: &mut Vec<(&'static str, Node)>,
    ) -> Result<bool> {
        let Some(class) = self.job_exception_catch.take() else { return Ok(false) };
        let Some((flag, None)) = self.timeout_catch.clone() else { return Ok(false) };
        if class == "TimeoutError" && !has_timeout {
            return fail(call, "this `result()` has no time-out: it never raises TimeoutError");
        }
        let timeout_passes = has_timeout && class != "TimeoutError";
        if class != "Exception" && (timeout_passes || self.may_be_cancelled(future)) {
            return fail(
                call,
                format!(
                    "`except {class}:` around a `result` that may time out or be cancelled is not supported (TimeoutError and CancelledError would pass it); catch `Exception`"
                ),
            );
        }
        entries.push(("into_ok", Node::Plain(flag)));
        entries.push(("catches", Node::Plain(class.to_string())));
        Ok(true)
    }

    /// Is `value` `fut.result(...)` of a future? Its future's expression.
    pub(super) fn future_result_call<'e>(&self, frame: &Frame, value: &'e Expr) -> Option<(String, &'e ast::ExprCall)> {
        self.future_method_call(frame, value, "result")
    }

    /// Is `value` `fut.cancel()` of a future? Its future's expression.
    pub(super) fn future_cancel_call<'e>(&self, frame: &Frame, value: &'e Expr) -> Option<(String, &'e ast::ExprCall)> {
        self.future_method_call(frame, value, "cancel")
    }

    /// Is `value` a call of `method` of a future (`fut.exception()`)? Its future's expression and the call.
    pub(super) fn future_method_call<'e>(
        &self,
        frame: &Frame,
        value: &'e Expr,
        method: &str,
    ) -> Option<(String, &'e ast::ExprCall)> {
        let Expr::Call(call) = value else { return None };
        let Expr::Attribute(attribute) = &*call.func else { return None };
        if attribute.attr.as_str() != method {
            return None;
        }
        match self.expr(frame, &attribute.value, false) {
            Ok(Ex::Static(Value::Future(future))) => Some((future, call)),
            _ => None,
        }
    }

    /// `ok = fut.cancel()`, `if f.cancel():`, `print(f.cancel())`: the `cancel` step with the value
    /// Python's `cancel()` returns into a temporary, whose name is given back.
    pub(super) fn cancel_with_value(
        &mut self,
        frame: &Frame,
        future: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let cancelled = self.temporary(frame.task, "cancelled");
        let entries = vec![("future", Node::Quoted(future.to_string())), ("into", Node::Plain(cancelled.clone()))];
        self.cancel_step(frame.task, future, call, Node::Map(entries), out, line)?;
        Ok(cancelled)
    }

    /// A `cancel` step of `future` (its body `cancel`, the future alone or with `into`), noting that
    /// something cancels the futures of its holder: their waits must allow it.
    fn cancel_step(
        &mut self,
        task: usize,
        future: &str,
        call: &ast::ExprCall,
        cancel: Node,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        self.check_cancelled_structure(future, call)?;
        if !call.arguments.args.is_empty() || !call.arguments.keywords.is_empty() {
            return fail(call, "`cancel()` takes no arguments here");
        }
        let holder = future.split('[').next().unwrap_or(future).to_string();
        let holder = self.futures.element_locals.get(&holder).cloned().unwrap_or(holder);
        self.note_cancels(&holder, call)?;
        self.cancel_then_callbacks(task, future, cancel, out, line);
        Ok(())
    }

    /// `total += fut.result()`: the result goes into a temporary first, whose name is given back.
    pub(super) fn hoisted_result(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<String>> {
        if let Expr::Await(awaited) = value {
            let temporary = self.temporary(frame.task, "result");
            self.await_into(frame, awaited, Some(&temporary), out, line)?;
            return Ok(Some(temporary));
        }
        let Some((future, call)) = self.future_result_call(frame, value) else {
            return Ok(None);
        };
        let temporary = self.temporary(frame.task, "result");
        self.result_step(frame, &future, call, Some(Node::Plain(temporary.clone())), out, line)?;
        Ok(Some(temporary))
    }

    // ---- assignments -----------------------------------------------------------------------------

    /// `sum(f.result() for f in futures)` (or of the list comprehension): the futures and their number.
    /// Each of the futures' results in turn into a temporary array, then `target = ` their sum.
    #[allow(clippy::too_many_arguments)]
    fn store_sum_of_results(
        &mut self,
        frame: &mut Frame,
        name: &str,
        target: &Expr,
        value: &Expr,
        futures: &str,
        length: usize,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let results = self.array_temporary(frame.task, "results", Some(length));
        out.extend(self.collect_results(futures, &results, length, line));
        let terms: Vec<String> = (0..length).map(|k| format!("{results}[{k}]")).collect();
        let precedence = if length > 1 { crate::expr::SUM } else { crate::expr::ATOM };
        let sum = Ex::Code { text: terms.join(" + "), precedence, boolean: false, reads_shared: false };
        self.store(frame, name, target, sum, value, out, line)
    }

    fn sum_of_results(&self, frame: &Frame, value: &Expr) -> Option<(String, usize)> {
        let Expr::Call(call) = value else { return None };
        if !matches!(self.expr(frame, &call.func, false), Ok(Ex::Static(Value::Module(name))) if name == "sum") {
            return None;
        }
        let ([argument], []) = (&call.arguments.args[..], &call.arguments.keywords[..]) else { return None };
        let (element, generators) = match argument {
            Expr::Generator(generator) => (&*generator.elt, &generator.generators),
            Expr::ListComp(comprehension) => (&*comprehension.elt, &comprehension.generators),
            _ => return None,
        };
        let [generator] = generators.as_slice() else { return None };
        let Expr::Name(variable) = &generator.target else { return None };
        let Expr::Call(result) = element else { return None };
        let Expr::Attribute(attribute) = &*result.func else { return None };
        let own_result = attribute.attr.as_str() == "result"
            && matches!(&*attribute.value, Expr::Name(n) if n.id == variable.id)
            && result.arguments.is_empty()
            && generator.ifs.is_empty()
            && !generator.is_async;
        // `sum(f.result() for f in as_completed(fs))` waits for the same results as over `fs` in order and
        // adds the same numbers: the sum does not depend on which comes first.
        let iterable = match &generator.iter {
            Expr::Call(inner)
                if self.module_callee(frame, inner).as_deref() == Some("concurrent.futures.as_completed")
                    && inner.arguments.args.len() == 1
                    && inner.arguments.keywords.is_empty() =>
            {
                &inner.arguments.args[0]
            }
            other => other,
        };
        match self.futures_iterable(frame, iterable) {
            Some((Value::Futures(futures, length), ())) if own_result => Some((futures, length)),
            // The `done` set of `wait(fs)` (every future, finished): a sum in any order is the same sum.
            _ => match self.expr(frame, iterable, false) {
                Ok(Ex::Static(Value::FutureSet(futures, length))) if own_result => Some((futures, length)),
                _ => None,
            },
        }
    }

    /// `f = ex.submit(...)`, `fs = [ex.submit(...) for x in range(n)]`, `x = f.result()`,
    /// `rs = [f.result() for f in fs]`, `rs = list(ex.map(...))`. `Ok(false)` for any other value.
    pub(super) fn futures_assign(
        &mut self,
        frame: &mut Frame,
        name: &str,
        target: &Expr,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        if let Some((future, call)) = self.future_result_call(frame, value) {
            let (local, shared) = self.result_target(frame, name, target)?;
            self.result_step(frame, &future, call, Some(Node::Plain(local.clone())), out, line)?;
            if let Some(shared) = shared {
                out.push(Step::new("set", Node::Quoted(format!("{shared} = {local}")), line));
            }
            return Ok(true);
        }
        if let Expr::Await(awaited) = value {
            return self.await_assign(frame, name, target, awaited, out, line).map(|()| true);
        }
        // `global powers` then `powers = pool.starmap(...)` (global_map_results.rs).
        if self.map_into_global(frame, name, target, value, out, line)? {
            return Ok(true);
        }
        let mapped = match value {
            Expr::Call(call) => self.wrapped_map(frame, call, "sum"),
            _ => None,
        };
        if let Some((executor, map_call)) = mapped {
            // `total = sum(ex.map(f, items))`: every job submitted, each result in turn (the map's
            // iterator waits for them in order), then their sum.
            let (futures, length) = self.map(frame, (&executor.0, executor.1), map_call, out, line)?;
            return self.store_sum_of_results(frame, name, target, value, &futures, length, out, line).map(|()| true);
        }
        if let Some((futures, length)) = self.sum_of_results(frame, value) {
            // `total = sum(f.result() for f in futures)`: each result in turn (Python's generator waits
            // for them in order), then their sum.
            return self.store_sum_of_results(frame, name, target, value, &futures, length, out, line).map(|()| true);
        }
        if let Expr::Call(call) = value
            && let Some(callee) = self.module_callee(frame, call)
        {
            match callee.as_str() {
                "asyncio.run" if self.returns_gathered_list(frame, call) => {
                    return self.asyncio_run_list(frame, name, call, value, out, line).map(|()| true);
                }
                "asyncio.run" if self.asyncio_run_instance(frame, name, target, call, out, line)? => {
                    return Ok(true);
                }
                "asyncio.run" => {
                    let (local, shared) = self.result_target(frame, name, target)?;
                    self.asyncio_run(frame, call, Some(&local), out, line)?;
                    if let Some(shared) = shared {
                        out.push(Step::new("set", Node::Quoted(format!("{shared} = {local}")), line));
                    }
                    return Ok(true);
                }
                "asyncio.get_running_loop" | "asyncio.get_event_loop" => {
                    if !frame.coroutine && callee.ends_with("running_loop") {
                        return fail(call, "`get_running_loop` outside a coroutine (Python raises RuntimeError)");
                    }
                    frame.locals.insert(name.to_string(), Value::Object(Object::Loop));
                    return Ok(true);
                }
                _ => {}
            }
        }
        let bound = match value {
            Expr::Call(call) if let Some(method) = self.loop_callback_method(frame, call) => {
                self.local_binding_allowed(frame, name, value)?;
                let local = self.local_name(frame.task, name);
                Value::Future(self.loop_callback(frame, method, call, Some(local), out, line)?)
            }
            Expr::Call(call) if let Some(start) = self.task_start(frame, call)? => {
                // `try: task = asyncio.create_task(...)` on the straight path of the body (straight_tasks.rs).
                let straight = self.straight_task_binding(frame, name, value, &start)?;
                if !straight {
                    self.started_binding_allowed(frame, name, value, &start)?;
                }
                let local = self.local_name(frame.task, name);
                if straight {
                    self.note_straight_task(frame.task, &local);
                }
                self.note_run_time_future(frame, &start, &local);
                self.submit_start(frame, start, Node::Plain(local.clone()), out, line)?;
                Value::Future(local)
            }
            Expr::Call(call) => match self.executor_call(frame, call) {
                Some((executor, "map")) if self.futures.multiprocessing_pools.contains(&executor.0) => {
                    self.map_results_bound(frame, (name, value), &executor, call, out, line)?
                }
                Some((_, other)) => return fail(call, format!("`{other}` of an executor gives nothing weft can keep")),
                None => match self.list_of_map(frame, call) {
                    Some((executor, map_call)) => {
                        self.map_results_bound(frame, (name, value), &executor, map_call, out, line)?
                    }
                    None => return Ok(false),
                },
            },
            Expr::DictComp(comprehension) => {
                match self.futures_dict_comprehension(frame, name, comprehension, out, line)? {
                    Some(bound) => bound,
                    None => return Ok(false),
                }
            }
            Expr::ListComp(comprehension) => match self.futures_comprehension(frame, name, comprehension, out, line)? {
                Some(bound) => bound,
                None => return Ok(false),
            },
            Expr::SetComp(comprehension) => {
                match self.futures_set_comprehension(frame, name, comprehension, out, line)? {
                    Some(bound) => bound,
                    None => return Ok(false),
                }
            }
            Expr::List(display) => match self.futures_display(frame, name, display, out, line)? {
                Some(bound) => bound,
                None => return Ok(false),
            },
            // `pending = {asyncio.create_task(c(1)), ...}`: started in the display's order (any order
            // CPython could), kept as a set whose order only order-free uses may read.
            Expr::Set(set) => {
                let display = ast::ExprList {
                    node_index: Default::default(),
                    range: set.range,
                    elts: set.elts.clone(),
                    ctx: ast::ExprContext::Load,
                };
                match self.futures_display(frame, name, &display, out, line)? {
                    Some(Value::Futures(futures, length)) => Value::PendingSet(futures, length),
                    Some(other) => other,
                    None => return Ok(false),
                }
            }
            Expr::Dict(display) => match self.futures_dict_display(frame, name, display, out, line)? {
                Some(bound) => bound,
                None => return Ok(false),
            },
            _ => return Ok(false),
        };
        if frame.module_level
            && let Value::LocalArray(results, length) = &bound
            && let Some(Value::Shared(shared, shape)) = self.globals.get(name).cloned()
        {
            // `results = []` first, then `results = list(ex.map(...))`: the module's name is bound to the
            // new list, which functions and the final state see through the shared list.
            out.push(self.rebind_shared_list(&shared, shape, results, *length, value, line)?);
            return Ok(true);
        }
        frame.locals.insert(name.to_string(), bound);
        Ok(true)
    }

    /// `name = pool.map(f, xs)` of a `multiprocessing` pool or `name = list(ex.map(f, xs))` (`map_call`
    /// the inner call): the jobs started, then their results collected in order into a local array.
    fn map_results_bound(
        &mut self,
        frame: &mut Frame,
        (name, value): (&str, &Expr),
        executor: &(String, bool),
        map_call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Value> {
        self.local_binding_allowed(frame, name, value)?;
        let (futures, length) = self.map(frame, (&executor.0, executor.1), map_call, out, line)?;
        let results = self.result_array_name(frame, name);
        out.extend(self.collect_results(&futures, &results, length, line));
        self.note_map_results(frame, &results, map_call);
        Ok(Value::LocalArray(results, length))
    }

    /// `asyncio.run(main())` where `main` ends with `return results` of `results = await
    /// asyncio.gather(...)` (also written `return await asyncio.gather(...)`).
    fn returns_gathered_list(&self, frame: &Frame, call: &ast::ExprCall) -> bool {
        let [Expr::Call(coroutine)] = &call.arguments.args[..] else { return false };
        let Ok(Ex::Static(Value::Function(function))) = self.expr(frame, &coroutine.func, false) else { return false };
        let Some(def) = self.functions.get(&function) else { return false };
        let Some(Stmt::Return(ast::StmtReturn { value: Some(returned), .. })) = def.body.last() else { return false };
        let Expr::Name(returned) = &**returned else { return false };
        def.body.iter().any(|stmt| {
            matches!(stmt, Stmt::Assign(assign)
                if matches!(&assign.targets[..], [Expr::Name(target)] if target.id == returned.id)
                && matches!(&*assign.value, Expr::Await(awaited) if matches!(&*awaited.value, Expr::Call(inner)
                    if self.module_callee(frame, inner).is_some_and(|callee| callee == "asyncio.gather"))))
        })
    }

    /// `results = asyncio.run(main())` of a coroutine that returns a list of results: the tuple it
    /// returns (its `return`'s form, translate.rs) made a local array again, item by item, then bound to
    /// `results` (a module list: rebound, as `rebind_shared_list` does).
    fn asyncio_run_list(
        &mut self,
        frame: &mut Frame,
        name: &str,
        call: &ast::ExprCall,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let returned = self.temporary(frame.task, "returned");
        let coroutine = self.run_coroutine_function(frame, call);
        let saved = std::mem::replace(&mut self.list_returning, coroutine);
        let main = self.asyncio_run(frame, call, Some(&returned), out, line);
        self.list_returning = saved;
        let main = main?;
        let Some(length) = main.and_then(|main| self.returned_list(main)) else {
            return fail(value, "this coroutine's list of results has no scenario form here");
        };
        let items = self.local_name(frame.task, &format!("{name}_items"));
        out.push(Step::new("let", Node::Quoted(format!("{items} = array({length})")), line));
        for index in 0..length {
            let item = format!("{items}[{index}] = unpack({returned}, {index}, {length})");
            out.push(Step::new("let", Node::Quoted(item), line));
        }
        if frame.module_level
            && let Some(Value::Shared(shared, shape)) = self.globals.get(name).cloned()
        {
            out.push(self.rebind_shared_list(&shared, shape, &items, length, value, line)?);
            return Ok(());
        }
        frame.locals.insert(name.to_string(), Value::LocalArray(items, length));
        Ok(())
    }

    /// A module global's list given the results of futures, as one `atomic` step (Python's store of a
    /// name is one instruction; the list it stores was built before): a growing list loses its items and
    /// takes the results; a fixed list of the same length takes them in place.
    pub(super) fn rebind_shared_list(
        &mut self,
        shared: &str,
        shape: Shape,
        results: &str,
        length: usize,
        value: &Expr,
        line: u32,
    ) -> Result<Step> {
        let mut steps = Vec::new();
        match shape {
            Shape::Map { dense: true } => {
                let last = format!("{shared}[len({shared}) - 1]");
                steps.push(super::while_step(
                    format!("len({shared}) > 0"),
                    vec![Step::new("del", Node::Quoted(last), line)],
                    line,
                ));
            }
            Shape::Array(old_length) if old_length == length => {}
            _ => {
                return fail(
                    value,
                    format!(
                        "`{shared}` was {} of another shape; weft follows each list from where it is made",
                        match shape {
                            Shape::Array(_) => "a list of fixed length",
                            Shape::Map { dense: false } => "a dict",
                            _ => "a number",
                        }
                    ),
                );
            }
        }
        for index in 0..length {
            steps.push(Step::new("set", Node::Quoted(format!("{shared}[{index}] = {results}[{index}]")), line));
        }
        Ok(Step::new("atomic", Node::Steps(steps), line))
    }

    /// `[ex.submit(f, 1), ex.submit(g, 2)]` or `[asyncio.create_task(f(1)), asyncio.create_task(g())]`:
    /// `let: "futures = array(n)"` and a start into each element, in the display's order (Python
    /// evaluates its items left to right). `None` when the first item starts no task.
    pub(super) fn futures_display(
        &mut self,
        frame: &mut Frame,
        name: &str,
        display: &ast::ExprList,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Value>> {
        let mut starts = Vec::with_capacity(display.elts.len());
        for element in &display.elts {
            let start = match element {
                Expr::Call(call) => self.task_start(frame, call)?,
                _ => None,
            };
            match start {
                Some(start) => starts.push(start),
                None if starts.is_empty() => return Ok(None),
                None => return fail(element, "a list of futures holds `submit` or `create_task` calls only"),
            }
        }
        let Some(first) = starts.first() else { return Ok(None) };
        let executor = first.executor.clone();
        let coroutine = first.coroutine;
        if starts.iter().any(|start| start.executor != executor || start.coroutine != coroutine) {
            return fail(
                display,
                "a list of futures from more than one executor (or of tasks and jobs) is not supported",
            );
        }
        self.local_binding_allowed(frame, name, &display.elts[0])?;
        let length = self.futures_length(starts.len() as i64, &display.elts[0])?;
        let futures = self.local_name(frame.task, name);
        out.push(Step::new("let", Node::Quoted(format!("{futures} = array({length})")), line));
        for (index, start) in starts.into_iter().enumerate() {
            self.submit_start(frame, start, Node::Quoted(format!("{futures}[{index}]")), out, line)?;
        }
        if let Some((executor, _)) = &executor {
            self.track(executor, futures.clone(), Some(length));
        }
        Ok(Some(Value::Futures(futures, length)))
    }

    /// `x = await ...`: a number into `x` (a shared `x` through a local), a list (`gather`) into a local array.
    fn await_assign(
        &mut self,
        frame: &mut Frame,
        name: &str,
        target: &Expr,
        awaited: &ast::ExprAwait,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let gives_list = self.awaits_a_gathered_list(frame, awaited);
        if gives_list && frame.globals_declared.contains(name) {
            return self.gathered_into_global(frame, name, target, awaited, out, line);
        }
        if gives_list {
            self.local_binding_allowed(frame, name, target)?;
            let results = self.local_name(frame.task, name);
            let length = self.await_into(frame, awaited, Some(&results), out, line)?.unwrap_or(1);
            frame.locals.insert(name.to_string(), Value::LocalArray(results, length));
            return Ok(());
        }
        let (local, shared) = self.result_target(frame, name, target)?;
        let (awaited_into, object) =
            self.awaiting_an_object(|translator| translator.await_into(frame, awaited, Some(&local), out, line));
        awaited_into?;
        // `seen = await tally(q)` of a coroutine that returns the dict it made (object_returns.rs).
        if let Some(object) = object {
            if shared.is_some() {
                return fail(
                    target,
                    format!(
                        "`{name}` is a global bound to {} a coroutine returns; bind a local of the function",
                        object.describe()
                    ),
                );
            }
            frame.locals.insert(name.to_string(), object);
            return Ok(());
        }
        if let Some(shared) = shared {
            out.push(Step::new("set", Node::Quoted(format!("{shared} = {local}")), line));
        }
        Ok(())
    }

    /// `global results` then `results = await asyncio.gather(...)`: the results into a local array, then
    /// the module's list rebound to them (`rebind_shared_list`: one `atomic` step, as Python's store of
    /// the new list is). The module's list is a shared list that grows (`results = []`), or a fixed one
    /// of the same length.
    fn gathered_into_global(
        &mut self,
        frame: &mut Frame,
        name: &str,
        target: &Expr,
        awaited: &ast::ExprAwait,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let Some(Value::Shared(shared, shape @ (Shape::Array(_) | Shape::Map { dense: true }))) =
            self.globals.get(name).cloned()
        else {
            return fail(
                target,
                format!(
                    "`{name}` is declared `global`; the list `gather` gives is stored in a module list (`{name} = []`)"
                ),
            );
        };
        let predicted = self.gather_length(frame, awaited);
        let results = self.array_temporary(frame.task, "gathered", predicted);
        let length = self.await_into(frame, awaited, Some(&results), out, line)?.unwrap_or(1);
        self.note_array_length(frame.task, &results, length);
        out.push(self.rebind_shared_list(&shared, shape, &results, length, target, line)?);
        Ok(())
    }

    /// Futures and their results are locals of the task that made them: never module globals read by
    /// other threads, and never bound inside an `if` or a loop the scenario runs.
    pub(super) fn local_binding_allowed(&self, frame: &Frame, name: &str, value: &Expr) -> Result<()> {
        // Submitted to an executor opened directly in the same one-pass body (one_pass_executors.rs).
        let one_pass_pools_only = self.only_one_pass_pools_open(frame);
        if let Some(early) = &frame.early_return
            && early.dynamic == frame.dynamic
            && !one_pass_pools_only
        {
            return fail(
                value,
                format!(
                    "a future or task made in `{}`, which returns before its end (a `return` inside a `try`, an `if` or a \
                     loop: weft runs such a body as a loop that runs once), cannot be followed to the executor's shutdown \
                     or the event loop's end; keep the value in a local and return once, at the function's end",
                    early.function
                ),
            );
        }
        if frame.dynamic > 0 && !one_pass_pools_only {
            return fail(
                value,
                "a future or task made inside an `if`, a loop or a `try` the scenario runs, or in a function that returns \
                 before its end (weft runs such a body as a loop that runs once), cannot be followed to the executor's \
                 shutdown or the event loop's end (how many are made, and which one the name holds, is known only when \
                 the program runs); make it where every run makes it (a list of futures with a comprehension: \
                 `[ex.submit(f, x) for x in range(n)]`; a `for` over a `range` of constants or a list display, which \
                 weft writes out pass by pass; a line of a `try:` body outside its `if`s and loops), or return at the function's end only",
            );
        }
        if frame.globals_declared.contains(name) {
            return fail(
                value,
                format!("`{name}` is declared `global`; keep futures in locals of the code that makes them"),
            );
        }
        Ok(())
    }

    /// `ex.submit` / `ex.map` of an executor of an open `with`.
    pub(super) fn executor_call<'c>(
        &self,
        frame: &Frame,
        call: &'c ast::ExprCall,
    ) -> Option<((String, bool), &'c str)> {
        let Expr::Attribute(attribute) = &*call.func else {
            return None;
        };
        self.open_executor(frame, &attribute.value).map(|executor| (executor, attribute.attr.as_str()))
    }

    /// `list(ex.map(...))`: the inner call.
    pub(super) fn list_of_map<'c>(
        &self,
        frame: &Frame,
        call: &'c ast::ExprCall,
    ) -> Option<((String, bool), &'c ast::ExprCall)> {
        self.wrapped_map(frame, call, "list")
    }

    /// `wrapper(ex.map(...))` (`list`, `sum`) of an executor of an open `with` or a `multiprocessing`
    /// pool: the inner call.
    fn wrapped_map<'c>(
        &self,
        frame: &Frame,
        call: &'c ast::ExprCall,
        wrapper: &str,
    ) -> Option<((String, bool), &'c ast::ExprCall)> {
        let Ok(Ex::Static(Value::Module(callee))) = self.expr(frame, &call.func, false) else {
            return None;
        };
        if callee != wrapper || !call.arguments.keywords.is_empty() {
            return None;
        }
        let [Expr::Call(inner)] = &call.arguments.args[..] else {
            return None;
        };
        match self.executor_call(frame, inner) {
            Some((executor, "map")) => Some((executor, inner)),
            _ => None,
        }
    }

    /// `[ex.submit(f, ...) for x in range(n)]` (a local array of futures) or `[f.result() for f in fs]` (a
    /// local array of their results). `None` for any other comprehension.
    pub(super) fn futures_comprehension(
        &mut self,
        frame: &mut Frame,
        name: &str,
        comprehension: &ast::ExprListComp,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Value>> {
        // `[(page, ex.submit(download, page)) for page in PAGES]` (future_entries.rs).
        if let Some(pairs) = self.started_pairs(frame, name, comprehension, out, line)? {
            return Ok(Some(pairs));
        }
        let Expr::Call(call) = &*comprehension.elt else {
            return Ok(None);
        };
        let [generator] = comprehension.generators.as_slice() else {
            return Ok(None);
        };
        if let Some(start) = self.task_start(frame, call)? {
            self.local_binding_allowed(frame, name, &comprehension.elt)?;
            let futures = self.local_name(frame.task, name);
            let length = self.start_comprehension(frame, &futures, comprehension, start, out, line)?;
            return Ok(Some(Value::Futures(futures, length)));
        }
        let Expr::Name(variable) = &generator.target else {
            return Ok(None);
        };
        let Some((Value::Futures(futures, length), _)) = self.futures_iterable(frame, &generator.iter) else {
            return Ok(None);
        };
        let Expr::Attribute(attribute) = &*call.func else {
            return Ok(None);
        };
        let is_own_result =
            attribute.attr.as_str() == "result" && matches!(&*attribute.value, Expr::Name(n) if n.id == variable.id);
        // Any other element, with no test, is the loop Python runs over the futures one by one
        // (run_time_comprehensions.rs): `[f.exception() for f in futures]`.
        if !is_own_result && generator.ifs.is_empty() {
            return Ok(None);
        }
        if !is_own_result || !generator.ifs.is_empty() {
            return fail(
                comprehension.elt.as_ref(),
                "a comprehension over futures is supported as `[f.result() for f in futures]`",
            );
        }
        self.local_binding_allowed(frame, name, &comprehension.elt)?;
        let results = self.result_array_name(frame, name);
        let mut steps = self.collect_results(&futures, &results, length, line);
        if !call.arguments.args.is_empty() || !call.arguments.keywords.is_empty() {
            self.time_comprehension_results(frame, call, &mut steps)?;
        }
        out.extend(steps);
        Ok(Some(Value::LocalArray(results, length)))
    }

    /// `[start(x) for x in range(n)]`: `let: "futures = array(n)"` and a `repeat` that starts a task into
    /// each element. Gives n.
    pub(super) fn start_comprehension(
        &mut self,
        frame: &mut Frame,
        futures: &str,
        comprehension: &ast::ExprListComp,
        start: super::coroutines::Start<'_>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<usize> {
        let [generator] = comprehension.generators.as_slice() else {
            return fail(&comprehension.range, "a comprehension of tasks has one `for`");
        };
        if !matches!(&generator.target, Expr::Name(_)) && !super::is_tuple_of_names(&generator.target) {
            return fail(&generator.target, "the comprehension's variable must be a name or a tuple of names");
        }
        if !generator.ifs.is_empty() || generator.is_async {
            return fail(&comprehension.range, "a comprehension of tasks with `if` or `async for` is not supported");
        }
        let Some((first, stop, step)) = self.static_range(frame, &generator.iter)? else {
            // Over items known at import time (`for url in urls`, a module list nobody writes, a dict's
            // string keys in their order, `for name, delay in services` of a list of pairs): a start per
            // item, each with its value.
            let scalar = |item: &Value| matches!(item, Value::Int(_) | Value::Float(_) | Value::Str(_));
            let flat = |item: &Value| match item {
                Value::List(parts) => parts.iter().all(scalar),
                item => scalar(item),
            };
            // `for n, (p, r) in lanes.items()` of a dict of tuples (translate/walked_tuples.rs).
            let known = |item: &Value| match item {
                Value::List(parts) => parts.iter().all(flat),
                item => scalar(item),
            };
            let values = match self.static_iteration(frame, &generator.iter) {
                Ok(items) if items.iter().all(known) => items,
                // An executor's jobs over other items known at import time (a module list of dicts):
                // each job given its item as the loop `for r in records: fs.append(ex.submit(f, r))`
                // gives it, which this comprehension is but for its variable, bound only inside.
                Ok(items) if start.executor.is_some() => items,
                // A list made at run time: how many tasks is a value of the run (run_time_task_counts.rs).
                Err(_)
                    if let Some(words) = self.run_time_task_count_words(frame, &generator.iter, start.job.function) =>
                {
                    return fail(&generator.iter, words);
                }
                // Why the items are not known (`.items()` of a dict of floats) says more than the form.
                Err(why) if why.offset == generator.iter.start().to_usize() => {
                    return Err(Error { help: Some(TASK_LIST_ITEMS.to_string()), ..why });
                }
                // Items known at import time but not numbers or strings (a module list of dicts).
                Ok(_) => return fail(&generator.iter, task_list_items(&start)),
                Err(_) => return fail(&generator.iter, TASK_LIST_ITEMS),
            };
            let length = self.futures_length(values.len() as i64, &generator.iter)?;
            out.push(Step::new("let", Node::Quoted(format!("{futures} = array({length})")), line));
            self.unrolled_starts(frame, futures, &generator.target, values, &start, out, line)?;
            self.track_started(&start, futures, length);
            return Ok(length);
        };
        let Expr::Name(variable) = &generator.target else {
            return fail(&generator.target, "the comprehension's variable over a `range` must be a name");
        };
        let length = self.futures_length(super::range_count(first, stop, step), &generator.iter)?;
        out.push(Step::new("let", Node::Quoted(format!("{futures} = array({length})")), line));
        if self.start_needs_static(frame, &start, variable.id.as_str()) {
            let values = (0..length as i64).map(|k| Value::Int(first + k * step)).collect();
            self.unrolled_starts(frame, futures, &generator.target, values, &start, out, line)?;
            self.track_started(&start, futures, length);
            return Ok(length);
        }
        let mut body = Vec::new();
        let saved = frame.locals.get(variable.id.as_str()).cloned();
        let saved_known = frame.known.remove(variable.id.as_str());
        if variable.id.as_str() != "_" {
            let local = self.bind_local(frame, variable.id.as_str());
            body.push(Step::new("let", Node::Quoted(format!("{local} = {}", counter_value(first, step))), line));
        }
        let pool = start_pool(&start);
        frame.dynamic += 1;
        let into = Node::Quoted(format!("{futures}[i]"));
        let submitted = self.submit_start(frame, start, into, &mut body, line);
        frame.dynamic -= 1;
        restore(frame, variable.id.as_str(), saved, saved_known);
        submitted?;
        out.push(repeat(length, body, line));
        if let Some(pool) = pool {
            self.track(&pool, futures.to_string(), Some(length));
        }
        Ok(length)
    }

    /// The list of futures a comprehension of starts made goes to what waits for them: the executor's
    /// shutdown, or the end of the TaskGroup whose `create_task` started them (left out, a group's
    /// end did not wait for a comprehension's tasks, and `asyncio.run`'s end cancelled them).
    fn track_started(&mut self, start: &super::coroutines::Start<'_>, futures: &str, length: usize) {
        if let Some(pool) = start_pool(start) {
            self.track(&pool, futures.to_string(), Some(length));
        }
    }

    /// Whether `function`'s first parameter feeds a sleep's duration or a time-out (`ex.map(f, items)`
    /// then binds each item at import time).
    fn first_parameter_sets_a_duration(&self, function: &str) -> bool {
        self.functions.get(function).is_some_and(|def| {
            def.parameters
                .posonlyargs
                .iter()
                .chain(def.parameters.args.iter())
                .next()
                .is_some_and(|first| super::duration_names(&def.body).contains(first.parameter.name.as_str()))
        })
    }

    /// Whether the task a comprehension starts needs its variable at import time (a job that sleeps
    /// `0.01 * i` for its argument `i`): the comprehension is then unrolled, one task per value.
    fn start_needs_static(&self, frame: &Frame, start: &super::coroutines::Start<'_>, variable: &str) -> bool {
        let Ok(Ex::Static(Value::Function(function))) = self.expr(frame, start.job.function, false) else {
            return false;
        };
        self.job_needs_static(&function, start.job.args, start.job.keywords, variable)
    }

    /// A comprehension of starts, unrolled: the variable bound to each value in turn, known at import
    /// time, and a start of the task for that value into `futures[k]`.
    #[allow(clippy::too_many_arguments)]
    fn unrolled_starts(
        &mut self,
        frame: &mut Frame,
        futures: &str,
        target: &Expr,
        values: Vec<Value>,
        start: &super::coroutines::Start<'_>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let names = super::names_in(target);
        let saved = super::SavedBindings::of(frame, names.iter());
        names.iter().for_each(|name| {
            frame.known.remove(name);
        });
        frame.dynamic += 1;
        let mut result = Ok(());
        for (index, value) in values.into_iter().enumerate() {
            if let Some(offsets) = &mut self.item_start_offsets {
                offsets.push(out.len());
            }
            // Each name bound to its part of the item, as the comprehension unpacks it.
            if let Err(error) = super::bind_comprehension(frame, target, value) {
                result = Err(error);
                break;
            }
            let again = super::coroutines::Start {
                executor: start.executor.clone(),
                coroutine: start.coroutine,
                job: Job {
                    function: start.job.function,
                    args: start.job.args,
                    keywords: start.job.keywords,
                    at: start.job.at,
                },
                group: start.group.clone(),
            };
            result = self.submit_start(frame, again, Node::Quoted(format!("{futures}[{index}]")), out, line);
            if result.is_err() {
                break;
            }
        }
        frame.dynamic -= 1;
        saved.restore(frame);
        result
    }

    pub(super) fn futures_length(&self, length: i64, at: &Expr) -> Result<usize> {
        if length < 1 || length as usize > MAX_FUTURES {
            return fail(at, format!("a list of futures holds 1 to {MAX_FUTURES} of them here, not {length}"));
        }
        Ok(length as usize)
    }

    fn futures_iterable(&self, frame: &Frame, iterable: &Expr) -> Option<(Value, ())> {
        match self.expr(frame, iterable, false) {
            Ok(Ex::Static(value @ Value::Futures(..))) => Some((value, ())),
            _ => None,
        }
    }

    /// `let: "rs = array(n)"` and a `repeat` that puts each future's result in it, in order.
    pub(super) fn collect_results(&self, futures: &str, results: &str, length: usize, line: u32) -> Vec<Step> {
        let result = Step::new(
            "result",
            Node::Map(vec![
                ("future", Node::Quoted(format!("{futures}[i]"))),
                ("into", Node::Quoted(format!("{results}[i]"))),
            ]),
            line,
        );
        let make = Step::new("let", Node::Quoted(format!("{results} = array({length})")), line);
        vec![make, repeat(length, vec![result], line)]
    }

    // ---- for loops -------------------------------------------------------------------------------

    /// `for f in futures:` and `for r in ex.map(f, items):`. `Ok(false)` for any other loop.
    pub(super) fn futures_for(
        &mut self,
        frame: &mut Frame,
        variable: &str,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        line: u32,
        next_line: u32,
    ) -> Result<bool> {
        self.futures_loop(frame, None, variable, &looping.iter, looping, out, line, next_line)
    }

    /// `for k, f in enumerate(futures[, start]):` over futures (or `ex.map(...)`'s results): as
    /// `futures_for`, with `k` the position (plus `start`) on each pass. `Ok(false)` for any other loop.
    pub(super) fn enumerated_futures_for(
        &mut self,
        frame: &mut Frame,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        line: u32,
        next_line: u32,
    ) -> Result<bool> {
        let Expr::Tuple(target) = &*looping.target else { return Ok(false) };
        let [Expr::Name(index), Expr::Name(variable)] = &target.elts[..] else { return Ok(false) };
        let Expr::Call(call) = &*looping.iter else { return Ok(false) };
        let is_enumerate = matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == "enumerate")
            && self.resolve(frame, "enumerate").is_none()
            && call.arguments.keywords.is_empty();
        let (iterable, start) = match &call.arguments.args[..] {
            [iterable] if is_enumerate => (iterable, 0),
            [iterable, start] if is_enumerate => (iterable, self.static_int(frame, start)?),
            _ => return Ok(false),
        };
        let index = Some((index.id.as_str(), start));
        self.futures_loop(frame, index, variable.id.as_str(), iterable, looping, out, line, next_line)
    }

    #[allow(clippy::too_many_arguments)]
    fn futures_loop(
        &mut self,
        frame: &mut Frame,
        index: Option<(&str, i64)>,
        variable: &str,
        iterable: &Expr,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        line: u32,
        next_line: u32,
    ) -> Result<bool> {
        // Over futures, the variable is each future; over `ex.map(...)`, each result, in order.
        let mut deadline = None;
        let mut map_executor: Option<String> = None;
        let (futures, length, over_results) = if let Some((Value::Futures(futures, length), _)) =
            self.futures_iterable(frame, iterable)
        {
            (futures, length, false)
        } else if let Expr::Call(call) = iterable
            && let Some((executor, "map")) = self.executor_call(frame, call)
        {
            let executor = (executor.0.as_str(), executor.1);
            map_executor = Some(executor.0.to_string());
            let (futures, length) = match call.arguments.find_keyword("timeout") {
                Some(timeout) => {
                    if super::contains_jump(&looping.body) {
                        return fail(
                            &looping.range,
                            "`break`, `continue` or `return` in a loop over `ex.map(..., timeout=t)` is not supported (CPython cancels the rest of its jobs when the loop is left)",
                        );
                    }
                    let (untimed, queue) = self.map_deadline(frame, call, &timeout.value, out, line)?;
                    let (futures, length) = self.map(frame, executor, &untimed, out, line)?;
                    self.watch_map_jobs(&queue, (&futures, length), out, line);
                    // A time-out cancels the jobs still queued: the shutdown's waits allow it.
                    self.note_cancels(&futures, call)?;
                    deadline = Some(queue);
                    (futures, length)
                }
                None => {
                    let left = super::breaks_its_loop(&looping.body) || super::contains_return(&looping.body);
                    if left && self.futures.multiprocessing_pools.contains(executor.0) {
                        return fail(
                            &looping.range,
                            "`break` or `return` in a loop over a `multiprocessing.Pool`'s `imap` or `map` is not supported: the jobs left run on, and the end of a `with` of the pool kills them (`terminate()`); consume every result, or use a `concurrent.futures` executor",
                        );
                    }
                    if super::contains_return(&looping.body) {
                        return fail(
                            &looping.range,
                            "`return` in a loop over `ex.map(...)` is not supported (CPython cancels the jobs not started yet when the loop is left); `break` out of the loop, then return",
                        );
                    }
                    self.map(frame, executor, call, out, line)?
                }
            };
            (futures, length, true)
        } else {
            return Ok(false);
        };
        self.forget_assigned(frame, &looping.body);
        let saved = frame.locals.get(variable).cloned();
        let saved_known = frame.known.remove(variable);
        let local = self.bind_local(frame, variable);
        let element = Node::Quoted(format!("{futures}[i]"));
        let mut body = Vec::new();
        if let Some(queue) = &deadline {
            let expired = self.fresh_temporary(frame.task, "expired");
            out.push(Step::new("let", Node::Quoted(format!("{expired} = 0")), line));
            body = self.result_by_deadline(frame.task, (&futures, length), queue, &expired, &local, line);
        } else if let Some(executor) = map_executor.as_deref().filter(|name| self.map_exception_cancels(name)) {
            // A job's exception out of the loop cancels the jobs left (map_raises.rs).
            body = self.map_result_cancelling_the_rest(frame.task, (&futures, length), &local, line);
            self.note_map_raise_cancels(executor, &futures, &looping.range)?;
        } else if over_results {
            body.push(Step::new("result", Node::Map(vec![("future", element), ("into", Node::Plain(local))]), line));
        } else {
            frame.locals.insert(variable.to_string(), Value::Future(local.clone()));
            self.note_element_local(&local, &futures);
            let pooled = self
                .futures
                .open
                .iter()
                .any(|pool| pool.task == frame.task && pool.futures.iter().any(|(held, _)| *held == futures));
            // (At the coroutine's top level only: `asyncio.run`'s end waits on the array.)
            let own_tasks = frame.coroutine && frame.dynamic == 0 && self.started_task(frame.task, &futures);
            if (pooled || own_tasks) && adds_done_callback(&looping.body, variable) {
                // `for f in futures: f.add_done_callback(cb)`: a callback thread per future (on the loop
                // for asyncio tasks), each kept in its own element for the shutdown (or `asyncio.run`'s
                // end) to wait for (one local would keep the last).
                let callbacks = self.fresh_temporary(frame.task, "callbacks");
                out.push(Step::new("let", Node::Quoted(format!("{callbacks} = array({length})")), line));
                self.futures.loop_callbacks.insert(local.clone(), (callbacks, length));
            }
            body.push(Step::new("let", Node::Quoted(format!("{local} = {futures}[i]")), line));
        }
        let saved_index = index.map(|(name, _)| (frame.locals.get(name).cloned(), frame.known.remove(name)));
        if let Some((name, start)) = index {
            let local = self.bind_local(frame, name);
            let position = if start == 0 { "i".to_string() } else { format!("i + {start}") };
            body.push(Step::new("let", Node::Quoted(format!("{local} = {position}")), line));
        }
        if over_results {
            self.open_map_loop(frame.task);
        }
        let result = self.emitted_loop_body(frame, &looping.body, &mut body, next_line);
        if over_results {
            self.futures.map_loops.pop();
        }
        if !over_results {
            restore(frame, variable, saved, saved_known);
        }
        if let (Some((name, _)), Some((saved, known))) = (index, saved_index) {
            restore(frame, name, saved, known);
        }
        result?;
        if over_results && deadline.is_none() && super::breaks_its_loop(&looping.body) {
            // Leaving the loop closes `Executor.map`'s iterator, whose `finally` cancels every job not
            // yet taken, from the last one back (a queued job never runs; a running or finished one is
            // left as it is), once the `break` has left the `with`s and `try`s around it.
            let cancels: Vec<Step> =
                (0..length).rev().map(|k| Step::new("cancel", Node::Quoted(format!("{futures}[{k}]")), line)).collect();
            if !cancel_before_breaks(&mut body, &cancels) {
                return fail(
                    &looping.range,
                    "`break` inside a `with`, `try` or other block in a loop over `ex.map(...)` is not supported (CPython cancels the jobs not started yet once the `break` has left the block); break from the loop's own `if`s",
                );
            }
            self.note_cancels(&futures, &looping.range)?;
        }
        out.push(repeat(length, body, line));
        Ok(true)
    }

    /// The wait for `futures[i]` of `ex.map(..., timeout=t)`, its result into `into`: CPython's
    /// `fs[i].result(end_time - time.monotonic())`. A look at the future without waiting (`timeout: 0ns`),
    /// then, while it is not ready and the deadline (-1 in `queue`, which every job's watcher also puts
    /// its position into) has not come, a `get` of the next event and another look; still not ready,
    /// every job is cancelled (the iterator's `finally`; a finished or running job is left as it is)
    /// and TimeoutError is raised in the loop. A job's exception is raised again by the look, as by
    /// `result`.
    fn result_by_deadline(
        &mut self,
        task: usize,
        (futures, length): (&str, usize),
        queue: &str,
        expired: &str,
        into: &str,
        line: u32,
    ) -> Vec<Step> {
        let ready = self.fresh_temporary(task, "ready");
        let position = self.fresh_temporary(task, "position");
        let look = Step::new(
            "result",
            Node::Map(vec![
                ("future", Node::Quoted(format!("{futures}[i]"))),
                ("timeout", Node::Plain("0ns".to_string())),
                ("into_ok", Node::Plain(ready.clone())),
                ("into", Node::Plain(into.to_string())),
            ]),
            line,
        );
        let next_event = vec![
            Step::new(
                "get",
                Node::Map(vec![("queue", Node::Plain(queue.to_string())), ("into", Node::Plain(position.clone()))]),
                line,
            ),
            Step::new(
                "if",
                Node::Map(vec![
                    ("cond", Node::Quoted(format!("{position} < 0"))),
                    ("then", Node::Steps(vec![Step::new("let", Node::Quoted(format!("{expired} = 1")), line)])),
                ]),
                line,
            ),
            look.clone(),
        ];
        let mut timed_out: Vec<Step> =
            (0..length).map(|k| Step::new("cancel", Node::Quoted(format!("{futures}[{k}]")), line)).collect();
        let raise = super::exception_values::raised_without_arguments("TimeoutError", self.exception_values);
        timed_out.push(Step::new("raise", raise, line));
        vec![
            look,
            super::while_step(format!("!{ready} && !{expired}"), next_event, line),
            Step::new(
                "if",
                Node::Map(vec![("cond", Node::Quoted(format!("!{ready}"))), ("then", Node::Steps(timed_out))]),
                line,
            ),
        ]
    }

    // ---- submit and map --------------------------------------------------------------------------

    /// `ex.submit(f, args...)`: a `submit` of the task made from `f`, its future into `into`.
    fn submit(
        &mut self,
        frame: &mut Frame,
        executor: (&str, bool),
        call: &ast::ExprCall,
        into: Node,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        self.check_open(executor.0, call)?;
        self.check_not_multiprocessing(executor.0, call)?;
        let Some((function, args)) = call.arguments.args.split_first() else {
            return fail(call, "`submit` needs the function to run");
        };
        let job = Job { function, args, keywords: &call.arguments.keywords, at: call };
        self.submit_job(frame, Placement::Executor(executor.0, executor.1), job, into, out, line)
    }

    /// A `submit` of the task that runs `job` where `placement` says, its future into `into`.
    pub(super) fn submit_job(
        &mut self,
        frame: &mut Frame,
        placement: Placement<'_>,
        job: Job<'_>,
        into: Node,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if let Placement::Executor(executor, process) = placement {
            self.note_submitter(executor, frame.task);
            if process {
                self.check_process_pool_callable(frame, job.function, job.at)?;
            }
        }
        let callable = self.job_callable(frame, job.function, "what an executor runs")?;
        let function = callable.function.clone();
        let needed = self.functions.get(&function).map(|def| super::duration_names(&def.body)).unwrap_or_default();
        let parameters = self.positional_parameters(&function);
        // Which of the function's parameters a submit's argument binds: after a `partial`'s; through a
        // lambda's parameters, not known here (no duration is taken from them).
        let offset = callable.given.len();
        let mut arguments = Vec::new();
        for arg in job.args {
            if let Expr::Starred(starred) = arg {
                arguments.extend(self.starred_arguments(frame, starred)?);
                continue;
            }
            // The parameter it binds: after a `partial`'s, and `*args` before it gave as many as it had
            // items.
            let duration = callable.lambda.is_none()
                && parameters.get(arguments.len() + offset).is_some_and(|name| needed.contains(name));
            let mut argument = self.known_job_argument(frame, arg, duration)?;
            // A list of results given to a process pool's job: its copy (copied_result_lists.rs).
            if let Some(copied) = self.copied_results_argument(frame, placement, &argument, out, line) {
                argument = copied;
            }
            if let Some(items) = self.module_list_argument(placement, &argument, arg)? {
                argument = items;
            }
            if let Argument::Static(value) = &argument {
                self.check_not_a_local_collection(value, arg)?;
            }
            arguments.push(argument);
        }
        let mut keywords = Vec::new();
        for keyword in job.keywords {
            let Some(key) = &keyword.arg else {
                return fail(keyword, "`**kwargs` in a call that starts a task is not supported");
            };
            let duration = callable.lambda.is_none() && needed.contains(key.as_str());
            let argument = self.known_job_argument(frame, &keyword.value, duration)?;
            if let Argument::Static(value) = &argument {
                self.check_not_a_local_collection(value, &keyword.value)?;
            }
            keywords.push((key.to_string(), argument));
        }
        let (arguments, keywords) = self.callable_arguments(&callable, arguments, keywords, job.at)?;
        let coroutine = matches!(placement, Placement::Coroutine);
        let (task, mut passed) = self.job_task(placement, &function, arguments, keywords, job.at)?;
        if coroutine && self.holds_context(task) {
            // The new task's copy of the creator's context (context_vars.rs).
            passed.extend(self.context_arguments(frame, job.at)?);
        }
        let mut entries = vec![("task", Node::Task(task))];
        if !passed.is_empty() {
            let pairs: Vec<String> = passed.iter().map(|(name, text)| format!("{name}: {}", quote(text))).collect();
            entries.push(("args", Node::Plain(format!("{{ {} }}", pairs.join(", ")))));
        }
        if coroutine {
            self.note_started_coroutine(frame, &into, line);
            self.note_coroutine_function(&into, &function);
        }
        self.note_future_maker(frame, placement, &into);
        entries.push(("into", into));
        out.push(Step::new("submit", Node::Map(entries), line));
        Ok(())
    }

    /// The parameters a call's positional arguments bind, in order: a bound method's (`adder.add`) after
    /// its `self`, which is the instance.
    fn positional_parameters(&self, function: &str) -> Vec<String> {
        let bound = usize::from(self.classes.bound_self(function).is_some());
        self.functions
            .get(function)
            .map(|def| def.parameters.posonlyargs.iter().chain(def.parameters.args.iter()))
            .into_iter()
            .flatten()
            .skip(bound)
            .map(|parameter| parameter.parameter.name.to_string())
            .collect()
    }

    /// An argument of a job: a parameter the job's sleeps or time-outs are computed from gets the value
    /// the import knows (an unrolled loop's `for delay in (0.5, 2)` binds `delay = 2` as a local it
    /// knows), as a duration must be fixed when the scenario loads; other arguments as they are.
    fn known_job_argument(&mut self, frame: &Frame, arg: &Expr, duration: bool) -> Result<Argument> {
        let argument = self.argument(frame, arg)?;
        if duration
            && frame.dynamic == 0
            && matches!(argument, Argument::Code(_))
            && let Ok(Ex::Static(known @ (Value::Int(_) | Value::Float(_)))) = self.expr(frame, arg, true)
        {
            return Ok(Argument::Static(known));
        }
        Ok(argument)
    }

    /// `ex.map(f, items)`: a `submit` per item (the items known at import time) into a local array of
    /// futures; gives the array and its length.
    pub(super) fn map(
        &mut self,
        frame: &mut Frame,
        executor: (&str, bool),
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<(String, usize)> {
        self.check_open(executor.0, call)?;
        self.note_submitter(executor.0, frame.task);
        let (function, iterables) = match &call.arguments.args[..] {
            [function, iterables @ ..] if !iterables.is_empty() => (function, iterables),
            _ => return fail(call, "`map` takes the function and at least one iterable (`ex.map(f, items)`)"),
        };
        let items = &iterables[0];
        for keyword in call.arguments.keywords.iter() {
            self.check_map_keyword(executor, keyword)?;
        }
        if executor.1 {
            self.check_process_pool_callable(frame, function, call)?;
        }
        let callable = self.job_callable(frame, function, "what `map` runs")?;
        // A `partial`'s or a lambda's job is given each item at import time (`map_item_arguments`).
        let given_first = !callable.is_plain();
        let function = callable.function.clone();
        let placement = Placement::Executor(executor.0, executor.1);
        // A name of its own: a second `map` in the same code may have another length, and a local array
        // keeps the length it was made with.
        let futures = self.fresh_temporary(frame.task, "futures");
        if iterables.len() > 1 {
            if given_first {
                return fail(
                    &call.arguments.args[0],
                    "`map` of a `partial` or a lambda is supported over one iterable",
                );
            }
            let zipped = self.map_zipped(frame, executor, &function, iterables, &futures, call, out, line)?;
            self.check_pool_map_failures(frame.task, executor.0, call, (&zipped.0, zipped.1), out, line)?;
            return Ok(zipped);
        }
        // `ex.map(f, results)`, `ex.map(f, zip("abc", results))`: items computed at run time, each
        // given to its job as the value `map`'s `zip` makes when it submits it (result_maps.rs).
        if let Some(items_code) = self.run_time_map_items(frame, items, executor.1)? {
            if given_first || self.first_parameter_sets_a_duration(&function) {
                return fail(items, super::result_maps::BOUND_AT_IMPORT);
            }
            let length = self.futures_length(items_code.len() as i64, items)?;
            out.push(Step::new("let", Node::Quoted(format!("{futures} = array({length})")), line));
            for (index, code) in items_code.into_iter().enumerate() {
                let (arguments, keywords) =
                    self.callable_arguments(&callable, vec![Argument::Code(code)], Vec::new(), call)?;
                let (task, passed) = self.job_task(placement, &function, arguments, keywords, call)?;
                out.push(submit_step(task, &passed, &format!("{futures}[{index}]"), line));
            }
            self.track(executor.0, futures.clone(), Some(length));
            self.check_pool_map_failures(frame.task, executor.0, call, (&futures, length), out, line)?;
            return Ok((futures, length));
        }
        let range = self.static_range(frame, items)?;
        if let Some((start, stop, step)) = range
            && !self.first_parameter_sets_a_duration(&function)
            && !given_first
        {
            let length = self.futures_length(super::range_count(start, stop, step), items)?;
            let (task, passed) = self.job_task(
                placement,
                &function,
                vec![Argument::Code(counter_value(start, step))],
                Vec::new(),
                call,
            )?;
            out.push(Step::new("let", Node::Quoted(format!("{futures} = array({length})")), line));
            let submit = submit_step(task, &passed, &format!("{futures}[i]"), line);
            out.push(repeat(length, vec![submit], line));
            self.track(executor.0, futures.clone(), Some(length));
            self.check_pool_map_failures(frame.task, executor.0, call, (&futures, length), out, line)?;
            return Ok((futures, length));
        }
        let values = match range {
            // A job that sleeps for its item: one task per item, the item known at import time.
            Some((start, stop, step)) => {
                let count = self.futures_length(super::range_count(start, stop, step), items)? as i64;
                Value::List((0..count).map(|k| Value::Int(start + k * step)).collect())
            }
            None => self.static_value(frame, items)?,
        };
        let values = match values {
            Value::List(values) => values.into_vec(),
            // A module list nobody writes: its items are known at import time.
            Value::Shared(list, Shape::Array(_)) if !self.is_written(&list) => self.array_values(&list),
            // A dict with string keys (`PAGES = {"home": ...}`): `map` takes its keys, in the display's
            // order (Python's insertion order), as it iterates the dict once when called.
            Value::Record(fields) => fields.into_iter().map(|(key, _)| Value::Str(key)).collect(),
            other => {
                return fail(
                    items,
                    format!(
                        "`map` runs over a range, a list known at import time or a dict's keys, not {}",
                        other.describe()
                    ),
                );
            }
        };
        let length = self.futures_length(values.len() as i64, items)?;
        out.push(Step::new("let", Node::Quoted(format!("{futures} = array({length})")), line));
        let bound_at_import = self.first_parameter_sets_a_duration(&function) || given_first;
        for (index, value) in values.iter().enumerate() {
            let argument = self
                .mapped_instance_argument(value, executor.1)
                .or_else(|| super::records::mapped_argument(value, bound_at_import, executor.1));
            let Some(argument) = argument else {
                return fail(items, super::records::mapped_item_refusal(value));
            };
            let (arguments, keywords) = self.callable_arguments(&callable, vec![argument], Vec::new(), call)?;
            let (task, passed) = self.job_task(placement, &function, arguments, keywords, call)?;
            out.push(submit_step(task, &passed, &format!("{futures}[{index}]"), line));
        }
        self.track(executor.0, futures.clone(), Some(length));
        self.check_pool_map_failures(frame.task, executor.0, call, (&futures, length), out, line)?;
        Ok((futures, length))
    }

    /// `ex.map(f, xs, ys)`: a job per position, given the items of every iterable at that position, for
    /// as many positions as the shortest has (Python's `zip`, which `Executor.map` and `Pool.starmap`
    /// use); each iterable a range or a list known at import time.
    #[allow(clippy::too_many_arguments)]
    fn map_zipped(
        &mut self,
        frame: &mut Frame,
        executor: (&str, bool),
        function: &str,
        iterables: &[Expr],
        futures: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<(String, usize)> {
        let placement = Placement::Executor(executor.0, executor.1);
        let mut columns = Vec::with_capacity(iterables.len());
        for iterable in iterables {
            columns.push(self.map_items(frame, iterable)?);
        }
        let shortest = columns.iter().map(Vec::len).min().unwrap_or(0);
        let length = self.futures_length(shortest as i64, &iterables[0])?;
        out.push(Step::new("let", Node::Quoted(format!("{futures} = array({length})")), line));
        let duration_parameters = self.duration_parameters(function);
        for index in 0..length {
            let mut arguments = Vec::with_capacity(columns.len());
            for (position, column) in columns.iter().enumerate() {
                let value = &column[index];
                let Some(code) = super::sequences::known_item_code(value) else {
                    return fail(
                        &iterables[position],
                        format!(
                            "`map` over lists of numbers, strings or tuples of them is supported; this one holds {}",
                            value.describe()
                        ),
                    );
                };
                let static_argument = duration_parameters.get(position).copied().unwrap_or(false);
                arguments.push(if static_argument { Argument::Static(value.clone()) } else { Argument::Code(code) });
            }
            let (task, passed) = self.job_task(placement, function, arguments, Vec::new(), call)?;
            out.push(submit_step(task, &passed, &format!("{futures}[{index}]"), line));
        }
        self.track(executor.0, futures.to_string(), Some(length));
        Ok((futures.to_string(), length))
    }

    /// The items of one iterable of `map`: a range, a list display or a module list nobody writes, known
    /// at import time.
    fn map_items(&mut self, frame: &Frame, iterable: &Expr) -> Result<Vec<Value>> {
        if let Some((start, stop, step)) = self.static_range(frame, iterable)? {
            let count = self.futures_length(super::range_count(start, stop, step), iterable)? as i64;
            return Ok((0..count).map(|k| Value::Int(start + k * step)).collect());
        }
        match self.static_value(frame, iterable)? {
            Value::List(values) => Ok(values.into_vec()),
            Value::Shared(list, Shape::Array(_)) if !self.is_written(&list) => Ok(self.array_values(&list)),
            other => fail(
                iterable,
                format!("`map` runs over ranges or lists known at import time, not {}", other.describe()),
            ),
        }
    }

    /// For each positional parameter of `function`, whether its body computes a sleep or a time-out from it
    /// (the job then needs the value at import time, a task per value).
    fn duration_parameters(&self, function: &str) -> Vec<bool> {
        let Some(def) = self.functions.get(function) else { return Vec::new() };
        let durations = super::duration_names(&def.body);
        let bound = usize::from(self.classes.bound_self(function).is_some());
        def.parameters
            .posonlyargs
            .iter()
            .chain(def.parameters.args.iter())
            .skip(bound)
            .map(|parameter| durations.contains(parameter.parameter.name.as_str()))
            .collect()
    }

    /// The task that runs `function` on the executor with these arguments: one per function, executor and
    /// arguments fixed at import time (objects, and numbers given as literals); the arguments computed at
    /// run time are the task's parameters, given by each `submit`. Gives the task and the `args` to pass.
    pub(super) fn job_task(
        &mut self,
        placement: Placement<'_>,
        function: &str,
        args: Vec<Argument>,
        keywords: Vec<(String, Argument)>,
        call: &ast::ExprCall,
    ) -> Result<(usize, Vec<(String, String)>)> {
        let Some(def) = self.functions.get(function).copied() else {
            return fail(call, format!("`{function}` is not a function of this file"));
        };
        // CPython pickles a process job's arguments: a Value or a multiprocessing lock refuses (RuntimeError,
        // shared "only between processes through inheritance"), a threading lock cannot (TypeError).
        let given = args.iter().chain(keywords.iter().map(|(_, argument)| argument));
        if matches!(placement, Placement::Executor(_, true))
            && let Some(Argument::Static(Value::Object(object))) = given.into_iter().find(|argument| {
                matches!(argument, Argument::Static(Value::Object(Object::SharedValue { .. } | Object::Lock { .. })))
            })
        {
            return fail(
                call,
                format!(
                    "{} given to a process pool's job: CPython cannot pickle it for the job's process (a Value or \
                     a multiprocessing lock is shared only with a `multiprocessing.Process`, through `args=`)",
                    object.describe()
                ),
            );
        }
        let parameters = self.positional_parameters(function);
        let signature = |argument: &Argument| match argument {
            Argument::Static(value) => format!("{value:?}"),
            _ => "<run time>".to_string(),
        };
        let key = format!(
            "{function}|{placement:?}|{:?}|{:?}{}",
            args.iter().map(signature).collect::<Vec<_>>(),
            keywords.iter().map(|(k, a)| (k.clone(), signature(a))).collect::<Vec<_>>(),
            self.closure_key(function)
        );
        // A process pool's job works on its own copy of a dict it is given (process_dict_copies.rs).
        let record_copies = match placement {
            Placement::Executor(_, true) => {
                let mut fields = super::process_dict_copies::job_record_fields(&args, &keywords);
                // An instance whose copy is the instance: its attributes' variables (mapped_instances.rs).
                fields.extend(self.job_instance_fields(&args, &keywords));
                fields
            }
            _ => Vec::new(),
        };
        let mut passed = Vec::new();
        let mut bind_args = Vec::new();
        for (index, argument) in args.into_iter().enumerate() {
            let parameter = parameters.get(index).cloned().unwrap_or_default();
            bind_args.push(self.job_argument(&parameter, argument, &mut passed));
        }
        let mut bind_keywords = Vec::new();
        for (keyword, argument) in keywords {
            let bound = self.job_argument(&keyword, argument, &mut passed);
            bind_keywords.push((keyword, bound));
        }
        if let Some(&task) = self.futures.job_tasks.get(&key) {
            self.check_job_record_reuse(task, &record_copies, call)?;
            return Ok((task, self.passed_locals(task, function, passed)));
        }
        if self.scenario.tasks.len() >= super::MAX_TASKS {
            return fail(call, format!("more than {} tasks", super::MAX_TASKS));
        }
        if self.call_stack.iter().any(|f| f == function) {
            return fail(call, format!("`{function}` submits itself: the jobs would never end"));
        }
        let constant_copies = match placement {
            Placement::Executor(_, true) => self.check_process_job(def, call)?,
            _ => Vec::new(),
        };
        if def.is_async != matches!(placement, Placement::Coroutine) {
            return fail(call, self.kind_mismatch(function, def.is_async, placement));
        }
        let task = self.new_task(function, true, self.line(call));
        let mut job = Frame::new(task, false, true);
        job.gives_result = true;
        match placement {
            Placement::Executor(executor, _) => self.scenario.tasks[task].executor = Some(executor.to_string()),
            Placement::Coroutine => {
                self.scenario.tasks[task].kind = Some("coroutine");
                job.coroutine = true;
                self.hold_context(task);
            }
            Placement::Thread => {}
        }
        for (parameter, _) in &passed {
            self.bind_local(&mut job, parameter);
        }
        let mut ops = Vec::new();
        self.job_entry = true;
        let shared_before = self.scenario.shared.len();
        self.run_function(&mut job, function, bind_args, bind_keywords, &mut ops, call.range(), false)?;
        if self.falls_off_its_end(&ops) {
            // Python's function that ends without `return` gives None (the format's default is 0).
            ops.push(super::none_return(self.line(&def.name)));
            self.none_result.get_or_insert(def.name.start().to_usize());
        }
        self.check_pool_callback_raises(&ops, call)?;
        self.scenario.tasks[task].ops = ops;
        if !matches!(placement, Placement::Executor(_, true)) {
            self.claim_run_memory(task, shared_before);
        }
        if let Placement::Executor(_, true) = placement {
            // A process pool's job runs in a process of its own: its local lists and dicts are there.
            // A dict or list the job makes and returns is its result, made by each run (run_memory.rs).
            let returned = self.claim_returned_run_memory(task, shared_before);
            let mut own = returned.clone();
            self.claim_process_locals(task, shared_before, &mut own);
            own.retain(|name| !returned.contains(name));
            self.copy_job_records(task, &record_copies, &mut own, call);
            if !constant_copies.is_empty() {
                // A module dict made at run time (`DATA = {"row": [1, 2]}`, a `new_dict` step of main's)
                // is written by main's first step, and its declared value is not the dict: refused then
                // by `check_process_copies` (session35/checks/matrix p_zero_div: a fault, not CPython's
                // ZeroDivisionError).
                self.process_copies.push((task, call.range().start().to_usize()));
            }
            own.extend(constant_copies.into_iter().filter(|name| !own.contains(name)).collect::<Vec<_>>());
            if !own.is_empty() {
                self.scenario.process_memory.push((task, own));
            }
        }
        self.futures.job_tasks.insert(key, task);
        let locals: Vec<(String, String)> = passed
            .iter()
            .map(|(parameter, _)| match job.locals.get(parameter) {
                Some(Value::Local(local) | Value::Future(local)) => (parameter.clone(), local.clone()),
                _ => (parameter.clone(), parameter.clone()),
            })
            .collect();
        self.futures.job_parameters.insert(task, locals);
        Ok((task, self.passed_locals(task, function, passed)))
    }

    /// Whether a job's translated body can reach its end without a `return` step: its future's result is
    /// then Python's None (a function annotated as pure work that returns nothing too).
    fn falls_off_its_end(&self, ops: &[Step]) -> bool {
        // A body that ends with `raise` never reaches its end.
        ops.last().is_none_or(|last| !matches!(last.key, "return" | "raise"))
    }

    /// One argument of a job: fixed at import time (bound in the task) or passed by the `submit`.
    fn job_argument(&self, parameter: &str, argument: Argument, passed: &mut Vec<(String, String)>) -> Argument {
        match argument {
            Argument::Code(text) | Argument::Known(text, _) => {
                passed.push((parameter.to_string(), text));
                Argument::Submitted
            }
            // A task passed to a coroutine (`job(download_task)`): its future, the caller's local, is
            // passed at run time, and the parameter is a future in the job (`await download_task`).
            Argument::Static(Value::Future(local)) => {
                passed.push((parameter.to_string(), local));
                Argument::SubmittedFuture
            }
            other => other,
        }
    }

    /// The `args` of a `submit`: each parameter by the task's local name for it.
    fn passed_locals(&self, task: usize, function: &str, passed: Vec<(String, String)>) -> Vec<(String, String)> {
        let _ = function;
        let locals = self.futures.job_parameters.get(&task);
        passed
            .into_iter()
            .map(|(parameter, text)| {
                let local = locals
                    .and_then(|l| l.iter().find(|(p, _)| *p == parameter))
                    .map_or(parameter.clone(), |(_, local)| local.clone());
                (local, text)
            })
            .collect()
    }

    fn kind_mismatch(&self, function: &str, is_async: bool, placement: Placement<'_>) -> String {
        match (is_async, placement) {
            (true, Placement::Executor(..)) => {
                format!("`{function}` is `async def`: an executor runs plain functions (a coroutine needs a loop)")
            }
            (true, _) => format!("`{function}` is `async def`: run it with `await` or `asyncio.create_task`"),
            (false, _) => format!("`{function}` is not `async def`: only a coroutine runs on the loop"),
        }
    }

    /// A job of a process pool runs in a process of its own: the main process's shared state is not there
    /// (Python gives the process a copy, whose changes the parent never sees). A pool's worker process
    /// keeps its copy from one job to the next, which weft's jobs (a process each) do not, so a pool's job
    /// may not use the main process's shared state at all.
    /// What the job may read is a list or dict nothing in the program writes (`BONUS = {"ann": 5}`): each
    /// worker's copy is the module's value, the same for every job, so the job's process gets that copy
    /// (session35/repro/r05; the copy was missing, weft's own "does not load"): the returned names.
    pub(super) fn check_process_job(&self, def: &ast::StmtFunctionDef, call: &ast::ExprCall) -> Result<Vec<String>> {
        let copies = self.process_globals(def, call, false)?;
        self.refuse_global_proxies(&copies, call)?;
        self.refuse_exceptions_pickle_breaks(def)?;
        Ok(copies)
    }

    /// The shared variables, lists and dicts of the main process that `def` (and every function it calls)
    /// uses, by their scenario names: with `copies`, a `multiprocessing.Process` gets its own copy of each
    /// (its memory starts as the module's); without (a pool's job), using one is refused unless nothing in
    /// the program writes it (a constant, whose copy is returned: every worker's is the same). Locks, events and the like
    /// cannot be copied into another process and are refused either way (a `multiprocessing.Queue` is
    /// shared by design).
    pub(super) fn process_globals(
        &self,
        def: &ast::StmtFunctionDef,
        call: &ast::ExprCall,
        copies: bool,
    ) -> Result<Vec<String>> {
        let mut seen = BTreeSet::new();
        let mut pending = vec![def];
        let mut copied = BTreeSet::new();
        while let Some(def) = pending.pop() {
            if !seen.insert(def.name.to_string()) {
                continue;
            }
            let mut declared = BTreeSet::new();
            let mut assigned = BTreeSet::new();
            collect_assigned(&def.body, &mut assigned, &mut declared);
            let mut scan = NameScan::default();
            for stmt in &def.body {
                scan.statement(stmt);
            }
            for name in scan.loaded.iter().chain(declared.iter()) {
                // A parameter, or a name the function assigns without `global`, is its own local: a
                // global of the same name is not used (a job `double(x)` beside a global `x`).
                let local = def.parameters.includes(name) || assigned.contains(name);
                if local && !declared.contains(name) {
                    continue;
                }
                let global = self.globals.get(name.as_str());
                if let Some(Value::Object(Object::Queue { name: queue, .. })) = global
                    && self.futures.interprocess_queues.contains(queue)
                {
                    continue;
                }
                match global {
                    Some(Value::Shared(shared, _)) if copies => {
                        copied.insert(shared.clone());
                    }
                    // A dict with string keys (`config = {"mode": "a"}`): a shared variable per key, each copied.
                    Some(Value::Record(fields)) if copies || !self.is_written(name) => {
                        copied.extend(fields.iter().map(|(_, shared)| shared.clone()));
                    }
                    // A pool's job may read a list or dict nothing writes: its worker's copy is the module's.
                    Some(Value::Shared(shared, _)) if !self.is_written(name) => {
                        copied.insert(shared.clone());
                    }
                    Some(Value::Shared(..) | Value::Record(_)) => {
                        return fail(
                            call,
                            format!(
                                "`{}` runs in another process but uses `{name}`, which the main process shares; a \
                                 pool's worker process keeps its own copy of it from one job to the next, which weft's \
                                 jobs (a process each) do not model (pass values as arguments and return the result, \
                                 use a `multiprocessing.Queue`, or read only lists and dicts nothing writes)",
                                def.name
                            ),
                        );
                    }
                    // A parameter of the same name is what the process was given: no global.
                    Some(Value::Object(Object::SharedValue { .. })) if def.parameters.includes(name) => {}
                    Some(Value::Object(Object::Lock { name: lock, .. }))
                        if def.parameters.includes(name) && self.multiprocessing_locks.contains(lock) => {}
                    Some(Value::Object(Object::Event(event)))
                        if def.parameters.includes(name) && self.multiprocessing_events.contains(event) => {}
                    Some(Value::Object(object @ Object::SharedValue { .. })) => {
                        return fail(
                            call,
                            format!(
                                "`{}` uses the {} `{name}` as a global; give it to the process in \
                                 `args=` (a global is the same memory only under the fork start method)",
                                def.name,
                                object.describe().trim_start_matches("a ")
                            ),
                        );
                    }
                    Some(Value::Object(_) | Value::Instance(_)) => {
                        return fail(
                            call,
                            format!(
                                "`{}` runs in another process but uses `{name}`, which belongs to the main \
                                 process; the new process would work on a copy of it (pass values as arguments, \
                                 or use a `multiprocessing.Queue`)",
                                def.name
                            ),
                        );
                    }
                    _ => {}
                }
                if let Some(callee) = self.functions.get(name.as_str()) {
                    pending.push(callee);
                }
            }
        }
        Ok(copied.into_iter().collect())
    }
}

/// Where a submitted function runs.
#[derive(Clone, Copy, Debug)]
pub enum Placement<'p> {
    /// On the workers of an executor (its name; whether its workers are processes).
    Executor(&'p str, bool),
    /// On the event loop, as a coroutine (`asyncio.create_task`, `gather`, `asyncio.run`).
    Coroutine,
    /// On a thread of the loop's default executor (`asyncio.to_thread`, `run_in_executor(None, ...)`).
    Thread,
}

/// A function to run in a task of its own and its arguments, as written at the call `at`.
pub struct Job<'j> {
    pub function: &'j Expr,
    pub args: &'j [Expr],
    pub keywords: &'j [ast::Keyword],
    pub at: &'j ast::ExprCall,
}

fn submit_step(task: usize, passed: &[(String, String)], into: &str, line: u32) -> Step {
    let mut entries = vec![("task", Node::Task(task))];
    if !passed.is_empty() {
        let pairs: Vec<String> = passed.iter().map(|(name, text)| format!("{name}: {}", quote(text))).collect();
        entries.push(("args", Node::Plain(format!("{{ {} }}", pairs.join(", ")))));
    }
    entries.push(("into", Node::Quoted(into.to_string())));
    Step::new("submit", Node::Map(entries), line)
}

pub(super) fn repeat(times: usize, ops: Vec<Step>, line: u32) -> Step {
    Step::new("repeat", Node::Map(vec![("times", Node::Plain(times.to_string())), ("ops", Node::Steps(ops))]), line)
}

/// The value of a range's variable in a `repeat` whose counter is `i`.
fn counter_value(start: i64, step: i64) -> String {
    match (start, step) {
        (0, 1) => "i".to_string(),
        (0, _) => format!("i * {step}"),
        (_, 1) => format!("{start} + i"),
        _ => format!("{start} + i * {step}"),
    }
}

pub(super) fn restore(frame: &mut Frame, variable: &str, saved: Option<Value>, saved_known: Option<Value>) {
    match saved {
        Some(value) => frame.locals.insert(variable.to_string(), value),
        None => frame.locals.remove(variable),
    };
    if let Some(known) = saved_known {
        frame.known.insert(variable.to_string(), known);
    }
}

/// A `repeat` that waits for each future of the local array `futures` in order, dropping the results.
fn wait_for_each(futures: &str, length: usize, line: u32) -> Step {
    let wait = Step::new("result", Node::Map(vec![("future", Node::Quoted(format!("{futures}[i]")))]), line);
    repeat(length, vec![wait], line)
}

/// Whether a statement of `body` itself (not one nested in it, where a loop of its own would hide the
/// pass's index) is `variable.add_done_callback(...)`.
fn adds_done_callback(body: &[Stmt], variable: &str) -> bool {
    body.iter().any(|stmt| {
        matches!(stmt, Stmt::Expr(statement) if matches!(&*statement.value, Expr::Call(call)
            if matches!(&*call.func, Expr::Attribute(attribute) if attribute.attr.as_str() == "add_done_callback"
                && matches!(&*attribute.value, Expr::Name(name) if name.id.as_str() == variable))))
    })
}

/// Puts `cancels` before every `break` of the loop whose body is `steps` (in its `if`s; a nested
/// `repeat` or `while` has breaks of its own). False when a `break` sits in another block (a `with`, a
/// `try`, an `atomic`), where the cancels would come before the block's exit rather than after it.
fn cancel_before_breaks(steps: &mut Vec<Step>, cancels: &[Step]) -> bool {
    let mut index = 0;
    while index < steps.len() {
        match steps[index].key {
            "break" => {
                for (offset, cancel) in cancels.iter().enumerate() {
                    steps.insert(index + offset, cancel.clone());
                }
                index += cancels.len() + 1;
                continue;
            }
            "repeat" | "while" => {}
            "if" => {
                if let Some(Node::Map(entries)) = &mut steps[index].value {
                    for (_, node) in entries.iter_mut() {
                        if let Node::Steps(inner) = node
                            && !cancel_before_breaks(inner, cancels)
                        {
                            return false;
                        }
                    }
                }
            }
            _ => {
                if steps[index].value.as_ref().is_some_and(holds_a_break) {
                    return false;
                }
            }
        }
        index += 1;
    }
    true
}

/// Whether a `break` step is in `node`, outside the loops (`repeat`, `while`) it holds.
fn holds_a_break(node: &Node) -> bool {
    match node {
        Node::Steps(steps) => steps.iter().any(|step| match step.key {
            "break" => true,
            "repeat" | "while" => false,
            _ => step.value.as_ref().is_some_and(holds_a_break),
        }),
        Node::Map(entries) => entries.iter().any(|(_, value)| holds_a_break(value)),
        Node::Clauses(clauses) => clauses.iter().flatten().any(|(_, value)| holds_a_break(value)),
        Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => false,
    }
}

/// The executor or the TaskGroup a start belongs to, whose end waits for its task.
fn start_pool(start: &super::coroutines::Start<'_>) -> Option<String> {
    start.executor.as_ref().map(|(name, _)| name.clone()).or_else(|| start.group.clone())
}

const TASK_LIST_ITEMS: &str =
    "a list of tasks is made over `range(...)` or a list of numbers, strings or tuples of them known at import time";

/// `TASK_LIST_ITEMS`, and for an executor's jobs the loop that takes other items (a module list of dicts).
fn task_list_items(start: &super::coroutines::Start<'_>) -> String {
    if start.executor.is_none() {
        return TASK_LIST_ITEMS.to_string();
    }
    format!(
        "{TASK_LIST_ITEMS}; over other items (a module list of dicts), make the list in a loop: `futures = []`, then `for r in records: futures.append(ex.submit(f, r))`"
    )
}
