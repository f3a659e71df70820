//! `for o in ({"apple": 3}, {"apple": 3, "pear": 1})` (session 24: session23/t11, each dict handed to
//! a thread in `args=(o,)`): a tuple or list display of dict displays with string keys, walked where
//! weft unrolls a loop at import time (a comprehension that starts a thread, process or timer per
//! dict, a `for` statement). Python makes the tuple and its dicts once, before the loop; each dict is
//! then a new object nothing else names, so each is made here as an assignment of it would be (a
//! shared variable per key, named after the loop's variable: `o_apple`, `o_apple_2`, ...), and the
//! loop's variable takes each in turn. A comprehension over such dicts that starts no task keeps its
//! loop at run time, each dict a `new_dict` (run_time_comprehensions.rs).

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator};
use crate::expr::Ex;
use crate::out::Step;
use crate::value::Value;

impl Translator<'_> {
    /// The dicts a display of dict displays with string keys makes, each made here; `None` when
    /// `iterable` is no such display.
    pub(super) fn display_records(
        &mut self,
        frame: &mut Frame,
        target: &Expr,
        iterable: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Vec<Value>>> {
        let Expr::Name(variable) = target else { return Ok(None) };
        let Some(elements) = self.display_of_records(frame, iterable) else { return Ok(None) };
        let mut records = Vec::with_capacity(elements.len());
        for element in elements {
            match self.creation(frame, variable.id.as_str(), element, out, line)? {
                Some(record @ Value::Record(_)) => records.push(record),
                _ => return Ok(None),
            }
        }
        Ok(Some(records))
    }

    /// The dict displays of `iterable` when it is a tuple or list display of dict displays with string
    /// keys whose values make no object of their own.
    fn display_of_records<'e>(&self, frame: &Frame, iterable: &'e Expr) -> Option<&'e [Expr]> {
        let elements = match iterable {
            Expr::Tuple(tuple) => &tuple.elts[..],
            Expr::List(list) => &list.elts[..],
            _ => return None,
        };
        let plain_record = |element: &Expr| match element {
            Expr::Dict(dict) => {
                self.has_string_keys(frame, dict) && dict.items.iter().all(|item| is_plain_value(&item.value))
            }
            _ => false,
        };
        (!elements.is_empty() && elements.iter().all(plain_record)).then_some(elements)
    }

    /// `[threading.Thread(target=f, args=(o,)) for o in ({"a": 1}, {"a": 2})]`: a comprehension that
    /// starts a thread, process or timer per dict of such a display, which `display_records` makes.
    pub(crate) fn starts_tasks_over_records(&self, frame: &Frame, comprehension: &ast::ExprListComp) -> bool {
        let [generator] = comprehension.generators.as_slice() else { return false };
        let Expr::Call(call) = &*comprehension.elt else { return false };
        let starts_task = matches!(
            self.expr(frame, &call.func, false),
            Ok(Ex::Static(Value::Module(callee)))
                if matches!(callee.as_str(), "threading.Thread" | "threading.Timer" | "multiprocessing.Process")
        );
        starts_task && generator.ifs.is_empty() && self.display_of_records(frame, &generator.iter).is_some()
    }
}

/// A value of a dict display that is a number, string, None, a name or arithmetic of them: no object of
/// its own (a list, dict, set, call or lambda), so the display is a dict with string keys.
fn is_plain_value(value: &Expr) -> bool {
    match value {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::Name(_) => true,
        Expr::UnaryOp(ast::ExprUnaryOp { operand, .. }) => is_plain_value(operand),
        Expr::BinOp(binary) => is_plain_value(&binary.left) && is_plain_value(&binary.right),
        _ => false,
    }
}
