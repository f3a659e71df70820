//! A function's local bound on some paths only, then read on a path that did not bind it: CPython raises
//! UnboundLocalError at the read. weft's locals start at 0, so until session 40 the read gave 0 under
//! "complete" (session40/repro/r02-r04: a loop over a list empty at run time, one branch of an `if`
//! decided by a race, a `try` whose body raised before the binding). weft does not model that error,
//! so such a read is refused, saying where the name may be unbound.
//!
//! Tracked while translating, by name, in `Frame::maybe_unbound`: a name the function assigns, not bound
//! before the statement, becomes maybe unbound after an `if` decided at run time with a path that does
//! not bind it, after a loop the scenario runs that may make no pass (a `while` step), and in the
//! handlers of a `try` (and after it, where a handler goes on without binding it). A statement that
//! surely binds it (an assignment, a `with ... as`, an `if` whose every branch does) ends that. Tests
//! decided at import time pick their branch then and add nothing: a read on a path the import sees
//! unbound is refused as before ("read before it is assigned").

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::name_scans::collect_assigned;
use super::{Frame, Translator};
use crate::out::Step;

impl Translator<'_> {
    /// The names `bodies` assign that may become unbound here: the function's locals not bound now.
    pub(super) fn unbound_candidates(&self, frame: &Frame, bodies: &[&[Stmt]]) -> BTreeSet<String> {
        if frame.module_level {
            return BTreeSet::new();
        }
        let mut assigned = BTreeSet::new();
        let mut declared = BTreeSet::new();
        for body in bodies {
            collect_assigned(body, &mut assigned, &mut declared);
        }
        assigned
            .into_iter()
            .filter(|name| frame.function_locals.contains(name) && !frame.globals_declared.contains(name))
            .filter(|name| !frame.locals.contains_key(name) || frame.maybe_unbound.contains(name))
            .collect()
    }

    /// After an `if` chain decided at run time: each candidate some path (a clause, or the missing
    /// `else`) does not surely bind.
    pub(super) fn note_if_chain_unbound(
        &self,
        frame: &mut Frame,
        candidates: BTreeSet<String>,
        clauses: &[(Option<&Expr>, &[Stmt], u32)],
    ) {
        let has_else = clauses.last().is_some_and(|(test, _, _)| test.is_none());
        for name in candidates {
            if !has_else || clauses.iter().any(|(_, body, _)| !surely_binds(body, &name)) {
                frame.maybe_unbound.insert(name);
            }
        }
    }

    /// After a loop statement: its candidates, where the steps it made hold a `while` (a loop the
    /// scenario runs, which may make no pass). A `while True:` makes its first pass always.
    pub(super) fn note_loop_unbound(
        &self,
        frame: &mut Frame,
        stmt: &Stmt,
        candidates: BTreeSet<String>,
        made: &[Step],
    ) {
        if let Stmt::While(looping) = stmt
            && is_always_true(&looping.test)
        {
            return;
        }
        if made.iter().any(|step| step.key == "while") {
            frame.maybe_unbound.extend(candidates);
        }
    }

    /// The first read, in what `stmt` evaluates itself (not the blocks it holds, met statement by
    /// statement), of a name that may be unbound here, and its refusal.
    pub(super) fn maybe_unbound_read_in<'s>(&self, frame: &Frame, stmt: &'s Stmt) -> Option<(&'s Expr, String)> {
        if frame.maybe_unbound.is_empty() {
            return None;
        }
        let mut reads = UnboundReads { maybe_unbound: &frame.maybe_unbound, shadowed: Vec::new(), found: None };
        if let Stmt::AugAssign(assign) = stmt
            && let Expr::Name(name) = &*assign.target
            && frame.maybe_unbound.contains(name.id.as_str())
        {
            reads.found = Some(&assign.target);
        }
        for expr in evaluated_by(stmt) {
            if reads.found.is_some() {
                break;
            }
            reads.visit_expr(expr);
        }
        let read = reads.found?;
        let Expr::Name(name) = read else { return None };
        Some((read, self.maybe_unbound_words(frame, name.id.as_str())?))
    }

    /// The refusal of a read of `name` where it may be unbound.
    fn maybe_unbound_words(&self, frame: &Frame, name: &str) -> Option<String> {
        (frame.maybe_unbound.contains(name) && !frame.globals_declared.contains(name)).then(|| {
            format!(
                "`{name}` is bound on some paths to here and not on others (a branch that does not bind it, a loop that may make no pass, a `try` whose body may raise before it), and CPython raises UnboundLocalError where it is read unbound; weft does not model that error: bind `{name}` on every path before this read (`{name} = None` first)"
            )
        })
    }
}

