//! `results[customer] = [inv.buy(customer, item) for item in wishlist]` (session 34, session33/t06): a
//! list comprehension of calls of the file's functions or methods stored as an item is the loop of
//! appends it means, into a
//! fresh name, then the store of that name: `made = []`, `for item_2 in wishlist: made.append(...)`,
//! `results[customer] = made`. Python evaluates the comprehension whole before the store's container
//! and key, as the rewrite does, and the translator follows a list a function grows by `append` (a list
//! made at run time) where it follows no comprehension of calls. The loop's variable is a fresh name
//! (a comprehension's own variable does not leak), put for the comprehension's in its element and
//! tests; each test is an `if` of its own around the append, in order, as the comprehension tests
//! them. Only where the element is a call of a function or method the file defines (any other element
//! may be a value the translator knows at import time, or a thread or future it follows by name, as
//! before), and only an item's store (an attribute's comprehension of threads is a list of threads).
//! A comprehension with a second `for`, `async for`, a nested comprehension or lambda (whose own
//! variables might shadow), or a variable that is no plain name is left as written.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::syntax::{BlockRewrite, fresh_name, method_call, module_names, name, rewrite_inner_blocks};

/// Rewrites every `X[k] = [f(...) for v in items if c]` of the module, in place.
pub fn rewrite_item_comprehensions(body: &mut ast::Suite) {
    let mut rewrite = ItemComprehensions { taken: module_names(body), functions: functions_defined(body) };
    rewrite.block(body);
}

struct ItemComprehensions {
    taken: BTreeSet<String>,
    /// The names of the file's functions and methods (`def` anywhere).
    functions: BTreeSet<String>,
}

impl BlockRewrite for ItemComprehensions {
    fn statement(&mut self, mut stmt: Stmt) -> Vec<Stmt> {
        rewrite_inner_blocks(&mut stmt, self);
        let Some((target, comprehension)) = stored_comprehension(&stmt, &self.functions) else { return vec![stmt] };
        let range = stmt.range();
        let [generator] = comprehension.generators.as_slice() else { return vec![stmt] };
        let Expr::Name(old_variable) = &generator.target else { return vec![stmt] };
        let made = fresh_name("made_list", &mut self.taken);
        let variable = fresh_name(old_variable.id.as_str(), &mut self.taken);
        let rename = Rename { from: old_variable.id.to_string(), to: variable.clone() };
        let mut element = (*comprehension.elt).clone();
        rename.visit_expr(&mut element);
        let append = method_call(name(&made, range, ast::ExprContext::Load), "append", vec![element], range);
        let mut body = vec![crate::syntax::expression_statement(append)];
        for test in generator.ifs.iter().rev() {
            let mut test = test.clone();
            rename.visit_expr(&mut test);
            body = vec![if_statement(test, body, range)];
        }
        let loop_ = Stmt::For(ast::StmtFor {
            node_index: Default::default(),
            range,
            is_async: false,
            target: Box::new(name(&variable, range, ast::ExprContext::Store)),
            iter: Box::new(generator.iter.clone()),
            body: body.into(),
            orelse: Default::default(),
        });
        vec![
            assign(name(&made, range, ast::ExprContext::Store), empty_list(range), range),
            loop_,
            assign(target, name(&made, range, ast::ExprContext::Load), range),
        ]
    }
}

/// The target and the comprehension of `X[k] = [f(...) for v in items]` of the forms above, `f` a
/// function or method of the file.
fn stored_comprehension(stmt: &Stmt, functions: &BTreeSet<String>) -> Option<(Expr, ast::ExprListComp)> {
    let Stmt::Assign(assign) = stmt else { return None };
    let [target @ Expr::Subscript(_)] = assign.targets.as_slice() else { return None };
    let Expr::ListComp(comprehension) = &*assign.value else { return None };
    let [generator] = comprehension.generators.as_slice() else { return None };
    if generator.is_async || !matches!(generator.target, Expr::Name(_)) {
        return None;
    }
    let parts = std::iter::once(&*comprehension.elt).chain(generator.ifs.iter());
    if parts.clone().any(has_own_scope) || !calls_a_function_of_the_file(&comprehension.elt, functions) {
        return None;
    }
    Some((target.clone(), comprehension.clone()))
}

/// Whether `element` is a call of a function or method the file defines (`inv.buy(c, item)`,
/// `work(x)`): a list made of what the file computes, never of threads, futures or other objects the
/// translator follows by name, whose comprehensions it takes where they stand.
fn calls_a_function_of_the_file(element: &Expr, functions: &BTreeSet<String>) -> bool {
    let Expr::Call(call) = element else { return false };
    let callee = match &*call.func {
        Expr::Name(name) => name.id.as_str(),
        Expr::Attribute(attribute) => attribute.attr.as_str(),
        _ => return false,
    };
    functions.contains(callee)
}

/// The names of every function and method the file defines.
fn functions_defined(body: &[Stmt]) -> BTreeSet<String> {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    struct Defs(BTreeSet<String>);
    impl<'a> Visitor<'a> for Defs {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::FunctionDef(def) = stmt {
                self.0.insert(def.name.to_string());
            }
            walk_stmt(self, stmt);
        }
    }
    let mut defs = Defs(BTreeSet::new());
    for stmt in body {
        defs.visit_stmt(stmt);
    }
    defs.0
}

/// Whether `expr` holds a comprehension or a lambda, whose variables make a scope of their own.
fn has_own_scope(expr: &Expr) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    struct Find(bool);
    impl<'a> Visitor<'a> for Find {
        fn visit_expr(&mut self, expr: &'a Expr) {
            self.0 |= matches!(
                expr,
                Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) | Expr::Lambda(_)
            );
            walk_expr(self, expr);
        }
    }
    let mut find = Find(false);
    find.visit_expr(expr);
    find.0
}

/// Every read of one name as another.
struct Rename {
    from: String,
    to: String,
}

impl Transformer for Rename {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Name(named) = expr
            && named.id.as_str() == self.from
        {
            named.id = ast::name::Name::new(&self.to);
        }
        walk_expr(self, expr);
    }
}

fn assign(target: Expr, value: Expr, range: TextRange) -> Stmt {
    Stmt::Assign(ast::StmtAssign {
        node_index: Default::default(),
        range,
        targets: vec![target],
        value: Box::new(value),
    })
}

fn empty_list(range: TextRange) -> Expr {
    Expr::List(ast::ExprList { node_index: Default::default(), range, elts: Vec::new(), ctx: ast::ExprContext::Load })
}

fn if_statement(test: Expr, body: Vec<Stmt>, range: TextRange) -> Stmt {
    Stmt::If(ast::StmtIf {
        node_index: Default::default(),
        range,
        test: Box::new(test),
        body: body.into(),
        elif_else_clauses: Default::default(),
    })
}
