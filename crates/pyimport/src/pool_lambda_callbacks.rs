//! `pool.apply_async(f, args, callback=lambda v: results.append((v, 1)))` in the module's own code
//! (its top level or its `if __name__ == "__main__":`, loops and `if`s included), before the rewrite of
//! callbacks (pool_callbacks.rs): the lambda becomes a function of the module,
//!
//! ```python
//! def weft_pool_lambda(v):
//!     results.append((v, 1))
//! ```
//!
//! (the handler drops a callback's value, so the body is a statement)
//!
//! and the callback its name. A lambda of the module's code reads the names of its body, other than its
//! parameters, as globals, each when it is called, as the `def` does; only a name bound by a
//! comprehension would be the comprehension's own variable (a cell the lambda keeps), so a lambda
//! reading any name a comprehension of the module binds is left refused, as is one with defaults that
//! are not constants (evaluated where the lambda is made), `*args`, `**kwargs` or keyword-only
//! parameters. Inside a function a lambda may read the function's locals: refused there as before.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::syntax::{fresh_name, is_constant};

/// Every name a comprehension of the module binds (its targets), at any depth.
pub(crate) fn comprehension_targets(body: &[Stmt]) -> BTreeSet<String> {
    #[derive(Default)]
    struct Targets {
        names: BTreeSet<String>,
    }
    impl<'a> Visitor<'a> for Targets {
        fn visit_comprehension(&mut self, comprehension: &'a ast::Comprehension) {
            let mut bound = Names::default();
            bound.visit_expr(&comprehension.target);
            self.names.extend(bound.names);
            ruff_python_ast::visitor::walk_comprehension(self, comprehension);
        }
    }
    let mut targets = Targets::default();
    targets.visit_body(body);
    targets.names
}

#[derive(Default)]
struct Names {
    names: BTreeSet<String>,
}

impl<'a> Visitor<'a> for Names {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(named) = expr {
            self.names.insert(named.id.to_string());
        }
        walk_expr(self, expr);
    }
}

/// The function a module-level lambda callback becomes, named `fresh` from `taken`, and its name; `None`
/// for a lambda of another shape, or one reading a name of `comprehension_names`.
pub(crate) fn lambda_function(
    lambda: &ast::ExprLambda,
    comprehension_names: &BTreeSet<String>,
    taken: &mut BTreeSet<String>,
) -> Option<(Stmt, String)> {
    let parameters = lambda.parameters.as_deref().cloned().unwrap_or_default();
    let plain = parameters.posonlyargs.is_empty()
        && parameters.kwonlyargs.is_empty()
        && parameters.vararg.is_none()
        && parameters.kwarg.is_none()
        && parameters.args.iter().all(|parameter| parameter.default.as_deref().is_none_or(is_constant));
    if !plain {
        return None;
    }
    let mut read = Names::default();
    read.visit_expr(&lambda.body);
    let own: BTreeSet<String> = parameters.args.iter().map(|parameter| parameter.parameter.name.to_string()).collect();
    if read.names.iter().any(|name| !own.contains(name) && comprehension_names.contains(name)) {
        return None;
    }
    let function = fresh_name("weft_pool_lambda", taken);
    let range = lambda.range();
    let definition = Stmt::FunctionDef(ast::StmtFunctionDef {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        is_async: false,
        decorator_list: Default::default(),
        name: ast::Identifier::new(&function, range),
        type_params: None,
        parameters: Box::new(parameters),
        returns: None,
        // The handler drops a callback's value: the body as a statement (`d.__setitem__(k, v)` as
        // `d[k] = v`: setitem_calls.rs).
        body: vec![crate::setitem_calls::as_statement((*lambda.body).clone())].into(),
    });
    Some((definition, function))
}