/// The candidates `stmt` surely binds are bound from here on.
pub(super) fn forget_surely_bound(frame: &mut Frame, stmt: &Stmt) {
    if frame.maybe_unbound.is_empty() {
        return;
    }
    let body = std::slice::from_ref(stmt);
    frame.maybe_unbound.retain(|name| !surely_binds(body, name));
}

/// Whether every path through `body` that reaches its end binds `name` (a path that leaves by
/// `return`, `raise`, `break` or `continue` does not reach it). Unsure forms (`match`) count as binding,
/// so nothing is refused on a guess.
pub(super) fn surely_binds(body: &[Stmt], name: &str) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::Return(_) | Stmt::Raise(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::Match(_) => true,
        Stmt::Assign(assign) => assign.targets.iter().any(|target| target_binds(target, name)),
        Stmt::AnnAssign(assign) => assign.value.is_some() && target_binds(&assign.target, name),
        Stmt::AugAssign(assign) => target_binds(&assign.target, name),
        Stmt::With(with) => {
            with.items.iter().any(|item| item.optional_vars.as_deref().is_some_and(|vars| target_binds(vars, name)))
                || surely_binds(&with.body, name)
        }
        Stmt::FunctionDef(function) => function.name.as_str() == name,
        Stmt::ClassDef(class) => class.name.as_str() == name,
        Stmt::Import(import) => import.names.iter().any(|alias| alias_binds(alias, name)),
        Stmt::ImportFrom(import) => import.names.iter().any(|alias| alias_binds(alias, name)),
        Stmt::If(branch) => {
            let has_else = branch.elif_else_clauses.last().is_some_and(|clause| clause.test.is_none());
            has_else
                && surely_binds(&branch.body, name)
                && branch.elif_else_clauses.iter().all(|clause| surely_binds(&clause.body, name))
        }
        Stmt::Try(attempt) => {
            let handlers_bind = attempt.handlers.iter().all(|handler| {
                let ast::ExceptHandler::ExceptHandler(handler) = handler;
                surely_binds(&handler.body, name)
            });
            surely_binds(&attempt.finalbody, name)
                || (surely_binds(&attempt.body, name) || surely_binds(&attempt.orelse, name)) && handlers_bind
        }
        Stmt::While(looping) if is_always_true(&looping.test) => surely_binds(&looping.body, name),
        _ => false,
    })
}

fn target_binds(target: &Expr, name: &str) -> bool {
    match target {
        Expr::Name(bound) => bound.id.as_str() == name,
        Expr::Tuple(tuple) => tuple.elts.iter().any(|element| target_binds(element, name)),
        Expr::List(list) => list.elts.iter().any(|element| target_binds(element, name)),
        Expr::Starred(starred) => target_binds(&starred.value, name),
        _ => false,
    }
}

fn alias_binds(alias: &ast::Alias, name: &str) -> bool {
    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
    bound.as_str().split('.').next() == Some(name)
}

fn is_always_true(test: &Expr) -> bool {
    match test {
        Expr::BooleanLiteral(literal) => literal.value,
        Expr::NumberLiteral(number) => !matches!(&number.value, ast::Number::Int(int) if *int == 0u8),
        _ => false,
    }
}

impl Translator<'_> {
    /// The names a `try`'s body binds that its handlers may find unbound: not those bound inside a
    /// `with` of the body, whose exception most often comes from the block's exit, after them (a
    /// TaskGroup's `async with`: session25/a04's `tasks = [tg.create_task(...) ...]`), where a guess
    /// would refuse a program that is right. A name bound only in a handler is not followed either
    /// (session24/a03's `failures`, whose TaskGroup always fails): both are left as before session 40.
    pub(super) fn try_body_unbound_candidates(&self, frame: &Frame, attempt: &ast::StmtTry) -> BTreeSet<String> {
        let mut in_with = BTreeSet::new();
        let mut declared = BTreeSet::new();
        for stmt in &attempt.body {
            if matches!(stmt, Stmt::With(_)) {
                collect_assigned(std::slice::from_ref(stmt), &mut in_with, &mut declared);
            }
        }
        let mut candidates = self.unbound_candidates(frame, &[&attempt.body]);
        candidates.retain(|name| !in_with.contains(name));
        candidates
    }

    /// After a `try` with handlers: each candidate the normal way through (the body, then `else`) or a
    /// handler that goes on after the `try` does not surely bind, unless the `finally` does.
    pub(super) fn note_try_unbound(&self, frame: &mut Frame, attempt: &ast::StmtTry, candidates: BTreeSet<String>) {
        for name in candidates {
            let normal = surely_binds(&attempt.body, &name) || surely_binds(&attempt.orelse, &name);
            let handled = attempt.handlers.iter().all(|handler| {
                let ast::ExceptHandler::ExceptHandler(handler) = handler;
                surely_binds(&handler.body, &name)
            });
            if (normal && handled) || surely_binds(&attempt.finalbody, &name) {
                frame.maybe_unbound.remove(&name);
            } else {
                frame.maybe_unbound.insert(name);
            }
        }
    }
}

