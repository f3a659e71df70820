//! `setattr` and `getattr` with an attribute name the program writes as text, as the attribute they
//! name, before translation (so that every pass that looks for an instance's writes sees them):
//! - `setattr(obj, "timeout", 5)` is `obj.timeout = 5`;
//! - `getattr(obj, "start")(args)` as a statement is `obj.start(args)`;
//! - the "apply settings" loop, `for key, value in settings.items(): setattr(config, key, value)`, with
//!   `settings` a dict display of text keys and constant values bound once just before it in the same
//!   block and read nowhere else (or a tuple or list display of such pairs written in the `for`), is
//!   written out pass by pass: `config.timeout = 5`, `config.retries = 3`, in the dict's order.
//!
//! Any other `setattr` statement reaches the translator, which refuses it (unmodelled_call_statements.rs).

use std::collections::BTreeMap;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::syntax::{attribute, expression_statement, is_constant, is_identifier, name_counts, rewrite_inner_blocks};

/// Rewrites the module's `setattr` and `getattr` statements, in place.
pub fn rewrite_setattr_statements(body: &mut ast::Suite) {
    let (uses, bindings) = name_counts(body);
    let mut rewrite = SetattrStatements { uses, bindings };
    crate::syntax::BlockRewrite::block(&mut rewrite, body);
}

struct SetattrStatements {
    uses: BTreeMap<String, usize>,
    bindings: BTreeMap<String, usize>,
}

impl SetattrStatements {
    fn rewrite_block(&mut self, block: &mut Vec<Stmt>) {
        let mut out: Vec<Stmt> = Vec::with_capacity(block.len());
        for mut stmt in std::mem::take(block) {
            rewrite_inner_blocks(&mut stmt, self);
            if let Some(pairs) = self.settings_loop_pairs(&stmt, &out) {
                let Stmt::For(for_stmt) = &stmt else { unreachable!() };
                out.extend(written_out(for_stmt, &pairs));
                continue;
            }
            out.push(named_attribute_statement(stmt));
        }
        *block = out;
    }

    /// The (key, value) pairs of an "apply settings" loop whose every pass can be written out.
    fn settings_loop_pairs(&self, stmt: &Stmt, before: &[Stmt]) -> Option<Vec<(String, Expr)>> {
        let Stmt::For(for_stmt) = stmt else { return None };
        if for_stmt.is_async || !for_stmt.orelse.is_empty() {
            return None;
        }
        let Expr::Tuple(target) = &*for_stmt.target else { return None };
        let [Expr::Name(key), Expr::Name(value)] = &target.elts[..] else { return None };
        let setattrs = for_stmt.body.len();
        let only_setattrs = for_stmt.body.iter().all(|s| is_setattr_of(s, key.id.as_str(), value.id.as_str()));
        // The loop's names are bound by the loop alone and read by its `setattr`s alone, so nothing
        // after the loop reads the last pair (which the written-out form does not bind).
        let loop_only =
            |name: &str| self.bindings.get(name) == Some(&1) && self.uses.get(name) == Some(&(setattrs + 1));
        if !only_setattrs || !loop_only(key.id.as_str()) || !loop_only(value.id.as_str()) {
            return None;
        }
        match &*for_stmt.iter {
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                elts.iter().map(constant_pair).collect()
            }
            Expr::Call(call) if call.arguments.args.is_empty() && call.arguments.keywords.is_empty() => {
                let Expr::Attribute(items) = &*call.func else { return None };
                let Expr::Name(dict) = &*items.value else { return None };
                let name = dict.id.as_str();
                let read_once = self.bindings.get(name) == Some(&1) && self.uses.get(name) == Some(&2);
                if items.attr.as_str() != "items" || !read_once {
                    return None;
                }
                let Some(Stmt::Assign(assign)) = before.iter().rev().find(|s| binds(s, name)) else { return None };
                let Expr::Dict(display) = &*assign.value else { return None };
                display_pairs(display)
            }
            _ => None,
        }
    }
}

impl crate::syntax::BlockRewrite for SetattrStatements {
    /// Unused: `block` below rewrites a block whole, as a loop's written-out form needs the statement
    /// that binds its dict.
    fn statement(&mut self, stmt: Stmt) -> Vec<Stmt> {
        let mut inner = vec![stmt];
        self.rewrite_block(&mut inner);
        inner
    }

    fn block<Block>(&mut self, block: &mut Block)
    where
        Block: Default + IntoIterator<Item = Stmt> + FromIterator<Stmt>,
    {
        let mut statements: Vec<Stmt> = std::mem::take(block).into_iter().collect();
        self.rewrite_block(&mut statements);
        *block = statements.into_iter().collect();
    }
}

