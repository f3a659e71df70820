//! A `# weft:` cost on a line is that line's cost, counted once however many statements the import
//! makes of the line: `return crunch(n)  # weft: cpu 20ms` is hoisted into `crunch_result = crunch(n)`
//! and `return crunch_result` (hoisting.rs), both on the annotated line, and each statement took the
//! cost before (twice the time: session25/repro/r07). So do statements a `;` joins on one line.

use ruff_python_ast::Stmt;

use super::Translator;
use crate::source::Placement;

impl Translator<'_> {
    /// Whether `stmt` carries the same trailing cost annotation as `previous`, the statement before it
    /// in its block: the line's cost was counted with `previous`.
    pub(super) fn shares_line_cost(&self, previous: &Stmt, stmt: &Stmt) -> bool {
        let line = self.trailing_annotation_line(stmt);
        line.is_some() && line == self.trailing_annotation_line(previous)
    }

    /// The line of the trailing cost annotation on `stmt`'s lines (its first only, for a compound one).
    pub(super) fn trailing_annotation_line(&self, stmt: &Stmt) -> Option<u32> {
        let first = self.line(stmt);
        let last =
            if super::is_compound(stmt) { first } else { self.source.line_of(ruff_text_size::Ranged::end(stmt)) };
        self.source
            .annotations_on_lines(first, last)
            .find(|(_, annotation)| annotation.placement == Placement::Trailing)
            .map(|(line, _)| *line)
    }
}
