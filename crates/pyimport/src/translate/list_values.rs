//! Values built at run time from shared collections and results (docs/python.md, the rows of session 18
//! in "How a program maps"). Lists computed from a shared list:
//! `log[:3]`, `log[3:]`, `ledger[:position.value]` of a shared list or a `multiprocessing.Array`, and
//! `sorted(...)` / `list(...)` of one of them or of a shared list whole, kept in a name or used at once
//! by `len`, `sum`, `min`, `max` or `==` with a list display.
//!
//! CPython makes such a list in one C call under the GIL (`list_subscript`, `sorted`, `list`), so weft
//! makes it in one `atomic` step: a new list object (docs/format.md, "Objects made at run time") that
//! the step fills with the items it reads (each a read of the shared list for races and the search),
//! then sorts with `<` only, as CPython's sort compares, so items of two kinds fault with TypeError as
//! there. A bound of the slice is read first, by a step of its own where it reads shared memory (Python
//! computes it before the slice). The name then holds the list as any object made at run time:
//! `len(x)` is `size(x)`, `x[i]` reads an item; `sum`, `min`, `max` of it walk it in one `atomic`
//! (whole_reads.rs's folds), and `x == [a, b]` compares its size and items in one `atomic`, as
//! `list.__eq__` does in C. `list(ex.map(f, xs))` over such a list, with `f` of locals only, computes
//! each result in the caller in one `atomic`. Also: a dict with string keys or a `multiprocessing.Array`
//! read (or an Array written) by a key known only at run time, one `atomic` step that picks the shared
//! variable the key names (KeyError or IndexError after it), and a list display of stepped items as a
//! returned value.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::sort_keys::{SortKey, SortOptions};
use super::whole_reads::Items;
use super::{Frame, HeldObject, Result, Translator, fail, while_step};
use crate::expr::{ATOM, Ex};
use crate::out::{Node, SharedInit, Step};
use crate::value::{Object, Shape, Value};

/// The most items of a `multiprocessing.Array` a slice of it is written out for, item by item.
const MAX_UNROLLED_ITEMS: usize = 64;

/// The most items of a list display a list computed at run time is compared with.
const MAX_COMPARED_ITEMS: usize = 64;

/// Where a list computed at run time takes its items from.
#[derive(Clone, Debug)]
pub(super) enum Source {
    /// A shared list, read by a run-time index: its scenario name and the text of its length.
    Indexed { shared: String, length: String },
    /// A `multiprocessing.Array`: the shared variable of each element, in order.
    Unrolled(Vec<String>),
    /// A name that holds an object made at run time (its items are `key_at(x, i)`, its length `size(x)`).
    Object(String),
    /// A shared dict's keys (`sorted(d, key=...)`, `sorted(d.keys())`), in the order they were inserted,
    /// as Python walks a dict (`next_inserted`, `key_inserted`: docs/format.md).
    DictKeys(String),
    /// A shared dict's `(key, value)` pairs (`sorted(d.items(), key=...)`), in the order the keys were
    /// inserted, each pair a tuple made as `dict.items()` makes it.
    DictPairs(String),
}

/// The kind of container a name is bound to by `bind_made_container`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum MadeKind {
    /// A list computed at run time (a slice, `sorted(...)`, `list(...)`).
    List,
    /// A copy of a shared dict (`dict(d)`, `d.copy()`: container_copies.rs), whose values are lists or
    /// sets made at run time when `of_containers` (a `defaultdict(list)`'s).
    DictCopy { of_containers: bool },
}

impl MadeKind {
    fn other(self) -> MadeKind {
        match self {
            MadeKind::List => MadeKind::DictCopy { of_containers: false },
            MadeKind::DictCopy { .. } => MadeKind::List,
        }
    }

    fn bound_once_message(self) -> &'static str {
        match self {
            MadeKind::List => {
                "a list computed at run time (a slice, `sorted(...)` or `list(...)` of a shared list) is kept in a local, or in a global bound once, outside `if`s and loops the scenario runs"
            }
            MadeKind::DictCopy { .. } => {
                "a copy of a shared dict (`dict(d)`, `d.copy()`) is kept in a local, or in a global bound once, outside `if`s and loops the scenario runs"
            }
        }
    }
}

/// A bound of a slice: its text and whether it reads shared memory.
#[derive(Clone, Debug)]
struct Bound {
    text: String,
    reads_shared: bool,
}

/// A list made at run time from a source: a slice of it (bounds `None` where Python's are missing),
/// sorted (by `sorted`'s key and `reverse`) or not.
#[derive(Clone, Debug)]
pub(super) struct ListValue {
    source: Source,
    start: Option<Bound>,
    stop: Option<Bound>,
    sorting: Option<SortOptions>,
}

/// A list a read walks: one to make first, or a name that holds one already.
#[derive(Clone, Debug)]
pub(super) enum Listed {
    Made(ListValue),
    Held(String),
}

