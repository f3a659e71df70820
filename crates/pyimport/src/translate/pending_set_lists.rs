//! `NAME = [E for f in not_done if C]` over the `not_done` set of `wait(FIRST_COMPLETED)` (session32/f05:
//! `cancelled = [futures[f] for f in pending if f.cancel()]`): the loop Python's comprehension runs,
//! `NAME = []` then `for f in not_done: if C: NAME.append(E)`, which `pending_for` takes in every
//! order of the set (CPython's is its hash table's, the futures' addresses: wait_pending_loops.rs).
//! A list of `cancel()`'s values alone keeps its counts instead (cancel_lists.rs). `done`'s walk is in
//! the order its watchers ran, not every order of the set, and stays refused (set_orders.rs).

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::out::Step;
use crate::value::Value;

impl Translator<'_> {
    /// The comprehension written out as its loop, or `Ok(false)` for any other statement.
    pub(super) fn pending_set_list(
        &mut self,
        frame: &mut Frame,
        assign: &ast::StmtAssign,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<bool> {
        let [Expr::Name(target)] = &assign.targets[..] else { return Ok(false) };
        let Expr::ListComp(comprehension) = &*assign.value else { return Ok(false) };
        let [generator] = &comprehension.generators[..] else { return Ok(false) };
        if generator.is_async || !matches!(generator.target, Expr::Name(_)) {
            return Ok(false);
        }
        let Ok(Ex::Static(Value::FirstCompleted { pending: true, .. })) = self.expr(frame, &generator.iter, false)
        else {
            return Ok(false);
        };
        // The loop fills the list under its own name, where Python binds the finished list: only a name
        // bound nowhere before, which no other code can read half filled, outside the `if`s and loops.
        let name = target.id.as_str();
        if frame.dynamic > 0
            || frame.locals.contains_key(name)
            || frame.globals_declared.contains(name)
            || self.globals.contains_key(name)
        {
            return Ok(false);
        }
        let statements = crate::looped_comprehensions::comprehension_as_loop(comprehension, name);
        self.block(frame, &statements, out, next_line)?;
        Ok(true)
    }
}
