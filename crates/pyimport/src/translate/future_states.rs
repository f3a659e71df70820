//! `f.done()`, `f.cancelled()` and `f.running()` as values (session 27): a `future_state` step reads the
//! future's state (CPython's `Future._state`: 0 pending, 1 running, 2 cancelled, 3 finished) into a
//! temporary, and the predicate is a comparison of it, in Python's order with the rest of the
//! expression (the read goes to a line of its own, as `f.cancel()`'s value does).
//!
//! Only futures whose state weft follows exactly are read: a thread pool's `submit`, and an asyncio
//! task (`create_task`, `ensure_future`, a TaskGroup's `create_task`) made by a coroutine. The others
//! are refused at the predicate: a process pool's job is marked running when CPython moves it into the
//! pool's call queue, ahead of any worker; the future of `asyncio.to_thread`/`run_in_executor` and of
//! `run_coroutine_threadsafe` is done only once a callback scheduled on a loop has run, after the job or
//! task ended; a future handed in from elsewhere (a parameter) could be any of these.

use std::collections::BTreeMap;

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::futures::Placement;
use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::syntax::name;
use crate::value::Value;

/// What made the futures a local (or a local array) holds, as far as their state goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FutureMaker {
    /// `submit` to a thread pool.
    ThreadJob,
    /// An asyncio task made by a coroutine.
    Task,
    /// `apply_async` of a `multiprocessing.Pool` (the pool pass's `submit`): its `ready()`, renamed
    /// `done()`, is read as done or not (session 35, s35pools).
    PoolResult,
    /// Anything else: a process pool's job, `to_thread`, `run_coroutine_threadsafe`.
    Other(&'static str),
}

/// The state makers of each holder of futures (by the task and its local or array), kept on the
/// translator: a name of another task (a parameter a future was handed in by) is not known.
pub type FutureMakers = BTreeMap<(usize, String), FutureMaker>;

/// The three predicates and the test of the state each is.
const PREDICATES: [(&str, &str); 3] = [("done", ">= 2"), ("cancelled", "== 2"), ("running", "== 1")];

