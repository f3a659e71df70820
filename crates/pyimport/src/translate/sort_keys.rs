//! `sorted(items, key=..., reverse=...)` (docs/python.md, "sorted with a key").
//!
//! A key is a function of one item: `lambda r: r["price"]`, `operator.itemgetter(1)` (or of several
//! keys, a tuple of them), or any other callable weft computes on an item (`len`, `abs`). Python
//! computes every item's key first, in the items' order, then sorts the items by their keys alone,
//! comparing them with `<` only, and stably: items whose keys are equal keep their order, `reverse=True`
//! too. On items and keys known at import time the sorted list is computed here (`sorted_known`); on a
//! list made at run time, list_values.rs makes the keys and sorts by them in the scenario's own steps
//! (`insertion_sort` with the keys beside the items).

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::syntax::name;
use crate::value::Value;

/// What `sorted` supports beside its items, in one place for the refusals.
const SUPPORTED: &str = "`sorted` takes the items and `key=` (a one-parameter `lambda`, `operator.itemgetter(...)`, or a builtin such as `len`) and `reverse=` (True or False)";

/// A key function as an expression of one parameter: the parameter's name and the key's expression.
#[derive(Clone, Debug)]
pub(crate) struct SortKey {
    pub parameter: String,
    pub body: Expr,
}

/// `sorted`'s keyword arguments.
#[derive(Clone, Debug, Default)]
pub(crate) struct SortOptions {
    pub key: Option<SortKey>,
    pub reverse: bool,
}

impl Translator<'_> {
    /// `key=` and `reverse=` of a `sorted(...)` call (or of `list.sort(...)`), each known at import
    /// time; any other keyword, or a key weft cannot write as an expression of the item, is refused.
    pub(crate) fn sort_options(&self, frame: &Frame, keywords: &[ast::Keyword]) -> Result<SortOptions> {
        let mut options = SortOptions::default();
        for keyword in keywords {
            match keyword.arg.as_ref().map(ast::Identifier::as_str) {
                Some("reverse") => {
                    options.reverse = match self.expr(frame, &keyword.value, true)? {
                        Ex::Static(Value::Int(flag)) => flag != 0,
                        _ => {
                            return fail(
                                &keyword.value,
                                format!("{SUPPORTED}; this `reverse` is not known at import time"),
                            );
                        }
                    }
                }
                Some("key") => options.key = self.sort_key(frame, &keyword.value)?,
                _ => return fail(keyword, SUPPORTED),
            }
        }
        Ok(options)
    }

    /// The key function as an expression of its parameter; `None` for `key=None` (no key).
    fn sort_key(&self, frame: &Frame, key: &Expr) -> Result<Option<SortKey>> {
        let range = key.range();
        let parameter = format!("$key_{}", u32::from(range.start()));
        if let Expr::Lambda(lambda) = key {
            let parameters = lambda.parameters.as_deref();
            let single = parameters.filter(|parameters| {
                parameters.posonlyargs.is_empty()
                    && parameters.args.len() == 1
                    && parameters.args[0].default.is_none()
                    && parameters.vararg.is_none()
                    && parameters.kwonlyargs.is_empty()
                    && parameters.kwarg.is_none()
            });
            let Some(parameters) = single else {
                return fail(key, format!("{SUPPORTED}; this lambda does not take exactly one item"));
            };
            let parameter = parameters.args[0].parameter.name.to_string();
            return Ok(Some(SortKey { parameter, body: (*lambda.body).clone() }));
        }
        if let Expr::Call(call) = key
            && let Ok(Ex::Static(Value::Module(callee))) = self.expr(frame, &call.func, false)
            && callee == "operator.itemgetter"
        {
            if !call.arguments.keywords.is_empty() || call.arguments.args.is_empty() {
                return fail(key, "`operator.itemgetter` takes the keys or indexes to get");
            }
            let item = || name(&parameter, range, ast::ExprContext::Load);
            let mut gets: Vec<Expr> =
                call.arguments.args.iter().map(|index| subscript(item(), index.clone(), range)).collect();
            let body = if gets.len() == 1 { gets.remove(0) } else { tuple(gets, range) };
            return Ok(Some(SortKey { parameter, body }));
        }
        match self.expr(frame, key, false) {
            Ok(Ex::Static(Value::None)) => Ok(None),
            // `key=score_of` of `def score_of(n): return scores[n]` (function_sort_keys.rs).
            Ok(Ex::Static(Value::Function(function))) if let Some(key) = self.function_sort_key(frame, &function) => {
                Ok(Some(key))
            }
            // A builtin or a function weft computes on the item (`key=len`): the call of it.
            Ok(Ex::Static(Value::Module(_) | Value::Function(_))) => {
                let body = Expr::Call(ast::ExprCall {
                    node_index: Default::default(),
                    range_start: range.start(),
                    func: Box::new(key.clone()),
                    arguments: ast::Arguments {
                        node_index: Default::default(),
                        range: TextRange::empty(range.end()),
                        args: vec![name(&parameter, range, ast::ExprContext::Load)].into_boxed_slice(),
                        keywords: Default::default(),
                    },
                });
                Ok(Some(SortKey { parameter, body }))
            }
            _ => fail(key, SUPPORTED),
        }
    }

    /// `sorted(items, key=..., reverse=...)` of items and keys known at import time: the sorted list.
    pub(crate) fn sorted_known(&self, frame: &Frame, call: &ast::ExprCall) -> Result<Ex> {
        let [items] = &call.arguments.args[..] else {
            return fail(call, SUPPORTED);
        };
        let options = self.sort_options(frame, &call.arguments.keywords)?;
        let Ok(items) = self.static_iteration(frame, items) else {
            // `sorted(d.items(), key=...)[:3]`: a list made at run time that an assignment makes
            // (list_values.rs), so the call goes to a line of its own first (hoisting.rs), as Python
            // sorts before it slices or reads the result.
            if self.any_computed_list(frame, &Expr::Call(call.clone())).is_some() {
                return fail(call, crate::hoisting::call_inside_expression("sorted"));
            }
            return fail(
                call,
                "`sorted(..., key=...)` is computed of items known at import time, or kept in a name (`ordered = sorted(results, key=...)`) of a shared list or a list made at run time",
            );
        };
        self.record_folded_items(call, items.len());
        let keys = match &options.key {
            None => items.clone(),
            Some(key) => {
                let mut scratch = frame.clone();
                let mut keys = Vec::with_capacity(items.len());
                for item in &items {
                    scratch.locals.insert(key.parameter.clone(), item.clone());
                    keys.push(self.known_key(&scratch, &key.body)?);
                }
                keys
            }
        };
        stable_sorted(items, &keys, options.reverse)
            .map(|items| Ex::Static(Value::List(items.into())))
            .map_err(|why| super::Error::at(call, why))
    }
}

