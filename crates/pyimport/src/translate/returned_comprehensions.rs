//! `return [(w, counts[w]) for w in counts]` at the end of a pool job's function (session 33,
//! session32/variants/f04_v2 and m01_v2). The comprehension's list is the job's result; before, the
//! list was made as a shared list of a name weft chose (`filtered`), and its `return` refused as
//! "returning the shared `filtered` whole", a name the program does not have.
//!
//! The `return` is translated as `$returned = [...]` then `return $returned`: the comprehension's loop
//! into a list bound to a local of the call's own (translate.rs, `assign_name`, which notes it as an
//! object the function made: run_memory.rs), which the job's `return` gives as its result, each run its
//! own, as Python's comprehension makes a new list at every call. Only for a comprehension whose loop
//! runs at run time (over items known only then, or with a test known only then), at the end of a
//! job's function, as `return counts` is taken (run_memory.rs, `returned_own_object`).

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator};
use crate::out::Step;

/// The local that holds the returned list (`$` is in no Python name).
const RETURNED: &str = "$returned";

impl Translator<'_> {
    /// The `return` of a name bound to the comprehension `ret` returns, after the steps that bind it;
    /// `None` for any other `return`.
    pub(super) fn returned_comprehension(
        &mut self,
        frame: &mut Frame,
        ret: &ast::StmtReturn,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<ast::StmtReturn>> {
        let Some(value @ Expr::ListComp(comprehension)) = ret.value.as_deref() else { return Ok(None) };
        let at_job_end = frame.top && frame.gives_result && self.scenario.tasks[frame.task].kind != Some("process");
        let at_run_time =
            self.over_run_time_items(frame, comprehension) || self.filter_known_only_at_run_time(frame, comprehension);
        if !at_job_end || !at_run_time || frame.locals.contains_key(RETURNED) {
            return Ok(None);
        }
        let held = |ctx| crate::syntax::name(RETURNED, value.range(), ctx);
        self.assign_name(frame, RETURNED, &held(ast::ExprContext::Store), value, out, line)?;
        Ok(Some(ast::StmtReturn { value: Some(Box::new(held(ast::ExprContext::Load))), ..ret.clone() }))
    }
}
