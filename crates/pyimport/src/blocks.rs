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
