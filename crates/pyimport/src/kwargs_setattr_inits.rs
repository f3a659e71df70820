//! The "settings from keywords" constructor, before translation:
//!
//! ```python
//! class Config:
//!     def __init__(self, name, **kwargs):
//!         for key, value in kwargs.items():
//!             setattr(self, key, value)
//! ```
//!
//! where every call of the class in the file (`Config("db", timeout=5, retries=3)`) gives the same extra
//! keywords in the same order, and the class is named nowhere else (no subclass, no other use). Python
//! builds `kwargs` in the call's keyword order, so the loop sets `self.timeout`, then `self.retries`:
//! it is written out so, with one parameter per keyword (`def __init__(self, name, timeout, retries)`,
//! each call still passing them by keyword), the assignments at the `setattr`'s line. Any other
//! `setattr` with a name known only at run time stays refused (unmodelled_call_statements.rs).

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::syntax::{attribute, name, name_counts, parameter};

/// Writes out the keyword-settings loop of each class's `__init__` where its calls allow.
pub fn rewrite_kwargs_setattr_inits(body: &mut ast::Suite) {
    let (uses, bindings) = name_counts(body);
    let class_names: Vec<String> = body
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::ClassDef(class) => Some(class.name.to_string()),
            _ => None,
        })
        .collect();
    for class_name in class_names {
        let calls = ConstructorCalls::of(body, &class_name);
        // The class is called and named nowhere else (a subclass or a value passed on would take other
        // keywords where this cannot see them), and bound once.
        // (`uses` counts the `class` statement too.)
        let only_called = calls.keywords.len() + 1 == uses.get(&class_name).copied().unwrap_or(0)
            && bindings.get(&class_name) == Some(&1);
        if calls.keywords.is_empty() || calls.spread || !only_called {
            continue;
        }
        for stmt in body.iter_mut() {
            if let Stmt::ClassDef(class) = stmt
                && class.name.as_str() == class_name
            {
                rewrite_class(class, &calls.keywords);
            }
        }
    }
}

fn rewrite_class(class: &mut ast::StmtClassDef, calls: &[Vec<String>]) {
    let Some(init) = class.body.iter_mut().find_map(|stmt| match stmt {
        Stmt::FunctionDef(def) if def.name.as_str() == "__init__" => Some(def),
        _ => None,
    }) else {
        return;
    };
    let parameters = &init.parameters;
    let (Some(kwarg), None) = (&parameters.kwarg, &parameters.vararg) else { return };
    if !init.decorator_list.is_empty() || !parameters.kwonlyargs.is_empty() || !parameters.posonlyargs.is_empty() {
        return;
    }
    let plain: Vec<String> = parameters.args.iter().map(|p| p.parameter.name.to_string()).collect();
    let Some(self_name) = plain.first().cloned() else { return };
    let Some(extras) = agreed_extra_keywords(calls, &plain) else { return };
    let kwarg = kwarg.name.to_string();
    let Some(position) = init.body.iter().position(|stmt| settings_loop(stmt, &kwarg, &self_name).is_some()) else {
        return;
    };
    let (key, value) = settings_loop(&init.body[position], &kwarg, &self_name).expect("found above");
    // `kwargs` is read by the loop alone, and the loop's names by its `setattr` alone.
    let (uses, bindings) = name_counts(&init.body);
    let read_once = |name: &str, times: usize| uses.get(name) == Some(&times);
    if !read_once(&kwarg, 1) || !read_once(&key, 2) || !read_once(&value, 2) || bindings.get(&key) != Some(&1) {
        return;
    }
    let taken: BTreeSet<&String> = uses.keys().chain(bindings.keys()).chain(&plain).collect();
    if extras.iter().any(|extra| taken.contains(extra) || extra == &kwarg) {
        return;
    }
    let range = init.parameters.range();
    for extra in &extras {
        init.parameters.args.push(parameter(extra, None, range));
    }
    init.parameters.kwarg = None;
    let Stmt::For(looping) = &init.body[position] else { unreachable!("settings_loop takes a `for`") };
    let at = looping.body[0].range();
    let self_expr = name(&self_name, at, ast::ExprContext::Load);
    let assignments: Vec<Stmt> = extras
        .iter()
        .map(|extra| {
            Stmt::Assign(ast::StmtAssign {
                node_index: Default::default(),
                range: at,
                targets: vec![attribute(&self_expr, extra, at, ast::ExprContext::Store)],
                value: Box::new(name(extra, at, ast::ExprContext::Load)),
            })
        })
        .collect();
    init.body.splice(position..=position, assignments);
}

