//! `sum(range(...))` and `len(range(...))` whose bounds are known only when the program runs
//! (`value = sum(range(n))` of a queue's item): Python's exact value as one expression of the scenario,
//! the count of the range's items and, for `sum`, the arithmetic series over them. Before, a `range`
//! as a value was computed of integers known at import time only (session23/q02).
//!
//! `sum` walks the range in C, about 10 ns an item on CPython 3.11, a time weft's clocks cannot know
//! when the bounds are known only at run time: the line is noted as work of unknown length, which
//! keeps the time window off (docs/python.md, "Sleeps and the time window"). `len` of a range is O(1).

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator, fail};
use crate::expr::{ATOM, Ex, SUM, wrap};
use crate::value::Value;

impl Translator<'_> {
    /// `sum(range(a, b, s))` or `len(range(a, b, s))` (`name`) whose bounds are known only at run time
    /// and whose step, if any, at import time: the value as one expression. `None` for anything else.
    pub(crate) fn run_time_range_fold(
        &self,
        frame: &Frame,
        name: &str,
        argument: &Expr,
        use_known: bool,
    ) -> Result<Option<Ex>> {
        let Some(bounds) = self.range_args(frame, argument) else { return Ok(None) };
        if !(1..=3).contains(&bounds.len()) || self.static_range(frame, argument)?.is_some() {
            return Ok(None);
        }
        let step = match bounds.get(2).map(|step| (step, self.static_value(frame, step))) {
            None => 1,
            Some((_, Ok(Value::Int(step)))) if step != 0 => step,
            Some((step, _)) => {
                return fail(
                    step,
                    "the step of a `range` whose bounds are known only at run time is a number known at import time (not 0)",
                );
            }
        };
        let (start, stop) = match bounds {
            [stop] => ("0".to_string(), self.range_bound_text(frame, stop, use_known)?),
            [start, stop, ..] => {
                (self.range_bound_text(frame, start, use_known)?, self.range_bound_text(frame, stop, use_known)?)
            }
            [] => return Ok(None),
        };
        // Python's `len(range(start, stop, step))`: the items from `start` up to (or down to) `stop`.
        let (from, to, by) = if step > 0 { (&start, &stop, step) } else { (&stop, &start, -step) };
        let distance = if from == "0" { to.clone() } else { format!("{to} - {from}") };
        let count = match by {
            1 => format!("max({distance}, 0)"),
            _ => format!("max(({distance} + {}) // {by}, 0)", by - 1),
        };
        if name == "len" {
            return Ok(Some(Ex::code(count, ATOM, false, false)));
        }
        self.note_text_of_unknown_length(argument);
        let pairs = format!("{count} * ({count} - 1) // 2");
        let steps = match step {
            1 => pairs.clone(),
            -1 => format!("-({pairs})"),
            _ => format!("{step} * ({pairs})"),
        };
        let series = match (start.as_str(), step) {
            ("0", _) => steps,
            (_, 1) => format!("{count} * {start} + {steps}"),
            (_, -1) => format!("{count} * {start} - ({pairs})"),
            _ => format!("{count} * {start} - {} * ({pairs})", -step),
        };
        Ok(Some(Ex::code(series, SUM, false, false)))
    }

    /// A bound of such a range as scenario text, checked as Python's `operator.index` checks it where a
    /// float may flow. One that reads shared memory is refused: the expression names it more than once,
    /// where Python reads it once.
    fn range_bound_text(&self, frame: &Frame, bound: &Expr, use_known: bool) -> Result<String> {
        let ex = self.expr(frame, bound, use_known)?;
        let (text, precedence, _, reads) = self.to_code(ex, bound)?;
        if reads {
            return fail(
                bound,
                "a `range` bound that reads shared memory, as a value (`sum(range(n))`): read it into a local first (`n = count`)",
            );
        }
        let checked = self.index_checked(text.clone());
        let precedence = if checked == text { precedence } else { ATOM };
        Ok(wrap(&checked, precedence, ATOM))
    }
}
