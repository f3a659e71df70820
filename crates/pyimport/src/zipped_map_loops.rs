//! `for n, s in zip(numbers, ex.map(f, numbers)):` (session27/f08: each input beside its result, the
//! results as they come), which the translator refuses at the `map` ("gives nothing weft can keep"),
//! is written, after that refusal, as the loop over the map it follows (`for r in ex.map(...)`) with
//! the input read by position:
//!
//! ```python
//! zipped_position = 0
//! for s in ex.map(f, numbers):
//!     n = numbers[zipped_position]
//!     zipped_position += 1
//!     ...body...
//! ```
//!
//! and translated again. CPython's `zip` takes the next input, then waits for the next result; it ends
//! when the map's results end, since the map runs over that same list (or the same `range(n)`, whose
//! item at a position is the position), so the input is there at every position. The waits, their
//! order and a job's exception (raised at its turn, before the pass binds anything) are the map loop's;
//! the input read after the wait is the one read before it where nothing changes the list: taken only
//! for a list no code changes (bound once, never written by item, `del`, augmented assignment or a
//! method other than a read, and handed to no call that could change it). The position counts up
//! first in the body, so a `continue` skips nothing. Only two plain names as the loop's target.

use std::collections::BTreeSet;

use ruff_python_ast::comparable::ComparableExpr;
use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::blocks::Classes;
use crate::syntax::{fresh_name, name};

/// Rewrites the `for` over `zip(items, ex.map(f, items))` whose map starts at `offset` (the
/// translator's refusal), as the module docs say; false when there is none there or it does not fit.
pub fn rewrite_zipped_map_loop_at(body: &mut ast::Suite, offset: usize) -> bool {
    let (_, bindings) = crate::syntax::name_counts(body);
    if ["zip", "range"].iter().any(|builtin| bindings.contains_key(*builtin)) {
        return false;
    }
    let mut changes = Changes { bindings: &bindings, changed: BTreeSet::new(), lists: BTreeSet::new() };
    changes.visit_body(body);
    // A name bound once to a list or tuple display or a list comprehension, that nothing changes.
    let changed: BTreeSet<String> = changes.changed;
    let lists: BTreeSet<String> = changes.lists.difference(&changed).cloned().collect();
    let mut taken = crate::syntax::module_names(body);
    crate::blocks::rewrite_statement_at(body, offset, Classes::Skipped, |block, index| {
        let Stmt::For(looping) = &block[index] else { return false };
        let Some(statements) = positional_loop(looping, offset, &lists, &mut taken) else { return false };
        block.splice(index..=index, statements);
        true
    })
}

/// The counter and the loop that stand for `looping` when it is `for a, b in zip(items, X.map(f,
/// ...))` with the map at `offset` and `items` one of the map's iterables.
fn positional_loop(
    looping: &ast::StmtFor,
    offset: usize,
    lists: &BTreeSet<String>,
    taken: &mut BTreeSet<String>,
) -> Option<Vec<Stmt>> {
    let Expr::Tuple(target) = &*looping.target else { return None };
    let [Expr::Name(input), Expr::Name(output)] = &target.elts[..] else { return None };
    let Expr::Call(zip) = &*looping.iter else { return None };
    let is_zip = matches!(&*zip.func, Expr::Name(function) if function.id.as_str() == "zip");
    let ([items, mapped], []) = (&zip.arguments.args[..], &zip.arguments.keywords[..]) else { return None };
    let Expr::Call(map) = mapped else { return None };
    let is_map = matches!(&*map.func, Expr::Attribute(method) if method.attr.as_str() == "map");
    if !is_zip || !is_map || map.range().start().to_usize() != offset || looping.is_async {
        return None;
    }
    let same_items =
        map.arguments.args.iter().skip(1).any(|iterable| ComparableExpr::from(iterable) == ComparableExpr::from(items));
    if !same_items {
        return None;
    }
    let range = looping.range;
    let position = fresh_name("zipped_position", taken);
    let item = match items {
        Expr::Name(list) if lists.contains(list.id.as_str()) => Expr::Subscript(ast::ExprSubscript {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            value: Box::new(Expr::Name(list.clone())),
            slice: Box::new(name(&position, range, ast::ExprContext::Load)),
            ctx: ast::ExprContext::Load,
        }),
        // `range(n)`: the item at a position is the position.
        Expr::Call(call)
            if matches!(&*call.func, Expr::Name(function) if function.id.as_str() == "range")
                && call.arguments.args.len() == 1
                && call.arguments.keywords.is_empty() =>
        {
            name(&position, range, ast::ExprContext::Load)
        }
        _ => return None,
    };
    let bind_input = Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range: input.range,
        targets: vec![Expr::Name(input.clone())],
        value: Box::new(item),
    });
    let count_up = Stmt::AugAssign(ast::StmtAugAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        target: Box::new(name(&position, range, ast::ExprContext::Store)),
        op: ast::Operator::Add,
        value: Box::new(number(1, range)),
    });
    let mut body = vec![bind_input, count_up];
    body.extend(looping.body.iter().cloned());
    let start = crate::map_zips::assignment(&position, number(0, range), range);
    let walked = Stmt::For(ast::StmtFor {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        is_async: false,
        target: Box::new(Expr::Name(output.clone())),
        iter: Box::new(mapped.clone()),
        body: body.into_iter().collect(),
        orelse: looping.orelse.clone(),
    });
    Some(vec![start, walked])
}