impl Translator<'_> {
    /// A start by `frame` at `placement` puts its future into `into`: note what made it.
    pub(super) fn note_future_maker(&mut self, frame: &Frame, placement: Placement<'_>, into: &Node) {
        let (Node::Plain(text) | Node::Quoted(text)) = into else { return };
        let maker = match placement {
            Placement::Executor(_, false) => FutureMaker::ThreadJob,
            Placement::Executor(executor, true) if self.futures.multiprocessing_pools.contains(executor) => {
                FutureMaker::PoolResult
            }
            Placement::Executor(_, true) => FutureMaker::Other(
                "a process pool's job is marked running when CPython moves it into the pool's call queue, ahead of its worker, which weft does not model",
            ),
            Placement::Coroutine if frame.coroutine => FutureMaker::Task,
            Placement::Coroutine => FutureMaker::Other(
                "the future of `run_coroutine_threadsafe` is done only once a callback on the loop has run after the task ended, which weft does not model",
            ),
            Placement::Thread => FutureMaker::Other(
                "the future of `asyncio.to_thread` or `run_in_executor` is done only once a callback on the loop has run after the job ended, which weft does not model",
            ),
        };
        let holder = (frame.task, text.split('[').next().unwrap_or(text).to_string());
        let makers = &mut self.futures.state_makers;
        match makers.get(&holder) {
            Some(known) if *known != maker => {
                let mixed = FutureMaker::Other("the name holds futures of different makers here");
                makers.insert(holder, mixed);
            }
            _ => {
                makers.insert(holder, maker);
            }
        }
    }

    /// Is `value` `f.done()`, `f.cancelled()` or `f.running()` of a future? Its future's expression, the
    /// call, and the test of the state.
    pub(super) fn future_predicate_call<'e>(
        &self,
        frame: &Frame,
        value: &'e Expr,
    ) -> Option<(String, &'e ast::ExprCall, &'static str, &'static str)> {
        let Expr::Call(call) = value else { return None };
        let Expr::Attribute(attribute) = &*call.func else { return None };
        let &(name, test) = PREDICATES.iter().find(|(name, _)| *name == attribute.attr.as_str())?;
        match self.expr(frame, &attribute.value, false) {
            Ok(Ex::Static(Value::Future(future))) => Some((future, call, name, test)),
            _ => None,
        }
    }

    /// `x = f.done()`, `if f.cancelled():`, `n += f.running()`: the `future_state` step into a
    /// temporary; the predicate's expression is given back (a comparison, in parentheses).
    pub(super) fn future_predicate_value(
        &mut self,
        frame: &Frame,
        (future, call, name, test): (String, &ast::ExprCall, &'static str, &'static str),
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        if !call.arguments.is_empty() {
            return fail(call, format!("`{name}()` takes no arguments"));
        }
        let holder = future.split('[').next().unwrap_or(&future);
        let holder = self.futures.element_locals.get(holder).map_or(holder, String::as_str);
        let mut only_done = false;
        match self.futures.state_makers.get(&(frame.task, holder.to_string())) {
            Some(FutureMaker::ThreadJob) => {}
            // `r.ready()` of an `AsyncResult`: true once the pool's result handler has taken the job's
            // result, a moment after the job ended. Read as done or not (`only_done`), so that no
            // job's pick-up is a step of its own: a read ordered before the job's end reads false,
            // which also covers CPython's moment between the job's end and its handler.
            Some(FutureMaker::PoolResult) if name == "done" => only_done = true,
            Some(FutureMaker::PoolResult) => {
                return fail(call, format!("an `AsyncResult` has no `{name}()` (Python raises AttributeError)"));
            }
            Some(FutureMaker::Task) if name == "running" => {
                return fail(call, "an asyncio task has no `running()` (Python raises AttributeError)");
            }
            Some(FutureMaker::Task) => {}
            Some(FutureMaker::Other(why)) => {
                return fail(call, format!("`{name}()` of this future is not supported: {why}"));
            }
            None => {
                return fail(
                    call,
                    format!(
                        "`{name}()` is imported for a future the same function made (`f = pool.submit(...)` of a thread pool, `t = asyncio.create_task(...)`, a list of them); here weft does not know what made it"
                    ),
                );
            }
        }
        self.futures.state_reading_tasks.insert(frame.task);
        let state = self.temporary(frame.task, "state");
        let mut entries = vec![("future", Node::Quoted(future.clone())), ("into", Node::Plain(state.clone()))];
        if only_done {
            entries.push(("only_done", Node::Plain("true".to_string())));
        }
        out.push(Step::new("future_state", Node::Map(entries), line));
        Ok(format!("({state} {test})"))
    }
}

