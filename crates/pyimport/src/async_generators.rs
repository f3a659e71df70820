//! Async generators (`async def` with `yield`, session20/a08) consumed by `async for x in agen(args):`.
//!
//! They are written out as generators.rs writes out a plain generator iterated by a `for`: the
//! generator's body, with `x = value` and the loop's body at each `yield value`, in the loop's task.
//! That is where CPython runs them: `async for` awaits each `__anext__` in the task that runs the loop,
//! so every `await` of the generator suspends that task, as the written-out `await` does, and nothing
//! runs between a `yield` and the loop's body. The limits are the plain generator's (no `break`,
//! `continue`, `return` or `else` of the loop, no `yield` inside a `try` or `with`: a loop left early
//! leaves the generator suspended until `asyncio.run` closes it). An async generator is never computed
//! at import time nor kept in a name (`anext`, `asend`, `athrow`, `aclose`), and `async for` over a
//! plain generator (a TypeError in Python) is not written out: those stay refused.

use ruff_python_ast as ast;

/// What an async generator is supported as, in a refusal of another use.
pub const ASYNC_SUPPORTED: &str = "an async generator (`async def` with `yield`) is supported as the iterable of an `async for` loop (`async for x in agen(args):`, with no `else`, `break`, `continue` or `return` of its own); `anext`, `asend`, `athrow`, `aclose`, an async comprehension over it or keeping it in a name are not supported";

/// Whether the loop is the one its generator is consumed by: `async for` over an async generator,
/// `for` over a plain one.
pub fn matching_loop(def: &ast::StmtFunctionDef, looping: &ast::StmtFor) -> bool {
    def.is_async == looping.is_async
}
