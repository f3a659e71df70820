//! A gather kept in a name and awaited in the very next statement, before translation:
//! `job = asyncio.gather(a(), b())` then `await asyncio.wait_for(job, timeout=0.1)` (or `await job`,
//! `results = await job`), also where that statement is the first of a `try:` that follows
//! (session31/a10), is the same program as the gather written into its use: `gather` wraps its
//! coroutines in tasks when it is called, and nothing runs between the call and the `await` (entering a
//! `try:` evaluates nothing), so no task of the loop steps in between either way. The translator follows
//! a gather where it is awaited, so the call is written into its use, done on the syntax tree.
//!
//! Only where nothing can tell the two programs apart: the name is a plain one, bound once in the
//! function and read once, in the statement that follows (or the first statement of the `try:` bodies
//! that follow), as the operand of that statement's `await` or the first argument of an awaited
//! `asyncio.wait_for`; and evaluating the gather's arguments cannot raise (names, constants, calls of
//! the module's `async def`s over such, `*tasks`, `*[c(i) for i in range(n)]`), since the `try:` would
//! now catch what the gather raised outside it. A gather whose name is used otherwise (awaited after
//! other statements, its children cancelled meanwhile, `job.cancel()`) is left to the translator, which
//! refuses it.

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr, Stmt};

use crate::coroutine_lists::{constant_iterable, name_reads, name_stores, simple_value};

/// Rewrites every `async def` of the module (methods too) in place.
pub fn inline_kept_gathers(body: &mut [Stmt]) {
    let coroutines = crate::coroutine_lists::async_functions(body);
    crate::blocks::for_each_async_def(body, |def| {
        let (reads, stores) = (name_reads(&def.body), name_stores(&def.body));
        inline_in_block(&mut def.body, &coroutines, &|name| reads.count(name) == 1 && stores.count(name) == 1);
    });
}

/// The block's own gathers kept in a name, after those of the blocks nested in it.
fn inline_in_block(block: &mut [Stmt], coroutines: &BTreeSet<String>, used_once: &dyn Fn(&str) -> bool) {
    for stmt in block.iter_mut() {
        for inner in crate::blocks::nested_blocks(stmt) {
            inline_in_block(inner, coroutines, used_once);
        }
    }
    for index in 0..block.len().saturating_sub(1) {
        let Some((name, gather)) = kept_gather(&block[index], coroutines) else { continue };
        if !used_once(&name) {
            continue;
        }
        let Some(user) = first_statement_within_tries(&mut block[index + 1]) else { continue };
        let Some(slot) = awaited_slot(user, &name) else { continue };
        *slot = gather;
        // The assignment goes; `pass` keeps the block's shape (and a body never empties).
        let range = ruff_text_size::Ranged::range(&block[index]);
        block[index] = Stmt::Pass(ast::StmtPass { node_index: ast::AtomicNodeIndex::default(), range });
    }
}

/// `name = asyncio.gather(...)` whose arguments cannot raise when evaluated: the name and the call.
fn kept_gather(stmt: &Stmt, coroutines: &BTreeSet<String>) -> Option<(String, Expr)> {
    let Stmt::Assign(assign) = stmt else { return None };
    let [Expr::Name(target)] = &assign.targets[..] else { return None };
    let Expr::Call(call) = &*assign.value else { return None };
    if !is_asyncio_attribute(&call.func, "gather") {
        return None;
    }
    let keywords_constant = call.arguments.keywords.iter().all(|keyword| crate::syntax::is_constant(&keyword.value));
    let arguments_safe = call.arguments.args.iter().all(|argument| evaluates_without_raising(argument, coroutines));
    (keywords_constant && arguments_safe).then(|| (target.id.to_string(), (*assign.value).clone()))
}

/// A gather's argument whose evaluation cannot raise: a name, a constant, a call of a coroutine function
/// of the module (or `asyncio.to_thread`: making the coroutine object runs none of its code) over such, `*name`, or `*[...]` of a
/// comprehension of such calls over a `range` or a display of constants.
fn evaluates_without_raising(argument: &Expr, coroutines: &BTreeSet<String>) -> bool {
    let mut ignored = Vec::new();
    match argument {
        Expr::Starred(starred) => match &*starred.value {
            Expr::Name(_) => true,
            Expr::ListComp(comprehension) => {
                let [generator] = &comprehension.generators[..] else { return false };
                generator.ifs.is_empty()
                    && !generator.is_async
                    && simple_value(&generator.target, &mut ignored)
                    && constant_iterable(&generator.iter, &mut ignored)
                    && simple_call(&comprehension.elt, coroutines)
            }
            _ => false,
        },
        Expr::Call(_) => simple_call(argument, coroutines),
        other => simple_value(other, &mut ignored),
    }
}

/// `f(x, "a", k=1)` or `self.f(x)` of an `async def` of the module, over names and constants.
fn simple_call(expr: &Expr, coroutines: &BTreeSet<String>) -> bool {
    let Expr::Call(call) = expr else { return false };
    let mut ignored = Vec::new();
    let arguments = call.arguments.args.iter().chain(call.arguments.keywords.iter().map(|keyword| &keyword.value));
    crate::coroutine_lists::is_coroutine_call(call, coroutines)
        && arguments.into_iter().all(|argument| simple_value(argument, &mut ignored))
}

fn is_asyncio_attribute(func: &Expr, attribute_name: &str) -> bool {
    matches!(func, Expr::Attribute(attribute)
        if attribute.attr.as_str() == attribute_name
            && matches!(&*attribute.value, Expr::Name(module) if module.id.as_str() == "asyncio"))
}

/// The statement itself, or the first statement of its `try:` body (and of a `try:` that begins that
/// body, and so on): entering a `try:` evaluates nothing.
fn first_statement_within_tries(stmt: &mut Stmt) -> Option<&mut Stmt> {
    match stmt {
        Stmt::Try(node) => first_statement_within_tries(node.body.first_mut()?),
        other => Some(other),
    }
}

/// In `await name`, `x = await name`, `await asyncio.wait_for(name, t)` or `x = await
/// asyncio.wait_for(name, t)`: the expression `name` (the first thing the statement evaluates).
fn awaited_slot<'s>(stmt: &'s mut Stmt, name: &str) -> Option<&'s mut Expr> {
    let value = match stmt {
        Stmt::Expr(node) => &mut *node.value,
        Stmt::Assign(node) if matches!(&node.targets[..], [Expr::Name(_)]) => &mut *node.value,
        _ => return None,
    };
    let Expr::Await(awaited) = value else { return None };
    let wait_for = matches!(&*awaited.value, Expr::Call(call) if is_asyncio_attribute(&call.func, "wait_for"));
    let reads_name = |expr: &Expr| matches!(expr, Expr::Name(read) if read.id.as_str() == name);
    if !wait_for {
        return reads_name(&awaited.value).then_some(&mut *awaited.value);
    }
    let Expr::Call(call) = &mut *awaited.value else { return None };
    let first = call.arguments.args.first_mut()?;
    reads_name(first).then_some(first)
}