/// A read of a list computed at run time with steps of its own.
pub(super) enum ListRead {
    /// `len`, `sum`, `min` or `max` of it.
    Fold(Listed, &'static str),
    /// `list == [a, b]` (or `!=`, either way round): the display's items' texts.
    Equals { list: Listed, display: Vec<String>, negated: bool },
    /// `d == {k: v, ...}` (or `!=`, either way round) of a shared dict: the display's keys' and values'
    /// texts.
    /// `length` is the dict's length as the step reads it (`len(d)` of a shared dict, `size(x)` of an
    /// object).
    DictEquals { shared: String, length: String, pairs: Vec<(String, String)>, negated: bool },
    /// `d == {"k": v, ...}` (or `!=`, either way round) of a dict with string keys (each key a shared
    /// variable of its own): run_time_collections.rs.
    RecordEquals(super::run_time_collections::RecordEquality),
    /// `d[k]` (or `len(d[k])`) of a dict with string keys (each key a shared variable of its own) or
    /// `a[i]` of a `multiprocessing.Array` (each element one) by a key known only at run time.
    Keyed(Keyed),
}

impl ListValue {
    /// Whether its items come from a name that holds a list made at run time.
    fn copies_an_object(&self) -> bool {
        matches!(self.source, Source::Object(_))
    }
}

impl ListRead {
    /// Whether it reads a list made at run time that a name holds.
    fn of_object(&self) -> bool {
        let listed = match self {
            ListRead::Fold(listed, _) | ListRead::Equals { list: listed, .. } => listed,
            ListRead::Keyed(_) | ListRead::DictEquals { .. } | ListRead::RecordEquals(_) => return false,
        };
        match listed {
            Listed::Held(_) => true,
            Listed::Made(list) => list.copies_an_object(),
        }
    }
}

/// A read or a write of one of several shared variables picked by a key known only at run time: each
/// variable with the test of the key that picks it, the exception of a key that picks none (KeyError,
/// IndexError), whether the read takes the value's `len`, and the key's text.
#[derive(Clone, Debug)]
pub(super) struct Keyed {
    cases: Vec<(String, String)>,
    missing: &'static str,
    length: bool,
    key: String,
}

impl Translator<'_> {
    /// The list `expr` makes at run time from a shared list, when it is one of this module's forms.
    pub(super) fn computed_list(&self, frame: &Frame, expr: &Expr) -> Option<ListValue> {
        let list = self.any_computed_list(frame, expr)?;
        // A slice or `sorted(...)` of a list known at import time is computed there (expr.rs); a slice
        // of a name that holds a list is this module's (the text functions would take it for a string).
        // `list(sizes)` of a list of results, which expressions make as a list object too
        // (result_list_objects.rs): as an assignment's value, the copy this module makes.
        let copies_results = matches!(expr, Expr::Call(call)
            if matches!(&*call.func, Expr::Name(function) if function.id.as_str() == "list")
                && matches!(&call.arguments.args[..], [argument] if self.result_list_items(frame, argument).is_some()));
        (list.copies_an_object() || copies_results || self.expr(frame, expr, false).is_err()).then_some(list)
    }

    /// `computed_list` before the check against what expressions compute already.
    pub(super) fn any_computed_list(&self, frame: &Frame, expr: &Expr) -> Option<ListValue> {
        match expr {
            Expr::Subscript(subscript) => {
                let Expr::Slice(slice) = &*subscript.slice else { return None };
                if slice.step.is_some() {
                    return None;
                }
                let source = self.list_source(frame, &subscript.value)?;
                let start = self.slice_bound(frame, slice.lower.as_deref())?;
                let stop = self.slice_bound(frame, slice.upper.as_deref())?;
                Some(ListValue { source, start, stop, sorting: None })
            }
            Expr::Call(call) => {
                // `xs.copy()`: `list(xs)` (container_copies.rs).
                if let Some(source) = self.copied_list_source(frame, call) {
                    return Some(ListValue { source, start: None, stop: None, sorting: None });
                }
                let Expr::Name(function) = &*call.func else { return None };
                let sorted = match function.id.as_str() {
                    "sorted" => true,
                    "list" => false,
                    _ => return None,
                };
                if (!sorted && !call.arguments.keywords.is_empty()) || call.arguments.args.len() != 1 {
                    return None;
                }
                if !matches!(self.resolve(frame, function.id.as_str()), None | Some(Value::Module(_))) {
                    return None;
                }
                // `sorted`'s `key=` and `reverse=` (a keyword weft does not take is refused where the
                // call is computed at import time, sort_keys.rs).
                let sorting =
                    if sorted { Some(self.sort_options(frame, &call.arguments.keywords).ok()?) } else { None };
                let argument = &call.arguments.args[0];
                if let Some(mut inner) = self.any_computed_list(frame, argument) {
                    // A sort of a list sorted already, by a key or in reverse, orders the first sort's
                    // result, not the source: one sort cannot stand for both.
                    if sorting.is_some() && inner.sorting.is_some() {
                        return None;
                    }
                    inner.sorting = inner.sorting.or(sorting);
                    return Some(inner);
                }
                let source = match &sorting {
                    Some(options) => self
                        .list_source(frame, argument)
                        .or_else(|| self.held_set(frame, argument).map(Source::Object))
                        .or_else(|| self.dict_keys_source(frame, argument))
                        .or_else(|| self.dict_pairs_source(frame, argument, options.key.is_none()))?,
                    None => self.list_source(frame, argument).or_else(|| self.unsorted_dict_source(frame, argument))?,
                };
                Some(ListValue { source, start: None, stop: None, sorting })
            }
            _ => None,
        }
    }

    /// The source of `expr`'s items: a shared list (one that grows by `append` or of fixed length), a
    /// `multiprocessing.Array`, or a name that holds a list made at run time.
    fn list_source(&self, frame: &Frame, expr: &Expr) -> Option<Source> {
        if let Some(held) = self.held_list(frame, expr).or_else(|| self.held_dict_copy(frame, expr)) {
            return Some(Source::Object(held));
        }
        // `list(zip(names, results))`, `sorted(enumerate(results))`: the tuples, made of the task's items.
        if let Some(tuples) = self.zipped_result_items(frame, expr) {
            return (tuples.len() <= MAX_UNROLLED_ITEMS).then_some(Source::Unrolled(tuples));
        }
        match self.expr(frame, expr, false).ok()? {
            Ex::Static(Value::Shared(shared, Shape::Map { dense: true })) => {
                Some(Source::Indexed { length: format!("len({shared})"), shared })
            }
            Ex::Static(Value::Shared(shared, Shape::Array(length))) => {
                Some(Source::Indexed { shared, length: length.to_string() })
            }
            Ex::Static(Value::Object(Object::SharedValue { items: Some(items), .. }))
                if items.len() <= MAX_UNROLLED_ITEMS =>
            {
                Some(Source::Unrolled(items))
            }
            // A list of results (`sorted(results, key=...)`, `results[1:]`): the task's own locals, in order.
            Ex::Static(Value::LocalArray(results, length)) if length <= MAX_UNROLLED_ITEMS => {
                Some(Source::Unrolled((0..length).map(|index| format!("{results}[{index}]")).collect()))
            }
            _ => None,
        }
    }

    /// The keys of a shared dict (`d` or `d.keys()`), which `sorted` copies in their insertion order.
    pub(super) fn dict_keys_source(&self, frame: &Frame, expr: &Expr) -> Option<Source> {
        let dict = match expr {
            Expr::Call(call) if call.arguments.is_empty() => match &*call.func {
                Expr::Attribute(attribute) if attribute.attr.as_str() == "keys" => &*attribute.value,
                _ => return None,
            },
            _ => expr,
        };
        match self.expr(frame, dict, false).ok()? {
            Ex::Static(Value::Shared(shared, Shape::Map { dense: false })) if !self.deques.contains_key(&shared) => {
                Some(Source::DictKeys(shared))
            }
            _ => None,
        }
    }

