//! `threading.Barrier(n, action=f)`, and a barrier whose `wait()` value (the arrival index) the program
//! uses (`if barrier.wait() == 0:`). The last of the `n` threads to arrive runs `f` before any of them
//! goes on (CPython's `Barrier._release` calls the action under the barrier's lock, while the others wait
//! on its condition), and each wait returns the number of parties that arrived before it (`index =
//! self._count` under that lock). The scenario's `barrier` step has neither, so a wait of such a barrier
//! is the barrier itself, written out as CPython's code keeps it: a shared count of the arrivals and a
//! generation. Each wait is one `atomic` step that notes the generation and its index (the count) and
//! counts itself in; the thread that makes the count `n` runs the action, then resets the count and moves
//! the generation on in one step; the others wait in a `while` until the generation moves (a spin-wait,
//! which the engine blocks until the generation is written). CPython makes a wait of the next
//! generation block until the last one's waiters have left (its draining state); here it counts in at
//! once, from 0 as in CPython, so its index is the same and only when it blocks differs.

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator, fail, while_step};
use crate::out::{Node, SharedInit, Step};

/// A written-out barrier: its action (if any) and the shared variables its waits keep.
#[derive(Debug)]
pub struct WrittenBarrier {
    action: Option<String>,
    count: String,
    generation: String,
}

impl Translator<'_> {
    /// A barrier made as `name` with an `action` or whose wait's value is used: a count and a
    /// generation at 0.
    pub(super) fn declare_written_barrier(&mut self, frame: &Frame, name: &str, action: Option<String>) {
        let count = self.declare_shared(frame, &format!("{name}_arrived"), SharedInit::Int(0));
        let generation = self.declare_shared(frame, &format!("{name}_generation"), SharedInit::Int(0));
        self.written_barriers.insert(name.to_string(), WrittenBarrier { action, count, generation });
    }

    /// `barrier.wait()` of a written-out barrier; `index` receives the arrival index (none: the
    /// value is dropped).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn written_barrier_wait(
        &mut self,
        frame: &mut Frame,
        name: &str,
        parties: u64,
        call: &ast::ExprCall,
        index: Option<&str>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if !call.arguments.is_empty() {
            return fail(call, "`wait()` of a Barrier with an `action`, or whose value is used, takes no time-out");
        }
        let WrittenBarrier { action, count, generation } = &self.written_barriers[name];
        let (action, count, generation) = (action.clone(), count.clone(), generation.clone());
        let mine = self.fresh_temporary(frame.task, &format!("{name}_generation_seen"));
        let last = self.fresh_temporary(frame.task, &format!("{name}_last"));
        let mut arrive = vec![Step::new("let", Node::Quoted(format!("{mine} = {generation}")), line)];
        if let Some(index) = index {
            arrive.push(Step::new("let", Node::Quoted(format!("{index} = {count}")), line));
        }
        arrive.push(Step::new("set", Node::Quoted(format!("{count} = {count} + 1")), line));
        arrive.push(Step::new("let", Node::Quoted(format!("{last} = {count} == {parties}")), line));
        out.push(Step::new("atomic", Node::Steps(arrive), line));
        let mut release = Vec::new();
        if let Some(function) = action {
            // The action runs inside the `if` of the last arrival: a call of the file's function there.
            let mut callee = Frame::new(frame.task, false, false);
            callee.dynamic = frame.dynamic + 1;
            callee.binding_depth = callee.dynamic;
            self.run_function(&mut callee, &function, Vec::new(), Vec::new(), &mut release, call.range(), false)?;
            // CPython breaks the barrier when the action raises: its exception goes to the thread that
            // ran it, and every other party's `wait()` raises BrokenBarrierError (session21/repro/r18,
            // where weft's other party waited for ever). The written-out barrier has no broken state.
            if super::exceptions::may_fault(&self.scenario, &super::caught_faults::without_caught_bodies(&release)) {
                return fail(
                    call,
                    format!(
                        "the Barrier's action `{function}` may raise, which breaks the barrier in CPython (the other parties' `wait()` raises BrokenBarrierError); weft does not model a broken barrier here: catch the error inside `{function}`"
                    ),
                );
            }
        }
        let reset = vec![
            Step::new("set", Node::Quoted(format!("{count} = 0")), line),
            Step::new("set", Node::Quoted(format!("{generation} = {generation} + 1")), line),
        ];
        release.push(Step::new("atomic", Node::Steps(reset), line));
        let spin = while_step(
            format!("{generation} == {mine}"),
            vec![Step::new("let", Node::Quoted(format!("{mine} = {mine}")), line)],
            line,
        );
        let entries =
            vec![("cond", Node::Quoted(last)), ("then", Node::Steps(release)), ("else", Node::Steps(vec![spin]))];
        out.push(Step::new("if", Node::Map(entries), line));
        Ok(())
    }
}

/// The names (`b` of `b.wait()`, `barrier` of `self.barrier.wait()`) whose `wait()` the program calls
/// anywhere but as a statement of its own: the barriers among them are written out, as their waits'
/// index is used. An event's or condition's name may be among them; only barriers look.
pub(super) fn waits_with_values(body: &[Stmt]) -> BTreeSet<String> {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    struct Waits(BTreeSet<String>);
    impl<'a> Visitor<'a> for Waits {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            // `b.wait()` as a statement drops its value: only its arguments are looked at.
            if let Stmt::Expr(statement) = stmt
                && let Expr::Call(call) = &*statement.value
                && wait_receiver(call).is_some()
            {
                call.arguments.args.iter().for_each(|arg| self.visit_expr(arg));
                call.arguments.keywords.iter().for_each(|keyword| self.visit_expr(&keyword.value));
                return;
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && let Some(receiver) = wait_receiver(call)
            {
                self.0.insert(receiver.to_string());
            }
            walk_expr(self, expr);
        }
    }
    let mut waits = Waits(BTreeSet::new());
    body.iter().for_each(|stmt| waits.visit_stmt(stmt));
    waits.0
}

/// `b` of `b.wait(...)` or of `x.b.wait(...)`.
fn wait_receiver(call: &ast::ExprCall) -> Option<&str> {
    let Expr::Attribute(method) = &*call.func else { return None };
    if method.attr.as_str() != "wait" {
        return None;
    }
    match &*method.value {
        Expr::Name(name) => Some(name.id.as_str()),
        Expr::Attribute(attribute) => Some(attribute.attr.as_str()),
        _ => None,
    }
}
