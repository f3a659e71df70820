//! Lowering of format 1.1, part two: `submit`, `result`, `cancel`, `await` of a future, local arrays
//! (`let: "fs = array(N)"`) and the rule that a thread may not use asyncio's own primitives.

use serde_saphyr::{Location, Spanned};
use sim_core::limits;
use sim_core::model::*;

use super::{Lowering, Names};
use crate::context::Result;
use crate::expr::{Ast, parse_expression};
use crate::raw::{
    Name, NameOr, RawAwaitFuture, RawCancel, RawFutureState, RawResult, RawShutdown, RawSubmit, RawValue,
};

/// The text inside `array(...)` when an expression is exactly such a call.
pub(super) fn array_call(expr: &str) -> Option<&str> {
    let inner = expr.trim().strip_prefix("array")?.trim_start().strip_prefix('(')?.strip_suffix(')')?;
    Some(inner)
}

impl<N: Names> Lowering<'_, N> {
    /// `let: "fs = array(N)"`: N locals, all 0, named `fs[0]`... One step (Python's `[0] * N`).
    pub(super) fn lower_local_array(
        &mut self,
        target: &str,
        inner: &str,
        text: &Spanned<String>,
        at: &Location,
    ) -> Result<()> {
        let most = limits::MAX_LOCAL_ARRAY_LENGTH;
        let length = match inner.trim().parse::<u32>() {
            Ok(length) if length >= 1 && length as usize <= most => length,
            _ => {
                return Err(self
                    .error(&text.referenced, format!("`array(N)` takes a whole number N from 1 to {most}"))
                    .with_help("the length of a local array is fixed when it is made, as in `array(8)`"));
            }
        };
        let first = match self.arrays.get(target) {
            Some(&(first, count)) if count == length => first,
            Some(&(_, count)) => {
                return Err(self.error(
                    &text.referenced,
                    format!("`{target}` is already a local array of {count}; give an array of {length} another name"),
                ));
            }
            None if self.locals.contains_key(target) || self.names.shared_var(self.process, target).is_some() => {
                return Err(self.error(
                    &text.referenced,
                    format!("`{target}` is already a variable; a local array needs a name of its own"),
                ));
            }
            None => {
                let first = self.define(&format!("{target}[0]"));
                for k in 1..length {
                    self.define(&format!("{target}[{k}]"));
                }
                self.arrays.insert(target.to_string(), (first, length));
                first
            }
        };
        let zero = self.constant(0, "0");
        for k in 1..length {
            self.emit(Instr::Compute { local: LocalId(first.0 + k), expr: zero }, at)?;
        }
        self.emit(Instr::Let { local: first, expr: zero }, at).map(drop)
    }

    /// Where a value goes: a local, or `fs[i]`, an element of a local array.
    pub(super) fn place(&mut self, name: &Spanned<String>) -> Result<Place> {
        let text = name.value.trim();
        if !text.contains('[') {
            if self.arrays.contains_key(text) {
                return Err(self
                    .error(&name.referenced, format!("`{text}` is a local array; name one element, as `{text}[i]`")));
            }
            self.check_local_name(name)?;
            let local = self.define(text);
            return Ok(Place { first: local, count: 1, index: None });
        }
        let ast = parse_expression(text)
            .map_err(|e| self.names.context().error_in_scalar(&name.referenced, e.at, e.message))?;
        let Ast::Index { name: base, index, .. } = &ast else {
            return Err(self.error(&name.referenced, format!("`{text}` is not a local or an element of a local array")));
        };
        let Some(&(first, count)) = self.arrays.get(base.as_str()) else {
            return Err(self
                .error(&name.referenced, format!("`{base}` is not a local array"))
                .with_help(format!("make one first with `let: \"{base} = array(N)\"`")));
        };
        let index = self.expression_of(name, 0, index)?;
        Ok(Place { first, count, index: Some(index) })
    }

    pub(super) fn lower_submit(&mut self, submit: &RawSubmit, at: &Location) -> Result<()> {
        let (instances, parameters) = self.names.instances(&submit.task)?;
        let mut args = Vec::new();
        for (name, value) in &submit.args {
            let parameter =
                parameters.iter().position(|p| *p == name.value).expect("parameters gather every `args` name");
            let expr = match &value.value {
                RawValue::Number(n) => self.constant(self.integer(*n, &value.referenced)?, &n.to_string()),
                RawValue::Text(text) => {
                    let spanned = Spanned::new(text.clone(), value.referenced, value.defined);
                    self.expression(&spanned, text, 0)?
                }
            };
            args.push((parameter as u32, expr));
        }
        let into = submit.into.as_ref().map(|name| self.place(name)).transpose()?;
        let next_pass = self.next_pass(submit, instances)?;
        let id = self.names.add_submit(SubmitDef { instances, args, into, next_pass });
        self.emit(Instr::Submit(id), at).map(drop)
    }

    /// `next_pass: true`, which only a coroutine may ask of the coroutine it starts: `loop.call_later(0,
    /// f)` is a method of a loop, called from a coroutine (from a thread it is not thread-safe).
    fn next_pass(&self, submit: &RawSubmit, instances: InstancesId) -> Result<bool> {
        let Some(next_pass) = &submit.next_pass else { return Ok(false) };
        let coroutines = [self.names.task_kind(self.task), self.names.instances_kind(instances)];
        if next_pass.value && coroutines.iter().any(|&kind| kind != TaskKind::Coroutine) {
            return Err(self
                .error(
                    &next_pass.referenced,
                    "`next_pass` is for a coroutine starting a coroutine (`loop.call_later(0, f)`)",
                )
                .with_help("leave `next_pass` out: a thread, or a thread's task, starts at once"));
        }
        Ok(next_pass.value)
    }

    pub(super) fn lower_result(&mut self, result: &RawResult, at: &Location) -> Result<()> {
        if let Some(catches) = &result.catches
            && result.into_ok.is_none()
        {
            return Err(self
                .error(&catches.referenced, "`catches` says which exception `into_ok` catches; it needs `into_ok`")
                .with_help("add `into_ok: ok` (0 when the job raised that exception)"));
        }
        if result.timeout.is_none()
            && result.catches.is_none()
            && let Some(ok) = &result.into_ok
        {
            return Err(self
                .error(&ok.referenced, "`into_ok` says whether a wait timed out; it needs `timeout`")
                .with_help("add `timeout: D`, or leave `into_ok` out"));
        }
        let future = self.expression(&result.future, &result.future.value, 0)?;
        let value_into = result.into.as_ref().map(|name| self.place(name)).transpose()?;
        let patience = self.patience(result.timeout.as_ref(), result.into_ok.as_ref())?;
        let catches = result.catches.as_ref().map(|class| self.exception_class(class)).transpose()?;
        let wait = self.names.add_wait(FutureWaitDef { future, value_into, patience, catches, timed_out_into: None });
        self.emit(Instr::Result(wait), at).map(drop)
    }

    /// An exception class that `raise` or `catches` names: a Python identifier, possibly dotted.
    pub(super) fn exception_class(&mut self, class: &Name) -> Result<ExceptionId> {
        let name = class.value.as_str();
        let identifier = |part: &str| {
            part.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        };
        if !name.split('.').all(identifier) {
            return Err(self
                .error(&class.referenced, format!("`{name}` is not an exception class name"))
                .with_help("name the class as Python does, e.g. `ValueError`"));
        }
        Ok(self.names.exception(name))
    }

    /// `shutdown: X` or `shutdown: { executor: X, wait, cancel_futures }`. A `submit` to X after it
    /// raises RuntimeError, a class the model then declares. `shutdown: { default_executor: L }` is
    /// event loop L's default executor (the end of `asyncio.run`).
    pub(super) fn lower_shutdown(&mut self, raw: &Spanned<NameOr<RawShutdown>>, at: &Location) -> Result<()> {
        let (executor, wait, cancel_futures) = match &raw.value {
            NameOr::Name(name) => {
                (self.names.executor(&Spanned::new(name.clone(), raw.referenced, raw.defined))?, true, false)
            }
            NameOr::Full(full) => (
                self.shutdown_target(full, raw)?,
                full.wait.as_ref().is_none_or(|wait| wait.value),
                full.cancel_futures.as_ref().is_some_and(|cancel| cancel.value),
            ),
        };
        self.names.exception("RuntimeError");
        self.emit(Instr::Shutdown { executor, wait, cancel_futures }, at).map(drop)
    }

    /// The executor a long `shutdown:` names: `executor: X` or `default_executor: L`, exactly one.
    fn shutdown_target(&self, full: &RawShutdown, raw: &Spanned<NameOr<RawShutdown>>) -> Result<ExecutorId> {
        match (&full.executor, &full.default_executor) {
            (Some(name), None) => self.names.executor(name),
            (None, Some(event_loop)) => self.names.default_executor(event_loop),
            _ => Err(self
                .error(&raw.referenced, "`shutdown:` names one executor: `executor: X` or `default_executor: LOOP`")),
        }
    }

    /// `cancel: f`, or `cancel: { future: f, into: ok }` with `cancel()`'s value.
    pub(super) fn lower_cancel(&mut self, raw: &Spanned<NameOr<RawCancel>>, at: &Location) -> Result<()> {
        let (future, into) = match &raw.value {
            NameOr::Name(text) => (Spanned::new(text.clone(), raw.referenced, raw.defined), None),
            NameOr::Full(full) => (full.future.clone(), full.into.as_ref()),
        };
        let future = self.expression(&future, &future.value, 0)?;
        let into = into.map(|name| self.place(name)).transpose()?;
        self.emit(Instr::Cancel { future, into }, at).map(drop)
    }

    /// `future_state: { future: f, into: s }`: `f.done()`, `f.cancelled()`, `f.running()`.
    pub(super) fn lower_future_state(&mut self, raw: &RawFutureState, at: &Location) -> Result<()> {
        let future = self.expression(&raw.future, &raw.future.value, 0)?;
        let into = self.place(&raw.into)?;
        self.emit(Instr::FutureState { future, into, only_done: raw.only_done }, at).map(drop)
    }

    /// `await: { future: f, timeout: D, into: ok, timed_out: t }`: `asyncio.wait_for`.
    pub(super) fn lower_await_future(&mut self, raw: &RawAwaitFuture, at: &Location) -> Result<()> {
        let future = self.expression(&raw.future, &raw.future.value, 0)?;
        let patience = self.patience(raw.timeout.as_ref(), raw.into.as_ref())?;
        let timed_out_into = match &raw.timed_out {
            Some(name) => Some(self.timed_out_local(name, raw.timeout.is_some())?),
            None => None,
        };
        let wait = FutureWaitDef { future, value_into: None, patience, catches: None, timed_out_into };
        let wait = self.names.add_wait(wait);
        self.emit(Instr::AwaitFuture(wait), at).map(drop)
    }

    /// The local of `await`'s `timed_out`, which needs a `timeout` to say anything.
    fn timed_out_local(&mut self, name: &Spanned<String>, has_timeout: bool) -> Result<LocalId> {
        if !has_timeout {
            return Err(self
                .error(
                    &name.referenced,
                    "`timed_out` says whether an `await` gave up at its time-out; it needs `timeout`",
                )
                .with_help("add `timeout: D`, or leave `timed_out` out"));
        }
        self.check_local_name(name)?;
        Ok(self.define(&name.value))
    }

    /// asyncio's own primitives belong to coroutines: a thread that waits on one is a mistake Python
    /// reports at run time ("attached to a different loop"); weft reports it here.
    pub(super) fn check_asyncio_user(&self, asyncio: bool, kind: &str, name: &str, at: &Location) -> Result<()> {
        if !asyncio || self.names.task_kind(self.task) == TaskKind::Coroutine {
            return Ok(());
        }
        Err(self
            .error(at, format!("{kind} `{name}` is asyncio's own (`asyncio: true`); only coroutines may use it"))
            .with_help(format!("a thread uses a threading {kind}: leave `asyncio:` out of its declaration")))
    }
}
