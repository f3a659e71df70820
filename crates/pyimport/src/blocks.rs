//! What the rewrites before translation (coroutine_lists.rs, return_await.rs) walk: the module's
//! `async def`s, methods too, and the statement lists nested in a statement.

use ruff_python_ast::{self as ast, Stmt, Suite};

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
