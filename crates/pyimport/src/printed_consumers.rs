//! `print("big items:", sorted(name for name, rec in table.items() if rec["big"]))` (session 36:
//! session35/q02's last line): a builtin that consumes a comprehension, as an argument of `print`,
//! where a part of the comprehension has a step of its own or may raise (`rec["big"]` of a dict made
//! at run time). The translator refuses the part; a comprehension evaluates its parts once per item,
//! so the part cannot go to a line of its own (hoisting.rs), but the whole consuming call can:
//!
//! ```python
//! sorted_result = sorted(name for name, rec in table.items() if rec["big"])
//! print("big items:", sorted_result)
//! ```
//!
//! which the translator imports as an assignment's value (consumed_generators.rs and the forms of
//! comprehensions made at run time). Exact because `print` evaluates its arguments left to right and
//! every argument before this one, and every keyword (`sep=`, `end=`), is a constant or a name, whose
//! evaluation has no effect and which the call cannot rebind; `print` itself only reads what it is
//! given. Only for `print` (the builtin: the file binds no `print`) as a statement, and a consumer
//! among `sorted`, `sum`, `min`, `max`, `any`, `all`, `list`, `tuple`, `set`, `len` (the file binds
//! none of them) of one comprehension or generator.

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::blocks::Classes;
use crate::syntax::name;

/// The builtins that consume a comprehension whole, once, in its order.
const CONSUMERS: [&str; 10] = ["sorted", "sum", "min", "max", "any", "all", "list", "tuple", "set", "len"];

/// Rewrites the `print` statement whose refused part at `offset` lies inside a consumed comprehension,
/// as the module docs say; false when there is none there.
pub fn hoist_printed_consumer_at(body: &mut ast::Suite, offset: usize) -> bool {
    let (_, bindings) = crate::syntax::name_counts(body);
    if std::iter::once("print").chain(CONSUMERS).any(|builtin| bindings.contains_key(builtin)) {
        return false;
    }
    let mut taken = crate::syntax::module_names(body);
    crate::blocks::rewrite_statement_at(body, offset, Classes::Skipped, |block, index| {
        hoist_at(block, index, offset, &mut taken)
    })
}

fn hoist_at(block: &mut ast::Suite, index: usize, offset: usize, taken: &mut BTreeSet<String>) -> bool {
    let Stmt::Expr(statement) = &mut block[index] else { return false };
    let Expr::Call(print) = &mut *statement.value else { return false };
    if !matches!(&*print.func, Expr::Name(callee) if callee.id.as_str() == "print") {
        return false;
    }
    let arguments = &mut print.arguments;
    let Some(position) = arguments.args.iter().position(|argument| contains(argument, offset)) else {
        return false;
    };
    let before_plain = arguments.args[..position].iter().all(is_plain);
    let keywords_plain = arguments.keywords.iter().all(|keyword| is_plain(&keyword.value));
    if !before_plain || !keywords_plain || !consumes_comprehension_at(&arguments.args[position], offset) {
        return false;
    }
    let Expr::Call(consumer) = &arguments.args[position] else { return false };
    let Expr::Name(consumer_name) = &*consumer.func else { return false };
    let local = crate::syntax::fresh_name(&format!("{}_result", consumer_name.id), taken);
    let range = arguments.args[position].range();
    let consumed = std::mem::replace(&mut arguments.args[position], name(&local, range, ast::ExprContext::Load));
    let assignment = Stmt::Assign(ast::StmtAssign {
        node_index: Default::default(),
        range,
        targets: vec![name(&local, range, ast::ExprContext::Store)],
        value: Box::new(consumed),
    });
    block.insert(index, assignment);
    true
}

/// `sorted(<comprehension>)` (one of `CONSUMERS`, its keywords plain or lambdas) whose comprehension
/// holds `offset`.
fn consumes_comprehension_at(argument: &Expr, offset: usize) -> bool {
    let Expr::Call(call) = argument else { return false };
    let Expr::Name(callee) = &*call.func else { return false };
    if !CONSUMERS.contains(&callee.id.as_str()) {
        return false;
    }
    let keywords_plain = call
        .arguments
        .keywords
        .iter()
        .all(|keyword| is_plain(&keyword.value) || matches!(keyword.value, Expr::Lambda(_)));
    let [comprehension] = &call.arguments.args[..] else { return false };
    keywords_plain
        && matches!(comprehension, Expr::Generator(_) | Expr::ListComp(_) | Expr::SetComp(_))
        && contains(comprehension, offset)
}

fn contains(expr: &Expr, offset: usize) -> bool {
    expr.range().start().to_usize() <= offset && offset < expr.range().end().to_usize()
}

/// A constant or a name: evaluated without effects.
fn is_plain(expr: &Expr) -> bool {
    crate::syntax::is_constant(expr) || matches!(expr, Expr::Name(_))
}
