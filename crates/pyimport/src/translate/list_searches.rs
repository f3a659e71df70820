//! `items.count(x)` and `items.index(x)` of a shared list as a value (session 32: session31/f03's
//! `{p: log.count(p) for p in hits}`, a hit counter checked against its log). Before, both were refused
//! ("the value of `.count()` on a shared list is not imported"). Each is one C call in CPython that
//! holds the GIL while it compares the items with `==`, so each is one `atomic` step here, after the
//! argument is computed (Python evaluates it before the call): `count` tallies the items equal to it,
//! `index` stops at the first and leaves its place. An `index` that finds none is Python's ValueError,
//! raised after the step where a `raise` may stand and refused elsewhere, as `remove`'s is
//! (list_methods.rs). Weft's values are numbers, None, strings and tuples, whose `==` is Python's.
//! `index(x, start, stop)` is refused: write the walk as a loop.

use ruff_python_ast::Expr;

use super::whole_reads::Items;
use super::{Frame, Result, Translator, fail, while_step};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::{Shape, Value};

/// `items.count(x)` or `items.index(x)` of a shared list: the items, the method and its argument.
pub(super) struct ListSearch<'e> {
    items: Items,
    method: Search,
    needle: &'e Expr,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Search {
    Count,
    Index,
}

impl Translator<'_> {
    /// `items.count(x)` / `items.index(x)` where `items` is a shared list, if `value` is one.
    pub(super) fn list_search<'e>(&self, frame: &Frame, value: &'e Expr) -> Option<ListSearch<'e>> {
        let Expr::Call(call) = value else { return None };
        let Expr::Attribute(attribute) = &*call.func else { return None };
        let method = match attribute.attr.as_str() {
            "count" => Search::Count,
            "index" => Search::Index,
            _ => return None,
        };
        let Ok(Ex::Static(Value::Shared(list, Shape::Map { dense: true } | Shape::Array(_)))) =
            self.expr(frame, &attribute.value, false)
        else {
            return None;
        };
        let [needle] = &call.arguments.args[..] else { return None };
        call.arguments.keywords.is_empty().then_some(ListSearch { items: Items::of_list(list), method, needle })
    }

    /// The search's `atomic` step after its argument's value; the temporary that holds the count or
    /// the place. Refused: an `index` where its ValueError cannot be raised.
    pub(super) fn list_search_steps(
        &mut self,
        frame: &mut Frame,
        search: ListSearch<'_>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let ListSearch { items, method, needle } = search;
        if method == Search::Index && !self.may_raise_here(frame) {
            return fail(
                needle,
                "`index` of a shared list is imported in a thread, a coroutine or an executor's job, where weft can raise its ValueError when the item is missing (not in a process, a `finally`, or a `try` form weft writes without a scenario `try`); test `x in items` first",
            );
        }
        let needle = self.operand_local(frame, needle, out, line)?;
        let prefix = if method == Search::Count { "count" } else { "index" };
        let [result, position] = [prefix, "position"].map(|wanted| self.fresh_temporary(frame.task, wanted));
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let equal = format!("{} == {needle}", items.item(&position));
        let (start, on_equal, keep_going) = match method {
            Search::Count => ("0", format!("{result} = {result} + 1"), format!("{position} < {}", items.length())),
            // `index` leaves -1 until it finds the item, then its place.
            Search::Index => {
                ("-1", format!("{result} = {position}"), format!("{position} < {} and {result} < 0", items.length()))
            }
        };
        let compare = vec![("cond", Node::Quoted(equal)), ("then", Node::Steps(vec![let_step(on_equal)]))];
        let scan = vec![
            let_step(format!("{result} = {start}")),
            let_step(format!("{position} = 0")),
            while_step(
                keep_going,
                vec![Step::new("if", Node::Map(compare), line), let_step(format!("{position} = {position} + 1"))],
                line,
            ),
        ];
        out.push(Step::new("atomic", Node::Steps(scan), line));
        if method == Search::Index {
            let mut raise = Vec::new();
            self.push_raise(frame, "ValueError", &mut raise, line);
            let entries = vec![("cond", Node::Quoted(format!("{result} < 0"))), ("then", Node::Steps(raise))];
            out.push(Step::new("if", Node::Map(entries), line));
        }
        Ok(result)
    }
}
