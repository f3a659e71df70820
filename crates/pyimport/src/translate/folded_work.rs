//! Python work the import does itself: a comprehension, `sorted`, `sum`, `min` or `max` over items
//! known at import time is computed once by the translator and becomes one step of the scenario (`let:
//! "total = total + 1972410"`), but CPython walks every item each time the line runs. Over a few items
//! that is below anything a program's timing can tell; a thousand items in a loop of three hundred
//! passes is 40 to 140 ms of CPython's time that weft's clocks would put at 50 ns a step
//! (bench/python-agreement/session22/repro/r06, r07, r08: a 10 ms time-out CPython always reached, weft
//! never, under "complete"). So each line remembers the most items one of its folds walked, and the
//! count of a loop's steps (long_loops.rs) weighs that line's steps by it: a loop that walks 10,000
//! items or more is work weft cannot time, as a loop of 10,000 steps is.

use std::cell::RefCell;
use std::collections::BTreeMap;

use ruff_text_size::Ranged;

use super::Translator;

/// The items walked by the folds of each Python line (the most of any one fold: the translator may
/// evaluate one expression more than once while it tries its forms, which must not add up).
#[derive(Default)]
pub(crate) struct FoldedWork {
    items_by_line: RefCell<BTreeMap<u32, u64>>,
}

impl FoldedWork {
    pub(crate) fn into_lines(self) -> BTreeMap<u32, u64> {
        self.items_by_line.into_inner()
    }
}

impl Translator<'_> {
    /// A fold at `node` walked `items` items at import time, which CPython walks each time it runs.
    pub(crate) fn record_folded_items(&self, node: &impl Ranged, items: usize) {
        let line = self.source.line_of(node.start());
        let items = u64::try_from(items).unwrap_or(u64::MAX);
        let mut items_by_line = self.folded_work.items_by_line.borrow_mut();
        let entry = items_by_line.entry(line).or_insert(0);
        *entry = (*entry).max(items);
    }
}
