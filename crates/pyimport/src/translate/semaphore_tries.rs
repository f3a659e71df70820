//! A `try` inside `with sem:` / `async with sem:` on a semaphore (session19/a03's `try`/`finally`).
//! The import writes a semaphore's `with` as `acquire`, the body, `release` (translate.rs
//! `with_items`; a `return` inside releases first), so an exception leaving the body would skip the
//! `release` and keep the unit, where Python's `__exit__` gives it back. A `try` there is therefore
//! wrapped in one more: what escapes it (an exception its handlers do not catch, CancelledError
//! included) releases every semaphore of the function's `with` blocks around it, innermost first, and
//! is raised again, as leaving those `with` blocks does.
//!
//! A `try` inside such a `try` (session 31, session30/t11: a retry loop's `try` inside a `try`/`finally`
//! inside `with slots:`) releases only the semaphores of the `with` blocks between the two: what
//! escapes it goes on to the outer `try`, whose handlers may catch it while the outer `with` blocks
//! still hold their units (as in Python), and whose own wrapper releases those when it leaves. Before,
//! such a nested `try` was refused.

use super::{Frame, Step, Translator};
use crate::out::Node;

impl Translator<'_> {
    /// The steps `translated` of a `try`, made inside a semaphore's `with`: wrapped so that an exception
    /// they let out releases the function's semaphores around them and goes on (see the module's
    /// comment). Outside such a `with`, `translated` themselves.
    pub(super) fn releasing_semaphores_on_the_way_out(
        &self,
        frame: &Frame,
        translated: Vec<Step>,
        line: u32,
    ) -> Vec<Step> {
        let around = frame.cleanups.get(frame.cleanups_released_by_try..).unwrap_or_default();
        if around.is_empty() {
            return translated;
        }
        let mut handler: Vec<Step> = around.iter().rev().map(|(_, release)| release.clone()).collect();
        handler.push(Step::word("reraise", line));
        let every_class = vec![("classes", Node::Plain("[BaseException]".to_string())), ("do", Node::Steps(handler))];
        vec![Step::new(
            "try",
            Node::Map(vec![("do", Node::Steps(translated)), ("except", Node::Clauses(vec![every_class]))]),
            line,
        )]
    }
}
