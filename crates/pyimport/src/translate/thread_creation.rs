//! `threading.Thread(...)` and `threading.Timer(...)` made at import time: a new task whose ops are
//! the target's body with its arguments bound (moved from translate.rs in session 34, unchanged).

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{Argument, Frame, MAX_TASKS, Result, Translator, callables, fail};
use crate::out::{Node, Step};
use crate::value::Value;

/// What a Timer calls once its interval is up: a function of the file, or a method or lambda with the
/// items of its `args` (callables.rs).
enum TimerRuns<'e> {
    Function(String),
    Called(callables::CallTarget<'e>, &'e [Expr]),
}

impl Translator<'_> {
    /// `threading.Thread(target=f, args=(...), kwargs={...}, daemon=..., name=...)`: a new task whose
    /// ops are `f`'s body with its arguments bound. Arguments must be known at import time.
    pub(super) fn create_thread(&mut self, frame: &mut Frame, call: &ast::ExprCall, line: u32) -> Result<Value> {
        self.check_new_thread(frame, call, "thread")?;
        let mut target = None;
        let mut called = None;
        let mut args = Vec::new();
        let mut args_given = None;
        let mut kwargs = Vec::new();
        let mut daemon = false;
        let mut daemon_given = false;
        let mut thread_name = None;
        if !call.arguments.args.is_empty() {
            return fail(call, "pass the Thread's arguments by keyword (`target=`, `args=`)");
        }
        for keyword in &call.arguments.keywords {
            let Some(key) = &keyword.arg else {
                return fail(keyword, "`**kwargs` in a Thread call is not supported");
            };
            match key.as_str() {
                "target" => match self.call_target(frame, &keyword.value) {
                    Some(found) => called = Some(found),
                    None => target = Some(self.static_value(frame, &keyword.value)?),
                },
                "args" => {
                    args = match self.thread_args_with_dicts(frame, call, &keyword.value)? {
                        Some(made) => made,
                        None => self.thread_args(frame, &keyword.value)?,
                    };
                    args_given = Some(&keyword.value);
                }
                "kwargs" => kwargs = self.thread_kwargs(frame, &keyword.value)?,
                "daemon" => {
                    daemon = self.static_int(frame, &keyword.value)? != 0;
                    daemon_given = true;
                }
                "name" => match self.static_value(frame, &keyword.value)? {
                    Value::Str(text) => thread_name = Some(text),
                    _ => return fail(&keyword.value, "a thread's `name` must be a string"),
                },
                other => return fail(keyword, format!("`{other}=` of Thread is not supported")),
            }
        }
        if let Some(called) = called {
            // `target=event.set`, `target=lambda: items.append(f(1))`: the call, the thread's one statement.
            let arguments = self.called_arguments(args_given, &kwargs, call)?;
            let base = thread_name.clone().unwrap_or_else(|| self.call_target_base(called, frame));
            let task = self.new_task(&base, true, line);
            self.count_python_thread_name(frame, task, thread_name.is_none(), None);
            self.remember_thread_name(task, thread_name);
            self.set_daemon(task, daemon);
            if !daemon_given {
                self.remember_daemon_creator(task, frame.task);
            }
            self.scenario.tasks[task].ops = self.call_target_body(frame, task, called, arguments, call)?;
            return Ok(Value::Thread(task));
        }
        // Python names the thread after its target's `__name__`: a function's, not a partial's or a lambda's.
        let plain_target = matches!(target, Some(Value::Function(_)));
        // `target=partial(f, a)`: `f` given `a` before the thread's own arguments, as the call it makes.
        if let Some(Value::Partial(function, given, keywords)) = target {
            target = Some(Value::Function(function));
            args.splice(0..0, given);
            kwargs.splice(0..0, keywords);
        }
        // `target=lambda i=i: f(i)`: `f`, the lambda's parameters bound to the thread's arguments.
        if let Some(Value::Lambda(lambda)) = target {
            (args, kwargs) = self.thread_lambda(&lambda, args, kwargs, call)?;
            target = Some(Value::Function(lambda.function));
        }
        let Some(function) = self.thread_target(target) else {
            return fail(call, "a Thread needs `target=` naming a function of this file");
        };
        if self.call_stack.contains(&function) {
            return fail(call, format!("`{function}` starts a thread of itself: the threads would never end"));
        }
        let task = self.new_task(thread_name.as_deref().unwrap_or(&function), true, line);
        self.count_python_thread_name(frame, task, thread_name.is_none(), plain_target.then_some(&function));
        self.remember_thread_name(task, thread_name);
        self.set_daemon(task, daemon);
        if !daemon_given {
            self.remember_daemon_creator(task, frame.task);
        }
        self.scenario.tasks[task].ops = self.thread_body(task, &function, args, kwargs, call)?;
        Ok(Value::Thread(task))
    }

    /// The items of `args=` given to a target that is no function of the file (callables.rs): a tuple or
    /// list display, whose items the call takes as written; `kwargs=` is refused there.
    pub(super) fn called_arguments<'e>(
        &self,
        args: Option<&'e Expr>,
        kwargs: &[(String, Value)],
        call: &ast::ExprCall,
    ) -> Result<&'e [Expr]> {
        if !kwargs.is_empty() {
            return fail(call, "`kwargs` for a target that is a method or a lambda is not supported");
        }
        match args {
            None => Ok(&[]),
            Some(Expr::Tuple(tuple)) => Ok(&tuple.elts),
            Some(Expr::List(list)) => Ok(&list.elts),
            Some(other) => fail(other, "for a method or lambda target, write `args` as a tuple display `(a, b)`"),
        }
    }

    /// `args=` of a Thread or Timer: a tuple of values known at import time.
    pub(super) fn thread_args(&self, frame: &Frame, args: &Expr) -> Result<Vec<Value>> {
        match self.static_value(frame, args)? {
            Value::List(items) => {
                for (index, item) in items.iter().enumerate() {
                    let at = match args {
                        Expr::Tuple(tuple) => tuple.elts.get(index).unwrap_or(args),
                        _ => args,
                    };
                    self.check_thread_argument(item, at)?;
                }
                Ok(items.into_vec())
            }
            other => fail(args, format!("`args` must be a tuple, not {}", other.describe())),
        }
    }

    /// A thread (or timer, `what`) can be made here: within the task limit, outside every `if` or loop
    /// the scenario runs (the import makes one task per call it sees).
    pub(super) fn check_new_thread(&self, frame: &Frame, call: &ast::ExprCall, what: &str) -> Result<()> {
        if self.scenario.tasks.len() >= MAX_TASKS {
            return fail(call, format!("more than {MAX_TASKS} threads"));
        }
        if frame.dynamic > 0 {
            return fail(
                call,
                format!(
                    "a {what} made inside an `if` or a loop the scenario runs cannot be followed at import time; make it outside, or in a `for` over `range(N)` with N known"
                ),
            );
        }
        Ok(())
    }

    /// `kwargs=` of a Thread or Timer: a dict display with string keys and values known at import time.
    pub(super) fn thread_kwargs(&self, frame: &Frame, kwargs: &Expr) -> Result<Vec<(String, Value)>> {
        let Expr::Dict(dict) = kwargs else {
            return fail(kwargs, "`kwargs` must be a dict display `{\"name\": value}`");
        };
        let mut bound = Vec::new();
        for item in &dict.items {
            let key = item.key.as_ref().map(|k| self.static_value(frame, k)).transpose()?;
            let Some(Value::Str(key)) = key else {
                return fail(&item.value, "`kwargs` keys must be strings");
            };
            bound.push((key, self.static_value(frame, &item.value)?));
        }
        Ok(bound)
    }

    /// The ops of a thread's `task`: `function`'s body with its arguments bound.
    pub(super) fn thread_body(
        &mut self,
        task: usize,
        function: &str,
        args: Vec<Value>,
        kwargs: Vec<(String, Value)>,
        call: &ast::ExprCall,
    ) -> Result<Vec<Step>> {
        let mut thread_frame = Frame::new(task, false, true);
        let mut ops = Vec::new();
        let bound: Vec<Argument> = args.into_iter().map(Argument::Static).collect();
        let bound_keywords: Vec<(String, Argument)> =
            kwargs.into_iter().map(|(k, v)| (k, Argument::Static(v))).collect();
        self.run_function(&mut thread_frame, function, bound, bound_keywords, &mut ops, call.range(), false)?;
        Ok(ops)
    }

    /// `threading.Timer(interval, f, args=(...), kwargs={...})`: a thread, as CPython's Timer is one,
    /// whose run is `finished.wait(interval)`, then `f(*args)` if `finished` is still not set, then
    /// `finished.set()`; `t.cancel()` sets `finished` (`timer_events`). The test after the wait is a
    /// step of its own, as in CPython: a `cancel` between the two still stops `f`.
    pub(super) fn create_timer(&mut self, frame: &mut Frame, call: &ast::ExprCall, line: u32) -> Result<Value> {
        self.check_new_thread(frame, call, "timer")?;
        let mut interval = None;
        let mut target = None;
        let mut args = Vec::new();
        let mut args_given = None;
        let mut kwargs = Vec::new();
        if call.arguments.args.len() > 4 {
            return fail(call, "`Timer` takes an interval, a function, `args` and `kwargs`");
        }
        for (position, argument) in call.arguments.args.iter().enumerate() {
            match position {
                0 => interval = Some(self.duration(frame, argument)?),
                1 => target = Some(argument),
                2 => (args, args_given) = (self.thread_args(frame, argument)?, Some(argument)),
                _ => kwargs = self.thread_kwargs(frame, argument)?,
            }
        }
        for keyword in &call.arguments.keywords {
            let Some(key) = &keyword.arg else {
                return fail(keyword, "`**kwargs` in a Timer call is not supported");
            };
            match key.as_str() {
                "interval" => interval = Some(self.duration(frame, &keyword.value)?),
                "function" => target = Some(&keyword.value),
                "args" => (args, args_given) = (self.thread_args(frame, &keyword.value)?, Some(&keyword.value)),
                "kwargs" => kwargs = self.thread_kwargs(frame, &keyword.value)?,
                other => return fail(keyword, format!("`{other}=` of Timer is not supported")),
            }
        }
        let Some(interval) = interval else {
            return fail(call, "a Timer needs its interval");
        };
        let Some(target) = target else {
            return fail(call, "a Timer needs a function of this file to call");
        };
        // `Timer(0.01, event.set)`: the method's call as the body, as a thread's target (callables.rs).
        let (task, runs) = match self.call_target(frame, target) {
            Some(called) => {
                let arguments = self.called_arguments(args_given, &kwargs, call)?;
                let task = self.new_task(&self.call_target_base(called, frame), true, line);
                (task, TimerRuns::Called(called, arguments))
            }
            None => {
                let Value::Function(function) = self.static_value(frame, target)? else {
                    return fail(call, "a Timer needs a function of this file to call");
                };
                if self.call_stack.contains(&function) {
                    return fail(call, format!("`{function}` starts a timer of itself: the timers would never end"));
                }
                (self.new_task(&function, true, line), TimerRuns::Function(function))
            }
        };
        let finished = self.object_name(&format!("{}_timer_finished", self.scenario.tasks[task].base));
        self.scenario.events.push(finished.clone());
        self.timer_events.insert(task, finished.clone());
        let body = match runs {
            TimerRuns::Function(function) => self.thread_body(task, &function, args, kwargs, call)?,
            TimerRuns::Called(called, arguments) => self.call_target_body(frame, task, called, arguments, call)?,
        };
        let cancelled = self.temporary(task, "cancelled");
        let wait = vec![
            ("event", Node::Plain(finished.clone())),
            ("timeout", Node::Plain(interval)),
            ("into", Node::Plain(cancelled)),
        ];
        let run_unless_cancelled =
            vec![("cond", Node::Quoted(format!("not is_set({finished})"))), ("then", Node::Steps(body))];
        self.scenario.tasks[task].ops = vec![
            Step::new("wait", Node::Map(wait), line),
            Step::new("if", Node::Map(run_unless_cancelled), line),
            Step::new("set_event", Node::Plain(finished), line),
        ];
        Ok(Value::Thread(task))
    }
}
