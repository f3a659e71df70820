//! `itertools.count(start, step)` shared by threads: a shared variable holding the next number, and
//! `next(c)` one `atomic` step that takes it and adds the step (the C iterator hands out each number
//! once under the GIL; it is the thread-safe id source of many programs).

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::{Node, SharedInit, Step};
use crate::value::Value;

impl Translator<'_> {
    /// `itertools.count()`, `count(start)`, `count(start, step)` of numbers known at import time.
    pub(super) fn make_counter(&mut self, frame: &Frame, hint: &str, call: &ast::ExprCall) -> Result<Value> {
        let arguments = &call.arguments;
        let given = |position: usize, keyword: &str| {
            arguments.args.get(position).or(arguments.find_keyword(keyword).map(|k| &k.value))
        };
        if arguments.args.len() > 2
            || arguments.keywords.iter().any(|k| k.arg.as_ref().is_none_or(|a| a != "start" && a != "step"))
        {
            return fail(call, "`itertools.count` takes `start` and `step`, nothing else");
        }
        let start = match given(0, "start") {
            Some(start) => self.static_int(frame, start)?,
            None => 0,
        };
        let step = match given(1, "step") {
            Some(step) => self.static_int(frame, step)?,
            None => 1,
        };
        let shared = self.declare_shared(frame, hint, SharedInit::Int(start));
        Ok(Value::Counter(shared, step))
    }

    /// `next(c)` of an `itertools.count`: its shared variable and step.
    pub(super) fn counter_next(&self, frame: &Frame, value: &Expr) -> Option<(String, i64)> {
        let Expr::Call(call) = value else { return None };
        self.counter_of_next(frame, call)
    }

    /// The counter `next(c)` takes from, when `call` is `next` of an `itertools.count()`.
    pub(crate) fn counter_of_next(&self, frame: &Frame, call: &ast::ExprCall) -> Option<(String, i64)> {
        let Expr::Name(callee) = &*call.func else { return None };
        if callee.id.as_str() != "next" || self.resolve(frame, "next").is_some() {
            return None;
        }
        let [counter] = &call.arguments.args[..] else { return None };
        match self.expr(frame, counter, false) {
            Ok(Ex::Static(Value::Counter(shared, step))) => Some((shared, step)),
            _ => None,
        }
    }

    /// The `atomic` step of `next(c)`: the number into a temporary, the counter moved on by its step.
    pub(super) fn counter_next_steps(
        &mut self,
        frame: &Frame,
        shared: &str,
        step: i64,
        out: &mut Vec<Step>,
        line: u32,
    ) -> String {
        let number = self.fresh_temporary(frame.task, "number");
        let steps = vec![
            Step::new("let", Node::Quoted(format!("{number} = {shared}")), line),
            Step::new("set", Node::Quoted(format!("{shared} = {shared} + {step}")), line),
        ];
        out.push(Step::new("atomic", Node::Steps(steps), line));
        number
    }
}
