//! `best = max(xs, key=lambda kv: kv[1])`, `min(d.items(), key=...)`, `max(names, key=len)` as an
//! assignment's whole value: the loop CPython's `max` runs (`builtin_max`, Python/bltinmodule.c),
//! written before the assignment. For each item the key is computed, and the item is kept when nothing
//! is kept yet or its key is greater than the kept one (`>`: the first of equal keys stays; `min`:
//! `<`); no item is Python's ValueError ("max() arg is an empty sequence").
//!
//! The walk is the `for` statement's own translation (a shared list by its iterator, a dict's items
//! in insertion order, each item read by its own step), because a key written in Python runs Python
//! code for each item, where CPython may switch threads: another thread's `append` between two items
//! is seen, and a dict that changes size raises RuntimeError, as the walk does. (A sort of a copy,
//! `sorted(xs, key=...)[0]`, would miss both.) The loop's names are the call's own, the main thread's
//! locals even in the module's code.

use ruff_python_ast::visitor::transformer::Transformer;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::sequences::{Renamed, assignment};
use super::{Frame, Result, Translator};
use crate::out::Step;
use crate::syntax::name;

/// What `max`/`min` keeps, and the comparison that replaces it.
struct Extreme<'c> {
    function: &'static str,
    items: &'c Expr,
    /// `key=`; without it the item is its own key.
    key: Option<&'c Expr>,
    /// `default=`, a constant: the value where there is no item (else ValueError).
    default: Option<&'c Expr>,
}

impl Translator<'_> {
    /// The loop of `max(items, key=...)` / `min(...)` (`value`), before the statement; the expression
    /// that reads the kept item, or None for any other value.
    pub(super) fn keyed_extreme(
        &mut self,
        frame: &mut Frame,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<Expr>> {
        let Some(extreme) = self.extreme_call(frame, value) else { return Ok(None) };
        let range = value.range();
        let at = u32::from(range.start());
        let [item, key, kept, kept_key, found] =
            ["item", "key", "kept", "kept_key", "found"].map(|part| format!("${}_{at}_{part}", extreme.function));
        let load = |id: &str| name(id, range, ast::ExprContext::Load);
        let store = |id: &str| name(id, range, ast::ExprContext::Store);
        let key_of_item = match extreme.key {
            Some(key) => key_call(key, load(&item)),
            None => Some(load(&item)),
        };
        let Some(key_of_item) = key_of_item else { return Ok(None) };
        let operator = if extreme.function == "max" { ast::CmpOp::Gt } else { ast::CmpOp::Lt };
        let better = Expr::Compare(ast::ExprCompare {
            node_index: Default::default(),
            range,
            left: Box::new(load(&key)),
            ops: vec![operator].into_boxed_slice(),
            comparators: vec![load(&kept_key)].into_boxed_slice(),
        });
        let first_or_better = Expr::BoolOp(ast::ExprBoolOp {
            node_index: Default::default(),
            range,
            op: ast::BoolOp::Or,
            values: vec![not(load(&found), range), better],
        });
        let keep = if_then(
            first_or_better,
            vec![
                assignment(store(&kept), load(&item)),
                assignment(store(&kept_key), load(&key)),
                assignment(store(&found), boolean(true, range)),
            ],
            range,
        );
        let walk = Stmt::For(ast::StmtFor {
            node_index: Default::default(),
            range,
            is_async: false,
            target: Box::new(store(&item)),
            iter: Box::new(extreme.items.clone()),
            body: vec![assignment(store(&key), key_of_item), keep].into(),
            orelse: Default::default(),
        });
        let message = format!("{}() arg is an empty sequence", extreme.function);
        let none = Expr::NoneLiteral(ast::ExprNoneLiteral { node_index: Default::default(), range });
        let mut statements = vec![
            assignment(store(&found), boolean(false, range)),
            assignment(store(&kept), none.clone()),
            assignment(
                store(&kept_key),
                Expr::NoneLiteral(ast::ExprNoneLiteral { node_index: Default::default(), range }),
            ),
            walk,
        ];
        if extreme.default.is_none() {
            statements.push(if_then(not(load(&found), range), vec![raised("ValueError", &message, range)], range));
        }
        // The loop's names are the call's own: a function's locals even in the module's code.
        let mut inner = frame.clone();
        inner.module_level = false;
        self.block(&mut inner, &statements, out, line).map_err(|error| in_programs_words(error, &kept, &extreme))?;
        let Some(held) = inner.locals.get(&kept).cloned() else { return Ok(None) };
        frame.locals.insert(kept.clone(), held);
        let found_held = inner.locals.get(&found).cloned();
        let Some(default) = extreme.default else { return Ok(Some(load(&kept))) };
        // With a default: the kept item where there was one, else the default.
        let Some(found_held) = found_held else { return Ok(None) };
        frame.locals.insert(found.clone(), found_held);
        Ok(Some(Expr::If(ast::ExprIf {
            node_index: Default::default(),
            range,
            test: Box::new(load(&found)),
            body: Box::new(load(&kept)),
            orelse: Box::new(default.clone()),
        })))
    }

    /// Whether `value` is a `max`/`min` call `keyed_extreme` writes as its loop (hoisting.rs gives it
    /// a line of its own inside an expression).
    pub(crate) fn is_keyed_extreme(&self, frame: &Frame, value: &Expr) -> bool {
        let range = value.range();
        let item = name("$item", range, ast::ExprContext::Load);
        self.extreme_call(frame, value)
            .is_some_and(|extreme| extreme.key.is_none_or(|key| key_call(key, item.clone()).is_some()))
    }

    /// `max(items, key=k)` or `min(items, key=k, default=d)` of Python's builtin: one iterable, `key=`
    /// and a constant `default=` (at least one of the two: the other forms have their own paths).
    fn extreme_call<'c>(&self, frame: &Frame, value: &'c Expr) -> Option<Extreme<'c>> {
        let Expr::Call(call) = value else { return None };
        let Expr::Name(function) = &*call.func else { return None };
        let function = ["max", "min"].into_iter().find(|builtin| self.is_builtin(frame, function, builtin))?;
        let [items] = &call.arguments.args[..] else { return None };
        if matches!(items, Expr::Starred(_)) || call.arguments.keywords.is_empty() {
            return None;
        }
        let (mut key, mut default) = (None, None);
        for keyword in &call.arguments.keywords {
            match keyword.arg.as_ref().map(|arg| arg.as_str()) {
                Some("key") => key = Some(&keyword.value),
                // Python computes the default before the walk: a constant computes nothing.
                Some("default") if is_constant_value(&keyword.value) => default = Some(&keyword.value),
                _ => return None,
            }
        }
        Some(Extreme { function, items, key, default })
    }
}

