//! `int(row)` as a statement inside a function, the "validate by its ValueError" idiom (`try: int(row)
//! except ValueError: rejected += 1`), as `unused_int = int(row)` with a name the module does not use:
//! the value form is modelled with CPython's ValueError for a text that is not a whole number (and
//! refuses what weft cannot read as CPython does), so the statement raises exactly where CPython's
//! does. Left as written, the statement is refused (translate/unmodelled_call_statements.rs). At the
//! module's own level it stays refused, where the fresh name would be a global of the scenario.

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::syntax::{BlockRewrite, fresh_name, module_names, name, name_counts, rewrite_inner_blocks};

/// Rewrites every `int(...)` statement in the module's functions, in place.
pub fn rewrite_discarded_int_values(body: &mut ast::Suite) {
    let (_, bindings) = name_counts(body);
    if bindings.contains_key("int") {
        // `int` is the program's own name somewhere: not the builtin.
        return;
    }
    let mut rewrite = DiscardedIntValues { taken: module_names(body) };
    for stmt in body.iter_mut() {
        match stmt {
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => rewrite_inner_blocks(stmt, &mut rewrite),
            _ => {}
        }
    }
}

struct DiscardedIntValues {
    taken: BTreeSet<String>,
}

impl BlockRewrite for DiscardedIntValues {
    fn statement(&mut self, mut stmt: Stmt) -> Vec<Stmt> {
        rewrite_inner_blocks(&mut stmt, self);
        let Stmt::Expr(statement) = &stmt else { return vec![stmt] };
        let Expr::Call(call) = &*statement.value else { return vec![stmt] };
        if !matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == "int") {
            return vec![stmt];
        }
        let range = stmt.range();
        let unused = fresh_name("unused_int", &mut self.taken);
        vec![Stmt::Assign(ast::StmtAssign {
            node_index: Default::default(),
            range,
            targets: vec![name(&unused, range, ast::ExprContext::Store)],
            value: statement.value.clone(),
        })]
    }
}
