//! `results.append(crunch(700_000))  # weft: cpu 25ms`: a cost annotation on the line that calls a
//! function of local computation is the cost of the **whole call**, as one on a `for` line is the cost
//! of the whole loop (loop_costs.rs). The function's body runs for its value in one `atomic` step whose
//! steps take no time of their own: the annotation is the time of it all, and no other thread can see
//! when inside the call that time went, since the body reads and writes nothing but its own locals.
//!
//! A function whose body does more (calls, shared state, blocking, a `# weft:` cost of its own on its
//! `def` or its lines) keeps its steps after the line's cost, as before.

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::Ranged;

use super::{Frame, Translator};
use crate::value::Value;

impl Translator<'_> {
    /// Whether the call that runs `def` in `frame` sits on a line with its own cost and `def`'s body is
    /// local computation with no cost of its own: its steps then go into one `atomic`.
    pub(super) fn call_line_costs_whole_call(&self, frame: &Frame, def: &ast::StmtFunctionDef) -> bool {
        if !frame.caller_cost_given || def.is_async {
            return false;
        }
        !self.has_costs_of_its_own(def) && self.is_local_computation(frame, &def.body)
    }

    /// A loop of a whole call's body that nothing after it can tell ran (loop_costs.rs,
    /// `loop_is_unseen`): the caller's cost is its time, and its steps are left out.
    pub(super) fn is_unseen_work_of_a_call(&self, frame: &Frame, stmt: &Stmt) -> bool {
        if !frame.whole_call || !matches!(stmt, Stmt::For(_)) {
            return false;
        }
        // `total = 0` before the loop: the names the function's statements before it bind to integers.
        let mut integers = BTreeSet::new();
        let def = self.call_stack.last().and_then(|function| self.functions.get(function));
        if let Some(def) = def
            && let Some(index) = def.body.iter().position(|statement| std::ptr::eq(statement, stmt))
            && !self.body_of_integers(frame, &def.body[..index], &mut integers)
        {
            integers.clear();
        }
        self.loop_is_unseen_over(frame, stmt, integers)
    }

    /// The value of a call whose line's cost is the whole call's, computed at import time when its
    /// arguments are known and its body only computes (pure_calls.rs, loops included): no steps are
    /// left, as the cost is the call's time and nothing else can tell it ran. A function with a `#
    /// weft:` cost of its own keeps its steps.
    pub(super) fn whole_call_value(
        &self,
        frame: &Frame,
        function: &str,
        call: &ast::ExprCall,
        wants_result: bool,
    ) -> Option<Value> {
        if !frame.cost_given || !wants_result {
            return None;
        }
        let def = self.functions.get(function)?;
        if self.has_costs_of_its_own(def) {
            return None;
        }
        self.computed_call_value(frame, call, &mut Some(MOST_COMPUTED_PASSES))
    }

    fn has_costs_of_its_own(&self, def: &ast::StmtFunctionDef) -> bool {
        let def_line = self.source.line_of(def.name.start());
        let last_line = self.source.line_of(def.end());
        self.source.annotations_on_lines(def_line, last_line).next().is_some()
    }
}

/// The loop passes the import computes for one call at most (each a few microseconds of import time).
pub(super) const MOST_COMPUTED_PASSES: u64 = 2_000_000;
