//! Reads of a shared dict or list that Python makes in one C call, each one `atomic` step that leaves the value
//! in a temporary (no thread comes between the test and the read): `d.get(k, default)`,
//! `d.setdefault(k, v)` (which puts `v` in when `k` is missing), and `counts[k]` of a dict whose
//! missing keys read as 0 (`collections.Counter()`, `collections.defaultdict(int)`; defaultdict's
//! `__missing__` puts the 0 in, Counter's does not). `counts[k] += 1` is that read, then the write, as
//! CPython's BINARY_SUBSCR and STORE_SUBSCR are two steps. `x in items` of a shared list compares `x`
//! with each item (list.__contains__), one step that scans the list into a flag; `x in d.values()` (or
//! `d.keys()`, `d.items()`) of a shared dict scans the view the same way.

use ruff_python_ast::{self as ast, Expr};

use super::whole_reads::Items;
use super::{Frame, Result, Translator, fail, while_step};
use crate::expr::Ex;
use crate::out::{Node, SharedInit, Step};
use crate::value::{Shape, Value};

/// One read of a shared dict with a step of its own.
pub(super) enum MapRead<'e> {
    /// `d.get(k)` / `d.get(k, default)`.
    Get(String, &'e ast::ExprCall),
    /// `d.setdefault(k)` / `d.setdefault(k, v)`.
    SetDefault(String, &'e ast::ExprCall),
    /// `counts[k]` of a dict whose missing keys read as 0: the dict and the key.
    Defaulted(String, &'e Expr),
    /// `groups[k]` of a `defaultdict(list)` or `defaultdict(set)`: the dict and the key
    /// (collection_objects.rs).
    MadeDefault(String, &'e Expr),
}

impl Translator<'_> {
    /// `collections.Counter()` and `collections.defaultdict(int)`: an empty shared dict whose missing
    /// keys read as 0. `Counter(items)` of items known only at run time counts them into it
    /// (translate/counts.rs).
    pub(super) fn make_defaulting_dict(
        &mut self,
        frame: &Frame,
        hint: &str,
        callee: &str,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Value> {
        let inserts = callee == "collections.defaultdict";
        // A shared dict is declared once, empty: a job that runs once per item would count on
        // into the counts of the jobs before it, where each of CPython's calls makes its own. Bound to
        // a local of the job's function, each run makes its own (run_memory.rs).
        if self.runs_as_a_job(frame) && self.is_global_target(frame, hint) {
            return fail(
                call,
                format!(
                    "a `{callee}` made in a job of an executor (which runs once per item) is not supported: weft's Counter is a shared dict declared once; return `dict(Counter(words))` from the job, or count where the code runs once"
                ),
            );
        }
        if let ([items], false, true) = (&call.arguments.args[..], inserts, call.arguments.keywords.is_empty()) {
            let counted = self.counted_items(frame, items)?;
            let shared = self.declare_shared(frame, hint, SharedInit::Map(Vec::new()));
            self.defaulting_dicts.insert(shared.clone(), false);
            self.count_into(frame, &shared, &counted, out, line);
            return Ok(Value::Shared(shared, Shape::Map { dense: false }));
        }
        if inserts && let Some(made) = self.made_default_dict(frame, hint, call) {
            return Ok(made);
        }
        // `locks = defaultdict(threading.Lock)` read only by key (per_key_locks.rs).
        if inserts && let Some(locks) = self.lock_per_key_dict(frame, hint, call) {
            return Ok(locks);
        }
        let supported = match (&call.arguments.args[..], call.arguments.keywords.is_empty()) {
            ([], true) => !inserts,
            ([Expr::Name(factory)], true) => inserts && factory.id.as_str() == "int",
            _ => false,
        };
        if !supported {
            self.refuse_primitive_factory(frame, call)?;
            return fail(
                call,
                "`collections.Counter()` (empty), `collections.defaultdict(int)`, `collections.defaultdict(list)`, `collections.defaultdict(set)` and `dict(Counter(text.split()))` (a dict of counts made at run time) are supported",
            );
        }
        let shared = self.declare_shared(frame, hint, SharedInit::Map(Vec::new()));
        self.defaulting_dicts.insert(shared.clone(), inserts);
        Ok(Value::Shared(shared, Shape::Map { dense: false }))
    }

    /// A read of a shared dict with a step of its own, if `value` is one.
    pub(super) fn map_read<'e>(&self, frame: &Frame, value: &'e Expr) -> Option<MapRead<'e>> {
        if let Some((shared, call)) = self.container_call(frame, value, "get", false) {
            return Some(MapRead::Get(shared, call));
        }
        if let Some((shared, call)) = self.container_call(frame, value, "setdefault", false) {
            return Some(MapRead::SetDefault(shared, call));
        }
        let Expr::Subscript(subscript) = value else { return None };
        match self.expr(frame, &subscript.value, false) {
            Ok(Ex::Static(Value::Shared(shared, Shape::Map { dense: false })))
                if self.defaulting_dicts.contains_key(&shared) =>
            {
                Some(MapRead::Defaulted(shared, &subscript.slice))
            }
            Ok(Ex::Static(Value::Shared(shared, Shape::Map { dense: false })))
                if self.made_default_dicts.contains_key(&shared) =>
            {
                Some(MapRead::MadeDefault(shared, &subscript.slice))
            }
            _ => None,
        }
    }

    /// The read's `atomic` step; the temporary that holds the value. The key and a default are computed
    /// first, as Python computes the arguments before the call.
    pub(super) fn map_read_steps(
        &mut self,
        frame: &mut Frame,
        read: MapRead<'_>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<String> {
        let (shared, key, default, inserts) = match read {
            MapRead::Get(shared, call) => {
                let (key, default) = key_and_default(call, "get")?;
                (shared, key, default, false)
            }
            MapRead::SetDefault(shared, call) => {
                let (key, default) = key_and_default(call, "setdefault")?;
                (shared, key, default, true)
            }
            MapRead::Defaulted(shared, key) => {
                let inserts = self.defaulting_dicts[&shared];
                let key = self.operand_local(frame, key, out, line)?;
                return Ok(self.map_read_step(frame, &shared, &key, "0", inserts, out, line));
            }
            MapRead::MadeDefault(shared, key) => return self.made_default_read(frame, &shared, key, out, line),
        };
        self.refuse_float_key(frame, &shared, key)?;
        let key = match self.static_tuple_key(frame, &shared, key)? {
            Some(text) => text,
            None => {
                let key = self.operand_local(frame, key, out, line)?;
                self.map_key(&shared, key)
            }
        };
        let default = match default {
            Some(default) => self.operand_local(frame, default, out, line)?,
            None => "None".to_string(),
        };
        Ok(self.map_read_step(frame, &shared, &key, &default, inserts, out, line))
    }

    /// `got = default; if has(d, k): got = d[k]` (and `else: d[k] = default` where the read puts the
    /// default in), as one step.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn map_read_step(
        &mut self,
        frame: &Frame,
        shared: &str,
        key: &str,
        default: &str,
        inserts: bool,
        out: &mut Vec<Step>,
        line: u32,
    ) -> String {
        let got = self.fresh_temporary(frame.task, "got");
        let found = vec![Step::new("let", Node::Quoted(format!("{got} = {shared}[{key}]")), line)];
        let mut entries = vec![("cond", Node::Quoted(format!("has({shared}, {key})"))), ("then", Node::Steps(found))];
        if inserts {
            let put = Step::new("set", Node::Quoted(format!("{shared}[{key}] = {got}")), line);
            entries.push(("else", Node::Steps(vec![put])));
        }
        let steps = vec![
            Step::new("let", Node::Quoted(format!("{got} = {default}")), line),
            Step::new("if", Node::Map(entries), line),
        ];
        out.push(Step::new("atomic", Node::Steps(steps), line));
        got
    }
}

