//! `histogram = {str(k): v for k, v in sorted(lengths.items())}` (session19/q04) and `hits =
//! dict(sorted(counter.hits.items()))` (session27/t06): a dict built from a shared dict's items, which
//! the translator refuses inside the expression ("the value of `.items()` on a shared dict is not
//! imported"). After that refusal the assignment is rewritten as the loop it runs, and translated again:
//!
//! ```python
//! histogram = {}                                  # hits = {}
//! for $k, $v in sorted(lengths.items()):          # for $key, $value in sorted(counter.hits.items()):
//!     histogram[str($k)] = $v                     #     hits[$key] = $value
//! ```
//!
//! which the translator takes (a `for` over `sorted(d.items())`: the sorted copy in one `atomic`, then
//! the loop). Exact because:
//!
//! - a comprehension is a function CPython calls: its loop runs bytecode by bytecode as the `for` does,
//!   its first iterable evaluated once in the code around it, the others and the tests per pass, the key
//!   before the value (a key that is no plain name or constant is computed into a name of its own first,
//!   since `d[k] = v` evaluates `v` first); its variables are its own, so the loop's are new names (`$k`);
//! - `dict(sorted(...))` sorts in one C call and inserts the sorted pairs in order, a later equal key
//!   overwriting, as the loop does (only over `sorted(...)`: `dict(d.items())` walks `d` in one C call,
//!   which a loop would let another thread interrupt);
//! - the bound name is mentioned in no function (and declared `global`/`nonlocal` nowhere), so no other
//!   code sees the dict while the loop fills it, where Python binds it once it is whole; the value does
//!   not read the name (the loop empties it first), and no `try` of the same scope surrounds the
//!   assignment (a handler would see the dict half filled where Python left the name as it was).
//!
//! A comprehension holding a lambda, another comprehension, `:=`, `await` or `yield` (whose scopes the
//! loop would change), an `async for`, or a file that binds `dict` or `sorted` is left as it is.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr as transform_walk_expr};
use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::blocks::Classes;
use crate::map_zips::{FunctionUses, assignment, empty_dict};
use crate::syntax::{fresh_name, name};

/// Rewrites the assignment of a dict comprehension, or of `dict(sorted(...))`, whose value holds
/// `offset` (a refusal's place) as its loop; false when there is none, or where the loop would change
/// what the program does.
pub fn rewrite_dict_build_at(body: &mut ast::Suite, offset: usize) -> bool {
    rewrite_at(body, offset, Built::Items { positions: false })
}

/// Rewrites, as `rewrite_dict_build_at` does, the assignment of a dict comprehension over `range(...)`,
/// `enumerate(xs)` or a name (see `walks_positions`), where the translator refused it for an item it
/// needed at import time (`message`): a value read when the program runs, which the loop reads so. A
/// comprehension refused for another reason (a future as its value) keeps its refusal and its words.
pub fn rewrite_dict_walk_at(body: &mut ast::Suite, offset: usize, message: &str) -> bool {
    let needed_at_import = ["weft needs this value at import time", "weft cannot iterate over"];
    let bound = crate::syntax::name_counts(body).1;
    needed_at_import.iter().any(|start| message.starts_with(start))
        && !["range", "enumerate"].iter().any(|builtin| bound.contains_key(*builtin))
        && rewrite_at(body, offset, Built::Items { positions: true })
}

/// Rewrites the assignment of `dict(pair for ...)` whose generator starts at `offset` as its loop (see
/// `generator_of_pairs`); false when there is none, or where the loop would change what the program
/// does.
pub fn rewrite_dict_of_pairs_at(body: &mut ast::Suite, offset: usize) -> bool {
    rewrite_at(body, offset, Built::Pairs)
}

/// Which dict builds a rewrite takes.
#[derive(Clone, Copy, PartialEq)]
enum Built {
    /// A comprehension over a dict's items, `dict(sorted(d.items()))`; with `positions`, also a
    /// comprehension over `range(...)` or `enumerate(xs)` (the file binds neither name).
    Items { positions: bool },
    /// `dict(pair for ...)`.
    Pairs,
}

fn rewrite_at(body: &mut ast::Suite, offset: usize, built: Built) -> bool {
    let bound = crate::syntax::name_counts(body).1;
    if ["dict", "sorted"].iter().any(|builtin| bound.contains_key(*builtin)) {
        return false;
    }
    let file = FunctionUses::of(body);
    let mut taken = crate::syntax::module_names(body);
    crate::blocks::rewrite_scoped_statement_at(
        body,
        (offset, Classes::Skipped),
        &(None, false),
        &inner_scope,
        &mut |block, index, (local, in_try)| {
            if *in_try {
                return false;
            }
            let shared = local.as_ref().unwrap_or(&file);
            let Some(statements) = loop_for(&block[index], offset, (shared, built), &mut taken) else { return false };
            block.splice(index..=index, statements);
            true
        },
    )
}

