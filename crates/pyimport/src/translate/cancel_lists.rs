//! `cancelled = [f.cancel() for f in not_done]` over the `not_done` set of `wait(FIRST_COMPLETED)`
//! (session21/f05, session22/f05), then `sum(cancelled)`, `cancelled.count(True)`, `len(cancelled)`.
//!
//! The list holds one bool per future of the set, in the set's order, which is CPython's hash table's
//! (the futures' addresses): no program fixes it. What the comprehension does is the loop `for f in
//! not_done: f.cancel()`, which weft takes as a `cancel` of every future of the `wait` (cancelling a
//! finished one does nothing and gives False: wait_set_sums.rs), each value counted. So the list is
//! kept as what does not depend on the order: how many items it has and how many are True
//! (`Value::SetOrderBools`). `len`, `sum` and `count(True)` / `count(False)` read those; every other
//! use of the list (an item, a walk, its text, a comparison) would see the order and is refused, as
//! is the list of anything but `cancel()`'s values (run_time_comprehensions.rs's refusal).

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::expr::{ATOM, Ex, SUM};
use crate::out::{Node, Step};
use crate::value::Value;

impl Translator<'_> {
    /// `NAME = [f.cancel() for f in not_done]`: the counting loop, then `NAME` bound to the counts.
    /// `Ok(false)` for any other statement.
    pub(super) fn cancel_list(
        &mut self,
        frame: &mut Frame,
        assign: &ast::StmtAssign,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<bool> {
        let [Expr::Name(target)] = &assign.targets[..] else { return Ok(false) };
        let Expr::ListComp(comprehension) = &*assign.value else { return Ok(false) };
        let [generator] = &comprehension.generators[..] else { return Ok(false) };
        let Ok(Ex::Static(Value::FirstCompleted { length, count, pending: true, .. })) =
            self.expr(frame, &generator.iter, false)
        else {
            return Ok(false);
        };
        if !cancels_the_variable(&comprehension.elt, &generator.target) || !generator.ifs.is_empty() {
            return Ok(false);
        }
        let name = target.id.as_str();
        if frame.dynamic > 0 || frame.globals_declared.contains(name) || self.globals.contains_key(name) {
            return fail(
                assign.value.as_ref(),
                "a list of `cancel()`'s values over `not_done` is kept in a name bound once, outside the `if`s and loops the scenario runs, and not read by functions as a global",
            );
        }
        let mut counted = generator.clone();
        counted.ifs = vec![(*comprehension.elt).clone()];
        let one = super::sequences::number(1, assign.range);
        let trues = self.wait_set_sum(frame, &one, &counted, assign.range, out, next_line)?;
        let size = self.fresh_temporary(frame.task, "listed");
        let line = self.line(assign);
        out.push(Step::new("let", Node::Quoted(format!("{size} = {length} - {count}")), line));
        frame.known.remove(name);
        frame.locals.insert(name.to_string(), Value::SetOrderBools { trues, length: size });
        Ok(true)
    }

    /// `len(x)` and `sum(x)` of a list of `cancel()`'s values (`Value::SetOrderBools`). `None` for any
    /// other call.
    pub(crate) fn set_order_bools_builtin(&self, frame: &Frame, name: &str, args: &[Expr]) -> Option<Ex> {
        let [argument] = args else { return None };
        let Ok(Ex::Static(Value::SetOrderBools { trues, length })) = self.expr(frame, argument, false) else {
            return None;
        };
        match name {
            "len" => Some(Ex::code(length, ATOM, false, false)),
            "sum" => Some(Ex::code(trues, ATOM, false, false)),
            _ => None,
        }
    }

    /// `x.count(True)` / `x.count(False)` (or 1 / 0) of a list of `cancel()`'s values. `None` when the
    /// receiver is no such list; other methods and arguments are refused.
    pub(crate) fn set_order_bools_method(&self, frame: &Frame, call: &ast::ExprCall) -> Result<Option<Ex>> {
        let Expr::Attribute(attribute) = &*call.func else { return Ok(None) };
        let Ok(Ex::Static(Value::SetOrderBools { trues, length })) = self.expr(frame, &attribute.value, false) else {
            return Ok(None);
        };
        let counted = match (attribute.attr.as_str(), &call.arguments.args[..], call.arguments.keywords.is_empty()) {
            ("count", [value], true) => self.expr(frame, value, false).ok(),
            _ => None,
        };
        match counted {
            Some(Ex::Static(Value::Int(1))) => Ok(Some(Ex::code(trues, ATOM, false, false))),
            Some(Ex::Static(Value::Int(0))) => Ok(Some(Ex::code(format!("{length} - {trues}"), SUM, false, false))),
            _ => fail(call, SET_ORDER_USES),
        }
    }
}

/// What a list of `cancel()`'s values over a set may be used for.
pub(crate) const SET_ORDER_USES: &str = "a list of `cancel()`'s values over a set of futures is in the set's order (CPython's hash table's), which no program fixes; weft takes `len(x)`, `sum(x)` and `x.count(True)` / `x.count(False)` of it";

/// `f.cancel()` of the comprehension's variable `f`.
fn cancels_the_variable(element: &Expr, target: &Expr) -> bool {
    let (Expr::Call(call), Expr::Name(variable)) = (element, target) else { return false };
    call.arguments.is_empty()
        && matches!(&*call.func, Expr::Attribute(attribute) if attribute.attr.as_str() == "cancel"
            && matches!(&*attribute.value, Expr::Name(receiver) if receiver.id == variable.id))
}
