//! Counting over the sets `wait` gives (session17/f05): `cancelled = sum(1 for f in not_done if
//! f.cancel())` and `failed = sum(1 for f in done if f.exception() is not None)`.
//!
//! `sum` of a generator over a set of `wait(FIRST_COMPLETED)` or `wait(FIRST_EXCEPTION)` is the loop it
//! stands for, over a local of the task that no other task sees (Python's `sum` gives its value only at
//! the end): `acc = 0`, `for f in S: if C: acc += E`, then `NAME = acc`, each translated as those
//! statements are. A loop over `not_done` whose body is `if f.cancel(): ...` is a `cancel` of every future
//! of the `wait`, with `cancel()`'s value into a flag (`cancel: { future, into }`, True when the future had
//! not started: a queued job, a pending task), then the body when it is 1: cancelling a future that has
//! finished (one of `done`, or one that finished since) does nothing and gives False, so the count is
//! over `not_done` alone, as CPython's. That holds only when nothing cancelled the futures before the
//! `wait` (a future cancelled then is in `done`, and a second `cancel` of it gives True again), so the
//! `wait`s whose futures nothing had cancelled are noted; `f.exception()` of a future of their `done`
//! is its exception or None even when the program cancels the rest later.
//!
//! The value of `cancel()` is taken over asyncio's tasks and a thread pool's jobs. An executor's worker
//! in CPython takes its next job from the queue a moment after the job before has ended (and woken the
//! `wait`), so a `cancel` in between stops that job and says True: the engine's pick-up step
//! (engine/job_pick_up.rs, since session 19; before, this was refused, as session17/f05's CPython
//! cancelled=2, checked=['web'] was a state weft could not reach). A process pool's are refused
//! (translate/job_cancels.rs).

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::TextRange;

use super::futures::repeat;
use super::{Frame, Result, Translator, fail, local_reference};
use crate::out::{Node, Step};
use crate::value::Value;

/// What the import knows of the sets of the `wait`s translated so far.
#[derive(Default)]
pub(super) struct WaitSets {
    /// The `done` queues of the `wait`s whose futures nothing had cancelled before the `wait`.
    uncancelled_done: BTreeSet<String>,
    /// The future locals (task, local) bound to a future of such a `done`: finished, never cancelled.
    finished_uncancelled: BTreeSet<(usize, String)>,
    /// The `done` queues a `done.pop()` took a position from for good, each with the local that holds
    /// the popped future (wait_pending_loops.rs).
    pub(super) popped_done: BTreeMap<String, String>,
}

