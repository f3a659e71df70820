//! `for name, n in TASKS.items()`, `[Process(target=f, args=(name, n)) for name, n in TASKS.items()]`
//! (session18/m03): the `items()`, `keys()` or `values()` of a module dict display with string keys that
//! nothing changes, walked where weft unrolls a loop at import time. Each key of such a dict is a shared
//! variable of its own (`TASKS_alpha`); when no statement of the program writes the dict (it is only
//! read: indexed, `get`, its views, `in`, `len`, walked), every value is the one its display gives, so
//! the view's items are known at import time, in the display's order, as Python's dict keeps it. A dict
//! that something may write is refused: its items would be read when the loop runs, which an unrolled
//! loop cannot do.

use ruff_python_ast::visitor::{Visitor, walk_comprehension, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::BTreeSet;

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::value::Value;

/// Methods of a dict that read it and hand nothing of it on to be changed.
const READING_METHODS: [&str; 4] = ["get", "items", "keys", "values"];

/// Builtins whose argument a dict is only read by.
const READING_BUILTINS: [&str; 6] = ["len", "sorted", "list", "tuple", "set", "sum"];

impl Translator<'_> {
    /// The items of `d.items()`, `d.keys()` or `d.values()` of a dict display with string keys that no
    /// statement writes; `None` when `iterable` is no such view; refused when the dict may be written.
    pub(super) fn constant_record_view(&self, frame: &Frame, iterable: &Expr) -> Result<Option<Vec<Value>>> {
        let Expr::Call(ast::ExprCall { func, arguments, .. }) = iterable else { return Ok(None) };
        let Expr::Attribute(attribute) = &**func else { return Ok(None) };
        let view = attribute.attr.as_str();
        if !matches!(view, "items" | "keys" | "values") || !arguments.is_empty() {
            return Ok(None);
        }
        let Expr::Name(dict) = &*attribute.value else { return Ok(None) };
        let Ok(Ex::Static(Value::Record(fields))) = self.expr(frame, &attribute.value, false) else {
            return Ok(None);
        };
        let name = dict.id.as_str();
        if self.is_written(name) || !only_read(self.module_body, name) {
            return fail(
                iterable,
                format!(
                    "`{name}.{view}()` is walked at import time when nothing writes `{name}` (only indexed, `get`, `items`/`keys`/`values`, `in`, `len` and walked); this program may change it"
                ),
            );
        }
        let mut items = Vec::with_capacity(fields.len());
        for (key, shared) in fields {
            let Some(value) = self.shared_initial_value(&shared) else {
                return fail(iterable, format!("the value of `{name}[{key:?}]` is not known at import time"));
            };
            items.push(match view {
                "keys" => Value::Str(key),
                "values" => value,
                _ => Value::List(vec![Value::Str(key), value]),
            });
        }
        Ok(Some(items))
    }
}

/// Whether every use of the name `name` in `body` only reads the dict it names (no store or `del` of an
/// item, no method that changes it, never handed on or bound to another name; rebinding the name is
/// `is_written`'s).
fn only_read(body: &[Stmt], name: &str) -> bool {
    let mut allowed = ReadingUses { name, offsets: BTreeSet::new() };
    allowed.visit_body(body);
    crate::generators::every_read_allowed(body, name, &allowed.offsets)
}

/// The offsets of the uses of a name that only read its dict.
struct ReadingUses<'n> {
    name: &'n str,
    offsets: BTreeSet<usize>,
}

impl ReadingUses<'_> {
    fn allow(&mut self, expr: &Expr) {
        if let Expr::Name(named) = expr
            && named.id.as_str() == self.name
        {
            self.offsets.insert(expr.start().to_usize());
        }
    }
}

impl<'a> Visitor<'a> for ReadingUses<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::For(for_stmt) = stmt {
            self.allow(&for_stmt.iter);
        }
        walk_stmt(self, stmt);
    }

    fn visit_comprehension(&mut self, comprehension: &'a ast::Comprehension) {
        self.allow(&comprehension.iter);
        walk_comprehension(self, comprehension);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Subscript(subscript) if subscript.ctx.is_load() => self.allow(&subscript.value),
            Expr::Compare(compare) => {
                let membership = compare.ops.iter().all(|op| matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn));
                if membership {
                    compare.comparators.iter().for_each(|operand| self.allow(operand));
                }
            }
            Expr::Call(call) => match &*call.func {
                Expr::Attribute(method) if READING_METHODS.contains(&method.attr.as_str()) => self.allow(&method.value),
                Expr::Name(callee) if READING_BUILTINS.contains(&callee.id.as_str()) => {
                    call.arguments.args.iter().for_each(|argument| self.allow(argument));
                }
                _ => {}
            },
            _ => {}
        }
        walk_expr(self, expr);
    }
}
