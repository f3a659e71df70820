//! Futures kept beside the items they were started for, where the items are known at import time
//! (session19/f07, f03): `pending = {name: ex.submit(job, name) for name in NAMES}`, then `for name, fut
//! in pending.items(): outcomes[name] = fut.result()`. Each job is started as `fut = ex.submit(job,
//! name)` starts it, into a future of its own (a local named after the dict and the key), in the
//! comprehension's order, and the dict is the import's dict of objects (object_dicts.rs): looked up and
//! walked by keys known at import time, each value the future. A list comprehension of tuples that
//! hold one start each, `[(page, ex.submit(download, page)) for page in PAGES]`, is the list of those
//! tuples known at import time, each with its future, which a `for page, fut in downloads:` walks
//! unrolled. An argument `fut.result()` of such a start (`ex.submit(parse, fut.result())`) is waited for
//! first, into a local the start then takes, as Python evaluates the arguments before it submits.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator, fail, for_each_comprehension_item};
use crate::out::{Node, Step};
use crate::value::{Items, Value};

impl Translator<'_> {
    /// The future of `value` when it starts a job or task (`ex.submit(f, x)`, `asyncio.create_task(c)`),
    /// started into a local named after `name`; `None` for any other value.
    pub(super) fn started_entry(
        &mut self,
        frame: &mut Frame,
        name: &str,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Value>> {
        let Expr::Call(call) = value else { return Ok(None) };
        let Some(start) = self.task_start(frame, call)? else { return Ok(None) };
        self.local_binding_allowed(frame, name, value)?;
        let local = self.local_name(frame.task, name);
        self.submit_start(frame, start, Node::Plain(local.clone()), out, line)?;
        Ok(Some(Value::Future(local)))
    }

    /// `[(x, ex.submit(f, x)) for x in items]` over items known at import time: each tuple with its
    /// future, as a list known at import time. `None` when the item is no tuple holding a start.
    pub(super) fn started_pairs(
        &mut self,
        frame: &mut Frame,
        name: &str,
        comprehension: &ast::ExprListComp,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Value>> {
        let Expr::Tuple(tuple) = &*comprehension.elt else { return Ok(None) };
        let starts = tuple.elts.iter().filter(|part| self.starts_a_job(frame, part)).count();
        if starts == 0 {
            return Ok(None);
        }
        let [generator] = comprehension.generators.as_slice() else {
            return fail(&comprehension.range, "a comprehension of tuples with futures has one `for`");
        };
        if !generator.ifs.is_empty() || generator.is_async {
            return fail(&comprehension.range, "a comprehension of tuples with futures has no `if` or `async for`");
        }
        let items = self.static_iteration(frame, &generator.iter)?;
        let tuples = for_each_comprehension_item(frame, generator, items, |frame| {
            self.started_tuple(frame, name, tuple, out, line)
        })?;
        Ok(Some(Value::List(tuples.into())))
    }

    /// Whether `part` is a call that starts a job or task (whatever its arguments).
    fn starts_a_job(&self, frame: &Frame, part: &Expr) -> bool {
        let Expr::Call(call) = part else { return false };
        let Expr::Attribute(attribute) = &*call.func else { return false };
        matches!(attribute.attr.as_str(), "submit" | "create_task")
            && matches!(
                self.expr(frame, &attribute.value, false),
                Ok(crate::expr::Ex::Static(Value::Object(_) | Value::Module(_)))
            )
    }

    /// One tuple of the comprehension: its starts made in order (each waiting first for an argument
    /// `fut.result()`), its other parts known at import time.
    fn started_tuple(
        &mut self,
        frame: &mut Frame,
        name: &str,
        tuple: &ast::ExprTuple,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Value> {
        let mut parts = Vec::with_capacity(tuple.elts.len());
        for part in &tuple.elts {
            if !self.starts_a_job(frame, part) {
                parts.push(self.static_value(frame, part)?);
                continue;
            }
            let Expr::Call(call) = part else { unreachable!("starts_a_job checked it") };
            let (call, waited) = self.results_waited_for(frame, call, out, line)?;
            let started = self.started_entry(frame, name, &Expr::Call(call), out, line);
            for temporary in waited {
                frame.locals.remove(&temporary);
            }
            match started? {
                Some(future) => parts.push(future),
                None => return fail(part, "this call starts no job weft follows"),
            }
        }
        Ok(Value::List(parts.into()))
    }

    /// `call` with each argument `fut.result()` waited for first, into a local the call then reads;
    /// the names bound for them.
    fn results_waited_for(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<(ast::ExprCall, Vec<String>)> {
        let mut call = call.clone();
        let mut waited = Vec::new();
        for argument in call.arguments.args.iter_mut() {
            let Some((future, result_call)) = self.future_result_call(frame, argument) else { continue };
            let result_call = result_call.clone();
            // A local of the task's own, also at module level: nothing but this call reads it.
            let temporary = self.fresh_temporary(frame.task, "awaited_result");
            self.result_step(frame, &future, &result_call, Some(Node::Plain(temporary.clone())), out, line)?;
            frame.locals.insert(temporary.clone(), Value::Local(temporary.clone()));
            *argument = Expr::Name(ast::ExprName {
                node_index: ast::AtomicNodeIndex::default(),
                range: argument.range(),
                id: temporary.as_str().into(),
                ctx: ast::ExprContext::Load,
            });
            waited.push(temporary);
        }
        Ok((call, waited))
    }

    /// `d.items()`, `d.keys()` or `d.values()` of a dict of futures made by keys known at import time:
    /// its entries in the dict's order (`None` for any other iterable).
    pub(super) fn future_entries_view(&self, frame: &Frame, iterable: &Expr) -> Option<Vec<Value>> {
        let Expr::Call(ast::ExprCall { func, arguments, .. }) = iterable else { return None };
        let Expr::Attribute(attribute) = &**func else { return None };
        if !arguments.is_empty() {
            return None;
        }
        let Ok(crate::expr::Ex::Static(Value::Objects(entries))) = self.expr(frame, &attribute.value, false) else {
            return None;
        };
        if entries.is_empty() || !entries.iter().all(|(_, value)| matches!(value, Value::Future(_))) {
            return None;
        }
        let entry = |(key, future): (String, Value)| match attribute.attr.as_str() {
            "keys" => Some(Value::Str(key)),
            "values" => Some(future),
            "items" => Some(Value::List(Items::tuple(vec![Value::Str(key), future]))),
            _ => None,
        };
        entries.into_iter().map(entry).collect()
    }
}