    /// The `(key, value)` pairs of a shared dict's `d.items()`. Of a dict whose values are lists or sets
    /// made at run time (`defaultdict(list)`, `d.setdefault(k, [])`) only when `by_pairs` (no `key=`):
    /// two pairs' keys always differ (a dict's keys are distinct), so Python's tuple `<`, as weft's,
    /// decides by the keys and never compares two values; a `key=` that compares them would order them
    /// as Python's `<` of two lists does, which weft's sort does not (a TypeError there).
    fn dict_pairs_source(&self, frame: &Frame, expr: &Expr, by_pairs: bool) -> Option<Source> {
        let Expr::Call(call) = expr else { return None };
        let Expr::Attribute(attribute) = &*call.func else { return None };
        if !call.arguments.is_empty() || attribute.attr.as_str() != "items" {
            return None;
        }
        match self.dict_keys_source(frame, &attribute.value)? {
            Source::DictKeys(shared)
                if by_pairs
                    || !self.made_default_dicts.contains_key(&shared)
                        && !self.setdefault_dicts.contains_key(&shared) =>
            {
                Some(Source::DictPairs(shared))
            }
            _ => None,
        }
    }

    /// A bound of a slice: `None` inside when Python's is missing (or `None`); `None` outside when it is
    /// no integer weft computes.
    fn slice_bound(&self, frame: &Frame, bound: Option<&Expr>) -> Option<Option<Bound>> {
        let Some(bound) = bound else { return Some(None) };
        match self.expr(frame, bound, true).ok()? {
            Ex::Static(Value::None) => Some(None),
            Ex::Static(Value::Int(value)) => Some(Some(Bound { text: value.to_string(), reads_shared: false })),
            Ex::Code { text, reads_shared, .. } => Some(Some(Bound { text: format!("({text})"), reads_shared })),
            Ex::Static(_) => None,
        }
    }

    /// The scenario name of a name that this module bound to a list it made (a name bound to a dict or
    /// a set made at run time is no list: `==` with a list display is false for it in Python).
    pub(super) fn held_list(&self, frame: &Frame, expr: &Expr) -> Option<String> {
        let (name, HeldObject::Container { .. }) = self.held_object(frame, expr)? else { return None };
        let keys = [(Some(frame.task), name.clone()), (None, name.clone())];
        keys.iter().any(|key| self.list_values.contains(key)).then_some(name)
    }

    /// A read of a list computed at run time with steps of its own, if `value` is one.
    pub(super) fn list_read(&self, frame: &Frame, value: &Expr) -> Option<ListRead> {
        let read = self.any_list_read(frame, value)?;
        // What is an expression already (`log[:3] == [1, 1, 1]` of a list of fixed length: its items
        // compared in the one step that reads them) stays one; a read of a name that holds a list is
        // this module's.
        (read.of_object() || self.expr(frame, value, false).is_err()).then_some(read)
    }

    /// `list_read` before the check against what expressions compute already.
    fn any_list_read(&self, frame: &Frame, value: &Expr) -> Option<ListRead> {
        match value {
            Expr::Compare(compare) => self.computed_list_equality(frame, compare),
            Expr::Subscript(_) => self.keyed_record(frame, value, false),
            Expr::Call(call) => {
                let Expr::Name(function) = &*call.func else { return None };
                if function.id.as_str() == "len"
                    && let [argument @ Expr::Subscript(_)] = &call.arguments.args[..]
                    && let Some(read) = self.keyed_record(frame, argument, true)
                {
                    return Some(read);
                }
                let function = ["len", "sum", "min", "max"].into_iter().find(|name| *name == function.id.as_str())?;
                let [argument] = &call.arguments.args[..] else { return None };
                if !call.arguments.keywords.is_empty()
                    || !matches!(self.resolve(frame, function), None | Some(Value::Module(_)))
                {
                    return None;
                }
                if let Some(list) = self.computed_list(frame, argument) {
                    return Some(ListRead::Fold(Listed::Made(list), function));
                }
                // `len(x)` of a name that holds an object is `size(x)` already (held_objects.rs).
                let held = self.held_list(frame, argument).filter(|_| function != "len")?;
                Some(ListRead::Fold(Listed::Held(held), function))
            }
            _ => None,
        }
    }

    /// `d[k]` of a dict with string keys by a key known only at run time (`PAGES[name]` of a job's
    /// argument); `length` for `len(d[k])`.
    fn keyed_record(&self, frame: &Frame, value: &Expr, length: bool) -> Option<ListRead> {
        let Expr::Subscript(subscript) = value else { return None };
        self.keyed(frame, subscript, length).map(ListRead::Keyed)
    }

    /// The shared variables `container[key]` may be, for a key known only at run time: a dict with
    /// string keys (its keys' variables) or a `multiprocessing.Array` (its elements', each picked by its
    /// index or the negative one Python also takes).
    fn keyed(&self, frame: &Frame, subscript: &ast::ExprSubscript, length: bool) -> Option<Keyed> {
        if matches!(*subscript.slice, Expr::Slice(_) | Expr::Tuple(_)) {
            return None;
        }
        let Ok(Ex::Code { .. }) = self.expr(frame, &subscript.slice, true) else { return None };
        let (key, precedence, _) = self.code(frame, &subscript.slice).ok()?;
        let key = if precedence == ATOM { key } else { format!("({key})") };
        if let Expr::Dict(display) = &*subscript.value {
            // `{"pro": 20, "free": 0}[user["plan"]]` (session 34, display_lookups.rs).
            let cases = self.display_cases(frame, display, &key)?;
            return Some(Keyed { cases, missing: "KeyError", length, key });
        }
        match self.expr(frame, &subscript.value, false).ok()? {
            Ex::Static(Value::Record(fields)) => {
                let cases = fields
                    .into_iter()
                    .map(|(name, shared)| (format!("{key} == {}", crate::out::quoted(&name, '\'')), shared))
                    .collect();
                Some(Keyed { cases, missing: "KeyError", length, key })
            }
            Ex::Static(Value::Object(Object::SharedValue { items: Some(items), .. }))
                if !length && items.len() <= MAX_UNROLLED_ITEMS =>
            {
                let count = items.len();
                let cases = items
                    .into_iter()
                    .enumerate()
                    .map(|(index, item)| {
                        (format!("{key} == {index} or {key} == {}", index as i64 - count as i64), item)
                    })
                    .collect();
                Some(Keyed { cases, missing: "IndexError", length, key })
            }
            _ => None,
        }
    }

