//! A function that ends with the `with` of an executor whose body ends with `return` (session 35):
//!
//! ```python
//! def run(items):
//!     with ThreadPoolExecutor(2) as ex:
//!         futures = [ex.submit(job, x) for x in items]
//!         return sum(f.result() for f in futures)
//! ```
//!
//! The translator refused the executor ("an executor made inside an `if` or a loop the scenario runs",
//! or "`return` inside the `with` of an executor would leave before its shutdown"): a `return` before
//! the function's last line makes its body a loop that runs once, and a `return` inside the `with`
//! would leave before the shutdown's waits. Rewritten, after that refusal, as Python
//! runs it:
//!
//! ```python
//!     with ThreadPoolExecutor(2) as ex:
//!         futures = [ex.submit(job, x) for x in items]
//!         returned = sum(f.result() for f in futures)   # evaluated inside the `with`, as Python does
//!     return returned                                    # after `__exit__`'s shutdown(wait=True)
//! ```
//!
//! Python evaluates the value inside the `with`, then runs the executor's `__exit__` (`shutdown(wait=
//! True)`, which waits for every job and suppresses nothing), then returns: the same steps in the same
//! order. Only where exact: the `with` has the executor as its one item (another context manager could
//! suppress an exception raised by the value, after which Python's function goes on past the `with`
//! and returns None, where `return returned` would raise UnboundLocalError), it is the function's last
//! statement, and the function has no other `return`.

use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::ending_try_returns::{count_returns, innermost_function, none};

/// Whether the translator's refusal is of an executor's `with` this rewrite may make importable: one
/// made in the loop that runs once, or one whose body returns (one_pass_executors.rs lets the `with`
/// of a function with an early `return` through to that second check).
pub fn is_refused_executor(message: &str) -> bool {
    message.starts_with("an executor made inside")
        || message.starts_with("`break`, `continue` or `return` inside the `with` of an executor")
}

/// Rewrites the innermost function around `offset` (the refused executor's call) when it ends with that
/// executor's `with` and is of the form above; false when it is not.
pub fn rewrite_ending_with_return_at(body: &mut ast::Suite, offset: usize) -> bool {
    let mut taken = crate::syntax::module_names(body);
    let Some(def) = innermost_function(body, offset) else { return false };
    if count_returns(&def.body) != 1 {
        return false;
    }
    let Some(Stmt::With(with)) = def.body.last_mut() else { return false };
    let [item] = &with.items[..] else { return false };
    let at = item.context_expr.range();
    if with.is_async || !(at.start().to_usize() <= offset && offset < at.end().to_usize()) {
        return false;
    }
    let Some(Stmt::Return(tail)) = with.body.last_mut() else { return false };
    let returned = crate::syntax::fresh_name("returned", &mut taken);
    let value = tail.value.take().map_or_else(|| none(tail.range), |value| *value);
    let assigned = Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range: tail.range,
        targets: vec![crate::syntax::name(&returned, tail.range, ast::ExprContext::Store)],
        value: Box::new(value),
    });
    *with.body.last_mut().expect("a return ends it") = assigned;
    let at_the_end = TextRange::empty(with.range.end());
    def.body.push(Stmt::Return(ast::StmtReturn {
        node_index: ast::AtomicNodeIndex::default(),
        range: at_the_end,
        value: Some(Box::new(crate::syntax::name(&returned, at_the_end, ast::ExprContext::Load))),
    }));
    true
}