/// Whether `stmt` binds `name` (`name = ...`).
fn binds(stmt: &Stmt, name: &str) -> bool {
    matches!(stmt, Stmt::Assign(assign) if matches!(&assign.targets[..], [Expr::Name(target)] if target.id.as_str() == name))
}

/// Whether `stmt` is `setattr(OBJ, key, value)` with OBJ a plain name.
fn is_setattr_of(stmt: &Stmt, key: &str, value: &str) -> bool {
    let Some(call) = setattr_call(stmt) else { return false };
    let is_name = |expr: &Expr, wanted: &str| matches!(expr, Expr::Name(n) if n.id.as_str() == wanted);
    matches!(&call.arguments.args[..], [Expr::Name(_), k, v] if is_name(k, key) && is_name(v, value))
}

/// The `setattr(...)` call of a statement.
fn setattr_call(stmt: &Stmt) -> Option<&ast::ExprCall> {
    let Stmt::Expr(statement) = stmt else { return None };
    let Expr::Call(call) = &*statement.value else { return None };
    let is_setattr = matches!(&*call.func, Expr::Name(n) if n.id.as_str() == "setattr");
    (is_setattr && call.arguments.keywords.is_empty()).then_some(call)
}

/// `("name", constant)` of a tuple display, the name an identifier.
fn constant_pair(expr: &Expr) -> Option<(String, Expr)> {
    let Expr::Tuple(pair) = expr else { return None };
    let [key, value] = &pair.elts[..] else { return None };
    Some((identifier_text(key)?, constant(value)?))
}

/// The pairs of a dict display of identifier texts, each once, to constants.
fn display_pairs(display: &ast::ExprDict) -> Option<Vec<(String, Expr)>> {
    let mut pairs: Vec<(String, Expr)> = Vec::new();
    for item in &display.items {
        let key = identifier_text(item.key.as_ref()?)?;
        if pairs.iter().any(|(seen, _)| *seen == key) {
            return None;
        }
        pairs.push((key, constant(&item.value)?));
    }
    Some(pairs)
}

fn constant(expr: &Expr) -> Option<Expr> {
    is_constant(expr).then(|| expr.clone())
}

/// A string literal that is a Python identifier (so that `obj.<it>` means the same attribute).
fn identifier_text(expr: &Expr) -> Option<String> {
    let Expr::StringLiteral(text) = expr else { return None };
    let text = text.value.to_str();
    is_identifier(text).then(|| text.to_string())
}

/// Each pass of the loop: its `setattr`s, in order, as attribute assignments at their own lines.
fn written_out(for_stmt: &ast::StmtFor, pairs: &[(String, Expr)]) -> Vec<Stmt> {
    let mut out = Vec::new();
    for (key, value) in pairs {
        for stmt in &for_stmt.body {
            let call = setattr_call(stmt).expect("only setattr statements");
            out.push(attribute_assignment(&call.arguments.args[0], key, value.clone(), stmt.range()));
        }
    }
    out
}

/// `setattr(obj, "name", value)` as `obj.name = value`; `getattr(obj, "name")(args)` as
/// `obj.name(args)`; any other statement as it is.
fn named_attribute_statement(stmt: Stmt) -> Stmt {
    if let Some(call) = setattr_call(&stmt)
        && let [object, name, value] = &call.arguments.args[..]
        && let Some(name) = identifier_text(name)
    {
        return attribute_assignment(object, &name, value.clone(), stmt.range());
    }
    let Stmt::Expr(statement) = &stmt else { return stmt };
    let Expr::Call(call) = &*statement.value else { return stmt };
    let Expr::Call(getattr) = &*call.func else { return stmt };
    let is_getattr = matches!(&*getattr.func, Expr::Name(n) if n.id.as_str() == "getattr");
    let ([object, name], []) = (&getattr.arguments.args[..], &getattr.arguments.keywords[..]) else { return stmt };
    let (true, Some(name)) = (is_getattr, identifier_text(name)) else { return stmt };
    let mut method_call = call.clone();
    method_call.func = Box::new(attribute(object, &name, getattr.range(), ast::ExprContext::Load));
    expression_statement(Expr::Call(method_call))
}

fn attribute_assignment(object: &Expr, name: &str, value: Expr, range: TextRange) -> Stmt {
    Stmt::Assign(ast::StmtAssign {
        node_index: Default::default(),
        range,
        targets: vec![attribute(object, name, range, ast::ExprContext::Store)],
        value: Box::new(value),
    })
}
