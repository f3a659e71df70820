//! `ThreadPoolExecutor(max_workers=2, thread_name_prefix="fetch")`: CPython names the pool's threads
//! `fetch_0`, `fetch_1`, ... (`ThreadPoolExecutor-N_0` without it); nothing else about the pool changes.
//! weft keeps a thread's name opaque wherever a program reads it (`threading.current_thread().name` may
//! be kept and printed, never computed with: expr.rs), so a prefix given as a string literal changes no
//! state weft models and is taken as it is. A prefix computed by the program (its evaluation may have
//! effects, and its text would name the threads) and one given to any other pool (Python's TypeError)
//! are refused.

use ruff_python_ast::{self as ast, Expr};

use super::{Result, Translator, fail};

/// The keyword this module takes besides the pool's size.
pub(super) const THREAD_NAME_PREFIX: &str = "thread_name_prefix";

impl Translator<'_> {
    /// Checks the `thread_name_prefix=` of a call of the executor `callee` (a qualified name), if any.
    pub(super) fn check_thread_name_prefix(&self, call: &ast::ExprCall, callee: &str) -> Result<()> {
        let Some(prefix) = call.arguments.find_keyword(THREAD_NAME_PREFIX) else {
            return Ok(());
        };
        if callee != "concurrent.futures.ThreadPoolExecutor" {
            return fail(
                prefix,
                format!("`{THREAD_NAME_PREFIX}` is a `ThreadPoolExecutor`'s only: Python raises TypeError here"),
            );
        }
        if !matches!(prefix.value, Expr::StringLiteral(_)) {
            return fail(
                &prefix.value,
                format!(
                    "`{THREAD_NAME_PREFIX}` is imported as a string literal (`{THREAD_NAME_PREFIX}=\"fetch\"`), which names the pool's threads only"
                ),
            );
        }
        Ok(())
    }
}
