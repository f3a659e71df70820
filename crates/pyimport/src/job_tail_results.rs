//! `fut.result()` inside an expression of a done callback that becomes its job's tail
//! (job_tail_callbacks.rs; session31/checks/k45: `log.append(f"cb{fut.result()}")`). The tail's copy of
//! the callback reads the job's value as `job_result(value, failed)`, a call the translator takes only
//! on a line of its own (`x = fut.result()`). Inside an expression the copy instead checks first, on a
//! line of its own, then reads the value:
//!
//! ```python
//! job_result(job_value, job_failed)      # raises when the job raised, as fut.result() would
//! log.append(f"cb{job_value}")
//! ```
//!
//! Exact when nothing the statement evaluates before the `result()` has an effect or reads what another
//! thread may write, and the `result()` is surely evaluated once the statement starts: every other call
//! of the statement's own expressions encloses the `result()` (it runs after it: `log.append(...)`),
//! the other parts read only the callback's own names (in CPython, `total += fut.result()` reads
//! `total`, then calls, where a thread switch may fall; the tail's check and read of the value would
//! close that window), and no `and`/`or`, conditional expression or comprehension may skip it. A
//! callback with a statement that is not so stays a thread of its own.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr};
use ruff_python_ast::visitor::{Visitor, walk_expr as walk_expr_ref};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::syntax::name;

/// Whether each statement of the callback's `body` (at any depth) that reads `future.result()` inside
/// an expression can check the job first (module docs). `locals`: the callback's own names (its
/// parameter and what it binds, less what it declares `global`), whose reads race with nothing.
pub(crate) fn results_checkable_first(body: &[Stmt], future: &str, locals: &BTreeSet<String>) -> bool {
    let callback = Callback { future, locals };
    callback.checkable(body)
}

/// The callback being looked at: its future's name and its own names.
struct Callback<'c> {
    future: &'c str,
    locals: &'c BTreeSet<String>,
}

impl Callback<'_> {
    fn checkable(&self, body: &[Stmt]) -> bool {
        body.iter().all(|stmt| self.statement_checkable(stmt))
    }

    fn statement_checkable(&self, stmt: &Stmt) -> bool {
        let future = self.future;
        let nested_bodies_checkable = match stmt {
            Stmt::If(branch) => {
                let elif_tests_plain = branch
                    .elif_else_clauses
                    .iter()
                    .all(|clause| clause.test.as_ref().is_none_or(|test| results_in(test, future) == 0));
                elif_tests_plain
                    && self.checkable(&branch.body)
                    && branch.elif_else_clauses.iter().all(|clause| self.checkable(&clause.body))
            }
            Stmt::While(looped) => self.checkable(&looped.body) && self.checkable(&looped.orelse),
            Stmt::For(looped) => self.checkable(&looped.body) && self.checkable(&looped.orelse),
            Stmt::With(with) => self.checkable(&with.body),
            Stmt::Match(_) => return !any_result(std::slice::from_ref(stmt), future),
            _ => true,
        };
        let header = header_expressions(stmt);
        if header.iter().all(|expr| results_in(expr, future) == 0) {
            return nested_bodies_checkable;
        }
        // `total += fut.result()` reads `total` before the call, where CPython may switch threads.
        let augmented_shared = matches!(stmt, Stmt::AugAssign(assign) if !self.local(&assign.target));
        nested_bodies_checkable && !augmented_shared && header.into_iter().all(|expr| self.result_first(expr))
    }

    /// Whether `expr`, holding `future.result()`, evaluates it surely, and before any other call or
    /// read of a shared name (every other call encloses a `result()`, as its function or method of a
    /// name); true when it holds none.
    fn result_first(&self, expr: &Expr) -> bool {
        let future = self.future;
        if results_in(expr, future) == 0 {
            return true;
        }
        match expr {
            _ if is_result(expr, future) => true,
            Expr::Call(call) => {
                let function_of_a_name = match &*call.func {
                    Expr::Name(_) => true,
                    Expr::Attribute(method) => matches!(&*method.value, Expr::Name(_)),
                    _ => false,
                };
                let arguments: Vec<&Expr> = call
                    .arguments
                    .args
                    .iter()
                    .chain(call.arguments.keywords.iter().map(|keyword| &keyword.value))
                    .collect();
                function_of_a_name
                    && arguments.iter().all(|argument| self.result_first(argument))
                    && self.others_plain(arguments.into_iter())
            }
            // The parts that may be skipped hold a result (checked above: some part holds one).
            Expr::BoolOp(_)
            | Expr::If(_)
            | Expr::ListComp(_)
            | Expr::SetComp(_)
            | Expr::DictComp(_)
            | Expr::Generator(_)
            | Expr::Lambda(_) => false,
            _ => {
                let mut parts = Parts::default();
                parts.visit_children(expr);
                parts.0.iter().all(|part| self.result_first(part)) && self.others_plain(parts.0.iter().copied())
            }
        }
    }

    /// The parts of an expression that hold no `result()` call nothing and read no shared name.
    fn others_plain<'e>(&self, parts: impl Iterator<Item = &'e Expr>) -> bool {
        parts
            .filter(|part| results_in(part, self.future) == 0)
            .all(|part| no_call(part) && self.reads_only_locals(part))
    }

    fn local(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Name(named) if self.locals.contains(named.id.as_str()))
    }

    /// Whether every name `expr` reads is the callback's own.
    fn reads_only_locals(&self, expr: &Expr) -> bool {
        struct Names<'l>(&'l BTreeSet<String>, bool);
        impl<'a> Visitor<'a> for Names<'_> {
            fn visit_expr(&mut self, expr: &'a Expr) {
                if let Expr::Name(named) = expr {
                    self.1 &= self.0.contains(named.id.as_str());
                }
                walk_expr_ref(self, expr);
            }
        }
        let mut names = Names(self.locals, true);
        names.visit_expr(expr);
        names.1
    }
}