    /// `a[i] = v` of a `multiprocessing.Array` by an index known only at run time: the value, then the
    /// index, each read first (Python's order), then one `atomic` step that writes the element the index
    /// picks; an index out of range is IndexError, raised after it. False for any other target.
    pub(super) fn keyed_store(
        &mut self,
        frame: &mut Frame,
        subscript: &ast::ExprSubscript,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        if !matches!(
            self.expr(frame, &subscript.value, false),
            Ok(Ex::Static(Value::Object(Object::SharedValue { .. })))
        ) || self.keyed(frame, subscript, false).is_none()
        {
            return Ok(false);
        }
        let value_text = self.stored_value_local(frame, value, out, line)?;
        let index = self.operand_local(frame, &subscript.slice, out, line)?;
        let mut rewritten = subscript.clone();
        *rewritten.slice = super::local_reference(frame, &index, &subscript.slice);
        let keyed = self.keyed(frame, &rewritten, false).expect("the same subscript over a local");
        let store = |shared: &str| Step::new("set", Node::Quoted(format!("{shared} = {value_text}")), line);
        self.keyed_steps(frame, &keyed, store, out, line)?;
        Ok(true)
    }

    /// A keyed read or write as one `atomic` step (BINARY_SUBSCR or STORE_SUBSCR, one C call): the key
    /// tested against each case (a key of another type matches none) and `access` of the variable the
    /// matching one names; no match is Python's KeyError or IndexError, raised after the step where a
    /// `raise` may stand; elsewhere (a process, a `finally`, ...) it is the fault of that class a read of
    /// an empty list or dict made there gives, which ends the run as CPython's uncaught exception ends
    /// the thread.
    fn keyed_steps(
        &mut self,
        frame: &Frame,
        keyed: &Keyed,
        access: impl Fn(&str) -> Step,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let found = self.fresh_temporary(frame.task, "found");
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let mut chain = vec![let_step(format!("{found} = 0"))];
        for (test, shared) in keyed.cases.iter().rev() {
            let entries = vec![
                ("cond", Node::Quoted(test.clone())),
                ("then", Node::Steps(vec![access(shared), let_step(format!("{found} = 1"))])),
                ("else", Node::Steps(chain)),
            ];
            chain = vec![Step::new("if", Node::Map(entries), line)];
        }
        out.push(Step::new("atomic", Node::Steps(chain), line));
        let mut raise = Vec::new();
        if self.may_raise_here(frame) {
            self.push_raise(frame, keyed.missing, &mut raise, line);
        } else {
            let empty = self.fresh_temporary(frame.task, "empty");
            let maker = if keyed.missing == "KeyError" { "new_dict()" } else { "new_list()" };
            raise.push(let_step(format!("{empty} = {maker}")));
            raise.push(let_step(format!("{found} = {empty}[{}]", keyed.key)));
        }
        let entries = vec![("cond", Node::Quoted(format!("{found} == 0"))), ("then", Node::Steps(raise))];
        out.push(Step::new("if", Node::Map(entries), line));
        Ok(())
    }

    /// `L == [a, b]` / `!=`, either way round, with `L` a list made here or a name holding one.
    fn computed_list_equality(&self, frame: &Frame, compare: &ast::ExprCompare) -> Option<ListRead> {
        let ([op], [right]) = (&compare.ops[..], &compare.comparators[..]) else { return None };
        let negated = match op {
            ast::CmpOp::Eq => false,
            ast::CmpOp::NotEq => true,
            _ => return None,
        };
        let listed = |side: &Expr| match self.computed_list(frame, side) {
            Some(list) => Some(Listed::Made(list)),
            None => self.held_list(frame, side).map(Listed::Held),
        };
        if let Some(read) = self.shared_dict_equality(frame, (&compare.left, right), negated) {
            return Some(read);
        }
        if let Some(equality) = self.record_equality(frame, (&compare.left, right), negated) {
            return Some(ListRead::RecordEquals(equality));
        }
        let (list, display) = match (listed(&compare.left), listed(right)) {
            (Some(list), None) => (list, right),
            (None, Some(list)) => (list, compare.left.as_ref()),
            _ => return None,
        };
        let Expr::List(display) = display else { return None };
        if display.elts.len() > MAX_COMPARED_ITEMS {
            return None;
        }
        let mut texts = Vec::with_capacity(display.elts.len());
        for element in &display.elts {
            if matches!(element, Expr::List(_) | Expr::Dict(_) | Expr::Set(_) | Expr::Starred(_)) {
                return None;
            }
            let (text, precedence, _) = self.code(frame, element).ok()?;
            texts.push(if precedence == ATOM { text } else { format!("({text})") });
        }
        Some(ListRead::Equals { list, display: texts, negated })
    }

    /// `d == {k: v}` of a shared dict (session 18's q02: `assert domains == {"example.com": 3, ...}`),
    /// either way round, its keys and values written out (no `**`, no nested display).
    fn shared_dict_equality(&self, frame: &Frame, (left, right): (&Expr, &Expr), negated: bool) -> Option<ListRead> {
        let shared_dict = |side: &Expr| match self.expr(frame, side, false) {
            Ok(Ex::Static(Value::Shared(name, crate::value::Shape::Map { dense: false }))) => {
                Some((format!("len({name})"), name))
            }
            // A dict copied at run time whose values are no containers (container_copies.rs).
            _ => self.held_plain_dict_copy(frame, side).map(|name| (format!("size({name})"), name)),
        };
        let ((length, shared), display) = match (shared_dict(left), shared_dict(right)) {
            (Some(shared), None) => (shared, right),
            (None, Some(shared)) => (shared, left),
            _ => return None,
        };
        let Expr::Dict(display) = display else { return None };
        if display.items.len() > MAX_COMPARED_ITEMS {
            return None;
        }
        let mut pairs = Vec::with_capacity(display.items.len());
        for item in &display.items {
            pairs.push((
                self.display_item_text(frame, item.key.as_ref()?)?,
                self.display_item_text(frame, &item.value)?,
            ));
        }
        Some(ListRead::DictEquals { shared, length, pairs, negated })
    }

