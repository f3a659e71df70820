//! `return await aw`, before translation: the same program as `value = await aw` then `return value`
//! (Python evaluates the `await` first, then returns what it gave), which the translator follows. The
//! local is named apart from every name of the function; both statements carry the `return`'s range.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

/// Rewrites every `return await ...` in the module's `async def`s (methods too).
pub fn split_return_awaits(body: &mut [Stmt]) {
    crate::blocks::for_each_async_def(body, split_in_function);
}

fn split_in_function(def: &mut ast::StmtFunctionDef) {
    let mut names = Names::default();
    names.visit_body(&def.body);
    let mut local = "awaited".to_string();
    let mut suffix = 2;
    while names.0.contains(&local) || def.parameters.iter().any(|parameter| parameter.name().as_str() == local) {
        local = format!("awaited{suffix}");
        suffix += 1;
    }
    split_in_block(&mut def.body, &local);
}

/// A block's own `return await`s, and those of the blocks nested in it.
fn split_in_block(block: &mut ruff_python_ast::Suite, local: &str) {
    let mut index = 0;
    while index < block.len() {
        for inner in crate::blocks::nested_blocks(&mut block[index]) {
            split_in_block(inner, local);
        }
        if let Some((assign, ret)) = split(&block[index], local) {
            block[index] = ret;
            block.insert(index, assign);
            index += 1;
        }
        index += 1;
    }
}

/// `return await aw` as `local = await aw` and `return local`.
fn split(stmt: &Stmt, local: &str) -> Option<(Stmt, Stmt)> {
    let Stmt::Return(ret) = stmt else { return None };
    let value = ret.value.as_deref()?;
    if !matches!(value, Expr::Await(_)) {
        return None;
    }
    let range = ret.range();
    let name = |ctx| {
        Expr::Name(ast::ExprName {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            id: ast::name::Name::new(local),
            ctx,
        })
    };
    let assign = Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        targets: vec![name(ast::ExprContext::Store)],
        value: Box::new(value.clone()),
    });
    let returned = Stmt::Return(ast::StmtReturn {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        value: Some(Box::new(name(ast::ExprContext::Load))),
    });
    Some((assign, returned))
}

/// Every name a function's body mentions.
#[derive(Default)]
struct Names(BTreeSet<String>);

impl<'a> Visitor<'a> for Names {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(name) = expr {
            self.0.insert(name.id.to_string());
        }
        walk_expr(self, expr);
    }
}
