//! `results.count(x)` and `results.index(x)` of a list of values computed at run time (the results of
//! futures, of `gather`, of `pool.map`): a local array of the task whose length is known at import time.
//! Python's `list.count` and `list.index` compare the key with each item in order (`is`, then `==`);
//! the items are the task's own locals, which no other task can change, so both are expressions over
//! them with the key read once:
//!
//! - `count`: `((key == r[0]) + (key == r[1]) ...)`, the number of equal items.
//! - `index`: Python's ValueError when no item is equal, which an expression cannot raise, so it is
//!   taken as an assignment's whole value (`i = results.index(x)`, where hoisting.rs puts it from inside
//!   an expression): the key into a local, one `atomic` that finds the first equal position (-1 for
//!   none), `raise: ValueError` for none, then the name bound, as Python binds it only when the call
//!   returns.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator, fail};
use crate::expr::{ATOM, Ex, SUM, wrap};
use crate::out::{Node, Step};
use crate::value::Value;

/// What the key of `count`/`index` must be in an expression, where it cannot be copied first.
const KEY_READS_SHARED: &str = "`count` of a list of results needs a key that reads no shared state (Python reads it once, weft once per item); copy it to a local first";

/// `results.count(key)` or `results.index(key)` of a local array of results.
struct ResultListCall<'c> {
    method: &'static str,
    results: String,
    length: usize,
    key: &'c Expr,
}

/// The name `index` binds its position to while the assignment's own translation binds the target.
const POSITION_NAME: &str = "__weft_list_index";

impl Translator<'_> {
    /// `results.count(key)` of a local array of results, as an expression; `results.index(key)` inside
    /// an expression, refused so that hoisting.rs moves it to an assignment of its own. `None` for any
    /// other call.
    pub(crate) fn result_list_method(&self, frame: &Frame, call: &ast::ExprCall) -> Result<Option<Ex>> {
        let Some(ResultListCall { method, results, length, key }) = self.result_list_call(frame, call)? else {
            return Ok(None);
        };
        if method == "index" {
            return fail(call, crate::hoisting::method_call_inside_expression("index", "a list of results"));
        }
        let (key_text, key_precedence, reads_shared) = self.code(frame, key)?;
        if reads_shared {
            return fail(key, KEY_READS_SHARED);
        }
        let key_text = wrap(&key_text, key_precedence, SUM);
        let counted = match length {
            0 => "0".to_string(),
            _ => {
                let tests: Vec<String> =
                    (0..length).map(|index| format!("({key_text} == {results}[{index}])")).collect();
                format!("({})", tests.join(" + "))
            }
        };
        Ok(Some(Ex::code(counted, ATOM, false, false)))
    }

    /// `name = results.index(key)`: the first equal position, Python's ValueError when none is, then
    /// the name bound to the position. `false` for any other assignment.
    pub(super) fn assign_result_index(
        &mut self,
        frame: &mut Frame,
        target: &Expr,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Call(call) = value else { return Ok(false) };
        let Some(ResultListCall { method: "index", results, length, key }) = self.result_list_call(frame, call)? else {
            return Ok(false);
        };
        if !matches!(target, Expr::Name(_)) {
            return fail(
                target,
                "`results.index(x)` of a list of results is assigned to a name (`i = results.index(x)`)",
            );
        }
        if !self.may_raise_here(frame) {
            return fail(
                call,
                "`index` of a list of results is supported in a thread, a coroutine, an executor's job or the main code, where weft can raise its ValueError (not in a process, a `finally`, or a `try` form weft writes without a scenario `try`)",
            );
        }
        // The key is computed once, before the search, as Python passes it to the method; the search is
        // one `atomic` (list.index is one C call), each item tested from the last so the first equal wins.
        let (key_text, _, _) = self.code(frame, key)?;
        let [key, position] = ["key", "position"].map(|wanted| self.fresh_temporary(frame.task, wanted));
        out.push(Step::new("let", Node::Quoted(format!("{key} = {key_text}")), line));
        let mut search = vec![Step::new("let", Node::Quoted(format!("{position} = -1")), line)];
        for index in (0..length).rev() {
            let found = Step::new("let", Node::Quoted(format!("{position} = {index}")), line);
            let test = vec![
                ("cond", Node::Quoted(format!("{key} == {results}[{index}]"))),
                ("then", Node::Steps(vec![found])),
            ];
            search.push(Step::new("if", Node::Map(test), line));
        }
        out.push(Step::new("atomic", Node::Steps(search), line));
        let mut raise = Vec::new();
        self.push_raise(frame, "ValueError", &mut raise, line);
        let none_equal = vec![("cond", Node::Quoted(format!("{position} == -1"))), ("then", Node::Steps(raise))];
        out.push(Step::new("if", Node::Map(none_equal), line));
        let saved = frame.locals.insert(POSITION_NAME.to_string(), Value::Local(position));
        let read = Expr::Name(ast::ExprName {
            node_index: Default::default(),
            range: call.range(),
            id: POSITION_NAME.into(),
            ctx: ast::ExprContext::Load,
        });
        let bound = self.assign(frame, target, &read, out, line);
        match saved {
            Some(value) => frame.locals.insert(POSITION_NAME.to_string(), value),
            None => frame.locals.remove(POSITION_NAME),
        };
        bound.map(|()| true)
    }

    /// `print(results.index(x))`: the arguments of a call weft does not model are only read, so the
    /// ValueError `index` raises when no item is equal would be lost (before session 25 it was, under a
    /// claim of completeness): the call is refused there, and hoisting.rs moves it to an assignment of
    /// its own before the statement where the order of evaluation allows.
    pub(super) fn refuse_result_index_in_arguments(&self, frame: &Frame, call: &ast::ExprCall) -> Result<()> {
        for inner in super::dropped_calls::calls_in_arguments(call, |_| false) {
            if let Some(ResultListCall { method: "index", .. }) = self.result_list_call(frame, inner)? {
                return fail(inner, crate::hoisting::method_call_inside_expression("index", "a list of results"));
            }
        }
        Ok(())
    }

    /// `results.count(key)` or `results.index(key)` of a local array of results: the method, the array
    /// and its length, and the key. Another number of arguments is refused.
    fn result_list_call<'c>(&self, frame: &Frame, call: &'c ast::ExprCall) -> Result<Option<ResultListCall<'c>>> {
        let Expr::Attribute(attribute) = &*call.func else { return Ok(None) };
        let method = match attribute.attr.as_str() {
            "count" => "count",
            "index" => "index",
            _ => return Ok(None),
        };
        let Ok(Ex::Static(Value::LocalArray(results, length))) = self.expr(frame, &attribute.value, false) else {
            return Ok(None);
        };
        match (&call.arguments.args[..], call.arguments.keywords.is_empty()) {
            ([key], true) => Ok(Some(ResultListCall { method, results, length, key })),
            _ => fail(call, format!("`{method}` of a list of results is supported with one argument, the item")),
        }
    }
}