impl Translator<'_> {
    /// `if f.done() and not f.cancelled():`: a test whose later operand reads a future's state, which
    /// Python evaluates only when the operands before it do not decide. The test is evaluated once,
    /// whole, before either branch, so it is bound first to a name of its own (`$test = A and B`, the
    /// assignment of Python's `and`/`or` value, bool_values.rs, which reads the later operands only
    /// when Python would) and the `if` tests that name. `None` for any other test.
    pub(super) fn hoisted_state_test(
        &mut self,
        frame: &mut Frame,
        test: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Expr>> {
        let Expr::BoolOp(boolean) = test else { return Ok(None) };
        if !boolean.values[1..].iter().any(|operand| self.reads_a_future_state(frame, operand)) {
            return Ok(None);
        }
        let range = test.range();
        let held = format!("$test_{}", u32::from(range.start()));
        // The name is the test's own: a local even in the module's code (not a global of the scenario).
        let mut inner = frame.clone();
        inner.module_level = false;
        self.assign(&mut inner, &name(&held, range, ast::ExprContext::Store), test, out, line)?;
        let Some(bound) = inner.locals.get(&held).cloned() else { return Ok(None) };
        frame.locals.insert(held.clone(), bound);
        Ok(Some(name(&held, range, ast::ExprContext::Load)))
    }

    /// Whether `expr` holds a call of a future's predicate (`f.done()`, `not f.cancelled()`).
    fn reads_a_future_state(&self, frame: &Frame, expr: &Expr) -> bool {
        struct Find<'t, 'f, 'a> {
            translator: &'t Translator<'a>,
            frame: &'f Frame,
            found: bool,
        }
        impl<'e> Visitor<'e> for Find<'_, '_, '_> {
            fn visit_expr(&mut self, expr: &'e Expr) {
                self.found |= self.translator.future_predicate_call(self.frame, expr).is_some();
                if !self.found {
                    walk_expr(self, expr);
                }
            }
        }
        let mut find = Find { translator: self, frame, found: false };
        find.visit_expr(expr);
        find.found
    }

    /// `[f.cancelled() for f in fs].count(True)` (or `False`): the number of futures whose predicate
    /// holds (or not), which is `sum(1 for f in fs if f.cancelled())` (`if not ...` for False): each item
    /// is a bool, and `count` counts the items equal to its argument. `None` for any other value.
    pub(super) fn counted_predicates(value: &Expr) -> Option<Expr> {
        let Expr::Call(call) = value else { return None };
        let Expr::Attribute(attribute) = &*call.func else { return None };
        let Expr::ListComp(listed) = &*attribute.value else { return None };
        let ([argument], []) = (&call.arguments.args[..], &call.arguments.keywords[..]) else { return None };
        let counted = match argument {
            Expr::BooleanLiteral(literal) => literal.value,
            _ => return None,
        };
        let [generator] = &listed.generators[..] else { return None };
        if attribute.attr.as_str() != "count" || !generator.ifs.is_empty() || generator.is_async {
            return None;
        }
        // The element is a predicate of the comprehension's own variable (whose future the loop binds).
        let Expr::Call(predicate) = &*listed.elt else { return None };
        let Expr::Attribute(method) = &*predicate.func else { return None };
        let receiver_is_variable = matches!((&*method.value, &generator.target), (Expr::Name(receiver), Expr::Name(variable)) if receiver.id == variable.id);
        if !receiver_is_variable || !PREDICATES.iter().any(|(name, _)| *name == method.attr.as_str()) {
            return None;
        }
        let test = if counted {
            (*listed.elt).clone()
        } else {
            Expr::UnaryOp(ast::ExprUnaryOp {
                node_index: Default::default(),
                range: listed.elt.range(),
                op: ast::UnaryOp::Not,
                operand: listed.elt.clone(),
            })
        };
        let mut filtered = generator.clone();
        filtered.ifs = vec![test];
        let items = Expr::Generator(ast::ExprGenerator {
            node_index: Default::default(),
            range: listed.range,
            elt: Box::new(super::sequences::number(1, listed.range)),
            generators: vec![filtered],
            parenthesized: true,
        });
        let mut sum = call.clone();
        sum.func = Box::new(name("sum", attribute.range, ast::ExprContext::Load));
        sum.arguments.args = Box::new([items]);
        Some(Expr::Call(sum))
    }
}

impl Translator<'_> {
    /// `f.done()` or `not f.cancelled()` (a predicate, under any number of `not`s) as a value: the
    /// `future_state` step, and the expression of its value. `None` for any other value.
    pub(super) fn state_read_value(
        &mut self,
        frame: &Frame,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<String>> {
        if let Expr::UnaryOp(negated) = value
            && negated.op == ast::UnaryOp::Not
        {
            let inner = self.state_read_value(frame, &negated.operand, out, line)?;
            return Ok(inner.map(|text| format!("(not {text})")));
        }
        match self.future_predicate_call(frame, value) {
            Some(predicate) => self.future_predicate_value(frame, predicate, out, line).map(Some),
            None => Ok(None),
        }
    }
}

impl crate::out::Scenario {
    /// Whether some step reads a future's state: a program that polls one (`while not f.done():
    /// time.sleep(0.01)`) is ordered by its sleeps, as an `Event.is_set()` poll is, so its pool does
    /// not keep the time window out (out.rs).
    pub(crate) fn reads_future_states(&self) -> bool {
        fn in_node(node: &Node) -> bool {
            match node {
                Node::Steps(steps) => steps.iter().any(in_step),
                Node::Map(entries) => entries.iter().any(|(_, value)| in_node(value)),
                Node::Clauses(clauses) => clauses.iter().flatten().any(|(_, value)| in_node(value)),
                Node::Plain(_) | Node::Quoted(_) | Node::Task(_) => false,
            }
        }
        fn in_step(step: &Step) -> bool {
            let only_done =
                matches!(&step.value, Some(Node::Map(entries)) if entries.iter().any(|(key, _)| *key == "only_done"));
            (step.key == "future_state" && !only_done) || step.value.as_ref().is_some_and(in_node)
        }
        self.tasks.iter().any(|task| task.ops.iter().any(in_step))
    }
}
