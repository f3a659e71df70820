//! A dict from each future to its item, concurrent.futures' documented idiom:
//! `future_to_url = {ex.submit(load, url): url for url in urls}`, then `for f in as_completed(future_to_url):`
//! and `url = future_to_url[f]`. The futures are an array, as `[ex.submit(load, url) for url in urls]` makes
//! them; the items a local array beside it, in the same order; `d[f]` finds `f`'s position in one `atomic`
//! step (a dict lookup is one C call in CPython) and reads the item there.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail, while_step};
use crate::out::{Node, Step};
use crate::value::Value;

impl<'a> Translator<'a> {
    /// `{ex.submit(f, x): x for x in items}`: the futures as an array (None when the key starts no job or
    /// task, so the caller says what it says of other dicts).
    pub(super) fn futures_dict_comprehension(
        &mut self,
        frame: &mut Frame,
        name: &str,
        comprehension: &ast::ExprDictComp,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Value>> {
        let Some(key) = comprehension.key.as_deref() else { return Ok(None) };
        let Expr::Call(call) = key else { return Ok(None) };
        let Some(start) = self.task_start(frame, call)? else { return Ok(None) };
        let [generator] = comprehension.generators.as_slice() else {
            return fail(&comprehension.range, "a dict of futures has one `for`");
        };
        if !is_plain_item(&comprehension.value) {
            return Ok(None);
        }
        // The items, when `d[f]` can give them: each future's item is the comprehension's variable, a
        // number or string known at import time. Otherwise the dict is its futures alone, and a lookup is refused.
        let item_is_the_variable = matches!((&generator.target, &*comprehension.value),
            (Expr::Name(variable), Expr::Name(value)) if variable.id == value.id);
        // A list, a range, a module list nobody writes or the string keys of a dict known at import
        // time (`for url in URLS` over `URLS = {"a.example": 0.5}`), of numbers or strings.
        let picked = match (
            item_is_the_variable || is_the_variables(&generator.target, &comprehension.value),
            part_taken(&generator.target, &comprehension.value),
        ) {
            (true, _) => Some(None),
            (false, Some(position)) => Some(Some(position)),
            (false, None) => None,
        };
        let items = picked
            .and_then(|position| {
                let items = self.static_iteration(frame, &generator.iter).ok()?;
                items.into_iter().map(|item| item_part(item, position)).collect::<Option<Vec<Value>>>()
            })
            .filter(|items| items.iter().all(is_item));
        self.local_binding_allowed(frame, name, key)?;
        let futures = self.local_name(frame.task, name);
        let list = ast::ExprListComp {
            node_index: ast::AtomicNodeIndex::default(),
            range: comprehension.range,
            elt: Box::new(key.clone()),
            generators: comprehension.generators.clone(),
        };
        let length = self.start_comprehension(frame, &futures, &list, start, out, line)?;
        let Some(items) = items else { return Ok(Some(Value::Futures(futures, length))) };
        debug_assert_eq!(length, items.len(), "the futures and their items pair up");
        self.item_array(frame, name, &futures, &items, out, line);
        Ok(Some(Value::Futures(futures, length)))
    }

    /// `{ex.submit(f, 1): "a", ex.submit(f, 2): "b"}`: the keys started as the list display
    /// `[ex.submit(f, 1), ...]` starts them, the values (numbers or strings known at import time) the
    /// items beside them. `None` when the first key starts no job or task.
    pub(super) fn futures_dict_display(
        &mut self,
        frame: &mut Frame,
        name: &str,
        display: &ast::ExprDict,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Value>> {
        let mut keys = Vec::with_capacity(display.items.len());
        let mut items = Vec::with_capacity(display.items.len());
        for item in &display.items {
            let Some(key) = &item.key else { return Ok(None) };
            keys.push(key.clone());
            items.push(match self.static_value(frame, &item.value) {
                Ok(value @ (Value::Int(_) | Value::Str(_))) => Some(value),
                _ => None,
            });
        }
        let list = ast::ExprList {
            node_index: ast::AtomicNodeIndex::default(),
            range: display.range,
            elts: keys,
            ctx: ast::ExprContext::Load,
        };
        let Some(Value::Futures(futures, length)) = self.futures_display(frame, name, &list, out, line)? else {
            return Ok(None);
        };
        // The dict is its futures alone when an item is not known at import time: a lookup is refused.
        let Some(items) = items.into_iter().collect::<Option<Vec<Value>>>() else {
            return Ok(Some(Value::Futures(futures, length)));
        };
        self.item_array(frame, name, &futures, &items, out, line);
        Ok(Some(Value::Futures(futures, length)))
    }

    /// The local array of the items beside the futures, in their order, for `d[f]`.
    fn item_array(
        &mut self,
        frame: &Frame,
        name: &str,
        futures: &str,
        items: &[Value],
        out: &mut Vec<Step>,
        line: u32,
    ) {
        let length = items.len();
        let item_array = self.local_name(frame.task, &format!("{name}_items"));
        out.push(Step::new("let", Node::Quoted(format!("{item_array} = array({length})")), line));
        let texts: Vec<String> = items.iter().map(item_text).collect();
        for (position, item) in texts.iter().enumerate() {
            out.push(Step::new("let", Node::Quoted(format!("{item_array}[{position}] = {item}")), line));
        }
        self.note_distinct_items(futures, &texts);
        self.futures.item_arrays.insert(futures.to_string(), item_array);
    }

    /// Whether `value` is a dict of futures whose items `d[f]` can give.
    pub(super) fn is_futures_dict(&self, frame: &Frame, value: &Expr) -> bool {
        matches!(self.expr(frame, value, false),
            Ok(crate::expr::Ex::Static(Value::Futures(futures, _))) if self.futures.item_arrays.contains_key(&futures))
    }

    /// `d[f]` of a dict of futures and a future: the array of futures, the items beside it, and the
    /// future's expression.
    pub(super) fn future_dict_lookup(&self, frame: &Frame, value: &Expr) -> Option<(String, String, String)> {
        let Expr::Subscript(subscript) = value else { return None };
        let Ok(crate::expr::Ex::Static(Value::Futures(futures, _))) = self.expr(frame, &subscript.value, false) else {
            return None;
        };
        let items = self.futures.item_arrays.get(&futures)?;
        let Ok(crate::expr::Ex::Static(Value::Future(future))) = self.expr(frame, &subscript.slice, false) else {
            return None;
        };
        Some((futures, items.clone(), future))
    }

    /// The lookup's `atomic` step: the future's position, then its item, into a temporary.
    pub(super) fn future_dict_lookup_steps(
        &mut self,
        frame: &Frame,
        (futures, items, future): (String, String, String),
        out: &mut Vec<Step>,
        line: u32,
    ) -> String {
        let position = self.fresh_temporary(frame.task, "position");
        let item = self.fresh_temporary(frame.task, "item");
        let steps = vec![
            Step::new("let", Node::Quoted(format!("{position} = 0")), line),
            while_step(
                format!("{futures}[{position}] != {future}"),
                vec![Step::new("let", Node::Quoted(format!("{position} = {position} + 1")), line)],
                line,
            ),
            Step::new("let", Node::Quoted(format!("{item} = {items}[{position}]")), line),
        ];
        out.push(Step::new("atomic", Node::Steps(steps), line));
        item
    }
}

/// A dict's value that needs no step and no import-time knowledge to stand beside its future (a name, a
/// constant, a tuple of them): the dict is its futures whatever the value.
fn is_plain_item(value: &Expr) -> bool {
    match value {
        Expr::Name(_) | Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::NoneLiteral(_) => true,
        Expr::Tuple(tuple) => tuple.elts.iter().all(is_plain_item),
        _ => false,
    }
}

/// `{ex.submit(f, a, b): (a, b) for a, b in PAIRS}`: the value is the comprehension's tuple of names,
/// in its order, so each future's item is the iteration's item itself.
fn is_the_variables(target: &Expr, value: &Expr) -> bool {
    let (Expr::Tuple(target), Expr::Tuple(value)) = (target, value) else { return false };
    target.elts.len() == value.elts.len()
        && target
            .elts
            .iter()
            .zip(&value.elts)
            .all(|pair| matches!(pair, (Expr::Name(variable), Expr::Name(item)) if variable.id == item.id))
}

/// `{ex.submit(check, n, d): n for n, d in SERVICES}`: the value is one name of the comprehension's
/// tuple, whose position is given.
fn part_taken(target: &Expr, value: &Expr) -> Option<usize> {
    let (Expr::Tuple(target), Expr::Name(value)) = (target, value) else { return None };
    let position = target.elts.iter().position(|part| matches!(part, Expr::Name(name) if name.id == value.id))?;
    // A name bound twice in the tuple (`n, n`) takes the last part, as Python's unpacking.
    let last = target.elts.iter().rposition(|part| matches!(part, Expr::Name(name) if name.id == value.id))?;
    (position == last).then_some(position)
}

/// The item itself (`None`), or its part at `position` when it is a tuple of that many parts at least.
fn item_part(item: Value, position: Option<usize>) -> Option<Value> {
    match (item, position) {
        (item, None) => Some(item),
        (Value::List(parts), Some(position)) => parts.into_iter().nth(position),
        _ => None,
    }
}

/// An item a future's item array holds: a number, a string, or a tuple of them (session 20).
fn is_item(item: &Value) -> bool {
    match item {
        Value::Int(_) | Value::Str(_) => true,
        Value::List(parts) => {
            !parts.is_empty() && parts.iter().all(|part| matches!(part, Value::Int(_) | Value::Str(_)))
        }
        _ => false,
    }
}

/// An item as the scenario writes it (a tuple as `(a, b)`).
fn item_text(item: &Value) -> String {
    match item {
        Value::Int(number) => number.to_string(),
        Value::Str(text) => crate::out::quoted(text, '\''),
        Value::List(parts) if parts.len() == 1 => format!("({},)", item_text(&parts[0])),
        Value::List(parts) => format!("({})", parts.iter().map(item_text).collect::<Vec<_>>().join(", ")),
        _ => unreachable!("items are numbers, strings or tuples of them"),
    }
}
