//! A list comprehension whose items are known at import time (`["conn-%d" % i for i in range(2)]`,
//! session32/t04's `self.connections` in the `__init__` of a class made inside an `if`), where an
//! object is made at run time: the new list `new_list('conn-0', 'conn-1')`, as the display of those
//! items would be. Python builds a new list each time the comprehension runs and it reads nothing
//! shared, so the display made at run time is the same object in every way a program can see.
//!
//! constructors.rs takes such a comprehension as a value that reads only literals and parameters (its
//! loop names are its own), so a class whose `__init__` also counts its instances is split as before.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Translator};
use crate::expr::{ATOM, Ex};
use crate::value::Value;

/// Whether `comprehension` reads only literals, `parameters` and its own loop names, with
/// `reads_only` (constructors.rs's test of a value) for each part: every loop walks a `range` of
/// such values or a display of them, into a plain name.
pub(crate) fn reads_only_itself(
    comprehension: &ast::ExprListComp,
    parameters: &std::collections::BTreeSet<String>,
    reads_only: fn(&Expr, &std::collections::BTreeSet<String>) -> bool,
) -> bool {
    let mut known = parameters.clone();
    for generator in &comprehension.generators {
        if generator.is_async {
            return false;
        }
        let walks_known_values = match &generator.iter {
            Expr::Call(call) => {
                matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == "range")
                    && call.arguments.keywords.is_empty()
                    && call.arguments.args.iter().all(|argument| reads_only(argument, &known))
            }
            display @ (Expr::List(_) | Expr::Tuple(_)) => reads_only(display, &known),
            _ => false,
        };
        let Expr::Name(target) = &generator.target else { return false };
        if !walks_known_values {
            return false;
        }
        known.insert(target.id.to_string());
        if !generator.ifs.iter().all(|test| reads_only(test, &known)) {
            return false;
        }
    }
    reads_only(&comprehension.elt, &known)
}

impl Translator<'_> {
    /// `new_list(...)` of the items of `expr`, a list comprehension over items known at import time
    /// whose every item reads nothing shared (`"conn-%d" % i` is `format('conn-%d', 0)`, ...); `None` for
    /// any other expression.
    pub(crate) fn known_comprehension_object(&self, frame: &Frame, expr: &Expr) -> Option<Ex> {
        let Expr::ListComp(comprehension) = expr else { return None };
        let generator = super::comprehension_generator(comprehension).ok()?;
        let items = self.static_iteration(frame, &generator.iter).ok()?;
        let items = self.kept_items(frame, comprehension.range, generator, items).ok()?;
        if items.len() > crate::expr::MAX_OBJECT_DISPLAY {
            return None;
        }
        let mut texts = Vec::with_capacity(items.len());
        let mut scratch = frame.clone();
        super::for_each_comprehension_item(&mut scratch, generator, items, |frame| {
            let ex = self.expr(frame, &comprehension.elt, true)?;
            let (text, _, _, reads_shared) = self.to_code(ex, &comprehension.elt)?;
            if reads_shared {
                return super::fail(&*comprehension.elt, "reads shared memory");
            }
            texts.push(text);
            Ok(Value::None)
        })
        .ok()?;
        self.made_containers.set(true);
        Some(Ex::code(format!("new_list({})", texts.join(", ")), ATOM, false, false))
    }
}
