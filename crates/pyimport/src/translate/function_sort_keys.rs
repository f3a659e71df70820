//! `sorted(names, key=score_of)` with `def score_of(name): return scores[name]` (session 34; "Left by
//! s33raises"): a key function of the file whose body is one `return` of an expression is that
//! expression of its parameter, as `key=lambda name: scores[name]` is, which sort_keys.rs computes
//! for every item in order before the sort, as Python calls the key. Python's call reads the
//! function's other names as globals; the expression read where `sorted` stands would read a local
//! of the caller of the same name instead, so a caller's local of such a name keeps the refusal. A
//! function with more than a `return` (or with defaults, `*args`, decorators) is a call inside an
//! expression, refused as before.

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::Frame;
use super::Translator;
use super::sort_keys::SortKey;

impl Translator<'_> {
    /// The key `function` is as an expression of its parameter, where it is one `return`.
    pub(super) fn function_sort_key(&self, frame: &Frame, function: &str) -> Option<SortKey> {
        let def = self.functions.get(function)?;
        let parameters = &def.parameters;
        let single = parameters.posonlyargs.is_empty()
            && parameters.args.len() == 1
            && parameters.args[0].default.is_none()
            && parameters.vararg.is_none()
            && parameters.kwonlyargs.is_empty()
            && parameters.kwarg.is_none();
        if !single || def.is_async || !def.decorator_list.is_empty() || def.type_params.is_some() {
            return None;
        }
        let body: Vec<&Stmt> = def.body.iter().filter(|stmt| !is_docstring(stmt)).collect();
        let [Stmt::Return(ast::StmtReturn { value: Some(value), .. })] = body[..] else { return None };
        let parameter = parameters.args[0].parameter.name.to_string();
        let shadowed = names_read(value).into_iter().any(|name| name != parameter && frame.locals.contains_key(&name));
        (!shadowed).then(|| SortKey { parameter, body: (**value).clone() })
    }
}

fn is_docstring(stmt: &Stmt) -> bool {
    matches!(stmt, Stmt::Expr(statement) if matches!(&*statement.value, Expr::StringLiteral(_)))
}

/// Every name `expr` reads.
fn names_read(expr: &Expr) -> Vec<String> {
    struct Names(Vec<String>);
    impl<'a> Visitor<'a> for Names {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr {
                self.0.push(name.id.to_string());
            }
            walk_expr(self, expr);
        }
    }
    let mut names = Names(Vec::new());
    names.visit_expr(expr);
    names.0
}
