//! Futures made at run time: `fut = ex.submit(job, x)` inside an `if` or a loop the scenario runs (a
//! retry loop: `for attempt in range(3): fut = ex.submit(call, attempt)`, then `try: return
//! fut.result(timeout=t)` / `except TimeoutError:`). Each pass's `submit` starts a job of its own (the
//! engine makes an instance slot per pass it can reach) and binds the same local to its future, as
//! Python rebinds the name. Two things are needed for that to mean what CPython does:
//!
//! - The executor's shutdown waits for every job, not only the last future the name holds: a submit
//!   made at run time makes the shutdown the scenario's `shutdown` step (`OpenPool::run_time_submits`),
//!   which waits for every job of the executor, however many passes submitted. Before session 24 a
//!   `submit` as a statement in such a loop was waited for through its last future only (a job of an
//!   earlier pass could still run after the `with`: a state CPython never reaches), and one inside an
//!   `if` not taken made the shutdown wait on a future no `submit` gave (a fault where CPython runs on).
//! - The name is read only where it holds this pass's future: after its binding, in the statements of
//!   the same block. A read elsewhere (after the loop, in an `else:` of the `if`, before the binding
//!   in the loop's body) may find the name unbound in Python (UnboundLocalError) or find another
//!   pass's future, which the import does not follow; it is refused.

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::coroutines::Start;
use super::{Frame, Result, Translator, fail};

impl Translator<'_> {
    /// A submit to an executor inside an `if` or a loop the scenario runs (a `submit` or `map` as a
    /// statement, or a future bound to a name there): the executor's shutdown is its `shutdown` step,
    /// which waits for every job (the module's header). Not a comprehension's own submits, whose array
    /// the shutdown waits for.
    pub(super) fn note_run_time_submit(&mut self, executor: &str, frame: &Frame) {
        if frame.dynamic == 0 {
            return;
        }
        if let Some(pool) = self.futures.open.iter_mut().rev().find(|pool| pool.is_named(executor)) {
            pool.run_time_submits = true;
        }
    }

    /// `local` now holds the future of `start`: one made at run time makes its executor's shutdown the
    /// `shutdown` step, and is kept apart from the forms that need one future per name.
    pub(super) fn note_run_time_future(&mut self, frame: &Frame, start: &Start<'_>, local: &str) {
        let Some((executor, _)) = &start.executor else { return };
        if frame.dynamic == 0 {
            return;
        }
        self.note_run_time_submit(executor, frame);
        self.futures.run_time_futures.insert(local.to_string());
    }

    /// A done callback of a future made at run time: the shutdown waits for the callback's thread through
    /// one local, which each pass would overwrite (an earlier pass's callback could run after the `with`).
    pub(super) fn refuse_run_time_callback(&self, future: &str, call: &ast::ExprCall) -> Result<()> {
        if !self.futures.run_time_futures.contains(future) {
            return Ok(());
        }
        fail(
            call,
            "`add_done_callback` of a future made inside an `if` or a loop the scenario runs is not supported (the shutdown would wait for one pass's callback); make the futures with a comprehension and add the callbacks in a `for` over them",
        )
    }

    /// Whether `name = <start>` may bind the started task's future here. An executor's job bound inside
    /// an `if` or a loop the scenario runs is taken when the name is read only after the binding, in
    /// the same block (the module's header); anything else keeps the refusals of
    /// `local_binding_allowed`.
    pub(super) fn started_binding_allowed(
        &self,
        frame: &Frame,
        name: &str,
        value: &Expr,
        start: &Start<'_>,
    ) -> Result<()> {
        let executor_job = start.executor.is_some() && start.group.is_none() && !start.coroutine;
        if frame.dynamic == 0 || !executor_job || frame.globals_declared.contains(name) {
            return self.local_binding_allowed(frame, name, value);
        }
        let Some(body) = self.enclosing_body(frame) else {
            return self.local_binding_allowed(frame, name, value);
        };
        let Some((block, position)) = binding_block(body, name, value.range()) else {
            return self.local_binding_allowed(frame, name, value);
        };
        let after = &block[position + 1..];
        if let Some(read) = first_read_outside(body, name, after) {
            return fail(
                &read,
                format!(
                    "`{name}` holds a future made inside an `if` or a loop the scenario runs (line {}); weft follows it only in the statements after it in the same block, where it is this pass's future: here it may be unbound in Python (UnboundLocalError) or another pass's future. Read it there, or keep what you need of it (`value = {name}.result()`) in that block",
                    self.line(value)
                ),
            );
        }
        if bindings_of(body, name) > 1 {
            return fail(
                value,
                format!(
                    "`{name}` holds a future made inside an `if` or a loop the scenario runs and is bound elsewhere too; weft follows such a future under a name of its own"
                ),
            );
        }
        Ok(())
    }
}

/// The block holding the statement `name = ...` whose value is at `value`, and its position there.
fn binding_block<'b>(body: &'b [Stmt], name: &str, value: TextRange) -> Option<(&'b [Stmt], usize)> {
    for (position, stmt) in body.iter().enumerate() {
        if !stmt.range().contains_range(value) {
            continue;
        }
        if let Stmt::Assign(assign) = stmt
            && assign.value.range() == value
            && matches!(&assign.targets[..], [Expr::Name(target)] if target.id.as_str() == name)
        {
            return Some((body, position));
        }
        return crate::blocks::nested_blocks_of(stmt).into_iter().find_map(|block| binding_block(block, name, value));
    }
    None
}

/// The first read of `name` in `body` that is not inside the statements `after`.
fn first_read_outside(body: &[Stmt], name: &str, after: &[Stmt]) -> Option<Expr> {
    let allowed: Vec<TextRange> = after.iter().map(Ranged::range).collect();
    let mut names = NameUses::new(name);
    for stmt in body {
        names.visit_stmt(stmt);
    }
    names.reads.into_iter().find(|read| !allowed.iter().any(|range| range.contains_range(read.range()))).map(Expr::Name)
}

/// How many times `body` binds `name` (an assignment, a `for` target, a `with ... as`, ...).
fn bindings_of(body: &[Stmt], name: &str) -> usize {
    let mut names = NameUses::new(name);
    for stmt in body {
        names.visit_stmt(stmt);
    }
    names.bindings
}

/// The reads and bindings of one name, nested functions included (a closure reads it too).
struct NameUses<'n> {
    name: &'n str,
    reads: Vec<ast::ExprName>,
    bindings: usize,
}

impl<'n> NameUses<'n> {
    fn new(name: &'n str) -> Self {
        NameUses { name, reads: Vec::new(), bindings: 0 }
    }
}

impl<'a> Visitor<'a> for NameUses<'_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(name) = expr
            && name.id.as_str() == self.name
        {
            match name.ctx {
                ast::ExprContext::Load => self.reads.push(name.clone()),
                _ => self.bindings += 1,
            }
        }
        walk_expr(self, expr);
    }
}
