//! The rewrites of an assigned value (`name = value`): a value weft has no form for, written as one
//! it has, its steps first (`sum(xs)` of a list made at run time as the loop that adds its items, a
//! generator as the list it gives), after which the assignment of the new value is translated. Two
//! ordered tables, tried from the first: the rewrites tried before every form of `assign_name` and
//! those tried after all of them, before the value's plain expression. The order decides which rewrite
//! takes a value more than one would: keep it. A new rewrite is one function (in a module of its own)
//! and one row here.

use ruff_python_ast::Expr;

use super::{Frame, Result, Step, Translator};

/// A rewrite: its steps written to `out` and the value to assign instead; `None`, having written
/// nothing, when it does not take the value.
pub(super) type ValueRewrite = fn(&mut Translator<'_>, &mut Frame, &Expr, &mut Vec<Step>, u32) -> Result<Option<Expr>>;

/// Tried before every form of `assign_name`.
pub(super) const FIRST_REWRITES: &[ValueRewrite] = &[
    // `first = sorted(groups["a"])` of a `defaultdict(list)`: the item read into a local first
    // (collection_objects.rs).
    |translator, frame, value, out, line| translator.without_made_default_argument(frame, value, out, line),
];

/// Tried after every other form of `assign_name`, before the value's plain expression.
pub(super) const LAST_REWRITES: &[ValueRewrite] = &[
    // `total = sum(e for x in xs if c)` over items known only at run time: its loop first (sequences.rs).
    |translator, frame, value, out, line| translator.run_time_sum(frame, value, out, line),
    // `x = sorted(e for v in xs)` over items known only at run time: the list first
    // (run_time_comprehensions.rs).
    |translator, frame, value, out, line| translator.generator_as_list(frame, value, out, line),
    // `best = max(items, key=...)`: the loop that keeps the item first (keyed_extremes.rs).
    |translator, frame, value, out, line| translator.keyed_extreme(frame, value, out, line),
];

impl Translator<'_> {
    /// The value the first rewrite of `rewrites` that takes `value` gives, its steps in `out`; `None`
    /// when none does.
    pub(super) fn rewritten_value(
        &mut self,
        frame: &mut Frame,
        rewrites: &[ValueRewrite],
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Expr>> {
        for rewrite in rewrites {
            if let Some(rewritten) = rewrite(self, frame, value, out, line)? {
                return Ok(Some(rewritten));
            }
        }
        Ok(None)
    }
}
