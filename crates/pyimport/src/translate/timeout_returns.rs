//! `async with asyncio.timeout(t): return await aw` (session20/a06), which the split of `return await`
//! (return_await.rs) makes `x = await aw` then `return x`: the `await` is `asyncio.wait_for`'s time-out
//! (coroutines.rs, `timeout_block`) and the `return` follows it. Python runs the `return` in the same
//! step of the task as the end of the `await` (no suspension between them), so the deadline cannot
//! fire between the two, and leaving the `async with` by a `return` without a time-out raises nothing.

use ruff_python_ast::{Expr, Stmt};

/// Whether `returned` is `return x` of the one name `x` that `assigned` (`x = await aw`) binds.
pub(super) fn returns_assigned(assigned: &Stmt, returned: &Stmt) -> bool {
    let (Stmt::Assign(assign), Stmt::Return(ret)) = (assigned, returned) else { return false };
    let ([Expr::Name(target)], Some(value)) = (&assign.targets[..], ret.value.as_deref()) else { return false };
    matches!(&*assign.value, Expr::Await(_)) && matches!(value, Expr::Name(name) if name.id == target.id)
}
