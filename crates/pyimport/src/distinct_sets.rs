//! `names = sorted({f.result() for f in futures})` and `len({...})` (session 33, session32/f03): a set
//! comprehension over values known only at run time, read only through `sorted` or `len`, which do not
//! depend on the order CPython's set walks its members in. The translator refuses the set as a value
//! ("a set comprehension as a value is not supported here"); after that refusal the statement is
//! written with the set built first as the keys of a dict of the import's own:
//!
//! ```python
//! $distinct = {}
//! for $f in futures:
//!     $distinct[$f.result()] = True
//! names = sorted($distinct)
//! ```
//!
//! and translated again. Exact because the comprehension's element is evaluated once per item, in the
//! loop's order, as the comprehension evaluates it; a dict's keys hold each distinct value once, the
//! first one stored of several equal ones, as a set keeps its first member of several equal ones, and
//! an unhashable value (a list, a dict) is the TypeError of a dict's key as of a set's member; `sorted`
//! of the keys sorts the same distinct values (ties between equal values cannot stay, since only one
//! of them is kept), and `len` counts them. The loop is the one dict_builds.rs writes for a dict
//! comprehension (its variables renamed apart, its tests as `if`s); the dict's name is the import's
//! own (`$` is in no Python name), seen by no other code. Only for a set of futures' results
//! (`{f.result() for f in fs}`: see `is_set_of_results`), where the set is the one argument of
//! `sorted` (with `key=` or `reverse=` that hold no call) or `len`, and the file binds none of `sorted`,
//! `len`, `dict` or `True`.

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::blocks::Classes;
use crate::syntax::{fresh_name, name};

/// Rewrites the statement whose set comprehension starts at `offset` (the translator's refusal), as the
/// module docs say; false when there is none there, or where the rewrite would change what it does.
pub fn rewrite_distinct_set_at(body: &mut ast::Suite, offset: usize) -> bool {
    let (_, bindings) = crate::syntax::name_counts(body);
    if ["sorted", "len", "dict", "True"].iter().any(|builtin| bindings.contains_key(*builtin)) {
        return false;
    }
    let set_call = !bindings.contains_key("set");
    let mut taken = crate::syntax::module_names(body);
    crate::blocks::rewrite_statement_at(body, offset, Classes::Skipped, |block, index| {
        rewrite_at(block, index, (offset, set_call), &mut taken)
    })
}

/// Builds the set at `offset` first, before `block[index]`, when that statement reads it only through
/// `sorted` or `len`.
fn rewrite_at(block: &mut ast::Suite, index: usize, at: (usize, bool), taken: &mut BTreeSet<String>) -> bool {
    let range = block[index].range();
    let mut rewritten = block[index].clone();
    let Some(value) = statement_value(&mut rewritten) else { return false };
    let Some((distinct, comprehension)) = take_consumed_set(value, at, taken) else { return false };
    // `len(bookings) - len({...})` (session 38, session37/t02): what Python evaluates before the set,
    // each into a name of its own first, in its order.
    let Some(earlier) = earlier_parts_hoisted(value, &distinct, taken) else { return false };
    if !only_the_set_moves(value, &distinct) {
        return false;
    }
    if !is_set_of_results(&comprehension) {
        // Session 36: any other set comprehension is an assignment's value of its own
        // (translate/set_comprehensions.rs), a set made at run time read by `sorted` or `len`.
        block[index] = rewritten;
        let made = crate::map_zips::assignment(&distinct, Expr::SetComp(comprehension), range);
        block.splice(index..index, earlier.into_iter().chain([made]));
        return true;
    }
    // The loop first: where it cannot be written (a test holding a comprehension), the statement
    // stays as it was and the set keeps its refusal.
    let Some(filled) = crate::dict_builds::set_loop(&distinct, &comprehension, taken) else {
        return false;
    };
    block[index] = rewritten;
    let made = crate::map_zips::assignment(&distinct, crate::map_zips::empty_dict(range), range);
    block.splice(index..index, earlier.into_iter().chain([made, filled]));
    true
}

/// The parts of `value` that Python evaluates before the set (now the name `distinct`) and that are
/// not plain (`len(bookings)` in `len(bookings) - len($distinct)`), each replaced by a fresh name, and
/// the assignments of those names, in Python's order: built before the statement, the set then comes
/// after them as it did. Only an operand or an argument moves, never a callee (a method's receiver
/// bound to a name would be another value); None where one precedes the set and is not plain. A part
/// after the set stays where it is, evaluated after the set as before.
fn earlier_parts_hoisted(value: &mut Expr, distinct: &str, taken: &mut BTreeSet<String>) -> Option<Vec<Stmt>> {
    let mut hoisted = Vec::new();
    let mut on_path = value;
    while !matches!(on_path, Expr::Name(_)) {
        let callee_first = matches!(on_path, Expr::Call(_));
        let mut next = None;
        for (position, child) in children(on_path).into_iter().enumerate() {
            if holds_name(child, distinct) {
                next = Some(child);
                break;
            }
            // A callee stays (`only_the_set_moves` judges it: a method of a name is read without
            // effects).
            if is_plain(child) || matches!(child, Expr::Lambda(_)) || callee_first && position == 0 {
                continue;
            }
            let local = fresh_name("$before", taken);
            let range = child.range();
            let part = std::mem::replace(child, name(&local, range, ast::ExprContext::Load));
            hoisted.push(crate::map_zips::assignment(&local, part, range));
        }
        on_path = next?;
    }
    Some(hoisted)
}

