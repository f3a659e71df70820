//! `seen.update(items)` of a shared set (session 34, session33/a01's `seen.update(frontier)`): every
//! item of each iterable added as a member, in one `atomic` step, as `set.update` is one C call that
//! holds the GIL throughout (for lists, tuples and sets of numbers and strings, whose hashing runs no
//! Python code). The iterables: a list or tuple display, a list known at import time, a shared list,
//! or another shared set (its members). A set is told from a dict by the variable it was declared as
//! (`set()`): a dict's `update` takes pairs, a set's members (list_methods.rs has the dict's).

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail, while_step};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::{Shape, Value};

const SUPPORTED: &str = "`update` of a set is imported with lists, tuples or sets: a display, a list known at import time, a shared list or another set (no keyword arguments); add the items one by one with `add` otherwise";

impl Translator<'_> {
    /// Whether `shared` was declared as a set (`set()`, `set(items)`).
    pub(super) fn is_shared_set(&self, shared: &str) -> bool {
        self.set_names.contains(shared)
    }

    /// `set.update(a, b, ...)` of the shared set `shared`: one `atomic` step adding every item.
    pub(super) fn set_update(
        &mut self,
        frame: &mut Frame,
        shared: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if let Some(keyword) = call.arguments.keywords.first() {
            return fail(keyword, SUPPORTED);
        }
        let mut steps = Vec::new();
        for iterable in &call.arguments.args {
            let added = self.members_added(frame, shared, iterable, line)?;
            steps.extend(added);
        }
        if !steps.is_empty() {
            out.push(Step::new("atomic", Node::Steps(steps), line));
        }
        Ok(())
    }

    /// The steps adding each item of `iterable` to the set `shared` (inside the caller's `atomic`).
    fn members_added(&mut self, frame: &mut Frame, shared: &str, iterable: &Expr, line: u32) -> Result<Vec<Step>> {
        let add = |this: &Self, member: String| {
            Step::new("set", Node::Quoted(format!("{shared}[{}] = 1", this.map_key(shared, member))), line)
        };
        if let Expr::List(ast::ExprList { elts: items, .. }) | Expr::Tuple(ast::ExprTuple { elts: items, .. }) =
            iterable
        {
            let mut steps = Vec::with_capacity(items.len());
            for item in items {
                let (text, _, reads_shared) = self.code(frame, item)?;
                if reads_shared {
                    // Python computes the display before the call: a shared read inside would be a
                    // step of its own, which one `atomic` step cannot keep apart.
                    return fail(
                        item,
                        "an item of the display given to `update` reads shared memory; put it in a local first",
                    );
                }
                steps.push(add(self, text));
            }
            return Ok(steps);
        }
        match self.expr(frame, iterable, false) {
            Ok(Ex::Static(Value::List(items))) => {
                let mut steps = Vec::with_capacity(items.len());
                for item in items {
                    if !matches!(item, Value::Int(_) | Value::Str(_) | Value::None) {
                        return fail(iterable, SUPPORTED);
                    }
                    let text = self.to_code(Ex::Static(item), iterable)?.0;
                    steps.push(add(self, text));
                }
                Ok(steps)
            }
            Ok(Ex::Static(Value::Shared(source, Shape::Array(length)))) => {
                Ok(self.members_of_list(frame, shared, &source, &length.to_string(), line))
            }
            Ok(Ex::Static(Value::Shared(source, Shape::Map { dense: true }))) if !self.deques.contains_key(&source) => {
                Ok(self.members_of_list(frame, shared, &source, &format!("len({source})"), line))
            }
            Ok(Ex::Static(Value::Shared(source, Shape::Map { dense: false })))
                if self.is_shared_set(&source) && self.keys_as_text(shared) == self.keys_as_text(&source) =>
            {
                Ok(self.members_of_set(frame, shared, &source, line))
            }
            _ => fail(iterable, SUPPORTED),
        }
    }

    /// Each item of the shared list `source` (of `length` items, taken first) added to `shared`.
    fn members_of_list(&mut self, frame: &Frame, shared: &str, source: &str, length: &str, line: u32) -> Vec<Step> {
        let [counter, count] = ["k", "count"].map(|wanted| self.fresh_temporary(frame.task, wanted));
        let member = self.map_key(shared, format!("{source}[{counter}]"));
        let add_one = vec![
            Step::new("set", Node::Quoted(format!("{shared}[{member}] = 1")), line),
            Step::new("let", Node::Quoted(format!("{counter} = {counter} + 1")), line),
        ];
        vec![
            Step::new("let", Node::Quoted(format!("{count} = {length}")), line),
            Step::new("let", Node::Quoted(format!("{counter} = 0")), line),
            while_step(format!("{counter} < {count}"), add_one, line),
        ]
    }

    /// Each member of the shared set `source` added to `shared` (a set's members are its keys).
    fn members_of_set(&mut self, frame: &Frame, shared: &str, source: &str, line: u32) -> Vec<Step> {
        let [position, count] = ["position", "count"].map(|wanted| self.fresh_temporary(frame.task, wanted));
        let add_one = vec![
            Step::new("set", Node::Quoted(format!("{shared}[key_at({source}, {position})] = 1")), line),
            Step::new("let", Node::Quoted(format!("{position} = {position} + 1")), line),
        ];
        vec![
            Step::new("let", Node::Quoted(format!("{count} = len({source})")), line),
            Step::new("let", Node::Quoted(format!("{position} = 0")), line),
            while_step(format!("{position} < {count}"), add_one, line),
        ]
    }
}