/// The scope of a statement on the walk down to a refusal's: what the functions around it share (the
/// innermost `def`'s uses of names, None at the module's level for the file's), and whether it is
/// inside a `try` of the same scope (whose handler could read the dict half filled, where Python never
/// bound it).
type Scope = (Option<FunctionUses>, bool);

/// The scope of `stmt`'s blocks or body, when not the same as its own.
fn inner_scope(stmt: &Stmt, (local, in_try): &Scope) -> Option<Scope> {
    match stmt {
        Stmt::FunctionDef(_) => Some((crate::map_zips::function_uses(stmt), false)),
        Stmt::Try(_) if !in_try => Some((local.clone(), true)),
        _ => None,
    }
}

/// The statements that stand for `stmt` when it binds a name no other code sees to a dict built from
/// items, its value holding `offset`.
fn loop_for(
    stmt: &Stmt,
    offset: usize,
    (shared, built): (&FunctionUses, Built),
    taken: &mut BTreeSet<String>,
) -> Option<Vec<Stmt>> {
    let Stmt::Assign(assign) = stmt else { return None };
    let [Expr::Name(target)] = &assign.targets[..] else { return None };
    let value = &*assign.value;
    // `d = {k: v for k, v in d.items()}` reads the dict the loop would have emptied first.
    let reads_target = crate::syntax::names_read(std::slice::from_ref(stmt)).contains(target.id.as_str());
    if !(value.range().start().to_usize() <= offset && offset < value.range().end().to_usize())
        || shared.shares(target.id.as_str())
        || reads_target
    {
        return None;
    }
    let range = assign.range;
    // `dict(pair for ...)`: each pair unpacked and stored as it comes (session 33, below).
    if built == Built::Pairs {
        let generator = generator_of_pairs(value)?;
        if generator.range.start().to_usize() != offset {
            return None;
        }
        let built =
            comprehension_loop(target.id.as_str(), Element::Pair(&generator.elt), &generator.generators, range, taken)?;
        return Some(vec![assignment(target.id.as_str(), empty_dict(range), range), built]);
    }
    // Only over a dict's items (`d.items()`, `sorted(d.items())`), the form whose refusal this lifts,
    // and a comprehension over `range(...)` or `enumerate(xs)` (session 38, below).
    let walked = match value {
        Expr::DictComp(comprehension) => {
            let first_iterable = &comprehension.generators.first()?.iter;
            walks_items(first_iterable)
                || built == Built::Items { positions: true }
                    && walks_positions(first_iterable)
                    && !holds_a_call(comprehension)
        }
        Expr::Call(call) => walks_items(call.arguments.args.first()?),
        _ => return None,
    };
    if !walked {
        return None;
    }
    let built = match value {
        Expr::DictComp(comprehension) => {
            let key = comprehension.key.as_deref()?;
            let element = Element::KeyValue(key, &comprehension.value);
            comprehension_loop(target.id.as_str(), element, &comprehension.generators, range, taken)?
        }
        _ => sorted_pairs_loop(target.id.as_str(), value, range, taken)?,
    };
    Some(vec![assignment(target.id.as_str(), empty_dict(range), range), built])
}

/// `range(...)`, `enumerate(xs)` or a name (session 38: session37/t05's `{f"phil-{seat}": count for seat,
/// count in enumerate(meals)}` of a shared list of fixed length, `{k: meals[k] for k in range(N)}`,
/// t11_v1's `{p.name: p.balance for p in participants}` of a list of instances): a comprehension whose
/// items the translator cannot compute at import time, as each pass reads what threads write. Its loop
/// stores each pair as the comprehension does, each item read when the pass reaches it, which the
/// translator walks by position (or writes out per instance).
fn walks_positions(iterable: &Expr) -> bool {
    match iterable {
        Expr::Name(_) => true,
        Expr::Call(call) => {
            call.arguments.keywords.is_empty()
                && matches!(&*call.func, Expr::Name(called) if matches!(called.id.as_str(), "range" | "enumerate"))
        }
        _ => false,
    }
}

/// Whether the comprehension's key, value or tests call anything: a dict of objects a call makes
/// (`{pool.submit(f, m): m for m in MIRRORS}`) has forms of its own, whose refusals keep their words.
fn holds_a_call(comprehension: &ast::ExprDictComp) -> bool {
    let tests = comprehension.generators.iter().flat_map(|generator| generator.ifs.iter());
    let mut parts = comprehension.key.as_deref().into_iter().chain([&*comprehension.value]).chain(tests);
    parts.any(|part| crate::syntax::any_expr(part, |expr| matches!(expr, Expr::Call(_))))
}

