//! What the rewrites before translation (coroutine_lists.rs, return_await.rs) walk: the module's
//! `async def`s, methods too, and the statement lists nested in a statement; and the one walk down to
//! the statement at a refusal's offset that the rewrites after a refusal share (`rewrite_statement_at`).

use ruff_python_ast::{self as ast, Stmt, Suite};
use ruff_text_size::Ranged;

/// Calls `rewrite` on every `async def` of the module: its functions and its classes' methods.
pub fn for_each_async_def(body: &mut [Stmt], mut rewrite: impl FnMut(&mut ast::StmtFunctionDef)) {
    for stmt in body.iter_mut() {
        match stmt {
            Stmt::FunctionDef(def) if def.is_async => rewrite(def),
            Stmt::ClassDef(class) => {
                for inner in class.body.iter_mut() {
                    if let Stmt::FunctionDef(def) = inner
                        && def.is_async
                    {
                        rewrite(def);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The statement lists directly inside `stmt`: the bodies of `if`/`elif`/`else`, of loops and their
/// `else`, of `with`, and of `try`'s parts and handlers.
pub fn nested_blocks(stmt: &mut Stmt) -> Vec<&mut Suite> {
    match stmt {
        Stmt::If(node) => {
            let mut blocks = vec![&mut node.body];
            blocks.extend(node.elif_else_clauses.iter_mut().map(|clause| &mut clause.body));
            blocks
        }
        Stmt::For(node) => vec![&mut node.body, &mut node.orelse],
        Stmt::While(node) => vec![&mut node.body, &mut node.orelse],
        Stmt::With(node) => vec![&mut node.body],
        Stmt::Try(node) => {
            let mut blocks = vec![&mut node.body, &mut node.orelse, &mut node.finalbody];
            for handler in node.handlers.iter_mut() {
                let ast::ExceptHandler::ExceptHandler(handler) = handler;
                blocks.push(&mut handler.body);
            }
            blocks
        }
        _ => Vec::new(),
    }
}

/// `nested_blocks` of a statement read only (a nested function's body is not the enclosing code's).
pub fn nested_blocks_of(stmt: &Stmt) -> Vec<&[Stmt]> {
    match stmt {
        Stmt::If(node) => {
            let mut blocks = vec![&node.body[..]];
            blocks.extend(node.elif_else_clauses.iter().map(|clause| &clause.body[..]));
            blocks
        }
        Stmt::For(node) => vec![&node.body[..], &node.orelse[..]],
        Stmt::While(node) => vec![&node.body[..], &node.orelse[..]],
        Stmt::With(node) => vec![&node.body[..]],
        Stmt::Try(node) => {
            let mut blocks = vec![&node.body[..], &node.orelse[..], &node.finalbody[..]];
            for handler in &node.handlers {
                let ast::ExceptHandler::ExceptHandler(handler) = handler;
                blocks.push(&handler.body[..]);
            }
            blocks
        }
        _ => Vec::new(),
    }
}

/// Whether running `body` as a loop's body may leave the loop: a `break` of the loop itself (not of a
/// loop inside it) or a `return` anywhere in it (not in a function it defines).
pub fn leaves_loop(body: &[Stmt]) -> bool {
    leaves(body, true)
}

fn leaves(body: &[Stmt], breaks_count: bool) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::Return(_) => true,
        Stmt::Break(_) => breaks_count,
        Stmt::If(node) => {
            leaves(&node.body, breaks_count) || node.elif_else_clauses.iter().any(|c| leaves(&c.body, breaks_count))
        }
        Stmt::With(node) => leaves(&node.body, breaks_count),
        Stmt::Try(node) => {
            leaves(&node.body, breaks_count)
                || leaves(&node.orelse, breaks_count)
                || leaves(&node.finalbody, breaks_count)
                || node.handlers.iter().any(|handler| {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    leaves(&handler.body, breaks_count)
                })
        }
        // A loop inside has its own breaks; its `else` runs after it, in this body.
        Stmt::For(node) => leaves(&node.body, false) || leaves(&node.orelse, breaks_count),
        Stmt::While(node) => leaves(&node.body, false) || leaves(&node.orelse, breaks_count),
        _ => false,
    })
}

/// Whether a class's body is walked into on the way down to a refusal's statement. The rewrites of a
/// function's or the module's code skip it: a comprehension or a name there has a scope of its own.
#[derive(Clone, Copy, PartialEq)]
pub enum Classes {
    Skipped,
    Entered,
}

/// Rewrites the statement that holds `offset` (a refusal's place) with `rewrite(block, index)`, which
/// changes `block[index]` (and may put statements around it) and says whether it did. Tried first on
/// the outermost statement holding the offset; while it declines, on the statement holding it inside
/// that one's blocks, or its body for a `def` (and a `class` where `classes` says so), down to the
/// innermost. False when no statement took it.
pub fn rewrite_statement_at(
    block: &mut Suite,
    offset: usize,
    classes: Classes,
    mut rewrite: impl FnMut(&mut Suite, usize) -> bool,
) -> bool {
    let no_scope = |_: &Stmt, _: &()| None;
    rewrite_scoped_statement_at(block, (offset, classes), &(), &no_scope, &mut |block, index, _| rewrite(block, index))
}

/// `rewrite_statement_at` for a rewrite that needs to know the code around the statement (the
/// enclosing function's uses of names, whether it is inside a `try`): `scope` is the outermost block's,
/// and `inner_scope(stmt, scope)` gives the scope of `stmt`'s blocks or body (None: the same).
pub fn rewrite_scoped_statement_at<S>(
    block: &mut Suite,
    (offset, classes): (usize, Classes),
    scope: &S,
    inner_scope: &impl Fn(&Stmt, &S) -> Option<S>,
    rewrite: &mut impl FnMut(&mut Suite, usize, &S) -> bool,
) -> bool {
    let holds = |stmt: &Stmt| stmt.range().start().to_usize() <= offset && offset < stmt.range().end().to_usize();
    let Some(index) = block.iter().position(holds) else { return false };
    if rewrite(block, index, scope) {
        return true;
    }
    let entered = inner_scope(&block[index], scope);
    let scope = entered.as_ref().unwrap_or(scope);
    let inner = match &mut block[index] {
        Stmt::FunctionDef(def) => vec![&mut def.body],
        Stmt::ClassDef(class) if classes == Classes::Entered => vec![&mut class.body],
        Stmt::ClassDef(_) => Vec::new(),
        other => nested_blocks(other),
    };
    inner.into_iter().any(|block| rewrite_scoped_statement_at(block, (offset, classes), scope, inner_scope, rewrite))
}

/// Where a statement is: from the module down to the block holding it, each statement's index and
/// which of its blocks (`blocks_and_bodies`), then its index in that block.
pub struct StatementPath {
    pub blocks: Vec<(usize, usize)>,
    pub index: usize,
}

/// The statement holding `offset` inside a function that `plan_at(block, index, function)` takes,
/// with its plan: tried on the innermost statement holding the offset first, then outwards; the
/// function is the innermost `def` around the statement (a class's body is no function's code, so a
/// statement directly in one is not tried). The rewrites of a dict's or a list's objects looked up at
/// run time (object_keys.rs) and of a choice between objects (chosen_objects.rs) find their statement
/// with it, then change the block `block_at_mut` gives.
pub fn find_in_function_at<'a, T>(
    body: &'a [Stmt],
    offset: usize,
    plan_at: &mut impl FnMut(&'a [Stmt], usize, &'a ast::StmtFunctionDef) -> Option<T>,
) -> Option<(StatementPath, T)> {
    find_below(body, offset, None, &mut Vec::new(), plan_at)
}

fn find_below<'a, T>(
    block: &'a [Stmt],
    offset: usize,
    function: Option<&'a ast::StmtFunctionDef>,
    path: &mut Vec<(usize, usize)>,
    plan_at: &mut impl FnMut(&'a [Stmt], usize, &'a ast::StmtFunctionDef) -> Option<T>,
) -> Option<(StatementPath, T)> {
    for (index, stmt) in block.iter().enumerate() {
        let range = stmt.range();
        if offset < range.start().to_usize() || offset >= range.end().to_usize() {
            continue;
        }
        let inner = match stmt {
            Stmt::FunctionDef(def) => Some(def),
            Stmt::ClassDef(_) => None,
            _ => function,
        };
        for (child, nested) in blocks_and_bodies(stmt).into_iter().enumerate() {
            path.push((index, child));
            if let Some(found) = find_below(nested, offset, inner, path, plan_at) {
                return Some(found);
            }
            path.pop();
        }
        if let Some(function) = function
            && let Some(plan) = plan_at(block, index, function)
        {
            return Some((StatementPath { blocks: path.clone(), index }, plan));
        }
    }
    None
}

/// The block `path` (a `StatementPath`'s blocks) leads to from `body`, to change.
pub fn block_at_mut<'a>(body: &'a mut Suite, path: &[(usize, usize)]) -> Option<&'a mut Suite> {
    let mut block = body;
    for &(index, child) in path {
        block = blocks_and_bodies_mut(&mut block[index]).into_iter().nth(child)?;
    }
    Some(block)
}

/// A statement's blocks, a function's or class's body among them.
fn blocks_and_bodies(stmt: &Stmt) -> Vec<&[Stmt]> {
    match stmt {
        Stmt::FunctionDef(def) => vec![&def.body[..]],
        Stmt::ClassDef(class) => vec![&class.body[..]],
        other => nested_blocks_of(other),
    }
}

/// `blocks_and_bodies`, to change.
fn blocks_and_bodies_mut(stmt: &mut Stmt) -> Vec<&mut Suite> {
    match stmt {
        Stmt::FunctionDef(def) => vec![&mut def.body],
        Stmt::ClassDef(class) => vec![&mut class.body],
        other => nested_blocks(other),
    }
}
