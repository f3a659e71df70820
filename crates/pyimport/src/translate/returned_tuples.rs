//! `lines, total = quote(basket)` of a function of the file that ends `return lines, sum(prices)`, where
//! an item is a list or dict the function made (session32/f01, f08's `return ok, failed`; session 34).
//!
//! A scenario's tuple holds numbers, None, strings and tuples, not a list weft follows (a list is a
//! variable of its own), so the tuple display of such a `return` had no value. But where the call is
//! the value of an unpacking assignment, no tuple object outlives the statement: Python builds the
//! tuple from the items, left to right, returns it, and the caller binds each name to one item. So the
//! items are evaluated one by one at the `return`, each as the one value of `return item` would be (a
//! list the function made is that list itself, as `got = build(3)` of `return out` gives `out`; a read
//! of shared memory is taken into a local there), and each caller's name is then bound to its item, in
//! order, as `name = item` binds it. Each inlined call makes its own lists (`out`, `out_2`), so a
//! second call binds the second call's lists and leaves the first call's names as they were.
//!
//! Only for a function whose one `return` is its last statement (a `return` taken early would need the
//! list in a local, which a list weft follows is not) and a tuple display of as many items as names;
//! elsewhere the tuple is refused as before, in words that say so.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::{Frame, Result, Translator, contains_return, fail};
use crate::expr::Ex;
use crate::out::Step;
use crate::value::Value;

/// The call whose `return` of a tuple display is split into its items, and the items once evaluated.
#[derive(Default)]
pub(crate) struct SplitReturn {
    /// The function and where its call is, set by the unpacking before the call is inlined and taken by
    /// that call's own body alone (an inner call of the arguments or the body is another range).
    pending: Option<(String, TextRange)>,
    items: Option<Vec<Ex>>,
}

impl Translator<'_> {
    /// `a, b = f(...)` of a function of the file ending `return x, y` where `x` or `y` is a list or dict
    /// the function binds: the call inlined, and each name bound to its item. False where the form does
    /// not apply (the unpacking goes on as before).
    pub(super) fn unpack_returned_tuple(
        &mut self,
        frame: &mut Frame,
        targets: &[Expr],
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Call(call) = value else { return Ok(false) };
        let Ok(Ex::Static(Value::Function(function))) = self.expr(frame, &call.func, false) else {
            return Ok(false);
        };
        let Some(def) = self.functions.get(function.as_str()).copied() else { return Ok(false) };
        let Some(items) = returned_tuple_items(def) else { return Ok(false) };
        if items.len() != targets.len()
            || !items.iter().any(|item| binds_container(&self.functions, &def.body, item, 0))
        {
            return Ok(false);
        }
        if !targets.iter().all(|target| matches!(target, Expr::Name(_))) {
            return Ok(false);
        }
        self.split_return.pending = Some((function.clone(), call.range()));
        let inlined = self.inline_call(frame, &function, call, out, line, true);
        self.split_return.pending = None;
        let whole = inlined?;
        let items = match (self.split_return.items.take(), whole) {
            (Some(items), _) => items,
            // A function whose value the import computed whole (pure_calls.rs): its items.
            (None, Some(Ex::Static(Value::List(known)))) if known.len() == targets.len() => {
                known.into_iter().map(Ex::Static).collect()
            }
            _ => {
                return fail(
                    value,
                    format!(
                        "the tuple `{function}` returns holds a list or dict; weft unpacks it into names only where the function runs here, inlined, and ends with its one `return`"
                    ),
                );
            }
        };
        for ((target, item), at) in targets.iter().zip(items).zip(Self::item_places(value, targets.len())) {
            let Expr::Name(name) = target else { unreachable!("checked above") };
            self.store(frame, name.id.as_str(), target, item, &at, out, line)?;
        }
        Ok(true)
    }

    /// Whether the function `function` now being inlined for `call_range` is the call whose returned
    /// tuple is split (`unpack_returned_tuple`); taken once, by that call's own body.
    pub(super) fn takes_split_return(&mut self, function: &str, call_range: TextRange) -> bool {
        let ours = self
            .split_return
            .pending
            .as_ref()
            .is_some_and(|(pending, range)| pending == function && *range == call_range);
        if ours {
            self.split_return.pending = None;
        }
        ours
    }

    /// The `return x, y` at the end of the split call's body: each item evaluated in turn, as its own
    /// `return item` would be, left to right as Python builds the tuple.
    pub(super) fn split_returned_tuple(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let Expr::Tuple(tuple) = value else {
            return fail(value, "weft splits a returned tuple display only");
        };
        let mut items = Vec::with_capacity(tuple.elts.len());
        for item in &tuple.elts {
            let ex = self.returned_value(frame, item, out, line)?;
            items.push(self.value_read_on_return(frame, ex, item, out, line)?);
        }
        self.split_return.items = Some(items);
        Ok(())
    }

    /// `call[i]` for each item: what the caller's name is bound to, as the expression `store` reads for
    /// its kind (it is never translated again: the item's value is given).
    fn item_places(call: &Expr, count: usize) -> Vec<Expr> {
        (0..count)
            .map(|index| {
                Expr::Subscript(ast::ExprSubscript {
                    value: Box::new(call.clone()),
                    slice: Box::new(Expr::NumberLiteral(ast::ExprNumberLiteral {
                        node_index: Default::default(),
                        range: call.range(),
                        value: ast::Number::Int(ast::Int::from(index as u32)),
                    })),
                    ctx: ast::ExprContext::Load,
                    range: call.range(),
                    node_index: Default::default(),
                })
            })
            .collect()
    }
}

