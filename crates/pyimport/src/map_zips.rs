//! `table = dict(zip(keys, ex.map(f, items)))` and `table = dict(zip(keys, results))` (session27/f03),
//! which the translator refuses at the `zip` ("cannot compute the value of `zip(...)`"): rewritten, after
//! that refusal, as the loop session 25 imports,
//!
//! ```python
//! mapped = list(ex.map(f, items))      # only when the second iterable is a `.map(...)` call
//! table = {}
//! for zipped_key, zipped_value in zip(keys, mapped):
//!     table[zipped_key] = zipped_value
//! ```
//!
//! and translated again. Python's `dict(pairs)` stores the pairs in order, a later equal key
//! overwriting, as the loop does. `zip` reads `keys` first on each pass, then waits for the map's next
//! result (a job's exception raised at its turn), and `list(...)` waits for them in the same order: the
//! waits and exceptions are the same, and the dict is bound only once every result is in, as in the
//! rewrite (the loop fills a dict nobody else sees: see below). The rewrite is taken only where that
//! holds:
//!
//! - `keys` is a name no function changes (no `global`, item assignment, `del` or method call but a
//!   read), or a display of constants: read after the waits, its items are the same;
//! - the second iterable is a name no function mentions (a local list of results), or a `.map(...)`
//!   call one of whose iterables is `keys` itself (`dict(zip(names, ex.map(f, names)))`), so that `keys`
//!   is as long as the map at least: a shorter `zip` would leave results nobody waits for, whose jobs
//!   CPython cancels when the map's iterator is dropped, where `list(...)` waits for every one;
//! - the bound name is mentioned in no function (no other thread sees the dict filled in steps, which
//!   `dict(...)` builds in one C call).

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::blocks::Classes;
use crate::syntax::name;

/// Rewrites the `NAME = dict(zip(keys, values))` whose `zip` starts at `offset` (a refusal's place) as
/// the module's loop; false when there is none, or where the rewrite would change what the program does.
pub fn rewrite_dict_of_zip_at(body: &mut ast::Suite, offset: usize) -> bool {
    let functions = FunctionUses::of(body);
    if functions.shadowed_builtins {
        return false;
    }
    let mut taken = crate::syntax::module_names(body);
    crate::blocks::rewrite_scoped_statement_at(
        body,
        (offset, Classes::Skipped),
        &None,
        &|stmt, _| function_uses(stmt).map(Some),
        &mut |block, index, local| {
            let scopes = Scopes { file: &functions, local: local.as_ref().unwrap_or(&functions) };
            let Some(statements) = loop_for(&block[index], offset, scopes, &mut taken) else { return false };
            block.splice(index..=index, statements);
            true
        },
    )
}

/// What the file's functions do with names, and what the code around the statement shares: at the
/// module's level the file's functions, inside a function its nested functions and its `global`s.
#[derive(Clone, Copy)]
struct Scopes<'u> {
    file: &'u FunctionUses,
    local: &'u FunctionUses,
}

/// The uses of names of a `def`'s body, which the statements inside it share: the scope of its body
/// on the walk down to a refusal's statement.
pub(crate) fn function_uses(stmt: &Stmt) -> Option<FunctionUses> {
    let Stmt::FunctionDef(def) = stmt else { return None };
    Some(FunctionUses::of(&def.body))
}

/// The statements that stand for `stmt` when it is such an assignment with its `zip` at `offset`.
fn loop_for(stmt: &Stmt, offset: usize, scopes: Scopes, taken: &mut BTreeSet<String>) -> Option<Vec<Stmt>> {
    let Stmt::Assign(assign) = stmt else { return None };
    let [Expr::Name(target)] = &assign.targets[..] else { return None };
    let zipped = builtin_call_argument(&assign.value, "dict")?;
    if zipped.range().start().to_usize() != offset {
        return None;
    }
    let Expr::Call(zip) = zipped else { return None };
    let is_zip = matches!(&*zip.func, Expr::Name(function) if function.id.as_str() == "zip");
    let [keys, values] = &zip.arguments.args[..] else { return None };
    if !is_zip || !zip.arguments.keywords.is_empty() || scopes.local.shares(target.id.as_str()) {
        return None;
    }
    let keys_unchanged = match keys {
        Expr::Name(keys) => !scopes.file.changes(keys.id.as_str()) && !scopes.local.changes(keys.id.as_str()),
        Expr::List(list) => list.elts.iter().all(crate::syntax::is_constant),
        Expr::Tuple(tuple) => tuple.elts.iter().all(crate::syntax::is_constant),
        _ => false,
    };
    if !keys_unchanged {
        return None;
    }
    let range = assign.range;
    let mut statements = Vec::new();
    let values = match values {
        Expr::Call(call)
            if matches!(&*call.func, Expr::Attribute(method) if method.attr.as_str() == "map")
                && maps_over(call, keys) =>
        {
            let mapped = crate::syntax::fresh_name("$mapped", taken);
            statements.push(assignment(&mapped, list_of(values.clone(), range), range));
            name(&mapped, range, ast::ExprContext::Load)
        }
        Expr::Name(values) if !scopes.local.shares(values.id.as_str()) => Expr::Name(values.clone()),
        _ => return None,
    };
    let key = crate::syntax::fresh_name("$zipped_key", taken);
    let value = crate::syntax::fresh_name("$zipped_value", taken);
    statements.push(assignment(target.id.as_str(), empty_dict(range), range));
    let store = Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        targets: vec![Expr::Subscript(ast::ExprSubscript {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            value: Box::new(name(target.id.as_str(), range, ast::ExprContext::Load)),
            slice: Box::new(name(&key, range, ast::ExprContext::Load)),
            ctx: ast::ExprContext::Store,
        })],
        value: Box::new(name(&value, range, ast::ExprContext::Load)),
    });
    let pair = Expr::Tuple(ast::ExprTuple {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        elts: vec![name(&key, range, ast::ExprContext::Store), name(&value, range, ast::ExprContext::Store)],
        ctx: ast::ExprContext::Store,
        parenthesized: false,
    });
    let zip_again = Expr::Call(ast::ExprCall {
        arguments: ast::Arguments { args: vec![keys.clone(), values].into_boxed_slice(), ..zip.arguments.clone() },
        ..zip.clone()
    });
    statements.push(Stmt::For(ast::StmtFor {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        is_async: false,
        target: Box::new(pair),
        iter: Box::new(zip_again),
        body: vec![store].into(),
        orelse: Default::default(),
    }));
    Some(statements)
}

