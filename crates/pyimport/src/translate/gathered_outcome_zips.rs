//! `for t, r in zip(pending, results):` after `results = await asyncio.gather(*pending,
//! return_exceptions=True)` over the `not_done` set of `asyncio.wait(..., FIRST_COMPLETED)`
//! (session36/a09: the losers cancelled, gathered, then each one's ending stored under its name).
//!
//! CPython walks the same set in the same order each time nothing changes it, so `zip` pairs each
//! task with its own outcome: gather's list is in the order `*pending` gave it (set_gathers.rs). Once the
//! gather has returned every task has ended, and its outcome is what `await t` gives or raises (its
//! value, its exception, the CancelledError of a cancelled task). So the loop is exactly
//!
//! ```python
//! for t in pending:
//!     try:
//!         r = await t
//!     except (Exception, asyncio.CancelledError) as e:
//!         r = e
//!     BODY
//! ```
//!
//! which the loop over `not_done` takes in every order of the set (wait_pending_loops.rs), as the gather
//! did: a superset of CPython's. Taken only where the list is the gather's and still whole: bound once
//! in the function, by that gather of that same set, and read elsewhere only whole by a builtin that
//! changes nothing (`len`, `print`, another `zip`); a list changed in between is refused.

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::done_orders::collect_bindings;
use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::Step;
use crate::syntax::name;
use crate::value::Value;

/// The builtins that read a list whole and change nothing.
const WHOLE_READERS: [&str; 8] = ["zip", "len", "print", "sorted", "list", "tuple", "str", "repr"];

/// A list made by `gather(*pending, return_exceptions=True)` over `wait(FIRST_COMPLETED)`'s `not_done`.
#[derive(Debug, Clone)]
pub(super) struct GatheredOutcomes {
    /// The private queue of the `done` positions of the `wait` whose `not_done` was gathered.
    pub(super) done: String,
    /// The asyncio module as the gather named it (`asyncio` of `asyncio.gather`), for its
    /// `CancelledError`.
    pub(super) module: Expr,
}