/// `for key, value in kwargs.items(): setattr(self, key, value)` (no `else:`): its two names.
fn settings_loop(stmt: &Stmt, kwarg: &str, self_name: &str) -> Option<(String, String)> {
    let Stmt::For(looping) = stmt else { return None };
    if looping.is_async || !looping.orelse.is_empty() {
        return None;
    }
    let Expr::Tuple(target) = &*looping.target else { return None };
    let [Expr::Name(key), Expr::Name(value)] = &target.elts[..] else { return None };
    let Expr::Call(items) = &*looping.iter else { return None };
    let items_of_kwargs = matches!(&*items.func, Expr::Attribute(method)
        if method.attr.as_str() == "items" && matches!(&*method.value, Expr::Name(owner) if owner.id.as_str() == kwarg));
    if !items_of_kwargs || !items.arguments.is_empty() {
        return None;
    }
    let [Stmt::Expr(statement)] = &looping.body[..] else { return None };
    let Expr::Call(call) = &*statement.value else { return None };
    let is_name = |expr: &Expr, wanted: &str| matches!(expr, Expr::Name(n) if n.id.as_str() == wanted);
    let is_setattr = is_name(&call.func, "setattr") && call.arguments.keywords.is_empty();
    let [object, k, v] = &call.arguments.args[..] else { return None };
    let sets = is_name(object, self_name) && is_name(k, key.id.as_str()) && is_name(v, value.id.as_str());
    (is_setattr && sets).then(|| (key.id.to_string(), value.id.to_string()))
}

/// The keywords every call gives beyond the plain parameters, in the same order in each; None where
/// the calls differ or a call fills a plain parameter both ways.
fn agreed_extra_keywords(calls: &[Vec<String>], plain: &[String]) -> Option<Vec<String>> {
    let mut agreed: Option<Vec<String>> = None;
    for keywords in calls {
        let extras: Vec<String> = keywords.iter().filter(|keyword| !plain.contains(keyword)).cloned().collect();
        match &agreed {
            Some(earlier) if *earlier != extras => return None,
            Some(_) => {}
            None => agreed = Some(extras),
        }
    }
    agreed.filter(|extras| !extras.is_empty())
}

/// The calls `Class(...)` of the module: each one's keywords, and whether one spreads a dict (`**d`)
/// or a sequence (`*xs`).
struct ConstructorCalls<'c> {
    class: &'c str,
    keywords: Vec<Vec<String>>,
    spread: bool,
}

impl<'c> ConstructorCalls<'c> {
    fn of(body: &[Stmt], class: &'c str) -> Self {
        let mut calls = ConstructorCalls { class, keywords: Vec::new(), spread: false };
        for stmt in body {
            calls.visit_stmt(stmt);
        }
        calls
    }
}

impl<'a> Visitor<'a> for ConstructorCalls<'_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Call(call) = expr
            && matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == self.class)
        {
            self.spread |= call.arguments.keywords.iter().any(|keyword| keyword.arg.is_none())
                || call.arguments.args.iter().any(|argument| matches!(argument, Expr::Starred(_)));
            self.keywords.push(
                call.arguments
                    .keywords
                    .iter()
                    .filter_map(|keyword| keyword.arg.as_ref().map(|arg| arg.to_string()))
                    .collect(),
            );
        }
        walk_expr(self, expr);
    }
}
