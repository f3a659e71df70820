//! `for word, n in part.items():` (and `.keys()`, `.values()`) of a dict made at run time (session 33,
//! session32/f04 and m01: the dicts of counts a pool's jobs return, merged by the caller). Before, the
//! view was refused ("weft cannot compute the value of `.items(...)` here"), while `for word in part:`
//! over the same dict imported as the walk by `key_at` (counts.rs).
//!
//! CPython's dict iterators take the next entry in one C call (`dictiter_iternextitem` builds the
//! `(key, value)` pair from the entry it reaches), raising RuntimeError when the dict's size changed
//! since the walk began. The walk here is the same `while` by position that `for k in d:` is, its item
//! read in the one `atomic` that reads the position against `size`: `(key_at(d, i), d[key_at(d, i)])`
//! for `items()`, `key_at(d, i)` for `keys()`, `d[key_at(d, i)]` for `values()`; a tuple target then
//! unpacks the pair, as `for k, v in pairs:` does.
//!
//! Only where the file shows the name holds a dict (every binding of it a dict, a `for` over a list
//! of dicts or a `map` of a function that returns one, a parameter every call gives one: counts.rs),
//! since `key_at` takes a list's items too, where Python's `.items()` of a list raises; and where the
//! loop's body does not change the dict by its name (CPython's RuntimeError, which the walk by
//! position would not raise; refused as for `for k in d:`).

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator};
use crate::out::Step;

/// The view a loop walks.
#[derive(Clone, Copy)]
enum View {
    Items,
    Keys,
    Values,
}

impl View {
    fn of(method: &str) -> Option<View> {
        match method {
            "items" => Some(View::Items),
            "keys" => Some(View::Keys),
            "values" => Some(View::Values),
            _ => None,
        }
    }

    /// The item at place `index` of the dict `held`.
    fn item(self, held: &str, index: &str) -> String {
        let key = format!("key_at({held}, {index})");
        match self {
            View::Items => format!("({key}, {held}[{key}])"),
            View::Keys => key,
            View::Values => format!("{held}[{key}]"),
        }
    }
}

impl Translator<'_> {
    /// The loop over `d.items()` (`keys()`, `values()`) of a name holding a dict made at run time, as
    /// the module's comment says; false for any other loop.
    pub(super) fn run_time_dict_view_for(
        &mut self,
        frame: &mut Frame,
        looping: &ast::StmtFor,
        out: &mut Vec<Step>,
        line: u32,
        next_line: u32,
    ) -> Result<bool> {
        let Expr::Call(call) = &*looping.iter else { return Ok(false) };
        let Expr::Attribute(method) = &*call.func else { return Ok(false) };
        let (Some(view), Expr::Name(dict)) = (View::of(method.attr.as_str()), &*method.value) else {
            return Ok(false);
        };
        if !call.arguments.args.is_empty() || !call.arguments.keywords.is_empty() {
            return Ok(false);
        }
        let Some(held) = self.run_time_iterable(frame, &method.value) else { return Ok(false) };
        if self.needs_unroll(frame, &looping.body) {
            return Ok(false);
        }
        if !self.binds_only_dicts(dict.id.as_str(), super::counts::MOST_NAMES_FOLLOWED) {
            return super::fail(
                looping.iter.as_ref(),
                format!(
                    "`.{}()` of a value known only at run time is walked where the file shows `{}` holds a dict: every binding of the name a dict display, `dict(...)`, a `for` over a list of dicts or over `map` of a function that returns one, a parameter every call gives one; here weft cannot tell it from a list, whose `.{}()` Python refuses",
                    method.attr, dict.id, method.attr
                ),
            );
        }
        // A body that changes the dict by its name is refused, as for `for k in d:`.
        let over_the_dict = ast::StmtFor { iter: method.value.clone(), ..looping.clone() };
        self.check_dict_walk(&over_the_dict)?;
        let item_at = |_: &Self, _: &Frame, index: &str| view.item(&held, index);
        self.walk_for(frame, &format!("size({held})"), &item_at, looping, out, (line, next_line))?;
        Ok(true)
    }
}