/// The expressions `stmt` evaluates itself, before or instead of the blocks it holds.
fn evaluated_by(stmt: &Stmt) -> Vec<&Expr> {
    match stmt {
        Stmt::Expr(statement) => vec![&*statement.value],
        Stmt::Assign(assign) => std::iter::once(&*assign.value).chain(assign.targets.iter()).collect(),
        Stmt::AugAssign(assign) => vec![&*assign.value, &*assign.target],
        Stmt::AnnAssign(assign) => assign.value.as_deref().into_iter().chain([&*assign.target]).collect(),
        Stmt::Return(statement) => statement.value.as_deref().into_iter().collect(),
        Stmt::Raise(raise) => raise.exc.as_deref().into_iter().chain(raise.cause.as_deref()).collect(),
        Stmt::Assert(assert) => vec![&*assert.test],
        Stmt::Delete(delete) => delete.targets.iter().collect(),
        Stmt::If(branch) => std::iter::once(&*branch.test)
            .chain(branch.elif_else_clauses.iter().filter_map(|clause| clause.test.as_ref()))
            .collect(),
        Stmt::While(looping) => vec![&*looping.test],
        Stmt::For(looping) => vec![&*looping.iter],
        Stmt::With(with) => with.items.iter().map(|item| &item.context_expr).collect(),
        _ => Vec::new(),
    }
}

/// Finds the first read of a name that may be unbound, where no comprehension or lambda around it
/// binds that name for itself (a comprehension's variable is its own in Python 3).
struct UnboundReads<'f, 'e> {
    maybe_unbound: &'f BTreeSet<String>,
    shadowed: Vec<BTreeSet<String>>,
    found: Option<&'e Expr>,
}

impl<'e> UnboundReads<'_, 'e> {
    fn is_shadowed(&self, name: &str) -> bool {
        self.shadowed.iter().any(|names| names.contains(name))
    }

    /// A comprehension: its first iterable in the scope around it, the rest with its variables bound.
    fn comprehension(&mut self, generators: &'e [ast::Comprehension], parts: &[&'e Expr]) {
        let Some(first) = generators.first() else { return };
        self.visit_expr(&first.iter);
        let mut bound = BTreeSet::new();
        for generator in generators {
            bound.extend(super::names_in(&generator.target));
        }
        self.shadowed.push(bound);
        for (index, generator) in generators.iter().enumerate() {
            if index > 0 {
                self.visit_expr(&generator.iter);
            }
            generator.ifs.iter().for_each(|test| self.visit_expr(test));
        }
        parts.iter().for_each(|part| self.visit_expr(part));
        self.shadowed.pop();
    }
}

impl<'e> Visitor<'e> for UnboundReads<'_, 'e> {
    fn visit_expr(&mut self, expr: &'e Expr) {
        if self.found.is_some() {
            return;
        }
        match expr {
            Expr::Name(name) => {
                let id = name.id.as_str();
                if matches!(name.ctx, ast::ExprContext::Load)
                    && self.maybe_unbound.contains(id)
                    && !self.is_shadowed(id)
                {
                    self.found = Some(expr);
                }
            }
            Expr::ListComp(comprehension) => self.comprehension(&comprehension.generators, &[&comprehension.elt]),
            Expr::SetComp(comprehension) => self.comprehension(&comprehension.generators, &[&comprehension.elt]),
            Expr::Generator(generator) => self.comprehension(&generator.generators, &[&generator.elt]),
            Expr::DictComp(comprehension) => {
                let mut parts: Vec<&Expr> = comprehension.key.as_deref().into_iter().collect();
                parts.push(&comprehension.value);
                self.comprehension(&comprehension.generators, &parts)
            }
            Expr::Lambda(lambda) => {
                let mut bound = BTreeSet::new();
                if let Some(parameters) = &lambda.parameters {
                    bound.extend(parameters.iter().map(|parameter| parameter.name().to_string()));
                }
                self.shadowed.push(bound);
                self.visit_expr(&lambda.body);
                self.shadowed.pop();
            }
            _ => walk_expr(self, expr),
        }
    }
}
