//! `reversed(...)`, `list(...)` and `tuple(...)` around items known at import time, as a loop's or a
//! comprehension's iterable (`for index, (label, n) in reversed(list(enumerate(steps))):`, session
//! 25's t11): the items the call gives, computed when the program is imported, as `static_iteration`
//! computes the items of `enumerate`, `zip` and a display.
//!
//! `list(x)` and `tuple(x)` give the items of `x` in its order. `reversed(x)` gives them last first,
//! for what Python can reverse: a sequence (a list, a tuple, a `range`, a string) or a dict and its
//! views (Python 3.8+). An iterator (`enumerate(...)`, `zip(...)`, `map(...)`, a generator) and a set
//! have no `__reversed__`: Python raises TypeError, so they are refused here, not reversed.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::value::Value;

/// Calls whose value is an iterator or a set, which `reversed` cannot reverse (Python's TypeError).
const NOT_REVERSIBLE: [&str; 7] = ["enumerate", "zip", "map", "filter", "iter", "set", "frozenset"];

impl Translator<'_> {
    /// The items of `reversed(x)`, `list(x)` or `tuple(x)` of items known at import time; None when
    /// `iterable` is no such call (a name of the file bound to something else included).
    pub(super) fn builtin_iteration(&self, frame: &Frame, iterable: &Expr) -> Result<Option<Vec<Value>>> {
        let Expr::Call(call) = iterable else { return Ok(None) };
        let Expr::Name(callee) = &*call.func else { return Ok(None) };
        let builtin = ["reversed", "list", "tuple"].into_iter().find(|builtin| self.is_builtin(frame, callee, builtin));
        let (Some(builtin), [argument], []) = (builtin, &call.arguments.args[..], &call.arguments.keywords[..]) else {
            return Ok(None);
        };
        if builtin == "reversed" {
            refuse_not_reversible(argument)?;
        }
        let mut items = self.static_iteration(frame, argument)?;
        if builtin == "reversed" {
            items.reverse();
        }
        Ok(Some(items))
    }
}

/// Python's TypeError of `reversed` over an iterator or a set: refused at the argument.
fn refuse_not_reversible(argument: &Expr) -> Result<()> {
    let made_by = match argument {
        Expr::Call(ast::ExprCall { func, .. }) => match &**func {
            Expr::Name(callee) if NOT_REVERSIBLE.contains(&callee.id.as_str()) => Some(format!("`{}(...)`", callee.id)),
            _ => None,
        },
        Expr::Generator(_) => Some("a generator".to_string()),
        Expr::Set(_) | Expr::SetComp(_) => Some("a set".to_string()),
        _ => None,
    };
    match made_by {
        Some(what) => fail(
            argument,
            format!(
                "`reversed` of {what} raises TypeError in Python (it reverses a sequence or a dict, not an iterator or a set): write `reversed(list(...))`"
            ),
        ),
        None => Ok(()),
    }
}
