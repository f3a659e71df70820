//! `futures = {pool.submit(probe, host) for host in hosts}` (session 26, session25/f02): a set
//! comprehension of futures (or asyncio tasks), refused before as a set weft cannot walk in CPython's
//! order ("a set comprehension as a value is not supported here").
//!
//! CPython starts the jobs in the comprehension's order, as the list comprehension does, and keeps them
//! in a set, which it walks in the order of the futures' hashes (their addresses), which the program
//! does not fix. The jobs are started as the list comprehension starts them, and the name holds a set
//! of futures whose order only order-free uses read (`Value::PendingSet`, as a set display of futures
//! since session 20: `wait`, `as_completed`, `len`, the `while pending:` loop of
//! `wait(FIRST_COMPLETED)`); a walk of it in order stays refused where it is written (set_orders.rs).
//! `concurrent.futures.wait` and `as_completed` make a set of their argument in any case, so a list and
//! a set of the same futures are the same to them.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator};
use crate::out::Step;
use crate::value::Value;

impl Translator<'_> {
    /// `{ex.submit(f, x) for x in xs}`, `{asyncio.create_task(c(i)) for i in range(3)}`: the started
    /// futures as a set whose order CPython does not fix. `None` for a set comprehension of anything
    /// else (which is translated as before).
    pub(super) fn futures_set_comprehension(
        &mut self,
        frame: &mut Frame,
        name: &str,
        comprehension: &ast::ExprSetComp,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Value>> {
        let Expr::Call(call) = &*comprehension.elt else { return Ok(None) };
        if comprehension.generators.len() != 1 || self.task_start(frame, call)?.is_none() {
            return Ok(None);
        }
        let as_list = crate::syntax::listed(comprehension.range, &comprehension.elt, &comprehension.generators);
        Ok(match self.futures_comprehension(frame, name, &as_list, out, line)? {
            Some(Value::Futures(futures, length)) => Some(Value::PendingSet(futures, length)),
            other => other,
        })
    }
}
