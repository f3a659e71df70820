//! `[greeting] * repeat` of an item or a count known only at run time (session25/t12:
//! `" ".join([greeting] * repeat)`), refused by the translator, is written as the comprehension
//! `[greeting for _ in range(repeat)]`, which the translator follows as a list made at run time.
//!
//! The two make the same list where the item reads the same value each time the comprehension
//! evaluates it and evaluating it changes nothing: a constant, or a local of the function around it (a
//! parameter or a name it binds, not declared `global` or `nonlocal`), which no other thread sees. The
//! count is evaluated once in both, before any item in the comprehension and after the item in Python,
//! which no one can tell apart for such an item; a negative count is an empty list in both, a float the
//! same TypeError. Each item of `[x] * n` is the one object `x` holds, as each of the comprehension's
//! items is. Anything else (`[[]] * n`, whose one inner list the comprehension would make `n` times, an
//! item read from a global, two items) is left to the translator's refusal.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr};
use ruff_python_ast::visitor::{Visitor, walk_expr as visit_walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Operator, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// Rewrites the repetition whose list starts at `offset` (the translator's refusal), as the module docs
/// say; false when there is none there or its item does not fit.
pub fn rewrite_list_repeat_at(body: &mut ast::Suite, offset: usize) -> bool {
    if binds_range(body) {
        return false;
    }
    let mut find = Find { offset, locals: None, found: None };
    find.visit_body(body);
    let Some(range) = find.found else { return false };
    let mut taken = crate::syntax::module_names(body);
    let variable = crate::syntax::fresh_name("_repeat", &mut taken);
    let rewrite = Rewrite { range, variable };
    for stmt in body.iter_mut() {
        rewrite.visit_stmt(stmt);
    }
    true
}

/// Whether the file binds the name `range` (a function, a class, an import, an assignment), which the
/// comprehension would then call in place of the builtin.
fn binds_range(body: &[Stmt]) -> bool {
    struct Binds(bool);
    impl<'a> Visitor<'a> for Binds {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            self.0 |= match stmt {
                Stmt::FunctionDef(function) => function.name.as_str() == "range",
                Stmt::ClassDef(class) => class.name.as_str() == "range",
                Stmt::Import(import) => {
                    import.names.iter().any(|alias| alias.asname.as_ref().unwrap_or(&alias.name).as_str() == "range")
                }
                Stmt::ImportFrom(import) => {
                    import.names.iter().any(|alias| alias.asname.as_ref().unwrap_or(&alias.name).as_str() == "range")
                }
                _ => false,
            };
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            self.0 |= matches!(expr, Expr::Name(name) if name.ctx.is_store() && name.id.as_str() == "range");
            visit_walk_expr(self, expr);
        }
    }
    let mut binds = Binds(false);
    binds.visit_body(body);
    binds.0
}

/// `[x] * n` or `n * [x]`: the list's one item and the count, when `expr` is one.
fn repetition(expr: &Expr) -> Option<(&ast::ExprList, &Expr)> {
    let Expr::BinOp(binary) = expr else { return None };
    if binary.op != Operator::Mult {
        return None;
    }
    let (list, count) = match (&*binary.left, &*binary.right) {
        (Expr::List(list), count) | (count, Expr::List(list)) => (list, count),
        _ => return None,
    };
    (list.elts.len() == 1).then_some((list, count))
}

/// Finds the repetition whose list starts at `offset`, with an item that reads the same each time.
struct Find {
    offset: usize,
    /// The locals of the function the walk is in; `None` at module level or in a class body.
    locals: Option<BTreeSet<String>>,
    /// The range of the whole `[x] * n`.
    found: Option<TextRange>,
}

impl Find {
    fn is_steady(&self, item: &Expr) -> bool {
        match item {
            constant if crate::syntax::is_constant(constant) => true,
            Expr::Name(name) => self.locals.as_ref().is_some_and(|locals| locals.contains(name.id.as_str())),
            _ => false,
        }
    }
}

impl<'a> Visitor<'a> for Find {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(function) => {
                let outer = self.locals.replace(function_locals(function));
                walk_stmt(self, stmt);
                self.locals = outer;
            }
            Stmt::ClassDef(_) => {
                let outer = self.locals.take();
                walk_stmt(self, stmt);
                self.locals = outer;
            }
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Some((list, _)) = repetition(expr)
            && list.range().start().to_usize() == self.offset
            && self.is_steady(&list.elts[0])
        {
            self.found = Some(expr.range());
        }
        visit_walk_expr(self, expr);
    }
}

/// A function's parameters and the names its own body binds (not inside nested functions, classes or
/// comprehensions), less those it declares `global` or `nonlocal`.
fn function_locals(function: &ast::StmtFunctionDef) -> BTreeSet<String> {
    struct Bound {
        names: BTreeSet<String>,
        declared: BTreeSet<String>,
    }
    impl<'a> Visitor<'a> for Bound {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                Stmt::Global(global) => self.declared.extend(global.names.iter().map(|name| name.to_string())),
                Stmt::Nonlocal(nonlocal) => self.declared.extend(nonlocal.names.iter().map(|name| name.to_string())),
                other => walk_stmt(self, other),
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) | Expr::Lambda(_) => {}
                Expr::Name(name) if name.ctx.is_store() => _ = self.names.insert(name.id.to_string()),
                other => visit_walk_expr(self, other),
            }
        }
    }
    let mut bound = Bound {
        names: function.parameters.iter().map(|parameter| parameter.name().to_string()).collect(),
        declared: BTreeSet::new(),
    };
    bound.visit_body(&function.body);
    bound.names.difference(&bound.declared).cloned().collect()
}

/// Puts `[x for variable in range(n)]` in the place of the repetition at `range`.
struct Rewrite {
    range: TextRange,
    variable: String,
}

impl Transformer for Rewrite {
    fn visit_expr(&self, expr: &mut Expr) {
        if expr.range() == self.range
            && let Some((list, count)) = repetition(expr)
        {
            let range = self.range;
            let counted = Expr::Call(ast::ExprCall {
                node_index: ast::AtomicNodeIndex::default(),
                range_start: count.range().start(),
                func: Box::new(crate::syntax::name("range", count.range(), ast::ExprContext::Load)),
                arguments: ast::Arguments {
                    node_index: ast::AtomicNodeIndex::default(),
                    range: count.range(),
                    args: Box::new([count.clone()]),
                    keywords: Default::default(),
                },
            });
            let comprehension = Expr::ListComp(ast::ExprListComp {
                node_index: ast::AtomicNodeIndex::default(),
                range,
                elt: Box::new(list.elts[0].clone()),
                generators: vec![ast::Comprehension {
                    node_index: ast::AtomicNodeIndex::default(),
                    range,
                    target: crate::syntax::name(&self.variable, range, ast::ExprContext::Store),
                    iter: counted,
                    ifs: Vec::new(),
                    is_async: false,
                }],
            });
            *expr = comprehension;
            return;
        }
        walk_expr(self, expr);
    }
}