/// Whether `expr` holds the name `distinct` among the parts `children` walks.
fn holds_name(expr: &Expr, distinct: &str) -> bool {
    match expr {
        Expr::Name(held) => held.id.as_str() == distinct,
        _ => {
            let mut copy = expr.clone();
            children(&mut copy).into_iter().any(|child| holds_name(child, distinct))
        }
    }
}

/// The whole value of an assignment, a `return` or an expression statement.
fn statement_value(stmt: &mut Stmt) -> Option<&mut Expr> {
    match stmt {
        Stmt::Assign(assign) => Some(&mut assign.value),
        Stmt::AnnAssign(assign) => assign.value.as_deref_mut(),
        Stmt::Return(returned) => returned.value.as_deref_mut(),
        Stmt::Expr(expression) => Some(&mut expression.value),
        _ => None,
    }
}

/// Finds, inside `value`, `sorted(S)` or `len(S)` whose set comprehension `S` starts at `offset`,
/// replaces `S` by a fresh name, and gives that name and the comprehension.
fn take_consumed_set(
    value: &mut Expr,
    (offset, set_call): (usize, bool),
    taken: &mut BTreeSet<String>,
) -> Option<(String, ast::ExprSetComp)> {
    struct Finder<'t> {
        offset: usize,
        set_call: bool,
        taken: &'t mut BTreeSet<String>,
        found: Option<(String, ast::ExprSetComp)>,
    }
    impl Finder<'_> {
        fn visit(&mut self, expr: &mut Expr) {
            if self.found.is_some() {
                return;
            }
            if let Expr::Call(call) = expr
                && consumes_a_set(call)
                && let [argument] = &call.arguments.args[..]
                && let Some(set) = set_comprehension(argument, self.set_call)
                && argument.start().to_usize() == self.offset
                && !set.generators.iter().any(|generator| generator.is_async)
            {
                let distinct = fresh_name("$distinct", self.taken);
                call.arguments.args[0] = name(&distinct, argument.range(), ast::ExprContext::Load);
                self.found = Some((distinct, set));
                return;
            }
            for child in children(expr) {
                self.visit(child);
            }
        }
    }
    let mut finder = Finder { offset, set_call, taken, found: None };
    finder.visit(value);
    finder.found
}

/// The set comprehension `argument` is, or (where `set_call`: the file binds no `set`) the one that
/// `set(x for ...)` of a generator builds (session 38, session37/t02_v1): CPython's `set(iterable)`
/// takes the generator's items in turn and adds each, as the comprehension does.
fn set_comprehension(argument: &Expr, set_call: bool) -> Option<ast::ExprSetComp> {
    match argument {
        Expr::SetComp(set) => Some(set.clone()),
        Expr::Call(call) if set_call && call.arguments.keywords.is_empty() => {
            let (Expr::Name(called), [Expr::Generator(generator)]) = (&*call.func, &call.arguments.args[..]) else {
                return None;
            };
            (called.id.as_str() == "set").then(|| ast::ExprSetComp {
                node_index: ast::AtomicNodeIndex::default(),
                range: call.range(),
                elt: generator.elt.clone(),
                generators: generator.generators.clone(),
            })
        }
        _ => None,
    }
}

/// `sorted(x)` (its keywords `key=`/`reverse=` a constant, a name or a lambda) or `len(x)`, one
/// argument.
fn consumes_a_set(call: &ast::ExprCall) -> bool {
    let Expr::Name(function) = &*call.func else { return false };
    match function.id.as_str() {
        "len" => call.arguments.keywords.is_empty(),
        "sorted" => call.arguments.keywords.iter().all(|keyword| {
            keyword.arg.as_ref().is_some_and(|arg| matches!(arg.as_str(), "key" | "reverse"))
                && (is_plain(&keyword.value) || matches!(keyword.value, Expr::Lambda(_)))
        }),
        _ => false,
    }
}

/// A part of the statement evaluated without effects and without reading what another thread may
/// write in between: a constant or a name.
fn is_plain(expr: &Expr) -> bool {
    crate::syntax::is_constant(expr) || matches!(expr, Expr::Name(_))
}

