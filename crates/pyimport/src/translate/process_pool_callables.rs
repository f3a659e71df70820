//! What a process pool runs must be pickled to reach the pool's processes (session 25, silent error E
//! and weft's own error G).
//!
//! `multiprocessing.Pool.map`/`apply_async`/... and `ProcessPoolExecutor.submit`/`map` send the function
//! by pickle, which names a module-level function by its qualified name: a lambda or a function defined
//! inside another has none, and CPython fails every run (session25/repro/r08: `Pool.map(lambda ...)`
//! raises `_pickle.PicklingError` at the `map`; r09: `submit(lambda ...)`'s future holds it and
//! `result()` raises it). A bound method (`pool.map(scaler.scale, ...)`) pickles its instance with it:
//! the pool's process works on its own copy (r11), or CPython fails when an attribute cannot be pickled
//! (checks/c115: a `threading.Lock`). weft does not make that copy. All three are refused at the
//! function given to the pool.

use super::*;
use ruff_text_size::Ranged;

/// What is given, and the exception CPython 3.11 raises when it pickles it (measured).
const LAMBDA: (&str, &str) = ("a lambda", "`_pickle.PicklingError: Can't pickle <function <lambda>>`");
const NESTED: (&str, &str) =
    ("a function defined inside another function", "`AttributeError: Can't pickle local object`");

impl Translator<'_> {
    /// `function`, given to a process pool to run, is one CPython can pickle the way weft models it: a
    /// function of the file's module level (or a `partial` of one). A lambda is refused at `call`, the
    /// pool's call: a refusal at the lambda itself would have it rewritten as a module function and the
    /// program translated again (lambda_functions.rs), which CPython can pickle and this cannot.
    pub(super) fn check_process_pool_callable(&self, frame: &Frame, function: &Expr, call: &impl Ranged) -> Result<()> {
        let given = match function {
            Expr::Lambda(_) => Some(LAMBDA),
            Expr::Attribute(method) if matches!(self.static_value(frame, &method.value), Ok(Value::Instance(_))) => {
                return fail(
                    function,
                    "a method of an instance given to a process pool is not supported: CPython pickles the instance \
                     with it, and the pool's process works on its own copy (or fails, when an attribute such as a \
                     lock cannot be pickled), which weft does not make; give the pool a module-level function and \
                     the values it needs as arguments",
                );
            }
            _ => match self.static_value(frame, function) {
                Ok(Value::Lambda(_)) => Some(LAMBDA),
                Ok(Value::Closure(..)) => Some(NESTED),
                Ok(Value::Function(name)) if self.nested.contains_key(&name) => Some(NESTED),
                _ => None,
            },
        };
        let Some((given, error)) = given else { return Ok(()) };
        fail(
            call,
            format!(
                "{given} given to a process pool is not supported: CPython cannot pickle it to send it to the \
                 pool's processes and fails every run ({error}, raised by `Pool.map`, `apply_async(...).get()` or \
                 the future's `result()`); define the function with `def` at module level"
            ),
        )
    }
}