impl Translator<'_> {
    /// Notes that the local `list` of `task` holds the gather's outcomes of the `not_done` set whose
    /// `done` queue is `done`.
    pub(super) fn note_gathered_outcomes(&mut self, task: usize, list: &str, done: &str, module: &Expr) {
        let gathered = GatheredOutcomes { done: done.to_string(), module: module.clone() };
        self.futures.gathered_outcomes.insert((task, list.to_string()), gathered);
    }

    /// `for t, r in zip(pending, results):` (or `zip(results, pending)` with the names swapped) over a
    /// gather's outcomes of that `not_done` set, written out as the module comment's loop; false for
    /// any other `for`.
    pub(super) fn gathered_outcome_zip_for(
        &mut self,
        frame: &mut Frame,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        (line, next_line): (u32, u32),
    ) -> Result<bool> {
        let Some((task, outcome, pending, list)) = self.zipped_pending_and_outcomes(frame, looping) else {
            return Ok(false);
        };
        let Some(gathered) = self.futures.gathered_outcomes.get(&(frame.task, list.id.to_string())).cloned() else {
            return Ok(false);
        };
        let Ok(Ex::Static(Value::FirstCompleted { pending: true, done, .. })) = self.expr(frame, pending, false) else {
            return Ok(false);
        };
        if done != gathered.done {
            return fail(
                &*looping.iter,
                format!(
                    "`zip` of a `not_done` set with `{}`, the results of a gather of another set, is not supported: the pairs would be in two orders; zip a set with the gather of that same set",
                    list.id
                ),
            );
        }
        if !looping.orelse.is_empty() {
            return fail(&looping.range, "`for ... else` over `zip` of a `not_done` set is not supported");
        }
        self.check_outcomes_kept_whole(frame, list)?;
        let rewritten = outcome_loop(self, frame.task, looping, (task, outcome, pending), &gathered.module);
        // The handler keeps the exception as a value, as `gather` put it in its list (set_gathers.rs).
        let reads_exceptions = std::mem::replace(&mut self.exception_values, true);
        let translated = self.for_statement(frame, &rewritten, out, line, next_line);
        self.exception_values = reads_exceptions;
        translated.map(|()| true)
    }

    /// The loop's task and outcome names, the `not_done` set and the list of outcomes of `for t, r in
    /// zip(pending, results):` (or `zip(results, pending)` with `for r, t`), by what each is.
    fn zipped_pending_and_outcomes<'l>(
        &self,
        frame: &Frame,
        looping: &'l ast::StmtFor,
    ) -> Option<(&'l ast::ExprName, &'l ast::ExprName, &'l Expr, &'l ast::ExprName)> {
        let Expr::Tuple(target) = &*looping.target else { return None };
        let [Expr::Name(first), Expr::Name(second)] = &target.elts[..] else { return None };
        let Expr::Call(call) = &*looping.iter else { return None };
        let Expr::Name(callee) = &*call.func else { return None };
        if callee.id.as_str() != "zip" || self.resolve(frame, "zip").is_some() || !call.arguments.keywords.is_empty() {
            return None;
        }
        let [left, right] = &call.arguments.args[..] else { return None };
        // `for t, t in ...` binds the second: not this form.
        if first.id == second.id {
            return None;
        }
        let is_pending_set = |expr: &Expr| {
            matches!(self.expr(frame, expr, false), Ok(Ex::Static(Value::FirstCompleted { pending: true, .. })))
        };
        match (left, right) {
            (set, Expr::Name(list)) if is_pending_set(set) => Some((first, second, set, list)),
            (Expr::Name(list), set) if is_pending_set(set) => Some((second, first, set, list)),
            _ => None,
        }
    }

    /// Refuses a list of outcomes that the function binds again, or reads other than whole by a builtin
    /// that changes nothing: `zip` would no longer pair each task with its own outcome.
    fn check_outcomes_kept_whole(&self, frame: &Frame, list: &ast::ExprName) -> Result<()> {
        let name = list.id.as_str();
        let Some(body) = self.enclosing_body(frame) else { return Ok(()) };
        let mut bindings = Vec::new();
        collect_bindings(body, name, &mut bindings);
        let mut reads = WholeReads { name, whole: 0, all: 0 };
        reads.visit_body(body);
        if bindings.len() != 1 || reads.whole != reads.all {
            return fail(
                list,
                format!(
                    "`zip` of a `not_done` set with `{name}`, its gather's results, is supported only where `{name}` is bound once, by that gather, and read elsewhere only whole (`len({name})`, `print({name})`): a list changed in between no longer pairs each task with its own result"
                ),
            );
        }
        Ok(())
    }
}

/// The module comment's loop for `for task, outcome in zip(pending, ...): BODY`.
fn outcome_loop(
    translator: &mut Translator<'_>,
    task_number: usize,
    looping: &ast::StmtFor,
    (task, outcome, pending): (&ast::ExprName, &ast::ExprName, &Expr),
    module: &Expr,
) -> ast::StmtFor {
    let range = looping.range;
    let error = translator.fresh_temporary(task_number, "gathered_error");
    let load = |id: &str| name(id, range, ast::ExprContext::Load);
    let bind = |value: Expr| {
        Stmt::Assign(ast::StmtAssign {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            targets: vec![name(outcome.id.as_str(), range, ast::ExprContext::Store)],
            value: Box::new(value),
        })
    };
    let awaited = Expr::Await(ast::ExprAwait {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        value: Box::new(load(task.id.as_str())),
    });
    let outcome_of_task = crate::syntax::outcome_try(bind(awaited), module, &error, bind(load(&error)), range);
    let body = std::iter::once(outcome_of_task).chain(looping.body.iter().cloned()).collect();
    ast::StmtFor {
        target: Box::new(name(task.id.as_str(), task.range, ast::ExprContext::Store)),
        iter: Box::new(pending.clone()),
        body,
        ..looping.clone()
    }
}

/// How many times a body reads `name`, and how many of those are whole reads: an argument of one of
/// `WHOLE_READERS`.
struct WholeReads<'n> {
    name: &'n str,
    whole: usize,
    all: usize,
}

impl<'a> Visitor<'a> for WholeReads<'_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(read) if read.ctx.is_load() && read.id.as_str() == self.name => self.all += 1,
            Expr::Call(call) if matches!(&*call.func, Expr::Name(callee) if WHOLE_READERS.contains(&callee.id.as_str())) =>
            {
                self.whole += call
                    .arguments
                    .args
                    .iter()
                    .filter(|argument| matches!(argument, Expr::Name(read) if read.id.as_str() == self.name))
                    .count();
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}
