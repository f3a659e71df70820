//! A take of a plain lock that may fail (`lock.acquire(timeout=...)`, `acquire(False)`,
//! `acquire(blocking=False)`) pairs with a release only where the release runs when it succeeded: in
//! the `if` branch its result opens (`if lock.acquire(timeout=1):`, or `got = lock.acquire(...)` then
//! `if got:`), or after an `if not lock.acquire(...):` that leaves, or a `while not lock.acquire(...):`
//! loop. Anywhere else the release may come after a failed take, from a thread that does not hold
//! the lock: Python's `threading.Lock` has no owner, so that release frees the lock another thread
//! holds (session25/repro/r10), and the import declares the lock `owned: false`.

use ruff_python_ast::comparable::ComparableExpr;
use ruff_python_ast::visitor::{Visitor, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::BTreeSet;

/// Whether `call`, an `acquire` call, may return False: any argument but `blocking=True` or
/// `timeout=-1` (wait without a limit).
pub(super) fn acquire_may_fail(call: &ast::ExprCall) -> bool {
    let never_fails = |keyword: &ast::Keyword| match keyword.arg.as_ref().map(|name| name.as_str()) {
        Some("blocking") => matches!(keyword.value, Expr::BooleanLiteral(ast::ExprBooleanLiteral { value: true, .. })),
        Some("timeout") => is_minus_one(&keyword.value),
        _ => false,
    };
    !call.arguments.args.is_empty() || !call.arguments.keywords.iter().all(never_fails)
}

/// The literal `-1` (or `-1.0`).
fn is_minus_one(expr: &Expr) -> bool {
    let Expr::UnaryOp(unary) = expr else { return false };
    let Expr::NumberLiteral(number) = &*unary.operand else { return false };
    let one = match &number.value {
        ast::Number::Int(int) => int.as_u8() == Some(1),
        ast::Number::Float(float) => *float == 1.0,
        ast::Number::Complex { .. } => false,
    };
    unary.op == ast::UnaryOp::USub && one
}

/// `receiver.acquire(...)` that may fail, as `expr` is.
pub(super) fn failing_take_of<'e>(expr: &'e Expr, receiver: &ComparableExpr) -> Option<&'e ast::ExprCall> {
    let Expr::Call(call) = expr else { return None };
    let Expr::Attribute(attribute) = &*call.func else { return None };
    (attribute.attr.as_str() == "acquire"
        && ComparableExpr::from(&*attribute.value) == *receiver
        && acquire_may_fail(call))
    .then_some(call)
}

/// The names `body` binds to the result of a take of `receiver` that may fail (`got = lock.acquire(
/// timeout=1)`, its `int(...)`/`bool(...)`, or a name bound so), at any depth of its blocks (not in the functions and classes it defines).
pub(super) fn failing_take_results(body: &[Stmt], receiver: &ComparableExpr) -> BTreeSet<String> {
    struct Results<'r, 'c> {
        receiver: &'r ComparableExpr<'c>,
        names: BTreeSet<String>,
    }
    impl<'a> Visitor<'a> for Results<'_, '_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                Stmt::Assign(assign) => {
                    let value = without_truth_conversion(&assign.value);
                    let copies_a_result = matches!(value, Expr::Name(name) if self.names.contains(name.id.as_str()));
                    if let [Expr::Name(target)] = assign.targets.as_slice()
                        && (copies_a_result || failing_take_of(value, self.receiver).is_some())
                    {
                        self.names.insert(target.id.to_string());
                    }
                }
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut results = Results { receiver, names: BTreeSet::new() };
    // Again while a pass finds more: a name that copies another's result (the import's hoisting makes
    // `acquire_result = lock.acquire(...)`, then `got = int(acquire_result)`).
    loop {
        let found = results.names.len();
        results.visit_body(body);
        if results.names.len() == found {
            return results.names;
        }
    }
}

/// `x` of `int(x)` or `bool(x)`, which keep its truth; any other expression as it is.
fn without_truth_conversion(expr: &Expr) -> &Expr {
    match expr {
        Expr::Call(call)
            if matches!(&*call.func, Expr::Name(function) if matches!(function.id.as_str(), "int" | "bool"))
                && call.arguments.keywords.is_empty() =>
        {
            match call.arguments.args.as_ref() {
                [argument] => argument,
                _ => expr,
            }
        }
        _ => expr,
    }
}

/// Whether an `if`'s `test` is a failing take's result: the take itself or a name bound to it.
pub(super) fn tests_a_failing_take(test: &Expr, receiver: &ComparableExpr, results: &BTreeSet<String>) -> bool {
    match test {
        Expr::Name(name) => results.contains(name.id.as_str()),
        _ => failing_take_of(test, receiver).is_some(),
    }
}

/// `not` of a failing take of `receiver` (`not lock.acquire(timeout=1)`).
fn negated_failing_take(test: &Expr, receiver: &ComparableExpr) -> bool {
    matches!(test, Expr::UnaryOp(unary) if unary.op == ast::UnaryOp::Not
        && failing_take_of(&unary.operand, receiver).is_some())
}

/// `if not lock.acquire(timeout=...):` whose body always leaves (`return`, `raise`, `continue`,
/// `break` last) and that has no `elif`/`else`: the code after it holds the lock, the body does not.
/// The body's range: where a release does not pair with this take.
pub(super) fn failure_region_of_if(branch: &ast::StmtIf, receiver: &ComparableExpr) -> Option<TextRange> {
    let leaves =
        matches!(branch.body.last(), Some(Stmt::Return(_) | Stmt::Raise(_) | Stmt::Continue(_) | Stmt::Break(_)));
    (leaves && branch.elif_else_clauses.is_empty() && negated_failing_take(&branch.test, receiver))
        .then(|| branch.range())
}

/// `while not lock.acquire(timeout=...):` (with no `break` that skips the take and no `else`): the
/// code after the loop holds the lock, its body does not. The loop's range: where a release does not
/// pair with this take.
pub(super) fn failure_region_of_while(looping: &ast::StmtWhile, receiver: &ComparableExpr) -> Option<TextRange> {
    (looping.orelse.is_empty() && !breaks_out(&looping.body) && negated_failing_take(&looping.test, receiver))
        .then(|| looping.range())
}

/// Whether `body` has a `break` of its own loop (not of a loop inside it).
fn breaks_out(body: &[Stmt]) -> bool {
    struct Breaks(bool);
    impl<'a> Visitor<'a> for Breaks {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Break(_) => self.0 = true,
                Stmt::For(_) | Stmt::While(_) | Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut breaks = Breaks(false);
    breaks.visit_body(body);
    breaks.0
}