/// The expressions a statement evaluates itself before its nested bodies (its test, its iterable, its
/// `with` items, or all of a simple statement's).
fn header_expressions(stmt: &Stmt) -> Vec<&Expr> {
    match stmt {
        Stmt::If(branch) => vec![&*branch.test],
        Stmt::While(looped) => vec![&*looped.test],
        Stmt::For(looped) => vec![&*looped.iter],
        Stmt::With(with) => with.items.iter().map(|item| &item.context_expr).collect(),
        Stmt::Expr(statement) => vec![&*statement.value],
        Stmt::Assign(assign) => assign.targets.iter().chain(std::iter::once(&*assign.value)).collect(),
        Stmt::AugAssign(assign) => vec![&*assign.target, &*assign.value],
        Stmt::AnnAssign(assign) => {
            assign.value.as_deref().into_iter().chain(std::iter::once(&*assign.target)).collect()
        }
        Stmt::Return(returned) => returned.value.as_deref().into_iter().collect(),
        Stmt::Assert(assert) => std::iter::once(&*assert.test).chain(assert.msg.as_deref()).collect(),
        Stmt::Delete(deleted) => deleted.targets.iter().collect(),
        Stmt::Raise(raised) => raised.exc.as_deref().into_iter().chain(raised.cause.as_deref()).collect(),
        _ => Vec::new(),
    }
}

/// The direct sub-expressions of an expression.
#[derive(Default)]
struct Parts<'a>(Vec<&'a Expr>);

impl<'a> Parts<'a> {
    fn visit_children(&mut self, expr: &'a Expr) {
        walk_expr_ref(self, expr);
    }
}

impl<'a> Visitor<'a> for Parts<'a> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        self.0.push(expr);
    }
}

/// Whether `expr` calls nothing.
fn no_call(expr: &Expr) -> bool {
    #[derive(Default)]
    struct Calls(bool);
    impl<'a> Visitor<'a> for Calls {
        fn visit_expr(&mut self, expr: &'a Expr) {
            self.0 |= matches!(expr, Expr::Call(_));
            walk_expr_ref(self, expr);
        }
    }
    let mut calls = Calls::default();
    calls.visit_expr(expr);
    !calls.0
}

/// How many `future.result()` calls `expr` holds.
fn results_in(expr: &Expr, future: &str) -> usize {
    struct Results<'f>(&'f str, usize);
    impl<'a> Visitor<'a> for Results<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if is_result(expr, self.0) {
                self.1 += 1;
            }
            walk_expr_ref(self, expr);
        }
    }
    let mut results = Results(future, 0);
    results.visit_expr(expr);
    results.1
}

