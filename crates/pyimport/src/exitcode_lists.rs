//! `codes = [p.exitcode for p in procs]`: each process's exit code is read when the program runs
//! (translate/process_exits.rs: 1 for a child an uncaught exception ended), so such a comprehension is
//! the loop of appends it means, `codes = []` then `for p in procs: codes.append(p.exitcode)`, which the
//! translator follows (a list made at run time). The loop's variable is a fresh name, as a
//! comprehension's own variable does not leak. Any other comprehension is left as written.

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::syntax::{BlockRewrite, fresh_name, module_names, name, rewrite_inner_blocks};

/// Rewrites every `NAME = [X.exitcode for X in ITER]` of the module, in place.
pub fn rewrite_exitcode_lists(body: &mut ast::Suite) {
    let mut rewrite = ExitcodeLists { taken: module_names(body) };
    rewrite.block(body);
}

struct ExitcodeLists {
    taken: BTreeSet<String>,
}

impl BlockRewrite for ExitcodeLists {
    fn statement(&mut self, mut stmt: Stmt) -> Vec<Stmt> {
        rewrite_inner_blocks(&mut stmt, self);
        let Some((target, iter)) = exitcode_comprehension(&stmt) else { return vec![stmt] };
        let range = stmt.range();
        let variable = fresh_name("exited_process", &mut self.taken);
        vec![assign_empty_list(&target, range), append_loop(&target, &variable, iter, range)]
    }
}

/// `(NAME, ITER)` of `NAME = [X.exitcode for X in ITER]` (one `for`, no `if`).
fn exitcode_comprehension(stmt: &Stmt) -> Option<(String, Expr)> {
    let Stmt::Assign(assign) = stmt else { return None };
    let [Expr::Name(target)] = assign.targets.as_slice() else { return None };
    let Expr::ListComp(comprehension) = &*assign.value else { return None };
    let [generator] = comprehension.generators.as_slice() else { return None };
    if generator.is_async || !generator.ifs.is_empty() {
        return None;
    }
    let Expr::Name(variable) = &generator.target else { return None };
    let Expr::Attribute(attribute) = &*comprehension.elt else { return None };
    let reads_variable = matches!(&*attribute.value, Expr::Name(of) if of.id == variable.id);
    (reads_variable && attribute.attr.as_str() == "exitcode").then(|| (target.id.to_string(), generator.iter.clone()))
}

/// `NAME = []`.
fn assign_empty_list(target: &str, range: TextRange) -> Stmt {
    let empty = Expr::List(ast::ExprList {
        node_index: Default::default(),
        range,
        elts: Vec::new(),
        ctx: ast::ExprContext::Load,
    });
    Stmt::Assign(ast::StmtAssign {
        node_index: Default::default(),
        range,
        targets: vec![name(target, range, ast::ExprContext::Store)],
        value: Box::new(empty),
    })
}

/// `for VARIABLE in ITER: NAME.append(VARIABLE.exitcode)`.
fn append_loop(target: &str, variable: &str, iter: Expr, range: TextRange) -> Stmt {
    let attribute = |value: Expr, attr: &str| {
        Expr::Attribute(ast::ExprAttribute {
            node_index: Default::default(),
            range,
            value: Box::new(value),
            attr: ast::Identifier::new(attr, range),
            ctx: ast::ExprContext::Load,
        })
    };
    let exitcode = attribute(name(variable, range, ast::ExprContext::Load), "exitcode");
    let append = Expr::Call(ast::ExprCall {
        node_index: Default::default(),
        range_start: range.start(),
        func: Box::new(attribute(name(target, range, ast::ExprContext::Load), "append")),
        arguments: ast::Arguments {
            node_index: Default::default(),
            range,
            args: vec![exitcode].into(),
            keywords: Vec::new().into(),
        },
    });
    Stmt::For(ast::StmtFor {
        node_index: Default::default(),
        range,
        is_async: false,
        target: Box::new(name(variable, range, ast::ExprContext::Store)),
        iter: Box::new(iter),
        body: vec![Stmt::Expr(ast::StmtExpr { node_index: Default::default(), range, value: Box::new(append) })].into(),
        orelse: Default::default(),
    })
}