    /// The text of a key or value of a dict display compared with a dict made at run time: an expression
    /// that reads nothing shared (Python builds the display before the comparison) and is no container.
    pub(super) fn display_item_text(&self, frame: &Frame, expr: &Expr) -> Option<String> {
        if matches!(expr, Expr::List(_) | Expr::Dict(_) | Expr::Set(_) | Expr::Starred(_)) {
            return None;
        }
        let (text, precedence, reads) = self.code(frame, expr).ok()?;
        (!reads).then(|| if precedence == ATOM { text } else { format!("({text})") })
    }

    /// The read's steps; the temporary that holds its value.
    pub(super) fn list_read_steps(
        &mut self,
        frame: &Frame,
        read: ListRead,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        match read {
            ListRead::Fold(list, "len") => {
                let handle = self.listed_handle(frame, list, out, line)?;
                let length = self.fresh_temporary(frame.task, "length");
                out.push(Step::new("let", Node::Quoted(format!("{length} = size({handle})")), line));
                Ok(length)
            }
            ListRead::Fold(list, function) => {
                let handle = self.listed_handle(frame, list, out, line)?;
                Ok(self.fold_steps(frame, &Items::of_object(handle), function, out, line))
            }
            ListRead::Equals { list, display, negated } => {
                let handle = self.listed_handle(frame, list, out, line)?;
                Ok(self.list_equality_steps(frame, &handle, &display, negated, out, line))
            }
            ListRead::DictEquals { shared, length, pairs, negated } => {
                Ok(self.dict_equality_steps(frame, (&shared, &length), &pairs, negated, out, line))
            }
            ListRead::RecordEquals(equality) => Ok(self.record_equality_steps(frame, &equality, out, line)),
            ListRead::Keyed(keyed) => {
                let got = self.fresh_temporary(frame.task, "got");
                let value = |shared: &str| match keyed.length {
                    true => format!("len({shared})"),
                    false => shared.to_string(),
                };
                let read = |shared: &str| Step::new("let", Node::Quoted(format!("{got} = {}", value(shared))), line);
                out.push(Step::new("let", Node::Quoted(format!("{got} = None")), line));
                self.keyed_steps(frame, &keyed, read, out, line)?;
                Ok(got)
            }
        }
    }

    /// The name that holds the list: the one given, or a temporary the list is made into.
    fn listed_handle(&mut self, frame: &Frame, list: Listed, out: &mut Vec<Step>, line: u32) -> Result<String> {
        Ok(match list {
            Listed::Held(name) => name,
            Listed::Made(list) => self.make_list(frame, &list, out, line)?,
        })
    }

    /// `x == [a, b]` as one `atomic` step into a flag: the sizes, then the items in order, each read only
    /// while the earlier ones were equal (`list.__eq__`, one C call).
    fn list_equality_steps(
        &mut self,
        frame: &Frame,
        handle: &str,
        display: &[String],
        negated: bool,
        out: &mut Vec<Step>,
        line: u32,
    ) -> String {
        let equal = self.fresh_temporary(frame.task, "equal");
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let mut steps = vec![let_step(format!("{equal} = size({handle}) == {}", display.len()))];
        if !display.is_empty() {
            let items: Vec<String> =
                display.iter().enumerate().map(|(index, item)| format!("{handle}[{index}] == {item}")).collect();
            let entries = vec![
                ("cond", Node::Quoted(equal.clone())),
                ("then", Node::Steps(vec![let_step(format!("{equal} = {}", items.join(" and ")))])),
            ];
            steps.push(Step::new("if", Node::Map(entries), line));
        }
        if negated {
            steps.push(let_step(format!("{equal} = 1 - {equal}")));
        }
        out.push(Step::new("atomic", Node::Steps(steps), line));
        equal
    }

    /// `d == {k: v, ...}` as one `atomic` step into a flag, as `dict.__eq__` in one C call: the sizes,
    /// then each key's presence and value, each read only while the earlier ones were equal (a key the
    /// dict lacks is no KeyError: `has` is read before it).
    fn dict_equality_steps(
        &mut self,
        frame: &Frame,
        (shared, length): (&str, &str),
        pairs: &[(String, String)],
        negated: bool,
        out: &mut Vec<Step>,
        line: u32,
    ) -> String {
        let equal = self.fresh_temporary(frame.task, "equal");
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let mut steps = vec![let_step(format!("{equal} = {length} == {}", pairs.len()))];
        for (key, value) in pairs {
            let entries = vec![
                ("cond", Node::Quoted(equal.clone())),
                (
                    "then",
                    Node::Steps(vec![
                        let_step(format!("{equal} = has({shared}, {key})")),
                        Step::new(
                            "if",
                            Node::Map(vec![
                                ("cond", Node::Quoted(equal.clone())),
                                ("then", Node::Steps(vec![let_step(format!("{equal} = {shared}[{key}] == {value}"))])),
                            ]),
                            line,
                        ),
                    ]),
                ),
            ];
            steps.push(Step::new("if", Node::Map(entries), line));
        }
        if negated {
            steps.push(let_step(format!("{equal} = 1 - {equal}")));
        }
        out.push(Step::new("atomic", Node::Steps(steps), line));
        equal
    }