/// The key and the optional default of `d.get(...)` or `d.setdefault(...)`.
fn key_and_default<'e>(call: &'e ast::ExprCall, method: &str) -> Result<(&'e Expr, Option<&'e Expr>)> {
    if !call.arguments.keywords.is_empty() {
        return fail(call, format!("`{method}` on a dict takes no keyword arguments"));
    }
    match &call.arguments.args[..] {
        [key] => Ok((key, None)),
        [key, default] => Ok((key, Some(default))),
        _ => fail(call, format!("`{method}` on a dict takes a key and, at most, a default")),
    }
}

/// `key in items` / `key not in items` of a shared list (or of a dict's `keys()`, `values()` or
/// `items()`): the items, the key, and whether it is `not in`.
pub(super) struct ListMembership<'e> {
    items: Items,
    key: &'e Expr,
    negated: bool,
}

impl Translator<'_> {
    /// `x in items` (or `not in`) where `items` is a shared list, if `value` is one.
    pub(super) fn list_membership<'e>(&self, frame: &Frame, value: &'e Expr) -> Option<ListMembership<'e>> {
        let Expr::Compare(compare) = value else { return None };
        let ([op], [container]) = (&compare.ops[..], &compare.comparators[..]) else { return None };
        let negated = match op {
            ast::CmpOp::In => false,
            ast::CmpOp::NotIn => true,
            _ => return None,
        };
        match self.expr(frame, container, false) {
            Ok(Ex::Static(Value::Shared(list, Shape::Map { dense: true } | Shape::Array(_)))) => {
                Some(ListMembership { items: Items::of_list(list), key: &compare.left, negated })
            }
            Ok(_) => None,
            Err(_) => {
                self.view_items(frame, container).map(|items| ListMembership { items, key: &compare.left, negated })
            }
        }
    }

    /// The scan's `atomic` step: the key computed first, then each item compared, into a flag; the
    /// test's text over the flag.
    pub(super) fn list_membership_steps(
        &mut self,
        frame: &mut Frame,
        membership: ListMembership<'_>,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<(String, u8)> {
        let ListMembership { items, key, negated } = membership;
        let key = self.operand_local(frame, key, out, line)?;
        let found = self.fresh_temporary(frame.task, "found");
        let position = self.fresh_temporary(frame.task, "position");
        let compare = vec![
            ("cond", Node::Quoted(format!("{} == {key}", items.item(&position)))),
            ("then", Node::Steps(vec![Step::new("let", Node::Quoted(format!("{found} = 1")), line)])),
        ];
        let scan = vec![
            Step::new("let", Node::Quoted(format!("{found} = 0")), line),
            Step::new("let", Node::Quoted(format!("{position} = 0")), line),
            while_step(
                format!("{position} < len({}) and {found} == 0", items.shared()),
                vec![
                    Step::new("if", Node::Map(compare), line),
                    Step::new("let", Node::Quoted(format!("{position} = {position} + 1")), line),
                ],
                line,
            ),
        ];
        out.push(Step::new("atomic", Node::Steps(scan), line));
        Ok(match negated {
            true => (format!("{found} == 0"), crate::expr::COMPARE),
            false => (found, crate::expr::ATOM),
        })
    }
}
