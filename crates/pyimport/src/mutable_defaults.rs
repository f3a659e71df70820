//! Mutable default arguments, before translation. Python makes a default once, when the `def` runs, and
//! every call that leaves the parameter out shares that one object: `def collect(item, bucket=[])`
//! appends to the same list call after call. The translator makes a parameter's default afresh at each
//! call (right for numbers and strings), so a list, dict or set default is hoisted here into a module
//! global made just before the `def` (`collect_bucket_default = []`), and the default names it; a list
//! passed by name is that list, so the calls share it as in Python. Only a `def` that runs once can be
//! hoisted: one at the module's top level or in a class there. A mutable default of a `def` nested in a
//! function (made again each time the outer function runs) is refused.

use std::collections::BTreeSet;

use ruff_python_ast::statement_visitor::{StatementVisitor, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::pool_calls::Refusal;
use crate::syntax::{fresh_name, module_names, name};

/// Hoists the mutable defaults of the functions and methods defined where the code runs once (the
/// module's top level and its `if`, `with` and `try` blocks); refuses those of other functions.
pub fn hoist_mutable_defaults<Block>(body: &mut Block) -> Result<(), Refusal>
where
    Block: Default + IntoIterator<Item = Stmt> + FromIterator<Stmt> + std::ops::Deref<Target = [Stmt]>,
{
    let mut taken = module_names(body);
    hoist_in_block(body, &mut taken)
}

/// Hoists the defaults of the `def`s of a block that runs once, and of its blocks that run once.
fn hoist_in_block<Block>(block: &mut Block, taken: &mut BTreeSet<String>) -> Result<(), Refusal>
where
    Block: Default + IntoIterator<Item = Stmt> + FromIterator<Stmt>,
{
    let mut hoisted = Vec::new();
    for mut stmt in std::mem::take(block) {
        match &mut stmt {
            Stmt::FunctionDef(def) => {
                refuse_nested(&def.body)?;
                hoist_from(def, "", taken, &mut hoisted);
            }
            Stmt::ClassDef(class) => {
                let prefix = format!("{}_", class.name);
                for inner in class.body.iter_mut() {
                    match inner {
                        Stmt::FunctionDef(def) => {
                            refuse_nested(&def.body)?;
                            hoist_from(def, &prefix, taken, &mut hoisted);
                        }
                        other => refuse_nested(std::slice::from_ref(other))?,
                    }
                }
            }
            Stmt::If(if_stmt) => {
                hoist_in_block(&mut if_stmt.body, taken)?;
                for clause in if_stmt.elif_else_clauses.iter_mut() {
                    hoist_in_block(&mut clause.body, taken)?;
                }
            }
            Stmt::With(with) => hoist_in_block(&mut with.body, taken)?,
            Stmt::Try(try_stmt) => {
                hoist_in_block(&mut try_stmt.body, taken)?;
                for handler in try_stmt.handlers.iter_mut() {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    hoist_in_block(&mut handler.body, taken)?;
                }
                hoist_in_block(&mut try_stmt.orelse, taken)?;
                hoist_in_block(&mut try_stmt.finalbody, taken)?;
            }
            other => refuse_nested(std::slice::from_ref(other))?,
        }
        hoisted.push(stmt);
    }
    *block = hoisted.into_iter().collect();
    Ok(())
}

/// Pushes `name = default` onto `out` for each mutable default of `def`, and makes the default `name`.
fn hoist_from(def: &mut ast::StmtFunctionDef, prefix: &str, taken: &mut BTreeSet<String>, out: &mut Vec<Stmt>) {
    let parameters = def.parameters.posonlyargs.iter_mut().chain(def.parameters.args.iter_mut());
    for parameter in parameters.chain(def.parameters.kwonlyargs.iter_mut()) {
        let Some(default) = parameter.default.as_deref() else { continue };
        if !is_mutable_display(default) {
            continue;
        }
        let parameter_name = fresh_name(&format!("{prefix}{}_{}_default", def.name, parameter.parameter.name), taken);
        let range = default.range();
        let value = parameter.default.replace(Box::new(name(&parameter_name, range, ast::ExprContext::Load)));
        out.push(Stmt::Assign(ast::StmtAssign {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            targets: vec![name(&parameter_name, range, ast::ExprContext::Store)],
            value: value.expect("the default was just read"),
        }));
    }
}

/// A list, dict or set made by a display, a comprehension or a call of its type (or of the
/// collections' containers): an object the calls would share.
pub(crate) fn is_mutable_display(expr: &Expr) -> bool {
    match expr {
        Expr::List(_) | Expr::Dict(_) | Expr::Set(_) | Expr::ListComp(_) | Expr::DictComp(_) | Expr::SetComp(_) => true,
        Expr::Call(call) => {
            let callee = match call.func.as_ref() {
                Expr::Name(name) => name.id.as_str(),
                Expr::Attribute(attribute) => attribute.attr.as_str(),
                _ => return false,
            };
            matches!(callee, "list" | "dict" | "set" | "deque" | "defaultdict" | "Counter" | "OrderedDict")
        }
        _ => false,
    }
}

/// A mutable default of a `def` inside a function or a loop: made each time that `def` runs, which
/// hoisting would not follow.
fn refuse_nested(stmts: &[Stmt]) -> Result<(), Refusal> {
    struct Nested(Option<Refusal>);
    impl<'a> StatementVisitor<'a> for Nested {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if self.0.is_some() {
                return;
            }
            if let Stmt::FunctionDef(def) = stmt
                && let Some(default) = mutable_default(def)
            {
                self.0 = Some(Refusal {
                    offset: default.range().start().to_usize(),
                    message: format!(
                        "a list, dict or set as the default of `{}`, a function defined inside a function or a loop, is not supported (Python makes it anew each time the `def` runs and shares it between the calls); define the function at the module's level, or default to `None` and make the object in the body",
                        def.name
                    ),
                });
                return;
            }
            walk_stmt(self, stmt);
        }
    }
    let mut nested = Nested(None);
    nested.visit_body(stmts);
    match nested.0 {
        Some(refusal) => Err(refusal),
        None => Ok(()),
    }
}

fn mutable_default(def: &ast::StmtFunctionDef) -> Option<&Expr> {
    let parameters = def.parameters.posonlyargs.iter().chain(def.parameters.args.iter());
    parameters
        .chain(def.parameters.kwonlyargs.iter())
        .filter_map(|parameter| parameter.default.as_deref())
        .find(|default| is_mutable_display(default))
}
