//! A subclass of `threading.Thread` that breaks the Thread it is: CPython's Thread keeps its own state in
//! attributes of the instance (`_started`, `_target`, `_stop`, ...) and checks in `name`, `daemon` and
//! `start()` that `Thread.__init__` ran. A subclass that never calls it, sets `self.name` or
//! `self.daemon` before it, or assigns one of Thread's own attributes fails in CPython (RuntimeError at
//! `start()`, an AssertionError, a TypeError at `join()`, an AttributeError of a read-only property),
//! where weft's thread would run its `run` as if nothing were wrong: such a class is refused at the line,
//! saying what CPython does (session21/repro/r02, r03, r04; checks c68, c70, c158, c159).

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Result, fail};

/// The attributes CPython 3.11's `threading.Thread` keeps on the instance or defines on the class
/// (data, methods it calls on itself, and the read-only properties `ident` and `native_id`).
const THREAD_OWN_ATTRIBUTES: [&str; 25] = [
    "_target",
    "_name",
    "_args",
    "_kwargs",
    "_daemonic",
    "_ident",
    "_native_id",
    "_tstate_lock",
    "_started",
    "_is_stopped",
    "_initialized",
    "_stderr",
    "_invoke_excepthook",
    "_stop",
    "_bootstrap",
    "_bootstrap_inner",
    "_wait_for_tstate_lock",
    "_reset_internal_locks",
    "_set_ident",
    "_set_native_id",
    "_set_tstate_lock",
    "_delete",
    "ident",
    "native_id",
    "is_alive",
];

/// The properties whose setters assert that `Thread.__init__` ran.
const CHECKED_PROPERTIES: [&str; 2] = ["name", "daemon"];

/// Refuses a Thread subclass whose methods assign Thread's own attributes, or whose `__init__` does not
/// call `Thread.__init__` or sets `name`/`daemon` before it. `is_thread_init` tells the call.
pub(super) fn check_thread_subclass(
    class: &ast::StmtClassDef,
    is_thread_init: impl Fn(&ast::ExprCall, &str) -> bool,
) -> Result<()> {
    for stmt in &class.body {
        let Stmt::FunctionDef(def) = stmt else { continue };
        let Some(self_name) = first_parameter(def) else { continue };
        if let Some((target, attribute)) = assigned_attributes(def, self_name)
            .into_iter()
            .find(|(_, attribute)| THREAD_OWN_ATTRIBUTES.contains(&attribute.as_str()))
        {
            return fail(
                target,
                format!(
                    "`{self_name}.{attribute}` is an attribute of `threading.Thread` itself: assigning it breaks the thread in CPython (a TypeError or AttributeError when the thread starts, runs or is joined); give it another name"
                ),
            );
        }
        if def.name.as_str() == "__init__" {
            check_init(class, def, self_name, &is_thread_init)?;
        }
    }
    Ok(())
}

/// `__init__` must call `Thread.__init__` before it sets `name` or `daemon`.
fn check_init(
    class: &ast::StmtClassDef,
    init: &ast::StmtFunctionDef,
    self_name: &str,
    is_thread_init: &impl Fn(&ast::ExprCall, &str) -> bool,
) -> Result<()> {
    for stmt in &init.body {
        if let Stmt::Expr(expression) = stmt
            && let Expr::Call(call) = &*expression.value
            && is_thread_init(call, self_name)
        {
            return Ok(());
        }
        let early = statement_targets(stmt).into_iter().find_map(|target| {
            let attribute = self_attribute(target, self_name)?;
            CHECKED_PROPERTIES.contains(&attribute).then_some((target, attribute))
        });
        if let Some((target, attribute)) = early {
            return fail(
                target,
                format!(
                    "`{self_name}.{attribute}` is set before `Thread.__init__` runs, which CPython refuses (the property asserts that `Thread.__init__` was called); call `super().__init__()` first"
                ),
            );
        }
    }
    fail(
        &init.name,
        format!(
            "`{}.__init__` does not call `super().__init__()`: CPython's `start()` then raises RuntimeError (\"thread.__init__() not called\"); call it first in `__init__`",
            class.name
        ),
    )
}

fn first_parameter(def: &ast::StmtFunctionDef) -> Option<&str> {
    def.parameters.posonlyargs.iter().chain(def.parameters.args.iter()).next().map(|p| p.parameter.name.as_str())
}

/// The targets a statement assigns (not inside it).
fn statement_targets(stmt: &Stmt) -> Vec<&Expr> {
    match stmt {
        Stmt::Assign(assign) => assign.targets.iter().collect(),
        Stmt::AugAssign(assign) => vec![&*assign.target],
        Stmt::AnnAssign(assign) => vec![&*assign.target],
        _ => Vec::new(),
    }
}

/// `x` when `target` is `self.x`.
fn self_attribute<'e>(target: &'e Expr, self_name: &str) -> Option<&'e str> {
    let Expr::Attribute(attribute) = target else { return None };
    matches!(&*attribute.value, Expr::Name(name) if name.id.as_str() == self_name).then_some(attribute.attr.as_str())
}

/// Every `self.x` a method assigns anywhere in its body, with the target, in source order.
fn assigned_attributes<'a>(def: &'a ast::StmtFunctionDef, self_name: &str) -> Vec<(&'a Expr, String)> {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    struct Walk<'s, 'a> {
        self_name: &'s str,
        found: Vec<(&'a Expr, String)>,
        seen: BTreeSet<String>,
    }
    impl<'a> Visitor<'a> for Walk<'_, 'a> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            for target in statement_targets(stmt) {
                if let Some(attribute) = self_attribute(target, self.self_name)
                    && self.seen.insert(attribute.to_string())
                {
                    self.found.push((target, attribute.to_string()));
                }
            }
            walk_stmt(self, stmt);
        }
    }
    let mut walk = Walk { self_name, found: Vec::new(), seen: BTreeSet::new() };
    for stmt in &def.body {
        walk.visit_stmt(stmt);
    }
    walk.found
}
