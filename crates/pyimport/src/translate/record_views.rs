//! `for name, n in TASKS.items()`, `[Process(target=f, args=(name, n)) for name, n in TASKS.items()]`
//! (session18/m03): the `items()`, `keys()` or `values()` of a module dict display with string keys that
//! nothing changes, walked where weft unrolls a loop at import time. Each key of such a dict is a shared
//! variable of its own (`TASKS_alpha`); when no statement of the program writes the dict (it is only
//! read: indexed, `get`, its views, `in`, `len`, walked), every value is the one its display gives, so
//! the view's items are known at import time, in the display's order, as Python's dict keeps it. A dict
//! that something may write is refused: its items would be read when the loop runs, which an unrolled
//! loop cannot do. `sorted(...)` of such a view (or of the dict itself) is its items in `sorted`'s order.

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::cmp::Ordering;
use std::collections::BTreeSet;

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::read_sites::{ReadSites, walk_read_sites};
use crate::value::{Items, Value};

/// Methods of a dict that read it and hand nothing of it on to be changed.
const READING_METHODS: [&str; 4] = ["get", "items", "keys", "values"];

/// Builtins whose argument a dict is only read by.
const READING_BUILTINS: [&str; 6] = ["len", "sorted", "list", "tuple", "set", "sum"];

impl Translator<'_> {
    /// The items of `d.items()`, `d.keys()` or `d.values()` of a dict display with string keys that no
    /// statement writes; `None` when `iterable` is no such view; refused when the dict may be written.
    pub(super) fn constant_record_view(&self, frame: &Frame, iterable: &Expr) -> Result<Option<Vec<Value>>> {
        if let Some(sorted) = self.sorted_record_view(frame, iterable)? {
            return Ok(Some(sorted));
        }
        let Some((dict, view)) = dict_view(iterable) else { return Ok(None) };
        let Ok(Ex::Static(Value::Record(fields))) = self.expr(frame, &Expr::Name(dict.clone()), false) else {
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
                _ => Value::List(Items::tuple(vec![Value::Str(key), value])),
            });
        }
        Ok(Some(items))
    }
}

impl Translator<'_> {
    /// `sorted(d.items())`, `sorted(d.keys())`, `sorted(d.values())` of such a dict, and `sorted(d)` of
    /// any dict display with string keys (its keys are fixed at import time): the items in `sorted`'s
    /// order, computed at import time. Items Python cannot order (an integer beside a string, None)
    /// are its TypeError, refused here.
    fn sorted_record_view(&self, frame: &Frame, iterable: &Expr) -> Result<Option<Vec<Value>>> {
        let Expr::Call(call) = iterable else { return Ok(None) };
        let Expr::Name(callee) = &*call.func else { return Ok(None) };
        let [argument] = &call.arguments.args[..] else { return Ok(None) };
        let builtin = match self.resolve(frame, "sorted") {
            None => true,
            Some(Value::Module(module)) => module == "sorted",
            Some(_) => false,
        };
        if callee.id.as_str() != "sorted" || !builtin || !call.arguments.keywords.is_empty() {
            return Ok(None);
        }
        let items = match self.expr(frame, argument, false) {
            Ok(Ex::Static(Value::Record(fields))) => fields.into_iter().map(|(key, _)| Value::Str(key)).collect(),
            _ => match self.constant_record_view(frame, argument)? {
                Some(items) => items,
                None => match self.module_display_view(frame, argument)? {
                    Some(items) => items,
                    None => return Ok(None),
                },
            },
        };
        let mut sorted = items;
        let mut unordered = false;
        sorted.sort_by(|a, b| {
            python_order(a, b).unwrap_or_else(|| {
                unordered = true;
                Ordering::Equal
            })
        });
        if unordered {
            return fail(
                iterable,
                "`sorted` of items Python cannot order (an integer beside a string, None): its TypeError",
            );
        }
        Ok(Some(sorted))
    }
}

/// The dict's name and the view of `d.items()`, `d.keys()` or `d.values()` (no arguments).
pub(super) fn dict_view(iterable: &Expr) -> Option<(&ast::ExprName, &str)> {
    let Expr::Call(ast::ExprCall { func, arguments, .. }) = iterable else { return None };
    let Expr::Attribute(attribute) = &**func else { return None };
    let view = attribute.attr.as_str();
    if !matches!(view, "items" | "keys" | "values") || !arguments.is_empty() {
        return None;
    }
    let Expr::Name(dict) = &*attribute.value else { return None };
    Some((dict, view))
}

/// Python's order of two items of a dict's view known at import time: integers, strings (by code
/// point, which is UTF-8's byte order), and tuples of them item by item; `None` where Python raises.
fn python_order(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Str(x), Value::Str(y)) => Some(x.cmp(y)),
        (Value::List(xs), Value::List(ys)) => {
            for (x, y) in xs.iter().zip(ys) {
                match python_order(x, y)? {
                    Ordering::Equal => continue,
                    decided => return Some(decided),
                }
            }
            Some(xs.len().cmp(&ys.len()))
        }
        _ => None,
    }
}

/// Whether every use of the name `name` in `body` only reads the dict it names (no store or `del` of an
/// item, no method that changes it, never handed on or bound to another name; rebinding the name is
/// `is_written`'s).
pub(super) fn only_read(body: &[Stmt], name: &str) -> bool {
    let mut allowed = ReadingUses { used: Used::Name(name), offsets: BTreeSet::new() };
    walk_read_sites(body, &mut allowed);
    crate::generators::every_read_allowed(body, name, &allowed.offsets)
}

/// Whether every use of an attribute named `attribute` (of any object) in `body` only reads the dict it
/// holds, as `only_read` says of a name, and one assignment binds it (the one that makes the dict).
pub(super) fn attribute_only_read(body: &[Stmt], attribute: &str) -> bool {
    let mut allowed = ReadingUses { used: Used::Attribute(attribute), offsets: BTreeSet::new() };
    walk_read_sites(body, &mut allowed);
    let mut uses = AttributeUses { attribute, allowed: &allowed.offsets, stores: 0, other: false };
    uses.visit_body(body);
    uses.stores == 1 && !uses.other
}

/// What `ReadingUses` follows: a name, or an attribute of that name.
enum Used<'n> {
    Name(&'n str),
    Attribute(&'n str),
}

/// The offsets of the uses of a name (or attribute) that only read its dict.
struct ReadingUses<'n> {
    used: Used<'n>,
    offsets: BTreeSet<usize>,
}

/// The stores of an attribute, and whether it is used otherwise than `allowed` reads it.
struct AttributeUses<'n> {
    attribute: &'n str,
    allowed: &'n BTreeSet<usize>,
    stores: usize,
    other: bool,
}

impl<'a> Visitor<'a> for AttributeUses<'_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Attribute(attribute) = expr
            && attribute.attr.as_str() == self.attribute
        {
            match attribute.ctx {
                ast::ExprContext::Store => self.stores += 1,
                ast::ExprContext::Load if self.allowed.contains(&expr.start().to_usize()) => {}
                _ => self.other = true,
            }
        }
        walk_expr(self, expr);
    }
}

impl ReadSites for ReadingUses<'_> {
    fn allow(&mut self, expr: &Expr) {
        let is_used = match (expr, &self.used) {
            (Expr::Name(named), Used::Name(name)) => named.id.as_str() == *name,
            (Expr::Attribute(attribute), Used::Attribute(name)) => attribute.attr.as_str() == *name,
            _ => false,
        };
        if is_used {
            self.offsets.insert(expr.start().to_usize());
        }
    }

    fn expression(&mut self, expr: &Expr) {
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
    }
}
