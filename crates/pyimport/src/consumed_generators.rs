//! `squares = sorted(out.get() for _ in procs)` (session29/m01: a queue's `get` in a generator
//! expression that `sorted` consumes), refused by the translator at the generator ("a generator
//! expression as a value is not supported here"), is written, after that refusal, as
//!
//! ```python
//! consumed = [out.get() for _ in procs]
//! squares = sorted(consumed)
//! ```
//!
//! and translated again. `sorted(g)`, `list(g)` and `tuple(g)` first take every item of `g`, in order,
//! into a new list (CPython's `PySequence_List`, `list_extend`), before anything else of the call: the
//! comprehension runs the same element expressions in the same order, each with its effects (a queue's
//! `get` waits and takes an item), and raises where the generator would. The generator's first iterable
//! is evaluated where the generator is made in both, and nothing else of the statement comes between:
//! taken only where the call is the statement's whole value (`x = sorted(g)`, `return list(g)`), its
//! one argument the generator, `sorted`'s `reverse=` a constant, and the file binds no name of the
//! builtin. Not in a class body, where a comprehension's scope differs.

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::blocks::Classes;
use crate::syntax::{fresh_name, name};

/// Builtins that take their argument's every item into a list before anything else.
const CONSUMERS: [&str; 3] = ["sorted", "list", "tuple"];

/// Rewrites the statement whose consumed generator starts at `offset` (the translator's refusal), as
/// the module docs say; false when there is none there.
pub fn hoist_consumed_generator_at(body: &mut ast::Suite, offset: usize) -> bool {
    let (_, bindings) = crate::syntax::name_counts(body);
    if CONSUMERS.iter().any(|builtin| bindings.contains_key(*builtin)) {
        return false;
    }
    let mut taken = crate::syntax::module_names(body);
    crate::blocks::rewrite_statement_at(body, offset, Classes::Skipped, |block, index| {
        hoist_at(block, index, offset, &mut taken)
    })
}

/// Puts the list of the generator at `offset` before `block[index]`, when that statement consumes it.
fn hoist_at(block: &mut ast::Suite, index: usize, offset: usize, taken: &mut BTreeSet<String>) -> bool {
    let Some(value) = statement_value(&mut block[index]) else { return false };
    let Some(generator) = consumed_generator(value, offset) else { return false };
    let consumed = fresh_name("consumed", taken);
    // The list spans the call (`sorted(...)`), so that the generator's element lies inside it,
    // as a comprehension's element lies inside its brackets, where hoisting.rs looks.
    let call_range = value.range();
    let made = crate::syntax::listed(call_range, &generator.elt, &generator.generators);
    replace_argument(value, name(&consumed, generator.range, ast::ExprContext::Load));
    let assignment = Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range: call_range,
        targets: vec![name(&consumed, call_range, ast::ExprContext::Store)],
        value: Box::new(Expr::ListComp(made)),
    });
    block.insert(index, assignment);
    true
}

/// The whole value of an assignment or a `return`.
fn statement_value(stmt: &mut Stmt) -> Option<&mut Expr> {
    match stmt {
        Stmt::Assign(assign) => Some(&mut assign.value),
        Stmt::AnnAssign(assign) => assign.value.as_deref_mut(),
        Stmt::Return(returned) => returned.value.as_deref_mut(),
        _ => None,
    }
}

/// The generator `value` consumes whole, when `value` is `sorted(g)`, `list(g)` or `tuple(g)` (with
/// a constant `reverse=` for `sorted`) and `g` starts at `offset`.
fn consumed_generator(value: &Expr, offset: usize) -> Option<ast::ExprGenerator> {
    let Expr::Call(call) = value else { return None };
    let Expr::Name(function) = &*call.func else { return None };
    let function = function.id.as_str();
    if !CONSUMERS.contains(&function) {
        return None;
    }
    let [Expr::Generator(generator)] = &call.arguments.args[..] else { return None };
    let keywords_plain = call.arguments.keywords.iter().all(|keyword| {
        function == "sorted"
            && keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == "reverse")
            && crate::syntax::is_constant(&keyword.value)
    });
    let here = generator.range.start().to_usize() == offset;
    (here && keywords_plain && !generator.generators.iter().any(|loop_| loop_.is_async)).then(|| generator.clone())
}

fn replace_argument(value: &mut Expr, replacement: Expr) {
    if let Expr::Call(call) = value
        && let Some(argument) = call.arguments.args.first_mut()
    {
        *argument = replacement;
    }
}