    /// Makes the list in one `atomic` step (its bounds read first) into a fresh temporary, which holds it;
    /// sorted by a key, the keys are computed between the copy and the sort (`sorted_by_key`).
    pub(super) fn make_list(
        &mut self,
        frame: &Frame,
        list: &ListValue,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let start = self.read_bound(frame, list.start.as_ref(), "start", out, line);
        let stop = self.read_bound(frame, list.stop.as_ref(), "stop", out, line);
        let made = self.fresh_temporary(frame.task, "made");
        let length = self.fresh_temporary(frame.task, "length");
        let position = self.fresh_temporary(frame.task, "position");
        let from = self.fresh_temporary(frame.task, "from");
        let until = self.fresh_temporary(frame.task, "until");
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let length_text = match &list.source {
            Source::Indexed { length, .. } => length.clone(),
            Source::Unrolled(items) => items.len().to_string(),
            Source::Object(name) => format!("size({name})"),
            Source::DictKeys(shared) | Source::DictPairs(shared) => format!("len({shared})"),
        };
        let mut steps = vec![let_step(format!("{made} = new_list()")), let_step(format!("{length} = {length_text}"))];
        steps.extend(clamped(&from, start.as_deref().unwrap_or("0"), &length, line));
        steps.extend(clamped(&until, stop.as_deref().unwrap_or(&length), &length, line));
        steps.push(let_step(format!("{position} = 0")));
        let append = |item: String| Step::new("set", Node::Quoted(format!("{made}[{position}] = {item}")), line);
        let next = let_step(format!("{position} = {position} + 1"));
        match &list.source {
            Source::Unrolled(items) => {
                for (index, item) in items.iter().enumerate() {
                    let entries = vec![
                        ("cond", Node::Quoted(format!("{from} <= {index} and {index} < {until}"))),
                        ("then", Node::Steps(vec![append(item.clone()), next.clone()])),
                    ];
                    steps.push(Step::new("if", Node::Map(entries), line));
                }
            }
            Source::Indexed { shared, .. } => {
                let copy = vec![append(format!("{shared}[{from} + {position}]")), next];
                steps.push(while_step(format!("{from} + {position} < {until}"), copy, line));
            }
            Source::Object(name) => {
                let copy = vec![append(format!("key_at({name}, {from} + {position})")), next];
                steps.push(while_step(format!("{from} + {position} < {until}"), copy, line));
            }
            // No slice of a dict is taken (Python's TypeError): every key, in insertion order.
            Source::DictKeys(shared) => {
                let found = self.fresh_temporary(frame.task, "found");
                let find = |place: String| let_step(format!("{found} = next_inserted({shared}, {place})"));
                steps.push(find("0".to_string()));
                let copy = vec![append(format!("key_inserted({shared}, {found})")), next, find(format!("{found} + 1"))];
                steps.push(while_step(format!("{found} >= 0"), copy, line));
            }
            Source::DictPairs(shared) => {
                let found = self.fresh_temporary(frame.task, "found");
                let key = self.fresh_temporary(frame.task, "key");
                let find = |place: String| let_step(format!("{found} = next_inserted({shared}, {place})"));
                steps.push(find("0".to_string()));
                let copy = vec![
                    let_step(format!("{key} = key_inserted({shared}, {found})")),
                    append(format!("({key}, {shared}[{key}])")),
                    next,
                    find(format!("{found} + 1")),
                ];
                steps.push(while_step(format!("{found} >= 0"), copy, line));
            }
        }
        match &list.sorting {
            None => {}
            Some(SortOptions { key: Some(key), reverse }) => {
                self.sorted_by_key(frame, (&made, key, *reverse), steps, out, line)?;
                return Ok(made);
            }
            Some(SortOptions { key: None, reverse }) => {
                let temporaries = self.sort_temporaries(frame);
                steps.extend(insertion_sort(&made, &format!("size({made})"), &temporaries, None, *reverse, line));
            }
        }
        out.push(Step::new("atomic", Node::Steps(steps), line));
        Ok(made)
    }

    fn sort_temporaries(&mut self, frame: &Frame) -> [String; 3] {
        [
            self.fresh_temporary(frame.task, "unsorted"),
            self.fresh_temporary(frame.task, "sorting"),
            self.fresh_temporary(frame.task, "slot"),
        ]
    }

    /// The copy's steps (`copied`, one `atomic`), then each item's key into a list of keys beside the
    /// items, in the items' order (Python calls the key once per item before it sorts), then the sort by
    /// the keys. A key that reads only the item and locals makes all three one `atomic`; one that reads
    /// shared state reads it in steps of its own, item by item, as CPython may switch threads between
    /// two calls of a Python key function (and computes no key twice).
    fn sorted_by_key(
        &mut self,
        frame: &Frame,
        (made, key, reverse): (&str, &SortKey, bool),
        copied: Vec<Step>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let item = self.fresh_temporary(frame.task, "item");
        let mut scratch = frame.clone();
        scratch.locals.insert(key.parameter.clone(), Value::Local(item.clone()));
        let (key_text, _, reads_shared) = self.code(&scratch, &key.body)?;
        let [keys, position, placed] =
            ["keys", "position", "key"].map(|wanted| self.fresh_temporary(frame.task, wanted));
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let each = vec![
            let_step(format!("{item} = {made}[{position}]")),
            let_step(format!("{placed} = {key_text}")),
            Step::new("set", Node::Quoted(format!("{keys}[{position}] = {placed}")), line),
            let_step(format!("{position} = {position} + 1")),
        ];
        let keyed = vec![
            let_step(format!("{keys} = new_list()")),
            let_step(format!("{position} = 0")),
            while_step(format!("{position} < size({made})"), each, line),
        ];
        let temporaries = self.sort_temporaries(frame);
        let sort = insertion_sort(made, &format!("size({made})"), &temporaries, Some((&keys, &placed)), reverse, line);
        if reads_shared {
            out.push(Step::new("atomic", Node::Steps(copied), line));
            out.extend(keyed);
            out.push(Step::new("atomic", Node::Steps(sort), line));
        } else {
            out.push(Step::new("atomic", Node::Steps(copied.into_iter().chain(keyed).chain(sort).collect()), line));
        }
        Ok(())
    }

