//! `task.add_done_callback(cb)` of an asyncio task the coroutine started: CPython's task, when it ends
//! (returns, raises or is cancelled), schedules each of its callbacks on the loop with `call_soon`, in the
//! order they were added, and a callback added to a task that is done already is scheduled at once the
//! same way; the coroutine that adds it goes on. The loop then calls `cb(task)` between two steps of its
//! coroutines, and an exception the callback raises is logged by the loop, which goes on
//! (`Handle._run`). Here each callback is a coroutine task of its own on the loop (one per callback
//! function, as `loop.call_soon`'s handles are, loop_callbacks.rs): it waits for the task to end, then
//! runs `cb`'s body with the task as its argument. Nothing waits for it where it is added;
//! `asyncio.run`'s coroutine waits for every callback at its end, after the cancellation of the tasks
//! still pending (whose callbacks CPython runs then too), each with its exception caught, as the loop
//! logs it. Before session 17 the adding coroutine waited for the callback at once, so the callbacks of a
//! `for t in tasks:` loop ran in the order they were added, not the order their tasks ended
//! (session16/repro/r03).

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::closure_jobs::JobCallable;
use super::{Argument, Frame, LoopKind, Result, Translator, fail};
use crate::out::{Node, Step, quote};
use crate::value::Value;

impl Translator<'_> {
    /// `task`'s done callback `function` on the asyncio task `future`, submitted into a local of its
    /// own (the element `callbacks[i]` of `in_loop`'s array in a `for t in tasks:` loop) and noted for
    /// `asyncio.run`'s end to wait for.
    pub(super) fn task_done_callback(
        &mut self,
        frame: &mut Frame,
        (callable, future): (&JobCallable, &str),
        in_loop: Option<(String, usize)>,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let (task, watched) = self.task_callback_coroutine(callable, call, line)?;
        let (into, noted) = match &in_loop {
            Some((array, _)) => (Node::Quoted(format!("{array}[i]")), format!("{array}[i]")),
            None if frame.loops.contains(&LoopKind::Emitted) => {
                return fail(
                    call,
                    "a done callback added to an asyncio task inside a loop the scenario runs is imported only as \
                     `for t in tasks: t.add_done_callback(cb)` over a list of tasks; `asyncio.run` waits for each at its end",
                );
            }
            None => {
                let local = self.fresh_temporary(frame.task, "callback");
                (Node::Plain(local.clone()), local)
            }
        };
        let args = Node::Plain(format!("{{ {watched}: {} }}", quote(future)));
        out.push(Step::new(
            "submit",
            Node::Map(vec![("task", Node::Task(task)), ("args", args), ("into", into)]),
            line,
        ));
        self.note_task_callback(frame, noted, line);
        Ok(())
    }

    /// The coroutine that runs done callback `function` of asyncio tasks: it waits for its task
    /// (`watched`) to end, however it ends, then runs the callback's body with the task as its argument
    /// (its `result()` gives at once, or raises the task's exception, as CPython's). One task per
    /// callback function; gives it and the task's local for the watched future.
    fn task_callback_coroutine(
        &mut self,
        callable: &JobCallable,
        call: &ast::ExprCall,
        line: u32,
    ) -> Result<(usize, String)> {
        let function = callable.function.as_str();
        let key = self.callback_key(callable, "task done callback");
        if let Some(&task) = self.futures.job_tasks.get(&key) {
            return Ok((task, self.futures.job_parameters[&task][0].1.clone()));
        }
        // `task.add_done_callback(lambda t: ...)`: no function of the file (the message named an empty one).
        if callable.lambda.is_some() {
            return fail(
                call,
                "a `lambda` as the done callback of an asyncio task is not supported (an executor future's is); define the callback with `def` and pass its name (`def remember(t): ...`, then `task.add_done_callback(remember)`)",
            );
        }
        let Some(def) = self.functions.get(function).copied() else {
            return fail(call, format!("`{function}` is not a function of this file"));
        };
        if def.is_async {
            return fail(call, format!("`{function}` is `async def`; a done callback is a plain function"));
        }
        let task = self.coroutine_task(call, &format!("{function}_callback"), line)?;
        let mut frame = Frame::new(task, false, true);
        let watched = self.bind_local(&mut frame, "watched");
        let ended = self.fresh_temporary(task, "ended");
        let wait = Node::Map(vec![
            ("future", Node::Quoted(watched.clone())),
            ("into_ok", Node::Plain(ended)),
            ("catches", Node::Plain("BaseException".to_string())),
        ]);
        let mut ops = vec![Step::new("result", wait, line)];
        let task_argument = vec![Argument::Static(Value::Future(watched.clone()))];
        let (arguments, keywords) = self.callable_arguments(callable, task_argument, Vec::new(), call)?;
        self.run_function(&mut frame, function, arguments, keywords, &mut ops, call.range(), false)?;
        self.scenario.tasks[task].ops = ops;
        self.futures.job_tasks.insert(key, task);
        self.futures.job_parameters.insert(task, vec![("watched".to_string(), watched.clone())]);
        Ok((task, watched))
    }
}