fn number(value: u32, range: TextRange) -> Expr {
    Expr::NumberLiteral(ast::ExprNumberLiteral {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        value: ast::Number::Int(ast::Int::from(value)),
    })
}

/// Builtins that only read the list given to them.
const READING_BUILTINS: [&str; 14] =
    ["len", "sorted", "max", "min", "sum", "list", "tuple", "set", "print", "zip", "enumerate", "any", "all", "repr"];

/// Methods of a list that only read it, and the executor's methods that take its items one at a time.
const READING_METHODS: [&str; 5] = ["count", "index", "copy", "map", "imap"];

/// The names something may change: bound more than once, written by item, `del`, augmented
/// assignment, a method other than a read, or handed to a call other than a reading builtin.
struct Changes<'b> {
    bindings: &'b std::collections::BTreeMap<String, usize>,
    changed: BTreeSet<String>,
    /// Names an assignment binds to a list or tuple display or a list comprehension.
    lists: BTreeSet<String>,
}

impl Changes<'_> {
    fn note_target(&mut self, target: &Expr) {
        if let Expr::Subscript(subscript) = target
            && let Expr::Name(list) = &*subscript.value
        {
            self.changed.insert(list.id.to_string());
        }
    }
}

impl<'a> Visitor<'a> for Changes<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Assign(assign) => {
                assign.targets.iter().for_each(|target| self.note_target(target));
                if let [Expr::Name(list)] = &assign.targets[..]
                    && matches!(&*assign.value, Expr::List(_) | Expr::Tuple(_) | Expr::ListComp(_))
                {
                    self.lists.insert(list.id.to_string());
                }
            }
            Stmt::AnnAssign(assign) => {
                if let (Expr::Name(list), Some(value)) = (&*assign.target, assign.value.as_deref())
                    && matches!(value, Expr::List(_) | Expr::Tuple(_) | Expr::ListComp(_))
                {
                    self.lists.insert(list.id.to_string());
                }
            }
            Stmt::AugAssign(assign) => {
                self.note_target(&assign.target);
                if let Expr::Name(list) = &*assign.target {
                    self.changed.insert(list.id.to_string());
                }
            }
            Stmt::Delete(delete) => delete.targets.iter().for_each(|target| self.note_target(target)),
            Stmt::Global(global) => self.changed.extend(global.names.iter().map(|name| name.to_string())),
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(list) if self.bindings.get(list.id.as_str()).is_some_and(|&count| count > 1) => {
                self.changed.insert(list.id.to_string());
            }
            Expr::Call(call) => {
                let reads_only = match &*call.func {
                    Expr::Name(function) => READING_BUILTINS.contains(&function.id.as_str()),
                    Expr::Attribute(method) => READING_METHODS.contains(&method.attr.as_str()),
                    _ => false,
                };
                if let Expr::Attribute(method) = &*call.func
                    && let Expr::Name(receiver) = &*method.value
                    && !READING_METHODS.contains(&method.attr.as_str())
                {
                    self.changed.insert(receiver.id.to_string());
                }
                if !reads_only {
                    for argument in
                        call.arguments.args.iter().chain(call.arguments.keywords.iter().map(|keyword| &keyword.value))
                    {
                        if let Expr::Name(given) = argument {
                            self.changed.insert(given.id.to_string());
                        }
                    }
                }
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}
