//! A list comprehension whose element (or test) holds a call the translator refused inside an expression
//! (`values = [f.result() for f in futures]`, `print([q.get() for _ in range(3)])`, `outcomes =
//! [fetch_with_retry(pool, key) for key in keys]`), written out as the loop Python runs, before the
//! statement that uses it (hoisting.rs decides where it may go): `values_list = []`, then `for f in
//! futures: values_list.append(f.result())` (with the comprehension's `if`s as `if` statements and its
//! later `for`s nested), and the statement reads the list. CPython's comprehension is that loop: the
//! first iterable evaluated once, in the scope around it, then per item the tests and the element, in
//! order, each appended to a new list that the expression gives when the loop ends. The loop's variables
//! are renamed apart (a comprehension's own scope: they do not leak, and shadow the names around), and the
//! list is a fresh name, so the program's own names are bound exactly when Python binds them. Each call
//! of the element then stands where the translator takes it (the argument of `append`, hoisted again to
//! a line of its own where needed), one call per item, in order.
//!
//! A set or dict comprehension, a generator (consumed lazily by its caller, which may stop early: `any`,
//! `all`, `next`), and an `async for` stay refused, as does a comprehension in a class's body (whose
//! element does not see the class's names, which the loop would).

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::syntax::name;

/// Why the list comprehension that holds the call at `offset` (in its element, a test or a later
/// iterable) cannot become a loop, or `None` when it can. The first iterable is not asked about: it is
/// evaluated once, before the loop, where the call in it is hoisted as anywhere else.
pub fn why_not_looped(comprehension: &ast::ExprListComp) -> Option<&'static str> {
    if comprehension.generators.iter().any(|generator| generator.is_async) {
        return Some("a comprehension with `async for` is not written out as a loop");
    }
    None
}

/// Whether `offset` lies in the first iterable of the comprehension, which Python evaluates once, before
/// the loop, in the scope around it.
pub fn in_first_iterable(comprehension: &ast::ExprListComp, offset: usize) -> bool {
    comprehension.generators.first().is_some_and(|generator| {
        let range = generator.iter.range();
        range.start().to_usize() <= offset && offset < range.end().to_usize()
    })
}

/// A name for the list the loop makes: after the callee of a call element (`result_values` of
/// `[f.result() for f in futures]`), `values` otherwise.
pub fn list_name(comprehension: &ast::ExprListComp) -> String {
    let callee = match &*comprehension.elt {
        Expr::Call(call) => match &*call.func {
            Expr::Name(function) => Some(function.id.to_string()),
            Expr::Attribute(attribute) => Some(attribute.attr.to_string()),
            _ => None,
        },
        _ => None,
    };
    callee.map_or_else(|| "values".to_string(), |callee| format!("{callee}_values"))
}

/// `list = []` and the loop that fills it, Python's comprehension written out.
pub fn comprehension_as_loop(comprehension: &ast::ExprListComp, list: &str) -> Vec<Stmt> {
    let mut statements = vec![empty_list(list, comprehension.range)];
    statements.extend(appending_loop(comprehension, list));
    statements
}

/// The loop Python's comprehension runs, each element appended to `list` (which must exist): its
/// variables renamed apart, its `if`s as `if` statements, its later `for`s nested.
pub fn appending_loop(comprehension: &ast::ExprListComp, list: &str) -> Vec<Stmt> {
    let range = comprehension.range;
    let at = u32::from(range.start());
    let (renamed, _) = crate::translate::renamed_apart(comprehension, at);
    let append = appended(list, (*renamed.elt).clone(), range);
    crate::translate::comprehension_loop(&renamed, append, true)
}

/// `list = []`. Its parts span nothing (at the comprehension's start): a refusal inside the element is
/// looked for in the loop, not here.
fn empty_list(list: &str, range: TextRange) -> Stmt {
    let nowhere = TextRange::empty(range.start());
    let empty = Expr::List(ast::ExprList {
        node_index: Default::default(),
        range: nowhere,
        elts: Vec::new(),
        ctx: ast::ExprContext::Load,
    });
    Stmt::Assign(ast::StmtAssign {
        node_index: Default::default(),
        range,
        targets: vec![name(list, nowhere, ast::ExprContext::Store)],
        value: Box::new(empty),
    })
}

/// `list.append(element)` as a statement. The call spans the whole comprehension, so it starts before
/// the element: a refusal at the element's start names the element's call, not the `append`; the
/// method spans nothing, so the element is the one part that holds such a refusal.
fn appended(list: &str, element: Expr, range: TextRange) -> Stmt {
    let nowhere = TextRange::empty(range.start());
    let method = Expr::Attribute(ast::ExprAttribute {
        node_index: Default::default(),
        range: nowhere,
        value: Box::new(name(list, nowhere, ast::ExprContext::Load)),
        attr: ast::Identifier::new("append", nowhere),
        ctx: ast::ExprContext::Load,
    });
    let call = Expr::Call(ast::ExprCall {
        node_index: Default::default(),
        range_start: range.start(),
        func: Box::new(method),
        arguments: ast::Arguments {
            node_index: Default::default(),
            range,
            args: vec![element].into(),
            keywords: Vec::new().into(),
        },
    });
    Stmt::Expr(ast::StmtExpr { node_index: Default::default(), range, value: Box::new(call) })
}
