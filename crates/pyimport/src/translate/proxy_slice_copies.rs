//! `logged = xs[:]` and `logged = sorted(xs[:])` of a manager's list proxy, a statement of the
//! manager's `with` (session37/m03 v1): the slice is one round trip (`__getitem__` of a slice, which
//! the server answers with a pickled copy of the items it holds then), and `sorted` orders that copy in
//! the main process. The copy is a list made at run time in a program with a proxy, which managers.rs
//! refuses in general; proxy_walks.rs takes it where it cannot reach a proxy (its name read by no other
//! statement of the `with`'s body nor by a function of the file), as it takes `dict(d)`. A proxy holds
//! numbers, strings and None only (managers.rs), so the copy's items are values.
//!
//! `logged = sorted(xs)` (session37/m03) is a walk: a ListProxy has no `__iter__`, so `sorted` calls
//! `__getitem__(0)`, `__getitem__(1)`, ... until IndexError, a round trip each, and a process that
//! appends meanwhile is seen by the walk. Where every task but the main one is joined by the main
//! one when the statement runs (the processes that use the proxy are done, and nothing is left that
//! could start one), nothing can write the list during the walk, which then gives what the slice
//! gives: taken as the slice's copy, and refused as a walk otherwise (`check_proxy_walk_after_joins`).

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

use super::assign_forms::Assignment;
use super::{Frame, Result, Translator, fail};

/// The target and the offsets of what makes the copy (the slice, and the `sorted` call around it) of
/// `target = xs[:]` or `target = sorted(xs[:])`, `xs` one of `lists`.
pub(super) fn proxy_slice_copy<'a>(statement: &'a Stmt, lists: &[String]) -> Option<(&'a str, Vec<usize>)> {
    let Stmt::Assign(assign) = statement else { return None };
    let [Expr::Name(target)] = &assign.targets[..] else { return None };
    let mut made_at = Vec::new();
    let sliced = match &*assign.value {
        Expr::Call(call) if is_plain_sorted(call) => {
            made_at.push(call.start().to_usize());
            &call.arguments.args[0]
        }
        other => other,
    };
    if !made_at.is_empty() && names_a_list(sliced, lists) {
        // `sorted(xs)`: the walk, checked when translated.
        return Some((target.id.as_str(), made_at));
    }
    whole_slice_of(sliced, lists)?;
    made_at.push(sliced.start().to_usize());
    Some((target.id.as_str(), made_at))
}

fn names_a_list(expr: &Expr, lists: &[String]) -> bool {
    matches!(expr, Expr::Name(proxy) if lists.iter().any(|list| list == proxy.id.as_str()))
}

impl Translator<'_> {
    /// `name = sorted(xs)` of a list proxy taken as a copy: refused where a task other than the main
    /// one is not joined by it yet (the walk could see another process's writes). Writes nothing.
    pub(super) fn check_proxy_walk_after_joins(&self, frame: &Frame, assigned: Assignment<'_>) -> Result<bool> {
        let Expr::Call(call) = assigned.value else { return Ok(false) };
        let walked = &call.arguments.args;
        let is_walk = is_plain_sorted(call)
            && matches!(&walked[0], Expr::Name(_))
            && self.managers.copies.contains(&call.start().to_usize());
        if !is_walk {
            return Ok(false);
        }
        let unjoined = (0..self.scenario.tasks.len())
            .find(|&task| task != frame.task && !self.joined.contains(&(frame.task, task)));
        match unjoined {
            Some(task) if frame.task == 0 => fail(
                call,
                format!(
                    "`sorted` of a manager's list walks it a round trip per item (`__getitem__(0)`, `__getitem__(1)`, ... until IndexError), and `{}` is not joined here: it could write the list during the walk, which weft does not follow; join every process first, or copy with one call (`sorted(xs[:])`)",
                    self.scenario.tasks[task].base
                ),
            ),
            None if frame.task == 0 => Ok(false),
            _ => fail(call, "`sorted` of a manager's list is taken in the main thread once every other task is joined"),
        }
    }
}

/// `sorted(x)` of one argument, no keywords.
fn is_plain_sorted(call: &ruff_python_ast::ExprCall) -> bool {
    matches!(&*call.func, Expr::Name(name) if name.id.as_str() == "sorted")
        && call.arguments.args.len() == 1
        && call.arguments.keywords.is_empty()
}

/// `xs[:]` of a list proxy: its name.
fn whole_slice_of<'e>(expr: &'e Expr, lists: &[String]) -> Option<&'e str> {
    let Expr::Subscript(subscript) = expr else { return None };
    let Expr::Slice(slice) = &*subscript.slice else { return None };
    let Expr::Name(proxy) = &*subscript.value else { return None };
    let whole = slice.lower.is_none() && slice.upper.is_none() && slice.step.is_none();
    (whole && lists.iter().any(|list| list == proxy.id.as_str())).then_some(proxy.id.as_str())
}
