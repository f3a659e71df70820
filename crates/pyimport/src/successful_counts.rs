//! `sum(1 for r in results if r.successful())` of multiprocessing's `AsyncResult`s (session32/m04:
//! `print("ok", sum(1 for h in handles if h.successful()))`), before pool_calls.rs. `successful()`
//! raises ValueError for a job not done yet, which the translator follows only where the call is a
//! statement's own (pool_calls.rs refuses it inside a comprehension), so the count becomes the loop
//! Python runs, just before the statement, and the statement reads its total:
//!
//! ```python
//! weft_successful_count = 0
//! for weft_successful_item in handles:
//!     if weft_successful_item.successful():
//!         weft_successful_count += 1
//! print("ok", weft_successful_count)
//! ```
//!
//! The generator walks `handles` once and raises at the same result the loop does; only a statement
//! (an expression, an assignment or an augmented one) whose iterable is a name is rewritten, so nothing
//! the statement computes before the sum can change what the loop reads. Every other block of the module
//! and of its functions is rewritten the same way; the `weft_` names are the import's own.

use std::cell::RefCell;

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// The loop's variable and the count's name (a number after it from the second count of a module on).
const ITEM: &str = "weft_successful_item";
const COUNT: &str = "weft_successful_count";

/// Rewrites every such statement in `body`, its blocks and its functions, in place.
pub(crate) fn rewrite_successful_counts(body: &mut ast::Suite) {
    let mut made = 0;
    rewrite_block(body, &mut made);
}

fn rewrite_block(body: &mut ast::Suite, made: &mut usize) {
    let mut index = 0;
    while index < body.len() {
        if let Some((start, looping)) = counted(&mut body[index], made) {
            body.insert(index, looping);
            body.insert(index, start);
            index += 3;
            continue;
        }
        let stmt = &mut body[index];
        if let Stmt::FunctionDef(def) = stmt {
            rewrite_block(&mut def.body, made);
        }
        for block in crate::blocks::nested_blocks(stmt) {
            rewrite_block(block, made);
        }
        index += 1;
    }
}

/// When `stmt` holds such a sum: the count's start and its loop, the sum in `stmt` replaced by the count.
fn counted(stmt: &mut Stmt, made: &mut usize) -> Option<(Stmt, Stmt)> {
    let value: &mut Expr = match stmt {
        Stmt::Expr(node) => &mut node.value,
        Stmt::Assign(node) => &mut node.value,
        Stmt::AugAssign(node) => &mut node.value,
        _ => return None,
    };
    let count = if *made == 0 { COUNT.to_string() } else { format!("{COUNT}_{}", *made + 1) };
    let replace = Replace { count: count.clone(), found: RefCell::new(None) };
    replace.visit_expr(value);
    let (iterable, range) = replace.found.into_inner()?;
    *made += 1;
    let name = |id: &str, ctx| Expr::Name(ast::ExprName { node_index: Default::default(), range, id: id.into(), ctx });
    let one = Expr::NumberLiteral(ast::ExprNumberLiteral {
        node_index: Default::default(),
        range,
        value: ast::Number::Int(ast::Int::ONE),
    });
    let zero = Expr::NumberLiteral(ast::ExprNumberLiteral {
        node_index: Default::default(),
        range,
        value: ast::Number::Int(ast::Int::ZERO),
    });
    let start = Stmt::Assign(ast::StmtAssign {
        node_index: Default::default(),
        range,
        targets: vec![name(&count, ast::ExprContext::Store)],
        value: Box::new(zero),
    });
    let add = Stmt::AugAssign(ast::StmtAugAssign {
        node_index: Default::default(),
        range,
        target: Box::new(name(&count, ast::ExprContext::Store)),
        op: ast::Operator::Add,
        value: Box::new(one),
    });
    let test = crate::syntax::method_call(name(ITEM, ast::ExprContext::Load), "successful", Vec::new(), range);
    let check = Stmt::If(ast::StmtIf {
        node_index: Default::default(),
        range,
        test: Box::new(test),
        body: vec![add].into(),
        elif_else_clauses: Vec::new(),
    });
    let looping = Stmt::For(ast::StmtFor {
        node_index: Default::default(),
        range,
        is_async: false,
        target: Box::new(name(ITEM, ast::ExprContext::Store)),
        iter: Box::new(iterable),
        body: vec![check].into(),
        orelse: Default::default(),
    });
    Some((start, looping))
}

/// Replaces the first such sum with the count's name, keeping its iterable and range.
struct Replace {
    count: String,
    found: RefCell<Option<(Expr, TextRange)>>,
}

impl Transformer for Replace {
    fn visit_expr(&self, expr: &mut Expr) {
        if self.found.borrow().is_some() {
            return;
        }
        let Some(iterable) = successful_count(expr) else {
            walk_expr(self, expr);
            return;
        };
        let range = expr.range();
        *self.found.borrow_mut() = Some((iterable, range));
        *expr = Expr::Name(ast::ExprName {
            node_index: Default::default(),
            range,
            id: self.count.as_str().into(),
            ctx: ast::ExprContext::Load,
        });
    }
}

/// The iterable of `sum(1 for r in NAME if r.successful())`, a name.
fn successful_count(expr: &Expr) -> Option<Expr> {
    let Expr::Call(call) = expr else { return None };
    let is_sum = matches!(&*call.func, Expr::Name(function) if function.id.as_str() == "sum");
    let ([Expr::Generator(generator)], []) = (&call.arguments.args[..], &call.arguments.keywords[..]) else {
        return None;
    };
    let [loop_clause] = &generator.generators[..] else { return None };
    let ([test], false) = (&loop_clause.ifs[..], loop_clause.is_async) else { return None };
    let (Expr::Name(variable), Expr::Name(_)) = (&loop_clause.target, &loop_clause.iter) else { return None };
    let counts_one = matches!(&*generator.elt, Expr::NumberLiteral(number)
        if matches!(&number.value, ast::Number::Int(one) if *one == ast::Int::ONE));
    let Expr::Call(successful) = test else { return None };
    let asks_successful = successful.arguments.is_empty()
        && matches!(&*successful.func, Expr::Attribute(method)
            if method.attr.as_str() == "successful"
                && matches!(&*method.value, Expr::Name(receiver) if receiver.id == variable.id));
    (is_sum && counts_one && asks_successful).then(|| loop_clause.iter.clone())
}
