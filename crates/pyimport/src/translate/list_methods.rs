//! `extend` of something other than a display and `remove` on a shared list (a map with keys 0, 1,
//! 2, ..., a list that something `append`s to). Each is one C call in CPython that holds the GIL
//! throughout, so each is one `atomic` step here: no thread sees the list half extended or half
//! shifted.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail, while_step};
use crate::expr::Ex;
use crate::out::{Node, Step};
use crate::value::{Shape, Value};

const EXTEND_SUPPORTED: &str = "`extend` is supported with a list or tuple display (`items.extend([a, b])`), a list of values known at import time, the list of an awaited `gather` or of futures' results, another shared list, or a task's local holding a list, tuple, string or dict";

impl Translator<'_> {
    /// `shared.extend(items)`: the items' values, then one `atomic` step that sets each at the end.
    /// With another shared list, its length is read inside the step first, as list.extend does
    /// (so `a.extend(a)` doubles `a`).
    pub(super) fn list_extend(&mut self, frame: &Frame, shared: &str, call: &ast::ExprCall, line: u32) -> Result<Step> {
        let [iterable] = &call.arguments.args[..] else {
            return fail(call, "`extend` takes one iterable");
        };
        if !call.arguments.keywords.is_empty() {
            return fail(call, "`extend` takes no keyword arguments");
        }
        let values = match iterable {
            Expr::List(ast::ExprList { elts: items, .. }) | Expr::Tuple(ast::ExprTuple { elts: items, .. }) => {
                let mut values = Vec::with_capacity(items.len());
                for item in items {
                    values.push(self.code(frame, item)?.0);
                }
                values
            }
            _ => match self.expr(frame, iterable, false) {
                Ok(Ex::Static(Value::LocalArray(array, length))) => {
                    (0..length).map(|index| format!("{array}[{index}]")).collect()
                }
                Ok(Ex::Static(Value::List(items))) => {
                    let mut values = Vec::with_capacity(items.len());
                    for item in items {
                        values.push(self.to_code(Ex::Static(item), iterable)?.0);
                    }
                    values
                }
                Ok(Ex::Static(Value::Shared(source, Shape::Map { dense: true })))
                    if !self.deques.contains_key(&source) =>
                {
                    return Ok(self.shared_extend(frame, shared, &format!("len({source})"), &source, line));
                }
                Ok(Ex::Static(Value::Shared(source, Shape::Array(length)))) => {
                    return Ok(self.shared_extend(frame, shared, &length.to_string(), &source, line));
                }
                _ => match self.extended_local(frame, iterable)? {
                    Some(source) => return Ok(self.run_time_extend(frame, shared, &source, line)),
                    None => return fail(iterable, EXTEND_SUPPORTED),
                },
            },
        };
        let sets = values
            .into_iter()
            .map(|value| Step::new("set", Node::Quoted(format!("{shared}[len({shared})] = {value}")), line))
            .collect();
        Ok(Step::new("atomic", Node::Steps(sets), line))
    }

    /// `shared.extend(source)` of two shared lists: the number of items is taken before the first is
    /// added, then each copied in turn, all in one step.
    pub(super) fn shared_extend(&mut self, frame: &Frame, shared: &str, length: &str, source: &str, line: u32) -> Step {
        let [counter, count] = ["k", "count"].map(|wanted| self.fresh_temporary(frame.task, wanted));
        let copy = vec![
            Step::new("set", Node::Quoted(format!("{shared}[len({shared})] = {source}[{counter}]")), line),
            Step::new("let", Node::Quoted(format!("{counter} = {counter} + 1")), line),
        ];
        let steps = vec![
            Step::new("let", Node::Quoted(format!("{count} = {length}")), line),
            Step::new("let", Node::Quoted(format!("{counter} = 0")), line),
            while_step(format!("{counter} < {count}"), copy, line),
        ];
        Step::new("atomic", Node::Steps(steps), line)
    }

    /// `shared.remove(x)`: one `atomic` step that finds the first item equal to `x`, moves every later
    /// item down one key and deletes the last; when none is equal, Python's ValueError after the step
    /// (raised where weft can raise one, `may_raise_here`; refused elsewhere).
    pub(super) fn list_remove(
        &mut self,
        frame: &mut Frame,
        shared: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let [member] = &call.arguments.args[..] else {
            return fail(call, "`remove` takes one item");
        };
        if !self.may_raise_here(frame) {
            return fail(
                call,
                "`remove` on a shared list is supported in a thread, a coroutine or an executor's job, where weft can raise its ValueError (not in a process, a `finally`, or a `try` form weft writes without a scenario `try`)",
            );
        }
        // The argument is computed before the call, as Python does.
        let member = self.operand_local(frame, member, out, line)?;
        let [counter, found] = ["k", "found"].map(|wanted| self.fresh_temporary(frame.task, wanted));
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let test = vec![
            ("cond", Node::Quoted(format!("{shared}[{counter}] == {member}"))),
            ("then", Node::Steps(vec![let_step(format!("{found} = 1"))])),
            ("else", Node::Steps(vec![let_step(format!("{counter} = {counter} + 1"))])),
        ];
        let shift = vec![
            Step::new("set", Node::Quoted(format!("{shared}[{counter}] = {shared}[{counter} + 1]")), line),
            let_step(format!("{counter} = {counter} + 1")),
        ];
        let removal = vec![
            while_step(format!("{counter} < len({shared}) - 1"), shift, line),
            Step::new("del", Node::Quoted(format!("{shared}[len({shared}) - 1]")), line),
        ];
        let found_then = vec![("cond", Node::Quoted(format!("{found} == 1"))), ("then", Node::Steps(removal))];
        let steps = vec![
            let_step(format!("{found} = 0")),
            let_step(format!("{counter} = 0")),
            while_step(
                format!("{found} == 0 and {counter} < len({shared})"),
                vec![Step::new("if", Node::Map(test), line)],
                line,
            ),
            Step::new("if", Node::Map(found_then), line),
        ];
        out.push(Step::new("atomic", Node::Steps(steps), line));
        let mut raise = Vec::new();
        self.push_raise(frame, "ValueError", &mut raise, line);
        let entries = vec![("cond", Node::Quoted(format!("{found} == 0"))), ("then", Node::Steps(raise))];
        out.push(Step::new("if", Node::Map(entries), line));
        Ok(())
    }

    /// `shared.update(...)` of a shared dict the file binds only to dicts (not a set: a set's `update`
    /// adds members): a dict display or keyword arguments (their values computed first, as Python
    /// builds the display before the call), or a dict made at run time held by a local name. The
    /// writes are one `atomic` step, as dict.update is one C call.
    pub(super) fn dict_update(
        &mut self,
        frame: &mut Frame,
        shared: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        const SUPPORTED: &str = "`update` of a shared dict is supported with a dict display, keyword arguments, or a local name the file binds only to dicts";
        let receiver_is_dict = match &*call.func {
            Expr::Attribute(attribute) => match &*attribute.value {
                Expr::Name(name) => self.binds_only_dicts(name.id.as_str(), super::counts::MOST_NAMES_FOLLOWED),
                _ => false,
            },
            _ => false,
        };
        if !receiver_is_dict {
            return fail(
                call,
                "`update` is supported on a shared dict the file binds only to dicts (`d = {}`), by its name",
            );
        }
        let mut pairs = Vec::new();
        match &call.arguments.args[..] {
            [] => {}
            [Expr::Dict(display)] => {
                for item in &display.items {
                    let Some(key) = &item.key else { return fail(&item.value, SUPPORTED) };
                    let key = self.operand_local(frame, key, out, line)?;
                    let value = self.operand_local(frame, &item.value, out, line)?;
                    pairs.push((key, value));
                }
            }
            [given @ Expr::Name(name)] if call.arguments.keywords.is_empty() => {
                let (source, _, reads_shared) = self.code(frame, given)?;
                if reads_shared || !self.binds_only_dicts(name.id.as_str(), super::counts::MOST_NAMES_FOLLOWED) {
                    return fail(given, SUPPORTED);
                }
                let [position, key, value] =
                    ["position", "key", "value"].map(|wanted| self.fresh_temporary(frame.task, wanted));
                out.push(dict_copy(shared, &source, [&position, &key, &value], line));
                return Ok(());
            }
            [other, ..] => return fail(other, SUPPORTED),
        }
        for keyword in &call.arguments.keywords {
            let Some(name) = &keyword.arg else { return fail(&keyword.value, SUPPORTED) };
            let value = self.operand_local(frame, &keyword.value, out, line)?;
            pairs.push((crate::out::quoted(name.as_str(), '\''), value));
        }
        let sets = pairs
            .into_iter()
            .map(|(key, value)| Step::new("set", Node::Quoted(format!("{shared}[{key}] = {value}")), line))
            .collect();
        out.push(Step::new("atomic", Node::Steps(sets), line));
        Ok(())
    }
}

/// `shared.update(source)` of a dict `source` made at run time: one `atomic` step (dict.update is
/// one C call) that writes each of its keys' values in its insertion order. The temporaries: the
/// place, the key and the value.
pub(super) fn dict_copy(shared: &str, source: &str, [position, key, value]: [&str; 3], line: u32) -> Step {
    let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
    let copy_one = vec![
        let_step(format!("{key} = key_at({source}, {position})")),
        let_step(format!("{value} = {source}[{key}]")),
        Step::new("set", Node::Quoted(format!("{shared}[{key}] = {value}")), line),
        let_step(format!("{position} = {position} + 1")),
    ];
    let steps =
        vec![let_step(format!("{position} = 0")), while_step(format!("{position} < size({source})"), copy_one, line)];
    Step::new("atomic", Node::Steps(steps), line)
}