impl Translator<'_> {
    /// Notes a `wait` whose `done` queue is `done`, over the futures of the local array `futures`.
    pub(super) fn note_wait_sets(&mut self, futures: &str, done: &str) {
        if !self.is_cancelled(futures) {
            self.wait_sets.uncancelled_done.insert(done.to_string());
        }
    }

    /// Notes the loop variable's `local`, bound to each future of `done` in turn.
    pub(super) fn note_done_future(&mut self, task: usize, done: &str, local: &str) {
        if self.wait_sets.uncancelled_done.contains(done) {
            self.wait_sets.finished_uncancelled.insert((task, local.to_string()));
        }
    }

    /// Whether the future local `future` of `task` holds a future of a `done` set that nothing cancelled
    /// before it finished: its `exception()` does not raise CancelledError.
    pub(super) fn finished_uncancelled(&self, task: usize, future: &str) -> bool {
        self.wait_sets.finished_uncancelled.contains(&(task, future.to_string()))
    }

    /// `NAME = sum(E for f in S if C)` over a set of `wait`: the loop it stands for (module comment).
    /// `Ok(false)` for any other statement.
    pub(super) fn sum_over_wait_set(
        &mut self,
        frame: &mut Frame,
        assign: &ast::StmtAssign,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<bool> {
        let [target @ Expr::Name(_)] = &assign.targets[..] else { return Ok(false) };
        let Expr::Call(call) = &*assign.value else { return Ok(false) };
        let summing = matches!(&*call.func, Expr::Name(name) if name.id.as_str() == "sum")
            && !self.functions.contains_key("sum")
            && call.arguments.keywords.is_empty();
        let (element, generators) = match &call.arguments.args[..] {
            [Expr::Generator(generator)] if summing => (&generator.elt, &generator.generators),
            [Expr::ListComp(list)] if summing => (&list.elt, &list.generators),
            _ => return Ok(false),
        };
        let [generator] = &generators[..] else { return Ok(false) };
        if !matches!(self.expr(frame, &generator.iter, false), Ok(super::Ex::Static(Value::FirstCompleted { .. }))) {
            return Ok(false);
        }
        if generator.is_async {
            return fail(&generator.iter, "`async for` over `wait`'s sets is not supported");
        }
        let accumulator = self.wait_set_sum(frame, element, generator, assign.range, out, next_line)?;
        let range = assign.range;
        let total = local_reference(frame, &accumulator, &assign.value);
        let store_total = Stmt::Assign(ast::StmtAssign {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            targets: vec![target.clone()],
            value: Box::new(total),
        });
        self.block(frame, &[store_total], out, next_line)?;
        Ok(true)
    }

    /// `sum(E for f in S if C)` over a set `S` of `wait`: the loop it stands for, into an accumulator, a
    /// local of the task that no other task sees (Python's `sum` gives its value only at the end), whose
    /// name it gives. `range` is the statement's.
    pub(super) fn wait_set_sum(
        &mut self,
        frame: &mut Frame,
        element: &Expr,
        generator: &ast::Comprehension,
        range: TextRange,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<String> {
        let line = self.line(&range);
        let accumulator = self.temporary(frame.task, "summed");
        out.push(Step::new("let", Node::Quoted(format!("{accumulator} = 0")), line));
        let store = name_expression(&accumulator, range, ast::ExprContext::Store);
        frame.locals.insert(accumulator.clone(), Value::Local(accumulator.clone()));
        let mut body = vec![Stmt::AugAssign(ast::StmtAugAssign {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            target: Box::new(store),
            op: ast::Operator::Add,
            value: Box::new(element.clone()),
        })];
        if let Some(test) = conjunction(&generator.ifs, range) {
            body = vec![Stmt::If(ast::StmtIf {
                node_index: ast::AtomicNodeIndex::default(),
                range,
                test: Box::new(test),
                body: body.into(),
                elif_else_clauses: Vec::new(),
            })];
        }
        let looping = Stmt::For(ast::StmtFor {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            is_async: false,
            target: Box::new(generator.target.clone()),
            iter: Box::new(generator.iter.clone()),
            body: body.into(),
            orelse: Vec::new().into(),
        });
        // The accumulator is the task's own even in the module's code, where every name assigned is a
        // global: the loop is translated as a function's, so that `acc += E` is a local's.
        let module_level = std::mem::replace(&mut frame.module_level, false);
        let translated = self.block(frame, &[looping], out, next_line);
        frame.module_level = module_level;
        translated?;
        Ok(accumulator)
    }

    /// `for f in not_done: if f.cancel(): BODY` (a `sum` of `f.cancel()` comes to this): a `cancel` of
    /// every future of the `wait` with its value into a flag, then BODY when it is 1. `Ok(false)` when
    /// the loop's body is not that `if`.
    pub(super) fn counted_cancels(
        &mut self,
        frame: &mut Frame,
        variable: &str,
        looping: &ast::StmtFor,
        (futures, length, done): (&str, usize, &str),
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<bool> {
        let [Stmt::If(test)] = &looping.body[..] else { return Ok(false) };
        let Expr::Call(call) = &*test.test else { return Ok(false) };
        let cancels = call.arguments.is_empty()
            && matches!(&*call.func, Expr::Attribute(attribute) if attribute.attr.as_str() == "cancel"
                && matches!(&*attribute.value, Expr::Name(name) if name.id.as_str() == variable));
        if !cancels || !test.elif_else_clauses.is_empty() {
            return Ok(false);
        }
        if !self.wait_sets.uncancelled_done.contains(done) {
            return fail(
                test.test.as_ref(),
                "the value of `f.cancel()` over `not_done` is supported when nothing cancelled the futures before the `wait` (a future cancelled then is in `done`, and cancelling it again gives True)",
            );
        }
        // A body that uses the future sees the set's order: the loop of `pending_for`, in every order.
        if super::names_loaded(&test.body).contains(variable) {
            return Ok(false);
        }
        let line = self.line(looping);
        let flag = self.temporary(frame.task, "cancelled");
        self.forget_assigned(frame, &test.body);
        let mut then = Vec::new();
        frame.dynamic += 1;
        let translated = self.block(frame, &test.body, &mut then, next_line);
        frame.dynamic -= 1;
        translated?;
        let cancel = Step::new(
            "cancel",
            Node::Map(vec![("future", Node::Quoted(format!("{futures}[i]"))), ("into", Node::Plain(flag.clone()))]),
            line,
        );
        let when = Step::new("if", Node::Map(vec![("cond", Node::Quoted(flag)), ("then", Node::Steps(then))]), line);
        out.push(repeat(length, vec![cancel, when], line));
        self.note_cancels(futures, test.test.as_ref())?;
        Ok(true)
    }
}

fn name_expression(name: &str, range: TextRange, ctx: ast::ExprContext) -> Expr {
    Expr::Name(ast::ExprName {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        id: ast::name::Name::new(name),
        ctx,
    })
}

/// The tests of a comprehension's `if`s as one `and` (none: `None`).
fn conjunction(tests: &[Expr], range: TextRange) -> Option<Expr> {
    match tests {
        [] => None,
        [one] => Some(one.clone()),
        many => Some(Expr::BoolOp(ast::ExprBoolOp {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            op: ast::BoolOp::And,
            values: many.to_vec(),
        })),
    }
}