/// The items of `return x, y` when it is the function's last statement and its only `return`.
fn returned_tuple_items(def: &ast::StmtFunctionDef) -> Option<&[Expr]> {
    let (Stmt::Return(ret), body) = def.body.split_last()? else { return None };
    let Some(Expr::Tuple(tuple)) = ret.value.as_deref() else { return None };
    if def.is_async || contains_return(body) || tuple.elts.iter().any(|item| matches!(item, Expr::Starred(_))) {
        return None;
    }
    Some(&tuple.elts)
}

/// Whether `item` is a name `body` binds (at its top level) to a list or dict: a display, a
/// comprehension, `list(...)`/`dict(...)`/`sorted(...)`, one item of a tuple display of them
/// (`ok, failed = [], []`), or the item of a call of another such function (`seen, threads =
/// start_round(values)`), through at most `MAX_RETURN_CHAIN` functions.
fn binds_container(functions: &Functions<'_>, body: &[Stmt], item: &Expr, depth: usize) -> bool {
    let Expr::Name(name) = item else { return false };
    let is_name = |bound: &Expr| matches!(bound, Expr::Name(b) if b.id == name.id);
    body.iter().any(|stmt| {
        let Stmt::Assign(assign) = stmt else { return false };
        assign.targets.iter().any(|target| match (target, &*assign.value) {
            (Expr::Name(_), value) => is_name(target) && is_container(value),
            (Expr::Tuple(bound), Expr::Tuple(values)) => {
                bound.elts.iter().zip(&values.elts).any(|(bound, value)| is_name(bound) && is_container(value))
            }
            (Expr::Tuple(bound), Expr::Call(call)) if depth < MAX_RETURN_CHAIN => bound
                .elts
                .iter()
                .position(is_name)
                .is_some_and(|index| returns_container_at(functions, call, bound.elts.len(), index, depth + 1)),
            _ => false,
        })
    })
}

/// How many functions deep `binds_container` follows returned tuples.
const MAX_RETURN_CHAIN: usize = 8;

type Functions<'a> = std::collections::BTreeMap<String, &'a ast::StmtFunctionDef>;

/// Whether `call` is of a function of the file that ends `return` of a tuple display of `length`
/// items whose item `index` is a list or dict it binds.
fn returns_container_at(
    functions: &Functions<'_>,
    call: &ast::ExprCall,
    length: usize,
    index: usize,
    depth: usize,
) -> bool {
    let Expr::Name(callee) = &*call.func else { return false };
    let Some(def) = functions.get(callee.id.as_str()) else { return false };
    returned_tuple_items(def)
        .is_some_and(|items| items.len() == length && binds_container(functions, &def.body, &items[index], depth))
}

fn is_container(value: &Expr) -> bool {
    match value {
        Expr::List(_) | Expr::ListComp(_) | Expr::Dict(_) | Expr::DictComp(_) => true,
        Expr::Call(call) => {
            matches!(&*call.func, Expr::Name(callee) if matches!(callee.id.as_str(), "list" | "dict" | "sorted"))
        }
        _ => false,
    }
}