/// `d.items()`, or `sorted(d.items(), ...)`.
fn walks_items(iterable: &Expr) -> bool {
    let is_items = |expr: &Expr| {
        matches!(expr, Expr::Call(call) if call.arguments.args.is_empty()
            && matches!(&*call.func, Expr::Attribute(method) if method.attr.as_str() == "items"))
    };
    match iterable {
        Expr::Call(call) if matches!(&*call.func, Expr::Name(called) if called.id.as_str() == "sorted") => {
            call.arguments.args.first().is_some_and(is_items)
        }
        other => is_items(other),
    }
}

/// `for $key, $value in sorted(...): target[$key] = $value` of `dict(sorted(...))`.
fn sorted_pairs_loop(target: &str, value: &Expr, range: TextRange, taken: &mut BTreeSet<String>) -> Option<Stmt> {
    let Expr::Call(call) = value else { return None };
    let [sorted] = &call.arguments.args[..] else { return None };
    let Expr::Call(sorted_call) = sorted else { return None };
    let is_builtin = |func: &Expr, builtin: &str| matches!(func, Expr::Name(called) if called.id.as_str() == builtin);
    if !is_builtin(&call.func, "dict")
        || !call.arguments.keywords.is_empty()
        || !is_builtin(&sorted_call.func, "sorted")
    {
        return None;
    }
    let key = fresh_name("$key", taken);
    let item = fresh_name("$value", taken);
    let pair = Expr::Tuple(ast::ExprTuple {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        elts: vec![name(&key, range, ast::ExprContext::Store), name(&item, range, ast::ExprContext::Store)],
        ctx: ast::ExprContext::Store,
        parenthesized: false,
    });
    let store = item_store(
        target,
        name(&key, range, ast::ExprContext::Load),
        name(&item, range, ast::ExprContext::Load),
        range,
    );
    Some(for_loop(pair, sorted.clone(), vec![store], range))
}

/// The loop that stores each element of `comprehension` as a key of the dict `distinct` (the value
/// True), as distinct_sets.rs writes a set comprehension read by `sorted` or `len`.
pub(crate) fn set_loop(distinct: &str, comprehension: &ast::ExprSetComp, taken: &mut BTreeSet<String>) -> Option<Stmt> {
    let range = comprehension.range;
    let stored = Expr::BooleanLiteral(ast::ExprBooleanLiteral {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        value: true,
    });
    comprehension_loop(
        distinct,
        Element::KeyValue(&comprehension.elt, &stored),
        &comprehension.generators,
        range,
        taken,
    )
}

/// What each pass of a dict build stores: `{key: value for ...}`'s two parts, or the pair of
/// `dict(pair for ...)`.
enum Element<'e> {
    KeyValue(&'e Expr, &'e Expr),
    Pair(&'e Expr),
}

impl Element<'_> {
    fn parts(&self) -> Vec<&Expr> {
        match self {
            Element::KeyValue(key, value) => vec![key, value],
            Element::Pair(pair) => vec![pair],
        }
    }
}

/// The generator of `dict(g)` (the builtin, `g` its one argument, no keywords) (session 33, session32/m02:
/// `results = dict(out.get() for _ in procs)`). CPython's `dict(iterable)` takes each item in turn
/// (`PyDict_MergeFromSeq2`): the generator's element is evaluated, checked to be a pair (ValueError of
/// another length, TypeError of a value that is no sequence, as an unpacking raises), and stored, a
/// later equal key keeping its first place and taking its value, before the next element is
/// evaluated. The loop does the same: `$key, $value = element` then `target[$key] = $value`.
fn generator_of_pairs(value: &Expr) -> Option<&ast::ExprGenerator> {
    let Expr::Call(call) = value else { return None };
    let (Expr::Name(called), [Expr::Generator(generator)]) = (&*call.func, &call.arguments.args[..]) else {
        return None;
    };
    (called.id.as_str() == "dict" && call.arguments.keywords.is_empty()).then_some(generator)
}

