//! A choice between objects the import follows by name, made when the program runs:
//! `book, other = (bids, asks) if side == "buy" else (asks, bids)` (session32/q06), `mine = left if own
//! == 0 else right` of shared lists, dicts, instances or locks. The import follows each such object by
//! the name that holds it at import time, so a local that holds one or another depending on the run
//! has no value; the translator refuses the conditional (translate/chosen_containers.rs). The code is
//! then written out as an `if`/`else` on the same test, each branch the statements after the choice
//! with each chosen local written as the global it names in that branch, and translated again:
//!
//! ```python
//! book, other = (bids, asks) if buy else (asks, bids)   # if buy:
//! book.append(x)                                        #     bids.append(x)
//! other.pop()                                           #     asks.pop()
//!                                                       # else:
//!                                                       #     asks.append(x)
//!                                                       #     bids.pop()
//! ```
//!
//! Python tests the condition once, then takes the objects the branch it picked names; the `if` tests
//! it once at the same point. Each later read of the local is that object. It is exact where these
//! hold, and the choice stays refused where they do not:
//!
//! - the choice is an assignment inside a function, of one name or a tuple of names, each branch a
//!   name (or a tuple display of names as long as the target) of a module global bound once in the
//!   whole file (no `global` statement rebinds it), so that reading it later reads the same object,
//!   and which the function has no local of (the name written in reads the global);
//! - every other mention of each chosen local in the function is a read in the statements after the
//!   choice in its block, outside nested functions, lambdas and comprehensions (object_keys.rs's rule
//!   for `x = d[key]`): nothing else sees the local.

use std::collections::BTreeMap;

use ruff_python_ast::visitor::transformer::Transformer;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// The translator's refusal of a choice between objects it follows by name, kept where the rewrite
/// does not apply.
pub const REFUSAL: &str = "a choice between shared lists or dicts made when the program runs (`x if c else y`) is not supported here: weft follows each by the name that holds it, fixed at import time; it writes out `x = a if c else b` (or `x, y = (a, b) if c else (b, a)`) inside a function where `a` and `b` are module globals bound once and `x` is read only by the statements after it in its block (not in a lambda, a comprehension or a nested function); else write an `if`/`else` whose branches each use the one they need by its own name";

/// Rewrites the choice whose conditional starts at `offset` as an `if`/`else`, each branch the code
/// after it with its own objects; false where that would not be exact (module docs).
pub fn dispatch_chosen_objects_at(body: &mut ast::Suite, offset: usize) -> bool {
    let (_, bindings) = crate::syntax::name_counts(body);
    let Some(plan) = find(body, offset, &bindings) else { return false };
    let Some(block) = crate::blocks::block_at_mut(body, &plan.path) else { return false };
    let dispatch = written_out(block, &plan);
    block.splice(plan.index.., [dispatch]);
    true
}

/// Where the choice is, and what each branch writes for each chosen local.
struct Plan {
    /// From the module down to the block holding the choice: each statement's index and which of its
    /// blocks.
    path: Vec<(usize, usize)>,
    /// The choice's index in that block.
    index: usize,
    test: Expr,
    /// For the test's true branch, then its false one.
    branches: [Branch; 2],
}

/// One branch of a choice: each chosen local and the global it names there.
type Branch = Vec<(String, Expr)>;

/// The choice whose conditional starts at `offset`, in the innermost block holding it.
fn find(module: &[Stmt], offset: usize, bindings: &BTreeMap<String, usize>) -> Option<Plan> {
    let mut plan_at = |block, index, function| plan_at(block, index, offset, function, bindings);
    let (at, (test, branches)) = crate::blocks::find_in_function_at(module, offset, &mut plan_at)?;
    Some(Plan { path: at.blocks, index: at.index, test, branches })
}

/// The test and each branch's locals and globals of the choice `block[index]`, if it may be written
/// out.
fn plan_at(
    block: &[Stmt],
    index: usize,
    offset: usize,
    function: &ast::StmtFunctionDef,
    bindings: &BTreeMap<String, usize>,
) -> Option<(Expr, [Branch; 2])> {
    let Stmt::Assign(assign) = &block[index] else { return None };
    let [target] = &assign.targets[..] else { return None };
    let Expr::If(conditional) = &*assign.value else { return None };
    if conditional.start().to_usize() != offset {
        return None;
    }
    let locals: Vec<&str> = match target {
        Expr::Name(name) => vec![name.id.as_str()],
        Expr::Tuple(tuple) => tuple
            .elts
            .iter()
            .map(|element| match element {
                Expr::Name(name) => Some(name.id.as_str()),
                _ => None,
            })
            .collect::<Option<_>>()?,
        _ => return None,
    };
    let distinct: std::collections::BTreeSet<&str> = locals.iter().copied().collect();
    if distinct.len() != locals.len() {
        return None;
    }
    let rest = &block[index + 1..];
    if !locals.iter().all(|local| crate::object_keys::read_only_after(function, local, rest)) {
        return None;
    }
    let chosen = |branch: &Expr| -> Option<Branch> {
        let globals: Vec<&Expr> = match (target, branch) {
            (Expr::Name(_), Expr::Name(_)) => vec![branch],
            (Expr::Tuple(_), Expr::Tuple(tuple)) if tuple.elts.len() == locals.len() => tuple.elts.iter().collect(),
            _ => return None,
        };
        let stays = |global: &Expr| match global {
            Expr::Name(name) => {
                let name = name.id.as_str();
                bindings.get(name) == Some(&1) && !crate::object_keys::is_local(function, name)
            }
            _ => false,
        };
        if !globals.iter().all(|global| stays(global)) {
            return None;
        }
        Some(locals.iter().map(|local| local.to_string()).zip(globals.into_iter().cloned()).collect())
    };
    let branches = [chosen(&conditional.body)?, chosen(&conditional.orelse)?];
    Some(((*conditional.test).clone(), branches))
}

/// `if test:` with the statements after the choice in each branch, its locals written as the globals
/// the branch names.
fn written_out(block: &[Stmt], plan: &Plan) -> Stmt {
    let choice = &block[plan.index];
    let mut dispatch = crate::hand_futures::parsed_at("if x:\n    pass\nelse:\n    pass\n", choice.range()).remove(0);
    let Stmt::If(node) = &mut dispatch else { unreachable!("weft's own `if`") };
    *node.test = plan.test.clone();
    node.range = TextRange::new(choice.start(), block.last().map_or(choice.end(), Ranged::end));
    let bodies = std::iter::once(&mut node.body).chain(node.elif_else_clauses.iter_mut().map(|c| &mut c.body));
    for (body, branch) in bodies.zip(&plan.branches) {
        let mut rest: Vec<Stmt> = block[plan.index + 1..].to_vec();
        for (local, global) in branch {
            let replace = crate::object_keys::ReplaceName { name: local, with: global };
            for stmt in &mut rest {
                replace.visit_stmt(stmt);
            }
        }
        if !rest.is_empty() {
            *body = rest.into();
        }
    }
    dispatch
}
