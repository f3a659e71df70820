//! `pool.apply_async(f, args, error_callback=on_error)` (with or without `callback=`), before
//! translation: the wrapper of pool_callbacks.rs with the error's branch.
//!
//! CPython (Lib/multiprocessing/pool.py, 3.11, `ApplyResult._set`): the pool's result-handler thread
//! runs `callback(value)` when the job succeeded, `error_callback(exception)` when it raised (the
//! exception the worker caught with `except Exception`), and only then sets the result's event, so
//! `get()` returns the value or raises that same exception after the callback has returned. The
//! wrapper, a job of the pool's callbacks' thread pool as for `callback=` alone:
//!
//! ```python
//! def weft_pool_callback(weft_job, weft_lock, weft_callback, weft_error_callback):
//!     try:
//!         weft_value = weft_job.result()
//!     except Exception as weft_error:
//!         with weft_lock:
//!             weft_error_callback(weft_error)
//!         raise
//!     with weft_lock:
//!         weft_callback(weft_value)
//!     return weft_value
//! ```
//!
//! A bound method (`errors.append`) is called on its receiver, given as the argument instead
//! (`weft_error_receiver.append(weft_error)`). The error callback runs under the one lock of the pool's
//! callbacks, as CPython's one handler thread runs them one at a time.

use ruff_python_ast::Stmt;
use ruff_text_size::TextRange;

/// How the wrapper calls one callback: `None` for a function given by name, `Some(method)` for a
/// method of a receiver given instead.
pub(crate) type CallbackShape<'a> = Option<&'a str>;

/// The parameter and the call of a callback of the wrapper: `weft_callback(weft_value)` or
/// `weft_receiver.append(weft_value)`.
fn call_text(shape: CallbackShape, parameter: &str, receiver: &str, argument: &str) -> (String, String) {
    match shape {
        None => (parameter.to_string(), format!("{parameter}({argument})")),
        Some(method) => (receiver.to_string(), format!("{receiver}.{method}({argument})")),
    }
}

/// The wrapper `wrapper` of an `apply_async` with `error_callback` (shape `error`) and, when given,
/// `callback` (shape `success`): parameters `weft_job, weft_lock`, then the success callback's, then the
/// error callback's, each node placed at `range`.
pub(crate) fn error_wrapper_definition(
    wrapper: &str,
    success: Option<CallbackShape>,
    error: CallbackShape,
    range: TextRange,
) -> Stmt {
    let mut parameters = vec!["weft_job".to_string(), "weft_lock".to_string()];
    let mut success_call = None;
    if let Some(shape) = success {
        let (parameter, call) = call_text(shape, "weft_callback", "weft_receiver", "weft_value");
        parameters.push(parameter);
        success_call = Some(call);
    }
    let (parameter, error_call) = call_text(error, "weft_error_callback", "weft_error_receiver", "weft_error");
    parameters.push(parameter);
    let mut text = format!(
        "def {wrapper}({}):\n    try:\n        weft_value = weft_job.result()\n    except Exception as weft_error:\n        \
         with weft_lock:\n            {error_call}\n        raise\n",
        parameters.join(", ")
    );
    if let Some(call) = success_call {
        text.push_str(&format!("    with weft_lock:\n        {call}\n"));
    }
    text.push_str("    return weft_value\n");
    let mut made = crate::hand_futures::parsed_at(&text, range);
    made.pop().expect("the wrapper's definition")
}