    /// A bound's text where the slice reads it: a local it is read into first when it reads shared
    /// memory (Python computes the bounds before the slice).
    fn read_bound(
        &mut self,
        frame: &Frame,
        bound: Option<&Bound>,
        wanted: &str,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Option<String> {
        let bound = bound?;
        if !bound.reads_shared {
            return Some(bound.text.clone());
        }
        let local = self.fresh_temporary(frame.task, wanted);
        out.push(Step::new("let", Node::Quoted(format!("{local} = {}", bound.text)), line));
        Some(local)
    }

    /// `name = <list computed at run time>`: the list made, then bound to the name (a new global is a
    /// shared variable that holds it). True when `value` is one of this module's forms.
    pub(super) fn assign_list_value(
        &mut self,
        frame: &mut Frame,
        name: &str,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Some(list) = self.computed_list(frame, value) else { return Ok(false) };
        let made = self.make_list(frame, &list, out, line)?;
        self.bind_made_list(frame, name, value, &made, out, line)?;
        Ok(true)
    }

    /// Binds `name` to the list the temporary `made` holds (a new global is a shared variable that
    /// holds it), known to hold a list from here on.
    pub(super) fn bind_made_list(
        &mut self,
        frame: &mut Frame,
        name: &str,
        value: &Expr,
        made: &str,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        self.bind_made_container(frame, (name, value), (made, MadeKind::List), out, line)
    }

    /// Binds `name` to the list or dict copy the temporary `made` holds, known to hold that kind from
    /// here on (a name bound elsewhere to another kind keeps none: a use may see either).
    pub(super) fn bind_made_container(
        &mut self,
        frame: &mut Frame,
        (name, value): (&str, &Expr),
        (made, kind): (&str, MadeKind),
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let of_containers = matches!(kind, MadeKind::DictCopy { of_containers: true });
        let container = Some(HeldObject::Container { of_containers });
        if self.is_global_target(frame, name) {
            if frame.dynamic > 0 || self.globals.contains_key(name) {
                return fail(value, kind.bound_once_message());
            }
            let shared = self.declare_shared(frame, name, SharedInit::None);
            self.globals.insert(name.to_string(), Value::Shared(shared.clone(), Shape::Int));
            self.held_objects.insert((None, shared.clone()), container);
            self.made_kind_names(kind).insert((None, shared.clone()));
            out.push(Step::new("set", Node::Quoted(format!("{shared} = {made}")), line));
            return Ok(());
        }
        let local = self.bind_local(frame, name);
        frame.known.remove(name);
        let key = (Some(frame.task), local.clone());
        // A name bound elsewhere to anything else may hold either when a use runs: no kind is kept.
        // A dict copy's kind is kept only where the name held nothing else before (a set made at run time
        // is a container too, whose order a walk of the name would take for a dict's).
        let other_kind = self.made_kind_names(kind.other()).contains(&key);
        let same_kind = kind == MadeKind::List || self.made_kind_names(kind).contains(&key);
        let kept = match self.held_objects.get(&key) {
            _ if other_kind => None,
            None => container,
            Some(earlier) if *earlier == container && same_kind => container,
            Some(_) => None,
        };
        self.held_objects.insert(key.clone(), kept);
        self.made_kind_names(kind.other()).remove(&key);
        if kept.is_some() {
            self.made_kind_names(kind).insert(key);
        } else {
            self.made_kind_names(kind).remove(&key);
        }
        out.push(Step::new("let", Node::Quoted(format!("{local} = {made}")), line));
        Ok(())
    }

    /// The names known to hold a container of `kind`.
    fn made_kind_names(&mut self, kind: MadeKind) -> &mut std::collections::BTreeSet<super::held_objects::HeldKey> {
        match kind {
            MadeKind::List => &mut self.list_values,
            MadeKind::DictCopy { .. } => &mut self.dict_copies,
        }
    }

    /// `results = list(pool.map(f, xs))` (and `pool.imap`, rewritten to `map` before translation) of an
    /// executor or a pool, where `xs` is a list computed at run time (its length unknown at import time)
    /// and `f` a function of the file that uses only its arguments and locals (no shared state, no
    /// blocking call, no sleep): the results in `xs`'s order, each `f(x)` computed in the caller, in one
    /// `atomic` step. Nothing else in the program can tell that from jobs run by the pool's workers,
    /// since such jobs touch nothing anybody else reads; only the makespan differs (their CPU time is
    /// not counted). A function that touches anything else is refused at its line. False for any other
    /// value.
    pub(super) fn assign_mapped_list(
        &mut self,
        frame: &mut Frame,
        name: &str,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Some((function, map_call)) = self.mapped_over_computed_list(frame, value) else { return Ok(false) };
        let items = &map_call.arguments.args[1];
        let source = match self.computed_list(frame, items) {
            Some(list) => self.make_list(frame, &list, out, line)?,
            None => self.held_list(frame, items).expect("mapped_over_computed_list checked it"),
        };
        let made = self.fresh_temporary(frame.task, "mapped");
        let position = self.fresh_temporary(frame.task, "position");
        let item = self.fresh_temporary(frame.task, "item");
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        // A name no Python program can write, bound to the item while the call is translated.
        let held = format!("${item}");
        frame.locals.insert(held.clone(), Value::Local(item.clone()));
        let mut call = map_call.clone();
        *call.func = map_call.arguments.args[0].clone();
        let argument = Expr::Name(ast::ExprName {
            node_index: Default::default(),
            range: items.range(),
            id: ast::name::Name::new(&held),
            ctx: ast::ExprContext::Load,
        });
        call.arguments.args = vec![argument].into_boxed_slice();
        let mut body = vec![let_step(format!("{item} = key_at({source}, {position})"))];
        let mut inner = Vec::new();
        let result = self.inline_call(frame, &function, &call, &mut inner, line, true);
        frame.locals.remove(&held);
        let Some(result) = result? else {
            return fail(&map_call.arguments.args[0], format!("`{function}` returns nothing weft can compute"));
        };
        if inner.iter().any(|step| !self.only_locals(step)) {
            return fail(
                &map_call.arguments.args[0],
                format!(
                    "`{function}` mapped over a list computed at run time may use only its arguments and locals (weft computes each result in the caller, in one step); a job that reads or writes shared state, blocks or sleeps is supported over items known at import time"
                ),
            );
        }
        let (result, _, _, _) = self.to_code(result, value)?;
        body.extend(inner);
        body.push(Step::new("set", Node::Quoted(format!("{made}[{position}] = {result}")), line));
        body.push(let_step(format!("{position} = {position} + 1")));
        let steps = vec![
            let_step(format!("{made} = new_list()")),
            let_step(format!("{position} = 0")),
            while_step(format!("{position} < size({source})"), body, line),
        ];
        out.push(Step::new("atomic", Node::Steps(steps), line));
        self.bind_made_list(frame, name, value, &made, out, line)?;
        Ok(true)
    }

    /// `list(ex.map(f, xs))` of an executor (or a pool) with `f` a function of the file and `xs` a list
    /// computed at run time: the function and the `map` call.
    fn mapped_over_computed_list<'e>(&self, frame: &Frame, value: &'e Expr) -> Option<(String, &'e ast::ExprCall)> {
        let Expr::Call(outer) = value else { return None };
        let Expr::Name(list) = &*outer.func else { return None };
        if list.id.as_str() != "list" || !outer.arguments.keywords.is_empty() {
            return None;
        }
        let [Expr::Call(map_call)] = &outer.arguments.args[..] else { return None };
        let Expr::Attribute(attribute) = &*map_call.func else { return None };
        let [function, items] = &map_call.arguments.args[..] else { return None };
        if attribute.attr.as_str() != "map" || !map_call.arguments.keywords.is_empty() {
            return None;
        }
        if !matches!(self.expr(frame, &attribute.value, false), Ok(Ex::Static(Value::Object(Object::Executor { .. }))))
        {
            return None;
        }
        let Ok(Ex::Static(Value::Function(function))) = self.expr(frame, function, false) else { return None };
        let computed = self.computed_list(frame, items).is_some() || self.held_list(frame, items).is_some();
        computed.then_some((function, map_call))
    }

