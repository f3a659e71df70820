//! `acquire` time-outs CPython rejects (session23/repro r05, checks c187-c189). `Lock.acquire` and
//! `RLock.acquire` raise ValueError for a negative time-out other than -1 ("timeout value must be a
//! non-negative number") and for a time-out with `blocking=False` ("can't specify a timeout for a
//! non-blocking call"); `Semaphore.acquire` gives up at once for a negative one and raises ValueError
//! for any time-out with `blocking=False` (-1 included: it is "no limit" for locks only). weft took every negative time-out as "no limit" and dropped
//! the time-out of a non-blocking call: each acquire succeeded. Refused at the argument.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::value::Value;

impl Translator<'_> {
    /// Refuses `acquire(...)`'s time-out when CPython rejects it, or (a Semaphore's negative one, -1
    /// too) gives up at once where weft would wait without a limit.
    pub(super) fn check_acquire_timeout(&self, frame: &Frame, call: &ast::ExprCall, semaphore: bool) -> Result<()> {
        let mut blocking: Option<&Expr> = call.arguments.args.first();
        let mut timeout: Option<&Expr> = call.arguments.args.get(1);
        for keyword in &call.arguments.keywords {
            match keyword.arg.as_ref().map(|arg| arg.as_str()) {
                Some("blocking") => blocking = Some(&keyword.value),
                Some("timeout") => timeout = Some(&keyword.value),
                _ => {}
            }
        }
        let Some(timeout) = timeout else {
            return Ok(());
        };
        let value = self.static_value(frame, timeout).ok();
        let non_blocking = blocking.is_some_and(|blocking| self.static_int(frame, blocking).is_ok_and(|b| b == 0));
        if non_blocking && value != Some(Value::None) {
            return fail(
                timeout,
                "a time-out with `blocking=False` is not supported: CPython raises ValueError (\"can't specify a timeout for a non-blocking call\"; a Lock or RLock lets -1 pass); drop the time-out",
            );
        }
        // -1 is "no limit" for a lock only; a Semaphore computes a deadline from it.
        let negative = match value {
            Some(Value::Int(n)) => n < 0 && (semaphore || n != -1),
            Some(Value::Float(x)) => x < 0.0 && (semaphore || x != -1.0),
            _ => false,
        };
        if negative && semaphore {
            return fail(
                timeout,
                "a negative time-out of a Semaphore's `acquire` is not supported: CPython's deadline has then passed, so it gives up at once when the semaphore is taken (-1 too: \"no limit\" is for locks only); write no time-out for no limit, or `timeout=0`",
            );
        }
        if negative {
            return fail(
                timeout,
                "a negative time-out other than -1 is not supported: a Lock's or RLock's `acquire` raises ValueError (\"timeout value must be a non-negative number\"); write `timeout=-1` (or none) for no limit, or a time-out of 0 or more",
            );
        }
        Ok(())
    }
}
