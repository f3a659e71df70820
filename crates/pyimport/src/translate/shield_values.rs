//! `outer = asyncio.shield(inner)` as a value, in a coroutine (session30/a08, session25/a03): later `await
//! outer`, `outer.cancel()`.
//!
//! CPython 3.11's `shield` returns the inner task itself when it is done already; else a plain future,
//! completed by the inner task's done callback (the pass after the inner task ends) with its value, its
//! exception, or cancelled when the inner task was; cancelling the outer future never reaches the inner
//! task. The import reads the inner task's state at the call (`future_state`): done, the name holds the
//! inner task; not done, a coroutine task of the import's own stands for the outer future: it waits for
//! the inner task with a `result` whose time-out is never reached (a cancel of it then wakes it with
//! CancelledError instead of passing the cancel on to the inner task), takes its value (raising its
//! exception, or CancelledError when it was cancelled) and returns it, a pass after the inner task's end,
//! as the callback completes the outer future. `await outer` is then a pass later than `await inner`, as
//! in CPython. `await asyncio.shield(inner)` makes the outer future the same way and awaits it so that a
//! cancel of the awaiting task stops there (`await_shield`).
//!
//! Not modelled, so refused: `outer.done()` and `outer.cancelled()` (CPython's `cancel()` of the outer
//! future takes effect at once; the task standing for it ends cancelled on its next turn), a shield kept
//! in a name inside an `if`, a loop or a `try` the scenario runs, and a cancel of a task whose coroutine keeps a shield
//! (its `await outer` gets CancelledError at once in CPython, a pass later here: cancelled_structures.rs).

use ruff_python_ast::{self as ast, Expr};

use super::future_states::FutureMaker;
use super::futures::Placement;
use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::{NEVER_REACHED_TIMEOUT, Node, Step, quote};
use crate::value::Value;

/// Why `done()` and `cancelled()` of a shield's outer future are refused.
const OUTER_STATE: &str = "the outer future of `asyncio.shield` is cancelled at once by `cancel()`, which the task weft makes for it takes on its next turn";