/// Whether, in `value` (the set already replaced by the name `distinct`), every part off the path to
/// `distinct` is plain: then building the set before the statement moves nothing else the statement
/// evaluates before or after it (`names = sorted(...)`, `print("distinct", len(...))`).
fn only_the_set_moves(value: &Expr, distinct: &str) -> bool {
    fn check(expr: &Expr, distinct: &str) -> bool {
        if !holds_name(expr, distinct) {
            return is_plain(expr) || matches!(expr, Expr::Lambda(_));
        }
        match expr {
            Expr::Name(_) => true,
            // `out.append(len({...}))` (session 36): a method of a name as the callee, read without
            // effects before its arguments.
            Expr::Call(call) if matches!(&*call.func, Expr::Attribute(method) if matches!(&*method.value, Expr::Name(_))) =>
            {
                let arguments =
                    call.arguments.args.iter().chain(call.arguments.keywords.iter().map(|keyword| &keyword.value));
                arguments.into_iter().all(|argument| check(argument, distinct))
            }
            // A call's callee on the path is a builtin's name, checked by `consumes_a_set` or plain.
            Expr::Call(_)
            | Expr::BinOp(_)
            | Expr::Compare(_)
            | Expr::Tuple(_)
            | Expr::List(_)
            | Expr::UnaryOp(_)
            | Expr::Subscript(_) => {
                let mut copy = expr.clone();
                children(&mut copy).into_iter().all(|child| check(child, distinct))
            }
            _ => false,
        }
    }
    check(value, distinct)
}

/// The direct sub-expressions of `expr` that a statement's value may hold the call in.
fn children(expr: &mut Expr) -> Vec<&mut Expr> {
    match expr {
        Expr::Call(call) => {
            let mut parts: Vec<&mut Expr> = vec![&mut *call.func];
            parts.extend(call.arguments.args.iter_mut());
            parts.extend(call.arguments.keywords.iter_mut().map(|keyword| &mut keyword.value));
            parts
        }
        Expr::BinOp(binary) => vec![&mut *binary.left, &mut *binary.right],
        Expr::Compare(compare) => {
            let mut parts: Vec<&mut Expr> = vec![&mut *compare.left];
            parts.extend(compare.comparators.iter_mut());
            parts
        }
        Expr::Tuple(tuple) => tuple.elts.iter_mut().collect(),
        Expr::List(list) => list.elts.iter_mut().collect(),
        Expr::Subscript(subscript) => vec![&mut *subscript.value, &mut *subscript.slice],
        Expr::UnaryOp(unary) => vec![&mut *unary.operand],
        _ => Vec::new(),
    }
}

/// `{f.result() for f in futures}` (with tests, or one generator only): the members are futures'
/// results. A member that may be a tuple (`{m for m in moves}` of a list of pairs,
/// session31/checks/k75) would be a tuple key of the dict, which weft's maps take only as tuple_keyed_maps.rs
/// declares them: such a set keeps its refusal. A job's result that is a tuple is the engine's fault
/// there, which says so (weft's limit, never a silent answer).
fn is_set_of_results(set: &ast::ExprSetComp) -> bool {
    let [generator] = &set.generators[..] else { return false };
    let Expr::Name(variable) = &generator.target else { return false };
    matches!(&*set.elt, Expr::Call(call)
        if call.arguments.args.is_empty()
            && call.arguments.keywords.is_empty()
            && matches!(&*call.func, Expr::Attribute(method)
                if method.attr.as_str() == "result"
                    && matches!(&*method.value, Expr::Name(future) if future.id == variable.id)))
}

#[cfg(test)]
mod tests {
    /// The set at `marker`'s first offset in `source`, rewritten: whether the rewrite took it, and the
    /// module's statements before and after.
    fn rewrite(source: &str, marker: &str) -> (bool, String, String) {
        let parsed = ruff_python_parser::parse_module(source).expect("valid Python");
        let mut body = parsed.into_syntax().body;
        let before = format!("{body:?}");
        let offset = source.find(marker).expect("the marker is in the source");
        let rewritten = super::rewrite_distinct_set_at(&mut body, offset);
        (rewritten, before, format!("{body:?}"))
    }

    /// s35seams: a set whose loop cannot be written (a test holding a comprehension) leaves its
    /// statement as it was, where the rewrite had already put `$distinct` in the set's place; a set
    /// whose loop can be written is rewritten as before.
    #[test]
    fn a_set_whose_loop_cannot_be_written_leaves_its_statement_whole() {
        let refused = "names = sorted({f.result() for f in fs if f in [g for g in gs]})\n";
        let (rewritten, before, after) = rewrite(refused, "{f.result()");
        assert!(!rewritten);
        assert_eq!(before, after);
        let taken = "names = sorted({f.result() for f in fs if f.done()})\n";
        let (rewritten, before, after) = rewrite(taken, "{f.result()");
        assert!(rewritten);
        assert!(after.contains("$distinct") && before != after);
    }
}
