//! A lambda of the module's code whose call spreads one of its parameters (session30/f08:
//! `pool.map(lambda m: bank.transfer(*m), moves)`), before translation. The translator takes a lambda
//! whose body is one call with its parameters or literals as arguments (translate/lambdas.rs), and a
//! function of the file whose body spreads a tuple it is given (`def go(m): return transfer(*m)`), but
//! not a `*m` inside the lambda. Here such a lambda becomes that function, made at the start of the
//! module,
//!
//! ```python
//! def weft_spread_lambda(m):
//!     return bank.transfer(*m)
//! ```
//!
//! and the lambda its name. A lambda of the module's code reads the names of its body other than its
//! parameters as globals, each when it is called, as the `def` does; only a name a comprehension of the
//! module binds would be the comprehension's own variable (a cell the lambda keeps), so a lambda that
//! reads one is left as it was (refused), as is one with defaults, `*args`, `**kwargs` or keyword-only
//! parameters, and any lambda inside a function or a class (which may read the function's locals).

use std::cell::RefCell;
use std::collections::BTreeSet;

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr, walk_stmt};
use ruff_python_ast::visitor::{Visitor, walk_expr as visit_walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::syntax::{fresh_name, module_names, name};

/// Rewrites each such lambda of the module's code (module docs); the functions go first in the module.
pub(crate) fn rewrite_star_lambdas(body: &mut ast::Suite) {
    let rewrite = StarLambdas {
        comprehension_names: crate::pool_lambda_callbacks::comprehension_targets(body),
        taken: RefCell::new(module_names(body)),
        made: RefCell::new(Vec::new()),
    };
    rewrite.visit_body(body);
    for (at, definition) in rewrite.made.into_inner().into_iter().enumerate() {
        body.insert(at, definition);
    }
}

struct StarLambdas {
    comprehension_names: BTreeSet<String>,
    taken: RefCell<BTreeSet<String>>,
    made: RefCell<Vec<Stmt>>,
}

impl Transformer for StarLambdas {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        // A function's or a class's lambdas may read its locals: left as they are.
        if matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            return;
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Lambda(lambda) = expr
            && let Some(function) = self.function_of(lambda)
        {
            *expr = name(&function, lambda.range(), ast::ExprContext::Load);
            return;
        }
        walk_expr(self, expr);
    }
}

impl StarLambdas {
    /// The function `lambda` becomes, made now; `None` for a lambda this leaves alone.
    fn function_of(&self, lambda: &ast::ExprLambda) -> Option<String> {
        let parameters = lambda.parameters.as_deref()?;
        let plain = parameters.posonlyargs.is_empty()
            && parameters.kwonlyargs.is_empty()
            && parameters.vararg.is_none()
            && parameters.kwarg.is_none()
            && parameters.args.iter().all(|parameter| parameter.default.is_none());
        let own: BTreeSet<String> =
            parameters.args.iter().map(|parameter| parameter.parameter.name.to_string()).collect();
        let Expr::Call(call) = &*lambda.body else { return None };
        let spreads_a_parameter = call.arguments.args.iter().any(|argument| {
            matches!(argument, Expr::Starred(starred) if matches!(&*starred.value, Expr::Name(spread) if own.contains(spread.id.as_str())))
        });
        if !plain || !spreads_a_parameter || self.reads_a_comprehension_name(&lambda.body, &own) {
            return None;
        }
        let function = fresh_name("weft_spread_lambda", &mut self.taken.borrow_mut());
        let range = lambda.range();
        let returned = Stmt::Return(ast::StmtReturn {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            value: Some(lambda.body.clone()),
        });
        self.made.borrow_mut().push(Stmt::FunctionDef(ast::StmtFunctionDef {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            is_async: false,
            decorator_list: Default::default(),
            name: ast::Identifier::new(&function, range),
            type_params: None,
            parameters: Box::new(parameters.clone()),
            returns: None,
            body: vec![returned].into(),
        }));
        Some(function)
    }

    /// Whether `body` reads a name (not one of `own`) that a comprehension of the module binds.
    fn reads_a_comprehension_name(&self, body: &Expr, own: &BTreeSet<String>) -> bool {
        #[derive(Default)]
        struct Names(BTreeSet<String>);
        impl<'a> Visitor<'a> for Names {
            fn visit_expr(&mut self, expr: &'a Expr) {
                if let Expr::Name(named) = expr {
                    self.0.insert(named.id.to_string());
                }
                visit_walk_expr(self, expr);
            }
        }
        let mut names = Names::default();
        names.visit_expr(body);
        names.0.iter().any(|read| !own.contains(read) && self.comprehension_names.contains(read))
    }
}
