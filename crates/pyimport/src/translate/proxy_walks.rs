//! `copy = dict(d)` of a manager's dict proxy (session 27), inside the manager's `with`; and
//! `copy = dict(sorted(d.items()))` (session 37, `sorted_items_loop`).
//!
//! CPython's `dict(proxy)` is not one call: `dict_merge` sees a mapping that is no dict, calls its
//! `keys()` (one round trip to the manager's server, which answers with a list of the keys in the
//! server dict's insertion order, taken at once under the server's GIL), then `proxy[key]` for each key
//! of that list (a round trip each). Another process may write between two of them: a key written
//! after the `keys()` is not in the copy, a value written meanwhile is, and a key deleted meanwhile is
//! a KeyError raised by `dict()`. weft makes the same calls: one `atomic` step takes the keys in
//! insertion order into a list of the main task's own, then a step per key reads the proxy's value into
//! the new dict (managers.rs adds each call's round trip).
//!
//! The copy is a dict made at run time in a program with a proxy, which managers.rs refuses in general
//! (a proxy keeps copies of what it is given, weft's objects are one). This copy holds only what a proxy
//! holds (numbers, strings and None), and it is imported where it cannot reach a proxy: bound by a
//! statement of the `with`'s own body, its name read by no other statement of that body nor by a
//! function of the file, so that it is used only after the `with` shut the manager down.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::list_values::MadeKind;
use super::{Frame, Result, Translator, while_step};
use crate::out::{Node, Step};

impl Translator<'_> {
    /// The offsets of the `dict(d)` calls of `body` (a manager's `with`) that copy one of `dicts` (the
    /// names the body binds to the manager's dicts) where the copy cannot reach a proxy.
    pub(super) fn importable_proxy_copies(&self, body: &[Stmt], (dicts, lists): (&[String], &[String])) -> Vec<usize> {
        let mut found = Vec::new();
        for (index, statement) in body.iter().enumerate() {
            // `dict(d)`, one statement; or `copy = {}` and the loop over `sorted(d.items())` filling it;
            // or `copy = xs[:]` or `sorted(xs[:])` of a list proxy (proxy_slice_copies.rs). The offsets
            // of what makes the copy: the call; or the `{}` and the sorted list (two lines when written
            // by hand); or the slice and the sorting.
            let (target, made_at, statements) = match proxy_copy(statement, dicts) {
                Some((target, call)) => (target, vec![call.start().to_usize()], 1),
                None => match sorted_items_loop(&body[index..], dicts) {
                    Some((target, empty, sorting)) => {
                        (target, vec![empty.start().to_usize(), sorting.start().to_usize()], 2)
                    }
                    None => match super::proxy_slice_copies::proxy_slice_copy(statement, lists) {
                        Some((target, made_at)) => (target, made_at, 1),
                        None => continue,
                    },
                },
            };
            let targets = [target.to_string()];
            let mut loads = Vec::new();
            for (other, later) in body.iter().enumerate() {
                if !(index..index + statements).contains(&other) {
                    super::managers::collect_loads(later, &targets, &mut loads);
                }
            }
            if loads.is_empty() && self.global_reads_in_functions(&targets).is_empty() {
                found.extend(made_at);
            }
        }
        found
    }

    /// `name = dict(d)` of a manager's dict proxy noted by `importable_proxy_copies`: the `keys()` call,
    /// one `atomic` step, then a read of the proxy per key into a new dict; false for any other value.
    pub(super) fn assign_proxy_dict_copy(
        &mut self,
        frame: &mut Frame,
        (name, value): (&str, &Expr),
        shared: &str,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        if !self.managers.copies.contains(&value.start().to_usize()) {
            return Ok(false);
        }
        let keys = self.fresh_temporary(frame.task, "keys");
        let found = self.fresh_temporary(frame.task, "found");
        let place = self.fresh_temporary(frame.task, "place");
        let key = self.fresh_temporary(frame.task, "key");
        let made = self.fresh_temporary(frame.task, "made");
        let let_step = |text: String| Step::new("let", Node::Quoted(text), line);
        let find = |from: String| let_step(format!("{found} = next_inserted({shared}, {from})"));
        let take_key = vec![
            Step::new("set", Node::Quoted(format!("{keys}[size({keys})] = key_inserted({shared}, {found})")), line),
            find(format!("{found} + 1")),
        ];
        let keys_call = vec![
            let_step(format!("{keys} = new_list()")),
            find("0".to_string()),
            while_step(format!("{found} >= 0"), take_key, line),
        ];
        out.push(Step::new("atomic", Node::Steps(keys_call), line));
        out.push(let_step(format!("{made} = new_dict()")));
        out.push(let_step(format!("{place} = 0")));
        let read_one = vec![
            let_step(format!("{key} = {keys}[{place}]")),
            Step::new("set", Node::Quoted(format!("{made}[{key}] = {shared}[{key}]")), line),
            let_step(format!("{place} = {place} + 1")),
        ];
        out.push(while_step(format!("{place} < size({keys})"), read_one, line));
        self.made_containers.set(true);
        let kind = MadeKind::DictCopy { of_containers: false };
        self.bind_made_container(frame, (name, value), (&made, kind), out, line)?;
        Ok(true)
    }
}