/// Whether `body` holds a `future.result()` anywhere.
fn any_result(body: &[Stmt], future: &str) -> bool {
    struct Any<'f>(&'f str, bool);
    impl<'a> Visitor<'a> for Any<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            self.1 |= is_result(expr, self.0);
            walk_expr_ref(self, expr);
        }
    }
    let mut any = Any(future, false);
    any.visit_body(body);
    any.1
}

/// `future.result()` with no arguments.
pub(crate) fn is_result(expr: &Expr, future: &str) -> bool {
    let Expr::Call(call) = expr else { return false };
    let Expr::Attribute(method) = &*call.func else { return false };
    method.attr.as_str() == "result"
        && call.arguments.is_empty()
        && matches!(&*method.value, Expr::Name(receiver) if receiver.id.as_str() == future)
}

/// The names the tail's copy reads the job by.
pub(crate) struct JobNames<'n> {
    pub(crate) future: &'n str,
    pub(crate) job_result: &'n str,
    pub(crate) value: &'n str,
    pub(crate) failed: &'n str,
}

/// Puts `job_result(value, failed)` on a line of its own before each statement of `body` (at any
/// depth) that reads `future.result()` inside an expression, and reads `value` there instead. A
/// statement `x = future.result()` is left as it is (the translator takes that call).
pub(crate) fn check_before_nested_results(body: &mut ast::Suite, names: &JobNames) {
    let mut at = 0;
    while at < body.len() {
        nested_bodies(&mut body[at], names);
        let own_line = matches!(&body[at], Stmt::Assign(assign) if is_result(&assign.value, names.future));
        let holds = header_expressions(&body[at]).into_iter().any(|expr| results_in(expr, names.future) > 0);
        if holds && !own_line {
            let range = body[at].range();
            let reads = ValueForResult { names };
            reads.visit_header(&mut body[at]);
            body.insert(at, check_statement(names, range));
            at += 1;
        }
        at += 1;
    }
}

fn nested_bodies(stmt: &mut Stmt, names: &JobNames) {
    match stmt {
        Stmt::If(branch) => {
            check_before_nested_results(&mut branch.body, names);
            for clause in &mut branch.elif_else_clauses {
                check_before_nested_results(&mut clause.body, names);
            }
        }
        Stmt::While(looped) => {
            check_before_nested_results(&mut looped.body, names);
            check_before_nested_results(&mut looped.orelse, names);
        }
        Stmt::For(looped) => {
            check_before_nested_results(&mut looped.body, names);
            check_before_nested_results(&mut looped.orelse, names);
        }
        Stmt::With(with) => check_before_nested_results(&mut with.body, names),
        _ => {}
    }
}

/// `job_result(value, failed)` as a statement, at `range`.
fn check_statement(names: &JobNames, range: ruff_text_size::TextRange) -> Stmt {
    let load = |id: &str| name(id, range, ast::ExprContext::Load);
    let mut call = crate::syntax::call_without_arguments(load(names.job_result), range);
    if let Expr::Call(made) = &mut call {
        made.arguments.args = vec![load(names.value), load(names.failed)].into_boxed_slice();
    }
    Stmt::Expr(ast::StmtExpr { node_index: ast::AtomicNodeIndex::default(), range, value: Box::new(call) })
}

/// `future.result()` as the job's value, in a statement's own expressions.
struct ValueForResult<'n> {
    names: &'n JobNames<'n>,
}

impl ValueForResult<'_> {
    fn visit_header(&self, stmt: &mut Stmt) {
        match stmt {
            Stmt::If(branch) => self.visit_expr(&mut branch.test),
            Stmt::While(looped) => self.visit_expr(&mut looped.test),
            Stmt::For(looped) => self.visit_expr(&mut looped.iter),
            Stmt::With(with) => with.items.iter_mut().for_each(|item| self.visit_expr(&mut item.context_expr)),
            _ => self.visit_stmt(stmt),
        }
    }
}

impl Transformer for ValueForResult<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if is_result(expr, self.names.future) {
            *expr = name(self.names.value, expr.range(), ast::ExprContext::Load);
            return;
        }
        walk_expr(self, expr);
    }
}
