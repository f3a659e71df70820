//! `chunks = split(DATA, 4)` and `for i, chunk in enumerate(split(DATA, 4))` (session24/t01): a call of
//! a function of the file that only computes (pure_calls.rs) and returns a list of lists, such as
//! `[items[i:i + size] for i in range(0, len(items), size)]`. Its arguments may be module lists nothing
//! writes, whose items are then known at import time; the helper may read such a list only through an
//! item, a slice (a new list in Python) or `len`, so the value it returns holds no list of the caller's
//! that a later write could change. The value is the list of lists a display of those slices gives
//! (`[DATA[0:25], DATA[25:50]]`), bound where the call stands or walked where a loop is unrolled.

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::BTreeSet;

use super::pure_calls::Arguments;
use super::{Frame, Translator};
use crate::expr::Ex;
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// The value of `call` when it calls a helper that only computes and gives a list of lists at
    /// import time; `None` for every other call and value (those keep their own forms).
    pub(super) fn computed_list_of_lists(&self, frame: &Frame, call: &ast::ExprCall) -> Option<Value> {
        let value = self.computed_call_value_taking(frame, call, &mut None, Arguments::UnwrittenLists)?;
        match &value {
            Value::List(items) if !items.is_empty() && items.iter().all(|item| matches!(item, Value::List(_))) => {
                Some(value)
            }
            _ => None,
        }
    }

    /// A helper's argument bound to `parameter`: a value `computed_value` takes, or a module list nothing
    /// writes that `body` reads only by item, slice or `len`.
    pub(super) fn computed_argument(
        &self,
        frame: &Frame,
        argument: &Expr,
        parameter: &str,
        body: &[Stmt],
    ) -> Option<Value> {
        match self.expr(frame, argument, true).ok()? {
            Ex::Static(Value::Shared(shared, Shape::Array(_)))
                if !self.is_written(&shared) && only_indexed(body, parameter) =>
            {
                Some(Value::List(self.array_values(&shared).into()))
            }
            _ => self.computed_value(frame, argument),
        }
    }
}

/// Whether every read of `name` in `body` takes an item or a slice of it (`name[i]`, `name[a:b]`) or
/// its length (`len(name)`): no read hands the list itself on.
fn only_indexed(body: &[Stmt], name: &str) -> bool {
    struct Indexing<'n> {
        name: &'n str,
        offsets: BTreeSet<usize>,
    }
    impl Indexing<'_> {
        fn allow(&mut self, expr: &Expr) {
            if matches!(expr, Expr::Name(named) if named.id.as_str() == self.name) {
                self.offsets.insert(expr.start().to_usize());
            }
        }
    }
    impl<'a> Visitor<'a> for Indexing<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Subscript(subscript) => self.allow(&subscript.value),
                Expr::Call(call)
                    if matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == "len")
                        && call.arguments.keywords.is_empty() =>
                {
                    if let [argument] = &call.arguments.args[..] {
                        self.allow(argument);
                    }
                }
                _ => {}
            }
            walk_expr(self, expr);
        }
    }
    let mut indexing = Indexing { name, offsets: BTreeSet::new() };
    indexing.visit_body(body);
    crate::generators::every_read_allowed(body, name, &indexing.offsets)
}
