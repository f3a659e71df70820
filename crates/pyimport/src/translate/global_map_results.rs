//! `global powers` then `powers = pool.starmap(power, pairs)` (or `pool.map(f, items)` of a
//! `multiprocessing.Pool`, `list(ex.map(f, items))` of any executor; session34/m03, s35pools): the
//! results into a local array, then the module's list rebound to them in one `atomic` step, as for
//! `global results` then `results = await asyncio.gather(...)` (futures.rs, `rebind_shared_list`):
//! Python builds the new list of results first and stores the name in one instruction. The module's
//! list is a shared list that grows (`powers = []`) or a fixed one of the same length. Before, the
//! binding was refused ("keep futures in locals of the code that makes them"). Only where every run
//! makes the map (not inside an `if`, a loop or a `try` the scenario runs): elsewhere that refusal
//! stands.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator};
use crate::out::Step;
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// The rebinding of a declared global to a map's results; `Ok(false)` for any other assignment.
    pub(super) fn map_into_global(
        &mut self,
        frame: &mut Frame,
        name: &str,
        target: &Expr,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        if !frame.globals_declared.contains(name) || frame.dynamic > 0 || frame.early_return.is_some() {
            return Ok(false);
        }
        let Some(Value::Shared(shared, shape @ (Shape::Array(_) | Shape::Map { dense: true }))) =
            self.globals.get(name).cloned()
        else {
            return Ok(false);
        };
        let Expr::Call(call) = value else { return Ok(false) };
        let (executor, map_call): ((String, bool), &ast::ExprCall) = match self.executor_call(frame, call) {
            Some((executor, "map")) if self.futures.multiprocessing_pools.contains(&executor.0) => (executor, call),
            _ => match self.list_of_map(frame, call) {
                Some(found) => found,
                None => return Ok(false),
            },
        };
        let (futures, length) = self.map(frame, (&executor.0, executor.1), map_call, out, line)?;
        let results = self.fresh_temporary(frame.task, "map_results");
        out.extend(self.collect_results(&futures, &results, length, line));
        out.push(self.rebind_shared_list(&shared, shape, &results, length, target, line)?);
        Ok(true)
    }
}