impl Translator<'_> {
    /// A key's value known at import time: a value the expression has then, or the item of a module
    /// dict with string keys that nothing writes (`CATALOG[name]`, read as its first value).
    fn known_key(&self, frame: &Frame, body: &Expr) -> Result<Value> {
        let error = match self.static_value(frame, body) {
            Ok(value) => return Ok(value),
            Err(error) => error,
        };
        let Expr::Subscript(subscript) = body else { return Err(error) };
        let Expr::Name(dict) = &*subscript.value else { return Err(error) };
        let (Ok(Ex::Static(Value::Record(fields))), Ok(Value::Str(key))) =
            (self.expr(frame, &subscript.value, false), self.static_value(frame, &subscript.slice))
        else {
            return Err(error);
        };
        let name = dict.id.as_str();
        if self.is_written(name) || !super::record_views::only_read(self.module_body, name) {
            return Err(error);
        }
        let Some((_, shared)) = fields.iter().find(|(field, _)| *field == key) else {
            return fail(&*subscript.slice, format!("`{name}` has no key {key:?} (Python's KeyError)"));
        };
        self.shared_initial_value(shared).ok_or(error)
    }
}

/// `items` sorted by `keys` (one per item) as Python's `sorted` orders them: stably, comparing keys
/// with `<` only (an insertion sort, the one the scenario's steps run at run time), `reverse` keeping
/// equal items in their order too. Keys that do not order (an integer and a string, None) are Python's
/// TypeError.
pub(crate) fn stable_sorted(
    items: Vec<Value>,
    keys: &[Value],
    reverse: bool,
) -> std::result::Result<Vec<Value>, String> {
    debug_assert_eq!(items.len(), keys.len(), "one key per item");
    let mut pairs: Vec<(Value, Value)> = keys.iter().cloned().zip(items).collect();
    for next in 1..pairs.len() {
        let mut slot = next;
        while slot > 0 {
            let (earlier, placed) = (&pairs[slot - 1].0, &pairs[slot].0);
            let out_of_order = if reverse { python_less(earlier, placed) } else { python_less(placed, earlier) };
            match out_of_order {
                Some(true) => pairs.swap(slot - 1, slot),
                Some(false) => break,
                None => {
                    return Err(format!(
                        "`sorted` of these items raises TypeError in Python: {} and {} do not order against each other",
                        earlier.describe(),
                        placed.describe()
                    ));
                }
            }
            slot -= 1;
        }
    }
    Ok(pairs.into_iter().map(|(_, item)| item).collect())
}

/// Python's `left < right` of two values known at import time; `None` where Python raises TypeError.
/// Tuples (and lists) compare item by item: the first pair that is not equal decides, else the shorter
/// is smaller.
fn python_less(left: &Value, right: &Value) -> Option<bool> {
    match (left, right) {
        (Value::Int(a), Value::Int(b)) => Some(a < b),
        (Value::Float(a), Value::Float(b)) => Some(a < b),
        (Value::Int(a), Value::Float(b)) => Some((*a as f64) < *b),
        (Value::Float(a), Value::Int(b)) => Some(*a < *b as f64),
        // UTF-8's byte order is the order of code points, which Python's `<` of strings is.
        (Value::Str(a), Value::Str(b)) => Some(a < b),
        (Value::List(a), Value::List(b)) => match a.iter().zip(b).find(|(x, y)| x != y) {
            Some((x, y)) => python_less(x, y),
            None => Some(a.len() < b.len()),
        },
        _ => None,
    }
}

fn subscript(value: Expr, index: Expr, range: TextRange) -> Expr {
    Expr::Subscript(ast::ExprSubscript {
        node_index: Default::default(),
        range,
        value: Box::new(value),
        slice: Box::new(index),
        ctx: ast::ExprContext::Load,
    })
}

fn tuple(elements: Vec<Expr>, range: TextRange) -> Expr {
    Expr::Tuple(ast::ExprTuple {
        node_index: Default::default(),
        range,
        elts: elements,
        ctx: ast::ExprContext::Load,
        parenthesized: true,
    })
}