impl Translator<'_> {
    /// `name = asyncio.shield(inner)`: see the module's header. `Ok(false)` for any other assignment.
    pub(super) fn assign_shield(
        &mut self,
        frame: &mut Frame,
        name: &str,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Call(call) = value else { return Ok(false) };
        if self.module_callee(frame, call).is_none_or(|callee| callee != "asyncio.shield") {
            return Ok(false);
        }
        if frame.dynamic > 0 {
            return fail(
                call,
                "`x = asyncio.shield(t)` inside an `if`, a loop or a `try` the scenario runs is not supported: weft follows the name where every run binds it; shield there, or `await asyncio.shield(t)` at once",
            );
        }
        let outer = self.shield_value(frame, call, out, line)?;
        self.futures.state_makers.insert((frame.task, outer.clone()), FutureMaker::Other(OUTER_STATE));
        frame.locals.insert(name.to_string(), Value::Future(outer));
        frame.known.remove(name);
        Ok(true)
    }

    /// `await asyncio.shield(inner)` (its value into `into`): the outer future as above, awaited with a
    /// `result` whose time-out is never reached, so that a cancel of the awaiting task wakes it with
    /// CancelledError at once and goes no further, as CPython's cancels the outer future alone (which
    /// nothing else holds); then its value.
    pub(super) fn await_shield(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        into: Option<&str>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let outer = self.shield_value(frame, call, out, line)?;
        out.push(Step::new(
            "result",
            Node::Map(vec![
                ("future", Node::Quoted(outer.clone())),
                ("timeout", Node::Plain(NEVER_REACHED_TIMEOUT.to_string())),
                ("into_ok", Node::Plain(self.temporary(frame.task, "ended"))),
            ]),
            line,
        ));
        out.push(self.awaited_result(frame, &outer, into, line));
        Ok(())
    }

    /// The outer future of `asyncio.shield(inner)`, made here: the local that holds it.
    fn shield_value(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let ([inner], []) = (&call.arguments.args[..], &call.arguments.keywords[..]) else {
            return fail(call, "`asyncio.shield(aw)` takes the one awaitable");
        };
        if !frame.coroutine {
            return fail(call, "`asyncio.shield` outside a coroutine: there is no running loop");
        }
        let inner = self.shielded_task(frame, inner, out, line)?;
        let outer = self.fresh_temporary(frame.task, "shielded");
        let state = self.fresh_temporary(frame.task, "inner_state");
        out.push(Step::new(
            "future_state",
            Node::Map(vec![("future", Node::Quoted(inner.clone())), ("into", Node::Plain(state.clone()))]),
            line,
        ));
        let task = self.coroutine_task(call, "shield", line)?;
        self.scenario.tasks[task].ops = outer_future_ops(line);
        let submit = Step::new(
            "submit",
            Node::Map(vec![
                ("task", Node::Task(task)),
                ("args", Node::Plain(format!("{{ inner: {} }}", quote(&inner)))),
                ("into", Node::Plain(outer.clone())),
            ]),
            line,
        );
        let alias = Step::new("let", Node::Quoted(format!("{outer} = {inner}")), line);
        out.push(Step::new(
            "if",
            Node::Map(vec![
                ("cond", Node::Quoted(format!("{state} >= 2"))),
                ("then", Node::Steps(vec![alias])),
                ("else", Node::Steps(vec![submit])),
            ]),
            line,
        ));
        Ok(outer)
    }

    /// The task `shield` guards: a task the coroutine made, or one started here for a coroutine call of
    /// the file (as `ensure_future` wraps it). Its future's name.
    fn shielded_task(&mut self, frame: &mut Frame, inner: &Expr, out: &mut Vec<Step>, line: u32) -> Result<String> {
        if let Ok(Ex::Static(Value::Future(future))) = self.expr(frame, inner, false) {
            let holder = future.split('[').next().unwrap_or(&future).to_string();
            let holder = self.futures.element_locals.get(&holder).cloned().unwrap_or(holder);
            return match self.futures.state_makers.get(&(frame.task, holder)) {
                Some(FutureMaker::Task) => Ok(future),
                _ => fail(
                    inner,
                    "`asyncio.shield(t)` is imported for a task this coroutine made (`t = asyncio.create_task(...)`), or a coroutine call of the file, whose state weft reads at the call; here weft does not know what made `t` (a parameter, or a future of another kind)",
                ),
            };
        }
        let job = self.coroutine_call(frame, inner)?;
        let future = self.fresh_temporary(frame.task, "task");
        let into = Node::Plain(future.clone());
        self.note_future_maker(frame, Placement::Coroutine, &into);
        self.submit_job(frame, Placement::Coroutine, job, into, out, line)?;
        Ok(future)
    }
}

/// The steps of the task standing for the outer future: wait for `inner` without passing a cancel on,
/// then its value (or its exception, or CancelledError), returned.
fn outer_future_ops(line: u32) -> Vec<Step> {
    let wait = Step::new(
        "result",
        Node::Map(vec![
            ("future", Node::Quoted("inner".into())),
            ("timeout", Node::Plain(NEVER_REACHED_TIMEOUT.to_string())),
            ("into_ok", Node::Plain("ended".into())),
        ]),
        line,
    );
    let value = Step::new(
        "result",
        Node::Map(vec![("future", Node::Quoted("inner".into())), ("into", Node::Quoted("value".into()))]),
        line,
    );
    vec![wait, value, Step::new("return", Node::Quoted("value".into()), line)]
}

/// Whether `stmt` keeps a shield in a name (`outer = asyncio.shield(t)`), for cancelled_structures.rs.
pub(super) fn keeps_shield(stmt: &ast::Stmt) -> bool {
    let ast::Stmt::Assign(assign) = stmt else { return false };
    let Expr::Call(call) = &*assign.value else { return false };
    matches!(&*call.func, Expr::Attribute(attribute)
        if attribute.attr.as_str() == "shield"
            && matches!(&*attribute.value, Expr::Name(module) if module.id.as_str() == "asyncio"))
}