/// The loops of `{key: value for ...}` (or `dict(pair for ...)`), innermost first written: the
/// comprehension's variables renamed to new names, its tests as `if`s, the key computed first where its
/// order could matter.
fn comprehension_loop(
    target: &str,
    element: Element,
    generators: &[ast::Comprehension],
    range: TextRange,
    taken: &mut BTreeSet<String>,
) -> Option<Stmt> {
    if generators.iter().any(|generator| generator.is_async) {
        return None;
    }
    let mut scoped = ScopedParts(false);
    element.parts().into_iter().for_each(|part| scoped.visit_expr(part));
    for (position, generator) in generators.iter().enumerate() {
        if position > 0 {
            scoped.visit_expr(&generator.iter);
        }
        generator.ifs.iter().for_each(|test| scoped.visit_expr(test));
    }
    if scoped.0 {
        return None;
    }
    let mut renamed = BTreeMap::new();
    for generator in generators {
        let mut targets = StoredNames(Vec::new());
        targets.visit_expr(&generator.target);
        for variable in targets.0 {
            let fresh = fresh_name(&format!("${variable}"), taken);
            renamed.insert(variable, fresh);
        }
    }
    let rename = Rename(&renamed);
    let renamed_expr = |expr: &Expr| {
        let mut expr = expr.clone();
        rename.visit_expr(&mut expr);
        expr
    };
    let mut body = Vec::new();
    match element {
        Element::KeyValue(key, value) => {
            let key = renamed_expr(key);
            let key = if crate::syntax::is_constant(&key) || matches!(key, Expr::Name(_)) {
                key
            } else {
                let local = fresh_name("$key", taken);
                body.push(assignment(&local, key, range));
                name(&local, range, ast::ExprContext::Load)
            };
            body.push(item_store(target, key, renamed_expr(value), range));
        }
        Element::Pair(pair) => {
            let [key, value] = ["$key", "$value"].map(|wanted| fresh_name(wanted, taken));
            body.push(unpacking([&key, &value], renamed_expr(pair), range));
            let load = |local: &str| name(local, range, ast::ExprContext::Load);
            body.push(item_store(target, load(&key), load(&value), range));
        }
    }
    // Each loop spans the comprehension's key and value too, so that a call the value makes once per
    // item (`sum(values)`) is found inside it and hoisted to a line of its own there (hoisting.rs).
    let parts = element.parts();
    let element = parts.iter().skip(1).fold(parts[0].range(), |covered, part| covered.cover(part.range()));
    for (position, generator) in generators.iter().enumerate().rev() {
        for test in generator.ifs.iter().rev() {
            body = vec![Stmt::If(ast::StmtIf {
                node_index: ast::AtomicNodeIndex::default(),
                range: test.range(),
                test: Box::new(renamed_expr(test)),
                body: body.into(),
                elif_else_clauses: Vec::new(),
            })];
        }
        // The first iterable is evaluated in the code around the comprehension, which has no `$` names.
        let iterable = if position == 0 { generator.iter.clone() } else { renamed_expr(&generator.iter) };
        body = vec![for_loop(renamed_expr(&generator.target), iterable, body, generator.range.cover(element))];
    }
    body.pop()
}

fn for_loop(target: Expr, iterable: Expr, body: Vec<Stmt>, range: TextRange) -> Stmt {
    Stmt::For(ast::StmtFor {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        is_async: false,
        target: Box::new(target),
        iter: Box::new(iterable),
        body: body.into(),
        orelse: Default::default(),
    })
}

/// `first, second = value`.
fn unpacking([first, second]: [&str; 2], value: Expr, range: TextRange) -> Stmt {
    let pair = Expr::Tuple(ast::ExprTuple {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        elts: vec![name(first, range, ast::ExprContext::Store), name(second, range, ast::ExprContext::Store)],
        ctx: ast::ExprContext::Store,
        parenthesized: false,
    });
    Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        targets: vec![pair],
        value: Box::new(value),
    })
}

/// `target[key] = value`.
fn item_store(target: &str, key: Expr, value: Expr, range: TextRange) -> Stmt {
    Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        targets: vec![Expr::Subscript(ast::ExprSubscript {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            value: Box::new(name(target, range, ast::ExprContext::Load)),
            slice: Box::new(key),
            ctx: ast::ExprContext::Store,
        })],
        value: Box::new(value),
    })
}

/// Whether an expression holds a part with a scope or a binding of its own: a lambda, a comprehension,
/// `:=`, `await` or `yield`.
struct ScopedParts(bool);

impl<'a> Visitor<'a> for ScopedParts {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if matches!(
            expr,
            Expr::Lambda(_)
                | Expr::ListComp(_)
                | Expr::SetComp(_)
                | Expr::DictComp(_)
                | Expr::Generator(_)
                | Expr::Named(_)
                | Expr::Await(_)
                | Expr::Yield(_)
                | Expr::YieldFrom(_)
        ) {
            self.0 = true;
        }
        walk_expr(self, expr);
    }
}

/// The names a comprehension's target binds.
struct StoredNames(Vec<String>);

impl<'a> Visitor<'a> for StoredNames {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(bound) = expr {
            self.0.push(bound.id.to_string());
        }
        walk_expr(self, expr);
    }
}

/// Every name of the map renamed to its new name.
struct Rename<'m>(&'m BTreeMap<String, String>);

impl Transformer for Rename<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Name(named) = expr
            && let Some(fresh) = self.0.get(named.id.as_str())
        {
            named.id = ast::name::Name::new(fresh);
        }
        transform_walk_expr(self, expr);
    }
}