/// Whether `keys` is a name that `map` call iterates over (an iterable after the function).
fn maps_over(map: &ast::ExprCall, keys: &Expr) -> bool {
    let Expr::Name(keys) = keys else { return false };
    map.arguments.args.iter().skip(1).any(|iterable| matches!(iterable, Expr::Name(name) if name.id == keys.id))
}

/// The one positional argument of `builtin(x)`.
fn builtin_call_argument<'e>(expr: &'e Expr, builtin: &str) -> Option<&'e Expr> {
    let Expr::Call(call) = expr else { return None };
    let named = matches!(&*call.func, Expr::Name(function) if function.id.as_str() == builtin);
    match (&call.arguments.args[..], &call.arguments.keywords[..]) {
        ([argument], []) if named => Some(argument),
        _ => None,
    }
}

pub(crate) fn assignment(target: &str, value: Expr, range: TextRange) -> Stmt {
    Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        targets: vec![name(target, range, ast::ExprContext::Store)],
        value: Box::new(value),
    })
}

fn list_of(value: Expr, range: TextRange) -> Expr {
    Expr::Call(ast::ExprCall {
        node_index: ast::AtomicNodeIndex::default(),
        range_start: range.start(),
        func: Box::new(name("list", range, ast::ExprContext::Load)),
        arguments: ast::Arguments {
            node_index: ast::AtomicNodeIndex::default(),
            range: TextRange::empty(range.end()),
            args: Box::new([value]),
            keywords: Default::default(),
        },
    })
}

pub(crate) fn empty_dict(range: TextRange) -> Expr {
    Expr::Dict(ast::ExprDict { node_index: ast::AtomicNodeIndex::default(), range, items: Vec::new() })
}

/// What the functions of a body do with names (those defined in it, at any depth), and whether the body
/// binds `dict`, `zip` or `list` itself.
#[derive(Clone, Default)]
pub(crate) struct FunctionUses {
    /// Every name read or bound inside a function's body (a `global` or `nonlocal` at any depth counts
    /// as a change).
    mentioned: BTreeSet<String>,
    /// Names a function may change: declared `global`, an item assigned, augmented or deleted, or the
    /// receiver of a method call other than a read.
    changed: BTreeSet<String>,
    shadowed_builtins: bool,
}

/// Methods of a list or dict that only read it.
const READING_METHODS: [&str; 7] = ["get", "keys", "values", "items", "count", "index", "copy"];

impl FunctionUses {
    pub(crate) fn of(body: &[Stmt]) -> Self {
        let mut uses = FunctionUses::default();
        let bound = crate::syntax::name_counts(body).1;
        uses.shadowed_builtins = ["dict", "zip", "list"].iter().any(|builtin| bound.contains_key(*builtin));
        let mut scan = Scan { uses: &mut uses, depth: 0 };
        for stmt in body {
            scan.visit_stmt(stmt);
        }
        uses
    }

    /// Whether code other than the statement's own may see the name: a function mentions it, or a
    /// `global`/`nonlocal` declares it.
    pub(crate) fn shares(&self, name: &str) -> bool {
        self.mentioned.contains(name) || self.changed.contains(name)
    }

    fn changes(&self, name: &str) -> bool {
        self.changed.contains(name)
    }
}

struct Scan<'u> {
    uses: &'u mut FunctionUses,
    /// How many `def`s the walk is inside.
    depth: usize,
}

impl<'a> Visitor<'a> for Scan<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {
                self.depth += 1;
                walk_stmt(self, stmt);
                self.depth -= 1;
                return;
            }
            Stmt::Global(global) => self.uses.changed.extend(global.names.iter().map(|name| name.to_string())),
            Stmt::Nonlocal(nonlocal) => self.uses.changed.extend(nonlocal.names.iter().map(|name| name.to_string())),
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.depth > 0 {
            match expr {
                Expr::Name(name) => _ = self.uses.mentioned.insert(name.id.to_string()),
                Expr::Subscript(item) if item.ctx != ast::ExprContext::Load => {
                    if let Expr::Name(name) = &*item.value {
                        self.uses.changed.insert(name.id.to_string());
                    }
                }
                Expr::Call(call) => {
                    if let Expr::Attribute(method) = &*call.func
                        && let Expr::Name(receiver) = &*method.value
                        && !READING_METHODS.contains(&method.attr.as_str())
                    {
                        self.uses.changed.insert(receiver.id.to_string());
                    }
                }
                _ => {}
            }
        }
        walk_expr(self, expr);
    }
}