    /// A function's returned value with steps of this module's (`return len(PAGES[name])`, `return
    /// [t1.result(), t2.result()]`): the steps, and the value over the locals that hold their results.
    pub(super) fn returned_without_steps(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Expr>> {
        if matches!(value, Expr::List(_)) {
            return self.display_without_stepped_items(frame, value, out, line);
        }
        if let Some(rewritten) = self.tuple_without_whole_reads(frame, value, out, line)? {
            return Ok(Some(rewritten));
        }
        if let Some(counting) = self.counting(frame, value) {
            let local = self.counting_steps(frame, &counting, out, line);
            return Ok(Some(super::local_reference(frame, &local, value)));
        }
        let Some(read) = self.list_read(frame, value) else { return Ok(None) };
        let local = self.list_read_steps(frame, read, out, line)?;
        Ok(Some(super::local_reference(frame, &local, value)))
    }

    /// `[t1.result(), t2.result()]` (a list display whose items have steps of their own: a future's
    /// result, a blocking call, a whole read): each item's steps in Python's order, left to right, into
    /// locals (an earlier item that reads shared memory read into one before a later item's steps), and
    /// the display over them, which is a list made at run time. `None` when no item has steps.
    pub(super) fn display_without_stepped_items(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Expr>> {
        let Expr::List(display) = value else { return Ok(None) };
        let stepped: Vec<bool> = display.elts.iter().map(|item| self.contains_stepped_operand(frame, item)).collect();
        let Some(last_stepped) = stepped.iter().rposition(|has_steps| *has_steps) else { return Ok(None) };
        let mut rewritten = display.clone();
        for (index, item) in display.elts.iter().enumerate().take(last_stepped + 1) {
            rewritten.elts[index] = if stepped[index] {
                self.without_stepped_operands(frame, item, out, line)?
            } else {
                let (text, _, reads_shared) = self.code(frame, item)?;
                if !reads_shared {
                    continue;
                }
                let operand = self.fresh_temporary(frame.task, "operand");
                out.push(Step::new("let", Node::Quoted(format!("{operand} = {text}")), line));
                super::local_reference(frame, &operand, item)
            };
        }
        Ok(Some(Expr::List(rewritten)))
    }
}

/// `bound` clamped as Python clamps a slice's bound to a list of length `length`: a negative one counts
/// from the end, then it is kept within 0 and the length.
fn clamped(local: &str, bound: &str, length: &str, line: u32) -> [Step; 3] {
    let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
    let from_end = vec![
        ("cond", Node::Quoted(format!("{local} < 0"))),
        ("then", Node::Steps(vec![let_step(format!("{local} = {local} + {length}"))])),
    ];
    [
        let_step(format!("{local} = {bound}")),
        Step::new("if", Node::Map(from_end), line),
        let_step(format!("{local} = min(max({local}, 0), {length})")),
    ]
}

/// An insertion sort of the list `list` (its length `length`) in place, in the format's own steps, for
/// one `atomic`: it compares with `<` only, as CPython's sort does, so items of two kinds fault with
/// TypeError as there, and it is stable as CPython's (`reverse` too: equal items keep their order).
/// `temporaries`: the locals of the next unsorted place, the item being placed and its slot. With
/// `keyed` (a list of the items' keys, in the items' order, and a local for the key being placed), the
/// keys are compared instead of the items and move with them, as `sorted(..., key=...)` orders.
pub(super) fn insertion_sort(
    list: &str,
    length: &str,
    temporaries: &[String; 3],
    keyed: Option<(&str, &str)>,
    reverse: bool,
    line: u32,
) -> Vec<Step> {
    let [next, item, slot] = temporaries;
    let (compared, placed) = match keyed {
        Some((keys, placed)) => (keys, placed.to_string()),
        None => (list, item.clone()),
    };
    // Insertion: the earlier items that must come after `item` move up one place.
    let out_of_order = if reverse {
        format!("{compared}[{slot} - 1] < {placed}")
    } else {
        format!("{placed} < {compared}[{slot} - 1]")
    };
    let mut shift = vec![Step::new("set", Node::Quoted(format!("{list}[{slot}] = {list}[{slot} - 1]")), line)];
    let mut take = vec![Step::new("let", Node::Quoted(format!("{item} = {list}[{next}]")), line)];
    let mut put = vec![Step::new("set", Node::Quoted(format!("{list}[{slot}] = {item}")), line)];
    if let Some((keys, placed)) = keyed {
        shift.push(Step::new("set", Node::Quoted(format!("{keys}[{slot}] = {keys}[{slot} - 1]")), line));
        take.push(Step::new("let", Node::Quoted(format!("{placed} = {keys}[{next}]")), line));
        put.push(Step::new("set", Node::Quoted(format!("{keys}[{slot}] = {placed}")), line));
    }
    shift.push(Step::new("let", Node::Quoted(format!("{slot} = {slot} - 1")), line));
    let mut insert = take;
    insert.push(Step::new("let", Node::Quoted(format!("{slot} = {next}")), line));
    insert.push(while_step(format!("{slot} > 0 and {out_of_order}"), shift, line));
    insert.extend(put);
    insert.push(Step::new("let", Node::Quoted(format!("{next} = {next} + 1")), line));
    vec![
        Step::new("let", Node::Quoted(format!("{next} = 1")), line),
        while_step(format!("{next} < {length}"), insert, line),
    ]
}