/// The target and the call of `target = dict(d)`, `d` one of `dicts`.
fn proxy_copy<'a>(statement: &'a Stmt, dicts: &[String]) -> Option<(&'a str, &'a ast::ExprCall)> {
    let Stmt::Assign(assign) = statement else { return None };
    let ([Expr::Name(target)], Expr::Call(call)) = (&assign.targets[..], &*assign.value) else { return None };
    let Expr::Name(callee) = &*call.func else { return None };
    let ([Expr::Name(argument)], true) = (&call.arguments.args[..], call.arguments.keywords.is_empty()) else {
        return None;
    };
    let copies_proxy = callee.id.as_str() == "dict" && dicts.iter().any(|dict| dict == argument.id.as_str());
    copies_proxy.then_some((target.id.as_str(), call))
}

/// The target, its empty dict and the sorted list of `target = {}` followed by `for k, v in sorted(d.items()):
/// target[k] = v`, `d` one of `dicts`: `dict(sorted(d.items()))` as dict_builds.rs writes it before
/// translating it again (session 37, session35/m01). `items()` is one round trip, whose list of copies
/// `sorted` orders in the main process (the snapshot one `atomic` step, as of a shared dict), so the
/// dict holds what the proxy held at that call: numbers, strings and None.
fn sorted_items_loop<'a>(statements: &'a [Stmt], dicts: &[String]) -> Option<(&'a str, &'a Expr, &'a Expr)> {
    let [Stmt::Assign(assign), Stmt::For(looping), ..] = statements else { return None };
    let ([Expr::Name(target)], Expr::Dict(empty)) = (&assign.targets[..], &*assign.value) else { return None };
    let Expr::Tuple(pair) = &*looping.target else { return None };
    let [Expr::Name(key), Expr::Name(value)] = &pair.elts[..] else { return None };
    let Expr::Call(sorting) = &*looping.iter else { return None };
    let (Expr::Name(sorted), [Expr::Call(items)]) = (&*sorting.func, &sorting.arguments.args[..]) else { return None };
    let Expr::Attribute(method) = &*items.func else { return None };
    let Expr::Name(proxy) = &*method.value else { return None };
    let [Stmt::Assign(store)] = &looping.body[..] else { return None };
    let ([Expr::Subscript(slot)], Expr::Name(stored)) = (&store.targets[..], &*store.value) else { return None };
    let fills_target = matches!(&*slot.value, Expr::Name(filled) if filled.id == target.id)
        && matches!(&*slot.slice, Expr::Name(slot_key) if slot_key.id == key.id)
        && stored.id == value.id;
    let of_proxy = sorted.id.as_str() == "sorted"
        && sorting.arguments.keywords.is_empty()
        && method.attr.as_str() == "items"
        && items.arguments.is_empty()
        && dicts.iter().any(|dict| dict == proxy.id.as_str());
    let plain = empty.items.is_empty() && looping.orelse.is_empty() && !looping.is_async;
    (fills_target && of_proxy && plain).then_some((target.id.as_str(), &*assign.value, &*looping.iter))
}

impl Translator<'_> {
    /// `[Process(target=f, args=(k, v)) for k, v in d.items()]` (or a `Thread`, a `Timer`) over items
    /// weft knows only at run time: the threads and processes of a scenario are made at import time, one
    /// per item, so the comprehension is refused with the reason its items are not known (it fell to
    /// "`multiprocessing.Process` is not imported yet" before, which was not the reason).
    pub(super) fn refuse_tasks_over_run_time_items(
        &self,
        frame: &Frame,
        comprehension: &ast::ExprListComp,
    ) -> Result<()> {
        let Expr::Call(call) = &*comprehension.elt else { return Ok(()) };
        let starts_task = matches!(
            self.expr(frame, &call.func, false),
            Ok(crate::expr::Ex::Static(crate::value::Value::Module(callee)))
                if matches!(callee.as_str(), "threading.Thread" | "threading.Timer" | "multiprocessing.Process")
        );
        let [generator, ..] = comprehension.generators.as_slice() else { return Ok(()) };
        match self.static_iteration(frame, &generator.iter) {
            Err(error) if starts_task => Err(error),
            _ => Ok(()),
        }
    }
}
