//! A take of a plain lock that may fail (`lock.acquire(timeout=...)`, `acquire(False)`,
//! `acquire(blocking=False)`) pairs with a release only where the release runs when it succeeded: in
//! the `if` branch its result opens (`if lock.acquire(timeout=1):`, or `got = lock.acquire(...)` then
//! `if got:`). Anywhere else the release may come after a failed take, from a thread that does not hold
//! the lock: Python's `threading.Lock` has no owner, so that release frees the lock another thread
//! holds (session25/repro/r10), and the import declares the lock `owned: false`.

use ruff_python_ast::comparable::ComparableExpr;
use ruff_python_ast::visitor::{Visitor, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use std::collections::BTreeSet;

/// Whether `call`, an `acquire` call, may return False: any argument but `blocking=True` alone.
pub(super) fn acquire_may_fail(call: &ast::ExprCall) -> bool {
    let blocking_true = |keyword: &ast::Keyword| {
        keyword.arg.as_ref().is_some_and(|name| name.as_str() == "blocking")
            && matches!(keyword.value, Expr::BooleanLiteral(ast::ExprBooleanLiteral { value: true, .. }))
    };
    !call.arguments.args.is_empty() || call.arguments.keywords.iter().any(|keyword| !blocking_true(keyword))
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
/// timeout=1)`), at any depth of its blocks (not in the functions and classes it defines).
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
                    if let [Expr::Name(target)] = assign.targets.as_slice()
                        && failing_take_of(&assign.value, self.receiver).is_some()
                    {
                        self.names.insert(target.id.to_string());
                    }
                }
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut results = Results { receiver, names: BTreeSet::new() };
    results.visit_body(body);
    results.names
}

/// Whether an `if`'s `test` is a failing take's result: the take itself or a name bound to it.
pub(super) fn tests_a_failing_take(test: &Expr, receiver: &ComparableExpr, results: &BTreeSet<String>) -> bool {
    match test {
        Expr::Name(name) => results.contains(name.id.as_str()),
        _ => failing_take_of(test, receiver).is_some(),
    }
}
