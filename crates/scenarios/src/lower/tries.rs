//! `try` blocks (an extension of format 1.1), lowered as CPython compiles them: the steps in line, and
//! an exception table (`FutureDefs::handlers`) from protected pc ranges to handlers. `finally` is
//! lowered once per way out: after `do` (and `else`), after each `except`, and as a handler that catches
//! every class, runs it and raises again (`Instr::Reraise`).

use serde_saphyr::Location;
use sim_core::model::*;

use super::{Lowering, Names};
use crate::context::Result;
use crate::raw::RawTry;

/// An open `try` block: how many loops were open outside it (a `break` or `continue` out of a `try` with
/// `finally` would skip the `finally`), and whether it has one.
pub(super) struct TryFrame {
    pub loops_outside: usize,
    pub has_finally: bool,
}

impl<N: Names> Lowering<'_, N> {
    pub(super) fn lower_try(&mut self, block: &RawTry, at: &Location) -> Result<()> {
        self.nested(at)?;
        if block.handlers.is_empty() && block.finally.is_empty() {
            return Err(self
                .error(at, "a `try` needs an `except` or a `finally`")
                .with_help("add `except: [{ classes: [ValueError], do: [...] }]`, or `finally: [...]`"));
        }
        if block.handlers.is_empty() && !block.otherwise.is_empty() {
            return Err(self.error(at, "a `try` with `else` needs an `except`"));
        }
        let caught = self.define(&format!("%exception{}", self.tries_lowered));
        self.tries_lowered += 1;
        let has_finally = !block.finally.is_empty();
        self.tries.push(TryFrame { loops_outside: self.loops.len(), has_finally });
        let start = self.here();
        self.steps(&block.body)?;
        let body_end = self.here();
        let mut protected_by_finally = vec![(start, body_end)];
        let otherwise_start = self.here();
        self.steps(&block.otherwise)?;
        protected_by_finally.push((otherwise_start, self.here()));
        self.steps(&block.finally)?;
        let mut to_end = vec![self.emit(Instr::Jump { target: 0 }, at)?];
        let mut clauses = Vec::new();
        for clause in &block.handlers {
            let classes: Vec<ExceptionId> =
                clause.classes.iter().map(|class| self.exception_class(class)).collect::<Result<_>>()?;
            let target = self.here();
            // `except C as e:` gets the exception's value in `e` (the model then carries values).
            let into = match &clause.name {
                Some(name) => {
                    self.exception_values = true;
                    self.define(&name.value)
                }
                None => caught,
            };
            self.handling.push(into);
            self.steps(&clause.ops)?;
            self.handling.pop();
            protected_by_finally.push((target, self.here()));
            self.steps(&block.finally)?;
            to_end.push(self.emit(Instr::Jump { target: 0 }, at)?);
            clauses.push((classes, target, into));
        }
        self.tries.pop();
        for (classes, target, into) in clauses {
            self.add_handler(start, body_end, classes, target, into);
        }
        if has_finally {
            let target = self.here();
            self.steps(&block.finally)?;
            self.emit(Instr::Reraise { local: caught }, at)?;
            for (from, to) in protected_by_finally {
                self.add_handler(from, to, Vec::new(), target, caught);
            }
        }
        let end = self.here();
        for jump in to_end {
            self.patch(jump, end);
        }
        self.depth -= 1;
        Ok(())
    }

    /// An entry of the exception table; the `with` blocks lowered inside its range release their locks
    /// on the way to it. An empty range (an empty `else`) catches nothing and is left out.
    fn add_handler(&mut self, start: u32, end: u32, classes: Vec<ExceptionId>, target: u32, into: LocalId) {
        if start == end {
            return;
        }
        let with_blocks = self.with_blocks.iter().copied().filter(|&(lock_pc, _)| (start..end).contains(&lock_pc));
        let with_blocks = with_blocks.collect();
        self.handlers.push(TryHandler { task: self.task, start, end, classes, target, into, with_blocks });
    }

    /// A bare `raise`: the exception the innermost `except` being run caught, again.
    pub(super) fn lower_reraise(&mut self, at: &Location) -> Result<()> {
        let Some(&local) = self.handling.last() else {
            return Err(self
                .error(at, "a bare `reraise` is only inside an `except`")
                .with_help("Python's bare `raise` raises the exception being handled; name a class with `raise: C`"));
        };
        self.emit(Instr::Reraise { local }, at).map(drop)
    }

    /// Leaving a `try` that has `finally` by `break` or `continue` of a loop outside it (`in_loop`), or by
    /// `return`, would skip the `finally`: refused (weft lowers `finally` on the ways out it knows).
    pub(super) fn check_leaves_no_finally(&self, at: &Location, in_loop: bool) -> Result<()> {
        let loops = self.loops.len();
        let crossed = |frame: &TryFrame| frame.has_finally && (!in_loop || frame.loops_outside >= loops);
        if !self.tries.iter().any(crossed) {
            return Ok(());
        }
        Err(self
            .error(at, "this leaves a `try` that has `finally`, which weft would skip")
            .with_help("move the `break`, `continue` or `return` after the `try`"))
    }

    /// An instance (a job, a coroutine task) of a scenario with `try` blocks: an exception no handler
    /// catches (a fault of its own too) leaves every `with` block on its way to the future, so one more
    /// entry covers the whole program and raises again from its end.
    pub(super) fn add_instance_exit(&mut self, at: &Location) -> Result<()> {
        let end = self.here();
        // Jump over the exit: running off the end finishes the task as before.
        self.emit(Instr::Jump { target: end + 2 }, at)?;
        let caught = self.define(&format!("%exception{}", self.tries_lowered));
        let target = self.emit(Instr::Reraise { local: caught }, at)?;
        let with_blocks = self.with_blocks.clone();
        let handler =
            TryHandler { task: self.task, start: 0, end, classes: Vec::new(), target, into: caught, with_blocks };
        self.handlers.push(handler);
        Ok(())
    }
}
