//! `results.append(crunch(k))` of a function annotated on its `def` line (session 31,
//! bench/python-agreement/session30/timing/tm02_thread_cpu.py):
//!
//! ```python
//! def crunch(n):  # weft: cpu 2ms
//!     total = 0
//!     for i in range(40000):
//!         total += i % 7
//!     return total + n
//! ```
//!
//! The annotation says the call is pure work of that cost (`check_opaque`: the body reads and writes
//! nothing another thread shares). Where its value is used, the body ran after the cost as steps of
//! local computation that take no time, for its value: a loop of 40,000 passes then ran 120,000 steps
//! a call, and a program with a few such calls stopped at the step limit. When the arguments are known
//! at import time (a literal, a thread's own argument) and the body only computes (pure_calls.rs, its
//! `for` loops over a `range` included, at most `MOST_COMPUTED_PASSES` passes), the import computes
//! the value, as CPython's call gives it, and the call is its cost and nothing else: one step of the
//! annotated time, as a call whose value is dropped is. Otherwise the body keeps its steps, as before.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::call_costs::MOST_COMPUTED_PASSES;
use super::{Frame, Result, Translator, cost_step};
use crate::out::Step;
use crate::source::Placement;
use crate::value::Value;

impl Translator<'_> {
    /// The value of `call` of `function`, annotated on its `def` line, computed at import time, with
    /// the annotation's cost step written to `out`; `None` (nothing written) when the call's value is
    /// not used, the function is not annotated so, or its value is not computed at import time.
    pub(super) fn def_costed_call_value(
        &mut self,
        frame: &Frame,
        function: &str,
        call: &ast::ExprCall,
        wants_result: bool,
        out: &mut Vec<Step>,
    ) -> Result<Option<Value>> {
        if !wants_result {
            return Ok(None);
        }
        let Some(def) = self.functions.get(function).copied() else { return Ok(None) };
        if def.is_async || !def.decorator_list.is_empty() {
            return Ok(None);
        }
        let def_line = self.line(&def.name);
        let Some(annotation) = self.source.annotations.get(&def_line).cloned() else { return Ok(None) };
        if annotation.placement != Placement::Trailing {
            return Ok(None);
        }
        // The body's own lines carry no cost: the `def`'s is the time of it all.
        if self.source.annotations_on_lines(def_line + 1, self.source.line_of(def.end())).next().is_some() {
            return Ok(None);
        }
        self.check_opaque(def)?;
        let Some(value) = self.computed_call_value(frame, call, &mut Some(MOST_COMPUTED_PASSES)) else {
            return Ok(None);
        };
        self.consumed.insert(def_line);
        self.translated_functions.insert(function.to_string());
        out.push(cost_step(&annotation.cost, self.line(&call.range())));
        Ok(Some(value))
    }
}