/// The key of `item`: a lambda of one parameter is its body with the parameter read as `item`; a name
/// (`len`, a function of the file) or a method (`scores.get`, `str.lower`) is its call. None for any
/// other key.
fn key_call(key: &Expr, item: Expr) -> Option<Expr> {
    match key {
        Expr::Lambda(lambda) => {
            let parameters = lambda.parameters.as_deref()?;
            let [parameter] = &parameters.args[..] else { return None };
            let plain = parameters.posonlyargs.is_empty()
                && parameters.kwonlyargs.is_empty()
                && parameters.vararg.is_none()
                && parameters.kwarg.is_none()
                && parameter.default.is_none();
            if !plain || has_lambda(&lambda.body) {
                return None;
            }
            let Expr::Name(item_name) = &item else { return None };
            let mut body = (*lambda.body).clone();
            Renamed { from: parameter.parameter.name.as_str(), to: item_name.id.as_str() }.visit_expr(&mut body);
            Some(body)
        }
        Expr::Name(_) | Expr::Attribute(_) => Some(Expr::Call(ast::ExprCall {
            node_index: Default::default(),
            range_start: key.range().start(),
            func: Box::new(key.clone()),
            arguments: ast::Arguments {
                node_index: Default::default(),
                range: TextRange::empty(key.range().end()),
                args: vec![item].into_boxed_slice(),
                keywords: Default::default(),
            },
        })),
        _ => None,
    }
}

/// A literal, or a negative number (`-1`): a default that computes nothing.
fn is_constant_value(expr: &Expr) -> bool {
    match expr {
        Expr::UnaryOp(unary) => unary.op == ast::UnaryOp::USub && crate::syntax::is_constant(&unary.operand),
        other => crate::syntax::is_constant(other),
    }
}

/// Whether a lambda's body holds another lambda (whose parameters could shadow the renamed one).
fn has_lambda(expr: &Expr) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    struct Lambdas(bool);
    impl<'e> Visitor<'e> for Lambdas {
        fn visit_expr(&mut self, expr: &'e Expr) {
            match expr {
                Expr::Lambda(_) | Expr::Generator(_) | Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) => {
                    self.0 = true
                }
                _ => walk_expr(self, expr),
            }
        }
    }
    let mut lambdas = Lambdas(false);
    lambdas.visit_expr(expr);
    lambdas.0
}

fn not(operand: Expr, range: TextRange) -> Expr {
    Expr::UnaryOp(ast::ExprUnaryOp {
        node_index: Default::default(),
        range,
        op: ast::UnaryOp::Not,
        operand: Box::new(operand),
    })
}

fn boolean(value: bool, range: TextRange) -> Expr {
    Expr::BooleanLiteral(ast::ExprBooleanLiteral { node_index: Default::default(), range, value })
}

fn if_then(test: Expr, body: Vec<Stmt>, range: TextRange) -> Stmt {
    Stmt::If(ast::StmtIf {
        node_index: Default::default(),
        range,
        test: Box::new(test),
        body: body.into(),
        elif_else_clauses: Vec::new(),
    })
}

/// `raise Error("message")`.
fn raised(error: &str, message: &str, range: TextRange) -> Stmt {
    let call = Expr::Call(ast::ExprCall {
        node_index: Default::default(),
        range_start: range.start(),
        func: Box::new(name(error, range, ast::ExprContext::Load)),
        arguments: ast::Arguments {
            node_index: Default::default(),
            range,
            args: vec![crate::syntax::string(message, range)].into_boxed_slice(),
            keywords: Default::default(),
        },
    });
    Stmt::Raise(ast::StmtRaise { node_index: Default::default(), range, exc: Some(Box::new(call)), cause: None })
}

/// The loop's refusal in the program's words: an error that names the loop's own variable (`$max_NNN_kept`,
/// a string kept on one path of the loop: session29/repro/r03) says which call weft cannot follow.
fn in_programs_words(error: super::Error, kept: &str, extreme: &Extreme<'_>) -> super::Error {
    if !error.message.contains(kept) {
        return error;
    }
    let function = extreme.function;
    super::Error {
        message: format!(
            "`{function}(..., key=...)` over strings is not supported: which string it keeps is decided in the run, and weft keeps a string as part of the import, not of the run; compare the keys instead (`{function}([len(s) for s in names])`)"
        ),
        ..error
    }
}
